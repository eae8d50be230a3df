"""Charts and an HTML view of a claims table (:func:`maqal.claims.claims`).

Figures are plain :class:`matplotlib.figure.Figure` objects (the style of :mod:`maqal.charts`):
matplotlib is imported inside the functions, every Arabic string goes through
:func:`maqal.shaping.for_figure`, the font family comes from :func:`maqal.fonts.font_family`.
Save them with :func:`maqal.charts.save_figure`.
"""
from __future__ import annotations

from collections import Counter

from .charts import MIN_GROUP_FOR_SHARE, Sentence, says_something, separators
from .claims import claims
from .highlight import esc, highlight_marks, legend_html
from .labels import group, label, side
from .records import Mark
from .shaping import for_figure
from .textlayer import paragraph_spans
from .views import FONT_STACK, HTML

__all__ = ["bar_sources", "bar_source_types", "pie_voice", "bar_direct_indirect",
           "bar_hedged_by_side", "claims_html", "TYPE_LABELS_AR"]

#: Arabic names of the source types (kept for callers; figures read ``labels.tsv`` in their language)
TYPE_LABELS_AR = {t: label(f"type.{t}", "ar") for t in ("official", "government", "institution", "organization",
                                                        "intelligence", "media", "expert", "anonymous", "person",
                                                        "author")}
_BLUE, _ORANGE, _GREY, _RED = "#3b6ea8", "#e08a2e", "#9a9a9a", "#c0392b"


def _fig(figsize):
    from matplotlib.figure import Figure

    return Figure(figsize=figsize, layout="constrained")


def _family():
    from .fonts import font_family

    return font_family()


def _attributed(df):
    return df[df["attributed"]]


def _barh(labels, values, title, color=_BLUE, xlabel="claims"):  # xlabel: already in the chart's language
    import matplotlib as mpl

    family = _family()
    with mpl.rc_context({"font.family": family}):
        fig = _fig((7, max(2.2, 0.36 * len(labels) + 1.3)))
        ax = fig.add_subplot()
        ypos = list(range(len(labels)))
        bars = ax.barh(ypos, values, color=color)
        ax.set_yticks(ypos, labels=[for_figure(str(t)) for t in labels], fontfamily=family)
        ax.invert_yaxis()
        ax.bar_label(bars, padding=3, fontsize=9)
        ax.set_xlabel(for_figure(xlabel))
        ax.set_title(for_figure(title))
        ax.spines[["top", "right"]].set_visible(False)
        if values:
            ax.set_xlim(0, max(values) * 1.15 + 0.5)
        from matplotlib.ticker import MaxNLocator

        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    return fig


def _source_label(row, lang: str = "ar") -> str:
    """A source by its entity's fullest name (one bar per referent), else as written."""
    name = getattr(row, "source_name", None)
    name = name if isinstance(name, str) and name else row.source
    if isinstance(name, str) and name:
        return name if len(name) <= 40 else name[:38] + "…"
    return f"({group('type', row.source_type, lang)})"


def bar_sources(claims_df, n: int = 15, title: str | None = None, lang: str = "ar"):
    """Claims per source (top *n*), attributed claims only; an inherited source counts again."""
    counts = Counter(_source_label(r, lang) for r in _attributed(claims_df).itertuples(index=False))
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    if not says_something(v for _, v in top):  # every source heard as often: a sentence says it
        return Sentence(f"{label('chart.sources_alike', lang)} ({top[0][1] if top else 0}): "
                        + separators(lang)[0].join(k for k, _ in top) if top else label("brief.no_sources", lang), lang)
    return _barh([k for k, _ in top], [v for _, v in top], title or label("chart.claims_per_source", lang),
                 xlabel=label("chart.claims", lang))


def bar_source_types(claims_df, include_author: bool = True, title: str | None = None, lang: str = "ar"):
    """Claims per source type (``author`` = the outlet's own voice)."""
    df = claims_df if include_author else _attributed(claims_df)
    counts = Counter(df["source_type"])
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    names = [group("type", t, lang) for t, _ in items]
    if not says_something(v for _, v in items):
        return Sentence(f"{label('chart.sources_alike', lang)} ({items[0][1] if items else 0}): "
                        + separators(lang)[0].join(names) if items else label("brief.no_sources", lang), lang)
    colors = [_GREY if t == "author" else _BLUE for t, _ in items]
    return _barh(names, [v for _, v in items], title or label("chart.claims_per_source_type", lang), color=colors,
                 xlabel=label("chart.claims", lang))


def pie_voice(claims_df, title: str | None = None, lang: str = "ar"):
    """Share of claims attributed to a source vs asserted in the outlet's own voice."""
    import matplotlib as mpl

    n_att = int(claims_df["attributed"].sum())
    n_own = len(claims_df) - n_att
    family = _family()
    with mpl.rc_context({"font.family": family}):
        fig = _fig((5.5, 4))
        ax = fig.add_subplot()
        vals = [n_att, n_own]
        labels = [for_figure(f"{label('chart.attributed', lang)} {n_att}"),
                  for_figure(f"{label('chart.own_voice', lang)} {n_own}")]
        if sum(vals):
            wedges, *_ = ax.pie(vals, colors=[_BLUE, _GREY], autopct="%1.0f%%", startangle=90,
                                counterclock=False, wedgeprops={"linewidth": 1, "edgecolor": "white"})
            ax.legend(wedges, labels, loc="upper center", bbox_to_anchor=(0.5, 0.0), fontsize=9,
                      frameon=False)
        ax.set_title(for_figure(title or label("chart.attributed_vs_own", lang)))
        ax.axis("equal")
    return fig


def bar_direct_indirect(claims_df, title: str | None = None, lang: str = "ar"):
    """Attributed claims quoted directly vs paraphrased, per source type (stacked bars)."""
    import matplotlib as mpl

    att = _attributed(claims_df)
    first_seen = list(dict.fromkeys(att["source_type"]))  # ties keep the article's order, not a set's
    types = sorted(first_seen, key=lambda t: -int((att["source_type"] == t).sum()))
    direct = [int(((att["source_type"] == t) & att["direct_quote"]).sum()) for t in types]
    indirect = [int(((att["source_type"] == t) & ~att["direct_quote"]).sum()) for t in types]
    family = _family()
    with mpl.rc_context({"font.family": family}):
        fig = _fig((7, max(2.2, 0.42 * len(types) + 1.5)))
        ax = fig.add_subplot()
        y = list(range(len(types)))
        ax.barh(y, direct, color=_ORANGE, label=for_figure(label("chart.direct", lang)))
        ax.barh(y, indirect, left=direct, color=_BLUE, label=for_figure(label("chart.indirect", lang)))
        ax.set_yticks(y, labels=[for_figure(group("type", t, lang)) for t in types])
        ax.invert_yaxis()
        ax.set_xlabel(for_figure(label("chart.claims", lang)))
        from matplotlib.ticker import MaxNLocator

        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_title(for_figure(title or label("chart.direct_vs_indirect", lang)))
        ax.legend(loc="lower right", fontsize=8, prop={"family": family, "size": 8})
        ax.spines[["top", "right"]].set_visible(False)
    return fig


def bar_hedged_by_side(claims_df, title: str | None = None, lang: str = "ar"):
    """Share of claims hedged and share marked as alleged, per source side.

    Claims with no side are grouped as ``none`` (the outlet's own voice as ``author``); the names
    shown come from ``labels.tsv`` in ``lang``.
    """
    import matplotlib as mpl
    import numpy as np

    def side_of(r):
        if not r.attributed:
            return "author"
        return r.source_side if isinstance(r.source_side, str) else "none"

    groups: dict[str, list] = {}
    for r in claims_df.itertuples(index=False):
        groups.setdefault(side_of(r), []).append((bool(r.hedged), bool(r.allegation)))
    sides = sorted(groups, key=lambda s: (-len(groups[s]), s))
    if sum(len(groups[s]) >= MIN_GROUP_FOR_SHARE for s in sides) < 2:  # shares of a few claims: say the counts
        comma, semicolon = separators(lang)
        return Sentence(label("chart.hedged_by_side", lang) + ": " + semicolon.join(
            f"{side(s, lang)}: {sum(h for h, _ in groups[s])}/{len(groups[s])} {label('chart.hedged', lang)}{comma}"
            f"{sum(a for _, a in groups[s])}/{len(groups[s])} {label('chart.alleged', lang)}" for s in sides), lang)
    sides = [s for s in sides if len(groups[s]) >= MIN_GROUP_FOR_SHARE]  # a share of one to four claims says little
    hedged = [sum(h for h, _ in groups[s]) / len(groups[s]) for s in sides]
    alleged = [sum(a for _, a in groups[s]) / len(groups[s]) for s in sides]
    family = _family()
    with mpl.rc_context({"font.family": family}):
        fig = _fig((7.5, max(2.4, 0.5 * len(sides) + 1.5)))
        ax = fig.add_subplot()
        y = np.arange(len(sides))
        h = 0.38
        b1 = ax.barh(y - h / 2, hedged, h, color=_ORANGE, label=for_figure(label("chart.hedged", lang)))
        b2 = ax.barh(y + h / 2, alleged, h, color=_RED, label=for_figure(label("chart.alleged", lang)))
        ax.set_yticks(y, labels=[for_figure(f"{side(s, lang)} (n={len(groups[s])})") for s in sides])
        ax.invert_yaxis()
        ax.set_xlim(0, 1.15)
        ax.bar_label(b1, labels=[f"{v:.0%}" for v in hedged], padding=2, fontsize=8)
        ax.bar_label(b2, labels=[f"{v:.0%}" for v in alleged], padding=2, fontsize=8)
        ax.set_xlabel(for_figure(label("chart.share_of_claims", lang)))
        ax.set_title(for_figure(title or label("chart.hedged_by_side", lang)))
        ax.legend(loc="lower right", fontsize=8, prop={"family": family, "size": 8})
        ax.spines[["top", "right"]].set_visible(False)
    return fig


# ------------------------------------------------------------------- HTML ---
def claim_marks(claims_df, lang: str = "ar") -> list[Mark]:
    """Marks of the attributed claims: the clause (``claim``, or ``hedged`` / ``alleged``), its
    source and its cue, each with a tooltip in ``lang`` (type, side, cue, hedges)."""
    comma, _ = separators(lang)
    marks = []
    for r in claims_df[claims_df["attributed"]].itertuples(index=False):
        role = "alleged" if r.allegation else ("hedged" if r.hedged else "claim")
        kind = group("type", r.source_type, lang)
        facts = [kind] + ([side(r.source_side, lang)] if isinstance(r.source_side, str) else []) + \
            ([r.cue] if isinstance(r.cue, str) else []) + \
            ([f"{label('column.hedges', lang)}: {comma.join(r.hedges)}"] if r.hedges else []) + \
            ([f"{label('chart.alleged', lang)}: {comma.join(r.allegations)}"] if r.allegation and r.allegations else [])
        marks.append(Mark(int(r.start), int(r.end), role, " · ".join(facts)))
        if str(r.cue_start) != "<NA>":
            marks.append(Mark(int(r.cue_start), int(r.cue_end), "cue",
                              f"{label('column.cue', lang)}: {group('cue_kind', r.cue_kind, lang)}"))
        if str(r.source_start) != "<NA>":
            marks.append(Mark(int(r.source_start), int(r.source_end), "source", f"{label('role.source', lang)}: {kind}"))
    return marks


def claims_html(article, claims_df=None, lang: str = "ar") -> HTML:
    """The article, escaped and right to left, with attributed claims, sources and cues marked
    through the package's one highlighter (roles ``source``, ``cue``, ``claim``, ``hedged``,
    ``alleged``; a source inside its claim is both shaded and underlined).  Each mark carries a
    tooltip (``title``) with the source type, side, cue and hedges.  A legend comes first; text
    left unmarked is the outlet's own voice.
    """
    text = getattr(article, "text", article)
    df = claims(article) if claims_df is None else claims_df
    marks = claim_marks(df, lang)
    roles = ["source", "cue", "claim", "hedged", "alleged"]
    parts = [legend_html(roles, {r: label("role." + r, lang) for r in roles}),
             f'<p class="legend" dir="auto">{esc(label("chart.unmarked_own_voice", lang))}</p>',
             f'<div dir="rtl" lang="ar" class="maqal-claims" style="font-family:{FONT_STACK};'
             'font-size:1.05em;line-height:2;text-align:right">']
    title = getattr(article, "title", None)
    if title:
        parts.append(f"<h3>{esc(title)}</h3>")
    for ps, pe in paragraph_spans(text):
        parts.append(f'<p dir="rtl">{highlight_marks(text, marks, ps, pe)}</p>')
    parts.append("</div>")
    return HTML("\n".join(parts))

"""A timeline chart of the events (and time expressions) of an article that answers what
happened when.

By default the axis spans a few years around the publication date (:data:`WINDOW_YEARS`;
``window=None`` is the long view); one lane per actor (the entity layer's fullest name), else per
place; a point for an event with an exact date, a bar for a short interval; an event dated only by
"since X" or "during the past N years" is context — a dotted line, not a bar.  Reported facts are
filled, planned events hollow with a dashed outline, speculated ones hatched.  Labels are placed on
free rows so none overprints another.  Each mark links to its sentence (``#maqal-sN``, the anchors
of :func:`maqal.brief.article_with_anchors`) when the figure is drawn as SVG (:func:`svg_html`).
Every Arabic label passes through :func:`maqal.shaping.for_figure`.
"""
from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from .fonts import font_family
from .labels import group, label, place
from .lexicons import key as name_key
from .shaping import for_figure

_STYLE = {
    "fact": dict(color="#3b6ea8", alpha=0.9, hatch=None, ls="-", fill=True),
    "planned": dict(color="#d07a1f", alpha=0.9, hatch=None, ls="--", fill=False),
    "speculated": dict(color="#8a8a8a", alpha=0.7, hatch="///", ls=":", fill=False),
    "denied": dict(color="#8a8a8a", alpha=0.5, hatch="xx", ls=":", fill=False),  # denied or cancelled
    "date": dict(color="#a0a0a0", alpha=0.5, hatch=None, ls="-", fill=True),  # the time expressions' lane
}
#: years before and after the publication date the default axis spans
WINDOW_YEARS = (2, 1)
#: an interval ending on the publication date and longer than this is context ("since 2018")
CONTEXT_DAYS = 45


class Span(NamedTuple):
    """One thing drawn: its lane, dates, label, certainty, sentence and whether it is context."""
    lane: str
    start: dt.date
    end: dt.date
    text: str
    certainty: str
    sentence: int | None
    context: bool


def window_around(published, years=WINDOW_YEARS) -> tuple[dt.date, dt.date] | None:
    """(first day, last day) of the years around ``published``; None without a date."""
    if published is None or years is None:
        return None
    before, after = years
    return dt.date(published.year - before, 1, 1), dt.date(published.year + after, 12, 31)


def is_context(start, end, published) -> bool:
    """An interval that runs up to the publication date ("since 2018", "in the past four years")."""
    return published is not None and end is not None and abs((end - published).days) <= 1 \
        and (end - start).days > CONTEXT_DAYS


def _sentence(r):
    v = r.get("sentence")
    return int(v) if v is not None and v == v else None


def lane_of(r, lang: str, names: dict) -> str:
    """The actor (one lane per name: كيم and «كيم» fold to one, the first spelling names it),
    else the place in ``lang``, else the place as written."""
    if isinstance(r.get("who"), str) and r["who"]:
        return names.setdefault(name_key(r["who"]), r["who"])
    if isinstance(r.get("place"), str) and r["place"]:
        return place(r["place"], lang)
    return r.get("where") if isinstance(r.get("where"), str) and r.get("where") else "—"


def event_text(r, lane: str, lang: str) -> str:
    """Kind, and the place or partner the lane does not already say."""
    text = group("kind", r["kind"], lang)
    for col in ("where", "with"):
        v = r.get(col)
        if isinstance(v, str) and v and v != lane:
            text += " · " + v
    count = r.get("count")
    if count is not None and count == count and count:
        text += f" ×{int(count)}"
    return text


def event_spans(events_df, lang: str = "ar", published=None) -> list[Span]:
    """A :class:`Span` per dated event (the same event in one lane once)."""
    if not len(events_df):
        return []
    names, out = {}, {}
    for r in events_df[events_df["start_date"].notna()].to_dict("records"):
        s = r["start_date"]
        e = r["end_date"] if r["end_date"] is not None and r["end_date"] == r["end_date"] else s
        lane = lane_of(r, lang, names)
        span = Span(lane, s, e, event_text(r, lane, lang), r["certainty"], _sentence(r), is_context(s, e, published))
        out.setdefault((lane, s, e, span.text), span)
    return list(out.values())


def date_spans(dates_df, published=None) -> list[Span]:
    """A :class:`Span` per resolved time expression (the bottom lane)."""
    if dates_df is None or not len(dates_df):
        return []
    out = []
    for r in dates_df[dates_df["start_date"].notna()].to_dict("records"):
        e = r["end_date"] if r["end_date"] is not None and r["end_date"] == r["end_date"] else r["start_date"]
        out.append(Span("", r["start_date"], e, r["text"], "fact", _sentence(r),
                        is_context(r["start_date"], e, published)))
    return out


class LabelRows:
    """Puts each label on the first of a few rows (above and below a lane) where it clears the
    labels already there; a label that fits nowhere is left to the table.  ``per_char``: how
    many axis units one character of a label takes (labels are centred on their mark)."""

    OFFSETS = (13, -15, 25, -27)

    def __init__(self, per_char: float):
        self.per_char, self.taken = per_char, {}

    def offset(self, y, x, text: str) -> int | None:
        half = len(text) * self.per_char / 2
        for off in self.OFFSETS:
            spans = self.taken.setdefault((y, off), [])
            if all(x + half < a or x - half > b for a, b in spans):
                spans.append((x - half, x + half))
                return off
        return None


def _url(span: Span) -> str | None:
    return f"#maqal-s{span.sentence}" if span.sentence is not None else None


def _draw_span(ax, y, span: Span, lo, hi, rows: LabelRows, fontsize=8) -> None:
    """A point, a bar, or (context) a dotted line with an open start; its label on a free row."""
    import matplotlib.dates as mdates

    st = _STYLE.get(span.certainty, _STYLE["fact"])
    s, e = max(span.start, lo), min(span.end, hi)
    x0, x1 = mdates.date2num(s), mdates.date2num(e)
    if span.context:
        artists = ax.plot([x0, x1], [y, y], color=st["color"], lw=1.6, ls=(0, (1, 2)), alpha=0.8)
        artists += ax.plot([x0], [y], marker="<" if span.start < lo else "|", ms=7, color=st["color"])
        x = x0
    elif (e - s).days >= 2:
        artists = [ax.barh(y, (e - s).days + 1, left=x0, height=0.2, color=st["color"] if st["fill"] else "none",
                           alpha=st["alpha"], hatch=st["hatch"], edgecolor=st["color"], linestyle=st["ls"],
                           linewidth=1.4)[0]]
        x = (x0 + x1) / 2
    else:
        artists = ax.plot([x0], [y], marker="o", ms=9, linestyle="none", markeredgewidth=1.8,
                          markerfacecolor=st["color"] if st["fill"] else "white", markeredgecolor=st["color"])
        x = x0
    off = rows.offset(y, x, span.text)
    if off is not None:
        artists.append(ax.annotate(for_figure(span.text), (x, y), xytext=(0, off), textcoords="offset points",
                                   ha="center", va="center", fontsize=fontsize, color="#333"))
    for a in artists:
        a.set_url(_url(span))


def _legend(ax, family, lang: str = "ar", denied: bool = False) -> None:
    """The marks' key; the denied style only where a denied or cancelled event is drawn."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles = [
        Patch(facecolor=_STYLE["fact"]["color"], edgecolor=_STYLE["fact"]["color"],
              label=for_figure(label("chart.happened", lang))),
        Patch(facecolor="none", edgecolor=_STYLE["planned"]["color"], linestyle="--",
              label=for_figure(label("chart.planned", lang))),
        Patch(facecolor="none", edgecolor=_STYLE["speculated"]["color"], hatch="///",
              label=for_figure(label("chart.speculated", lang))),
        *([Patch(facecolor="none", edgecolor=_STYLE["denied"]["color"], hatch="xx",
                 label=for_figure(label("certainty.denied", lang)))] if denied else []),
        Line2D([], [], marker="o", linestyle="none", color="#555", label=for_figure(label("chart.exact_date", lang))),
        Line2D([], [], color="#555", ls=(0, (1, 2)), label=for_figure(label("chart.context", lang))),
    ]
    ax.legend(handles=handles, loc="lower right", fontsize=8, frameon=False, ncols=len(handles),
              bbox_to_anchor=(1, 1.0), prop={"family": family, "size": 8})


def axis_range(spans: list[Span], window) -> tuple[dt.date, dt.date]:
    """The window; in the long view, the first start to the last end (a year when nothing is dated)."""
    if window is not None:
        return window
    if not spans:
        today = dt.date.today()
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    lo, hi = min(s.start for s in spans), max(s.end for s in spans)
    pad = dt.timedelta(days=max((hi - lo).days // 20, 15))
    return lo - pad, hi + pad


def _format_axis(ax, lo, hi) -> None:
    """Years, or year-month when the axis spans less than three years: numbers, no month names."""
    import matplotlib.dates as mdates

    ax.set_xlim(mdates.date2num(lo), mdates.date2num(hi))
    if (hi - lo).days > 3 * 366:
        ax.xaxis.set_major_locator(mdates.YearLocator(base=max(1, (hi.year - lo.year) // 12 + 1)))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    else:
        ax.xaxis.set_major_locator(mdates.MonthLocator(bymonth=(1, 7) if (hi - lo).days > 400 else range(1, 13, 3)))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))


def timeline_chart(events_df, dates_df=None, title: str | None = None, lang: str = "ar", published=None,
                   window=WINDOW_YEARS):
    """Figure of ``events_df`` (from :func:`maqal.timeline.events`); with ``dates_df`` (from
    :func:`~maqal.timeline.find_dates`) a bottom lane shows the resolved time expressions.

    ``published``: the article's date; the axis then spans ``window`` = (years before, years
    after) it; ``window=None`` (or no date) is the long view.  What falls outside the axis is
    left out (the tables list it); an interval is cut at the axis.  With nothing to draw (no
    event nor time expression with a date on the axis) the chart is a :class:`~maqal.charts.Sentence`
    saying so, not an empty axis."""
    import matplotlib as mpl
    from matplotlib.figure import Figure

    from .charts import Sentence

    win = window_around(published, window)
    events = event_spans(events_df, lang, published)
    dates = [d for d in date_spans(dates_df, published) if win is None or (d.end >= win[0] and d.start <= win[1])]
    events = [s for s in events if win is None or (s.end >= win[0] and s.start <= win[1])]
    if not events and not dates:
        where = " " + label("chart.timeline_nothing_between", lang).format(lo=win[0].year, hi=win[1].year) if win else ""
        return Sentence(label("chart.no_dated_events", lang) + where, lang)
    lo, hi = axis_range(events + dates, win)
    dates_lane = label("chart.time_expressions", lang)
    lanes = list(dict.fromkeys(s.lane for s in events)) + ([dates_lane] if dates else [])
    family = font_family()
    with mpl.rc_context({"font.family": family}):
        fig = Figure(figsize=(10, 1.3 + 0.9 * max(len(lanes), 1)), layout="constrained")
        ax = fig.add_subplot()
        rows = LabelRows(per_char=(hi - lo).days / 125)  # ~125 characters of 8 points across the axis
        for span in events:
            _draw_span(ax, lanes.index(span.lane), span, lo, hi, rows)
        for span in sorted(dates, key=lambda d: (d.context, d.end)):
            _draw_span(ax, lanes.index(dates_lane), span._replace(certainty="date"), lo, hi, rows, 7)
        ax.set_yticks(range(len(lanes)), labels=[for_figure(l) for l in lanes])
        ax.set_ylim(len(lanes) - 0.4, -0.8)
        _format_axis(ax, lo, hi)
        ax.spines[["top", "right", "left"]].set_visible(False)
        ax.grid(axis="x", color="#eee")
        _legend(ax, family, lang, denied=any(s.certainty == "denied" for s in events))
        if title:
            ax.set_title(for_figure(title), loc="right", pad=22)
    fig.maqal_axis = (lo, hi)  # what the axis spans, for the page (svg_html) and tests
    return fig


def svg_text(fig) -> str:
    """The figure as an SVG document, text drawn as paths (Arabic looks the same everywhere),
    its marks links to their sentences (``#maqal-sN``)."""
    import io

    import matplotlib as mpl

    buf = io.StringIO()
    with mpl.rc_context({"svg.fonttype": "path", "svg.hashsalt": "maqal"}):
        fig.savefig(buf, format="svg", metadata={"Date": None})
    return buf.getvalue()


def svg_html(fig, svg: str | None = None):
    """The figure as inline SVG (:func:`svg_text`, or ``svg`` when it is drawn already) whose
    marks are links to their sentences; the wrapper says what the axis spans.  A chart that
    became a sentence is that sentence."""
    from .charts import SVG_SLOT, Sentence, inline_svg
    from .views import HTML

    if isinstance(fig, Sentence):
        return HTML(fig._repr_html_())
    if svg != SVG_SLOT:  # the slot: the page of a report takes the SVG a child draws (charts.page_output)
        svg = inline_svg(svg if svg is not None else svg_text(fig))  # a sentence opens in this page
    lo, hi = getattr(fig, "maqal_axis", (None, None))
    data = f' data-axis-start="{lo}" data-axis-end="{hi}"' if lo else ""
    return HTML(f'<div class="maqal-timeline"{data} style="max-width:100%;overflow-x:auto">{svg}</div>')


def shown(fig, name: str, folder=None):
    """Save ``fig`` as ``name.png`` and ``name.svg`` (:func:`maqal.charts.save_figure`) and return
    :func:`svg_html` of it: the SVG file and the page's are one drawing.  A chart that became a
    sentence saves nothing; files that are already this figure's drawing (:mod:`maqal.figure_cache`)
    are not drawn again."""
    from . import figure_cache
    from .charts import SVG_SLOT, DrawnAside, Sentence, drawing_aside, figure_path, shown_aside

    if isinstance(fig, Sentence):
        return svg_html(fig)
    svg = figure_path(name, folder, "svg")
    files, key = [svg.with_suffix(".png"), svg], figure_cache.fingerprint(fig)
    if figure_cache.drawn_before(key, name, svg.parent, files):
        if drawing_aside():
            return DrawnAside(svg, svg_html(fig, SVG_SLOT).data)
        return svg_html(fig, svg.read_text(encoding="utf-8"))

    def drawn() -> str:
        text = saved(fig, name, folder)
        figure_cache.remember(key, name, svg.parent, files)
        return text

    if drawing_aside():  # a report's kernel: a forked child draws both files, the page takes the SVG
        return shown_aside(svg, drawn, svg_html(fig, SVG_SLOT).data)
    return svg_html(fig, drawn())


def saved(fig, name: str, folder=None) -> str:
    """``fig`` written as ``name.png`` and ``name.svg`` (:func:`svg_text`) here; the SVG returned."""
    from .charts import figure_path, save_figure
    from .files import atomic_write

    save_figure(fig, name, folder, formats=("png",))
    svg = svg_text(fig)
    atomic_write(figure_path(name, folder, "svg"), svg)
    return svg


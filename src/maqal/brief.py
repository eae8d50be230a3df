"""The brief: one screen that answers what an article is, who is in it, what happened when,
who is heard and how, and which words set it apart — each item linked to its sentence.

:func:`brief` gathers tidy tables from the analyses (entities, events, claims, keywords);
:func:`brief_html` draws them, each item a link to ``#maqal-s<N>`` (sentence N), which
:func:`article_with_anchors` gives every sentence of the article; :func:`brief_page` is the
report's first page (the brief, then the article, highlighted).  Labels come from
``data/labels/labels.tsv`` (``brief.*``) in ``lang``.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .highlight import esc, highlight_marks, legend_html
from .labels import check_lang, group, label, outlet
from .records import Mark
from .timeline_chart import WINDOW_YEARS, is_context, window_around
from .views import FONT_STACK, HTML



@dataclass
class Brief:
    """What the first screen shows; every table row has ``sentence`` (its anchor) and a span."""

    meta: dict
    entities: object  # DataFrame: name, kind, mentions, sentence, start, end
    events: object  # DataFrame: date, kind, who, where, certainty, sentence, start, end (in the window)
    outside: int  # dated events outside the window
    voices: dict  # claims, own, attributed, quotes, hedged, alleged → count and first sentence
    sources: object  # DataFrame: source, source_type, claims, quotes, sentence, start, end
    terms: object  # DataFrame: term, count, log_likelihood, sentence, start, end
    window: tuple | None = None  # (first day, last day)
    marks: list = field(default_factory=list)  # what the highlighted article marks


def sentence_of(layer, start) -> int:
    """The number of the sentence holding character ``start``."""
    return max(bisect.bisect_right(layer.sentence_starts, int(start)) - 1, 0)


def article_meta(article) -> dict:
    """Title (or, when none is printed, the first words), outlet, date and whether it is inferred."""
    title = article.title or " ".join(article.text.split()[:12]) + " …"
    return {"id": article.id, "title": title, "title_printed": bool(article.title), "outlet": article.source,
            "published": article.published, "inferred": bool(article.published_inferred)}


def people_rows(layer, ents, top: int = 10):
    """People, bodies and places by how often they are mentioned, with their first mention."""
    import pandas as pd

    cols = ["name", "kind", "mentions", "sentence", "start", "end"]
    if not len(ents):
        return pd.DataFrame(columns=cols)
    named = ents[~ents["anonymous"].astype(bool)]
    rows = []
    for _, g in named.groupby("name", sort=False):  # one row per name (a state as place and actor)
        first = g.sort_values("start").iloc[0]
        kind = g["kind"].mode().iat[0]
        rows.append({"name": first["name"], "kind": kind, "mentions": len(g),
                     "sentence": sentence_of(layer, first["start"]), "start": int(first["start"]),
                     "end": int(first["end"])})
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["mentions", "start"], ascending=[False, True]).head(top).reset_index(drop=True)


def event_rows(evs, window, published=None):
    """Dated events inside ``window`` in date order (``context``: dated only by "since X" or "over
    the past N years"); and how many dated ones fall outside it."""
    import pandas as pd

    cols = ["date", "when", "start_date", "kind", "who", "where", "with", "certainty", "context", "sentence",
            "start", "end"]
    dated = evs[evs["start_date"].notna()] if len(evs) else evs
    if not len(dated):
        return pd.DataFrame(columns=cols), 0
    inside = dated
    if window is not None:
        ends = dated["end_date"].where(dated["end_date"].notna(), dated["start_date"])
        keep = (ends >= window[0]) & (dated["start_date"] <= window[1])
        inside = dated[keep]
    out = inside.assign(date=[date_range(s, e) for s, e in zip(inside["start_date"], inside["end_date"])],
                        when=inside["time_text"],
                        context=[is_context(s, e, published) for s, e in zip(inside["start_date"], inside["end_date"])])
    out = out.sort_values(["start_date", "start"])
    return out[cols].reset_index(drop=True), len(dated) - len(inside)


def date_range(start, end) -> str:
    """A day, or the first and last day of an interval (``2019-04-01/2019-04-30``)."""
    if end is None or end != end or end == start:
        return start.isoformat()
    return f"{start.isoformat()}/{end.isoformat()}"


def voice_counts(cl) -> dict:
    """How the article speaks: claims in its own voice or attributed, quoted, hedged, alleged —
    each a count and the sentence of its first claim (None when there is none)."""
    def entry(mask):
        hit = cl[mask] if len(cl) else cl
        return {"n": int(len(hit)), "sentence": int(hit["sentence"].iat[0]) if len(hit) else None}

    if not len(cl):
        return {k: {"n": 0, "sentence": None} for k in ("claims", "own", "attributed", "quotes", "hedged", "alleged")}
    own = cl["source_type"] == "author"
    return {"claims": entry(cl["claim"].notna()), "own": entry(own), "attributed": entry(~own),
            "quotes": entry(cl["direct_quote"].astype(bool)), "hedged": entry(cl["hedged"].astype(bool)),
            "alleged": entry(cl["allegation"].astype(bool))}


def heard_rows(cl):
    """Each source heard (not the own voice): its type, claims, direct quotes and first claim."""
    import pandas as pd

    cols = ["source", "source_type", "claims", "quotes", "sentence", "start", "end"]
    heard = cl[cl["source_type"] != "author"] if len(cl) else cl
    if not len(heard):
        return pd.DataFrame(columns=cols)
    name = heard["source_name"].where(heard["source_name"].notna(), heard["source"])
    rows = []
    for src, g in heard.assign(name=name).groupby("name", sort=False):
        first = g.iloc[0]
        rows.append({"source": src, "source_type": first["source_type"], "claims": len(g),
                     "quotes": int(g["direct_quote"].astype(bool).sum()), "sentence": int(first["sentence"]),
                     "start": int(first["source_start"]) if first["source_start"] == first["source_start"]
                     else int(first["start"]),
                     "end": int(first["source_end"]) if first["source_end"] == first["source_end"] else int(first["end"])})
    return pd.DataFrame(rows, columns=cols)


def distinctive_rows(layer, keys, freq, names, top: int = 8):
    """The most distinctive terms that are not a name already listed, nor part of one (a name of
    several words is one term, :func:`maqal.frequencies.term_frequencies`), with their first use."""
    import pandas as pd

    from .arabic import normalize

    cols = ["term", "count", "log_likelihood", "sentence", "start", "end"]
    name_words = {normalize(w) for n in names for w in str(n).split()}
    first = dict(zip(freq["key"], zip(freq["first_start"], freq["first_end"]))) if len(freq) else {}
    rows = []
    for r in keys.itertuples(index=False):
        words = normalize(r.term).split()
        if r.key in name_words or all(w in name_words for w in words) or r.key not in first:
            continue
        s, e = first[r.key]
        rows.append({"term": r.term, "count": int(r.count), "log_likelihood": float(r.log_likelihood),
                     "sentence": sentence_of(layer, s), "start": int(s), "end": int(e)})
        if len(rows) == top:
            break
    return pd.DataFrame(rows, columns=cols)


def mark(start, end, role: str, title) -> Mark:
    """A mark whose title (the tooltip) is text, or none (a missing value is NaN in a table)."""
    return Mark(int(start), int(end), role, title if isinstance(title, str) and title else None)


def brief(article, layer=None, window_years=WINDOW_YEARS) -> Brief:
    """The brief of ``article`` (an Article; ``layer`` its text layer, built when not given)."""
    from . import claims, frequencies, timeline
    from .entities import entities
    from .textlayer import text_layer

    layer = layer if layer is not None else text_layer(article)
    ents = entities(layer)
    dates = timeline.find_dates(layer)
    evs = timeline.events(layer, dates=dates)
    cl = claims.claims(layer)
    window = window_around(article.published, window_years)
    people = people_rows(layer, ents)
    events, outside = event_rows(evs, window, article.published)
    sources = heard_rows(cl)
    terms = distinctive_rows(layer, frequencies.keywords(layer), frequencies.term_frequencies(layer),
                      list(people["name"]) + list(ents["mention"]))
    marks = ([mark(r.start, r.end, "entity", r.name) for r in ents.itertuples() if not r.anonymous]
             + [mark(r.start, r.end, "source", group("type", r.source_type)) for r in sources.itertuples()]
             + [mark(r.start, r.end, "date", r.value) for r in dates.itertuples()]
             + [mark(r.start, r.end, "term", r.term) for r in terms.itertuples()])
    return Brief(article_meta(article), people, events, outside, voice_counts(cl), sources, terms, window, marks)


# --- HTML --------------------------------------------------------------------------------------
BRIEF_CSS = (
    "<style>.maqal-brief{font-family:%s;text-align:start;line-height:1.7}"
    ".maqal-brief h1{font-size:1.5em;margin:.2em 0}.maqal-brief h2{font-size:1.05em;margin:.6em 0 .2em;color:#444}"
    ".maqal-brief .mq-meta{color:#555;margin:0 0 .6em}.maqal-brief ul{margin:0;padding-inline-start:1.2em}"
    ".maqal-brief .mq-grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(18em,1fr));gap:.4em 1.6em}"
    ".maqal-brief a{color:#1f5f99;text-decoration:none}.maqal-brief a:hover{text-decoration:underline}"
    ".maqal-brief small{color:#777}.maqal-brief .mq-terms a{display:inline-block;background:#ffe08a;"
    "border-radius:3px;padding:0 .35em;margin:.1em}"
    ".maqal-sent:target{outline:2px solid #ff9f43;background:#fff3e0}</style>" % FONT_STACK)


def anchor(sentence) -> str:
    """The fragment of sentence N in a page that shows the article (:func:`article_with_anchors`)."""
    return f"#maqal-s{int(sentence)}"


def _link(text: str, sentence, page: str = "") -> str:
    if sentence is None or sentence != sentence:
        return esc(text)
    return f'<a href="{esc(page)}{anchor(sentence)}" dir="auto">{esc(text)}</a>'


def _date_line(meta: dict, lang: str) -> str:
    if meta["published"] is None:
        return label("index.no_date", lang)
    out = meta["published"].isoformat()
    return out + (f" ({label('index.inferred', lang)})" if meta["inferred"] else "")


def _people_html(b: Brief, lang: str, page: str) -> str:
    if not len(b.entities):
        return f"<p>{esc(label('brief.none', lang))}</p>"
    items = [f"<li>{_link(r.name, r.sentence, page)} <small>{esc(group('entity', r.kind, lang))} · "
             f"{r.mentions}</small></li>" for r in b.entities.itertuples()]
    return "<ul>" + "".join(items) + "</ul>"


def _event_text(r, lang: str) -> str:
    parts = [group("kind", r["kind"], lang)]
    for col in ("who", "where", "with"):
        v = r.get(col)
        if isinstance(v, str) and v:
            parts.append(v)
    text = " · ".join(parts)
    if r["certainty"] != "fact":
        text += f" ({group('certainty', r['certainty'], lang)})"
    return text


def _event_item(r, lang: str, page: str) -> str:
    when = r["when"] if isinstance(r["when"], str) else ""
    return (f'<li><span dir="ltr"><small>{esc(r["date"])}</small></span> <span dir="auto">{esc(when)}</span> — '
            f'{_link(_event_text(r, lang), r["sentence"], page)}</li>')


def _events_html(b: Brief, lang: str, page: str) -> str:
    rows = b.events.to_dict("records")
    items = [_event_item(r, lang, page) for r in rows if not r["context"]]
    context = [_event_item(r, lang, page) for r in rows if r["context"]]
    body = "<ul>" + "".join(items) + "</ul>" if items else f"<p>{esc(label('brief.no_events', lang))}</p>"
    if context:
        body += f"<p><small>{esc(label('chart.context', lang))}</small></p><ul>{''.join(context)}</ul>"
    if b.outside:
        body += f"<p><small>{esc(label('brief.outside', lang))}: {b.outside}</small></p>"
    return body


def _voices_html(b: Brief, lang: str, page: str) -> str:
    v = b.voices
    lines = [f"{esc(label('brief.' + k, lang))}: {_link(str(v[k]['n']), v[k]['sentence'], page)}"
             for k in ("claims", "own", "attributed", "quotes", "hedged", "alleged")]
    srcs = [f"<li>{_link(r.source, r.sentence, page)} <small>{esc(group('type', r.source_type, lang))} · "
            f"{r.claims}{' · ' + esc(label('brief.quotes', lang)) + ' ' + str(r.quotes) if r.quotes else ''}"
            "</small></li>" for r in b.sources.itertuples()]
    return ("<p>" + " · ".join(lines) + "</p>"
            + (f"<ul>{''.join(srcs)}</ul>" if srcs else f"<p>{esc(label('brief.no_sources', lang))}</p>"))


def _terms_html(b: Brief, lang: str, page: str) -> str:
    if not len(b.terms):
        return f"<p>{esc(label('brief.none', lang))}</p>"
    return "<p class='mq-terms'>" + " ".join(_link(r.term, r.sentence, page) for r in b.terms.itertuples()) + "</p>"


def brief_html(b: Brief, lang: str = "ar", page: str = "") -> HTML:
    """The brief as one screen of HTML; links go to ``page`` + ``#maqal-sN`` (``page`` empty:
    the article shown further down the same page)."""
    lang = check_lang(lang)
    m = b.meta
    window = (f" <small dir='ltr'>{b.window[0].year}–{b.window[1].year}</small>" if b.window else "")
    sections = [("brief.people", _people_html(b, lang, page), ""),
                ("brief.events", _events_html(b, lang, page), window),
                ("brief.voices", _voices_html(b, lang, page), ""),
                ("brief.terms", _terms_html(b, lang, page), "")]
    grid = "".join(f"<div><h2>{esc(label(k, lang))}{extra}</h2>{body}</div>" for k, body, extra in sections)
    name = outlet(m["outlet"], lang) or label("index.no_outlet", lang)  # «عكاظ», not the corpus's «okaz»
    direction = "rtl" if lang == "ar" else "ltr"
    return HTML(f'<section class="maqal-brief" id="maqal-brief" dir="{direction}" lang="{lang}">{BRIEF_CSS}'
                f'<h1 dir="auto">{esc(m["title"])}</h1><p class="mq-meta">{esc(name)} · '
                f'<span dir="auto">{esc(_date_line(m, lang))}</span></p><div class="mq-grid">{grid}</div></section>')


def article_with_anchors(article, marks=(), layer=None, lang: str = "ar") -> HTML:
    """The article paragraph by paragraph, every sentence an anchor (``id="maqal-sN"``, shown
    outlined when a link leads to it), ``marks`` highlighted."""
    from .textlayer import text_layer

    layer = layer if layer is not None else text_layer(article)
    text = layer.text
    spans = layer.sentence_spans
    paras = []
    for p_start, p_end in layer.paragraph_spans:
        sents = [(i, s, e) for i, (s, e) in enumerate(spans) if s >= p_start and e <= p_end]
        body = " ".join(f'<span class="maqal-sent" id="maqal-s{i}"><sup style="color:#aaa">{i}</sup> '
                        f"{highlight_marks(text, marks, s, e)}</span>" for i, s, e in sents)
        paras.append(f'<p dir="rtl" style="text-align:right">{body}</p>')
    roles = {m.role for m in marks}
    names = {r: label("role." + r, lang) for r in roles}
    return HTML((legend_html(roles, names) if roles else "") + f'<div dir="rtl" lang="ar" class="maqal-article" '
                f'style="font-family:{FONT_STACK};line-height:1.9;text-align:right">' + "".join(paras) + "</div>")

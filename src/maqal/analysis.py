"""One call for everything maqal knows about an article, as JSON-ready data.

``maqal analyze PATH --json`` prints this; later analyses (timeline, claims) add
their tables under their own keys.
"""
from __future__ import annotations

import json

from .article import Article
from .textlayer import text_layer
from .records import CLAIMS, DATES, ENTITIES, EVENTS, Rows, plain_rows, plain_value  # noqa: F401


def records(df) -> list[dict]:
    """DataFrame rows as plain JSON-able dicts."""
    return plain_rows(df.to_dict(orient="records"))


def analyze(article, *, published=None, grouper="clitic", top: int | None = None) -> dict:
    """Analyse an Article (or a path, loaded with ``load_article``) into plain data.

    Keys: ``article`` (metadata plus ``text``, which every span indexes into),
    ``frequencies`` (term, count, forms, spans …), ``collocations``, ``keywords``,
    ``dates`` and ``events`` (the timeline; dates as ISO strings), ``claims``, ``entities``.
    One text layer is built and every analysis reads it.  Each table is a
    :class:`~maqal.records.Rows`: a sequence of plain row dicts (equal to their list) held column
    by column, spans in flat arrays, so a long article's result is not millions of Python
    objects; :func:`to_json` writes it (``json.dumps(data, default=list)`` does too).
    """
    from . import pipeline
    from .loading import load_article

    if not isinstance(article, Article):
        article = load_article(article, published=published)
    with pipeline.gc_paused():
        return _analysis(article, grouper, top)


def _analysis(article: Article, grouper, top: int | None) -> dict:
    """:func:`analyze` of a loaded Article, one stage at a time: the analyses of the normalised
    view (entity mentions, dates, events, claims), then the word counts.  Each table becomes
    compact rows when it is made, and what a stage read is let go before the next — the
    normalised view and the entity rows before the word tables are built (the word counts keep
    only where the names are, :func:`~maqal.frequencies.name_spans`) — so a long article's memory
    peaks at its larger stage, not at their sum."""
    from . import pipeline
    from .frequencies import name_spans

    layer = text_layer(article)
    tables = pipeline.run(layer, ["entities", "dates", "events", "claims"])
    name_spans(layer)  # read from the entity rows while they are there
    layer.forget_words(keep=("_name_spans",), results=True)
    found = {rec.name: rec.json_table(tables.pop(rec.name)) for rec in (DATES, EVENTS, CLAIMS, ENTITIES)}
    del tables
    counts, stats = _word_counts(layer, grouper, top)
    layer.forget_words()
    return {"article": article.to_dict(), "stats": stats, **counts, **found}


def _word_counts(layer, grouper, top: int | None) -> tuple[dict, dict]:
    """The word tables (frequencies, collocations, keywords) and the layer's counts."""
    from .frequencies import collocation_rows, keyword_rows, term_frequency_rows

    freqs = term_frequency_rows(layer, grouper)  # Rows: plain values, held column by column
    if top:
        freqs = Rows(freqs[:top], freqs.names)
    stats = {"characters": len(layer.text), "paragraphs": len(layer.paragraph_spans),
             "sentences": len(layer.sentence_spans), "tokens": len(layer.token_columns["start"])}
    return {"frequencies": freqs, "collocations": Rows(plain_rows(collocation_rows(layer, grouper))),
            "keywords": Rows(plain_rows(keyword_rows(layer, grouper)))}, stats


def to_json(data: dict, indent: int | None = 1) -> str:
    """UTF-8 JSON with Arabic left readable (not \\u-escaped); stable key order."""
    return "".join(json_pieces(data, indent))


def json_pieces(data, indent: int | None = 1):
    """:func:`to_json` of ``data`` in pieces, a table's rows one at a time (``maqal analyze --json``
    writes them as they come: a long article's JSON is never one string, nor its rows all dicts).
    The text is exactly ``json.dumps(data, ensure_ascii=False, indent=indent, default=str)`` with
    every :class:`~maqal.records.Rows` written as the list of its rows."""
    if not isinstance(data, dict) or not data:
        yield _dumps(data, indent)
        return
    step = "" if indent is None else "\n" + " " * indent
    yield "{"
    for n, (key, value) in enumerate(data.items()):
        yield ("," if n else "") + (step or (" " if n else "")) + _dumps(str(key), None) + ": "
        yield from _value_pieces(value, indent, step)
    yield step[:1] + "}"


def _value_pieces(value, indent, step: str):
    """One value of the top object, indented one level (its rows, for :class:`Rows`, two)."""
    if not isinstance(value, Rows):
        yield _dumps(value, indent).replace("\n", step) if step else _dumps(value, indent)
        return
    if not len(value):
        yield "[]"
        return
    inner = step + step[1:]
    yield "["
    for n, row in enumerate(value):
        yield ("," if n else "") + (inner or (" " if n else "")) + (_dumps(row, indent).replace("\n", inner) if inner else _dumps(row, indent))
    yield step + "]"


def _dumps(value, indent) -> str:
    return json.dumps(value, ensure_ascii=False, indent=indent, default=_json_default)


def _json_default(value):
    """A :class:`Rows` anywhere deeper (a list of analyses) as the list of its rows; anything
    else JSON cannot write as its ``str``."""
    return list(value) if isinstance(value, Rows) else str(value)

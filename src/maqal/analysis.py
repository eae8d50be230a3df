"""One call for everything maqal knows about an article, as JSON-ready data.

``maqal analyze PATH --json`` prints this; later analyses (timeline, claims) add
their tables under their own keys.
"""
from __future__ import annotations

import json

from .article import Article
from .records import CLAIMS, DATES, ENTITIES, EVENTS, plain_rows, plain_value  # noqa: F401


def records(df) -> list[dict]:
    """DataFrame rows as plain JSON-able dicts."""
    return plain_rows(df.to_dict(orient="records"))


def analyze(article, *, published=None, grouper="clitic", top: int | None = None) -> dict:
    """Analyse an Article (or a path, loaded with ``load_article``) into plain data.

    Keys: ``article`` (metadata plus ``text``, which every span indexes into),
    ``frequencies`` (term, count, forms, spans …), ``collocations``, ``keywords``,
    ``dates`` and ``events`` (the timeline; dates as ISO strings), ``claims``, ``entities``.
    One text layer is built and every analysis reads it.
    """
    from . import pipeline
    from .loading import load_article

    if not isinstance(article, Article):
        article = load_article(article, published=published)
    with pipeline.gc_paused():
        return _analysis(article, grouper, top)


def _analysis(article: Article, grouper, top: int | None) -> dict:
    """:func:`analyze` of a loaded Article, one stage at a time: the word counts, then the
    analyses of the normalised view.  Each table becomes JSON when it is made, and the word
    tables are let go before the second stage, so a long article's memory peaks at its larger
    stage, not at their sum."""
    from . import pipeline
    from .frequencies import collocation_rows, keyword_rows, term_frequency_rows
    from .textlayer import text_layer

    layer = text_layer(article)
    freqs = term_frequency_rows(layer, grouper)
    if top:
        freqs = freqs[:top]
    stats = {"characters": len(article.text), "paragraphs": len(layer.paragraph_spans),
             "sentences": len(layer.sentence_spans), "tokens": len(layer.token_columns["start"])}
    counts = {"frequencies": plain_rows(freqs), "collocations": plain_rows(collocation_rows(layer, grouper)),
              "keywords": plain_rows(keyword_rows(layer, grouper))}
    del freqs
    # the normalised view (and its tokens) stays: the entities of the word counts built it, and
    # dates, events and claims read it (this stage's memory stays below the word counts')
    layer.forget_words(keep=("normalized",))
    tables = pipeline.run(layer, ["dates", "events", "claims", "entities"])
    # every analysis has read what it needs: the layer's words and the rows kept on it go, and
    # each table's rows become JSON one by one (the found rows are let go as their JSON is made)
    layer.forget_words(results=True)
    found = {rec.name: rec.json_rows(tables.pop(rec.name), in_place=True) for rec in (DATES, EVENTS, CLAIMS, ENTITIES)}
    return {"article": article.to_dict(), "stats": stats, **counts, **found}


def to_json(data: dict, indent: int | None = 1) -> str:
    """UTF-8 JSON with Arabic left readable (not \\u-escaped); stable key order."""
    return json.dumps(data, ensure_ascii=False, indent=indent, default=str)

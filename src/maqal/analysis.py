"""One call for everything maqal knows about an article, as JSON-ready data.

``maqal analyze PATH --json`` prints this; later analyses (timeline, claims) add
their tables under their own keys.
"""
from __future__ import annotations

import json

from .article import Article


def plain_value(v):
    """A JSON-able scalar: numpy numbers made plain, NaN/NA → None, dates → ISO strings."""
    if isinstance(v, (list, tuple)):
        return [plain_value(x) for x in v]
    if isinstance(v, dict):
        return {k: plain_value(x) for k, x in v.items()}
    if v is None or isinstance(v, str):
        return v
    try:
        import pandas as pd

        if pd.isna(v):
            return None
    except (TypeError, ValueError):
        pass
    if hasattr(v, "isoformat"):
        return v.isoformat()
    if hasattr(v, "item"):
        v = v.item()
    return v


def records(df) -> list[dict]:
    """DataFrame rows as plain JSON-able dicts."""
    return [{k: plain_value(v) for k, v in row.items()} for row in df.to_dict(orient="records")]


def rows_as_records(rows: list[dict], columns) -> list[dict]:
    """Row dicts of an analysis (``date_rows``, ``claim_rows`` …) as JSON-able dicts in the column
    order of its table: the same records :func:`records` gives for its DataFrame, without pandas."""
    return [{c: plain_value(r.get(c)) for c in columns} for r in rows]


def analyze(article, *, published=None, grouper="clitic", top: int | None = None) -> dict:
    """Analyse an Article (or a path, loaded with ``load_article``) into plain data.

    Keys: ``article`` (metadata plus ``text``, which every span indexes into),
    ``frequencies`` (term, count, forms, spans …), ``collocations``, ``keywords``,
    ``dates`` and ``events`` (the timeline; dates as ISO strings), ``claims``.
    One text layer is built and every analysis reads it.
    """
    from .claims import COLUMNS as CLAIM_COLUMNS, claim_rows
    from .frequencies import collocations, keywords, term_frequencies
    from .loading import load_article
    from .textlayer import text_layer
    from .timeline import DATE_COLUMNS, EVENT_COLUMNS, date_rows, event_rows

    if not isinstance(article, Article):
        article = load_article(article, published=published)
    layer = text_layer(article)
    dates = date_rows(layer)
    freqs = term_frequencies(layer, grouper)
    if top:
        freqs = freqs.head(top)
    return {
        "article": article.to_dict(),
        "stats": {
            "characters": len(article.text),
            "paragraphs": len(layer.paragraph_spans),
            "sentences": len(layer.sentence_spans),
            "tokens": int(len(layer.tokens)),
        },
        "frequencies": records(freqs),
        "collocations": records(collocations(layer, grouper)),
        "keywords": records(keywords(layer, grouper)),
        "dates": rows_as_records(dates, DATE_COLUMNS),
        "events": rows_as_records(event_rows(layer, dates=dates), EVENT_COLUMNS),
        "claims": rows_as_records(claim_rows(layer), CLAIM_COLUMNS),
    }


def to_json(data: dict, indent: int | None = 1) -> str:
    """UTF-8 JSON with Arabic left readable (not \\u-escaped); stable key order."""
    return json.dumps(data, ensure_ascii=False, indent=indent, default=str)

"""One call for everything maqal knows about an article, as JSON-ready data.

``maqal analyze PATH --json`` prints this; later analyses (timeline, claims) add
their tables under their own keys.
"""
from __future__ import annotations

import json
import math

from .article import Article


def _records(df) -> list[dict]:
    """DataFrame rows as plain JSON-able dicts (numpy scalars and NaN made plain)."""
    out = []
    for row in df.to_dict(orient="records"):
        clean = {}
        for k, v in row.items():
            if hasattr(v, "item") and not isinstance(v, (list, dict, str)):
                v = v.item()
            if isinstance(v, float) and math.isnan(v):
                v = None
            clean[k] = v
        out.append(clean)
    return out


def analyze(article, *, published=None, grouper="clitic", top: int | None = None) -> dict:
    """Analyse an Article (or a path, loaded with ``load_article``) into plain data.

    Keys: ``article`` (metadata plus ``text``, which every span indexes into),
    ``frequencies`` (term, count, forms, spans …), ``collocations``, ``keywords``.
    """
    from .frequencies import collocations, keywords, term_frequencies
    from .loading import load_article
    from .textlayer import text_layer

    if not isinstance(article, Article):
        article = load_article(article, published=published)
    layer = text_layer(article)
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
        "frequencies": _records(freqs),
        "collocations": _records(collocations(layer, grouper)),
        "keywords": _records(keywords(layer, grouper)),
    }


def to_json(data: dict, indent: int | None = 1) -> str:
    """UTF-8 JSON with Arabic left readable (not \\u-escaped); stable key order."""
    return json.dumps(data, ensure_ascii=False, indent=indent, default=str)

"""A story's label: the terms its articles share, the most distinctive first."""
from __future__ import annotations

import math

LABEL_TERMS = 4


def story_label(ids: list, terms_by_article: dict, doc_freq: dict, n_docs: int, size: int = LABEL_TERMS) -> str:
    """The ``size`` terms found in most of the story's articles (at least half, and at least two
    when it has two or more), ranked by TF-IDF over the story: their count in its articles times
    their inverse document frequency in the corpus.  ``terms_by_article``: ``{article_id: {key:
    (term, count)}}``."""
    seen: dict = {}
    counts: dict = {}
    forms: dict = {}
    for aid in ids:
        for key, (term, count) in terms_by_article.get(aid, {}).items():
            seen[key] = seen.get(key, 0) + 1
            counts[key] = counts.get(key, 0) + count
            forms.setdefault(key, term)
    need = max(2 if len(ids) > 1 else 1, math.ceil(len(ids) / 2))
    ranked = sorted((k for k, n in seen.items() if n >= need),
                    key=lambda k: (-counts[k] * math.log((1 + n_docs) / (1 + doc_freq.get(k, 0))), k))
    return " · ".join(forms[k] for k in ranked[:size])

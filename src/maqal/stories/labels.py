"""A story's label: the terms its articles share, the most distinctive first."""
from __future__ import annotations

import math

LABEL_TERMS = 4


class TermIndex:
    """The ``terms`` table (``article_id``, ``key``, ``term``, ``count``; categoricals welcome)
    held as arrays, each article's rows one slice: what labels read, without a Python object
    per row."""

    def __init__(self, terms):
        import numpy as np
        import pandas as pd

        art_codes, arts = pd.factorize(terms["article_id"])
        order = np.argsort(art_codes, kind="stable")
        self.keys_of, key_names = pd.factorize(terms["key"])
        self.keys_of, self.key_names = self.keys_of[order], np.asarray(key_names, dtype=object)
        self.terms_of, term_names = pd.factorize(terms["term"])
        self.terms_of, self.term_names = self.terms_of[order], np.asarray(term_names, dtype=object)
        self.counts = terms["count"].to_numpy(float)[order]
        bounds = np.searchsorted(art_codes[order], np.arange(len(arts) + 1))
        self.slices = {a: (int(bounds[k]), int(bounds[k + 1])) for k, a in enumerate(arts)}
        self.doc_freq = np.bincount(self.keys_of, minlength=len(self.key_names))
        self.n_docs = len(arts)

    def rows(self, ids):
        """The key codes, term codes and counts of the articles ``ids``, and which article each row is of."""
        import numpy as np

        parts = [(n, self.slices[a]) for n, a in enumerate(ids) if a in self.slices]
        take = np.concatenate([np.arange(s, e) for _, (s, e) in parts]) if parts else np.zeros(0, int)
        which = np.concatenate([np.full(e - s, n) for n, (s, e) in parts]) if parts else np.zeros(0, int)
        return self.keys_of[take], self.terms_of[take], self.counts[take], which


def story_label(ids: list, index: TermIndex, size: int = LABEL_TERMS) -> str:
    """The ``size`` terms found in most of the story's articles (at least half, and at least two
    when it has two or more), ranked by TF-IDF over the story: their count in its articles times
    their inverse document frequency in the corpus."""
    import numpy as np

    keys, terms, counts, _ = index.rows(ids)
    if not len(keys):
        return ""
    uniq, first, inverse, seen = np.unique(keys, return_index=True, return_inverse=True, return_counts=True)
    total = np.bincount(inverse, weights=counts)
    need = max(2 if len(ids) > 1 else 1, math.ceil(len(ids) / 2))
    shared = np.flatnonzero(seen >= need)
    weight = -total[shared] * np.log((1 + index.n_docs) / (1 + index.doc_freq[uniq[shared]]))
    ranked = sorted(zip(weight.tolist(), index.key_names[uniq[shared]].tolist(), shared.tolist()))
    return " · ".join(str(index.term_names[terms[first[k]]]) for _, _, k in ranked[:size])

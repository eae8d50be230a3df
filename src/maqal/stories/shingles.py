"""Words and word shingles of a text, from maqal's one tokeniser over the normalised view
(:attr:`maqal.normalized.NormalizedText.tokens`), and a set of texts' shingles as a sparse
binary matrix (scikit-learn's ``HashingVectorizer``: no vocabulary held, the same columns in
any process)."""
from __future__ import annotations

from ..normalized import NormalizedText

SHINGLE_WORDS = 3  # words per shingle
HASH_FEATURES = 2 ** 22  # columns of the shingle matrix (two texts of 200 shingles share a column by
#                          chance about 0.01 times: a count barely moves)


def words(text: str, spans: bool = True) -> tuple[list[str], list[tuple[int, int]]]:
    """The text's words (normalised: alef forms, ى, diacritics folded) and each word's span in
    ``text`` (an empty list with ``spans=False``: shingling needs no spans, and mapping them
    back costs as much as finding the words); punctuation tokens are left out."""
    nt = NormalizedText(text)
    toks = [(s, e, t) for s, e, t in nt.tokens if t[0].isalnum() or t[0] == "_"]
    return [t for _, _, t in toks], nt.spans((s, e) for s, e, _ in toks) if spans else []


def shingles(seq: list[str], k: int = SHINGLE_WORDS) -> set[str]:
    """The set of ``k``-word shingles of a word sequence (the sequence itself when shorter)."""
    if len(seq) <= k:
        return {" ".join(seq)} if seq else set()
    return set(map(" ".join, zip(*(seq[i:] for i in range(k)))))  # the k-word windows, joined in C


def shingle_matrix(word_lists):
    """One row per word sequence (an iterable, read lazily: no sequence is kept), a 1 in the
    column of each of its shingles (CSR, float32)."""
    import numpy as np
    from sklearn.feature_extraction.text import HashingVectorizer

    hasher = HashingVectorizer(analyzer=shingles, n_features=HASH_FEATURES, binary=True, norm=None,
                               alternate_sign=False, dtype=np.float32)
    return hasher.transform(word_lists).tocsr()

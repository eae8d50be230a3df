"""Words and word shingles of a text, from maqal's one tokeniser over the normalised view
(:attr:`maqal.normalized.NormalizedText.tokens`), and their MinHash signatures (datasketch)."""
from __future__ import annotations

from ..normalized import NormalizedText

SHINGLE_WORDS = 3  # words per shingle
NUM_PERM = 128  # MinHash permutations (the estimate's error is about 1/sqrt(NUM_PERM))


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
    return {" ".join(seq[i:i + k]) for i in range(len(seq) - k + 1)}


def signature(shingle_set: set[str], num_perm: int = NUM_PERM):
    """The datasketch MinHash of a set of shingles (seed fixed: equal sets, equal signatures)."""
    from datasketch import MinHash

    m = MinHash(num_perm=num_perm, seed=1)
    m.update_batch([s.encode("utf-8") for s in shingle_set])
    return m

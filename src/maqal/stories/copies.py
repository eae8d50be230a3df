"""``copy`` stories: the same text republished or lightly edited (wire copy carried by several
papers), found as near-duplicates — MinHash signatures of normalised word shingles, candidate
pairs from datasketch's LSH index, kept when their estimated Jaccard similarity reaches the
threshold — and joined into groups.  The earliest version is the origin (among versions of the
same day, the one closest to all the others: the wire text the others edited)."""
from __future__ import annotations

from dataclasses import dataclass

from .groups import components
from .shingles import NUM_PERM, shingles, signature, words

COPY_THRESHOLD = 0.5  # estimated Jaccard similarity of 3-word shingles for two texts to be copies
MIN_WORDS = 25  # shorter texts (captions, one-line briefs) are too alike to tell copies apart


@dataclass
class CopyGroup:
    ids: list  # article ids, the origin first, then by publication and id
    similarity: float  # mean estimated Jaccard similarity of the copies to the origin


def copy_groups(texts: dict, published: dict, threshold: float = COPY_THRESHOLD,
                num_perm: int = NUM_PERM) -> list[CopyGroup]:
    """Groups of near-duplicate texts among ``texts`` (``{article_id: text}``); ``published``
    (``{article_id: date or None}``) decides the origin."""
    from datasketch import MinHashLSH

    sigs = {}
    for aid in sorted(texts):
        seq = words(texts[aid], spans=False)[0]
        if len(seq) >= MIN_WORDS:
            sigs[aid] = signature(shingles(seq), num_perm)
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    for aid, sig in sigs.items():
        lsh.insert(aid, sig)
    pairs = [(a, b) for a, sig in sigs.items() for b in lsh.query(sig)
             if a < b and sig.jaccard(sigs[b]) >= threshold]
    groups = []
    for ids in components(list(sigs), pairs):
        origin = choose_origin(ids, sigs, published)
        rest = sorted((i for i in ids if i != origin), key=lambda i: (_day(published.get(i)), i))
        sim = sum(sigs[origin].jaccard(sigs[i]) for i in rest) / len(rest)
        groups.append(CopyGroup([origin, *rest], round(sim, 3)))
    return groups


def _day(value) -> str:
    return "9999" if value is None else str(value)


def choose_origin(ids: list, sigs: dict, published: dict):
    """The earliest version; among versions of that day the one with the highest mean
    similarity to all the others (then the smallest id)."""
    first = min(_day(published.get(i)) for i in ids)
    earliest = [i for i in ids if _day(published.get(i)) == first]

    def closeness(i) -> float:
        return sum(sigs[i].jaccard(sigs[j]) for j in ids if j != i)

    return min(earliest, key=lambda i: (-closeness(i), i))

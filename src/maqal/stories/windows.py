"""Pairs of rows of a sparse matrix published at most a few days apart, with their product
(shared shingles for copies, cosine for same-event texts): computed day block by day block, so
the work and memory grow with a window of days, never with the whole corpus."""
from __future__ import annotations

UNDATED = -(10 ** 7)  # the day number of texts without a date: compared only among themselves


def day_numbers(published: list) -> list[int]:
    """Day numbers of publication dates (``None`` → :data:`UNDATED`)."""
    return [UNDATED if d is None or not hasattr(d, "toordinal") else d.toordinal() for d in published]


def window_pairs(matrix, days, window: int, minimum: float = 0.0, score=None):
    """``(i, j, value)`` as numpy arrays: rows ``i < j`` at most ``window`` days apart whose
    product ``matrix[i] · matrix[j]`` is above zero — or, given ``score(i, j, product)``, whose
    score is — and at least ``minimum`` (only these pairs are kept, block by block)."""
    import numpy as np

    days = np.asarray(days)
    order = np.argsort(days, kind="stable")
    sorted_days = days[order]
    found_i, found_j, found_v = [], [], []
    for d in np.unique(days):
        here = order[np.searchsorted(sorted_days, d):np.searchsorted(sorted_days, d, "right")]
        near = order[np.searchsorted(sorted_days, d):np.searchsorted(sorted_days, d + window, "right")]
        block = (matrix[here] @ matrix[near].T).tocoo()
        i, j, v = here[block.row], near[block.col], block.data
        if score is not None:
            v = score(i, j, v)
        keep = (i != j) & (v > 0) & (v >= minimum) & ((days[i] != days[j]) | (i < j))
        i, j = np.minimum(i[keep], j[keep]), np.maximum(i[keep], j[keep])
        found_i.append(i)
        found_j.append(j)
        found_v.append(v[keep])
    if not found_i:
        return np.zeros(0, int), np.zeros(0, int), np.zeros(0)
    return np.concatenate(found_i), np.concatenate(found_j), np.concatenate(found_v)

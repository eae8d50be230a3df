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
    rows = matrix.tocsr()[order]  # sorted by day: a day's rows and its window are slices
    found_i, found_j, found_v = [], [], []
    for d in np.unique(days):
        start, end = np.searchsorted(sorted_days, d), np.searchsorted(sorted_days, d, "right")
        stop = np.searchsorted(sorted_days, d + window, "right")
        here, near = order[start:end], order[start:stop]
        product = (rows[start:stop] @ rows[start:end].T).tocsr()  # the window times the day: one day's rows transposed
        i, j, v = _entries(product, here, near, minimum if score is None else 0.0)
        if score is not None:
            v = score(i, j, v)
            kept = (v > 0) & (v >= minimum)
            i, j, v = i[kept], j[kept], v[kept]
        keep = (i != j) & ((days[i] != days[j]) | (i < j))
        i, j = np.minimum(i[keep], j[keep]), np.maximum(i[keep], j[keep])
        found_i.append(i)
        found_j.append(j)
        found_v.append(v[keep])
    if not found_i:
        return np.zeros(0, int), np.zeros(0, int), np.zeros(0)
    return np.concatenate(found_i), np.concatenate(found_j), np.concatenate(found_v)


def _entries(product, here, near, minimum: float):
    """The rows of ``here`` and ``near`` and the value of each entry of ``product`` (``near`` ×
    ``here``) above zero and at least ``minimum``, in the product's order (most entries of a
    window are a common word's small weight: they are dropped before they are placed)."""
    import numpy as np

    data = product.data
    picked = np.flatnonzero((data > 0) & (data >= minimum))
    if len(picked) == len(data):
        rows = np.repeat(np.arange(product.shape[0]), np.diff(product.indptr))
    else:
        rows = np.searchsorted(product.indptr, picked, "right") - 1
    return here[product.indices[picked]], near[rows], data[picked]

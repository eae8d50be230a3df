"""``same_event`` stories: different texts about one event within a few days.

Each text (a copy story counts once, by its origin) is described by its content terms (the
corpus ``terms`` table: maqal's normalised, clitic-grouped keys), the places of the events it
reports (``events``) and the days its time expressions name (``dates``).  These are weighted by
TF-IDF (scikit-learn: distinctive terms weigh, words every article uses do not) and compared by
cosine similarity, only between texts of different outlets published at most ``window`` days
apart.  Pairs at or above the threshold are joined into groups; a group grown too large (a
chain through loosely related texts) is split again at a stricter threshold.
"""
from __future__ import annotations

from dataclasses import dataclass

from .groups import components

EVENT_THRESHOLD = 0.35  # TF-IDF cosine for two texts to tell the same event
WINDOW_DAYS = 3  # at most this many days between two texts of one event
MAX_STORY = 25  # a group larger than this is split at a stricter threshold


@dataclass
class EventGroup:
    ids: list  # the texts (article ids; a copy story by its origin), by day and id
    similarity: float  # mean cosine of the pairs that joined the group


def features(terms, dates=None, events=None) -> dict:
    """``{article_id: {feature: weight}}``: term keys with their counts, ``place:…`` of the
    events told, ``day:…`` of the days named (day-precise dates)."""
    feats: dict = {}
    for aid, key, count in zip(*(terms[c].tolist() for c in ("article_id", "key", "count"))):
        feats.setdefault(aid, {})[key] = float(count)
    if events is not None and len(events) and "place" in events:
        for aid, place in events[["article_id", "place"]].dropna().itertuples(index=False):
            d = feats.setdefault(aid, {})
            d[f"place:{place}"] = d.get(f"place:{place}", 0.0) + 1.0
    if dates is not None and len(dates) and "granularity" in dates:
        days = dates[dates["granularity"] == "day"][["article_id", "value"]].dropna()
        for aid, value in days.itertuples(index=False):
            d = feats.setdefault(aid, {})
            d[f"day:{value}"] = d.get(f"day:{value}", 0.0) + 1.0
    return feats


def tfidf(feats: dict, ids: list):
    """The L2-normalised TF-IDF matrix of ``ids`` (rows in that order; sublinear term counts)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_extraction.text import TfidfTransformer

    counts = DictVectorizer().fit_transform([feats.get(i, {}) for i in ids])
    return TfidfTransformer(sublinear_tf=True).fit_transform(counts).tocsr()


def similar_pairs(matrix, days: list, outlets: list, threshold: float, window: int) -> dict:
    """``{(i, j): cosine}`` for rows ``i < j`` of different outlets at most ``window`` days apart
    (``days`` as day numbers) with cosine ≥ ``threshold``; computed day block by day block."""
    import numpy as np

    days = np.asarray(days)
    order = np.argsort(days, kind="stable")
    pairs = {}
    for d in np.unique(days):
        here = order[days[order] == d]
        near = order[(days[order] >= d) & (days[order] <= d + window)]
        sims = (matrix[here] @ matrix[near].T).tocoo()
        for r, c, v in zip(sims.row, sims.col, sims.data):
            i, j = int(here[r]), int(near[c])
            if v >= threshold and i != j and outlets[i] != outlets[j]:
                pairs[(min(i, j), max(i, j))] = float(v)
    return pairs


def event_groups(ids: list, feats: dict, days: list, outlets: list, threshold: float = EVENT_THRESHOLD,
                 window: int = WINDOW_DAYS, max_size: int = MAX_STORY) -> list[EventGroup]:
    """Groups of texts telling one event: ``ids`` with their day numbers and outlets."""
    if len(ids) < 2:
        return []
    pairs = similar_pairs(tfidf(feats, ids), days, outlets, threshold, window)
    groups = []
    for members in _split(list(range(len(ids))), pairs, threshold, max_size):
        member_set = set(members)
        inside = [v for (i, j), v in pairs.items() if i in member_set and j in member_set]
        members = sorted(members, key=lambda i: (days[i], ids[i]))
        groups.append(EventGroup([ids[i] for i in members], round(sum(inside) / len(inside), 3)))
    return groups


def _split(members: list, pairs: dict, threshold: float, max_size: int) -> list[list]:
    """Connected groups at ``threshold``; those larger than ``max_size`` split again at a
    threshold 0.05 higher."""
    inside = set(members)
    keep = [p for p, v in pairs.items() if v >= threshold and p[0] in inside and p[1] in inside]
    out = []
    for g in components(members, keep):
        if len(g) > max_size and threshold < 0.95:
            out.extend(_split(g, pairs, threshold + 0.05, max_size))
        else:
            out.append(g)
    return out

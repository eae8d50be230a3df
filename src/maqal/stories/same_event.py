"""``same_event`` stories: different texts about one event within a few days.

Each text (a copy story counts once, by its origin) is described by its content terms (the
corpus ``terms`` table: maqal's normalised, clitic-grouped keys), the places of the events it
reports (``events``) and the days its time expressions name (``dates``).  These are weighted by
TF-IDF (scikit-learn: distinctive terms weigh, words every article uses do not) and compared by
cosine similarity between texts published at most ``window`` days apart (:mod:`.windows`, day
block by day block).  Texts joined by pairs at or above the threshold are then clustered by
average linkage (SciPy) and cut where the mean similarity between two clusters falls below the
threshold: a story is a set of texts alike on average, not a chain of texts each like the next.
"""
from __future__ import annotations

from dataclasses import dataclass

from .groups import components
from .texts import optional_table
from .windows import window_pairs

EVENT_THRESHOLD = 0.25  # TF-IDF cosine (mean, between clusters) for texts to tell the same event
WINDOW_DAYS = 3  # at most this many days between two texts of one event
MAX_LINKAGE = 1500  # a connected group larger than this is first split at a stricter threshold
STRICTER = 0.05  # how much stricter, each time
ENTITY_COLUMNS = ("place",)  # the columns of the events table whose values are features (``place:…``)
DAY_WEIGHT = 4.0  # a named day counts as this many occurrences: two events a day apart share most words, not their day


@dataclass
class EventGroup:
    ids: list  # the texts (article ids; a copy story by its origin), by day and id
    similarity: float  # mean cosine of the pairs inside the group


def feature_rows(terms, dates=None, events=None) -> list[tuple]:
    """The texts' features as ``(article ids, features, weights)`` columns, one part per kind:
    term keys with their counts, ``place:…`` of the events told, ``day:…`` of the days named
    (day-precise dates, weighted :data:`DAY_WEIGHT`).  Columns may be pandas categoricals (a corpus' ``terms`` table is
    millions of rows: no Python string per row)."""
    import numpy as np

    parts = [(terms["article_id"], terms["key"], terms["count"].to_numpy(float))]
    for column in ENTITY_COLUMNS:
        if events is not None and len(events) and column in events:
            ev = events[["article_id", column]].dropna()
            parts.append((ev["article_id"], column + ":" + ev[column].astype(str), None))
    if dates is not None and len(dates) and "granularity" in dates:
        dd = dates[dates["granularity"] == "day"][["article_id", "value"]].dropna()
        parts.append((dd["article_id"], "day:" + dd["value"].astype(str), np.full(len(dd), DAY_WEIGHT)))
    return parts


def corpus_features(out, terms=None) -> list[tuple]:
    """:func:`feature_rows` of a corpus folder's tables (``terms`` given: read already)."""
    if terms is None:
        terms = optional_table(out, "terms", ["article_id", "key", "term", "count"], categorical=True)
    return feature_rows(terms, optional_table(out, "dates", ["article_id", "value", "granularity"]),
                        optional_table(out, "events", ["article_id", *ENTITY_COLUMNS]))


def corpus_matrix(out, ids: list):
    """The rows of ``ids`` in the TF-IDF matrix of every article of a corpus folder (the
    weights of the whole folder, as grouping gives them to a text, copies counted)."""
    from ..corpus import read_table

    every = list(dict.fromkeys(read_table(out, "articles", columns=["article_id"])["article_id"]))
    row = {a: k for k, a in enumerate(every)}
    return tfidf(corpus_features(out), every)[[row[a] for a in ids]]


def tfidf(parts: list, ids: list):
    """The L2-normalised TF-IDF matrix of ``ids`` (rows in that order; sublinear term counts)
    from :func:`feature_rows`; an id without features gets an empty row."""
    import numpy as np
    import pandas as pd
    from scipy.sparse import coo_matrix
    from sklearn.feature_extraction.text import TfidfTransformer

    row_of = pd.Series(np.arange(len(ids)), index=pd.Index(ids))
    rows, cols, weights, width = [], [], [], 0
    for articles, feats, weight in parts:
        art_codes, art_names = pd.factorize(articles)
        feat_codes, feat_names = pd.factorize(feats)
        row = row_of.reindex(art_names).to_numpy()[art_codes]
        keep = ~np.isnan(row) & (art_codes >= 0) & (feat_codes >= 0)
        rows.append(row[keep].astype(np.int64))
        cols.append(feat_codes[keep] + width)
        weights.append(np.ones(int(keep.sum())) if weight is None else np.asarray(weight, float)[keep])
        width += len(feat_names)
    counts = coo_matrix((np.concatenate(weights), (np.concatenate(rows), np.concatenate(cols))),
                        shape=(len(ids), max(width, 1))).tocsr()
    return TfidfTransformer(sublinear_tf=True).fit_transform(counts).tocsr()


def similar_pairs(matrix, days: list, outlets: list, threshold: float, window: int) -> dict:
    """``{(i, j): cosine}`` for rows ``i < j`` at most ``window`` days apart (``days`` as day
    numbers) with cosine ≥ ``threshold``; ``outlets`` given, only rows of different outlets."""
    import numpy as np

    i, j, v = window_pairs(matrix, days, window, threshold)
    if outlets is not None:
        outlets = np.asarray(outlets, dtype=object)
        keep = outlets[i] != outlets[j]
        i, j, v = i[keep], j[keep], v[keep]
    return dict(zip(zip(i.tolist(), j.tolist()), v.tolist()))


def event_groups(ids: list, matrix, days: list, threshold: float = EVENT_THRESHOLD,
                 window: int = WINDOW_DAYS) -> list[EventGroup]:
    """Groups of texts telling one event: ``ids`` with their TF-IDF rows (:func:`tfidf`) and
    day numbers."""
    import numpy as np

    if len(ids) < 2:
        return []
    days = np.asarray(days)
    pairs = similar_pairs(matrix, days, None, threshold, window)
    groups = []
    for connected in _connected(list(range(len(ids))), pairs, threshold):
        for members in _average_linkage(connected, matrix, days, threshold, window):
            sims = (matrix[members] @ matrix[members].T).toarray()
            inside = sims[np.triu_indices(len(members), 1)]
            members = sorted(members, key=lambda i: (days[i], ids[i]))
            groups.append(EventGroup([ids[i] for i in members], round(float(inside.mean()), 3)))
    return groups


def _connected(members: list, pairs: dict, threshold: float) -> list[list]:
    """Connected groups at ``threshold``; those larger than :data:`MAX_LINKAGE` split again at a
    stricter threshold (the clustering of a group costs the square of its size)."""
    inside = set(members)
    keep = [p for p, v in pairs.items() if v >= threshold and p[0] in inside and p[1] in inside]
    out = []
    for g in components(members, keep):
        if len(g) > MAX_LINKAGE and threshold < 0.95:
            out.extend(_connected(g, pairs, threshold + STRICTER))
        else:
            out.append(g)
    return out


def _average_linkage(members: list, matrix, days, threshold: float, window: int) -> list[list]:
    """The clusters of a connected group (average linkage on cosine distance, texts more than
    ``window`` days apart at distance 1) whose mean similarity reaches ``threshold``."""
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    if len(members) == 2:
        return [members]
    members = np.asarray(members)
    sims = (matrix[members] @ matrix[members].T).toarray()
    sims[np.abs(days[members][:, None] - days[members][None, :]) > window] = 0.0
    dist = np.clip(1.0 - sims, 0.0, 1.0)
    np.fill_diagonal(dist, 0.0)
    labels = fcluster(linkage(squareform(dist, checks=False), "average"), 1.0 - threshold, "distance")
    return [members[labels == c].tolist() for c in np.unique(labels) if (labels == c).sum() > 1]

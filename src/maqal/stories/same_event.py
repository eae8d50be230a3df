"""``same_event`` stories: different texts about one event within a few days.

Each text (a copy story counts once, by its origin) is described by its content terms (the
corpus ``terms`` table: maqal's normalised, clitic-grouped keys), the terms of its headline
(counted again: outlets word the body of a story differently, the headline names the event —
and ANT's texts do not hold their headline), the places of the events it reports (``events``)
and the days its time expressions name (``dates``, weighed more than for copies: two events of
one kind a day apart share most words, not their day).  These are weighted by
TF-IDF (scikit-learn: distinctive terms weigh, words every article uses do not) and compared by
cosine similarity between texts published at most ``window`` days apart (:mod:`.windows`, day
block by day block).  Texts joined by pairs at or above the threshold are then clustered by
average linkage (SciPy) and cut where the mean similarity between two clusters falls below the
threshold: a story is a set of texts alike on average, not a chain of texts each like the next.
Average linkage splits a story told by many outlets in many words (each cluster one outlet's
angle or one day): clusters whose centroids are alike (:data:`MERGE_THRESHOLD`) and whose days
span at most :data:`MERGE_SPAN` days together are joined, and a text left alone joins the cluster
whose centroid it is most like when that cosine reaches :data:`ATTACH_THRESHOLD` (a centroid
keeps what its texts share and averages out what each adds).  Texts of archive days
(:func:`archive_texts`: a crawl's first visit to an outlet, months of pages dated that day) are
not linked to each other.
"""
from __future__ import annotations

from dataclasses import dataclass

from .groups import components
from .texts import optional_table
from .windows import UNDATED, window_pairs

EVENT_THRESHOLD = 0.27  # TF-IDF cosine (mean, between clusters) for texts to tell the same event
WINDOW_DAYS = 3  # at most this many days between two texts of one event
MAX_LINKAGE = 1500  # a connected group larger than this is first split at a stricter threshold
STRICTER = 0.05  # how much stricter, each time
ENTITY_COLUMNS = ("place",)  # the columns of the events table whose values are features (``place:…``)
DAY_WEIGHT = 4.0  # a named day counts as this many occurrences (the content copies are judged by)
EVENT_DAY_WEIGHT = 8.0  # ... in the same-event features: two events of one kind a day apart share most words, not their day
TITLE_WEIGHT = 2.0  # a headline's term counts as this many more occurrences of the term (same-event features)
MERGE_THRESHOLD = 0.5  # centroid cosine for two clusters of texts to tell one event ...
MERGE_SPAN = 2  # ... when their days span at most this many days together (a saga of a week is several events)
ATTACH_THRESHOLD = 0.3  # centroid cosine for a text left alone to join a cluster (within the window of its days)
ARCHIVE_DAY = 4  # an outlet's day with more than this many times the texts of its median day is an archive ...
ARCHIVE_MIN_DAYS = 7  # ... when the outlet has texts of at least this many days (fewer tell no usual day)


@dataclass
class EventGroup:
    ids: list  # the texts (article ids; a copy story by its origin), by day and id
    similarity: float  # mean cosine of the pairs inside the group


def feature_rows(terms, dates=None, events=None, titles=None, day_weight: float = DAY_WEIGHT) -> list[tuple]:
    """The texts' features as ``(article ids, features, weights)`` columns, one part per kind:
    term keys with their counts (and, ``titles`` given — :func:`title_terms` —, each headline
    term :data:`TITLE_WEIGHT` more), ``place:…`` of the events told, ``day:…`` of the days named
    (day-precise dates, weighted ``day_weight``).  Columns may be pandas categoricals (a corpus' ``terms`` table is
    millions of rows: no Python string per row)."""
    import numpy as np

    terms = word_terms(terms)
    parts = [(terms["article_id"], terms["key"], terms["count"].to_numpy(float))]
    if titles is not None and len(titles):
        parts = [_with_titles(parts[0], titles)]
    for column in ENTITY_COLUMNS:
        if events is not None and len(events) and column in events:
            ev = events[["article_id", column]].dropna()
            parts.append((ev["article_id"], column + ":" + ev[column].astype(str), None))
    if dates is not None and len(dates) and "granularity" in dates:
        dd = dates[dates["granularity"] == "day"][["article_id", "value"]].dropna()
        parts.append((dd["article_id"], "day:" + dd["value"].astype(str), np.full(len(dd), day_weight)))
    return parts


def word_terms(terms):
    """``terms`` rows with each name of several words («كيم جونغ أون», one term in the ``terms``
    table) as its words, each with the name's count: texts are compared by words, so a name written
    in full in one text and in part in another still shares them, as headlines (keyed by words)
    do; a word of a name that is no content word alone («بن») is left out, as it is outside names.
    A categorical ``key`` stays categorical."""
    import pandas as pd
    from pandas.api.types import union_categoricals

    from ..arabic import WORD_ONLY_RE
    from ..frequencies import content_keys

    keys = terms["key"]
    categorical = isinstance(keys.dtype, pd.CategoricalDtype)
    names = [k for k in (keys.cat.categories if categorical else keys.unique()) if isinstance(k, str) and " " in k]
    if not names:
        return terms
    is_name = keys.isin(names).to_numpy()
    named = terms[is_name]
    if "term" in named:  # the name as the text writes it
        written = [WORD_ONLY_RE.findall(t) for t in named["term"].astype(str)]
    else:  # only its key: the words' keys (a key keyed again is, for nearly every word, itself)
        written = [k.split(" ") for k in named["key"].astype(str)]
    decided = content_keys({w for ws in written for w in ws})
    words = named.assign(key=[[decided[w] for w in ws if decided[w] is not None] for ws in written]).explode("key")
    words = words[words["key"].notna()]  # «بن», «عبد»: not counted alone either
    rest = terms[~is_name]
    if not categorical:
        return pd.concat([rest, words], ignore_index=True)
    joined = union_categoricals([rest["key"], pd.Categorical(words["key"])], ignore_order=True)
    other = [c for c in terms.columns if c != "key"]
    out = pd.concat([rest[other], words[other]], ignore_index=True)
    out.insert(list(terms.columns).index("key"), "key", joined)
    return out


def title_terms(articles):
    """``article_id``, ``key`` of the content terms of each article's headline (``articles``:
    ``article_id``, ``title``), keyed as the ``terms`` table keys a text's words
    (:func:`maqal.frequencies.count_terms`)."""
    import pandas as pd

    from ..frequencies import count_terms

    rows = [(a, k) for a, t in zip(articles["article_id"], articles["title"]) if isinstance(t, str) and t
            for k in count_terms(t)]
    return pd.DataFrame(rows, columns=["article_id", "key"])


def _with_titles(part: tuple, titles) -> tuple:
    """The term part with each headline term's rows added (weight :data:`TITLE_WEIGHT`), in the
    same columns as the body's terms (categoricals joined, no string per row)."""
    import numpy as np
    import pandas as pd
    from pandas.api.types import union_categoricals

    def joined(a, b):
        return pd.Series(union_categoricals([pd.Categorical(a), pd.Categorical(b)], ignore_order=True))

    articles, keys, counts = part
    return (joined(articles, titles["article_id"]), joined(keys, titles["key"]),
            np.concatenate([counts, np.full(len(titles), TITLE_WEIGHT)]))


def corpus_features(out, terms=None, events: bool = False) -> list[tuple]:
    """:func:`feature_rows` of a corpus folder's tables (``terms`` given: read already): the
    content copies are judged by, or with ``events`` the same-event features (headlines from the
    ``articles`` table, days weighed :data:`EVENT_DAY_WEIGHT`)."""
    if terms is None:
        terms = optional_table(out, "terms", ["article_id", "key", "term", "count"], categorical=True)
    titles = title_terms(optional_table(out, "articles", ["article_id", "title"]).drop_duplicates("article_id")) \
        if events else None
    return feature_rows(terms, optional_table(out, "dates", ["article_id", "value", "granularity"]),
                        optional_table(out, "events", ["article_id", *ENTITY_COLUMNS]), titles,
                        EVENT_DAY_WEIGHT if events else DAY_WEIGHT)


def corpus_matrix(out, ids: list):
    """The rows of ``ids`` in the same-event TF-IDF matrix of every article of a corpus folder
    (the weights of the whole folder, as grouping gives them to a text, copies counted)."""
    from ..corpus import read_table

    every = list(dict.fromkeys(read_table(out, "articles", columns=["article_id"])["article_id"]))
    row = {a: k for k, a in enumerate(every)}
    return tfidf(corpus_features(out, events=True), every)[[row[a] for a in ids]]


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
                 window: int = WINDOW_DAYS, outlets: list | None = None) -> list[EventGroup]:
    """Groups of texts telling one event: ``ids`` with their TF-IDF rows (:func:`tfidf`) and
    day numbers (and ``outlets``, when known: texts of archive days are not linked to each other,
    :func:`archive_texts`)."""
    import numpy as np

    if len(ids) < 2:
        return []
    days = np.asarray(days)
    archive = archive_texts(outlets, days)
    pairs = {p: v for p, v in similar_pairs(matrix, days, None, threshold, window).items()
             if not (archive[p[0]] and archive[p[1]])}
    clusters = [members for connected in _connected(list(range(len(ids))), pairs, threshold)
                for members in _average_linkage(connected, matrix, days, threshold, window, archive)]
    clusters = _attached(_merged(clusters, matrix, days), matrix, days, window)
    groups = []
    for members in clusters:
        sims = (matrix[members] @ matrix[members].T).toarray()
        inside = sims[np.triu_indices(len(members), 1)]
        members = sorted(members, key=lambda i: (days[i], ids[i]))
        groups.append(EventGroup([ids[i] for i in members], round(float(inside.mean()), 3)))
    return groups


def archive_texts(outlets, days):
    """Whether each text is of an archive day: a day on which its outlet has more than
    :data:`ARCHIVE_DAY` times the texts of its median day holds the pages a crawl found on its
    first visit (months of stories dated by the crawl: SaudiNewsNet's first days hold 300-700
    texts of an outlet against 50-150), not one day's news — their days say nothing, and texts
    of one kind of event (audiences, visits) months apart look alike.  An outlet with texts of fewer
    than :data:`ARCHIVE_MIN_DAYS` days has no usual day, so none of its days is one (a folder of a
    few days' news).  No ``outlets``: none."""
    import numpy as np
    import pandas as pd

    days = np.asarray(days)
    if outlets is None or len(days) == 0:
        return np.zeros(len(days), bool)
    frame = pd.DataFrame({"outlet": np.asarray(outlets, dtype=str), "day": days})
    by_day = frame.groupby(["outlet", "day"])
    sizes = by_day.size().groupby(level="outlet")
    median = sizes.median().where(sizes.size() >= ARCHIVE_MIN_DAYS)  # texts of its median day (NaN: too few days)
    return by_day["day"].transform("size").to_numpy() > ARCHIVE_DAY * frame["outlet"].map(median).to_numpy()


def centroids(matrix, clusters: list):
    """The L2-normalised mean row of each cluster (a sparse matrix, one row per cluster)."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.preprocessing import normalize

    rows = np.repeat(np.arange(len(clusters)), [len(c) for c in clusters])
    cols = np.concatenate([np.asarray(c, dtype=np.int64) for c in clusters]) if clusters else np.zeros(0, np.int64)
    pick = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(clusters), matrix.shape[0]))
    return normalize(pick @ matrix).tocsr()


def _merged(clusters: list, matrix, days) -> list[list]:
    """Clusters joined when their centroids' cosine reaches :data:`MERGE_THRESHOLD` and their
    days span at most :data:`MERGE_SPAN` days together."""
    import numpy as np

    if len(clusters) < 2:
        return clusters
    first = np.array([days[c].min() for c in clusters])
    last = np.array([days[c].max() for c in clusters])
    i, j, _ = window_pairs(centroids(matrix, clusters), first, MERGE_SPAN, MERGE_THRESHOLD)
    keep = np.maximum(last[i], last[j]) - np.minimum(first[i], first[j]) <= MERGE_SPAN
    joined = components(range(len(clusters)), zip(i[keep].tolist(), j[keep].tolist()))
    inside = {k for g in joined for k in g}
    return [[m for k in g for m in clusters[k]] for g in joined] + [c for k, c in enumerate(clusters) if k not in inside]


def _attached(clusters: list, matrix, days, window: int) -> list[list]:
    """Each text in no cluster added to the cluster whose centroid it is most like, when that
    cosine reaches :data:`ATTACH_THRESHOLD` and the text is at most ``window`` days from the
    cluster's days (texts of one day compared with the clusters near it, a block at a time)."""
    import numpy as np

    if not clusters:
        return clusters
    inside = np.zeros(matrix.shape[0], bool)
    inside[[m for c in clusters for m in c]] = True
    alone = np.flatnonzero(~inside & (days != UNDATED))
    first = np.array([days[c].min() for c in clusters]) - window
    last = np.array([days[c].max() for c in clusters]) + window
    cents = centroids(matrix, clusters)
    added = [[] for _ in clusters]
    for d in np.unique(days[alone]):
        near = np.flatnonzero((first <= d) & (d <= last))
        if not len(near):
            continue
        texts = alone[days[alone] == d]
        sims = (matrix[texts] @ cents[near].T).toarray()
        best = sims.argmax(axis=1)
        for t, b, v in zip(texts.tolist(), best.tolist(), sims[np.arange(len(texts)), best].tolist()):
            if v >= ATTACH_THRESHOLD:
                added[near[b]].append(t)
    return [c + a for c, a in zip(clusters, added)]


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


def _average_linkage(members: list, matrix, days, threshold: float, window: int, archive=None) -> list[list]:
    """The clusters of a connected group (average linkage on cosine distance, texts more than
    ``window`` days apart or both of archive days — ``archive``, :func:`archive_texts` — at
    distance 1) whose mean similarity reaches ``threshold``."""
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    if len(members) == 2:
        return [members]
    members = np.asarray(members)
    sims = (matrix[members] @ matrix[members].T).toarray()
    sims[np.abs(days[members][:, None] - days[members][None, :]) > window] = 0.0
    if archive is not None:
        kept = archive[members]
        sims[kept[:, None] & kept[None, :]] = 0.0
    dist = np.clip(1.0 - sims, 0.0, 1.0)
    np.fill_diagonal(dist, 0.0)
    labels = fcluster(linkage(squareform(dist, checks=False), "average"), 1.0 - threshold, "distance")
    return [members[labels == c].tolist() for c in np.unique(labels) if (labels == c).sum() > 1]

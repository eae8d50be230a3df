"""``copy`` stories: the same text republished or lightly edited (wire copy carried by several
papers, often shortened), found by word-shingle containment and joined into groups.

Two texts are copies when most of the shorter one's 3-word shingles are in the longer one
(containment ``|A ∩ B| / min(|A|, |B|)``, exact): a paper that carries only the first half of
an agency report is a copy of it, though the two texts' Jaccard similarity is low.  Shingles
are hashed into a sparse binary matrix (scikit-learn's ``HashingVectorizer``: stateless, so
the matrix is the same in any process) and the shared shingles of every pair published at most
:data:`COPY_WINDOW_DAYS` apart are one sparse product per day (:mod:`.windows`).  The earliest
version is the origin (among versions of the same day, the one closest to all the others: the
wire text the others edited).

Wording alone misleads both ways: a brief carried inside a roundup of other news is contained in
it, and a rewritten lead or re-inflected words break many shingles of a real copy.  Given the
texts' content (the same-event features: terms, places, days), a pair is a copy when it is
contained *and* its content is alike, or, less contained, when its content is very alike, or when
a rewrite keeps the content words of one text (:func:`content_containment`) though few of its
shingles (:func:`confirmed`)."""
from __future__ import annotations

import itertools
from dataclasses import dataclass

from .groups import components
from .shingles import SHINGLE_WORDS, shingle_matrix
from .windows import day_numbers, window_pairs

COPY_THRESHOLD = 0.75  # shingle containment of the shorter text in the longer for two texts to be copies
COPY_CONTENT = 0.5  # ... when their content (same-event features) is at least this alike: a short item inside a roundup is not a copy
EDITED_THRESHOLD = 0.5  # a lower containment (a rewritten lead, words re-inflected) makes a copy ...
EDITED_CONTENT = 0.85  # ... when the content is this alike
REWRITE_THRESHOLD = 0.45  # a rewrite (lead and sentences reworded, another outlet's edit of one wire text) makes a copy ...
REWRITE_CONTENT = 0.7  # ... when the content is this alike ...
REWRITE_TERMS = 0.85  # ... and one text's content is this contained in the other's (a statement of one template about another case is not: its names, places and numbers are its own)
OWN_SHARE = 0.45  # in a copy group of OWN_GROUP or more versions, a text less than this share of whose shingles is in any other version is a report of its own carrying the wire text, no copy
OWN_GROUP = 4
COPY_LINKAGE = 0.7  # a copy group's parts stay together when at least a third of the pairs between them are copies
COPY_WINDOW_DAYS = 7  # at most this many days between a text and its copy
MIN_WORDS = 25  # (about: distinct shingles + 2) shorter texts (captions, one-line briefs) are too alike to tell copies apart


@dataclass
class CopyGroup:
    ids: list  # article ids, the origin first, then by publication and id
    similarity: float  # mean containment of the copies in (or of) the origin


def copy_groups(texts: dict, published: dict, threshold: float = COPY_THRESHOLD,
                window: int = COPY_WINDOW_DAYS, content=None) -> list[CopyGroup]:
    """Groups of near-duplicate texts among ``texts`` (``{article_id: text}``); ``published``
    (``{article_id: date or None}``) decides the window and the origin.  The words are the
    normalised tokens of each text's layer, as a corpus folder's ``tokens`` table keeps them;
    ``content`` as in :func:`word_copy_groups`."""
    from ..textlayer import TextLayer

    return word_copy_groups(((a, TextLayer(texts[a]).token_columns["norm"]) for a in sorted(texts)), published,
                            threshold, window, content)


def word_copy_groups(word_lists, published: dict, threshold: float = COPY_THRESHOLD,
                     window: int = COPY_WINDOW_DAYS, content=None) -> list[CopyGroup]:
    """:func:`copy_groups` from ``(article_id, normalised words)`` pairs (an iterable read once,
    lazily: from texts, or from a corpus folder's ``tokens`` table, :func:`.texts.token_words`).

    ``content`` (``(row of article id, L2-normalised matrix)``: the same-event features,
    :func:`.same_event.tfidf`) lets the content words decide besides the shared wording
    (:func:`confirmed`); without it, or for a text without a row, containment alone decides."""
    import numpy as np

    ids: list = []

    def sequences():
        seen = set()
        for aid, seq in word_lists:
            if aid not in seen:
                seen.add(aid)
                ids.append(aid)
                yield seq

    matrix = shingle_matrix(sequences())
    order = np.argsort(np.asarray(ids, dtype=object), kind="stable")  # the same rows, whatever came first
    ids, matrix = [ids[k] for k in order], matrix[order]
    sizes = np.diff(matrix.indptr)
    long_enough = np.flatnonzero(sizes >= MIN_WORDS - SHINGLE_WORDS + 1)
    ids, matrix, sizes = [ids[k] for k in long_enough], matrix[long_enough], sizes[long_enough]
    if len(ids) < 2:
        return []
    lowest = min(threshold, EDITED_THRESHOLD, REWRITE_THRESHOLD) if content is not None else threshold
    i, j, v = window_pairs(matrix, day_numbers([published.get(a) for a in ids]), window, lowest,
                           score=lambda i, j, shared: shared / np.minimum(sizes[i], sizes[j]))
    if content is not None:
        left, right = [ids[k] for k in i], [ids[k] for k in j]
        keep = confirmed(v, content_cosine(content, left, right), threshold,
                         terms=lambda pick: content_containment(content, [left[k] for k in pick], [right[k] for k in pick]))
        i, j = i[keep], j[keep]
    groups = []
    for members in copy_clusters(range(len(ids)), i.tolist(), j.tolist()):
        members = without_own_reports(members, matrix, sizes)
        if len(members) < 2:
            continue
        sims = containment(matrix[members], sizes[members])
        origin = choose_origin(sims, sizes[members], [published.get(ids[m]) for m in members])
        rest = sorted((k for k in range(len(members)) if k != origin),
                      key=lambda k: (_day(published.get(ids[members[k]])), ids[members[k]]))
        groups.append(CopyGroup([ids[members[origin]], *(ids[members[k]] for k in rest)],
                                round(float(sims[origin, rest].mean()), 3)))
    return groups


def copy_clusters(items, left: list, right: list) -> list[list]:
    """The groups of copies among ``items`` joined by the copy pairs ``(left[k], right[k])``: each
    connected group cut by average linkage (SciPy) where fewer than a third of the pairs between
    two parts are copies (a pair not confirmed is at distance 1).  A text confirmed as a copy of
    one or two members of a large group (a paper's own report that carries the wire's paragraphs
    among its own, another event's report that reuses its background) is no copy of the others: a
    copy group is a set of texts many pairs of which are copies, not a chain of texts each a copy
    of the next (a rewrite of one version of a text carried by three papers stays: one pair in three)."""
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage

    pairs = set(zip(left, right)) | set(zip(right, left))
    out = []
    for members in components(items, zip(left, right)):
        if len(members) < 3:
            out.append(members)
            continue
        dist = [0.0 if (a, b) in pairs else 1.0 for a, b in itertools.combinations(members, 2)]
        labels = fcluster(linkage(np.asarray(dist), "average"), COPY_LINKAGE, "distance")
        out.extend(g for c in np.unique(labels) if len(g := [m for m, l in zip(members, labels) if l == c]) > 1)
    return out


def _pair_rows(content, left: list, right: list):
    """The content matrix rows of each pair's two texts (-1 where a text has none), and where both have one."""
    import numpy as np

    row_of = content[0]
    a = np.array([row_of.get(x, -1) for x in left], dtype=np.int64)
    b = np.array([row_of.get(x, -1) for x in right], dtype=np.int64)
    return a, b, (a >= 0) & (b >= 0)


def content_cosine(content, left: list, right: list):
    """The cosine of the content rows of each pair (NaN where a text has no row)."""
    import numpy as np

    matrix = content[1]
    a, b, have = _pair_rows(content, left, right)
    cos = np.full(len(a), np.nan)
    if have.any():
        cos[have] = np.asarray(matrix[a[have]].multiply(matrix[b[have]]).sum(axis=1)).ravel()
    return cos


def content_containment(content, left: list, right: list):
    """How much of one text's content is in the other's, for each pair: the share of a text's
    TF-IDF weight (squared: its rows are L2-normalised) on features the other text has, the larger
    of the two directions (NaN where a text has no row).  A rewrite keeps the names, places and
    terms of the text it rewrites; a statement made from the same template about another case
    shares the template's words but not its own names and places."""
    import numpy as np

    matrix = content[1]
    a, b, have = _pair_rows(content, left, right)
    out = np.full(len(a), np.nan)
    if have.any():
        ma, mb = matrix[a[have]], matrix[b[have]]
        ab = np.asarray(ma.multiply(ma).multiply(mb != 0).sum(axis=1)).ravel()
        ba = np.asarray(mb.multiply(mb).multiply(ma != 0).sum(axis=1)).ravel()
        out[have] = np.maximum(ab, ba)
    return out


def confirmed(contained, cosine, threshold: float = COPY_THRESHOLD, terms=None):
    """Which pairs are copies: containment ≥ ``threshold`` with content at least
    :data:`COPY_CONTENT` alike (a brief inside a roundup of other news shares its words, not its
    content), or containment ≥ :data:`EDITED_THRESHOLD` with content :data:`EDITED_CONTENT` alike
    (a rewritten copy), or containment ≥ :data:`REWRITE_THRESHOLD` with content
    :data:`REWRITE_CONTENT` alike when one text's content is :data:`REWRITE_TERMS` contained in the
    other's (``terms(positions)``: :func:`content_containment` of those pairs, asked only for the
    pairs this last rule decides); a pair without content rows (NaN) by containment alone."""
    import numpy as np

    unknown = np.isnan(cosine)
    cos = np.where(unknown, 0.0, cosine)
    keep = np.where(unknown, contained >= threshold,
                    ((contained >= threshold) & (cos >= COPY_CONTENT))
                    | ((contained >= EDITED_THRESHOLD) & (cos >= EDITED_CONTENT)))
    rewrite = np.flatnonzero(~keep & ~unknown & (contained >= REWRITE_THRESHOLD) & (cos >= REWRITE_CONTENT))
    if terms is not None and len(rewrite):
        keep[rewrite] = np.nan_to_num(terms(rewrite)) >= REWRITE_TERMS
    return keep


def without_own_reports(members: list, matrix, sizes) -> list:
    """A copy group of :data:`OWN_GROUP` or more versions without the texts less than
    :data:`OWN_SHARE` of whose shingles are in any one other version: a paper's own report that
    carries the wire text among its own paragraphs contains the wire (a copy by containment) but
    is mostly its own words, which no other version has; a shortened wire copy is mostly inside
    another version, and the full wire text inside the other full versions."""
    import numpy as np

    if len(members) < OWN_GROUP:
        return members
    shared = shared_shingles(matrix[members])
    np.fill_diagonal(shared, 0.0)
    share = shared.max(axis=1) / np.maximum(sizes[members], 1)
    return [m for m, s in zip(members, share) if s >= OWN_SHARE]


def shared_shingles(matrix):
    """The number of shingles every pair of rows shares (a dense square array: a copy group is small)."""
    from scipy.sparse import csr_matrix
    import numpy as np

    used, columns = np.unique(matrix.indices, return_inverse=True)  # the group's shingles only
    small = csr_matrix((matrix.data, columns, matrix.indptr), shape=(matrix.shape[0], len(used)))
    return (small @ small.T).toarray()


def containment(matrix, sizes):
    """The containment of every pair of rows (a dense square array: a copy group is small)."""
    import numpy as np

    return shared_shingles(matrix) / np.minimum.outer(sizes, sizes)


def _day(value) -> str:
    return "9999" if value is None else str(value)


def choose_origin(sims, sizes, published: list) -> int:
    """The position of the earliest version; among versions of that day the one with the
    highest mean similarity to all the others, then the longest (the full text others cut),
    then the first."""
    first = min(_day(p) for p in published)
    earliest = [k for k in range(len(published)) if _day(published[k]) == first]
    return min(earliest, key=lambda k: (-round(float(sims[k].sum() - sims[k, k]), 9), -int(sizes[k]), k))

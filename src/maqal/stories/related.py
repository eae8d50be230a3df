"""From one article to its story: the story of a corpus folder that holds the article, or that
holds a copy of it (containment of word shingles confirmed by the content, :func:`.copies.confirmed`)
or other texts about its event (TF-IDF cosine of terms, places and days, :mod:`.same_event`) — the
same measures and thresholds that grouped the stories, applied to the articles published within
the story window of the article's day."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .copies import COPY_THRESHOLD, confirmed, content_containment, content_cosine
from .same_event import EVENT_THRESHOLD, WINDOW_DAYS


@dataclass
class Related:
    story: object  # the ``stories`` row (a pandas Series)
    relation: str  # ``member`` (the article is in the story), ``copy`` or ``same_event``
    similarity: float  # member: the story's; copy: shingle containment; same_event: TF-IDF cosine
    nearest: str  # the story's article closest to the given one (itself for a member)


def related_story(out, article, *, copy_threshold: float = COPY_THRESHOLD,
                  event_threshold: float = EVENT_THRESHOLD, window: int = WINDOW_DAYS) -> Related:
    """The story of ``out`` (a ``maqal corpus`` folder with its ``stories`` table) that an
    :class:`~maqal.article.Article` belongs to; ``KeyError`` naming the folder when none does."""
    from .story import story_row

    try:
        row = story_row(out, article.id)
        return Related(row, "member", float(row["similarity"]), article.id)
    except KeyError:
        pass
    stories = _stories(out)
    member_of = {i: n for n, ids in enumerate(stories["article_ids"]) for i in ids}
    near = _near_articles(out, article.published, window)
    content, told = _window_content(out, article, near)
    best = _nearest_copy(article, near, member_of, copy_threshold, content)
    relation = "copy"
    if best is None and told is not None:
        ids = [a for a in told[0] if a != article.id and a in member_of]
        scored = [(aid, float(v)) for aid, v in zip(ids, content_cosine(told, [article.id] * len(ids), ids))
                  if v >= event_threshold]
        best, relation = (max(scored, key=lambda s: (s[1], s[0])) if scored else None), "same_event"
    if best is None:
        raise KeyError(f"{article.id}: no story of {out} holds this article, a copy of it (shingle containment ≥ "
                       f"{copy_threshold}) or a text about its event (cosine ≥ {event_threshold})")
    aid, sim = best
    return Related(stories.iloc[member_of[aid]], relation, round(sim, 3), aid)


def _stories(out):
    from ..corpus import read_table, table_names

    if "stories" not in table_names(out):
        raise KeyError(f"{out}: no stories table (run `maqal stories {out}` first)")
    return read_table(out, "stories").reset_index(drop=True)


def _near_articles(out, published, window: int):
    """The ``articles`` rows published at most ``window`` days from ``published`` (all when the
    article has no date)."""
    from ..corpus import read_table

    arts = read_table(out, "articles", columns=["article_id", "source", "published", "file", "index_in_file", "title"])
    arts = arts.drop_duplicates("article_id")
    if isinstance(published, dt.date):
        gap = arts["published"].map(lambda d: abs((d - published).days) if isinstance(d, dt.date) else window + 1)
        arts = arts[gap <= window]
    return arts


def _nearest_copy(article, near, member_of: dict, threshold: float, content):
    """``(article_id, containment)`` of the story article most like the given text, if a copy:
    contained and alike in content as grouping decides (:func:`.copies.confirmed`; ``content``:
    the window's features, :func:`_window_content`; without them, or for an article without
    features, containment alone decides)."""
    import numpy as np

    from ..textlayer import TextLayer
    from .shingles import shingle_matrix
    from .texts import load_texts

    texts = load_texts(near[near["article_id"].isin(list(member_of))])
    ids = sorted(texts)
    matrix = shingle_matrix(TextLayer(t).token_columns["norm"] for t in [article.text, *(texts[a].text for a in ids)])
    sizes = np.maximum(np.diff(matrix.indptr), 1)
    sims = (matrix[0] @ matrix[1:].T).toarray().ravel() / np.minimum(sizes[0], sizes[1:])
    given = [article.id] * len(ids)
    cos = content_cosine(content, given, ids) if content is not None else np.full(len(ids), np.nan)
    keep = confirmed(sims, cos, threshold,
                     terms=lambda pick: content_containment(content, given[:len(pick)], [ids[k] for k in pick]))
    scored = [(aid, float(v)) for aid, v, k in zip(ids, sims, keep) if k]
    return max(scored, key=lambda s: (s[1], s[0])) if scored else None


def _window_content(out, article, near):
    """Two ``({article_id: row}, L2-normalised matrix)``: the content features of the window's
    articles and the given one, TF-IDF over them (:func:`.same_event.tfidf`), as :mod:`.copies`
    reads them, and their same-event features (headlines added, days weighed as grouping weighs
    them); ``(None, None)`` when the given article has no features."""
    import pandas as pd

    from ..corpus import dates_rows, events_rows, terms_rows
    from .outlets import story_rows
    from .same_event import EVENT_DAY_WEIGHT, feature_rows, tfidf, title_terms

    ids = list(near["article_id"])
    tables = {}
    for name, rows, cols in (("terms", terms_rows, ["article_id", "key", "term", "count"]),
                             ("dates", dates_rows, ["article_id", "value", "granularity"]),
                             ("events", events_rows, ["article_id", "place"])):
        mine = pd.DataFrame(rows(article)).assign(article_id=article.id)
        mine = mine[[c for c in cols if c in mine]] if len(mine) else pd.DataFrame(columns=cols)
        tables[name] = pd.concat([story_rows(out, name, ids, cols), mine], ignore_index=True)
    have = set(tables["terms"]["article_id"])
    ids = [i for i in ids if i in have and i != article.id] + [article.id]
    if article.id not in have or len(ids) < 2:
        return None, None
    row_of, parts = {a: k for k, a in enumerate(ids)}, (tables["terms"], tables["dates"], tables["events"])
    titles = title_terms(pd.concat([near[["article_id", "title"]],
                                    pd.DataFrame({"article_id": [article.id], "title": [article.title]})]))
    return (row_of, tfidf(feature_rows(*parts), ids)), (row_of, tfidf(feature_rows(*parts, titles, EVENT_DAY_WEIGHT), ids))

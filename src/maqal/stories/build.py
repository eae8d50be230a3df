"""Stories of a corpus folder: ``copy`` groups and ``same_event`` groups kept apart, as rows of
the ``stories`` table (one row per story), written beside the other corpus tables.

The ``stories`` table (``OUT/stories/source=<first outlet>/day=<first day>/part-*.parquet``,
listed in the manifest like every table) has one row per story: ``story_id``, ``relation``
(``copy`` | ``same_event``), ``article_ids`` (a copy story: the origin first), ``origin_id``
(copy stories), ``outlets``, ``n_articles``, ``n_texts`` (different texts: 1 for a copy
story), ``n_outlets``, ``first_published``, ``last_published``, ``label`` (shared terms) and
``similarity`` (copy: mean shingle containment of the copies and the origin; same_event: mean
TF-IDF cosine of the story's pairs).  A same_event story lists every article,
also the copies of the texts compared.  It is derived from the tables: a later ``maqal corpus``
run on the folder drops it (run ``maqal stories`` again).
"""
from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from .copies import COPY_THRESHOLD, copy_groups, word_copy_groups
from .labels import TermIndex, story_label
from .same_event import EVENT_DAY_WEIGHT, EVENT_THRESHOLD, WINDOW_DAYS, ENTITY_COLUMNS, event_groups, feature_rows, tfidf, \
    title_terms
from .texts import load_texts, optional_table, token_words

TABLE = "stories"
COLUMNS = ["story_id", "relation", "article_ids", "origin_id", "outlets", "n_articles", "n_texts", "n_outlets",
           "first_published", "last_published", "label", "similarity"]


def story_id(relation: str, ids) -> str:
    """A story's id: its relation and a hash of its articles (stable across runs)."""
    digest = hashlib.sha1(",".join(sorted(ids)).encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return f"{relation}-{digest}"


def find_stories(out, *, copy_threshold: float = COPY_THRESHOLD, event_threshold: float = EVENT_THRESHOLD,
                 window: int = WINDOW_DAYS, texts: dict | None = None):
    """The stories of a ``maqal corpus`` folder as a DataFrame (columns :data:`COLUMNS`),
    largest first.  ``texts`` (``{article_id: Article}``) saves loading them again."""
    import pandas as pd

    from ..corpus import read_table, table_names

    arts = read_table(out, "articles", columns=["article_id", "source", "day", "published", "file", "index_in_file",
                                                "title"])
    if arts.empty:
        return pd.DataFrame(columns=COLUMNS)
    arts = arts.drop_duplicates("article_id")
    published = dict(zip(arts["article_id"], arts["published"]))
    outlet = dict(zip(arts["article_id"], arts["source"].fillna("(unknown)")))
    terms = optional_table(out, "terms", ["article_id", "key", "term", "count"], categorical=True)
    index = TermIndex(terms)
    every = [a for a in arts["article_id"] if a in index.slices]
    dates = optional_table(out, "dates", ["article_id", "value", "granularity"])
    told = optional_table(out, "events", ["article_id", *ENTITY_COLUMNS])
    content = ({a: k for k, a in enumerate(every)}, tfidf(feature_rows(terms, dates, told), every))  # what copies read
    event_matrix = tfidf(feature_rows(terms, dates, told, title_terms(arts), EVENT_DAY_WEIGHT), every)
    del terms, dates, told
    if texts is None and "tokens" in table_names(out):  # the words, without loading the texts again
        copies = word_copy_groups(token_words(out), published, copy_threshold, content=content)
    else:
        texts = load_texts(arts) if texts is None else texts
        copies = copy_groups({a: t.text for a, t in texts.items()}, published, copy_threshold, content=content)
        del texts  # the grouping below reads the tables only
    members = {g.ids[0]: g.ids for g in copies}
    in_copy = {i for g in copies for i in g.ids[1:]}
    units = [a for a in arts["article_id"] if a not in in_copy and isinstance(published.get(a), dt.date)
             and a in index.slices]
    row_of = content[0]
    del content
    events = event_groups(units, event_matrix[[row_of[u] for u in units]], [published[u].toordinal() for u in units],
                          event_threshold, window, [outlet[u] for u in units])
    del event_matrix
    rows = [_row("copy", g.ids, g.ids[0], 1, g.similarity, published, outlet, index) for g in copies]
    for g in events:
        ids = [i for u in g.ids for i in members.get(u, [u])]
        rows.append(_row("same_event", ids, None, len(g.ids), g.similarity, published, outlet, index,
                         label_ids=g.ids))
    df = pd.DataFrame(rows, columns=COLUMNS)
    return df.sort_values(["n_articles", "first_published", "story_id"], ascending=[False, True, True],
                          kind="stable").reset_index(drop=True)


def _row(relation, ids, origin, n_texts, similarity, published, outlet, index, label_ids=None) -> dict:
    days = sorted(published[i] for i in ids if published.get(i) is not None)
    outlets = list(dict.fromkeys(outlet[i] for i in ids))
    return {"story_id": story_id(relation, ids), "relation": relation, "article_ids": list(ids), "origin_id": origin,
            "outlets": outlets, "n_articles": len(ids), "n_texts": n_texts, "n_outlets": len(outlets),
            "first_published": days[0] if days else None, "last_published": days[-1] if days else None,
            "label": story_label(label_ids or ids, index), "similarity": similarity}


def write_stories(out, stories) -> list[str]:
    """Write the ``stories`` table into the corpus folder ``out`` (one Parquet file per first
    outlet and day, as the other tables) and list it in the folder's manifest
    (:func:`maqal.corpus.commit_derived`); returns the files written."""
    from ..corpus import commit_derived, write_table

    out = Path(out)
    entries = []
    for row in stories.to_dict("records"):
        day = row["first_published"]
        meta = {"source": row["outlets"][0] if row["outlets"] else None,
                "day": day.isoformat() if day is not None else None}
        entries.append((meta, [row]))
    chunk = hashlib.sha1("|".join(sorted(stories["story_id"])).encode()).hexdigest()[:16] if len(stories) else "none"
    _, files = write_table(TABLE, entries, {}, out, f"stories-{chunk}")
    commit_derived(out, TABLE, files, {"stories": len(stories), "copy": int((stories["relation"] == "copy").sum()),
                                       "same_event": int((stories["relation"] == "same_event").sum())})
    return files

"""One story's pieces for the notebook and the command line: its row, its articles, the changes
of each copy from the origin, how each outlet told it; and an export of them all to a folder."""
from __future__ import annotations

from pathlib import Path


def story_row(out, story: str):
    """The ``stories`` row of a story id, or of the story holding an article id (copy first)."""
    from ..corpus import read_table

    st = read_table(out, "stories")
    hit = st[st["story_id"] == story]
    if hit.empty:
        hit = st[st["article_ids"].map(lambda ids: story in list(ids))].sort_values("relation")
    if hit.empty:
        raise KeyError(f"{story}: no such story or article in {out} (run `maqal stories {out}` first)")
    return hit.iloc[0]


def story_articles(out, story) -> dict:
    """``{article_id: Article}`` of a story's articles, loaded from their files."""
    from .outlets import story_rows
    from .texts import load_texts

    arts = story_rows(out, "articles", list(story["article_ids"]), ["article_id", "file", "index_in_file"])
    return load_texts(arts)


def copy_comparisons(out, story, texts: dict | None = None, frames: dict | None = None) -> list:
    """``[(origin, copy, changes)]`` for each copy of a ``copy`` story (none for same_event);
    ``texts`` and ``frames`` (tables already read) save reading them again."""
    from .changes import copy_changes
    from .outlets import story_rows

    if story["relation"] != "copy":
        return []
    ids = list(story["article_ids"])
    texts = story_articles(out, story) if texts is None else texts
    claims = story_rows(out, "claims", ids, ["article_id", "source_start", "source_end"], frames)
    dates = story_rows(out, "dates", ids, ["article_id", "start", "end"], frames)
    origin = texts.get(ids[0])
    return [(origin, texts[i], copy_changes(origin, texts[i], claims, dates)) for i in ids[1:]
            if origin is not None and i in texts]


def export(out, stories, dest, pages: int = 20) -> list[Path]:
    """Write ``dest/stories.parquet``, ``dest/changes.parquet`` (every copy's changes, with
    ``story_id``, ``origin_id``, ``copy_id``), ``dest/outlets.parquet`` (outlet profiles of the
    same_event stories, with ``story_id``) and side-by-side pages of the ``pages`` largest copy
    stories (``dest/<story_id>.html``); returns the files."""
    import pandas as pd

    from ..corpus import read_table, table_names
    from ..files import atomic_write
    from .outlets import outlet_profiles
    from .texts import load_texts

    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    frames = {n: read_table(out, n) for n in ("articles", "claims", "dates", "events", "terms") if n in table_names(out)}
    texts = load_texts(frames["articles"])
    changes, profiles, written = [], [], []
    for i, story in enumerate(stories.itertuples(index=False)):
        row = stories.iloc[i]
        if story.relation == "copy":
            comps = copy_comparisons(out, row, texts, frames)
            for origin, copy, ch in comps:
                changes.append(ch.assign(story_id=story.story_id, origin_id=origin.id, copy_id=copy.id))
            if comps and sum(s.relation == "copy" for s in stories.iloc[:i].itertuples()) < pages:
                written.append(write_page(dest, row, comps=comps))
        else:
            profiles.append(outlet_profiles(out, row, frames).assign(story_id=story.story_id))
    for name, frames in (("stories", [stories]), ("changes", changes), ("outlets", profiles)):
        frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
        atomic_write(dest / f"{name}.parquet", lambda tmp, f=frame: f.to_parquet(tmp, index=False))
        written.append(dest / f"{name}.parquet")
    return written


def write_page(dest, story, texts: dict | None = None, comps: list | None = None, out=None) -> Path:
    """Write ``dest/<story_id>.html``: a copy story's copies beside the origin with their changes
    marked, a same_event story's articles side by side; returns its path.  ``comps`` (a copy
    story's :func:`copy_comparisons`) or ``texts`` save reading them again (else read from ``out``)."""
    from ..files import atomic_write
    from ..highlight import esc
    from .view import articles_side_by_side, side_by_side

    head = f"<h3>{esc(story['label'] or '')}</h3>"
    if story["relation"] == "copy":
        comps = copy_comparisons(out, story, texts) if comps is None else comps
        page = "".join(f"{head}{side_by_side(o, c, ch)}" for o, c, ch in comps)
    else:
        texts = story_articles(out, story) if texts is None else texts
        page = head + str(articles_side_by_side([texts[i] for i in story["article_ids"] if i in texts]))
    path = Path(dest) / f"{story['story_id']}.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, f'<!doctype html><meta charset="utf-8"><title>{story["story_id"]}</title>{page}')
    return path

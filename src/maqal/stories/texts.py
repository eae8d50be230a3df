"""The texts behind a corpus folder's ``articles`` rows: the tables keep spans, not texts, so the
articles are loaded again from the files the rows name (``file``, ``index_in_file``), each file
parsed once (:func:`maqal.inputs.iter_array`), exactly as the corpus run loaded them."""
from __future__ import annotations

from pathlib import Path


def load_texts(articles) -> dict:
    """``{article_id: Article}`` for the rows of an ``articles`` frame; an article whose file is
    gone or no longer loads is left out (the caller sees it missing)."""
    from ..errors import ArticleError
    from ..inputs import ArticleRef, iter_array

    wanted = set(articles["article_id"])
    found: dict = {}
    for path, rows in articles.groupby("file", sort=True):
        indices = [int(i) for i in rows["index_in_file"].dropna()]
        try:
            if indices:
                for _, art in iter_array(Path(path), min(indices), max(indices) + 1):
                    if not isinstance(art, Exception) and art.id in wanted:
                        found[art.id] = art
            else:
                art = ArticleRef(Path(path)).load()
                if art.id in wanted:
                    found[art.id] = art
        except (ArticleError, OSError):
            continue
    return found


def token_words(out):
    """``(article_id, normalised words)`` of every article of a corpus folder with a ``tokens``
    table (the normalised words of each text layer), read one
    Parquet file at a time: the texts need not be loaded again, nor all the words held."""
    import pyarrow.parquet as pq

    from ..corpus.reading import table_files

    for path in table_files(out, "tokens"):
        table = pq.read_table(path, columns=["article_id", "norms"])
        yield from zip(table.column("article_id").to_pylist(), table.column("norms").to_pylist())


def optional_table(out, name: str, columns: list, categorical: bool = False):
    """A corpus folder's table ``name`` (only ``columns``), or an empty frame of those columns
    when the folder has no such table (a run made without it)."""
    import pandas as pd

    from ..corpus import read_table, table_names

    if name not in table_names(out):
        return pd.DataFrame(columns=columns)
    return read_table(out, name, columns=columns, categorical=categorical)

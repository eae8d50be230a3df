"""An on-disk cache of the articles the gold sets name, for the evaluation scripts (not the package).

Loading an ANT zip costs about a minute per run; the loaded ``Article`` is kept as a pickle under
``scripts/.article_cache/``, keyed by the gold record's reference and published day, the source file's
size and modification time, and the text of maqal's loading code (``loading/``, ``article.py``,
``arabic.py``, ``normalized.py``, ``lexicons.py``) and of the lexicons the loader reads
(``LOADER_LEXICONS``), so a change to the loader, its vocabulary or the file loads it again, while an
edit to an extractor's lexicon (cues, titles, months) does not reload every gold article.  A load that
reads a lexicon outside that list says so on stderr (the list is then out of date).  The tests never use it (``tests/conftest.py`` sets the variable below).
Set ``MAQAL_NO_ARTICLE_CACHE=1`` to bypass it.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
FOLDER = HERE / ".article_cache"
SRC = HERE.parent / "src" / "maqal"
#: the lexicons loading an article reads (export columns, the language check, the dateline gazetteer)
LOADER_LEXICONS = ("export_columns.tsv", "persian_urdu_words.txt", "arabic_function_words.txt",
                   "places_ar.tsv", "places_geonames.tsv.gz")


@lru_cache(maxsize=1)
def loader_digest() -> str:
    """A hash of the code that decides what an article's text is."""
    from maqal.lexicons import REFERENCE_FILE, lexicon_path

    files = (sorted((SRC / "loading").glob("*.py"))
             + [SRC / n for n in ("article.py", "arabic.py", "normalized.py", "lexicons.py")]
             + [lexicon_path(n) for n in LOADER_LEXICONS] + [Path(REFERENCE_FILE)])
    h = hashlib.sha256()
    for f in files:
        h.update(f.name.encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


def source_file(rec: dict) -> Path | None:
    from maqal import paths

    ref = rec["article"]
    if ref.get("corpus") == "ant":
        return paths.ANT_DIR / ref["file"]
    if ref.get("index") is None:
        return HERE.parent / ref["file"]
    return paths.CORPUS_DIR / ref["file"]


def key(rec: dict) -> str | None:
    path = source_file(rec)
    if path is None or not path.exists():
        return None
    st = path.stat()
    parts = [json.dumps(rec["article"], sort_keys=True), str(rec.get("published")), str(path),
             str(st.st_size), str(st.st_mtime_ns), loader_digest()]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def cached_load(rec: dict, load):
    """``load(rec)`` through the cache."""
    k = None if os.environ.get("MAQAL_NO_ARTICLE_CACHE") else key(rec)
    if k is None:
        return load(rec)
    f = FOLDER / f"{k}.pickle"
    if f.exists():
        return pickle.loads(f.read_bytes())
    art = load_watching_lexicons(rec, load)
    if art is not None:
        FOLDER.mkdir(exist_ok=True)
        tmp = f.with_suffix(".tmp")
        tmp.write_bytes(pickle.dumps(art))
        tmp.replace(f)
    return art


def load_watching_lexicons(rec: dict, load):
    """``load(rec)``, saying on stderr when it read a lexicon the cache key does not cover."""
    import sys

    from maqal import lexicons

    read: list[str] = []
    original = lexicons.lexicon_path

    def watched(name: str) -> Path:
        read.append(name)
        return original(name)

    lexicons.lexicon_path = watched
    try:
        art = load(rec)
    finally:
        lexicons.lexicon_path = original
    unknown = sorted(set(read) - set(LOADER_LEXICONS))
    if unknown:
        print(f"article_cache: loading read {', '.join(unknown)}, not in LOADER_LEXICONS: add them",
              file=sys.stderr)
    return art

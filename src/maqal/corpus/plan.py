"""The plan of a corpus run: the articles of the inputs, cut into chunks of work, and each
chunk's marker (what it covered and wrote).

Every input article has a key ``(file, index, select)`` — the resolved file, its position in
an array (or None) and a selector (or None).  Work is cut into chunks: ``chunk_size``
consecutive articles of one array file, or a list of single-article files.  A chunk's id is
made from everything its rows depend on — its articles, the content of its input files, the
tables and :data:`FORMAT_VERSION` — so a chunk of other inputs never writes over the files of
one a reader may be using.  Its marker ``OUT/_chunks/<chunk>.json`` is written last, after all
its files, and lists them with the articles they cover; which markers make the tables is
decided by :mod:`.ledger`.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_CHUNK_SIZE = 500
FORMAT_VERSION = 3  # bump when the tables' content or schemas change: chunks are then recomputed


@dataclass(frozen=True)
class Chunk:
    """A slice of work: articles ``start:stop`` of an array file, or a list of article files."""

    id: str
    path: str | None = None  # array file (.json / .zip)
    start: int = 0
    stop: int = 0
    files: tuple = ()  # (path, index-or-None, select-or-None) refs, for single-article files
    fingerprint: str = ""
    columns: tuple = ()  # an export's column mapping, as sorted (role, column) pairs (see columns_for)
    trees: tuple = ()  # folders whose content the files' texts depend on (trees of <DOC> pages: teasers)
    hashes: tuple = ()  # (input, content hash) pairs as planned: which input changed, when one did


    @property
    def size(self) -> int:
        return len(self.files) if self.files else self.stop - self.start

    @property
    def inputs(self) -> list[str]:
        """The input files the chunk reads, and the folders its files' texts depend on (their
        content is its fingerprint)."""
        return [self.path] if self.path is not None else sorted({p for p, _, _ in self.files} | set(self.trees))

    def article_keys(self) -> list[tuple]:
        """The keys ``(file, index, select)`` of the chunk's articles, in order."""
        if self.path is not None:
            return [(self.path, i, None) for i in range(self.start, self.stop)]
        return [tuple(f) for f in self.files]


_HASHES: dict = {}  # (path, size, mtime_ns) → sha1 of the content: each file is read once per process


def file_hash(path: str) -> str:
    """The sha1 of a file's content (``"missing"`` when it cannot be read); of a folder's, its
    files' names and hashes."""
    if os.path.isdir(path):
        return _folder_hash(path)
    try:
        st = os.stat(path)
        key = (path, st.st_size, st.st_mtime_ns)
        if key not in _HASHES:
            h = hashlib.sha1()
            with open(path, "rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    h.update(block)
            _HASHES[key] = h.hexdigest()
        return _HASHES[key]
    except OSError:
        return "missing"


def _folder_hash(folder: str) -> str:
    h = hashlib.sha1()
    for top, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(top, name)
            h.update(f"{os.path.relpath(path, folder)}:{file_hash(path)};".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def fingerprint(paths) -> str:
    """Names and contents of the input files: a chunk is redone when they change."""
    h = hashlib.sha1()
    for p in paths:
        h.update(f"{p}:{file_hash(p)};".encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:16]


def input_hashes(paths) -> tuple:
    """``(path, content hash)`` of each input (read once per process: the fingerprint read them)."""
    return tuple((p, file_hash(p)) for p in paths)


def columns_for(inputs, columns) -> tuple:
    """The column mapping as part of what a chunk is computed from: its given ``(role, column)``
    pairs when the chunk reads an export (CSV/TSV/JSON Lines), else none (other files ignore it)."""
    from ..loading import ColumnMap, collection_kind

    given = ColumnMap.of(columns).given()
    if not given or not any(collection_kind(Path(p)) in ("csv", "jsonl") for p in inputs):
        return ()
    return tuple(sorted(given.items()))


def article_keys(paths, limit: int | None = None, select=None, errors: list | None = None,
                 columns=None) -> list[tuple]:
    """The key ``(resolved file, index, select)`` of every article of PATH... (files, folders,
    arrays; see :mod:`maqal.inputs`), in input order; unreadable arrays go to ``errors``."""
    from ..inputs import expand

    refs = [r.by_index() for r in expand(paths, select=select, limit=limit, errors=errors, columns=columns)]
    return list(dict.fromkeys((str(Path(r.path).resolve()), r.index, r.select) for r in refs))


def chunks_of(keys: list, chunk_size: int = DEFAULT_CHUNK_SIZE, tag: str = "", columns=None) -> list[Chunk]:
    """Chunks for article keys, in their order: runs of consecutive indices of one array file
    become array chunks (cut at multiples of ``chunk_size``), the rest lists of files.  ``tag``
    (the tables and format) and an export's ``columns`` are part of every chunk's id."""
    chunks: list[Chunk] = []
    singles: list = []
    i = 0
    while i < len(keys):
        path, index, sel = keys[i]
        if index is None or sel is not None:
            singles.append(keys[i])
            i += 1
            continue
        j = i  # a run of consecutive indices of one array file → array chunks
        while j + 1 < len(keys) and keys[j + 1][0] == path and keys[j + 1][1] == keys[j][1] + 1 \
                and keys[j + 1][2] is None:
            j += 1
        chunks += _file_chunks(singles, chunk_size, tag, columns)
        singles = []
        chunks += _array_chunks(path, index, keys[j][1] + 1, chunk_size, tag, columns)
        i = j + 1
    return chunks + _file_chunks(singles, chunk_size, tag, columns)


def plan(paths, chunk_size: int = DEFAULT_CHUNK_SIZE, limit: int | None = None, select=None,
         errors: list | None = None, tag: str = "", columns=None) -> list[Chunk]:
    """Chunks for PATH... (files, folders, arrays; see :mod:`maqal.inputs`), in input order."""
    keys = article_keys(paths, limit=limit, select=select, errors=errors, columns=columns)
    return chunks_of(keys, chunk_size, tag, columns)


def _array_chunks(path: str, first: int, last: int, chunk_size: int, tag: str, columns=None) -> list[Chunk]:
    """Chunks of articles ``first:last`` of one array file, cut at multiples of ``chunk_size``."""
    fp = fingerprint([path])
    cols = columns_for([path], columns)
    tag = f"{tag}|{cols}" if cols else tag
    chunks = []
    s = first
    while s < last:
        e = min(last, (s // chunk_size + 1) * chunk_size)
        cid = "a" + hashlib.sha1(f"{path}#{s}:{e}|{fp}|{tag}".encode("utf-8", "surrogatepass")).hexdigest()[:15]
        chunks.append(Chunk(cid, path=path, start=s, stop=e, fingerprint=fp, columns=cols, hashes=input_hashes([path])))
        s = e
    return chunks


def _file_chunks(singles: list, chunk_size: int, tag: str, columns=None) -> list[Chunk]:
    """Chunks of single-article refs ``(path, index, select)``, named by their content (and that
    of the trees of ``<DOC>`` files they belong to)."""
    from ..loading import tree_folder

    chunks = []
    for k in range(0, len(singles), chunk_size):
        part = tuple(singles[k:k + chunk_size])
        trees = tuple(sorted({str(t) for p in {p for p, _, _ in part} if (t := tree_folder(Path(p))) is not None}))
        fp = fingerprint(sorted({p for p, _, _ in part} | set(trees)))
        cols = columns_for({p for p, _, _ in part}, columns)
        key = "\n".join(f"{p}#{i}#{s}" for p, i, s in part)
        cid = "f" + hashlib.sha1(f"{key}|{fp}|{tag}{f'|{cols}' if cols else ''}".encode("utf-8", "surrogatepass")).hexdigest()[:15]
        chunks.append(Chunk(cid, files=part, fingerprint=fp, columns=cols, trees=trees,
                            hashes=input_hashes(sorted({p for p, _, _ in part} | set(trees)))))
    return chunks


#: what a loader records of where an article sits in its file, not of the article: left out of
#: :func:`article_digest` (an article before a removed one is not changed by the removal)
PLACE_IN_FILE = ("index_in_file", "articles_in_file", "line_in_file")


def article_digest(article) -> str:
    """A hash of what an article is — its text and metadata as read, not its place in the file —:
    whether an article of a changed input file is itself changed (an array file with one article
    edited: that one is updated, the others are analysed again unchanged)."""
    d = article.to_dict()
    d["extra"] = {k: v for k, v in (d.get("extra") or {}).items() if k not in PLACE_IN_FILE}
    text = json.dumps(d, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def chunk_articles(chunk: Chunk):
    """Yield ``((path, index), Article or ArticleError)`` for the chunk's articles; a file that
    vanished or cannot be read gives an error for each of its articles, not a stopped run."""
    from ..errors import ArticleError
    from ..inputs import ArticleRef, iter_array

    if chunk.path is not None and chunk.fingerprint and fingerprint([chunk.path]) != chunk.fingerprint:
        yield from _changed(chunk)
        return
    if chunk.path is not None:
        done = chunk.start
        try:
            for i, art in iter_array(Path(chunk.path), chunk.start, chunk.stop, columns=dict(chunk.columns)):
                done = i + 1
                yield (chunk.path, i), art
        except (ArticleError, OSError) as exc:  # the whole file is unreadable (or gone)
            exc = exc if isinstance(exc, ArticleError) else ArticleError(chunk.path, _os_reason(exc))
            for i in range(done, chunk.stop):
                yield (chunk.path, i), exc
        return
    for path, index, select in chunk.files:
        ref = ArticleRef(Path(path), index=index, select=select, columns=dict(chunk.columns))
        try:
            yield (path, index), ref.load()
        except (ArticleError, OSError) as exc:
            yield (path, index), exc if isinstance(exc, ArticleError) else ArticleError(path, _os_reason(exc))


def _changed(chunk: Chunk):
    """Every article of an array chunk whose file changed (or went) since the run was planned: an
    error, not rows read from a file its other chunks read in another state (an article missed
    or doubled, silently); the next run analyses it as it is then."""
    from ..errors import ArticleError

    why = ("cannot be read; was it removed or moved during the run?" if file_hash(chunk.path) == "missing"
           else "changed during the run; run again to analyse it as it is now")
    for path, index, _ in chunk.article_keys():
        yield (path, index), ArticleError(path, why)


def _os_reason(exc: OSError) -> str:
    return f"cannot be read ({exc.strerror or type(exc).__name__}); was it removed or moved during the run?"


# --------------------------------------------------------------------------- what is done
def marker_path(chunk: Chunk | str, out: Path) -> Path:
    return Path(out) / "_chunks" / f"{getattr(chunk, 'id', chunk)}.json"


def read_marker(chunk: Chunk | str, out: Path) -> dict | None:
    """The chunk's marker (its summary), or None when it has not been finished."""
    try:
        return json.loads(marker_path(chunk, out).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def is_current(marker: dict, chunk: Chunk, names: list) -> bool:
    """Whether a marker says the chunk is done with this input, these tables and this format."""
    return (marker.get("fingerprint") == chunk.fingerprint and marker.get("stop") == chunk.stop
            and marker.get("tables") == names and marker.get("version") == FORMAT_VERSION
            and [list(c) for c in marker.get("columns", [])] == [list(c) for c in chunk.columns])


def done_summary(chunk: Chunk, out: Path, names: list, force: bool = False) -> dict | None:
    """The summary of a chunk that is already done (marked ``skipped``), or None when it must run."""
    old = None if force else read_marker(chunk, out)
    if old and is_current(old, chunk, names):
        return {**old, "skipped": True}
    return None

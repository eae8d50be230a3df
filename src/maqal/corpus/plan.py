"""The plan of a corpus run: chunks of work, which of them are done, and resuming.

Work is cut into chunks (``chunk_size`` consecutive articles of one array file, or of a list of
single-article files).  A chunk's marker ``OUT/_chunks/<chunk>.json`` is written last, after all
its files, and lists them: a re-run skips the chunks whose marker matches (same input, tables
and format) and redoes the rest, first removing what a stale marker says was written.
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

    @property
    def size(self) -> int:
        return len(self.files) if self.files else self.stop - self.start


def _fingerprint(paths) -> str:
    """Names, sizes and modification times of the input files: a chunk is redone when they change."""
    h = hashlib.sha1()
    for p in paths:
        try:
            st = os.stat(p)
            h.update(f"{p}:{st.st_size}:{st.st_mtime_ns};".encode())
        except OSError:
            h.update(f"{p}:missing;".encode())
    return h.hexdigest()[:16]


def plan(paths, chunk_size: int = DEFAULT_CHUNK_SIZE, limit: int | None = None, select=None,
         errors: list | None = None) -> list[Chunk]:
    """Chunks for PATH... (files, folders, arrays; see :mod:`maqal.inputs`), in input order.

    An array's chunks start at multiples of ``chunk_size`` so a ``limit``-ed run and a full one
    share chunk names (the full run replaces the short chunk).
    """
    from ..inputs import expand

    refs = expand(paths, select=select, limit=limit, errors=errors)
    chunks: list[Chunk] = []
    singles: list = []
    i = 0
    while i < len(refs):
        ref = refs[i]
        if ref.index is None or ref.select is not None:
            singles.append((str(Path(ref.path).resolve()), ref.index, ref.select))
            i += 1
            continue
        # a run of consecutive indices of one array file → array chunks
        j = i
        while j + 1 < len(refs) and refs[j + 1].path == ref.path and refs[j + 1].index == refs[j].index + 1 \
                and refs[j + 1].select is None:
            j += 1
        chunks += _file_chunks(singles, chunk_size)
        singles = []
        chunks += _array_chunks(str(Path(ref.path).resolve()), ref.index, refs[j].index + 1, chunk_size)
        i = j + 1
    return chunks + _file_chunks(singles, chunk_size)


def _array_chunks(path: str, first: int, last: int, chunk_size: int) -> list[Chunk]:
    """Chunks of articles ``first:last`` of one array file, cut at multiples of ``chunk_size``."""
    fp = _fingerprint([path])
    chunks = []
    s = first
    while s < last:
        e = min(last, (s // chunk_size + 1) * chunk_size)
        cid = "a" + hashlib.sha1(f"{path}#{s}".encode()).hexdigest()[:15]
        chunks.append(Chunk(cid, path=path, start=s, stop=e, fingerprint=fp))
        s = e
    return chunks


def _file_chunks(singles: list, chunk_size: int) -> list[Chunk]:
    """Chunks of single-article refs ``(path, index, select)``, named by their content."""
    chunks = []
    for k in range(0, len(singles), chunk_size):
        part = tuple(singles[k:k + chunk_size])
        key = "\n".join(f"{p}#{i}#{s}" for p, i, s in part)
        cid = "f" + hashlib.sha1(key.encode()).hexdigest()[:15]
        chunks.append(Chunk(cid, files=part, fingerprint=_fingerprint(sorted({p for p, _, _ in part}))))
    return chunks


def chunk_articles(chunk: Chunk):
    """Yield ``((path, index), Article or ArticleError)`` for the chunk's articles."""
    from ..errors import ArticleError
    from ..inputs import ArticleRef, iter_array

    if chunk.path is not None:
        try:
            for i, art in iter_array(Path(chunk.path), chunk.start, chunk.stop):
                yield (chunk.path, i), art
        except ArticleError as exc:  # the whole file is unreadable
            for i in range(chunk.start, chunk.stop):
                yield (chunk.path, i), exc
        return
    for path, index, select in chunk.files:
        ref = ArticleRef(Path(path), index=index, select=select)
        try:
            yield (path, index), ref.load()
        except ArticleError as exc:
            yield (path, index), exc


# --------------------------------------------------------------------------- what is done
def marker_path(chunk: Chunk, out: Path) -> Path:
    return Path(out) / "_chunks" / f"{chunk.id}.json"


def read_marker(chunk: Chunk, out: Path) -> dict | None:
    """The chunk's marker (its summary), or None when it has not been finished."""
    try:
        return json.loads(marker_path(chunk, out).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def is_current(marker: dict, chunk: Chunk, names: list) -> bool:
    """Whether a marker says the chunk is done with this input, these tables and this format."""
    return (marker.get("fingerprint") == chunk.fingerprint and marker.get("stop") == chunk.stop
            and marker.get("tables") == names and marker.get("version") == FORMAT_VERSION)


def done_summary(chunk: Chunk, out: Path, names: list, force: bool = False) -> dict | None:
    """The summary of a chunk that is already done (marked ``skipped``), or None when it must run."""
    old = None if force else read_marker(chunk, out)
    if old and is_current(old, chunk, names):
        return {**old, "skipped": True}
    return None


def forget(chunk: Chunk, out: Path) -> None:
    """Remove what an earlier (stale or half-done) run of the chunk wrote, so nothing counts twice."""
    old = read_marker(chunk, out)
    if not old:
        return
    for rel in old.get("files", []):
        try:
            (Path(out) / rel).unlink()
        except OSError:
            pass
    marker_path(chunk, out).unlink(missing_ok=True)

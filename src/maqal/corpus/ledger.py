"""Which chunks make a corpus folder's tables: the ledger of finished chunks, the manifest that
commits a set of them, and the sweep that removes everything else.

A corpus folder is exact for its inputs: every input article is in exactly one committed chunk.
At the start of a run, :func:`reconcile` looks at every finished chunk (its marker in
``OUT/_chunks``: the committed ones first, then those an interrupted run finished) and keeps
those whose input files still have the content they were analysed from, with the same tables
and format, and that share no article with a chunk kept before them.  The run's articles they
cover are not analysed again; the others are (``todo``).  Chunks outside the run's articles (a
narrower input, ``--limit``) stay unless ``prune``; chunks whose input changed or is gone are
dropped.  A committed chunk whose input is unchanged but which was made with other tables, an
older format or ``force`` is dropped too, and its articles outside the run are analysed again
with it: every table then covers every article, and nothing goes without ``prune``.

:func:`commit` then writes ``OUT/_manifest.json`` — atomically, last — listing the chunks and
their files: readers (:mod:`.reading`) read only those, so a half-written chunk is never seen.
Only after the manifest is in place are the files and markers it does not list removed, with
any temporary file an interrupted write left behind.
"""
from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import OutputError
from ..files import atomic_write
from .plan import FORMAT_VERSION, columns_for, file_hash, fingerprint

MANIFEST = "_manifest.json"
CHUNKS = "_chunks"


@dataclass
class Ledger:
    """What a run starts from: finished chunks it reuses (covering some of its articles), chunks
    outside its articles it keeps, committed chunks it drops, and the article keys still to do."""

    reused: list = field(default_factory=list)
    kept: list = field(default_factory=list)
    removed: list = field(default_factory=list)
    todo: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)  # articles added, updated, redone, reused, kept, removed
    #: the articles counted as updated (their input file changed) and what each was when last
    #: analysed (its :func:`~.plan.article_digest`, where the chunk's marker kept one)
    updated: set = field(default_factory=set)
    digests: dict = field(default_factory=dict)


def json_text(obj) -> str:
    """A marker or manifest as JSON text: Arabic as it is, but a file name that is not valid
    UTF-8 (its bytes kept as lone surrogates) escaped, so the file can be written and read back."""
    text = json.dumps(obj, ensure_ascii=False, indent=1, default=str)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(obj, ensure_ascii=True, indent=1, default=str)
    return text


def read_manifest(out) -> dict | None:
    """The folder's manifest (what its tables are), or None when nothing was committed yet."""
    try:
        return json.loads((Path(out) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def marker_articles(marker: dict) -> set:
    """The article keys ``(file, index, select)`` a chunk's marker covers."""
    if marker.get("path") is not None:
        return {(marker["path"], i, None) for i in range(marker["start"], marker["stop"])}
    return {tuple(r) for r in marker.get("refs", [])}


def same_input(marker: dict) -> bool:
    """Whether the chunk's input files (and so its articles) are still what it was made from."""
    if "inputs" not in marker or "files" not in marker:
        return False
    return fingerprint(marker["inputs"]) == marker.get("fingerprint")


def same_tables(marker: dict, names: list, columns=None) -> bool:
    """Whether the chunk has the tables ``names``, its exports read through the same ``columns``."""
    return marker.get("tables") == names and same_columns(marker, columns)


def same_columns(marker: dict, columns=None) -> bool:
    """Whether the chunk's exports (CSV, JSON Lines) were read through the same ``columns``."""
    return [list(c) for c in marker.get("columns", [])] == [list(c) for c in columns_for(marker["inputs"], columns)]


def _finished(out: Path) -> list[tuple[dict, bool]]:
    """Every readable marker as ``(marker, committed)``: the committed ones first, in their order."""
    manifest = read_manifest(out) or {}
    committed = list(manifest.get("chunks", []))
    folder = out / CHUNKS
    others = sorted(p.stem for p in folder.glob("*.json")) if folder.is_dir() else []
    found = []
    for cid in dict.fromkeys(committed + others):
        try:
            marker = json.loads((folder / f"{cid}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        found.append((marker, cid in committed))
    return found


def reconcile(out, keys: list, names: list, prune: bool = False, force: bool = False, columns=None) -> Ledger:
    """Decide, for a run over the article ``keys`` with tables ``names`` (and exports read
    through ``columns``), which finished chunks stand and which articles must be analysed (see
    the module's docstring)."""
    wanted = set(keys)
    covered: set = set()
    before: set = set()  # the articles of the committed chunks
    changed: set = set()  # the input files of committed chunks whose content changed since
    redo: set = set()  # articles outside the run whose committed chunk goes, though their input stays
    ledger = Ledger()
    for marker, committed in _finished(Path(out)):
        arts = marker_articles(marker)
        if committed:
            before |= arts
            changed |= changed_inputs(marker, columns)
            ledger.digests.update((tuple(d[:3]), d[3]) for d in marker.get("digests", []))
        inside = bool(arts & wanted)
        standing = not (arts & covered) and same_input(marker) and not (prune and not arts <= wanted)
        usable = (standing and marker.get("version") == FORMAT_VERSION and same_tables(marker, names, columns)
                  and not (force and inside))
        if usable and (inside or committed):
            (ledger.reused if inside else ledger.kept).append({**marker, "skipped": True})
            covered |= arts
        elif committed:
            ledger.removed.append(marker)
            if standing:
                redo |= arts - wanted
    redo -= covered
    ledger.todo = [k for k in keys if k not in covered] + sorted(redo, key=_order)
    again = before.intersection(ledger.todo)
    ledger.updated = {key for key in again if key[0] in changed}
    updated = len(ledger.updated)
    ledger.counts = {"added": len(ledger.todo) - len(again), "updated": updated, "redone": len(again) - updated,
                     "reused": len(wanted & covered), "kept": len(covered - wanted),
                     "removed": len(before - covered - wanted - redo)}
    return ledger


def counted_articles(ledger: Ledger, summaries: list) -> dict:
    """The ledger's counts after the run: an article of a changed input file that reads as it did
    when last analysed (the same digest) was analysed again unchanged (``redone``), not
    ``updated`` — the count is of articles, not of the files they are in."""
    counts = dict(ledger.counts)
    same = sum(1 for s in summaries if not s.get("skipped") for d in s.get("digests", [])
               if tuple(d[:3]) in ledger.updated and ledger.digests.get(tuple(d[:3])) == d[3])
    if counts:
        counts["updated"] -= same
        counts["redone"] += same
    return counts


def changed_inputs(marker: dict, columns=None) -> set:
    """The input files of a chunk whose articles are no longer what they were analysed from: a
    file whose content changed, or every input when another column mapping reads them (or the
    marker, of an older maqal, kept no hash of each)."""
    if "inputs" not in marker:
        return set()
    if not same_columns(marker, columns):
        return set(marker["inputs"])
    if same_input(marker):
        return set()
    if not marker.get("hashes"):
        return set(marker.get("inputs", []))
    return {p for p, h in marker["hashes"] if file_hash(p) != h}


def _order(key: tuple) -> tuple:
    """Article keys ``(file, index, select)`` in file order, then position (None first)."""
    path, index, select = key
    return (path, -1 if index is None else index, select or "")


def commit(out, summaries: list, manifest: dict, extra_files: list = (), roots=()) -> dict:
    """Write the manifest of the chunks ``summaries`` (and ``extra_files``), then sweep what it
    does not list from the tables' folders ``roots`` and ``_chunks``; returns the manifest."""
    out = Path(out)
    files = sorted({f for s in summaries for f in s.get("files", [])} | set(extra_files))
    partitions: dict = {}
    for s in summaries:
        partitions.update(s.get("partitions") or {})
    previous = read_manifest(out) or {}
    manifest = {**manifest, "chunks": sorted(s["id"] for s in summaries), "files": files,
                "partitions": partitions}
    atomic_write(out / MANIFEST, json_text(manifest))
    old_roots = {f.split("/")[0] for f in previous.get("files", [])} | set(previous.get("tables", []))
    sweep(out, set(files) | {f"{CHUNKS}/{cid}.json" for cid in manifest["chunks"]},
          {CHUNKS, "articles", "errors", *roots, *old_roots})
    return manifest


def sweep(out: Path, keep: set, roots: set) -> None:
    """Remove Parquet parts, markers and temporary files under ``roots`` that ``keep`` does not
    list (paths relative to ``out``), then the folders left empty; other files are not touched."""
    for tmp in out.glob(f".{MANIFEST}.*.tmp"):
        tmp.unlink(missing_ok=True)
    for root in sorted(roots):
        base = out / root
        if not base.is_dir() or base.is_symlink():
            continue
        for p in sorted(base.rglob("*"), key=lambda q: -len(q.parts)):
            if p.is_dir() and not p.is_symlink():
                _remove_empty(p)
                continue
            ours = p.name.endswith(".tmp") or p.suffix == ".parquet" or (root == CHUNKS and p.suffix == ".json")
            if ours and p.relative_to(out).as_posix() not in keep:
                p.unlink(missing_ok=True)
        _remove_empty(base)


def _remove_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass  # not empty (or not ours to remove)


def commit_derived(out, name: str, files: list, summary: dict | None = None) -> dict:
    """Register a table derived from the committed ones (``stories``): its ``files`` replace the
    table's earlier files in the manifest (rewritten atomically, as :func:`commit` does), then the
    table's files it no longer lists are swept.  A later corpus run lists only its chunks' files,
    so the derived table goes with the tables it was made from."""
    out = Path(out)
    manifest = read_manifest(out)
    if manifest is None or "files" not in manifest:
        raise FileNotFoundError(f"{out}: no committed corpus tables here — run `maqal corpus PATH... --out {out}` first")
    if name in ("articles", "errors", CHUNKS) or name in manifest.get("tables", []):
        raise ValueError(f"{name!r} is a table of the corpus run, not a derived one")
    kept = [f for f in manifest["files"] if not f.startswith(f"{name}/")]
    derived = {**manifest.get("derived", {}), name: summary or {}}
    manifest = {**manifest, "files": sorted(set(kept) | set(files)), "derived": derived}
    atomic_write(out / MANIFEST, json_text(manifest))
    sweep(out, set(files), {name})
    return manifest


@contextlib.contextmanager
def writing(out):
    """Hold the corpus folder ``out`` for one run: a second run on it at the same time would sweep
    the files the first is writing (its manifest then lists files that are gone), so it is refused
    with one line.  An advisory lock on the folder itself (nothing is left on disk; the system drops
    it when the process ends, even by kill -9); where there is no ``fcntl``, no lock."""
    try:
        import fcntl
    except ImportError:  # Windows
        yield
        return
    fd = os.open(out, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError(out, "another maqal run is writing to this folder",
                              "wait for it to end, or choose another folder with --out") from None
        yield
    finally:
        os.close(fd)

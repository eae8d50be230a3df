"""Running a corpus: the articles the ledger says are not done analysed chunk by chunk, in this
process, in a local process pool, or as Dask tasks (Dask does the scheduling), then committed.
Both modes run :func:`process_chunk` and write the same files, so their tables are equal.
"""
from __future__ import annotations

import contextlib
import gc
import json
import logging
import os
import signal
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..errors import ArticleError, EmptyArticle, OutputError, RunInterrupted
from ..files import OUTPUT_ERRNOS, atomic_write, make_folder
from ..pipeline import is_runner_process, keep_loaded, runner_process
from .ledger import commit, counted_articles, json_text, reconcile, writing
from .plan import (DEFAULT_CHUNK_SIZE, FORMAT_VERSION, Chunk, article_digest, article_keys, chunk_articles, chunks_of,
                   done_summary, marker_path)
from .tables import article_tables, available_tables, select_tables
from .writing import partition_aliases, write_errors, write_table


@dataclass
class ChunkResult:
    id: str
    articles: int = 0
    bytes: int = 0
    errors: list = field(default_factory=list)
    empty: list = field(default_factory=list)  # inputs with no text: skipped (empty), not failed
    files: list = field(default_factory=list)
    rows: dict = field(default_factory=dict)
    seconds: float = 0.0
    cpu: float = 0.0  # CPU seconds of the whole chunk in its process
    timings: dict = field(default_factory=dict)  # CPU seconds: load, each table, write
    partitions: dict = field(default_factory=dict)  # folder names of partition values written another way
    ids: list = field(default_factory=list)  # (article id, file, index in file) of every article analysed
    digests: list = field(default_factory=list)  # (file, index, select, article_digest) of every article read
    skipped: bool = False


def process_chunk(chunk: Chunk, out_dir, tables=None, force: bool = False) -> dict:
    """Analyse one chunk and write its Parquet files under ``out_dir``; return a summary dict.

    Skips the chunk if its marker says it is done with the same input and tables (unless
    ``force``).  ``tables`` is a list of names (resolved in this process) or a registry dict.
    The same function runs in local worker processes and as a Dask task.
    """
    t0, cpu0 = time.perf_counter(), time.process_time()
    out = Path(out_dir)
    tables = select_tables(tables) if tables is None or not isinstance(tables, dict) else tables
    names = sorted(tables)
    done = done_summary(chunk, out, names, force)
    if done:
        return done
    marker_path(chunk, out).unlink(missing_ok=True)  # (its files are rewritten in place, whole)
    # The rows of a whole chunk are collected before writing; with the cyclic garbage collector
    # on, its full collections rescan them over and over (a third of the time) while the
    # analyses create next to no cycles: pause it for the chunk.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        res = ChunkResult(chunk.id)
        collected = _analyse(chunk, tables, res)
        _write(collected, ["articles", *names], tables, out, res)
        # freed while the collector is still paused: re-enabled with the rows alive, its first
        # pass walks every one of them (about 5% of a chunk's time)
        collected.clear()
    finally:
        if gc_was_enabled:
            gc.enable()
    res.timings = {k: round(v, 3) for k, v in res.timings.items()}
    res.seconds = round(time.perf_counter() - t0, 3)
    res.cpu = round(time.process_time() - cpu0, 3)
    summary = {**asdict(res), "fingerprint": chunk.fingerprint, "inputs": chunk.inputs, "path": chunk.path,
               "start": chunk.start, "stop": chunk.stop, "n_files": len(chunk.files),
               "refs": [list(f) for f in chunk.files], "tables": names, "version": FORMAT_VERSION,
               "columns": [list(c) for c in chunk.columns], "hashes": [list(h) for h in chunk.hashes]}
    atomic_write(marker_path(chunk, out), json_text(summary))
    return summary


def _analyse(chunk: Chunk, tables: dict, res: ChunkResult) -> dict[str, list]:
    """Every table of every article of the chunk: ``{table: [(meta, rows or DataFrame)]}`` in
    article order; counts, failures and CPU seconds go to ``res`` (CPU, not wall: on a shared
    machine a stage's wall time says more about the neighbours than about the stage)."""
    collected: dict[str, list] = {}
    timings = res.timings
    keys_at: dict = {}  # (file, index) → the chunk's article keys there, in order
    for key in chunk.article_keys():
        keys_at.setdefault(tuple(key[:2]), []).append(key)
    t_load = time.process_time()
    for (path, index), art in chunk_articles(chunk):
        timings["load"] = timings.get("load", 0.0) + time.process_time() - t_load
        if not isinstance(art, Exception):
            key = (keys_at.get((path, index)) or [(path, index, None)]).pop(0)
            res.digests.append([*key, article_digest(art)])
        if not isinstance(art, Exception) and not _encodable(str(path)):
            art = ArticleError(path, "its file name is not valid UTF-8", "rename the file")
        if isinstance(art, EmptyArticle):  # nothing to analyse is no failure
            res.empty.append({"file": path, "index_in_file": index, "why": str(art)})
            continue
        if isinstance(art, Exception):
            res.errors.append({"file": path, "index_in_file": index, "article_id": None, "table": None,
                               "error": str(art)})
            continue
        res.articles += 1
        res.ids.append((art.id, _printable_path(path), index))
        res.bytes += len(art.text.encode("utf-8", "surrogatepass"))
        meta = {"article_id": art.id, "source": art.source,
                "day": art.published.isoformat() if art.published else None}
        result = article_tables(art, tables, timings)
        res.errors.extend(result.pop("errors"))
        for name, value in result.items():
            collected.setdefault(name, []).append((meta, value))
        t_load = time.process_time()
    return collected


def _printable_path(path) -> str:
    return str(path).encode("utf-8", "backslashreplace").decode("utf-8")


def shared_ids(summaries: list) -> dict:
    """``{article id: [(file, index), ...]}`` for ids that two different articles carry (two
    ``same.txt`` in two folders, an article copied into two files): every table keyed by
    ``article_id`` holds both under it, so the run says so."""
    where: dict = {}
    for s in summaries:
        for aid, file, index in s.get("ids", []):
            where.setdefault(aid, []).append((file, index))
    return {aid: places for aid, places in where.items() if len(places) > 1}


def _encodable(s: str) -> bool:
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _write(collected: dict, names: list, tables: dict, out: Path, res: ChunkResult) -> None:
    """The chunk's files: every table, then its failures (rows, files and seconds go to ``res``)."""
    t_write = time.process_time()
    for name in names:
        res.rows[name], files = write_table(name, collected.get(name, []), tables, out, res.id)
        res.files.extend(files)
    metas = [meta for meta, _ in collected.get("articles", [])]
    res.partitions = partition_aliases([m[k] for m in metas for k in ("source", "day")])
    if res.errors:
        res.files.append(write_errors(res.errors, out, res.id))
    res.timings["write"] = time.process_time() - t_write


def _warm(names=None) -> None:
    """Load lexicons, the reference list and the optional modules once per worker process."""
    from .. import frequencies
    from ..loading import load_text

    tables = select_tables(names)
    art = load_text("زار الرئيس موسكو يوم الأحد 12 سبتمبر 2023، وقال مسؤول إن الزيارة مهمة.", id="warm",
                    published="2023-09-12")
    frequencies.count_terms(art.text)
    article_tables(art, tables)
    if is_runner_process():  # a worker, or the command line; not a kernel running a corpus serially
        keep_loaded()


# --------------------------------------------------------------------------- running
@dataclass
class CorpusRun:
    out: Path
    chunks: int
    done: int
    skipped: int
    articles: int
    bytes: int
    errors: list
    seconds: float
    mode: str
    workers: int
    tables: list
    #: inputs skipped because they hold no text ("skipped (empty)", not failed)
    empty: list = field(default_factory=list)
    #: articles analysed (``added``: not in the tables before; ``updated``: in them, but their
    #: input file changed; ``redone``: in them and unchanged, but their chunk no longer stands —
    #: it shared a changed or removed input, other tables, ``force``), ``reused`` (already done),
    #: ``kept`` (outside this run, left as they were) and ``removed`` (their input changed or is
    #: gone, or ``prune``); ``failed``: of those analysed, the ones that could not be read (an error row each)
    counts: dict = field(default_factory=dict)
    #: article ids two different articles of the folder carry (see :func:`shared_ids`)
    shared_ids: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        d = asdict(self)
        d["out"] = str(self.out)
        d["errors"] = len(self.errors)
        d["shared_ids"] = dict(list(self.shared_ids.items())[:100])
        return d


def run_corpus(paths, out, *, workers: int | None = None, dask: str | None = None, limit: int | None = None,
               tables=None, chunk_size: int = DEFAULT_CHUNK_SIZE, select=None, force: bool = False,
               prune: bool = False, progress: bool = True, columns=None) -> CorpusRun:
    """Analyse every article under ``paths`` into Parquet tables in ``out`` (see :mod:`maqal.corpus`).

    ``workers``: local processes (default: all cores; 1 = in this process).  ``dask``: a
    scheduler address, or ``"local"`` for a ``dask.distributed.LocalCluster`` of ``workers``
    single-threaded processes.  ``tables``: names to compute (default: all available).
    Re-running resumes: finished chunks whose inputs are unchanged are reused (``force=True``
    recomputes them); articles whose input changed are redone, those whose input is gone
    removed.  Articles outside this run (``limit``, fewer inputs) stay unless ``prune``.
    ``columns``: how CSV/TSV/JSON Lines exports name their columns (``{"text": "body"}``; the
    others are guessed).
    """
    from ..inputs import require_paths

    t0 = time.perf_counter()
    require_paths(paths)
    out = writable_folder(Path(out))
    with output_errors(out), writing(out):
        return _run(paths, out, t0, workers=workers, dask=dask, limit=limit, tables=tables, chunk_size=chunk_size,
                    select=select, force=force, prune=prune, progress=progress, columns=columns)


def writable_folder(out: Path) -> Path:
    """``out``, created if missing, or :class:`OutputError` (one line naming it)."""
    try:
        make_folder(out)
    except OSError as e:
        raise OutputError(out, f"cannot be created ({e.strerror or e})") from None
    if not os.access(out, os.W_OK):
        raise OutputError(out, "cannot write here (permission denied)")
    return out


@contextlib.contextmanager
def output_errors(out: Path):
    """Turn a failed write under ``out`` (permission, read-only, disk full) into :class:`OutputError`,
    and Ctrl-C into :class:`RunInterrupted`: chunks already finished stay for the next run."""
    try:
        yield
    except OSError as e:
        if isinstance(e, OutputError) or e.errno not in OUTPUT_ERRNOS:
            raise
        where = f" writing {e.filename}" if e.filename else ""
        raise OutputError(out, f"could not write ({e.strerror or e}{where}); nothing was committed",
                          "free space or choose another folder with --out, then run again to resume") from None
    except KeyboardInterrupt:
        raise RunInterrupted(f"{out}: interrupted; the chunks already finished are kept and the tables are as "
                             "before — run the same command again to resume") from None


def _run(paths, out: Path, t0: float, *, workers, dask, limit, tables, chunk_size, select, force, prune,
         progress, columns=None) -> CorpusRun:
    registry = select_tables(tables)
    names = sorted(registry)
    input_errors: list = []
    keys = article_keys(paths, limit=limit, select=select, errors=input_errors, columns=columns)
    ledger = reconcile(out, keys, names, prune=prune, force=force, columns=columns)
    chunks = chunks_of(ledger.todo, chunk_size, tag=f"v{FORMAT_VERSION}:{','.join(names)}", columns=columns)
    workers = workers or os.cpu_count() or 1
    mode = "dask" if dask else ("local" if workers > 1 else "inline")
    summaries = ledger.reused + _run_pending(chunks, out, registry, dask, workers, force, progress,
                                                ledger.counts["reused"] + len(ledger.todo))
    errors = [{"file": str(Path(f).resolve()), "index_in_file": None, "article_id": None, "table": None, "error": e}
              for f, e in input_errors]  # the file as the articles' rows name it, whatever PATH was given
    extra = [write_errors(errors, out, "inputs-" + _digest(errors))] if errors else []
    for s in summaries:
        errors.extend(s.get("errors", []))
    run = CorpusRun(out=out, chunks=len(summaries), done=sum(not s.get("skipped") for s in summaries),
                    skipped=sum(bool(s.get("skipped")) for s in summaries),
                    articles=sum(s.get("articles", 0) for s in summaries),
                    bytes=sum(s.get("bytes", 0) for s in summaries), errors=errors,
                    seconds=round(time.perf_counter() - t0, 2), mode=mode, workers=workers, tables=names,
                    counts={**counted_articles(ledger, summaries), "failed": _failed(summaries)}, empty=[e for s in summaries for e in s.get("empty", [])],
                    shared_ids=shared_ids(summaries + ledger.kept))
    manifest = {**run.as_dict(), "inputs": [str(p) for p in paths], "limit": limit, "chunk_size": chunk_size,
                "prune": prune, "version": FORMAT_VERSION, "errors": errors[:1000]}
    commit(out, summaries + ledger.kept, manifest, extra, roots={*names, *available_tables()})
    return run


def _failed(summaries: list) -> int:
    """How many of the articles this run analysed could not be read (error rows, not table rows)."""
    return sum(e.get("table") is None for s in summaries if not s.get("skipped") for e in s.get("errors", []))


def _digest(rows: list) -> str:
    import hashlib

    return hashlib.sha1(json.dumps(rows, sort_keys=True, default=str).encode("utf-8", "surrogatepass")).hexdigest()[:15]


def _run_pending(pending, out, registry, dask, workers, force, progress, total) -> list:
    """Run the chunks not yet done (on Dask, in a local pool, or here) under one progress bar."""
    from tqdm.auto import tqdm

    bar = tqdm(total=total, desc="maqal corpus", unit="art", disable=not progress, file=sys.stderr,
               smoothing=0.1)
    bar.update(max(0, total - sum(c.size for c in pending)))
    try:
        if not pending:
            return []
        if dask:
            return _run_dask(pending, out, registry, dask, workers, force, bar)
        if workers > 1 and len(pending) > 1:
            return _run_local(pending, out, sorted(registry), workers, force, bar)
        _warm(sorted(registry))
        summaries = []
        for c in pending:
            summaries.append(process_chunk(c, out, registry, force))
            bar.update(c.size)
        return summaries
    finally:
        bar.close()


class WorkerDied(ChildProcessError):
    """A worker process of a local run ended without a result (killed — by the system when memory
    ran out, or by hand): one line, the chunks finished kept, instead of a run waiting for ever."""


def _run_local(chunks, out, names, workers, force, bar) -> list:
    """The chunks in a pool of ``workers`` processes.  On Ctrl-C (or any error) the workers are
    terminated at once: waiting for the queued chunks would take minutes.  A worker that dies
    breaks the pool (:class:`WorkerDied`); a ``multiprocessing.Pool`` would wait for its chunk for ever."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    summaries = []
    # biggest chunks first, so the workers finish together (the small ones fill in at the end)
    order = sorted(chunks, key=lambda c: -c.size)
    others = set(mp.active_children())  # processes this one had before: not the pool's to end
    pool = ProcessPoolExecutor(max_workers=min(workers, len(order)), mp_context=ctx, initializer=_warm_worker,
                               initargs=(names,))
    try:
        futures = [pool.submit(_process, (c, str(out), names, force)) for c in order]
        for fut in as_completed(futures):
            summary = fut.result()
            summaries.append(summary)
            bar.update(summary.pop("_size", 0))
    except BrokenProcessPool:
        _stop(pool, others)
        raise WorkerDied(f"{out}: a worker process died (killed — out of memory?) before its chunk was finished; the "
                         "chunks finished are kept and the tables are as before — run again to resume, with fewer "
                         "--workers or a smaller --chunk-size if memory ran out") from None
    except BaseException:
        _stop(pool, others)
        raise
    pool.shutdown(wait=True)
    return summaries


def _stop(pool, others: set) -> None:
    """End a pool now: its workers (the children not in ``others``) terminated, not waited for."""
    import multiprocessing as mp

    pool.shutdown(wait=False, cancel_futures=True)
    workers = [p for p in mp.active_children() if p not in others]
    for proc in workers:
        proc.terminate()
    for proc in workers:
        proc.join(timeout=5)


def _warm_worker(names) -> None:
    """A pool worker: Ctrl-C is the main process's to handle (it terminates the pool), then warm up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _warm_runner(names)


def _warm_runner(names) -> None:
    """A worker process (of the pool or of Dask) is a runner: its warm-up ends frozen."""
    runner_process()
    _warm(names)


def _process(job) -> dict:
    chunk, out, names, force = job
    return {**process_chunk(chunk, out, names, force), "_size": chunk.size}


@contextlib.contextmanager
def _ctrl_c_ignored():
    """SIGINT ignored while a local Dask cluster starts its processes, which keep that.  A Ctrl-C
    at the terminal reaches every process of the group: the workers printed tracebacks and
    warnings of their own while this process closed the cluster (and said the one line).  Only
    the main thread may set a handler: from another one, nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _run_dask(chunks, out, registry, address, workers, force, bar) -> list:
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None
    if address in ("local", "", None):
        # its worker processes inherit the ignored Ctrl-C, which is this process's to handle; the
        # cluster logs only what is critical (a task's failure reaches this process as its exception);
        # no dashboard, and the scheduler's own HTTP routes on a free local port — on its default,
        # 8787, it warned "Port 8787 is already in use" whenever another Dask ran on the machine
        with _ctrl_c_ignored():
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                                   silence_logs=logging.CRITICAL,
                                   scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"})
        client = Client(cluster)
    else:
        client = Client(address)
    try:
        client.run(_warm_runner, sorted(registry))
        futs = client.map(process_chunk, chunks, out_dir=str(out), tables=registry, force=force, pure=False)
        sizes = {f.key: c.size for f, c in zip(futs, chunks)}
        summaries = []
        for fut in as_completed(futs):
            summaries.append(fut.result())
            bar.update(sizes[fut.key])
        return summaries
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

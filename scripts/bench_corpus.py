#!/usr/bin/env python
"""Corpus-mode speed: the whole shared SaudiNewsNet corpus through ``maqal corpus`` (``make bench``).

    python scripts/bench_corpus.py                       # local pool and Dask-local, all tables
    python scripts/bench_corpus.py --modes local --tables terms,dates --limit 5000
    python scripts/bench_corpus.py --json bench-corpus.json
    python scripts/bench_corpus.py --modes local --no-explore    # the quick one (make bench-quick)

Each mode runs in a fresh process (``maqal corpus`` into a temporary folder, from scratch) and is
timed from the outside: wall time, articles/s, MB/s of article text, peak memory (the sum of the
resident memory of the whole process tree, sampled every 0.2 s, and the largest single process
from ``getrusage``), and per-stage CPU seconds (load, each table, write) from the chunk markers.
Target (issue 10): the whole corpus fully analysed in < 45 s on 2 cores, peak memory < 2 GB.

Then the exploration part (``--explore``, on by default; ``--no-explore`` skips it): ``maqal corpus``
over BOTH shared corpora (SaudiNewsNet and ANT, about 55,000 articles) with its time and peak
memory, the DuckDB index built from it (time, memory, size), and warm query times of a
concordance, collocates and a trend (target < 1 s each) and of n-gram clusters (the 3-word
clusters holding the term, and the 100 commonest of the whole corpus) beside a baseline without
the index: a plain pandas/pyarrow scan of the ``tokens`` table for the same term.  ``--explore-out DIR`` reuses a
corpus folder already written (no corpus run).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_S, TARGET_MB = 45.0, 2048.0


def tree_rss(pid: int) -> float:
    import psutil

    try:
        p = psutil.Process(pid)
        procs = [p, *p.children(recursive=True)]
    except psutil.Error:
        return 0.0
    total = 0
    for q in procs:
        try:
            total += q.memory_info().rss
        except psutil.Error:
            pass
    return total / 2**20


def run_mode(mode: str, corpus_dir, tables: str | None, limit: int | None, workers: int, keep: Path | None = None) -> dict:
    out = keep or Path(tempfile.mkdtemp(prefix=f"maqal-bench-{mode}-"))
    inputs = [str(p) for p in (corpus_dir if isinstance(corpus_dir, list) else [corpus_dir])]
    cmd = [sys.executable, "-m", "maqal.cli", "corpus", *inputs, "--out", str(out), "--quiet",
           "--workers", str(workers)]
    if mode == "dask-local":
        cmd += ["--dask", "local"]
    if tables:
        cmd += ["--tables", tables]
    if limit:
        cmd += ["--limit", str(limit)]
    cpu0 = _children_cpu()
    wall, peak, _ = timed(cmd, mode)
    cpu = _children_cpu() - cpu0
    manifest = json.loads((out / "_manifest.json").read_text())
    stages: Counter = Counter()
    in_chunks = 0.0
    for f in (out / "_chunks").glob("*.json"):
        marker = json.loads(f.read_text())
        stages.update(marker.get("timings", {}))
        in_chunks += marker.get("cpu", 0.0)
    size = sum(f.stat().st_size for f in out.rglob("*.parquet"))
    if keep is None:
        shutil.rmtree(out, ignore_errors=True)
    n, mb = manifest["articles"], manifest["bytes"] / 1e6
    return {
        "mode": mode, "workers": workers, "tables": manifest["tables"], "articles": n, "failed": manifest["errors"]
        if isinstance(manifest["errors"], int) else len(manifest["errors"]),
        "mb": round(mb, 1), "wall_s": round(wall, 1), "articles_per_s": round(n / wall, 1),
        "mb_per_s": round(mb / wall, 2), "peak_tree_mb": round(peak),
        "largest_process_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
        "parquet_mb": round(size / 2**20, 1),
        "cpu_ms_per_article": {k: round(v / max(n, 1) * 1000, 2) for k, v in sorted(stages.items())},
        "cpu_s": round(cpu, 1), "cpu_split_s": cpu_split(stages, in_chunks, cpu),
    }


#: the per-article analysis proper (the text layer is built by the first of them) — the rest of a
#: run's CPU is orchestration: reading, the corpus's own views of the text, writing, start-up
ANALYSIS_STAGES = ("dates", "events", "claims")


def cpu_split(stages: dict, in_chunks: float, total: float) -> dict:
    """CPU seconds of a run by kind: ``analysis`` (dates, events, claims with their text layer and
    entities), ``terms``/``tokens`` (the corpus's views of each text), ``load`` (reading and
    checking articles), ``write`` (Arrow and Parquet), ``chunk_other`` (article rows, collecting,
    freeing) and ``outside_chunks`` (start-up, imports and warm-up of each process, planning,
    the pool, the ledger and manifest)."""
    split = {"analysis": sum(stages.get(k, 0.0) for k in ANALYSIS_STAGES)}
    split.update({k: v for k, v in stages.items() if k not in ANALYSIS_STAGES})
    if in_chunks:
        split["chunk_other"] = in_chunks - sum(stages.values())
        split["outside_chunks"] = total - in_chunks
    return {k: round(v, 1) for k, v in split.items()}


def _children_cpu() -> float:
    """User + system CPU seconds of every finished child process (and, through them, theirs)."""
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def timed(cmd: list, what: str) -> tuple[float, float, str]:
    """Run ``cmd`` in a fresh process: (wall seconds, peak memory of its process tree in MB, stdout)."""
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    peak = [0.0]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss(proc.pid))
            time.sleep(0.2)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    stdout, stderr = proc.communicate()
    wall = time.perf_counter() - t0
    done.set()
    th.join()
    if proc.returncode:
        raise SystemExit(f"{what} failed:\n{stderr[-3000:]}")
    return wall, peak[0], stdout


#: what the exploration part asks: a name and a word of 2018 and 2015 news, and its collocates/trend
EXPLORE_TERM = "الكرملين"


def explore_queries(out: str, repeats: int = 3) -> dict:
    """In this process: open the index of ``out`` (built if missing) and time each query warm
    (the best of ``repeats`` after a first call) and its baseline without the index."""
    from maqal.corpus import open_archive

    t0 = time.perf_counter()
    arc = open_archive(out)
    opened = time.perf_counter() - t0
    # (before the baseline, whose pandas frame of every token is the largest thing in this process)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    res = {"open_s": round(opened, 2), "build_rss_mb": round(rss), "index_mb": round(sum(f.stat().st_size for f in Path(out, "_explore").glob("*"))
                                                         / 2**20, 1)}
    queries = {"concordance": lambda: arc.concordance(EXPLORE_TERM, sort="R1", limit=None),
               "collocates": lambda: arc.collocates(EXPLORE_TERM, window=5),
               "trend": lambda: arc.trend(EXPLORE_TERM),
               "clusters": lambda: arc.clusters(EXPLORE_TERM, n=3, top=None),
               "clusters_all": lambda: arc.clusters(n=3, top=100)}
    for name, q in queries.items():
        rows = len(q())
        best, cpu = min(_seconds(q) for _ in range(repeats))
        res[name] = {"warm_s": round(best, 3), "cpu_s": round(cpu, 3), "rows": rows,
                     "load": round(os.getloadavg()[0], 1) if hasattr(os, "getloadavg") else None}
    t0 = time.perf_counter()
    base = baseline_scan(out)
    res["baseline"] = {"pandas_scan_s": round(time.perf_counter() - t0, 2), "occurrences": base}
    res["occurrences"] = len(arc.hits(EXPLORE_TERM))
    return res


def _seconds(fn) -> tuple[float, float]:
    """Wall and CPU seconds of one call (CPU: every thread of this process, DuckDB's too — on a
    loaded machine the wall time waits for the cores, the CPU time does not)."""
    t0, c0 = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - t0, time.process_time() - c0


def baseline_scan(out: str) -> int:
    """Without the index: read the tokens table (pyarrow → pandas) and count the term's group by a
    plain scan of every article's normalised forms — what each query would cost without DuckDB."""
    from maqal.corpus import read_table
    from maqal.corpus.explore import group_key

    key = group_key(EXPLORE_TERM)
    tokens = read_table(out, "tokens", columns=["article_id", "norms"])
    terms = read_table(out, "terms", columns=["key", "forms"])
    from maqal.arabic import normalize

    forms = {normalize(f) for fs in terms.loc[terms["key"] == key, "forms"] for f in fs} | {key}
    return int(sum(sum(n in forms for n in norms) for norms in tokens["norms"]))


def explore_part(args) -> dict:
    """``maqal corpus`` over both shared corpora, the index and the warm queries (each in a fresh process)."""
    from maqal import paths

    inputs = [p for p in (paths.CORPUS_DIR, paths.ANT_DIR) if p.is_dir()]
    result: dict = {"inputs": [str(p) for p in inputs]}
    if args.explore_out:
        out = Path(args.explore_out)
        result["inputs"] = json.loads((out / "_manifest.json").read_text()).get("inputs", [str(out)])
    else:
        out = Path(tempfile.mkdtemp(prefix="maqal-bench-explore-"))
        result["corpus"] = run_mode("local", inputs, None, args.limit, args.workers, keep=out)
    for old in (out / "_explore").glob("*.duckdb"):
        old.unlink()  # the index is built from scratch
    code = f"import json, sys; sys.path.insert(0, {str(ROOT / 'scripts')!r}); import bench_corpus as b; " \
           f"print(json.dumps(b.explore_queries({str(out)!r})))"
    wall, peak, stdout = timed([sys.executable, "-c", code], "explore")
    result["queries"] = json.loads(stdout.strip().splitlines()[-1])
    result["index_process"] = {"wall_s": round(wall, 1), "peak_mb": round(peak)}
    if not args.explore_out:
        shutil.rmtree(out, ignore_errors=True)
    return result


def print_explore(r: dict) -> None:
    c = r.get("corpus")
    print(f"\nexplore: {' + '.join(Path(p).name for p in r['inputs'])}")
    if c:
        print(f"   maqal corpus: {c['articles']} articles ({c['mb']} MB) in {c['wall_s']} s, peak memory "
              f"{c['peak_tree_mb']} MB (process tree), Parquet {c['parquet_mb']} MB")
    q = r["queries"]
    print(f"   index: built in {q['open_s']} s (peak memory {q['build_rss_mb']} MB), {q['index_mb']} MB on disk")
    for name in ("concordance", "collocates", "trend"):
        ok = "OK" if q[name]["warm_s"] < 1.0 else "MISSED"
        print(f"   {name:>12}: {q[name]['warm_s']} s warm, {q[name].get('cpu_s')} s CPU ({q[name]['rows']} rows; "
              f"load {q[name].get('load')})  [target < 1 s: {ok}]")
    for name, what in (("clusters", f"3-word clusters holding «{EXPLORE_TERM}»"),
                       ("clusters_all", "the 100 commonest 3-word clusters of the whole corpus")):
        if name in q:
            print(f"   {name:>12}: {q[name]['warm_s']} s warm, {q[name].get('cpu_s')} s CPU ({q[name]['rows']} rows: {what})")
    b = q["baseline"]
    print(f"   baseline: a pandas scan of the tokens table for «{EXPLORE_TERM}» took {b['pandas_scan_s']} s "
          f"({b['occurrences']} occurrences; the index finds {q['occurrences']})")


def main() -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from maqal import paths

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(paths.CORPUS_DIR))
    ap.add_argument("--modes", default="local,dask-local")
    ap.add_argument("--tables", default=None, help="comma-separated (default: all available)")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--json", default=None)
    ap.add_argument("--no-explore", dest="explore", action="store_false",
                    help="skip the exploration part (both corpora, the DuckDB index, warm queries)")
    ap.add_argument("--explore-out", default=None, metavar="DIR",
                    help="a corpus folder already written by maqal corpus: time only the index and the queries")
    ap.add_argument("--skip-modes", action="store_true", help="only the exploration part")
    args = ap.parse_args()
    corpus_dir = Path(args.corpus)
    if not any(corpus_dir.glob("*.zip")):
        print(f"corpus bench skipped: no SaudiNewsNet zips at {corpus_dir} (set MAQAL_SHARED)")
        return 0
    try:
        import psutil  # noqa: F401  (comes with distributed)
    except ImportError:
        raise SystemExit("pip install psutil (or distributed) to measure memory") from None
    results = []
    print(f"maqal corpus on {corpus_dir} ({os.cpu_count()} cores)")
    for mode in ([] if args.skip_modes else args.modes.split(",")):
        r = run_mode(mode.strip(), corpus_dir, args.tables, args.limit, args.workers)
        results.append(r)
        ok = "OK" if r["wall_s"] < TARGET_S and r["peak_tree_mb"] < TARGET_MB else "MISSED"
        print(f"\n{r['mode']:>10}: {r['articles']} articles ({r['mb']} MB, {r['failed']} failed) in {r['wall_s']} s"
              f" = {r['articles_per_s']} articles/s, {r['mb_per_s']} MB/s; peak memory {r['peak_tree_mb']} MB"
              f" (process tree), largest process {r['largest_process_mb']} MB; Parquet {r['parquet_mb']} MB"
              f"  [target < {TARGET_S:.0f} s and < {TARGET_MB:.0f} MB: {ok}]")
        print("            CPU ms per article by stage (summed over workers): "
              + ", ".join(f"{k} {v}" for k, v in r["cpu_ms_per_article"].items()))
        split = r["cpu_split_s"]
        print(f"            CPU {r['cpu_s']} s in all: analysis {split['analysis']} s "
              f"({split['analysis'] / max(r['cpu_s'], 1e-9):.0%}), orchestration "
              + ", ".join(f"{k} {v}" for k, v in split.items() if k != "analysis"))
    if args.explore:
        results.append(explore_part(args))
        print_explore(results[-1])
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

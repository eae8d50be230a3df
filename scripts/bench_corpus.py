#!/usr/bin/env python
"""Corpus-mode speed: the whole shared SaudiNewsNet corpus through ``maqal corpus`` (``make bench``).

    python scripts/bench_corpus.py                       # local pool and Dask-local, all tables
    python scripts/bench_corpus.py --modes local --tables terms,dates --limit 5000
    python scripts/bench_corpus.py --json bench-corpus.json

Each mode runs in a fresh process (``maqal corpus`` into a temporary folder, from scratch) and is
timed from the outside: wall time, articles/s, MB/s of article text, peak memory (the sum of the
resident memory of the whole process tree, sampled every 0.2 s, and the largest single process
from ``getrusage``), and per-stage CPU seconds (load, each table, write) from the chunk markers.
Target: the whole corpus fully analysed in < 60 s on 2 cores, peak memory < 2 GB.
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
TARGET_S, TARGET_MB = 60.0, 2048.0


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


def run_mode(mode: str, corpus_dir: Path, tables: str | None, limit: int | None, workers: int) -> dict:
    out = Path(tempfile.mkdtemp(prefix=f"maqal-bench-{mode}-"))
    cmd = [sys.executable, "-m", "maqal.cli", "corpus", str(corpus_dir), "--out", str(out), "--quiet",
           "--workers", str(workers)]
    if mode == "dask-local":
        cmd += ["--dask", "local"]
    if tables:
        cmd += ["--tables", tables]
    if limit:
        cmd += ["--limit", str(limit)]
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
        raise SystemExit(f"{mode} failed:\n{stderr[-3000:]}")
    manifest = json.loads((out / "_manifest.json").read_text())
    stages: Counter = Counter()
    for f in (out / "_chunks").glob("*.json"):
        stages.update(json.loads(f.read_text()).get("timings", {}))
    size = sum(f.stat().st_size for f in out.rglob("*.parquet"))
    shutil.rmtree(out, ignore_errors=True)
    n, mb = manifest["articles"], manifest["bytes"] / 1e6
    return {
        "mode": mode, "workers": workers, "tables": manifest["tables"], "articles": n, "failed": manifest["errors"]
        if isinstance(manifest["errors"], int) else len(manifest["errors"]),
        "mb": round(mb, 1), "wall_s": round(wall, 1), "articles_per_s": round(n / wall, 1),
        "mb_per_s": round(mb / wall, 2), "peak_tree_mb": round(peak[0]),
        "largest_process_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
        "parquet_mb": round(size / 2**20, 1),
        "cpu_ms_per_article": {k: round(v / max(n, 1) * 1000, 2) for k, v in sorted(stages.items())},
    }


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
    for mode in args.modes.split(","):
        r = run_mode(mode.strip(), corpus_dir, args.tables, args.limit, args.workers)
        results.append(r)
        ok = "OK" if r["wall_s"] < TARGET_S and r["peak_tree_mb"] < TARGET_MB else "MISSED"
        print(f"\n{r['mode']:>10}: {r['articles']} articles ({r['mb']} MB, {r['failed']} failed) in {r['wall_s']} s"
              f" = {r['articles_per_s']} articles/s, {r['mb_per_s']} MB/s; peak memory {r['peak_tree_mb']} MB"
              f" (process tree), largest process {r['largest_process_mb']} MB; Parquet {r['parquet_mb']} MB"
              f"  [target < {TARGET_S:.0f} s and < {TARGET_MB:.0f} MB: {ok}]")
        print("            CPU ms per article by stage (summed over workers): "
              + ", ".join(f"{k} {v}" for k, v in r["cpu_ms_per_article"].items()))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Run the full analysis over every article of the shared corpus and report crashes.

    python scripts/check_corpus.py [CORPUS_DIR] [--limit N] [--workers N]

Each article goes through ``load_text`` and ``maqal.analysis.analyze`` (frequencies,
collocations, keywords, dates, events, claims) and the JSON serialisation.  Articles
maqal refuses (empty, not Arabic …) are counted by reason; anything else raised is a
crash, printed with its article and exit status 1.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
import traceback
import zipfile
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from maqal.paths import CORPUS_DIR


def iter_articles(folder: Path, limit: int | None):
    n = 0
    for z in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                for i, art in enumerate(json.loads(zf.read(name))):
                    yield f"{z.name}#{i}", art
                    n += 1
                    if limit and n >= limit:
                        return


def check(item):
    where, art = item
    from maqal.analysis import analyze, to_json
    from maqal.errors import ArticleError
    from maqal.loading import load_text

    try:
        article = load_text(art.get("content") or "", id=where, title=art.get("title"), source=art.get("source"),
                            url=art.get("url"), published=(art.get("date_extracted") or "")[:10] or None,
                            published_inferred=True)
        to_json(analyze(article))
        return where, "ok", None
    except ArticleError as exc:
        return where, "refused: " + type(exc).__name__, exc.problem
    except Exception:  # noqa: BLE001 - a crash is what we are looking for
        return where, "crash", traceback.format_exc()


def run(folder: Path, limit=None, workers=2, out=sys.stdout) -> Counter:
    counts: Counter = Counter()
    reasons: Counter = Counter()
    crashes = []
    t0 = time.perf_counter()
    items = iter_articles(folder, limit)
    with ProcessPoolExecutor(workers) as pool:
        for i, (where, status, detail) in enumerate(pool.map(check, items, chunksize=64), 1):
            counts[status] += 1
            if status.startswith("refused"):
                reasons[re.sub(r"\d+", "N", f"{status}: {detail}")[:120]] += 1
            elif status == "crash":
                crashes.append((where, detail))
            if i % 2000 == 0:
                print(f"  {i} articles, {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    total = sum(counts.values())
    print(f"{total} articles in {time.perf_counter() - t0:.1f} s: "
          + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())), file=out)
    for reason, n in reasons.most_common(15):
        print(f"  {n:6d}  {reason}", file=out)
    for where, tb in crashes[:10]:
        print(f"CRASH {where}\n{tb}", file=out)
    return counts


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(CORPUS_DIR))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    counts = run(Path(args.corpus), args.limit, args.workers)
    return 1 if counts.get("crash") else 0


if __name__ == "__main__":
    sys.exit(main())

"""Build the reference frequency list shipped as maqal/data/reference_saudinewsnet.tsv.gz.

Counts normalised Arabic word forms over every article of the SaudiNewsNet part in
../shared/corpus/saudinewsnet (CC BY-NC-SA 4.0) and keeps forms seen at least
MIN_COUNT times.  Re-run it after changing ``maqal.arabic.normalize`` or the word pattern:

    python scripts/build_reference.py [CORPUS_DIR] [--min-count 3]
"""
from __future__ import annotations

import argparse
import gzip
import json
import zipfile
from collections import Counter
from pathlib import Path

from maqal.arabic import ARABIC_LETTER_RE, WORD_RE, normalize
from maqal.files import atomic_write
from maqal.lexicons import REFERENCE_FILE
from maqal.paths import CORPUS_DIR
from maqal.stems import CliticGrouper


def iter_contents(folder: Path):
    for zpath in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(zpath) as z:
            for name in z.namelist():
                if name.endswith(".json"):
                    for art in json.loads(z.read(name)):
                        yield (art.get("title") or "") + "\n" + (art.get("content") or "")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(CORPUS_DIR))
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--out", default=str(REFERENCE_FILE))
    args = ap.parse_args(argv)
    raw = Counter()
    n_articles = 0
    for text in iter_contents(Path(args.corpus)):
        n_articles += 1
        raw.update(m.group() for m in WORD_RE.finditer(text) if m.lastgroup == "word")
    counts = Counter()
    for form, n in raw.items():
        if ARABIC_LETTER_RE.search(form):
            counts[normalize(form)] += n
    total = sum(counts.values())
    # keys are decided with the counts being written (not the shipped file being replaced)
    grouper = CliticGrouper(reference={f: n for f, n in counts.items() if n >= args.min_count}, seed=False)
    kept = sorted(((f, n) for f, n in counts.items() if n >= args.min_count), key=lambda x: (-x[1], x[0]))
    def write(tmp):
        with gzip.open(tmp, "wt", encoding="utf-8", compresslevel=9) as fh:
            fh.write("# source: SaudiNewsNet by Mazen Abdulaziz (github.com/inparallel/SaudiNewsNet), 16 daily files, July-August 2015\n")
            fh.write("# licence: CC BY-NC-SA 4.0 (this derived list is shared under the same licence)\n")
            fh.write(f"# articles: {n_articles}\n")
            fh.write(f"# tokens: {total}\n")
            fh.write(f"# forms: {len(counts)}\n")
            fh.write(f"# min_count: {args.min_count}\n")
            fh.write("# columns: normalised form <TAB> count <TAB> clitic group key, when it differs from the form\n")
            for f, n in kept:
                key = grouper.key(f)
                fh.write(f"{f}\t{n}\t{key if key != f else ''}\n")

    atomic_write(args.out, write)
    print(f"{n_articles} articles, {total} Arabic tokens, {len(counts)} forms, {len(kept)} kept -> {args.out}")


if __name__ == "__main__":
    main()

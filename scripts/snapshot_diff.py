"""What changed in the wide-corpus snapshot against a git revision: the summary a snapshot commit states.

    python scripts/snapshot_diff.py            # working tree against HEAD
    python scripts/snapshot_diff.py main~3     # against another revision
    python scripts/snapshot_diff.py --show 10  # and print up to 10 changed rows of each table

For each table of ``tests/snapshots/wide_corpus.jsonl.gz`` (dates, events, claims): how many
articles changed, rows only before, rows only after; with ``--show``, the changed rows side by
side (the fields a reader checks: text or source and cue, value or type).
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = "tests/snapshots/wide_corpus.jsonl.gz"
TABLES = ("dates", "events", "claims")
#: the fields shown for a changed row of each table
SHOWN = {"dates": ("text", "value"), "events": ("kind", "trigger", "where", "when"),
         "claims": ("cue", "source", "source_type", "source_side")}


def articles(raw: bytes) -> dict[str, dict]:
    rows = (json.loads(line) for line in gzip.decompress(raw).decode("utf-8").splitlines() if line.strip())
    return {r["article"]: r for r in rows}


def key(row: dict) -> str:
    return json.dumps(row, ensure_ascii=False, sort_keys=True)


def short(row: dict, table: str) -> str:
    return " | ".join(str(row.get(f)) for f in SHOWN[table])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("rev", nargs="?", default="HEAD")
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    before = articles(subprocess.run(["git", "show", f"{args.rev}:{SNAPSHOT}"], cwd=ROOT, check=True,
                                     capture_output=True).stdout)
    after = articles((ROOT / SNAPSHOT).read_bytes())
    for table in TABLES:
        changed, gone, new, examples = 0, 0, 0, []
        for art in sorted(set(before) | set(after)):
            old = {key(r): r for r in before.get(art, {}).get(table, [])}
            cur = {key(r): r for r in after.get(art, {}).get(table, [])}
            only_old = [old[k] for k in old if k not in cur]
            only_new = [cur[k] for k in cur if k not in old]
            if only_old or only_new:
                changed += 1
                gone, new = gone + len(only_old), new + len(only_new)
                examples.append((art, only_old, only_new))
        print(f"{table}: {changed} of {len(after)} articles changed; {gone} rows gone, {new} rows new")
        for art, only_old, only_new in examples[:args.show]:
            print(f"  {art}")
            for r in only_old:
                print(f"    - {short(r, table)}")
            for r in only_new:
                print(f"    + {short(r, table)}")


if __name__ == "__main__":
    main()

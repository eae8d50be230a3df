"""Relabel «منذ + a count of time» in dates gold to the ruling of session 24 (a span, not a duration).

The rulebook gave «منذ 2014» as the span "2014/<reference day>" but was silent on «منذ 3 سنوات»;
sets up to blind17 valued it as the span from then to the reference day (37 items), blind18-22 as
a duration "P3Y" (16), following the kit's example. Ruling (tests/gold/rulebooks/dates_addendum.md):
the span, at the unit's grain — years → "2015/2018-06-04", months → "2018-01/2018-06-04",
weeks and days → "2018-04-23/2018-06-04". Only exact durations after «منذ» (optionally «نحو»,
«أكثر من», «أقل من», «حوالي») are changed; vague counts (PXY) and points are left as annotated.

usage: relabel_dates_since.py GOLD.jsonl [...] --tsv OUT.tsv   (rewrites each file in place)
"""
import argparse
import datetime as dt
import json
import re
from pathlib import Path

DURATION = re.compile(r"^P(\d+)([YMWD])$")


def since_span(value: str, published: dt.date) -> str | None:
    """The span a duration after «منذ» stands for, counted back from the reference day."""
    m = DURATION.match(value or "")
    if not m:
        return None
    n, unit = int(m.group(1)), m.group(2)
    if unit == "Y":
        return f"{published.year - n}/{published}"
    if unit == "M":
        months = published.year * 12 + published.month - 1 - n
        return f"{months // 12}-{months % 12 + 1:02d}/{published}"
    days = n * (7 if unit == "W" else 1)
    return f"{published - dt.timedelta(days=days)}/{published}"


def relabel(path: Path, rows: list) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    changed = 0
    for i, line in enumerate(lines):
        rec = json.loads(line)
        if rec.get("meta") or "dates" not in rec:
            continue
        pub = dt.date.fromisoformat(rec["published"])
        for d in rec["dates"]:
            if not d["text"].startswith("منذ") or d.get("anchor") == "event":
                continue
            new = since_span(d.get("value"), pub)
            if new:
                rows.append((path.stem, rec["id"], d["text"], f"{d['start']}-{d['end']}", d["value"], new))
                d["value"] = new
                changed += 1
        lines[i] = json.dumps(rec, ensure_ascii=False)
    if changed:
        meta = json.loads(lines[0])
        meta["relabelled_session24"] = f"{changed} «منذ + count» durations made spans (rulebooks/dates_addendum.md)"
        lines[0] = json.dumps(meta, ensure_ascii=False)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return changed


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="+", type=Path)
    ap.add_argument("--tsv", type=Path, required=True)
    args = ap.parse_args()
    rows: list = []
    for path in args.gold:
        print(path.name, relabel(path, rows))
    with args.tsv.open("a", encoding="utf-8") as out:
        if out.tell() == 0:
            out.write("set\tarticle\ttext\tspan\twas\tnow\n")
        for row in rows:
            out.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()

"""Visits and meetings of maqal.timeline.event_rows against a gold set (default
tests/gold/entities_blind2.jsonl, its ``events``).

    python scripts/eval_events.py [--gold FILE]

A gold event is found when a predicted visit-like (visit, trip, arrival) or meeting-like (meeting,
summit) row's trigger overlaps its trigger.  Printed: recall and precision of triggers; of the
found ones, the share with the right place (the predicted ``where`` names the gold place, clitics
and the article aside), with a clean ``who`` (equal to one of the gold who names), and — where the
text dates the event — the share carrying the event's own date (not the report's).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from pathlib import Path

from eval_entities import load  # the gold sets' one article loader (same record format)

from maqal import paths, timeline
from maqal.arabic import normalize

GOLD = paths.PROJ_ROOT / "tests" / "gold" / "entities_blind2.jsonl"
KINDS = {"visit": "visit", "trip": "visit", "arrival": "visit", "meeting": "meeting", "summit": "meeting"}
CLITICS = re.compile(r"^[وفبلك]+(?=ال)|^[وفبك](?=\w{3})")


def plain(name: str | None) -> str:
    """A name compared loosely: normalised, proclitics off, quotes and spaces folded."""
    if not name:
        return ""
    words = [CLITICS.sub("", w) for w in normalize(name).replace('"', " ").split()]
    return " ".join(words)


def same_place(pred: str | None, gold: str) -> bool:
    p, g = plain(pred), plain(gold)
    return bool(p) and (p == g or p in g or g in p)


def score_article(rec: dict, tally: dict) -> None:
    art = load(rec)
    published = dt.date.fromisoformat(rec["published"])
    pred = [r for r in timeline.event_rows(art, published) if r["kind"] in KINDS]
    gold = [e for e in rec["events"] if e["kind"] in ("visit", "meeting")]
    tally["gold"] += len(gold)
    tally["pred"] += len(pred)
    used = set()
    for e in gold:
        hits = [i for i, r in enumerate(pred)
                if r["start"] < e["trigger_end"] and e["trigger_start"] < r["end"] and i not in used]
        if not hits:
            continue
        r = pred[hits[0]]
        used.add(hits[0])
        tally["found"] += 1
        tally["place"] += e["where"] is None and not r["where"] or e["where"] is not None and same_place(
            r["where"] or r["place"], e["where"]["text"])
        if e["who"]:
            tally["who_gold"] += 1
            tally["who_clean"] += plain(r["who"]) in {plain(w["text"]) for w in e["who"]}
        if e["when"] and e["when"].get("value"):
            tally["dated"] += 1
            tally["own_date"] += (r["value"] or "")[:10] == str(e["when"]["value"])[:10]
    tally["pred_hit"] += len(used)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    args = ap.parse_args()
    recs = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    recs = [r for r in recs if "meta" not in r]
    tally = dict.fromkeys(("gold", "pred", "found", "pred_hit", "place", "who_gold", "who_clean", "dated",
                           "own_date"), 0)
    for rec in recs:
        score_article(rec, tally)
    t = tally
    print(f"gold set {args.gold.name}: {len(recs)} articles, {t['gold']} visits and meetings")
    print(f"  triggers: recall {t['found'] / max(t['gold'], 1):.2f}  precision {t['pred_hit'] / max(t['pred'], 1):.2f}"
          f"  (found {t['found']}, predicted {t['pred']})")
    print(f"  recall with the right place: {t['place'] / max(t['gold'], 1):.2f}")
    print(f"  who clean (of found with a gold who): {t['who_clean'] / max(t['who_gold'], 1):.2f}  ({t['who_gold']})")
    print(f"  own date (of found the text dates): {t['own_date'] / max(t['dated'], 1):.2f}  ({t['dated']})")


if __name__ == "__main__":
    main()

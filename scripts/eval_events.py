"""Visits and meetings of maqal.timeline.event_rows against a gold set (default
tests/gold/entities_blind2.jsonl, its ``events``).

    python scripts/eval_events.py [--gold FILE ...] [--errors]

A gold event is found when a predicted visit-like (visit, trip, arrival) or meeting-like (meeting,
summit) row's trigger overlaps its trigger (one prediction per gold event; exact: same span; an
event with several places is one prediction, its first place, as the gold keeps the first).
Printed: recall and precision of triggers, exact and overlap; of the found ones, per field:

- where: exact = the predicted ``where`` is the gold place (clitics aside) or its entity's name;
  overlap = one contains the other.  «recall with the right place» = found with the place overlap
  (or both without a place) / gold.
- who: exact = the predicted ``who`` is one of the gold who mentions or their entity's name in the
  gold entities (a clean entity name); overlap = they share a word.
- when (where the gold dates the event): exact = the same value; day = the same day (the first ten
  characters, «own date»); overlap = the predicted time's span overlaps the gold time's.

``--errors`` prints each miss with its sentence: missed and extra triggers, wrong place, unclean
who, wrong date.  Several ``--gold`` files are scored one after the other, then together.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

from eval_entities import load  # the gold sets' one article loader (same record format)

from maqal import paths, timeline
from maqal.arabic import normalize

GOLD = paths.PROJ_ROOT / "tests" / "gold" / "entities_blind2.jsonl"
KINDS = {"visit": "visit", "trip": "visit", "arrival": "visit", "meeting": "meeting", "summit": "meeting"}
CLITICS = re.compile(r"^[وفبلك]+(?=ال)|^[وفبك](?=\w{3})")
FIELDS = ("trigger", "where", "who", "when")


def plain(name: str | None) -> str:
    """A name compared loosely: normalised, proclitics off, quotes, hashes and spaces folded."""
    if not name:
        return ""
    words = [CLITICS.sub("", w) for w in normalize(name).replace('"', " ").replace("#", " ").split()]
    return " ".join(words)


def contains(p: str, g: str) -> bool:
    return bool(p) and bool(g) and (p in g or g in p)


def entity_names(rec: dict) -> dict:
    """Gold entity id -> the plain forms of its mentions and its name."""
    out: dict = {}
    for m in rec.get("entities", []):
        out.setdefault(m["entity"], set()).update({plain(m["text"]), plain(m.get("name"))} - {""})
    return out


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence around a span, the span marked «[…]»."""
    a = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    b = min([i for i in (text.find(".", end), text.find("\n", end)) if i >= 0] or [len(text)])
    return " ".join((text[a:start] + "[" + text[start:end] + "]" + text[end:b + 1]).split())


def judge(e: dict, r: dict, names: dict) -> dict:
    """Per field of one found gold event: 'exact', 'overlap' or '' (wrong); None where the gold has
    nothing to judge."""
    out = {"trigger": "exact" if (r["start"], r["end"]) == (e["trigger_start"], e["trigger_end"]) else "overlap"}
    pw = plain(r["where"] or r["place"])
    if e["where"] is None:
        out["where"] = "exact" if not r["where"] else ""
    else:
        gw = {plain(e["where"]["text"])} | names.get(e["where"].get("entity"), set())
        out["where"] = "exact" if pw in gw else "overlap" if any(contains(pw, g) for g in gw) else ""
    if e["who"]:
        gw = set().union(*({plain(w["text"])} | names.get(w.get("entity"), set()) for w in e["who"]))
        pw = plain(r["who"])
        out["who"] = "exact" if pw in gw else "overlap" if set(pw.split()) & set(" ".join(gw).split()) else ""
    else:
        out["who"] = None
    when = e.get("when") or {}
    if when.get("value"):
        value, gold = r["value"] or "", str(when["value"])
        span = r["time_start"] is not None and r["time_start"] < when["end"] and when["start"] < r["time_end"]
        out["when"] = "exact" if value == gold else "day" if value[:10] == gold[:10] else (
            "overlap" if span else "")
    else:
        out["when"] = None
    return out


def score_article(rec: dict, tally: Counter, errors: list | None) -> None:
    if "events" not in rec:  # a set annotated without events (entities_dev) says nothing of them
        return
    art = load(rec)
    if art is None:
        return
    text, names = art.text, entity_names(rec)
    published = dt.date.fromisoformat(rec["published"])
    pred, seen = [], set()
    for r in timeline.event_rows(art, published):  # one event per trigger: its first place (as the gold)
        if r["kind"] in KINDS and (r["start"], r["end"]) not in seen:
            seen.add((r["start"], r["end"]))
            pred.append(r)
    gold = [e for e in rec["events"] if e["kind"] in ("visit", "meeting")]
    tally["gold"] += len(gold)
    tally["pred"] += len(pred)
    used = set()

    def note(what, a, b, detail=""):
        if errors is not None:
            errors.append(f"{rec['id']} {what}: {detail}\n      {sentence_at(text, a, b)}")

    for e in gold:
        hits = [i for i, r in enumerate(pred)
                if r["start"] < e["trigger_end"] and e["trigger_start"] < r["end"] and i not in used]
        if not hits:
            note("MISSED", e["trigger_start"], e["trigger_end"],
                 f"{e['kind']} who={[w['text'] for w in e['who']]} where={(e['where'] or {}).get('text')}")
            continue
        r = pred[hits[0]]
        used.add(hits[0])
        tally["found"] += 1
        got = judge(e, r, names)
        for f, v in got.items():
            if v is None:
                continue
            tally[f + "_n"] += 1
            tally[f + "_" + v] += 1 if v else 0
            if f == "when" and v in ("exact", "day"):
                tally["when_day_or_exact"] += 1
        tally["place"] += got["where"] in ("exact", "overlap")
        span = (e["trigger_start"], e["trigger_end"])
        if got["where"] != "exact":
            note("WHERE", *span, f"gold={(e['where'] or {}).get('text')} pred={r['where']!r} ({got['where'] or 'wrong'})")
        if got["who"] not in (None, "exact"):
            note("WHO", *span, f"gold={[w['text'] for w in e['who']]} pred={r['who']!r} ({got['who'] or 'wrong'})")
        if got["when"] not in (None, "exact", "day"):
            note("WHEN", *span, f"gold={e['when']['text']}={e['when']['value']} pred={r['time_text']!r}={r['value']}")
    tally["pred_hit"] += len(used)
    for i, r in enumerate(pred):
        if i not in used:
            note("EXTRA", r["start"], r["end"], f"{r['kind']} who={r['who']!r} where={r['where']!r}")


def report(label: str, n_articles: int, t: Counter) -> None:
    def share(a, b):
        return f"{t[a] / max(t[b], 1):.2f}"

    print(f"{label}: {n_articles} articles, {t['gold']} visits and meetings")
    print(f"  triggers: recall {share('found', 'gold')}  precision {share('pred_hit', 'pred')}"
          f"  (found {t['found']}, predicted {t['pred']}; exact span {t['trigger_exact']})")
    print(f"  recall with the right place: {share('place', 'gold')}  ({t['place']})")
    print(f"  where (of found): exact {share('where_exact', 'where_n')}  overlap "
          f"{(t['where_exact'] + t['where_overlap']) / max(t['where_n'], 1):.2f}  ({t['where_n']})")
    print(f"  who clean (of found with a gold who): {share('who_exact', 'who_n')}  overlap "
          f"{(t['who_exact'] + t['who_overlap']) / max(t['who_n'], 1):.2f}  ({t['who_exact']} of {t['who_n']})")
    print(f"  own date (of found the text dates): {share('when_day_or_exact', 'when_n')}  exact value "
          f"{share('when_exact', 'when_n')}  span overlap "
          f"{(t['when_day_or_exact'] + t['when_overlap']) / max(t['when_n'], 1):.2f}  ({t['when_day_or_exact']} of {t['when_n']})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, nargs="+", default=[GOLD])
    ap.add_argument("--errors", action="store_true", help="print each error with its sentence")
    ap.add_argument("--per-article", type=Path, metavar="FILE",
                    help="also write each article's counts to FILE, for scripts/per_article.py")
    args = ap.parse_args()
    total, n_total, per_doc = Counter(), 0, {}
    for path in args.gold:
        recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        recs = [r for r in recs if "meta" not in r]
        tally, errors = Counter(), [] if args.errors else None
        for rec in recs:
            mine = Counter()
            score_article(rec, mine, errors)
            tally.update(mine)
            per_doc[f"{path.stem}:{rec.get('id') or rec['article'].get('docno') or rec['article'].get('index')}"] = article_counts(mine)
        report(f"gold set {path.name}", len(recs), tally)
        for line in errors or ():
            print("   ", line)
        total.update(tally)
        n_total += len(recs)
    if len(args.gold) > 1:
        report("all sets", n_total, total)
    if args.per_article:
        import per_article  # scripts/ is on the path when this runs as a script

        per_article.write(args.per_article, "eval_events", args.gold, per_doc)


def article_counts(t: Counter) -> dict:
    """One article's hits and totals: triggers found, predictions right, found with the right place."""
    return {"triggers recall": [t["found"], t["gold"]], "triggers precision": [t["pred_hit"], t["pred"]],
            "recall with the right place": [t["place"], t["gold"]]}


if __name__ == "__main__":
    main()

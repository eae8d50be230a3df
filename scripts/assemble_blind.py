"""Assemble a blind set's annotations into the gold files of ``tests/gold``, checking every span.

    python scripts/assemble_blind.py /tmp/blind18 blind18 --session "session 19" --date 2026-11-29 \
        --rule "scripts/select_blind.py --seed 20261211 --per-ant 5 --per-snn 2"

Reads what ``select_blind.py`` wrote (``articles.jsonl``, ``bNN.txt``) and the annotators'
JSON Lines under ``out/``: ``dates_*.jsonl`` (one line per article: id, dates) and
``entities_*.jsonl`` (id, entities, claims, events).  Writes ``dates_<name>.jsonl``,
``entities_<name>.jsonl`` and ``claims_<name>.jsonl`` (to ``--to``, default tests/gold) in the
formats of the earlier sets: a meta line saying how the set was drawn and annotated, then one
record per article with its corpus reference.  Stops, naming the article and item, when a span's
text is not the text at its offsets or an article is missing or doubled.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from maqal.files import atomic_write

ROOT = Path(__file__).resolve().parents[1]
REFERENCE_KEYS = ("outlet", "published", "id")


def read_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def by_id(files: list[Path], what: str) -> dict[str, dict]:
    """The annotated records of every file, keyed by article id; an id twice is an error."""
    found: dict[str, dict] = {}
    for f in files:
        for rec in read_lines(f):
            if rec["id"] in found:
                sys.exit(f"{f}: article {rec['id']} annotated twice ({what})")
            found[rec["id"]] = rec
    return found


def spans(rec: dict) -> list[tuple[str, int, int, str]]:
    """(text, start, end, where) of every span an annotation record holds."""
    out = []
    for i, d in enumerate(rec.get("dates", [])):
        out.append((d["text"], d["start"], d["end"], f"dates[{i}]"))
    for i, e in enumerate(rec.get("entities", [])):
        out.append((e["text"], e["start"], e["end"], f"entities[{i}]"))
    for i, c in enumerate(rec.get("claims", [])):
        if c.get("source_start") is not None:
            out.append((c["source"], c["source_start"], c["source_end"], f"claims[{i}].source"))
        if c.get("cue_start") is not None:
            out.append((c["cue"], c["cue_start"], c["cue_end"], f"claims[{i}].cue"))
    for i, ev in enumerate(rec.get("events", [])):
        out.append((ev["trigger"], ev["trigger_start"], ev["trigger_end"], f"events[{i}].trigger"))
        for role in ("who", "with"):
            for j, p in enumerate(ev.get(role) or []):
                out.append((p["text"], p["start"], p["end"], f"events[{i}].{role}[{j}]"))
        for role in ("where", "when"):
            if ev.get(role):
                out.append((ev[role]["text"], ev[role]["start"], ev[role]["end"], f"events[{i}].{role}"))
    return out


def check_spans(text: str, rec: dict, art_id: str) -> None:
    for s_text, start, end, where in spans(rec):
        if text[start:end] != s_text:
            sys.exit(f"{art_id} {where}: text[{start}:{end}] is {text[start:end]!r}, the annotation says {s_text!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("name", help="the set's name in the gold file names (blind18)")
    ap.add_argument("--rule", required=True, help="how the articles were drawn")
    ap.add_argument("--session", required=True)
    ap.add_argument("--date", required=True)
    ap.add_argument("--to", type=Path, default=ROOT / "tests" / "gold")
    ap.add_argument("--addenda", nargs="+", default=["sides_addendum_blind15.md"],
                    help="the rulebook addenda the annotators were given besides entities_blind2.md")
    ap.add_argument("--conventions-from", type=Path, default=ROOT / "tests" / "gold" / "claims_blind17.jsonl",
                    help="the claims set whose meta line's conventions the annotators were given")
    args = ap.parse_args()

    articles = read_lines(args.folder / "articles.jsonl")
    dates = by_id(sorted((args.folder / "out").glob("dates_*.jsonl")), "dates")
    ents = by_id(sorted((args.folder / "out").glob("entities_*.jsonl")), "entities")
    missing = [a["id"] for a in articles if a["id"] not in dates or a["id"] not in ents]
    if missing:
        sys.exit(f"{args.folder}: no annotation for {', '.join(missing)}")
    outlets = sorted({a["outlet"] for a in articles})
    drawn = f"{args.rule}: {len(articles)} articles, {len(outlets)} outlets; texts as maqal's loader gives them"
    who = (f"annotated blind ({args.date}, {args.session}) by helpers who never ran or read an extractor's "
           "output, from tests/gold/rulebooks")
    date_rows = [{"meta": True, "rule": drawn, "note": who + "/dates_blind2.md", "articles": len(articles)}]
    ent_rows = [{"meta": {"selection": drawn, "date": args.date, "annotator": who
                          + "/entities_blind2.md and " + " and ".join(args.addenda),
                          "what": "BLIND gold: entity mentions, attributed claims, visits and meetings, "
                                  "same formats as entities_blind17.jsonl"}}]
    claim_rows = [{"meta": {"selection": drawn, "date": args.date, "annotator": ent_rows[0]["meta"]["annotator"],
                            "what": "BLIND gold attributed claims, same format as claims_blind17.jsonl",
                            "conventions": read_lines(args.conventions_from)[0]["meta"]["conventions"]}}]
    for a in articles:
        text = (args.folder / f"{a['id']}.txt").read_text(encoding="utf-8")
        check_spans(text, dates[a["id"]], a["id"])
        check_spans(text, ents[a["id"]], a["id"])
        ref = {k: v for k, v in a.items() if k not in REFERENCE_KEYS}
        head = {"id": a["id"], "article": ref}
        date_rows.append({**head, "outlet": a["outlet"], "published": a["published"], "dates": dates[a["id"]]["dates"]})
        e = ents[a["id"]]
        ent_rows.append({**head, "outlet": a["outlet"], "published": a["published"], "entities": e["entities"],
                         "claims": e["claims"], "events": e["events"]})
        claim_rows.append({**head, "newspaper": a["outlet"], "claims": e["claims"]})
    for kind, rows in (("dates", date_rows), ("entities", ent_rows), ("claims", claim_rows)):
        out = args.to / f"{kind}_{args.name}.jsonl"
        atomic_write(out, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
        print(f"{out}: {len(rows) - 1} articles")
    n = lambda key: sum(len(r.get(key, [])) for r in ent_rows[1:])  # noqa: E731
    print(f"{sum(len(r['dates']) for r in date_rows[1:])} time expressions, {n('entities')} entity mentions, "
          f"{n('claims')} claims, {n('events')} visits/meetings")


if __name__ == "__main__":
    main()

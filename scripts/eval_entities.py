"""Evaluate maqal.entities on a gold file of entity mentions (development).

    python scripts/eval_entities.py --gold tests/gold/entities_dev.jsonl [--gold …] [--errors]

Gold: JSON Lines; a first ``{"meta": …}`` line, then one record per article:
``{"article": {…as in tests/gold/*.jsonl…}, "published": …, "entities": [{"text", "start", "end",
"kind", "entity", …}]}`` with spans into the article text.  Prints exact and overlap precision,
recall and F1 per kind (and for all bodies, and all mentions whatever their kind; a prediction
matches a gold mention of the same kind, one to one), and a coreference score: the share of gold
mentions after the first found one of their chain whose predicted entity equals the predicted entity
of that first found mention (a missed mention counts as wrong).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import per_article
from article_cache import cached_load

ROOT = Path(__file__).resolve().parents[1]
BODIES = ("government", "organisation", "media", "group")
KINDS = ("person", *BODIES, "place")


def load_gold(path: Path):
    meta, arts = None, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            if "meta" in rec:
                meta = rec["meta"]
            else:
                arts.append(rec)
    return meta, arts


def load(rec):
    """The article a gold record names (None when its corpus is absent), through the scripts' on-disk
    article cache (``article_cache.py``: an ANT zip costs about a minute to open)."""
    return cached_load(rec, load_uncached)


def load_uncached(rec):
    """The article a gold record names, read from its corpus (None when the corpus is absent)."""
    from maqal import load_article, paths

    ref = rec["article"]
    if ref.get("corpus") == "ant":
        z = paths.ANT_DIR / ref["file"]
        return load_article(z, select=ref["docno"], published=rec.get("published")) if z.exists() else None
    if ref.get("index") is None:
        return load_article(ROOT / ref["file"], published=rec.get("published"))
    z = paths.CORPUS_DIR / ref["file"]
    return load_article(z, index=ref["index"], published=rec.get("published")) if z.exists() else None


CLITIC_LETTERS = "وفبكل"
#: the hashtag sign: blind2 to blind10 leave it out of a span («#أردوغان» → «أردوغان»), blind11 to
#: blind15 keep it; a span with or without it compares equal, as with a clitic
HASHTAG = "#"


def word_start(text: str, start: int) -> int:
    """A span's start moved back over the one-letter proclitics of its word (و، ف، ب، ك، ل) and a
    hashtag sign before them, so a span with or without them compares equal: the blind rulebook
    dropped only the first ل of «لل» («لولايات المتحدة»), an extractor may drop both or none.  A span past the end of the text
    (a gold span in teasers of other articles the loader now leaves out) is kept as it is: a miss."""
    if start > len(text):
        return start
    i = start
    while i > 0 and text[i - 1] in CLITIC_LETTERS and (i == 1 or not text[i - 2].isalnum()
                                                         or text[i - 2] in CLITIC_LETTERS):
        i -= 1
    if i > 0 and text[i - 1] == HASHTAG:
        i -= 1
    return i if i == 0 or not text[i - 1].isalnum() else start


def with_word_starts(text: str, rows: list[dict]) -> list[dict]:
    return [{**r, "start": word_start(text, r["start"])} for r in rows]


def match(gold: list[dict], pred: list[dict], overlap: bool, same_kind: bool = True) -> dict[int, int]:
    """One-to-one greedy matches gold index → predicted index."""
    used, out = set(), {}
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi in used or (same_kind and p["kind"] != g["kind"]):
                continue
            ok = (p["start"] < g["end"] and g["start"] < p["end"]) if overlap else (
                p["start"] == g["start"] and p["end"] == g["end"])
            if ok:
                used.add(pi)
                out[gi] = pi
                break
    return out


def prf(tp: int, n_gold: int, n_pred: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def coreference(gold: list[dict], pred: list[dict]) -> tuple[int, int]:
    """(linked right, scored) over the later mentions of each gold chain."""
    found = match(gold, pred, overlap=True, same_kind=False)
    chains: dict = {}
    for gi, g in sorted(enumerate(gold), key=lambda x: x[1]["start"]):
        chains.setdefault(g["entity"], []).append(gi)
    right = scored = 0
    for members in chains.values():
        anchor = next((gi for gi in members if gi in found), None)
        for gi in members:
            if gi == anchor or (anchor is None and gi == members[0]):
                continue
            scored += 1
            right += anchor is not None and gi in found and pred[found[gi]]["entity"] == pred[found[anchor]]["entity"]
    return right, scored


def evaluate(path: Path, errors: bool = False, per_article: dict | None = None) -> dict:
    """The set's counts per kind and coreference; ``per_article``, when given, receives each article's
    all-kinds and coreference counts (per_article.py)."""
    from maqal.entities import entity_rows
    from maqal.textlayer import text_layer

    groups = {k: (k,) for k in KINDS} | {"body (all four)": BODIES, "all kinds": KINDS}
    totals = {g: {"gold": 0, "pred": 0, "exact": 0, "overlap": 0} for g in groups}
    coref = [0, 0]
    _, arts = load_gold(path)
    for rec in arts:
        art = load(rec)
        if art is None:
            print(f"skipped (corpus absent): {rec['article']}", file=sys.stderr)
            continue
        pred = with_word_starts(art.text, entity_rows(text_layer(art)))
        gold = with_word_starts(art.text, rec["entities"])
        for name, kinds in groups.items():
            g = [x if len(kinds) == 1 else {**x, "kind": "*"} for x in gold if x["kind"] in kinds]
            p = [x if len(kinds) == 1 else {**x, "kind": "*"} for x in pred if x["kind"] in kinds]
            t = totals[name]
            t["gold"] += len(g)
            t["pred"] += len(p)
            t["exact"] += len(match(g, p, overlap=False))
            t["overlap"] += len(match(g, p, overlap=True))
        right, scored = coreference(gold, pred)
        coref[0] += right
        coref[1] += scored
        if per_article is not None:
            per_article[article_name(rec)] = article_counts(gold, pred, right, scored)
        if errors:
            show_errors(rec, art, gold, pred)
    return {"groups": totals, "coreference": coref, "articles": len(arts)}


def article_name(rec) -> str:
    """An article's name in per-article counts: its ANT DOCNO, or file#index."""
    ref = rec["article"]
    return ref.get("docno") or f"{ref['file']}#{ref.get('index')}"


def article_counts(gold: list[dict], pred: list[dict], right: int, scored: int) -> dict:
    """One article's hits and totals: mentions of every kind exact (as the "all kinds" line: spans
    compared whatever their kind), and coreference."""
    gold, pred = ([{**x, "kind": "*"} for x in rows if x["kind"] in KINDS] for rows in (gold, pred))
    tp = len(match(gold, pred, overlap=False))
    return {"mentions exact precision": [tp, len(pred)], "mentions exact recall": [tp, len(gold)],
            "coreference": [right, scored]}


def in_context(text: str, start: int, end: int, width: int = 25) -> str:
    """The span in brackets with ``width`` characters either side, on one line."""
    around = f"{text[max(0, start - width):start]}[{text[start:end]}]{text[end:end + width]}"
    return " ".join(around.split())


def show_errors(rec, art, gold, pred) -> None:
    exact = match(gold, pred, overlap=False)
    hit = set(exact.values())
    print(f"\n== {rec['article'].get('docno') or rec['article']}")
    for gi, g in enumerate(gold):
        if gi not in exact:
            print(f"  missed  {g['kind']:<12} {g['text']}  | {in_context(art.text, g['start'], g['end'])}")
    for pi, p in enumerate(pred):
        if pi not in hit:
            print(f"  extra   {p['kind']:<12} {p['mention']}  | {in_context(art.text, p['start'], p['end'])}")
    found = match(gold, pred, overlap=True, same_kind=False)
    first: dict = {}
    for gi, g in sorted(enumerate(gold), key=lambda x: x[1]["start"]):
        if gi not in found:
            continue
        if g["entity"] not in first:
            first[g["entity"]] = gi
        elif pred[found[gi]]["entity"] != pred[found[first[g["entity"]]]]["entity"]:
            print(f"  unlinked {g['text']} (predicted with {pred[found[gi]]['name']}, gold with "
                  f"{gold[first[g['entity']]]['text']})")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, action="append",
                    help="a gold file; repeat it to pool several sets (default entities_dev.jsonl)")
    ap.add_argument("--errors", action="store_true", help="list missed and extra mentions per article")
    ap.add_argument("--per-article", type=Path, metavar="FILE",
                    help="also write each article's counts to FILE, for scripts/per_article.py")
    args = ap.parse_args(argv)
    paths = args.gold or [ROOT / "tests" / "gold" / "entities_dev.jsonl"]
    counts = {} if args.per_article else None
    results = [evaluate(path, args.errors, counts) for path in paths]
    if args.per_article:
        per_article.write(args.per_article, "eval_entities", paths, counts)
    if len(paths) > 1:
        print()
        for path, res in zip(paths, results):
            print(f"{path.name:<26}{set_line(res)}")
    res = pooled(results)
    print(f"\n{res['articles']} articles, " + (paths[0].name if len(paths) == 1 else f"{len(paths)} sets pooled"))
    print(f"{'kind':<18}{'gold':>6}{'pred':>6}   exact P / R / F1     overlap P / R / F1")
    for name, t in res["groups"].items():
        ex = prf(t["exact"], t["gold"], t["pred"])
        ov = prf(t["overlap"], t["gold"], t["pred"])
        print(f"{name:<18}{t['gold']:>6}{t['pred']:>6}   {ex[0]:.3f} / {ex[1]:.3f} / {ex[2]:.3f}     "
              f"{ov[0]:.3f} / {ov[1]:.3f} / {ov[2]:.3f}")
    right, scored = res["coreference"]
    print(f"coreference: {right}/{scored} later mentions linked to their chain's entity"
          f" = {right / scored if scored else 0:.3f}")
    return 0


def set_line(res: dict) -> str:
    """One set's all-kinds exact F1 and coreference, to see which set moves."""
    t = res["groups"]["all kinds"]
    right, scored = res["coreference"]
    return (f"{res['articles']:>3} articles  all exact F1 {prf(t['exact'], t['gold'], t['pred'])[2]:.3f}"
            f"  coref {right / scored if scored else 0:.3f}")


def pooled(results: list[dict]) -> dict:
    """The sums of several sets' counts."""
    out = {"groups": {}, "coreference": [0, 0], "articles": 0}
    for res in results:
        out["articles"] += res["articles"]
        out["coreference"] = [a + b for a, b in zip(out["coreference"], res["coreference"])]
        for name, t in res["groups"].items():
            acc = out["groups"].setdefault(name, dict.fromkeys(t, 0))
            for k, v in t.items():
                acc[k] += v
    return out


if __name__ == "__main__":
    sys.exit(main())

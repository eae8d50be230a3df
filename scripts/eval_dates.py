"""maqal.timeline.find_dates beside dateparser's search_dates: recall/precision on the gold set
(tests/gold/dates_gold.jsonl), counts and speed on 100 SaudiNewsNet articles.

    python scripts/eval_dates.py
"""
from __future__ import annotations

import datetime as dt
import json
import time
import warnings
import zipfile
from pathlib import Path

from maqal import paths, timeline

warnings.filterwarnings("ignore")
GOLD = paths.PROJ_ROOT / "tests" / "gold" / "dates_gold.jsonl"


def load(rec):
    a = rec["article"]
    if "path" in a:
        return (paths.PROJ_ROOT / a["path"]).read_text(encoding="utf-8")
    with zipfile.ZipFile(paths.CORPUS_DIR / a["file"]) as zf:
        return json.loads(zf.read(zf.namelist()[0]))[a["index"]]["content"]


def dateparser_spans(text, published):
    from dateparser.search import search_dates

    base = dt.datetime.combine(published, dt.time()) if published else None
    settings = {"RELATIVE_BASE": base} if base else {}
    found = search_dates(text, languages=["ar"], settings=settings) or []
    spans, pos = [], 0
    for s, _ in found:
        i = text.find(s, pos)
        if i < 0:
            i = text.find(s)
        if i >= 0:
            spans.append((i, i + len(s)))
            pos = i + len(s)
    return spans


def maqal_spans(text, published):
    return [(r["start"], r["end"]) for r in timeline.date_rows(text, published, sentences=False)]


def score(gold, pred):
    ex = len(set(gold) & set(pred))
    ov_g = sum(1 for g in gold if any(p[0] < g[1] and g[0] < p[1] for p in pred))
    ov_p = sum(1 for p in pred if any(p[0] < g[1] and g[0] < p[1] for g in gold))
    return ex, ov_g, ov_p


def main():
    recs = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    recs = [r for r in recs if "path" in r["article"] or (paths.CORPUS_DIR / r["article"]["file"]).exists()]
    tot = {"maqal": [0, 0, 0, 0], "dateparser": [0, 0, 0, 0]}  # exact, overlap-gold, overlap-pred, n_pred
    n_gold = 0
    sample_dp = None
    for rec in recs:
        text, pub = load(rec), dt.date.fromisoformat(rec["published"])
        gold = [(g["start"], g["end"]) for g in rec["dates"]]
        n_gold += len(gold)
        for name, fn in (("maqal", maqal_spans), ("dateparser", dateparser_spans)):
            pred = fn(text, pub)
            ex, og, op = score(gold, pred)
            t = tot[name]
            t[0] += ex; t[1] += og; t[2] += op; t[3] += len(pred)
            if name == "dateparser" and "path" in rec["article"]:
                sample_dp = (len(pred), og, len(gold))
    print(f"gold set: {len(recs)} articles, {n_gold} time expressions")
    if sample_dp:
        print(f"  sample article: dateparser overlaps {sample_dp[1]} of {sample_dp[2]} gold expressions "
              f"({sample_dp[0]} found)")
    print(f"{'':12}{'recall exact':>14}{'recall overlap':>16}{'prec exact':>12}{'prec overlap':>14}{'found':>7}")
    for name, (ex, og, op, npred) in tot.items():
        print(f"{name:12}{ex / n_gold:14.2f}{og / n_gold:16.2f}{ex / max(npred, 1):12.2f}"
              f"{op / max(npred, 1):14.2f}{npred:7d}")

    # 100 SaudiNewsNet articles: every 20th of the first daily file
    z = sorted(paths.CORPUS_DIR.glob("*.zip"))
    if not z:
        print("corpus not found:", paths.CORPUS_DIR)
        return
    with zipfile.ZipFile(z[0]) as zf:
        arts = json.loads(zf.read(zf.namelist()[0]))[::20][:100]
    items = [(a["content"], dt.date.fromisoformat(a["date_extracted"][:10])) for a in arts]
    mb = sum(len(t.encode()) for t, _ in items) / 1e6
    timeline.date_rows("x", None)
    for name, fn in (("maqal", maqal_spans), ("dateparser", dateparser_spans)):
        t0 = time.perf_counter()
        n = sum(len(fn(t, p)) for t, p in items)
        el = time.perf_counter() - t0
        print(f"100 SaudiNewsNet articles ({mb:.2f} MB): {name:10} {n:5d} expressions, {mb / el:6.2f} MB/s")
    both = sum(len(score(maqal_spans(t, p), dateparser_spans(t, p))) and score(maqal_spans(t, p), dateparser_spans(t, p))[1]
               for t, p in items[:30])
    print(f"  (first 30 articles: {both} maqal expressions overlap one of dateparser's)")


if __name__ == "__main__":
    main()

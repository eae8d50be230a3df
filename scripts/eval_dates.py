"""maqal.timeline.find_dates beside dateparser's search_dates: recall/precision on a gold set
(default tests/gold/dates_gold.jsonl), counts and speed on 100 SaudiNewsNet articles.

    python scripts/eval_dates.py                                   # dev gold + speed
    python scripts/eval_dates.py --gold tests/gold/dates_heldout.jsonl --no-speed
    python scripts/eval_dates.py --gold A.jsonl --gold B.jsonl     # several sets, one table each

Scores: exact (same start and end) and overlap recall/precision; "value acc" is, over the gold
expressions some prediction overlaps, the share whose overlapping prediction has the gold value
(for dateparser the value is the found datetime's date, ``YYYY-MM-DD``).  A meta line
(``{"meta": true, ...}``) in a gold file is skipped.
"""
from __future__ import annotations

import argparse
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
    if a.get("corpus") == "ant":  # ANT <DOC> zips: the article is named by its DOCNO
        from maqal import load_article

        return load_article(paths.ANT_DIR / a["file"], select=a["docno"]).text
    if "path" in a:
        return (paths.PROJ_ROOT / a["path"]).read_text(encoding="utf-8")
    with zipfile.ZipFile(paths.CORPUS_DIR / a["file"]) as zf:
        return json.loads(zf.read(zf.namelist()[0]))[a["index"]]["content"]


def dateparser_spans(text, published, values=False):
    from dateparser.search import search_dates

    base = dt.datetime.combine(published, dt.time()) if published else None
    settings = {"RELATIVE_BASE": base} if base else {}
    found = search_dates(text, languages=["ar"], settings=settings) or []
    spans, pos = [], 0
    for s, d in found:
        i = text.find(s, pos)
        if i < 0:
            i = text.find(s)
        if i >= 0:
            spans.append((i, i + len(s), d.date().isoformat()) if values else (i, i + len(s)))
            pos = i + len(s)
    return spans


def maqal_spans(text, published, values=False):
    rows = timeline.date_rows(text, published, sentences=False)
    if values:
        return [(r["start"], r["end"], r["value"]) for r in rows]
    return [(r["start"], r["end"]) for r in rows]


def same_value(gold, pred) -> bool:
    """Equal values; a gold set annotated before parts of the day were valued (a day with no
    ``T``) also accepts that day with a part (2015-07-21 ~ 2015-07-21TEV), never the reverse."""
    if gold == pred:
        return True
    return isinstance(gold, str) and isinstance(pred, str) and "T" not in gold and len(gold) == 10 \
        and pred.startswith(gold + "T")


def value_hits(gold, pred):
    """(gold expressions overlapped, of which some overlapping prediction has the gold value)."""
    n = ok = 0
    for gs, ge, gv in gold:
        ov = [p for p in pred if p[0] < ge and gs < p[1]]
        if ov:
            n += 1
            ok += any(same_value(gv, p[2]) for p in ov)
    return n, ok


def score(gold, pred):
    ex = len(set(gold) & set(pred))
    ov_g = sum(1 for g in gold if any(p[0] < g[1] and g[0] < p[1] for p in pred))
    ov_p = sum(1 for p in pred if any(p[0] < g[1] and g[0] < p[1] for g in gold))
    return ex, ov_g, ov_p


def load_gold(path):
    recs = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    recs = [r for r in recs if not r.get("meta")]
    def present(a):
        return "path" in a or ((paths.ANT_DIR if a.get("corpus") == "ant" else paths.CORPUS_DIR) / a["file"]).exists()

    return [r for r in recs if present(r["article"])]


def counts(path, systems=("maqal", "dateparser"), per_article: dict | None = None) -> tuple[dict, int]:
    """({system: [exact, overlap of gold, overlap of predicted, predicted, valued, value right]},
    gold expressions) for a gold file: what :func:`rates` turns into figures, summed over files.
    ``per_article``, when given, receives maqal's counts for each article (per_article.py)."""
    fns = {"maqal": maqal_spans, "dateparser": dateparser_spans}
    tot = {name: [0, 0, 0, 0, 0, 0] for name in systems}
    n_gold = 0
    for rec in load_gold(path):
        text, pub = load(rec), dt.date.fromisoformat(rec["published"])
        gold3 = [(g["start"], g["end"], g["value"]) for g in rec["dates"]]
        gold = [g[:2] for g in gold3]
        n_gold += len(gold)
        for name in systems:
            pred3 = fns[name](text, pub, values=True)
            pred = [p[:2] for p in pred3]
            ex, og, op = score(gold, pred)
            vn, vok = value_hits(gold3, pred3)
            t = tot[name]
            t[0] += ex; t[1] += og; t[2] += op; t[3] += len(pred); t[4] += vn; t[5] += vok
            if per_article is not None and name == "maqal":
                per_article[article_name(rec)] = {"exact recall": [ex, len(gold)], "exact precision": [ex, len(pred)],
                                                  "value accuracy": [vok, vn]}
    return tot, n_gold


def article_name(rec) -> str:
    """An article's name in per-article counts: its ANT DOCNO, its path, or file#index."""
    a = rec["article"]
    return a.get("docno") or a.get("path") or f"{a['file']}#{a.get('index')}"


def rates(tot: dict, n_gold: int) -> dict:
    """{system: dict(exact_r, overlap_r, exact_p, overlap_p, value_acc, found, gold)} from :func:`counts`."""
    out = {}
    for name, (ex, og, op, npred, vn, vok) in tot.items():
        out[name] = dict(exact_r=ex / max(n_gold, 1), overlap_r=og / max(n_gold, 1), exact_p=ex / max(npred, 1),
                         overlap_p=op / max(npred, 1), value_acc=vok / max(vn, 1), found=npred, gold=n_gold)
    return out


def evaluate(path, systems=("maqal", "dateparser")):
    """{system: dict(exact_r, overlap_r, exact_p, overlap_p, value_acc, found, gold)} for a gold file."""
    return rates(*counts(path, systems))


def print_rates(title: str, res: dict, digits: int = 2) -> None:
    print(title)
    print(f"{'':12}{'recall exact':>14}{'recall overlap':>16}{'prec exact':>12}{'prec overlap':>14}"
          f"{'value acc':>11}{'found':>7}")
    for name, r in res.items():
        print(f"{name:12}{r['exact_r']:14.{digits}f}{r['overlap_r']:16.{digits}f}{r['exact_p']:12.{digits}f}"
              f"{r['overlap_p']:14.{digits}f}{r['value_acc']:11.{digits}f}{r['found']:7d}")


def anchored_hits(path):
    """(gold event-anchored offsets whose event the text dates, of which maqal dates the same day,
    month or year): «بعد يوم على مصادقة خامنئي السبت» resolved to the Sunday."""
    n = ok = 0
    for rec in load_gold(path):
        golds = [g for g in rec["dates"] if g.get("anchor") == "event" and g.get("resolved")]
        if not golds:
            continue
        rows = timeline.date_rows(load(rec), dt.date.fromisoformat(rec["published"]), sentences=False)
        for g in golds:
            n += 1
            ok += any(r["start"] < g["end"] and g["start"] < r["end"] and r["start_date"] is not None
                      and r["start_date"].isoformat().startswith(g["resolved"]) for r in rows)
    return n, ok


def print_errors(path):
    """Each article's gold expressions maqal missed or valued wrongly, and its spurious finds."""
    for rec in load_gold(path):
        text, pub = load(rec), dt.date.fromisoformat(rec["published"])
        pred = maqal_spans(text, pub, values=True)
        name = rec["article"].get("docno") or rec["article"].get("path") or rec["article"].get("index")
        print(f"== {name} (published {pub})")
        for g in rec["dates"]:
            ov = [p for p in pred if p[0] < g["end"] and g["start"] < p[1]]
            exact = [p for p in ov if p[:2] == (g["start"], g["end"])]
            if exact and same_value(g["value"], exact[0][2]):
                continue
            got = "; ".join(f"{text[p[0]:p[1]]!r}={p[2]}" for p in ov) or "MISSED"
            ctx = text[max(0, g["start"] - 30):g["end"] + 20].replace("\n", " ")
            print(f"  gold {g['text']!r}={g['value']}  got {got}   …{ctx}…")
        for p in pred:
            if not any(p[0] < g["end"] and g["start"] < p[1] for g in rec["dates"]):
                ctx = text[max(0, p[0] - 30):p[1] + 20].replace("\n", " ")
                print(f"  SPURIOUS {text[p[0]:p[1]]!r}={p[2]}   …{ctx}…")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", action="append", help="gold JSONL file (repeatable; default the dev gold)")
    ap.add_argument("--no-speed", action="store_true", help="skip the 100-article speed comparison")
    ap.add_argument("--no-dateparser", action="store_true", help="score maqal only")
    ap.add_argument("--per-article", type=Path, metavar="FILE",
                    help="also write maqal's counts per article to FILE, for scripts/per_article.py")
    ap.add_argument("--errors", action="store_true",
                    help="print maqal's misses, spurious finds and wrong values (makes a blind set seen)")
    args = ap.parse_args()
    if args.errors:
        for path in args.gold or [GOLD]:
            print_errors(path)
        return
    systems = ("maqal",) if args.no_dateparser else ("maqal", "dateparser")
    pooled, pooled_gold = {name: [0] * 6 for name in systems}, 0
    per_doc = {} if args.per_article else None
    for path in args.gold or [GOLD]:
        tot, n_gold = counts(path, systems, per_doc)
        print_rates(f"gold set {Path(path).name}: {len(load_gold(path))} articles, {n_gold} time expressions",
                    rates(tot, n_gold))
        n_anch, ok_anch = anchored_hits(path)
        if n_anch:
            print(f"  event-anchored offsets whose event the text dates: maqal dates {ok_anch} of {n_anch}")
        pooled = {name: [a + b for a, b in zip(pooled[name], tot[name])] for name in systems}
        pooled_gold += n_gold
    if args.per_article:
        import per_article  # scripts/ is on the path when this runs as a script

        per_article.write(args.per_article, "eval_dates", args.gold or [GOLD], per_doc)
    if len(args.gold or []) > 1:  # several sets: their counts summed, to four places
        print_rates(f"pooled: {len(args.gold)} sets, {pooled_gold} time expressions", rates(pooled, pooled_gold), 4)
    if args.no_speed:
        return

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
        t0, c0 = time.perf_counter(), time.process_time()
        n = sum(len(fn(t, p)) for t, p in items)
        el, cpu = time.perf_counter() - t0, time.process_time() - c0
        print(f"100 SaudiNewsNet articles ({mb:.2f} MB): {name:10} {n:5d} expressions, {mb / el:6.2f} MB/s "
              f"({mb / cpu:.2f} MB/s of CPU time)")
    both = sum(len(score(maqal_spans(t, p), dateparser_spans(t, p))) and score(maqal_spans(t, p), dateparser_spans(t, p))[1]
               for t, p in items[:30])
    print(f"  (first 30 articles: {both} maqal expressions overlap one of dateparser's)")


if __name__ == "__main__":
    main()

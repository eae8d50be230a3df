"""Evaluate maqal.claims on the gold set (tests/gold/claims_gold.jsonl), citron-style.

    python scripts/eval_claims.py            # prints the table
    python scripts/eval_claims.py --errors   # and lists misses and false alarms
    python scripts/eval_claims.py --all      # one line per claims set in tests/gold (the seen ones)

Reported like BBC's citron does for English: precision / recall / F1 of *sources* and *cues*,
each with exact span match and with overlap match (a predicted span overlapping a gold span;
one-to-one, greedy). Spans are compared per article; duplicates (one source mention carrying
several claims) count once. Gold claims with no source (impersonal cues) count for cues only.
Also: source type accuracy and side accuracy over gold claims whose cue was found (overlap),
and direct-quote accuracy. And the relay link ``via`` (a claim that reaches the reader through
another's words: «نقلت X عن Y» for Y and Y's continuations), exact: a link is the relayed claim's
cue and source spans with its relay's source span, all three exact; scored only over the sets that
mark a relay at all (the older sets have no ``via``: their links would all count as false alarms).

Gold articles come from the shared SaudiNewsNet corpus (maqal.paths.CORPUS_DIR) and the
bundled sample; the selection rule is in the gold file's first (meta) line. Corpus articles
are skipped, with a note, when the corpus is absent.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "claims_gold.jsonl"


HERE = Path(__file__).resolve().parent


if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
import eval_entities  # noqa: E402  the gold-file reader, the article loader and word_start shared with it
import per_article  # noqa: E402  per-article counts written for intervals and paired comparisons


def load_gold(path: Path = GOLD):
    """(meta, article records) of a gold file (the format of every tests/gold set)."""
    return eval_entities.load_gold(path)


def _load(rec):
    """The article a gold record names: an ``article`` reference as in the entity sets, or the
    older claims sets' top-level ``file``/``index`` (None when its corpus is absent)."""
    if "article" in rec:
        return eval_entities.load(rec)
    from maqal import load_article, paths

    if rec["index"] is None:
        return load_article(ROOT / rec["file"])
    z = paths.CORPUS_DIR / rec["file"]
    return load_article(z, index=rec["index"]) if z.exists() else None


def word_start(text: str, start: int) -> int:
    """A source span's start compared after the one-letter proclitics of its word: the gold sets
    keep an attached proclitic («للسفير السعودي»), maqal now leaves it out (issue 11); the two name
    the same source.  The same rule as ``eval_entities.word_start``."""
    return eval_entities.word_start(text, start)


def _match(gold: list[tuple], pred: list[tuple], overlap: bool) -> int:
    """Number of one-to-one matches between (doc, start, end) spans."""
    used = set()
    n = 0
    for g in gold:
        for i, p in enumerate(pred):
            if i in used or p[0] != g[0]:
                continue
            ok = (p[1] < g[2] and g[1] < p[2]) if overlap else (p[1] == g[1] and p[2] == g[2])
            if ok:
                used.add(i)
                n += 1
                break
    return n


def _prf(tp_r: int, n_gold: int, tp_p: int, n_pred: int) -> dict:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "gold": n_gold, "predicted": n_pred}


def _span(text: str, start, end) -> tuple | None:
    """A source span as the scores compare it (start after one-letter proclitics), None when absent."""
    if start is None or str(start) == "<NA>":
        return None
    return word_start(text, int(start)), int(end)


def via_links(d: int, text: str, claims: list) -> set:
    """The relay links of one article's claims (gold dicts, or predicted rows as dicts with their
    ``claim`` number): (doc, relayed cue, relayed source, relay's source), each span exact."""
    if claims and "claim" in claims[0]:
        by_number = {c["claim"]: c for c in claims}
    else:
        by_number = dict(enumerate(claims))
    links = set()
    for c in claims:
        via = c.get("via")
        if via is None or str(via) == "<NA>" or int(via) not in by_number:
            continue
        relay = by_number[int(via)]
        links.add((d, (int(c["cue_start"]), int(c["cue_end"])), _span(text, c["source_start"], c["source_end"]),
                   _span(text, relay["source_start"], relay["source_end"])))
    return links


def _name(rec) -> str:
    """How an error line names a gold article: zip#index, a file, or an ANT DOCNO."""
    ref = rec if "file" in rec else rec["article"]
    return ref.get("docno") or f"{ref['file']}#{ref['index']}"


def evaluate(path: Path = GOLD, errors: list | None = None, per_article: dict | None = None) -> dict:
    """The set's figures; ``per_article``, when given, receives each article's counts (per_article.py)."""
    from maqal.claims import claims

    _, arts = load_gold(path)
    g_src, p_src, g_cue, p_cue = set(), set(), set(), set()
    g_via, p_via = set(), set()
    typed = type_ok = side_ok = dq_ok = 0
    skipped = []
    n_articles = 0
    names, typing = {}, {}
    for d, rec in enumerate(arts):
        art = _load(rec)
        if art is None:
            skipped.append(_name(rec))
            continue
        n_articles += 1
        names[d] = _name(rec)
        df = claims(art)
        att = df[df["attributed"]]
        pred_rows = list(att.itertuples(index=False))
        gv, pv = via_links(d, art.text, rec["claims"]), via_links(d, art.text, att.to_dict("records"))
        g_via |= gv
        p_via |= pv
        if errors is not None and gv:
            errors.extend(f"VIA {kind} [{_name(rec)}] cue {art.text[k[1][0]:k[1][1]]!r} source "
                          f"{k[2] and art.text[k[2][0]:k[2][1]]!r} via {k[3] and art.text[k[3][0]:k[3][1]]!r}"
                          for kind, links in (("miss ", gv - pv), ("extra", pv - gv)) for k in sorted(links))
        for r in pred_rows:
            if str(r.source_start) != "<NA>":
                p_src.add((d, word_start(art.text, int(r.source_start)), int(r.source_end)))
            p_cue.add((d, int(r.cue_start), int(r.cue_end)))
        for c in rec["claims"]:
            if c["source_start"] is not None:
                g_src.add((d, word_start(art.text, c["source_start"]), c["source_end"]))
            g_cue.add((d, c["cue_start"], c["cue_end"]))
            hit = next((r for r in pred_rows if r.cue_start < c["cue_end"] and c["cue_start"] < r.cue_end), None)
            if hit is None:
                if errors is not None:
                    errors.append(f"MISS cue  [{_name(rec)}] {c['cue']!r} source {c['source']!r}")
                continue
            typed += 1
            type_ok += hit.source_type == c["source_type"]
            side = hit.source_side if isinstance(hit.source_side, str) else None
            side_ok += side == c["source_side"]
            doc = typing.setdefault(d, [0, 0, 0])
            doc[0] += 1
            doc[1] += hit.source_type == c["source_type"]
            doc[2] += side == c["source_side"]
            if errors is not None and side != c["source_side"]:
                errors.append(f"SIDE      [{_name(rec)}] {c['source']!r}: gold {c['source_side']}, got {side}")
            dq_ok += bool(hit.direct_quote) == bool(c["direct_quote"])
            if errors is not None and hit.source_type != c["source_type"]:
                errors.append(f"TYPE      [{_name(rec)}] {c['source']!r}: gold {c['source_type']}, got {hit.source_type} ({hit.source!r})")
        if errors is not None:
            golds = {(c["cue_start"], c["cue_end"]) for c in rec["claims"]}
            for r in pred_rows:
                if not any(r.cue_start < e and s < r.cue_end for s, e in golds):
                    errors.append(f"EXTRA cue [{_name(rec)}] {r.cue!r} source {r.source!r}")
            gsrc = {(c["source_start"], c["source_end"]): c["source"] for c in rec["claims"] if c["source_start"] is not None}
            psrc = {(int(r.source_start), int(r.source_end)): r.source for r in pred_rows if str(r.source_start) != "<NA>"}
            for span, s in gsrc.items():
                if span not in psrc:
                    errors.append(f"SRC≠      [{_name(rec)}] gold {s!r} — predicted nearby: "
                                  f"{[v for k, v in psrc.items() if k[0] < span[1] and span[0] < k[1]]}")

    gs, ps, gc, pc = sorted(g_src), sorted(p_src), sorted(g_cue), sorted(p_cue)
    if per_article is not None:
        for d, name in names.items():
            per_article[name] = article_counts(d, gs, ps, gc, pc, typing.get(d, [0, 0, 0]))
    out = {"articles": n_articles, "skipped": skipped, "gold_claims": sum(len(a["claims"]) for a in arts)}
    for name, g, p in (("sources", gs, ps), ("cues", gc, pc)):
        for mode in ("exact", "overlap"):
            ov = mode == "overlap"
            out[f"{name}_{mode}"] = _prf(_match(g, p, ov), len(g), _match(p, g, ov), len(p))
    out["source_type_accuracy"] = type_ok / typed if typed else 0.0
    out["source_side_accuracy"] = side_ok / typed if typed else 0.0
    out["direct_quote_accuracy"] = dq_ok / typed if typed else 0.0
    out["claims_found"] = typed
    out["marks_relay"] = bool(g_via)  # a set that marks no relay is not scored on them
    out["via_exact"] = _prf(len(g_via & p_via), len(g_via), len(g_via & p_via), len(p_via))
    return out


def article_counts(d: int, gs, ps, gc, pc, typing: list) -> dict:
    """One article's hits and totals of the headline figures (sources and cues exact, type, side)."""
    out = {}
    for name, g, p in (("sources exact", gs, ps), ("cues exact", gc, pc)):
        g, p = [x for x in g if x[0] == d], [x for x in p if x[0] == d]
        out[f"{name} precision"] = [_match(p, g, False), len(p)]
        out[f"{name} recall"] = [_match(g, p, False), len(g)]
    out["source type accuracy"] = [typing[1], typing[0]]
    out["source side accuracy"] = [typing[2], typing[0]]
    return out


#: the held-out folders a blind set is annotated in: never read (tests/gold holds the seen sets)
SEEN_SETS = "claims_*.jsonl"


def summary_line(name: str, res: dict) -> str:
    """One set's numbers on a line: sources exact and overlap P/R, cues P/R, type and side."""
    se, so, ce = res["sources_exact"], res["sources_overlap"], res["cues_overlap"]
    return (f"{name:24}{se['precision']:6.3f}{se['recall']:6.3f}  {so['precision']:6.3f}{so['recall']:6.3f}"
            f"  {ce['precision']:6.3f}{ce['recall']:6.3f}  {res['source_type_accuracy']:6.3f}"
            f"{res['source_side_accuracy']:6.3f}{res['gold_claims']:6}{via_cell(res)}")


def via_cell(res: dict) -> str:
    """The relay links' exact P/R and gold count, blank for a set that marks no relay."""
    v = res.get("via_exact")
    if not res.get("marks_relay") or v is None:
        return ""
    return f"  {v['precision']:6.3f}{v['recall']:6.3f}{v['gold']:5}"


def print_all() -> None:
    """Every seen claims set of tests/gold, one line each, then all of them pooled."""
    print(f"{'set':24}{'src exact P/R':>12}  {'src overlap P/R':>12}  {'cues P/R':>12}  {'type':>6}{'side':>6}{'gold':>6}"
          f"  {'via exact P/R':>12}{'links':>5}")
    results = []
    for path in sorted((ROOT / "tests" / "gold").glob(SEEN_SETS)):
        results.append(evaluate(path))
        print(summary_line(path.stem, results[-1]), flush=True)
    print(summary_line("all (pooled)", pooled(results)))
    relay_sets = sum(r["marks_relay"] for r in results)
    print(f"via: pooled over the {relay_sets} of {len(results)} sets that mark a relay "
          f"({sum(r['via_exact']['gold'] for r in results if r['marks_relay'])} gold links)")
    skipped = sum(len(r["skipped"]) for r in results)
    if skipped:  # a set whose corpus is absent scores 0.000: say why rather than print it silently
        print(f"{skipped} gold articles skipped, their corpus absent (set MAQAL_SHARED to the folder "
              "holding corpus/saudinewsnet and corpus/ant): the figures above leave them out",
              file=sys.stderr)


def pooled(results: list[dict]) -> dict:
    """The sets' counts added up (micro-averaged P/R and accuracies)."""
    out = {"gold_claims": sum(r["gold_claims"] for r in results)}
    for key in ("sources_exact", "sources_overlap", "cues_exact", "cues_overlap"):
        tp_r = sum(round(r[key]["recall"] * r[key]["gold"]) for r in results)
        tp_p = sum(round(r[key]["precision"] * r[key]["predicted"]) for r in results)
        out[key] = _prf(tp_r, sum(r[key]["gold"] for r in results), tp_p, sum(r[key]["predicted"] for r in results))
    relayed = [r for r in results if r.get("marks_relay")]
    out["marks_relay"] = bool(relayed)
    out["via_exact"] = _prf(sum(round(r["via_exact"]["recall"] * r["via_exact"]["gold"]) for r in relayed),
                            sum(r["via_exact"]["gold"] for r in relayed),
                            sum(round(r["via_exact"]["precision"] * r["via_exact"]["predicted"]) for r in relayed),
                            sum(r["via_exact"]["predicted"] for r in relayed))
    found = sum(r["claims_found"] for r in results)
    for key in ("source_type_accuracy", "source_side_accuracy"):
        out[key] = sum(r[key] * r["claims_found"] for r in results) / found if found else 0.0
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--all", action="store_true", help="one line per claims set in tests/gold")
    ap.add_argument("--errors", action="store_true", help="list misses, extra cues and type errors")
    ap.add_argument("--json", action="store_true", help="print the numbers as JSON")
    ap.add_argument("--per-article", type=Path, metavar="FILE",
                    help="also write each article's counts to FILE, for scripts/per_article.py")
    args = ap.parse_args(argv)
    if args.all:
        print_all()
        return 0
    errs = [] if args.errors else None
    counts = {} if args.per_article else None
    res = evaluate(args.gold, errs, counts)
    if args.per_article:
        per_article.write(args.per_article, "eval_claims", [args.gold], counts)
    if args.json:
        print(json.dumps(res, indent=2))
        return 0
    print(f"gold: {res['articles']} articles, {res['gold_claims']} attributed claims"
          + (f" (skipped, corpus absent: {', '.join(res['skipped'])})" if res["skipped"] else ""))
    print(f"{'':18}{'precision':>10}{'recall':>10}{'F1':>8}{'gold':>7}{'pred':>7}")
    keys = ("sources_exact", "sources_overlap", "cues_exact", "cues_overlap") + (("via_exact",) if res["marks_relay"] else ())
    for key in keys:
        m = res[key]
        print(f"{key:18}{m['precision']:>10.3f}{m['recall']:>10.3f}{m['f1']:>8.3f}{m['gold']:>7}{m['predicted']:>7}")
    print(f"source type accuracy  {res['source_type_accuracy']:.3f}  (over {res['claims_found']} gold claims whose cue was found)")
    print(f"source side accuracy  {res['source_side_accuracy']:.3f}")
    print(f"direct quote accuracy {res['direct_quote_accuracy']:.3f}")
    if errs:
        print("\n".join(errs))
    return 0


if __name__ == "__main__":
    sys.exit(main())

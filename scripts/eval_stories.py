#!/usr/bin/env python
"""Pairwise precision and recall of maqal's stories against a blind gold set of stories
(default tests/gold/stories_blind.jsonl), beside a TF-IDF cosine baseline.

    python scripts/eval_stories.py [--gold FILE [--gold FILE ...]] [--corpus-out DIR] [--errors]

The gold file has one story a line: ``{"story", "corpus", "event", "window": [first, last],
"articles": [{"ref", "copy_of", ...}]}`` (a first ``{"meta": ...}`` line is skipped); ``ref`` is
``2015-07-31.zip#123`` (a SaudiNewsNet day zip and the article's index in it) or
``Alarabia.zip#AL-internationalNews-1843-20180707`` (an ANT zip and the DOCNO).  Member lists are
complete within each story's window, so the script runs ``maqal corpus`` over exactly the
articles of the windows (every article of those SaudiNewsNet days; the ANT articles of those days,
picked from their outlet's zip by DOCNO — read as ``maqal corpus Outlet.zip`` reads them, the
teasers of other articles a page ends with left out), groups them with :func:`maqal.stories.find_stories`, maps the
article ids back to refs and scores pairs:

- copy pairs: two articles of one gold copy group (an article and what its ``copy_of`` chain
  leads to) / of one predicted ``copy`` story;
- same-event pairs: two articles of one gold story / of one predicted story (copy or same_event).

A predicted pair counts only when both of its articles are in gold stories, or one is and the other
was published inside that story's window (member lists are complete only there: an article of
another day is unannotated); it is correct only when both are in the same gold story (copy pairs:
the same copy group).  ``--errors`` lists
the wrong and the missed pairs of both relations (titles, outlets, days, the pair's shingle
containment and the cosine of its same-event features), to read, never to tune one story.  The baseline:
TF-IDF cosine of the texts' normalised words (scikit-learn), pairs at most ``WINDOW_DAYS`` apart
with cosine ≥ 0.8 (copies) or ≥ 0.3 (same event), without grouping.
"""
from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import re
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

from maqal import paths

GOLD = paths.PROJ_ROOT / "tests" / "gold" / "stories_blind.jsonl"
ANT_DIR = paths.CORPUS_DIR.parent / "ant"
BASELINE_COPY, BASELINE_EVENT = 0.8, 0.3
DAY_ZIP = re.compile(r"\d{4}-\d{2}-\d{2}")  # a SaudiNewsNet day zip's name


def load_gold(path) -> list[dict]:
    """The gold stories of a JSON Lines file (the ``meta`` line left out)."""
    stories = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SystemExit(f"{path}:{n}: not JSON ({exc})") from None
        if "meta" not in rec:
            stories.append(rec)
    return stories


def days(window) -> list[dt.date]:
    first, last = (dt.date.fromisoformat(d) for d in window)
    return [first + dt.timedelta(n) for n in range((last - first).days + 1)]


def gold_inputs(stories, snn_dir=paths.CORPUS_DIR, ant_dir=ANT_DIR) -> list:
    """The inputs covering every gold window: SaudiNewsNet day zips as they are, ANT articles of
    those days as ``Outlet.zip#DOCNO`` (picked from the zip: the collection a page's teasers are
    told by is the outlet's whole zip)."""
    snn, ant = set(), set()
    for s in stories:
        (snn if s["corpus"] == "saudinewsnet" else ant).update(days(s["window"]))
    inputs = sorted(p for p in (snn_dir / f"{d.isoformat()}.zip" for d in snn) if p.exists())
    stamps = {d.strftime("%Y%m%d") for d in ant}
    for z in sorted(ant_dir.glob("*.zip")) if stamps else []:
        with zipfile.ZipFile(z) as zf:
            inputs += [f"{z}#{Path(name).stem}" for name in zf.namelist()
                       if name.endswith(".txt") and name[-12:-4] in stamps]
    return inputs


def refs_of(articles) -> dict:
    """``{article_id: ref}``: ``day.zip#index`` for a SaudiNewsNet day zip, ``Outlet.zip#DOCNO``
    for an ANT article copied to ``Outlet/DOCNO.txt`` or read from its zip (the DOCNO is its id)."""
    out = {}
    for aid, file, index in zip(articles["article_id"], articles["file"], articles["index_in_file"]):
        p = Path(file)
        if p.suffix != ".zip":
            out[aid] = f"{p.parent.name}.zip#{p.stem}"
        else:
            out[aid] = f"{p.name}#{int(index)}" if DAY_ZIP.fullmatch(p.stem) else f"{p.name}#{aid}"
    return out


def copy_groups_of(story) -> list[set]:
    """The copy groups of a gold story: each article with the ones its ``copy_of`` chain joins."""
    from maqal.stories.groups import components

    refs = [a["ref"] for a in story["articles"]]
    pairs = [(a["ref"], a["copy_of"]) for a in story["articles"] if a.get("copy_of") in refs]
    return [set(g) for g in components(refs, pairs)]


def pairs_of(groups) -> set:
    return {tuple(sorted(p)) for g in groups for p in itertools.combinations(sorted(set(g)), 2)}


def windows_of(stories) -> dict:
    """``{ref: (first day, last day)}``: the window of the gold story each gold article is in."""
    return {a["ref"]: tuple(dt.date.fromisoformat(d) for d in s["window"]) for s in stories for a in s["articles"]}


def counted_pairs(predicted: set, in_gold: dict, published: dict) -> set:
    """The predicted pairs the gold can judge: both articles in gold stories, or one in a gold
    story and the other published inside that story's window (``in_gold``: ``{ref: window}``;
    member lists are complete only within a window, so an article outside it is unannotated)."""
    def judged(a, b):
        if a not in in_gold:
            return False
        first, last = in_gold[a]
        day = published.get(b)
        return b in in_gold or not isinstance(day, dt.date) or first <= day <= last

    return {p for p in predicted if judged(*p) or judged(p[1], p[0])}


def score(predicted: set, gold_groups: list[set], in_gold: dict, published: dict) -> tuple[float, float, int, int]:
    """Precision and recall of ``predicted`` pairs against the pairs of ``gold_groups``: only the
    pairs :func:`counted_pairs` keeps count; returns (precision, recall, pairs counted, gold pairs)."""
    gold = pairs_of(gold_groups)
    counted = counted_pairs(predicted, in_gold, published)
    right = counted & gold
    return (len(right) / len(counted) if counted else 1.0, len(right) / len(gold) if gold else 1.0,
            len(counted), len(gold))


def baseline_pairs(texts: dict, published: dict, threshold: float, window: int) -> set:
    """Ref pairs whose texts' TF-IDF cosine reaches ``threshold``, at most ``window`` days apart."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from maqal.stories.same_event import similar_pairs
    from maqal.stories.shingles import words

    ids = [a for a in sorted(texts) if published.get(a) is not None]
    matrix = TfidfVectorizer(analyzer=lambda t: words(t, spans=False)[0], sublinear_tf=True).fit_transform(
        [texts[a] for a in ids]).tocsr()
    found = similar_pairs(matrix, [published[a].toordinal() for a in ids], list(range(len(ids))), threshold, window)
    return {tuple(sorted((ids[i], ids[j]))) for i, j in found}


def build_corpus(stories, out: Path) -> None:
    from maqal.corpus import run_corpus

    inputs = gold_inputs(stories)
    print(f"maqal corpus over {len(inputs)} inputs covering the gold windows → {out}", file=sys.stderr)
    run_corpus(inputs, out, progress=True)


def predict(out: Path) -> dict:
    """maqal's and the baseline's pairs (refs) on a corpus folder, with what scoring and the error
    lists read (texts, titles, days, outlets by ref)."""
    from maqal.corpus import read_table
    from maqal.stories import WINDOW_DAYS, find_stories, load_texts

    arts = read_table(out, "articles", columns=["article_id", "source", "day", "published", "file", "index_in_file"])
    arts = arts.drop_duplicates("article_id")
    refs = refs_of(arts)
    texts = load_texts(arts)
    titles = {refs[a]: t.title for a, t in texts.items()}
    found = find_stories(out, texts=texts)
    to_ref = lambda ids: [refs[i] for i in ids if i in refs]  # noqa: E731
    texts = {refs[a]: t.text for a, t in texts.items()}
    published = {refs[a]: p for a, p in zip(arts["article_id"], arts["published"]) if isinstance(p, dt.date)}
    return {"articles": len(arts), "texts": texts, "titles": titles, "out": out, "published": published,
            "ids": {r: a for a, r in refs.items()},
            "outlets": {refs[a]: o for a, o in zip(arts["article_id"], arts["source"]) if a in refs},
            "predicted": {"copy": pairs_of(to_ref(r) for r in found[found["relation"] == "copy"]["article_ids"]),
                          "same_event": pairs_of(to_ref(r) for r in found["article_ids"])},
            "baseline_pairs": {"copy": baseline_pairs(texts, published, BASELINE_COPY, WINDOW_DAYS),
                               "same_event": baseline_pairs(texts, published, BASELINE_EVENT, WINDOW_DAYS)}}


def scored(pred: dict, stories) -> dict:
    """:func:`predict`'s pairs scored against one gold set (:func:`score`), with the gold pairs."""
    gold = {"same_event": [{a["ref"] for a in s["articles"]} for s in stories],
            "copy": [g for s in stories for g in copy_groups_of(s)]}
    in_gold = set().union(*gold["same_event"])
    windows, published = windows_of(stories), pred["published"]
    return {**pred, "gold_articles": len(in_gold), "missing": sorted(in_gold - set(pred["ids"])),
            "in_gold": in_gold, "windows": windows,
            "pairs": {r: (pred["predicted"][r], gold[r]) for r in gold},
            "maqal": {r: score(pred["predicted"][r], gold[r], windows, published) for r in gold},
            "baseline": {r: score(pred["baseline_pairs"][r], gold[r], windows, published) for r in gold}}


def evaluate(stories, out: Path) -> dict:
    """The scores of maqal and of the baseline on a corpus folder covering the gold windows."""
    return scored(predict(out), stories)


def pooled(results: list) -> dict:
    """The scores of several gold sets together: right, counted and gold pairs summed."""
    out = {}
    for who in ("maqal", "baseline"):
        out[who] = {}
        for relation in ("copy", "same_event"):
            rows = [res[who][relation] for res in results]
            right = sum(round(p * n) for p, _, n, _ in rows)
            found = sum(round(r * g) for _, r, _, g in rows)
            counted, gold = sum(n for _, _, n, _ in rows), sum(g for _, _, _, g in rows)
            out[who][relation] = (right / counted if counted else 1.0, found / gold if gold else 1.0, counted, gold)
    return out


def report(res: dict) -> str:
    lines = [f"{res['articles']} articles in the corpus run, {res['gold_articles']} in gold stories"
             + (f" ({len(res['missing'])} gold refs not found: {', '.join(res['missing'][:5])})" if res["missing"] else "")]
    return "\n".join(lines + score_lines(res))


def score_lines(res: dict) -> list[str]:
    """maqal's and the baseline's precision and recall of both relations, a line each."""
    lines = []
    for relation, target in (("copy", "≥ 0.95 / ≥ 0.95"), ("same_event", "≥ 0.85 / ≥ 0.80")):
        for who in ("maqal", "baseline"):
            p, r, n, g = res[who][relation]
            lines.append(f"{relation:>10} {who:>8}: precision {p:.3f} ({n} predicted pairs counted), "
                         f"recall {r:.3f} ({g} gold pairs)" + (f"   [target {target}]" if who == "maqal" else ""))
    return lines


def wrong_and_missed(predicted: set, gold_groups: list[set], in_gold: dict, published: dict) -> tuple[list, list]:
    """The predicted pairs counted and wrong, and the gold pairs not predicted (sorted)."""
    gold = pairs_of(gold_groups)
    counted = counted_pairs(predicted, in_gold, published)
    return sorted(counted - gold), sorted(gold - predicted)


def pair_measures(res: dict, pairs: list) -> dict:
    """``{pair: (containment, cosine)}``: the shingle containment of the shorter text in the
    longer and the cosine of the two texts' same-event features (:func:`maqal.stories.same_event.corpus_matrix`)."""
    from maqal.stories.same_event import corpus_matrix
    from maqal.stories.shingles import shingles
    from maqal.textlayer import TextLayer

    refs = sorted({r for p in pairs for r in p if r in res["texts"]})
    sets = {r: shingles(TextLayer(res["texts"][r]).token_columns["norm"]) for r in refs}
    matrix = corpus_matrix(res["out"], [res["ids"][r] for r in refs])
    row = {r: k for k, r in enumerate(refs)}
    out = {}
    for a, b in pairs:
        if a in sets and b in sets and sets[a] and sets[b]:
            cont = len(sets[a] & sets[b]) / min(len(sets[a]), len(sets[b]))
            cos = float(matrix[row[a]].multiply(matrix[row[b]]).sum())
            out[(a, b)] = (cont, cos)
    return out


def errors_report(res: dict) -> str:
    """The wrong and missed pairs of both relations, each with what a reader needs to judge it."""
    lines = []
    for relation in ("copy", "same_event"):
        predicted, gold_groups = res["pairs"][relation]
        wrong, missed = wrong_and_missed(predicted, gold_groups, res["windows"], res["published"])
        measures = pair_measures(res, wrong + missed)
        for what, pairs in (("wrong", wrong), ("missed", missed)):
            lines.append(f"\n== {relation}: {len(pairs)} {what} pairs (containment / feature cosine)")
            for a, b in pairs:
                cont, cos = measures.get((a, b), (float("nan"), float("nan")))
                lines.append(f"  {cont:.2f} / {cos:.2f}")
                for r in (a, b):
                    day = res["published"].get(r)
                    lines.append(f"     {day} {res['outlets'].get(r, '?'):<12} {r}  {res['titles'].get(r) or ''}"
                                 + ("" if r in res["in_gold"] else "   [in no gold story]"))
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", action="append",
                    help="a gold stories file (repeat: each scored, then all pooled, over one corpus run)")
    ap.add_argument("--corpus-out", default=None,
                    help="a maqal corpus folder covering the gold windows (built there when missing)")
    ap.add_argument("--errors", action="store_true", help="list the wrong and missed pairs (development sets only)")
    args = ap.parse_args(argv)
    sets = {g: load_gold(g) for g in args.gold or [str(GOLD)]}
    scratch = Path(tempfile.mkdtemp(prefix="maqal-eval-stories-"))
    try:
        out = Path(args.corpus_out) if args.corpus_out else scratch / "out"
        if not (out / "_manifest.json").exists():
            build_corpus([s for stories in sets.values() for s in stories], out)
        pred = predict(out)
        results = []
        for name, stories in sets.items():
            results.append(res := scored(pred, stories))
            print((f"== {Path(name).name}\n" if len(sets) > 1 else "") + report(res))
            if args.errors:
                print(errors_report(res))
        if len(sets) > 1:
            print("== pooled (" + ", ".join(Path(n).stem for n in sets) + ")\n" + "\n".join(score_lines(pooled(results))))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

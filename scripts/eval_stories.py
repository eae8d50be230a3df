#!/usr/bin/env python
"""Pairwise precision and recall of maqal's stories against a blind gold set of stories
(default tests/gold/stories_blind.jsonl), beside a TF-IDF cosine baseline.

    python scripts/eval_stories.py [--gold FILE] [--corpus-out DIR] [--keep]

The gold file has one story a line: ``{"story", "corpus", "event", "window": [first, last],
"articles": [{"ref", "copy_of", ...}]}`` (a first ``{"meta": ...}`` line is skipped); ``ref`` is
``2015-07-31.zip#123`` (a SaudiNewsNet day zip and the article's index in it) or
``Alarabia.zip#AL-internationalNews-1843-20180707`` (an ANT zip and the DOCNO).  Member lists are
complete within each story's window, so the script runs ``maqal corpus`` over exactly the
articles of the windows (every article of those SaudiNewsNet days; the ANT articles of those days,
copied into a temporary folder), groups them with :func:`maqal.stories.find_stories`, maps the
article ids back to refs and scores pairs:

- copy pairs: two articles of one gold copy group (an article and what its ``copy_of`` chain
  leads to) / of one predicted ``copy`` story;
- same-event pairs: two articles of one gold story / of one predicted story (copy or same_event).

A predicted pair counts only when at least one of its articles is in the gold set, and is correct
only when both are in the same gold story (copy pairs: the same copy group).  The baseline:
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


def gold_inputs(stories, folder: Path, snn_dir=paths.CORPUS_DIR, ant_dir=ANT_DIR) -> list[Path]:
    """The inputs covering every gold window: SaudiNewsNet day zips as they are, ANT articles of
    those days copied into ``folder/<Outlet>/<DOCNO>.txt``."""
    snn, ant = set(), set()
    for s in stories:
        (snn if s["corpus"] == "saudinewsnet" else ant).update(days(s["window"]))
    folder.mkdir(parents=True, exist_ok=True)
    inputs = sorted(p for p in (snn_dir / f"{d.isoformat()}.zip" for d in snn) if p.exists())
    stamps = {d.strftime("%Y%m%d") for d in ant}
    for z in sorted(ant_dir.glob("*.zip")) if stamps else []:
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                if name.endswith(".txt") and name[-12:-4] in stamps:
                    dest = folder / z.stem / Path(name).name
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    dest.write_bytes(zf.read(name))
    inputs += sorted(p for p in folder.iterdir() if p.is_dir())
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


def score(predicted: set, gold_groups: list[set], in_gold: set) -> tuple[float, float, int, int]:
    """Precision and recall of ``predicted`` pairs against the pairs of ``gold_groups``: only pairs
    touching ``in_gold`` count; returns (precision, recall, pairs counted, gold pairs)."""
    gold = pairs_of(gold_groups)
    counted = {p for p in predicted if p[0] in in_gold or p[1] in in_gold}
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


def build_corpus(stories, out: Path, scratch: Path) -> None:
    from maqal.corpus import run_corpus

    inputs = gold_inputs(stories, scratch)
    print(f"maqal corpus over {len(inputs)} inputs covering the gold windows → {out}", file=sys.stderr)
    run_corpus(inputs, out, progress=True)


def evaluate(stories, out: Path) -> dict:
    """The scores of maqal and of the baseline on a corpus folder covering the gold windows."""
    from maqal.corpus import read_table
    from maqal.stories import WINDOW_DAYS, find_stories, load_texts

    arts = read_table(out, "articles", columns=["article_id", "source", "day", "published", "file", "index_in_file"])
    arts = arts.drop_duplicates("article_id")
    refs = refs_of(arts)
    texts = load_texts(arts)
    found = find_stories(out, texts=texts)
    to_ref = lambda ids: [refs[i] for i in ids if i in refs]  # noqa: E731
    pred_copy = pairs_of(to_ref(r) for r in found[found["relation"] == "copy"]["article_ids"])
    pred_event = pairs_of(to_ref(r) for r in found["article_ids"])
    gold_event = [{a["ref"] for a in s["articles"]} for s in stories]
    gold_copy = [g for s in stories for g in copy_groups_of(s)]
    in_gold = set().union(*gold_event)
    missing = in_gold - set(refs.values())
    texts = {refs[a]: t.text for a, t in texts.items()}
    published = {refs[a]: p for a, p in zip(arts["article_id"], arts["published"]) if isinstance(p, dt.date)}
    base_copy = baseline_pairs(texts, published, BASELINE_COPY, WINDOW_DAYS)
    base_event = baseline_pairs(texts, published, BASELINE_EVENT, WINDOW_DAYS)
    return {"articles": len(arts), "gold_articles": len(in_gold), "missing": sorted(missing),
            "maqal": {"copy": score(pred_copy, gold_copy, in_gold), "same_event": score(pred_event, gold_event, in_gold)},
            "baseline": {"copy": score(base_copy, gold_copy, in_gold),
                         "same_event": score(base_event, gold_event, in_gold)}}


def report(res: dict) -> str:
    lines = [f"{res['articles']} articles in the corpus run, {res['gold_articles']} in gold stories"
             + (f" ({len(res['missing'])} gold refs not found: {', '.join(res['missing'][:5])})" if res["missing"] else "")]
    for relation, target in (("copy", "≥ 0.95 / ≥ 0.95"), ("same_event", "≥ 0.85 / ≥ 0.80")):
        for who in ("maqal", "baseline"):
            p, r, n, g = res[who][relation]
            lines.append(f"{relation:>10} {who:>8}: precision {p:.3f} ({n} predicted pairs counted), "
                         f"recall {r:.3f} ({g} gold pairs)" + (f"   [target {target}]" if who == "maqal" else ""))
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("--corpus-out", default=None,
                    help="a maqal corpus folder covering the gold windows (built there when missing, its ANT "
                         "inputs kept in DIR-inputs)")
    args = ap.parse_args(argv)
    stories = load_gold(args.gold)
    scratch = Path(tempfile.mkdtemp(prefix="maqal-eval-stories-"))
    try:
        out = Path(args.corpus_out) if args.corpus_out else scratch / "out"
        if not (out / "_manifest.json").exists():
            build_corpus(stories, out, out.with_name(out.name + "-inputs"))
        print(report(evaluate(stories, out)))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

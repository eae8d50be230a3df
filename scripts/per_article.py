#!/usr/bin/env python
"""How far a blind set's figures can be trusted: intervals from resampling its articles, and the
paired difference between two runs of the same set (the session's start and end code).

    python scripts/eval_claims.py --gold G.jsonl --per-article start.json   # at the start commit
    python scripts/eval_claims.py --gold G.jsonl --per-article end.json     # at the end
    python scripts/per_article.py start.json               # each figure with its 95% interval
    python scripts/per_article.py start.json end.json      # end − start, with its 95% interval

A set of 29 articles has about 150 sources: one figure moves by about .04 from which articles were
drawn alone, more than most sessions change it.  Resampling whole articles (not items) keeps the
items of one article together, as they are drawn.  The paired difference resamples the same articles
in both runs, so it is much narrower than the two intervals side by side: a change is beyond the
noise of the draw when its interval leaves out 0.

Each eval script's ``--per-article FILE`` writes ``{"script", "gold", "articles": {name: {figure:
[hits, total]}}}``; a figure named ``X precision`` / ``X recall`` is a rate of hits over total
summed across articles (micro-averaged, as the scripts print them).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

RESAMPLES = 2000
SEED = 20261130


def write(path: Path, script: str, gold: list, articles: dict) -> None:
    """Write one run's per-article counts (``{name: {figure: [hits, total]}}``) as JSON."""
    Path(path).write_text(json.dumps({"script": script, "gold": [str(g) for g in gold], "articles": articles},
                                     ensure_ascii=False, indent=1), encoding="utf-8")


def read(path: Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def rate(articles: list[dict], figure: str) -> float:
    """A figure's micro-averaged rate over these articles' counts (0 where nothing is counted)."""
    hits = sum(a.get(figure, [0, 0])[0] for a in articles)
    total = sum(a.get(figure, [0, 0])[1] for a in articles)
    return hits / total if total else 0.0


def interval(values: list[float]) -> tuple[float, float]:
    """The central 95% of resampled values."""
    values = sorted(values)
    return values[int(0.025 * len(values))], values[int(0.975 * len(values)) - 1]


def resample(names: list[str], rng: random.Random) -> list[str]:
    """A bootstrap draw of article names, as many as there are, with replacement."""
    return [rng.choice(names) for _ in names]


def figures(run: dict) -> list[str]:
    seen: dict = {}
    for counts in run["articles"].values():
        seen.update(dict.fromkeys(counts))
    return list(seen)


def single(run: dict) -> list[tuple]:
    """(figure, rate, low, high) for every figure of one run."""
    names, rng = sorted(run["articles"]), random.Random(SEED)
    draws = [resample(names, rng) for _ in range(RESAMPLES)]
    out = []
    for fig in figures(run):
        point = rate([run["articles"][n] for n in names], fig)
        lo, hi = interval([rate([run["articles"][n] for n in d], fig) for d in draws])
        out.append((fig, point, lo, hi))
    return out


def paired(start: dict, end: dict) -> list[tuple]:
    """(figure, start rate, end rate, low, high of end − start) over the articles both runs scored."""
    names, rng = sorted(set(start["articles"]) & set(end["articles"])), random.Random(SEED)
    draws = [resample(names, rng) for _ in range(RESAMPLES)]
    out = []
    for fig in figures(start):
        def diff(sel):
            return rate([end["articles"][n] for n in sel], fig) - rate([start["articles"][n] for n in sel], fig)
        lo, hi = interval([diff(d) for d in draws])
        out.append((fig, rate([start["articles"][n] for n in names], fig),
                    rate([end["articles"][n] for n in names], fig), lo, hi))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", nargs="+", type=Path, help="one --per-article file, or a start and an end file")
    args = ap.parse_args(argv)
    if len(args.runs) > 2:
        ap.error("give one run, or two runs of the same set (start, end)")
    runs = [read(p) for p in args.runs]
    print(f"{runs[0]['script']}: {len(runs[0]['articles'])} articles of {', '.join(Path(g).name for g in runs[0]['gold'])}"
          f"; 95% intervals from {RESAMPLES} resamples of whole articles")
    if len(runs) == 1:
        for fig, point, lo, hi in single(runs[0]):
            print(f"  {fig:28}{point:7.3f}   [{lo:.3f}, {hi:.3f}]")
        return 0
    if runs[0]["script"] != runs[1]["script"]:
        ap.error("the two runs come from different eval scripts")
    print(f"  {'':28}{'start':>7}{'end':>7}{'end − start':>13}   95% interval   beyond the draw's noise?")
    for fig, a, b, lo, hi in paired(*runs):
        verdict = "yes" if lo > 0 or hi < 0 else "no"
        print(f"  {fig:28}{a:7.3f}{b:7.3f}{b - a:+13.3f}   [{lo:+.3f}, {hi:+.3f}]   {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

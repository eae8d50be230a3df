"""scripts/per_article.py: a blind set's figures with intervals from resampling its articles, and the
paired difference of two runs — the counts each eval script writes add up to the figures it prints."""
from __future__ import annotations

import importlib.util
import sys

from maqal import paths

from conftest import needs_corpus

SCRIPTS = paths.PROJ_ROOT / "scripts"


def _script(name: str):
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_claims_counts_per_article_add_up_to_the_printed_figures():
    needs_corpus()
    ev, pa = _script("eval_claims"), _script("per_article")
    counts: dict = {}
    res = ev.evaluate(paths.PROJ_ROOT / "tests" / "gold" / "claims_gold.jsonl", per_article=counts)
    assert len(counts) == res["articles"]
    arts = list(counts.values())
    assert pa.rate(arts, "sources exact precision") == res["sources_exact"]["precision"]
    assert pa.rate(arts, "sources exact recall") == res["sources_exact"]["recall"]
    assert pa.rate(arts, "source side accuracy") == res["source_side_accuracy"]
    run = {"script": "eval_claims", "gold": ["claims_gold.jsonl"], "articles": counts}
    for fig, point, lo, hi in pa.single(run):
        assert lo <= point <= hi, fig
    # the same run twice: no difference, and resampling cannot invent one
    assert all(a == b and lo == hi == 0 for _, a, b, lo, hi in pa.paired(run, run))


def test_a_change_confined_to_one_article_is_within_the_noise_and_a_wide_one_is_not():
    pa = _script("per_article")
    start = {f"a{i}": {"recall": [6, 10]} for i in range(30)}
    one = {**start, "a0": {"recall": [10, 10]}}  # +4 items in one article of thirty
    every = {name: {"recall": [8, 10]} for name in start}  # +2 items in every article
    run = lambda arts: {"script": "x", "gold": [], "articles": arts}  # noqa: E731
    (_, _, _, lo, hi), = pa.paired(run(start), run(one))
    assert lo <= 0 <= hi
    (_, a, b, lo, hi), = pa.paired(run(start), run(every))
    assert (a, b) == (0.6, 0.8) and lo > 0

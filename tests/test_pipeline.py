"""The analyses as components: each runs once per article, after what it needs."""
from __future__ import annotations

import pytest

from maqal import load_article, paths, pipeline
from maqal.claims import claim_rows
from maqal.timeline import date_rows, event_rows


def test_order_puts_needs_first():
    assert pipeline.order(["events"]) == ["dates", "entities", "events"]
    assert pipeline.order(["claims", "events"]) == ["entities", "claims", "dates", "events"]
    with pytest.raises(KeyError, match="no component named 'quotes'"):
        pipeline.order(["quotes"])


def test_run_gives_the_rows_of_each_analysis():
    art = load_article(paths.SAMPLE_ARTICLE)
    tables = pipeline.run(art)
    assert tables["dates"] == date_rows(art)
    assert tables["events"] == event_rows(art)
    assert tables["claims"] == claim_rows(art)
    assert tables["events"] and tables["claims"]


def test_a_registered_component_gets_the_layer_and_what_it_needs():
    seen = {}

    def years(layer, tables):
        seen["layer"] = layer
        return [d for d in tables["dates"] if d["granularity"] == "year"]

    pipeline.register(pipeline.Component("years", years, ("dates",)))
    try:
        art = load_article(paths.SAMPLE_ARTICLE)
        out = pipeline.run(art, ["years"])
        assert out["years"] and all(art.text[r["start"]:r["end"]] == r["text"] for r in out["years"])
        assert seen["layer"].article is art
    finally:
        del pipeline.COMPONENTS["years"]
    with pytest.raises(ValueError, match="needs"):
        pipeline.register(pipeline.Component("x", years, ("nothing",)))

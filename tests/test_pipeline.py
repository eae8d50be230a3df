"""The analyses as components: each runs once per article, after what it needs."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

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


def _run_python(code: str) -> dict:
    """Run ``code`` in a fresh interpreter importing this maqal; its last line of output is JSON."""
    src = os.path.dirname(os.path.dirname(pipeline.__file__))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH")) if p)}
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, env=env,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_first_analysis_of_a_runner_leaves_what_it_loaded_to_no_collection():
    """In a runner process (the command line, a corpus worker, the benchmark) the lexicons the first
    analysis loads (with the collector paused) are frozen at its end: the analyses after it run no
    collection that walks them again."""
    found = _run_python("""
        import gc, json
        from maqal import load_article, paths, pipeline
        from maqal.analysis import analyze
        pipeline.runner_process()
        art = load_article(paths.SAMPLE_ARTICLE)
        analyze(art)
        frozen = gc.get_freeze_count()
        older = []
        gc.callbacks.append(lambda phase, info: older.append(info["generation"])
                            if phase == "start" and info["generation"] > 0 else None)
        for _ in range(5):
            analyze(art)
        print(json.dumps({"frozen": frozen, "older_collections": len(older)}))
    """)
    assert found["frozen"] > 100_000  # the lexicons, gazetteer and patterns
    assert found["older_collections"] == 0


def test_an_analysis_in_a_kernel_freezes_none_of_the_analysts_objects():
    """A notebook kernel (or any script) that calls ``analyze`` is no runner: nothing is frozen, and a
    reference cycle the analyst made before the analysis is still collected."""
    found = _run_python("""
        import gc, json, weakref
        from maqal import load_article, paths
        from maqal.analysis import analyze

        class Cell:
            pass

        cell = Cell()
        cell.self = cell  # the analyst's own reference cycle
        alive = weakref.ref(cell)
        art = load_article(paths.SAMPLE_ARTICLE)
        data = analyze(art)
        analyze(art)
        del cell
        gc.collect()
        print(json.dumps({"frozen": gc.get_freeze_count(), "cycle_collected": alive() is None,
                          "dates": len(data["dates"])}))
    """)
    assert found["dates"] > 0
    assert found["frozen"] == 0
    assert found["cycle_collected"]


def test_the_command_line_is_a_runner():
    """``maqal analyze`` declares its process a runner: its analysis ends with the lexicons frozen."""
    found = _run_python("""
        import contextlib, gc, io, json
        from maqal import paths
        from maqal.cli import main
        written = io.BytesIO()
        with contextlib.redirect_stdout(io.TextIOWrapper(written, encoding="utf-8")) as out:
            code = main(["analyze", str(paths.SAMPLE_ARTICLE), "--json"])
            out.flush()
        dates = len(json.loads(written.getvalue())["dates"])
        print(json.dumps({"code": code, "frozen": gc.get_freeze_count(), "dates": dates}))
    """)
    assert found["code"] == 0 and found["dates"] > 0
    assert found["frozen"] > 100_000

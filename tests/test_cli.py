import json
import subprocess
import sys

import pytest

from maqal import paths
from maqal.analysis import analyze, to_json
from maqal.cli import main

SNN = paths.ARTICLES_DIR / "saudinewsnet_sample_2015-08-02.json"


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "maqal.cli", *map(str, args)], capture_output=True)


def test_analyze_json_is_utf8_and_every_span_indexes_the_text():
    res = run_cli("analyze", paths.SAMPLE_ARTICLE, "--json")
    assert res.returncode == 0, res.stderr.decode()
    raw = res.stdout.decode("utf-8")
    assert "\\u06" not in raw and "كوريا" in raw  # Arabic left readable, not escaped
    data = json.loads(raw)
    assert set(data) >= {"article", "frequencies", "collocations", "keywords", "dates", "events", "claims"}
    text = data["article"]["text"]
    assert data["article"]["published"] == "2023-09-12" and data["article"]["published_inferred"] is True
    for row in data["frequencies"]:
        assert {"term", "count", "forms"} <= set(row)
        assert all(text[s:e] in row["forms"] for s, e in row["spans"])
    for row in data["collocations"]:
        assert all(len(text[s:e].split()) == row["n_words"] for s, e in row["spans"])
    assert data["keywords"][0]["log_likelihood"] >= data["keywords"][-1]["log_likelihood"]
    for key in ("dates", "events", "claims"):
        assert data[key], key
        for row in data[key]:
            assert text[row["start"]:row["end"]] == row["text"]
    assert {"2019-04", "2023-09-11"} <= {d["value"] for d in data["dates"]}
    assert all(d["start_date"] is None or len(d["start_date"]) == 10 for d in data["dates"])  # ISO dates
    quoted = [c for c in data["claims"] if c["direct_quote"] and c["source_side"] == "Russia"]
    assert quoted and all(text[c["source_start"]:c["source_end"]] == c["source"] for c in quoted)


def test_analyze_published_override_and_array_selection():
    res = run_cli("analyze", SNN, "--index", "2", "--published", "2015-08-02", "--json")
    data = json.loads(res.stdout)
    assert data["article"]["published"] == "2015-08-02" and data["article"]["published_inferred"] is False
    assert data["article"]["source"] == json.loads(SNN.read_text())[2]["source"]


def test_analyze_is_deterministic():
    a = to_json(analyze(paths.SAMPLE_ARTICLE))
    b = to_json(analyze(paths.SAMPLE_ARTICLE))
    assert a == b


@pytest.mark.parametrize("content,problem", [(None, "no such file"), (b"", "empty"), (b"\x89PNG\r\n\x1a\n\0\0\0", "png image, not text")])
def test_bad_input_is_a_clear_error_naming_the_file(tmp_path, capsys, content, problem):
    path = tmp_path / "article.txt"
    if content is not None:
        path.write_bytes(content)
    assert main(["analyze", str(path)]) == 2
    err = capsys.readouterr().err
    assert str(path) in err and problem in err.lower()


def test_a_reader_that_stops_early_is_no_traceback(tmp_path):
    """``maqal corpus ... | head -1``: the summary's second line met a closed pipe and printed a
    BrokenPipeError traceback; now the command ends quietly (exit 1), its folder committed."""
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "maqal.cli", "corpus", f"{SNN}#0", "--out", str(out), "--workers", "1",
           "--quiet", "--tables", "terms"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # the reader is gone before anything is printed
    err = proc.stderr.read().decode("utf-8")
    assert proc.wait(timeout=120) == 1 and err == "", err
    assert (out / "_manifest.json").is_file()


def test_python_dash_m_maqal_is_the_command_line():
    """``python -m maqal analyze ...`` (no console script on the PATH): it was 'No module named maqal.__main__'."""
    res = subprocess.run([sys.executable, "-m", "maqal", "analyze", f"{SNN}#0", "--top", "3"], capture_output=True)
    assert res.returncode == 0, res.stderr.decode("utf-8")
    assert len(res.stdout.decode("utf-8").splitlines()) == 5  # the article, its counts, three terms

"""Whatever analysts feed maqal: odd but valid text is analysed correctly, bad input gets an
error that names the file and says what to do, report text can never run as code."""
import json
import os

import pytest

import maqal
from maqal.analysis import analyze, to_json
from maqal.errors import ArticleError, NotArabic, OutputError, UndecodableText
from maqal.loading import load_article, load_text


def _analysable(text):
    data = analyze(load_text(text))
    t = data["article"]["text"]
    for key in ("frequencies",):
        for row in data[key]:
            assert all(t[s:e] in row["forms"] for s, e in row["spans"])
    for key in ("dates", "events", "claims"):
        for row in data[key]:
            assert t[row["start"]:row["end"]] == row["text"]
    return data


def test_every_diacritic_and_tatweel_runs_count_as_the_plain_word(sample_text):
    voweled = "زَارَ الرَّئِيسُ الرُّوسِيُّ مُوسْكُو، وَزَارَ الرئيـــــسُ موسكـــــو ثُمَّ زار الرئيس موسكو."
    data = _analysable(voweled)
    rows = {r["term"]: r for r in data["frequencies"]}
    president = [r for r in data["frequencies"] if "الرئيس" in r["forms"]][0]
    assert president["count"] == 3 and len(president["forms"]) == 3
    assert any("موسكو" in r["forms"] and r["count"] == 3 for r in rows.values())


def test_bidi_controls_zero_width_joiners_and_indic_digits():
    text = "\u202bزار\u200c الرئيس\u200f موسكو في ٢٠١٩ و۲۰۲۳\u202c وزار\u200d الرئيس موسكو مجدداً."
    data = _analysable(text)
    assert any(r["count"] == 2 and "موسكو" in r["forms"] for r in data["frequencies"])
    assert {"2019", "2023"} <= {d["value"] for d in data["dates"]}


def test_a_one_word_article_is_analysed():
    data = _analysable("موسكو")
    assert data["frequencies"][0]["term"] == "موسكو" and data["claims"]


def test_mixed_encodings_in_one_file_are_refused_not_garbled(tmp_path, sample_text):
    path = tmp_path / "mixed.txt"
    half = len(sample_text) // 2
    path.write_bytes(sample_text[:half].encode("utf-8") + sample_text[half:].encode("cp1256"))
    with pytest.raises(UndecodableText) as err:
        load_article(path)
    assert str(path) in str(err.value)


def test_json_that_is_not_an_article(tmp_path):
    for i, payload in enumerate([{"a": 1}, [1, 2, 3], "just a string", [{"title": "x", "content": ""}]]):
        path = tmp_path / f"bad{i}.json"
        path.write_text(json.dumps(payload), encoding="utf-8")
        with pytest.raises(ArticleError) as err:
            load_article(path, index=0) if isinstance(payload, list) else load_article(path)
        assert path.name in str(err.value)


def test_english_only_is_refused_with_advice(tmp_path):
    path = tmp_path / "english.txt"
    path.write_text("The Kremlin said on Monday that the visit would go ahead.", encoding="utf-8")
    with pytest.raises(NotArabic) as err:
        load_article(path)
    assert "strict=False" in str(err.value) and str(path) in str(err.value)


@pytest.mark.slow
def test_a_50_mb_article_loads_and_counts(tmp_path, sample_text):
    from maqal.frequencies import count_terms

    path = tmp_path / "huge.txt"
    reps = 50_000_000 // len(sample_text.encode("utf-8")) + 1
    path.write_text("\n".join([sample_text] * reps), encoding="utf-8")
    art = load_article(path)
    counts = count_terms(art.text)
    assert counts[max(counts, key=counts.get)] >= 11 * reps


def test_article_text_is_escaped_in_reports_views():
    from maqal import views

    art = load_text("قال المتحدث <script>alert('x')</script> إن الزيارة <b>ستتم</b> غداً.")
    html = views.article_html(art)._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html and "<b>" not in html
    table = views.table(maqal.term_frequencies(art)).to_html()
    assert "<script>" not in table


def test_a_folder_without_write_permission_is_a_clear_error(tmp_path, monkeypatch):
    """CI runs as root, who may write anywhere, so the file system's refusal is simulated."""
    from maqal import reports

    real_access = os.access
    monkeypatch.setattr(reports.os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    with pytest.raises(OutputError) as err:
        reports.run_article(maqal.paths.SAMPLE_ARTICLE, tmp_path / "ro", tmp_path / "f", progress=False)
    assert "--out" in str(err.value) and "ro" in str(err.value)
    assert not list((tmp_path / "ro").rglob("*.html"))  # nothing half-written


def test_json_output_is_deterministic_bytes():
    a = to_json(analyze(maqal.paths.SAMPLE_ARTICLE))
    b = to_json(analyze(maqal.paths.SAMPLE_ARTICLE))
    assert a == b


@pytest.mark.slow
def test_real_corpus_slice_without_a_crash():
    """The first 300 shared-corpus articles through the whole analysis (``make check-corpus``
    runs all 27,644)."""
    import io
    import sys
    from pathlib import Path

    from conftest import needs_corpus

    needs_corpus()
    sys.path.insert(0, str(maqal.paths.PROJ_ROOT / "scripts"))
    try:
        import check_corpus
    finally:
        sys.path.pop(0)
    out = io.StringIO()
    counts = check_corpus.run(Path(maqal.paths.CORPUS_DIR), limit=300, workers=2, out=out)
    assert counts.get("crash", 0) == 0, out.getvalue()
    assert counts["ok"] >= 280


@pytest.mark.parametrize("where", ["2015-08-09.zip#360"])  # a role phrase split by a line break
def test_corpus_articles_that_once_crashed(where):
    from conftest import needs_corpus

    needs_corpus()
    name, index = where.split("#")
    art = load_article(maqal.paths.CORPUS_DIR / name, index=int(index))
    data = analyze(art)
    assert to_json(data) and data["claims"]


def test_results_do_not_depend_on_the_articles_analysed_before(snn_sample, sample_text):
    """No state may leak between articles (a corpus worker analyses thousands in a row)."""
    from maqal.claims import claims
    from maqal.timeline import event_rows, find_dates

    def run(text):
        art = load_text(text, published="2015-08-02")
        return to_json({"events": event_rows(art), "dates": find_dates(art).to_dict("records"),
                        "claims": claims(art).to_dict("records")})

    texts = [sample_text] + [a["content"] for a in snn_sample]
    forward = [run(t) for t in texts]
    backward = [run(t) for t in reversed(texts)][::-1]
    assert forward == backward


@pytest.mark.parametrize("where", ["2015-07-22.zip#2044", "2015-07-31.zip#375", "2015-07-31.zip#405",
                                   "2015-08-08.zip#1"])
def test_arabic_articles_once_refused_as_persian(where):
    """Arabic typed with Persian ی/ک: the full-corpus check once refused these as Persian."""
    from conftest import needs_corpus

    needs_corpus()
    name, index = where.split("#")
    art = load_article(maqal.paths.CORPUS_DIR / name, index=int(index))
    assert not any("Persian" in w for w in art.warnings)

"""The notebooks run top to bottom, unedited, on different articles, and become
self-contained HTML reports; reports are written whole or not at all."""
import os
import re
from pathlib import Path

import pytest

from maqal import paths
from maqal.files import atomic_write
from maqal.paths import safe_name
from maqal.reports import run_article, run_reports

SNN = paths.ARTICLES_DIR / "saudinewsnet_sample_2015-08-02.json"


@pytest.fixture(scope="module")
def sample_reports(tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    figs = tmp_path_factory.mktemp("figures")
    return run_article(paths.SAMPLE_ARTICLE, out, figs, progress=False, timeout=300), figs


def _check_report(html_path: Path):
    page = html_path.read_text(encoding="utf-8")
    assert 'dir="rtl"' in page
    assert "Traceback" not in page and "output_error" not in page
    # self-contained: images inline, no script, style or image fetched from anywhere
    imgs = re.findall(r"<img[^>]+src=\"([^\"]+)\"", page)
    assert (imgs or "<svg" in page) and all(src.startswith("data:image/") for src in imgs)
    assert all(href.startswith("#") for href in re.findall(r'xlink:href="([^"]+)"', page))  # inline SVG: in-page links
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=[\"']?(https?:)?//", page)
    assert "import(" not in page or "cdnjs" not in page
    # code hidden by default; a picker that cannot run without a kernel leaves no text form behind
    assert "maqal.load_article(" not in page and "Explorer(children" not in page
    return page


@pytest.mark.slow
def test_sample_article_reports(sample_reports):
    result, figs = sample_reports
    names = [p.name for p in result.html]
    assert names == ["00_brief.html", "01_article.html", "02_word_frequencies.html", "03_visit_timeline.html",
                     "04_claims_and_sources.html"]
    brief = result.html[0].read_text(encoding="utf-8")
    assert brief.index('id="maqal-brief"') < brief.index('id="maqal-s0"')  # the brief, then the text
    assert "كيم جونغ أون" in brief and "ديمتري بيسكوف" in brief and 'href="#maqal-s' in brief
    page1 = _check_report(result.html[1])
    assert "موسكو" in page1 and "2023-09-12" in page1
    page2 = _check_report(result.html[2])
    assert "كيم جونغ أون" in page2  # a collocation found in the article
    figs = figs / safe_name(result.article)  # figures/<article id>/
    produced = sorted(p.name for p in figs.glob("*.png"))
    # hedged by side (one side of five claims or more) has nothing to show in the sample: a sentence,
    # not a figure; claims per source has (the United States is heard twice, as «الأميركيين» too)
    assert produced == ["01-sentence-lengths.png", "02-keywords.png", "02-top-terms.png", "02-word-cloud.png",
                        "03-timeline.png", "04-attributed-vs-own-voice.png", "04-claims-per-source-type.png",
                        "04-claims-per-source.png", "04-direct-vs-indirect.png"]
    page3 = _check_report(result.html[3])
    assert "أبريل 2019" in page3 and "2023-W37" in page3
    page4 = _check_report(result.html[4])
    assert "المتحدث باسم الكرملين ديمتري بيسكوف" in page4
    assert "كل مصدر بعدد الادعاءات نفسه" not in page4  # the sentence a chart of equal bars becomes
    assert all(p.with_suffix(".svg").exists() for p in figs.glob("*.png"))
    # one stylesheet (with the font) and one table script for the folder, not one per page
    assets = sorted(p.name for p in result.folder.iterdir() if p.suffix in (".css", ".js"))
    assert assets == ["maqal-report.css", "maqal-tables.js"]
    assert "@font-face" in (result.folder / "maqal-report.css").read_text(encoding="utf-8")
    assert all(page.read_text(encoding="utf-8").count("<script") <= 1 for page in result.html)
    assert sum(p.stat().st_size for p in result.folder.iterdir()) < 2_000_000


@pytest.mark.slow
def test_same_notebooks_run_on_a_saudinewsnet_article(tmp_path):
    res = run_article(SNN, tmp_path / "r", tmp_path / "f", select=4, progress=False, timeout=300)
    page = _check_report(res.html[2])
    assert res.folder.name.startswith("url-")
    import json

    title = json.loads(SNN.read_text())[4]["title"]
    assert title.split()[0] in page


@pytest.mark.slow
def test_a_failed_article_does_not_stop_the_others(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("  \n", encoding="utf-8")
    results = run_reports([bad, SNN.with_name("missing.json")], tmp_path / "r", progress=False, only=["01"])
    assert [r.error is not None for r in results] == [False, True]  # an empty article is skipped, not failed
    assert results[0].skipped == "empty"
    index = (tmp_path / "r" / "index.html").read_text(encoding="utf-8")
    assert "empty.txt" in index and "missing.json" in index


def test_safe_names_never_leave_the_folder():
    for raw in ["../../etc/passwd", "/abs/path", "..", "a/b\\c", "", "مقال ١"]:
        name = safe_name(raw)
        assert "/" not in name and "\\" not in name and not name.startswith(".") and name
    assert safe_name("مقال ١") == "مقال-١"


def test_atomic_write_keeps_the_old_file_on_failure(tmp_path):
    target = tmp_path / "report.html"
    atomic_write(target, "old")

    class Boom:
        def encode(self, *_):
            raise RuntimeError("disk full")

    with pytest.raises(Exception):
        atomic_write(target, Boom())  # type: ignore[arg-type]
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["report.html"]


def test_atomic_write_with_a_writer_function(tmp_path):
    """A function given the temporary path writes the file (how Parquet parts and figures are saved)."""
    target = tmp_path / "sub" / "part.bin"
    assert atomic_write(target, lambda tmp: tmp.write_bytes(b"new")) == target
    assert target.read_bytes() == b"new" and oct(target.stat().st_mode & 0o777) == "0o644"

    def failing(tmp):
        tmp.write_bytes(b"half")
        raise OSError("disk full")

    with pytest.raises(OSError):
        atomic_write(target, failing)
    assert target.read_bytes() == b"new" and os.listdir(target.parent) == ["part.bin"]


def _fake_execute(nbs, params, folder, label, **kw):
    """Stands in for running the notebooks: one page naming the input it was given."""
    from maqal.files import atomic_write

    kw["before"]()  # the brief page, written while the kernel would start
    return [atomic_write(folder / "01_article.html", params["article_path"])]


def test_same_file_names_in_two_folders_get_two_report_folders(tmp_path, monkeypatch, sample_text):
    from maqal import reports

    monkeypatch.setattr(reports, "_execute_all", _fake_execute)
    long_name = "تقرير " * 20  # ids alike in their first 80 characters
    inputs = []
    for sub in ("a", "b"):
        for name in ("same.txt", f"{long_name}{sub}.txt"):
            (tmp_path / sub).mkdir(exist_ok=True)
            (tmp_path / sub / name).write_text(sample_text, encoding="utf-8")
            inputs.append(tmp_path / sub / name)
    results = reports.run_reports(inputs, tmp_path / "r", progress=False, figures_dir=tmp_path / "f")
    assert not [r.error for r in results if r.error]
    assert len({r.folder for r in results}) == 4
    for r, path in zip(results, inputs):
        assert (r.folder / "01_article.html").read_text(encoding="utf-8") == str(path.resolve())
    again = reports.run_reports(inputs[::-1], tmp_path / "r", progress=False, figures_dir=tmp_path / "f")
    assert sorted(r.folder for r in again) == sorted(r.folder for r in results)  # each input keeps its folder


def test_a_failed_report_leaves_no_folder(tmp_path, monkeypatch, sample_text):
    from maqal import reports

    def failing(nbs, params, folder, label, **kw):
        folder.mkdir(parents=True, exist_ok=True)  # the brief page is written first
        figures = Path(params["figures_dir"])
        figures.mkdir(parents=True)  # and the first notebook saved a figure
        (figures / "timeline.png").write_bytes(b"half")
        raise RuntimeError("kernel died")

    monkeypatch.setattr(reports, "_execute_all", failing)
    (tmp_path / "x.txt").write_text(sample_text, encoding="utf-8")
    (tmp_path / "f").mkdir()
    results = reports.run_reports([tmp_path / "x.txt"], tmp_path / "r", progress=False, figures_dir=tmp_path / "f")
    assert results[0].error == "kernel died"
    assert [p.name for p in (tmp_path / "r").iterdir()] == ["index.html"]
    assert list((tmp_path / "f").iterdir()) == []


def test_an_empty_article_is_skipped_not_failed_in_a_corpus_run(tmp_path, sample_text):
    from maqal import corpus

    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "article.txt").write_text(sample_text, encoding="utf-8")
    (inp / "blank.txt").write_text(" \n\t\n", encoding="utf-8")
    run = corpus.run_corpus([inp], tmp_path / "out", workers=1, progress=False, tables=["terms"])
    assert run.articles == 1 and not run.errors
    assert [Path(e["file"]).name for e in run.empty] == ["blank.txt"] and "whitespace" in run.empty[0]["why"]
    import json

    manifest = json.loads((tmp_path / "out" / "_manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["empty"]) == 1 and not manifest["errors"]


def test_the_font_subset_made_ahead_still_covers_a_last_page_with_new_letters(tmp_path):
    """The report makes its pages' font subset before its last page (prepare_assets); a last
    page with letters the others lack gets them in the stylesheet's font all the same."""
    import base64
    import io
    import re

    from fontTools.ttLib import TTFont

    from maqal import report_assets

    (tmp_path / "00_brief.html").write_text("<p>روسيا</p>", encoding="utf-8")
    report_assets.prepare_assets(tmp_path)
    (tmp_path / "01_article.html").write_text("<p>كوريا الشمالية 2023</p>", encoding="utf-8")
    report_assets.write_assets(tmp_path)
    css = (tmp_path / report_assets.CSS_FILE).read_text(encoding="utf-8")
    woff = base64.b64decode(re.search(r"font-family: 'maqal-arabic'.*?base64,([A-Za-z0-9+/=]+)\)", css)[1])
    cmap = TTFont(io.BytesIO(woff)).getBestCmap()
    assert all(ord(c) in cmap for c in "روسياكشملة2023")
    assert ord("ج") not in cmap  # a subset: a letter no page has is left out


def test_a_report_made_again_keeps_its_stylesheet_when_its_pages_have_the_same_letters(tmp_path, monkeypatch):
    """The stylesheet of a report made again, whose pages have the letters they had, is left as
    it is: no font subset is cut, before the last page or after; a page with a new letter, or a
    stylesheet changed since, makes it again."""
    from maqal import report_assets

    (tmp_path / "00_brief.html").write_text("<p>روسيا</p>", encoding="utf-8")
    (tmp_path / "01_article.html").write_text("<p>كوريا الشمالية 2023</p>", encoding="utf-8")
    css = report_assets.write_assets(tmp_path)[0]
    first, written = css.read_bytes(), css.stat().st_ino
    (tmp_path / "01_article.html").write_text("<p>الشمالية كوريا 2023</p>", encoding="utf-8")  # the same letters
    with monkeypatch.context() as m:
        m.setattr(report_assets, "font_face_css", lambda *a: pytest.fail("the same subset was cut again"))
        report_assets.prepare_assets(tmp_path)
        assert report_assets.write_assets(tmp_path)[0] == css
    assert css.stat().st_ino == written and css.read_bytes() == first
    (tmp_path / "01_article.html").write_text("<p>كوريا الجنوبية 2023</p>", encoding="utf-8")  # ج and ن are new
    report_assets.write_assets(tmp_path)
    assert css.read_bytes() != first
    again = css.read_bytes()
    css.write_text("edited", encoding="utf-8")
    report_assets.write_assets(tmp_path)
    assert css.read_bytes() == again


@pytest.mark.skipif(not hasattr(os, "fork"), reason="figures are drawn aside by forked children")
def test_a_figure_drawn_aside_in_a_report_kernel_is_shown_as_it_is_drawn_here(tmp_path):
    """In a report's kernel a figure's PNG and SVG are drawn by a forked child (charts.shown while
    files are written aside); the page then shows that PNG in the figure's place, with the size a
    notebook records for it, and no file older than the drawing: one drawn here looks the same."""
    import base64
    import threading

    import nbformat

    from maqal import charts, reports

    terms = {"روسيا": 42, "كوريا الشمالية": 35, "بوتين": 30, "كيم": 28, "موسكو": 15}
    fig = charts.bar_top_terms(terms)
    png, size = charts.shown(fig, "here", tmp_path)._repr_png_()
    (tmp_path / "aside.png").write_bytes(b"an older drawing")
    charts.write_files_aside()
    try:
        shown = charts.shown(fig, "aside", tmp_path)
        assert isinstance(shown, charts.DrawnAside)
        assert not (tmp_path / "aside.png").exists() or (tmp_path / "aside.png").read_bytes() == png
        output = nbformat.v4.new_output("execute_result", data=shown._repr_mimebundle_(), execution_count=1)
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(outputs=[output])])
        reports.show_drawn_aside(nb, threading.Event())  # waits for the child's file
        charts.files_written()
    finally:
        charts.write_files_aside(False)
    shown_output = nb.cells[0].outputs[0]
    assert base64.b64decode(shown_output.data["image/png"]) == png
    assert shown_output.metadata == {"image/png": size} and shown_output.output_type == "execute_result"
    assert (tmp_path / "aside.svg").read_bytes() == (tmp_path / "here.svg").read_bytes()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="figures are drawn aside by forked children")
def test_a_timeline_drawn_aside_is_the_inline_svg_drawn_here(tmp_path):
    """The timeline's page embeds its SVG; drawn aside in a report's kernel, the page takes the
    SVG the child wrote, and is the page of the timeline drawn here, links and all."""
    import threading

    import nbformat

    import maqal
    from maqal import charts, reports, timeline, timeline_chart

    article = maqal.load_article(paths.SAMPLE_ARTICLE)
    dates = timeline.find_dates(article)
    fig = timeline_chart.timeline_chart(timeline.events(article, dates=dates), dates, published=article.published)
    here = timeline_chart.shown(fig, "here", tmp_path).data
    charts.write_files_aside()
    try:
        shown = timeline_chart.shown(fig, "aside", tmp_path)
        output = nbformat.v4.new_output("execute_result", data=shown._repr_mimebundle_(), execution_count=1)
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(outputs=[output])])
        reports.show_drawn_aside(nb, threading.Event())
        charts.files_written()
    finally:
        charts.write_files_aside(False)
    assert nb.cells[0].outputs[0].data["text/html"] == here and 'href="#maqal-s' in here
    assert (tmp_path / "aside.png").read_bytes() == (tmp_path / "here.png").read_bytes()


def test_a_figure_shown_again_unchanged_is_not_drawn_again(tmp_path, monkeypatch):
    """``make report`` again on one article makes the same figures: a figure shown again under its
    name in its folder leaves its files as they are (no child drawing them in a report's kernel)
    and shows them as the first time; a changed figure, or a file changed since, is drawn again."""
    from maqal import charts

    terms = {"روسيا": 42, "كوريا الشمالية": 35, "بوتين": 30, "كيم": 28, "موسكو": 15}
    first = charts.shown(charts.bar_top_terms(terms), "terms", tmp_path)._repr_png_()
    png, svg = tmp_path / "terms.png", tmp_path / "terms.svg"
    written = [png.stat().st_ino, svg.stat().st_ino]
    assert charts.shown(charts.bar_top_terms(terms), "terms", tmp_path)._repr_png_() == first
    charts.write_files_aside()
    try:
        with monkeypatch.context() as m:
            m.setattr(os, "fork", lambda: pytest.fail("an unchanged figure was drawn again"))
            aside = charts.shown(charts.bar_top_terms(terms), "terms", tmp_path)
        assert isinstance(aside, charts.DrawnAside) and aside.file == png
    finally:
        charts.write_files_aside(False)
    assert [png.stat().st_ino, svg.stat().st_ino] == written
    assert charts.page_output({"file": str(png), "html": None})[0]["image/png"]  # the page shows the file
    changed = charts.shown(charts.bar_top_terms({**terms, "بوتين": 31}), "terms", tmp_path)._repr_png_()
    assert changed != first and png.stat().st_ino != written[0]
    svg.write_text("<svg>edited</svg>")
    assert charts.shown(charts.bar_top_terms({**terms, "بوتين": 31}), "terms", tmp_path)._repr_png_() == changed
    assert svg.read_text() != "<svg>edited</svg>"


def test_a_word_cloud_shown_again_from_the_same_words_is_not_drawn_again(tmp_path, monkeypatch):
    """02's word cloud is the cloud save_image saves; shown again from the same words it is the
    file left in place (the cloud is not drawn), from other words it is drawn again."""
    from maqal import charts

    terms = {"روسيا": 42, "كوريا الشمالية": 35, "بوتين": 30, "كيم جونغ أون": 28, "موسكو": 15}
    first = charts.shown_cloud(terms, "cloud", tmp_path, width=300, height=200)
    assert first.data == charts.save_image(charts.word_cloud(terms, width=300, height=200), "here", tmp_path).data
    assert (tmp_path / "cloud.svg").read_bytes() == (tmp_path / "here.svg").read_bytes()
    written = (tmp_path / "cloud.png").stat().st_ino
    with monkeypatch.context() as m:
        m.setattr(charts, "drawn_cloud", lambda *a: pytest.fail("the same cloud was drawn again"))
        assert charts.shown_cloud(dict(terms), "cloud", tmp_path, width=300, height=200).data == first.data
    assert (tmp_path / "cloud.png").stat().st_ino == written
    other = charts.shown_cloud({**terms, "بيونغ يانغ": 20}, "cloud", tmp_path, width=300, height=200)
    assert other.data != first.data and (tmp_path / "cloud.png").read_bytes() == other.data


def test_a_figure_has_the_same_fingerprint_in_every_process(tmp_path):
    """What makes a second report find its figures drawn: the timeline (its date axis made with
    the time it was made) and a bar chart of the sample article have one fingerprint here and in
    another process; a timeline shown again is its page as before, from the file left in place."""
    import subprocess
    import sys

    code = ("import maqal\nfrom maqal import charts, figure_cache, timeline, timeline_chart\n"
            "article = maqal.load_article(maqal.paths.SAMPLE_ARTICLE)\n"
            "dates = timeline.find_dates(article)\n"
            "fig = timeline_chart.timeline_chart(timeline.events(article, dates=dates), dates, published=article.published)\n"
            "bars = charts.bar_top_terms(maqal.term_frequencies(maqal.text_layer(article)), n=20)\n"
            "print(figure_cache.fingerprint(fig), figure_cache.fingerprint(bars))\n")
    prints = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
              for _ in range(2)]
    assert prints[0] == prints[1] and "None" not in prints[0]
    import maqal
    from maqal import timeline, timeline_chart

    article = maqal.load_article(paths.SAMPLE_ARTICLE)
    dates = timeline.find_dates(article)
    evs = timeline.events(article, dates=dates)
    page = timeline_chart.shown(timeline_chart.timeline_chart(evs, dates, published=article.published),
                                "timeline", tmp_path).data
    written = (tmp_path / "timeline.svg").stat().st_ino
    again = timeline_chart.timeline_chart(evs, dates, published=article.published)  # made again, as a notebook does
    assert timeline_chart.shown(again, "timeline", tmp_path).data == page
    assert (tmp_path / "timeline.svg").stat().st_ino == written


def test_notebook_libraries_import_papermill_without_its_remote_back_ends():
    """A report reads its notebooks from files: papermill's notebook reading is imported without
    the libraries of its HDFS, GCS and GitHub back-ends (pyarrow alone a quarter of a second),
    and they stay importable afterwards for anything else."""
    import subprocess
    import sys

    code = ("import sys\nfrom maqal import reports\nreports.notebook_libraries()\n"
            "from papermill.iorw import load_notebook_node\n"
            "print(sorted(m for m in reports.PAPERMILL_REMOTE if m in sys.modules))\n"
            "import pyarrow.fs\nprint(pyarrow.fs.HadoopFileSystem.__name__)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["[]", "HadoopFileSystem"]

"""Files and the command line as an analyst meets them: outputs where the command runs, readable
by others, no local paths in reports, one PATH syntax, hints that name the flag, empty ≠ failed."""
import json
import os
import stat
import subprocess
import sys

import pytest

from maqal import paths
from maqal.cli import cli_message, main
from maqal.files import atomic_write, make_folder
from maqal.loading import load_article
from maqal.views import metadata_table

from conftest import needs_corpus

SNN = paths.ARTICLES_DIR / "saudinewsnet_sample_2015-08-02.json"


def _mode(p):
    return stat.S_IMODE(os.stat(p).st_mode)


def test_written_files_are_0644_and_new_folders_0755_whatever_the_umask(tmp_path):
    old = os.umask(0o077)
    try:
        target = atomic_write(tmp_path / "a" / "b" / "report.html", "<p>تقرير</p>")
        made = make_folder(tmp_path / "c" / "d")
    finally:
        os.umask(old)
    assert _mode(target) == 0o644
    assert _mode(tmp_path / "a") == _mode(tmp_path / "a" / "b") == 0o755
    assert _mode(made) == _mode(tmp_path / "c") == 0o755


def test_an_existing_folder_keeps_its_permissions(tmp_path):
    private = tmp_path / "mine"
    private.mkdir(mode=0o700)
    os.chmod(private, 0o700)
    atomic_write(private / "x.txt", "x")
    assert _mode(private) == 0o700 and _mode(private / "x.txt") == 0o644


def test_command_line_outputs_default_to_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.delenv("MAQAL_REPORTS", raising=False)
    monkeypatch.delenv("MAQAL_FIGURES", raising=False)
    monkeypatch.chdir(tmp_path)
    assert paths.output_folder("reports") == tmp_path.resolve() / "reports"
    assert paths.output_folder("figures") == tmp_path.resolve() / "figures"
    assert paths.output_folder("reports") != paths.PROJ_ROOT / "reports"


def test_corpus_report_takes_figures():
    help_text = subprocess.run([sys.executable, "-m", "maqal.cli", "corpus", "--help"], capture_output=True,
                               text=True).stdout
    assert "--figures" in help_text


def test_metadata_shows_the_file_name_not_where_it_lies():
    art = load_article(paths.SAMPLE_ARTICLE)
    html = metadata_table(art).data
    assert paths.SAMPLE_ARTICLE.name in html
    assert str(paths.SAMPLE_ARTICLE.parent) not in html and str(paths.PROJ_ROOT) not in html


def test_analyze_takes_file_hash_index_and_file_hash_id(capsys):
    assert main(["analyze", f"{SNN}#2", "--json"]) == 0
    by_index = json.loads(capsys.readouterr().out)["article"]
    assert by_index["source"] == json.loads(SNN.read_text(encoding="utf-8"))[2]["source"]
    assert main(["analyze", f"{SNN}#{by_index['id']}", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["article"]["id"] == by_index["id"]


def test_analyze_takes_a_saudinewsnet_day_and_an_ant_docno(capsys):
    needs_corpus()
    day = paths.CORPUS_DIR / "2015-07-21.zip"
    assert main(["analyze", f"{day}#212"]) == 0
    assert "sentences" in capsys.readouterr().out
    assert main(["analyze", f"{paths.ANT_DIR / 'BBC.zip'}#BB-culture-1-20180218"]) == 0
    assert "BBC" in capsys.readouterr().out


def test_hints_name_the_command_line_flag(tmp_path, capsys):
    assert main(["analyze", str(SNN)]) == 2
    err = capsys.readouterr().err
    assert "#0..#" in err and "--select" in err and "index=" not in err
    assert main(["analyze", str(paths.SAMPLE_ARTICLE), "--published", "2023-13-01"]) == 2
    err = capsys.readouterr().err
    assert "--published YYYY-MM-DD" in err and "datetime" not in err and "published=" not in err
    english = tmp_path / "en.txt"
    english.write_text("This is an English text about a summit in Moscow, nothing Arabic.", encoding="utf-8")
    assert main(["analyze", str(english)]) == 2
    err = capsys.readouterr().err
    assert "--any-language" in err and "strict=False" not in err
    assert main(["analyze", str(english), "--any-language"]) == 0


def test_every_hint_rule_rewrites_something():
    assert cli_message("x — pass encoding='...'") == "x — add --encoding NAME (e.g. --encoding cp1256)"
    assert "index=" not in cli_message("f: pass either index= or select=, not both")


def test_empty_articles_are_skipped_not_failed(tmp_path, capsys, sample_text):
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    from maqal import reports

    results = reports.run_reports([tmp_path / "empty.txt", tmp_path / "broken.json"], tmp_path / "r", progress=False)
    assert [bool(r.skipped) for r in results] == [True, False]
    assert [bool(r.error) for r in results] == [False, True]
    index = (tmp_path / "r" / "index.html").read_text(encoding="utf-8")
    assert "empty.txt" in index and "broken.json" in index
    assert main(["report", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "r2")]) == 0
    assert "skipped (empty)" in capsys.readouterr().err


def test_progress_names_the_article_and_the_notebook(tmp_path, monkeypatch):
    from maqal import reports

    seen = []

    def record(kernel, nb_path, params, **kw):
        seen.append(kw["desc"])
        raise KeyboardInterrupt  # stop before running anything

    monkeypatch.setattr(reports, "execute_notebook", record)
    with pytest.raises(KeyboardInterrupt):
        reports.run_article(paths.SAMPLE_ARTICLE, tmp_path / "r", tmp_path / "f", progress=True)
    art = load_article(paths.SAMPLE_ARTICLE)
    assert "01_article" in seen[0] and art.label[:30] in seen[0]


def _fake_execute(nbs, params, folder, label, **kw):
    """Stands in for running the notebooks: one page per notebook, naming the article."""
    kw["before"]()  # the brief page, written while the kernel would start
    return [atomic_write(folder / f"{nb.stem}.html", label) for nb in nbs]


def test_the_index_lists_every_article_ever_reported_with_title_outlet_and_date(tmp_path, monkeypatch):
    from maqal import reports
    from maqal.labels import outlet

    monkeypatch.setattr(reports, "_execute_all", _fake_execute)
    entries = json.loads(SNN.read_text(encoding="utf-8"))
    reports.run_reports([f"{SNN}#1"], tmp_path / "r", progress=False, figures_dir=tmp_path / "f")
    reports.run_reports([f"{SNN}#2", tmp_path / "missing.txt"], tmp_path / "r", progress=False,
                        figures_dir=tmp_path / "f")
    index = (tmp_path / "r" / "index.html").read_text(encoding="utf-8")
    for i in (1, 2):  # the earlier run's article keeps its title, outlet and date
        # the outlet by its name («الجزيرة»), not the corpus's slug («aljazirah»)
        assert entries[i]["title"].strip()[:30] in index and outlet(entries[i]["source"]) in index
        assert outlet(entries[i]["source"]) != entries[i]["source"] and f">{entries[i]['source']}<" not in index
    assert "2015-08-02" in index and "missing.txt" in index
    assert str(tmp_path) not in index and str(paths.PROJ_ROOT) not in index
    assert 'lang=\'ar\'' in index and "Reports" not in index

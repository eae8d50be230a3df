"""Hostile input gets bounded work and a clear one-line message naming the file — never a traceback,
a hang or a memory blow-up (issue 16): deep JSON and metadata, YAML alias bombs, invalid dates,
zip bombs, encrypted zips and unknown compression, unwritable output folders, random bytes.
Each crafted file carries a real Arabic article where it carries any text."""
from __future__ import annotations

import contextlib
import json
import zipfile
from pathlib import Path

import pytest

import maqal
from maqal.cli import main
from maqal.errors import ArticleError
from maqal.loading import load_article

SNN_SAMPLE = maqal.paths.ARTICLES_DIR / "saudinewsnet_sample_2015-08-02.json"


@pytest.fixture(scope="module")
def body() -> str:
    """A real SaudiNewsNet article's text."""
    return json.loads(SNN_SAMPLE.read_text(encoding="utf-8"))[0]["content"]


def refused(capsys, path: Path, *args, named: Path | None = None) -> str:
    """``maqal analyze path`` fails with one line naming the file (``named``: the sidecar at fault),
    and no traceback."""
    named = named or path
    rc = main(["analyze", str(path), *args])
    err = capsys.readouterr().err
    assert rc == 2, err
    assert named.name in err and "Traceback" not in err, err
    assert len(err.strip().splitlines()) == 1, err
    with pytest.raises(ArticleError) as exc:
        load_article(path, index=int(args[1]) if args else None)
    assert named.name in str(exc.value)
    return err


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


# ---- JSON and metadata nested deep -------------------------------------------------------------

def test_json_nested_100000_deep(tmp_path, capsys):
    path = tmp_path / "deep.json"
    path.write_text(nested(100_000))
    assert "nested more than" in refused(capsys, path)


def test_json_article_with_a_field_nested_deep(tmp_path, capsys, body):
    path = tmp_path / "deep-field.json"
    path.write_text('{"content": %s, "tags": %s}' % (json.dumps(body), nested(500)))
    assert "nested more than" in refused(capsys, path)


def test_json_lines_whose_only_line_is_nested_deep_say_so(tmp_path, capsys, body):
    """A JSON Lines export none of whose lines can be read says why (the line and its problem) —
    it said the file had "no text column that maqal recognises; its columns are: none"."""
    path = tmp_path / "deep.jsonl"
    path.write_text('{"text": %s, "tags": %s}\n' % (json.dumps(body), nested(100_000)))
    err = refused(capsys, path)
    assert "no line could be read (line 1: JSON is nested more than 64 levels deep" in err


def test_brackets_inside_strings_do_not_count(tmp_path, body):
    path = tmp_path / "brackets.json"
    path.write_text(json.dumps({"content": body, "title": "[" * 500}))
    assert load_article(path).title == "[" * 500


@pytest.mark.parametrize("suffix", [".json", ".yml"])
def test_sidecar_metadata_nested_500_deep(tmp_path, capsys, body, suffix):
    path = tmp_path / "article.txt"
    path.write_text(body, encoding="utf-8")
    side = path.with_suffix(suffix)
    side.write_text(json.dumps({"title": "x"})[:-1] + ', "extra": ' + nested(500) + "}")
    assert "nested more than" in refused(capsys, path, named=side)


def test_front_matter_nested_500_deep(tmp_path, capsys, body):
    path = tmp_path / "article.md"
    path.write_text(f"---\ntitle: x\nextra: {nested(500)}\n---\n{body}", encoding="utf-8")
    assert "nested more than" in refused(capsys, path)


# ---- YAML alias bombs ---------------------------------------------------------------------------

def alias_bomb(levels: int = 9) -> str:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join(lines)


def test_front_matter_alias_bomb_is_refused(tmp_path, capsys, body):
    path = tmp_path / "bomb.txt"
    path.write_text(f"---\n{alias_bomb()}\n---\n{body}", encoding="utf-8")
    assert "aliases" in refused(capsys, path)


def test_sidecar_alias_bomb_is_refused(tmp_path, capsys, body):
    path = tmp_path / "bomb.txt"
    path.write_text(body, encoding="utf-8")
    (tmp_path / "bomb.yaml").write_text(alias_bomb(), encoding="utf-8")
    assert "aliases" in refused(capsys, path, named=tmp_path / "bomb.yaml")


def test_a_few_aliases_still_load(tmp_path, body):
    path = tmp_path / "ok.txt"
    path.write_text(f"---\nsource: &s سبق\noutlet: *s\ntitle: عنوان\n---\n{body}", encoding="utf-8")
    art = load_article(path)
    assert art.source == "سبق" and art.extra["outlet"] == "سبق"


# ---- invalid dates ------------------------------------------------------------------------------

@pytest.mark.parametrize("value, reason", [("2023-13-45", "month must be in 1..12"),
                                           ("2023-02-30", "day is out of range for month")])
def test_invalid_date_in_front_matter_names_field_and_file(tmp_path, capsys, body, value, reason):
    path = tmp_path / "dated.txt"
    path.write_text(f"---\npublished: {value}\n---\n{body}", encoding="utf-8")
    err = refused(capsys, path)
    assert "'published'" in err and value in err and reason in err


def test_invalid_date_in_a_sidecar_names_field_and_file(tmp_path, capsys, body):
    path = tmp_path / "dated.txt"
    path.write_text(body, encoding="utf-8")
    (tmp_path / "dated.yml").write_text("title: عنوان\ndate: 2015-00-09\n", encoding="utf-8")
    err = refused(capsys, path, named=tmp_path / "dated.yml")
    assert "'date'" in err and "month must be in 1..12" in err


def test_invalid_date_in_json_is_a_warning_naming_the_field(tmp_path, body):
    path = tmp_path / "day.json"
    path.write_text(json.dumps([{"content": body, "date_extracted": "2015-13-02 10:00:00"}]))
    art = load_article(path, index=0)
    assert art.published is None
    assert any("day.json#0" in w and "date_extracted" in w and "month must be in 1..12" in w for w in art.warnings)


def test_a_valid_date_is_still_a_date(tmp_path, body):
    path = tmp_path / "dated.txt"
    path.write_text(f"---\npublished: 2015-08-02\n---\n{body}", encoding="utf-8")
    assert str(load_article(path).published) == "2015-08-02"


# ---- zips ---------------------------------------------------------------------------------------

def patched_zip(path: Path, body: str, *, flags: int = 0, method: int | None = None) -> Path:
    """A SaudiNewsNet-like zip whose entry is marked encrypted (``flags=1``) or compressed by an
    unknown ``method`` (patched in both the local and the central header)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("2015-08-02.json", json.dumps([{"content": body}]))
    data = bytearray(path.read_bytes())
    central = data.index(b"PK\x01\x02")
    data[6] |= flags
    data[central + 8] |= flags
    if method is not None:
        data[8:10] = data[central + 10:central + 12] = method.to_bytes(2, "little")
    path.write_bytes(bytes(data))
    return path


def test_encrypted_zip_names_zip_and_entry(tmp_path, capsys, body):
    err = refused(capsys, patched_zip(tmp_path / "secret.zip", body, flags=1), "--index", "0")
    assert "secret.zip:2015-08-02.json" in err and "encrypted" in err


def test_unsupported_compression_names_zip_and_entry(tmp_path, capsys, body):
    err = refused(capsys, patched_zip(tmp_path / "odd.zip", body, method=99), "--index", "0")
    assert "odd.zip:2015-08-02.json" in err and "compression method" in err


def test_zip_bomb_is_capped_per_entry(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("MAQAL_MAX_ENTRY_MB", "1")
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("bomb.json", b"[" + b" " * (8 << 20) + b"]")
    assert path.stat().st_size < 100_000
    err = refused(capsys, path, "--index", "0")
    assert "bomb.zip:bomb.json" in err and "MAQAL_MAX_ENTRY_MB" in err


def test_zip_bomb_with_a_lying_header_is_capped_while_reading(tmp_path, monkeypatch):
    from maqal.loading import read_member

    path = tmp_path / "liar.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.json", b" " * (3 << 20))
    with zipfile.ZipFile(path) as z:
        z.getinfo("a.json").file_size = 10  # what the central directory claims
        with pytest.raises(ArticleError) as exc:
            read_member(z, "a.json", path, limit=1 << 20)
    assert "liar.zip:a.json" in str(exc.value)


def test_real_corpus_zip_reads_under_the_default_cap():
    from conftest import needs_corpus

    needs_corpus()
    path = sorted(maqal.paths.CORPUS_DIR.glob("*.zip"))[0]
    assert load_article(path, index=0).text


# ---- a corpus run records them as error rows and goes on ------------------------------------------

def test_corpus_run_records_hostile_files_and_goes_on(tmp_path, capsys, body, monkeypatch):
    monkeypatch.setenv("MAQAL_MAX_ENTRY_MB", "1")
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(body, encoding="utf-8")
    (src / "deep.json").write_text(nested(100_000))
    (src / "bomb.md").write_text(f"---\n{alias_bomb()}\n---\n{body}", encoding="utf-8")
    (src / "dated.txt").write_text(f"---\npublished: 2023-13-45\n---\n{body}", encoding="utf-8")
    patched_zip(src / "secret.zip", body, flags=1)
    monkeypatch.chdir(tmp_path)
    rc = main(["corpus", "in", "--out", str(tmp_path / "out"), "--workers", "1", "--quiet", "--tables", "terms"])
    captured = capsys.readouterr()
    assert rc == 0 and "Traceback" not in captured.err
    for name in ("deep.json", "bomb.md", "dated.txt", "secret.zip"):
        assert name in captured.err or name in (tmp_path / "out" / "_manifest.json").read_text(encoding="utf-8")
    from maqal.corpus import read_table

    assert len(read_table(tmp_path / "out", "articles")) == 1
    # every error row names its file the same way (deep.json, refused while planning, was the PATH as given)
    assert all(Path(f).is_absolute() for f in read_table(tmp_path / "out", "errors")["file"])
    # the summary says how many of the articles it analysed failed (it counted them as added, no more)
    assert "articles: 3 added" in captured.out and "2 of the 3 analysed could not be read" in captured.out


# ---- output folders that cannot be written, and Ctrl-C ---------------------------------------------

def corpus_cli(capsys, src: Path, out: Path, *args) -> tuple[int, str]:
    rc = main(["corpus", str(src), "--out", str(out), "--workers", "1", "--quiet", "--tables", "terms", *args])
    return rc, capsys.readouterr().err


@pytest.fixture
def small_input(tmp_path, body) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(body, encoding="utf-8")
    return src


def one_line_naming(err: str, folder: Path) -> None:
    assert str(folder) in err and "Traceback" not in err, err
    assert len(err.strip().splitlines()) == 1, err


def test_out_that_cannot_be_created(tmp_path, capsys, small_input):
    (tmp_path / "a-file").write_text("x")
    out = tmp_path / "a-file" / "out"
    rc, err = corpus_cli(capsys, small_input, out)
    assert rc == 1 and "cannot be created" in err
    one_line_naming(err, out)


@pytest.mark.parametrize("flag", ["--out", "--figures"])
def test_report_folders_that_cannot_be_created(tmp_path, capsys, small_input, flag):
    """``maqal report`` into a folder that cannot be made (a file in the way; read-only file
    systems fail the same way): one line naming it, before any notebook runs — it was a
    traceback (``--out``) or the same failure once per article (``--figures``)."""
    (tmp_path / "a-file").write_text("x")
    bad = tmp_path / "a-file" / "sub"
    others = {"--out": tmp_path / "r", "--figures": tmp_path / "f"}
    others[flag] = bad
    rc = main(["report", str(small_input / "a.txt"), "--out", str(others["--out"]), "--figures", str(others["--figures"])])
    err = capsys.readouterr().err
    assert rc == 1 and "cannot be created" in err and flag in err, err
    one_line_naming(err, bad)
    if flag == "--figures":  # the good --out, made by the check, is not left behind empty
        assert not others["--out"].exists()


def test_report_with_bad_figures_keeps_an_out_that_was_there(tmp_path, capsys, small_input):
    """Only the folders the check made go: an ``--out`` that existed before (with its reports)
    stays as it was."""
    (tmp_path / "a-file").write_text("x")
    out = tmp_path / "r"
    (out / "old").mkdir(parents=True)
    rc = main(["report", str(small_input / "a.txt"), "--out", str(out / "new" / "deeper"),
               "--figures", str(tmp_path / "a-file" / "sub")])
    assert rc == 1 and "--figures" in capsys.readouterr().err
    assert sorted(p.name for p in out.iterdir()) == ["old"]


def test_report_of_a_folder_that_is_no_corpus_is_one_line(tmp_path, capsys, small_input):
    rc = main(["report", "--corpus", str(small_input), "--out", str(tmp_path / "r")])
    err = capsys.readouterr().err
    assert rc == 2 and "not a maqal corpus folder" in err, err
    one_line_naming(err, small_input)


def test_read_only_out(tmp_path, capsys, small_input, monkeypatch):
    """CI runs as root, who may write anywhere, so the file system's refusal is simulated."""
    import os

    from maqal.corpus import run

    real_access = os.access
    monkeypatch.setattr(run.os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    rc, err = corpus_cli(capsys, small_input, tmp_path / "ro")
    assert rc == 1 and "permission denied" in err
    one_line_naming(err, tmp_path / "ro")


def test_full_disk_names_the_folder_and_commits_nothing(tmp_path, capsys, small_input, monkeypatch):
    import errno

    from maqal.corpus import run

    def full(name, rows, tables, out, chunk_id):
        raise OSError(errno.ENOSPC, "No space left on device", str(out / name / "part.parquet"))

    monkeypatch.setattr(run, "write_table", full)
    out = tmp_path / "out"
    rc, err = corpus_cli(capsys, small_input, out)
    assert rc == 1 and "No space left on device" in err and "nothing was committed" in err
    one_line_naming(err, out)
    assert not (out / "_manifest.json").exists()


def forty_article_corpus_run(tmp_path, body, *extra):
    """The folder of 40 one-article chunks and the ``maqal corpus`` command the Ctrl-C tests interrupt."""
    import sys

    src = tmp_path / "in"
    src.mkdir()
    for i in range(40):
        (src / f"a{i:02d}.txt").write_text(body, encoding="utf-8")
    out = tmp_path / "out"
    return out, [sys.executable, "-m", "maqal.cli", "corpus", str(src), "--out", str(out), "--workers", "2",
                 "--chunk-size", "1", "--quiet", *extra]


@pytest.mark.slow
def test_ctrl_c_stops_a_local_pool_keeps_finished_chunks_and_prints_no_traceback(tmp_path, body):
    import signal
    import subprocess
    import time

    out, cmd = forty_article_corpus_run(tmp_path, body)
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.PIPE)
    deadline = time.monotonic() + 120

    def markers():
        return list((out / "_chunks").glob("*.json")) if (out / "_chunks").is_dir() else []

    while time.monotonic() < deadline and not markers():
        time.sleep(0.1)
    assert markers(), "no chunk finished in 120 s"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    err = err.decode("utf-8")
    assert proc.returncode == 130 and "Traceback" not in err and "interrupted" in err, err
    assert not (out / "_manifest.json").exists()
    kept = len(markers())
    assert 1 <= kept < 40
    again = subprocess.run(cmd, capture_output=True)
    assert again.returncode == 0
    assert f"{40 - kept} chunks computed, {kept} already done" in again.stdout.decode("utf-8")


@pytest.mark.slow
def test_ctrl_c_on_a_local_dask_cluster_prints_the_one_line_only(tmp_path, body):
    """Ctrl-C at a terminal reaches the whole process group: the Dask workers printed warnings
    and tracebacks of their own (cancelled tasks, killed workers) around maqal's line."""
    import os
    import signal
    import subprocess
    import time

    pytest.importorskip("dask.distributed")
    out, cmd = forty_article_corpus_run(tmp_path, body, "--dask", "local")
    import socket

    busy = socket.socket()  # another Dask's dashboard on the machine: its port is no concern of this run
    with contextlib.suppress(OSError):
        busy.bind(("127.0.0.1", 8787))
        busy.listen()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 300  # a local cluster takes its time to start on a busy machine
    while not list((out / "_chunks").glob("*.json")):
        assert time.monotonic() < deadline, "no chunk finished in 300 s"
        time.sleep(0.1)
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal's Ctrl-C does
    _, err = proc.communicate(timeout=60)
    lines = err.decode("utf-8").strip().splitlines()
    busy.close()
    assert proc.returncode == 130 and len(lines) == 1 and "interrupted" in lines[0], lines


# ---- is it Arabic? ------------------------------------------------------------------------------------

def random_bytes(n: int, low: int = 0x20, seed: int = 16) -> bytes:
    import random

    rng = random.Random(seed)
    return bytes(rng.choice([b for b in range(low, 256) if b != 0x7F]) for _ in range(n))


@pytest.mark.parametrize("low", [0x20, 0x80])
def test_random_bytes_are_refused_with_the_reason(tmp_path, capsys, low):
    path = tmp_path / "noise.txt"
    path.write_bytes(random_bytes(5000, low))
    err = refused(capsys, path)
    assert "do not read as Arabic" in err or "control characters" in err


@pytest.mark.parametrize("codepage", ["cp1256", "iso8859_6", "cp720", "mac_arabic"])
def test_random_text_in_an_arabic_code_page_is_refused_with_the_reason(tmp_path, capsys, codepage):
    """Random bytes decoded in a single-byte code page (then saved as UTF-8): Arabic-script letters
    that form no Arabic."""
    text = random_bytes(6000, 0x20).decode(codepage, "ignore")
    text = "".join(c for c in text if c.isprintable() or c in "\n ")
    path = tmp_path / f"noise-{codepage}.txt"
    path.write_text(text, encoding="utf-8")
    err = refused(capsys, path)
    assert "do not read as Arabic" in err and "random bytes" in err


@pytest.mark.parametrize("codepage", ["cp1252", "latin-1", "cp1250", "cp866"])
def test_random_text_in_a_latin_or_cyrillic_code_page_is_refused_with_the_reason(tmp_path, capsys, codepage):
    """The same random bytes read in a code page of another script: no Arabic at all."""
    text = random_bytes(6000, 0x20).decode(codepage, "ignore")
    text = "".join(c for c in text if c.isprintable() or c in "\n ")
    path = tmp_path / f"noise-{codepage}.txt"
    path.write_text(text, encoding="utf-8")
    assert "contains no Arabic text" in refused(capsys, path)


@pytest.mark.parametrize("index", [582, 586, 591])
def test_film_lists_with_english_titles_are_analysed(index):
    """Sharq al-Awsat's film lists: Arabic with more Latin letters than Arabic ones."""
    from conftest import needs_corpus

    from maqal.analysis import analyze
    from maqal.loading.letters import arabic_share

    needs_corpus()
    art = load_article(maqal.paths.CORPUS_DIR / "2015-07-21.zip", index=index)
    assert art.source == "aawsat" and arabic_share(art.text)[0] < 0.5 and not art.warnings
    assert analyze(art)["frequencies"]


def test_english_with_an_arabic_phrase_or_two_is_still_refused(tmp_path, capsys):
    path = tmp_path / "english.txt"
    path.write_text("The Kremlin said on Monday that the visit would go ahead. " * 20 + "قال", encoding="utf-8")
    assert "little Arabic" in refused(capsys, path)


def test_every_article_of_a_corpus_day_is_still_arabic():
    """The new test is no stricter on real text: every article of a day that has Arabic letters."""
    import zipfile

    from conftest import corpus_zips, needs_corpus

    from maqal.loading import arabic_problem

    needs_corpus()
    with zipfile.ZipFile(corpus_zips()[0]) as z:
        articles = json.loads(z.read(z.namelist()[0]))
    problems = [(i, arabic_problem(a["content"])) for i, a in enumerate(articles) if a.get("content")]
    refused_ = [(i, p) for i, p in problems if p and "Arabic word" not in p]
    assert refused_ == []


def test_a_long_text_is_judged_on_pieces_spread_over_it(snn_sample):
    """A text of millions of characters is judged on a sample of them (loading a 50 MB article read
    every word four times): real articles joined are Arabic, random bytes in an Arabic code page
    still read as random, and Latin text with Arabic only at one end is judged by what it mostly is."""
    from maqal.loading import arabic_problem
    from maqal.loading.language import JUDGED_CHARS, judged_sample

    arabic = "\n\n".join(a["content"] for a in snn_sample)
    long_arabic = arabic * (2 * JUDGED_CHARS // len(arabic) + 1)
    assert len(judged_sample(long_arabic)) < JUDGED_CHARS + 200 < len(long_arabic)
    assert arabic_problem(long_arabic) is None
    noise = random_bytes(6000, 0x20).decode("cp1256", "ignore")
    assert "do not read as Arabic" in arabic_problem(noise * (2 * JUDGED_CHARS // len(noise) + 1))
    english = "The Kremlin said on Monday that the visit would go ahead as planned. " * 20_000
    assert arabic_problem(english + arabic[:600]) is None  # as before the sample: its Arabic words read as Arabic
    middle = english[:len(english) // 2] + "قال الرئيس" + english
    assert "little Arabic" in arabic_problem(middle)  # between the pieces: every word looked at, not "no Arabic word"


# ---- wrong JSON types -----------------------------------------------------------------------------

@pytest.mark.parametrize("field,value,kind", [("title", ["a", {"b": 1}], "a list"), ("author", {"name": "x"}, "an object"),
                                              ("source", float("nan"), "NaN"), ("url", True, "true/false")])
def test_wrong_json_types_are_left_out_with_a_warning_naming_file_and_field(tmp_path, body, field, value, kind):
    path = tmp_path / "typed.json"
    path.write_text(json.dumps([{"content": body, field: value, "id": ["not", "an", "id"]}]))  # NaN: what json writes
    art = load_article(path, index=0)
    assert getattr(art, field) is None  # never "['a', {'b': 1}]" or "nan"
    assert art.id == "typed#0"  # an id that is a list is no id
    assert any("typed.json#0" in w and f"'{field}'" in w and kind in w for w in art.warnings), art.warnings
    assert art.text == body


def test_analyze_says_what_it_left_out(tmp_path, capsys, body):
    """``maqal analyze`` prints each warning on stderr: the fields left out were silent on the
    command line (only ``--json`` carried them)."""
    path = tmp_path / "typed.json"
    path.write_text(json.dumps([{"content": body, "title": ["a", {"b": 1}], "date_extracted": "2015-13-02 10:00:00"}]))
    assert main(["analyze", str(path), "--index", "0"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and all(line.startswith("maqal: warning: ") and "typed.json#0: " in line for line in err), err
    assert "'title': should be text, not a list" in err[0] and "month must be in 1..12" in err[1]


def test_numbers_and_strings_in_json_metadata_are_still_text(tmp_path, body):
    path = tmp_path / "plain.json"
    path.write_text(json.dumps({"content": body, "title": "  عنوان الخبر ", "source": 123, "id": 7}))
    art = load_article(path)
    assert (art.title, art.source, art.id, art.warnings) == ("عنوان الخبر", "123", "7", ())


def test_zip_bomb_in_corpus_mode_is_decompressed_once(tmp_path, body, monkeypatch):
    """Planning a corpus run reads each array to count its articles; an entry refused there (a
    bomb) is recorded once, not read again through the slower path."""
    import maqal.loading
    import maqal.loading.jsonfiles
    from maqal.corpus import run_corpus

    monkeypatch.setenv("MAQAL_MAX_ENTRY_MB", "1")
    reads = []
    real = maqal.loading.read_member

    def counted(z, name, path, limit=None):
        reads.append(Path(path).name)
        return real(z, name, path, limit)

    monkeypatch.setattr(maqal.loading, "read_member", counted)
    monkeypatch.setattr(maqal.loading.jsonfiles, "read_member", counted)
    bomb = tmp_path / "in" / "bomb.zip"
    bomb.parent.mkdir()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("2015-08-02.json", b"[" + b" " * (4 << 20) + b"]")
    with zipfile.ZipFile(tmp_path / "in" / "day.zip", "w") as z:
        z.writestr("2015-08-03.json", json.dumps([{"content": body}]))
    run = run_corpus([tmp_path / "in"], tmp_path / "out", workers=1, progress=False)
    assert run.articles == 1
    assert reads.count("bomb.zip") == 1, reads
    assert any("bomb.zip:2015-08-02.json" in e["error"] and "MAQAL_MAX_ENTRY_MB" in e["error"] for e in run.errors), [e["error"] for e in run.errors]

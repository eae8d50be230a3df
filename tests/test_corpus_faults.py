"""Corpus folders stay exact for their inputs: nothing lost, nothing doubled.

Every test builds a small input folder of real articles — SaudiNewsNet arrays (``.json``) and ANT
``<DOC>`` files (one article each) from ``../shared`` — changes it or breaks a run, and compares
every table, row for row, with a clean run on the final inputs (or with the tables before, where
nothing may change).  Nothing is expected by number: the clean run is the reference.
"""
from __future__ import annotations

import json
import math
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from conftest import corpus_zips, needs_corpus

from maqal import corpus, paths
from maqal.corpus import run as corpus_run
from maqal.corpus import writing

pytestmark = pytest.mark.corpus

TABLES = ["dates", "terms"]


@pytest.fixture(scope="module")
def real_articles():
    """Twelve SaudiNewsNet articles (dicts) and four ANT ``<DOC>`` texts."""
    needs_corpus()
    ant = sorted(paths.ANT_DIR.glob("*.zip")) if paths.ANT_DIR.is_dir() else []
    if not ant:
        pytest.skip(f"the shared ANT corpus is not at {paths.ANT_DIR} (set MAQAL_SHARED)")
    with zipfile.ZipFile(corpus_zips()[0]) as zf:
        snn = json.loads(zf.read(zf.namelist()[0]))
    snn = [a for a in snn if 300 < len(a.get("content") or "") < 3000][:12]
    docs = []
    with zipfile.ZipFile(ant[0]) as zf:
        for name in zf.namelist()[:4]:
            docs.append((Path(name).name, zf.read(name).decode("utf-8")))
    return snn, docs


def write_inputs(folder: Path, real_articles) -> Path:
    """``in/a.json`` (4 articles), ``in/b.json`` (4), ``in/ant/*.txt`` (3 single articles)."""
    snn, docs = real_articles
    folder.mkdir(parents=True, exist_ok=True)
    write_array(folder / "a.json", snn[0:4])
    write_array(folder / "b.json", snn[4:8])
    (folder / "ant").mkdir(exist_ok=True)
    for name, text in docs[:3]:
        (folder / "ant" / name).write_text(text, encoding="utf-8")
    return folder


def write_array(path: Path, articles: list) -> None:
    path.write_text(json.dumps(articles, ensure_ascii=False), encoding="utf-8")


def run(inputs, out, **kw):
    kw = {"workers": 1, "progress": False, "tables": TABLES, "chunk_size": 3, **kw}
    return corpus.run_corpus(inputs if isinstance(inputs, list) else [inputs], out, **kw)


def _plain(v):
    if hasattr(v, "tolist"):
        v = v.tolist()
    if isinstance(v, float) and math.isnan(v):
        return None
    if isinstance(v, list):
        return [_plain(x) for x in v]
    return v


def tables(out) -> dict:
    """Every table of a corpus folder as its rows (plain JSON, in a fixed order)."""
    found = {}
    for name in corpus.table_names(out):
        df = corpus.read_table(out, name)
        rows = [json.dumps({k: _plain(v) for k, v in r.items()}, sort_keys=True, ensure_ascii=False, default=str)
                for r in df.to_dict(orient="records")]
        found[name] = sorted(rows)
    return found


def assert_same(got: dict, want: dict):
    assert sorted(got) == sorted(want), "tables differ"
    for name, rows in want.items():
        doubled = len(got[name]) - len(set(got[name]))
        assert got[name] == rows, f"{name}: {len(got[name])} rows against {len(rows)} ({doubled} doubled)"


def clean(inputs, tmp_path, **kw) -> dict:
    out = tmp_path / f"clean-{len(list(tmp_path.iterdir()))}"
    run(inputs, out, **kw)
    return tables(out)


def no_leftovers(out: Path):
    """Nothing on disk beyond what the manifest lists (and its markers)."""
    manifest = json.loads((out / "_manifest.json").read_text(encoding="utf-8"))
    on_disk = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    listed = set(manifest["files"]) | {f"_chunks/{c}.json" for c in manifest["chunks"]} | {"_manifest.json"}
    assert on_disk == listed


# --------------------------------------------------------------------------- input changes
def test_an_added_file_is_added_once(tmp_path, real_articles):
    inp = write_inputs(tmp_path / "in", real_articles)
    out = tmp_path / "out"
    first = run(inp, out)
    write_array(inp / "c.json", real_articles[0][8:11])
    _, docs = real_articles
    (inp / "ant" / docs[3][0]).write_text(docs[3][1], encoding="utf-8")
    again = run(inp, out)
    assert again.counts["added"] == 4 and again.counts["removed"] == 0
    assert again.articles == first.articles + 4
    assert_same(tables(out), clean(inp, tmp_path))
    no_leftovers(out)


def test_a_removed_file_is_gone(tmp_path, real_articles):
    inp = write_inputs(tmp_path / "in", real_articles)
    out = tmp_path / "out"
    run(inp, out)
    before = tables(out)
    (inp / "b.json").unlink()
    next((inp / "ant").iterdir()).unlink()
    again = run(inp, out)
    assert again.counts["removed"] == 5
    # the two ANT files left of the removed one's chunk are analysed again, not "updated": unchanged
    assert (again.counts["updated"], again.counts["redone"]) == (0, 2)
    after = tables(out)
    assert len(after["articles"]) == len(before["articles"]) - 5
    assert_same(after, clean(inp, tmp_path))
    no_leftovers(out)


def test_a_modified_file_is_redone(tmp_path, real_articles):
    snn, _ = real_articles
    inp = write_inputs(tmp_path / "in", real_articles)
    out = tmp_path / "out"
    run(inp, out)
    write_array(inp / "a.json", [snn[9], snn[1], snn[2]])  # one replaced, one dropped
    ant = min((inp / "ant").iterdir())
    ant.write_text(ant.read_text(encoding="utf-8").replace("<TEXT>\n", "<TEXT>\nقال مسؤول إن الزيارة مهمة.\n"),
                   encoding="utf-8")
    again = run(inp, out)
    # a.json's replaced article and the changed ANT file are updated; a.json's two articles that
    # stayed and the two other ANT files of the changed one's chunk are analysed again unchanged
    # (the count is of articles, not of the files they are in)
    assert (again.counts["updated"], again.counts["redone"]) == (2, 4)
    assert_same(tables(out), clean(inp, tmp_path))
    no_leftovers(out)


def test_updated_counts_the_changed_articles_of_a_file(tmp_path, real_articles):
    """A JSON array of four SaudiNewsNet articles, two of them edited: two updated, not four."""
    snn, _ = real_articles
    inp = tmp_path / "in"
    inp.mkdir()
    write_array(inp / "a.json", snn[0:4])
    out = tmp_path / "out"
    run(inp, out, chunk_size=2)
    edited = [dict(a) for a in snn[0:4]]
    edited[1]["content"] = edited[1]["content"].replace("،", "، ", 1) + "\nقال مسؤول إن الزيارة مهمة."
    edited[3]["title"] = "قال مسؤول إن الزيارة مهمة"
    write_array(inp / "a.json", edited)
    again = run(inp, out, chunk_size=2)
    assert (again.counts["updated"], again.counts["redone"], again.counts["added"]) == (2, 2, 0)
    assert_same(tables(out), clean(inp, tmp_path, chunk_size=2))


@pytest.mark.parametrize("change", [{"chunk_size": 2}, {"chunk_size": 5, "workers": 2}, {"chunk_size": 500}])
def test_another_chunk_size_or_workers_changes_nothing(tmp_path, real_articles, change):
    inp = write_inputs(tmp_path / "in", real_articles)
    out = tmp_path / "out"
    run(inp, out)
    before = tables(out)
    run(inp, out, **change)
    assert_same(tables(out), before)
    (inp / "b.json").unlink()  # and a change of input with it
    run(inp, out, **change)
    assert_same(tables(out), clean(inp, tmp_path))
    no_leftovers(out)


def test_limit_keeps_what_is_there_unless_pruned(tmp_path, real_articles):
    inp = write_inputs(tmp_path / "in", real_articles)
    out = tmp_path / "out"
    run(inp, out)
    before = tables(out)
    short = run(inp, out, limit=5)
    assert short.done == 0 and short.counts["removed"] == 0
    assert_same(tables(out), before)
    pruned = run(inp, out, limit=5, prune=True)
    assert pruned.counts["removed"] > 0
    assert_same(tables(out), clean(inp, tmp_path, limit=5))
    no_leftovers(out)
    run(inp, out)  # and back to everything
    assert_same(tables(out), before)


def test_a_narrower_input_keeps_the_rest_unless_pruned(tmp_path, real_articles):
    inp = write_inputs(tmp_path / "in", real_articles)
    out = tmp_path / "out"
    run(inp, out)
    before = tables(out)
    run([inp / "a.json"], out)
    assert_same(tables(out), before)
    run([inp / "a.json"], out, prune=True)
    assert_same(tables(out), clean([inp / "a.json"], tmp_path))


@pytest.mark.parametrize("narrower", [{"limit": 5}, {"inputs": "a.json"}])
def test_other_tables_on_fewer_articles_still_cover_every_article(tmp_path, real_articles, narrower):
    """A narrower run (``--limit``, one file) with other ``--tables``: the folder's tables are the
    run's, over every article — not the new tables for some articles and the old ones for the
    rest (a ``terms`` table silently covering 7 of 11 articles), nor articles of a chunk the
    limit cuts through silently gone."""
    inp = write_inputs(tmp_path / "in", real_articles)
    out = tmp_path / "out"
    run(inp, out, tables=["dates", "terms"])
    got = run(inp / narrower["inputs"] if "inputs" in narrower else inp, out, tables=["dates"],
              limit=narrower.get("limit"))
    assert got.counts["removed"] == 0 and got.counts["redone"] == 11 and got.counts["updated"] == 0  # inputs unchanged
    assert_same(tables(out), clean(inp, tmp_path, tables=["dates"]))
    no_leftovers(out)


def test_force_with_a_limit_keeps_the_articles_past_it(tmp_path, real_articles):
    inp = write_inputs(tmp_path / "in", real_articles)
    out = tmp_path / "out"
    run(inp, out)
    before = tables(out)
    forced = run(inp, out, limit=5, force=True)
    assert forced.counts["removed"] == 0
    assert_same(tables(out), before)
    no_leftovers(out)


def test_a_mistyped_input_is_refused_before_anything_is_removed(tmp_path, real_articles, capsys):
    """A PATH that is not there ends the run at once with one line naming it: it was one failed
    article «added», and with ``--prune`` every article analysed before was deleted (exit 0)."""
    from maqal.cli import main

    inp = write_inputs(tmp_path / "in", real_articles)
    out = tmp_path / "out"
    run(inp, out)
    before = tables(out)
    typo = tmp_path / "inn"
    rc = main(["corpus", str(typo), "--out", str(out), "--prune", "--workers", "1", "--quiet", "--tables", "dates,terms"])
    err = capsys.readouterr().err
    assert rc == 2 and str(typo) in err and "no such file or folder" in err and "Traceback" not in err, err
    assert len(err.strip().splitlines()) == 1, err
    assert_same(tables(out), before)
    no_leftovers(out)


def test_two_articles_with_one_id_are_named_not_merged_silently(tmp_path, real_articles, capsys):
    """Two different ANT articles saved as ``same.txt`` in two folders get one id (the file's
    name): every table keyed by ``article_id`` holds both under it.  The run says so, naming
    both files, and keeps the list in its manifest — also for a later run that reuses them."""
    from maqal.cli import main

    _, docs = real_articles
    for sub, (_, text) in zip("ab", docs[:2]):
        (tmp_path / "in" / sub).mkdir(parents=True)
        body = text.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0].strip()
        (tmp_path / "in" / sub / "same.txt").write_text(body, encoding="utf-8")
    (tmp_path / "in" / "other.txt").write_text(docs[2][1].split("<TEXT>", 1)[1].split("</TEXT>", 1)[0].strip(),
                                              encoding="utf-8")
    out = tmp_path / "out"
    for _ in range(2):
        rc = main(["corpus", str(tmp_path / "in"), "--out", str(out), "--workers", "1", "--quiet", "--tables", "terms"])
        err = capsys.readouterr().err
        assert rc == 0 and "1 article ids are carried by more than one article" in err, err
        assert str(tmp_path / "in" / "a" / "same.txt") in err and str(tmp_path / "in" / "b" / "same.txt") in err
        manifest = json.loads((out / "_manifest.json").read_text(encoding="utf-8"))
        assert list(manifest["shared_ids"]) == ["same"]
    assert corpus.read_table(out, "articles")["article_id"].tolist().count("same") == 2


def test_an_article_selected_by_url_or_docno_is_the_one_already_there(tmp_path, real_articles):
    """After a run over a folder, a run over one of its articles named by url (``a.json#<url>``)
    or by DOCNO inside an ANT zip: that article is the one already analysed, not a second row."""
    snn, docs = real_articles
    inp = write_inputs(tmp_path / "in", real_articles)
    with zipfile.ZipFile(inp / "ant.zip", "w") as z:
        for name, text in docs:
            z.writestr(name, text)
    out = tmp_path / "out"
    run(inp, out)
    before = tables(out)
    docno = docs[1][1].split("<DOCNO>", 1)[1].split("</DOCNO>", 1)[0].strip()
    for path in (f"{inp / 'a.json'}#{snn[1]['url']}", f"{inp / 'ant.zip'}#{docno}"):
        again = run([path], out)
        assert again.counts["reused"] == 1 and again.counts["added"] == 0, again.counts
        assert_same(tables(out), before)


def test_an_article_named_twice_is_analysed_once(tmp_path, real_articles):
    """A folder and a file inside it (or a link to the folder) on one command line: each article
    once, counted once (a single-article file was analysed twice into one chunk)."""
    inp = write_inputs(tmp_path / "in", real_articles)
    (tmp_path / "link").symlink_to(inp, target_is_directory=True)
    out = tmp_path / "out"
    one_doc = min((inp / "ant").iterdir())
    got = run([inp, one_doc, inp / "a.json", tmp_path / "link"], out)
    want = clean(inp, tmp_path)
    assert got.articles == len(want["articles"]) == got.counts["added"]
    assert_same(tables(out), want)


# --------------------------------------------------------------------------- interrupted runs
def test_a_first_run_that_fails_shows_nothing(tmp_path, real_articles, monkeypatch):
    inp = write_inputs(tmp_path / "in", real_articles)
    out = tmp_path / "out"
    real_write = writing.write_parquet
    calls = []

    def full_disk(table, target):
        calls.append(target)
        if len(calls) == 8:  # after the first chunk, in the middle of the second
            raise OSError(28, "No space left on device")
        real_write(table, target)

    monkeypatch.setattr(writing, "write_parquet", full_disk)
    with pytest.raises(OSError):
        run(inp, out)
    assert calls and list(out.rglob("*.parquet")), "some files were written"
    assert corpus.table_names(out) == [] and corpus.read_table(out, "articles").empty
    monkeypatch.setattr(writing, "write_parquet", real_write)
    resumed = run(inp, out)
    assert resumed.skipped >= 1
    assert_same(tables(out), clean(inp, tmp_path))
    no_leftovers(out)


def test_a_full_disk_leaves_the_committed_tables_and_the_next_run_is_exact(tmp_path, real_articles, monkeypatch):
    snn, _ = real_articles
    inp = write_inputs(tmp_path / "in", real_articles)
    out = tmp_path / "out"
    run(inp, out)
    before = tables(out)
    write_array(inp / "c.json", snn[8:12])
    write_array(inp / "a.json", snn[0:3])
    real_write = writing.write_parquet
    calls = []

    def full_disk(table, target):
        calls.append(target)
        if len(calls) == 4:  # in the middle of a chunk: some of its files are written
            raise OSError(28, "No space left on device")
        real_write(table, target)

    monkeypatch.setattr(writing, "write_parquet", full_disk)
    with pytest.raises(OSError):
        run(inp, out)
    assert_same(tables(out), before)  # readers see the last committed tables, no part of the new chunk
    monkeypatch.setattr(writing, "write_parquet", real_write)
    (out / "terms" / ".part-x.parquet.abc123.tmp").write_bytes(b"PAR1 half")  # as a kill -9 leaves it
    run(inp, out)
    assert_same(tables(out), clean(inp, tmp_path))
    no_leftovers(out)


KILLED_RUN = """
import sys, time
from maqal import corpus

def slow(article):  # a table that takes its time, so that the run can be killed half-way
    time.sleep(0.15)
    return []

corpus.register_table("slow", slow)
corpus.run_corpus([sys.argv[1]], sys.argv[2], workers=1, progress=False, chunk_size=1,
                  tables=["dates", "slow", "terms"])
"""


def _slow(article):
    return []


@pytest.mark.slow
@pytest.mark.parametrize("after", [1, 6])
def test_kill_9_then_resume(tmp_path, real_articles, after):
    snn, _ = real_articles
    inp = write_inputs(tmp_path / "in", real_articles)
    out = tmp_path / "out"
    corpus.register_table("slow", _slow)
    try:
        run([inp / "a.json"], out, tables=["dates", "slow", "terms"], chunk_size=1)
        before = tables(out)
        write_array(inp / "a.json", snn[1:5])
        env = {**os.environ, "PYTHONPATH": str(Path(corpus.__file__).parents[2])}
        proc = subprocess.Popen([sys.executable, "-c", KILLED_RUN, str(inp), str(out)], env=env)
        deadline = time.monotonic() + 60
        committed = set(json.loads((out / "_manifest.json").read_text(encoding="utf-8"))["chunks"])
        while time.monotonic() < deadline and proc.poll() is None:
            if len({p.stem for p in (out / "_chunks").glob("*.json")} - committed) >= after:
                break
            time.sleep(0.02)
        assert proc.poll() is None, "the run ended before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        assert_same(tables(out), before)  # nothing of the killed run is visible
        resumed = run(inp, out, tables=["dates", "slow", "terms"], chunk_size=1)
        assert resumed.skipped >= after
        assert_same(tables(out), clean(inp, tmp_path, tables=["dates", "slow", "terms"]))
        no_leftovers(out)
    finally:
        corpus.TABLES.pop("slow", None)


def test_a_second_run_on_the_same_folder_at_once_is_refused(tmp_path, real_articles):
    """Two runs writing one folder at the same time: the second would sweep the files the first is
    writing, and the first would then commit a manifest listing files that are gone."""
    from maqal.corpus.ledger import writing
    from maqal.errors import OutputError

    inp = write_inputs(tmp_path / "in", real_articles)
    out = tmp_path / "out"
    run(inp / "a.json", out)
    before = tables(out)
    with writing(out):  # a run in progress
        with pytest.raises(OutputError) as exc:
            run(inp, out, prune=True)
    assert "another maqal run is writing" in str(exc.value) and str(out) in str(exc.value)
    assert_same(tables(out), before)
    run(inp, out)  # once it is over
    assert_same(tables(out), clean(inp, tmp_path))
    no_leftovers(out)


DYING_RUN = """
import os, signal, sys
from maqal import corpus
from maqal.corpus.run import WorkerDied

def dies(article):  # the system killing a worker that ran out of memory, once
    flag = sys.argv[3]
    if os.path.exists(flag) and article.id.endswith("1-20180218"):
        os.unlink(flag)
        os.kill(os.getpid(), signal.SIGKILL)
    return []

corpus.register_table("dies", dies)
try:
    corpus.run_corpus([sys.argv[1]], sys.argv[2], workers=2, progress=False, chunk_size=1,
                      tables=["dates", "dies", "terms"])
except WorkerDied as exc:
    print("died:", exc)
    sys.exit(1)
"""


def _dies(article):
    return []


@pytest.mark.slow
def test_a_worker_killed_mid_run_ends_the_run_with_one_line_not_a_hang(tmp_path, real_articles):
    """A local pool's worker killed (as the system does when memory runs out): the run used to
    wait for its chunk for ever; now it ends with one line, keeps the chunks finished, and the next
    run is exact."""
    inp = write_inputs(tmp_path / "in", real_articles)
    out = tmp_path / "out"
    flag = tmp_path / "die-once"
    flag.write_text("")
    env = {**os.environ, "PYTHONPATH": str(Path(corpus.__file__).parents[2])}
    proc = subprocess.run([sys.executable, "-c", DYING_RUN, str(inp), str(out), str(flag)], env=env,
                          capture_output=True, text=True, timeout=180)
    assert not flag.exists(), "the worker was never killed"
    assert proc.returncode == 1 and "a worker process died" in proc.stdout and "Traceback" not in proc.stderr, \
        proc.stdout + proc.stderr
    assert corpus.read_table(out, "articles").empty  # nothing committed
    corpus.register_table("dies", _dies)
    try:
        run(inp, out, tables=["dates", "dies", "terms"], chunk_size=1)
        assert_same(tables(out), clean(inp, tmp_path, tables=["dates", "dies", "terms"]))
        no_leftovers(out)
    finally:
        corpus.TABLES.pop("dies", None)


# --------------------------------------------------------------------------- a really full disk
def _mount_tmpfs(folder: Path, kib: int) -> None:
    """A tmpfs of ``kib`` KiB at ``folder`` (a real file system that fills up), or skip with why."""
    folder.mkdir(parents=True, exist_ok=True)
    try:
        r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={kib}k,mode=0755", "tmpfs", str(folder)],
                           capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"cannot mount a small tmpfs here ({exc}): the full-disk test needs Linux as root")
    if r.returncode:
        pytest.skip(f"cannot mount a small tmpfs here ({r.stderr.strip() or r.returncode}): the full-disk test "
                    "needs root (CAP_SYS_ADMIN), as in CI")


def _resize_tmpfs(folder: Path, kib: int) -> None:
    subprocess.run(["mount", "-o", f"remount,size={kib}k", str(folder)], check=True, capture_output=True, timeout=30)


def _used_kib(folder: Path) -> int:
    st = os.statvfs(folder)
    return (st.f_blocks - st.f_bfree) * st.f_frsize // 1024


@pytest.mark.slow
def test_a_really_full_disk_is_one_line_shows_nothing_partial_and_resumes_exactly(tmp_path, real_articles):
    """On a real tmpfs (not a patched write): the run that fills it fails with one line naming the
    folder and the problem, readers still see exactly the tables committed before (though files of
    the unfinished chunks are on the disk), and a resume once there is room equals a clean run."""
    disk = tmp_path / "disk"
    _mount_tmpfs(disk, 64 * 1024)
    try:
        inp = write_inputs(tmp_path / "in", real_articles)
        want = clean(inp, tmp_path)
        # measured on the tmpfs itself (it counts whole pages): what the first run and a whole run take
        run([inp / "a.json"], disk / "out")
        first = _used_kib(disk)
        run(inp, disk / "whole")
        whole = _used_kib(disk) - first
        shutil.rmtree(disk / "whole")
        assert whole > first + 16, "the second run must need more room than the first"
        _resize_tmpfs(disk, first + (whole - first) // 2)  # room for about half of what the run adds
        before = tables(disk / "out")
        env = {**os.environ, "PYTHONPATH": str(Path(corpus.__file__).parents[2])}
        proc = subprocess.run([sys.executable, "-m", "maqal.cli", "corpus", str(inp), "--out", str(disk / "out"),
                               "--tables", ",".join(TABLES), "--chunk-size", "3", "--workers", "2", "--quiet"],
                              capture_output=True, text=True, env=env, timeout=300)
        assert proc.returncode == 1, proc.stderr
        lines = [line for line in proc.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
        assert str(disk / "out") in lines[0] and "No space left on device" in lines[0], lines[0]
        manifest = json.loads((disk / "out" / "_manifest.json").read_text(encoding="utf-8"))
        unlisted = [p for p in (disk / "out").rglob("*.parquet")
                    if p.relative_to(disk / "out").as_posix() not in manifest["files"]]
        assert unlisted, "the full disk came before any file of the new chunks was written"
        assert_same(tables(disk / "out"), before)  # none of them is seen
        _resize_tmpfs(disk, 64 * 1024)
        resumed = run(inp, disk / "out")
        assert resumed.articles == len(want["articles"])
        assert_same(tables(disk / "out"), want)
        no_leftovers(disk / "out")
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True, timeout=30)


# --------------------------------------------------------------------------- one bad article
def test_an_input_removed_mid_run_is_an_error_row(tmp_path, real_articles, monkeypatch):
    inp = write_inputs(tmp_path / "in", real_articles)
    out = tmp_path / "out"
    gone = [inp / "b.json", max((inp / "ant").iterdir())]
    real_articles_of = corpus_run.chunk_articles

    def vanishing(chunk):
        for g in gone:
            if str(g.resolve()) in chunk.inputs:
                g.unlink(missing_ok=True)
        return real_articles_of(chunk)

    monkeypatch.setattr(corpus_run, "chunk_articles", vanishing)
    got = run(inp, out)
    errors = corpus.read_table(out, "errors")
    assert len(errors) == 5 and all("b.json" in f or "ant" in f for f in errors["file"])
    assert got.articles == 6
    monkeypatch.setattr(corpus_run, "chunk_articles", real_articles_of)
    run(inp, out)  # the next run on what is left is exact
    assert_same(tables(out), clean(inp, tmp_path))


def test_an_array_file_changed_mid_run_is_an_error_row_not_a_shifted_table(tmp_path, real_articles, monkeypatch):
    """An article put at the head of ``a.json`` while its chunks run: the chunks that read it in
    its new state are error rows naming it — not rows shifted by one, the last article missed
    without a word — and the next run is exact."""
    snn, _ = real_articles
    inp = write_inputs(tmp_path / "in", real_articles)
    out = tmp_path / "out"
    real_articles_of = corpus_run.chunk_articles
    seen = []

    def changing(chunk):
        if chunk.path and chunk.path.endswith("a.json") and not seen:
            seen.append(chunk.start)
            write_array(inp / "a.json", [snn[10], *snn[0:4]])
            os.utime(inp / "a.json", ns=(time.time_ns() + 10**9,) * 2)
        return real_articles_of(chunk)

    monkeypatch.setattr(corpus_run, "chunk_articles", changing)
    got = run(inp, out, chunk_size=2)
    errors = corpus.read_table(out, "errors")
    assert len(errors) == 4 and set(errors["file"]) == {str((inp / "a.json").resolve())}, errors
    assert all("changed during the run" in e for e in errors["error"])
    assert got.articles == 7
    arts = corpus.read_table(out, "articles")
    assert not set(arts["url"]) & {a["url"] for a in snn[0:4] + [snn[10]]}
    monkeypatch.setattr(corpus_run, "chunk_articles", real_articles_of)
    run(inp, out, chunk_size=2)
    assert_same(tables(out), clean(inp, tmp_path))


def test_long_and_reserved_outlet_names_and_lone_surrogates(tmp_path, real_articles):
    snn, _ = real_articles
    arts = [dict(a) for a in snn[:4]]
    long_name = "صحيفة الأخبار العربية اليومية المستقلة الصادرة من الرياض وجدة"  # 61 letters
    arts[0]["source"] = long_name
    arts[1]["source"] = "__HIVE_DEFAULT_PARTITION__"
    arts[2]["title"] = arts[2]["title"] + "\ud800"
    arts[3]["content"] = arts[3]["content"][:40] + "\udc00" + arts[3]["content"][40:]
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "odd.json").write_text(json.dumps(arts), encoding="utf-8")  # \\ud800 escapes, as found in the wild
    out = tmp_path / "out"
    got = run(inp, out)
    assert got.articles == 4 and not got.errors
    read = corpus.read_table(out, "articles").set_index("url")
    assert read.at[arts[0]["url"], "source"] == long_name
    assert read.at[arts[1]["url"], "source"] == "__HIVE_DEFAULT_PARTITION__"
    assert read.at[arts[2]["url"], "title"].endswith("\ufffd")
    assert any("surrogate" in w for w in read.at[arts[3]["url"], "warnings"])
    terms = corpus.read_table(out, "terms")
    assert set(terms["source"]) == set(read["source"])
    assert all(len(p.name.encode()) < 255 for p in out.rglob("*"))
    run(inp, out)  # and a re-run changes nothing
    assert_same(tables(out), clean(inp, tmp_path))

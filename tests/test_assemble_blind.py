"""scripts/assemble_blind.py: a blind set's annotations become gold files only when every span is
the text at its offsets; a wrong offset stops it, naming the article and the item."""
from __future__ import annotations

import json
import subprocess
import sys

from maqal import paths

TEXT = "أعلن وزير الخارجية الروسي سيرغي لافروف، الخميس، أن بلاده ستشارك في المحادثات."
SCRIPT = paths.PROJ_ROOT / "scripts" / "assemble_blind.py"


def _folder(tmp_path, minister_start: int):
    folder = tmp_path / "blind"
    (folder / "out").mkdir(parents=True)
    (folder / "b00.txt").write_text(TEXT, encoding="utf-8")
    ref = {"corpus": "ant", "file": "Alarabia.zip", "member": "x.txt", "docno": "AL-1", "outlet": "Alarabia",
           "published": "2018-05-31", "id": "b00"}
    (folder / "articles.jsonl").write_text(json.dumps(ref, ensure_ascii=False) + "\n", encoding="utf-8")
    day = TEXT.index("الخميس")
    dates = {"id": "b00", "dates": [{"text": "الخميس", "start": day, "end": day + 6, "value": "2018-05-31"}]}
    name = "سيرغي لافروف"
    ents = {"id": "b00", "entities": [{"text": name, "start": minister_start, "end": minister_start + len(name),
                                       "kind": "person", "entity": "e1"}], "claims": [], "events": []}
    (folder / "out" / "dates_A.jsonl").write_text(json.dumps(dates, ensure_ascii=False) + "\n", encoding="utf-8")
    (folder / "out" / "entities_A.jsonl").write_text(json.dumps(ents, ensure_ascii=False) + "\n", encoding="utf-8")
    return folder


def _run(folder, to, *more):
    return subprocess.run([sys.executable, str(SCRIPT), str(folder), "blindX", "--rule", "test", "--session", "test",
                           "--date", "2026-11-29", "--to", str(to), *more], capture_output=True, text=True)


def test_annotations_become_gold_files_with_their_corpus_reference(tmp_path):
    done = _run(_folder(tmp_path, TEXT.index("سيرغي")), tmp_path)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in (tmp_path / "entities_blindX.jsonl").read_text(encoding="utf-8").splitlines()]
    assert "meta" in rows[0] and rows[1]["article"] == {"corpus": "ant", "file": "Alarabia.zip", "member": "x.txt",
                                                        "docno": "AL-1"}
    assert rows[1]["entities"][0]["text"] == "سيرغي لافروف"
    claims = [json.loads(line) for line in (tmp_path / "claims_blindX.jsonl").read_text(encoding="utf-8").splitlines()]
    assert claims[1]["newspaper"] == "Alarabia"
    assert "source_type: official" in claims[0]["meta"]["conventions"], "the claims conventions travel with the set"


def test_a_span_off_its_text_stops_the_assembly(tmp_path):
    done = _run(_folder(tmp_path, TEXT.index("سيرغي") + 1), tmp_path)
    assert done.returncode != 0 and "b00 entities[0]" in done.stderr
    assert not (tmp_path / "entities_blindX.jsonl").exists()


def test_the_addenda_the_annotators_had_are_named_in_the_meta(tmp_path):
    done = _run(_folder(tmp_path, TEXT.index("سيرغي")), tmp_path, "--addenda", "sides_addendum_blind15.md",
                "claims_addendum.md")
    assert done.returncode == 0, done.stderr
    meta = json.loads((tmp_path / "claims_blindX.jsonl").read_text(encoding="utf-8").splitlines()[0])["meta"]
    assert meta["annotator"].endswith("entities_blind2.md and sides_addendum_blind15.md and claims_addendum.md")

"""scripts/select_blind.py: a blind set never takes a near-copy of an article an earlier set annotated
(pooled gold numbers would count one text twice)."""
from __future__ import annotations

import importlib.util
import json
import zipfile

from maqal import paths

from conftest import needs_corpus


def _select_blind():
    spec = importlib.util.spec_from_file_location("select_blind", paths.PROJ_ROOT / "scripts" / "select_blind.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _snn(day: str, index: int) -> str:
    with zipfile.ZipFile(paths.CORPUS_DIR / f"{day}.zip") as zf:
        return json.loads(zf.read(zf.namelist()[0]))[index]["content"]


def test_a_republished_wire_copy_is_refused_and_another_story_is_not():
    needs_corpus()
    sb = _select_blind()
    # the same Saudi Press Agency text in two papers on two days (blind8 annotated both)
    first, again = _snn("2015-08-03", 247), _snn("2015-08-04", 555)
    other = _snn("2015-08-03", 145)
    earlier = sb.EarlierTexts(set(), sb.REWRITE_THRESHOLD)
    earlier.add(first)
    assert earlier.copies_one(again)
    assert not earlier.copies_one(other)
    assert sb.EarlierTexts(set(), sb.REWRITE_THRESHOLD).copies_one(first) is False  # nothing to copy yet

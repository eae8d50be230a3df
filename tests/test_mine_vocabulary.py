"""scripts/mine_vocabulary.py: the frames that find candidate vocabulary in an article."""
from __future__ import annotations

import importlib.util
import sys

import pytest

from maqal import paths

SCRIPTS = paths.PROJ_ROOT / "scripts"


@pytest.fixture(scope="module")
def mine():
    sys.path.insert(0, str(SCRIPTS))  # the script imports mine_entities beside it
    try:
        spec = importlib.util.spec_from_file_location("mine_vocabulary", SCRIPTS / "mine_vocabulary.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
    finally:
        sys.path.remove(str(SCRIPTS))
    mod.init_worker()
    return mod


def _found(mine, text: str, kind: str) -> set[str]:
    return {cand for cand, _ in mine.article_candidates(("outlet", text))[kind]}


def test_a_verb_before_a_source_and_a_complement_is_a_cue_candidate(mine):
    """«وأجاب الوزير أن …»: the verb (without its و) is counted; a verb with no source after it is not."""
    assert "اجاب" in _found(mine, "وأجاب الوزير أن الاتفاق قريب.", "cue_verbs")
    assert "اجاب" not in _found(mine, "وأجاب أن الاتفاق قريب.", "cue_verbs")


def test_the_word_before_a_known_person_is_a_title_candidate(mine):
    assert "المصمم" in _found(mine, "والتقى المصمم دونالد ترامب أمس.", "titles")


def test_a_reporting_verbs_subject_before_a_nationality_is_a_head_candidate(mine):
    """«وأعلن خفر السواحل الإيطالي»: a head; the same words with no reporting verb before are not."""
    assert "خفر" in _found(mine, "وأعلن خفر السواحل الإيطالي إنقاذ مئة مهاجر.", "heads")
    assert not _found(mine, "في دعم الحكومة التونسية للمشروع.", "heads")


def test_listed_vocabulary_is_not_new(mine):
    assert not mine.is_new("cue_verbs", "وقال")
    assert not mine.is_new("titles", "الرئيس")
    assert mine.is_new("titles", "المصمم")

"""Clitic and number morphology, the one part of the entity layer's Arabic that lives in code: which
letters a word may carry before a name (written in :mod:`maqal.clitics`), how «لل» is read, the future prefix of a verb, and the
regular dual and plural endings of a noun or nisba adjective.  (Every word list is a lexicon file;
see :mod:`.vocabulary`.)"""
from __future__ import annotations

import functools
import re

#: the proclitics a word may carry before a name — conjunctions (CONJUNCTIONS), prepositions
#: (PREPOSITIONS; «ك», SIMILE, only before ال: كيري، كلينتون), ب (بالحوثيين: an affiliation), ل
#: (للأمم المتحدة: the body a title serves), لل (LIL) and the future prefix (FUTURE) — and the
#: article: the entity layer's names for what :mod:`maqal.clitics` writes once
from ..clitics import ARTICLE, BY, CONJUNCTIONS, FOR, FUTURE, LIL, PREPOSITIONS, SIMILE
from ..lexicons import memo_bound


#: the endings of a sound masculine plural, the plural of persons (ناشطون، محليين، المسؤولون)
PERSON_PLURAL = ("ون", "ين")
#: the letters an imperfect verb opens with (يسكنون is no plural noun)
IMPERFECT = "يت"
#: endings of a listed form that is already dual or plural (left as it is by :func:`number_forms`)
NOT_SINGULAR = (*PERSON_PLURAL, "ات", "ان", "اء")
#: the nisba ending of a nationality or relation adjective (امريكي، امني)
NISBA = "ي"
TA_MARBUTA = "ة"
#: what follows a nisba adjective's stem: its masculine and feminine singular, and its sound plurals
NISBA_ENDINGS = ("ي", "ية")
NISBA_PLURALS = ("يين", "يون", "يات")


def is_nisba(word: str, *, article: str = "optional", stem: int = 2, plural: bool = False) -> bool:
    """Whether a word reads as a nisba adjective (الفرنسية، عسكرية، المحليين): a stem of at least
    ``stem`` letters ending in «ي» or «ية» (or, with ``plural``, «يين، يون، يات»), the article
    ``"required"`` or ``"optional"``.  One test with the callers' differences as parameters: after
    «اليوم» only a definite adjective agrees with it; a coordinated source's nationality may be plural."""
    return _nisba_pattern(article, stem, plural).fullmatch(word) is not None


@functools.cache
def _nisba_pattern(article: str, stem: int, plural: bool) -> re.Pattern:
    lead = {"required": ARTICLE, "optional": f"(?:{ARTICLE})?"}[article]
    endings = "|".join(NISBA_ENDINGS + (NISBA_PLURALS if plural else ()))
    return re.compile(rf"{lead}\w{{{stem},}}(?:{endings})")


def number_forms(word: str) -> list[str]:
    """The regular forms of a normalised singular noun or adjective that vocabularies list only in
    the singular: its duals (مسؤول → مسؤولان، مسؤولين; مسؤولة → مسؤولتان، مسؤولتين) and, for a
    nisba adjective, its feminine and sound plurals too (امريكي → امريكية، امريكيان، امريكيين،
    امريكيون، امريكيتان، امريكيتين، امريكيات).  Duals are regular in Arabic where broken plurals
    are not, so they are made here; a multi-word entry or a form that is not singular gives none."""
    if " " in word or len(word) < 3 or word.endswith(NOT_SINGULAR):
        return []
    if word.endswith(TA_MARBUTA):
        stem = word[:-1]
        return [stem + "تان", stem + "تين"]
    if word.endswith(NISBA):
        return [word + e for e in ("ة", "ان", "ين", "ون", "تان", "تين", "ات")]
    return [word + "ان", word + "ين"]


def plural_of_persons(word: str, shortest: int = 5, verbs: bool = True) -> bool:
    """A word without its article written as a plural of persons (ناشطون، محليين; متهمين of
    المتهمين): a sound masculine plural ending and at least ``shortest`` letters.  With
    ``verbs=False`` a word that opens like an imperfect verb is none (يسكنون)."""
    return word.endswith(PERSON_PLURAL) and len(word) >= shortest and (verbs or word[:1] not in IMPERFECT)


#: the memo of :func:`readings` is cleared when it holds this many words
MAX_READINGS = 100_000
_READINGS: dict[str, tuple[tuple[int, str], ...]] = {}


def readings(tok: str) -> tuple[tuple[int, str], ...]:
    """(characters of clitic, the word behind them) for a normalised token: as written, behind و/ف,
    behind ب/ك/ل, and «لل» read as ل + «ال» (only the first ل left out).  Made once per word and
    process (the passes of the entity layer ask for the same words again and again)."""
    found = _READINGS.get(tok)
    if found is None:
        if len(_READINGS) >= memo_bound(MAX_READINGS):
            _READINGS.clear()
        found = _READINGS[tok] = tuple(_cut(tok))
    return found


def _cut(tok: str):
    """The readings of :func:`readings`, one by one."""
    yield 0, tok
    i = 0
    if len(tok) > 3 and tok[0] in CONJUNCTIONS:
        i = 1
        yield 1, tok[1:]
    rest = tok[i:]
    if rest.startswith(LIL) and len(rest) > 3:
        yield i + 1, ARTICLE + rest[2:]
    elif len(rest) > 3 and rest[0] in PREPOSITIONS:
        yield i + 1, rest[1:]


def core_of(word: str, skip: int) -> str:
    """The word behind ``skip`` clitic characters, «لل» read as ل + «ال» (للرئيس → الرئيس)."""
    if skip and word[skip - 1:skip + 1] == LIL:
        return ARTICLE + word[skip + 1:]
    return word[skip:]


def without_article(word: str) -> str:
    """الوزير → وزير."""
    return word.removeprefix(ARTICLE)

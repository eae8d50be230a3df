"""Clitic and number morphology, the one part of the entity layer's Arabic that lives in code: which
letters a word may carry before a name, how «لل» is read, the future prefix of a verb, and the
regular dual and plural endings of a noun or nisba adjective.  (Every word list is a lexicon file;
see :mod:`.vocabulary`.)"""
from __future__ import annotations

from ..lexicons import memo_bound

#: proclitics a word may carry before a name: conjunctions, then prepositions
CONJUNCTIONS = "وف"
PREPOSITIONS = "بكل"
#: the preposition «ك» also starts many names (كيري، كلينتون): only ك + ال counts as a clitic there
SIMILE = "ك"
#: the preposition «ب» (بالحوثيين: an affiliation) and «ل» (للأمم المتحدة: the body a title serves)
BY, FOR = "ب", "ل"
ARTICLE = "ال"
#: ل + ال written together
LIL = "لل"
#: the future proclitic before an imperfect verb (سيزور، ستعقد، سنعمل)
FUTURE = ("سي", "ست", "سن")


#: endings of a listed form that is already dual or plural (left as it is by :func:`number_forms`)
NOT_SINGULAR = ("ون", "ين", "ات", "ان", "اء")
#: the nisba ending of a nationality or relation adjective (امريكي، امني)
NISBA = "ي"
TA_MARBUTA = "ة"


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

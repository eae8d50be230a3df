"""Arabic characters: normalisation for matching and the word pattern.

Small pure functions over strings, tables built once at import (the habit of
camel_tools.utils).  Nothing here changes the text an analyst loaded: callers
normalise *copies* of surface forms, and spans always index the original.
"""
from __future__ import annotations

import re

# --- character classes -------------------------------------------------------
HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"  # tanwin, short vowels, shadda, sukun
OTHER_MARKS = "".join(chr(c) for c in range(0x0653, 0x0660)) + "\u0670" + "".join(
    chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06E5, 0x06E6)
)
DIACRITICS = HARAKAT + OTHER_MARKS
TATWEEL = "\u0640"
# bidi controls, zero-width joiners and the BOM: invisible, never part of a word's identity
INVISIBLES = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\ufeff\u00ad"

ARABIC_LETTER_RE = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff]")
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"

_DROP = DIACRITICS + TATWEEL + INVISIBLES
_ANY_DIGIT = "0-9" + ARABIC_INDIC_DIGITS + PERSIAN_DIGITS
#: a tatweel written as the dash between two numbers («1437ـ1441هـ», «18ـ19/ 10»): ``normalize``
#: turns the first of the run into "-" instead of deleting it, so that the two numbers stay two
DIGIT_DASH_RE = re.compile(f"{TATWEEL}(?<=[{_ANY_DIGIT}]{TATWEEL})(?={TATWEEL}*[{_ANY_DIGIT}])")  # the letter first: 5x faster
#: every character ``normalize`` deletes (it maps all others one to one), except a tatweel that
#: :data:`DIGIT_DASH_RE` finds
DELETED_BY_NORMALIZE = _DROP
_MAP = {
    # alef forms -> bare alef
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    # alef maqsura -> yeh (so على/علي, إلى/الي match however they were typed)
    "ى": "ي",
    # Persian/Urdu keyboard letters that Arabic text scraped from the web often carries
    "ک": "ك", "ی": "ي", "ے": "ي", "ھ": "ه", "ۀ": "ة",
}
#: an underscore between two letters: hashtags join a name's words with it (#مجلس_الأمن، #أنيس_العامري)
HASHTAG_JOINER_RE = re.compile(r"(?<=[^\W\d_])_(?=[^\W\d_])")
_TRANSLATE = {ord(c): None for c in _DROP}
_TRANSLATE.update({ord(k): v for k, v in _MAP.items()})
_TRANSLATE.update({ord(d): str(i) for i, d in enumerate(ARABIC_INDIC_DIGITS)})
_TRANSLATE.update({ord(d): str(i) for i, d in enumerate(PERSIAN_DIGITS)})
#: what ``normalize`` does, as one deletion pattern and (letter, replacement) pairs — the same as
#: ``text.translate(_TRANSLATE)`` (no replacement is itself replaced or deleted), far faster on long text
_DROP_RE = re.compile(f"[{re.escape(_DROP)}]")
_FOLDS = tuple((chr(k), v) for k, v in _TRANSLATE.items() if v is not None)
_TEH_MARBUTA = {ord("ة"): "ه"}
#: up to this length ``text.translate`` is the quicker way to normalise (measured: about twice as
#: fast on a word; it costs per character, the regex and replace passes per call)
_SHORT = 24
_DIGITS = {ord(d): str(i % 10) for i, d in enumerate(ARABIC_INDIC_DIGITS + PERSIAN_DIGITS)}


def normalize(text: str, *, teh_marbuta: bool = False) -> str:
    """Fold the spelling variants Arabic news mixes, for matching and counting.

    Removes diacritics, tatweel (but reads one between digits as a dash) and invisible
    bidi/zero-width characters; folds
    alef forms (أ إ آ ٱ → ا), alef maqsura (ى → ي) and Persian keyboard letters;
    reads an underscore between letters (a hashtag's word joiner) as a space;
    turns Arabic-Indic and Persian digits into ASCII digits.  Teh marbuta is
    kept by default (ة carries meaning and clitic stripping needs it); pass
    ``teh_marbuta=True`` to fold it into ه as well.  Idempotent.
    """
    if TATWEEL in text:
        text = DIGIT_DASH_RE.sub("-", text)
    if len(text) <= _SHORT:  # a word: one translate beats a regex pass and a test per folded letter
        out = text.translate(_TRANSLATE)
    else:
        out = _DROP_RE.sub("", text)
        for old, new in _FOLDS:  # a few letters, each replaced only where present: ~9x faster than translate
            if old in out:
                out = out.replace(old, new)
    if "_" in out:
        out = HASHTAG_JOINER_RE.sub(" ", out)
    if teh_marbuta:
        out = out.translate(_TEH_MARBUTA)
    return out


def to_ascii_digits(text: str) -> str:
    """Arabic-Indic and Persian digits → 0-9 (nothing else changes)."""
    return text.translate(_DIGITS)


# --- words -------------------------------------------------------------------
_MARKS_CLASS = "\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d"
#: a number (with decimal/thousands separators, any digit system) or a word:
#: letters plus the marks, tatweel and joiners that may sit inside an Arabic word
#: (Python's ``\w`` stops at harakat, which splits الرَّئِيسُ into pieces).
WORD_RE = re.compile(
    rf"(?P<num>\d+(?:[.,٫٬]\d+)*)|(?P<word>[^\W\d_]+(?:[{_MARKS_CLASS}]+[^\W\d_]*)*)"
)


#: the same words without numbers and without groups, for fast ``findall`` counting
WORD_ONLY_RE = re.compile(rf"[^\W\d_]+(?:[{_MARKS_CLASS}]+[^\W\d_]*)*")


def is_arabic(token: str) -> bool:
    return ARABIC_LETTER_RE.search(token) is not None


def folding_table(teh_marbuta: bool = True) -> dict[str, str]:
    """What :func:`normalize` does to each character it changes, as character → replacement
    (``""`` for a deleted one) — for a search box outside Python (a saved report's tables)."""
    table = {chr(k): (v or "") for k, v in _TRANSLATE.items()}
    if teh_marbuta:
        table.update({chr(k): v for k, v in _TEH_MARBUTA.items()})
    return table

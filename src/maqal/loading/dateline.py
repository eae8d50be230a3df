"""The dateline an article opens with: ``موسكو – (رياليست عربي):`` → place موسكو, outlet رياليست عربي.

Where a story was filed is metadata the text carries in its first words; the timeline and the
reports use it, and an outlet named there fills ``Article.source`` when the file gives none.
"""
from __future__ import annotations

import re
import unicodedata

_DASHES = "–—-"
_DATELINE_WINDOW = 40


def find_dateline(text: str, is_place=None) -> tuple[str, tuple[int, int], str | None] | None:
    """``(dateline, (start, end), outlet)`` when the first line opens with a dateline.

    The opening of the first non-blank line is read as ``A – B``: 1–3 words before a dash (within
    its first ~40 characters) and text after it.  A hyphen-minus must touch a space on one side (so
    ``كوفيد-19`` is no dateline).  News writes both ``PLACE – (OUTLET)`` and ``AGENCY/REPORTER –
    PLACE``, so with ``is_place`` (a function telling whether some words name a place; maqal passes
    its gazetteer) the dateline is whichever side is a known place — ``موسكو – (رياليست عربي)`` →
    موسكو, ``عين اليوم – روما`` → روما — and there is none when neither is (``سلوى سعد –
    متابعات``: a reporter, not a place).  Without ``is_place`` the words before the dash are taken.
    ``outlet`` is the name in parentheses right after the dash, if any.
    """
    start = next((i for i, c in enumerate(text) if not c.isspace() and unicodedata.category(c) != "Cf"), None)
    if start is None:
        return None
    end_of_line = text.find("\n", start)
    line = text[start:] if end_of_line == -1 else text[start:end_of_line]
    i = next((i for i, ch in enumerate(line[:_DATELINE_WINDOW]) if ch in _DASHES), None)
    if i is None or not _dash_separates(line, i):
        return None
    head, rest = line[:i], line[i + 1 :]
    words = head.split()
    if not 1 <= len(words) <= 3 or not rest.strip() or not all(_is_word(w) for w in words):
        return None
    om = re.match(r"\s*\(([^()\n]{1,40})\)", rest)
    outlet = om.group(1).strip() if om and om.group(1).strip() else None
    stripped = head.strip()
    if is_place is None or is_place(stripped):
        s = start + head.index(stripped)
        return stripped, (s, s + len(stripped)), outlet
    place = _place_after_dash(rest, is_place)
    if place is None:
        return None
    a = start + i + 1 + rest.index(place)
    return place, (a, a + len(place)), outlet


def _dash_separates(line: str, i: int) -> bool:
    """An en/em dash always separates; a hyphen-minus only when it touches a space."""
    if line[i] != "-":
        return True
    before = line[i - 1] if i else ""
    after = line[i + 1] if i + 1 < len(line) else ""
    return before.isspace() or after.isspace()


def _place_after_dash(rest: str, is_place) -> str | None:
    """AGENCY – PLACE: the longest known place among the 1–3 words right after the dash (up to
    punctuation or the line's end), so that مكة المكرمة wins over مكة."""
    after = re.match(r"\s*((?:[^\W\d_]+)(?:\s+[^\W\d_]+){0,2})", rest)
    if not after:
        return None
    names = after.group(1).split()
    for k in range(len(names), 0, -1):
        cand = " ".join(names[:k])
        if is_place(cand):
            return cand
    return None


def is_known_place(words: str) -> bool:
    """A place the gazetteer knows (Babel/CLDR names plus ``places_ar.tsv``), with or without a
    leading ال; used to tell a dateline's place from a reporter's or agency's name."""
    from ..arabic import normalize
    from ..lexicons import gazetteer

    g = gazetteer()
    key = " ".join(normalize(words).split())
    return key in g or (key.startswith("ال") and key[2:] in g) or ("ال" + key) in g


def _is_word(w: str) -> bool:
    return all(unicodedata.category(c)[0] in "LM" or c == "\u0640" for c in w)


def split_byline(author: str | None) -> tuple[str | None, str | None]:
    """``(author, dateline)`` of a byline written apart from the text (TREC ``<AUTHOR>``, a feed's
    or an export's author): often a name, sometimes ``PLACE - NAME`` (``القاهرة - أحمد الريدي``,
    ``لندن - رويترز``): the place is the dateline, the rest the byline."""
    if not author:
        return None, None
    found = find_dateline(author, is_known_place)
    if not found:
        return author, None
    place, (start, end), _ = found
    rest = (author[:start] + author[end:]).strip().strip("–—-").strip()
    return rest or None, place

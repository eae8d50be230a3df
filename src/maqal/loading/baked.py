"""Baked Arabic: text in presentation forms (as copied from a PDF), restored or refused.

A PDF without a proper text layer gives Arabic as display glyphs (ﻣﻮﺳﻜﻮ), often in visual,
reversed order.  Every later step matches logical Unicode letters, so such text is restored to
logical order when the contextual forms tell the reading order, and refused when they do not.
"""
from __future__ import annotations

import re
import unicodedata

from ..errors import BakedText
from .letters import PRESENTATION_FORM_RE, arabic_letter_counts, is_presentation_form
from .where import display

BAKED_SHARE = 0.3  # of Arabic-script letters being presentation forms
ORDER_MAJORITY = 0.8  # share of word votes needed to call the reading order


def _form(ch: str) -> str | None:
    """'initial' / 'medial' / 'final' / 'isolated' for a presentation-form letter, else None."""
    if not is_presentation_form(ch):
        return None
    name = unicodedata.name(ch, "")
    for form in ("INITIAL", "MEDIAL", "FINAL", "ISOLATED"):
        if f"{form} FORM" in name:
            return form.lower()
    return None


_ARABIC_WORD = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFE]+")


def reading_order_votes(text: str) -> tuple[int, int]:
    """(logical, visual) word votes from the contextual forms at the two ends of each word.

    In logical order a word starts with an initial (or isolated) form and ends with a final (or
    isolated) one; a word reversed for display starts with a final form or ends with an initial one.
    """
    logical = visual = 0
    for m in _ARABIC_WORD.finditer(text):
        letters = [c for c in m.group() if unicodedata.category(c).startswith("L")]
        if len(letters) < 2:
            continue
        first, last = _form(letters[0]), _form(letters[-1])
        says_logical = first == "initial" or last == "final"
        says_visual = first == "final" or last == "initial"
        if says_logical and not says_visual:
            logical += 1
        elif says_visual and not says_logical:
            visual += 1
    return logical, visual


def presentation_share(text: str) -> float:
    """Share of Arabic-script letters that are presentation forms (0 at once for a text without
    any: most texts, which then need no count of their letters)."""
    if not PRESENTATION_FORM_RE.search(text):
        return 0.0
    arabic = arabic_letter_counts(text)
    total = sum(arabic.values())
    if not total:
        return 0.0
    return sum(k for c, k in arabic.items() if is_presentation_form(c)) / total


def unbake_forms(text: str) -> str:
    """Replace each presentation-form character by its NFKC letters; leave everything else alone."""
    out = []
    for ch in text:
        if is_presentation_form(ch):
            plain = unicodedata.normalize("NFKC", ch)
            if 0xFE70 <= ord(ch) <= 0xFE7F:  # isolated harakat decompose to space + mark
                plain = plain.lstrip(" ")
            out.append(plain)
        else:
            out.append(ch)
    return "".join(out)


_LATIN = r"A-Za-z\u00C0-\u024F"
_DIGIT = r"0-9\u0660-\u0669\u06F0-\u06F9"
_ARABIC_NOT_DIGIT = r"\u0600-\u065F\u066A-\u06EF\u06FA-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFE"
# In a reversed visual line: a left-to-right run (Latin word(s), possibly with digits after them
# in logical order, e.g. "COVID-19") reads reversed and ends with a Latin letter; a number is
# digits with common separators (12.5, 1,000, 12:30, 1/2, ٣٫٥).
_LTR_RUN = re.compile(rf"[{_LATIN}{_DIGIT}][^{_ARABIC_NOT_DIGIT}\n\r]*[{_LATIN}]|[{_LATIN}]")
_NUMBER = re.compile(rf"[{_DIGIT}]+(?:[.,:/\u066B\u066C][{_DIGIT}]+)*")
_MIRROR = str.maketrans("()[]{}«»<>‹›", ")(][}{»«><›‹")
_OPENERS, _CLOSERS = "([{«<‹", ")]}»>›"


def _brackets_inverted(text: str) -> bool:
    """True when a closing bracket comes before its opening one (mirrored glyphs kept in reversal)."""
    depth = 0
    for ch in text:
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            depth -= 1
            if depth < 0:
                return True
    return False


def visual_line_to_logical(line: str) -> str:
    """Undo display reordering of one right-to-left line.

    Reverse the line, then re-reverse the left-to-right pieces (Latin runs and numbers) so they
    read forwards again, and swap mirrored brackets if the reversal left them inside-out.
    """
    rev = line[::-1]
    pieces: list[tuple[bool, str]] = []  # (is_ltr, text)
    pos = 0
    for m in _LTR_RUN.finditer(rev):
        pieces.append((False, rev[pos : m.start()]))
        pieces.append((True, m.group()[::-1]))
        pos = m.end()
    pieces.append((False, rev[pos:]))

    out = []
    for is_ltr, piece in pieces:
        if not is_ltr:
            piece = _NUMBER.sub(lambda m: m.group()[::-1], piece)
        out.append((is_ltr, piece))
    rtl_text = "".join(p for is_ltr, p in out if not is_ltr)
    if _brackets_inverted(rtl_text):
        out = [(is_ltr, p if is_ltr else p.translate(_MIRROR)) for is_ltr, p in out]
    return "".join(p for _, p in out)


def visual_to_logical(text: str) -> str:
    """Apply :func:`visual_line_to_logical` to every line, keeping the line ends."""
    out = []
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        out.append(visual_line_to_logical(body) + line[len(body) :])
    return "".join(out)


def restore_baked(text: str, path=None, *, strict: bool = True) -> tuple[str, str | None, list[str]]:
    """Restore text in Arabic presentation forms; return ``(text, restored, warnings)``.

    Text where presentation forms are a small share of the Arabic letters (e.g. a ﷺ here and
    there) is returned unchanged.  Raises :class:`BakedText` when the reading order cannot be told
    (unless ``strict=False``: then the text is returned unchanged with a warning).
    """
    share = presentation_share(text)
    if share <= BAKED_SHARE:
        return text, None, []
    logical, visual = reading_order_votes(text)
    votes = logical + visual
    if votes and visual >= ORDER_MAJORITY * votes:
        restored = unbake_forms(visual_to_logical(text))
        how = "presentation-forms+visual-order"
        what = "display forms in visual (reversed) order"
    elif votes and logical >= ORDER_MAJORITY * votes:
        restored = unbake_forms(text)
        how = "presentation-forms"
        what = "display forms"
    else:
        problem = (
            f"is 'baked' Arabic ({share:.0%} of the letters are presentation forms, as copied from a "
            f"PDF) and its reading order cannot be told ({logical} words look logical, {visual} reversed)"
        )
        hint = "copy the text again from the original source, or export the PDF with a text layer"
        if strict:
            raise BakedText(path, problem, hint)
        return text, None, [f"{display(path)}: {problem}; loaded unchanged (strict=False)"]
    warning = (
        f"{display(path)}: the text was in Arabic {what} (copied from a PDF?); restored to logical "
        "Unicode — check a few lines"
    )
    return restored, how, [warning]

"""Which characters are which: Arabic script, presentation forms, letters, control characters.

The decoding, language and baked-text checks all ask these questions of the same text, so the
answers live in one place (and the letter counts of the last few texts are cached).
"""
from __future__ import annotations

import functools
import re
from collections import Counter


def is_arabic_script(ch: str) -> bool:
    o = ord(ch)
    return (
        0x0600 <= o <= 0x06FF
        or 0x0750 <= o <= 0x077F
        or 0x0870 <= o <= 0x08FF
        or 0xFB50 <= o <= 0xFDFF
        or 0xFE70 <= o <= 0xFEFE
    )


#: any presentation-form character (the ranges of :func:`is_presentation_form`)
PRESENTATION_FORM_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")


def is_presentation_form(ch: str) -> bool:
    o = ord(ch)
    return 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFE  # U+FEFF is the BOM, not a form


@functools.lru_cache(maxsize=4)
def letter_counts(text: str) -> dict[str, int]:
    """Letter → count; classifies each distinct character once (texts repeat few characters).

    Cached for the last few texts (loading one article asks up to three times); the dict is
    shared, so callers must not modify it.
    """
    return {c: n for c, n in Counter(text).items() if c.isalpha()}


def arabic_letter_counts(text: str) -> dict[str, int]:
    """The Arabic-script part of :func:`letter_counts` (a new dict)."""
    return {c: k for c, k in letter_counts(text).items() if is_arabic_script(c)}


def arabic_share(text: str) -> tuple[float, int]:
    """(share of letters that are Arabic-script, number of letters)."""
    counts = letter_counts(text)
    n = sum(counts.values())
    if not n:
        return 0.0, 0
    return sum(k for c, k in counts.items() if is_arabic_script(c)) / n, n


#: control characters: C0 but \t \n \v \f \r, DEL and C1 but NEL (\x85)
CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")


def control_share(text: str) -> float:
    """Share of characters that are control characters (binary data decoded as text has many)."""
    if not text:
        return 0.0
    bad = len(CONTROL_RE.findall(text))
    return bad / len(text)


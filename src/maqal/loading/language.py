"""Is this Arabic?  The share of Arabic-script letters, and Persian/Urdu told apart from Arabic.

maqal's lexicons are Arabic: an English page or a Persian article would load and give
meaningless tables, so loading refuses them (or warns, with ``strict=False``).
"""
from __future__ import annotations

import re

from ..errors import NotArabic
from ..lexicons import lexicon_cache, read_list
from .letters import arabic_letter_counts, arabic_share
from .where import display

MIN_ARABIC_SHARE = 0.5  # of all letters, for a text to count as Arabic
MAX_PERSIAN_SHARE = 0.02  # of Arabic-script letters being Persian/Urdu-only letters

PERSIAN_URDU_LETTERS = frozenset("پچژگکیٹڈڑںے")
URDU_ONLY_LETTERS = frozenset("ٹڈڑںے")

_ARABIC_SCRIPT_WORD_RE = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u200c]+")


def mostly_arabic(text: str) -> bool:
    """At least :data:`MIN_ARABIC_SHARE` of the letters are Arabic script (or there are none)."""
    share, n = arabic_share(text)
    return n == 0 or share >= MIN_ARABIC_SHARE


@lexicon_cache
def _function_words() -> tuple[frozenset[str], frozenset[str]]:
    """(Persian/Urdu function words, Arabic ones), as written in their lexicons."""
    return frozenset(read_list("persian_urdu_words.txt")), frozenset(read_list("arabic_function_words.txt"))


def _persian_words_dominate(text: str) -> bool:
    """More Persian/Urdu function words than Arabic ones, and at least a few of them."""
    persian_urdu, arabic = _function_words()
    words = _ARABIC_SCRIPT_WORD_RE.findall(text)
    fa = sum(1 for w in words if w in persian_urdu)
    ar = sum(1 for w in words if w in arabic)
    return fa >= 3 and fa > ar


def _persian_problem(text: str) -> str | None:
    """Why the text looks Persian or Urdu rather than Arabic, or ``None``."""
    arabic = arabic_letter_counts(text)
    persian = {c: k for c, k in arabic.items() if c in PERSIAN_URDU_LETTERS}
    n_arabic, n_persian = sum(arabic.values()), sum(persian.values())
    # Letters alone mislead: Arabic typed on a Persian keyboard is full of ی and ک (إلی، هدی).
    # The languages differ in their function words (است، را، می، این / ہے، کے، میں), which
    # Arabic never writes, so those decide.
    if not (n_arabic and n_persian / n_arabic > MAX_PERSIAN_SHARE and _persian_words_dominate(text)):
        return None
    lang = "Urdu" if any(c in URDU_ONLY_LETTERS for c in persian) else "Persian"
    seen = "".join(sorted(persian))
    return (
        f"looks like {lang} (Persian/Urdu), not Arabic: {n_persian / n_arabic:.1%} of its "
        f"Arabic-script letters are {seen}"
    )


def check_arabic(text: str, path=None, *, strict: bool = True) -> list[str]:
    """Raise :class:`NotArabic` (or, with ``strict=False``, return warnings) for non-Arabic text."""
    warnings = []
    share, n = arabic_share(text)
    if share < MIN_ARABIC_SHARE:
        amount = "no" if share == 0 else "little"
        problem = f"contains {amount} Arabic text ({share:.0%} of {n} letters are Arabic script)"
        hint = "maqal analyses Arabic articles; check the file, or pass strict=False to load it anyway"
        if strict:
            raise NotArabic(path, problem, hint)
        return [f"{display(path)}: {problem}; loaded anyway (strict=False)"]
    problem = _persian_problem(text)
    if problem:
        hint = "maqal's lexicons are Arabic; pass strict=False to load it anyway"
        if strict:
            raise NotArabic(path, problem, hint)
        warnings.append(f"{display(path)}: {problem}; loaded anyway (strict=False)")
    return warnings

"""Is this Arabic?  Enough Arabic words that read as Arabic, and Persian/Urdu told apart from Arabic.

maqal's lexicons are Arabic: an English page, random bytes decoded in some code page or a Persian
article would load and give meaningless tables, so loading refuses them (or warns, with
``strict=False``).  The share of Latin letters does not decide: a film list in Arabic with many
English titles is an Arabic article.  What decides is the Arabic words themselves — a text is
Arabic when it holds enough of them and they are words Arabic writes (in the reference word list)
or at least have its letter statistics (its ten commonest letters make over half of real text,
about a third of letters drawn at random).
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import islice

from ..errors import NotArabic
from ..arabic import normalize
from ..lexicons import lexicon_cache, read_list, reference_counts
from .letters import arabic_letter_counts, arabic_share
from .where import display

MIN_ARABIC_SHARE = 0.5  # of all letters: a short text (few Arabic words) that is mostly Arabic script
MIN_ARABIC_WORDS = 3  # known Arabic words that make a short text Arabic, however much else it holds
JUDGED_WORDS = 20  # from this many Arabic-script words on, their statistics decide
SAMPLED_WORDS = 20_000  # words looked at in a long text (spread over all of it)
JUDGED_CHARS = 400_000  # a longer text is judged on this many characters: SAMPLE_PIECES pieces spread over it
SAMPLE_PIECES = 100
#: a text of many Arabic-script words is refused only when both are below these (real articles of
#: the shared corpora: >= 0.52 and >= 0.53; random bytes in Arabic code pages: <= 0.32 and <= 0.43)
MIN_KNOWN_SHARE = 0.45  # of its words found in the reference word list
MIN_COMMON_LETTERS = 0.48  # of its letters among Arabic's ten commonest
COMMON_LETTERS = frozenset("اليمونةتره")
MAX_PERSIAN_SHARE = 0.02  # of Arabic-script letters being Persian/Urdu-only letters

PERSIAN_URDU_LETTERS = frozenset("پچژگکیٹڈڑںے")
URDU_ONLY_LETTERS = frozenset("ٹڈڑںے")

_ARABIC_SCRIPT_WORD_RE = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u200c]+")


_ARABIC_WORD_RE = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u064B-\u065F\u0640]+")


def arabic_words(text: str) -> list[str]:
    """The normalised Arabic words of two letters or more (a sample of :data:`SAMPLED_WORDS`,
    spread over the text, for a long one: every ``step``-th of them, counted first).

    Read twice from the text with the regex, each distinct word normalised once: no list of all
    its words (a 50 MB article's were over a gigabyte, held before its analysis began)."""
    forms = _normalised_forms(text)
    if not any(len(w) >= 2 for w in forms.values()):
        return []
    n_words = sum(1 for m in _ARABIC_WORD_RE.finditer(text) if len(forms[m.group()]) >= 2)
    step = n_words // SAMPLED_WORDS + 1
    words = (forms[m.group()] for m in _ARABIC_WORD_RE.finditer(text))
    return list(islice((w for w in words if len(w) >= 2), 0, None, step))


def _normalised_forms(text: str) -> dict[str, str]:
    """Each distinct Arabic word of ``text`` → its normalised form, all of them normalised in
    one call (joined by newlines, which a word never holds and normalising never adds or removes)."""
    distinct = dict.fromkeys(m.group() for m in _ARABIC_WORD_RE.finditer(text))
    return dict(zip(distinct, normalize("\n".join(distinct)).split("\n"))) if distinct else {}


def arabic_word_counts(text: str) -> dict[str, int]:
    """:func:`arabic_words` as ``{word: count}``, the same words and counts, faster: each distinct
    word normalised once (an article repeats most of its words), all of them in one call (joined
    by newlines, which a word never holds and normalising never adds or removes)."""
    distinct = Counter(m.group() for m in _ARABIC_WORD_RE.finditer(text))
    if sum(distinct.values()) >= SAMPLED_WORDS:  # a long text is sampled in order
        return Counter(arabic_words(text))
    counts: dict = {}
    for word, n in zip(normalize("\n".join(distinct)).split("\n"), distinct.values()):
        if len(word) >= 2:
            counts[word] = counts.get(word, 0) + n
    return counts


def judged_sample(text: str) -> str:
    """What the language of ``text`` is judged on: all of it, or for a long text
    :data:`SAMPLE_PIECES` pieces spread evenly over it, :data:`JUDGED_CHARS` in all — the
    statistics of some 70,000 words decide as well as those of millions, and reading a 50 MB
    article's every word four times took seconds before its analysis began."""
    if len(text) <= JUDGED_CHARS:
        return text
    piece = JUDGED_CHARS // SAMPLE_PIECES
    step = (len(text) - piece) // (SAMPLE_PIECES - 1)  # the first piece opens the text, the last ends it
    return "\n".join(text[k * step:k * step + piece] for k in range(SAMPLE_PIECES))


def arabic_problem(text: str) -> str | None:
    """Why ``text`` is not Arabic enough to analyse (``None``: it is Arabic), judged on
    :func:`judged_sample`."""
    sample = judged_sample(text)
    counts = arabic_word_counts(sample)
    if not counts and sample is not text:  # no Arabic word in the pieces: look at every word before saying so
        sample, counts = text, arabic_word_counts(text)
    text = sample
    if not counts:
        share, n = arabic_share(text)
        return f"contains no Arabic text (no Arabic word; {share:.0%} of {n} letters are Arabic script)"
    n_words = sum(counts.values())
    known = sum(map(counts.__getitem__, counts.keys() & reference_counts().keys()))
    if n_words < JUDGED_WORDS:
        share, n = arabic_share(text)
        if known >= MIN_ARABIC_WORDS or share >= MIN_ARABIC_SHARE:
            return None
        return (f"contains little Arabic text ({n_words} Arabic word{'s' if n_words != 1 else ''}, "
                f"{share:.0%} of {n} letters are Arabic script)")
    known_share = known / n_words
    if known_share >= MIN_KNOWN_SHARE:
        return None
    letters = Counter("".join(w * n for w, n in counts.items()))
    common = sum(letters[c] for c in COMMON_LETTERS) / sum(letters.values())
    if common >= MIN_COMMON_LETTERS:
        return None
    return (f"its {n_words} Arabic-script words do not read as Arabic: {known_share:.0%} are known Arabic "
            f"words and {common:.0%} of their letters are Arabic's commonest (real text: over half) — "
            "random bytes, or text in another encoding")


def looks_arabic(text: str) -> bool:
    """Whether ``text`` is Arabic enough to analyse (see :func:`arabic_problem`)."""
    return arabic_problem(text) is None


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
    """Why the text looks Persian or Urdu rather than Arabic, or ``None`` (judged on
    :func:`judged_sample`)."""
    text = judged_sample(text)
    if not any(c in text for c in PERSIAN_URDU_LETTERS):  # (most texts: no letter to count)
        return None
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
    problem = arabic_problem(text)
    if problem:
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

"""Matching the phrases of a table (event cues, places, certainty cues, titles) at a token: the
longest phrase whose first word is the token with its proclitics stripped (و ف ب ل وب ول فب لل
بال وال فال ك, and the future prefix س for verbs).  A small table is turned once into an index from
every clitic form of its first words to their candidate phrases, so a word's candidates are one
dict lookup; the place table (the gazetteer, some twenty thousand names: a quarter of a million
clitic forms, seconds to build) is asked word by word as words come, each answer kept."""
from __future__ import annotations

from ..clitics import FUTURE_PROCLITICS, PHRASE_PROCLITICS
from ..lexicons import memo_bound

#: the candidates of a word found in none of the four event tables
NO_CANDIDATES = ((), (), (), ())

# (table, future) → (table, {word: its candidate phrases}); [tables, their CombinedIndex]
_INDEXES: dict = {}
_COMBINED: list = [None, {}]


def _by_first_letter(pairs) -> dict:
    """The (prefix, replacement) pairs a word may take by its first letter, in their order (a
    pair with no prefix in every group; "" for a letter no prefix starts with)."""
    letters = {pre[0] for pre, _ in pairs if pre}
    return {c: tuple(p for p in pairs if not p[0] or p[0][0] == c) for c in letters | {""}}


_VARIANTS_BY_LETTER = (_by_first_letter(PHRASE_PROCLITICS), _by_first_letter(PHRASE_PROCLITICS + FUTURE_PROCLITICS))


def variants(word: str, future: bool) -> tuple:
    """(prefix, word without it) for each proclitic the word may carry."""
    out = []
    by_letter = _VARIANTS_BY_LETTER[bool(future)]
    for pre, repl in by_letter.get(word[:1], by_letter[""]):
        if pre and not word.startswith(pre):
            continue
        w = repl + word[len(pre):]
        if len(w) >= 2:
            out.append((pre, w))
    return tuple(out)


def clitic_forms(words, future: bool = False) -> dict:
    """Every form a word of ``words`` takes behind a proclitic -> (prefix, the word): for a token,
    the first of :func:`variants` that is in ``words``, found by one dict lookup (built by
    prefixing each word with each proclitic, variant by variant, so the first variant wins)."""
    index: dict = {}
    for pre, repl in PHRASE_PROCLITICS + (FUTURE_PROCLITICS if future else ()):
        for word in words:
            if len(word) >= 2 and word.startswith(repl):
                index.setdefault(pre + word[len(repl):], (pre, word))
    return index


def candidates_of(table, future, word) -> tuple:
    """(n_tokens, rest, value, prefix) of every phrase of ``table`` the word may start: for each
    clitic variant of the word in order, that variant's phrases longest first.  The definition
    :func:`candidate_index` inverts (``tests/test_timeline.py`` checks they agree)."""
    return tuple((len(rest) + 1, rest, v, pre)
                 for pre, w in variants(word, future) for rest, v in table.get(w, ()))


def candidate_index(table, future) -> dict:
    """Every word a phrase of ``table`` may start -> :func:`candidates_of` that word, built by
    prefixing each first word with each proclitic (variant by variant, so in the same order)."""
    got = _INDEXES.get((id(table), future))
    if got is not None and got[0] is table:
        return got[1]
    index: dict = {}
    for pre, repl in PHRASE_PROCLITICS + (FUTURE_PROCLITICS if future else ()):
        for first, phrases in table.items():
            if len(first) >= 2 and first.startswith(repl):
                word = pre + first[len(repl):]
                index.setdefault(word, []).extend((len(rest) + 1, rest, v, pre) for rest, v in phrases)
    index = {w: tuple(c) for w, c in index.items()}
    _INDEXES[(id(table), future)] = (table, index)
    return index


def lookup(tokens, i, table, future=False):
    """Longest phrase of ``table`` starting at token i (clitics stripped from its first word).

    Returns (n_tokens, value, prefix) or None.  With ``future`` the prefixes س/وس/فس are tried too.
    """
    return match(tokens, i, candidate_index(table, future).get(tokens[i]))


#: from this many candidates a word's list is matched through :func:`by_length` (a common first
#: word of the gazetteer, «مدينة», opens hundreds of phrases)
INDEXED_FROM = 8
#: at most this many candidate lists are kept indexed by :func:`by_length` (then it starts again)
MAX_INDEXED = 50_000
_BY_LENGTH: dict = {}


def match(tokens, i, cands):
    """:func:`lookup` given the word's candidates: taking the first match of each variant's list
    and keeping it only when longer than the best so far — the longest phrase that matches, the
    first in order of that length (a long list: one lookup per length, :func:`by_length`)."""
    if cands and len(cands) >= INDEXED_FROM:
        for n, rests in by_length(cands):
            hit = rests.get(tuple(tokens[i + 1:i + n]))
            if hit is not None:
                return hit
        return None
    best = None
    for n, rest, v, pre in cands or ():
        if best is not None and n <= best[0]:
            continue
        if n == 1 or tuple(tokens[i + 1:i + n]) == rest:
            best = (n, v, pre)
    return best


def by_length(cands) -> tuple:
    """A word's candidates as ((n_tokens, {rest: (n_tokens, value, prefix) of the first candidate
    with that rest}), …), longest first: what :func:`match` finds, read length by length."""
    got = _BY_LENGTH.get(id(cands))
    if got is not None and got[0] is cands:
        return got[1]
    if len(_BY_LENGTH) >= MAX_INDEXED:
        _BY_LENGTH.clear()
    lengths: dict = {}
    for n, rest, v, pre in cands:
        lengths.setdefault(n, {}).setdefault(rest, (n, v, pre))
    table = tuple(sorted(lengths.items(), key=lambda item: -item[0]))
    _BY_LENGTH[id(cands)] = (cands, table)
    return table


#: at most this many words' candidates kept by a :class:`CombinedIndex` (a corpus run meets
#: every word of its outlets; the memory stays bounded, a forgotten word is looked up again)
MEMO_WORDS = 200_000


class CombinedIndex:
    """Word -> its candidates in the four event tables (cues, certainty, places, titles) at once,
    as (cue, place, certainty, title), or None for a word in none of them.  The three small
    tables are indexed up front (:func:`candidate_index`); the places are looked up for each word
    when it is first asked (:func:`candidates_of`: the same candidates, in the same order)."""

    def __init__(self, tables):
        cues, cert, places, titles = tables
        self.small = (candidate_index(cues, True), candidate_index(cert, False), candidate_index(titles, False))
        self.places = places
        self.memo: dict = {}

    def get(self, word: str):
        """The word's candidates, or None (looked up once, then kept)."""
        memo = self.memo
        if word in memo:
            return memo[word]
        if len(memo) >= memo_bound(MEMO_WORDS):
            memo.clear()
        cue, cert, title = (index.get(word, ()) for index in self.small)
        place = candidates_of(self.places, False, word)
        found = memo[word] = (cue, place, cert, title) if cue or place or cert or title else None
        return found


def combined_index(tables) -> CombinedIndex:
    """The :class:`CombinedIndex` of the four event tables (one per tables object)."""
    if _COMBINED[0] is not tables:
        _COMBINED[:] = [tables, CombinedIndex(tables)]
    return _COMBINED[1]


def combined_candidates(tables, word) -> tuple:
    """The candidates of a word in the four event tables, or :data:`NO_CANDIDATES`."""
    return combined_index(tables).get(word) or NO_CANDIDATES

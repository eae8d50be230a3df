"""Matching the phrases of a table (event cues, places, certainty cues, titles) at a token: the
longest phrase whose first word is the token with its proclitics stripped (و ف ب ل وب ول فب لل
بال وال فال ك, and the future prefix س for verbs).  The candidates of each word are worked out
once and memoised, as most words of an article recur across articles."""
from __future__ import annotations

from ..lexicons import lexicon_cache

#: proclitic -> what replaces it (لل+noun = ل + ال+noun)
CLITIC_VARIANTS = (("", ""), ("و", ""), ("ف", ""), ("ب", ""), ("ل", ""), ("وب", ""), ("ول", ""), ("فب", ""),
                   ("لل", "ال"), ("ولل", "ال"), ("بال", "ال"), ("وبال", "ال"), ("فال", "ال"), ("وال", "ال"),
                   ("ك", ""), ("ال", ""), ("وال", ""), ("بال", ""), ("لل", ""))
FUTURE_VARIANTS = (("س", ""), ("وس", ""), ("فس", ""))
#: memoised words per table before the memo starts afresh (bounds memory on long runs)
MAX_CANDIDATE_WORDS = 200_000
#: the candidates of a word found in none of the four event tables
NO_CANDIDATES = ((), (), (), ())

# (table, future) → (table, {word: its candidate phrases}): what lookup tries for a word, in
# order — for each clitic variant of the word, that variant's phrases longest first — as
# (n_tokens, rest, value, prefix).  Taking the first match of each variant's list and keeping it
# only when longer than the best so far is the same as trying them all and keeping the first
# strictly longer one.
_CANDIDATES: dict = {}
_COMBINED: list = [None, {}]  # [tables, {word: (cue, place, certainty, title) candidates}]


@lexicon_cache
def variants(word: str, future: bool) -> tuple:
    """(prefix, word without it) for each proclitic the word may carry."""
    out = []
    for pre, repl in CLITIC_VARIANTS + (FUTURE_VARIANTS if future else ()):
        if pre and not word.startswith(pre):
            continue
        w = repl + word[len(pre):]
        if len(w) >= 2:
            out.append((pre, w))
    return tuple(out)


def lookup(tokens, i, table, future=False):
    """Longest phrase of ``table`` starting at token i (clitics stripped from its first word).

    Returns (n_tokens, value, prefix) or None.  With ``future`` the prefixes س/وس/فس are tried too.
    """
    return match(tokens, i, word_candidates(table, future, tokens[i]))


def match(tokens, i, cands):
    """:func:`lookup` given the word's candidates."""
    best = None
    for n, rest, v, pre in cands or ():
        if best is not None and n <= best[0]:
            continue
        if n == 1 or tuple(tokens[i + 1:i + n]) == rest:
            best = (n, v, pre)
    return best


def _memo(table, future) -> dict:
    got = _CANDIDATES.get((id(table), future))
    if got is None or got[0] is not table:
        got = (table, {})
        _CANDIDATES[(id(table), future)] = got
    return got[1]


def candidates_of(table, future, word) -> tuple:
    """(n_tokens, rest, value, prefix) of every phrase of ``table`` the word may start."""
    return tuple((len(rest) + 1, rest, v, pre)
                 for pre, w in variants(word, future) for rest, v in table.get(w, ()))


def word_candidates(table, future, word) -> tuple:
    """:func:`candidates_of`, memoised per table."""
    memo = _memo(table, future)
    found = memo.get(word)
    if found is None:
        found = candidates_of(table, future, word)
        if len(memo) >= MAX_CANDIDATE_WORDS:
            memo.clear()
        memo[word] = found
    return found


def combined_candidates(tables, word) -> tuple:
    """The candidates of a word in the four event tables (cues, certainty, places, titles) at once,
    as (cue, place, certainty, title), or :data:`NO_CANDIDATES`; memoised."""
    if _COMBINED[0] is not tables:
        _COMBINED[:] = [tables, {}]
    memo = _COMBINED[1]
    got = memo.get(word)
    if got is not None:
        return got
    cues, cert, places, titles = tables
    got = (candidates_of(cues, True, word), candidates_of(places, False, word),
           candidates_of(cert, False, word), candidates_of(titles, False, word))
    if not any(got):
        got = NO_CANDIDATES
    if len(memo) >= MAX_CANDIDATE_WORDS:
        memo.clear()
    memo[word] = got
    return got

"""The normalised view of a text and its map back to the original: the one offset map.

Analyses match their patterns on ``arabic.normalize(text)`` (alef forms folded, diacritics,
tatweel and invisible marks deleted) and report spans in the original text.  ``normalize``
maps every character one to one or deletes it, so the map is the sorted list of deleted
positions: memory grows with the marks in a text, not with its length.
"""
from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Sequence
from functools import cached_property
from itertools import compress, islice, repeat
from operator import itemgetter

from .arabic import DELETED_BY_NORMALIZE, DIACRITICS, DIGIT_DASH_RE, TATWEEL, normalize
from .lexicons import expect_words

#: the one tokeniser, over the normalised text: a number with its decimal or thousands marks
#: (1.5، 2,000، ٢٫٥) as one token, a word (letters only: «2018م» is a number and a word, «الـ41» a
#: word and a number, as :data:`maqal.arabic.WORD_RE` reads the original), an initial with its dot
#: (د. م. J.: a title, not a full stop), and each other mark on its own (``_`` of a hashtag too).
#: A word of two or more letters is tried first: no initial starts it, and most positions are such
#: words (the initial's test at every position was a third of the scan)
TOKEN_RE = re.compile(r"[^\W\d_]{2,}|\d+(?:[.,٫٬]\d+)*|(?<!\w)[^\W\d_]\.(?=\s+\w)|[^\W\d_]|[^\w\s]|_")
#: marks that belong to the letter before them: a span ending on a letter takes them along (وفقاً)
TRAILING_MARKS = frozenset(DIACRITICS + TATWEEL)
#: from this many characters on, equal token strings share one object (memory of a long article;
#: below it, sharing costs more time than it saves)
SHARE_WORDS_FROM = 100_000
#: from this many slices on, :meth:`NormalizedText.spans_of` maps them with numpy (below it the
#: arrays cost more than they save)
VECTOR_SPANS_FROM = 5_000
_DELETED_RE = re.compile(f"[{re.escape(DELETED_BY_NORMALIZE)}](?<!{DIGIT_DASH_RE.pattern})")  # class first: a lookaround first is 5x slower


class NormalizedText:
    """``normalize(original)`` with positions mapped both ways.

    ``text[start(i):end(j)]`` is what the normalised slice ``norm[i:j]`` was written as,
    with any diacritics that trail its last letter.
    """

    def __init__(self, original: str):
        self.original = original
        self.norm = normalize(original)

    @cached_property
    def tokens(self) -> TokenList:
        """(start, end, token) in normalised positions, by :data:`TOKEN_RE` — the one tokeniser
        the analyses share (map a token back with :meth:`span`).  Shared: do not modify.

        Kept as columns (see :class:`TokenList`); in a long text equal words share one string
        object (see :data:`SHARE_WORDS_FROM`)."""
        return TokenList.of(TOKEN_RE.finditer(self.norm), share=len(self.norm) >= SHARE_WORDS_FROM)

    @cached_property
    def deleted(self) -> list[int] | None:
        """Original indices of the characters ``normalize`` deleted (None when it deleted none)."""
        if len(self.norm) == len(self.original):
            return None
        return [m.start() for m in _DELETED_RE.finditer(self.original)]

    @cached_property
    def _shift(self) -> list[int] | None:
        """For the k-th deleted character: its original index minus k (where it sits in ``norm``)."""
        deleted = self.deleted
        return None if deleted is None else [d - k for k, d in enumerate(deleted)]

    def start(self, i: int) -> int:
        """Original index of normalised character ``i`` (the text's length past the end)."""
        shift = self._shift
        if shift is None:
            return i
        if i >= len(self.norm):
            return len(self.original)
        return i + bisect.bisect_right(shift, i)

    def end(self, i: int) -> int:
        """Original end of a normalised slice ending at ``i``, taking along trailing marks."""
        shift = self._shift
        if shift is None or i <= 0:
            return i if shift is None else 0
        text = self.original
        e = i + bisect.bisect_right(shift, i - 1)  # just after the original of character i - 1
        while e < len(text) and text[e] in TRAILING_MARKS and not DIGIT_DASH_RE.match(text, e):
            e += 1
        return e

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Original span of the normalised slice ``norm[i:j]``."""
        return self.start(i), self.end(j)

    def spans(self, pairs) -> list[tuple[int, int]]:
        """:meth:`span` of many normalised slices at once (for token lists)."""
        if self._shift is None:
            return [(i, j) for i, j in pairs]
        start, end = self.start, self.end
        return [(start(i), end(j)) for i, j in pairs]

    def spans_of(self, starts: array, ends: array) -> tuple[array, array]:
        """:meth:`span` of many normalised slices given as columns, at once (numpy: every token of
        a long text, a batch of :data:`MATCH_BATCH` at a time, so the arrays in between stay small)."""
        shift = self._shift
        if shift is None:
            return starts, ends
        if len(starts) < VECTOR_SPANS_FROM:
            return array("q", map(self.start, starts)), array("q", map(self.end, ends))
        import numpy as np

        shift = np.asarray(shift, dtype=np.int64)
        text = self.original
        marks = np.asarray([d for d in self.deleted if text[d] in TRAILING_MARKS], dtype=np.int64)
        all_s, all_e = np.frombuffer(starts, dtype=np.int64), np.frombuffer(ends, dtype=np.int64)
        out_s, out_e = array("q"), array("q")
        for k in range(0, len(all_s), MATCH_BATCH):
            s, e = all_s[k:k + MATCH_BATCH], all_e[k:k + MATCH_BATCH]
            out_s.frombytes(np.where(s >= len(self.norm), len(text), s + np.searchsorted(shift, s, "right")).tobytes())
            end = np.where(e <= 0, 0, e + np.searchsorted(shift, e - 1, "right"))
            while len(marks) and (more := np.isin(end, marks)).any():  # a letter's trailing marks go with it
                end = end + more
            out_e.frombytes(end.tobytes())
        return out_s, out_e

    def to_norm(self, pos: int) -> int:
        """Normalised index of original position ``pos`` (deleted characters before it dropped)."""
        deleted = self.deleted
        return pos if deleted is None else pos - bisect.bisect_left(deleted, pos)


class TokenList(Sequence):
    """Tokens as three columns — ``starts``, ``ends`` (``array('q')``) and ``words`` (a list of
    strings) — read as a list of ``(start, end, word)`` tuples.

    A token costs 24 bytes here against about 140 as a tuple of its own in a list (a tuple
    and two int objects): what a long article's memory went to.  ``tokens[k]`` and iteration
    make the tuple on the fly; a reader after one field reads its column."""

    __slots__ = ("starts", "ends", "words")

    def __init__(self, starts=(), ends=(), words=()):
        self.starts = starts if isinstance(starts, array) else array("q", starts)
        self.ends = ends if isinstance(ends, array) else array("q", ends)
        self.words = words if isinstance(words, list) else list(words)

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return list(zip(self.starts[k], self.ends[k], self.words[k]))
        return self.starts[k], self.ends[k], self.words[k]

    def __iter__(self):
        return zip(self.starts, self.ends, self.words)

    def __eq__(self, other) -> bool:
        return list(self) == list(other) if isinstance(other, (list, TokenList)) else NotImplemented

    __hash__ = None

    def __repr__(self) -> str:
        return f"TokenList({list(self)!r})"

    @classmethod
    def of(cls, matches, share: bool = True) -> TokenList:
        """The tokens of regex matches, in one pass; ``share``: equal words share one string
        object, a repeated word let go at once (memory of a long text)."""
        return cls(*match_columns(matches, share))

    def append(self, start: int, end: int, word: str) -> None:
        self.starts.append(start)
        self.ends.append(end)
        self.words.append(word)

    def select(self, keep) -> TokenList:
        """The tokens whose ``keep`` flag is true (one flag per token), as a new TokenList."""
        keep = list(keep)
        return TokenList(array("q", compress(self.starts, keep)), array("q", compress(self.ends, keep)),
                         list(compress(self.words, keep)))


#: how many regex matches :func:`match_columns` holds at once (memory of a long text stays bounded)
MATCH_BATCH = 65_536


def match_columns(matches, share: bool = True) -> tuple[array, array, list]:
    """Starts, ends and strings of regex matches, read a batch of matches at a time, each column
    by one ``map`` (no Python step per match); ``share``: equal strings share one object."""
    starts, ends, words = array("q"), array("q"), []
    seen: dict = {}
    same = seen.setdefault
    matches = iter(matches)
    while batch := list(islice(matches, MATCH_BATCH)):
        starts.extend(map(re.Match.start, batch))
        ends.extend(map(re.Match.end, batch))
        found = list(map(re.Match.group, batch))
        words.extend(map(same, found, found) if share else found)
    if share:
        expect_words(len(seen))  # the word memos hold a long text's words (lexicons.memo_bound)
    return starts, ends, words


def word_columns(normalized: NormalizedText) -> tuple[array, array, list]:
    """The words and numbers of :attr:`NormalizedText.tokens` (marks left out, an initial without
    its dot) as original ``starts``, ``ends`` and normalised ``words``: the text layer's word table,
    so that its tokens are the analyses' tokens."""
    toks = normalized.tokens
    keep = list(map(str.isalnum, map(itemgetter(0), toks.words)))
    starts, ends = array("q", compress(toks.starts, keep)), array("q", compress(toks.ends, keep))
    words = list(compress(toks.words, keep))
    for k in compress(range(len(words)), map(str.endswith, words, repeat("."))):  # an initial: د.
        ends[k] -= 1
        words[k] = words[k][:-1]
    return (*normalized.spans_of(starts, ends), words)


def is_number(token: str) -> bool:
    """A token of :data:`TOKEN_RE` that is a number: it opens with a digit (the tokeniser splits
    letters from digits, so «2015م» is two tokens and a number token is all digits and marks)."""
    return token[:1].isdigit()


#: hyphens that join the parts of a name written without spaces (جونغ-أون، جاي-إن)
NAME_HYPHENS = ("-", "‐")


def hyphen_joins(tokens: TokenList, k: int) -> bool:
    """Token ``k`` of :attr:`NormalizedText.tokens` is a hyphen written between two words with no
    space on either side: it joins the parts of one name, it ends no phrase."""
    return (0 < k < len(tokens) - 1 and tokens[k][2] in NAME_HYPHENS and tokens[k - 1][1] == tokens[k][0]
            and tokens[k][1] == tokens[k + 1][0] and tokens[k - 1][2][-1].isalpha() and tokens[k + 1][2][0].isalpha())


def hashtag_sign(tokens: TokenList, k: int) -> bool:
    """Token ``k`` is the «#» of a hashtag written onto the word after it (#الجيش_الأفغاني): part of
    the name it opens, not punctuation."""
    return (k < len(tokens) - 1 and tokens[k][2] == "#" and tokens[k][1] == tokens[k + 1][0]
            and tokens[k + 1][2][0].isalpha())

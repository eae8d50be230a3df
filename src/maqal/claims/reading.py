"""An article as the claims extractor reads it: normalised tokens, the vocabulary, and memory.

Matching runs on the normalised text (:class:`maqal.normalized.NormalizedText`); tokens are
``(start, end, word)`` in it, and the one offset map of the text layer maps spans back.  The
reading also remembers the sources met so far, for coreference and inherited sources.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property

from ..clitics import FOR
from ..entities.morphology import ARTICLE, LIL
from ..normalized import TRAILING_MARKS, TokenList, hashtag_sign, hyphen_joins, is_number
from .vocabulary import Lexicons, lexicons, words

QUOTES_OPEN = "“«\"„‘"
QUOTES_CLOSE = "”»\"’"
QUOTE_CHARS = set(QUOTES_OPEN + QUOTES_CLOSE)
CLAUSE_PUNCT = set("،,؛;:-–—()")
_TRAILING_MARKS = "".join(TRAILING_MARKS)
LETTER = re.compile(r"[^\W\d_]")
WORD_RUN = re.compile(r"\w+")
POSSESSIVE = re.compile(r"(?:ه|ها|هم|هما)$")
PRONOUN_SUFFIX = re.compile(r"(ه|ها|هم|هما|كم|نا)$")


@dataclass
class Cue:
    """An attribution cue found in the normalised text."""

    s: int  # normalised span of the cue (without proclitic)
    e: int
    ws: int  # start including the proclitic
    kind: str
    lemma: str
    ti: int  # index of the cue's first token
    tj: int  # index after its last token


class Reading:
    """The normalised text, its tokens and sentences, and the sources found so far."""

    def __init__(self, normalized, sentence_spans):
        self.text = normalized.original
        self.off = normalized
        self.norm = normalized.norm
        self.lex = lexicons()
        self.words = words()
        self.toks = normalized.tokens
        self.tok_starts = self.toks.starts
        self.cue_at, self.hedge_at, self.allegation_at = starts_at(self.toks, self.lex)
        self.prev_sources: list[dict] = []  # earlier sources (for coreference)
        self.prev_ids: set[int] = set()  # ``id`` of each of them (each is remembered once)
        self.source_words: dict[str, int] = {}  # a word of an earlier non-person source → its latest index
        self.sources_indexed = 0  # how many of ``prev_sources`` ``source_words`` has read
        self.recent: list[tuple] = []  # (source info, sentence, paragraph) of claims so far
        self.recent_ids: set[int] = set()  # ``id`` of each source info in ``recent`` (asked whether one is)
        self.relays: dict[int, object] = {}  # ``id`` of a relayed speaker's source → the relay's attribution
        self.rows_of: dict[int, dict] = {}  # ``id`` of an attribution → its claim row
        self.sent_starts = [normalized.to_norm(s) for s, _ in sentence_spans]
        self.rank, r = [], 0  # running number of sentences with words (a stray "." is none)
        for s, e in sentence_spans:
            if LETTER.search(self.text, s, e):
                r += 1
            self.rank.append(r)

    @cached_property
    def first_word_at(self) -> dict[str, int]:
        """Where each word (a run of ``\\w``) first stands in the normalised text."""
        first: dict[str, int] = {}
        for m in WORD_RUN.finditer(self.norm):
            first.setdefault(m.group(), m.start())
        return first

    def tok_at(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos``."""
        return bisect.bisect_left(self.tok_starts, pos)

    def find(self, rx: re.Pattern, starts: list[int] | None, s: int = 0, e: int | None = None) -> list[re.Match]:
        """``rx.finditer(norm, s, e)``, tried only at ``starts`` (where a match can begin, see
        :func:`starts_at`): the same matches without scanning every character."""
        e = len(self.norm) if e is None else e
        if starts is None:
            return list(rx.finditer(self.norm, s, e))
        out, pos = [], s
        for i in range(bisect.bisect_left(starts, s), len(starts)):
            p = starts[i]
            if p >= e:
                break
            if p >= pos:  # (after the last match, as finditer goes on)
                m = rx.match(self.norm, p, e)
                if m is not None:
                    out.append(m)
                    pos = m.end()
        return out

    def relative_written_on(self, s: int, e: int) -> bool:
        """The normalised span s..e ends with a free relative written on it (حسبما: بحسب ما)."""
        return self.norm[s:e].endswith(tuple(self.words.free_relative))

    def word(self, k: int, end_tok: int) -> str:
        """Token ``k`` ("" past ``end_tok``)."""
        return self.toks.words[k] if k < end_tok else ""

    def is_punct(self, k: int) -> bool:
        return not self.toks.words[k][0].isalnum() and self.toks.words[k][0] != "_"

    def joins_words(self, k: int) -> bool:
        """Token k is a hyphen inside a name (مون جيه-إن، جونغ-أون) or a hashtag's «#», not punctuation."""
        return hyphen_joins(self.toks, k) or hashtag_sign(self.toks, k)

    def is_role(self, j: int) -> bool:
        w = self.toks.words[j]
        return bool(self.lex.role_re.fullmatch(w) or self.lex.anon_re.match(w) and len(w) > 3)

    def is_side_word(self, w: str) -> bool:
        return bool(self.lex.side_re.fullmatch(w))

    def is_institution(self, j: int) -> bool:
        """A word that can head the institution in a role's complement (شرطة، المقاومة، الاتحاد)."""
        w = self.toks.words[j]
        if self.is_punct(j) or w in self.lex.stop:
            return False
        return self.is_role(j) or self.is_side_word(w)

    def surface(self, s: int, e: int) -> str:
        """The original text of the normalised span s..e, without trailing diacritics."""
        return self.text[self.off.start(s):self.off.end(e)].rstrip(_TRAILING_MARKS)

    def is_preposition_ala(self, j: int) -> bool:
        """Normalised على and علي coincide: the surface letter tells (على ends in ى)."""
        return not self.surface(self.toks[j][0], self.toks[j][1]).endswith("ي")

    def quote_close_after(self, k: int, end_tok: int) -> int | None:
        """The closing quotation mark within four tokens after ``k`` (a quoted name)."""
        return next((q for q in range(k + 1, min(end_tok, k + 5)) if self.toks.words[q] in QUOTES_CLOSE), None)

    def clause_start(self, ti: int, t0: int) -> int:
        """First token of the clause holding token ``ti`` (after the last clause punctuation)."""
        k = ti - 1
        while k >= t0 and not (self.is_punct(k) and self.toks.words[k] in CLAUSE_PUNCT and not self.joins_words(k)):
            k -= 1
        return k + 1

    def preceding_quote(self, pos: int, ss: int) -> int | None:
        """Start of a quotation that ends right before ``pos`` ("…"، قال X), if any."""
        back = self.norm[ss:pos].rstrip()
        back = back.rstrip("،,").rstrip()
        if not back or back[-1] not in QUOTES_CLOSE:
            return None
        close = ss + len(back) - 1
        for j in range(close - 1, ss - 1, -1):
            if self.norm[j] in QUOTES_OPEN:
                return j
        return None

    def possessed(self, k0: int, k1: int) -> bool:
        """A one-word phrase with a possessive suffix (وجوده، حاجتها): an object, not a speaker."""
        w = self.toks.words[k0]
        return k1 - k0 == 1 and len(w) > 3 and bool(POSSESSIVE.search(w)) and not w.endswith(("الله", "له"))

    def name_like(self, k0: int, k1: int) -> bool:
        """A phrase that may be a personal name: no digits, no possessive suffix, no ال/لل words."""
        words = [self.toks.words[k] for k in range(k0, k1)]
        if any(is_number(w) for w in words):
            return False
        first = words[0]
        if first.startswith(FOR) and not first.startswith(LIL):
            first = first[1:]
        if PRONOUN_SUFFIX.search(first) and len(words) == 1:
            return False
        return not any(w.startswith((ARTICLE, LIL)) for w in words)


def starts_at(toks: TokenList, lex: Lexicons) -> list[list[int] | None]:
    """Where a cue, a hedge and an allegation marker can begin (None: scan everywhere); one
    pass over the tokens picks those any of them begins with."""
    heads = (lex.cue_heads, lex.hedge_heads, lex.allegation_heads)
    if lex.listed_heads is None:
        found = list(zip(toks.starts, toks.words))
    else:  # the words column alone is read until a head is found
        listed, starts = lex.listed_heads, toks.starts
        found = [(starts[k], w) for k, w in enumerate(toks.words) if w in listed]
    return [None if h is None else [s for s, w in found if w in h] for h in heads]


@dataclass
class Sentence:
    """One sentence being read: its index, paragraph, normalised span, token range, cues, and
    the latest source so far (updated as its cues are read)."""

    si: int
    par: int
    ss: int
    se: int
    t0: int
    t1: int
    cues: list
    cue_starts: set
    last_src: tuple | None  # (source info, sentence index, paragraph)

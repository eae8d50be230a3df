"""The article as the event rules read it: tokens and clauses, the cue, place and certainty phrases
at each token, and one cue with the stretch of text it governs (:class:`Cue`)."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from itertools import accumulate

from ..entities.morphology import ARTICLE
from ..entities.vocabulary import is_about_sport
from ..lexicons import key, lexicon_cache, read_table
from ..normalized import NormalizedText, TokenList
from .phrases import combined_index, match
from .vocabulary import event_words, phrase_tables

#: punctuation the event rules read (clause and quote bounds); other marks are not tokens here
CLAUSE_MARKS = frozenset('،,؛;:.!?؟“”"«»()-–')
CLAUSE_PUNCT = set("،,؛;:“”\"«»()–")
#: marks that open a quotation: what follows is someone's words, not the text's account of an event
OPEN_QUOTES = frozenset("«“")
CLOSE_QUOTES = frozenset("»”")


def inside_quote(words, lo: int, hi: int) -> bool:
    """Token hi stands inside a quotation opened after token lo (and not closed before hi)."""
    depth = 0
    for j in range(lo, hi):
        depth += words[j] in OPEN_QUOTES
        depth -= depth > 0 and words[j] in CLOSE_QUOTES
    return depth > 0
#: a mark the shared tokeniser makes a token of; and what may open an initial (a superset test)
_MARK_RE, _INITIAL_RE = re.compile(r"[^\w\s]"), re.compile(r"(?<!\w)[^\W\d_]\.")


# ----------------------------------------------------------------------------- tokens and clauses
def _kept_tokens(normalized) -> TokenList:
    """The shared tokens of a normalised view (``layer.normalized.tokens``) with only the
    punctuation that bounds clauses and quotes kept, and an initial's dot a token of its own.
    The marks to drop are found in the text first, so most articles filter by one set lookup
    per token and split no initial."""
    toks = normalized.tokens
    dropped = set(_MARK_RE.findall(normalized.norm)) - CLAUSE_MARKS
    if dropped:
        toks = toks.select([w not in dropped for w in toks.words])
    if not _INITIAL_RE.search(normalized.norm):
        return toks
    kept = TokenList()
    for s, e, tok in toks:
        if len(tok) == 2 and tok[1] == ".":  # an initial: the letter and its dot
            kept.append(s, s + 1, tok[0])
            kept.append(s + 1, e, ".")
        else:
            kept.append(s, e, tok)
    return kept


@dataclass
class Tokens:
    """An article's tokens with what the event rules ask of them; positions are normalised, and
    mapped to the original text only for the few tokens a row reports (:meth:`start`, :meth:`end`)."""
    normalized: NormalizedText
    starts: list        # normalised start of each token
    ends: list
    words: list         # normalised
    is_punct: list
    sent: list          # sentence index of each token
    clause: list        # clause index: grows at clause punctuation and at sentence starts

    def __len__(self):
        return len(self.words)

    def start(self, k: int) -> int:
        """Where token k starts in the original text."""
        return self.normalized.start(self.starts[k])

    def end(self, k: int) -> int:
        """Where token k ends in the original text (with the diacritics trailing it)."""
        return self.normalized.end(self.ends[k])

    def surface(self, k: int) -> str:
        """Token k as written."""
        return self.normalized.original[self.start(k):self.end(k)]


def token_table(layer) -> Tokens | None:
    """The tokens, sentences and clauses of a text layer (None without a token).  Sentence starts
    are moved into normalised positions (a token starts at or after an original position exactly
    when it does at or after that position's normalised index), so tokens are bisected by sentence
    rather than sentences by token."""
    normalized = layer.normalized
    kept = _kept_tokens(normalized)
    if not kept:
        return None
    starts, ends, words = kept.starts, kept.ends, kept.words
    n = len(words)
    edges = [bisect.bisect_left(starts, normalized.to_norm(s)) for s in layer.sentence_starts] + [n]
    sent = [-1] * edges[0]
    for m in range(len(edges) - 1):  # tokens edges[m] .. edges[m + 1] - 1 are in sentence m
        sent += [m] * (edges[m + 1] - edges[m])
    # a clause opens at clause punctuation and at the first token of a sentence (but the first)
    bounds = [0] * n
    for k in [k for k, w in enumerate(words) if w in CLAUSE_PUNCT] + [k for k in edges[:-1] if 0 < k < n]:
        bounds[k] = 1
    is_punct = [w in CLAUSE_MARKS for w in words]
    return Tokens(normalized, starts, ends, words, is_punct, sent, list(accumulate(bounds)))


# ----------------------------------------------------------------------------- phrases
@dataclass
class Hits:
    """Phrases found at token positions: cue (n, (kind, pos), prefix), place (n, place, prefix),
    certainty (planned | speculated)."""
    cue_at: dict = field(default_factory=dict)
    place_at: dict = field(default_factory=dict)
    cert_at: dict = field(default_factory=dict)


def match_phrases(t: Tokens) -> Hits:
    """Event cues, places and certainty cues at every token, in one lookup per word."""
    index = combined_index(phrase_tables())
    words, memo = t.words, index.memo
    hits = Hits()
    for k, w in enumerate(words):
        cc = memo[w] if w in memo else index.get(w)  # (the index's memo read here: a call per word cost more)
        if cc is None or t.is_punct[k]:
            continue
        c_cue, c_place, c_cert, _ = cc  # (the title table: people are the entity layer's)
        h = match(words, k, c_cue) if c_cue else None
        if h:
            hits.cue_at[k] = h
        p = match(words, k, c_place) if c_place else None
        if p:
            hits.place_at[k] = p
        ce = match(words, k, c_cert) if c_cert else None
        if ce:
            hits.cert_at[k] = ce[1]
    return hits


# ----------------------------------------------------------------------------- one cue
@dataclass
class Cue:
    """An event word at token ``k`` (``n`` tokens long) and the stretch of text it governs: its
    clause ``cl``, its sentence ``sent`` (tokens ``lo``..``hi``), up to the next cue ``nxt``
    (of kind ``next_kind``)."""
    k: int
    n: int
    kind: str
    pos: str
    prefix: str
    sent: int
    cl: int
    lo: int
    hi: int
    nxt: int
    next_kind: str | None = None

    @property
    def after(self) -> int:
        return self.k + self.n


def cue_at(t: Tokens, cue_ks: list, cues: dict, k: int) -> Cue:
    """The cue at token k (``cue_ks``: every cue position, sorted; ``cues``: :attr:`Hits.cue_at`)."""
    n, (kind, pos), prefix = cues[k]
    sent = t.sent[k]
    lo = bisect.bisect_left(t.sent, sent, 0, k)  # sentence indices never fall along the tokens
    hi = bisect.bisect_right(t.sent, sent, k) - 1
    j = bisect.bisect_right(cue_ks, k)  # the next cue, if in this sentence
    in_sentence = j < len(cue_ks) and t.sent[cue_ks[j]] == sent
    nxt = cue_ks[j] if in_sentence else hi + 1
    return Cue(k, n, kind, pos, prefix, sent, t.clause[k], lo, hi, nxt, cues[nxt][1][0] if in_sentence else None)


@lexicon_cache
def cue_form(form: str) -> frozenset:
    """Event words of a form (event_cues.tsv's fourth column, forms space-separated): ``pronoun`` nouns
    (زيارته، لقائه), ``present`` verbs (يتوجه), ``object`` verbs (استقبلهم), ``participle``s (متوجهة)."""
    return frozenset(key(r[0]) for r in read_table("event_cues.tsv") if len(r) > 3 and form in r[3].split())


def carries_pronoun(t: Tokens, c: Cue) -> bool:
    """The cue is a noun with a possessive pronoun («زيارته»، «لقائه»، «وصولها»): its actor is named
    before it."""
    if c.pos != "noun" or c.n != 1:
        return False
    core = t.words[c.k][len(c.prefix):]
    return core in cue_form("pronoun") or ARTICLE + core in cue_form("pronoun")


def is_present(t: Tokens, c: Cue) -> bool:
    """The cue is a verb in the present without the future prefix («يتوجه»)."""
    return c.pos == "verb" and not c.prefix.endswith("س") and t.words[c.k][len(c.prefix):] in cue_form("present")


def reported_clause_start(t: Tokens, c: Cue) -> int:
    """Where the reported clause the cue stands in opens (after أن / إن ... — not one that ends a name,
    «مون جيه-إن»), 0 when it is in none: a time before that dates the report, not the event."""
    opens = event_words("complementizer")
    for j in range(c.k - 1, -1, -1):
        if t.sent[j] != c.sent:
            break
        if t.words[j] in opens and not _glued(t, j):
            return j + 1
    return 0


def _glued(t: Tokens, j: int) -> bool:
    """Token j is written against a mark before it, no space between: a part of a name («مون جيه-إن»),
    not a word of its own."""
    return j > 0 and t.is_punct[j - 1] and t.ends[j - 1] == t.starts[j]


def subject_region(t: Tokens, c: Cue) -> int:
    """Where the cue's own clause begins for its subject and the places its sentence set: its
    reported clause (after أن), unless the complementizer carries the subject («أنه زار») or links
    a time («قبل أن يلتقي»): then the sentence."""
    opened = reported_clause_start(t, c)
    if not opened:
        return c.lo
    if opened > 1 and t.words[opened - 2] in event_words("temporal_link"):
        return c.lo
    if t.words[opened - 1] in event_words("pronoun_complementizer"):
        return _outer_clause(t, c, opened - 1)
    return opened


def _outer_clause(t: Tokens, c: Cue, k: int) -> int:
    """Where the report a pronoun complementizer at token k stands in opens: after an earlier
    complementizer of its sentence («ذكرت وسائل إعلام … أن بيونغ يانغ قالت إنها قد …»: the subject is
    «بيونغ يانغ»), else the sentence's start."""
    opens = event_words("complementizer")
    for j in range(k - 1, c.lo - 1, -1):
        if t.words[j] in opens and t.words[j] not in event_words("pronoun_complementizer") and not (
                j > 0 and t.words[j - 1] in event_words("temporal_link")):
            return j + 1
    return c.lo


# ----------------------------------------------------------------------------- the scan
@dataclass
class EventScan:
    """One article as the event rules see it: its tokens and phrases, the entity layer's actors
    (token spans, sorted, and the mention row of each), its places by first token
    (:func:`.events_places.place_table`) and its dates by token."""
    text: str
    t: Tokens
    hits: Hits
    actors: list
    actor_rows: dict
    places: dict
    date_tok: list  # (token position, date row)
    published: object = None
    actor_tokens: set = field(default_factory=set)  # the tokens of every actor's phrase
    used_with: set = field(default_factory=set)  # partners already taken by an earlier event
    dates_in: dict = field(default_factory=dict)  # sentence -> its date_tok entries (built once)
    sport: list = field(default_factory=list)  # whether the text is a sports report, once asked
    reported: set = field(default_factory=set)  # the classes of event (visit, meeting) reported so far
    journeys: dict = field(default_factory=dict)  # sentence -> (cue token, goal Place) of its last journey
    carried: set = field(default_factory=set)  # cue tokens whose who was carried from the sentence before
    denied: dict = field(default_factory=dict)  # (first, last token) of a cue's stretch -> whether it is denied

    def about_sport(self) -> bool:
        """Whether the article is a sports report (the entity layer's test, asked once)."""
        if not self.sport:
            self.sport.append(is_about_sport(self.t.words))
        return self.sport[0]

    def actors_from(self, lo: int, hi: int) -> list:
        """The actors starting at tokens ``lo``..``hi - 1``, in order (a binary search: actors are sorted)."""
        return self.actors[bisect.bisect_left(self.actors, (lo,)):bisect.bisect_left(self.actors, (hi,))]

    def party_name(self, span) -> str | None:
        """Who takes part: the entity's fullest name (a surname or a title later in the article
        names the same person as its first full mention)."""
        return self.actor_rows[span]["name"] if span else None

    def dates_of(self, sent: int) -> list:
        """The ``date_tok`` entries in sentence ``sent``, in their order."""
        if not self.dates_in and self.date_tok:
            for i, d in self.date_tok:
                self.dates_in.setdefault(self.t.sent[i], []).append((i, d))
        return self.dates_in.get(sent, [])

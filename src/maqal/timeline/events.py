"""Events an article describes: who went where, met whom, announced what, and when.

In phases, each a function: the article's tokens and clauses (:func:`token_table`), the cue,
place, certainty and title phrases at each token (:func:`match_phrases`), the actor mentions
(:func:`actor_spans`), then for each cue its places, parties (who / with), count, certainty and
the time expression it is linked to.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from itertools import accumulate

from ..lexicons import is_stopword, lexicon_cache
from ..normalized import NormalizedText, TokenList
from ..entities import entity_rows
from ..records import EVENTS
from ..textlayer import text_layer
from . import calendar as cal
from .dates import date_rows
from .phrases import combined_index, lookup, match
from .vocabulary import (
    abstract_objects,
    event_words,
    lexicon,
    negations,
    number,
    phrase_tables,
)

#: the columns of :func:`events` (defined once, in :data:`maqal.records.EVENTS`)
EVENT_COLUMNS = EVENTS.names
#: how many words before an event word a certainty cue may stand (same sentence)
CERTAINTY_WINDOW = 8
#: how many words after a cue its place may stand, and its count
PLACE_WINDOW, COUNT_WINDOW = 10, 6
#: kinds of event that move someone somewhere (a place is required after a verb of these)
MOVEMENTS = ("visit", "trip", "arrival", "departure")
#: punctuation the event rules read (clause and quote bounds); other marks are not tokens here
CLAUSE_MARKS = frozenset('،,؛;:.!?؟“”"«»()-–')
CLAUSE_PUNCT = set("،,؛;:“”\"«»()–")
#: a mark the shared tokeniser makes a token of; and what may open an initial (a superset test)
_MARK_RE, _INITIAL_RE = re.compile(r"[^\w\s]"), re.compile(r"(?<!\w)[^\W\d_]\.")
#: words whose name test is remembered before the memo starts afresh (bounds memory on long runs)
MAX_NAME_WORDS = 200_000
#: tanwin: a word carrying it is an adverb, not a name
TANWIN = "\u064b\u064c\u064d"


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
    certainty (planned | speculated), and the title candidates of the tokens that have some
    (in token order)."""
    cue_at: dict = field(default_factory=dict)
    place_at: dict = field(default_factory=dict)
    cert_at: dict = field(default_factory=dict)
    title_cands: dict = field(default_factory=dict)


def match_phrases(t: Tokens) -> Hits:
    """Event cues, places and certainty cues at every token, in one lookup per word."""
    index = combined_index(phrase_tables())
    words = t.words
    hits = Hits()
    for k, w in enumerate(words):
        cc = index.get(w)
        if cc is None or t.is_punct[k]:
            continue
        c_cue, c_place, c_cert, c_title = cc
        if c_title:
            hits.title_cands[k] = c_title
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


# ----------------------------------------------------------------------------- actors
def _title_end(t: Tokens, hits: Hits, i: int, j: int) -> int:
    """End of the actor mention whose title ends at ``j``: its adjectives (ال-words) and up to
    three name words, stopping at punctuation, stopwords, prepositions, cues, places, digits and
    adverbs (tanwin)."""
    words, n, names = t.words, len(t), 0
    preps, rel_pronouns = event_words("preposition"), event_words("relative_pronoun")
    while j < n and not t.is_punct[j] and j - i < 8:
        w = words[j]
        if w.startswith("ال") and names == 0 and w not in rel_pronouns and (
                j not in hits.cue_at) and j not in hits.place_at:
            j += 1
            continue
        if is_stopword(w) or w in preps or (j in hits.cue_at) or (j in hits.place_at) or w.isdigit():
            break
        if any(c in t.surface(j) for c in TANWIN):
            break
        if w.startswith("ال") and names == 0:
            j += 1
            continue
        if w.startswith("ال") or names >= 3:
            break
        names += 1
        j += 1
    return j


def _title_mentions(t: Tokens, hits: Hits, title_at) -> list:
    """Mentions opened by a title of actor_titles.txt (الرئيس الروسي فلاديمير بوتين), tried only
    where a title may start and past the end of the mention before."""
    mentions, i = [], 0
    for k in hits.title_cands:
        hit = title_at(k) if k >= i else None
        if hit:
            i = _title_end(t, hits, k, k + hit[0])
            mentions.append((k, i))
    return mentions


def _repeated_names(t: Tokens, hits: Hits, title_at) -> set:
    """2-3 word sequences of non-stopword, non-ال words seen at least twice in the article."""
    words, memo = t.words, _name_words()
    good = [memo[w] if w in memo else _remember_name_word(memo, w) for w in words]
    for k in (*hits.cue_at, *hits.place_at, *(k for k in hits.title_cands if title_at(k))):
        good[k] = False
    pairs = [k for k in range(len(good) - 1) if good[k] and good[k + 1]]
    counts: dict = {}
    for g in [tuple(words[k:k + 3]) for k in pairs if k + 2 < len(good) and good[k + 2]] + [
            (words[k], words[k + 1]) for k in pairs]:
        counts[g] = counts.get(g, 0) + 1
    return {g for g, c in counts.items() if c >= 2}


@lexicon_cache
def _name_words() -> dict:
    """Word -> whether it may be part of a name (memo of :func:`_remember_name_word`)."""
    return {}


def _remember_name_word(memo: dict, w: str) -> bool:
    """A name word is no punctuation, ال-word, number, single letter, stopword or preposition;
    remembered per word (the stopword test is the costly part), the memo bounded for long runs."""
    ok = ((w[0].isalnum() or w[0] == "_") and not w.startswith("ال") and not w.isdigit() and len(w) > 1
          and not is_stopword(w) and w not in event_words("preposition"))
    if len(memo) >= MAX_NAME_WORDS:
        memo.clear()
    memo[w] = ok
    return ok


def _name_mentions(words, names, mentions, covered) -> None:
    """Add the repeated names not inside a title mention (``covered``: their token positions)."""
    firsts = {g[0] for g in names}
    n, k = len(words), 0
    while k < n:
        if words[k] not in firsts:  # (no name starts here)
            k += 1
            continue
        for size in (3, 2):
            g = tuple(words[k:k + size])
            if len(g) == size and g in names and not covered.intersection(range(k, k + size)):
                mentions.append((k, k + size))
                k += size - 1
                break
        k += 1


def _conjoined_mentions(words, names, mentions, covered) -> set:
    """Add names seen bare and with a conjunction (وفلاديمير بوتين) outside the title mentions;
    returns those (word, next word) pairs, whose و/ف is not part of the name."""
    firsts = {g[0] for g in names}
    conj, present = set(), set(mentions)  # (a set: the list is long in a long article)
    for k in range(len(words) - 1):
        w = words[k]
        if len(w) > 3 and w[0] in "وف" and w[1:] in firsts and not covered.intersection(range(k, k + 2)):
            g = (w[1:], words[k + 1])
            if g in names and (k, k + 2) not in present:
                mentions.append((k, k + 2))
                present.add((k, k + 2))
                conj.add((words[k], words[k + 1]))
    return conj


def actor_spans(t: Tokens, hits: Hits):
    """Actor mentions as sorted (start, end) token spans: title phrases, and name n-grams repeated
    in the article; with the (word, next word) pairs where a name stands behind و/ف."""
    title_hits: dict = {}  # position → the title phrase there, each computed once

    def title_at(k):
        if k not in title_hits:
            cc = hits.title_cands.get(k)
            title_hits[k] = match(t.words, k, cc) if cc else None
        return title_hits[k]

    mentions = _title_mentions(t, hits, title_at)
    names = _repeated_names(t, hits, title_at)
    if not names:  # (nothing below can add a mention)
        return sorted(set(mentions)), set()
    covered = {k for s, e in mentions for k in range(s, e)}  # (title mentions only)
    _name_mentions(t.words, names, mentions, covered)
    conj = _conjoined_mentions(t.words, names, mentions, covered)
    return sorted(set(mentions)), conj


# ----------------------------------------------------------------------------- one event
#: the entity kinds that take part in an event, and those that are where it happens
ACTOR_KINDS = ("person", "government", "organisation", "media", "group")
PLACE_KINDS = ("place", "government")


@dataclass
class EventScan:
    """One article as the event rules see it: its tokens, phrases, actors and dates."""
    text: str
    t: Tokens
    hits: Hits
    actors: list
    conj: set
    date_tok: list  # (token position, date row)
    published: dt.date | None
    used_with: set = field(default_factory=set)  # partners already taken by an earlier event
    mentions: list = field(default_factory=list)  # entity rows (maqal.entities), in text order
    mention_starts: list = field(default_factory=list, repr=False)  # their starts, for bisect
    mention_reach: int = 0  # the longest mention

    def __post_init__(self):
        self.mention_starts = [m["start"] for m in self.mentions]
        self.mention_reach = max((m["end"] - m["start"] for m in self.mentions), default=0)

    def entity_name(self, s, e, kinds) -> str | None:
        """The fullest name of the first entity mention of one of ``kinds`` within tokens s..e:
        a person, body or place named once in full and later by surname or title gets one name."""
        a, b = self.t.start(s), self.t.end(e - 1)
        for i in range(bisect.bisect_right(self.mention_starts, a - self.mention_reach), len(self.mentions)):
            m = self.mentions[i]  # (those starting earlier end by a)
            if m["start"] >= b:
                break
            if a < m["end"] and m["kind"] in kinds:
                return m["name"]
        return None

    def mention_after(self, c, kinds) -> str | None:
        """The fullest name of the first entity of ``kinds`` after the cue, in its sentence and
        before the next cue."""
        t = self.t
        a = t.end(c.after - 1)
        last = min(c.nxt, c.hi + 1) - 1
        if last < c.after:
            return None
        b = t.end(last)
        for i in range(bisect.bisect_left(self.mention_starts, a), len(self.mentions)):
            m = self.mentions[i]
            if m["start"] >= b:
                break
            if m["start"] >= a and m["kind"] in kinds:
                return m["name"]
        return None

    def party_name(self, span) -> str | None:
        """Who takes part, by the entity's fullest name, else as written."""
        if not span:
            return None
        return self.entity_name(*span, ACTOR_KINDS) or self.actor_text(*span)

    dates_in: dict = field(default_factory=dict)  # sentence -> its date_tok entries, in order (built once)

    def actors_from(self, lo: int, hi: int) -> list:
        """The actors starting at tokens ``lo``..``hi - 1``, in order (a binary search: actors are sorted)."""
        return self.actors[bisect.bisect_left(self.actors, (lo,)):bisect.bisect_left(self.actors, (hi,))]

    def dates_of(self, sent: int) -> list:
        """The ``date_tok`` entries in sentence ``sent``, in their order."""
        if not self.dates_in and self.date_tok:
            for i, d in self.date_tok:
                self.dates_in.setdefault(self.t.sent[i], []).append((i, d))
        return self.dates_in.get(sent, [])

    def actor_text(self, s, e) -> str:
        """A mention as written, without the و/ف before a name seen bare elsewhere."""
        t = self.t
        a = t.start(s)
        if (t.words[s], t.words[s + 1] if s + 1 < len(t) else None) in self.conj and self.text[a] in "وف":
            a += 1
        return self.text[a:t.end(e - 1)]


@dataclass
class Cue:
    """An event word at token ``k`` (``n`` tokens long) and the stretch of text it governs: its
    clause ``cl``, its sentence ``sent`` (tokens ``lo``..``hi``), up to the next cue ``nxt``."""
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

    @property
    def after(self) -> int:
        return self.k + self.n


def _cue(t: Tokens, cue_ks: list, cue_at: dict, k: int) -> Cue:
    n, (kind, pos), prefix = cue_at[k]
    sent = t.sent[k]
    lo = next(i for i in range(k, -1, -1) if i == 0 or t.sent[i - 1] != sent)
    hi = k
    while hi + 1 < len(t) and t.sent[hi + 1] == sent:
        hi += 1
    j = bisect.bisect_right(cue_ks, k)  # the next cue, if in this sentence
    nxt = cue_ks[j] if j < len(cue_ks) and t.sent[cue_ks[j]] == sent else hi + 1
    return Cue(k, n, kind, pos, prefix, sent, t.clause[k], lo, hi, nxt)


def places_after(a: EventScan, c: Cue) -> list:
    """Places after the cue in its clause, up to the next cue; coordinated places too:
    (start, end, place) token spans."""
    t, place_at, where = a.t, a.hits.place_at, []
    if c.kind == "announcement":
        return where
    j = c.after
    while j < min(c.nxt, c.after + PLACE_WINDOW) and t.clause[j] == c.cl:
        if j in place_at:
            where.append((j, j + place_at[j][0], place_at[j][1]))
            j2 = j + place_at[j][0]
            while j2 in place_at and t.words[j2].startswith("و") and t.clause[j2] == c.cl:
                where.append((j2, j2 + place_at[j2][0], place_at[j2][1]))
                j2 += place_at[j2][0]
            break
        j += 1
    return where


def figurative(words, j0, where, clause) -> bool:
    """A movement verb whose goal (after إلى / ل / نحو / حتى, the subject may stand between) is an
    abstract object of :func:`.vocabulary.abstract_objects` before any place: وصل (الرئيس) إلى الحكم."""
    move_preps, objects = event_words("movement_prep"), abstract_objects()
    stop = min(len(words), j0 + 6, where[0][0] if where else len(words))
    for j in range(j0, stop):
        if clause[j] != clause[j0]:
            break
        hit = None
        if words[j - 1] in move_preps and j > j0:
            hit = lookup(words, j, objects)
        elif words[j][:1] == "ل":
            hit = lookup(words, j, objects)
            hit = hit if hit and hit[2] in ("ل", "لل") else None
        if hit:
            return True
        if words[j] in move_preps:
            nxt = j + 1  # only the first goal counts
            return nxt < stop and bool(lookup(words, nxt, objects))
    return False


def _no_event(a: EventScan, c: Cue, where) -> bool:
    """A future noun (no such thing), a negated event (لم يسافر), or a movement verb with no place
    or a figurative goal (وصل إلى السلطة)."""
    words = a.t.words
    if c.pos == "noun" and c.prefix.endswith("س"):
        return True
    if c.k and words[c.k - 1] in negations():
        return True
    if c.kind in MOVEMENTS and not where and c.pos == "verb":
        return True
    return c.kind in MOVEMENTS and figurative(words, c.after, where, a.t.clause)


def _is_role(words, s) -> bool:
    """A speaker for someone (المتحدث باسم الكرملين ديمتري بيسكوف): a traveller or partner only
    as the subject right after the verb."""
    spokes = event_words("spokesperson")
    first = words[s][1:] if words[s][:1] in "وف" and words[s][1:] in spokes else words[s]
    return first in spokes or (s > 0 and words[s - 1] in spokes)


def _subject_after_verb(a: EventScan, c: Cue, after: list):
    """Verb-subject order: an actor right after the verb (an object pronoun may stand between)."""
    if c.pos != "verb" or not after:
        return None
    gap = a.t.words[c.after:after[0][0]]
    if len(gap) <= 1 and all(w in event_words("object_pronoun") for w in gap):
        return after[0]
    return None


def _subject_before(a: EventScan, c: Cue):
    """The nearest actor before the cue in its sentence that is no partner, speaker, object of a
    preposition, cue or host (بدعوة من)."""
    t = a.t
    preps, invitation = event_words("preposition"), tuple(event_words("invitation"))
    for s, e in reversed(a.actors_from(c.lo, c.k)):  # before the cue in its sentence
        if (s, e) in a.used_with or _is_role(t.words, s):
            continue
        prev = t.words[s - 1] if s else ""
        if prev in preps or (s - 1) in a.hits.cue_at or prev.endswith(invitation):
            continue
        return (s, e)
    return None


def _partner_before(a: EventScan, c: Cue, who):
    """A meeting's partner named before it (other than its subject)."""
    t = a.t
    for s, e in reversed(a.actors_from(c.lo, c.k)):
        if (s, e) != who and (who is None or s != who[0]) \
                and not _is_role(t.words, s):
            return (s, e)
    return None


def parties(a: EventScan, c: Cue):
    """(who, with) of an event as token spans (or None): the two actors after بين, else the
    subject (after the verb or before the cue) and, for meetings, summits and visits, the partner."""
    t = a.t
    after = [(s, e) for s, e in a.actors_from(c.after, c.nxt) if t.sent[s] == c.sent and t.clause[s] == c.cl]
    if c.after < len(t) and t.words[c.after] in event_words("between") and after:
        return after[0], (after[1] if len(after) > 1 else None)
    who = _subject_after_verb(a, c, after)
    if who is not None:
        after = after[1:]
    else:
        who = _subject_before(a, c)
    with_ = None
    if c.kind in ("meeting", "summit", "visit") and after:
        first = after[0]
        if first != who and (c.kind in ("meeting", "summit") or t.words[first[0] - 1] in event_words("with")):
            with_ = first
    if with_ is None and c.kind == "meeting":
        with_ = _partner_before(a, c, who)
    return who, with_


def count_of(a: EventScan, c: Cue):
    """How many times (أربع مرات، مرتين، مرة واحدة), from the words after the cue in its clause."""
    t = a.t
    for j in range(c.after, min(c.nxt, c.after + COUNT_WINDOW)):
        if t.clause[j] != c.cl:
            break
        if t.words[j] in event_words("twice"):
            return 2
        if t.words[j] in event_words("times") and j > 0:
            return number(t.words[j - 1], lexicon()) if t.words[j - 1] not in event_words("one") else 1
    return None


def certainty_of(a: EventScan, c: Cue) -> str:
    """fact, planned (the future prefix س, or a planning cue) or speculated (a speculation cue):
    cues up to :data:`CERTAINTY_WINDOW` words before the event word or just after it in its
    sentence, and anywhere before it in its clause."""
    cert_at, clause = a.hits.cert_at, a.t.clause
    lo = max(c.lo, c.k - CERTAINTY_WINDOW)
    found = [cert_at[j] for j in range(lo, min(c.hi + 1, c.after + 2)) if j in cert_at]
    found += [cert_at[j] for j in range(c.lo, c.k) if j in cert_at and clause[j] == c.cl]
    if "speculated" in found:
        return "speculated"
    if "planned" in found:
        return "planned"
    return "planned" if c.pos == "verb" and c.prefix.endswith("س") else "fact"


#: at most this many tokens between an event noun and a time after publication it takes
NOUN_WINDOW = 6


def _fits(d, certainty, P, noun: bool = False) -> bool:
    """A fact takes a time up to publication, or any time when a noun names it and the time
    stands beside it (غدا الثلاثاء، لقاءً صحفياً: a noun has no tense; the event is then planned);
    a planned or speculated event any time."""
    if certainty == "fact" and noun:
        return True
    if certainty == "fact" or P is None or d.get("end_date") is None:
        return certainty == "fact" and (P is None or d.get("start_date") is None or d["start_date"] <= P) \
            or certainty != "fact"
    return d["end_date"] > P


def reported_clause_start(t: Tokens, c: Cue) -> int:
    """Where the reported clause the cue stands in opens (after أن / إنه ...), 0 when it is in
    none: a time before that dates the report, not the event."""
    opens = event_words("complementizer")
    for j in range(c.k - 1, -1, -1):
        if t.sent[j] != c.sent:
            break
        if t.words[j] in opens:
            return j + 1
    return 0


#: at most this many tokens from the cue to a time after it outside its clause (في لقاء مع صحفيين
#: من قناة بي إف أم، مساء الأحد، أن ...)
AFTER_WINDOW = 16


def _after_in_sentence(a: EventScan, c: Cue, cands: list):
    """The first time after the cue in its sentence, up to the next cue, a reported clause
    (أن، إن) or :data:`AFTER_WINDOW` tokens: commas around it do not part it from the event (not
    for an announcement, whose content follows it: أعلنت الشركة ارتفاع أرباحها في أبريل)."""
    t, opens = a.t, event_words("complementizer")
    for i, d in cands:
        if c.after <= i < min(c.nxt, c.after + AFTER_WINDOW) \
                and not any(t.words[j] in opens for j in range(c.after, i)):
            return d
    return None


def linked_time(a: EventScan, c: Cue, certainty: str):
    """The nearest fitting date row in the sentence: in its own clause after the cue, then before
    it, then after it across commas (:func:`_after_in_sentence`), then any dated (not vague)
    expression before it.  A length of time (لمدة ثلاثة أيام، سن العشرين، بعد أسبوعين من …) is
    never an event's date."""
    t, P = a.t, a.published
    cands = [(i, d) for i, d in a.dates_of(c.sent) if d["kind"] not in ("set", "duration", "anchored")
             and not (d["kind"] == "vague" and d.get("start_date") is None)]
    cands = [(i, d) for i, d in cands if _fits(d, certainty, P, c.pos != "verb" and abs(i - c.k) <= NOUN_WINDOW)]
    same_after = [d for i, d in cands if c.k < i < c.nxt and t.clause[i] == c.cl]
    if same_after:
        return same_after[0]
    opened = reported_clause_start(t, c)
    cands = [(i, d) for i, d in cands if i >= opened or i > c.k]
    same_before = [d for i, d in cands if i < c.k and t.clause[i] == c.cl]
    if same_before:
        return same_before[-1]
    after = c.kind != "announcement" and _after_in_sentence(
        a, c, [(i, d) for i, d in cands if d["kind"] != "vague" and d.get("start_date")])
    if after:
        return after
    before = [d for i, d in cands if i < c.k and d["kind"] != "vague"]
    return before[-1] if before else None


def _event_rows(a: EventScan, c: Cue, where, who, with_, count, certainty, d) -> list[dict]:
    """One row per place of the event (one row without a place)."""
    t = a.t
    start, end = t.start(c.k), t.end(c.after - 1)
    base = {
        "kind": c.kind, "who": a.party_name(who), "with": a.party_name(with_), "count": count,
        "value": d["value"] if d else None, "start_date": d["start_date"] if d else None,
        "end_date": d["end_date"] if d else None, "certainty": certainty, "sentence": c.sent,
        "start": start, "end": end,
        "time_text": d["text"] if d else None, "time_start": d["start"] if d else None,
        "time_end": d["end"] if d else None, "text": a.text[start:end],
    }
    rows = []
    for s, e, place in where or [(None, None, None)]:
        row = dict(base)
        row["where"], row["place"] = (a.mention_after(c, ("place",)), None) if s is None else (
            a.entity_name(s, e, PLACE_KINDS) or a.actor_text(s, e), place)
        rows.append(row)
    return rows


def event_of(a: EventScan, c: Cue) -> list[dict]:
    """The rows of the event a cue names (none when it names no event)."""
    where = places_after(a, c)
    if _no_event(a, c, where):
        return []
    who, with_ = parties(a, c)
    if with_ is not None:
        a.used_with.add(with_)
    place_at = a.hits.place_at
    if who is None and c.kind == "announcement" and c.after in place_at:
        who = (c.after, c.after + place_at[c.after][0])  # "وكشفت موسكو": a capital for its government
    count = count_of(a, c)
    certainty = certainty_of(a, c)
    d = linked_time(a, c, certainty)
    P = a.published
    if d is not None and certainty == "fact" and P is not None and d.get("start_date") and d["start_date"] > P:
        certainty = "planned"
    return _event_rows(a, c, where, who, with_, count, certainty, d)


def with_entity_actors(t: Tokens, hits: Hits, actors: list, entities: list[dict]) -> list:
    """Actor spans: the entity layer's mentions of people and bodies from their phrase's start (a
    title before the name), clean of verbs, time words and clitics, and the title or name mentions found here that no entity
    mention overlaps."""
    spans = []
    for m in entities:
        if m["kind"] in ACTOR_KINDS:
            s = bisect.bisect_right(t.starts, t.normalized.to_norm(m["phrase_start"])) - 1
            e = bisect.bisect_left(t.starts, t.normalized.to_norm(m["end"]))
            if 0 <= s < e and not (s in hits.place_at and s + hits.place_at[s][0] >= e):
                spans.append((s, e))  # (a country or city, as in «زار الصين», is where, not who)
    taken = {k for s, e in spans for k in range(s, e)}
    spans += [(s, e) for s, e in actors if not any(k in taken for k in range(s, e))]
    return sorted(set(spans))


def _dates_by_token(t: Tokens, dates) -> list:
    """(token position, row) of every date row with a value or a date."""
    out, to_norm = [], t.normalized.to_norm
    for d in dates:
        if d.get("start_date") is None and d.get("value") is None:
            continue
        i = bisect.bisect_left(t.starts, to_norm(d["start"]))
        if i < len(t):
            out.append((i, d))
    return out


def events(article, published=None, dates=None):
    """Events the article describes, one row per event and place (columns: :data:`EVENT_COLUMNS`).

    ``kind`` comes from ``event_cues.tsv``; ``who``/``with`` are actor mentions (a title from
    ``actor_titles.txt`` with what follows it, or a name repeated in the article); ``where`` and
    ``place`` from the gazetteer; ``count`` from أربع مرات / مرتين; the time from the nearest
    fitting time expression of ``find_dates`` in the same sentence (its own clause first);
    ``certainty`` is fact, planned or speculated (``certainty_cues.tsv``, the future prefix س,
    or a linked time wholly after publication).
    """

    # whole numbers stay whole where some rows have none (count, linked time span): Int64
    return EVENTS.frame(event_rows(article, published, dates))


def event_rows(article, published=None, dates=None, entities=None) -> list[dict]:
    """:func:`events` as a list of dicts (no pandas).  ``article`` is a TextLayer, an Article or a
    string; ``dates`` (rows or a DataFrame of :func:`.dates.find_dates`) and ``entities`` (rows of
    :func:`maqal.entities.entity_rows`) are reused when given."""
    layer = text_layer(article)
    if published is None:
        published = getattr(layer.article, "published", None)
    P = cal.as_date(published)
    if dates is None:
        dates = date_rows(layer, P)
    elif hasattr(dates, "to_dict"):
        dates = dates.to_dict("records")
    t = token_table(layer)
    if t is None:
        return []
    hits = match_phrases(t)
    if not hits.cue_at:
        return []
    actors, conj = actor_spans(t, hits)
    if entities is None:
        entities = entity_rows(layer)
    actors = with_entity_actors(t, hits, actors, entities)
    a = EventScan(layer.text, t, hits, actors, conj, _dates_by_token(t, dates), P,
                  mentions=sorted(entities, key=lambda m: m["start"]))
    cue_ks = sorted(hits.cue_at)
    rows = []
    for k in cue_ks:
        rows.extend(event_of(a, _cue(t, cue_ks, hits.cue_at, k)))
    return rows

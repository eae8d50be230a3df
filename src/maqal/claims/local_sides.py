"""Sides of local offices: a local official or body («مدير مطار الجوف»، «صحة تبوك»، «محافظ
البيضاء»، «الناطق باسم شرطة منطقة مكة المكرمة») speaks for the state its place belongs to.

The place is the region or city a local head (``local_head`` of claim_words.tsv: منطقة، محافظة،
صحة، مطار …) governs, or a region named in several words («بالمنطقة الشرقية»), looked up in
``local_regions.tsv``.  A name two states share (الجوف: Saudi Arabia and Yemen) is decided by the
article: the state whose names and regions it holds most, else the one the file lists first.  Later
mentions of the same entity («الغامدي») take the side of its fuller mention.
"""
from __future__ import annotations

import re
from collections import Counter

from ..entities.morphology import ARTICLE, readings, without_article
from ..entities.vocabulary import country_name_ar, country_of_word
from ..lexicons import alternation, key, lexicon_cache, matched_entry, read_table
from .vocabulary import WORD_RUN, lexicons, words

#: the source types a local place sides: an office holder, a state body, an unnamed source in one
LOCAL_TYPES = ("official", "government", "anonymous")
#: the longest region name, in words
MAX_WORDS = 3
#: how often the article must name a state before it is the article's main state
MIN_MAIN_COUNT = 2
#: the third column of ``local_regions.tsv`` that marks a name read only after a local head
HEAD_ONLY = "head"


@lexicon_cache
def regions() -> tuple[dict, frozenset, re.Pattern]:
    """(normalised region name → its states in file order, the names read only after a local
    head, a regex of every name as a whole word)."""
    states: dict[str, list[str]] = {}
    head_only = set()
    for row in read_table("local_regions.tsv"):
        name = key(row[0])
        for state in row[1].split(","):
            if state not in states.setdefault(name, []):
                states[name].append(state)
        if len(row) > 2 and row[2] == HEAD_ONLY:
            head_only.add(name)
    return states, frozenset(head_only), re.compile(rf"(?<!\w)(?P<w>{alternation(states)})(?!\w)")


def with_local_sides(rows: list[dict], context: "ArticleContext") -> list[dict]:
    """Each attributed row of a local type with no side given the state of the local place its
    phrase names; then the rows of the same entity with none given that side too."""
    by_entity: dict = {}
    for row in rows:
        if is_open(row):
            where = local_side(key(row["source"]), context)
            if where is not None:
                row["source_side"] = where
                if row.get("source_entity") is not None:
                    by_entity.setdefault(row["source_entity"], where)
    for row in rows:
        if is_open(row) and row.get("source_entity") in by_entity:
            row["source_side"] = by_entity[row["source_entity"]]
    return rows


def is_open(row: dict) -> bool:
    """An attributed row with a source of a local type and no side yet."""
    return (row["attributed"] and row["source_start"] is not None and row["source_side"] is None
            and row["source_type"] in LOCAL_TYPES and bool(row["source"]))


def local_side(phrase: str, context: "ArticleContext") -> str | None:
    """The state of the first local place the (normalised) source phrase names, or None."""
    states, head_only, _ = regions()
    heads = words().local_head
    toks = phrase.split()
    for i, tok in enumerate(toks):
        cores = [core for _, core in readings(tok)]
        after_head = any(c in heads or (c.startswith(ARTICLE) and without_article(c) in heads) for c in cores)
        for n in range(MAX_WORDS, 0, -1):
            if after_head and i + 1 + n <= len(toks):
                name = " ".join(toks[i + 1:i + 1 + n])
                if name in states:
                    return context.choose(states[name])
            if n > 1 and i + n <= len(toks):  # a region in several words, anywhere («بالمنطقة الشرقية»)
                for core in cores:
                    name = " ".join([core, *toks[i + 1:i + n]])
                    if name in states and name not in head_only:
                        return context.choose(states[name])
    return None


class ArticleContext:
    """Which state the article is about, read once when a place two states share needs it."""

    def __init__(self, norm_text: str):
        self.text = norm_text
        self._counts: Counter | None = None
        self._cldr: Counter | None = None

    def choose(self, candidates: list[str]) -> str:
        """The candidate the article names most (its nationalities, countries and regions), the
        first listed on a tie."""
        if len(candidates) == 1:
            return candidates[0]
        counts = self.counts()
        return max(candidates, key=lambda c: (counts[c], -candidates.index(c)))

    def main_state(self) -> str | None:
        """The state the article names most, when it is named at least twice and more often than
        any other; else None (an article about two states has no main one).  The states only CLDR
        names («سريلانكا»، «النيبالي») count where the listed ones lead none."""
        return leader(self.counts()) or leader(self.counts() + self.cldr_counts())

    def cldr_counts(self) -> Counter:
        """The states the text names through words no side list holds (:func:`cldr_states`)."""
        if self._cldr is None:
            self._cldr = cldr_states(lexicons().side_re.sub(" ", self.text))
        return self._cldr

    def counts(self) -> Counter:
        if self._counts is None:
            lex = lexicons()
            states, _, region_re = regions()
            found = Counter(lex.side_of[matched_entry(m, "w")] for m in lex.side_re.finditer(self.text))
            for m in region_re.finditer(self.text):
                found.update(dict.fromkeys(states[matched_entry(m, "w")], 1) if len(states[matched_entry(m, "w")]) == 1 else {})
            places, place_re = place_sides()
            found.update(places[matched_entry(m, "w")] for m in place_re.finditer(self.text))
            self._counts = found
        return self._counts


@lexicon_cache
def place_sides() -> tuple[dict, re.Pattern]:
    """(normalised name → side, a regex of the names as whole words) of the cities and regions the
    entity layer knows the state of (``entity_places.tsv``, ``entity_capitals.tsv``: «نيويورك»,
    «كاليفورنيا»), named as the sides file names the state; names the side list holds are left out
    (they count already), and so are those that more often name something else (``not_a_state_name``:
    «عمان» is Oman as often as Amman)."""
    lex = lexicons()
    rows = [row for row in read_table("entity_places.tsv") if len(row) == 2 and row[1]]
    rows += read_table("entity_capitals.tsv")
    found = {}
    for row in rows:
        country = country_of_word(key(row[1]))
        if key(row[0]) not in lex.side_of and key(row[0]) not in words().not_a_state_name and country is not None:
            found[key(row[0])] = lex.side_of.get(country_name_ar(country), country)
    return found, re.compile(rf"(?<!\w)(?P<w>{alternation(found)})(?!\w)")


def leader(counts: Counter) -> str | None:
    """The state named most, at least ``MIN_MAIN_COUNT`` times and more often than any other."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_MAIN_COUNT:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def cldr_states(text: str) -> Counter:
    """How often the (normalised) text names each state through a country name or nationality
    CLDR knows and ``source_sides.tsv`` does not list («سريلانكا»، «النيبالي»), named as the
    sides file names it; a word that is more often something else («مالي» "financial", «عمان»
    Amman, «تركي» a given name: ``not_a_state_name``) is left out."""
    lex, skip = lexicons(), words().not_a_state_name
    found: Counter = Counter()
    for w, n in Counter(WORD_RUN.findall(text)).items():
        country = country_of_word(w) if w not in skip else None
        if country is not None:
            found[lex.side_of.get(country_name_ar(country), country)] += n
    return found

"""Coreference within one article, and the rows of the entities table.

Persons: a full name makes an entity; a shorter form whose words all belong to it (a surname
«بومبيو», «كيم») joins it, and such words are also found where no title announced them.  A
title-only mention («الوزير», «نظيره القطري», «المبعوث الأممي») joins the latest named person
before it whose title shares its head (and whose affiliation agrees).  Other mentions share an
entity when they name the same body or place.  A chain's title and affiliation fill its mentions
that lack them; its ``name`` is its fullest form.
"""
from __future__ import annotations

from . import vocabulary as vocab
from .morphology import ARTICLE, readings
from .scan import Mention, Scanner

#: a name word shorter than this is never looked for alone
MIN_SURNAME = 3


def surname_mentions(sc: Scanner, mentions: list[Mention]) -> list[Mention]:
    """Later (or earlier) mentions by one word of a person's name, outside any other mention."""
    links = vocab.name_links()
    owners: dict[str, set[tuple[str, ...]]] = {}
    for m in mentions:
        if m.kind == "person" and m.name:
            for w in m.name:
                if len(w) >= MIN_SURNAME and w not in links and not vocab.is_stopword(w):
                    owners.setdefault(w, set()).add(m.name)
    if not owners:
        return []
    covered = set()
    for m in mentions:
        covered.update(range(m.first, m.last + 1))
    out = []
    for i, tok in enumerate(sc.words):
        if i in covered:
            continue
        for skip, core in readings(tok):
            if core in owners and (skip == 0 or not core.startswith(ARTICLE)):
                out.append(Mention(i, i, skip, "person", "named", (core,)))
                break
    return out


class Chains:
    """Entities of one article: mention → entity number, and each entity's facts."""

    def __init__(self):
        self.of: dict[int, int] = {}  # mention index → entity
        self.names: list[tuple[str, ...]] = []  # person entity → its fullest name (normalised words)
        self.keys: dict[tuple, int] = {}
        self.count = 0

    def new(self) -> int:
        self.count += 1
        return self.count - 1


def link(mentions: list[Mention]) -> list[int]:
    """The entity of each mention (mentions in text order)."""
    chains = Chains()
    persons = sorted((k for k, m in enumerate(mentions) if m.type == "named" and m.kind == "person" and m.name),
                     key=lambda k: (-len(mentions[k].name), mentions[k].first))
    full: list[tuple[tuple[str, ...], int]] = []
    for k in persons:
        name = mentions[k].name
        words = set(name)
        owner = [e for n, e in full if words <= set(n)]
        if owner:
            chains.of[k] = _latest_before(owner, mentions, chains, k)
        else:
            e = chains.new()
            full.append((name, e))
            chains.of[k] = e
    facts: dict[int, tuple[set, str]] = {}
    for k, e in chains.of.items():
        heads, affiliation = facts.setdefault(e, (set(), ""))
        facts[e] = (heads | mentions[k].title_words, affiliation or mentions[k].affiliation)
    for k, m in enumerate(mentions):
        if k in chains.of:
            continue
        if m.type == "title":
            chains.of[k] = _title_antecedent(k, mentions, chains, facts)
        elif m.type == "anonymous":
            chains.of[k] = chains.new()
        elif m.type == "anaphor":
            chains.of[k] = _body_antecedent(k, mentions, chains)
        elif m.type == "state_anaphor":
            continue  # once every state is known (below)
        else:
            chains.of[k] = _body_entity(m, chains)
    for k, m in enumerate(mentions):
        if m.type == "state_anaphor":
            chains.of[k] = _state_antecedent(k, mentions, chains)
    return [chains.of[k] for k in range(len(mentions))]


def _body_entity(m: Mention, chains: Chains) -> int:
    """Bodies and places: one entity per canonical name (or normalised words), a country and the
    capital acting for it one per state; a shorter form inside an earlier one of the same kind
    («طيران الهند» in «شركة طيران الهند») joins it."""
    words = m.canonical.split() if m.canonical else list(m.words)
    ident = (m.kind, " ".join(words))
    if m.state and (m.kind == "government" or m.canonical == m.state):
        ident = ("state", m.state)  # «إيران» acting and as a place, «دمشق» acting: one entity, the state
    if ident not in chains.keys:
        n = len(words)
        inside = [e for (kind, text), e in chains.keys.items() if kind == m.kind and n > 1 and any(
            text.split()[s:s + n] == words for s in range(len(text.split()) - n + 1))]
        chains.keys[ident] = inside[-1] if inside else chains.new()
    return chains.keys[ident]


def _body_antecedent(k: int, mentions: list[Mention], chains: Chains) -> int:
    """The entity of a definite head alone («الوزارة», «الحزب», «التنظيم», «الفندق»): the latest body
    or place before it opening with the same head («وزارة الشؤون الإسلامية», «حزب المؤتمر»); -1 (no mention) if none."""
    head = mentions[k].head
    for j in range(k - 1, -1, -1):
        other = mentions[j]
        if other.kind != "person" and j in chains.of and chains.of[j] >= 0 and other.words \
                and other.words[0].removeprefix(ARTICLE) == head:
            return chains.of[j]
    if mentions[k].words and " ".join(mentions[k].words) in vocab.word_class("standing_body"):
        return _body_entity(mentions[k], chains)  # «البرلمان», «الجيش»: the country's own
    return -1


def _state_antecedent(k: int, mentions: list[Mention], chains: Chains) -> int:
    """The entity of «البلاد», «المملكة»: the latest state (a country, a capital acting, a state body)
    mentioned before it, else the first after it, else the lexicon's country; -1 (no mention)."""
    states = [j for j, m in enumerate(mentions) if m.state and m.type != "state_anaphor" and chains.of.get(j, -1) >= 0
              and chains.keys.get(("state", m.state)) == chains.of[j]]
    before = [j for j in states if j < k]
    after = [j for j in states if j > k]
    if before or after:
        return chains.of[before[-1] if before else after[0]]
    if mentions[k].state:  # «المملكة» in an article naming no state: the country the lexicon gives
        return chains.keys.setdefault(("state", mentions[k].state), chains.new())
    return -1


def _latest_before(entities: list[int], mentions, chains: Chains, k: int) -> int:
    """Of several entities a short name fits, the one mentioned last before mention ``k``."""
    if len(entities) == 1:
        return entities[0]
    best, best_pos = entities[0], -1
    for j, e in chains.of.items():
        if e in entities and best_pos < mentions[j].first < mentions[k].first:
            best, best_pos = e, mentions[j].first
    return best


def _title_antecedent(k: int, mentions: list[Mention], chains: Chains, facts: dict) -> int:
    """The entity of a title-only mention: the latest person before it with a compatible title
    and affiliation; else an earlier title-only entity with the same title; else a new one."""
    m = mentions[k]
    if k and _apposition(mentions[k - 1], m) and k - 1 in chains.of:
        return chains.of[k - 1]  # «افيخاي أدرعي، المتحدث باسم الجيش»: the title of the name before it
    for j in range(k - 1, -1, -1):
        other = mentions[j]
        e = chains.of.get(j)
        if other.kind != "person" or e is None or other.type != "named":
            continue  # a title-only mention links to a named person, not to another title
        heads, affiliation = facts.get(e, (set(), ""))
        if m.affiliation and affiliation and m.affiliation != affiliation:
            continue
        if not m.head and not (m.affiliation and affiliation == m.affiliation):
            continue
        if m.head and m.head not in heads:
            continue
        facts[e] = (heads, affiliation or m.affiliation)
        return e
    if m.head:  # «القس» with no titled person before it: the latest person named with no title
        for j in range(k - 1, -1, -1):
            e = chains.of.get(j)
            if e is not None and mentions[j].type == "named" and mentions[j].kind == "person" and not facts.get(
                    e, (set(), ""))[0] and not (m.affiliation and facts[e][1] and facts[e][1] != m.affiliation):
                facts[e] = (set(m.title_words), facts[e][1] or m.affiliation)
                return e
    e = chains.new()
    facts[e] = (set(m.title_words), m.affiliation)
    return e


def _apposition(before: Mention, m: Mention) -> bool:
    """A title-only mention right after a named person (a comma between them at most)."""
    return (before.kind == "person" and before.type == "named" and not m.skip
            and (m.first == before.last + 1 or m.first == before.last + 2 and m.after_comma))

"""The entities table: one row per mention, with its entity, fullest name, kind, title,
affiliation and sentence (see the package docstring for the columns)."""
from __future__ import annotations

import bisect

from ..lexicons import lexicon_cache
from ..records import ENTITIES
from ..textlayer import TextLayer, text_layer
from .extend import (apposed_names, outlet_mentions, named_after_a_prize, bodies_led_by, bracketed_names, companies_by_field, family_names_before_marks,
                     given_names_before, media_registers, places_before_nationalities, places_listed_after_fronts)
from .link import apposed_title, given_name_mentions, head_anaphors, link, meets, names_cut_at_known, names_cut_at_later_surname, owned_bodies, parenthesised_aliases, person_gender, short_body_names, speaking_facilities, surname_mentions, take_antecedent_kinds, titles_before_names
from . import vocabulary as vocab
from .morphology import ARTICLE, CONJUNCTIONS, core_of, without_article
from .scan import COMMA, SENTENCE_END, Mention, Scanner, scanned_tokens, tokens_where

COLUMNS = ENTITIES.names


def entity_rows(layer: TextLayer, tables: dict | None = None) -> list[dict]:
    """Rows of the entities table for one text layer (plain dicts, in text order), found once per
    layer and shared by every analysis that reads them (do not modify)."""
    return layer.result("entities", lambda: _entity_rows(layer))


def _entity_rows(layer: TextLayer) -> list[dict]:
    norm = layer.normalized
    tokens = scanned_tokens(norm.tokens)
    words = tokens.words
    written_names, written_prepositions = _written_spellings(tokens, words, norm, layer.text)
    sc = Scanner(tokens, written_names=written_names, written_prepositions=written_prepositions)
    sc.run()
    sc.mentions[:] = [m for m in sc.mentions if not named_after_a_prize(sc, m)]
    companies_by_field(sc)
    media_registers(sc)
    outlet_mentions(sc)
    mentions = family_names_before_marks(sc, sc.mentions) + apposed_names(sc)
    mentions += bracketed_names(sc)
    mentions = places_listed_after_fronts(sc, mentions)
    mentions = places_before_nationalities(sc, mentions)
    names_cut_at_known(sc, mentions)
    mentions += surname_mentions(sc, mentions)
    names_cut_at_later_surname(mentions)
    named, mentions = mentions, given_names_before(sc, mentions)
    mentions += given_name_mentions(sc, named, mentions)
    mentions = _distinct(mentions + bodies_led_by(sc, mentions))
    mentions = _distinct(mentions + short_body_names(sc, mentions))
    mentions = _distinct(mentions + head_anaphors(sc, mentions))
    spans = [norm.span(tokens[m.first][0] + m.skip, tokens[m.last][1]) for m in mentions]
    phrase_starts = [_phrase_start(m, tokens, norm, s) for m, (s, _) in zip(mentions, spans)]
    text = layer.text
    for m in mentions:
        m.after_comma = m.first > 0 and sc.words[m.first - 1] in COMMA
        m.words = (core_of(sc.words[m.first], m.skip), *sc.words[m.first + 1:m.last + 1])
        m.affiliation = _resolve(m.affiliation, tokens, norm, text)
        m.title_words = frozenset(without_article(core_of(sc.words[k], m.title_skip if k == m.title_tokens[0] else 0))
                                  for k in m.title_tokens) | ({m.head} if m.head else set())
        m.gender = person_gender(m, sc.words[m.first - 1] if m.first else "") if m.kind == "person" else ""
        m.meets = m.kind == "person" and m.first > 0 and meets(sc.words[m.first - 1])
    ends = [t for t, w in enumerate(sc.words) if w in SENTENCE_END]
    owned_bodies(sc, mentions)
    entity = link(mentions, parenthesised_aliases(sc, mentions), titles_before_names(sc, mentions), ends)
    take_antecedent_kinds(mentions, entity)
    speaking_facilities(sc, mentions)
    phrase_ends = [e for _, e in spans]
    for k in _titles_of_the_name_before(mentions, entity):
        entity[k], phrase_ends[k - 1] = -1, spans[k][1]
    kept = [k for k, e in enumerate(entity) if e >= 0]  # an anaphor with nothing to refer to is none
    rows = _rows(layer, [mentions[k] for k in kept], [spans[k] for k in kept], [entity[k] for k in kept], sc)
    for row, k in zip(rows, kept):
        row["phrase_start"], row["phrase_end"] = phrase_starts[k], phrase_ends[k]
    return rows


def _titles_of_the_name_before(mentions: list[Mention], entity: list[int]) -> list[int]:
    """Title-only mentions that stand right after the name they belong to («حسن جونين رئيس جامعة
    عثمان غازي», «جمانة غنيمات وزيرة الدولة لشؤون الإعلام», «سوسن الشاعر، الإعلامية»): the name's
    description, no mention of their own.  The name takes the title (and affiliation) when it has
    none or only a title of address (الدكتور، الشيخ), and
    its phrase ends where the title did (``phrase_end``: a source runs over it)."""
    out = []
    for k in range(1, len(mentions)):
        m, before = mentions[k], mentions[k - 1]
        if m.kind == "person" and m.type == "title" and entity[k] >= 0 and entity[k] == entity[k - 1] \
                and apposed_title(before, m):
            if before.title_words <= vocab.address_words():  # «الدكتور … السلمي عضو مجلس الإدارة»
                before.title_tokens, before.title_skip = m.title_tokens, m.title_skip
            before.affiliation = before.affiliation or m.affiliation
            out.append(k)
    return out


def _written_spellings(tokens, words: list[str], norm, text: str) -> tuple[frozenset[int], frozenset[int]]:
    """The tokens the original spelling tells apart, in one pass over the ``written_name`` class
    (علي = على once normalised) and the ``spelling_witness`` words:

    - names: tokens whose original spelling is a given name («علي» with a final ي), in a text that
      also writes the preposition with its own letter (an outlet that writes «علي» for «على» tells
      nothing by the letter);
    - prepositions: tokens of the class whose original spelling does not end as a name does, in a
      text that ends its witness words (في) with that letter at least as often as not: a text that
      spells ى and ي apart writes the preposition there («الرئيس الإيراني على هامش زيارته»), no
      given name. A text that writes «فى» tells nothing by the letter."""
    names, ending = vocab.word_class("written_name"), vocab.longest_first("name_ending")
    witnesses = vocab.word_class("spelling_witness")
    spelled, kept, other, prepositions = {}, 0, 0, []
    for k in tokens_where(words, spelling_words(), lambda w: w in witnesses or w.lstrip(CONJUNCTIONS) in names):
        a, b = norm.span(tokens[k][0], tokens[k][1])
        ends_as_name = text[a:b].endswith(ending)
        if words[k].lstrip(CONJUNCTIONS) in names:
            spelled[k] = ends_as_name
        if words[k] in witnesses:
            kept, other = kept + ends_as_name, other + (not ends_as_name)
        elif not ends_as_name:
            prepositions.append(k)
    written = frozenset() if all(spelled.values()) else frozenset(k for k, name in spelled.items() if name)
    return written, frozenset(prepositions) if kept > other else frozenset()


@lexicon_cache
def spelling_words() -> dict:
    """Token → whether it is a ``spelling_witness`` word or one of the ``written_name`` class (behind
    «و»): the memo of :func:`_written_spellings` (each distinct word judged once per process)."""
    return {}


def _phrase_start(m: Mention, tokens, norm, start: int) -> int:
    """Where the mention's phrase begins: its title, when the title stands before the name
    («رئيس الوزراء الهندي ناريندرا مودي»), without the title's clitic; else the mention's start."""
    if m.title_tokens and m.title_tokens[0] < m.first:
        return norm.span(tokens[m.title_tokens[0]][0] + m.title_skip, tokens[m.title_tokens[0]][1])[0]
    return start


def _distinct(mentions: list[Mention]) -> list[Mention]:
    """Mentions in text order, one per span."""
    seen, out = set(), []
    for m in sorted(mentions, key=lambda m: (m.first, -m.last)):
        if (m.first, m.last) not in seen:
            seen.add((m.first, m.last))
            out.append(m)
    return out


def _resolve(affiliation, tokens, norm, text) -> str:
    """An affiliation given as token positions → the words as written (without a clitic)."""
    if not isinstance(affiliation, tuple):
        return affiliation
    first, last, skip = affiliation
    s, e = norm.span(tokens[first][0] + skip, tokens[last][1])
    return text[s:e]


def _title(m: Mention, sc: Scanner, norm, text) -> str:
    """The title as written: its words (the first without its clitic), nationality left out."""
    words = []
    for k in m.title_tokens:
        skip = m.title_skip if k == m.title_tokens[0] else 0
        s, e = norm.span(sc.tokens[k][0] + skip, sc.tokens[k][1])
        lil = core_of(sc.words[k], skip) != sc.words[k][skip:]  # «للعاهل»: the title is «العاهل»
        words.append(ARTICLE + text[s + 1:e] if lil else text[s:e])
    return " ".join(words)


def written_name(text: str, s: int, e: int) -> str:
    """A mention as a name is written: after «لل» the span keeps one ل («للمخابرات» → span
    «لمخابرات»), so its name gets the article's alif back («المخابرات»)."""
    surface = text[s:e]
    if s > 0 and text[s - 1] == "ل" and surface.startswith("ل") and (s == 1 or not text[s - 2].isalnum()):
        return "ا" + surface
    return surface


def _rows(layer: TextLayer, mentions, spans, entity, sc: Scanner) -> list[dict]:
    text, norm = layer.text, layer.normalized
    starts = layer.sentence_starts
    titles = [_title(m, sc, norm, text) for m in mentions]
    chain_title: dict[int, str] = {}
    chain_affiliation: dict[int, str] = {}
    chain_name: dict[int, str] = {}
    for m, (s, e), t, ent in zip(mentions, spans, titles, entity):
        chain_title.setdefault(ent, t) if t else None
        chain_affiliation.setdefault(ent, m.affiliation) if m.affiliation else None
        surface = written_name(text, s, e)
        rank = (m.type == "named", len(m.name), bool(m.display), len(surface))
        surface = (m.display if m.kind != "person" else "") or surface
        if ent not in chain_name or rank > chain_name[ent][0]:
            chain_name[ent] = (rank, surface)
    order = {}
    rows = []
    press = {ent for m, ent in zip(mentions, entity) if m.kind == "media" and m.type == "anonymous"}
    for m, (s, e), t, ent in zip(mentions, spans, titles, entity):
        number = order.setdefault(ent, len(order))
        rows.append({
            "mention": text[s:e], "start": s, "end": e, "entity": number, "name": chain_name[ent][1],
            "kind": _anonymous_kind(m, ent, press), "title": t or chain_title.get(ent, ""),
            "affiliation": m.affiliation or chain_affiliation.get(ent, ""), "anonymous": m.type in ("anonymous", "anonymous_anaphor"),
            "sentence": max(bisect.bisect_right(starts, s) - 1, 0),
        })
    return rows


def _anonymous_kind(m: Mention, ent: int, press: set[int]) -> str:
    """An unnamed source is a person, or the press when its chain opens with unnamed media («ذكرت
    مصادر إعلامية … وأفادت المصادر»); any other mention its own kind."""
    if m.kind != "anonymous":
        return m.kind
    return "media" if ent in press else "person"


def entities(source):
    """One row per mention of a person, body or place in an article (an Article, a string or
    its TextLayer): mention, start, end, entity, name, kind, title, affiliation, anonymous,
    sentence.  ``article.text[start:end] == mention``."""
    return ENTITIES.frame(entity_rows(text_layer(source)))

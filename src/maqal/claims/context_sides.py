"""Sides from the article: an official or a state body whose phrase names no country («المتحدث
الرسمي للمركز»، «وزارة الداخلية»، «الشرطة»، «العقيد المالكي») speaks for the state the article's
other sources identify.  The gold rulebook sides such a source by "its being a state organ or
official of an identified state"; the text identifies it through the sources that do name one —
the one side all of them name, else the latest named before it; where no source names one, the
state the article names most (its countries, nationalities and regions, when one clearly leads: a
Saudi paper's «وزارة الصحة», a Sri Lankan government spokesman; never a club, a university or a
company, ``private_body``).  Private persons, companies,
media and anonymous sources keep no side (a wire agency or an unnamed source is no state's), and
so does a body that is no state organ (``non_state_body``: a hospital, an ambulance service, a
rights monitor), even when its name carries a nationality («المرصد السوري لحقوق الإنسان»).
"""
from __future__ import annotations

import bisect
import re
from itertools import accumulate

from ..arabic import normalize
from ..clitics import LETTERS, without_proclitic
from ..entities.morphology import ARTICLE
from ..entities.vocabulary import country_of_word, is_about_sport, is_country_name
from ..lexicons import lexicon_cache, matched_entry, read_table
from .local_sides import ArticleContext
from .source_types import BODY_TYPES, STATE_TYPES, cldr_side, is_unnamed_witness, owner_side, side
from .vocabulary import lexicons, words

WORD = re.compile(r"\w+")


def with_context_sides(rows: list[dict], context: ArticleContext, phrases=dict) -> list[dict]:
    """Each attributed row of a state type with no side given the article's side (see the module
    docstring); the sides named by the phrases are read before any is filled.  A party's side
    (``party_sides``: the UN, NATO, the Islamic State) goes only to an office such a party has
    («الأمين العام»: ``party_office``), never to a state organ.  ``phrases`` gives each entity's
    phrase words (:func:`entity_phrase_words`), asked for only in a text about sport."""
    for row in rows:
        if row["attributed"] and row["source_start"] is not None and names_non_state_body(row["source"]) \
                and not owner_side(normalize(row["source"]), lexicons()):
            row["source_side"] = None
    named = [(row["cue_start"], row["source_side"]) for row in rows
             if row["attributed"] and row["source_side"] is not None]
    states = [(at, side) for at, side in named if side not in party_sides()]
    clubs = club_officials(rows, phrases()) if is_about_sport(WORD.findall(context.text)) else set()
    private = entities_naming(rows, words().private_body)
    open_rows = [row for row in rows if needs_state_side(row) and not names_body(row["source"], words().private_body)
                 and id(row) not in clubs and (row.get("source_entity") is None or row["source_entity"] not in private)]
    main = {context.main_state()} - {None} if open_rows and not states else set()
    for sides in (named, states):
        latest, only = LatestBefore(sides), {side for _, side in sides} or main
        for row in open_rows:
            if (sides is named) == names_body(row["source"], words().party_office):
                row["source_side"] = article_side(latest, only, row["cue_start"])
    return with_head_sides(with_referred_sides(rows))


def with_head_sides(rows: list[dict]) -> list[dict]:
    """A source that is one definite noun («الشركة»، «المتحف»، «اللجنة») with no side takes the
    side (and a body's type) of the latest source before it that this noun heads («شركة طيران الهند»، «متحف الهولوكوست
    في واشنطن»): the definite noun refers back to it.  The sources before it are kept by the heads
    they open with (:func:`head_keys`), not scanned back for each noun (a long article's thousands
    of sources made that quadratic)."""
    latest: dict[str, dict] = {}  # head → the latest source so far that it heads
    for row in rows:
        if not (row["attributed"] and row["source"]):
            continue
        found = WORD.findall(normalize(row["source"]))
        if row["source_side"] is None and len(found) == 1 and found[0].startswith(ARTICLE) \
                and len(found[0]) >= MIN_HEAD:
            earlier = latest.get(found[0][len(ARTICLE):])
            if earlier is not None:
                row["source_side"] = earlier["source_side"]
                if row.get("source_type") in BODY_TYPES:  # (its type too: «المرصد» after «مرصد … التابع لدار الإفتاء»)
                    row["source_type"] = earlier.get("source_type", row["source_type"])
        party = officer_party(found, latest)
        if party is not None and row["source_type"] == "official":
            row["source_side"] = party  # «الناطقة باسم المكتب» after «مكتب تنسيق الشؤون الإنسانية الأممي»
        for head in head_keys(found):
            latest[head] = row
    return rows


def officer_party(found: list[str], latest: dict) -> str | None:
    """The international body (``international_body``) an officer speaks for when the noun after
    «باسم» (``officer_link``) heads an earlier source of that body («الناطقة باسم المكتب»، «المتحدث
    باسم مكتب تنسيق الشؤون الإنسانية» after «مكتب تنسيق الشؤون الإنسانية الأممي في سوريا»), not the
    state the article is about."""
    w = words()
    at = next((i for i, word in enumerate(found) if word in w.officer_link), None)
    if at is None or at + 1 >= len(found):
        return None
    body = found[at + 1]
    earlier = latest.get(body[len(ARTICLE):] if body.startswith(ARTICLE) else body)
    side_of = earlier["source_side"] if earlier is not None else None
    return side_of if side_of in w.international_body else None


def with_international_types(rows: list[dict]) -> list[dict]:
    """A body typed as a state organ whose side is an international body (``international_body``:
    «مكتب تنسيق الشؤون الإنسانية الأممي») is an organization (claims addendum, ruling 14: UN bodies)."""
    bodies = words().international_body
    for row in rows:
        if row["attributed"] and row["source_type"] == "government" and row["source_side"] in bodies:
            row["source_type"] = "organization"
    return rows


#: the shortest definite noun (article included) read as referring back to a fuller source
MIN_HEAD = 5


def head_keys(found: list[str]) -> set[str]:
    """The heads a phrase of these words opens with, for a definite noun to refer back to it: none
    for one word; else its first word, bare or behind a proclitic letter, with and without the
    article («شركة صينية رائدة» → «شركة»; «للجنة الوطنية …» → «للجنة»، «لجنة»)."""
    if len(found) < 2:
        return set()
    first = found[0]
    forms = {first, without_proclitic(first, LETTERS)}
    return forms | {f[len(ARTICLE):] for f in forms if f.startswith(ARTICLE)}


def with_referred_sides(rows: list[dict]) -> list[dict]:
    """A bare unnamed source («المصدر»، «المصادر نفسها») with no side takes the side of the
    unnamed source it refers back to: the latest one before it headed by a source noun; and its
    type, when that one is a medium's («المصادر» after «مصادر إعلامية»: claims addendum, ruling 7)."""
    before = None
    for row in rows:
        if not (row["attributed"] and is_source_noun_phrase(row)):
            continue
        if before is not None and is_bare(row["source"]):
            row["source_side"] = row["source_side"] or before["source_side"]
            if row["source_type"] == "anonymous":  # «المصادر» after «مصادر إعلامية»: media (ruling 7)
                row["source_type"] = before["source_type"]
        before = row
    return rows


def is_bare(source: str) -> bool:
    """The phrase is nothing but a definite source noun and a reflexive («المصدر»، «المصدر نفسه»;
    not «مصدر», a new source)."""
    w, found = words(), WORD.findall(normalize(source))
    return set(found) <= w.source_noun | w.reflexive and (found[0].startswith(ARTICLE) or not w.reflexive.isdisjoint(found))


@lexicon_cache
def party_sides() -> frozenset:
    """The sides of ``source_sides.tsv`` marked «party» (the UN, the EU, Hamas, the Islamic State …):
    no state organ speaks for them."""
    return frozenset(row[1] for row in read_table("source_sides.tsv") if len(row) > 2 and row[2] == PARTY)


#: the third cell of ``source_sides.tsv`` that marks a party's side
PARTY = "party"


def entities_naming(rows: list[dict], body_words: frozenset) -> set:
    """The entities of the rows whose phrase holds one of ``body_words`` (a later «العطيشان» of
    «رئيس غرفة الشرقية عبدالرحمن العطيشان» is the chamber's too)."""
    return {row.get("source_entity") for row in rows if names_body(row["source"], body_words)} - {None}


def club_officials(rows: list[dict], phrases: dict) -> set:
    """In a text about sport, the ids of the rows of officials of no national body (``national_sport_body``:
    a federation, a national team, the sports authority, the Olympic committee) — a club's or a
    team's, no state's — in their phrase, in another row of their entity («الناطق الرسمي باسم
    الاتحاد كامل زغير» … «زغير»), or in any phrase the entity layer gave their entity (``phrases``:
    «الأمير عبد الله بن مساعد الرئيس العام لرعاية الشباب رئيس اللجنة الأولمبية السعودية», the title
    after the name outside the source)."""
    national = words().national_sport_body
    bodies = {row.get("source_entity") for row in rows if names_body(row["source"], national)} - {None}
    bodies |= {entity for entity, found in phrases.items() if not national.isdisjoint(found)}
    return {id(row) for row in rows if row["source_type"] == "official" and not names_body(row["source"], national)
            and (row.get("source_entity") is None or row.get("source_entity") not in bodies)}


def entity_phrase_words(entities: list[dict], text: str) -> dict:
    """Each entity's words in the phrases the entity layer gave its mentions (titles and
    appositions around the name) and in its affiliation, normalised: entity id -> set of words."""
    found: dict = {}
    for ent in entities:
        start, end = ent.get("phrase_start"), ent.get("phrase_end")
        phrase = (text[start:end] if start is not None and end is not None else "") + " " + (ent.get("affiliation") or "")
        found.setdefault(ent["entity"], set()).update(WORD.findall(normalize(phrase)))
    return found


def needs_state_side(row: dict) -> bool:
    """An attributed row of a state type — or an unnamed source tied to a state organ («مصدر
    عسكري»، «مصادر في وزارة الداخلية»: ``state_source``), or the local press («وسائل إعلام محلية»،
    «الصحافة المحلية»: ``local_media``) —, no side yet, that is no non-state body."""
    return (row["attributed"] and row["source_start"] is not None and row["source_side"] is None
            and (row["source_type"] in STATE_TYPES
                 or (is_source_noun_phrase(row) or row["source_type"] == "media") and names_state_organ(row["source"])
                 or row["source_type"] == "media" and names_body(row["source"], words().local_media))
            and not names_non_state_body(row["source"]))


def names_state_organ(source: str) -> bool:
    """The phrase ties its source to a state organ (``state_source``: «مصدر عسكري»، «التلفزيون
    الحكومي»), not behind a privative («المنظمة غير الحكومية»)."""
    w, found = words(), WORD.findall(normalize(source))
    return any(word in w.state_source and (i == 0 or found[i - 1] not in w.privative) for i, word in enumerate(found))


def is_source_noun_phrase(row: dict) -> bool:
    """An unnamed source headed by a source noun («مصدر عسكري»; not «خبراء عسكريون»)."""
    first = WORD.findall(normalize(row["source"] or ""))[:1]
    return row["source_type"] in ("anonymous", "media") and bool(first) and first[0] in words().source_noun


def names_non_state_body(source: str | None) -> bool:
    """The source phrase names a body that speaks for no state (``non_state_body``)."""
    return names_body(source, words().non_state_body)


def names_body(source: str | None, body_words: frozenset) -> bool:
    """The source phrase holds one of ``body_words``."""
    return bool(source) and not body_words.isdisjoint(WORD.findall(normalize(source)))


def article_side(named: LatestBefore, sides: set, at: int) -> str | None:
    """The one side the article's sources name, else the latest named before ``at``."""
    if len(sides) == 1:
        return next(iter(sides))
    return named.before(at)


class LatestBefore:
    """``(start, side)`` pairs, asked for the side of the last pair in list order whose start is
    before a position: a binary search over the smallest start from each pair on (which never
    falls along the list), not a walk back from the end per question (a long article has
    thousands of sources)."""

    def __init__(self, named: list[tuple]):
        self.sides = [side for _, side in named]
        self.least = list(accumulate((start for start, _ in reversed(named)), min))[::-1]

    def before(self, at: int) -> str | None:
        """The side of the last pair whose start is before ``at``, None if none is."""
        # least[i] < at holds for every pair up to the last one before ``at``, for none after it
        i = bisect.bisect_left(self.least, at) - 1
        return self.sides[i] if i >= 0 else None


def with_phrase_sides(rows: list[dict]) -> list[dict]:
    """Each attributed row with no side given the side its final source phrase names (a
    nationality or country through ``source_sides.tsv`` or CLDR): the phrase read at the cue may
    have been shorter than the one snapped to the entity mentions («رئيس الوزراء | السريلانكي،
    رانيل ويكرمسينغه»)."""
    lex = lexicons()
    for row in rows:
        if row["attributed"] and row["source_side"] is None and row["source"]:
            norm = normalize(row["source"])
            row["source_side"] = side(norm, lex)[0] or cldr_side(norm, lex)
    return rows


def without_private_nationalities(rows: list[dict]) -> list[dict]:
    """A private person whose phrase names a side only by a nationality adjective keeps no side
    («المدرب الفرنسي»، «صحافيات روسيات»، «الناشطة اليمنية … توكل كرمان»): the adjective says where the
    person is from, not whose voice it is (the gold: 28 such sources null, 5 sided); a country's name
    («ناشط من سوريا») or a party («عضو في حماس») still sides. Unnamed witnesses, typed anonymous
    (ruling 8b), are private people too («شهود فلسطينيون»)."""
    lex = lexicons()
    for row in rows:
        private = row["source_type"] == "person" or is_unnamed_witness(normalize(row["source"] or ""))
        if private and row["source_side"] and row["source"] and row["source_side"] not in party_sides():
            found = [matched_entry(m, "w") for m in lex.side_re.finditer(normalize(row["source"]))] \
                or [w for w in WORD.findall(normalize(row["source"])) if country_of_word(w)]  # (one only CLDR knows: «المدرب المكسيكي»)
            if found and all(map(is_nationality_adjective, found)):
                row["source_side"] = None
    return rows


def is_nationality_adjective(form: str) -> bool:
    """A side word that is a nationality adjective (``nationality_ending``), no country's name (السعودية)."""
    return form.endswith(tuple(words().nationality_ending)) and not is_country_name(form)

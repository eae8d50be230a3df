"""Sources as entity mentions: the phrase the cue rules found is snapped to the mentions of
:mod:`maqal.entities`, computed once per text layer and handed in.

A source span then begins where its first mention's phrase begins (the title before a name, no
clitic, no particle: «غير أن الأعرجي» → «الأعرجي») and runs over the mentions that belong to it —
an apposition after a comma («الرئيس المصري، عبد الفتاح السيسي»), a body it speaks for, a place
after في — and stops at the last of them, so a time word, particle, verb or addressee after the
name («…بومبيو الجمعة»، «مصدر خليجي لرويترز») stays out.  A phrase no mention begins keeps its
start and loses only trailing words of the ``source_tail`` class, time adjuncts and weekdays.
The source's ``source_entity``, ``source_name`` (the fullest form) and, where the phrase alone
only says "person", ``source_type`` come from the entity (a surname-only mention of a minister
carries the minister's title).
"""
from __future__ import annotations

import bisect
import re

from ..clitics import AND
from ..entities.morphology import ARTICLE, BY, CONJUNCTIONS, FOR, LIL, without_article
from ..entities.scan import Scanner
from ..entities.adjectives import is_participle, reads_as_adjective
from ..entities.vocabulary import country_of_word, given_names, is_common_noun, is_inflected_word, longest_first, word_class
from ..lexicons import key, lexicon_cache, read_table
from .context_sides import party_sides
from .source_types import BODY_TYPES, STATE_TYPES, classify, cldr_side, country_side, side
from .sources import governed, names_after_title, opens_object, rare_word
from .reading import QUOTES_CLOSE, QUOTES_OPEN
from .vocabulary import lexicons, role_of, words

#: what may stand between a mention and the next one of the same source
APPOSITION_GAP = re.compile(r"^[\s]*[،,]?[\s]*$")
WORD = re.compile(r"\w+")
#: quotation marks: a word right after one is a quoted name, not a time word («صحيفة “اليوم”»)
QUOTES = set("\"“”«»'")
#: the clitic of an addressee after the source (مصدر خليجي لرويترز)
ADDRESSEE_CLITIC = FOR
#: an imperfect verb (with its future س): سيكون، تشير
IMPERFECT = re.compile(r"^س?[يتن]\w{2,}$")
#: source type of an entity of each kind (a person's type comes from its title)
KIND_TYPE = {"government": "government", "organisation": "organization", "media": "media",
             "place": "government", "group": "organization"}
#: kinds of a body that a place after في belongs to as a source (وزارة الصحة في غزة، القوات الأميركية في كوريا)
BODY_KINDS = ("government", "organisation", "media", "group")
#: types the phrase itself gives that the entity's kind does not override
FINER_TYPES = ("official", "media", "intelligence", "anonymous", "expert")


@lexicon_cache
def tail_words() -> frozenset:
    """Words a source phrase never ends with: ``source_tail`` of claim_words.tsv, the time
    adjuncts and the weekdays."""
    w = words()
    days = {key(row[0]) for row in read_table("weekdays.tsv")}
    return frozenset(w.source_tail | w.adjunct | days | {without_article(d) for d in days if d.startswith(ARTICLE)})


def with_entities(rows: list[dict], layer, entity_rows: list[dict]) -> list[dict]:
    """Each attributed row's source snapped to the entity mentions (see the module docstring);
    ``source_entity`` and ``source_name`` set on every row (None without an entity)."""
    mentions = MentionIndex(sorted(entity_rows, key=lambda r: (r["phrase_start"], -r["end"])))
    titles = {**apposition_titles(layer.text, entity_rows), **office_titles(entity_rows)}
    named: dict = {}  # entity -> the party an earlier phrase of it named («الأمين العام لمنظمة الدول الأميركية»)
    for row in rows:
        if row["source_start"] is None:
            continue
        s, e, ent = snap(layer.text, row, mentions)
        e = with_body_adjectives(layer.text, with_bracketed_name(layer.text, e))
        if ent is not None and ent["kind"] in BODY_KINDS:
            e = with_quoted_alias(layer.text, e)
        row["source_start"], row["source_end"], row["source"] = s, e, layer.text[s:e]
        if ent is not None:
            row["source_entity"], row["source_name"] = ent["entity"], ent["name"]
            row["source_type"] = entity_type(layer, row, ent, titles.get(ent["entity"]))
            own = None if is_player(key(row["source"])) else party_named(named, ent["entity"], row["source"]) \
                or entity_side(ent, row["source_type"] in STATE_TYPES) or title_side(titles.get(ent["entity"]), row["source_type"])
            phrased = names_a_side(own_phrase(layer.text, s, e, ent))
            if phrased and row["source_side"] in party_sides():
                named.setdefault(ent["entity"], (row["source_side"], set(WORD.findall(key(row["source"])))))
            if row["source_side"] is None or own is not None and not phrased:
                row["source_side"] = own or row["source_side"]  # the entity's over an earlier
                # clause's («… النووي الإيراني … ترمب»: a surname's side read from the words before it)
                # and over a state named after its phrase («نتانياهو الشكر لغواتيمالا»: whom he thanks)
    return same_entity_types(rows, mentions)


#: the words of an office read for its side («وزير الخارجية الاميركي | محادثات …»)
TITLE_SIDE_WORDS = 4


def title_side(title: str | None, source_type: str) -> str | None:
    """The side an official's office another mention carries names («جون كيري وزير الخارجية الاميركي»
    for a later «كيري»), read over its first words only (what follows a bare apposition is the clause)."""
    if title is None or source_type != "official":
        return None
    return side(key(" ".join(title.split()[:TITLE_SIDE_WORDS])), lexicons())[0]


def party_named(named: dict, entity, source: str) -> str | None:
    """The party (``party_sides``: the UN, the OAS) an earlier source phrase of the entity named, for a
    later mention made of that phrase's words («ألماغرو»، «الأمين العام» after «الأمين العام لمنظمة الدول
    الأميركية، لويس ألماغرو»; not a name the linker merged with another party's officer)."""
    side_words = named.get(entity)
    if side_words is None or not set(WORD.findall(key(source))) <= side_words[1]:
        return None
    return side_words[0]


#: a short name in brackets right after a source, no digit in it («(وام)»، «(البنتاغون)»; not «(45 عاما)»)
BRACKETED_NAME = re.compile(r"[ \t]*\([^()\d\n]{1,40}\)")
MAX_BRACKETED_WORDS = 4


def with_bracketed_name(text: str, e: int) -> int:
    """The source's end moved past the short name or abbreviation in brackets right after it
    («وكالة أنباء الإمارات (وام)»، «وزارة الدفاع الاميركية (البنتاغون)»): one name of the source."""
    m = BRACKETED_NAME.match(text, e)
    inner = [key(w) for w in WORD.findall(m.group()) if w] if m else []
    if not inner or len(inner) > MAX_BRACKETED_WORDS or inner[0] in lexicons().stop:
        return e  # «(في إشارة إلى …)»: an aside, not a name
    return m.end()


#: a short name in quotation marks right after a source, no digit or punctuation in it («"سانا"»، «“كونا”»)
QUOTED_ALIAS = re.compile(r"[ \t]*[\"“«]([^\W\d][^\"“”«»\d.,،:؛\n]{0,30})[\"”»]")


def with_quoted_alias(text: str, e: int) -> int:
    """A body's end moved past its short name in quotation marks right after it, words the reference
    corpus does not hold as common ones («وكالة الأنباء السورية الرسمية "سانا"»، «حلف شمال الأطلسي
    "ناتو"»): the gold keeps a quoted name with its marks."""
    m = QUOTED_ALIAS.match(text, e)
    inner = [key(w) for w in WORD.findall(m.group(1))] if m else []
    if not inner or len(inner) > MAX_BRACKETED_WORDS or any(is_common_noun(w) or w in lexicons().stop for w in inner):
        return e  # «الوزارة "إن الوضع مستقر"»: a quotation, no name
    return m.end()


#: a word right after a source, with the space before it
NEXT_WORD = re.compile(r"[ \t]+(\w+)")


def with_body_adjectives(text: str, e: int) -> int:
    """The source's end moved past the adjectives of a body's name right after it («وكالة أنباء
    الشرق الأوسط | الرسمية»، «… الروسية | الحكومية»، «… التركية | شبه الرسمية»), which the entity mention
    leaves out."""
    w = words()
    m = NEXT_WORD.match(text, e)
    while m:
        if key(m.group(1)) in w.body_adjective_lead:  # «التركية | شبه الرسمية»
            m = NEXT_WORD.match(text, m.end())
            if not m or key(m.group(1)) not in w.body_adjective:
                break
        elif key(m.group(1)) not in w.body_adjective:
            break
        e = m.end()
        m = NEXT_WORD.match(text, e)
    return e


def office_titles(entity_rows: list[dict]) -> dict:
    """Entity → the first title any of its mentions carries that names an office, else its first
    title: «الدكتور عبدالعزيز» after «الملحق الثقافي … الدكتور عبدالعزيز بن طالب» is the attaché."""
    lex = lexicons()
    titles: dict = {}
    for m in entity_rows:
        title = m["title"]
        if not title:
            continue
        held = titles.get(m["entity"])
        if held is None or classify(key(held), lex) in (None, "person") and classify(key(title), lex) not in (None, "person"):
            titles[m["entity"]] = title
    return titles


#: an apposition after a name: a comma, then words up to the next punctuation
APPOSITION = re.compile(r"\s*[،,]\s*([^\W\d][^،,.:؛\n\"“”«»()]*)")
#: an office right after a full name, with no comma («جون كيري وزير الخارجية الاميركي»): an official's only
BARE_APPOSITION = re.compile(r"[ \t]+([^\W\d][^،,.:؛\n\"“”«»()]*)")
#: words of an apposition read for its office («، المتحدث باسم الجامعة العربية»)
APPOSITION_WORDS = 6


def apposition_titles(text: str, entity_rows: list[dict]) -> dict:
    """Person entity → the office an apposition after one of its untitled named mentions gives
    («محمود عفيفي، المتحدث باسم الجامعة العربية»; after a full name with no comma an office only: «جون
    كيري وزير الخارجية الاميركي»): a role its first word is (not «فيديريكا موغريني، أن الاتحاد الأوروبي …»)."""
    lex = lexicons()
    titles: dict = {}
    for m in entity_rows:
        if m["kind"] != "person" or m["anonymous"] or m["title"] or m["entity"] in titles:
            continue
        a = APPOSITION.match(text, m["end"]) or (BARE_APPOSITION.match(text, m["end"]) if " " in m["name"].strip() else None)
        if a is None:
            continue
        role = lex.role_re.match(" ".join(key(a.group(1)).split()[:APPOSITION_WORDS]))
        if role and role_of(lex, role) not in (None, "person") and (a.re is APPOSITION or role_of(lex, role) == "official"):
            titles[m["entity"]] = a.group(1).strip()
    return titles


def same_entity_types(rows: list[dict], mentions: "MentionIndex") -> list[dict]:
    """A source typed only "person" is an official when another claim's source, the same entity, is
    one (a surname after «صائب عريقات القائم بأعمال أمين سر اللجنة التنفيذية»), or is named inside
    one (the name after a title the linker kept apart: «الملحق الثقافي في أستراليا | الدكتور
    عبدالعزيز بن طالب», later «الدكتور عبدالعزيز»)."""
    officials = set()
    for row in rows:
        if row["source_entity"] is not None and row["source_type"] == "official":
            officials.add(row["source_entity"])
            officials.update(m["entity"] for m in mentions.overlapping(row["source_start"], row["source_end"])
                             if m["kind"] == "person" and not m["anonymous"]
                             and row["source_start"] <= m["start"] and m["end"] <= row["source_end"])
    for row in rows:
        if row["source_type"] == "person" and row["source_entity"] in officials:
            row["source_type"] = "official"
    return rows


def entity_side(ent: dict, state: bool = False) -> str | None:
    """The side the entity's fullest name or affiliation names (a later «الوزارة» of «وزارة
    الدفاع الروسية», a minister whose title said «الأمريكي»).  For a ``state`` source (an
    official, a state body) also the country its affiliation is, as the entity layer writes it
    (CLDR's «المملكة المتحدة», which the side list may not hold); a private person's nationality
    names no side (a Mexican coach of Egypt's team)."""
    lex = lexicons()
    named = side(key(" ".join(filter(None, (ent["name"], ent.get("affiliation"))))), lex)[0] \
        or side(key(" ".join(filter(None, (ent.get("title"), ent["name"])))), lex)[0]  # «البابا فرنسيس»
    country = country_of_word(key(ent["affiliation"])) if state and named is None and ent.get("affiliation") else None
    return country_side(country, lex) if country is not None else named


def own_phrase(text: str, s: int, e: int, ent: dict) -> str:
    """The part of the source s..e that describes its entity: up to the end of a named mention's
    phrase («نتانياهو | الشكر لغواتيمالا» names whom he thanks), the whole source for a title-only
    one, whose place phrase after it is its own («رئيس الحزب الحاكم في رومانيا»)."""
    return text[s:e] if ent["kind"] != "person" or title_only(ent) else text[s:max(phrase_end(ent), s)]


def names_a_side(phrase: str) -> bool:
    """The source phrase itself names a country or party (a nationality, a country, a seat)."""
    lex = lexicons()
    norm = key(phrase)
    return side(norm, lex)[0] is not None or cldr_side(norm, lex) is not None


class MentionIndex(list):
    """Entity rows sorted by (phrase_start, -end), with their phrase starts for ``bisect``, so a
    source looks only at the mentions near it (the cost stays linear in a long article)."""

    def __init__(self, mentions: list[dict]):
        super().__init__(mentions)
        self.starts = [m["phrase_start"] for m in mentions]
        self.reach = max((m["end"] - m["phrase_start"] for m in mentions), default=0)

    def overlapping(self, s: int, e: int) -> list[dict]:
        """The mentions whose phrase overlaps ``s..e``, in order."""
        lo = bisect.bisect_right(self.starts, s - self.reach)  # an earlier one ends by s
        hi = bisect.bisect_left(self.starts, e)
        return [m for m in self[lo:hi] if s < m["end"]]

    def from_start(self, start: int) -> int:
        """Index of the first mention whose phrase starts at or after ``start``."""
        return bisect.bisect_left(self.starts, start)


def snap(text: str, row: dict, mentions: MentionIndex) -> tuple[int, int, dict | None]:
    """(start, end, entity row) of the source of ``row``: from its first mention's phrase (or
    after its leading particles) to the end of that mention's chain, or further to the end the
    cue rules found, less an addressee (لرويترز) and trailing tail words."""
    s, e = row["source_start"], row["source_end"]
    over = mentions.overlapping(s, e)
    first = next((m for m in over if begins(text, s, m, row)), None)
    addressee = next((m["start"] - 1 for m in over if m["kind"] == "media" and m["start"] > s + 1
                      and text[m["start"] - 1] in ADDRESSEE_CLITIC and text[m["start"] - 2].isspace()), e)
    if text[s] in QUOTES and text[e - 1] in QUOTES and (first is None or first["phrase_start"] == s + 1):
        inside = [m for m in over if s < m["phrase_start"] and m["end"] < e]
        return s, e, first or (inside[0] if inside else None)  # بحسب "كال فاير": the quoted name, both marks kept
    if first is None:
        s = skip_lead(text, s, e)
        if addressee == e:  # a source never ends inside a name («مكتب الرئيس … مون جيه-|إن»)
            addressee = max([e] + [m["end"] for m in over if m["start"] < e < m["end"]])
        e = trim_tail(text, s, addressee)
        inside = [m for m in over if s <= m["start"] and m["end"] <= e]
        return s, e, (max(inside, key=lambda m: m["end"] - m["start"]) if inside else None)
    if first["anonymous"] and first["phrase_start"] < s - 1 and text[s - 1] == AND and text[s - 2].isspace() \
            and s < first["end"]:
        return s, min(e, first["end"]), first  # «ناشطون و|نقابيون»: a later conjunct of one mention
    start, end = first["phrase_start"], chain_end(text, first, mentions)
    end = without_adjuncts(text, start, end)  # «نيبينزيا متسائلا»: a manner word the name took in
    further = trim_tail(text, start, addressee)
    titled = first["kind"] == "person" and not first["anonymous"] and title_only(first)
    if further > end and (titled and name_follows(text, end, further) or surname_follows(text, end, further, first)
                          or not (first["kind"] in KIND_TYPE and object_follows(text, end, further)
                              or opens_occasion([key(m.group()) for m in WORD.finditer(text, end, further)], 0)
                              or prepositional_object(text, end, further, first, over)
                              or another_entity_follows(text, end, first, over)
                              or bare_word_follows(text, end, over)
                              or noun_after_name(text, end, further, over)
                              or plural_after_name(text, end, over)
                              or definite_noun_follows(text, end, first, over)
                              or possessed_noun_follows(text, end, over)
                              or untitled_word_after_name(text, end, over))):
        end = further
    elif end > e and (first["kind"] in KIND_TYPE and object_follows(text, e, end) or cut_at_object(text, e, end)
                      or addressee_after(text, e) or first["anonymous"] and conjunct_after(text, e)):
        end = e  # «وزارة التعليم تعميما»، «رئيس الوزراء ارتكاب»: the mention took in the verb's object
    return start, end, first


def title_only(m: dict) -> bool:
    """A person's mention that is a title, its adjectives and the body it heads, no name («القاضي»،
    «رئيس الوزراء التشيكي»، «مدير حزب العمال»: a common noun or a definite word after the title)."""
    title = m["title"]
    return bool(title) and m["mention"].startswith(title) and all(
        reads_as_adjective(w) or w.startswith(ARTICLE) and w not in given_names()
        or is_common_noun(w) and w not in given_names()
        for w in map(key, m["mention"][len(title):].split()))


def name_follows(text: str, end: int, further: int) -> bool:
    """The two words right after a title-only mention's chain (only a space before them) read as a personal name
    the entity layer left out (:func:`.sources.names_after_title`: «رئيس الوزراء التشيكي | أندريه
    بابيس»، «القاضي | تي إس إيليز»), not the verb's object."""
    found = list(WORD.finditer(text, end, further))[:2]
    if len(found) < 2 or text[end:found[0].start()].strip() or text[found[0].end():found[1].start()].strip():
        return False
    return names_after_title(key(found[0].group()), key(found[1].group()))


#: the most words of a personal name the entity layer may have left out after a person's mention
MAX_LEFT_OUT_NAME = 3


def surname_follows(text: str, end: int, further: int, first: dict) -> bool:
    """After a person's mention, everything up to the end the cue rules found (only spaces between)
    is a few words of a personal name the entity layer left out — rare words, given names, name links,
    initials («رئيس شرطة كابول عبد الرحمن | رحيمي»، «رئيس الحزب الحاكم | سيدي ولد محم»، «القاضي | تي إس
    إيليز»), at least one rare word, no common noun: more of the source, not the verb's object."""
    if first["kind"] != "person" or first["anonymous"]:
        return False
    found = list(WORD.finditer(text, end, further))
    gaps = [text[a:b.start()] for a, b in zip([end] + [m.end() for m in found], found)] + \
        [text[found[-1].end():further] if found else ""]
    if not 0 < len(found) <= MAX_LEFT_OUT_NAME or any(g.strip() for g in gaps):
        return False
    names = [key(m.group()) for m in found]
    rare = [rare_word(w) and not Scanner.accusative(w) and not is_inflected_word(w) for w in names]  # (not «حذرا»، «ترحيبه»)
    return any(rare) and all(r or w in given_names() or w in word_class("name_link") or initial(w)
                             for r, w in zip(rare, names))


#: the most letters of an initial written out («تي إس إيليز»، «جي بي مورغان»)
MAX_INITIAL = 2


def initial(w: str) -> bool:
    """A letter's name standing for a foreign initial (تي، إس، جي): two letters at most, no stop word."""
    return len(w) <= MAX_INITIAL and w.isalpha() and w not in lexicons().stop


def addressee_after(text: str, e: int) -> bool:
    """The word right after the cue rules' end (only a space between) is an addressee (``addressee`` of
    entity_words.tsv: «علي العبوس | لموقعنا»): the mention took in whom the source spoke to."""
    m = WORD.match(text, e + 1) if text[e:e + 1].isspace() else None
    return m is not None and key(m.group()) in word_class("addressee")


#: the shortest word after و that opens a conjunct (as in .conjuncts)
MIN_CONJUNCT_LETTERS = 3


def conjunct_after(text: str, e: int) -> bool:
    """A و-word right after the cue rules' end (only a space between): they split coordinated sources
    there («ناشطون | ونقابيون»), each its own claim, which one unnamed mention of both does not undo (a
    name's mention does: «بليندا | وولنغتون»، «مركز التحكم | والتوجيه»)."""
    m = WORD.match(text, e + 1) if text[e:e + 1].isspace() else None
    w = key(m.group()) if m is not None else ""
    return w[:1] == AND and len(w) > MIN_CONJUNCT_LETTERS and w[1:] not in lexicons().stop


def cut_at_object(text: str, e: int, end: int) -> bool:
    """The cue rules ended the source at ``e`` before a word that opens the verb's object
    (:func:`.sources.opens_object`) and the mention runs on over it."""
    before = list(WORD.finditer(text, max(0, e - 40), e))
    m = WORD.search(text, e, end)
    return bool(before) and m is not None and opens_object(key(before[-1].group()), key(m.group()))


def another_entity_follows(text: str, end: int, first: dict, over: list[dict]) -> bool:
    """A body, state or place mention of another entity begins right after a body's chain, or a
    group or organisation right after a person's name, with only a space between: the verb's object
    («اتهمت دمشق | إسرائيل بتكرار الخروقات»، «اتهم أساهارا | جماعة أوم»), not more of the source
    (a state or place there may still be the person's after his title: «رئيس وزراء | اليابان»; after his
    name it is the object too: «وحمل الرئيس الفلسطيني محمود عباس | إسرائيل "المسؤولية الكاملة"»)."""
    named = first["kind"] == "person" and not first["anonymous"] and not (
        first["title"] and first["mention"].startswith(first["title"]))  # a name, not «عضو الاتحاد»
    objects = KIND_TYPE if first["kind"] in KIND_TYPE else BODY_KINDS if named_person_ends(end, over) else \
        ("group", "organisation") if named else ()  # (after the name itself a state is the object: «عباس | إسرائيل»)
    return any(m["phrase_start"] > end and not text[end:m["phrase_start"]].strip() and m["entity"] != first["entity"]
               and m["kind"] in objects for m in over)


def bare_word_follows(text: str, end: int, over: list[dict]) -> bool:
    """After a chain ending in a definite word, the word right after it (only a space between) is
    indefinite, in no mention and links nothing (no في/من/لدى, no بـ/لـ, no و): the verb's object
    in the construct state («أدانت وزارة الخارجية الكويتية | إطلاق 7 صواريخ»، «أعلن معهد إدارة
    الإمدادات | ارتفاع …»), not more of the source — an adjective of a definite name is definite."""
    last = list(WORD.finditer(text, max(0, end - 40), end))
    m = WORD.search(text, end)
    if not last or m is None or text[end:m.start()].strip() or not key(last[-1].group()).startswith(ARTICLE):
        return False
    w = key(m.group())
    if w.startswith(ARTICLE) or any(e["phrase_start"] <= m.start() < e["end"] for e in over) \
            or governed(key(last[-1].group()), w):
        return False  # (nor «النائب | عن حزب المحافظين»: the preposition its head governs)
    return not (w in words().source_link or w[:1] in (BY, FOR, AND) and len(w) > 3 or w in word_class("name_link"))


def ends_with_name(end: int, over: list[dict]) -> bool:
    """A named person's mention ends at ``end``: a name of two words or more, or one a title gave
    (a single untitled word may be a common noun the name reading took, «ساكن»، «يانغي»)."""
    return any(e["kind"] == "person" and not e["anonymous"] and e["end"] == end and e["mention"] != e["title"]
               and (e["title"] or len(e["mention"].split()) > 1) for e in over)


def plural_after_name(text: str, end: int, over: list[dict]) -> bool:
    """After a person's chain ending in his name, the word right after it (only a space between)
    is definite and masculine plural — people, whom one person's name takes as no adjective: the
    verb's object («انتقد ترامب | الأوروبيين»), not more of the source."""
    m = WORD.search(text, end)
    if m is None or text[end:m.start()].strip() or not ends_with_name(end, over):
        return False
    w = key(m.group())
    return w.startswith(ARTICLE) and w.endswith(longest_first("masculine_plural_ending")) \
        and not any(e["phrase_start"] <= m.start() < e["end"] and e["kind"] != "group" for e in over)


def noun_after_name(text: str, end: int, further: int, over: list[dict]) -> bool:
    """After a person's chain ending in his name, the word right after it (only a space between)
    is an indefinite common noun in no mention, no person's title and linking nothing: the verb's
    object opening its own construct («اتهم لافروف | مجموعة المسعفين»), not more of the source — a
    name takes no indefinite noun after it but a title in apposition («ترامب رئيس …»); an
    indefinite adjective there is a manner word, no part of the source either.  The object goes on
    before ``further`` (a last word there is rather a surname, «فرحان حق»)."""
    if not ends_with_name(end, over):
        return False
    m = WORD.search(text, end)
    if m is None or text[end:m.start()].strip():
        return False
    w = key(m.group())
    if w.startswith(ARTICLE) or any(e["phrase_start"] <= m.start() < e["end"] for e in over):
        return False
    if w in words().source_link or w[:1] in (BY, FOR, AND) and len(w) > 3 or w in word_class("name_link"):
        return False
    if w in words().reflexive or WORD.search(text, m.end(), further) is None:
        return False
    role = lexicons().role_re.match(w)
    return is_common_noun(w) and w not in tail_words() and w not in given_names() \
        and (role is None or role_of(lexicons(), role) in BODY_TYPES)  # (a body: «مجموعة»)


def definite_noun_follows(text: str, end: int, first: dict, over: list[dict]) -> bool:
    """After a definite or named source, the word right after its chain (only a space between) is
    a common definite word, begins no mention and reads as no adjective: the verb's object («رفضت دمشق |
    التهديدات الأمريكية»، «جددت غنيمات | التأكيد»), not more of the source.  After an indefinite
    noun a definite word is its genitive («مسؤولة | الشؤون الخارجية»), and after a given name the
    surname («أشرف | القدرة»)."""
    last = WORD.findall(text, max(0, end - 40), end)
    m = WORD.search(text, end)
    if not last or m is None or text[end:m.start()].strip():
        return False
    before, w = key(last[-1]), key(m.group())
    named = not first["anonymous"] and (first["kind"] != "person" or first["mention"] != first["title"])
    if not (before.startswith(ARTICLE) or named) or before in given_names():
        return False
    if not w.startswith(ARTICLE) or any(e["phrase_start"] <= m.start() < e["end"] for e in over):
        return False
    return is_common_noun(w) and not reads_as_adjective(w) and not names_a_side(w)


#: letters a noun carries before its possessive pronoun (حديث+ه)
MIN_POSSESSED_STEM = 3


def possessed(word: str) -> bool:
    """A noun with a possessive pronoun (the entity layer's ``pronoun_suffix`` class) after at least
    :data:`MIN_POSSESSED_STEM` letters, not opening with و/ف (a conjunction)."""
    return word[:1] not in CONJUNCTIONS and any(
        word.endswith(s) and len(word) - len(s) >= MIN_POSSESSED_STEM for s in word_class("pronoun_suffix"))


def possessed_noun_follows(text: str, end: int, over: list[dict]) -> bool:
    """The word right after the source's chain (only a space between) carries a possessive pronoun
    and begins no mention: the verb's object («واصل أردوغان | حديثه»، «أعلن شفيق | تراجعه»، «جدد
    متحدث باسم الكرملين | نفيه»), not more of the source — save a reflexive («المصدر نفسه»)."""
    m = WORD.search(text, end)
    if m is None or text[end:m.start()].strip():
        return False
    w = key(m.group())
    if w in words().reflexive or w.startswith(ARTICLE) or any(e["start"] <= m.start() < e["end"] for e in over):
        return False
    return possessed(w)


def prepositional_object(text: str, end: int, further: int, first: dict, over: list[dict]) -> bool:
    """The word after the source's chain is ب or ل + a noun that opens no mention: the verb's
    complement or its addressee («رحبت منظمة العفو الدولية | بصدور المذكرة», «قال الوزير | للصحفيين»),
    not a body the source belongs to («ملحق صحافي بسفارة موسكو»)."""
    m = WORD.search(text, end, further)
    if m is None or text[end:m.start()].strip():
        return False
    w = key(m.group())
    if first["kind"] == "person" and not first["title"] and w.startswith(LIL):
        return True  # «هادي | لليمنيين»: after a bare name, ل + ال is the addressee (a title may take
        # its genitive: «المدير التنفيذي للبرنامج»)
    if named_person_ends(end, over) and after_name_preposition(text, m, w, over):
        return True  # «نتانياهو | لدبلوماسيين أجانب»، «يونكر | على البرنامج»: a name takes no complement
    if any(m.start() <= e["start"] < m.end() for e in over):
        return False
    if w in word_class("addressee"):
        return True
    if first["kind"] == "person":  # «الرئيس العام | لشؤون المسجد الحرام»: a title's genitive; «راجح بادي»: a name
        return first["mention"] == first["title"] and w.startswith(BY) and Scanner.prepositional(w)
    return not w.startswith(LIL) and Scanner.prepositional(w)  # «المدير التنفيذي للبرنامج»


def untitled_word_after_name(text: str, end: int, over: list[dict]) -> bool:
    """After a person's name, the indefinite common word right after it (only a space between; no
    title in apposition, name link or apposition lead) is the verb's object or complement or an
    adjunct («فلاديمير بوتين | مقابلة»، «المعلمي | بقواعد»، «أوغلو | ردا»), not more of the source
    (a definite word may be a family name the mention left out: «أشرف | القدرة»)."""
    m = WORD.search(text, end)
    w = key(m.group()) if m is not None else ""
    if m is None or text[end:m.start()].strip() or w.startswith(ARTICLE) or not named_person_ends(end, over) or not any(
            e["end"] == end and (len(e["mention"].split()) > 1 or e["phrase_start"] == e["start"]) for e in over):
        return False  # (a name may lack the family name after it: «أشرف | القدرة»، «سميع | العالم»)
    if lexicons().role_re.match(w) or w in word_class("name_link") or w in words().reflexive or w in words().source_link \
            or w in words().apposition_lead:  # («نبيل جاسم | أحد منظمي المظاهرات»: an apposition)
        return False  # (a link word goes by after_name_preposition)
    return is_common_noun(without_article(w)) or w[:1] in (BY, FOR) and Scanner.prepositional(w)  # (not «بينا نيتو»)


def participle_last(mention: str) -> bool:
    """The mention ends in a participle describing the name (المتخصص، المكلف), no nisba family name
    (المعلمي، المومني)."""
    stem = without_article(key(mention.split()[-1]))
    return is_participle(stem) and not stem.endswith("ي")


def role_at_either_end(mention: str) -> bool:
    """The first or last word of ``mention`` is a role noun: a title or an unnamed source, no name."""
    ws = mention.split()
    return any(lexicons().role_re.fullmatch(key(w)) for w in (ws[0], ws[-1]))


def named_person_ends(end: int, over: list[dict]) -> bool:
    """A named person's mention ends at ``end``: a name, not a title and the body it heads («المتحدث
    باسم الصليب الأحمر»: its mention opens with its title), a role noun first or last («مسؤولان | في وزارة
    الخارجية»، «محمد كنار منسق | الوكالة»), one untitled word (a common noun the name reading took: «شعبة»، «خطيب») or an unnamed source."""
    return any(e["kind"] == "person" and not e["anonymous"] and e["end"] == end
               and not (e["title"] and e["mention"].startswith(e["title"]))
               and not role_at_either_end(e["mention"])  # (nor «محمد كنار منسق»، «مصدران مقربان»)
               and not participle_last(e["mention"])  # (nor «سمير بن عمر المتخصص | في»)
               and (e["title"] or len(e["mention"].split()) > 1) for e in over)  # (not one untitled word: «شعبة»)


def after_name_preposition(text: str, m: re.Match, w: str, over: list[dict]) -> bool:
    """Word ``w`` (match ``m``) after a person's name opens a prepositional phrase, not more of the
    source: a ``name_end_preposition`` (على، عن، إلى، مع، في) or ل before a common noun or before a
    body's mention («عيتاني | لهيومن رايتس ووتش»), not a name opening with ل («لويس»)."""
    if w in words().name_end_preposition:
        return True
    if not w.startswith(FOR) or len(w) <= 3:
        return False
    return w.startswith(LIL) or Scanner.behind_preposition(w) and w not in given_names() \
        or any(e["start"] == m.start() + 1 and e["kind"] != "person" for e in over)


def object_follows(text: str, end: int, further: int) -> bool:
    """What the cue rules took in after a body's name is the verb's object or a clause
    («وكالة الأنباء السورية الرسمية صورا»، «المديرية العامة سيكون»), not a place or body it is
    linked to (في، لدى: the ``source_link`` class) or an adjective of its name (شركة صينية رائدة):
    an indefinite accusative or an imperfect verb."""
    m = WORD.search(text, end, further)
    if m is None:
        return False
    w = key(m.group())
    if w.startswith(ARTICLE) or w in words().source_link or len(w) <= 3:
        return False
    return w.endswith("ا") or bool(IMPERFECT.match(w))


def skip_lead(text: str, s: int, e: int) -> int:
    """``s`` moved past leading words of the ``source_lead`` class (keeping at least one word)."""
    lead = words().source_lead
    spans = [(m.start(), m.end()) for m in WORD.finditer(text, s, e)]
    while len(spans) > 1 and key(text[spans[0][0]:spans[0][1]]) in lead:
        spans.pop(0)
    return spans[0][0] if spans else s


def begins(text: str, s: int, m: dict, row: dict) -> bool:
    """The mention's phrase begins the source: at its start, after a clitic or a leading
    particle, or (a title the cue rules left out) just before it with no cue in between."""
    ps = m["phrase_start"]
    if ps < s:
        return row["cue_start"] is None or not ps <= row["cue_start"] < s
    lead = WORD.findall(text[s:ps])
    if not lead:
        return True
    lead_words = words().source_lead
    if all(key(w) in lead_words for w in lead):
        return True
    if len(lead) == 1 and not text[ps - 1].isspace() and len(lead[0]) <= 2:
        return True  # للسفير، وأدرعي
    return named_after_lead(text, s, ps, lead, m)


#: the longest verb with its و/ف that may open a clause before its subject (وأصدر، وتابع)
MAX_VERB_LETTERS = 5
#: a و/ف and a three-letter verb at least (فيس of «فيس بوك» is a name)
MIN_VERB_LETTERS = 4


def named_after_lead(text: str, s: int, ps: int, lead: list[str], m: dict) -> bool:
    """A named person or body right after one word that reads as the clause's verb, with nothing
    between («وأصدر | الجيش الإسرائيلي بيانا»، «وتابع | ترمب»، «اعتقلت | السلطات السعودية»): the
    cue rules took the verb in with its subject."""
    if len(lead) != 1 or m["anonymous"] or m["kind"] == "place" or m["mention"] == m["title"] \
            or text[s:ps].strip() != lead[0]:
        return False
    return looks_like_verb(lead[0])


def looks_like_verb(word: str) -> bool:
    """A reporting verb of the cue list, a feminine past verb (أصدرت، اعتقلت — not a plural in ات)
    or a word of four or five letters with و/ف (وأصدر، وتابع); never a title or an unnamed source."""
    w = key(word)
    lex = lexicons()
    if classify(w, lex) is not None:
        return False
    if lex.cue_info.get(w, ("",))[0] == "verb":
        return True
    if w.endswith("ت") and not w.endswith("ات") and not w.startswith(ARTICLE):
        return True
    return w[:1] in CONJUNCTIONS and MIN_VERB_LETTERS <= len(w) <= MAX_VERB_LETTERS and not w[1:].startswith(ARTICLE)


def chain_end(text: str, first: dict, mentions: MentionIndex) -> int:
    """The end of the mentions that belong to the source begun by ``first``: mentions inside
    its phrase, appositions of the same referent after a comma or a space, and the body or place
    an unnamed source, a body or an apposition is tied to by a ``source_link`` word (مصدر قريب من
    الوفد السعودي، سفير المملكة في أمريكا، القوات الأميركية في كوريا)."""
    end, tied = phrase_end(first), first["anonymous"] or first["kind"] in BODY_KINDS
    for i in range(mentions.from_start(first["phrase_start"]), len(mentions)):
        m = mentions[i]
        if m is first:
            continue
        if m["phrase_start"] < end:
            end = max(end, phrase_end(m))
            continue
        gap = text[end:m["phrase_start"]]
        if "\n" in gap:
            break
        if APPOSITION_GAP.match(gap) and same_referent(first, m):
            end, tied = phrase_end(m), tied or "،" in gap or "," in gap
            continue
        if kinship_gap(gap) and first["kind"] == m["kind"] == "person" and m["title"]:
            end = phrase_end(m)  # «راشماواتي سوكارنوبوتري ابنة | الرئيس الاندونيسي الاسبق احمد سوكارنو»
            continue
        if tied and m["kind"] != "person" and linked(gap) and not channel(gap, m):
            end = m["end"]
            continue
        break
    return end


def kinship_gap(gap: str) -> bool:
    """The gap between a name and a titled person is one kinship noun (``kin_noun``: ابنة، شقيق، زوجة):
    the source is described as that person's relative, and its phrase runs over them."""
    gap_words = WORD.findall(gap)
    return len(gap_words) == 1 and key(gap_words[0]) in word_class("kin_noun") and not re.search(r"[،,.:]", gap)


def channel(gap: str, m: dict) -> bool:
    """Mention ``m`` after a one-word gap is where or to whom the source spoke, not a body it is tied
    to: a platform («الدفاع المدني على | فيسبوك») or a medium behind ل («مسؤول أمريكي لـ | CNN»)."""
    return key(m["mention"]) in words().platform or (
        m["kind"] == "media" and key(WORD.findall(gap)[0]).rstrip("ـ") == ADDRESSEE_CLITIC)


def phrase_end(m: dict) -> int:
    """Where a mention's phrase ends: after the title that describes a name right after it
    («صادق الدويد المتحدث باسم المقاومة الوطنية»), else the mention's end."""
    return m.get("phrase_end", m["end"])


def linked(gap: str) -> bool:
    """The gap between two mentions is one ``source_link`` word (من، في، لدى)."""
    gap_words = WORD.findall(gap)
    return (len(gap_words) == 1 and key(gap_words[0]) in words().source_link and gap[-1:].isspace()
            and not re.search(r"[،,.:]", gap))  # لرويترز: a clitic ل ties no body


def same_referent(a: dict, b: dict) -> bool:
    """Two mentions side by side name one source: one entity, or a person's name and a title
    phrase (an apposition the linker did not tie)."""
    if a["entity"] == b["entity"]:
        return True
    return a["kind"] == b["kind"] == "person" and not (a["anonymous"] or b["anonymous"]) and (
        bool(b["title"]) and b["start"] == b["phrase_start"] and b["mention"] != b["name"]
        or bool(a["title"]) and a["mention"] != a["name"])


def trim_tail(text: str, s: int, e: int) -> int:
    """``e`` moved back to before the first ``source_tail`` word or occasion after the first word (…
    الوزارة فإن المشروع، الصحيفة في تقرير), then over trailing words of :func:`tail_words` (keeping
    at least one word)."""
    tail, stop = tail_words(), words().source_tail
    spans = [(m.start(), m.end()) for m in WORD.finditer(text, s, e)]
    keys = [key(text[a:b]) for a, b in spans]
    hosts = words().pronoun_subject_re  # «التلفزيون العراقي | لكنه»
    cut = next((i for i in range(1, len(spans)) if text[spans[i][0] - 1] != "-"  # «مون جيه-إن»: a name
                and (keys[i] in stop or hosts.match(keys[i]) or opens_occasion(keys, i)
                     or opens_channel(keys, i))), None)
    if cut is not None:
        spans = spans[:cut]
    cut = cut is not None
    while len(spans) > 1 and key(text[spans[-1][0]:spans[-1][1]]) in tail and text[spans[-1][0] - 1] != "-":
        a, b = spans.pop()
        if len(spans) > 1 and key(text[a:b]) in words().adjunct and key(text[spans[-1][0]:spans[-1][1]]) in words().time_noun:
            spans.pop()  # «بيانات للشرطة | الأسبوع الماضي»: a time noun with its adjunct
        cut = True
    return spans[-1][1] if cut else s + len(text[s:e].rstrip())


def without_adjuncts(text: str, s: int, e: int) -> int:
    """``e`` moved back over trailing time and manner words (``adjunct``: أمس، قائلا، متسائلا),
    keeping at least one word."""
    spans = [m.span() for m in WORD.finditer(text, s, e)]
    popped = False
    while len(spans) > 1 and key(text[spans[-1][0]:spans[-1][1]]) in words().adjunct \
            and text[spans[-1][0] - 1:spans[-1][0]] not in QUOTES:  # «صحيفة “اليوم”»: a name
        spans.pop()
        popped = True
    return spans[-1][1] if popped else e


#: a name in Latin letters (CNN, BBC)
LATIN = re.compile(r"^[A-Za-z]")


def opens_channel(keys: list[str], i: int) -> bool:
    """Word ``i`` opens where the source said it or whom to, not more of the source: a platform
    («السلطات القضائية | على تويتر»، «| على موقع تويتر»، «| في حسابها») or an addressee named in
    Latin letters («مسؤول أمريكي رفيع المستوى | لـ CNN»)."""
    w = words()
    nxt = keys[i + 1] if i + 1 < len(keys) else ""
    if keys[i].rstrip("ـ") == ADDRESSEE_CLITIC and LATIN.match(nxt):
        return True
    if keys[i] not in w.platform_preposition:
        return False
    if nxt in w.platform_site and i + 2 < len(keys):
        nxt = keys[i + 2]
    return nxt in w.platform


def opens_occasion(keys: list[str], i: int) -> bool:
    """Word ``i`` and the next open the occasion of the statement («الصحيفة | في تقرير»، «روحاني |
    في خطاب نقله التلفزيون»): a ``speech_event_preposition`` before a ``speech_event`` noun."""
    w = words()
    return i + 1 < len(keys) and keys[i] in w.speech_event_preposition and keys[i + 1] in w.speech_event


def is_player(phrase: str) -> bool:
    """The normalised source phrase opens with a ``player`` word («لاعب نادي الشباب عمر الغامدي»): a
    person speaking for himself, of no side the club his phrase names gives."""
    return phrase.split(" ", 1)[0] in words().player


def entity_type(layer, row: dict, ent: dict, title: str | None = None) -> str:
    """The source type: the entity's — its title's type (also for a surname-only mention, and the
    title another mention of the entity carries, ``title``), its kind's for a body — unless the phrase itself names something finer (an office, a medium,
    an intelligence service, an unnamed source)."""
    norm = layer.normalized
    phrase = norm.norm[norm.to_norm(row["source_start"]):norm.to_norm(row["source_end"])]
    lex = lexicons()
    said = classify(phrase, lex)
    if is_player(phrase):
        return "person"  # «لاعب نادي الشباب عمر الغامدي»: the player, not the club his phrase names
    if said is not None and len(phrase.split()) == 1 and ent["name"] and key(ent["name"]) != phrase:
        said = classify(key(ent["name"]), lex) or said  # an anaphor (الوكالة) is what its name is
    if said in FINER_TYPES:
        return said
    if ent["anonymous"]:
        return "anonymous"
    if ent["kind"] == "person":
        by_title = classify(key(title or ent["title"]), lex) if title or ent["title"] else None
        return said if said not in (None, "person") else by_title or said or row["source_type"]
    if ent["kind"] == "place" and row["source"][:1] in QUOTES_OPEN and row["source"][-1:] in QUOTES_CLOSE:
        return "media"  # «وعلمت «الشرق الأوسط»»، «“المدينة”»: a place's name in quotation marks that speaks is a paper
    if ent["kind"] == "media" and said in BODY_TYPES:
        return said  # «وكالة التصنيف الائتماني»: the phrase names a body that is no medium
    return KIND_TYPE.get(ent["kind"], said or row["source_type"])

"""The entity extractor's vocabulary: every word list it reads, as lookup tables built once.

Files (``maqal/data/lexicons``, each with a header saying its format): ``entity_titles.tsv``
(titles and roles), ``entity_heads.tsv`` (head nouns of bodies), ``entity_names.tsv`` (seats of
government, outlets, agencies, organisations, groups), ``entity_clubs.tsv`` (clubs named by
a common word or a place, in sports articles only), ``entity_names_mined.tsv.gz`` (person names
and bodies mined from the shared corpora by ``scripts/mine_entities.py``), ``nationalities_ar.tsv``
(nationality adjectives, beside those derived from Babel/CLDR country names), ``entity_words.tsv``
(closed word classes); and, shared with the other analyses, the gazetteer
(:func:`maqal.lexicons.gazetteer`), stopwords, time words and reporting verbs.
"""
from __future__ import annotations

import gzip
from collections import Counter
from dataclasses import dataclass

from ..clitics import AND, FOR
from ..lexicons import (
    gazetteer,
    is_stopword,
    key,
    lexicon_cache,
    lexicon_path,
    read_table,
    reference_counts,
)
from .morphology import ARTICLE, CONJUNCTIONS

MINED_FILE = "entity_names_mined.tsv.gz"


@dataclass(frozen=True, slots=True)
class Entry:
    """What a phrase of the vocabulary is: ``type`` title | counterpart | honorific_pronoun (سموه) | name | head | anonymous |
    place | state_anaphor (البلاد) | own_state (بلاده); ``kind`` the entity kind it opens; ``affiliation``; ``canonical`` the name shared by
    its spellings; ``qualifier`` a head that needs a following name or nationality."""

    type: str
    kind: str = ""
    affiliation: str = ""
    canonical: str = ""
    office: bool = False
    qualifier: bool = False
    site: bool = False  # a building or ground whose name may be a definite common word (قصر السلام)
    nationality: bool = False  # a head that is a mention only before a nationality adjective (الجانب الروسي)
    honorific: bool = False  # a title of address (سمو، الدكتور): never a title-only mention's first word
    role: bool = False  # what a person does (المدافع، الإعلامي): a title before a name, alone no mention
    agent: bool = False  # a role that, alone and definite, stands for one person (الطيار، المهاجم)
    relative: bool = False  # a kin or agent noun with «his/her» (ابنته، محاميه): a counterpart before a name's word only
    display: str = ""  # the name as the lexicon writes it (hamzas kept), for the name column
    state: str = ""  # a country or capital: the state it stands for when it acts (قالت إيران، اتهمت دمشق)
    sports_only: bool = False  # a club (entity_clubs.tsv): a name only in an article about sport …
    otherwise: Entry | None = None  # … elsewhere, what the phrase would be without it (a place, a head, none)

    @property
    def actor(self) -> bool:
        """A country or capital: it may act and is then government."""
        return bool(self.state)


@lexicon_cache
def word_classes() -> dict[str, frozenset[str]]:
    """``entity_words.tsv``: class → normalised forms."""
    return {row[0]: frozenset(key(f) for f in row[1].split(",") if f.strip()) for row in read_table("entity_words.tsv")}


@lexicon_cache
def word_class(cls: str) -> frozenset[str]:
    """One class of ``entity_words.tsv`` (normalised forms); cached, as the scan asks for classes
    at every word."""
    return word_classes().get(cls, frozenset())


_words = word_class


@lexicon_cache
def cldr_countries() -> dict[str, str]:
    """Normalised Arabic country name (Babel/CLDR) → the name as CLDR writes it."""
    try:
        from babel import Locale

        names = Locale("ar").territories
    except ImportError:  # pragma: no cover - Babel is a declared dependency
        return {}
    return {key(n): n for code, n in names.items() if code.isalpha() and len(code) == 2
            and code not in ("EU", "EZ", "UN", "QO", "ZZ")}


@lexicon_cache
def english_countries() -> dict[str, str]:
    """Normalised Arabic country name (Babel/CLDR) → its English name (CLDR): a source's side."""
    try:
        from babel import Locale

        ar, en = Locale("ar").territories, Locale("en").territories
    except ImportError:  # pragma: no cover - Babel is a declared dependency
        return {}
    return {key(n): en[code] for code, n in ar.items() if code in en and code.isalpha() and len(code) == 2
            and code not in ("EU", "EZ", "UN", "QO", "ZZ")}


def country_of_word(word: str) -> str | None:
    """The English name of the country a normalised word names or is the nationality of
    («فرنسي»، «الهندي»، «الهند» → France, India, India), else None."""
    english = english_countries()
    for w in (word, ARTICLE + word):
        country = nationalities().get(w) or (w if w in english else None)
        if country is not None:
            return english.get(key(country))
    return None


def is_country_name(word: str) -> bool:
    """A normalised word (or words) CLDR writes as a country's name, with or without the article
    (كاميرون، الكاميرون), not a nationality."""
    return word in english_countries() or ARTICLE + word in english_countries()


@lexicon_cache
def _arabic_by_english() -> dict[str, str]:
    return {en: ar for ar, en in english_countries().items()}


def country_name_ar(english: str) -> str:
    """The normalised Arabic (CLDR) name of a country given by its English name."""
    return _arabic_by_english().get(english, "")


#: a derived nationality adjective is a nationality when one form of it is this frequent in the reference list
NISBA_ATTESTED = 20


@lexicon_cache
def nationalities() -> dict[str, str]:
    """Normalised nationality adjective (all words) → country.  Derived from CLDR's one-word
    country names by the nisba endings of ``entity_words.tsv`` when the reference word list
    attests the form often (``NISBA_ATTESTED``), or at all when it is an adjective's (``rare_nisba``) and another
    form of the country's is frequent (البولندي, so البولندية), then ``nationalities_ar.tsv`` (which wins;
    country ``-`` drops a form)."""
    ref = reference_counts()
    article = ARTICLE
    out: dict[str, str] = {}
    for norm, name in cldr_countries().items():
        if " " in norm:
            continue
        stem = norm.removeprefix(article)
        for strip in sorted(_words("nisba_strip"), key=len, reverse=True):
            if stem.endswith(strip) and len(stem) - len(strip) >= 3:
                stem = stem[: -len(strip)]
                break
        forms = {article + stem + ending: ending for ending in _words("nisba")}
        if any(ref.get(form, 0) >= NISBA_ATTESTED for form in forms):
            out.update((form, name) for form, ending in forms.items()
                       if ref.get(form, 0) >= NISBA_ATTESTED or ref.get(form, 0) and ending in _words("rare_nisba"))
    for row in read_table("nationalities_ar.tsv"):
        if row[1] == "-":
            out.pop(key(row[0]), None)
        else:
            out[key(row[0])] = row[1]
    return out


def _unit_place(name: str, places: dict[str, str]) -> str:
    """A place listed with its unit whose name alone the gazetteer knows («قطاع غزة»): the
    gazetteer's name (one entity with «غزة»); else the name itself."""
    unit, _, rest = name.partition(" ")
    return places.get(rest, name) if unit in _words("place_unit") else name


#: «one of» before a definite plural (normalised forms of أحد، إحدى)
ONE_OF = (key("أحد"), key("إحدى"))


@lexicon_cache
def phrases() -> dict[tuple[str, ...], Entry]:
    """Every phrase that opens a mention, as a tuple of normalised words → its :class:`Entry`.
    Later sources win: places, anonymous heads, heads, mined names (not over a head), titles, listed names."""
    out: dict[tuple[str, ...], Entry] = {}
    places = gazetteer()  # normalised name → one English name shared by its spellings
    states = state_of_place()
    for norm, place in places.items():
        out[tuple(norm.split())] = Entry("place", "place", canonical=place, state=states.get(place, ""))
    for norm in cldr_countries():
        out.setdefault(tuple(norm.split()), Entry("place", "place", canonical=norm, state=norm))
    for row in read_table("entity_places.tsv"):
        row = row + ["", ""]
        alias = row[2] == "alias"  # another name of the country itself (جمهورية كوريا)
        if row[2] in ("anaphor", "own_state"):  # «البلاد», «المملكة», «بلاده»: the state named around it
            out[tuple(key(row[0]).split())] = Entry("state_anaphor" if row[2] == "anaphor" else "own_state", "place",
                                                    state=state_of(row[1]))
            continue
        canonical = places.get(key(row[1]), key(row[1])) if alias else _unit_place(key(row[0]), places)
        out[tuple(key(row[0]).split())] = Entry("place", "place", row[1], canonical, state=canonical if alias else "")
    for form in _words("anonymous_head"):
        out[tuple(form.split())] = Entry("anonymous", "anonymous")
        if " " not in form:  # «المصدر», «المصادر»: the unnamed source named before (see link)
            out.setdefault((ARTICLE + form,), Entry("anonymous_anaphor", "anonymous"))
            for one in ONE_OF:  # «أحد المسؤولين», «أحد الشهود»: one unnamed source of a group
                out[(one, ARTICLE + form)] = Entry("anonymous", "anonymous")
    for row in read_table("entity_heads.tsv"):
        need = row[2] if len(row) > 2 else ""
        out[tuple(key(row[0]).split())] = Entry("head", row[1], qualifier=need in ("qualifier", "nationality"), site=need == "site",
                                              nationality=need == "nationality")
    for name, kind, affiliation in mined_names():
        words = tuple(key(name).split())
        if words in out and out[words].type == "head":
            continue  # a listed head is never a mined "person" («سلاح الجو»)
        out[words] = Entry("name", kind, affiliation, key(name), display=name)
    for row in read_table("entity_titles.tsv"):
        cls, row = row[1], row + ["", ""]
        if cls == "honorific_pronoun":  # «سموه»: the person addressed as «سمو» before it
            out[tuple(key(row[0]).split())] = Entry(cls, "person", canonical=key(row[3]))
            continue
        out[tuple(key(row[0]).split())] = Entry("counterpart" if cls in ("counterpart", "relative") else "title", "person",
                                                row[2], office=cls == "office", honorific=cls == "honorific",
                                                role=cls in ("role", "agent"), agent=cls == "agent",
                                                relative=cls == "relative")
    for row in read_table("entity_names.tsv"):
        row = row + ["", ""]
        out[tuple(key(row[0]).split())] = Entry("name", row[1], row[2], key(row[3] or row[0]), display=row[3] or row[0])
    for row in read_table("entity_clubs.tsv"):
        words = tuple(key(row[0]).split())
        out[words] = Entry("name", "organisation", row[1] if len(row) > 1 else "", key(row[0]), display=row[0],
                           sports_only=True, otherwise=out.get(words))
    return out


@lexicon_cache
def address_words() -> frozenset[str]:
    """The words of the titles of address (``honorific`` in entity_titles.tsv: الدكتور، سمو، صاحب
    المعالي) without the article: a person titled by nothing else holds no office by them."""
    return frozenset(w.removeprefix(ARTICLE) for words, e in phrases().items() if e.honorific for w in words)


def is_about_sport(words: list[str]) -> bool:
    """Whether a text's normalised words hold at least :data:`SPORTS_WORDS` distinct words of the
    ``sports_context`` class (مباراة، الدوري، لاعب، المدرب …): where a club's name is the club."""
    cues = _words("sports_context")
    return len(cues.intersection(words)) >= SPORTS_WORDS


#: distinct sports words that make a text about sport
SPORTS_WORDS = 2


def state_of(country: str) -> str:
    """The state entity's key of a country name as written (CLDR Arabic name or a variant)."""
    return gazetteer().get(key(country), key(country)) if country else ""


@lexicon_cache
def capitals() -> list[tuple[str, str]]:
    """(capital as ``entity_capitals.tsv`` writes it, its state's shared name), for capitals the
    gazetteer knows."""
    places = gazetteer()
    return [(row[0], state_of(row[1])) for row in read_table("entity_capitals.tsv") if key(row[0]) in places]


@lexicon_cache
def state_of_place() -> dict[str, str]:
    """Place (the gazetteer's shared name) → the state it stands for when it acts: every CLDR
    country itself, and the capitals of ``entity_capitals.tsv``."""
    places = gazetteer()
    out = {places[norm]: places[norm] for norm in cldr_countries() if norm in places}
    out.update((places[key(capital)], state) for capital, state in capitals())
    return out


@lexicon_cache
def states() -> frozenset[str]:
    """Every state's shared name (what a place may stand for)."""
    return frozenset(state_of_place().values())


@lexicon_cache
def kingdoms() -> frozenset[str]:
    """The states «المملكة» alone may stand for (the ``kingdom`` class), by their shared names."""
    return frozenset(state_of(w) for w in _words("kingdom"))


@lexicon_cache
def clubs() -> frozenset[str]:
    """The clubs of ``entity_clubs.tsv`` by their normalised names (what «الفريق» may stand for)."""
    return frozenset(key(row[0]) for row in read_table("entity_clubs.tsv"))


@lexicon_cache
def capital_of_state() -> dict[str, str]:
    """State (the gazetteer's shared name) → its capital as ``entity_capitals.tsv`` writes it."""
    return {state: capital for capital, state in capitals()}


@lexicon_cache
def first_words() -> dict[str, tuple[int, ...]]:
    """First word of a phrase → the phrase lengths starting with it, longest first."""
    out: dict[str, set[int]] = {}
    for words in phrases():
        out.setdefault(words[0], set()).add(len(words))
    return {w: tuple(sorted(n, reverse=True)) for w, n in out.items()}


@lexicon_cache
def nationality_first_words() -> dict[str, tuple[int, ...]]:
    out: dict[str, set[int]] = {}
    for form in nationalities():
        words = form.split()
        out.setdefault(words[0], set()).add(len(words))
    return {w: tuple(sorted(n, reverse=True)) for w, n in out.items()}


@lexicon_cache
def mined_names() -> list[tuple[str, str, str]]:
    """(normalised name, kind, affiliation) of ``entity_names_mined.tsv.gz`` (empty when absent)."""
    path = lexicon_path(MINED_FILE)
    if not path.exists():
        return []
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) < 2:
                continue
            name = _name_proper(cells[0])
            if name:
                out.append((name, cells[1], ""))
    return _without_noun_phrases(out)


def _without_noun_phrases(mined: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Mined "persons" that are common noun phrases («حقوق الإنسان»، «حرس الحدود»، «قسم الطوارئ»):
    a frequent first word that opens fewer than three mined names, then a frequent definite word
    that is no family name (no nisba), and no name link (بن، عبد، آل) anywhere; or a later word that
    is a noun with an attached pronoun («فور وصوله»: see :func:`_noun_with_pronoun`) or «و» + a common
    word («تعازي ومواساة»), or a first word «ل» + one («لتولي منصب»)."""
    names = [key(name).split() for name, kind, _ in mined if kind == "person"]
    firsts = Counter(n[0] for n in names if len(n) > 1)
    links, nisba = _words("name_link"), tuple(_words("family_nisba"))

    def noun_phrase(words: list[str]) -> bool:
        return (len(words) > 1 and is_frequent(words[0]) and firsts[words[0]] < 3
                and words[1].startswith("ال") and is_frequent(words[1]) and not words[1].endswith(nisba)
                and not any(w in links for w in words))
    return [m for m in mined if m[1] != "person" or not noun_phrase(words := key(m[0]).split())
            and not any(_noun_with_pronoun(w) or _clitic_common_word(w) for w in words[1:])
            and not (words[0][:1] == "ل" and _clitic_common_word(words[0]))]


def _clitic_common_word(w: str) -> bool:
    """«و» or «ل» + a word of the reference corpus, the whole attested too («ومواساة» of «تعازي
    ومواساة», «لتولي» of «لتولي منصب»): a clause's word, no name's («وليد»: «ليد» is no word)."""
    counts = reference_counts()
    return w[:1] in (AND, FOR) and len(w) > 3 and counts.get(w, 0) >= INFLECTED and counts.get(w[1:], 0) >= INFLECTED


def _name_proper(name: str) -> str:
    """A mined name up to the first word that is no name's («… آل سعود ـ حفظه الله», «وكالة أعماق
    التابعة»); empty when the first word is one («حفظهم الله»)."""
    words = name.split()
    stop, links = _words("not_a_name"), _words("name_link")
    cut = next((k for k, w in enumerate(words) if not (k and key(words[k - 1]) in links)
                and (key(w) in stop or not any(c.isalpha() and c != "ـ" for c in w))), len(words))
    return " ".join(words[:cut])


@lexicon_cache
def mined_person_words() -> tuple[list[list[str]], Counter, Counter]:
    """The mined person names of several words as normalised words, and how many open and end
    with each word (what :func:`name_words` and :func:`given_names` weigh)."""
    names = [key(name).split() for name, kind, _ in mined_names() if kind == "person"]  # (stray words left out: see _without_noun_phrases)
    return names, Counter(n[0] for n in names if len(n) > 1), Counter(n[-1] for n in names if len(n) > 1)


def family_name_word(w: str) -> bool:
    """A word the mined names of several words end with more often than they open with (ترامب،
    بومبيو; not توماس، محمد): a family name, which a given name stands before."""
    return w in family_name_words()


@lexicon_cache
def family_name_words() -> frozenset[str]:
    """The words of :func:`family_name_word`, made once."""
    _, firsts, lasts = mined_person_words()
    return frozenset(w for w, n in lasts.items() if n > firsts[w])


#: letters from which the stem of a word with an attached pronoun is taken for a noun (برنامج+ه)
MIN_SUFFIXED_STEM = 4


def _noun_with_pronoun(w: str) -> bool:
    """An attested noun with an attached pronoun («برنامجه», «ونائبه»): a stray word the mining took
    after a name («وليد باخشوين برنامجه العلاجي»), never a name's word (عبده: a name's own ending)."""
    counts = reference_counts()
    return any(w.endswith(s) and len(w) - len(s) >= MIN_SUFFIXED_STEM and counts.get(w[:-len(s)], 0) >= INFLECTED
               for s in _words("pronoun_suffix"))


@lexicon_cache
def name_words() -> frozenset[str]:
    """Words a name after a title or verb may be made of: every rare word of a mined person name,
    and a frequent one (محمد، كيري) only when it opens three names or ends two (a given or family
    name, not a stray word of one mined phrase)."""
    names, firsts, lasts = mined_person_words()
    return frozenset(w for n in names for w in n
                     if not is_frequent(w) or firsts[w] >= 3 or lasts[w] >= 2) | foreign_surnames(names)


def foreign_surnames(names: list[list[str]]) -> set[str]:
    """The frequent last word of a mined person name that the reference corpus never writes with
    the article (أوباما، كيري): no Arabic noun, which would take it, but a public figure's surname,
    a name alone or after a title or verb («وقال أوباما»)."""
    counts = reference_counts()
    return {n[-1] for n in names if len(n) > 1 and not n[-1].startswith(ARTICLE) and not is_stopword(n[-1])
            and counts.get(ARTICLE + n[-1], 0) == 0}


@lexicon_cache
def given_names() -> frozenset[str]:
    """Words that open a personal name wherever they stand: the ``given_name`` class and the first
    word of three mined person names or more (محمد، خالد، دونالد), links (بن، عبد) left out."""
    firsts = mined_person_words()[1]
    return (_words("given_name") | {w for w, c in firsts.items() if c >= 3}) - name_links()


@lexicon_cache
def surnames() -> frozenset[str]:
    """Words that end a listed or mined person name of several words and open none (ترامب of
    «دونالد ترامب», not كيم of «كيم جونغ أون»): a person named by it alone is complete."""
    names = [k for k, e in phrases().items() if e.type == "name" and e.kind == "person" and len(k) > 1]
    firsts = {k[0] for k in names}
    return frozenset(k[-1] for k in names if k[-1] not in firsts)


@lexicon_cache
def reporting_verbs() -> frozenset[str]:
    """Reporting verb forms (``claim_cues.tsv``, class verb), normalised, with و/ف attached too."""
    forms = {key(f) for row in read_table("claim_cues.tsv") if len(row) > 2 and row[1] == "verb"
             for f in row[2].split(",") if f.strip()}
    return frozenset(forms | {c + f for f in forms for c in CONJUNCTIONS})


@lexicon_cache
def verbal_noun_markers() -> frozenset[str]:
    """Words after which a reporting verb's form is its verbal noun, no verb with a subject after it
    («في نقله لنص المحادثة»): the claims extractor's ``verbal_noun_before`` (``claim_words.tsv``)."""
    return frozenset(key(f) for row in read_table("claim_words.tsv") if len(row) > 1 and row[0] == "verbal_noun_before"
                     for f in row[1].split(",") if f.strip())


@lexicon_cache
def attribution_words() -> frozenset[str]:
    """One-word "according to" forms (``claim_cues.tsv``, class prep: وفق، بحسب، حسب), normalised,
    with و attached too: the actor after one is a source, not a party of what is reported."""
    forms = {key(f) for row in read_table("claim_cues.tsv") if len(row) > 2 and row[1] == "prep"
             for f in row[2].split(",") if f.strip() and " " not in f.strip()}
    return frozenset(forms | {CONJUNCTIONS[0] + f for f in forms})  # not ف: «فحسب» is "only"


@lexicon_cache
def event_verbs() -> frozenset[str]:
    """Visit and meeting verb forms (``event_cues.tsv``, pos verb), normalised: never a name
    («الوزير زار بغداد»)."""
    return frozenset(key(row[0]) for row in read_table("event_cues.tsv") if len(row) > 2 and row[2] == "verb")


def _event_verbs(kinds: tuple[str, ...]) -> frozenset[str]:
    """The verb forms of ``event_cues.tsv`` of the given event kinds."""
    return frozenset(key(row[0]) for row in read_table("event_cues.tsv")
                     if len(row) > 2 and row[2] == "verb" and row[1] in kinds)


@lexicon_cache
def destination_verbs() -> frozenset[str]:
    """Visit and departure verb forms (``event_cues.tsv``): a country right after one is the place
    gone to or left («زار روسيا»، «سيزور روسيا»، «غادر إيران»), not an actor."""
    return _event_verbs(("visit", "departure"))


@lexicon_cache
def motion_verbs() -> frozenset[str]:
    """Verbs of going (``event_cues.tsv``: visit, departure, arrival, trip): a country behind «لـ»
    right after one is where someone goes («توجهوا لبريطانيا»), not an actor."""
    return _event_verbs(("visit", "departure", "arrival", "trip"))


@lexicon_cache
def motion_nouns() -> frozenset[str]:
    """Nouns and participles of going (``event_cues.tsv``: visit, departure, arrival, trip): a
    country behind «لـ» after one, in the same clause, is where someone goes («العودة لفلسطين»,
    «متوجهين لبريطانيا», «في أول زيارة من نوعها لروسيا»), not an actor."""
    kinds = ("visit", "departure", "arrival", "trip")
    return frozenset(key(row[0]) for row in read_table("event_cues.tsv")
                     if len(row) > 2 and row[2] in ("noun", "participle") and row[1] in kinds)


@lexicon_cache
def time_words() -> frozenset[str]:
    """Weekdays, months, and the time words of the timeline's lexicons (never part of a name): the
    first word of each; a named day of the year (a feast: «عيد الفطر») gives none — its first word
    («عيد») is a given name too."""
    out = set()
    for name in ("weekdays.tsv", "months.tsv", "time_words.tsv", "relative_time.tsv"):
        out |= {key(row[0]) for row in read_table(name) if not _context_only(row) and not _named_day(row)}
    return frozenset(form.split()[0] for form in out)  # «اليوم الوطني» makes no «الوطني» a time word


#: ``relative_time.tsv`` specs of a named day or season of the year (a feast, «يوم الأرض», «موسم الحج»)
NAMED_DAY_SPECS = ("hijri-day", "hijri-season", "annual", "easter")


def _named_day(row: list[str]) -> bool:
    """A ``relative_time.tsv`` row naming a day of the year: a name, whose words stop no other name."""
    spec = row[1].split() if len(row) > 1 else []
    return bool(spec) and spec[0] in NAMED_DAY_SPECS


@lexicon_cache
def named_days() -> frozenset[tuple[str, ...]]:
    """The named days of the year (``relative_time.tsv``: «عيد الفطر», «يوم الأرض») as normalised
    words: a word that opens one there is the day, not a person's surname («محمد عيد» … «بعيد الفطر»)."""
    return frozenset(tuple(key(row[0]).split()) for row in read_table("relative_time.tsv") if _named_day(row))


#: classes of ``time_words.tsv`` that mark the context of a time expression, not time itself
#: («مسجد» before a weekday, «العربي» after «الربيع», «نحو» before a number)
CONTEXT_CLASSES = ("not_", "after_", "approx", "future_cue", "frequency", "anchor_filler", "near", "age_")


def _context_only(row: list[str]) -> bool:
    """A ``time_words.tsv`` row whose every class is a context mark: its word is no time word."""
    classes = row[1].split() if len(row) > 1 else ()
    return bool(classes) and all(c.startswith(CONTEXT_CLASSES) for c in classes)


@lexicon_cache
def month_names() -> frozenset[str]:
    """One-word month names (``months.tsv``): «ماي» is May in Maghrebi outlets and a surname after a
    given name («تيريزا ماي»)."""
    return frozenset(key(row[0]) for row in read_table("months.tsv") if " " not in row[0].strip())


@lexicon_cache
def peoples() -> dict[str, str]:
    """A people named by its definite plural (الفلسطينيين، الأكراد) → its normalised name: the
    plural nationality adjectives (both cases, «ـيين»/«ـيون») and the class ``people``."""
    plural = tuple(sorted(_words("masculine_plural_ending")))  # a fixed order: plural[0] is the name's ending
    out = {}
    for form in nationalities():
        if " " not in form and form.endswith(plural):
            stem = form[: -len(plural[0])]
            for ending in plural:
                out[stem + ending] = stem + plural[0]
    for form in _words("people"):
        out[form] = form
    return out


@lexicon_cache
def people_countries() -> dict[str, str]:
    """A people's shared name (a value of :func:`peoples`) → its country, when one of its forms is
    a listed nationality («الليبيون», named by «الليبيين» → ليبيا)."""
    adjectives = nationalities()
    out: dict[str, str] = {}
    for form, name in peoples().items():
        if form in adjectives:
            out.setdefault(name, adjectives[form])
    return out


@lexicon_cache
def not_name() -> frozenset[str]:
    """Single words that end (or never start) a name."""
    out = set(_words("not_a_name")) | set(_words("modifier")) | time_words() | reporting_verbs() | event_verbs()
    out |= {words[0] for words, e in phrases().items() if e.type in ("title", "counterpart", "head", "anonymous", "anonymous_anaphor")}
    out |= {f.split()[0] for f in nationalities()}
    return frozenset(out)


@lexicon_cache
def construct_titles() -> frozenset[str]:
    """The first word of a listed title without its article (محامي، منسق، مؤسس of «المحامي»،
    «المنسق»، «المؤسس»): after a name it opens a title in construct («مايكل كوهين محامي ترمب»),
    never a word of that name.  Words a listed name is made of and given names are left out (أمين).
    A word of fewer than :data:`MIN_CONSTRUCT_TITLE` letters is left out too (عم of «العم»: «عمر»…)."""
    firsts = {words[0] for words, e in phrases().items() if e.type in ("title", "counterpart")}
    bare = {w[len(ARTICLE):] for w in firsts if w.startswith(ARTICLE) and len(w) - len(ARTICLE) >= MIN_CONSTRUCT_TITLE}
    return frozenset(bare - name_words() - given_names() - {w for w in bare if is_stopword(w)})


#: letters from which a title's word without the article is read as a title in construct
MIN_CONSTRUCT_TITLE = 4


@lexicon_cache
def body_stop() -> frozenset[str]:
    """Single words that end a body's name after its head (heads and places may continue it)."""
    out = set(_words("not_a_name")) | time_words() | reporting_verbs()
    out |= {words[0] for words, e in phrases().items()
            if e.type in ("title", "counterpart", "anonymous", "anonymous_anaphor") and not e.role}
    return frozenset(out - {words[0] for words, e in phrases().items() if e.type == "head"})


@lexicon_cache
def longest_first(cls: str) -> tuple[str, ...]:
    """One class of ``entity_words.tsv`` as endings to try, the longest first (يين before ي); also
    what ``str.startswith``/``endswith`` take (a tuple made once, not at every word)."""
    return tuple(sorted(_words(cls), key=len, reverse=True))


def modifiers() -> frozenset[str]:
    return _words("modifier")


def anonymous_modifiers() -> frozenset[str]:
    return _words("anonymous_modifier")


def affiliation_prepositions() -> frozenset[str]:
    return _words("affiliation_preposition")


def place_prepositions() -> frozenset[str]:
    return _words("place_preposition")


@lexicon_cache
def anaphor_heads() -> frozenset[str]:
    """Head nouns of bodies and places (``entity_heads.tsv`` without article, ``place_unit`` and
    ``anaphor_head``) whose definite form alone stands for the latest body or place the text named with them."""
    heads = {key(row[0]) for row in read_table("entity_heads.tsv") if " " not in row[0].strip()}
    return frozenset(h for h in heads if not h.startswith(ARTICLE)) | word_class("place_unit") | word_class("anaphor_head")


def name_links() -> frozenset[str]:
    return _words("name_link")


def is_common_word(norm: str) -> bool:
    """A stopword, or a word frequent in the reference corpus that no listed name is made of."""
    if is_stopword(norm):
        return True
    return reference_counts().get(norm, 0) >= COMMON and norm not in name_words()


#: reference count from which a word no listed surname is reads as a common noun
COMMON_NOUN = 100


def is_common_noun(norm: str) -> bool:
    """A word the reference corpus holds often and no listed surname is: a common noun, where a
    rare word after a name is its family name («عبد الله | الدويش»)."""
    return reference_counts().get(norm, 0) >= COMMON_NOUN and norm not in surnames()


#: reference count from which an inflected word («يطير», «تفاؤله») is taken for a common one
INFLECTED = 15


def is_corpus_word(norm: str) -> bool:
    """A word the reference corpus holds at least :data:`INFLECTED` times and no listed name is made
    of: a word of running text, no name («نهم | وأسفرت»)."""
    return reference_counts().get(norm, 0) >= INFLECTED and norm not in name_words()


def is_inflected_word(norm: str) -> bool:
    """A verb or a noun with an attached pronoun (يطير، يرتكب، تفاؤله) in the reference corpus
    and in no listed name: it ends a name."""
    return (norm.startswith(longest_first("verb_prefix")) or norm.endswith(longest_first("pronoun_suffix"))
            or _twin_verb(norm)) \
        and reference_counts().get(norm, 0) >= INFLECTED and norm not in name_words() and not _glued_compound(norm)


#: letters from which a word may be read as a twin verb (not تود، توم: given names)
MIN_TWIN_VERB = 4


def _twin_verb(norm: str) -> bool:
    """A word opening with a ``twin_verb_prefix`` (تعيش) whose twin with a ``verb_prefix`` (يعيش) the
    reference corpus holds at least :data:`INFLECTED` times and no name is: an imperfect verb."""
    twin = next((t for t in longest_first("twin_verb_prefix") if norm.startswith(t)), "")
    if not twin or len(norm) < MIN_TWIN_VERB:
        return False
    counts, stem = reference_counts(), norm[len(twin):]
    return any(counts.get(p + stem, 0) >= INFLECTED and p + stem not in name_words() and p + stem not in given_names()
               for p in longest_first("verb_prefix"))


def is_suffixed_noun(norm: str) -> bool:
    """A word with an attached pronoun (جهودهم، داخليته) in the reference corpus and in no listed
    name: behind و or ب it is no name either («وجهودهم»), where a verb prefix may be a name's (فيشر)."""
    return norm.endswith(longest_first("pronoun_suffix")) and reference_counts().get(norm, 0) >= INFLECTED \
        and norm not in name_words() and not _glued_compound(norm)


def _glued_compound(norm: str) -> bool:
    """A compound name written as one word (نصرالله، جابالله): its ه is the compound's tail, no
    attached pronoun («حسن نصرالله»)."""
    return any(norm.endswith(tail) and len(norm) > len(tail) + 1 for tail in longest_first("compound_tail"))


#: a word seen behind «و» at least this many times in the reference corpus …
CONJOINED_MIN = 20
#: … and at least this share of its own count opens clauses and lists there (توفي، صدرت، التأكيد)
CONJOINED_SHARE = 0.1


def opens_clauses(norm: str) -> bool:
    """A word of the reference corpus that often stands behind «و» (وتوفي، وصدرت، والتأكيد): a verb
    or a common noun that starts a clause or a list, not the later word of a name (a family name is
    seldom coordinated: دوابشة، الشمراني).  Listed name words, given names and family nisbas with the
    article (الراجحي: a bank's name too) never are."""
    if norm in name_words() or norm in given_names() or norm.startswith(ARTICLE) and norm.endswith(tuple(_words("family_nisba"))):
        return False
    counts = reference_counts()
    behind_and = counts.get(CONJUNCTIONS[0] + norm, 0)
    return behind_and >= CONJOINED_MIN and behind_and >= CONJOINED_SHARE * counts.get(norm, 0)


def is_frequent(norm: str) -> bool:
    """A stopword or a word at least :data:`COMMON` times in the reference corpus."""
    return is_stopword(norm) or reference_counts().get(norm, 0) >= COMMON


#: reference-corpus count above which an unknown word after a title is taken for a common word
COMMON = 400


def read_mined_header() -> list[str]:
    """The ``#`` header of the mined names file (source, licence, rule)."""
    path = lexicon_path(MINED_FILE)
    if not path.exists():
        return []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [line.rstrip("\n") for line in fh if line.startswith("#")]


@lexicon_cache
def outlet_names() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The Arabic names of the outlets of ``labels/outlets.tsv`` as normalised words, by first word
    (longest first): «سبق», «عين اليوم», «الشرق الاوسط»."""
    from ..labels import outlets

    out: dict[str, list[tuple[str, ...]]] = {}
    for names in outlets().values():
        words = tuple(key(names.get("ar", "")).split())
        if words and words not in out.get(words[0], []):
            out.setdefault(words[0], []).append(words)
    return {w: tuple(sorted(v, key=len, reverse=True)) for w, v in out.items()}

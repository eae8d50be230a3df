"""What a source phrase is: its type (:data:`SOURCE_TYPES`), its side, its agreement.

The phrase alone usually says (a role noun, an anonymous-source phrase, a country); a bare name
(المهنا، إردوغان) takes type and side from an earlier, fuller mention of it.
"""
from __future__ import annotations

import re

from ..arabic import normalize
from ..clitics import CONJUNCTIONS, FOR, without_proclitic
from ..entities.morphology import ARTICLE, readings, without_article
from ..entities.vocabulary import country_name_ar, country_of_word, is_country_name, word_class
from ..lexicons import matched_entry
from .agreement import noun_agreement
from .reading import WORD_RUN, Reading
from .vocabulary import Lexicons, role_of, words as word_classes

#: a word written ل + ال with the alef dropped (للكرملين)
LAM_AL_WORD = re.compile(r"(?<!\w)لل(\w+)")
#: what is no letter at a word's two ends
WORD_EDGE = re.compile(r"^\W+|\W+$")

SOURCE_TYPES = ("official", "government", "institution", "organization", "intelligence",
                "media", "expert", "anonymous", "person", "author")


def classify(src_norm: str, lex: Lexicons) -> str | None:
    """Source type from the phrase alone (None when nothing in it says); ل + ال is written لل
    (وفقا للمصدر، للمتحدثة باسم): a phrase that says nothing is read again with ال restored."""
    found = classify_as_written(src_norm, lex)
    restored = LAM_AL_WORD.sub(ARTICLE + r"\1", src_norm) if found is None else src_norm
    return classify_as_written(restored, lex) if restored != src_norm else found


def classify_as_written(src_norm: str, lex: Lexicons) -> str | None:
    if any(src_norm.startswith(p) for p in word_classes().media_source):
        return "media"  # «مصادر إعلامية»: a medium's unnamed sources (claims addendum, ruling 7)
    if lex.anon_re.match(src_norm) or src_norm.strip() in word_classes().unnamed_report:
        return "anonymous"
    if src_norm.split(" ", 1)[0] in word_classes().player:
        return "person"  # «لاعب نادي الشباب عمر الغامدي»: the player, not his club
    first = None
    for m in lex.role_re.finditer(src_norm):
        t = role_of(lex, m)
        if first and without_proclitic(src_norm[m.start():m.start("w")], CONJUNCTIONS).startswith(FOR):
            continue  # «المدير الفني الجديد لنادي ريال مدريد»: the body he serves (behind «ل»), not his type
        if t != "person":  # المهندس فلان المدير التنفيذي: the office, not the honorific, types it
            return t
        first = first or t
    return first


#: the source types that stand for a state: an office holder and a state body
STATE_TYPES = ("official", "government")
#: the source types of a body (a state's, a non-state one, an institution): what a definite noun
#: referring back to one takes from it, what a phrase may type against a medium's entity
BODY_TYPES = ("government", "organization", "institution")


def side(src_norm: str, lex: Lexicons) -> tuple[str | None, bool]:
    """(side, whole) — whole is True when the phrase is nothing but the side word; a nationality
    that reads as a given name («العقيد تركي المالكي») names no side."""
    m = next((m for m in lex.side_re.finditer(src_norm)
              if not is_given_name(src_norm, m, lex) and not hosts_at(src_norm[:m.start()].split())), None)
    if not m:
        # ل + الكرملين is written للكرملين (and ل + الأمم المتحدة للأمم المتحدة): try with ال restored
        restored = LAM_AL_WORD.sub(ARTICLE + r"\1", src_norm)
        m2 = next(lex.side_re.finditer(restored), None) if restored != src_norm else None
        return (lex.side_of[matched_entry(m2, "w")], False) if m2 else (None, False)
    whole = m.start() == 0 and m.end() == len(src_norm)
    earlier = cldr_side(src_norm, lex, before=m.start())  # «رئيس الوزراء الإيرلندي وعضو الاتحاد الأوروبي»
    return (earlier, False) if earlier is not None else (lex.side_of[matched_entry(m, "w")], whole)


def cldr_side(src_norm: str, lex: Lexicons, before: int | None = None) -> str | None:
    """A side the phrase names through any nationality or country CLDR knows («مسؤول قضائي
    فرنسي»، «مسؤولون من كوريا الجنوبية»), beyond ``source_sides.tsv`` and named as it names
    sides where it lists the country.  A country name that is the whole phrase is left out
    (كاميرون is a person as often as a country).  ``before``: only a word that starts before this
    position of the phrase (one ahead of the listed side the phrase names there)."""
    words = src_norm.split() if before is None else src_norm[:before].split()
    for i, w in enumerate(words):
        if given_name_at(words, i, lex) or hosts_at(words[:i]):
            continue
        for _, core in readings(WORD_EDGE.sub("", w)):  # (a comma or quotation mark on the word: «السريلانكي،»)
            for phrase in (" ".join([core, *words[i + 1:i + 2]]), core):  # كوريا الجنوبية before كوريا
                country = country_of_word(phrase)
                if country is not None and not (phrase == src_norm and is_country_name(phrase)):
                    return country_side(country, lex)
    return None


def country_side(country: str, lex: Lexicons) -> str:
    """A CLDR country named as ``source_sides.tsv`` names sides where it lists the country (else
    CLDR's English name)."""
    return lex.side_of.get(country_name_ar(country), country)


def hosts_at(before: list[str]) -> bool:
    """A state after these words hosts a diplomat or mission and is not its side: after «لدى»,
    or after «في»/«إلى» once a diplomat was named («السفير الأمريكي في الرياض»)."""
    if not before:
        return False
    w = word_classes()
    if before[-1] in w.host_preposition:
        return True
    return before[-1] in w.diplomat_preposition and not w.diplomat.isdisjoint(before[:-1])


def is_given_name(src_norm: str, m: re.Match, lex: Lexicons) -> bool:
    """The side word ``m`` of ``side_re`` stands as a given name (see :func:`given_name_at`)."""
    if " " in m.group("w"):
        return False
    before = src_norm[:m.start()].split()
    return given_name_at([*before, m.group(), *src_norm[m.end():].split()[:1]], len(before), lex)


def given_name_at(words: list[str], i: int, lex: Lexicons) -> bool:
    """``words[i]`` is an indefinite nationality («تركي») read as a given name: a name follows it
    and nothing before it can take it as an adjective — it opens the phrase or follows a definite
    word («العقيد الركن تركي المالكي»، «المتحدث باسمه تركي المالكي»), where an adjective would
    agree and carry the article («مسؤول تركي» is a Turkish official)."""
    if i + 1 >= len(words) or not words[i + 1][:1].isalpha():
        return False
    if not any(ARTICLE + core in lex.side_of for _, core in readings(words[i]) if not core.startswith(ARTICLE)):
        return False  # (a country or a city, not a nationality with a definite form)
    if i == 0 or not words[i - 1][-1:].isalpha():
        return True
    prev = words[i - 1]
    return any(core.startswith(ARTICLE) for _, core in readings(prev)) or prev.endswith(PRONOUN_ENDINGS)


#: the endings of a noun carrying a possessive pronoun (باسمه), definite as a word with ال is
PRONOUN_ENDINGS = ("ه", "ها", "هم")


def source_info(doc: Reading, k0: int, k1: int, lead: int = 0) -> dict:
    """The source record of tokens k0..k1 (less ``lead`` letters of the first, a conjunction's و):
    normalised span and text, type, side, agreement, and whether the type was inferred from an
    earlier mention (``coref``)."""
    s, e = doc.toks[k0][0] + lead, doc.toks[k1 - 1][1]
    src = doc.norm[s:e]
    stype = classify(src, doc.lex)
    where, whole = side(src, doc.lex)
    inferred = False
    if stype is None and where is not None and whole:
        stype = "government"  # موسكو، الولايات المتحدة، الأميركيون
    if stype is None:
        stype, side2 = corefer(doc, k0, k1)
        where = where or side2
        inferred = stype is not None
    where = where or cldr_side(src, doc.lex)
    stype, where = owned_by(src, stype, where, doc.lex)
    if stype is None:
        stype = "person"
    return {"s": s, "e": e, "norm": src, "type": stype, "side": where, "coref": inferred,
            "agr": noun_agreement(src, doc.lex)}


#: the source types a body takes from the state organ it belongs to (not an office holder's, nor a medium's)
OWNED_TYPES = (None, "person", "organization", "institution")


def owned_by(src_norm: str, stype: str | None, where: str | None, lex: Lexicons) -> tuple[str | None, str | None]:
    """(type, side) of a body that belongs to another, «التابع لـ» X (``subordinate``): X's side
    wins over a place named in the body's own name, and a body of a state organ is government
    («مرصد الفتاوى … التابع لدار الإفتاء المصرية»: government, Egypt)."""
    owner = owner_phrase(src_norm)
    if owner is None:
        return stype, where
    if classify(owner, lex) in STATE_TYPES and stype in OWNED_TYPES:
        stype = "government"
    return stype, owner_side(src_norm, lex) or where


def owner_phrase(src_norm: str) -> str | None:
    """The words after the first ``subordinate`` word («التابع»، «التابعة») of the phrase, or None."""
    found = src_norm.split()
    at = next((i for i, w in enumerate(found) if WORD_EDGE.sub("", w) in word_classes().subordinate), None)
    return " ".join(found[at + 1:]) or None if at is not None else None


def owner_side(src_norm: str, lex: Lexicons) -> str | None:
    """The side the body a subordinate body belongs to names (see :func:`owned_by`), or None."""
    owner = owner_phrase(src_norm)
    return (side(owner, lex)[0] or cldr_side(owner, lex)) if owner else None


def corefer(doc: Reading, k0: int, k1: int):
    """Type and side of a bare name (المهنا، إردوغان) from an earlier, fuller mention."""
    last = doc.toks.words[k1 - 1]
    core = without_article(last) if last.startswith(ARTICLE) and len(last) > 4 else last
    if len(doc.norm) >= INDEX_FROM and all(map(is_word_char, core)):  # a word in a long text: indexes
        prev = source_naming(doc, core)
        if prev is not None:
            return prev["type"], prev["side"]
        span = first_mention(doc, core, doc.toks[k0][0])
    else:
        for prev in reversed(doc.prev_sources):
            if prev["type"] not in ("person",) and find_mention(prev["norm"], core) is not None:
                return prev["type"], prev["side"]
        span = find_mention(doc.norm, core, doc.toks[k0][0])
    # earliest mention in the text before: look at the words in front of it
    if span is not None:
        return title_before(doc, *span)
    return None, None


def source_naming(doc: Reading, word: str) -> dict | None:
    """The latest earlier source, not a person, holding ``word`` (or ال + ``word``) as a whole
    word — what ``find_mention(prev["norm"], word)`` finds, through an index of their words."""
    index, sources = doc.source_words, doc.prev_sources
    for n in range(doc.sources_indexed, len(sources)):
        if sources[n]["type"] not in ("person",):
            for w in WORD_RUN.findall(sources[n]["norm"]):
                index[w] = n
    doc.sources_indexed = len(sources)
    n = max(index.get(word, -1), index.get(ARTICLE + word, -1))
    return sources[n] if n >= 0 else None


#: from this many characters on, :func:`first_mention` looks words up in an index of the text
INDEX_FROM = 50_000


def first_mention(doc: Reading, word: str, end: int) -> tuple[int, int] | None:
    """``find_mention(doc.norm, word, end)`` for a whole word, by where each word first stands
    (``end`` is a token's start, so no word runs across it)."""
    if len(doc.norm) < INDEX_FROM:  # (a short text: one search costs less than an index)
        return find_mention(doc.norm, word, end)
    first = doc.first_word_at
    bare, with_article = first.get(word, end), first.get(ARTICLE + word, end)
    if min(bare, with_article) >= end:
        return None
    if with_article <= bare:  # (the same place cannot hold both)
        return with_article, with_article + len(word) + 2
    return bare, bare + len(word)


def is_word_char(ch: str) -> bool:
    """What ``\\w`` matches."""
    return ch.isalnum() or ch == "_"


def find_mention(text: str, core: str, end: int | None = None) -> tuple[int, int] | None:
    """The first (start, end) in ``text[:end]`` that ``(?<!\\w)(?:ال)?core(?!\\w)`` matches, found
    with str.find: a regex compiled per name cost more than all the rest of a source."""
    end = len(text) if end is None else end
    n, best = len(core), None
    i = text.find(core, 0, end)
    while i != -1 and (best is None or i - 2 <= best[0]):
        if i + n == end or not is_word_char(text[i + n]):
            # candidates (start, 0 when read with ال — the regex tries that first — else 1)
            if i >= 2 and text[i - 2:i] == ARTICLE and (i == 2 or not is_word_char(text[i - 3])):
                best = min(best or (i - 2, 0), (i - 2, 0))
            if i == 0 or not is_word_char(text[i - 1]):
                best = min(best or (i, 1), (i, 1))
        i = text.find(core, i + 1, end)
    return None if best is None else (best[0], best[0] + n + 2 * (best[1] == 0))


def title_before(doc: Reading, start: int, end: int):
    """Type and side of the title chain in front of the mention start..end (up to 8 words, this
    clause): the first office wins (وزيرة خارجية الاتحاد …), its side is read from the title on;
    (None, None) when there is no role."""
    j = doc.tok_at(start)
    j0 = max(0, j - 8)
    for q in range(j - 1, j0 - 1, -1):
        if doc.is_punct(q):
            j0 = q + 1
            break
    window = doc.norm[doc.toks[j0][0]:end]
    best = None
    for rm in doc.lex.role_re.finditer(window):
        if best is None or (role_of(doc.lex, best) == "person" and role_of(doc.lex, rm) != "person"):
            best = rm
    if best is None:
        return None, None
    return role_of(doc.lex, best), side(window[best.start():], doc.lex)[0]  # (not «مع إيران والذي أعلن الرئيس»)


def is_unnamed_witness(src_norm: str) -> bool:
    """A source named only by what it saw, where it lives or what it does: its head, after a
    ``witness_lead`` quantifier («أحد الشهود»، «عدد من السكان»), is a ``witness`` or ``witness_form``
    word and no ``naming_word`` gives a name («ساكن آخر في موسكو يدعى سيرجي»)."""
    toks, w = WORD_RUN.findall(src_norm), word_classes()
    k = 0
    while k < len(toks) - 1 and toks[k] in w.witness_lead:
        k += 1
    return bool(toks) and toks[k] in w.witness | w.witness_form and not set(toks) & word_class("naming_word")


#: the types a witness head overrides: the place or body in «أهالي المدينة»، «عدد من شهود العيان في
#: منطقة نجران» does not make them an office or a body (a medium, «شاهد من رويترز», stays)
WITNESS_RETYPED = ("person", "official", "government", "organization")


def with_witness_types(rows: list[dict]) -> list[dict]:
    """An unnamed witness, resident or activist typed a person («شهود عيان»، «ناشطون»، «صحافية أخرى»)
    is an anonymous source: the claims addendum's ruling 8b (session 26)."""
    for row in rows:
        if row["attributed"] and row["source_type"] in WITNESS_RETYPED and is_unnamed_witness(normalize(row["source"] or "")):
            row["source_type"] = "anonymous"
    return rows

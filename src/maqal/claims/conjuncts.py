"""Coordinated sources, one claim per conjunct («أعلنت الولايات المتحدة والسعودية»، «قال مسؤولون
محليون وقوات أمنية في هلمند»، «بحسب ما أعلنت وزارة الصحة في القطاع والحركة نفسها»): each conjunct
is its own source, with its own span, type and side, and the same cue (the claims addendum,
ruling 1).

A و-word in a source phrase opens a new conjunct when it begins another noun phrase: an unnamed
source (ومصادر، وشهود), a plural of persons (وناشطون), a possessed noun (وأنصاره، ونظيره), a side
after a side or a body (الولايات المتحدة والسعودية), a definite noun after a noun with no complement
(الادعاء والشرطة), a title when no name follows or precedes (رئيس بلدية المدينة ومسؤول الشرطة), and
any و-word before a dual verb («ترامب ومون شددا»: two speakers whatever they look like).  One
head noun with coordinated adjectives or complements stays one source: a nisba adjective after
another («مصادر طبية وعسكرية»), a side after a phrase that is more than a side («زعماء بريطانيا
وألمانيا»، «السلطات القضائية في فرنسا وألمانيا»), a definite noun after a genitive («للعلوم
والتقنية»); and one person's titles around a name («الناشط الحقوقي وعضو الهيئة صلاح عبد العاطي»).
"""
from __future__ import annotations

import dataclasses

from ..entities.adjectives import reads_as_adjective
from ..clitics import AND_BY_FOR
from ..entities.morphology import ARTICLE, is_nisba, plural_of_persons
from ..entities.vocabulary import given_names, is_common_noun
from ..lexicons import key
from ..normalized import is_number
from .agreement import dual
from .reading import QUOTE_CHARS, Reading, Sentence
from .source_types import side, source_info

#: endings of a possessed noun (أنصاره، حزبه)
POSSESSIVE = ("ه", "ها", "هم")
#: the shortest word after و that may open a conjunct
MIN_CONJUNCT_LETTERS = 3
#: the most tokens of one source in a «كل من» list (دولة الإمارات العربية المتحدة)
MAX_LISTED_TOKENS = 8
#: the letters of a possessed noun before its pronoun (نظير، أنصار، مساعدي)
MIN_POSSESSED, MAX_POSSESSED = 4, 6


def each_of(doc: Reading, ent, sent: Sentence) -> list | None:
    """«أعلنت كل من دولة الإمارات العربية المتحدة، والبحرين، والكويت»، «وصفتها كل من تركيا والولايات
    المتحدة والاتحاد الأوروبي»: a source «كل» before «من» is the list after it, one attribution per
    listed source (commas and و between them), also for a continuation of it («…، مؤكدة»); None
    when the source is no «كل من»."""
    if ent.src is None:
        return None
    k0 = doc.tok_at(ent.src["s"])
    if doc.toks.words[k0] not in doc.words.each_of or doc.word(k0 + 1, sent.t1) not in doc.words.each_of_preposition:
        return None
    parts, k = [], k0 + 2
    while (end := listed_end(doc, k, sent)) > k:
        lead = int(bool(parts) and doc.toks.words[k][:1] == "و")
        parts += split_conjuncts(doc, dataclasses.replace(ent, src=source_info(doc, k, end, lead=lead)), lead)
        k = end + 1
        if doc.word(end, sent.t1) not in ("،", ",") or doc.word(k, sent.t1)[:1] != "و":
            break
    return parts or None


def listed_end(doc: Reading, k: int, sent: Sentence) -> int:
    """The end of one source of a «كل من» list at token ``k``: before punctuation, a stop word
    (أن، في، من), another cue or the end of the sentence."""
    j = k
    while j < sent.t1 and j - k < MAX_LISTED_TOKENS and not doc.is_punct(j) and doc.toks.words[j] not in doc.lex.stop \
            and doc.toks[j][0] not in sent.cue_starts:
        j += 1
    return j


def split_conjuncts(doc: Reading, ent, lead: int = 0) -> list:
    """``ent`` (an :class:`~.cues.Attribution`) as one attribution per coordinated source, in order;
    ``[ent]`` when its source is one.  A continuation of coordinated sources («…، مؤكدين»، «وقالت»
    after «نفت عائلة شريف وأنصاره») is split as they are (the addendum, ruling 1)."""
    if ent.src is None:
        return [ent]
    k0, k1 = doc.tok_at(ent.src["s"] - lead), doc.tok_at(ent.src["e"])  # (past a و left out: «والبحرين»)
    starts = [k for k in range(k0 + 1, k1) if opens_conjunct(doc, k0, k, k1)] or dual_conjunct(doc, ent, k0, k1)
    if not starts:
        return [ent]
    bounds = [k0, *starts, k1]
    parts = []
    for i, (a, b) in enumerate(zip(bounds, bounds[1:])):
        src = source_info(doc, a, b, lead=lead if i == 0 else 1)
        parts.append(dataclasses.replace(ent, src=src))
    return parts


def dual_conjunct(doc: Reading, ent, k0: int, k1: int) -> list:
    """The one و-word that opens the second of two speakers a dual verb before it speaks for
    («ترمب وكوهين أعلنا»، «ترامب ومون شددا»), as a list; empty when the cue is no dual verb after
    its source, or the phrase holds no such word or more than one."""
    c = ent.cue
    form = doc.norm[c.s:c.e]
    if c.kind != "verb" or ent.src["s"] > c.s or not dual(form, doc.lex.cue_forms.get((c.lemma, c.kind), ())):
        return []
    ands = [k for k in range(k0 + 1, k1) if doc.toks.words[k][:1] == "و" and len(doc.toks.words[k]) > MIN_CONJUNCT_LETTERS
            and not doc.is_punct(k - 1) and doc.toks.words[k][1:] not in doc.lex.stop]
    return ands if len(ands) == 1 else []


def opens_conjunct(doc: Reading, k0: int, k: int, k1: int) -> bool:
    """Token ``k`` of the source phrase k0..k1 is a و-word that opens another source."""
    w = doc.toks.words[k]
    rest = w[1:]
    if w[:1] != "و" or len(rest) < MIN_CONJUNCT_LETTERS or doc.is_punct(k - 1) or rest in doc.lex.stop \
            or rest in doc.lex.relative or doc.toks.words[k - 1] in doc.lex.stop \
            or any(doc.toks.words[j][:1] in QUOTE_CHARS for j in range(k0, k)):
        return False  # (لدى وصوله: no conjunction)
    if is_nisba(rest, plural=True) and nisba(doc, k - 1) and not doc.is_side_word(rest):
        return False  # مصادر طبية وعسكرية، الأمن القومي والسياسي: coordinated adjectives
    if doc.is_side_word(rest):
        before = doc.norm[doc.toks[k0][0]:doc.toks[k - 1][1]]
        return side(before, doc.lex)[1] or not side(before, doc.lex)[0]  # not «زعماء بريطانيا وألمانيا»
    if doc.lex.anon_re.match(rest) or plural_noun(rest) or possessed(rest):
        return True  # وشهود، وناشطون، وأنصاره
    if any(names_someone(doc, j) for j in range(k0, k1)):
        return False  # «الناشط الحقوقي وعضو الهيئة صلاح عبد العاطي»: one person's titles
    role = doc.lex.role_re.match(doc.norm, doc.toks[k][0])
    if role and role.start("w") > doc.toks[k][0] and not rest.startswith(ARTICLE):
        return True  # (not «وزارة»: a word that begins with و)  # رئيس بلدية المدينة ومسؤول الشرطة المحلية، وكالة الأناضول ووسائل إعلام أخرى
    return rest.startswith(ARTICLE) and no_complement(doc, k0, k)


def possessed(w: str) -> bool:
    """أنصاره، مؤيدوه، نظيره: a noun of four letters or more and a possessive pronoun (not a long
    name ending in ه: ويكرمسينغه)."""
    return any(w.endswith(p) and MIN_POSSESSED <= len(w) - len(p) <= MAX_POSSESSED for p in POSSESSIVE)


def plural_noun(w: str) -> bool:
    """ناشطون، محليين; not an imperfect verb (يسكنون) nor a definite noun (التلفزيون: read as one)."""
    return not w.startswith(ARTICLE) and plural_of_persons(w, shortest=5, verbs=False)


def names_someone(doc: Reading, j: int) -> bool:
    """Token ``j`` may be part of a personal name: a word with no article that is no role, side,
    unnamed source, stop word, nisba adjective or punctuation, and a given name or no common word
    (سعد، ليو، صلاح; not أخرى)."""
    if j >= len(doc.toks.words) or doc.is_punct(j):
        return False
    w = doc.toks.words[j]
    if w.startswith(ARTICLE) or w[:1] in AND_BY_FOR and w[1:].startswith(ARTICLE) or w in doc.lex.stop \
            or is_nisba(w, plural=True) or doc.is_role(j) or doc.is_side_word(w) or is_number(w):
        return False
    return key(w) in given_names() or not is_common_noun(key(w))  # (not «وسائل إعلام أخرى»)


def no_complement(doc: Reading, k0: int, k: int) -> bool:
    """The words k0..k are one noun and its adjectives (الادعاء، الولايات المتحدة، مسؤولون محليون):
    a definite و-word after a genitive or complement («للعلوم والتقنية»، «هيئة الإذاعة والتلفزيون»)
    coordinates that complement, not sources."""
    words = doc.toks.words[k0:k]
    if len(words) > 1 and not words[0].startswith(ARTICLE) and not nisba(doc, k0 + 1):
        return False  # هيئة الإذاعة، رئيس المنتدى: a construct
    return all(nisba(doc, j) or doc.toks.words[j].startswith(ARTICLE) and reads_as_adjective(key(original(doc, j)))
               for j in range(k0 + 1, k))


def original(doc: Reading, j: int) -> str:
    """Token ``j`` as the text writes it (ى kept: المنتدى is no nisba)."""
    return doc.text[doc.off.start(doc.toks[j][0]):doc.off.end(doc.toks[j][1])]


def nisba(doc: Reading, j: int) -> bool:
    return is_nisba(original(doc, j), plural=True)

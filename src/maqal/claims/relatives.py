"""Verbs in relative clauses that speak for the noun before them: «السلطات التي أفادت بوجود نقص»,
«أجهزة الاستخبارات الأميركية التي أكدت حصول تدخل», «الشهود … الذين أكدوا أن».

The relative pronoun stands for the verb's subject when the verb agrees with it (التي → a feminine
verb, الذين → a plural one) and nothing after the verb names another subject: no resumptive
pronoun (التي قال فيها ترامب), and after a verb carrying the relative's object pronoun only its
complement (الذي تتهمه بـ …; not «التي تصفها تركيا»، «الذي اعتبره رئيس الاتحاد»).  The source is then the noun phrase before the pronoun: its
head, the adjectives after it and the construct noun before a definite head (أجهزة | الاستخبارات);
the entity layer widens it to the whole mention (a title before a name).
"""
from __future__ import annotations

from ..entities.adjectives import reads_as_adjective
from ..entities.morphology import ARTICLE, BY, CONJUNCTIONS, plural_of_persons, without_article
from ..entities.vocabulary import given_names
from ..lexicons import key
from ..normalized import is_number
from .agreement import cue_agreement
from .reading import Cue, Reading, Sentence
from .source_types import source_info
from .sources import attached_preposition, skip_adjuncts

#: object pronouns a verb may carry for the relative's noun (تصفها، تتهمه)
OBJECT_SUFFIXES = ("ه", "ها", "هم")
#: the fewest letters of a plural of persons behind its article (المتهمين، المسؤولون)
PLURAL_LETTERS = 6


def relative_head(doc: Reading, c: Cue, sent) -> tuple[int, int] | None:
    """Token span of the noun a verb right after a relative pronoun speaks for, or None."""
    rel = c.ti - 1
    if c.ws != c.s or rel <= sent.t0:
        return None
    pronoun = doc.toks.words[rel]
    if pronoun not in doc.lex.relative or pronoun in doc.words.free_relative:
        return None
    form = doc.norm[c.s:c.e]
    if cue_agreement(without_object(doc, c, form), c.kind, c.lemma, doc.lex) != relative_agreement(doc, pronoun):
        return None
    if not subject_is_relative(doc, c, sent, form):
        return None
    k1 = rel - 1 if doc.toks.words[rel - 1] in ("،", ",") else rel
    k0 = phrase_start(doc, k1, sent.t0)
    if k0 is None or not may_speak(doc, k0, k1):
        return None  # وهو الأمر الذي قال إنه، غاز السارين الذي يشتبه بأن: the relative is the object
    return k0, k1


def without_object(doc: Reading, c: Cue, form: str) -> str:
    """The verb without an object pronoun it carries (أعلنته → أعلنت), for its agreement."""
    for suffix in OBJECT_SUFFIXES:
        if form.endswith(suffix) and form[:-len(suffix)] in doc.lex.cue_forms.get((c.lemma, c.kind), ()):
            return form[:-len(suffix)]
    return form


def relative_agreement(doc: Reading, pronoun: str) -> str:
    """'f' (التي), 'p' (الذين) or 'm' (الذي)."""
    if pronoun in doc.words.relative_feminine:
        return "f"
    return "p" if pronoun in doc.words.relative_plural else "m"


def subject_is_relative(doc: Reading, c: Cue, sent: Sentence, form: str) -> bool:
    """Nothing after the verb is its subject: no resumptive pronoun (فيها، عنه) right after it,
    and, when the verb carries an object pronoun, only a complement or punctuation after it."""
    nxt = doc.word(c.tj, sent.t1)
    if nxt in doc.words.resumptive or nxt in doc.words.not_a_subject:
        return False
    k = skip_adjuncts(doc, c.tj, sent.t1)
    after = doc.word(k, sent.t1)
    if not after or doc.is_punct(k) or after in doc.words.complement or after[:1] == BY and len(after) > 3:
        return True  # التي أفادت بوجود، الذين أكدوا أن، تتهمه بـ
    if without_object(doc, c, form) != form:
        return False  # التي تصفها تركيا، الذي اعتبره رئيس الاتحاد: the subject follows
    # a noun after the verb is its object only for a verb whose object is what is claimed
    # (التي أكدت حصول تدخل); after another it is the subject (الذي قال الزعيم … إنه)
    return (c.lemma in doc.words.noun_object_claim or c.lemma in doc.words.by_object_claim) \
        and not (doc.is_side_word(after) or doc.is_role(k))


def phrase_start(doc: Reading, k1: int, t0: int) -> int | None:
    """The first token of the noun phrase ending before token ``k1``: the head and the adjectives
    after it, with the construct noun before a definite head; None when no noun ends there."""
    k = k1 - 1
    if k < t0 or not usable(doc, k) or attached_preposition(doc, k):
        return None  # (بالسلام الذي قال إن: the noun of a preposition speaks for nobody)
    while k - 1 >= t0 and reads_as_adjective(key(doc.toks.words[k])) and doc.toks.words[k].startswith(ARTICLE) \
            and usable(doc, k - 1) and doc.toks.words[k - 1].startswith(ARTICLE):
        k -= 1  # الأميركية ← الاستخبارات
    head = doc.toks.words[k]
    if head.startswith(ARTICLE) and k - 1 >= t0 and usable(doc, k - 1) \
            and doc.is_role(k - 1) and not doc.toks.words[k - 1].startswith(ARTICLE):
        k -= 1  # أجهزة | الاستخبارات (a role or body noun, not «رد فعل»، «قائمة الدول»، «برصاص الجيش»)
    return k


def usable(doc: Reading, k: int) -> bool:
    """Token ``k`` may stand in a source's noun phrase: no punctuation, stop word, time word or digit."""
    w = doc.toks.words[k]
    return not (doc.is_punct(k) or w in doc.lex.stop or w in doc.words.adjunct or is_number(w)
                or w in doc.words.demonstrative or len(w) < 2)


def may_speak(doc: Reading, k0: int, k1: int) -> bool:
    """The phrase k0..k1 may name a speaker: a body, an official or another type the phrase gives,
    a side's body (النظام السوري), a name or possessed noun (no article), a surname after a given name, a report noun (التقارير، الأنباء) or a plural of persons
    (المتهمين)."""
    head = source_info(doc, k0, head_end(doc, k0, k1))
    if head["type"] != "person" and not (head["coref"] and doc.toks.words[k0].startswith(ARTICLE)) \
            or any(doc.is_side_word(doc.toks.words[k]) for k in range(k0, k1)):
        return True  # (النظام السوري: a body of a side)
    if k0 > 0 and key(doc.toks.words[k0 - 1]) in given_names():
        return True  # صالح | الرصاص: a name's last word
    w = doc.toks.words[k0]
    if w[:1] in CONJUNCTIONS and w[1:].startswith(ARTICLE):
        return False  # الأفراد والشركات، التي رأت: the last conjunct of a list, no speaker of its own
    bare = without_article(w)
    return not w.startswith(ARTICLE) or bare in doc.words.feminine_plural \
        or plural_of_persons(bare, shortest=PLURAL_LETTERS)


def head_end(doc: Reading, k0: int, k1: int) -> int:
    """The end of the phrase k0..k1 without the adjectives after its head: an adjective that reads
    as a role («الهجوم | الانتحاري الذي قال») does not make a non-speaker noun speak (nor does the
    type a definite head borrows from an earlier mention of its word)."""
    while k1 - 1 > k0 and reads_as_adjective(key(doc.toks.words[k1 - 1])) and doc.is_role(k1 - 1) \
            and not doc.is_role(k0):
        k1 -= 1
    return k1


def subject_follows(doc: Reading, c: Cue, sent: Sentence) -> bool:
    """A verb after a relative pronoun has its own subject after it, past a resumptive pronoun or
    its preposition («التي تصفها تركيا بأنها»، «الذي أعلن فيه رئيس الوزراء»، «والذي نقلته صحيفة …»):
    a role or a side, when the verb does not agree with the pronoun or a pronoun on or after the
    verb stands for the relative's noun (not «للندن، التي تتهم موسكو»: London accuses Moscow);
    the verb then reports (the relative is its object)."""
    form = doc.norm[c.s:c.e]
    k = skip_adjuncts(doc, c.tj, sent.t1)
    resumed = without_object(doc, c, form) != form or cue_agreement(
        form, c.kind, c.lemma, doc.lex) != relative_agreement(doc, doc.toks.words[c.ti - 1])
    while doc.word(k, sent.t1) in doc.words.not_a_subject or doc.word(k, sent.t1) in doc.words.resumptive:
        k = skip_adjuncts(doc, k + 1, sent.t1)
    resumed = resumed or any(doc.toks.words[j] in doc.words.not_a_subject or doc.toks.words[j] in doc.words.resumptive
                             for j in range(c.tj, k))
    if not resumed:
        return False
    w = doc.word(k, sent.t1)
    return bool(w) and not doc.is_punct(k) and (doc.is_role(k) or doc.is_side_word(w)) and w not in doc.lex.stop

"""Where a source phrase starts and ends: after a verb (قال وزير الخارجية …), after an
"according to" (وفقا لما نقلته وكالة …), or before a verb (الوزارة أعلنت …).

A phrase runs over a title chain and a personal name and stops at punctuation, a stop word,
another cue, a prepositional phrase or the verb's object.  Spans are token ranges ``(k0, k1)``.
"""
from __future__ import annotations

import re

from ..clitics import AND, AND_BY_FOR, BY_FOR, PARTICLES, bare_in
from ..entities.morphology import ARTICLE, BY, CONJUNCTIONS, FOR, LIL, TA_MARBUTA, is_nisba, without_article
from ..entities.scan import Scanner
from ..lexicons import lexicon_cache
from ..entities.adjectives import is_participle, reads_as_adjective
from ..entities.vocabulary import (first_words, given_names, is_common_noun, is_suffixed_noun, longest_first,
                                   phrases, surnames, time_words, word_class)
from ..normalized import is_number
from .reading import QUOTES_CLOSE, QUOTES_OPEN, Cue, Reading
from .source_types import classify
from .vocabulary import lexicons, role_of, words

MAX_SOURCE_TOKENS = 20
MAX_LEFT_SUBJECT = 8
#: the most adjectives after a body's quoted name (التركية شبه الرسمية)
MAX_BODY_ADJECTIVES = 3
#: the most words of a medium's name an addressee's ل may stand on (لبي بي سي)
MEDIUM_WORDS = 3
#: cue kinds that are nouns: a source phrase may hold one (وكالة الأنباء، إعلان الرياض)
NOMINAL_CUES = ("noun", "statement")
OBJECT_SUFFIX = re.compile(r"(?:ها|هم|هما|كم|نا|ته)$")
#: letters of a noun before its possessive pronoun (غضب+ه)
MIN_STEM = 3
#: a possessive pronoun on a noun (بيانها، تقريره), left out to look the noun up
#: the pattern أفعل of colours and elatives, adjectives by their form (الأحمر، الأوسط، الأعلى)
ELATIVE = re.compile(r"ا\w\w[\wي]")
POSSESSIVE_SUFFIX = re.compile(r"(?<=\w{3})(?:ه|ها|هم|هما)$")


def collect(doc: Reading, k: int, end_tok: int, cue_starts: set, verb: bool = False) -> tuple[int, int] | None:
    """Tokens from k while they can belong to a source phrase; returns (k0, k1) or None.  ``verb``:
    the subject of a verb, which stops where its object opens (:func:`opens_object`)."""
    listed = listed_anonymous(doc, k, end_tok)
    if listed is not None:
        return listed
    j = k
    seen_role = complemented = False
    name = 0  # 0: title chain; 1: inside a personal name; 2: after a family name (الصباغ)
    while j < end_tok and j - k < MAX_SOURCE_TOKENS:
        w = doc.toks.words[j]
        if doc.joins_words(j) and (j > k or w == "#"):
            j += 1
            continue
        if doc.is_punct(j):
            j = after_quoted_name(doc, j, k, end_tok)
            break
        if w in doc.lex.stop and not (w == "علي" and not doc.is_preposition_ala(j)):
            if not role_complement(doc, j, k, end_tok, seen_role):
                break
            j += 2  # مصدر في شرطة العلم: the role's complement and its institution
            name, complemented = 0, True
            continue
        role = doc.is_role(j) and not (name and possessed_noun(w))  # «فهد المفرج | سعادته»: happiness, no title
        if ends_before(doc, j, k, cue_starts, role) or verb and not role and object_opens(doc, j, k):
            break
        if (name == 2 or complemented) and not role and w[:1] == BY and Scanner.prepositional(w):
            break  # «أشاد عبدالله المعلمي | بقواعد الدين»: after a family name or a complement, the verb's
        seen_role = seen_role or role
        name = next_name_state(doc, j, k, end_tok, role, name)
        if name is None:
            break
        j += 1
    return (k, j) if j > k else None


def listed_anonymous(doc: Reading, k: int, end_tok: int) -> tuple[int, int] | None:
    """مسؤول رفض الكشف عن اسمه: a listed phrase of several words is the whole source."""
    if k >= end_tok:
        return None
    m = doc.lex.anon_re.match(doc.norm[doc.toks[k][0]:doc.toks[end_tok - 1][1]])
    if m:
        k1 = doc.tok_at(doc.toks[k][0] + m.end())
        if k1 - k > 1 and not (k1 < end_tok and governed(doc.toks.words[k1 - 1], doc.toks.words[k1])):
            return (k, k1)  # (not «مصدر مطلع | على التحقيق»: the complement goes with it)
    return None


def after_quoted_name(doc: Reading, j: int, k: int, end_tok: int) -> int:
    """At punctuation j: past a quoted or bracketed name right after a role noun or a role and the
    noun it governs (موقع “أوديتي سنترال”، صحيفة «الحياة»، لصحيفة (سبورت)، وكالة أنباء "تسنيم") and
    the adjectives of the body after it (صحيفة "لوموند" الفرنسية، وكالة "الأناضول" التركية شبه
    الرسمية), which close the phrase; else j itself."""
    w = doc.toks.words[j]
    if not (w in QUOTES_OPEN or w == "(") or j == k or not (doc.is_role(j - 1) or j - 2 >= k and doc.is_role(j - 2)) \
            or quoted_adverb(doc, j, end_tok):
        return j
    close = doc.quote_close_after(j, end_tok) if w in QUOTES_OPEN else \
        next((q for q in range(j + 1, min(end_tok, j + 5)) if doc.toks.words[q] == ")"), None)
    if close is None or close == j + 1 or any(doc.toks.words[q] in doc.words.complement for q in range(j + 1, close)):
        return j  # (not «بنك (إيه إن زد) إن»: a complement inside is read as where the claim opens)
    if doc.word(close + 1, end_tok) == "و" and doc.word(close + 2, end_tok) in QUOTES_OPEN:
        other = doc.quote_close_after(close + 2, end_tok)  # «زعيما تحالفي "سائرون" و "الفتح"»: one head, two names
        close = other if other is not None and other > close + 3 else close
    return body_adjectives_end(doc, close + 1, end_tok)


def body_adjectives_end(doc: Reading, j: int, end_tok: int) -> int:
    """Past the adjectives a body's quoted name may carry at token j: a nisba, the body adjectives
    (الرسمية، الحكومية) and «شبه» before one («التركية شبه الرسمية»)."""
    start = j
    while j < end_tok and j - start < MAX_BODY_ADJECTIVES:
        w = doc.toks.words[j]
        if w in doc.words.body_adjective or is_nisba(w, article="required", stem=3):
            j += 1
        elif w in doc.words.body_adjective_lead and doc.word(j + 1, end_tok) in doc.words.body_adjective:
            j += 2
        else:
            break
    return j


def role_complement(doc: Reading, j: int, k: int, end_tok: int, seen_role: bool) -> bool:
    """A role noun's complement: مصدر في شرطة العلم، المشرف العام على إدارة الإعلام; or the issuer
    after a statement's participle: بيان صادر عن وزارة الخزانة، البيان الوارد في وكالة الأنباء."""
    if j > k and j + 1 < end_tok and doc.toks.words[j - 1] in doc.words.issued_participle \
            and doc.toks.words[j] in doc.words.issued_preposition and not doc.is_punct(j + 1):
        return True
    if j > k and j + 1 < end_tok and not doc.is_punct(j + 1) and governed(doc.toks.words[j - 1], doc.toks.words[j]):
        return True  # «مصدر مطلع على التحقيق»، «النائب عن حزب المحافظين»، «مصدران مقربان من أنان»
    return (doc.toks.words[j] in doc.words.role_preposition and seen_role and j > k and j + 1 < end_tok
            and doc.is_institution(j + 1))


def governed(head: str, preposition: str) -> bool:
    """Normalised ``head`` governs ``preposition``, which opens its complement inside the source
    (the ``governed_preposition`` pairs of claim_words.tsv, the head with or without ال)."""
    return f"{without_article(head)} {preposition}" in words().governed_preposition


def ends_before(doc: Reading, j: int, k: int, cue_starts: set, role: bool) -> bool:
    """Word j no longer belongs to the phrase begun at k: a prepositional phrase (بالهجوم،
    بالنسبة), another cue, or (unless it is a role) the verb's object."""
    w = doc.toks.words[j]
    cue_info = doc.lex.cue_info
    if w.startswith(BY + ARTICLE) and j > k:
        return True
    if j > k and (w in doc.lex.relative and w not in doc.words.free_relative
                  or w[:1] in CONJUNCTIONS and w[1:] in doc.words.subject_carrier):
        return True  # «منظمة العفو الدولية | والتي تتخذ …»، «نارونغساك أوسوتاكورن | وهو …»: a clause about the source (not «الخبر ما نصه»)
    nominal = cue_info.get(w, ("",))[0] in NOMINAL_CUES and w[:1] not in BY_FOR  # بإعلان opens a phrase
    if doc.toks[j][0] in cue_starts and not nominal:
        return True
    if j > k and w in cue_info and not nominal:  # another cue word
        return True
    return not role and is_object(doc, j, k)


def is_object(doc: Reading, j: int, k: int) -> bool:
    """Word j after the phrase's first word k reads as the verb's object, not the subject."""
    if j <= k:
        return False
    w, first = doc.toks.words[j], doc.toks.words[k]
    if w in doc.words.reflexive:  # المصادر ذاتها: the source itself; تصف الجماعة | نفسها بأنها: the object
        return j + 1 < len(doc.toks) and doc.toks.words[j + 1].startswith(BY)
    definite = w.startswith((ARTICLE, LIL))
    if not definite and OBJECT_SUFFIX.search(w) and len(w) > 4:
        return True  # الشركة | حاجتها: a possessed noun is the object, not part of the source
    if not definite and w.endswith("ا") and len(w) > 4 and not doc.is_side_word(w):
        # وزارة التعليم | تعميما: an indefinite accusative is the object — a word the reference corpus
        # knows as an accusative, not a foreign name («أيسابيلو ريفيرا»، «في الاتحاد الأوروبي فيديريكا
        # موغريني»، «الولايات المتحدة وكندا»)
        return Scanner.accusative(w)
    # فرنسا | غارات: a country name is the whole subject
    return (j == k + 1 and doc.is_side_word(first) and not first.startswith((ARTICLE, LIL))
            and not definite and not doc.is_side_word(w))


def after_name(before: str) -> bool:
    """A word that ends a person's name: a rare word or a listed surname («دونالد ترمب»), no
    adjective («سياسيون لبنانيون | كبار») and no common noun behind a clitic («وجماعات»، «لفعاليات»)."""
    if before[:1] in PARTICLES and is_common_noun(before[1:]):  # وجماعات، لفعاليات
        return False
    return before.isalpha() and (before in surnames() or not is_common_noun(before)) and before not in given_names() \
        and not reads_as_adjective(before)


def possessed_noun(w: str) -> bool:
    """A common noun with its possessive pronoun (غضبه، سعادته، بيانه): the reference corpus holds
    the noun without it (its ة written ت before the pronoun), not a name ending like one («أندريه»،
    «خوسيه», whose stems it does not hold)."""
    if not is_suffixed_noun(w):
        return False
    for suffix in longest_first("pronoun_suffix"):
        stem = w[:-len(suffix)]
        if w.endswith(suffix) and len(stem) >= MIN_STEM:
            return any(is_common_noun(form) and form not in given_names()
                       for form in (stem, stem[:-1] + TA_MARBUTA if stem.endswith("ت") else stem))
    return False


def rare_word(w: str) -> bool:
    """A bare word the reference corpus does not hold as a common one (بابيس، أنطونيو), nor one behind
    a clitic (بانضباطية، والتنظيم)."""
    return w.isalpha() and not w.startswith(ARTICLE) and not is_common_noun(w) \
        and not (w[:1] in PARTICLES and (is_common_noun(w[1:]) or w[1:].startswith(ARTICLE) or len(w) > 6))


def object_opens(doc: Reading, j: int, k: int) -> bool:
    """Word j after the first word k of a verb's subject opens the verb's object
    (:func:`opens_object`; not after a name link's word, «عبد السلام دوابشة»)."""
    nxt = doc.toks.words[j + 1] if j + 1 < len(doc.toks) else ""
    family = j - 2 >= k and doc.toks.words[j - 2] in given_names()  # «صالح القاضي | ترسية»: a family name
    return j > k and (opens_object(doc.toks.words[j - 1], doc.toks.words[j], nxt, family) or definite_object(doc, j)) \
        and not (j >= 2 and doc.toks.words[j - 2] in doc.words.name_link)


@lexicon_cache
def named_pairs() -> frozenset:
    """Two words that stand together in a listed name (المسجد الحرام، الصليب الأحمر)."""
    return frozenset(pair for k in phrases() for pair in zip(k, k[1:]))


def definite_object(doc: Reading, j: int) -> bool:
    """A definite common noun right after a definite word opens the verb's object: a definite noun
    takes no genitive, so what follows it is its adjective, a title, a side, a name — or the object
    («ويتهم التحالف | الحوثيين»، «ووصفت وزارة الخارجية الإسرائيلية | التجمع»، «وأعلنت لجنة مراقبة
    الانتخابات | النتائج»); an adjective stays («المتمردين الحوثيين»), and so does a word a listed name
    holds after the one before it («المسجد الحرام»)."""
    w, before = doc.toks.words[j], doc.toks.words[j - 1]
    if not (w.startswith(ARTICLE) and before.startswith(ARTICLE)) or doc.is_role(j) or doc.is_side_word(w) \
            or w in doc.words.body_adjective or w in doc.words.adjunct or w in doc.words.time_noun or w in surnames():
        return False
    if reads_as_adjective(w) or ELATIVE.fullmatch(without_article(w)) or (before, w) in named_pairs():
        return False  # (also an adjective of the construct's first noun: «منسق الأمم المتحدة | الخاص»; الأحمر، الأوسط)
    return is_common_noun(without_article(w)) and without_article(w) not in given_names()


def opens_object(before: str, w: str, after: str = "", family: bool = False) -> bool:
    """Normalised word ``w`` after ``before`` opens the verb's object, no more of its subject: a
    noun with its pronoun the reference corpus knows after a definite word or a name («أبدى الملك
    سلمان | غضبه»; after a common noun it is its genitive, «أقرب منافسيه»), or an indefinite common
    noun after a definite word that is no participle («نفى رئيس الوزراء | ارتكاب …»، «أكد الخطباء |
    أهمية …»; «السلطة المكلفة مراقبة …» governs it) or after a name («مسعود بارزاني | تحرير …») — a
    definite noun or a name takes no genitive, and a name after a definite title is a listed name's
    first word or a rare word («الرئيس دونالد ترامب»، «الرئيس ماكرون»), not one before a surname
    (``after``: «رأفت الصباغ»).  ``family``: ``before`` follows a given name, a family name that
    governs nothing though it reads as a participle («صالح القاضي | ترسية مشروع»)."""
    lw = words()
    if w.startswith(ARTICLE) or w[:1] in CONJUNCTIONS or not w.isalpha() or w in word_class("not_a_name") \
            or w in lw.reflexive:
        return False  # (nor «المصادر | ذاتها»: the source itself)
    definite = before.startswith(ARTICLE)
    if possessed_noun(w):
        return definite or not is_common_noun(before) or before in given_names()
    if not (definite or after_name(before)) or w[:1] in (BY, FOR) or lexicons().side_re.fullmatch(w) \
            or governs(before) and not family or is_participle(w) or after in surnames() \
            or not definite and (reads_as_adjective(w) or w in word_class("kin_noun")):
        return False  # (nor an adjective «الرياض متخصصة», nor a given name «رأفت الصباغ»)
    if w in lw.adjunct or w in lw.time_noun or w in lw.source_link or w in lw.name_link:
        return False
    return is_common_noun(w) and w not in given_names() and w not in first_words()


def governs(before: str) -> bool:
    """A definite participle that may take the noun after it as its object («السلطة المكلفة | مراقبة
    …»): not a nisba adjective that opens with م («هيئة السوق المالية | رفع …»، «المصرية»)."""
    stem = without_article(before)
    return is_participle(stem) and not (stem.startswith(longest_first("participle_opening"))
                                        and stem.endswith(longest_first("nisba")))  # (القاضي: a فاعل of a defective verb)


def next_name_state(doc: Reading, j: int, k: int, end_tok: int, role: bool, name: int) -> int | None:
    """Where word j leaves a personal name (0 title chain, 1 given names, 2 after a family name);
    None when the name has ended before it (…مبارك العصيمي | قيام وزير التعليم)."""
    w = doc.toks.words[j]
    links = doc.words.name_link
    if j > k and w in doc.words.body_adjective:
        return name  # وكالة أنباء سبوتنيك الروسية | الحكومية: the body's adjective, not a new phrase
    if name == 2 and not role and w not in links and not doc.is_side_word(w):
        nx = doc.word(j + 1, end_tok)
        if w.startswith(ARTICLE) or not (nx.startswith(ARTICLE) or nx in links or names_after_title(w, nx)):
            return None
        name = 0  # مكة المكرمة علي الغامدي: a place, then a name; «إداري الوفد السعودي | عمار طراد»
    if role or is_number(w):
        return 0
    if w.startswith((ARTICLE, LIL, AND + ARTICLE, AND + FOR, BY + ARTICLE, BY, FOR)) and len(w) > 2:
        if name == 1 and w.startswith(ARTICLE):
            return 1 if w in doc.words.name_compound else 2  # a family name after given names (not «عز | الدين»)
        return 0 if w[:1] in AND_BY_FOR and not w.startswith(ARTICLE) else name
    if w not in links and not doc.is_side_word(w) and not (w[:1] == AND and j > k) \
            and not (name == 0 and w.endswith(TA_MARBUTA) and is_common_noun(w) and w not in given_names()):
        return 1 if name != 2 else 2  # (a feminine common noun heads a construct: «صحة الحدود الشمالية», no name)
    return name


def names_after_title(w: str, nx: str) -> bool:
    """Words ``w`` and ``nx`` after a title chain read as a personal name: a given name («إداري الوفد
    السعودي عمار طراد») or two rare words («رئيس خلية الأزمة نارونغساك أوسوتاكورن»), not the verb's
    object («… العصيمي | قيام وزير التعليم»)."""
    return w in given_names() or rare_word(w) and rare_word(nx)


def source_after_prep(doc: Reading, cue: Cue, end_tok: int, cue_starts: set) -> tuple[int, int] | None:
    """The source after an "according to": وفقا لـ X / وفقا لما نقلته X / بحسب ما ذكرت X /
    حسبما أفاد X / بحسب ما جاء في X (the relative clause's verb and preposition left out)."""
    toks, words = doc.toks, doc.words
    k = cue.tj
    while k < end_tok and toks.words[k] == FOR:
        k += 1
    relative = doc.relative_written_on(cue.s, cue.e)  # حسبما: the relative written on the word
    if k < end_tok and toks.words[k] in words.prep_relative:
        k, relative = k + 1, True
    if relative and k < end_tok:
        if toks.words[k] in words.not_a_source:
            return None  # وفقا لما يلي
        k += 1  # the relative clause's verb (ذكرت، أعلنه، جاء)
        if k < end_tok and toks.words[k] in words.prep_relative_pronoun:
            k += 1
        if k < end_tok and toks.words[k] in words.prep_relative_preposition:
            k += 1  # بحسب ما جاء في التقرير
        k = skip_adjuncts(doc, k, end_tok)
    if k < end_tok and toks.words[k] in words.not_a_source:
        return None
    quoted = quoted_name(doc, k, end_tok)
    if quoted is not None:
        return quoted
    k = issuer_start(doc, k, end_tok)
    rs = collect(doc, k, end_tok, cue_starts)
    return None if rs is None else (rs[0], subject_extent(doc, *rs, end_tok, cue_starts, trailing=True))


def issued(doc: Reading, k: int, nouns: frozenset, definite: bool = True) -> bool:
    """Token ``k`` is one of ``nouns``, bare or behind ل (لبيان، لتصريحات), or — with ``definite`` —
    definite (للتقرير، المعلومات)."""
    w = doc.toks[k][2]
    if w[:1] == FOR:
        w = ARTICLE + w[2:] if w[1:2] == FOR else w[1:]  # للتقرير → التقرير
    return w in nouns or definite and w.startswith(ARTICLE) and w[len(ARTICLE):] in nouns


def issuer_start(doc: Reading, k: int, end_tok: int) -> int:
    """Where the source begins after an "according to" when token ``k`` names what it issued: after
    the issuing verb («وفقا لبيان أصدره | وزير الخزانة»، «وفق حصيلة جديدة أعلنها | نائب رئيس الوزراء»،
    «وفقا للتقرير الذي نشرته | وكالة الأنباء»، «بحسب إفادات أدلى بها | عدد من الركاب»، «وفق توصيات صدرت
    عن | القمة»), after the preposition naming its issuer («تقارير من | وكالة الأنباء السورية»), or after
    a statement noun before its possessor («وفق تصريحات | مصدر عسكري»، «بحسب بيان | وزارة العدل»); else ``k``."""
    words = doc.words
    if k + 1 >= end_tok or not issued(doc, k, words.issued_noun):
        return k
    if doc.toks[k + 1][2] in words.issuer_preposition and not doc.is_punct(k + 2):
        return k + 2
    for j in range(k + 1, min(end_tok - 1, k + 3)):  # «حصيلة جديدة أعلنها»، «التقرير الذي نشرته»
        if doc.toks[j][2] in words.issuing_verb:
            j += doc.toks[j + 1][2] in words.prep_relative_pronoun or doc.toks[j + 1][2] in words.issuer_preposition
            return skip_adjuncts(doc, j + 1, end_tok)
    possessor = not doc.is_punct(k + 1) and (doc.is_role(k + 1) or doc.is_side_word(doc.toks[k + 1][2]))
    return k + 1 if possessor and issued(doc, k, words.statement_noun, definite=False) else k  # (not «للأرقام | الألمانية»)


def quoted_name(doc: Reading, k: int, end_tok: int) -> tuple[int, int] | None:
    """A name in quotation marks at token ``k``, both marks kept (بحسب "كال فاير"، وفق "فرانس برس"):
    the tokens from the opening mark to the closing one, else None."""
    if k >= end_tok or doc.toks[k][2] not in QUOTES_OPEN:
        return None
    close = doc.quote_close_after(k, end_tok)
    if close is None or close == k + 1 or any(doc.is_punct(j) for j in range(k + 1, close)):
        return None
    return k, close + 1


def skip_adjuncts(doc: Reading, k: int, end_tok: int) -> int:
    """Skip what may stand between a verb and its subject: time words (مساء اليوم الأربعاء),
    لـ"الرياض", في تصريح صحفي لـ…, من جانبه, a resumptive فيه/فيها (بيان أكد فيه الطرفان)."""
    start = k
    while k < end_tok and k - start < 10:
        after = adjunct_end(doc, k, start, end_tok)
        if after is None:
            return start  # an unclosed quotation: skip nothing
        if after == k:
            break
        k = after
    return k


def adjunct_end(doc: Reading, k: int, start: int, end_tok: int) -> int | None:
    """The token after an adjunct at k (k itself when there is none; None for لـ" unclosed)."""
    toks, words = doc.toks, doc.words
    w, nxt = toks.words[k], doc.word(k + 1, end_tok)
    if w in words.adjunct or w in words.resumptive:
        return k + 1
    if w in words.time_noun and nxt in words.adjunct:  # قال الأسبوع الماضي إن: a time, not the subject
        return k + 2
    if w == "ل" and k + 1 < end_tok:
        if nxt in QUOTES_OPEN:
            close = doc.quote_close_after(k + 1, end_tok)
            return None if close is None else close + 1
        return k + 2
    if addressee(doc, k):  # للصحافيين، لوكالة فرانس برس: whom the source spoke to, with its name
        k += 1
        while k < end_tok and not doc.is_punct(k) and doc.toks.words[k] not in doc.words.complement \
                and doc.toks.words[k] not in doc.lex.stop:
            k += 1
        return k
    if w in words.speech_event_preposition and (nxt in words.speech_event or POSSESSIVE_SUFFIX.sub("", nxt) in words.speech_event):
        k += 2  # (في تصريح، في تعقيبه)
        while k < end_tok and toks.words[k] in words.speech_event_modifier:
            k += 1
        return k
    if w == "من" and nxt in words.aside:
        return k + 2
    if w == "(" and nxt in words.adjunct and doc.word(k + 2, end_tok) == ")":
        return k + 3  # اليوم (الأحد): a weekday in brackets after its time word
    if w in ("،", ",") and k > start:
        return k + 1  # أكد، مساء اليوم، …
    return k


def topic_subject(doc: Reading, cue: Cue, sent_tok0: int) -> tuple[int, int] | None:
    """أما الشاعر محمد الخضري، فقال …: the topic after أما is the subject of the ف-verb."""
    if doc.norm[cue.ws:cue.s] != "ف":
        return None
    end = cue.ti - 1 if cue.ti - 1 >= sent_tok0 and doc.toks.words[cue.ti - 1] in ("،", ",") else cue.ti
    k = end - 1
    while k >= max(sent_tok0, end - MAX_LEFT_SUBJECT - 1) and not doc.is_punct(k):
        if doc.toks.words[k] in doc.words.topic_marker:
            return (k + 1, end) if end > k + 1 else None
        k -= 1
    return None


def source_before(doc: Reading, cue: Cue, sent_tok0: int, floor_tok: int) -> tuple[int, int] | None:
    """A subject before the verb (X أعلن أن …), from the start of the clause."""
    lo = max(sent_tok0, floor_tok)
    k = left_clause(doc, cue.ti, lo)
    comma = cue.ti - 1
    while comma >= lo and not doc.is_punct(comma):
        comma -= 1  # only verb particles (قد, not حيث) between the clause's comma and the verb
    if k == cue.ti and comma > sent_tok0 and doc.toks.words[comma] in ("،", ",") and cue.ti - comma > 1 \
            and all(doc.toks.words[j] in doc.words.verb_particle and doc.toks.words[j] not in doc.words.continuing
                    for j in range(comma + 1, cue.ti)):  # (، كما أشار: continues the source before)
        return apposed_subject(doc, cue, sent_tok0, comma) \
            or subject_span(doc, left_clause(doc, comma, sent_tok0), comma)  # «لجنة الانضباط …، قد أعلنت»
    if k == cue.ti:
        apposed = apposed_subject(doc, cue, sent_tok0)
        if apposed is not None:
            return apposed
    return subject_span(doc, k, cue.ti)


def apposed_subject(doc: Reading, cue: Cue, lo: int, comma: int | None = None) -> tuple[int, int] | None:
    """A subject and its apposition between commas right before the verb («لكن المتحدث باسم الرئيس
    الروسي، ديميتري بيسكوف، قال للصحافيين …») or its particles (``comma``: «وكان حسن نصرالله، الأمين
    العام لحزب الله، قد تحدث»): the subject is both (:func:`apposition_end`)."""
    comma = cue.ti - 1 if comma is None else comma
    if comma <= lo or doc.toks.words[comma] not in ("،", ",") or doc.toks.words[cue.ti] in doc.words.adjunct:
        return None  # (not «…، قائلا»: the manner word of a verb before)
    a0 = left_clause(doc, comma, lo)
    if a0 - 1 <= lo or doc.toks.words[a0 - 1] not in ("،", ","):
        return None
    s0 = left_clause(doc, a0 - 1, lo)
    if not 0 < a0 - 1 - s0 <= MAX_LEFT_SUBJECT or doc.toks.words[s0] in doc.lex.stop:
        return None
    return (s0, comma) if apposition_end(doc, s0, a0 - 1, cue.ti, set()) == comma else None


def particle_subject(doc: Reading, cue: Cue, sent_tok0: int) -> tuple[int, int] | None:
    """The subject between a ``subject_particle`` and the verb (وكان رئيس الوزراء قد أعلن، أن
    التقرير الطبي أشار، إلا أن مسؤولا كشف): a few words with no punctuation, stop word or other
    cue, the verb particles before the verb (قد) left out; None when no such particle opens them."""
    end = cue.ti
    while end > sent_tok0 and doc.toks.words[end - 1] in doc.words.verb_particle:
        end -= 1
    k = end - 1
    while k >= max(sent_tok0, end - MAX_LEFT_SUBJECT - 1):
        w = doc.toks.words[k]
        if w in doc.words.subject_particle:
            return subject_span(doc, k + 1, end)
        if doc.is_punct(k) and not doc.joins_words(k) or w in doc.lex.stop \
                or doc.lex.cue_info.get(w, ("",))[0] not in ("", *NOMINAL_CUES):
            return None
        k -= 1
    return None


def left_clause(doc: Reading, ti: int, lo: int) -> int:
    """The first token of the words before token ``ti`` back to the last punctuation (not before
    ``lo``), past the openers and particles that begin it (وكانت، قد، لكن)."""
    lex, toks = doc.lex, doc.toks
    k = ti - 1
    while k >= lo and (not doc.is_punct(k) or doc.joins_words(k)):
        k -= 1
    k += 1
    while k < ti and bare_in(toks.words[k], lex.opener, CONJUNCTIONS):
        k += 1
    return k


def subject_span(doc: Reading, k: int, ti: int) -> tuple[int, int] | None:
    """(k, ti) when the words k..ti may be a subject: a few words, not opening with a stop word;
    past a relay form among them («بيانا على لسان | الباكر قال»: the statement is the speaker's)."""
    k = past_relay_form(doc, k, ti)
    n = ti - k
    w = doc.toks.words[k] if n > 0 else ""
    if 0 < n <= MAX_LEFT_SUBJECT and w not in doc.lex.stop and not w.startswith((AND + FOR, AND + BY)):
        return (k, ti)
    return None


def past_relay_form(doc: Reading, k: int, ti: int) -> int:
    """The token after the last relay form of several words (على لسان، نقلا عن) in k..ti, else k."""
    toks = doc.toks.words
    for j in range(ti - 2, k - 1, -1):
        for n in (2, 3):
            if j + n < ti and " ".join(toks[j:j + n]) in doc.words.relay_form:
                return j + n
    return k


# ------------------------------------------------- how far a subject runs ---
#: how many tokens an apposition between commas or a chain of prepositional complements may hold
MAX_APPOSITION_TOKENS = 20
MAX_COMPLEMENT_TOKENS = 10
#: at most this many words in a quoted name or alias after a source («يونهاب»، "البنتاغون")
MAX_QUOTED_NAME = 4


def subject_extent(doc: Reading, k0: int, k1: int, end_tok: int, cue_starts: set, trailing: bool = False) -> int:
    """The end of the subject k0..k1 taken further over what belongs to it when the claim opens
    right after: a quoted alias («وكالة يونهاب "يونهاب"»), prepositional complements that tie it to
    a place or body («مسؤولون في المهرجان»، «الشرطة في سياتل بالولايات المتحدة») and an apposition
    between commas («نينا أوغنيانوفا، منسقة شؤون البرنامج في لجنة حماية الصحفيين،» after a name,
    «متحدثة الخارجية، هيذر ناورت،» after a title).  ``trailing``: an "according to" source, after
    which the sentence or clause may simply end."""
    if k1 + 1 < end_tok and doc.toks.words[k1 + 1] in ("،", ",") and doc.name_like(k0, k1 + 1) \
            and apposition_end(doc, k0, k1 + 1, end_tok, cue_starts) is not None:
        k1 += 1  # «نينا أوغنيانوفا، منسقة …»: a name's last word read as an accusative object
    best = k1
    j = quoted_name_end(doc, k1, end_tok)
    j = complements_end(doc, j, end_tok, cue_starts)
    if j > k1 and claim_opens(doc, j, end_tok, trailing):
        best = j
    a = apposition_end(doc, k0, best, end_tok, cue_starts)
    if a is not None and (claim_opens(doc, a, end_tok, trailing) or speaker_described_after(doc, a, end_tok)
                          or closed_role_apposition(doc, best, a)):
        best = complements_end(doc, a, end_tok, cue_starts) if claim_opens(
            doc, complements_end(doc, a, end_tok, cue_starts), end_tok, trailing) else a
    return best


def closed_role_apposition(doc: Reading, k1: int, a: int) -> bool:
    """The apposition between the comma at ``k1`` and the comma at ``a`` opens on a role noun («عزة سليمان،
    محامية المدون الشاب شادي أبوزيد، | حبسه»، «قيس الخزعلي، أمين عام تنظيم …، | المملكة»): it describes the
    subject, whatever the verb's object after it."""
    return a < len(doc.toks) and doc.toks.words[a] in ("،", ",") \
        and (doc.is_role(k1 + 1) or doc.toks.words[k1 + 1] in doc.words.apposition_lead)


def claim_opens(doc: Reading, k: int, end_tok: int, trailing: bool) -> bool:
    """At token k (past a comma and adjuncts: time words, «في بيان», «لـ» an addressee) a claim
    opens: a complement, a colon or a quotation; for a trailing source also the clause's end."""
    if k >= end_tok:
        return trailing
    if doc.toks.words[k] in ("،", ","):
        if trailing:
            return True
        k += 1
    k = skip_adjuncts(doc, k, end_tok)
    w = doc.word(k, end_tok)
    if not w:
        return trailing
    return w in doc.words.complement or w[:1] in QUOTES_OPEN or (trailing and w in (".", "،", ","))


def speaker_described_after(doc: Reading, a: int, end_tok: int) -> bool:
    """After an apposition closed by a comma at token ``a`` comes what tells of the speaking or the
    speaker, not the claim: an occasion, time or addressee phrase («ميغيل بيريز، محامي الرئيس الأسبق،
    | في مقابلة مع قناة …»، «…، | صباح الخميس») or a relative clause («…، براين هوك، | الذي يدير
    التفاوض»): the apposition belongs to the source though the claim opens further on."""
    if a >= end_tok or doc.toks.words[a] not in ("،", ","):
        return False
    w = doc.word(a + 1, end_tok)
    return skip_adjuncts(doc, a + 1, end_tok) > a + 1 or (w in doc.lex.relative and w not in doc.words.free_relative)


def addressee(doc: Reading, k: int) -> bool:
    """Token k names whom the source spoke to (لوكالة، للصحفيين، لـ«الشرق الأوسط»، لبي بي سي — a medium
    of several words behind ل): not the source."""
    w = doc.toks.words[k]
    if w == FOR:
        return True
    if w in word_class("addressee") or w.startswith(FOR) and not w.startswith(ARTICLE) and classify(w[1:], doc.lex) == "media":
        return True
    if not w.startswith(FOR) or w.startswith(ARTICLE):
        return False
    m = doc.lex.role_re.match(doc.norm[doc.toks[k][0] + 1:doc.toks[min(k + MEDIUM_WORDS, len(doc.toks)) - 1][1]])
    return m is not None and m.start("w") == 0 and role_of(doc.lex, m) == "media"  # لبي بي سي


#: at most this many words in brackets after a subject («إدارة كاليفورنيا للغابات … (كال فاير)»)
MAX_BRACKETED = 5


def bracketed_end(doc: Reading, k: int, t1: int) -> int:
    """Past a short name in brackets at token ``k`` (k itself when none opens there)."""
    if doc.word(k, t1) != "(":
        return k
    close = next((j for j in range(k + 1, min(t1, k + MAX_BRACKETED + 2)) if doc.toks.words[j] == ")"), None)
    return k if close is None else close + 1


def quoted_name_end(doc: Reading, k: int, end_tok: int) -> int:
    """Past a quoted name or alias, or a hashtag, right after a source (k itself when none)."""
    if k < end_tok and doc.toks.words[k] in QUOTES_OPEN and not quoted_adverb(doc, k, end_tok):
        close = doc.quote_close_after(k, end_tok)
        if close is not None and 1 < close - k <= MAX_QUOTED_NAME + 1 and not any(
                doc.toks.words[q] in doc.words.complement or doc.is_punct(q) for q in range(k + 1, close)):
            return close + 1
    return k


def quoted_adverb(doc: Reading, k: int, end_tok: int) -> bool:
    """The quotation at token ``k`` is one word, ب + a common noun: how the verb is done («نفت
    الوزارة "بشدة"»، «"بقوة"»), no alias of the source."""
    w = doc.word(k + 1, end_tok)
    return doc.word(k + 2, end_tok) in QUOTES_CLOSE and w[:1] == BY and is_common_noun(w[1:])


def complements_end(doc: Reading, k: int, end_tok: int, cue_starts: set) -> int:
    """The end of a chain of prepositional complements at k (في، من، لدى + a noun; بـ/لـ + a noun),
    with the nouns and quoted names after each; k itself when none opens there."""
    j, opened = k, False
    while j < end_tok and j - k < MAX_COMPLEMENT_TOKENS:
        w = doc.toks.words[j]
        if w in doc.words.source_link and w not in doc.words.complement and j + 1 < end_tok \
                and complement_noun(doc, j + 1, cue_starts) and not occasion_noun(doc.toks.words[j + 1]):
            # (على، عن open what the verb reports; «في حينه»، «في مارس»: when, not where)
            j, opened = j + 2, True
        elif attached_preposition(doc, j) and not addressee(doc, j) and complement_noun(doc, j, cue_starts):
            j, opened = j + 1, True
        elif opened and complement_noun(doc, j, cue_starts):
            j += 1
        elif opened and quoted_name_end(doc, j, end_tok) > j:
            j = quoted_name_end(doc, j, end_tok)
        else:
            break
    return j


def attached_preposition(doc: Reading, j: int) -> bool:
    """A ب or ل written on a noun (بالولايات، للمهرجان، بمديرية), not a name beginning with the letter."""
    w = doc.toks.words[j]
    return len(w) > 3 and w[0] in BY_FOR and (w.startswith((BY + ARTICLE, LIL)) or Scanner.prepositional(w))


def complement_noun(doc: Reading, j: int, cue_starts: set) -> bool:
    """Token j may stand in a source's prepositional complement: a word that is no punctuation,
    cue, stop word, complement, time word or occasion of speech (بيان، تصريح)."""
    w = doc.toks.words[j]
    if doc.is_punct(j) and not w.startswith("#"):
        return False
    core = w[1:] if w[:1] in BY_FOR and not w.startswith(ARTICLE) else w
    forms = {w, core, POSSESSIVE_SUFFIX.sub("", w), POSSESSIVE_SUFFIX.sub("", core)}  # بيانها، تقريره
    return not (doc.toks[j][0] in cue_starts or w in doc.lex.stop or w in doc.words.complement
                or w in doc.words.adjunct or w in doc.words.time_noun
                or forms & doc.words.speech_event
                or w in doc.words.speech_event_modifier or w in doc.words.demonstrative or is_number(w))


def occasion_noun(w: str) -> bool:
    """A noun after a preposition that says when or on what occasion the source spoke, not where
    it belongs: a time word (a month: «مصادر قبلية | في مارس») or a noun with its possessive pronoun
    («أعلنت حركة الشباب | في موقعها»، «قال زوجها | في حينه»، «… | في تعقيبه»)."""
    return w in time_words() or possessed_noun(w)


def family_named(doc: Reading, k0: int, k1: int) -> bool:
    """Words k0..k1 read as a personal name with a family name in ال: a given name or a rare word
    first, then rare words or definite family names — listed surnames or nisbas («نورة الكعبي»)."""
    first = doc.toks.words[k0]
    if k1 - k0 < 2 or first.startswith(ARTICLE) or not (first in given_names() or rare_word(first)):
        return False
    return all(rare_word(w) or w.startswith(ARTICLE) and (w in surnames() or reads_as_adjective(w))
               for w in (doc.toks.words[k] for k in range(k0 + 1, k1)))


#: punctuation an apposition may hold (quoted and bracketed names)
APPOSITION_PUNCT = set(QUOTES_OPEN) | set("”»\"’()")


def apposition_end(doc: Reading, k0: int, k1: int, end_tok: int, cue_starts: set) -> int | None:
    """The end of an apposition after a comma right after the subject k0..k1 (up to the next comma
    or complement): a role phrase after a name, or a name after a title; None when there is none."""
    if k1 + 1 >= end_tok or doc.toks.words[k1] not in ("،", ","):
        return None
    j = k1 + 1
    while j < end_tok and j - k1 <= MAX_APPOSITION_TOKENS:
        w = doc.toks.words[j]
        if w in ("،", ",") or w in doc.words.complement or w == ":" or w == "ل" or w in word_class("addressee"):
            break  # (an addressee after the apposition is not part of it: لـ«الشرق الأوسط»)
        if doc.toks[j][0] in cue_starts or doc.is_punct(j) and not (doc.joins_words(j) or w in APPOSITION_PUNCT
                                                                   or w.startswith("#")):
            return None
        j += 1
    if j == k1 + 1 or j - k1 > MAX_APPOSITION_TOKENS:
        return None
    lead = doc.toks.words[k1 + 1]
    if doc.is_role(k1 + 1) or lead in doc.words.apposition_lead or without_article(lead) in word_class("kin_noun"):
        return j  # «نينا أوغنيانوفا، منسقة شؤون …،»، «ضياء الأسدي، أحد كبار مساعدي الصدر،»، «…، الابن الأكبر لتشوي،»
    if j - k1 - 1 <= 4 and (doc.name_like(k1 + 1, j) or family_named(doc, k1 + 1, j)) and not lead.startswith("و") \
            and not any(doc.toks.words[q] in doc.lex.stop or attached_preposition(doc, q) for q in range(k1 + 1, j)) \
            and any(doc.is_role(q) for q in range(k0, k1)):
        return j  # «متحدثة وزارة الخارجية، هيذر ناورت،»
    last = doc.toks.words[k1 - 1]
    if (k1 - k0 >= 2 and last.isalpha() and not last.startswith(ARTICLE) or after_name(last)) \
            and describes_person(doc, k1 + 1, j):
        return j  # «كاثرين هوك، الطبيبة في قسم الطوارئ …،»، «واوان بوروانتو، من وكالة الاستخبارات …،»
    return None


#: endings of a plural noun («العقوبات»، «المسؤولين»): no description of one person
PLURAL_ENDINGS = ("ات", "ون", "ين")


def describes_person(doc: Reading, a: int, j: int) -> bool:
    """The apposition a..j after a person's name says what he is: a definite noun (a profession:
    «الطبيبة»، «الجراح المختص …») or «من» + an institution, not a time word («، الاثنين،») nor a nisba."""
    lead = doc.toks.words[a]
    if lead == "من":
        return a + 1 < j and doc.is_institution(a + 1)
    if not lead.startswith(ARTICLE) or lead in doc.lex.stop or lead in doc.words.adjunct \
            or lead in doc.words.time_noun or lead in time_words() or without_article(lead) in time_words():
        return False
    second = doc.toks.words[a + 1] if a + 1 < j else ""
    return not is_nisba(lead, article="required", stem=3) and not lead.endswith(PLURAL_ENDINGS) \
        and not second.endswith(("ون", "ين"))  # (nor «بهامز، الحكام السعوديين من …»: a plural, the object)
    # (not «، الأمريكي،»: an adjective; not «أردوغان، العقوبات الأمريكية، بأنها»: a plural is the verb's object)

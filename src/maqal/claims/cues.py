"""Attribution cues: which cue words of a sentence attribute a claim, to which source, and where
the claim they attribute begins.

Each kind of cue (``claim_cues.tsv``) finds its source its own way: a reporting verb after or
before its subject, an "according to" before it, a claim noun after من or an origin phrase;
participles and passives have none of their own.  A verb or participle without a subject may
continue an earlier source (:mod:`.antecedents`).
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from ..clitics import AND, bare_in
from ..entities.morphology import ARTICLE, BY, CONJUNCTIONS, FOR, LIL, is_nisba, without_article
from ..entities.vocabulary import given_names, surnames
from ..lexicons import key
from .agreement import cue_agreement, subject_with_cue_agreement, without_object
from .antecedents import antecedent
from .conjuncts import each_of, split_conjuncts
from .documents import is_document
from .occasions import occasion_holder, occasion_start
from .reading import QUOTE_CHARS, QUOTES_OPEN, Cue, Reading, Sentence
from .relatives import relative_head, subject_follows
from .relays import relay, relayed_speaker_at
from .source_types import BODY_TYPES, classify, source_info
from .sources import (apposition_end, attached_preposition, bracketed_end, collect, complements_end, object_opens, particle_subject,
                      left_clause, quoted_name, rare_word, skip_adjuncts, source_after_prep, source_before, subject_extent,
                      topic_subject)
from .vocabulary import PREPOSITION_VERB

#: how far after a cue its complement (أن، عن، a quotation) is looked for
WINDOW_TOKENS = 14
NOUN_WINDOW_TOKENS = 8
#: how far before a relayed speaker's verbal noun (قوله) its عن is looked for
MAX_RELAYED_SPEAKER_TOKENS = 16
SPACES = re.compile(r"\s+")
PHRASE_PUNCT = ("،", ",", ".", "؛", "-", "–", ":")


@dataclass
class Attribution:
    """A cue that attributes a claim: its source (None for an impersonal cue), whether the
    source is inherited, whether the cue sits inside another claim (``nested``), where the
    claim begins (``boundary``, normalised), whether a colon opens a quotation, and the relay's
    attribution the words reach the reader through (``via``: «نقلت X عن Y» for Y and Y's continuations)."""

    cue: Cue
    src: dict | None
    inherited: bool
    nested: bool
    boundary: int
    colon: bool
    via: "Attribution | None" = None


@dataclass
class Found:
    """What a cue kind found on its own: a source or none, and where the claim begins."""

    src: dict | None
    boundary: int
    nested: bool = False
    pronoun: bool = False  # a pronoun subject to resolve (لكنها قالت)


def sentence_cues(doc: Reading, all_cues: list, ci: int, ss: int, se: int) -> tuple[list[Cue], int]:
    """The cues of the sentence ss..se from the article's cue matches, from index ci on."""
    lex = doc.lex
    cues = []
    while ci < len(all_cues) and all_cues[ci].start() < se:
        m = all_cues[ci]
        ci += 1
        if m.start() < ss:
            continue
        form = m.group("cue")
        last = doc.surface(m.end("cue") - 1, m.end("cue"))
        if form in lex.cue_final_ya and last == "ى" or form in lex.cue_final_alif_maqsura and last == "ي":
            continue  # يحيى (a name), يُدعى (is called): not يحيي, يدعي; نفي (a denial), رأي (an opinion): not نفى, رأى
        # a cue of several words may be split by any whitespace, a line break too
        kind, lemma = lex.cue_info[form] if form in lex.cue_info else lex.cue_info[SPACES.sub(" ", form)]
        if kind == PREPOSITION_VERB:
            if not verb_not_preposition(doc, m, ss):
                continue  # «عبر تويتر»: the preposition, not «وعبر الوزير عن قلقه»
            kind = "verb"
        cues.append(Cue(m.start("cue"), m.end("cue"), m.start(), kind, lemma,
                        doc.tok_at(m.start()), doc.tok_at(m.end())))
    return cues, ci


#: how many words after a verb that is also a preposition its object's preposition may stand (past the subject)
PREPOSITION_VERB_REACH = 12


def verb_not_preposition(doc: Reading, m: re.Match, ss: int) -> bool:
    """A cue that is also a preposition (عبر) is the verb when it opens its clause — behind و/ف,
    after a verb particle, at the sentence start — and its object's preposition (عن) follows within
    a few words, before the sentence ends or a quotation opens: «وعبر عفيفي، في بيان صحافي، عن
    دهشته», not «أعلن عبر تويتر أن»."""
    ti = doc.tok_at(m.start())
    opens = m.group("pro") or doc.tok_at(ss) == ti or doc.toks[ti - 1][2] in doc.words.verb_particle
    if not opens:
        return False
    for k in range(ti + 1, min(len(doc.toks), ti + 1 + PREPOSITION_VERB_REACH)):
        w = doc.toks[k][2]
        if w in doc.words.preposition_verb_object:
            return True
        if w in (".", "؟", "!", ":") or doc.lex.cue_re.fullmatch(w):
            return False
    return False


def attributions(doc: Reading, sent: Sentence) -> list[Attribution]:
    """The sentence's attributing cues in order; remembers their sources in ``doc`` and
    ``sent.last_src``."""
    entries: list[Attribution] = []
    speakers: dict[int, Attribution] = {}  # the token a relayed speaker opens at → the relay
    for c in sent.cues:
        if any(e.src is not None and not e.inherited and e.src["s"] <= c.s < e.src["e"] for e in entries):
            continue  # وكالة الأنباء: a cue word inside a source phrase
        if doc.toks.words[c.ti] in doc.words.adjunct and any(manner_of(doc, e, c) or said_by_verb(e, c) for e in entries):
            continue  # وأضاف قائلا، وأكد الوزير قائلا: «قائلا» is the verb's manner, one claim
        ent = attribution(doc, c, sent)
        if ent is None:
            continue
        if ent.nested and entries:
            continue  # والتي يُزعم أن … inside an attributed claim: its allegation marker only
        ent, relayed = relay(doc, ent, sent)  # نقلت "رويترز" | عن محللين أن: a claim of each
        before = entries[:]
        parts = each_of(doc, ent, sent) or split_conjuncts(doc, ent)  # الولايات المتحدة | والسعودية: a claim each
        entries.extend(parts)
        remember(doc, sent, ent, before)
        if relayed is not None:
            doc.relays[id(relayed.src)] = parts[0]
            entries.append(dataclasses.replace(relayed, via=parts[0]))
            remember(doc, sent, relayed, entries[:-1])
        elif (k := relayed_speaker_at(doc, ent, sent)) is not None:
            speakers[k] = parts[0]  # «نقلت وكالة الأناضول عن أوغلو | قوله»: the noun's speaker comes through it
    return through_relays(doc, entries, speakers, sent)


def through_relays(doc: Reading, entries: list[Attribution], speakers: dict, sent: Sentence) -> list[Attribution]:
    """``entries`` with the ``via`` of the claims that reach the reader through another source: the
    speaker after a relay's preposition whose words a verbal noun takes («نقلت X عن Y قوله»), and
    the claims before an "according to" that names their channel («قال الوزير …، وفقا لوكالة بترا»)
    or before a medium relaying their statement («وقال روحاني في خطاب نقله التلفزيون الحكومي»), and
    a speaker inside what a medium reports («وذكرت وسائل إعلام رسمية … أن بيونغ يانغ قالت»)."""
    out = []
    for i, e in enumerate(entries):
        via = e.via
        if via is None and e.src is not None and not e.inherited:
            via = speakers.get(doc.tok_at(e.src["s"]))
        if via is None and e.src is not None and e.cue.kind != "prep":
            via = next((o for o in entries[i + 1:] if o.src is not e.src
                        and (channel(doc, o) or relaying_medium(doc, o, sent))), None)
        if via is None and e.src is not None and not e.inherited and e.cue.kind != "prep":
            via = next((o for o in reversed(entries[:i]) if reporting_medium(doc, o, e)), None)
        if via is not e.via:
            doc.relays[id(e.src)] = via
            e = dataclasses.replace(e, via=via)
        out.append(e)
    return out


def channel(doc: Reading, ent: Attribution) -> bool:
    """An "according to" that names a medium («وفقا لوكالة بترا»، «بحسب فرانس برس»): what the sentence
    reports before it reaches the reader through that medium (not «نقلا عن X»: X is the speaker)."""
    return ent.cue.kind == "prep" and ent.src is not None and ent.src["type"] == "media" \
        and SPACES.sub(" ", doc.norm[ent.cue.s:ent.cue.e]) not in doc.words.relay_form


def reporting_medium(doc: Reading, ent: Attribution, inner: Attribution) -> bool:
    """``ent`` is a medium's reporting verb whose reported clause ``inner``'s source opens, right
    after its complementiser («ذكرت صحيفة "نيويورك تايمز" الأميركية أن الرئيس دونالد ترامب أبلغ»)."""
    return ent.cue.kind == "verb" and ent.src is not None and not ent.inherited and ent.src["type"] == "media" \
        and ent.cue.s < inner.src["s"] and reported_subject(doc, inner, [ent])


def relaying_medium(doc: Reading, ent: Attribution, sent: Sentence) -> bool:
    """A medium's relaying verb carrying the pronoun of the statement before it («في خطاب نقله
    التلفزيون الحكومي»، «في تصريحات نقلتها وكالات الأنباء»): the statement's words reach the reader
    through that medium."""
    c = ent.cue
    return c.kind == "verb" and c.lemma in doc.words.relay_verb and ent.src is not None \
        and ent.src["type"] == "media" and relays_statement(doc, c, sent)


def manner_of(doc: Reading, ent: Attribution, c: Cue) -> bool:
    """Cue ``c`` stands right after the verb of ``ent`` (or after words that are not its subject:
    «واختتم حديثه قائلا») or right after its subject, or after its subject and the one word of
    its object («وتابع أردوغان حديثه قائلا»)."""
    if ent.cue.kind != "verb":
        return False
    between = range(ent.cue.tj, c.ti)
    if ent.cue.tj <= c.ti and all(doc.toks.words[k] in doc.words.not_a_subject for k in between):
        return True
    if ent.src is None or ent.inherited:
        return False
    k = doc.tok_at(ent.src["e"])
    return 0 <= c.ws - ent.src["e"] <= 1 or k + 1 == c.ti and object_opens(doc, k, doc.tok_at(ent.src["s"]))


def said_by_verb(ent: Attribution, c: Cue) -> bool:
    """A manner participle (قائلا) later in the sentence of a reporting verb with its own subject
    goes with it, one claim («واتهم لافروف مجموعة المسعفين … بالوقوف خلف ما وصفها بـ"الخدعة" قائلا:»،
    «أعلن شفيق تراجعه عن الترشح، قائلا:»)."""
    return c.kind == "participle" and ent.cue.kind == "verb" and ent.src is not None and not ent.inherited


def remember(doc: Reading, sent: Sentence, ent: Attribution, before: list[Attribution]) -> None:
    if ent.src is None:
        return
    if id(ent.src) not in doc.prev_ids:
        doc.prev_ids.add(id(ent.src))
        doc.prev_sources.append(ent.src)
    # an "according to" inside a reported sentence names the channel, not the speaker that a
    # following مؤكدا continues
    # nor does the subject of a clause another source reports («وأضاف أن السيسي أكد»، «ذكر المتحدث بأن
    # بلاغا يفيد»): the reporter's following «وأضاف» is still the reporter's
    # nor a medium relaying the statement before it («في تصريحات نقلتها وكالات الأنباء، …، مضيفة»)
    if not (ent.cue.kind == "prep" and any(e.cue.kind == "verb" for e in before)) \
            and not reported_subject(doc, ent, before) and not ent.src.get("embedded") \
            and not relaying_medium(doc, ent, sent):
        sent.last_src = (ent.src, sent.si, sent.par)
        doc.recent.append(sent.last_src)
        doc.recent_ids.add(id(ent.src))


def reported_subject(doc: Reading, ent: Attribution, before: list[Attribution]) -> bool:
    """The source of ``ent`` stands right after a complementiser (أن، إن، بأن) in a clause that an
    earlier cue of the sentence reports."""
    k = doc.tok_at(ent.src["s"])
    return (not ent.inherited and k > 0 and doc.toks.words[k - 1] in doc.words.that_clause
            and any(e.cue.s < ent.src["s"] for e in before))


def attribution(doc: Reading, c: Cue, sent: Sentence) -> Attribution | None:
    """The attribution a cue makes in its sentence, or None when it makes none."""
    if moves_something(doc, c, sent):
        return None  # نقل السفارة إلى القدس: a transfer, not a report
    if c.lemma in doc.words.blaming and not any(w in doc.words.blame_object for w in window(doc, c, sent)):
        return None  # حمل السلاح: carrying, not blaming
    if c.lemma in doc.words.talking and not talks_about(doc, c, sent):
        return None  # تحدث إلى أشخاص، حالات تحدث في: talking with someone, or happening
    finder = FINDERS.get(c.kind)  # (origin phrases serve noun cues only)
    found = finder(doc, c, sent) if finder is not None else None
    if found is None:
        return None
    src, inherited = found.src, False
    if src is None and (c.kind in ("verb", "participle") or found.pronoun):
        if continues_a_source(doc, c, sent, found.pronoun):
            src = antecedent(doc, c, sent.si, sent.par, sent.t0)
            if c.kind == "prep" and id(src) not in doc.recent_ids:
                src = None  # «حسبما أفادوا»: only a source already speaking, not any noun before
            inherited = src is not None
        if src is None:
            return None  # a pronoun subject we cannot resolve: narration, not a new source
    boundary = found.boundary
    if c.kind == "verb" and src is not None and not inherited:
        q = doc.preceding_quote(c.ws, sent.ss)
        if q is not None:
            boundary = q  # a quote right before the cue ("…"، قال X) belongs to this claim
    via = doc.relays.get(id(src)) if inherited else None  # «وأضاف» of a relayed speaker: through the same relay
    return Attribution(c, src, inherited, found.nested, boundary, opens_with_colon(doc, c, sent, src), via)


def talks_about(doc: Reading, c: Cue, sent: Sentence) -> bool:
    """A ``talking`` verb's window says what was said (عن، أن، a colon, قائلا, a quotation) before
    naming whom one talked with (``talk_partner``: مع، إلى، هاتفيا)."""
    for w in window(doc, c, sent):
        if w in doc.words.talk_partner:
            return False
        if w in doc.words.preposition_verb_object or w[:1] in QUOTE_CHARS:
            return True
    return False


#: how far after a motion verb its destination (إلى) may stand
DESTINATION_REACH = 10


def moves_something(doc: Reading, c: Cue, sent: Sentence) -> bool:
    """A ``motion_verb`` (نقل) with a destination after it, before any reported clause, quotation,
    colon or «عن»: it moves someone or something (نقل من سجنه إلى المستشفى), it does not relay words."""
    if c.lemma not in doc.words.motion_verb:
        return False
    for w in window(doc, c, sent, DESTINATION_REACH):
        if w in doc.words.destination:
            return True
        if w in doc.words.that_clause or w in doc.words.preposition_verb_object or w == ":" or w[:1] in QUOTE_CHARS:
            return False
    return False


def continues_a_source(doc: Reading, c: Cue, sent: Sentence, pronoun: bool) -> bool:
    """A subject-less verb continues a source only when it opens a clause with و/ف (وأضاف أن …) or
    after a ``continuing`` particle (كما أشار إلى أن), is a participle, has a pronoun subject (لكنها قالت) or follows an "according to" in its own
    sentence (…، أكد فيه)."""
    after_prep = (sent.last_src is not None and sent.last_src[1] == sent.si
                  and any(o.kind == "prep" and o.s < c.s for o in sent.cues))
    continuing = c.ti > sent.t0 and doc.toks.words[c.ti - 1] in doc.words.continuing  # كما أشار إلى أن
    return c.kind == "participle" or c.ws < c.s or pronoun or after_prep or continuing or after_fronted(doc, c, sent)


def after_fronted(doc: Reading, c: Cue, sent: Sentence) -> bool:
    """The verb opens the main clause after a fronted phrase set off by a comma in a sentence opening
    with و/ف («وعن استقالة الربيش …، قال "…"»، «ورداً على تصاريح الربيش …، أجاب "…"»، «وإسرائيل، من
    جانبها، قالت إنها …»): the sentence goes on about whom the text was about."""
    first = doc.toks.words[sent.t0]
    return c.ti > sent.t0 + 1 and doc.toks.words[c.ti - 1] in ("،", ",") and first[:1] in CONJUNCTIONS and len(first) > 2 \
        and doc.toks.words[c.ti] not in doc.words.adjunct  # (not «…، قائلا»: a manner word of the verb before)


def opens_with_colon(doc: Reading, c: Cue, sent: Sentence, src: dict | None) -> bool:
    """A colon right after the cue or after its source: a direct quotation follows."""
    if c.tj < sent.t1 and doc.toks.words[c.tj] == ":":
        return True
    if src is None:
        return False
    k = doc.tok_at(src["e"])
    return k < sent.t1 and doc.toks.words[k] == ":"


def previous_word(doc: Reading, c: Cue, sent: Sentence) -> str:
    """The word before the cue; "" at the sentence start or after the hyphenated part of a name
    (مون جيه-إن قال: «إن» is not the particle)."""
    if c.ti <= sent.t0 or c.ti - 2 >= sent.t0 and doc.joins_words(c.ti - 2):
        return ""
    return doc.toks.words[c.ti - 1]


def window(doc: Reading, c: Cue, sent: Sentence, size: int = WINDOW_TOKENS) -> list[str]:
    """The words right after the cue."""
    return doc.toks.words[c.tj:max(c.tj, min(sent.t1, c.tj + size))]


# ------------------------------------------------------------------ verbs ---
def verb_found(doc: Reading, c: Cue, sent: Sentence) -> Found | None:
    """A reporting verb: its subject after it (قال الوزير إن) or before it (الوزير قال إن);
    None when the verb reports nothing here (لم يقل، أن يقول، يشير هذا القرار إلى)."""
    if not reports_here(doc, c, sent):
        return None
    ka = skip_adjuncts(doc, c.tj, sent.t1)
    while doc.word(ka, sent.t1) in doc.words.not_a_subject:  # أعلن عنه وزير الخارجية، وأكد لي أنه
        ka = skip_adjuncts(doc, ka + 1, sent.t1)
    if doc.word(ka, sent.t1) in doc.words.demonstrative:
        return None  # ويشير هذا القرار إلى …: a document or fact, not a speaker
    resumptive = any(doc.toks.words[k] in doc.words.resumptive for k in range(c.tj, ka))
    agr_v = cue_agreement(doc.norm[c.s:c.e], c.kind, c.lemma, doc.lex)
    clause_start = doc.clause_start(c.ti, sent.t0)
    ls = particle_subject(doc, c, sent.t0) if c.ws == c.s else None
    head = relative_head(doc, c, sent) if ls is None else None  # «السلطات التي أفادت بوجود نقص»
    ls = ls or head
    if ls is not None:  # وكان الوزير قد أعلن الانتصار: the subject stands before, the object after
        found = found_before(doc, c, sent, ls, clause_start, agr_v)
        if head is not None and found.src is not None:
            found.src["embedded"] = True  # a relative clause's speaker: no later «وأضاف» continues it
        return found if carries_claim(doc, c, sent, ka, found.src, resumptive) else None
    if headline_subject(doc, c, sent, clause_start):  # «باكستان تتهم | الهند بانتهاك …»: the subject before
        found = subject_before_verb(doc, c, sent, clause_start, agr_v)
        if found.src is not None and carries_claim(doc, c, sent, ka, found.src, resumptive):
            return found
    lemma = c.lemma if not doc.norm[c.s:c.e].endswith(OBJECT_PRONOUN) else ""  # (وصفه الوزير بأنه: the object is on the verb)
    rs, src = subject_after_verb(doc, sent, ka, resumptive, agr_v, lemma)
    if src is not None and c.ws == c.s and doc.words.pronoun_subject_re.match(previous_word(doc, c, sent)) \
            and doc.word(rs[1], sent.t1) not in doc.words.that_clause:
        # «إلا أنه نفى ارتكاب أي مخالفات»: the pronoun is the subject, the noun after the verb its object
        # (but «لكنها أوضحت ماي أنه …»: a complement after the noun makes it the subject)
        return Found(None, c.ws, pronoun=True) if carries_claim(doc, c, sent, ka, src, resumptive) else None
    end = subject_closing_clause(doc, c, sent, rs) if src is not None else None
    if end is not None:  # «…، وهو ما نفته الجماعة»: the clause before is what the verb reports
        src = source_info(doc, rs[0], end) if end != rs[1] else src
        src["agr"] = subject_with_cue_agreement(src["agr"], agr_v)
        return Found(src, clause_before(doc, c, sent))
    if src is None and after_relative(doc, c, sent):
        return Found(None, c.ws, pronoun=True)  # الأشقاء الذين أكد أنهم، ضد من وصفهم بـ: the speaker named before
    if src is None and doc.words.pronoun_subject_re.match(previous_word(doc, c, sent)) \
            and carries_claim(doc, c, sent, ka, None, resumptive=True):
        return Found(None, c.ws, pronoun=True)  # «إلا أنها قالت إنه»: the speaker named before
    if src is None and previous_word(doc, c, sent) in doc.words.occasion_link:
        found = occasion_found(doc, c, sent, agr_v)
        if found is not None:
            return found
    if src is None:  # الوزارة أعلنت …، أضاف أن …: the subject before the verb, if any
        found = subject_before_verb(doc, c, sent, clause_start, agr_v)
        if found.src is None and resumptive:  # قدمت لجنة خبراء تقريرا … تقول فيه إن: the statement's issuer
            found = Found(None, c.ws, pronoun=True)
        return found if carries_claim(doc, c, sent, ka, found.src, resumptive) else None
    if not carries_claim(doc, c, sent, rs[1], src, resumptive):
        return None
    src["agr"] = subject_with_cue_agreement(src["agr"], agr_v)
    if clause_start < c.ti and c.ti - clause_start <= 3:
        return Found(src, doc.toks[clause_start][0])  # وكما قال … / من جانبه، قال …
    return Found(src, c.ws)


def after_relative(doc: Reading, c: Cue, sent: Sentence) -> bool:
    """The verb follows a relative pronoun (الذين أكد أنهم), or «من» ("whom") and carries its
    object's pronoun (ضد من وصفهم بـ): its subject is the speaker named before."""
    prev, form = previous_word(doc, c, sent), doc.norm[c.s:c.e]
    return prev in doc.lex.relative or prev in doc.words.person_relative \
        and without_object(form, doc.lex.cue_forms.get((c.lemma, c.kind), ())) != form


def occasion_found(doc: Reading, c: Cue, sent: Sentence, agr_v) -> Found | None:
    """«جاء ذلك في تغريدة لقرقاش …، حيث قال: …»: a verb after حيث with no subject speaks for the
    holder of the occasion the sentence opens on, else for the source before it (a pronoun)."""
    k = occasion_start(doc, sent.t0, c.ti)
    if k is None or not reported_after(doc, c.tj, sent):
        return None
    rs = occasion_holder(doc, k, c.ti - 1, sent.cue_starts)
    if rs is None:
        return Found(None, c.ws, pronoun=True)
    src = source_info(doc, *rs)
    src["agr"] = subject_with_cue_agreement(src["agr"], agr_v)
    return Found(src, c.ws)


def subject_closing_clause(doc: Reading, c: Cue, sent: Sentence, rs: tuple[int, int]) -> int | None:
    """The end of the subject ``rs`` of a verb after a ``reported_before`` word (ما، كما), taken over
    the prepositional complements that tie it to a place or body, when it closes the clause: the verb then reports
    the clause before it («…، وهو ما نفته الجماعة وإيران.»، «…، كما أفاد مصدر مقرب من التحقيق.»);
    None otherwise («كما أعلنت ماي عدم حضور …»: its object follows)."""
    prev = previous_word(doc, c, sent)
    if c.ti - 1 <= sent.t0 or prev not in doc.words.reported_before and not claims_noun_before(doc, c, sent):
        return None
    if prev not in doc.words.free_relative and not (doc.is_role(rs[0]) or doc.is_side_word(doc.toks[rs[0]][2])):
        return None  # after كما the verb may have its object: «كما أعلنت ماي عدم حضور …» (a subject that is
        #             a role or a side is what a trailing «كما أفاد مصدر مقرب من التحقيق» names)
    end = rs[1]
    if doc.word(end, sent.t1) in doc.words.source_link or end < sent.t1 and doc.is_role(rs[0]) \
            and attached_preposition(doc, end):  # «مصدر مقرب | من التحقيق»، «رئيس لجنة الاحتراف | بالاتحاد السعودي»; not «نشطاء | بانتهاك …»
        end = complements_end(doc, end, sent.t1, sent.cue_starts)
    k = skip_adjuncts(doc, end, sent.t1)
    if doc.word(k, sent.t1) in ("،", ","):  # «وكما قال المتحدث …، “ستكون …”»: what it says follows the comma
        after = doc.word(skip_adjuncts(doc, k + 1, sent.t1), sent.t1)
        if after[:1] in QUOTE_CHARS or after in doc.words.complement:
            return None
    closes = k >= sent.t1 or doc.toks[k][0] in sent.cue_starts or (
        doc.is_punct(k) and doc.toks.words[k][:1] not in QUOTE_CHARS and doc.toks.words[k] != "(")
    return end if closes else None  # «الجماعة | وإيران»: each conjunct its own claim (split_conjuncts)


def claims_noun_before(doc: Reading, c: Cue, sent: Sentence) -> bool:
    """The verb carries the object pronoun of a definite claim noun before its relative pronoun
    («وهي الاتهامات التي نفتها موسكو»، «في تكرار للاتهامات التي تسوقها دمشق»): the claims told
    before are what it reports, as after «وهو ما»."""
    form, rel = doc.norm[c.s:c.e], c.ti - 1
    if rel - 1 < sent.t0 or doc.toks.words[rel] not in doc.lex.relative or not form.endswith(OBJECT_PRONOUN):
        return False
    noun = doc.toks.words[rel - 1]
    bare = noun[len(LIL):] if noun.startswith(LIL) else without_article(noun)
    return bare != noun and doc.lex.cue_info.get(bare, ("",))[0] == "noun"


def clause_before(doc: Reading, c: Cue, sent: Sentence) -> int:
    """Where the clause before the cue's own clause begins (normalised offset): what a cue after it
    reports («السلطات نفت ذلك، | وهو ما …»)."""
    cs = doc.clause_start(c.ti, sent.t0)
    if cs > sent.t0:
        cs = doc.clause_start(cs - 1, sent.t0)
    return doc.toks[cs][0]


def reports_here(doc: Reading, c: Cue, sent: Sentence) -> bool:
    if c.ws == c.s and doc.norm[c.s:c.e] in doc.words.affiliated and doc.word(c.tj, sent.t1)[:1] == FOR:
        return False  # «موقع تابع للجيش السوري»: "belonging to", no verb
    if in_according_to(doc, c, sent):
        return False  # بحسب ما أعلنت X، حسبما أفاد X: the "according to" attributes the claim
    prev = previous_word(doc, c, sent)
    if prev in doc.lex.relative and prev not in doc.words.free_relative:
        # التي أعلنها …: no claim; الذي قالت بريطانيا إنه …، السلطات التي أفادت بوجود …: one
        return reports_a_clause(doc, c, sent) or relative_head(doc, c, sent) is not None \
            or subject_follows(doc, c, sent)  # التي تصفها تركيا بأنها
    if prev in doc.words.verbal_noun_before and c.ws == c.s:
        return False  # في نقله لنص المحادثة، دون ذكر أسباب: a verbal noun, no verb
    if prev in doc.words.infinitive_particle and c.ws == c.s and not after_temporal(doc, c, sent):
        return False  # أن يقول رأيه: "to say", not a report (but «بعد أن أعلن ترمب»)
    return prev not in doc.words.no_claim_after  # لم تكشف الشركة عن…، تم نقل المصاب: no claim


def after_temporal(doc: Reading, c: Cue, sent: Sentence) -> bool:
    """The verb follows «أن» after a ``temporal_conjunction`` (بعد أن أعلن، قبل أن يعلن): "after
    he said", a report, not "to say"."""
    return c.ti - 2 >= sent.t0 and doc.toks.words[c.ti - 2] in doc.words.temporal_conjunction


#: how far after a verb in a relative clause its reported clause (أن، إن) may open
RELATIVE_REACH = 5


def reports_a_clause(doc: Reading, c: Cue, sent: Sentence) -> bool:
    """A verb after a relative pronoun reports a claim when a complementiser opens its clause within
    a few words, before any punctuation («الغاز الذي قالت بريطانيا إنه استخدم»، «الأشقاء الذين أكد
    أنهم»); else it only names what was said («التي أعلنها»)."""
    for k in range(c.tj, min(sent.t1, c.tj + RELATIVE_REACH)):
        w = doc.toks.words[k]
        if w in doc.words.that_clause:
            return True
        if doc.is_punct(k) or doc.toks[k][0] in sent.cue_starts:
            return False
    return False


def in_according_to(doc: Reading, c: Cue, sent: Sentence) -> bool:
    """The verb is the relative clause of an "according to" (بحسب ما ذكرت، وفقا لما نقلته، حسبما أفاد)."""
    k = c.ti
    if k > sent.t0 and doc.toks.words[k - 1] in doc.words.prep_relative:
        k -= 1
        if k > sent.t0 and doc.toks.words[k - 1] == FOR:
            k -= 1
    elif not any(o.kind == "prep" and o.tj == k and doc.relative_written_on(o.s, o.e) for o in sent.cues):
        return False
    return any(o.kind == "prep" and o.tj == k for o in sent.cues)


def subject_after_verb(doc: Reading, sent: Sentence, ka: int, resumptive: bool, agr_v, lemma: str = ""):
    """(token span, source) of the subject after the verb and its adjuncts, or (None, None).
    A plural verb (قالوا، توقعوا) follows its subject: what comes after it is the object; so is a
    definite word before a ب or عن complement after a verb of ``object_before_complement``."""
    w = doc.word(ka, sent.t1)
    name_ali = w == "علي" and not doc.is_preposition_ala(ka)  # the name علي, not the preposition
    if not w or agr_v == "p" or (w in doc.lex.stop or w in doc.words.complement) and not name_ali:
        return None, None
    if attached_preposition(doc, ka):
        return None, None  # وتابع بالقول، أشاد برجال الشرطة: no subject after the verb
    rs = quoted_subject(doc, ka, sent) or collect(doc, ka, sent.t1, sent.cue_starts, verb=True)
    if rs is None:
        return None, None
    if lemma in doc.words.object_before_complement and object_last(doc, rs, sent.t1):
        rs = (rs[0], rs[1] - 1)  # «وينفي مانافورت | التهم بالاحتيال»
    rs = (rs[0], subject_extent(doc, *rs, sent.t1, sent.cue_starts))
    src = source_info(doc, *rs)
    if src["type"] == "person" and not src["coref"] and (
            doc.possessed(*rs) and not reported_after(doc, rs[1], sent)
            or resumptive and not doc.toks[rs[0]][2].startswith(ARTICLE)):
        return None, None  # أدلة قاطعة تؤكد وجوده: the object, not a subject (but قال محاميه إن …)
    return rs, src


def object_last(doc: Reading, rs: tuple[int, int], t1: int) -> bool:
    """The last word of the subject span ``rs`` (of two words or more) is the verb's object: a
    definite noun, no adjective, role, side or surname, right before a ب or عن complement."""
    if rs[1] - rs[0] < 2:
        return False
    w, nxt = doc.toks.words[rs[1] - 1], doc.word(rs[1], t1)
    if not w.startswith(ARTICLE) or doc.is_role(rs[1] - 1) or doc.is_side_word(w) or w in surnames() \
            or is_nisba(w, article="required", stem=3):  # (not «نفى الرئيس الأمريكي | بشدة»)
        return False
    return nxt == "عن" or nxt[:1] == BY and (nxt in ("ب", "بـ") or nxt in doc.words.complement
                                             or attached_preposition(doc, rs[1]))


def quoted_subject(doc: Reading, ka: int, sent: Sentence) -> tuple[int, int] | None:
    """A short name in quotation marks right after the verb, before a complement or the relaying
    «عن»/«إلى» (a relayed speaker, «أشارت … إلى أن»): the subject, marks kept («وذكرت «شينخوا» أن …»،
    «ونقلت «رويترز» عن محللين …»، «وأشارت "لوموند" إلى أن …»); not the quotation a verb opens («وقال
    "الأمر ممكن"»)."""
    q = quoted_name(doc, ka, sent.t1)
    if q is None:
        return None
    nxt = doc.word(skip_adjuncts(doc, q[1], sent.t1), sent.t1)
    return q if nxt in doc.words.complement or nxt in doc.words.preposition_verb_object \
        or nxt in doc.words.relay_preposition else None  # (وعلمت "الوطن" من مصادر مطلعة أن)


#: how far after a possessed subject («قالت أسرتها في بيان:») its complement is looked for
POSSESSED_WINDOW = 4


def reported_after(doc: Reading, k: int, sent: Sentence) -> bool:
    """A complement, a colon or a quotation opens within a few words of token ``k``: the
    possessed noun before it (محاميه، أسرتها) is the speaker — unless it is a time adverb
    (حينها), behind a preposition (لمصانعها) or definite (لفت الانتباه إلى)."""
    possessed = doc.toks.words[k - 1]
    if possessed.startswith((ARTICLE, "ل", "ب")) or possessed in doc.words.adjunct:
        return False
    return any(w in doc.words.complement or w[:1] in QUOTE_CHARS
               for w in (doc.toks.words[j] for j in range(k, min(sent.t1, k + POSSESSED_WINDOW))))


def indicates_only(doc: Reading, c: Cue, src: dict) -> bool:
    """«تشير كل الدلائل إلى»: a verb that also reads "points to" (``indicating``) with a subject its
    own words do not type (no role, body, source or data noun, no earlier mention, no name) reports nothing."""
    first = src["norm"].split()[0]
    return doc.norm[c.s:c.e] in doc.words.indicating and not src["coref"] and classify(src["norm"], doc.lex) is None \
        and src["side"] is None and first not in doc.words.witness and not rare_word(first)
    # (not «يشير السكان», nor a name the corpus does not hold as a word: «وتشير مطاوع إلى أن»)


def admits(doc: Reading, c: Cue, sent: Sentence, first: str) -> bool:
    """An ``admitting`` verb reports what is admitted: behind ب or a complementiser right after its
    subject (``first``), or a complementiser or quotation in its window («أقر بأن»، «أقرت أمام اللجنة
    بأنها»، «قد أقر في وقت سابق بتنفيذ "عمل عسكري"»); not a noun object («أقر المجلس قانونا»: a bill passed)."""
    words = doc.words
    return first in words.complement or first[:1] in QUOTE_CHARS or first[:1] == BY \
        or any(w in words.that_clause or w[:1] in QUOTE_CHARS for w in window(doc, c, sent))


def carries_claim(doc: Reading, c: Cue, sent: Sentence, after: int, src: dict | None, resumptive: bool) -> bool:
    """What follows the verb (and its subject, from token ``after``) is a claim: a complement,
    a quotation, a بال- phrase, a noun object of an institution; or a quotation precedes it."""
    t1, words = sent.t1, doc.words
    if c.lemma in words.reply:
        return replies_in_words(doc, c, sent)
    if doc.norm[c.s:c.e] in words.considered and not any(
            w in words.that_clause or w == ":" for w in window(doc, c, sent)):
        return False  # «ويعتبر خالد الزيلعي الصفقة العاشرة»: "is considered", no report
    if src is not None and indicates_only(doc, c, src):
        return False
    if reported_after_subject(doc, c, sent, after) and src is not None:
        return True
    if after < t1 and doc.toks.words[after] in ("،", ","):
        after += 1
    after = skip_adjuncts(doc, bracketed_end(doc, after, t1), t1)  # «أعلن قائد عمليات الأنبار أمس | مقتل …»
    first = doc.word(after, t1)
    if first == "عن" and doc.word(after + 1, t1) == "طريق":
        return False  # نقل حالتين عن طريق الإسعاف: "by way of", no claim
    if c.lemma in words.admitting and not admits(doc, c, sent, first):
        return False
    follows_claim = first in words.complement or first[:1] in QUOTE_CHARS or first.startswith(BY + ARTICLE) \
        or warns_of(doc, c, first) or c.lemma in words.by_object_claim and first[:1] == BY and len(first) > 3
    # («تعهد بإنهاء المناورات»، «أشاد بجهود»: a pledge or praise whose object is behind ب)
    # a person's noun object counts after a verb whose object is what is claimed, the person after it
    # («أعلن زين الدين زيدان الخميس استقالته»; not «أدلة قاطعة تؤكد وجوده»)
    noun_object = (src is not None and (src["type"] != "person" or c.lemma in words.noun_object_claim and src["s"] > c.s)
                   and bool(first) and not doc.is_punct(after) and first not in doc.lex.stop)
    in_window = any(w in words.complement or w[:1] in QUOTE_CHARS or w.startswith(BY + ARTICLE) or warns_of(doc, c, w)
                    for w in window(doc, c, sent)) or quoted_later(doc, c, sent)
    charge = c.lemma in words.charging and any(w.startswith(BY) and len(w) > 3 for w in window(doc, c, sent))
    # وأضاف بنغمة لا تخلو من التهكم: "…": a continuing verb whose words a colon or quotation opens
    continued_quote = c.ws < c.s and any(w == ":" or w[:1] in QUOTE_CHARS for w in window(doc, c, sent))
    return (follows_claim or noun_object or ((src is not None or resumptive) and (in_window or charge))
            or continued_quote or src is not None and relays_statement(doc, c, sent)
            or doc.preceding_quote(c.ws, sent.ss) is not None)


#: an object pronoun on a relaying verb (نقلتها، نشرته)
OBJECT_PRONOUN = ("ه", "ها")


def relays_statement(doc: Reading, c: Cue, sent: Sentence) -> bool:
    """«في تصريحات نقلتها وكالات الأنباء»، «في بيان نشرته وكالة الأنباء الرسمية»: a verb carrying the
    pronoun of the statement noun right before it (``speech_event``, ``issued_noun``) relays that
    statement; the words it relays are the claim."""
    prev = previous_word(doc, c, sent)
    return doc.norm[c.s:c.e].endswith(OBJECT_PRONOUN) and (prev in doc.words.speech_event or prev in doc.words.issued_noun)


def replies_in_words(doc: Reading, c: Cue, sent: Sentence) -> bool:
    """A ``reply`` verb (رد، علق) reports only with words of saying in its window: a complementiser,
    a colon or quotation, «بالقول» or a participle of saying («وعلق روحاني … على التلويح … بالقول
    "…"»، «وردت مندوبة بريطانيا بأن …»); «رد الجيش على الهجوم بقصف …» is no report."""
    if doc.norm[c.s:c.e] == c.lemma and not (c.ws < c.s or c.ti == sent.t0 or previous_word(doc, c, sent) in doc.words.verb_particle):
        return False  # «رد فعل»، «في رد نشر»: the bare form is the noun unless it opens its clause
    return any(w in doc.words.that_clause or w == ":" or w[:1] in QUOTE_CHARS or w in doc.words.reply_saying
               for w in window(doc, c, sent))


def warns_of(doc: Reading, c: Cue, w: str) -> bool:
    """«حذر من …»: a warning verb's claim opens with من (``warning`` in claim_words.tsv)."""
    return w in doc.words.warning_complement and c.lemma in doc.words.warning


def quoted_later(doc: Reading, c: Cue, sent: Sentence) -> bool:
    """A quotation opens further on in the sentence, with no other cue before it: the words the
    verb reports after a long subject and its adjuncts («وقال زعماء بريطانيا وألمانيا وفرنسا في بيان
    مشترك أصدره مكتب رئيسة وزراء بريطانيا تيريزا ماي "نحث …"»)."""
    nxt = next((k for k in sent.cue_starts if k > c.ti), sent.t1)
    return any(doc.toks.words[k][:1] in QUOTE_CHARS for k in range(c.tj, min(nxt, sent.t1, c.tj + 2 * WINDOW_TOKENS)))


def reported_after_subject(doc: Reading, c: Cue, sent: Sentence, after: int) -> bool:
    """A complement opens within a window after the subject's end (token ``after``), before any
    other cue: what a verb reports past a long subject with its apposition and a relative clause
    or occasion («وقال مدير التخطيط …، براين هوك، الذي يدير التفاوض …، إن»)."""
    if doc.word(after, sent.t1) not in ("،", ","):
        return False  # (only past what a comma sets off after the subject)
    nxt = next((k for k in sorted(sent.cue_starts) if k > doc.toks[c.ti][0]), None)
    for k in range(after, min(sent.t1, after + WINDOW_TOKENS)):
        if nxt is not None and doc.toks[k][0] >= nxt:
            return False
        if doc.toks.words[k] in doc.words.complement and doc.toks.words[k] in doc.words.that_clause:
            return True
    return False


#: the most words of a subject opening its sentence before an imperfect verb («إسرائيل تعلن …»)
MAX_HEADLINE_SUBJECT = 3
#: the letters an imperfect verb opens with (تؤكد، يصف)
IMPERFECT_OPENING = ("ي", "ت")


def headline_subject(doc: Reading, c: Cue, sent: Sentence, clause_start: int) -> bool:
    """An imperfect verb, no و/ف on it, after a few words opening its sentence: a headline's or a
    lead's subject–verb order («تركيا تؤكد استمرار عملية عفرين»، «أورتيغا يصف المظاهرات بأنها …»)."""
    n, form = c.ti - sent.t0, doc.norm[c.s:c.e]
    if c.ws != c.s or not form.startswith(IMPERFECT_OPENING) or clause_start != sent.t0 \
            or not 0 < n <= MAX_HEADLINE_SUBJECT or doc.toks.words[sent.t0][:1] in CONJUNCTIONS:
        return False  # (not «وعادة ما تعلن السلطات»: a clause of the text, not its headline)
    if c.lemma.startswith("ت") and not form[1:].startswith("ت"):
        return False  # «تحدث»، «توقع»: a past verb of a lemma opening with ت (its imperfect is «يتحدث»)
    return not any(doc.is_punct(k) or doc.toks.words[k] in doc.lex.stop or doc.toks.words[k] in doc.lex.opener
                   or doc.words.pronoun_subject_re.match(doc.toks.words[k]) or doc.toks.words[k] in doc.words.free_relative
                   or doc.toks.words[k] in doc.words.verb_particle or doc.toks[k][0] in sent.cue_starts
                   for k in range(sent.t0, c.ti))


def subject_before_verb(doc: Reading, c: Cue, sent: Sentence, clause_start: int, agr_v) -> Found:
    """A coordinated verb (… وأكد على …) shares the subject of the clause before it; without
    a و/ف on the verb, the subject may stand before it in its clause (الوزارة أعلنت)."""
    if opens_with_topic(doc, c, sent):
        return Found(None, c.ws, pronoun=True)  # «وعن مدى رضاه … قال»: the speaker named before
    ls = source_before(doc, c, sent.t0, clause_start) if c.ws == c.s else topic_subject(doc, c, sent.t0)
    if ls is None:
        return Found(None, c.ws)
    return found_before(doc, c, sent, ls, clause_start, agr_v)


def opens_with_topic(doc: Reading, c: Cue, sent: Sentence) -> bool:
    """The verb, no و/ف on it, ends a clause that opens with a preposition behind و/ف
    (``topic_preposition``: «وعن»، «وحول»، «وبشأن»): the topic of an interview's question, not a
    subject; the answer's verb continues the speaker named before it («وعن مدى رضاه عما قدمه قال:
    …»، «وحول قرار إبعاده هل كان مفاجئا قال: …»)."""
    k = left_clause(doc, c.ti, sent.t0)
    w = doc.toks.words[k] if k < c.ti else ""
    return c.ws == c.s and w[:1] in CONJUNCTIONS and w[1:] in doc.words.topic_preposition


def found_before(doc: Reading, c: Cue, sent: Sentence, ls: tuple[int, int], clause_start: int, agr_v) -> Found:
    """The attribution to the subject ``ls`` standing before its verb (a pronoun host such as
    لكنها, or another word that names nobody, leaves the speaker to resolve)."""
    if ls[1] - ls[0] == 1 and names_nobody(doc, ls[0], sent) or opens_with_topic(doc, c, sent):
        return Found(None, c.ws, pronoun=True)  # لكنها قالت، ومضى يقول: the speaker named before
    src = source_info(doc, *ls)
    if agr_v is not None:
        src["agr"] = agr_v
    return Found(src, doc.toks[clause_start][0] if clause_start <= ls[0] else doc.toks[ls[0]][0])


#: the cue kinds that are verbs (a verb is never the subject of another)
VERB_KINDS = ("verb", "participle")


def names_nobody(doc: Reading, k: int, sent: Sentence) -> bool:
    """The one word before a reporting verb is no speaker: a pronoun host (لكنها قالت), a
    ``subject_carrier`` (وهو يقول، ومضى يقول، لقد قالوا) or another reporting verb (وتابع قائلا;
    a noun cue may speak: التقارير أشارت)."""
    w = doc.toks[k][2]
    return bool(doc.words.pronoun_subject_re.match(w)) or w in doc.words.subject_carrier \
        or any(o.ti == k and o.kind in VERB_KINDS for o in sent.cues)


# ------------------------------------------------------ the other kinds ---
#: how far after a participle and its adjuncts («مشيرة في تقرير لها إلى أن») its complement may stand
PARTICIPLE_REACH = 8


def participle_found(doc: Reading, c: Cue, sent: Sentence) -> Found | None:
    """…، مؤكدا أن: a participle before a complement or quotation continues a source — also past an
    occasion or manner phrase («مشيرة في تقرير لها إلى أن»، «مضيفة في ردها على سؤال: …»), and before
    the noun object of a verb whose object is what is claimed («مؤكدا اكتمال الجاهزية»)."""
    k = skip_adjuncts(doc, c.tj, sent.t1)
    nxt = doc.word(k, sent.t1)
    if nxt in doc.words.complement or nxt[:1] in QUOTE_CHARS:
        return Found(None, c.ws)
    if c.lemma in doc.words.noun_object_claim and nxt and not doc.is_punct(k) and nxt not in doc.lex.stop \
            and not attached_preposition(doc, k):
        return Found(None, c.ws)
    if c.lemma in doc.words.by_object_claim and nxt[:1] == BY and len(nxt) > 3:
        return Found(None, c.ws)  # «مشيدا بجهودهم»: what is praised or condemned is the claim
    for j in range(k, min(sent.t1, k + PARTICIPLE_REACH)):
        w = doc.toks.words[j]
        if w in doc.words.that_clause or w == ":" or w[:1] in QUOTE_CHARS:
            return Found(None, c.ws)
        if doc.toks[j][0] in sent.cue_starts or w in (".", "،", ",", "؛"):
            break
    return None


def passive_found(doc: Reading, c: Cue, sent: Sentence) -> Found | None:
    """يُزعم أن: an impersonal claim; after a relative (والتي يُزعم أن) it sits inside another.  With
    its subject after it the verb is active («حيث يعتقد الكثيرون أن»، «ويعتقد مسؤولون أمريكيون أنه»)."""
    if doc.word(c.tj, sent.t1) not in doc.words.complement:
        found = verb_found(doc, c, sent)
        return found if found is not None and believer(found.src, c) else None
    prev = previous_word(doc, c, sent)
    nested = bare_in(prev, doc.lex.relative, AND)
    return Found(None, c.ws if nested else doc.toks[doc.clause_start(c.ti, sent.t0)][0], nested=nested)


#: the ending of a masculine plural noun (الكثيرون، المراقبين)
PLURAL_ENDINGS = ("ون", "ين")


def believer(src: dict | None, c: Cue) -> bool:
    """The subject after an impersonal cue is who believes or alleges it: a role, a body or side, an
    unnamed source, or people in the plural («حيث يعتقد الكثيرون أن»), not a verbal noun («ويرجح عودة …»)."""
    if src is None or src["s"] < c.s:
        return False
    return src["type"] != "person" or src["norm"].split(" ")[0].endswith(PLURAL_ENDINGS)


def prep_found(doc: Reading, c: Cue, sent: Sentence) -> Found | None:
    """وفقا لـ X: the source follows; a parenthetical "according to" attributes the clause it
    sits in, so the claim starts one chunk back."""
    if speaker_by_pronoun(doc, c, sent):
        return Found(None, doc.toks[prep_clause_start(doc, c, sent)][0], pronoun=True)
    manner = doc.norm[c.s:c.e] in doc.words.prep_needs_relative and doc.word(c.tj, sent.t1) not in doc.words.prep_relative
    rs = source_after_prep(doc, c, sent.t1, sent.cue_starts)
    if rs is None:
        return None
    if relays_speech(doc, c, sent):
        return None  # نقلا عن X قوله: the verbal noun attributes it to X
    src = source_info(doc, *rs)
    body = src["type"] in (*BODY_TYPES, "media") and src["side"] is not None  # وفق الأمم المتحدة، وفق وزارة الصحة: who speaks, not a manner
    quoted = doc.toks[rs[0]][2] in QUOTES_OPEN
    if quoted and src["type"] == "person":
        src["type"] = "organization"  # بحسب "كال فاير": a name in quotes is a body's or a medium's
    closes_clause = quoted and (rs[1] >= sent.t1 or doc.is_punct(rs[1]))  # «، وفق "فرانس برس".»
    issuer = named_as_issuer(doc, rs[0])
    if manner and not closes_clause and not issuer and not body and classify(doc.toks[rs[0]][2], doc.lex) is None \
            and not names_speaker(doc, rs, src):
        return None  # وفق جدول زمني، وفق "خطة وطنية" للإصلاح: manner (but «وفق شهود عيان», «وفق وزارة الصحة»، «وفق عبدالرحمن»، «وفق البيان»)
    if SPACES.sub(" ", doc.norm[c.s:c.e]) in doc.words.prep_needs_complement:
        return contained_in(doc, c, sent, rs, src)
    if src["type"] == "person" and not src["coref"] and not doc.name_like(*rs) and src["side"] is None \
            and not issuer and not relative_clause(doc, c, sent) and not is_document(src["norm"]):
        return None  # وفقا لمعاييره، بحسب قواعد بازل 3: not a source (but «بحسب المرصد السوري»، «وحسب البيان»)
    return Found(src, doc.toks[prep_clause_start(doc, c, sent)][0])


def named_as_issuer(doc: Reading, k: int) -> bool:
    """The source at token ``k`` is named as the issuer of what the "according to" cites — after an
    issuing verb or the preposition naming an issuer («بحسب إفادات أدلى بها | عدد من الركاب»، «وفق
    توصيات صدرت عن | القمة»، «تقارير من | وكالة الأنباء»): a source whatever it looks like."""
    w = doc.toks.words[k - 1] if k > 0 else ""
    words = doc.words
    return w in words.issuing_verb or (w in words.issuer_preposition or w in words.prep_relative_pronoun) \
        and k > 1 and doc.toks.words[k - 2] in words.issuing_verb | words.issued_noun


def names_speaker(doc: Reading, rs: tuple[int, int], src: dict) -> bool:
    """The source after «وفق» names who speaks, not a manner (وفق جدول زمني): a given name
    («وفق عبدالرحمن»، «وفق حسن»), a name an earlier mention types, or a document («وفق البيان»)."""
    return key(doc.toks.words[rs[0]]) in given_names() or src["coref"] or is_document(src["norm"])


def prep_clause_start(doc: Reading, c: Cue, sent: Sentence) -> int:
    """The token where the clause an "according to" attributes begins: its own, or the one
    before when it opens its clause (a parenthetical «…، بحسب المرصد.»)."""
    cs = doc.clause_start(c.ti, sent.t0)
    if cs == c.ti and cs > sent.t0:
        cs = doc.clause_start(cs - 1, sent.t0)
    return cs


def speaker_by_pronoun(doc: Reading, c: Cue, sent: Sentence) -> bool:
    """«بحسب تعبيره»، «وفقا لما قاله»، «بحسب ما يقولون»: the "according to" names its speaker by a
    pronoun only — a possessed word of saying, or a relative clause whose reporting verb has no
    subject after it — so the speaker is the one named before."""
    k = c.tj
    if doc.word(k, sent.t1) in doc.words.own_words:
        return True
    if not doc.relative_written_on(c.s, c.e):
        if doc.word(k, sent.t1) not in doc.words.prep_relative:
            return False
        k += 1
    verb = doc.word(k, sent.t1)
    if not any(doc.lex.cue_info.get(form, ("",))[0] == "verb" for form in (verb, verb[:-1], verb[:-2]) if form):
        return False
    after = skip_adjuncts(doc, k + 1, sent.t1)
    return after >= sent.t1 or doc.is_punct(after) and doc.toks.words[after] not in QUOTES_OPEN  # (“الشرق الأوسط”)


def relative_clause(doc: Reading, c: Cue, sent: Sentence) -> bool:
    """The "according to" opens a relative clause whose verb says who spoke («وفق ما قال عز الدين
    الأصبحي»، «بحسب ما أظهر استطلاعان»، «حسبما جاء في»): its subject is a source whatever it looks like
    — when that verb is a cue word, not «وفقا لما تم الاتفاق عليه»، «بحسب ما تقتضيه المصلحة العامة»."""
    if doc.word(c.tj, sent.t1) in doc.words.prep_relative:
        k = c.tj + 1
    elif doc.relative_written_on(c.s, c.e):
        k = c.tj
    else:
        return False
    return k < sent.t1 and doc.toks[k][0] in sent.cue_starts


def contained_in(doc: Reading, c: Cue, sent: Sentence, rs: tuple[int, int], src: dict) -> Found | None:
    """«وجاء في بيان مونشن: "…"»، «ورد في التقرير أن»: a document or a speaker's words hold the claim
    that a complement, colon or quotation opens right after them; the claim begins at the cue."""
    k = skip_adjuncts(doc, past_comma(doc, rs[1], sent), sent.t1)
    w = doc.word(k, sent.t1)
    if not (w in doc.words.that_clause or w == ":" or w[:1] in QUOTE_CHARS):
        return None  # جاء في المرتبة الأولى: no claim
    return Found(src, c.ws)


def relays_speech(doc: Reading, c: Cue, sent: Sentence) -> bool:
    """نقلا عن X قوله: a relaying "according to" whose speaker a verbal noun (قوله) takes."""
    return doc.norm[c.s:c.e].endswith("عن") and any(
        o.kind == "said" and 0 < o.ti - c.ti <= MAX_RELAYED_SPEAKER_TOKENS for o in sent.cues)


def said_found(doc: Reading, c: Cue, sent: Sentence) -> Found | None:
    """نقلت الوكالة عن مصدر قوله إن …: the speaker is the phrase after the عن that follows the
    relaying word (نقلت، نقلا عن), or after the nearest عن when none is in reach."""
    k = relayed_speaker_start(doc, c, sent)
    if k is None:
        return None
    rs = collect(doc, k, c.ti, sent.cue_starts)
    if rs is None:
        return None
    a = apposition_end(doc, rs[0], rs[1], c.ti, sent.cue_starts)
    if a is not None and a + 1 == c.ti:
        rs = (rs[0], a)  # «عن محمد علوش، المسؤول السياسي بجيش الإسلام، قوله»: the apposition is the speaker's
    return Found(source_info(doc, *rs), c.ws)


def relayed_speaker_start(doc: Reading, c: Cue, sent: Sentence) -> int | None:
    """The token after the عن that introduces the speaker of a verbal noun (قوله)."""
    lo = max(sent.t0, c.ti - MAX_RELAYED_SPEAKER_TOKENS)
    relay = [o for o in sent.cues if lo <= o.ti < c.ti
             and (o.lemma == "نقل" or o.kind == "prep" and doc.norm[o.s:o.e].endswith("عن"))]
    first = relay[-1].ti if relay else lo
    ans = [k for k in range(first, c.ti) if doc.toks.words[k] == "عن"]
    if not ans:
        return None
    return (ans[0] if relay else ans[-1]) + 1


def statement_found(doc: Reading, c: Cue, sent: Sentence) -> Found | None:
    """تصريحات وزير الخارجية القطري بأن …: the possessor of a statement noun is its source when a
    complement follows it; not the occasion of another cue's statement (في تصريحات صحفية إن)."""
    prev = previous_word(doc, c, sent)
    if prev in doc.words.speech_event_preposition or doc.lex.cue_info.get(prev, ("",))[0] == "verb":
        return None  # في تصريحات صحفية إن …، أكد إعلان الرياض أن …: another cue's occasion or subject
    rs = collect(doc, c.tj, sent.t1, sent.cue_starts)
    if rs is None or rs[0] != c.tj or doc.toks[rs[0]][2] in doc.words.speech_event_modifier:
        return None
    if doc.possessed(rs[0], rs[0] + 1) or not (
            doc.is_role(rs[0]) or doc.is_side_word(doc.toks[rs[0]][2]) or doc.name_like(*rs)):
        return None  # إعلان مبايعته …: a possessed noun, no speaker
    after = past_comma(doc, rs[1], sent)
    after = past_comma(doc, skip_adjuncts(doc, after, sent.t1), sent)  # إعلان أردوغان، الأحد، أنه
    named = doc.is_role(rs[0]) or doc.is_side_word(doc.toks[rs[0]][2])  # not only name-like («بإعلان فوز»)
    if doc.word(after, sent.t1) not in doc.words.that_clause and not (named and noun_object_after(doc, c, sent, after)):
        return None
    return Found(source_info(doc, *rs), c.ws)


def noun_object_after(doc: Reading, c: Cue, sent: Sentence, k: int) -> bool:
    """«منذ إعلان الرئيس ترامب | انسحاب بلاده»: a statement noun of the ``noun_object_claim`` class
    whose possessor is followed by an indefinite noun — what was announced."""
    w = doc.word(k, sent.t1)
    return (c.lemma in doc.words.noun_object_claim and bool(w) and not doc.is_punct(k) and w not in doc.lex.stop
            and not w.startswith(ARTICLE) and not attached_preposition(doc, k) and w not in doc.words.adjunct
            and doc.toks[k][0] not in sent.cue_starts)


def past_comma(doc: Reading, k: int, sent: Sentence) -> int:
    return k + 1 if doc.word(k, sent.t1) in ("،", ",") else k


def noun_found(doc: Reading, c: Cue, sent: Sentence) -> Found | None:
    """ترددت اتهامات من X بأن …: a claim noun with a complement; its source follows من or an
    origin phrase before it (بتحريض من X، ظهرت تكهنات …)."""
    if not noun_has_complement(doc, c, sent):
        return None
    clause_start = doc.clause_start(c.ti, sent.t0)
    src = None
    if doc.word(c.tj, sent.t1) == "من":
        rs = collect(doc, c.tj + 1, sent.t1, sent.cue_starts)
        if rs is not None:
            src = source_info(doc, *rs)
    if src is None:
        src, clause_start = origin_source(doc, c, sent, clause_start)
    return Found(src, doc.toks[clause_start][0])


def noun_has_complement(doc: Reading, c: Cue, sent: Sentence) -> bool:
    for w in window(doc, c, sent, NOUN_WINDOW_TOKENS):
        if w in PHRASE_PUNCT:
            return False
        if w in doc.words.noun_complement:
            return True
    return False


def origin_source(doc: Reading, c: Cue, sent: Sentence, clause_start: int):
    """(source, clause start) from the origin phrases before a claim noun (the last one found
    wins; the claim starts at the earliest clause among them)."""
    src = None
    for o in sent.cues:
        if o.kind == "origin" and o.s < c.s:
            rs = collect(doc, o.tj, sent.t1, sent.cue_starts)
            if rs is not None:
                src = source_info(doc, *rs)
                clause_start = min(clause_start, doc.clause_start(o.ti, sent.t0))
    return src, clause_start


FINDERS = {"verb": verb_found, "participle": participle_found, "passive": passive_found,
           "prep": prep_found, "noun": noun_found, "said": said_found,
           "statement": statement_found}

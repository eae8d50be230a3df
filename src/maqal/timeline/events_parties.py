"""Who takes part in an event and with whom, from the entity layer's mentions of people and bodies
(a clean name, the title before it part of its phrase): the subject of the event's verb (after it,
or before it in its sentence — through «أنه» and «قبل أن» to the sentence's subject), the actor
of a noun (after it: «زيارة بومبيو»; before it when the noun carries a pronoun: «أثناء لقائه»), and
a meeting's partner."""
from __future__ import annotations

from ..clitics import bare_in, without_proclitic
from ..entities.adjectives import agrees_with, reads_as_adjective
from ..entities.morphology import ARTICLE, CONJUNCTIONS, FOR
from ..entities.scan import tokens_where
from ..lexicons import lexicon_cache
from ..entities import vocabulary as entity_vocab
from ..entities.vocabulary import attribution_words
from .events_scan import Cue, EventScan, carries_pronoun, cue_form, subject_region
from .vocabulary import event_words

#: event kinds whose unnamed subject is the sentence before's (not announcements: «وأعلن» starts a report)
CARRIED = ("visit", "trip", "arrival", "meeting", "summit")
#: event kinds that have a partner (with)
PARTNERED = ("meeting", "summit", "visit")
#: how many commas (clause bounds) an actor after the cue may stand behind («استقبل الملك سلمان،
#: الثلاثاء، الرئيس المصري»)
CLAUSE_REACH = 2
#: how many words after the cue «بين» may stand to name both parties («مكالمة جمعت بين …»)
BETWEEN_REACH = 3
#: at most this many words between a noun and the actor it is said of («زيارة رسمية لـ» aside)
GENITIVE_GAP = 1


def _is_role(words, s) -> bool:
    """A speaker for someone (المتحدث باسم الكرملين ديمتري بيسكوف): a traveller or partner only
    as the subject right after the verb."""
    spokes = event_words("spokesperson")
    first = without_proclitic(words[s], CONJUNCTIONS, spokes)
    return first in spokes or (s > 0 and words[s - 1] in spokes)


def _right_after(a: EventScan, c: Cue, after: list, gap_words) -> tuple | None:
    """The first actor after the cue when only ``gap_words`` stand between."""
    if not after:
        return None
    gap = a.t.words[c.after:after[0][0]]
    return after[0] if all(w in gap_words for w in gap) else None


def _candidates(a: EventScan, c: Cue, lo: int) -> list:
    """Actors before the cue from token ``lo``, nearest first, that are no partner already, speaker,
    medium reporting a visit or meeting, source («ووفق شهود عيان»), object of a preposition or of an
    event noun, or host (بدعوة من)."""
    t = a.t
    preps, invitation = event_words("preposition"), tuple(event_words("invitation"))
    speaker_may_hold = is_briefing(t, c)
    found, governed = [], set()
    for s, e in a.actors_from(lo, c.k):
        if _described_by_relative(a, c, e):
            found.append((s, e))  # the subject of the relative clause the cue stands in, whatever governs it
            continue
        if (s, e) in a.used_with or _joined_to(t, s, governed):
            governed.add(e)  # a partner already taken, and those joined to it
            continue
        if _is_role(t.words, s) and not speaker_may_hold or _reports(a, c, (s, e)) or is_counterpart(t.words, s):
            continue
        prev = t.words[s - 1] if s else ""
        if prev in event_words("described"):
            continue  # «يوسف طرفاني، وهو مسؤول بالوزارة»: the name before, described
        object_of_noun = (s - 1) in a.hits.cue_at and a.hits.cue_at[s - 1][1][1] == "noun"
        if prev in preps or prev in attribution_words() or object_of_noun or prev.endswith(invitation) \
                or _behind_clitic(a, s, e):
            governed.add(e)
            continue
        found.append((s, e))
    return found[::-1]


#: at most this many words between a relative pronoun and the verb it opens («الذي كان قد وصل»)
RELATIVE_GAP = 3


def _described_by_relative(a: EventScan, c: Cue, e: int) -> bool:
    """A relative pronoun right after the actor's phrase ending at token e (a comma between) and the
    cue a verb a few words after it in its clause: the actor is the subject of the verb, whatever
    governs it («مع زوجها السابق الذي سافر إلى هونغ كونغ»); not of a noun («الذي رحب بوصولهم»)."""
    t, k = a.t, c.k
    j = e + 1 if e < k and t.is_punct[e] else e
    if c.pos != "verb" or not j < k <= j + RELATIVE_GAP:
        return False
    return t.words[j] in event_words("relative_pronoun") and t.clause[j] == t.clause[k]


#: at most this many words between an actor a preposition governs and one joined to it by «و»
JOINED_GAP = 1


def _joined_to(t, s: int, governed: set) -> bool:
    """The actor at token s is joined by «و» to one a preposition governs or a partner (ending at most
    :data:`JOINED_GAP` words before it, no comma between): governed too («مع الأميرين فهد بن خالد
    والأمير خالد بن عبدالعزيز»، «مع قيادة العمليات العسكرية للمحافظة والمحافظ أسعد العيداني»)."""
    if t.words[s][:1] != CONJUNCTIONS[0]:
        return False
    return any(e in governed and not any(t.is_punct[j] for j in range(e, s)) for e in range(s - JOINED_GAP, s + 1))


def is_briefing(t, c: Cue) -> bool:
    """The cue is a press conference (event_cues.tsv form ``briefing``), which a spokesperson holds."""
    return " ".join(t.words[c.k:c.k + c.n])[len(c.prefix):] in cue_form("briefing")


#: how many words before an actor's phrase «نظيره» may stand and still name it («نظيره المصري سامح شكري»)
COUNTERPART_REACH = 2
#: how many words before the comma a name stands behind «نظيره» may stand («نظيره الكوري الشمالي، ري يونغ هو»)
APPOSED_REACH = 3


def is_counterpart(words, s: int) -> bool:
    """The actor is named as someone's counterpart — «نظيره» opens its phrase or stands at most
    :data:`COUNTERPART_REACH` words before it, or at most :data:`APPOSED_REACH` before the comma the
    name stands behind («نظيره الكوري الشمالي، ري يونغ هو»): the one met, not the one meeting."""
    near = words[max(0, s - COUNTERPART_REACH):s + 1]
    if s > 0 and words[s - 1] in "،,":
        near += words[max(0, s - 1 - APPOSED_REACH):s - 1]
    return any(bare_in(w, event_words("counterpart"), CONJUNCTIONS) for w in near)


def _reports(a: EventScan, c: Cue, span) -> bool:
    """A medium before a visit or a meeting reports it («(CNN)— وصل ولي العهد»), and a byline's
    name before a dash wrote it («عبدالله الراجحي- سبق- جدة:»): neither travels nor meets."""
    if c.kind not in CARRIED:
        return False
    byline = span[1] < len(a.t) and a.t.words[span[1]] in BYLINE_DASHES and a.t.sent[span[0]] == 0
    return byline or a.actor_rows[span]["kind"] == "media"


#: the marks after a byline's name («عبدالله الراجحي- سبق- جدة:»)
BYLINE_DASHES = frozenset("-–")


def _behind_clitic(a: EventScan, s: int, e: int) -> bool:
    """The actor's word carries a preposition («بمجلس الغرف»، «للمخابرات»): the object of it."""
    m = a.actor_rows[(s, e)]
    if "phrase_start" not in m:
        return False
    lead = a.t.normalized.norm[a.t.starts[s]:a.t.normalized.to_norm(m["phrase_start"])].lstrip(CONJUNCTIONS)
    return bool(lead) and lead[0] in event_words("preposition")


#: the rank of a subject candidate by its kind, in the cue's region (a country acting ranks below
#: a person named before the region: «جدد السيسي التأكيد على أن فلسطين …، مشددا أثناء لقائه»)
REGION_RANK = {"person": 0, "delegation": 0, "organisation": 1, "media": 1, "group": 1, "government": 3}
#: the kinds of actor that are people (a delegation is people sent together)
PEOPLE = ("person", "delegation")


def _subject_before(a: EventScan, c: Cue, reach: bool = False):
    """The subject before the cue: in its region (:func:`.events_scan.subject_region`) a person, else
    a body, else — with ``reach``, for a noun whose pronoun names the subject — a person before the
    region, else a government; the nearest of the best rank (the first, for a noun whose pronoun
    names two: «وقالت ميركل … إلى جانب العاهل الأردني عقب لقائهما»)."""
    region, dual = subject_region(a.t, c), a.t.words[c.k][len(c.prefix):] in cue_form("dual")
    cands = _candidates(a, c, region)
    antecedent = next((sp for sp in cands if _described_by_relative(a, c, sp[1])), None)
    if antecedent is not None:
        return antecedent
    if dual:
        cands = cands[::-1]
    ranked = [(REGION_RANK.get(a.actor_rows[sp]["kind"], 1) + _object_penalty(sp, cands), i, sp) for i, sp in enumerate(cands)]
    if (reach or dual) and region > c.lo:
        outer = [sp for sp in _candidates(a, c, c.lo) if sp[0] < region]
        ranked += [(2 if a.actor_rows[sp]["kind"] in PEOPLE else 4, i, sp)
                   for i, sp in enumerate(outer[::-1] if dual else outer)]
    return min(ranked)[2] if ranked else None


#: words at most between an actor and the next for the next to be its verb's object («عباس أبلغ بوتين»)
OBJECT_GAP = 1


def _object_penalty(sp, candidates) -> float:
    """Half a rank for an actor that follows another within :data:`OBJECT_GAP` words («وكان عباس أبلغ
    الرئيس الروسي … خلال زيارة لموسكو»: the one told, not the one travelling)."""
    return 0.5 if any(0 <= sp[0] - other[1] <= OBJECT_GAP for other in candidates if other != sp) else 0.0


def _partner_before(a: EventScan, c: Cue, who):
    """A meeting's partner named before it (other than its subject)."""
    for s, e in reversed(a.actors_from(c.lo, c.k)):
        if (s, e) != who and (who is None or s != who[0]) and not _is_role(a.t.words, s):
            return (s, e)
    return None


def _verb_subject(a: EventScan, c: Cue, after: list):
    """(who, the actors left after it) of a verb: the actor right after it (an object pronoun may
    stand between; not one behind a preposition's clitic: «التقى بالرئيس») — unless a meeting verb has one actor after it (no pronoun between) and a subject
    before it («ترامب سيستقبل ولي العهد»: the one after is the partner).  An actor with no entity
    (a delegation, a state the entity layer did not give) is one of its own."""
    who = _right_after(a, c, after, event_words("object_pronoun"))
    if who is not None and _behind_clitic(a, *who):
        who = None  # «التقى بالرئيس الروسي»: the one met
    if who is None:
        return _subject_before(a, c) or _late_subject(a, c, after), after
    # «سيلتقي به الرفيق كيم»، «الذين استقبلهم بوتن»: the pronoun is the partner, the actor the subject
    pronoun = who[0] > c.after or a.t.words[c.k][len(c.prefix):] in cue_form("object")
    if c.kind == "meeting" and not pronoun and (len({a.actor_rows[sp].get("entity", sp) for sp in after}) == 1
                                                 or _summoned(a, c, who)) and not _partner_follows(a, who):
        before = _subject_before(a, c)
        if before is not None:
            return before, after
    return who, after[1:]


def _written_summons(a: EventScan, c: Cue) -> bool:
    """A noun of summoning (event_words.tsv role ``summons``: «باستدعاء نائب وزير الخارجية»): the one
    after it is summoned, the summoner its subject before it."""
    return a.t.words[c.k][len(c.prefix):] in event_words("summons")


def _summoned(a: EventScan, c: Cue, who) -> bool:
    """A verb of summoning (event_words.tsv role ``summons``) whose actor right after it is a person:
    the one summoned, the summoner its subject before it («أن الملك عبدالله الثاني استدعى رئيس الوزراء
    هاني الملقي … إلى الديوان الملكي»، «وكانت الجزائر قد استدعت السفير المغربي»); a state or a
    ministry right after it is its subject («استدعت أنقرة، الجمعة، القائم بالأعمال الهولندي»)."""
    return _written_summons(a, c) and a.actor_rows[who]["kind"] in PEOPLE


def _partner_follows(a: EventScan, span) -> bool:
    """«مع» (event_words.tsv role ``with``) right after the actor: it meets someone, it is the subject
    («وقد تحدث الرئيس بوتين مع الرئيس الأرميني ساركيسيان بالهاتف», whoever the entity layer missed
    after «مع»)."""
    return span[1] < len(a.t.words) and a.t.words[span[1]] in event_words("with")


#: verbs of going with no object: an actor after their goal or time is their subject
INTRANSITIVE = ("trip", "arrival", "departure")


def _late_subject(a: EventScan, c: Cue, after: list):
    """A verb of going with no subject right after it nor before it: the first person after it
    within reach (else the first body) that no preposition governs, no speaker-for nor medium —
    the goal, a time or a title may come first («وصل إلى مدينة عدن أمس خالد محفوظ بحاح»، «وصل ولي
    عهد المملكة العربية السعودية، الأمير محمد بن سلمان، الأحد، إلى القاهرة»)."""
    if c.kind not in INTRANSITIVE:
        return None
    preps, rows = event_words("preposition"), a.actor_rows
    free = [sp for sp in after if a.t.words[sp[0] - 1] not in preps and not _behind_clitic(a, *sp)
            and not _is_role(a.t.words, sp[0]) and rows[sp]["kind"] != "media"]
    people = [sp for sp in free if rows[sp]["kind"] in PEOPLE]
    return (people or free or [None])[0]


def _noun_subject(a: EventScan, c: Cue, after: list):
    """(who, the actors left after it) of a noun: the actor it is said of right after it («زيارة
    بومبيو») unless it carries a pronoun («لقائه») or says a purpose («للقاء»): the subject before it."""
    possessive = carries_pronoun(a.t, c)
    purpose = c.prefix in event_words("goal_clitic") or (  # «يتوجه إلى إسرائيل للقاء نتنياهو»
        c.k > 0 and a.t.words[c.k - 1] in event_words("purpose")) or _written_summons(a, c)
    who = None if possessive or purpose else _right_after(a, c, after, ()) or _genitive_after(a, c, after)
    if who is None:
        who = _subject_before(a, c, reach=possessive or purpose)
        if who is None and possessive:  # «خلال جولاته الأخيرة، تمكن فريق الخبراء»: the subject after
            return _subject_after(a, c), after
        return who, after
    return who, after[1:]


def _subject_after(a: EventScan, c: Cue):
    """The first actor after the cue in its sentence that no preposition governs (a subject named
    after a fronted «خلال جولاته …،»)."""
    t, preps, partner = a.t, event_words("preposition"), event_words("with")
    for s, e in a.actors_from(c.after, c.hi + 1):
        if t.words[s - 1] in partner:
            return None  # «لاجتماعه مع كيم»: the one met, not the one meeting
        if t.words[s - 1] not in preps and not _behind_clitic(a, s, e) and not _is_role(t.words, s):
            return (s, e)
    return None


def _genitive_after(a: EventScan, c: Cue, after: list):
    """The first actor within :data:`GENITIVE_GAP` words after a noun when what stands between
    reads as the noun's adjective («زيارة رسمية لـ»): not a preposition, nor a verb that opens a
    clause of its own («مؤتمر صحافي بثته وكالة فارس»: the agency broadcast it, it held nothing)."""
    if not after or after[0][0] - c.after > GENITIVE_GAP:
        return None
    gap = a.t.words[c.after:after[0][0]]
    return after[0] if all(_qualifies(w) for w in gap) else None


def _qualifies(word: str) -> bool:
    """A word between a noun and its actor that keeps them together: an adjective («رسمية») or a
    noun behind «ل» that the actor's name completes («اجتماعا لقيادات داعش»)."""
    if word in event_words("preposition"):
        return False
    return reads_as_adjective(word) or word[:1] == FOR and len(word) > 1


def carried_subject(a: EventScan, c: Cue):
    """For a visit or meeting whose subject its sentence does not name: the subject of the sentence
    before (its first actor that no preposition governs and that speaks for no one, a medium
    neither: «ذكرت رويترز …» reports, it does not travel) — Arabic drops
    a subject named just before («… أمس. وأجرى محادثات أيضا مع الرئيس …»)."""
    t, preps = a.t, event_words("preposition")
    if c.lo == 0 or c.kind not in CARRIED:
        return None
    lo = c.lo - 1
    while lo > 0 and t.sent[lo - 1] == t.sent[c.lo - 1]:
        lo -= 1
    for s, e in a.actors_from(lo, c.lo):
        if a.actor_rows[(s, e)]["kind"] == "media" or _is_role(t.words, s):
            continue
        if (s == 0 or t.words[s - 1] not in preps) and not _behind_clitic(a, s, e):
            return (s, e)
    return None


def _governed_place(a: EventScan, s: int) -> bool:
    """A state named after في or إلى («في "الرياض"») is where, whatever the entity layer calls it."""
    p = a.places.get(s)
    return p is not None and bool(p.role)


def _reception_frame(a: EventScan, c: Cue) -> bool:
    """A noun of receiving after «في» («وكان في استقباله الرئيس المصري»): the one named after it
    receives, the one its pronoun names (or the sentence's subject) is received."""
    if c.pos != "noun" or not c.k or a.t.words[c.k - 1] not in event_words("locative"):
        return False
    core = a.t.words[c.k][len(c.prefix):]
    return core in event_words("reception") or core.removeprefix(ARTICLE) in event_words("reception")


def _outermost(spans: list) -> list:
    """The actors not inside an earlier one's phrase («سفير بلجيكا»: the ambassador, not also
    «بلجيكا» as a second party)."""
    out = []
    for s, e in spans:
        if not out or s >= out[-1][1]:
            out.append((s, e))
    return out


def parties(a: EventScan, c: Cue):
    """(who, with) of an event as token spans (or None): the two actors after بين, else the
    subject and, for meetings, summits and visits, the partner."""
    t = a.t
    after = _outermost([(s, e) for s, e in a.actors_from(c.after, c.nxt)
                        if t.sent[s] == c.sent and t.clause[s] <= c.cl + CLAUSE_REACH and not _governed_place(a, s)])
    between = [j for j in range(c.after, min(c.after + BETWEEN_REACH, c.nxt)) if t.words[j] in event_words("between")]
    pair = [sp for sp in after if between and sp[0] > between[0]]
    if pair:  # «قمة بين …»، «مكالمة هاتفية جمعت بين ترامب والعاهل السعودي»
        return pair[0], (pair[1] if len(pair) > 1 else None)
    if after and _reception_frame(a, c):
        return after[0], _subject_before(a, c, reach=True) or carried_subject(a, c)
    chair = _chaired(a, c)
    if chair is not None:  # «ترأس الشيخ خالد اليوسف اجتماع لجنة التطوير»: the chair holds it, the body is met
        return chair, next((sp for sp in after if sp != chair), None)
    who, after = (_verb_subject if c.pos == "verb" else _noun_subject)(a, c, after)
    with_ = None
    agenda = _agenda_start(a, c)
    after = [sp for sp in after if sp[0] < agenda]
    if c.kind in PARTNERED and after:
        first = after[0]
        if first != who and (c.kind in ("meeting", "summit") or t.words[first[0] - 1] in event_words("with")):
            with_ = first
    if with_ is None and c.kind == "meeting":
        with_ = _partner_before(a, c, who)
        if who is None:  # «البرلمان، الذي من المقرر أن يعقد جلسة»: the one party named holds it
            who, with_ = with_, None
    return who, with_


def _agenda_start(a: EventScan, c: Cue) -> int:
    """The first token after the cue, in its reach, that opens what the event is about (event_words.tsv
    role ``agenda``: «لبحث»، «حول»): actors after it are talked about, no partner («اجتماع وزاري طارئ
    … لبحث قضية الاشتباه بتسميم سيرغي سكريبال»)."""
    agenda = event_words("agenda")
    return next((j for j in range(c.after, c.nxt) if a.t.words[j] in agenda), c.nxt)


#: at most this many words (an actor's phrase, punctuation and times aside) between a verb of
#: chairing and the meeting noun it governs
CHAIR_GAP = 2


def _chaired(a: EventScan, c: Cue):
    """The chair of a meeting noun governed by a verb of chairing before it in its sentence
    (event_words.tsv role ``chairing``: ترأس، رأس، ترؤس): the actor between the verb and the noun (its
    subject: :func:`_apposed_name`, «ترأس رئيس ديوان المظالم، … الشيخ الدكتور خالد بن محمد اليوسف، اجتماع لجنة التطوير»، «لدى
    ترؤس نائب خادم الحرمين الشريفين …، اجتماعا»), else the subject before the verb; None when no such
    verb governs the noun."""
    if c.pos != "noun" or c.kind not in ("meeting", "summit"):
        return None
    t, chairing, gap = a.t, event_words("chairing"), 0
    for v in range(c.k - 1, c.lo - 1, -1):
        word = t.words[v]
        if bare_in(word, chairing, CONJUNCTIONS):
            between = [sp for sp in a.actors_from(v + 1, c.k) if not _behind_clitic(a, *sp)
                       and t.words[sp[0] - 1] not in event_words("preposition")]
            return _apposed_name(a, between) if between else _subject_before(a, c)
        if v not in a.actor_tokens and not t.is_punct[v]:
            gap += 1
            if gap > CHAIR_GAP:
                return None
    return None


def _apposed_name(a: EventScan, spans: list):
    """Of the actors naming a verb's subject, the person (else the first body) and, of titles and a
    name in apposition between commas, the name last («رئيس ديوان المظالم، رئيس مجلس القضاء الإداري،
    الشيخ الدكتور خالد بن محمد اليوسف»)."""
    people = [sp for sp in spans if a.actor_rows[sp]["kind"] in PEOPLE]
    if not people:
        return spans[0]
    chosen = people[0]
    for sp in people[1:]:
        if a.t.words[sp[0] - 1] in APPOSITION_MARKS:
            chosen = sp
    return chosen


#: the marks a name in apposition stands behind
APPOSITION_MARKS = frozenset("،,")


def delegation_actors(t, text: str, actor_rows: dict) -> dict:
    """Delegations and missions as actors (the entity layer names no such party): a delegation noun
    standing free — no actor's word, no preposition glued to it («بوفد الحوثيين»: the one met) —
    with the actor right after it that it belongs to and one adjective that agrees with it («وفدا
    من جماعة …»، «الوفد الأميركي»، «بعثة الفريق الكروي»). Token span -> row; the actor it takes in
    is left out (returned as ``None``)."""
    taken = {k for s, e in actor_rows for k in range(s, e)}
    by_start = {s: (s, e) for s, e in actor_rows}
    out, delegations = {}, event_words("delegation")
    for k in tokens_where(t.words, delegation_forms(), lambda w: without_proclitic(w, CONJUNCTIONS, delegations) in delegations):
        if k in taken:
            continue
        w = t.words[k]
        head = without_proclitic(w, CONJUNCTIONS, delegations)
        e, inner = k + 1, by_start.get(k + 1)
        if inner is not None:
            out[inner], e = None, inner[1]
        if e < len(t) and (_agrees(t.words[e], head if e == k + 1 else t.words[e - 1])
                           or e == k + 1 and _nisba_of_indefinite(t.words[e], head)):
            e += 1  # «الوفد الأميركي»، «وفد عسكري»، «بعثة أمنية»
        start = t.normalized.start(t.starts[k] + len(w) - len(head))
        out[(k, e)] = {"name": text[start:t.end(e - 1)], "kind": "delegation"}
    return out


@lexicon_cache
def delegation_forms() -> dict:
    """Token → whether it is a delegation noun, bare or behind «و/ف»: the memo of :func:`delegation_actors`
    (each distinct word judged once per process)."""
    return {}


def _agrees(word: str, head: str) -> bool:
    """An adjective of the phrase's last noun: definite after a definite one, agreeing («الوفد
    الأميركي»، «بعثة الفريق الكروي»); none after an indefinite one (read no better than its next word)."""
    small = event_words("preposition").keys() | event_words("movement_prep").keys()  # «الى» opens like «ال»
    return head.startswith(ARTICLE) and word not in small and agrees_with(word, head) and reads_as_adjective(word)


def _nisba_of_indefinite(word: str, head: str) -> bool:
    """A nisba adjective of an indefinite delegation noun, agreeing in gender («وفد عسكري»، «بعثة أمنية»)."""
    if head.startswith(ARTICLE) or word.startswith(ARTICLE) or word[:1] in CONJUNCTIONS + FOR:
        return False
    feminine = head.endswith(entity_vocab.longest_first("feminine_ending"))
    return word.endswith(entity_vocab.longest_first("rare_nisba")) \
        and word.endswith(entity_vocab.longest_first("feminine_adjective_ending")) == feminine


def _actor_around(a: EventScan, j: int, lo: int):
    """The first actor from token ``lo`` on that token ``j`` is in; else the one it is in that
    starts before ``lo`` (an actor the entity layer ran across the clause start); None when none is.
    """
    around = [sp for sp in a.actors_from(lo, j + 1) if sp[0] <= j < sp[1]]
    return min(around) if around else max((sp for sp in a.actors_from(0, lo) if sp[0] <= j < sp[1]), default=None)


def team_of_camp(a: EventScan, c: Cue):
    """The team whose training camp a camp noun names (event_words.tsv role ``camp``): the nearest
    team word (role ``team``) before it in its sentence with the adjective that agrees with it
    («اختتم الفريق الكروي معسكره»، «لاعبي الفريق في معسكرهم»), the party its pronoun refers to —
    not the speaker («أبدى مدير الكرة سعادته … في معسكرهم») nor «بعثة الفريق» that travels home.
    A token span: the actor the team word is in, else the word and its adjective, a row added to the
    scan's actors; None when no team word stands before."""
    t = a.t
    if t.words[c.k][len(c.prefix):] not in event_words("camp"):
        return None
    for j in range(c.k - 1, c.lo - 1, -1):
        if t.words[j] in event_words("team"):
            around = j in a.actor_tokens and _actor_around(a, j, c.lo)
            if around:  # the entity layer's team, or the mission it is in («بعثة الفريق الكروي»)
                return around
            e = j + 2 if j + 1 < c.k and _agrees(t.words[j + 1], t.words[j]) else j + 1
            a.actor_rows.setdefault((j, e), {"name": a.text[t.start(j):t.end(e - 1)], "kind": "group"})
            return j, e
    return None

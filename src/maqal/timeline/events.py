"""Events an article describes: who went where, met whom, announced what, and when.

In phases, each in its module: the article's tokens, clauses and phrases (:mod:`.events_scan`), the
places (:mod:`.events_places`), the parties from the entity layer's mentions
(:mod:`.events_parties`), the time and certainty of each event (:mod:`.events_time`), and last
each visit or meeting told once, on its fullest mention (:mod:`.events_once`).
"""
from __future__ import annotations

import bisect
from dataclasses import replace

from ..clitics import BY, NOUN_PROCLITICS, PARTICLES, bare_in
from ..entities import entity_rows
from ..entities.morphology import ARTICLE, CONJUNCTIONS
from ..entities.vocabulary import given_names
from ..records import EVENTS
from ..textlayer import text_layer
from . import calendar as cal
from .dates import date_rows
from .events_parties import carried_subject, delegation_actors, parties, team_of_camp
from .events_media import media_act
from .events_once import told_once
from .events_places import MOVEMENTS, figurative, place_table, places_of
from .events_scan import (EventScan, Tokens, carries_pronoun, cue_at, cue_form, match_phrases, subject_region,
                          token_table)
from .events_time import certainty_of, linked_time
from .vocabulary import event_words, lexicon, negations, number

__all__ = ["EVENT_COLUMNS", "events", "event_rows", "token_table"]

#: the columns of :func:`events` (defined once, in :data:`maqal.records.EVENTS`)
EVENT_COLUMNS = EVENTS.names
#: the journeys (told by a verb) whose goal a meeting after them in their sentence takes as its place
JOURNEYS = ("visit", "trip", "arrival")
#: how many words after a cue its count may stand
COUNT_WINDOW = 6
#: the entity kinds that take part in an event
ACTOR_KINDS = ("person", "government", "organisation", "media", "group")
#: at most this many words between a trip noun and the meeting it is a round of
ROUND_GAP = 3
#: a noun of receiving names a meeting when a party or a place starts within this many words after it
RECEPTION_GAP = 6
#: at most this many words between a noun of going and the word opening its goal (its subject between)
GOAL_GAP = 7
#: at most this many words between a verb of speaking and the phone word that makes it a call
PHONE_GAP = 8


def _round_of_talks(a: EventScan, c) -> bool:
    """A trip noun that is a round of another event («جولة جديدة من المحادثات»); not one with a place
    between («زيارته لموسكو عددا من اللقاءات»: a visit where meetings are held)."""
    if c.pos != "noun" or c.kind not in MOVEMENTS or c.next_kind not in ("meeting", "summit"):
        return False
    if any(j in a.places for j in range(c.after, c.nxt)):
        return False
    return c.nxt - c.after <= ROUND_GAP and any(w in event_words("round") for w in a.t.words[c.after:c.nxt])


def _no_event(a: EventScan, c, where, who) -> bool:
    """A future noun (no such thing), a negated event (لم يسافر), a movement verb with no place or a
    figurative goal (وصل إلى السلطة) — an arrival verb with no goal aside —, a participle of going
    that describes a noun, a movement noun with
    no place and neither actor nor pronoun («في ختام الزيارة»، «جواز سفر»، «مسيرات العودة»), a round
    of talks, a match in a sports report, a cue inside a name («فيصل درويش»), one speaker's press
    conference or an interview (:func:`.events_media.media_act`),
    things received («استقبال الحجيج»), the frame of a meeting already reported («خلال الاجتماع») or
    a meeting already reported told again by a definite noun (:func:`_definite_again`)."""
    words = a.t.words
    if c.pos == "noun" and c.prefix.endswith("س"):
        return True
    if c.k and words[c.k - 1] in negations() or c.k in a.actor_tokens or _given_name(a, c):  # (never an actor's last word)
        return True
    if c.kind in MOVEMENTS and figurative(words, c.after, where, a.t.clause):
        return True
    if _attributive_participle(a, c, who) or _no_partner_named(a, c):
        return True
    if _return_in_general(a, c) or _return_of_the_displaced(a, c) or _thing_arriving(a, c) or _no_summons(a, c):
        return True
    if _asked_to_go(a, c) or not where and _back_from_court(a, c):
        return True
    if _vehicle_alone(a, c) or _thing_moving(a, c) or _ceremony(a, c) or _pointed_at(a, c):
        return True
    if _names_a_body(a, c) or _in_return_for(a, c) or _not_held(a, c) or _camp_at_home(a, c, where) or _met_with(a, c):
        return True
    if c.kind in MOVEMENTS and not where and (c.pos == "verb" or who is None or _bare_going(a, c)):
        return not (_arrival_here(a, c) or _goal_stated(a, c) or _site_goal(a, c) or _visit_verb(a, c, who) or _visit_to(a, c))
    if _speaking_not_phoned(a, c) or media_act(a, c) or _no_audience(a, c):
        return True
    return _round_of_talks(a, c) or _sport_match(a, c) or _reception_of_things(a, c) or _during_reported(a, c, where) \
        or _sitting_of_no_meeting(a, c) or _definite_again(a, c, where) or _attended_again(a, c, where)


#: the kinds whose definite noun may tell again an event already reported (:func:`_definite_again`):
#: meetings and summits, and visits (not trips, arrivals or departures)
TOLD_AGAIN = ("meeting", "summit", "visit")


def _definite_again(a: EventScan, c, where) -> bool:
    """A definite meeting or visit noun («المحادثات»، «للقمة»، «والاجتماع»، «الزيارة»; not a tour,
    event_words.tsv role ``tour``) naming no place and no partner of its own («مع» or «بين» and a
    party a few words after it) once the article has reported an event of its class: the event
    told again (events addendum, ruling 8: «إن المحادثات سمحت بتقدم»، «وعن تفاصيل اللقاء»، «عقب
    انتهاء اللقاءات»، «وتأتي الزيارة في إطار …»), whatever party the sentence's subject would lend it."""
    if c.pos != "noun" or where or c.kind not in TOLD_AGAIN or event_class(c.kind) not in a.reported:
        return False
    noun = _written_noun(a, c)
    if not noun.startswith(ARTICLE) or noun in event_words("tour"):
        return False
    t, links = a.t, event_words("partner_link")
    for j in range(c.after, min(c.hi + 1, c.after + PARTNER_GAP + 1)):
        if t.words[j] in event_words("between") or t.words[j] in links and a.actors_from(j + 1, j + 2):
            return False
        if t.words[j] in event_words("relative_pronoun"):
            return False  # described as one of its own («سلسلة من الاجتماعات التي رتب عقدها»)
    return not any(t.clause[i] == c.cl and d.get("start_date") and d["kind"] not in ("set", "duration")
                   for i, d in a.dates_of(c.sent))  # its own day: told anew («لم نحضر المفاوضات اليوم»)


#: at most this many words between a word of presence and the event noun it attends
PRESENCE_GAP = 4


def _attended_again(a: EventScan, c, where) -> bool:
    """A definite meeting noun a few words after a word of presence or taking part (event_words.tsv
    role ``presence``: «موجودا»، «لحضور»، «المشاركة»), once the article has reported a meeting (its
    place, if any, is the meeting's): someone attending the meeting already told, no new one (events addendum 9 and 12: «من
    المقرر أن يكون أشرف غني موجودا في اليوم الثاني للقمة»; the attendee belongs to its who)."""
    if c.pos != "noun" or event_class(c.kind) != "meeting" or "meeting" not in a.reported:
        return False
    if not _written_noun(a, c).startswith(ARTICLE):
        return False  # «للمشاركة في اجتماع وزراء الخارجية»: a meeting of its own
    words, marks = a.t.words, event_words("presence")
    return any(a.t.clause[j] == c.cl and bare_in(words[j], marks, PARTICLES)
               for j in range(max(c.lo, c.k - PRESENCE_GAP), c.k))


def _sitting_of_no_meeting(a: EventScan, c) -> bool:
    """A session (event_cues.tsv form ``session``) in a sentence with a word of a court, a trading
    floor or a treatment (event_words.tsv role ``not_sitting``, bare or behind و ف ب ل): a hearing,
    a trading day or a therapy, no meeting of parties («وأرجأ القاضي المحكمة لجلسة يوم غد»، «ولم
    يحضر أي متهم الجلسة»، «هبط في وقت سابق من الجلسة» of a bourse)."""
    if a.t.words[c.k][len(c.prefix):] not in cue_form("session"):
        return False
    marks = event_words("not_sitting")
    return any(bare_in(w, marks, PARTICLES) for w in a.t.words[c.lo:c.hi + 1])  # «ببراءته»، «والمحكمة»


#: at most this many words between «من» after a journey word and the court word of where it comes from
COURT_GAP = 4


def _back_from_court(a: EventScan, c) -> bool:
    """A journey from a hearing: «من» right after the cue and a word of a court or a trial
    (event_words.tsv role ``not_sitting``, bare or behind و ف ب ل) a few words after it, no place: a
    detainee brought back from a trial session, no visit (events addendum 4: a court hearing is no
    event; «شعر بحالة إعياء عقب عودته من إحدى جلسات المحاكمة أمس»)."""
    t = a.t
    if c.kind not in ("trip", "arrival", "departure") or c.after >= len(t.words) or t.words[c.after] not in event_words("origin"):
        return False
    marks = event_words("not_sitting")
    return any(t.clause[j] == c.cl and bare_in(t.words[j], marks, PARTICLES) for j in range(c.after + 1, min(len(t.words), c.after + COURT_GAP + 1)))


#: at most this many words between a speech noun and the «أمام» of its audience («كلمة له أمام»، «كلمة
#: ألقاها أمام»)
AUDIENCE_GAP = 3


def _no_audience(a: EventScan, c) -> bool:
    """A speech or testimony (event_cues.tsv form ``address``: «كلمة»، «خطابا»، «شهادتها») with no
    «أمام» (event_words.tsv role ``before_body``) a few words after it in its clause and a body right
    after that — a party that is no court (role ``not_sitting``): a speech, no meeting. Given before a
    body it is a meeting of the speaker with it (events addendum, ruling 4: «قال رامابوسا في كلمة
    ألقاها أمام البرلمان»، «بشهادتها أمام لجنة الاستخبارات»; not «مثوله أمام محكمة»)."""
    if a.t.words[c.k][len(c.prefix):] not in cue_form("address"):
        return False
    t, court = a.t, event_words("not_sitting")
    for j in range(c.after, min(c.hi, c.after + AUDIENCE_GAP + 1)):
        if t.clause[j] != c.cl:
            break
        if t.words[j] in event_words("before_body"):
            body = t.words[j + 1]
            return not a.actors_from(j + 1, j + 2) or bare_in(body, court, PARTICLES)
    return True


#: at most this many words between a word of talking and the «مع» or «بين» that names its partner
PARTNER_GAP = 2
#: the same for a phone call, whose day may stand between commas before its partner («اتصالاً هاتفياً،
#: اليوم، من …»)
PHONE_PARTNER_GAP = 5


def _no_partner_named(a: EventScan, c) -> bool:
    """A word of talking or sitting of one word (event_cues.tsv form ``partnered``) with neither «بين»
    nor a party after «مع» or «من» (event_words.tsv ``partner_link``) a few words after it: talk
    about something or a call to a service («الحوار الوطني»، «ناقش المجلس القرار»، «للاتصال
    بالشرطة»), no meeting («عن الاتصال بين بومبيو والأمير»، «ناقش مع ولي العهد»). A phone phrase
    («اتصال هاتفي») is a call with a party after it too («اتصالا هاتفيا بنظيره») and within
    :data:`PHONE_PARTNER_GAP` words; with none it is an interview, no meeting («وقالت مارتن في اتصال
    هاتفي "…"»، «في اتصال هاتفي أجرته معه "الوطن"»)."""
    phone = c.n > 1 and a.t.words[c.k + 1] in event_words("phone")
    if not phone and (c.n > 1 or a.t.words[c.k][len(c.prefix):] not in cue_form("partnered")):
        return False
    t, links = a.t, event_words("partner_link")
    for j in range(c.after, min(c.nxt, c.after + (PHONE_PARTNER_GAP if phone else PARTNER_GAP) + 1, c.hi + 1)):
        if t.words[j] in event_words("between") or t.words[j] in links and a.actors_from(j + 1, j + 2):
            return False
        if phone and a.actors_from(j, j + 1):
            return False
    return True


def _attributive_participle(a: EventScan, c, who) -> bool:
    """A participle of going (event_cues.tsv form ``participle``) with the article describes the noun
    before it («الطائرة المتوجهة إلى …»), and one with no traveller named a vehicle or a thing («طائرة
    قادمة من قطر ومتوجهة إلى ألمانيا»): a journey only said of someone («غادرت ميركل عمان متوجهة إلى
    بيروت»)."""
    if c.pos != "verb" or a.t.words[c.k][len(c.prefix):] not in cue_form("participle"):
        return False
    return c.prefix.endswith(ARTICLE) or who is None


def _phone_verb_at(t: Tokens, cues: dict, k: int) -> bool:
    """Token k is a verb of speaking or calling (event_cues.tsv form ``phone``: تحدث، اتصل)."""
    hit = cues.get(k)
    return hit is not None and hit[0] == 1 and t.words[k][len(hit[2]):] in cue_form("phone")


def _speaking_not_phoned(a: EventScan, c) -> bool:
    """A verb of speaking with no phone word a few words after it in its sentence: someone talks
    (تحدث عن …), no call («وتحدثت ماي هاتفيا مع …»، «تحدث ترامب عبر مكالمة هاتفية» are calls)."""
    if not _phone_verb_at(a.t, a.hits.cue_at, c.k):
        return False
    t, end = a.t, min(c.hi + 1, c.after + PHONE_GAP)
    return not any(t.words[j] in event_words("phone") for j in range(c.after, end))


def _call_of_a_phone_verb(t: Tokens, cues: dict, k: int) -> bool:
    """A call noun a few words after a verb of speaking in its sentence («تحدث ترامب عبر مكالمة
    هاتفية، الثلاثاء»): the verb's event, not a second one — nor a cue that ends the verb's stretch
    before its time."""
    n, (_, pos), _ = cues[k]
    if pos != "noun" or not any(t.words[j] in event_words("phone") for j in range(k, k + n)):
        return False
    return any(_phone_verb_at(t, cues, j) and t.sent[j] == t.sent[k] for j in range(max(0, k - PHONE_GAP), k))


def _given_name(a: EventScan, c) -> bool:
    """A cue read behind a conjunction that is a given name whole («فيصل»: not «ف» + «يصل», he
    arrives) — the name is far the likelier reading, in a name the entity layer missed too
    («جامعة الملك فيصل»)."""
    return bool(c.prefix) and c.prefix[0] in CONJUNCTIONS and a.t.words[c.k] in given_names()


def _place_word(t: Tokens, places: dict, k: int) -> bool:
    """A cue word that is a place is the place («إلى عدن»، «في شمال عدن»), the verb only after a
    relative («اللواتي عدن»): no event, and the cue before it reaches the place."""
    return k in places and not (k and t.words[k - 1] in event_words("relative_pronoun"))


def event_class(kind: str) -> str:
    """A journey (visit, trip, arrival, departure) or a meeting (meeting, summit); else the kind."""
    return "visit" if kind in MOVEMENTS else "meeting" if kind in ("meeting", "summit") else kind


def _bare_core(a: EventScan, c) -> str:
    """The cue word without its proclitics and article («للاستقبال» → «استقبال»)."""
    core = a.t.words[c.k][len(c.prefix):]
    return core[len(ARTICLE):] if core.startswith(ARTICLE) else core


def _during_reported(a: EventScan, c, where) -> bool:
    """A definite event noun after «خلال»، «أثناء» once the article has reported an
    event of its class, naming no new place: the frame of what happened during that event
    («وجرى خلال الاجتماع مناقشة …»), not another one."""
    words = a.t.words
    if c.pos != "noun" or where or not c.k or not words[c.k].startswith(ARTICLE):
        return False
    return words[c.k - 1] in event_words("during") and event_class(c.kind) in a.reported


def _reception_of_things(a: EventScan, c) -> bool:
    """A noun or verb of receiving with no party or place within a few words after it in its clause:
    things or crowds received («استقبال الحجيج»، «لاستقبال المشاركات»، «استقبلت سيارة إسعاف جثمان …»),
    not a meeting («كان في استقبال الطائرة عند وصولها وكيل إمارة منطقة الجوف»)."""
    if _bare_core(a, c) not in event_words("reception" if c.pos == "noun" else "receiving_verb"):
        return False
    t, start = a.t, _host_after(a, c)
    end = min(c.hi + 1, start + RECEPTION_GAP)
    if start == c.after:  # (after a host, the one received may stand behind a comma: «، الثلاثاء، الرئيس»)
        end = next((j for j in range(start, end) if t.clause[j] != c.cl), end)
    last = end
    if _intake(a, c, start):
        return True
    return not a.actors_from(start, last) and not any(j in a.places for j in range(start, last))


#: at most this many words after a word of receiving (or its host) where what it receives is read
INTAKE_GAP = 8


def _intake(a: EventScan, c, start: int) -> bool:
    """A word of receiving whose first words in its clause, before any party, hold a thing, a crowd
    or a vehicle received or a receiving institution (event_words.tsv role ``received``): an
    institution's intake, no meeting (events addendum, rulings 13 and 5: «استقبلت سيارة إسعاف …
    جثمان»، «لاستقبال أسلحة إيران»، «استقبلنا … أول مجموعة من 620 لاجئاً»); after the noun, a plane
    or flight too (role ``received_vehicle``: «كان في استقبال الطائرة», a welcome)."""
    t, words = a.t, event_words("received")
    if c.pos == "noun":
        words = {**words, **event_words("received_vehicle")}
    for j in range(start, min(c.hi + 1, start + INTAKE_GAP)):
        if t.clause[j] != c.cl or a.actors_from(j, j + 1):
            return False
        w = t.words[j]
        if bare_in(w, words, NOUN_PROCLITICS):
            return True
    return False


def _host_after(a: EventScan, c) -> int:
    """Where what a receiving verb receives may start: after the host when the host is the subject
    right after the verb, no actor standing before it in its region (its reported clause or sentence:
    «ويستضيف الأردن … 666 ألف لاجئ»، «تستضيف المملكة … أسبوع الموضة»); right after the cue otherwise
    («الرئيس استقبل الوفد»، «إن الرئيس دونالد ترامب، سيستقبل ولي العهد»)."""
    if c.pos != "verb" or a.actors_from(subject_region(a.t, c), c.k):
        return c.after
    host = next((e for s, e in a.actors_from(c.after, c.after + 1)), None)
    if host is None and c.after in a.places:
        host = a.places[c.after].e
    return host if host is not None else c.after


def _sport_match(a: EventScan, c) -> bool:
    """In a sports report a meeting word is a match («لقاء السوبر»، «سيلتقي الفيصلي بغريمه»، «التحضير
    للقمة المبكرة أمام …») and a round word a league round («ضمن الجولة الأولى للدوري»), no meeting
    or tour (the words: event_words.tsv role ``sport_match``)."""
    return a.t.words[c.k][len(c.prefix):] in event_words("sport_match") and a.about_sport()


def _bare_going(a: EventScan, c) -> bool:
    """A noun of going or arriving (not a visit, which may be of a person) with no pronoun: without a
    place it names no journey («حق العودة»، «حظر السفر»، «وصول الأرباح»)."""
    return c.pos == "noun" and c.kind != "visit" and not carries_pronoun(a.t, c)


def _return_in_general(a: EventScan, c) -> bool:
    """The definite noun of returning (event_words.tsv role ``return_in_general``: «العودة», «بالعودة»)
    with no day after it in its clause names a return in general or the right or chance of one, no
    trip, whatever its goal («أن يتمكنوا من العودة إلى سوريا»، «الراغبين في العودة إلى بلادهم», also
    after a day of another verb: «وجه مطلع شهر شوال الدعوة … للراغبين في العودة»); a trip back
    carries its traveller («عودته»، «عودة السلطة الفلسطينية إلى غزة») or its day («على أن يكون موعد
    العودة غدا إلى أوروبا»)."""
    if c.pos != "noun" or c.n != 1 or _written_noun(a, c) not in event_words("return_in_general"):
        return False
    return not any(a.t.clause[i] == c.cl and i > c.k and d.get("start_date") and d["kind"] not in ("set", "duration")
                   for i, d in a.dates_of(c.sent))


def _return_of_the_displaced(a: EventScan, c) -> bool:
    """A noun of returning or arriving with no day of its own in its clause, in a sentence about
    refugees, the displaced or migrants (event_words.tsv role ``displaced``, bare or behind its
    proclitics and article): their return or arrival as a policy — a solution, a right, conditions
    not met —, no trip («إن الحل النهائي للاجئين السوريين في لبنان هو عودتهم إلى بلدهم»، «الظروف
    المطلوبة لعودة اللاجئين إلى سوريا غير كافية»، «للتعامل مع المهاجرين قبل وصولهم إلى أوروبا»);
    a dated return stays one («عاد مئات اللاجئين السبت إلى بلادهم» is a verb)."""
    if c.pos != "noun" or c.kind not in ("trip", "arrival"):
        return False
    marks = event_words("displaced")
    if not any(bare_in(w, marks, NOUN_PROCLITICS) for w in a.t.words[c.lo:c.hi + 1]):
        return False
    return not any(a.t.clause[i] == c.cl and d.get("start_date") and d["kind"] not in ("set", "duration", "vague")
                   for i, d in a.dates_of(c.sent))


def _vehicle_alone(a: EventScan, c) -> bool:
    """A journey whose subject is a vehicle (event_words.tsv role ``vehicle``: the word right after
    the cue, or right before a verb) with no one aboard — no actor right after the vehicle
    («طائرة الرئيس الفرنسي»), no word of people aboard in its sentence (role ``aboard``: «على
    متنها 39 مسافرا»، «تقل») —: a plane, a car or a ship travels, nobody visits (events addendum,
    ruling 7: «وصلت طائرة شحن إلى مطار السليمانية»، «وتعود الطائرة لطيران الحرس الوطني»، «بعد
    وصول السيارة إلى ميناء المرية»)."""
    if c.kind not in ("trip", "arrival", "departure"):
        return False
    t, at = a.t, None
    if c.after < len(t.words) and t.clause[c.after] == c.cl and _word_in(t.words[c.after], "vehicle"):
        at = c.after
    elif c.pos == "verb" and c.k:
        j = _before_relative(a, c)
        at = j if j >= 0 and t.clause[j] == c.cl and _word_in(t.words[j], "vehicle") else None
    if at is None or a.actors_from(at + 1, at + 2):
        return False
    return not any(_word_in(w, "aboard") for w in t.words[c.lo:c.hi + 1])


def _thing_moving(a: EventScan, c) -> bool:
    """A verb of going whose subject, right before it (a relative pronoun or «قد» between) or right
    after it in its clause, is an office, a firm or a state of things (event_words.tsv role
    ``relocated``): it moves or comes back, nobody travels («أول عشر سفارات ستنتقل إلى القدس»،
    «الشركات التي ستنتقل إلى المطار الجديد»، «وبدأ الهدوء يعود تدريجيا إلى المدينة»)."""
    if c.kind not in ("trip", "departure") or c.pos != "verb":
        return False
    t, j = a.t, _before_relative(a, c)
    before = j >= 0 and t.clause[j] == c.cl and _word_in(t.words[j], "relocated")
    return before or _next_word_in(a, c, "relocated")


def _before_relative(a: EventScan, c) -> int:
    """The token before a verb cue, relative pronouns and modal particles (event_words.tsv roles
    ``relative_pronoun``, ``modal``) aside: the noun a relative clause describes («المراكب التي
    توجهت»، «الشركات التي ستنتقل»، «الروبيان الذي وصل السوق»), or -1."""
    t, j = a.t, c.k - 1
    while j >= 0 and (t.words[j] in event_words("relative_pronoun") or t.words[j] in event_words("modal")):
        j -= 1
    return j


def _pointed_at(a: EventScan, c) -> bool:
    """A definite event noun right after a demonstrative (event_words.tsv role ``demonstrative``, bare
    or behind و ف ب ل): an event told elsewhere or one in general, not a new one (events addendum 8:
    «وتعد هذه القمة التاريخية انجازا»، «خلال تلك المحادثات»، «ويشكل جدول أعمال هذا اللقاء»)."""
    if c.pos != "noun" or not c.k or not _written_noun(a, c).startswith(ARTICLE):
        return False
    return bare_in(a.t.words[c.k - 1], event_words("demonstrative"), PARTICLES)


def _ceremony(a: EventScan, c) -> bool:
    """An event noun right after a ceremony noun (event_words.tsv role ``ceremony``, bare or behind
    و ف ب ل): the ceremony's name, no meeting (events addendum 5: «خلال حفل استقبال في القدس»)."""
    if c.pos != "noun" or c.prefix or not c.k or a.t.clause[c.k - 1] != c.cl:
        return False
    return bare_in(a.t.words[c.k - 1], event_words("ceremony"), PARTICLES)


def _word_in(w: str, role: str) -> bool:
    """The word, bare or behind its proclitics and article (:data:`maqal.clitics.NOUN_PROCLITICS`), is of event_words.tsv
    ``role``."""
    words = event_words(role)
    return bare_in(w, words, NOUN_PROCLITICS)


def _visit_verb(a: EventScan, c, who) -> bool:
    """A verb of visiting (event_cues.tsv kind visit) with its visitor named and no place the gazetteer
    knows: its object is what is visited — a building, a site, people («وزار رئيس الحكومة عددا من
    أحياء المدينة»، «وزار وزير الصحة العائلة في المستشفى»، «زارنا وفد من مصر»): a visit all the same."""
    return c.kind == "visit" and c.pos == "verb" and who is not None


def _visit_to(a: EventScan, c) -> bool:
    """A visit noun with no pronoun right before «لـ» and what it visits (no place the gazetteer knows, no
    party): a visit to a site or a building («في زيارة للمسجد الذي وقع فيه التفجير»، «وفي زيارة لموقع
    أحد التفجيرات»), whoever the sentence names as the visitor."""
    if c.kind != "visit" or c.pos != "noun" or carries_pronoun(a.t, c) or c.after >= len(a.t.words):
        return False
    w = a.t.words[c.after]
    return a.t.clause[c.after] == c.cl and w.startswith("ل") and not a.actors_from(c.after, c.after + 1)


def _arrival_here(a: EventScan, c) -> bool:
    """An arrival verb with no place and no goal after it in its clause («وصل الوزيران للمشاركة»):
    an arrival all the same (not «وصلت النسبة إلى 10%»)."""
    if c.kind != "arrival" or c.pos != "verb":
        return False
    preps, t = event_words("movement_prep"), a.t
    return not any(t.words[j] in preps for j in range(c.after, c.nxt) if t.clause[j] == c.cl)


def _thing_arriving(a: EventScan, c) -> bool:
    """An arrival cue with no pronoun whose next word in its clause (the verb's subject, the noun's
    complement) is a thing, a message or a quantity (event_words.tsv role ``thing_arriving``): nobody
    travels («ووصل البريد»، «وصلت بطاقة تهنئة»، «وصول أرباح …»، «تصل الاحتجاجات … إلى ذروتها»); nor
    when such a thing stands right before the verb (:func:`_thing_before`) or «بين» right after it
    (it connects)."""
    if c.kind != "arrival" or carries_pronoun(a.t, c):
        return False
    if c.pos == "verb" and c.after < len(a.t.words) and a.t.words[c.after] in event_words("between"):
        return True  # «النفق الذي يصل بين فرنسا وبريطانيا»: it connects, nobody arrives
    if c.pos == "verb" and c.k and a.t.words[c.k - 1] in event_words("what"):
        return True  # «بما وصل له الفريق»: what it reached
    return _next_word_in(a, c, "thing_arriving") or c.pos == "verb" and (_thing_before(a, c) or _thing_after_goal(a, c))


#: at most this many words after an arrival verb to the subject that follows its goal
LATE_SUBJECT_GAP = 8


def _thing_after_goal(a: EventScan, c) -> bool:
    """An arrival verb whose goal comes first and whose subject, after it in its clause and before
    any party or word of people aboard, is a thing or a body (event_words.tsv role
    ``thing_arriving``): nobody travels («وصلت إلى الضفة الغربية المحتلة آلاف الطرود»، «وصل إلى المستشفى
    الأندونيسي في شمال قطاع غزة شهيدان»; not «وصلت إلى إسرائيل، الخميس، أول طائرة ركاب»)."""
    t = a.t
    if c.after >= len(t.words) or not _goal_after(t.words[c.after]):
        return False
    for j in range(c.after, min(c.nxt, c.after + LATE_SUBJECT_GAP, len(t.words))):
        if t.clause[j] != c.cl or a.actors_from(j, j + 1) or _word_in(t.words[j], "aboard"):
            return False
        if _word_in(t.words[j], "thing_arriving"):
            return True
    return False


def _thing_before(a: EventScan, c) -> bool:
    """The word before an arrival verb in its clause (a particle of event_words.tsv role ``modal``
    aside: «قد») is a thing of role ``thing_arriving``, the noun the verb describes or its subject
    («في بيان وصل لموقع CNN»، «حكما قد يصل للسجن»، «طائرة شحن تحمل أجهزة وصلت»)."""
    j = _before_relative(a, c)
    if j < 0 or a.t.clause[j] != c.cl:
        return False
    w, words = a.t.words[j], event_words("thing_arriving")
    return bare_in(w, words, NOUN_PROCLITICS)


def _next_word_in(a: EventScan, c, role: str) -> bool:
    """The word after the cue, in its clause, is one of event_words.tsv ``role`` (its proclitics and
    article aside)."""
    if c.after >= len(a.t.words) or a.t.clause[c.after] != c.cl:
        return False
    w, words = a.t.words[c.after], event_words(role)
    return bare_in(w, words, NOUN_PROCLITICS)


def _no_summons(a: EventScan, c) -> bool:
    """A verb of summoning (event_words.tsv role ``summons``) whose next word is an act or a force
    (role ``not_summoned``): something required or troops called up, no one summoned to a meeting
    («استدعى تدخل الملك»، «واستدعى رفضا نادرا»، «واستدعي الحرس الوطني»), also after its subject
    («واستدعت الحكومة قوات مسلحة»)."""
    if a.t.words[c.k][len(c.prefix):] not in event_words("summons"):
        return False
    if _next_word_in(a, c, "not_summoned") or _recalls_own(a, c) or _recalled_goods(a, c):
        return True
    subject = next((e for s, e in a.actors_from(c.after, c.after + 1)), None)
    return subject is not None and _next_word_in(a, replace(c, n=subject - c.k), "not_summoned")


#: at most this many words between a word of summoning and the goods it recalls («استدعاء 1,4 مليون سيارة»)
RECALL_GAP = 3


def _recalled_goods(a: EventScan, c) -> bool:
    """Vehicles or products (event_words.tsv role ``recalled``) within :data:`RECALL_GAP` words after a
    word of summoning in its clause: a recall of goods or a service calling cars, nobody summoned
    («قررت … فيات كرايسلر استدعاء 1,4 مليون سيارة»، «خدمة «أوبر» لاستدعاء سيارات الأجرة»)."""
    t = a.t
    return any(t.clause[j] == c.cl and bare_in(t.words[j], event_words("recalled"), NOUN_PROCLITICS)
               for j in range(c.after, min(c.after + RECALL_GAP, len(t.words))))


#: at most this many words between a verb of summoning and the envoy it recalls (a day may stand between)
RECALL_GAP = 3


def _recalls_own(a: EventScan, c) -> bool:
    """A verb of summoning with an envoy of the subject's own (event_words.tsv role ``own_envoy``:
    «سفيريها»، «سفيره») a few words after it in its clause: a state recalling its envoys for
    consultation, no meeting («كما استدعت الاثنين سفيريها في إسرائيل والولايات المتحدة للتشاور»);
    summoning another state's envoy is one («استدعت القنصل التركي العام»)."""
    t, envoys = a.t, event_words("own_envoy")
    return any(t.clause[j] == c.cl and t.words[j] in envoys for j in range(c.after, min(len(t.words), c.after + RECALL_GAP)))


#: at most this many words between a verb of asking and the movement noun asked for
REQUEST_GAP = 14


def _asked_to_go(a: EventScan, c) -> bool:
    """A definite movement noun with no pronoun asked of someone: a verb of asking or ordering
    (event_words.tsv role ``request``) before it in its sentence, no other cue between, its
    «منه»، its addressee or an opening quote between («طلبت منه "المغادرة إلى بلاده"»، «طلب رئيس
    التشريفات من القنصل التركي العام "المغادرة إلى بلاده"»): a journey asked for, none told."""
    definite = c.prefix.endswith(ARTICLE) or _written_noun(a, c).startswith(ARTICLE)
    if c.pos != "noun" or c.kind not in MOVEMENTS or carries_pronoun(a.t, c) or not definite:
        return False
    t, asks = a.t, event_words("request")
    for j in range(c.k - 1, max(c.lo, c.k - REQUEST_GAP) - 1, -1):
        if bare_in(t.words[j], asks, CONJUNCTIONS):
            return True
        if j in a.hits.cue_at:
            return False
    return False


def _in_general(a: EventScan, c, where, with_) -> bool:
    """An indefinite plural of a countable event noun (event_words.tsv role ``count_plural``:
    «زيارات»، «لقاءات») with no place, no partner, no «بين» after it and no day of its own in its
    clause (a vague «في السنوات الماضية» is none), no count before it and no goal after it: visits or
    meetings in general, no dated event («أبلغ الجانب الكوري الشمالي في السنوات الماضية عن زيارات
    قيادية»; not «باجتماعات بين مسؤولين» nor «تمت 3 زيارات لدور المسنين»)."""
    if c.pos != "noun" or where or with_ is not None or a.t.words[c.k][len(c.prefix):] not in event_words("count_plural"):
        return False
    t = a.t
    if c.k and number(t.words[c.k - 1], lexicon()) is not None or c.after < len(t.words) and _goal_after(t.words[c.after]):
        return False  # counted or going somewhere: «تمت 3 زيارات لدور المسنين»
    if any(t.words[j] in event_words("between") for j in range(c.after, min(c.hi + 1, c.after + PARTNER_GAP + 1))):
        return False
    return not any(t.clause[i] == c.cl and d.get("start_date") and d["kind"] not in ("set", "duration", "vague")
                   for i, d in a.dates_of(c.sent))


def _goal_after(w: str) -> bool:
    """The word opens a goal: «إلى» or a word behind «لـ» (event_words.tsv roles ``goal_prep``,
    ``goal_clitic``)."""
    return w in event_words("goal_prep") or any(w.startswith(p) and len(w) > len(p) for p in event_words("goal_clitic"))


def _names_a_body(a: EventScan, c) -> bool:
    """An event noun right after a word of heading or membership (event_words.tsv role ``member``:
    «رئيس»، «عضو»; with no article, behind و ف ب ل or bare), or a summit word after «على» (role ``atop``):
    the noun names a body or the top of something, no event («رئيس اللقاء العلمائي»، «عضو مؤتمر
    الرؤساء»، «يتربعون على قمة الحرس الثوري»)."""
    if c.pos != "noun" or not c.k or c.prefix:
        return False
    before = a.t.words[c.k - 1]
    if before in event_words("atop") and c.kind == "summit":
        return True
    # not behind the article: the head of a construct has none, and «الرئيس» before an event noun
    # is the subject («وأجرى الرئيس اتصالا»)
    return bare_in(before, event_words("member"), PARTICLES)


def _not_held(a: EventScan, c) -> bool:
    """An event noun right after a word of lacking (event_words.tsv role ``not_held``: «بدون»، «دون»;
    behind و ف ب ل too) or a verb right after a word that makes it a noun (role ``noun_reading``:
    «صفقة بيع ذهب», gold): talks that did not take place («بتعيين 5 وزراء بدون مشاورات»), no going."""
    if not c.k or a.t.clause[c.k - 1] != c.cl:
        return False
    before = a.t.words[c.k - 1]
    role = "not_held" if c.pos == "noun" else "noun_reading"
    return bare_in(before, event_words(role), PARTICLES) or _proposed(a, c)


#: at most this many words between a word of offering and the talks it proposes («اقتراح بيونغ يانغ بإجراء»)
PROPOSAL_GAP = 4


def _proposed(a: EventScan, c) -> bool:
    """An indefinite meeting noun within :data:`PROPOSAL_GAP` words after a word of offering, planning
    or being open to (event_words.tsv role ``proposed``) in its clause: talks proposed, none held
    («وردا على عرض ترامب المفاجئ إجراء محادثات»، «أنه منفتح على مفاوضات مع القادة الإيرانيين»)."""
    if c.pos != "noun" or c.kind != "meeting" or _written_noun(a, c).startswith(ARTICLE):
        return False
    t = a.t
    return any(t.clause[j] == c.cl and bare_in(t.words[j], event_words("proposed"), PARTICLES)
               for j in range(max(0, c.k - PROPOSAL_GAP), c.k))


def _camp_at_home(a: EventScan, c, where) -> bool:
    """A team's training camp (event_words.tsv role ``camp``) with no place named nor «في» right
    after it («أن يختتم الفريق معسكره يوم الخميس»), or a home one (the word after it of role
    ``home_camp``: «معسكره الداخلي بمقر النادي»): no visit (events addendum 6: only a camp abroad,
    at a place named, is one)."""
    t = a.t
    if t.words[c.k][len(c.prefix):] not in event_words("camp"):
        return False
    if where:
        return _next_word_in(a, c, "home_camp")
    near = range(c.after, min(c.hi + 1, c.after + CAMP_PLACE_GAP))
    return not any(t.words[j] in event_words("locative") and t.clause[j] == c.cl for j in near)


#: a camp with no known place is still one abroad when «في» stands this near after it (a town the
#: gazetteer does not know: «خلال معسكره الحالي في هورست»)
CAMP_PLACE_GAP = 3


def _met_with(a: EventScan, c) -> bool:
    """A verb of meeting followed by «بـ» and a response (event_words.tsv role ``met_with``: «قوة»،
    «الرفض»، «ترحيب»): something is met with it, nobody meets («إن الهجوم سوف "يقابل بقوة"»)."""
    if c.pos != "verb" or c.after >= len(a.t.words) or a.t.clause[c.after] != c.cl:
        return False
    w = a.t.words[c.after]
    return w.startswith(BY) and bare_in(w[len(BY):], event_words("met_with"), (ARTICLE,))


def _in_return_for(a: EventScan, c) -> bool:
    """«لقاء» (bare: no article, clitic or pronoun) before a payment (event_words.tsv role ``payment``)
    is the preposition «in return for», no meeting («ويوضع قيد الإقامة الجبرية لقاء كفالة قدرها …»)."""
    return not c.prefix and a.t.words[c.k] in event_words("in_return") and _next_word_in(a, c, "payment")


def _written_noun(a: EventScan, c) -> str:
    """The cue word without its proclitics but with its article, which «لل» holds («للوصول» →
    «الوصول»)."""
    core = a.t.words[c.k][len(c.prefix):]
    return ARTICLE + core if c.prefix.endswith("لل") and not core.startswith(ARTICLE) else core


def _goal_stated(a: EventScan, c) -> bool:
    """A noun of going with the goal of the journey stated a few words after it in its clause,
    before the next cue («قرروا التوجه إلى الموقع»، «قبل وصول مفتشين … إلى الموقع»): a journey to a
    place the gazetteer does not know (a figurative goal is ruled out before); only the nouns of
    event_words.tsv role ``goal_noun`` («الوصول إلى أسرار …» is access, «العودة إلى طاولة …» no trip)."""
    if c.pos != "noun" or _written_noun(a, c) not in event_words("goal_noun"):
        return False
    t, preps = a.t, event_words("goal_prep")
    end = min(c.nxt, c.after + GOAL_GAP)
    return any(t.words[j] in preps for j in range(c.after, end) if t.clause[j] == c.cl)


def _site_goal(a: EventScan, c) -> bool:
    """A verb of going whose goal, right after «إلى» (event_words.tsv role ``goal_prep``) in its clause
    before the next cue, is a site (role ``site``, bare or with the article): a journey to a place
    the gazetteer does not know («وعندما وصلت قوات الإطفاء إلى مكان الحريق»، «وتوجهت بعد ذلك إلى
    الموقع»، «ووصلوا إلى نقطة تفتيش خارجها»)."""
    if c.pos != "verb":
        return False
    t, preps = a.t, event_words("goal_prep")
    for j in range(c.after, min(c.nxt, c.after + GOAL_GAP, len(t.words) - 1)):
        if t.clause[j] == c.cl and t.words[j] in preps:
            return bare_in(t.words[j + 1], event_words("site"), (ARTICLE,))
    return False


def count_of(a: EventScan, c):
    """How many times (أربع مرات، مرتين، مرة واحدة), from the words after the cue in its clause."""
    t = a.t
    for j in range(c.after, min(c.nxt, c.after + COUNT_WINDOW)):
        if t.clause[j] != c.cl:
            break
        if t.words[j] in event_words("twice"):
            return 2
        if t.words[j] in event_words("times") and j > 0:
            return number(t.words[j - 1], lexicon()) if t.words[j - 1] not in event_words("one") else 1
    return None


def _event_rows(a: EventScan, c, where, who, with_, count, certainty, d) -> list[dict]:
    """One row per place of the event (one row without a place)."""
    t = a.t
    start, end = t.start(c.k), t.end(c.after - 1)
    base = {
        "kind": c.kind, "who": a.party_name(who), "with": a.party_name(with_), "count": count,
        "value": d["value"] if d else None, "start_date": d["start_date"] if d else None,
        "end_date": d["end_date"] if d else None, "certainty": certainty, "sentence": c.sent,
        "start": start, "end": end,
        "time_text": d["text"] if d else None, "time_start": d["start"] if d else None,
        "time_end": d["end"] if d else None, "text": a.text[start:end],
    }
    return [dict(base, where=p.name if p else None, place=p.code if p else None) for p in where or [None]]


def event_of(a: EventScan, c) -> list[dict]:
    """The rows of the event a cue names (none when it names no event); a departure to a place
    («غادر إلى بروكسل») is a trip."""
    where = places_of(a, c)
    if c.kind == "departure" and where and where[0].role == "goal":
        c = replace(c, kind="trip")
    who, with_ = parties(a, c)
    who = team_of_camp(a, c) or who
    if who is None and _country_acts(a, c):
        who = _capital_as_actor(a, c.after)  # «وكشفت موسكو»، «استدعت إسرائيل سفراء»: a state acting
    if _no_event(a, c, where, None if _state(a, who) else who) or _in_general(a, c, where, with_):
        return []  # (a state names no journey by itself)
    if who is None:
        who = carried_subject(a, c)
        a.carried.add(c.k)
    if with_ is not None and who is not None and a.party_name(who) == a.party_name(with_):
        with_ = None  # «ليقابل عمر … عمر»: nobody meets themselves (a carried subject may be the partner)
    if with_ is not None:
        a.used_with.add(with_)
    a.reported.add(event_class(c.kind))
    if c.kind in JOURNEYS and c.pos == "verb" and where:
        a.journeys[c.sent] = (c.k, where[0])
    certainty = certainty_of(a, c)
    d = linked_time(a, c, certainty)
    P = a.published
    if d is not None and certainty == "fact" and P is not None and d.get("start_date") and d["start_date"] > P:
        certainty = "planned"
    return _event_rows(a, c, where, who, with_, count_of(a, c), certainty, d)


def _state(a: EventScan, span) -> bool:
    """The actor is a country or capital standing alone (the entity layer's state acting)."""
    return span is not None and span[0] in a.places and a.places[span[0]].e == span[1]


def _country_acts(a: EventScan, c) -> bool:
    """A country or capital with no clitic right after an announcement or a meeting verb is its
    subject, the state acting («وكشفت موسكو»، «واستدعت إسرائيل سفراء …»), not a place."""
    hit = a.hits.place_at.get(c.after)
    if hit is None or (c.kind != "announcement" and (c.kind not in ("meeting", "summit") or c.pos != "verb")):
        return False
    return c.kind == "announcement" or not hit[2]


def _capital_as_actor(a: EventScan, j: int):
    """A place right after an announcement verb as its actor, named as written."""
    span = (j, j + a.hits.place_at[j][0])
    a.actor_rows.setdefault(span, {"name": a.text[a.t.start(span[0]):a.t.end(span[1] - 1)], "kind": "government"})
    return span


def entity_actors(t: Tokens, hits, entities: list[dict]) -> dict:
    """Token span -> mention row of the entity layer's people and bodies, from their phrase's start
    (a title before the name); a country or city alone («زار الصين») is where, not who — unless the
    entity layer reads it as a state acting («أن بيونغ يانغ ألغت محادثات»), a place all the same —,
    and a phrase ending in an event word («الوزير زار») no one."""
    spans, to_norm = {}, t.normalized.to_norm
    for m in entities:
        if m["kind"] in ACTOR_KINDS:
            s = bisect.bisect_right(t.starts, to_norm(m["phrase_start"])) - 1
            e = bisect.bisect_left(t.starts, to_norm(m["end"]))
            if 0 <= s < e and not (_place_alone(hits, s, e) and m["kind"] != "government") and e - 1 not in hits.cue_at:
                spans.setdefault((s, e), m)
    return spans


def _leave_venues(actor_rows: dict, places: dict) -> None:
    """A person or body named inside a venue's name is part of where, no party («في مكتب وزير
    الداخلية بجدة»، «إلى مبنى مفوضية الانتخابات»)."""
    inside = {k for p in places.values() if p.venue for k in range(p.s + 1, p.e)}
    for span in [span for span in actor_rows if span[0] in inside]:
        del actor_rows[span]


def _place_alone(hits, s: int, e: int) -> bool:
    """Tokens s..e - 1 are a gazetteer place and nothing more («بيونغ يانغ»، «الرياض»)."""
    return s in hits.place_at and s + hits.place_at[s][0] >= e


def _dates_by_token(t: Tokens, dates) -> list:
    """(token position, row) of every date row with a value or a date."""
    out, to_norm = [], t.normalized.to_norm
    for d in dates:
        if d.get("start_date") is None and d.get("value") is None:
            continue
        i = bisect.bisect_left(t.starts, to_norm(d["start"]))
        if i < len(t):
            out.append((i, d))
    return out


def events(article, published=None, dates=None):
    """Events the article describes, one row per event and place (columns: :data:`EVENT_COLUMNS`).

    ``kind`` comes from ``event_cues.tsv``; ``who``/``with`` are the entity layer's people and
    bodies by their fullest names; ``where`` the place as written (no clitic) and ``place`` its
    gazetteer code; ``count`` from أربع مرات / مرتين; the time from the time expression governing
    the event's own clause; ``certainty`` is fact, planned, speculated or denied (denied, cancelled
    or refused) (``certainty_cues.tsv``,
    the future prefix س, or a linked time wholly after publication).
    """
    # whole numbers stay whole where some rows have none (count, linked time span): Int64
    return EVENTS.frame(event_rows(article, published, dates))


def event_rows(article, published=None, dates=None, entities=None) -> list[dict]:
    """:func:`events` as a list of dicts (no pandas).  ``article`` is a TextLayer, an Article or a
    string; ``dates`` (rows or a DataFrame of :func:`.dates.find_dates`) and ``entities`` (rows of
    :func:`maqal.entities.entity_rows`) are reused when given."""
    layer = text_layer(article)
    if published is None:
        published = getattr(layer.article, "published", None)
    P = cal.as_date(published)
    t = token_table(layer)
    if t is None:
        return []
    hits = match_phrases(t)
    if not hits.cue_at:
        return []
    if dates is None:
        dates = date_rows(layer, P)
    elif hasattr(dates, "to_dict"):
        dates = dates.to_dict("records")
    if entities is None:
        entities = entity_rows(layer)
    actor_rows = entity_actors(t, hits, entities)
    for span, row in delegation_actors(t, layer.text, actor_rows).items():
        if row is None:
            del actor_rows[span]
        else:
            actor_rows[span] = row
    actor_tokens = {k for s, e in actor_rows for k in range(s, e)}
    in_bodies = {k for s, e in actor_rows if not _place_alone(hits, s, e) for k in range(s, e)}  # states stay places
    places = place_table(layer.text, t, hits.place_at, entities, in_bodies)
    _leave_venues(actor_rows, places)
    a = EventScan(layer.text, t, hits, sorted(actor_rows), actor_rows, places,
                  _dates_by_token(t, dates), P, actor_tokens=actor_tokens)
    cue_ks = [k for k in sorted(hits.cue_at) if not _place_word(t, places, k) and not _call_of_a_phone_verb(t, hits.cue_at, k)]
    cues = [cue_at(t, cue_ks, hits.cue_at, k) for k in cue_ks]
    return told_once(a, [(c, event_of(a, c), c.k in a.carried) for c in cues])

"""When an event happened and how sure the text is of it: the time expression that governs the
event's own clause (not the reporting verb's: a time before أن/إن dates the report), and fact,
planned or speculated."""
from __future__ import annotations

import datetime as dt

from ..clitics import CONJUNCTIONS, bare_in
from ..lexicons import key
from .events_scan import Cue, EventScan, inside_quote, is_present, reported_clause_start
from .vocabulary import event_words, lexicon, time_words

#: how many words before an event word a certainty cue may stand (same sentence)
CERTAINTY_WINDOW = 8


def certainty_of(a: EventScan, c: Cue) -> str:
    """fact, planned (the future prefix س, or a planning cue), speculated (a speculation cue) or
    denied (a word of denying, cancelling or refusing: «ألغت بيونغ يانغ المحادثات»، «يرفض لقاء»):
    cues up to :data:`CERTAINTY_WINDOW` words before the event word or just after it in its
    sentence, and anywhere before it in its clause."""
    cert_at, clause = a.hits.cert_at, a.t.clause
    lo = max(c.lo, c.k - CERTAINTY_WINDOW)
    at = [j for j in range(lo, min(c.hi + 1, c.after + 2)) if j in cert_at
          and (j >= c.k or clause[j] == c.cl or not _clause_particle(a, j))]
    at += [j for j in range(c.lo, lo) if j in cert_at and clause[j] == c.cl]
    found = [cert_at[j] for j in at if cert_at[j] != "denied" or _denies(a, c, j)]
    for level in ("denied", "speculated", "planned"):
        if level in found:
            return level
    return "planned" if c.pos == "verb" and c.prefix.endswith("س") else "fact"


#: at most this many words before an event word a word of denying, cancelling or refusing stands
DENIAL_WINDOW = 4


def _denies(a: EventScan, c: Cue, j: int) -> bool:
    """The word of denial at token j governs the event: at most :data:`DENIAL_WINDOW` words before
    it («نفى الكرملين أي لقاء»، «ألغت بيونغ يانغ المحادثات»، «يرفض لقاء برلسكوني») with no word of
    the frame of an event between («نفي بوتن لأي تدخل خلال قمة هلسنكي» denies interference, not
    the summit; event_words.tsv role ``during``), or right after it."""
    if j >= c.k:
        return j <= c.after
    return c.k - j <= DENIAL_WINDOW and not any(w in event_words("during") for w in a.t.words[j + 1:c.k])


def _clause_particle(a: EventScan, j: int) -> bool:
    """A certainty cue that governs only the verb of its own clause («سوف تظل …، مشددا أثناء لقائه»)."""
    return a.t.words[j] in event_words("future_particle")


#: at most this many tokens between an event noun and a time after publication it takes
NOUN_WINDOW = 6


def _fits(d, certainty, P, noun: bool = False) -> bool:
    """A fact takes a time up to publication, or any time when a noun or a verb in the present names
    it and the time stands beside it (غدا الثلاثاء، لقاءً صحفياً، يتوجه … الأربعاء المقبل: no past
    tense; the event is then planned);
    a planned or speculated event a time that ends after publication, or the day of publication
    itself («سيلتقي كارتر بنتنياهو اليوم»، «تصل البعثة في الحادية عشرة من مساء اليوم»); a denied
    one any time."""
    if certainty == "fact" and noun or certainty == "denied":
        return True  # (an event denied or cancelled may be of any day)
    if certainty == "fact" or P is None or d.get("end_date") is None:
        return certainty == "fact" and (P is None or d.get("start_date") is None or d["start_date"] <= P) \
            or certainty != "fact"
    return d["end_date"] > P or d["start_date"] == d["end_date"] == P


#: at most this many tokens from the cue to a time after it outside its clause (في لقاء مع صحفيين
#: من قناة بي إف أم، مساء الأحد، أن ...)
AFTER_WINDOW = 16


def _after_in_sentence(a: EventScan, c: Cue, cands: list):
    """The first time after the cue in its sentence, up to the next cue, a reported clause
    (أن، إن), a quotation it opens or :data:`AFTER_WINDOW` tokens outside actors' phrases: commas
    around it do not part it from the event (not for an announcement, whose content follows it:
    أعلنت الشركة ارتفاع أرباحها في أبريل)."""
    t, opens = a.t, event_words("complementizer")
    for i, d in cands:
        if c.after <= i < c.nxt and _words_between(a, c.after, i) < AFTER_WINDOW \
                and not any(t.words[j] in opens for j in range(c.after, i)) and not inside_quote(t.words, c.after, i):
            return d
    return None


def _words_between(a: EventScan, lo: int, hi: int) -> int:
    """Tokens lo..hi - 1 that are not in an actor's phrase (a long title does not part a time from
    its event: «استقباله لولي ولي العهد … الأمير محمد بن سلمان في سان بطرسبورغ، في يونيو»)."""
    return sum(1 for j in range(lo, hi) if j not in a.actor_tokens)


def _own_clause_after(t, c: Cue, i: int) -> bool:
    """Token i is after the cue in its clause, before the next cue."""
    return c.k < i < c.nxt and t.clause[i] == c.cl


def linked_time(a: EventScan, c: Cue, certainty: str):
    """The nearest fitting date row in the sentence: in its own clause after the cue, then before
    it, then after it across commas (:func:`_after_in_sentence`), then any dated (not vague)
    expression before it.  A length of time (لمدة ثلاثة أيام، سن العشرين، بعد أسبوعين من …) is
    never an event's date, nor the time since which it is the first (:func:`_first_since`)."""
    t, P = a.t, a.published
    cands = [(i, _coming(d, certainty, P)) for i, d in a.dates_of(c.sent) if d["kind"] not in ("set", "duration", "anchored")
             and not (d["kind"] == "vague" and d.get("start_date") is None) and not _first_since(a, i)]
    tenseless = c.pos != "verb" or is_present(t, c)  # (يتوجه … الأربعاء المقبل: a coming day)
    cands = [(i, d) for i, d in cands
             if _fits(d, certainty, P, tenseless and (abs(i - c.k) <= NOUN_WINDOW or _own_clause_after(t, c, i)))]
    same_after = [d for i, d in cands if _own_clause_after(t, c, i)]
    if same_after:
        return same_after[0]
    opened = reported_clause_start(t, c)
    cands = [(i, d) for i, d in cands if i >= opened or i > c.k]
    same_before = [d for i, d in cands if i < c.k and t.clause[i] == c.cl]
    if same_before:
        return same_before[-1]
    after = c.kind != "announcement" and _after_in_sentence(
        a, c, [(i, d) for i, d in cands if d["kind"] != "vague" and d.get("start_date")])
    if after:
        return after
    before = [d for i, d in cands if i < c.k and d["kind"] != "vague"]
    return before[-1] if before else None


#: at most this many words before «منذ» a word of a first time stands (:func:`_first_since`)
FIRST_SINCE_GAP = 8


def _first_since(a: EventScan, i: int) -> bool:
    """The time at token i opens with «منذ» (event_words.tsv role ``since``) and a word of a first
    time or a superlative (role ``first_time``: «للمرة الأولى»، «أول»، «أرفع») stands a few words
    before it: the event is the first since then, not of then («يُلقي عباس، اليوم الثلاثاء، خطاباً
    أمام مجلس الأمن للمرة الأولى منذ عام 2009»، «في أول زيارة من نوعها لروسيا منذ 1999»، «أرفع
    مسؤول كوري شمالي يزور الولايات المتحدة منذ 18 عاما»)."""
    words = a.t.words
    if i >= len(words) or words[i] not in event_words("since"):
        return False
    firsts = event_words("first_time")
    return any(bare_in(w, firsts, CONJUNCTIONS) for w in words[max(0, i - FIRST_SINCE_GAP):i])


#: a week: a weekday of a planned event told as past is the one a week later
WEEK = dt.timedelta(days=7)


def _coming(d: dict, certainty: str, P) -> dict:
    """A bare weekday («يوم الاثنين»، «السبت»: a weekday name, a lead word before it at most) that the
    date layer read as past, dating a planned event: the coming one, a week later («أعلنت الأمم
    المتحدة أنها ستعقد جولة جديدة من محادثات سلام ليبيا، يوم الاثنين»: the next Monday); any other
    row as it is."""
    start = d.get("start_date")
    if certainty != "planned" or P is None or start is None or not (P - WEEK < start < P):
        return d
    words = [key(w) for w in d.get("text", "").split()]
    if not words or words[-1] not in lexicon().weekdays or any(w not in time_words("weekday_lead") for w in words[:-1]):
        return d
    day = start + WEEK
    return {**d, "start_date": day, "end_date": day, "value": day.isoformat()}

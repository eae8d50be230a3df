"""What a match of the master pattern means: one small function per form, keyed by the name of
the regex group that matched (:data:`INTERPRETERS`), each returning a row (value, start_date,
end_date, granularity, kind) or None when the match is not a time expression after all.

Conventions: a day and month without a year take the past or next occurrence when الماضي /
المقبل (القادم، الجاري) follows or a future verb (سيعقد، سوف) stands before it in its clause, else
the year nearest publication with future and other-year candidates counted farther
(:func:`.calendar.nearest_year`).  Coordinated days (``12 و13 آب``) are one range.
``منذ ذلك الحين`` starts at the date mentioned before it, ``حينها`` / ``آنذاك`` take it.  Bare
lengths of time (``11 عاماً``, ``30 دقيقة``, ``أربع سنوات ونصف السنة`` = P4Y6M) are durations; a vague
count (عدة، بضعة) gives ``PXM``.  Without a publication date a relative expression keeps
value/start_date/end_date None.  A row may carry ``_part_ok`` (a part word may narrow it) and
``_since`` (it already counts from or to publication: منذ before it adds nothing).
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, replace

import dateutil.easter

from . import calendar as cal
from .patterns import (after_dayword, approx_before, before_corresponding, bare_year_before, future_cue, since_before,
                       weekday_pair_after, ARTICLE_LETTERS, CLAUSE_BREAK, SENTENCE_END)
from ..clitics import ARTICLE, BY, BY_FOR, CONJUNCTIONS, DEFINITE_PROCLITICS, FOR, LETTERS, LIL, PARTICLES, bare_in
from ..entities.morphology import is_nisba
from ..entities.vocabulary import given_names, is_about_sport
from ..lexicons import alternation, gazetteer, key, lexicon_cache
from .vocabulary import compound_number, context_words, event_words, negations, number, time_words

#: "... ونصف الساعة": a half unit after a duration (ثماني ساعات ونصف الساعة = PT8H30M)
HALF = {"hour": (30, "TM"), "minute": (30, "TS"), "day": (12, "TH"), "week": (84, "TH"), "month": (15, "D"),
        "year": (6, "M"), "decade": (5, "Y"), "century": (50, "Y")}
#: the unit the half of a unit is counted in (HALF's amounts): a year and a half = 12 + 6 months
HALF_SHIFT = {"year": "month", "month": "day", "week": "hour", "day": "hour", "hour": "minute"}
#: recurring values of the units a frequency (مرة في اليوم) is counted per
SET_UNITS = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y"}
#: the span a vague reference with a unit hint (الأيام، السنوات الماضية) typically covers
REF_WIDTH = {"day": ("day", 7), "week": ("week", 4), "month": ("month", 6), "year": ("year", 5)}
#: what may follow a year after a noun: punctuation, the end, or a word (checked against year_follow)
YEAR_END = re.compile(r"\s*(?:[.،,؛;:!?؟()\[\]\"»]|$)|\s+(\w+)")
#: a sentence end between a day and a clock time: the time is not on that day
CLAUSE_END = re.compile(r"[.!?؟\n]")
#: the next of a list of years (1991 و2002)
LISTED_YEAR = re.compile(r"و\d{4}")
EVENT_ANCHOR = re.compile(r"\s+(\w+)\s+(\w+)")
NEXT_WORD, PREVIOUS_WORD = re.compile(r"\s+(\w+)"), re.compile(r"(\w+)\s+$")
#: a definite dual or plural (ال...ين / ال...ان, with a proclitic): "the two" may follow it
DEFINITE_PLURAL = re.compile(rf"[{LETTERS}]?{ARTICLE}\w+(?:ين|ان)")
#: the unit a date moved by a length is given in (منذ أكثر من عقد: the year ten years back, 2008)
MOVED_UNIT = {"second": "day", "hour": "day", "minute": "day", "day": "day", "week": "day", "decade": "year", "century": "year"}
#: the unit a date moved by a single unit is given in: «قبل عام» compares with the same month a year
#: back (2014-08), where «قبل 17 عاما» is the year (1998)
MOVED_ONE_UNIT = {**MOVED_UNIT, "year": "month"}
#: the years in a decade and a century, and the longest bare length news counts in them: more is a
#: count of something else («1800 عقد» = contracts)
YEARS_IN = {"decade": 10, "century": 100}
LONGEST_YEARS = 5000
#: the ISO number of Sunday, the first day of the Arab news week
SUNDAY = 7
#: the last ISO weekday (Wednesday) on which a bare past weekend is the one just gone
EARLY_IN_WEEK = 3
#: the first ISO weekday (Thursday) on which a bare start of the week told in the future is the coming one
LATE_IN_WEEK = 4
#: the century a decade falls in when the text names none (الثمانينات = the 1980s)
DEFAULT_CENTURY = 19


@dataclass
class Scan:
    """What an interpretation may look at besides its match: the normalised text, the
    publication date, the rows found before it and the lexicon."""
    norm: str
    published: dt.date | None
    prev: list
    lex: object

    @functools.cached_property
    def about_sport(self) -> bool:
        """:func:`is_about_sport` of the whole text, decided once per scan (a text with a hundred
        «الموسم» split itself a hundred times: 10 s of 95 on a 16 MB article)."""
        return is_about_sport(self.norm.split())


def row(value, s, e, gran, kind, **extra) -> dict:
    d = {"value": value, "start_date": s, "end_date": e, "granularity": gran, "kind": kind}
    d.update(extra)
    return d


def words_of(s: str) -> str:
    """A matched phrase with its whitespace runs made single spaces (as lexicon keys are)."""
    return " ".join(s.split())


def direction_of(word) -> str | None:
    """past / future / present of a direction word (الماضي، المقبل، الجاري), None without one."""
    return time_words("direction").get(words_of(word)) if word else None


#: at most this many words from a relative pronoun to a time for the time to be in its clause
RELATIVE_CLAUSE_WORDS = 3


@lexicon_cache
def clause_opener() -> re.Pattern:
    """A relative pronoun or a conjunction such as «بعد أن» (time_context ``tense_opener``): it opens a
    clause whose verb sets its own tense."""
    words = list(event_words("relative_pronoun")) + list(context_words("tense_opener"))
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)")


def future_context(norm: str, pos: int) -> bool:
    """A future verb or planning word (سيعقد، سوف، من المقرر) earlier in the clause of ``pos``,
    after a relative pronoun (التي، الذي) a few words before it, which opens a clause with its
    own tense."""
    return future_cue().search(clause_before(norm, pos)) is not None


def past_context(m, sc: Scan) -> bool:
    """A verb that tells the past (زار، توفيت، كان: time_context ``past_cue``) earlier in the clause
    of ``m`` (:func:`past_verb_before`) and no deadline word (حتى، بحلول) right before ``m``:
    «عندما زار الرياض في 9 تشرين الثاني» in May is last November."""
    return _previous_word(sc.norm, m.start()) not in context_words("deadline") and past_verb_before(m, sc)


def past_verb_before(m, sc: Scan) -> bool:
    """A ``past_cue`` verb earlier in the clause of ``m``, after the time found last (a verb before it
    is that time's), with no future cue."""
    pos = m.start()
    before = clause_before(sc.norm, pos)
    last_end = sc.prev[-1].get("_nend") if sc.prev else None
    if last_end is not None and pos - len(before) < last_end <= pos:
        before = sc.norm[last_end:pos]
    cues = context_words("past_cue")
    return future_cue().search(before) is None \
        and any(bare_in(w, cues, CONJUNCTIONS) for w in before.split())  # وزار، فتوفي


#: what may stand between a time fronted in its clause and the verb after it (وفي أكتوبر، وجه)
FRONTED_GAP = re.compile(r"\s*[،,]?\s*(\w+)")


def fronted_before_past_verb(m, sc: Scan) -> bool:
    """«وفي تشرين الأول/أكتوبر أعلنت الشركة», «وفي أكتوبر/تشرين الأول، وجّه إليه»: a month opening
    its clause (nothing but a lead word like في before it) and right before a past verb
    (time_context ``past_cue`` or ``past_after_time``) is told in the past."""
    if len(clause_before(sc.norm, m.start()).split()) > 1:
        return False
    nxt = FRONTED_GAP.match(sc.norm, m.end())
    verbs = context_words("past_cue").keys() | context_words("past_after_time").keys()
    return nxt is not None and bare_in(nxt.group(1), verbs, CONJUNCTIONS)


def clause_before(norm: str, pos: int) -> str:
    """The text of ``pos``'s clause before it (at most 80 characters): from the last clause break,
    or from a relative pronoun a few words before ``pos``, which opens a clause with its own tense."""
    before = norm[max(0, pos - 80):pos]
    cut = None
    for cut in CLAUSE_BREAK.finditer(before):
        pass
    if cut is not None:
        before = before[cut.end():]
    opened = None
    for opened in clause_opener().finditer(before):
        pass
    if opened is not None and len(before[opened.end():].split()) <= RELATIVE_CLAUSE_WORDS:
        before = before[opened.end():]  # "سيغلقه ... القمة التي جمعت بينهما الجمعة": its own tense
    return before


def vague_length(unit) -> dict:
    """A length of a vague count of units, not placed (PXD, PTXH): «لسنوات», «في غضون ساعات», and a
    vague count of hours placed past or future (dates_addendum D4: «خلال الساعات الماضية»)."""
    return row(duration(unit, "X"), None, None, unit, "duration")


def duration(unit, n, half=False) -> str:
    """ISO-8601 duration: P3D, PT9H, PT30M, P4Y6M (half), PXM (a vague count)."""
    code = {"second": "TS", "minute": "TM", "hour": "TH", "day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE",
            "century": "CE"}[unit]
    if code in ("DE", "CE"):
        code, n = "Y", (n if n == "X" else n * (10 if code == "DE" else 100))
    v = f"PT{n}{code[1]}" if code.startswith("T") else f"P{n}{code}"
    if half and n != "X":
        h, hc = HALF[unit]
        if hc.startswith("T") and "T" not in v:
            v += "T"
        v += f"{h}{hc[-1]}"
    return v


def ref_row(ref, hint, P):
    """A vague past / future / present reference; with a unit hint (الأيام، السنوات) its typical span."""
    if P is None:
        return row(f"{ref}_REF", None, None, None, "vague")
    if ref == "PRESENT":
        return row("PRESENT_REF", P, P, "day", "vague")
    width = REF_WIDTH.get(hint)
    if width is None:
        return row(f"{ref}_REF", None, None, None, "vague")
    if ref == "FUTURE":
        s, e = P + dt.timedelta(days=1), cal.shift(P, width[0], width[1])
    else:
        s, e = cal.shift(P, width[0], -width[1]), P
    return row(f"{ref}_REF", s, e, hint, "vague")


# ----------------------------------------------------------------------------- calendar dates
def _hijri_interval(year, hm, day):
    return (cal.hijri_to_greg(year, hm, day),) * 2 if day else cal.hijri_month(year, hm)


def _nearest_hijri(P, hm, day, direction=None):
    """Start and end of the Hijri day or month nearest publication (no year written); after
    publication with المقبل, before it with الماضي."""
    hy = cal.hijri_year_of(P)
    cands = []
    for y in (hy - 1, hy, hy + 1):
        try:
            s, e = _hijri_interval(y, hm, day)
        except ValueError:  # «30 شوال»: a day the month of another year has not
            continue
        if direction == "future" and e < P or direction == "past" and s > P:
            continue
        dist = 0 if s <= P <= e else min(abs((s - P).days), abs((e - P).days))
        cands.append((dist, y > hy, s, e))
    _, _, s, e = min(cands)
    return s, e


def hijri_date(m, g, sc: Scan):
    """``15 رمضان 1436``, ``شهر رمضان``: a Hijri day or month, with or without its year."""
    L, P = sc.lex, sc.published
    mon = words_of(g["hmon"])
    hm = L.hmonths[mon]
    day = int(g["hday"]) if g["hday"] else 1 if g["hfirst"] else number(g["hdayw"], L)
    year = int(g["hyear"]) if g["hyear"] else None
    if mon in L.amb_h and not (day or year or g["hsh"] or g["part"] or g["hdir"]):
        return None
    try:
        if year is None:
            if P is None:
                return row(None, None, None, "day" if day else "month", "relative", _part_ok=True)
            s, e = _nearest_hijri(P, hm, day, direction_of(g["hdir"]))
            kind = "relative"
        else:
            s, e = _hijri_interval(year, hm, day)
            kind = "absolute"
    except (ValueError, OverflowError, ImportError):
        return None
    if day:
        return row(s.isoformat(), s, e, "day", kind)
    return row(f"{s.isoformat()}/{e.isoformat()}", s, e, "month", kind, _part_ok=True)


def named_day_year(m, sc: Scan, month, day) -> int | None:
    """«لثورة 25 يناير»، «هجمات 11 سبتمبر»: a day–month right after the noun of the event it names
    (time_context ``named_day``: noun and month-day -> the event's year), a joined letter aside."""
    word = _previous_word(sc.norm, m.start())
    names = context_words("named_day")
    for w in (word, word[1:]):
        year = names.get(key(f"{w} {month:02d}-{day:02d}")) if day else None
        if year:
            return int(year)
    return None


def _gregorian_year(m, g, sc: Scan, month, day):
    """The year of a day/month written without one: the year of the event it names, by its direction
    word, منذ or a future verb before it, or nearness to publication."""
    named = named_day_year(m, sc, month, day)
    if named is not None:
        return named
    direction = direction_of(g["gdir"])
    if direction is None and since_before().search(sc.norm, max(0, m.start() - 12), m.start()):
        direction = "since"  # «منذ أواخر آب» in March: last August
    elif direction == "future" or direction is None and future_context(sc.norm, m.start()):
        direction = "future_strict"
    elif direction is None and (past_context(m, sc) or day is None and fronted_before_past_verb(m, sc)):
        direction = "past"
    if direction is None:
        year = year_set_in_sentence(m, sc)
        if year is not None:
            return year
    return cal.nearest_year(sc.published, month, day, direction)


#: the granularities of a date that gives its year (not a range, decade or century)
YEARED = ("day", "month", "year", "season")


def year_set_in_sentence(m, sc: Scan) -> int | None:
    """The year of the last date earlier in the sentence when it gives its year: «كأس العالم 1938
    … قبل أن تنسحب في شهر مارس», «في 2001 … هجمات 11 سبتمبر»: a day or month without a year or
    direction word is in the year the sentence set (HeidelTime's narrative reference time); after a
    date without its year («16 ديسمبر الماضي … ثم في مارس») publication decides."""
    last = next((r for r in reversed(sc.prev) if r.get("start_date") and r["granularity"] in YEARED), None)
    if last is None or last.get("_nend") is None or SENTENCE_END.search(sc.norm, last["_nend"], m.start()):
        return None
    if last["kind"] != "absolute" or last.get("_yearless") \
            or any(w in time_words("conditional") for w in sc.norm[last["_nend"]:m.start()].split()):
        return None
    return last["start_date"].year


def in_a_name(m, sc: Scan) -> bool:
    """«لويدجي دي مايو»: a month name alone right after a name particle (time_context
    ``name_particle``) ends a person's name."""
    return _previous_word(sc.norm, m.start("G")) in context_words("name_particle")


def month_lead(m, sc: Scan) -> bool:
    """A word before an ambiguous month name that makes it the month (في مارس، منذ آب); a bare
    و only after another month or a year (يناير ومارس), not in a list of names («وذمار وإب»،
    «فيات كرايسلر ونيسان»)."""
    lead = bare_year_before().search(sc.norm, max(0, m.start("G") - 25), m.start("G"))
    if lead is None or lead.group().strip() not in tuple(CONJUNCTIONS):
        return lead is not None
    before = _previous_word(sc.norm, lead.start() + 1)
    return before.isdigit() or before in sc.lex.months


def gregorian_date(m, g, sc: Scan):
    """``11 سبتمبر 2001``, ``آب/أغسطس الماضي``, ``12 و13 آب``, ``يوم تسعة كانون أول`` (a day in
    cardinal words after يوم): a Gregorian day, days or month."""
    L = sc.lex
    mon = words_of(g["gmon"])
    month = L.months[mon]
    if g["gmon2"] and L.months.get(words_of(g["gmon2"])) != month:
        return None  # two different months: not a paired form; let the scanner skip
    day = int(g["gday"]) if g["gday"] else 1 if g["gfirst"] else number(g["gdayw"] or g["gdayc"], L)
    day0 = int(g["gday0"]) if g["gday0"] else None
    if g["gdayw0"]:  # «الثاني عشر والخامس والعشرين من تموز»: two days; «الخامس والعشرين» alone one
        whole = number(words_of(g["gdayw0"]) + " و" + words_of(g["gdayw"]), L)
        day0, day = (None, whole) if whole else (number(g["gdayw0"], L), day)
    year = int(g["gyear"]) if g["gyear"] else None
    if mon in L.amb_months and not (day or year or g["gsh"] or g["gmon2"] or g["gdir"] or month_lead(m, sc)):
        return None  # مارس "practised", unless a day, year, شهر, direction or في / منذ ... makes it March
    if not (day or year or g["gsh"]) and in_a_name(m, sc):
        return None
    if day is not None and not 1 <= day <= 31:
        day = None
    if day0 is not None and not (day and 1 <= day0 < day):
        return None  # "12 و13 آب": the first day must come before the second
    if year is None:
        if sc.published is None:
            return row(None, None, None, "range" if day0 else "day" if day else "month", "absolute",
                       _part_ok=not day)
        year = _gregorian_year(m, g, sc, month, day0 or day)
        if day and g["gwd"]:
            year = cal.year_of_weekday(sc.published, year, month, day, L.weekdays[words_of(g["gwd"])])
    if not day:
        return row(f"{year}-{month:02d}", dt.date(year, month, 1), cal.month_end(year, month), "month",
                   "absolute", _part_ok=True, _yearless=not g["gyear"])
    d = cal.safe_date(year, month, day)
    if d is None:
        return None
    if day0:
        d0 = cal.safe_date(year, month, day0)
        return row(f"{d0.isoformat()}/{d.isoformat()}", d0, d, "range", "absolute")
    return row(d.isoformat(), d, d, "day", "absolute", _yearless=not g["gyear"])


def digit_date(m, g, sc: Scan):
    """``4-9-1436 هـ``, ``2023/09/11``: a date in digits (Hijri by its suffix or its year)."""
    if g["ny"]:
        a, b, y = int(g["nd"]), int(g["nm"]), int(g["ny"])
        day, month = (a, b) if b <= 12 else (b, a)
    else:
        y, month, day = int(g["iy"]), int(g["im"]), int(g["id"])
    if g["nh"] == "ه" or 1300 <= y <= 1500:
        try:
            d = cal.hijri_to_greg(y, month, day)
        except (ValueError, OverflowError):
            return None
    else:
        if not 1900 <= y <= 2100:
            return None
        d = cal.safe_date(y, month, day)
        if d is None:
            return None
    return row(d.isoformat(), d, d, "day", "absolute")


def hijri_year(m, g, sc: Scan):
    """``1436 هـ``: a Hijri year, as the Gregorian interval it covers, valued by the Gregorian years
    it falls in (2014/2015), as the rulebook values a Hijri date that is no exact day; two years in
    a row written as a pair, either way round (``1436/1437هـ``، ``1437/1436هـ``), cover both (2014/2016)."""
    y = int(g["hy"])
    y0 = int(g["hy0"]) if g["hy0"] else y
    if abs(y - y0) > 1:
        return None  # no pair of years (a number, then a year: as the master read it before)
    try:
        s, _ = cal.hijri_month(min(y, y0), 1)
        _, e = cal.hijri_month(max(y, y0), 12)
    except (ValueError, OverflowError):
        return None
    return row(f"{s.year}/{e.year}" if s.year != e.year else str(s.year), s, e, "year", "absolute")


# ----------------------------------------------------------------------------- lengths of time
@dataclass
class Length:
    """A counted length of time as written: its unit, count (None: a few), lead word's meaning
    (since, ago, later, span, during) and direction."""
    unit: str
    n: int | None
    lead: str
    direction: str | None
    vague_n: bool = False
    half: bool = False


def _lead_length(g, L) -> Length:
    """``منذ ثلاث سنوات``, ``لمدة أسبوعين``, ``خلال الأيام الماضية``."""
    unit, implied = L.units[words_of(g["qu"])]
    n = compound_number(words_of(g["qn"]), L) if g["qn"] else implied
    if g["qn"] is None and implied is None:
        n = None  # "قبل أيام": a few days
    return Length(unit, n, time_words("length_lead")[words_of(g["qpre"])], direction_of(g["qdir"]),
                  vague_n=bool(g["qn"]) and words_of(g["qn"]) in L.approx,  # عدة / بضعة
                  half=bool(g["qhalf"]))


def _counted_length(g, L) -> Length:
    """``الأيام الثلاثة الماضية``, ``خلال 10 سنوات المقبلة``, ``العامين الماضيين`` (a dual): a count
    with a direction."""
    if g["ddual"]:
        unit, n = L.units[words_of(g["ddual"])]
        return Length(unit, n, "during", direction_of(g["ddir"]))
    unit, _ = L.units[words_of(g["du"] or g["du2"] or g["du3"])]
    return Length(unit, number(g["dn"] or g["dnn"] or g["dn2"] or g["dnb"] or g["dnw"], L), "during",
                  direction_of(g["ddir"]))


def _directed_range(q: Length, P):
    """The last / next n units up to / from publication (الأعوام الثلاثة الماضية): valued as the
    length (P3Y, as the rulebook wants), dated as the interval."""
    if P is None:
        return row(None, None, None, "range", "relative")
    if q.n is None and q.unit in cal.SUBDAY_UNITS:  # «خلال الساعات الماضية»: PTXH (dates_addendum D4)
        return vague_length(q.unit)
    if q.n is None:
        return row("PAST_REF" if q.direction == "past" else "FUTURE_REF", None, None, q.unit, "vague")
    if q.direction == "past":
        s, e = cal.shift(P, q.unit, -q.n), P
    else:
        s, e = P, cal.shift(P, q.unit, q.n)
    return row(duration(q.unit, q.n), s, e, "range", "relative")


def _moved_date(q: Length, P):
    """منذ / قبل / بعد + a length: the date that far from publication."""
    later = q.lead == "later"
    if q.n is None and not later and q.unit in cal.SUBDAY_UNITS and P is not None:
        return row(P.isoformat(), P, P, "day", "relative", _since=True)  # «قبل ساعات»: earlier the same day
    if q.n is None:
        return row("FUTURE_REF" if later else "PAST_REF", None, None, q.unit, "vague")
    if P is None:
        unit_val = "day" if q.unit in ("hour", "minute") and q.direction is None else q.unit
        return row(None, None, None, unit_val, "relative")
    sign = 1 if later else -1
    d = cal.shift(P, q.unit, sign * q.n)
    unit = (MOVED_ONE_UNIT if q.n == 1 else MOVED_UNIT).get(q.unit, q.unit)
    if q.half and q.unit in HALF_SHIFT:  # «منذ عام ونصف»: eighteen months back, given as the month
        half_unit = HALF_SHIFT[q.unit]
        d = cal.shift(d, half_unit, sign * HALF[q.unit][0])
        unit = MOVED_UNIT.get(half_unit, half_unit)
    v, s, e, gran = cal.unit_interval(d, unit)
    if q.vague_n:  # "قبل عدة أشهر": a vague past, the dates only a typical reading
        return row("FUTURE_REF" if later else "PAST_REF", s, e, q.unit, "vague", _since=True)
    if q.lead == "since":  # "منذ 70 عاما": from then up to publication
        return row(f"{v}/{P.isoformat()}", s, P, "range", "relative", _since=True)
    return row(v, s, e, gran, "relative", _since=True)


def length(q: Length, P):
    """A length of time after a lead word or with a direction: a range, a moved date or a duration."""
    if q.direction in ("past", "future"):
        return _directed_range(q, P)
    if q.lead in ("since", "ago", "later"):
        return _moved_date(q, P)
    # a length of time (لمدة ثلاثة أيام، خلال أسبوعين); a vague count (في غضون ساعات) is PTXH
    if q.n is None:
        return vague_length(q.unit)
    return row(duration(q.unit, "X" if q.vague_n else q.n, q.half), None, None, q.unit, "duration")


def anchored_to_event(m, sc: Scan) -> int | None:
    """"بعد أسبوعين من عودة السفير", "قبل ثلاثة أشهر على موعد الانتخابات", "بعد يومين فقط من
    أداء اليمين": the length counts from an event named after من / على, not from publication;
    returns where the expression ends (after a filler word such as فقط), or None."""
    end = m.end()
    filler = NEXT_WORD.match(sc.norm, end)
    if filler and filler.group(1) in time_words("anchor_filler"):
        end = filler.end()
    after = EVENT_ANCHOR.match(sc.norm, end)
    if after and after.group(1) in time_words("event_anchor") \
            and after.group(2) not in time_words("not_event_anchor") and not after.group(2)[0].isdigit():
        return end
    return None


def measures_ongoing(m, sc: Scan) -> bool:
    """"بعد 12 عاما من الدبلوماسية", "بعد أيام من الانتظار": the length measures the process
    named after من (an ``ongoing`` word), not an offset."""
    after = EVENT_ANCHOR.match(sc.norm, m.end())
    return bool(after) and after.group(1) == "من" and after.group(2) in context_words("ongoing")


def _count_start(m, g) -> int:
    """Where a lead length's count starts (its approximation, number or unit)."""
    return next(m.start(k) for k in ("qapprox", "qn", "qu") if g[k])


#: units an offset from publication never dates in (a day is the finest date a report gives):
#: «ثم تقدم الفريق الزائر بعد خمس دقائق» is a length (PT5M), minutes into the match
UNDATED_OFFSETS = ("minute", "second")


def gone_by(m, sc: Scan) -> int | None:
    """«منذ ثلاث سنوات مضت», «قبل أيام خلت», «ثلاثة أعوام خلت»: a verb of time gone by after a
    length makes the length that long ago, one expression with it; returns where the verb ends."""
    after = NEXT_WORD.match(sc.norm, m.end(m.lastgroup))
    return after.end() if after and after.group(1) in context_words("gone_by") else None


def _gone_by_row(q: Length, end: int, sc: Scan) -> dict:
    """The row of a length told as gone by: the date that long before publication."""
    r = _moved_date(replace(q, lead="ago", direction=None), sc.published)
    r["_tend"] = end
    return r


def lead_length(m, g, sc: Scan):
    """``منذ ثلاث سنوات``, ``لمدة أسبوعين``; after قبل / بعد and an event (:func:`anchored_to_event`)
    the length itself, kind ``anchored``: its date is the event's, which the text may not give;
    after قبل / بعد in minutes or seconds, or counted as time elapsed (بعد مرور ثلاثة شهور), a
    length too (:data:`UNDATED_OFFSETS`, time_words role elapsed)."""
    q = _lead_length(g, sc.lex)
    end = q.lead in ("since", "ago") and q.direction is None and gone_by(m, sc)
    if end:
        return _gone_by_row(q, end, sc)
    if not (q.lead in ("ago", "later") and q.direction is None):
        return length(q, sc.published)
    value = duration(q.unit, "X" if q.n is None or q.vague_n else q.n, q.half)
    if measures_ongoing(m, sc):
        return row(value, None, None, q.unit, "duration", _tstart=_count_start(m, g))
    end = anchored_to_event(m, sc)
    if end:
        offset = None if q.vague_n or q.half else (q.unit, q.n, 1 if q.lead == "later" else -1)
        return row(value, None, None, q.unit, "anchored", _tend=end, _offset=offset)
    if q.unit in UNDATED_OFFSETS or g["qfill"] and words_of(g["qfill"]) in time_words("elapsed"):
        return row(value, None, None, q.unit, "duration")
    if q.lead == "later" and told_as_past(m, sc):
        return row(value, None, None, q.unit, "duration")
    return length(q, sc.published)


def told_as_past(m, sc: Scan) -> bool:
    """«وبعد ثمانية أعوام اكتسب …», «قد عاد إلى لبنان بعد ثلاثة أسابيع»: «بعد» and a length with no
    future verb before it in its clause nor after it tells what happened that long after an
    earlier event, a length, not a date counted from publication (ستعقد بعد عدة أيام: the future)."""
    return not future_context(sc.norm, m.start()) \
        and future_cue().search(sc.norm, m.end(), m.end() + LATER_FUTURE_CHARS) is None


def length_after_lam(m, g, sc: Scan):
    """``لأشهر``, ``لعام تقريبا``, ``ليوم واحد``, ``ليومين``: a length after the proclitic ل (for
    months), a plural unit, a dual or a unit with a tail word (ل outside the span)."""
    start = m.start("L")
    if start == m.start() or sc.norm[start - 1] != "ل":
        return None
    unit, n = sc.lex.units[words_of(g["lu"])]
    if n is None:  # a plural, with its tail or not: «لسنوات», «لسنوات طويلة»
        return vague_length(unit)
    return row(duration(unit, n), None, None, unit, "duration") if n and (g["ltail"] or n == 2) else None


def counted_length(m, g, sc: Scan):
    """A count of units with its direction; its lead word inside its span but for «في»
    (time_words ``outside_count``: في الأشهر الثلاثة الأخيرة = «الأشهر الثلاثة الأخيرة»)."""
    r = length(_counted_length(g, sc.lex), sc.published)
    if r is not None and g["dpre"] and words_of(g["dpre"]) in time_words("outside_count"):
        r["_tstart"] = m.end("dpre") + len(sc.norm[m.end("dpre"):m.end()]) - len(sc.norm[m.end("dpre"):m.end()].lstrip())
    return r


def bare_length(m, g, sc: Scan):
    """A bare length of time: ``11 عاماً``, ``تسع ساعات``, ``30 دقيقة``, an age ``14 من العمر``."""
    L = sc.lex
    unit = "year" if g["bage"] else L.units[words_of(g["bu"])][0]  # an age: 14 من العمر
    nw = words_of(g["bnw"]) if g["bnw"] else None
    n = decimal(g["bn"]) if g["bn"] else compound_number(nw, L)
    if n is None or n == 0 or isinstance(n, int) and n * YEARS_IN.get(unit, 0) > LONGEST_YEARS:
        return None  # «1800 عقد»: contracts, not 18,000 years
    end = not g["bage"] and isinstance(n, int) and gone_by(m, sc)
    if end:
        return _gone_by_row(Length(unit, n, "ago", None, vague_n=nw in L.approx, half=bool(g["bhalf"])), end, sc)
    return row(duration(unit, "X" if nw in L.approx else n, bool(g["bhalf"])), None, None, unit, "duration")


def unit_as_count(m, g, sc: Scan):
    """A unit that is its own count: ``أكثر من شهر`` (P1M), ``عامين ونصف عام`` (P2Y6M), ``أسبوع
    واحد`` (P1W), ``عاما واحدا`` (P1Y); a bare singular unit (يوم) is no length, ل before it is :func:`length_after_lam`'s."""
    unit, n = sc.lex.units[words_of(g["uu"])]
    if not (g["uapprox"] or g["uone"] or n and n > 1):
        return None  # a dual or a fraction names its count (عامين، نصف ساعة); «يوم» alone none
    if g["uone"] and n is None:
        n = 1  # «يوما واحدا»: the accusative form counts nothing itself, its «واحدا» counts one
    return row(duration(unit, "X" if n is None else n, bool(g["uhalf"])), None, None, unit, "duration")


def decimal(digits: str):
    """``15`` -> 15, ``41.13`` -> "41.13" (a duration keeps the decimals as written)."""
    return int(digits) if digits.isdigit() else digits.replace(",", ".")


#: the ending of a feminine ordinal: after an age verb it counts years (بلغ السابعة: سنة is understood)
FEMININE = "ة"


def ordinal_count(first, second, L) -> int:
    """The number of an ordinal written in one or two words (السابعة، الثامنة والعشرين = 28)."""
    return number(words_of(first), L) + (number(words_of(second), L) if second else 0)


def ordinal_age(m, g, sc: Scan):
    """``في السابعة والعشرين من العمر``, ``العاشرة من عمرها``: an age in years (P27Y); after an age
    verb, a feminine ordinal alone (يبلغ التاسعة والعشرين: the verb stays outside the span); ``العقد
    الثالث من العمر``, the decade of an age (P20Y/P29Y)."""
    n = ordinal_count(g["aow"], g["aow2"], sc.lex)
    if g["aodec"]:
        return row(f"P{10 * (n - 1)}Y/P{10 * n - 1}Y", None, None, "range", "duration") if 1 <= n <= 12 else None
    if g["aoverb"] and not words_of(g["aow"]).endswith(FEMININE):
        return None
    start = {"_tstart": m.start("aow")} if g["aoverb"] else {}
    return row(f"P{n}Y", None, None, "year", "duration", **start) if 1 <= n <= 120 else None


def match_minute(m, g, sc: Scan):
    """``في الدقيقة 74``, ``عند الدقيقة السابعة عشرة``: the minute of a match, a length from its
    kick-off (PT74M)."""
    n = int(g["mmn"]) if g["mmn"] else ordinal_count(g["mmw"], g["mmw2"], sc.lex)
    return row(f"PT{n}M", None, None, "minute", "duration") if n else None


def running_count(m, g, sc: Scan):
    """``لليوم الثالث على التوالي``: the n-th unit running, a length of n units (P3D); of a
    ``running_now`` unit the current one (للعام الثاني على التوالي = the year of publication)."""
    unit, _ = sc.lex.units[words_of(g["runu"])]
    n = number(words_of(g["runo"]), sc.lex)
    if n and unit in context_words("running_now"):
        return _shifted_unit(sc.published, unit, 0)
    return row(duration(unit, n), None, None, unit, "duration") if n else None


def age(m, g, sc: Scan):
    """``سن العشرين``, ``سن الرابعة عشرة``, ``سن 18``: an age in years (P20Y)."""
    n = int(g["agn"]) if g["agn"] else number(words_of(g["agw"]), sc.lex)
    if not n or not 1 <= n <= 120:
        return None
    return row(f"P{n}Y", None, None, "year", "duration")


def vague_period(m, g, sc: Scan):
    """``في السنوات الماضية``, ``سنين مقبلة``, ``خلال الفترة القريبة الماضية``."""
    direction = direction_of("ال" + words_of(g["vdir"]))
    ref = {"past": "PAST", "future": "FUTURE", "present": "PRESENT"}[direction]
    vu = words_of(g["vu"])
    unit = sc.lex.units[vu][0] if vu in sc.lex.units else None
    if unit in cal.SUBDAY_UNITS and ref != "PRESENT":  # «خلال الساعات الماضية»: PTXH (dates_addendum D4)
        return vague_length(unit)
    return ref_row(ref, unit, sc.published)


# ----------------------------------------------------------------------------- periods
def in_brackets(m, norm: str) -> bool:
    """A match alone between round brackets: «جوزيبي فيردي (1813-1901)», a lifespan or a term."""
    return norm[:m.start()].rstrip().endswith("(") and norm[m.end():].lstrip().startswith(")")


def year_pair(m, g, sc: Scan):
    """``موسم 2017/2016``, ``2014-2015``: a range of (at most ten) years, or a century between brackets
    (a lifespan: ``(1813-1901)``); ``عام 1933 حتى 1945``,
    ``بين عامي 2000 و2014``: a range of years up to a century."""
    y1, y2 = int(g["yy1"]), int(g["yy2"])
    if g["yythrough"] or g["yyand"] is not None:
        if not (1000 <= y1 < y2 <= y1 + 100 and y2 <= 2200):
            return None
    y1, y2 = sorted((y1, y2))
    if not (1000 <= y1 <= 2200 and 0 < y2 - y1 <= 100) or not (g["yythrough"] or g["yyand"] is not None
                                                              or 1900 <= y1 <= 2100 and y2 - y1 <= 10
                                                              or in_brackets(m, sc.norm)):
        return None
    return row(f"{y1}/{y2}", dt.date(y1, 1, 1), dt.date(y2, 12, 31), "range", "absolute")


def decade(m, g, sc: Scan):
    """``الثمانينات``, ``تسعينيات القرن الماضي``: a decade (of the 20th century unless named)."""
    tens = sc.lex.decades[words_of(g["decw"])]
    cent = DEFAULT_CENTURY
    if g["deccent"]:
        c = words_of(g["deccent"])
        if c in time_words("previous"):
            cent = (sc.published.year // 100 - 1) if sc.published else DEFAULT_CENTURY
        else:
            cent = (number(c, sc.lex) or 20) - 1
    y0 = cent * 100 + tens * 10
    return row(f"{y0 // 10}", dt.date(y0, 1, 1), dt.date(y0 + 9, 12, 31), "decade", "absolute", _part_ok=True)


def century(m, g, sc: Scan):
    """``القرن العشرين``, ``القرن 21``."""
    n = number(g["centw"], sc.lex) if g["centw"] else int(g["centd"])
    if not n or n > 21:
        return None
    y0 = (n - 1) * 100
    return row(f"{n - 1:02d}", dt.date(max(y0, 1), 1, 1), dt.date(y0 + 99, 12, 31), "century", "absolute",
               _part_ok=True)


def _anchor(prev, ranges=False):
    """The last dated expression before (what حينها / منذ ذلك الحين refer to): not a range unless
    ``ranges`` (الفترة نفسها), never a length."""
    return next((r for r in reversed(prev) if r.get("start_date") and r["kind"] in ("absolute", "relative")
                 and (r["granularity"] != "range" or ranges and r["value"] and r["value"][0] != "P")), None)


def _since_then(sc: Scan):
    anchor, P = _anchor(sc.prev), sc.published
    if anchor is None:
        return row(None, None, None, "range", "relative")
    s = anchor["start_date"]
    if P is not None:
        return row(f"{anchor['value']}/{P.isoformat()}", s, P, "range", "relative")
    return row(f"{anchor['value']}/PRESENT_REF", s, None, "range", "relative")


def _then(sc: Scan, ranges=False):
    """"حينها", "آنذاك": the date mentioned before it; "الفترة نفسها" a range too."""
    anchor = _anchor(sc.prev, ranges)
    if anchor is None:
        return None
    return row(anchor["value"], anchor["start_date"], anchor["end_date"], anchor["granularity"], "relative",
               _yearless=True)


def _day_set_in_sentence(m, sc: Scan):
    """"عشية" after «في 11 أيار/مايو»: the day set earlier in its sentence, else no expression
    (the eve of an event the text does not date)."""
    last = next((r for r in reversed(sc.prev) if r.get("start_date") and r.get("_nend") is not None), None)
    if last is None or last["granularity"] != "day" or SENTENCE_END.search(sc.norm, last["_nend"], m.start()):
        return None
    return row(last["value"], last["start_date"], last["end_date"], "day", "relative", _yearless=True)


def _part_of_the_day_set(sc: Scan, code: str):
    """"عصرا", "في المساء": that part of the day the text last set, else of publication."""
    anchor = next((r for r in reversed(sc.prev) if r.get("start_date") and r["granularity"] == "day"
                   and r["kind"] in ("absolute", "relative")), None)
    d = anchor["start_date"] if anchor else sc.published
    if d is None:
        return row(None, None, None, "day", "relative")
    return row(f"{d.isoformat()}T{code}", d, d, "day", "relative", _day_part=True)


def _then_unit(sc: Scan, unit: str, shift: int):
    """"العام نفسه", "اليوم التالي": the unit of the date mentioned before it, or the next one."""
    anchor = _anchor(sc.prev)
    if anchor is None:
        return None
    v, s, e, gran = cal.unit_interval(cal.shift(anchor["start_date"], unit, shift), unit)
    return row(v, s, e, gran, "relative", _yearless=unit != "year", _part_ok=unit != "day")


def _shifted_unit(P, unit: str, n: int):
    """The ``unit`` containing publication moved by ``n`` units (العام الماضي = year -1)."""
    if P is None:
        return row(None, None, None, unit, "relative", _part_ok=True)
    v, s, e, gran = cal.unit_interval(cal.shift(P, unit, n), unit)
    return row(v, s, e, gran, "relative", _part_ok=unit in ("week", "month", "year", "decade", "century"))


@lexicon_cache
def _unit_hints() -> dict:
    """Memo of :func:`_unit_hint` (emptied when the lexicons are reloaded)."""
    return {}


def _unit_hint(rel: str, L):
    """The unit a vague phrase names (في الأيام الأخيرة -> day), if any."""
    memo = _unit_hints()
    if rel not in memo:
        ws = rel.split()
        memo[rel] = next((u for w, (u, _) in L.units.items() if w in ws or "ال" + w in ws), None)
    return memo[rel]


def today_followed(what, spec, m, sc: Scan):
    """What the word after «اليوم» makes of it: "not" today when a definite adjective of relation or a
    ``not_today_after`` word follows («اليوم العائلي للسجين»، «واليوم الآخر»); the end of an ordinal that
    says which day of an event it is («في اليوم الثاني من القمة»، «اليوم الأخير»: the span runs over it,
    the day still publication's); None for today (a weekday, a direction word or a noun after it)."""
    if not (what == "day" and spec[1] == "0"):
        return None
    nxt = NEXT_WORD.match(sc.norm, m.end())
    word = nxt.group(1) if nxt else ""
    if not word.startswith(ARTICLE_LETTERS) or word in sc.lex.weekdays or word in time_words("direction"):
        return None
    if word in sc.lex.ordinals or word in context_words("nth_day_after"):
        return nxt.end(1)
    return "not" if word in context_words("not_today_after") or is_nisba(word, article="required") else None


#: after an n-th day, the event it is a day of, inside the span: «اليوم الثاني من القمة»، «اليوم الثاني للقمة»
NTH_DAY_OF = re.compile(rf"\s+(?:من\s+{ARTICLE}|{LIL})\w+")


def nth_day(m, sc: Scan, end: int):
    """«وفي اليوم الثاني توفي ثلاثة منهم»، «اليوم الأول من الزيارة»: the n-th day of what the text
    tells, counted from the day it set last (its first day; not another n-th day nor a part of a
    day), else publication; the same n-th day as one told before is that day (two mentions of the
    summit's second day). The event it is a day of (one definite noun after من or لل) is in the span."""
    n = sc.lex.ordinals[_next_word(sc.norm, m.end())]
    of = NTH_DAY_OF.match(sc.norm, end)
    end = of.end() if of else end
    told = next((r for r in reversed(sc.prev) if r.get("_nth") == n and r.get("start_date")), None)
    anchor = next((r for r in reversed(sc.prev) if r.get("start_date") and r["granularity"] == "day"
                   and r["kind"] in ("absolute", "relative") and not r.get("_nth") and not r.get("_day_part")), None)
    d = told["start_date"] if told else anchor["start_date"] + dt.timedelta(days=n - 1) if anchor else sc.published
    if d is None:
        return row(None, None, None, "day", "relative", _tend=end, _nth=n)
    return row(d.isoformat(), d, d, "day", "relative", _tend=end, _yearless=True, _nth=n)


#: an indefinite noun in the accusative (جنديا، ضابطا، قائدا), not a verb's plural ending (أعلنوا) nor a
#: pronoun (اعتبروها، عرفنا)
INDEFINITE_ACCUSATIVE = re.compile(r"\w{2,}(?<![وهن])ا")


def adverb_read_otherwise(m, rel: str, sc: Scan) -> bool:
    """«جنديا سابقا»: a ``former_after_noun`` word right after an indefinite accusative noun is the
    adjective "former"; «وأخيرا البرازيلي»: a ``finally_after_and`` word joined to و opens the last
    item of a list ("and finally"). Neither is a time."""
    if rel in context_words("former_after_noun") and INDEFINITE_ACCUSATIVE.fullmatch(_previous_word(sc.norm, m.start())):
        return True
    start = m.start("rel")
    before = sc.norm[max(0, start - 2):start]
    return rel in context_words("finally_after_and") and before[-1:] == "و" and not before[:-1].strip()


def title_general(m, rel: str, sc: Scan) -> bool:
    """«الأمين العام السابق للأمم المتحدة»، «النائب العام الحالي»: right after a ``general_title`` word,
    «العام» is the title's adjective "general", so the phrase opening with it is no year."""
    if rel.split()[0] != "العام":
        return False
    word = DEFINITE_PROCLITICS.sub("", _previous_word(sc.norm, m.start("rel")))  # والأمين، للأمين
    word = ARTICLE[0] + word if word.startswith(FOR) and not word.startswith(ARTICLE) else word
    return word in context_words("general_title")


def unit_is_nowadays(what, spec, m, sc: Scan) -> bool:
    """"هو اليوم في صالح إسرائيل", "باتت اليوم": today as the present, not the day."""
    return what == "day" and spec[1] == "0" and _previous_word(sc.norm, m.start()) in context_words("nowadays_before")


#: at most this many words from a negation to «من قبل» for it to mean "(never) before"
NEGATED_WORDS = 3
#: a definite noun after ل (لل...): «لم يكن معروفا من قبل للشرطة» — no agent takes it
LAM_DEFINITE = LIL


def in_negated_clause(m, sc: Scan) -> bool:
    """A negation at most :data:`NEGATED_WORDS` words before the match, in its clause, and no
    agent after it: punctuation, the end, لل… or an ``after_negated_ref`` word (إلا، أن) comes next."""
    before = sc.norm[max(0, m.start() - 60):m.start()]
    cut = None
    for cut in CLAUSE_BREAK.finditer(before):
        pass
    words = (before[cut.end():] if cut else before).split()[-NEGATED_WORDS:]
    if not any(w in negations() for w in words):
        return False
    after = _next_word(sc.norm, m.end())
    return not after or after.startswith(LAM_DEFINITE) or after in time_words("after_negated_ref")


#: what ends a sentence before a phrase that opens the next one
SENTENCE_BEFORE = re.compile(r"(?:^|[.!?؟:\n])\s*$")
#: how far after a phrase a future verb makes it the future (سوف، سيتم …)
LATER_FUTURE_CHARS = 60


def later_in_a_past_story(m, rel: str, sc: Scan) -> bool:
    """«وفي وقت لاحق، اجتمع …», «وفي وقت لاحق قال …»: "later" opening a sentence with no future
    verb after it tells what happened next (a past time); after a future verb, or inside a
    sentence (ستعلن في وقت لاحق), it is the future (time_words ``later_in_story``)."""
    if rel not in time_words("later_in_story") or not SENTENCE_BEFORE.search(sc.norm, max(0, m.start() - 4), m.start()):
        return False
    return future_cue().search(sc.norm, m.end(), m.end() + LATER_FUTURE_CHARS) is None


#: at most this many words between a verb telling what came next (ليعود) and the «بعدها» after it
THEN_VERB_WORDS = 4


def then_verb_before(m, sc: Scan) -> bool:
    """«ليختتم بعدها كلماته», «ليعود الرئيس الكوري الشمالي بعدها»: a present verb after the lam of what
    came next (time_context ``then_verb_lam``, no place name) at most :data:`THEN_VERB_WORDS` words
    before ``m`` in its clause: the story goes on on the occasion the text last set."""
    prefixes, places = tuple(context_words("then_verb_lam")), gazetteer()
    words = clause_before(sc.norm, m.start()).split()[-THEN_VERB_WORDS:]
    return any(w.startswith(prefixes) and len(w) >= len(p) + 3 and w not in places
               for w in words for p in prefixes if w.startswith(p))


#: at most this many words before a vague "later" in its clause where a present verb puts it in the future
PRESENT_VERB_WORDS = 6
#: the letter a present verb opens with (يمثل، يتم)
PRESENT_PREFIX = "ي"


def present_verb_before(m, sc: Scan) -> bool:
    """«ويمثل هانسن … أمام محكمة سياتل في وقت لاحق», «يتم التصويت عليه في وقت لاحق هذا العام»: a
    present verb (ي and two letters or more, behind و/ف; no given name, no time_context
    ``not_present_verb`` word) in the clause before "later", none beside كان: it comes."""
    words = clause_before(sc.norm, m.start()).split()[-PRESENT_VERB_WORDS:]
    skip, names = context_words("not_present_verb"), given_names()
    if any(w in context_words("past_auxiliary") for w in words):
        return False
    bare = (w[1:] if w[:1] in CONJUNCTIONS and w[1:2] == PRESENT_PREFIX else w for w in words if w not in skip)
    return any(b[:1] == PRESENT_PREFIX and len(b) >= 3 and b.isalpha() and b not in skip and b not in names
               for b in bare)


def _day_told_before(m, sc: Scan):
    """The day (or hour) the text set last, at most :data:`NEWS_DAY_REACH` characters before ``m``:
    the occasion a story going on with «ليعود … بعدها» is at; None when the last time set is no day."""
    anchor = _then(sc)
    if anchor is None or anchor["granularity"] not in ("day", "hour") or not sc.prev \
            or m.start() - sc.prev[-1].get("_nend", 0) > NEWS_DAY_REACH:
        return None
    return anchor


def opens_a_future_sentence(m, rel: str, sc: Scan) -> bool:
    """«وفي وقت لاحق، سيجتمع …»: "later" opening a sentence whose verb after it is a future one."""
    return rel in time_words("later_in_story") and SENTENCE_BEFORE.search(sc.norm, max(0, m.start() - 4), m.start()) \
        is not None and future_cue().search(sc.norm, m.end(), m.end() + LATER_FUTURE_CHARS) is not None


#: the end of a clause right after «من قبل»: no agent follows it
CLAUSE_END_AFTER = re.compile(r"\s*(?:[.،,؛;:!?؟]|$)")


def unagented(m, sc: Scan) -> bool:
    """«وقال بوريسوف من قبل إن …», «أعلنته من قبل عن …», «كما حدث من قبل.»: no agent follows
    (its clause ends, or an ``after_ref`` word comes next), so «من قبل» is "before", not "by"."""
    return CLAUSE_END_AFTER.match(sc.norm, m.end()) is not None \
        or _next_word(sc.norm, m.end()) in time_words("after_ref")


#: quotation marks around a title (صحيفة “اليوم”، تيار «المستقبل»; some outlets turn the guillemets
#: round: لـ»اليوم«، لـ»اليوم»)
QUOTE_OPEN, QUOTE_CLOSE = "“«»\"'", "”»«\"'"


def quoted_alone(m, norm: str) -> bool:
    """A phrase standing alone between quotation marks is a title, not a time: «وفقا لصحيفة
    “اليوم”»."""
    return 0 < m.start() and norm[m.start() - 1] in QUOTE_OPEN and norm[m.end():m.end() + 1] in tuple(QUOTE_CLOSE)


#: the proclitic that glues a length to «بعد ذلك» (بعد ذلك بثلاثة أيام)
GLUED_BY = BY


def length_glued_after(m, sc: Scan) -> bool:
    """A count or a unit glued to ب right after the match (بعد ذلك بثلاثة أيام، بعدها بيومين)."""
    word = _next_word(sc.norm, m.end())
    rest = word[1:]
    return word[:1] == GLUED_BY and (rest.isdigit() or rest in sc.lex.cardinals or rest in sc.lex.units)


def possessed_time(m, rel: str, sc: Scan) -> bool:
    """«من وقتها القياسي»: a time noun with its pronoun (time_words ``possessed_then``) before a
    definite adjective is "its time", not "at that time"."""
    return rel in time_words("possessed_then") and _next_word(sc.norm, m.end()).startswith(ARTICLE_LETTERS)


def a_place_name(m, sc: Scan) -> bool:
    """«في دوما», «مدينة #دوما»: a time word that is also a town's name, after a place word or a
    hashtag, is the town."""
    return sc.norm[m.start() - 1:m.start()] == "#" or _previous_word(sc.norm, m.start()) in context_words("place_before")


def clause_tense(m, sc: Scan, default: str) -> str:
    """The tense of a vague time's clause (دائما، في هذا الوقت): FUTURE after a future verb,
    PAST beside كان (``past_auxiliary``), else ``default``."""
    if future_context(sc.norm, m.start()):
        return "FUTURE"
    beside = (_previous_word(sc.norm, m.start()), _next_word(sc.norm, m.end()))
    return "PAST" if any(w in context_words("past_auxiliary") for w in beside) else default


def then_in_future(m, sc: Scan) -> bool:
    """«وحينها سيتسع الوطن»: "then" right before a future verb is a time to come (FUTURE_REF), not
    the date the text last set (a future verb earlier in its clause is not enough: «هي التي افرج
    عنها فقط في ذلك الوقت» stays the date)."""
    return future_cue().match(sc.norm, m.end()) is not None


def relative_phrase(g, L) -> str:
    """The relative_time.tsv phrase a match of R stands for: as written, or with the article's alif
    a preposition ل dropped given back (لموسم المقبل of للموسم المقبل = الموسم المقبل)."""
    rel = words_of(g["rel"])
    return rel if rel in L.relative else ARTICLE_LETTERS[0] + rel


def relative_word(m, g, sc: Scan):
    """A fixed phrase of relative_time.tsv: أمس، الأسبوع المقبل، مؤخرا، يوميا، منذ ذلك الحين."""
    rel = relative_phrase(g, sc.lex)
    spec = sc.lex.relative[rel]
    what, P = spec[0], sc.published
    if what == "not" or what not in NAMED_DAYS and quoted_alone(m, sc.norm):
        return None  # a named day keeps its date between quotation marks («ذكرى "يوم الأرض"»)
    if title_general(m, rel, sc):
        return None
    if what == "since-then":
        return _since_then(sc)
    if what == "then":
        if possessed_time(m, rel, sc):
            return None
        return ref_row("FUTURE", None, P) if then_in_future(m, sc) else _then(sc)
    if what == "then-day":
        return _day_set_in_sentence(m, sc)
    if what == "then-period":
        return _then(sc, ranges=True)
    if what == "day-part":
        return _part_of_the_day_set(sc, spec[1])
    if unit_is_nowadays(what, spec, m, sc):
        return ref_row("PRESENT", None, P)
    followed = today_followed(what, spec, m, sc)
    if followed == "not":
        return None
    if isinstance(followed, int) and _next_word(sc.norm, m.end()) in sc.lex.ordinals:
        return nth_day(m, sc, followed)
    if what in ("then-same", "then-next"):
        return _then_unit(sc, spec[1], 1 if what == "then-next" else 0)
    if what == "then-previous":
        return _then_unit(sc, spec[1], -1) or _shifted_unit(P, spec[1], -1)
    if what == "after-then":
        if length_glued_after(m, sc):
            return None  # «بعد ذلك بثلاثة أيام»: the offset's lead (dates._anaphoric_offset)
        future = future_context(sc.norm, m.start()) or opens_a_future_sentence(m, rel, sc)
        if not future and rel in context_words("then_after_verb") and then_verb_before(m, sc):
            return _day_told_before(m, sc) or ref_row(spec[1], None, P)  # «ليعود الرئيس بعدها إلى بلاده»
        return ref_row("FUTURE" if future or present_verb_before(m, sc) else spec[1], None, P)
    if what == "ref":
        if adverb_read_otherwise(m, rel, sc):
            return None
        ref = "PAST" if spec[1] == "FUTURE" and later_in_a_past_story(m, rel, sc) else spec[1]
        return ref_row(ref, _unit_hint(rel, sc.lex), P)
    if what == "negated-ref":
        return ref_row(spec[1], None, P) if in_negated_clause(m, sc) or unagented(m, sc) else None
    if what == "ref-tense":
        return None if a_place_name(m, sc) else ref_row(clause_tense(m, sc, spec[1]), None, P)
    if what == "set":
        return row(spec[1], None, None, None, "set")
    if what == "season-year":
        return season_year(P, int(spec[1]))
    if what == "sport-season":
        return season_year(P, int(spec[1])) if sport_season(m, sc) else None
    if what in FIXED_SPECS:
        return FIXED_SPECS[what](spec, P)
    unit, n = what, int(spec[1])
    if P is None:
        return row(None, None, None, unit, "relative", _part_ok=True)
    if unit == "week":
        n = _week_shift(n, rel, m, sc)
    v, s, e, gran = cal.unit_interval(cal.shift(P, unit, n), unit)
    extra = {"_tend": followed} if followed else {}
    r = row(v, s, e, gran, "relative", _part_ok=unit in ("week", "month", "year", "decade", "century"), **extra)
    return weekend(r, rel.split()[0])


def weekend(r: dict, part_word: str) -> dict:
    """A week after a part word naming its weekend (time_words ``weekend``: نهاية الأسبوع الماضي) is
    that weekend, its last two days (TIMEX3 ``2018-W28-WE``); any other row as it is."""
    if r["granularity"] == "week" and r["value"] and words_of(part_word) in time_words("weekend"):
        r["value"] += "-WE"
        r["start_date"] = r["end_date"] - dt.timedelta(days=1)
    return r


def _week_of_a_bare_weekend(m, sc: Scan) -> int:
    """The Sunday–Saturday week (as :func:`.calendar.unit_interval` counts it) whose ISO weekend a bare
    «(عطلة) نهاية الأسبوع» means: the one just gone when published on a Sunday (it includes the
    day: «ستستمر خلال عطلة نهاية الأسبوع»), or early in the week with no future cue («غاراتها ...
    خلال نهاية الأسبوع كانت محاولة» on a Monday); else, or after a deadline word («ننتظر حتى نهاية
    الاسبوع») or «قبل» (before the weekend: during this week), this week's."""
    P = sc.published
    if P.isoweekday() == SUNDAY:
        return -1
    before = _previous_word(sc.norm, m.start())
    ahead = future_context(sc.norm, m.start()) or before in context_words("deadline") or before in time_words("before_weekend")
    return -1 if P.isoweekday() <= EARLY_IN_WEEK and not ahead else 0


def _week_shift(n: int, rel: str, m, sc: Scan) -> int:
    """The Sunday–Saturday week (counted from publication's) a week phrase means: a bare weekend's
    (:func:`_week_of_a_bare_weekend`), a Sunday paper's (:func:`_week_of_a_sunday`), and late in the
    week a bare start of the week with a future verb in its clause the coming one («سيزور ...
    السعودية والأردن وإسرائيل مطلع الأسبوع» on a Friday: blind26)."""
    first = rel.split()[0]
    if n == 0 and first in time_words("weekend"):
        return _week_of_a_bare_weekend(m, sc)
    if sc.published.isoweekday() == SUNDAY:
        return _week_of_a_sunday(n, rel, m, sc)
    if n == 0 and time_words("part").get(first) == "start" and sc.published.isoweekday() >= LATE_IN_WEEK \
            and future_context(sc.norm, m.start()):
        return 1
    return n


def _week_of_a_sunday(n: int, rel: str, m, sc: Scan) -> int:
    """The week a Sunday's paper means, counted in Sunday–Saturday weeks: the one opening on
    publication is «الأسبوع المقبل» (its Monday is the next one: «يخطط لزيارة واشنطن الأسبوع المقبل»)
    and «الأسبوع الجاري» (the running week: «خلال الأسبوع الجاري», blind26); «هذا الأسبوع» with no
    future cue in its clause tells what happened in the one that ended on Saturday («شنوا هجوماً
    هذا الأسبوع»; «تعتزمان إعلان ... هذا الأسبوع» is the coming one)."""
    if n > 0:
        return n - 1
    running = time_words("direction").get(rel.split()[-1]) == "present"
    return -1 if n == 0 and not running and not future_context(sc.norm, m.start()) else n


def night(spec, P):
    """"ليلا": the night of a day counted from publication (2018-05-02TNI)."""
    if P is None:
        return row(None, None, None, "day", "relative", _night=True)
    d = P + dt.timedelta(days=int(spec[1]))
    return row(d.isoformat() + "TNI", d, d, "day", "relative", _night=True)


def hijri_day(spec, P):
    """"أول أيام عيد الفطر": a Hijri day nearest publication."""
    if P is None:
        return row(None, None, None, "day", "relative")
    s, e = _nearest_hijri(P, int(spec[1]), int(spec[2]))
    return row(s.isoformat(), s, e, "day", "relative")


def hijri_season(spec, P):
    """"موسم الحج": the Gregorian month its Hijri day (nearest publication) falls in."""
    if P is None:
        return row(None, None, None, "month", "relative", _season=True)
    d, _ = _nearest_hijri(P, int(spec[1]), int(spec[2]))
    return row(f"{d.year}-{d.month:02d}", d.replace(day=1), cal.month_end(d.year, d.month), "month", "relative",
               _season=True)


def annual_day(spec, P):
    """"يوم الأرض" (30 March): a named day of the Gregorian year, its occurrence nearest publication."""
    if P is None:
        return row(None, None, None, "day", "relative")
    month, day = int(spec[1]), int(spec[2])
    d = dt.date(cal.nearest_year(P, month, day), month, day)
    return row(d.isoformat(), d, d, "day", "relative")


#: dateutil.easter's method of each church relative_time.tsv names
EASTER_METHODS = {"western": dateutil.easter.EASTER_WESTERN, "orthodox": dateutil.easter.EASTER_ORTHODOX}


def easter_day(spec, P):
    """"عيد الفصح": Easter Sunday (dateutil.easter) nearest publication."""
    if spec[1] not in EASTER_METHODS:
        return None  # «عيد الفصح اليهودي»: Passover, no Easter
    if P is None:
        return row(None, None, None, "day", "relative")
    days = (dateutil.easter.easter(y, EASTER_METHODS[spec[1]]) for y in (P.year - 1, P.year, P.year + 1))
    d = min(days, key=lambda d: abs((d - P).days))
    return row(d.isoformat(), d, d, "day", "relative")


#: relative_time.tsv specs read by a function of (spec, publication date)
FIXED_SPECS = {
    "night": night, "hijri-day": hijri_day, "hijri-season": hijri_season, "annual": annual_day, "easter": easter_day,
    "value": lambda spec, P: row(spec[1], None, None, None, "vague"),
    "anchored": lambda spec, P: row(spec[1], None, None, "day", "anchored", _offset=("day", 1, 1)),
}

#: specs of a named day, which a text may put between quotation marks
NAMED_DAYS = ("annual",)

#: the month a sports or school year starts in (July to June)
SEASON_START = 7
#: the month by which its play or teaching has begun: before it, «الموسم المقبل» (the next one) is
#: the year about to begin (in August 2015, 2015/2016)
SEASON_KICKOFF = 9


def sport_season(m, sc: Scan) -> bool:
    """«يجب أن نبدأ الموسم»، «بقية بطولات الموسم»: a bare «الموسم» is the season only in a text about
    sport (the entity layer's ``is_about_sport``: not a pilgrimage's «انتهاء الموسم») and with no
    definite word after it that says which or what season (الموسم الواحد، الموسم الزراعي), nor a part
    word or a word of its start or end before it (بداية الموسم، انطلاقة الموسم: a moment the bare
    season does not value; time_context ``season_moment``)."""
    before = _previous_word(sc.norm, m.start("rel"))
    if before in time_words("part") or before in context_words("season_moment"):
        return False
    return not _next_word(sc.norm, m.end()).startswith(ARTICLE_LETTERS) and sc.about_sport




def season_year(P, n: int):
    """"هذا الموسم", "العام الدراسي الحالي": the sports or school year containing publication, or
    ``n`` from it; a next one (``n`` > 0) counts from the year not yet begun (:data:`SEASON_KICKOFF`)."""
    if P is None:
        return row(None, None, None, "range", "relative")
    y = P.year - (P.month < (SEASON_KICKOFF if n > 0 else SEASON_START)) + n
    return row(f"{y}/{y + 1}", dt.date(y, SEASON_START, 1), dt.date(y + 1, SEASON_START, 1) - dt.timedelta(days=1),
               "range", "relative")


def _next_weekday(P, iso):
    return P + dt.timedelta(days=(iso - P.isoweekday()) % 7 or 7)


def _next_word(norm: str, pos: int) -> str:
    """The word right after ``pos`` across spaces only (a comma ends the phrase)."""
    m = NEXT_WORD.match(norm, pos)
    return m.group(1) if m else ""


def _previous_word(norm: str, pos: int) -> str:
    """The word right before ``pos`` across spaces only."""
    m = PREVIOUS_WORD.search(norm, max(0, pos - 40), pos)
    return m.group(1) if m else ""


#: prepositions glued to a word: before الاثنين they make it «the two» (بالاثنين، للاثنين)
GLUED_PREPOSITIONS = BY_FOR


#: letters that may be joined to the word before a weekday (وبسوق)
JOINED_BEFORE = PARTICLES


def names_a_place(m, sc: Scan) -> bool:
    """A weekday name right after a word that makes the two a place's name (سوق الثلاثاء)."""
    before = _previous_word(sc.norm, m.start("W"))
    names = context_words("weekday_name_before")
    joined = (i for i in (0, 1, 2) if set(before[:i]) <= set(JOINED_BEFORE))  # سوق، بسوق، وبسوق
    return any(before[i:] in names for i in joined)


def bare_weekday(m, sc: Scan, wd: str) -> bool:
    """An ambiguous weekday name (الأحد، الاثنين، الجمعة) with no يوم before it is a day unless the
    word beside it makes it an ordinary word: بين الاثنين، الأحد عشر، صلاة الجمعة, or (for الاثنين,
    "the two") a definite dual or plural right before it (الطرفين الاثنين)."""
    if wd in sc.lex.number_wd and m.start() < m.start("W") and sc.norm[m.start("W") - 1] in GLUED_PREPOSITIONS:
        return False  # «بصلته بالاثنين المقبوض عليهما»: with the two; a day takes no ب / ل
    before = _previous_word(sc.norm, m.start("W"))
    after = _next_word(sc.norm, m.end("W"))
    if before in time_words("pair_between") and weekday_pair_after().match(sc.norm, m.end("W")):
        return True  # بين الجمعة والأحد: two days, not «between the two»
    if before in time_words("not_weekday_before") or after in time_words("not_weekday_after"):
        return False
    return not (wd in sc.lex.number_wd and DEFINITE_PLURAL.fullmatch(before))


def a_deadline(m, sc: Scan) -> bool:
    """«ممهلة روسيا حتى الثلاثاء»، «يمهلها حتى السبت»: a deadline word (time_context ``deadline``) right
    before a weekday, or before يوم and it, looks forward, unless a verb telling the past opens its
    clause («استمرت المعارك حتى الخميس») or it ends a span another time in its clause opened."""
    if _previous_word(sc.norm, m.start()) not in context_words("deadline"):
        return False
    last_end = sc.prev[-1].get("_nend") if sc.prev else None
    if last_end is not None and m.start() - len(clause_before(sc.norm, m.start())) < last_end <= m.start():
        return False  # «منذ مساء الخميس حتى فجر الجمعة»: the end of a span another time opened
    return not past_verb_before(m, sc)


def weekday(m, g, sc: Scan):
    """``يوم الأحد``, ``الخميس الماضي``, ``قال مسؤول الأحد``: the weekday before publication (or
    the day itself), or after it when a direction or a future verb says so.  An ambiguous name
    (الأحد، الاثنين، الجمعة) counts after يوم or a day word (اليوم الجمعة), before الموافق, or
    bare where :func:`bare_weekday` accepts it."""
    L, P, norm = sc.lex, sc.published, sc.norm
    wd = words_of(g["wd"])
    if not g["wpre"] and names_a_place(m, sc):
        return None
    if wd in L.amb_wd and not g["wpre"] and not (
            after_dayword().search(norm, max(0, m.start("W") - 14), m.start("W"))
            or before_corresponding().match(norm, m.end("W")) or bare_weekday(m, sc, wd)):
        return None
    iso = L.weekdays[wd]
    direction = direction_of(g["wdir"])
    # «ليلة السبت-الأحد»: the night of two days, valued by its first; another pair is not one day
    extra = {"_tend": m.end("wd")} if g["wd2"] and L.weekdays[words_of(g["wd2"])] != iso % 7 + 1 else {}
    if P is None:
        return row(None, None, None, "day", "relative", **extra)
    if direction == "future":
        d = _next_weekday(P, iso) + dt.timedelta(weeks=1 if g["wafter"] else 0)  # الأربعاء بعد المقبل
    elif direction == "past":
        d = P - dt.timedelta(days=(P.isoweekday() - iso) % 7 or 7)
    elif future_context(norm, m.start()) or a_deadline(m, sc) or _opens_with_present_verb(m, sc):  # "سيعقد يوم الأحد":
        d = P + dt.timedelta(days=(iso - P.isoweekday()) % 7)  # the coming one, or publication day itself
    else:
        d = P - dt.timedelta(days=(P.isoweekday() - iso) % 7)
    return row(d.isoformat(), d, d, "day", "relative", _weekday=iso, **extra)


def _opens_with_present_verb(m, sc: Scan) -> bool:
    """«ويختتم الزيارة الاثنين في فاراناسي»: a clause opening with a present verb (ي, behind و/ف; no
    given name, no ``not_present_verb`` word) and no past verb before the weekday: the coming day."""
    words = clause_before(sc.norm, m.start()).split()
    if not words or past_verb_before(m, sc):
        return False
    first = words[0][1:] if words[0][:1] in CONJUNCTIONS and words[0][1:2] == PRESENT_PREFIX else words[0]
    skip = context_words("not_present_verb")
    return first[:1] == PRESENT_PREFIX and len(first) >= 4 and first.isalpha() and words[0] not in skip \
        and first not in skip and first not in given_names()


def season(m, g, sc: Scan):
    """``صيف 2019``, ``الشتاء الماضي``, ``هذا الربيع``: a season (winter runs into the next year);
    a part word may narrow it (نهاية الصيف).  Without a year or direction word, a future verb before
    it in its clause takes the season not yet over, else the last one begun."""
    L, P = sc.lex, sc.published
    se = words_of(g["se"])
    if se not in L.seasons:
        if not g["sey"]:
            return None  # صيف without a year is a common noun (صيف حار)
        se = "ال" + se
    code, m1, m2 = L.seasons[se]
    if g["sey"]:
        y = int(g["sey"])
        s, e = cal.season_occurrence(code, m1, m2, y)
        return row(f"{y}-{code}", s, e, "season", "absolute", _part_ok=True)
    if P is None:
        return row(None, None, None, "season", "relative")
    direction = direction_of(g["sedir"])
    occ = [(y,) + cal.season_occurrence(code, m1, m2, y) for y in range(P.year - 2, P.year + 2)]
    if direction == "future":
        y, s, e = next(o for o in occ if o[1] > P)
    elif direction == "past":
        y, s, e = [o for o in occ if o[2] < P][-1]
    elif future_context(sc.norm, m.start()):  # «تنوي الحكومة تقديمه في الخريف»: this one or the next
        y, s, e = next(o for o in occ if o[2] >= P)
    else:
        y, s, e = [o for o in occ if o[1] <= P][-1]
    return row(f"{y}-{code}", s, e, "season", "relative", _part_ok=True)


def year_after_noun(m, sc: Scan) -> bool:
    """A bare four-digit number after a noun (انتخابات 2014، كأس العالم 1938) is a year when
    punctuation, the end or a year_follow word (التي، في، عندما) comes next, so it is not counting
    the noun after it (2000 شخص), and no not_year_before word (القرار، رقم، نحو) stands before it; after
    a year_noun (أولمبياد، رؤية) whatever follows."""
    before = _previous_word(sc.norm, m.start())
    if not before or before[0].isdigit() or before in time_words("not_year_before"):
        return False
    if _year_noun(before) or _year_noun_and_place_before(sc.norm, m.start()):
        return True  # «أولمبياد 2020 الصيفي», «مونديال إيطاليا 1934»: an event named with its year
    after = YEAR_END.match(sc.norm, m.end())
    if after is None:
        return False
    word = after.group(1)
    return word is None or word in time_words("year_follow") or word[1:] in time_words("year_follow") \
        or LISTED_YEAR.fullmatch(word) is not None


def _year_noun(word: str) -> bool:
    """A year_noun (time_context.tsv), a joined letter aside (وأولمبياد)."""
    return word in context_words("year_noun") or word[1:] in context_words("year_noun")


#: the most words of a place name between an event noun and its year (أولمبياد ريو دي جانيرو 2016)
PLACE_WORDS = 3


def _year_noun_and_place_before(norm: str, pos: int) -> bool:
    """An event noun and the place it was held right before ``pos``: «مونديال إيطاليا 1934»,
    «أولمبياد ريو دي جانيرو 2016» (a place of the gazetteer)."""
    words = norm[max(0, pos - 60):pos].split()
    places = gazetteer()
    return any(len(words) > k and _year_noun(words[-k - 1]) and " ".join(words[-k:]) in places
               for k in range(1, PLACE_WORDS + 1))


def alone_in_brackets(norm: str, start: int, end: int) -> bool:
    """A four-digit number that is all a bracket holds, «كأس رئيس الدولة (2017) وكأس الرابطة (2016)،»:
    a year the writer set beside what it dates — unless a word it counts follows the bracket
    («(2017) زائرا»; only punctuation, the end, a year_follow word or a listed «و…» may)."""
    after = norm[end:].lstrip()
    if not (norm[:start].rstrip().endswith("(") and after.startswith(")")):
        return False
    nxt = YEAR_END.match(after, 1)
    word = nxt.group(1) if nxt else None
    return word is None or word.startswith("و") or word in time_words("year_follow")


#: a number and the ل of «لسنة/لعام» right before a year word: a case's or a law's number of that year
NUMBER_OF_YEAR = re.compile(r"\d\s*\)?\s*ل$")


def year(m, g, sc: Scan):
    """``عام 2011``, ``2011م``; a bare four-digit number only in 1900-2100 after في / منذ / حتى ...
    or after a noun (:func:`year_after_noun`), never after an approximation (أكثر من 2000 شخص)."""
    y = int(g["yv"])
    if g["ykw"] and NUMBER_OF_YEAR.search(sc.norm, max(0, m.start("Y") - 12), m.start("Y")):
        return None  # «القضية رقم 408 لسنة 2015», «القانون 10 لسنة 1914»: a title, no time
    if not (g["ykw"] or g["ym"].strip()):
        if not 1900 <= y <= 2100:
            return None
        pre = sc.norm[max(0, m.start("Y") - 25):m.start("Y")]
        if approx_before().search(pre) or not (g["part"] or bare_year_before().search(pre) or year_after_noun(m, sc)
                                               or alone_in_brackets(sc.norm, m.start("Y"), m.end("Y"))):
            return None
    if not 1000 <= y <= 2200:
        return None
    return row(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "absolute", _part_ok=True)


def year_in_words(m, g, sc: Scan):
    """``عام ألفين وثمانية عشر``, ``في ألف وتسعمائة وتسعين``: a year in words, after a year word or
    a word that leads a year (else «ألفين وخمسة عشر جنديا» is a count)."""
    pre = sc.norm[max(0, m.start("YW") - 25):m.start("YW")]
    if approx_before().search(pre) or not (g["ywkw"] or g["part"] or bare_year_before().search(pre)):
        return None
    y = int(time_words("year_thousand")[words_of(g["ywk"])])
    y += int(time_words("year_hundred").get(words_of(g["ywh"] or ""), 0))
    y += sum(number(words_of(n)) for n in (g["yw1"], g["yw2"]) if n)
    if not 1900 <= y <= 2100:
        return None
    return row(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "absolute", _part_ok=True)


#: how far (normalised characters, about three sentences) the news day the text set carries to a clock
#: time with no day of its own: «عيد الفطر» in a lead does not date a fair's opening hours 2,000 characters on
NEWS_DAY_REACH = 600


def _clock_day(sc: Scan, pos: int):
    """The day a clock time falls on: a day the text gave just before (same sentence), else the
    news day the text last set nearby (a weekday, «أمس»: «أعلنت الجمعة ... وسيلتقي كيم في الساعة 9.30»;
    :data:`NEWS_DAY_REACH`), else publication."""
    for r in reversed(sc.prev):
        if r.get("_nend", -1) < pos - 120:
            break
        if r["granularity"] == "day" and r.get("start_date") and not CLAUSE_END.search(sc.norm, r["_nend"], pos):
            return r["start_date"]
    last = next((r for r in reversed(sc.prev) if r["granularity"] == "day" and r.get("start_date")
                 and r["kind"] == "relative"), None)
    near = last is not None and pos - last.get("_nend", 0) <= NEWS_DAY_REACH
    return last["start_date"] if near else sc.published


def clock_time(m, g, sc: Scan):
    """``الساعة 10:53 بتوقيت غرينتش``, ``الساعة العاشرة صباحا``: a time on the day the text is at
    (``2018-08-13T10:53``)."""
    hour = int(g["clh"]) if g["clh"] else int(time_words("clock_hour")[words_of(g["clw"])])
    minute = int(g["clm"]) if g["clm"] else compound_number(words_of(g["clmw"]), sc.lex) if g["clmw"] \
        else int(time_words("clock_fraction").get(words_of(g["clf"] or ""), 0))
    part = time_words("clock_part").get(words_of(g["clp"] or ""))
    if part in ("pm", "night") and hour < 12 and not (part == "night" and hour < 5):
        hour += 12
    elif part == "night" and hour == 12:
        hour = 24
    if not (0 <= hour <= 24 and 0 <= minute < 60):
        return None
    day = _clock_day(sc, m.start())
    clock = f"T{hour:02d}:{minute:02d}"
    if day is None:
        return row(clock, None, None, "hour", "relative")
    return row(day.isoformat() + clock, day, day, "hour", "relative")


#: the interpretation of each form of the master pattern (:data:`.patterns.FORMS`)
INTERPRETERS = {
    "CL": clock_time, "H": hijri_date, "G": gregorian_date, "N": digit_date, "HY": hijri_year, "YW": year_in_words,
    "Q": lead_length, "D": counted_length, "B": bare_length, "AG": age, "AO": ordinal_age, "V": vague_period,
    "YY": year_pair, "DEC": decade, "C": century, "R": relative_word, "W": weekday, "S": season, "Y": year,
    "U": unit_as_count, "L": length_after_lam, "MM": match_minute, "RUN": running_count,
}


def interpret(m, sc: Scan):
    """The row a match of the master pattern stands for, or None.  Each interpreter reads the
    groups it needs as ``g[name]`` from the match itself (``re.Match`` is subscriptable): building
    a groupdict of the master pattern's ~200 groups would cost more than the few groups it reads."""
    return INTERPRETERS[m.lastgroup](m, m, sc)

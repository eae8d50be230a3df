"""Time expressions of a text: one scan of the master pattern over the normalised text, each match
interpreted (:mod:`.interpret`), then adjusted by what stands around it; spans are mapped back,
so ``text[start:end]`` always gives the expression as written.

``find_dates`` columns
    text, start, end   the expression as written and its span in the original text
    value              ISO-8601 / TIMEX3-style: ``2011``, ``2019-04``, ``2023-09-11``, ``2023-W37``,
                       ``2023-SP``, ``198`` (the 1980s), ``19`` (the 20th century), a range
                       ``2019/2023`` or ``2018/2023-09-12`` (since 2018), ``P3D`` (a duration),
                       ``PAST_REF`` / ``FUTURE_REF`` / ``PRESENT_REF`` (vague), or None when it needs
                       the publication date and there is none (never filled from today's date)
    start_date, end_date  the interval it covers (datetime.date; None when unresolved)
    granularity        hour, day, week, month, season, quarter, half (of a year: 2015-Q2, 2018-H1),
                       year, decade, century, range
    kind               absolute (the text names it), relative (needs the publication date or the
                       date before it), duration, set (recurring), vague, anchored (a length
                       counted from an event the text names: بعد أسبوعين من عودة السفير = P2W,
                       never dated from publication)
    sentence           index of the sentence it stands in (``text_layer(...).sentences``)

Period parts (مطلع، بداية، أوائل / منتصف، أواسط / أواخر، نهاية) keep the value and narrow the
dates to the first, middle or last third.  ``منذ`` before a date makes an interval up to
publication.  A weekday right after اليوم is a second expression with that day's date (gold
convention: ``اليوم`` + ``الجمعة``), after أمس / غدا one expression with it (``أمس الاثنين``); a
weekday before ``الموافق`` takes the date after it.  A lead that changes the meaning (خلال، قبل،
بعد …) is inside the span, في and بين outside (tests/gold/rulebooks/dates_blind2.md).
A day opened by a part of the day (صباح، مساء، ليلة) has a TIMEX3 time value (``2018-08-14TEV``).
A frequency (مرة في اليوم) makes في + a unit a set (P1D), not today.  Spans never begin or end with
whitespace.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from itertools import accumulate, repeat
from operator import contains, methodcaller

from ..clitics import CONJUNCTIONS, FOR
from ..lexicons import key
from ..records import DATES
from ..textlayer import text_layer
from . import calendar as cal
from .interpret import SET_UNITS, Scan, direction_of, duration, interpret, relative_phrase, row, weekend, words_of
from .patterns import (ARTICLE_LETTERS, DAYWORD_GAP, NIGHT_GAP, SENTENCE_END, anaphoric_offset_before, bare_year_before, before_corresponding, clock_day_gap, corresponding_gap, count_to_before, date_gap, day_part_before, day_part_lead_before, event_opening,
                       in_gap, inside_lead_before, nth_weekday_before, of_gap, pair_between_before, per_unit,
                       quantity_before, range_gap, range_start_before, rate_unit, scanner, since_before, since_word, until_now, weekdays_dual_before,
                       year_part_before, year_part_of_its_year, years_dual_at)
from .vocabulary import lexicon, number, time_words

DURATION = re.compile(r"P((?:\d+[YMWD])*(?:T(?:\d+[HMS])+)?)")
DURATION_PART = re.compile(r"(\d*)([YMWDTHS])")
AND_GAP = re.compile(r"\s+و\s?")
#: a day number (with the article: الـ11) and من right before a month named relatively (20 من الشهر
#: المقبل): group 1 the day as written, group 2 its number
DAY_OF = re.compile(r"(?<![\d/.\-])((?:ال\s?)?(\d{1,2}))\s+من\s+$")
#: between a week and a weekday of it: a space (الأسبوع المقبل يوم الجمعة), or من (الجمعة من الأسبوع المقبل)
WEEK_GAP = re.compile(r"\s+(?:(من)\s+)?")
#: what may stand before the end word of a range closed by «الآن» (وحتى الآن)
AND_BEFORE = re.compile(r"\s*[،,]?\s+(?:و\s?)?")
#: between a weekday and its date (يوم الاثنين 25 شوال، الثلاثاء، 12 يونيو)
DATE_GAP = re.compile(r"\s*[،,]?\s*")
#: a four-digit year inside a value (2015-07, 2015-01/2015-07)
YEAR_IN_VALUE = re.compile(r"(?<!\d)\d{4}(?!\d)")
VAGUE_REFS = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")
#: a sentence end: an event-anchored offset looks for its event's date before one
#: how far (in words) after an event-anchored offset its event's date may stand
EVENT_DATE_WORDS = 15
#: what an event's date may be (a length or a range is not one)
EVENT_GRANULARITIES = ("day", "hour", "month", "year")
#: a length of one unit and a whole count (P15Y, PT24H)
SIMPLE_DURATION = re.compile(r"P(T?)(\d+)([YMWDHS])")
#: the columns of :func:`find_dates` (defined once, in :data:`maqal.records.DATES`)
DATE_COLUMNS = DATES.names
#: what an interpretation may raise on a form out of the calendar's range (قبل 2500 عام) or one
#: the data files lack: the match is skipped
SKIPPED = (ValueError, OverflowError, KeyError, StopIteration, IndexError)


def _narrowed_start(m, g, r) -> int:
    """Where the expression starts: at its part word (أواخر ...), which narrows its dates, or at
    its form."""
    if g["part"] and r.get("_part_ok"):
        r["start_date"], r["end_date"] = cal.narrow(r["start_date"], r["end_date"],
                                                    time_words("part")[words_of(g["part"])])
        weekend(r, g["part"])
        return m.start("part")
    return m.start(m.lastgroup)


#: the value of a Hijri month: its first and last Gregorian days (2015-08-16/2015-09-14)
HIJRI_MONTH_VALUE = re.compile(r"\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d")


def _part_of_hijri_month(r) -> None:
    """«مطلع شهر ذي القعدة», «منتصف شهر رمضان»: a part of a Hijri month is valued as the Gregorian
    month its middle falls in (2015-08), as the gold sets value it; its dates stay the part's. «منذ
    مطلع شهر رمضان» (a range by now) keeps the month's first day."""
    s, e = r.get("start_date"), r.get("end_date")
    if r["granularity"] == "month" and s and e and HIJRI_MONTH_VALUE.fullmatch(r["value"] or ""):
        mid = dt.date.fromordinal((s.toordinal() + e.toordinal()) // 2)
        r["value"] = f"{mid.year}-{mid.month:02d}"


def _since(norm, s0, r, published) -> int:
    """"منذ" before an absolute date, a season or a month makes an interval up to publication;
    returns the new start."""
    if not since_word().search(norm, max(0, s0 - 12), s0):
        return s0  # no منذ before it: spares the slice and the search on most rows
    pre = norm[max(0, s0 - 12):s0]
    ms = since_before().search(pre)
    if not (ms and r["kind"] in ("absolute", "relative") and r["granularity"] != "range" and not r.get("_since")):
        return s0
    anchor = _since_anchor(norm, s0, r)
    r["granularity"] = "range"
    if anchor is None:
        pass  # unresolved without a publication date; stays None
    elif published is not None:
        r["value"] = f"{anchor}/{published.isoformat()}"
        r["end_date"], r["_until_published"] = published, True
    else:
        r["value"] = f"{anchor}/PRESENT_REF"
        r["end_date"] = None
    return s0 - len(pre) + ms.start(1)


FIRST_WORD = re.compile(r"\w+")


def _since_anchor(norm, s0, r) -> str | None:
    """Where a range opened by منذ begins: the row's value (a Hijri month, its two ends, counts
    from its start), or for a year opened by a start word its first month, as the gold sets value
    it (منذ مطلع 2015، منذ بداية العام الحالي = 2015-01/…; منذ أواخر 2009 stays 2009/…)."""
    anchor = r["value"] and r["value"].partition("/")[0]
    if anchor and r["granularity"] == "year" and YEAR_IN_VALUE.fullmatch(anchor):
        first = FIRST_WORD.match(norm, s0)
        if first and time_words("part").get(words_of(first.group())) == "start":
            return f"{anchor}-01"
    return anchor


def _with_lead(norm, m, g, s0) -> int:
    """Where the span starts with the lead word before it (خلال الصيف، قبل نهاية الأسبوع: the lead
    changes the meaning), and without بين before two years (بين 2007 و2012: «2007 و2012»)."""
    if m is not None and m.lastgroup == "YY" and g["yybetween"]:
        return m.end("yybetween") + len(norm[m.end("yybetween"):m.end()]) - len(norm[m.end("yybetween"):m.end()].lstrip())
    ml = inside_lead_before().search(norm, max(0, s0 - 16), s0)
    return ml.start(1) if ml and not event_opening().match(norm, s0) else s0


def _week_before_its_weekend(norm, s0, r) -> None:
    """«قبل نهاية الأسبوع»: before the weekend is during the week, the week itself (2018-W18)."""
    if (r["value"] or "").endswith("-WE") and norm[s0:s0 + 12].split(None, 1)[0] in time_words("before_weekend"):
        r["value"] = r["value"][:-len("-WE")]
        r["start_date"] = r["end_date"] - dt.timedelta(days=6)


def _keeps_joined_lam(norm, m, g, s0) -> bool:
    """"لمدة" is one word: keep its ل (لمدة أسبوعين، لمدة طويلة)."""
    if not (s0 and norm[s0 - 1] == FOR and m.lastgroup in ("Q", "R")):
        return False
    first = g["qpre"] if m.lastgroup == "Q" else g["rel"].split(None, 1)[0]
    return time_words("length_lead").get(words_of(first)) == "span" \
        and (s0 < 2 or not norm[s0 - 2].isalnum() or norm[s0 - 2] in CONJUNCTIONS)


def _per_unit(norm, m, s0, r):
    """"مرات كثيرة في اليوم": per day, not today; returns (start, row)."""
    if m.lastgroup == "R" and r["kind"] == "relative" and r["granularity"] in SET_UNITS:
        ms = per_unit().search(norm, max(0, s0 - 30), s0)
        if ms:
            return ms.start(1), row(SET_UNITS[r["granularity"]], None, None, None, "set")
    return s0, r


def _weekday_of_dayword(norm, m, s0, t0, r, out) -> int:
    """"اليوم الجمعة", "أمس (الخميس)": the weekday names the day just given.  Right after a day
    word other than today across a space or in brackets (أمس الخميس، صباح أمس الجمعة، مساء أمس
    (الأحد)) it is marked to join that day word (:func:`_join_day_and_weekday`; the closing bracket
    joins too: returns the end), dated by itself when it falls a day beside the day word (an
    article dated the day after it was written says أمس of the day before its own)."""
    if not (m.lastgroup == "W" and out and r["kind"] == "relative"):
        return t0
    p = out[-1]
    gap = norm[p["_nend"]:s0] if "_nend" in p else None
    if gap is not None and DAYWORD_GAP.fullmatch(gap) and p["kind"] == "relative" \
            and p["granularity"] == "day" and p.get("_rel_day") is not None:
        bracketed = gap.strip() == "(" and BRACKET_CLOSE.match(norm, t0)
        if p["_rel_day"] != 0 and (gap.isspace() or bracketed):
            r["_joins_day"] = True
            t0 = bracketed.end() if bracketed else t0
            if r["start_date"] is not None and abs((r["start_date"] - p["start_date"]).days) <= 1:
                code = p["value"].partition("T")[2]
                r["value"] = r["value"] + ("T" + code if code else "")
                return t0
        named = p["_rel_day"] == 0 and _day_the_weekday_names(p, r)
        if named:
            _move_day(p, named)
        for k in ("value", "start_date", "end_date"):
            r[k] = p[k]
    return t0


#: the bracket closing a weekday after a day word: أمس (الأحد)
BRACKET_CLOSE = re.compile(r"\s*\)")


def _anaphoric_offset(norm, m, s0, r) -> int:
    """"بعد ذلك بثلاثة أيام", "قبل ذلك بعامين": a length counted from the time the text last set
    is one expression with its lead (its value the length); returns the start."""
    if r["kind"] != "duration" or not s0 or norm[s0 - 1] != "ب":
        return s0
    lead = anaphoric_offset_before().search(norm, max(0, s0 - 16), s0 - 1)
    return lead.start(1) if lead else s0


def _day_the_weekday_names(today, weekday) -> dt.date | None:
    """"اليوم الأربعاء" where publication is not a Wednesday: the writer's weekday wins.  The day
    after publication when it is that weekday (a paper dated the morning after it went online),
    else the last such day before it (the report was written before it was dated)."""
    d, iso = today["start_date"], weekday.get("_weekday")
    if not d or not iso or d.isoweekday() == iso:
        return None
    after = d + dt.timedelta(days=1)
    return after if after.isoweekday() == iso else d - dt.timedelta(days=(d.isoweekday() - iso) % 7)


def _move_day(r, d) -> None:
    """Put the day row ``r`` on the day ``d``, keeping its part of the day (2018-04-25TEV)."""
    code = r["value"].partition("T")[2]
    r.update(value=d.isoformat() + ("T" + code if code else ""), start_date=d, end_date=d)


def _join_day_and_weekday(out) -> list:
    """"أمس الاثنين", "مساء أمس السبت", "غدا السبت": one expression with the weekday's date
    (:func:`_weekday_of_dayword`)."""
    if not _any(out, "_joins_day"):
        return out
    joined = []
    for r in out:
        if r.pop("_joins_day", False) and joined:
            joined[-1].update(value=r["value"], start_date=r["start_date"], end_date=r["end_date"], end=r["end"],
                              _nend=r["_nend"])
        else:
            joined.append(r)
    return joined


def _part_of_day(norm, m, g, s0, t0, r) -> int:
    """"مساء الثلاثاء", "صباح اليوم", "الليلة الماضية": a dated day opened by a part of the day
    takes its TIMEX3 code (2018-08-14TEV); the interval stays the day.  A part of the day right
    before the expression (مساء يوم الأربعاء، الساعات الأولى من يوم الأحد، منتصف ليل الجمعة) joins
    it; returns the start."""
    if _two_days(r):
        pass  # «ليل 15-16 أيار»: a night of two days, valued by its first (below)
    elif _has_day_part(r):
        return _day_part_lead(norm, s0)
    elif r["granularity"] != "day" or not r["value"] or len(r["value"]) != 10:
        return s0
    words = norm[s0:t0].split()
    parts = time_words("day_part")
    first = words[0] if words else ""
    code = parts.get(first) or parts.get(first[1:]) or parts.get(" ".join(words[:2]))
    if g["part"] and words and words_of(g["part"]) + " " + first in parts:
        code, s0 = parts[words_of(g["part"]) + " " + first], m.start("part")
    elif code:
        s0 = _day_part_lead(norm, s0)
    else:
        before = day_part_before().search(norm, max(0, s0 - 24), s0)
        if before:
            code, s0 = parts[words_of(before.group(1))], before.start(1)
    if code == NIGHT and _two_days(r):
        d = r["start_date"]
        r.update(value=d.isoformat(), end_date=d, granularity="day")
    elif _two_days(r):
        return s0
    if code:
        r["value"] += "T" + code
    return s0


def _has_day_part(r) -> bool:
    """A day already valued with its part (صباح اليوم = 2018-08-14TMO)."""
    v = r["value"]
    return r["granularity"] == "day" and isinstance(v, str) and len(v) == 13 and v[10] == "T"


def _day_part_lead(norm, s0) -> int:
    """The start of a part of the day with the lead right before it that joins it (الساعات الأولى
    من صباح الأحد، ساعة مبكرة من صباح اليوم: time_words.tsv, day_part_lead)."""
    lead = day_part_lead_before().search(norm, max(0, s0 - 24), s0)
    return lead.start(1) if lead else s0


#: the TIMEX3 code of the night
NIGHT = "NI"


def _two_days(r) -> bool:
    """A range of two days in a row (15-16 أيار)."""
    return r["granularity"] == "range" and r.get("start_date") is not None and r.get("end_date") is not None \
        and (r["end_date"] - r["start_date"]).days == 1 and r["kind"] == "absolute"


def _any(out, field: str, *values) -> bool:
    """Whether some row has ``field`` (with one of ``values``, when given): the joining steps
    below look first, so an article without what a step joins costs one pass of lookups."""
    if values:
        return any(map(values.__contains__, map(methodcaller("get", field), out)))
    return any(map(contains, out, repeat(field)))


def _joined(out, join) -> list:
    """The rows in order, each row that ``join(previous, row)`` ties to the row kept before it
    merged into that one: extended to the row's end, with the fields ``join`` returns (None: not tied)."""
    joined = []
    for r in out:
        found = join(joined[-1], r) if joined else None
        if found is None:
            joined.append(r)
        else:
            joined[-1].update(found, end=r["end"], _nend=r["_nend"])
    return joined


def _two_weekdays(out, normalized, published=None) -> list:
    """"يومي الأربعاء والخميس المقبلين": one range of the two days (:func:`_pair_days`)."""
    if not _any(out, "_weekday"):
        return out
    norm = normalized.norm

    def join(p, r):
        dual = p.get("_weekday") and r.get("_weekday") and p["start_date"] and r["start_date"] \
            and AND_GAP.fullmatch(norm, p["_nend"], r["_nstart"]) \
            and weekdays_dual_before().search(norm, max(0, p["_nstart"] - 12), p["_nstart"])
        if not dual:
            return None
        d1, d2 = _pair_days(p, r, norm, published)
        return {"value": f"{d1.isoformat()}/{d2.isoformat()}", "start_date": d1, "end_date": d2, "granularity": "range",
                "_nstart": dual.start(1), "start": normalized.span(dual.start(1), r["_nend"])[0]}
    return _joined(out, join)


def _pair_days(p, r, norm, published) -> tuple[dt.date, dt.date]:
    """The two days of a pair of weekdays: a plural direction after them (المقبلين، الماضيين) is
    both days' — the coming pair opens after publication («يوميْ الأحد والاثنين المقبلين» on a Sunday:
    next week's), the past pair closes before it —; without one, the first day as its clause dates it
    («ستعقد على مدى يومي الاثنين والثلاثاء»: the coming Monday) and the second the day after it."""
    gap = dt.timedelta(days=(r["_weekday"] - p["_weekday"]) % 7)
    direction = direction_of(norm[r["_nstart"]:r["_nend"]].split()[-1])
    if direction == "past" or direction is None and published is None:
        return r["start_date"] - gap, r["start_date"]
    if direction == "future" and published is not None:
        d1 = published + dt.timedelta(days=(p["_weekday"] - published.isoweekday()) % 7 or 7)
        return d1, d1 + gap
    return p["start_date"], p["start_date"] + gap


def _night_of_two_days(out, norm) -> list:
    """"ليل الأربعاء الخميس", "منتصف ليل الجمعة - السبت": the night between two days is one
    expression, valued by its first day (2018-05-09TNI)."""
    if not any(r["value"] and r["value"].partition("/")[0].endswith("TNI") for r in out):
        return out

    def join(p, r):  # «منذ ليل الخميس الجمعة»: the night opens a range up to publication
        night = p["value"] and p["value"].partition("/")[0].endswith("TNI") and r["granularity"] == "day" \
            and r.get("_weekday") \
            and p["start_date"] and r["start_date"] == p["start_date"] + dt.timedelta(days=1) \
            and NIGHT_GAP.fullmatch(norm, p["_nend"], r["_nstart"])
        return {} if night else None
    return _joined(out, join)


def _day_offset(spec) -> int | None:
    """The days from publication of a relative_time.tsv spec of one day (day -1 -> -1), else None."""
    return int(spec[1]) if spec[0] == "day" and len(spec) > 1 else None


def _expression(m, normalized, sc: Scan):
    """The row of one match of the master pattern, with its span, or None."""
    norm, published, out = sc.norm, sc.published, sc.prev
    g = m  # the groups, read by name: g["part"]
    try:
        r = interpret(m, sc)
    except SKIPPED:
        return None
    if r is None:
        return None
    lead_out = r.pop("_tstart", None)
    s0 = lead_out or _narrowed_start(m, g, r)
    parted = r.pop("_part_ok", None) and not lead_out and g["part"]
    t0 = r.pop("_tend", None) or m.end(m.lastgroup)
    s0, r = _per_unit(norm, m, s0, r)
    t0 = _weekday_of_dayword(norm, m, s0, t0, r, out)
    s0 = _anaphoric_offset(norm, m, s0, r)
    s0 = _part_of_day(norm, m, g, s0, t0, r)
    s0 = _since(norm, s0, r, published)
    r.pop("_since", None)
    if parted:
        _part_of_hijri_month(r)
    if _keeps_joined_lam(norm, m, g, s0):
        s0 -= 1
    s0 = s0 if lead_out else _with_lead(norm, m, g, s0)
    _week_before_its_weekend(norm, s0, r)
    if m.lastgroup == "R" and r["granularity"] == "day":
        r["_rel_day"] = _day_offset(sc.lex.relative[relative_phrase(g, sc.lex)])
    r["_nend"], r["_nstart"] = t0, s0
    r["start"], r["end"] = normalized.span(s0, t0)
    return r


def _without_vague_before_day(out, norm) -> list:
    """"قال في وقت سابق الأحد", "في وقت سابق اليوم": a vague time right before a day is no
    expression of its own; the day carries the time (time_words.tsv, vague_before_day)."""
    if not _any(out, "kind", "vague"):
        return out
    drop = time_words("vague_before_day")
    return [r for r, nxt in zip(out, out[1:] + [None])
            if not (nxt is not None and r["kind"] == "vague" and nxt["granularity"] == "day"
                    and DATE_GAP.fullmatch(norm, r["_nend"], nxt["_nstart"])
                    and words_of(norm[r["_nstart"]:r["_nend"]]) in drop)]


def _vague_of_date(out, norm) -> list:
    """"في وقت سابق من يوم الاثنين", "في وقت لاحق من الشهر الماضي": a vague time, من and a date are
    one expression, valued by the date (time_words.tsv, vague_of_date)."""
    if not _any(out, "kind", "vague"):
        return out
    kept = []
    for r, nxt in zip(out, out[1:] + [None]):
        if _vague_opens(r, nxt, norm):
            nxt["start"], nxt["_nstart"] = r["start"], r["_nstart"]
        else:
            kept.append(r)
    return kept


def _vague_opens(r, nxt, norm) -> bool:
    """The vague row ``r`` opens the dated row right after it across من (:func:`_vague_of_date`)."""
    return nxt is not None and r["kind"] == "vague" and nxt["kind"] in ("absolute", "relative") \
        and nxt.get("start_date") is not None and of_gap().fullmatch(norm, r["_nend"], nxt["_nstart"]) is not None \
        and words_of(norm[r["_nstart"]:r["_nend"]]) in time_words("vague_of_date")


def _weekday_takes_corresponding(out, norm) -> list:
    """"يوم الثلاثاء الموافق 3 – 11 - 1436هـ": one expression, the date after الموافق."""
    if not _any(out, "kind", "absolute"):
        return out

    def join(a, b):
        falls = a["granularity"] == "day" and a["kind"] == "relative" and b["granularity"] == "day" \
            and b["kind"] == "absolute" and before_corresponding().fullmatch(norm, a["_nend"], b["_nstart"])
        return {k: b[k] for k in ("value", "start_date", "end_date")} if falls else None
    return _joined(out, join)


#: the order of the parts of an ISO-8601 duration: a joined duration must continue it (P1Y6M, PT7H5M)
DURATION_PARTS = "YMWD" + "T" + "HMS"
TIME_PART = DURATION_PARTS.index("T")


def _duration_parts(value: str):
    """[(position in DURATION_PARTS, text)] of a P... duration, or None for anything else."""
    m = DURATION.fullmatch(value or "")
    if not m:
        return None
    out, in_time = [], False
    for number, letter in DURATION_PART.findall(m.group(1)):
        if letter == "T":
            in_time = True
            continue
        out.append((DURATION_PARTS.index(letter, TIME_PART if in_time else 0), number + letter))
    return out


def _joined_duration(a: str, b: str) -> str | None:
    """"سبع ساعات وخمس دقائق": PT7H + PT5M = PT7H5M, when b's parts all come after a's."""
    pa, pb = _duration_parts(a), _duration_parts(b)
    if not pa or not pb or max(p for p, _ in pa) >= min(p for p, _ in pb):
        return None
    date = "".join(t for p, t in pa + pb if p < TIME_PART)
    time = "".join(t for p, t in pa + pb if p > TIME_PART)
    return "P" + date + ("T" + time if time else "")


def _join_durations(out, norm) -> list:
    """Two lengths joined by و (سبع ساعات وخمس دقائق، عامين وستة أشهر) are one duration."""
    if not _any(out, "kind", "duration"):
        return out

    def join(p, r):
        value = p["kind"] == r["kind"] == "duration" and AND_GAP.fullmatch(norm, p["_nend"], r["_nstart"]) \
            and _joined_duration(p["value"], r["value"])
        return {"value": value} if value else None
    return _joined(out, join)


def _day_of_week(week, day) -> dict | None:
    """The weekday ``day`` names inside the week row ``week`` (الأسبوع المقبل يوم الجمعة)."""
    if week.get("start_date") is None or "_weekday" not in day:
        return None
    d = week["start_date"] + dt.timedelta(days=day["_weekday"] % 7)  # the week starts on Sunday
    return {"value": d.isoformat(), "start_date": d, "end_date": d}


def _weekday_in_week(out, norm) -> list:
    """"الأسبوع المقبل يوم الجمعة", "الجمعة من الأسبوع المقبل": one day, that weekday of that week."""
    if not _any(out, "granularity", "week"):
        return out

    def join(p, r):
        week, day = (p, r) if p["granularity"] == "week" else (r, p)
        gap = WEEK_GAP.fullmatch(norm, p["_nend"], r["_nstart"])
        found = gap and week["granularity"] == "week" and day["granularity"] == "day" \
            and (gap.group(1) is None) == (week is p) and _day_of_week(week, day)
        return dict(found, granularity="day", kind="relative") if found else None
    return _joined(out, join)


def _day_of_month(out, normalized) -> None:
    """"20 من الشهر المقبل": the day of a month named relatively is that day, not the month."""
    if not _any(out, "granularity", "month"):
        return
    norm = normalized.norm
    for r in out:
        if r["granularity"] != "month" or r["kind"] != "relative" or r.get("start_date") is None:
            continue
        at, day = _day_before_of(norm, r["_nstart"])
        d = day and cal.safe_date(r["start_date"].year, r["start_date"].month, day)
        if d:
            r.update(value=d.isoformat(), start_date=d, end_date=d, granularity="day", _nstart=at,
                     start=normalized.span(at, r["_nend"])[0])


#: the most words of a day written as an ordinal (الحادي والعشرين)
ORDINAL_DAY_WORDS = 3
#: «من» and the space around it right before a month named relatively
OF_BEFORE = re.compile(r"\s+من\s+$")
WORD_RUN = re.compile(r"\S+")


def _day_before_of(norm: str, at: int) -> tuple[int, int | None]:
    """(where it starts, the day) of a day of the month written before «من» and position ``at``:
    in digits («20 من الشهر المقبل», «الـ11 من») or as an ordinal after a word that leads a date
    («في الثامن عشر من الشهر الجاري»)."""
    m = DAY_OF.search(norm, max(0, at - 12), at)
    if m:
        return m.start(1), int(m.group(2))
    of = OF_BEFORE.search(norm, max(0, at - 8), at)
    if of is None:
        return at, None
    words = list(WORD_RUN.finditer(norm, max(0, of.start() - 40), of.start()))[-ORDINAL_DAY_WORDS:]
    for k in range(len(words)):
        day = lexicon().ordinals.get(" ".join(w.group() for w in words[k:]))
        start = words[k].start()
        if day and 1 <= day <= 31 and bare_year_before().search(norm, max(0, start - 12), start):
            return start, day  # led like a date (في، منذ، حتى …), not «وهو الثاني من الشهر الجاري»
    return at, None


#: a day of the month in digits right after a weekday (الأربعاء 14،), no part of a date or a count
DAY_NUMBER_AFTER = re.compile(r"\s+(\d{1,2})(?!\d|\s*[/\-.:]\s*\d)")


def _weekday_with_its_day_number(out, normalized) -> None:
    """"الأربعاء 14، بعد أن طلبت": a weekday followed by the day of the month it falls on is one
    expression (the number must be that day: «يوم السبت 18 غارة» is a count)."""
    if not _any(out, "_weekday"):
        return
    for r in out:
        m = r.get("_weekday") and r.get("start_date") and DAY_NUMBER_AFTER.match(normalized.norm, r["_nend"])
        if m and int(m.group(1)) == r["start_date"].day:
            r["_nend"], r["end"] = m.end(1), normalized.span(r["_nstart"], m.end(1))[1]


def _nth_weekday(day: int, iso: int, start: dt.date, end: dt.date) -> dt.date | None:
    """The ``day``-th (-1: last) weekday ``iso`` between ``start`` and ``end``."""
    if day > 0:
        d = start + dt.timedelta(days=(iso - start.isoweekday()) % 7 + 7 * (day - 1))
    else:
        d = end - dt.timedelta(days=(end.isoweekday() - iso) % 7)
    return d if start <= d <= end else None


def _weekday_of_month(out, normalized) -> list:
    """"أول يوم جمعة من هذا الشهر", "آخر خميس من رمضان": one day, that weekday of the month (a
    weekday row the scanner found inside the phrase is dropped)."""
    if not _any(out, "granularity", "month"):
        return out
    norm, weekdays, kept = normalized.norm, lexicon().weekdays, []
    for r in out:
        m = r["granularity"] == "month" and r.get("start_date") and nth_weekday_before().search(
            norm, max(0, r["_nstart"] - 40), r["_nstart"])
        w = m and words_of(m.group(2))
        iso = m and (weekdays.get(w) or weekdays.get("ال" + w))
        d = iso and _nth_weekday(int(time_words("nth")[words_of(m.group(1))]), iso, r["start_date"], r["end_date"])
        if d:
            s0 = m.start(1)
            kept = [p for p in kept if p["_nend"] <= s0]
            r.update(value=d.isoformat(), start_date=d, end_date=d, granularity="day", kind="relative",
                     _nstart=s0, start=normalized.span(s0, r["_nend"])[0])
        kept.append(r)
    return kept


#: the value and granularity of the first n months of a year that are one of its parts
FIRST_MONTHS_PARTS = {3: ("Q1", "quarter"), 6: ("H1", "half")}


def _year_part(y: int, m) -> dict | None:
    """The part of the year ``y`` a match of :func:`year_part_before` names: الربع الثاني (Q2),
    النصف الأول (H1), الأشهر السبعة الأولى (2015-01/2015-07)."""
    if m.groupdict().get("firstn"):
        n = number(words_of(m.group("firstn")))
        if not n or n > 12:
            return None
        code, gran = FIRST_MONTHS_PARTS.get(n, (None, "range"))
        value = f"{y}-{code}" if code else f"{y}-01/{y}-{n:02d}"
        return dict(value=value, start_date=dt.date(y, 1, 1), end_date=cal.month_end(y, n), granularity=gran)
    parts = int(time_words("year_part")[words_of(m.group("ypw"))])
    n = parts if words_of(m.group("ypn")) in time_words("last_part") else number(words_of(m.group("ypn")))
    if not n or n > parts:
        return None
    months = 12 // parts
    return dict(value=f"{y}-{'Q' if parts == 4 else 'H'}{n}", start_date=dt.date(y, (n - 1) * months + 1, 1),
                end_date=cal.month_end(y, n * months), granularity="quarter" if parts == 4 else "half")


def _part_of_year(out, normalized) -> None:
    """"الربع الثاني من العام الحالي" (2015-Q2), "النصف الأول من 2018" (2018-H1), "الأشهر السبعة
    الأولى من العام الحالي" (2015-01/2015-07): the part of the year named before a year, with a
    lead before it (خلال)."""
    if not _any(out, "granularity", "year"):
        return
    norm = normalized.norm
    for r in out:
        if r["granularity"] != "year" or not (r["value"] or "").isdigit() or r.get("start_date") is None:
            continue
        m = year_part_before().search(norm, max(0, r["_nstart"] - 40), r["_nstart"])
        part = m and _year_part(r["start_date"].year, m)
        if part:
            s0 = _with_lead(norm, None, None, m.start("ypart"))
            r.update(part, _nstart=s0, start=normalized.span(s0, r["_nend"])[0])


#: the word right before a part of a year (a part word: نهاية الربع الثاني)
PART_WORD_BEFORE = re.compile(r"(?:^|\s)[وف]?[بل]?(\w+)\s+$")


def _parts_of_this_year(out, normalized, published) -> list:
    """"ارتفعت الأرباح في الربع الثاني من العام" (2015-Q2): a part of a year before a bare «العام»,
    the year of publication's (a lead before it kept, خلال; a part word before it inside the span,
    «نهاية الربع الثاني من العام», valued as the quarter, as the gold sets do)."""
    norm = normalized.norm
    if published is None or not any(w in norm for w in time_words("year_part")):
        return out
    found, taken = [], Overlaps((r["_nstart"], r["_nend"]) for r in out)
    for m in year_part_of_its_year().finditer(norm):
        part = _year_part(published.year, m)
        if part is None or taken.any_within(m.start("ypart"), m.end()):
            continue
        s0 = m.start("ypart")
        before = PART_WORD_BEFORE.search(norm, max(0, s0 - 12), s0)
        if before and words_of(before.group(1)) in time_words("part"):
            s0 = before.start(1)  # «في نهاية الربع الثاني من العام»: the quarter, its part word inside
        s0 = _with_lead(norm, None, None, s0)
        r = dict(part, kind="relative", _nstart=s0, _nend=m.end("ythis"))
        r["start"], r["end"] = normalized.span(s0, m.end("ythis"))
        found.append(r)
    return sorted(out + found, key=lambda r: r["_nstart"]) if found else out


class Overlaps:
    """Spans ``(start, end)`` asked whether any of them overlaps ``[s, e)`` by a binary search
    (sorted starts and the furthest end up to each), not a scan of all of them per question: a
    long text has thousands of dates and of questions."""

    def __init__(self, spans):
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach = list(accumulate((e for _, e in spans), max))

    def any_within(self, s: int, e: int) -> bool:
        """Whether some span starts before ``e`` and ends after ``s``."""
        i = bisect.bisect_left(self.starts, e)
        return i > 0 and self.reach[i - 1] > s


def _rates(out, normalized) -> list:
    """"بسرعة 275 كيلومترا في الساعة": the unit of a rate is a length of one unit (PT1H), never a
    clock time («15 دولارا في الساعة الواحدة» is no 01:00)."""
    norm, units = normalized.norm, time_words("rate_unit")
    if not any(unit in norm for unit in units):
        return out
    rates = []
    for m in rate_unit().finditer(norm):
        if not quantity_before().search(norm, max(0, m.start() - 40), m.start()):
            continue
        s0, t0 = m.start("unit"), m.end("unit")
        unit = units[words_of(m.group("unit")).split()[0]]
        r = row(duration(unit, 1), None, None, unit, "duration", _nstart=s0, _nend=t0)
        r["start"], r["end"] = normalized.span(s0, t0)
        rates.append(r)
    if not rates:
        return out
    # the rates replace the rows they overlap (matches of one pattern: they overlap no other rate),
    # all at once: a row put in and the rows sorted again per rate made a long text quadratic
    starts = [r["_nstart"] for r in rates]
    ends = [r["_nend"] for r in rates]
    kept = [x for x in out if not overlaps_any(x["_nstart"], x["_nend"], starts, ends)]
    return sorted(kept + rates, key=lambda x: x["_nstart"])


def overlaps_any(s: int, e: int, starts: list[int], ends: list[int]) -> bool:
    """Whether s..e overlaps one of the spans ``starts[i]..ends[i]`` (sorted, not overlapping)."""
    i = bisect.bisect_left(starts, e)  # the spans starting before e: only the last may reach past s
    return i > 0 and s < ends[i - 1]


def _year_of_words(p, r) -> dict | None:
    """A date ``p`` put in the year ``r`` names after it (مارس من العام الماضي، الشهر نفسه من العام
    الماضي), or a vague ``p`` made the period ``r`` (في وقت سابق من الشهر الجاري)."""
    if p["kind"] == "vague" and p["value"] in VAGUE_REFS and r["granularity"] in ("month", "year"):
        return {k: r[k] for k in ("value", "start_date", "end_date", "granularity", "kind")}
    if r["granularity"] != "year" or not p.get("start_date") or not p.get("_yearless") or (p["value"] or "P")[0] == "P":
        return None
    delta = r["start_date"].year - p["start_date"].year
    if p.get("_until_published"):  # «منذ مارس من العام الماضي»: the start moves, the end stays publication
        start, _, end = p["value"].partition("/")
        return {"value": f"{YEAR_IN_VALUE.sub(lambda y: str(int(y.group()) + delta), start)}/{end}",
                "start_date": cal.add_months(p["start_date"], 12 * delta)}
    return {"value": YEAR_IN_VALUE.sub(lambda y: str(int(y.group()) + delta), p["value"]),
            "start_date": cal.add_months(p["start_date"], 12 * delta),
            "end_date": cal.add_months(p["end_date"], 12 * delta)}


def _in_year(out, norm) -> list:
    """"مارس من العام الماضي", "الفترة نفسها من العام الماضي": one expression in that year."""
    if not _any(out, "granularity", "year", "month"):
        return out

    def join(p, r):
        if not r.get("start_date"):
            return None
        if r["kind"] == "relative":
            moved = of_gap().fullmatch(norm, p["_nend"], r["_nstart"]) and _year_of_words(p, r)
        else:
            moved = _in_absolute_period(p, r, norm)
        return moved or None
    return _joined(out, join)


#: between a named season and the year it is of: a space, or a space and a glued ل (موسم الحج لهذا العام)
SEASON_YEAR_GAP = re.compile(rf"\s+{ARTICLE_LETTERS[1]}?")


def _season_of_its_year(out, norm) -> list:
    """"موسم الحج هذا العام", "لموسم حج هذا العام 1436هـ": a named season of the Hijri year and
    the year it falls in are one expression, valued by the season."""
    if not _any(out, "_season"):
        return out

    def join(p, r):
        inside = p.get("_season") and p["start_date"] and r["granularity"] == "year" \
            and r.get("start_date") and r["end_date"] and r["start_date"] <= p["start_date"] <= r["end_date"]
        return {"granularity": p["granularity"]} if inside and SEASON_YEAR_GAP.fullmatch(norm, p["_nend"], r["_nstart"]) else None
    return _joined(out, join)


def _day_then_its_part(out, norm) -> list:
    """"الأحد صباحا": a day and the part of it standing right after it are one expression."""
    if not _any(out, "_day_part"):
        return out

    def join(p, r):
        follows = r.get("_day_part") and p["granularity"] == "day" and p.get("start_date") == r["start_date"] \
            and "T" not in (p["value"] or "T") and DATE_GAP.fullmatch(norm, p["_nend"], r["_nstart"])
        return {"value": r["value"]} if follows else None
    return _joined(out, join)


def _in_absolute_period(p, r, norm) -> dict | None:
    """"نوفمبر في عام 2016", "في وقت سابق عام 2016", "في وقت سابق في يوليو": a date without a
    year, or a vague time that is no expression of its own (vague_before_day), in the year or
    month written after it."""
    if r["kind"] != "absolute" or "/" in r["value"] or not in_gap().fullmatch(norm, p["_nend"], r["_nstart"]):
        return None
    if p["kind"] == "vague":
        vague_lead = words_of(norm[p["_nstart"]:p["_nend"]]) in time_words("vague_before_day")
        return _year_of_words(p, r) if vague_lead else None
    worded = norm[p["_nend"]:r["_nstart"]].strip()
    return _year_of_words(p, r) if worded else None


def _range_of(p, r, norm) -> dict | None:
    """The range from ``p`` to ``r`` when they are joined as one: «من يناير إلى يوليو 2018»,
    «بين 3 يوليو 2013 ويناير 2016», «بين نهاية 2006 وبداية العام 2007»."""
    ends = range_gap().fullmatch(norm, p["_nend"], r["_nstart"]) \
        or r["value"] == "PRESENT_REF" and until_now().match(norm, r["_nstart"]) and AND_BEFORE.fullmatch(norm, p["_nend"], r["_nstart"])
    lead = ends and range_start_before().search(norm, max(0, p["_nstart"] - 8), p["_nstart"]) \
        or AND_GAP.fullmatch(norm, p["_nend"], r["_nstart"]) and pair_between_before().search(norm, max(0, p["_nstart"] - 8), p["_nstart"])
    if not (lead and all(x.get("start_date") and x["value"] and x["value"][0] != "P" and "/" not in x["value"]
                         and x["kind"] in ("absolute", "relative") for x in (p, _now_as_day(r)))):
        return None
    r = _now_as_day(r)
    if p["value"] == r["value"]:
        return None  # «من بعد صلاة الجمعة إلى بعد صلاة العصر»: two times of one day, no span between
    if p.get("_yearless") and r["start_date"].year != p["start_date"].year:
        p.update(_year_of_words(p, {"granularity": "year", "start_date": r["start_date"]}) or {})
    if p["start_date"] > r["start_date"]:
        return None
    return {"value": f"{p['value']}/{r['value']}", "start_date": p["start_date"], "end_date": r["end_date"],
            "granularity": "range"}


def _now_as_day(r) -> dict:
    """«حتى الآن» ending a range (من ١ ذو القعدة وحتى الآن): the publication day it stands for."""
    if r["value"] == "PRESENT_REF" and r.get("start_date"):
        return dict(r, value=r["start_date"].isoformat(), kind="relative")
    return r


def _pair_of_years(p, r, norm) -> dict | None:
    """The range of two years ``p`` and ``r`` joined by و that follow each other or stand after
    «عامي» (the two years): «في 2013 و2014», «عامي 2006 و2007»."""
    years = p["granularity"] == r["granularity"] == "year" and p["kind"] == r["kind"] == "absolute" \
        and (p["value"] or "").isdigit() and (r["value"] or "").isdigit() \
        and AND_GAP.fullmatch(norm, p["_nend"], r["_nstart"])
    if not years or not int(p["value"]) < int(r["value"]):
        return None
    if int(r["value"]) != int(p["value"]) + 1 and not years_dual_at().match(norm, p["_nstart"]):
        return None
    return {"value": f"{p['value']}/{r['value']}", "end_date": r["end_date"], "granularity": "range"}


def _year_pairs(out, norm) -> list:
    """Two years that make a pair are one range (:func:`_pair_of_years`); other lists of years stay
    apart (أعوام 1991 و2002: each its own expression)."""
    if not _any(out, "granularity", "year"):
        return out
    return _joined(out, lambda p, r: _pair_of_years(p, r, norm))


def _ranges(out, norm) -> list:
    """Two dates joined by من … إلى / بين … و are one range (the lead words stay outside)."""
    return _joined(out, lambda p, r: _range_of(p, r, norm) or None)


def _since_until(p, r, norm) -> dict | None:
    """A range opened by منذ and closed by the date after حتى/إلى is one expression, from the first
    date to the second: «منذ عام 2007 وحتى الآن», «منذ بداية شهر ذي القعدة، وحتى الخامس من ذي الحجة»."""
    since = p["granularity"] == "range" and p["value"] and since_word().match(norm, p["_nstart"])
    ends = since and (range_gap().fullmatch(norm, p["_nend"], r["_nstart"])
                      or r["value"] == "PRESENT_REF" and until_now().match(norm, r["_nstart"])
                      and AND_BEFORE.fullmatch(norm, p["_nend"], r["_nstart"]))
    if not ends:
        return None
    r = _now_as_day(r)
    closes = r["kind"] in ("absolute", "relative") and r.get("start_date") and p.get("start_date") \
        and r["value"] and r["value"][0] != "P" and "/" not in r["value"] and r["start_date"] >= p["start_date"]
    if not closes:
        return None
    return {"value": f"{p['value'].partition('/')[0]}/{r['value']}", "end_date": r["end_date"]}


def _ranges_since(out, norm) -> list:
    """Ranges opened by منذ and closed by حتى/إلى (:func:`_since_until`)."""
    return _joined(out, lambda p, r: _since_until(p, r, norm))


def _weekday_of_date(out, norm) -> list:
    """"يوم الاثنين 25 شوال": a weekday right before the date it falls on is one expression, the date's."""
    if not _any(out, "_weekday"):
        return out

    def join(p, r):
        falls = p.get("_weekday") and p["kind"] == "relative" and r["granularity"] == "day" and r.get("start_date") \
            and "_rel_day" not in r and "_weekday" not in r and date_gap().fullmatch(norm, p["_nend"], r["_nstart"])
        if not falls:
            return None
        code = p["value"] and p["value"].partition("T")[2]  # مساء يوم الأربعاء … الخامس من أغسطس: its part of the day
        value = r["value"] + "T" + code if code and len(r["value"] or "") == 10 else r["value"]
        return {"value": value, "start_date": r["start_date"], "end_date": r["end_date"], "kind": r["kind"]}
    return _joined(out, join)


def _same_day_in_two_calendars(out, norm) -> list:
    """"يوم الجمعة 20/11/1436هـ الموافق 4/9/2015م": a day, then الموافق and the same day written in
    the other calendar, is one expression."""
    def join(p, r):
        same = p["granularity"] == r["granularity"] == "day" and p.get("start_date") is not None \
            and p["start_date"] == r.get("start_date") and corresponding_gap().fullmatch(norm, p["_nend"], r["_nstart"])
        return {} if same else None
    return _joined(out, join)


def _compound_number(first: str, n: int, d, norm, r) -> bool:
    """"بين اثنين وثلاثين عاما": a units word and a tens word (20 … 90) joined by و are one number
    (32), not two ends of a range."""
    tens = int(d.group(2))
    return not (first.isdigit() or norm[r["_nstart"]].isdigit()) and n < 10 and tens >= 20 and tens % 10 == 0


def _count_range(out, normalized) -> None:
    """"خمسة إلى 15 عاما", "3 إلى 5 سنوات", "بين 12 و16 عاما": a range of lengths (P5Y/P15Y) from
    the count before."""
    if not _any(out, "kind", "duration"):
        return
    norm = normalized.norm
    for r in out:
        m = r["kind"] == "duration" and SIMPLE_DURATION.fullmatch(r["value"] or "") \
            and count_to_before().search(norm, max(0, r["_nstart"] - 24), r["_nstart"])
        k = m and next(i for i in (1, 2, 3) if m.group(i))
        if k == 3 and not norm[r["_nstart"]].isdigit():
            continue  # «16 و18 عاما», never «16 وثمانية عشر»: both in digits
        n = m and (int(m.group(k)) if m.group(k).isdigit() else number(words_of(m.group(k))))
        d = n and SIMPLE_DURATION.fullmatch(r["value"])
        if d and not (k == 2 and _compound_number(m.group(k), n, d, norm, r)):
            r.update(value=f"P{d.group(1)}{n}{d.group(3)}/{r['value']}", _nstart=m.start(k),
                     start=normalized.span(m.start(k), r["_nend"])[0])


def _event_date(out, i, norm):
    """The first date after the anchored row ``out[i]`` in its sentence and at most
    :data:`EVENT_DATE_WORDS` words on (أولمبياد ريو 2016، مصادقة خامنئي السبت): the date of the
    event it counts from."""
    for r in out[i + 1:]:
        if SENTENCE_END.search(norm, out[i]["_nend"], r["_nstart"]) \
                or norm.count(" ", out[i]["_nend"], r["_nstart"]) > EVENT_DATE_WORDS:
            return None
        if r.get("start_date") and r["kind"] in ("absolute", "relative") and r["granularity"] in EVENT_GRANULARITIES:
            return r
    return None


def _resolve_anchored(out, norm) -> None:
    """"قبل عام من أولمبياد ريو دي جانيرو 2016": an offset from an event the text dates is dated
    (2015); its value stays the length (P1Y), its kind ``anchored``."""
    if not _any(out, "_offset"):
        return
    for i, r in enumerate(out):
        offset = r.pop("_offset", None)
        event = offset and _event_date(out, i, norm)
        if not event:
            continue
        unit, n, sign = offset
        if n is None and unit not in cal.SUBDAY_UNITS:
            continue  # بعد أيام من …: a few days, no one date
        d = cal.shift(event["start_date"], unit, sign * (n or 0))
        gran = event["granularity"] if event["granularity"] != "hour" else "day"
        _, r["start_date"], r["end_date"], _ = cal.unit_interval(d, gran)


#: a clock time's hour and minutes in its value (2018-03-31T10:16)
CLOCK_IN_VALUE = re.compile(r"T(\d\d):(\d\d)$")
#: a day's part of the day in its value (2018-03-31TMO)
PART_IN_VALUE = re.compile(r"^\d{4}-\d\d-\d\dT([A-Z]{2})$")


def _hour_in_part(hour: int, part: str) -> int:
    """The hour on the 24-hour clock that ``hour`` is in a part of the day (العاشرة مساء = 22,
    الثانية عشرة ليلا = 0)."""
    if part in ("AF", "EV") and hour < 12 or part == "NI" and 5 <= hour < 12:
        return hour + 12
    return 0 if part == "NI" and hour == 12 else hour


def _opens_with_part(norm, r) -> bool:
    """A row that opens with its part of the day (ظهر يوم الأربعاء), not one given it by a word before."""
    return norm[r["_nstart"]:r["_nend"]].split(None, 1)[0] in time_words("day_part")


def _clock_of_day(out, norm) -> list:
    """"الساعة العاشرة وستة عشر دقيقة من صباح السبت", "الساعة 12 من ليل أمس": a clock time of the
    part of a day named after it is one expression, on that day (2018-03-31T10:16); so is a clock
    time whose part word opens the day («الثامنة مساء اليوم»: the two rows share «مساء»), or right before
    a part of a day («الساعة الواحدة والنصف ظهر يوم الأربعاء» = 13:30 that Wednesday)."""
    if not _any(out, "granularity", "hour"):
        return out

    def join(p, r):
        clock = p["granularity"] == "hour" and CLOCK_IN_VALUE.search(p["value"] or "")
        part = clock and r.get("start_date") and PART_IN_VALUE.match(r["value"] or "")
        shared = part and p["_nstart"] < r["_nstart"] < p["_nend"] < r["_nend"]
        day = clock and not part and r.get("start_date") and r["granularity"] == "day" and len(r["value"] or "") == 10
        if not (part and (shared or clock_day_gap().fullmatch(norm, p["_nend"], r["_nstart"])
                          or norm[p["_nend"]:r["_nstart"]].isspace() and _opens_with_part(norm, r))
                or day and clock_day_gap().fullmatch(norm, p["_nend"], r["_nstart"])):
            return None
        hour = _hour_in_part(int(clock.group(1)), part.group(1)) if part else int(clock.group(1))
        return {"value": f"{r['start_date'].isoformat()}T{hour:02d}:{clock.group(2)}",
                "start_date": r["start_date"], "end_date": r["start_date"]}
    return _joined(out, join)


def _day_at_night(out, norm) -> list:
    """"في 15 يوليو 2015 ليلا": the night of the day right before it, one expression."""
    if not _any(out, "_night"):
        return out

    def join(p, r):
        night = r.get("_night") and p["granularity"] == "day" and p["value"] and len(p["value"]) == 10 \
            and DATE_GAP.fullmatch(norm, p["_nend"], r["_nstart"])
        return {"value": p["value"] + "TNI"} if night else None
    return _joined(out, join)


#: what the scan keeps on a row while it joins rows, dropped at the end
BOOKKEEPING = ("_nend", "_nstart", "_rel_day", "_weekday", "_yearless", "_night", "_season", "_day_part",
               "_until_published", "_nth")


def _trim(r, text) -> None:
    """Drop the scan's bookkeeping; spans never begin or end with whitespace."""
    for k in BOOKKEEPING:
        r.pop(k, None)
    while r["end"] > r["start"] and text[r["end"] - 1].isspace():
        r["end"] -= 1
    while r["start"] < r["end"] and text[r["start"]].isspace():
        r["start"] += 1


def scan(normalized, published: dt.date | None) -> list[dict]:
    """Rows (start, end, value, start_date, end_date, granularity, kind) in text order."""
    out = []
    sc = Scan(normalized.norm, published, out, lexicon())
    for m in scanner(normalized.norm).finditer(normalized.norm):
        r = _expression(m, normalized, sc)
        if r is not None:
            out.append(r)
    out = _weekday_takes_corresponding(out, normalized.norm)
    out = _without_vague_before_day(out, normalized.norm)
    out = _vague_of_date(out, normalized.norm)
    out = _join_day_and_weekday(out)
    out = _night_of_two_days(out, normalized.norm)
    out = _two_weekdays(out, normalized, published)
    out = _join_durations(out, normalized.norm)
    out = _weekday_in_week(out, normalized.norm)
    _day_of_month(out, normalized)
    _weekday_with_its_day_number(out, normalized)
    _part_of_year(out, normalized)
    out = _parts_of_this_year(out, normalized, published)
    out = _rates(out, normalized)
    out = _weekday_of_month(out, normalized)
    out = _weekday_of_date(out, normalized.norm)
    out = _same_day_in_two_calendars(out, normalized.norm)
    out = _in_year(out, normalized.norm)
    out = _season_of_its_year(out, normalized.norm)
    out = _day_then_its_part(out, normalized.norm)
    out = _year_pairs(out, normalized.norm)
    out = _day_at_night(out, normalized.norm)
    out = _clock_of_day(out, normalized.norm)
    out = _ranges(out, normalized.norm)
    out = _ranges_since(out, normalized.norm)
    _count_range(out, normalized)
    _resolve_anchored(out, normalized.norm)
    for r in out:
        _trim(r, normalized.original)
    return _without_misspelled_months(out, normalized.original, sc.lex)


def _without_misspelled_months(out, text, lex) -> list:
    """A bare ambiguous month name written otherwise than months.tsv spells it is a name:
    «إب» (the Yemeni governorate) is never آب."""
    return [r for r in out if not (r["granularity"] == "month" and key(text[r["start"]:r["end"]]) in lex.amb_months
                                   and text[r["start"]:r["end"]] not in lex.amb_spellings)]


def find_dates(text_or_article, published=None, *, sentences: bool = True):
    """Time expressions of a text or an Article, one row each (columns: :data:`DATE_COLUMNS`).

    ``published`` (a date or an ISO string) anchors relative expressions; for an Article it
    defaults to ``article.published``.  Without it, relative expressions are still found, with
    ``value``/``start_date``/``end_date`` None — never filled from today's date.
    """
    rows = date_rows(text_or_article, published, sentences=sentences)
    return DATES.frame(rows)


def date_rows(source, published=None, *, sentences: bool = True) -> list[dict]:
    """:func:`find_dates` as a list of dicts (no pandas; the fast path for batch work).

    ``source`` is a TextLayer, an Article or a string."""
    layer = text_layer(source)
    text = layer.text
    if published is None:
        published = getattr(layer.article, "published", None)
    published = cal.as_date(published)
    rows = scan(layer.normalized, published)
    starts = layer.sentence_starts if sentences and rows else None
    for r in rows:
        r["text"] = text[r["start"]:r["end"]]
        r["sentence"] = (bisect.bisect_right(starts, r["start"]) - 1) if starts else None
    return rows

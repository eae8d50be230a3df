"""Time expressions and events: what happened when, who went where, and what is still to come.

    >>> art = maqal.load_article(maqal.paths.SAMPLE_ARTICLE)
    >>> timeline.find_dates(art)      # one row per time expression
    >>> timeline.events(art)          # one row per visit / trip / meeting / summit / arrival / announcement

Every rule's vocabulary is a plain data file in ``maqal/data/lexicons`` (months.tsv, hijri_months.tsv,
weekdays.tsv, seasons.tsv, time_units.tsv, numbers.tsv, decades.tsv, relative_time.tsv,
event_cues.tsv, certainty_cues.tsv, places_ar.tsv, actor_titles.txt); Babel/CLDR adds month and day
names, country names and time-zone cities; hijridate converts Hijri dates.  The patterns are
compiled once (on first use) over *normalised* text (``maqal.arabic.normalize``); spans are mapped
back, so ``text[start:end]`` always gives the expression as written.

``find_dates`` columns
    text, start, end   the expression as written and its span in the original text
    value              ISO-8601 / TIMEX3-style: ``2011``, ``2019-04``, ``2023-09-11``, ``2023-W37``,
                       ``2023-SP``, ``198`` (the 1980s), ``19`` (the 20th century), a range
                       ``2019/2023`` or ``2018/2023-09-12`` (since 2018), ``P3D`` (a duration),
                       ``PAST_REF`` / ``FUTURE_REF`` / ``PRESENT_REF`` (vague), or None when it needs
                       the publication date and there is none (never filled from today's date)
    start_date, end_date  the interval it covers (datetime.date; None when unresolved)
    granularity        hour, day, week, month, season, year, decade, century, range
    kind               absolute (the text names it), relative (needs the publication date or the
                       date before it), duration, set (recurring), vague
    sentence           index of the sentence it stands in (``text_layer(...).sentences``)

Period parts (مطلع، بداية، أوائل / منتصف، أواسط / أواخر، نهاية) keep the value and narrow the
dates to the first, middle or last third.  A day and month without a year take the past or next
occurrence when الماضي / المقبل (القادم، الجاري) follows or a future verb (سيعقد، سوف) stands before
it in its clause, else the year nearest publication with future and other-year candidates counted
farther (:func:`_nearest_year`).  Coordinated days (``12 و13 آب``) are one range.  ``منذ`` before a
date makes an interval up to publication; ``منذ ذلك الحين`` starts at the date mentioned before it,
``حينها`` / ``آنذاك`` take it.  A weekday right after اليوم / أمس / غدا is a second expression with
that day's date (gold convention: ``اليوم`` + ``الجمعة``); a weekday before ``الموافق`` takes the
date after it.  Bare lengths of time (``11 عاماً``, ``30 دقيقة``, ``أربع سنوات ونصف السنة`` = P4Y6M)
are durations; a vague count (عدة، بضعة) gives ``PXM``.  Spans never begin or end with whitespace.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re

from .arabic import normalize
from .lexicons import alternation, gazetteer, key as _nkey, lexicon_cache, read_list, read_table as _rows
from .textlayer import text_layer

__all__ = ["find_dates", "events", "DATE_COLUMNS", "EVENT_COLUMNS", "gazetteer"]

DATE_COLUMNS = ["text", "start", "end", "value", "start_date", "end_date", "granularity", "kind", "sentence"]
EVENT_COLUMNS = [
    "kind", "who", "where", "place", "with", "count", "value", "start_date", "end_date", "certainty",
    "sentence", "start", "end", "text", "time_text", "time_start", "time_end",
]
#: how many words before an event word a certainty cue may stand (same sentence)
CERTAINTY_WINDOW = 8



# ----------------------------------------------------------------------------- data files
@lexicon_cache
def _lex():
    """All lexicons, normalised, with Babel/CLDR names merged in (built once)."""
    months, amb_months = {}, set()
    for r in _rows("months.tsv"):
        months[_nkey(r[0])] = int(r[1])
        if len(r) > 2 and r[2] == "ambiguous":
            amb_months.add(_nkey(r[0]))
    try:
        from babel import Locale

        for loc in ("ar", "ar_SY", "ar_LB", "ar_IQ", "ar_JO", "ar_DZ", "ar_TN", "ar_MA", "ar_MR"):
            for i, name in Locale.parse(loc).months["format"]["wide"].items():
                months.setdefault(_nkey(name), int(i))
    except Exception:  # pragma: no cover - Babel is a declared dependency
        pass
    hmonths, amb_h = {}, set()
    for r in _rows("hijri_months.tsv"):
        hmonths[_nkey(r[0])] = int(r[1])
        if len(r) > 2 and r[2] == "ambiguous":
            amb_h.add(_nkey(r[0]))
    weekdays, amb_wd = {}, set()
    for r in _rows("weekdays.tsv"):
        weekdays[_nkey(r[0])] = int(r[1])
        if len(r) > 2 and r[2] == "ambiguous":
            amb_wd.add(_nkey(r[0]))
    seasons = {_nkey(r[0]): (r[1], int(r[2]), int(r[3])) for r in _rows("seasons.tsv")}
    units = {_nkey(r[0]): (r[1], int(r[2]) if len(r) > 2 and r[2] else None) for r in _rows("time_units.tsv")}
    cardinals, ordinals, approx = {}, {}, set()
    for r in _rows("numbers.tsv"):
        k = _nkey(r[0])
        if r[2] == "ordinal":
            ordinals[k] = int(r[1])
        else:
            cardinals[k] = int(r[1])
            if r[2] == "approx":
                approx.add(k)
    decades = {_nkey(r[0]): int(r[1]) for r in _rows("decades.tsv")}
    relative = {_nkey(r[0]): r[1].split() for r in _rows("relative_time.tsv")}
    return dict(months=months, amb_months=amb_months, hmonths=hmonths, amb_h=amb_h, weekdays=weekdays,
                amb_wd=amb_wd, seasons=seasons, units=units, cardinals=cardinals, ordinals=ordinals,
                approx=approx, decades=decades, relative=relative)


_DIRS = {
    "past": ["الماضية", "الماضي", "الاخيرة", "الأخيرة", "المنصرمة", "المنصرم", "الفائتة", "السابقة"],
    "future": ["المقبلة", "المقبل", "القادمة", "القادم"],
    "present": ["الحالي", "الحالية", "الجاري", "الجارية"],
}
_PARTS = {
    "start": ["مطلع", "بداية", "أوائل", "مستهل", "بدايات"],
    "mid": ["منتصف", "أواسط"],
    "end": ["أواخر", "نهاية", "آخر", "ختام", "أواخر"],
}
_QPRE = ["منذ", "قبل", "بعد", "خلال", "طوال", "لمدة", "على مدى", "على مدار", "في غضون", "مدة", "طيلة"]
_APPROX = ["حوالي", "نحو", "قرابة", "زهاء", "ما يقارب", "ما يزيد عن", "ما يزيد على", "أكثر من", "أقل من", "قرابة",
           "تصل إلى", "تصل الى", "يصل إلى", "لا تقل عن", "لا يقل عن", "لا تزيد على", "لا تزيد عن", "لا يزيد عن"]
#: one-word approximations that may open a bare duration (حوالي 11 عاماً); the others only after
#: منذ / لمدة ... (a bare "أكثر من" or "لا تقل عن" is too frequent to start a match on)
_BARE_APPROX = ["حوالي", "نحو", "قرابة", "زهاء"]
#: "... ونصف الساعة": a half unit after a duration (ثماني ساعات ونصف الساعة = PT8H30M)
_HALF = {"hour": (30, "TM"), "minute": (30, "TS"), "day": (12, "TH"), "week": (84, "TH"), "month": (15, "D"),
         "year": (6, "M"), "decade": (5, "Y"), "century": (50, "Y")}
#: words (normalised) that put an undated weekday or day-month in the future (سيعقد يوم الأحد)
_FUTURE_CUE = re.compile(
    r"(?:^|\s)(?:[وف]?(?:سوف|المقرر|المزمع|يعتزم|تعتزم|ينوي|تنوي|يستعد|تستعد|المرتقب|المرتقبة|المرتقبه)"
    r"|[وف]?س[يتن](?!يا|ين|ون|ة|ه(?!\w)|ار|اد|ود|د(?!\w)|طر|ول|نا|نه|نة|نو|نين|مينار)\w{3,})(?!\w)")
#: a weekday right after اليوم / أمس / غدا (اليوم الجمعة، أمس (الخميس)) names that day
_AFTER_DAYWORD = re.compile(r"(?<!\w)[وف]?(?:اليوم|امس|الامس|غدا|الغد|البارحه|البارحة)\s*[(\-–،,]?\s*$")
#: a weekday, then الموافق and the date it falls on
_BEFORE_MUWAFIQ = re.compile(r"\s*[()،,\-–]?\s*(?:ل?ل?الموافق|الموافقه|الموافقة)\s+")
_CLAUSE_BREAK = re.compile(r"[.!?؟\n؛;،,:]")
_BARE_YEAR_BEFORE = re.compile(
    r"(?:^|\s)(?:[وف]?(?:في|منذ|حتي|قبل|بعد|خلال|مطلع|بدايه|بداية|نهايه|نهاية|منتصف|اواخر|اوائل|عامي|و|الي|من|عن|صيف|شتاء|ربيع|خريف))\s*$"
)


@lexicon_cache
def _master():
    L = _lex()
    months = alternation(L["months"])
    hmonths = alternation(L["hmonths"])
    wdays = alternation(L["weekdays"])
    seasons = alternation(list(L["seasons"]) + [k[2:] for k in L["seasons"] if k.startswith("ال")])
    units = alternation(L["units"])
    cards = alternation(L["cardinals"])
    ords = alternation(L["ordinals"])
    decs = alternation(L["decades"])
    rels = alternation(L["relative"])
    dirs = alternation(sum(_DIRS.values(), []))
    parts = alternation(sum(_PARTS.values(), []))
    qpre, appr, bappr = alternation(_QPRE), alternation(_APPROX), alternation(_BARE_APPROX)
    vunits = alternation([k for k, (u, n) in L["units"].items() if n is None] + ["فترة", "فتره"])
    bdirs = alternation([normalize(w)[2:] for w in sum(_DIRS.values(), [])])
    qhalf, bhalf = (rf"(?P<{g}>\s+و\s?نصف(?!\w)(?:\s+(?:ال)?{units}(?!\w))?)?" for g in ("qhalf", "bhalf"))
    wd_pre = "يوم|صباح|مساء|ليله|ليلة|فجر|ظهر|عصر"
    year_tail = r"(?:\s*م(?!\w)|\s+ميلادي\w*)?"
    hij_tail = r"\s*(?:ه|للهجره|للهجرة|هجريه|هجرية|هجري)(?!\w)"
    yr_kw = r"(?:(?:ال)?عام|(?:ال)?سنه|(?:ال)?سنة)"
    sep = r"(?:[/.\-]|\s*[\-–/]\s*)"  # 4-9-1436 and the spaced 4 – 9 - 1436
    # every match starts (after a proclitic) with one of these words or with a digit: a cheap
    # look-ahead on them lets the scanner skip all other words at once
    first = set()
    for table in (L["months"], L["hmonths"], L["weekdays"], L["seasons"], L["units"], L["cardinals"],
                  L["ordinals"], L["relative"]):
        first.update(k.split()[0] for k in table)
    first.update("ال" + k.split()[0] for k in L["units"])
    first.update(k[2:] for k in L["seasons"] if k.startswith("ال"))
    first.update(k.split()[0] for k in L["decades"])
    first.update("ال" + k.split()[0] for k in L["decades"])
    for words in (sum(_PARTS.values(), []), _QPRE, _BARE_APPROX, ["موسم", "الموسم", "فترة", "فتره", "شهر", "عام", "العام", "سنة", "السنة", "سنه", "السنه", "عامي",
                  "يوم", "صباح", "مساء", "ليلة", "ليله", "فجر", "ظهر", "عصر", "خلال", "في", "طوال", "طيلة",
                  "على", "عقد", "حقبة", "حقبه", "القرن", "فصل", "موسم", "هذا"]):
        first.update(normalize(w).split()[0] for w in words)
    firsts = alternation(first)
    pat = rf"""
(?<![\w/.\-])(?=[وف]?[بل]?(?:(?:{firsts})(?!\w)|(?:ال)?\d))(?:[وف]?[بل]?)
(?:(?P<part>{parts})\s+(?:(?:شهر|عام|سنة)\s+)?)?
(?:
  (?P<H>(?:(?P<hday>\d{{1,2}})\s+(?:من\s+)?|(?P<hdayw>{ords})\s+من\s+)?(?:(?P<hsh>شهر)\s+)?(?P<hmon>{hmonths})(?!\w)
        (?:\s*[،,]?\s*(?:من\s+)?(?:{yr_kw}\s+)?(?P<hyear>1[34]\d\d)(?:{hij_tail})?)?)
 |(?P<G>(?:(?:(?:{wd_pre})\s+)?(?P<gwd>{wdays})\s*[،,]?\s*(?:الموافق\s+)?)?
        (?:(?:(?P<gday0>\d{{1,2}})\s*(?:و|-|–|الي|حتي)\s*)?(?P<gday>\d{{1,2}})\s*(?:من\s+)?|(?P<gdayw>{ords})\s+من\s+)?(?:(?P<gsh>شهر)\s+)?(?P<gmon>{months})(?!\w)
        (?:\s*(?:/|-|–|\(|،)\s*(?P<gmon2>{months})(?!\w)(?:\s*\))?)?
        (?:\s*[،,]?\s*(?:من\s+)?(?:{yr_kw}\s+)?(?P<gyear>\d{{4}})(?!\d){year_tail}|\s+(?P<gdir>{dirs})(?!\w))?)
 |(?P<N>(?:(?P<nd>\d{{1,2}}){sep}(?P<nm>\d{{1,2}}){sep}(?P<ny>\d{{4}})|(?P<iy>\d{{4}}){sep}(?P<im>\d{{1,2}}){sep}(?P<id>\d{{1,2}}))(?![\d/.\-]\d)
        (?:\s*(?P<nh>ه|م)(?!\w))?)
 |(?P<HY>(?:{yr_kw}\s+)?(?P<hy>1[34]\d\d){hij_tail})
 |(?P<Q>(?P<qpre>{qpre})\s+(?:(?P<qapprox>{appr})\s+)?(?:(?P<qn>\d+|{cards})\s+)?(?P<qu>{units})(?!\w)(?!\s+\d)(?!\s+(?:{wdays}))
        {qhalf}(?:\s+(?P<qdir>{dirs})(?!\w))?)
 |(?P<D>(?:(?P<dpre>خلال|في|طوال|طيلة|علي\s+مدي|علي\s+مدار)\s+)?
        (?:ال(?P<du>{units})\s+(?:ال(?P<dn>{cards})|ال\s?(?P<dnn>\d+)|(?P<dn2>\d+))|(?:ال)?(?P<dnb>\d+)\s+(?P<du2>{units}))
        \s+(?P<ddir>{dirs})(?!\w))
 |(?P<B>(?:(?P<bapprox>{bappr})\s*)?(?:(?P<bn>\d+)\s*|(?P<bnw>{cards})\s+)(?P<bu>{units})(?!\w){bhalf})
 |(?P<DEC>(?:(?:عقد|حقبه|حقبة)\s+)?(?:ال)?(?P<decw>{decs})(?!\w)
        (?:\s+(?:من\s+)?القرن\s+(?P<deccent>الماضي|{ords}))?)
 |(?P<C>القرن\s+(?:(?P<centw>{ords})|(?:ال)?\s?(?P<centd>\d{{1,2}}))(?!\w))
 |(?P<R>(?P<rel>{rels})(?!\w))
 |(?P<V>(?:(?P<vpre>في|خلال|طوال|طيله|طيلة|علي\s+مدي|علي\s+مدار)\s+)?(?:ال)?(?P<vu>{vunits})\s+(?:(?:ال)?(?:قريبه|قريبة)\s+)?(?:ال)?(?P<vdir>{bdirs})(?!\w))
 |(?P<W>(?:(?P<wpre>{wd_pre})\s+)?(?P<wd>{wdays})(?!\w)(?:\s+(?P<wdir>{dirs})(?!\w))?)
 |(?P<S>(?:(?:فصل|موسم|هذا)\s+)?(?P<se>{seasons})(?!\w)(?!\s+العربي)
        (?:\s+(?P<sedir>{dirs})(?!\w)|\s+(?:من\s+)?(?:{yr_kw}\s+)?(?P<sey>\d{{4}})(?!\d))?)
 |(?P<YY>(?:(?:موسم|الموسم|عامي|سنتي)\s+)?(?P<yy1>\d{{4}})\s*(?:/|-|–)\s*(?P<yy2>\d{{4}})(?!\d))
 |(?P<Y>(?:(?P<ykw>{yr_kw}|عامي)\s+)?(?P<yv>\d{{4}})(?!\d)(?P<ym>{year_tail}))
)
"""
    return re.compile(pat, re.X)


# ----------------------------------------------------------------------------- calendar helpers
def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _shift(d: dt.date, unit: str, n: int) -> dt.date:
    if unit in ("day", "hour", "minute"):
        return d + dt.timedelta(days=n if unit == "day" else round(n / (24 if unit == "hour" else 1440)))
    if unit == "week":
        return d + dt.timedelta(weeks=n)
    if unit == "month":
        return _add_months(d, n)
    if unit == "year":
        return _add_months(d, 12 * n)
    if unit == "decade":
        return _add_months(d, 120 * n)
    return _add_months(d, 1200 * n)


def _unit_interval(d: dt.date, unit: str):
    """(value, start, end, granularity) of the ``unit`` containing ``d``."""
    if unit in ("day", "hour", "minute"):
        return d.isoformat(), d, d, "day"
    if unit == "week":
        y, w, _ = d.isocalendar()
        mon = d - dt.timedelta(days=d.weekday())
        return f"{y}-W{w:02d}", mon, mon + dt.timedelta(days=6), "week"
    if unit == "month":
        return f"{d.year}-{d.month:02d}", d.replace(day=1), _month_end(d.year, d.month), "month"
    if unit == "year":
        return str(d.year), dt.date(d.year, 1, 1), dt.date(d.year, 12, 31), "year"
    if unit == "decade":
        y0 = d.year // 10 * 10
        return str(y0 // 10), dt.date(y0, 1, 1), dt.date(y0 + 9, 12, 31), "decade"
    y0 = d.year // 100 * 100
    return f"{y0 // 100:02d}", dt.date(max(y0, 1), 1, 1), dt.date(y0 + 99, 12, 31), "century"


def _safe_date(y, m, d):
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


#: days added to a candidate year's distance: lying in the future (news reports the past more
#: often) or in another year than publication (an undated month mostly means this year's)
YEAR_PENALTY_FUTURE = 60
YEAR_PENALTY_OTHER_YEAR = 45


def _nearest_year(published: dt.date, month: int, day: int | None, direction: str | None = None):
    """The year for a day/month written without one.

    ``direction`` past / future_strict (يناير الماضي / المقبل, or a future verb before it in its
    clause) takes the last occurrence before publication / the first after it; present (أغسطس الجاري)
    the publication year.  Otherwise the year nearest publication, a future or other-year
    candidate counting :data:`YEAR_PENALTY_FUTURE` / :data:`YEAR_PENALTY_OTHER_YEAR` days farther
    (a month seven months back beats the same month five months ahead).
    """
    P = published
    if direction == "present":
        return P.year
    best = None
    for y in (P.year - 1, P.year, P.year + 1):
        if day is None:
            s, e = dt.date(y, month, 1), _month_end(y, month)
        else:
            s = e = _safe_date(y, month, day)
            if s is None:
                continue
        if direction == "past" and not (e < P if day else s < P.replace(day=1)):
            continue
        if direction == "future_strict" and not (s > P if day else s > _month_end(P.year, P.month)):
            continue
        dist = 0 if s <= P <= e else min(abs((s - P).days), abs((e - P).days))
        if direction is None:
            dist += YEAR_PENALTY_FUTURE if s > P else 0
        dist += YEAR_PENALTY_OTHER_YEAR if y != P.year else 0
        key = (dist, y > P.year)
        if best is None or key < best[0]:
            best = (key, y)
    return best[1] if best else P.year


def _future_context(norm: str, pos: int) -> bool:
    """A future verb or planning word (سيعقد، سوف، من المقرر) earlier in the clause of ``pos``."""
    lo = max(0, pos - 80)
    before = norm[lo:pos]
    cut = None
    for cut in _CLAUSE_BREAK.finditer(before):
        pass
    if cut is not None:
        before = before[cut.end():]
    return _FUTURE_CUE.search(before) is not None


def _hijri_to_greg(y, m, d):
    from hijridate import Hijri

    return Hijri(y, m, d).to_gregorian()


def _hijri_month(y, m):
    from hijridate import Hijri

    first = Hijri(y, m, 1)
    return first.to_gregorian(), Hijri(y, m, first.month_length()).to_gregorian()


def _season_occurrence(code, m1, m2, year):
    """Start and end of the season ``code`` labelled ``year`` (winter Dec year .. Feb year+1)."""
    if m1 <= m2:
        return dt.date(year, m1, 1), _month_end(year, m2)
    return dt.date(year, m1, 1), _month_end(year + 1, m2)


def _narrow(s, e, part):
    if s is None or e is None or part is None or s == e:
        return s, e
    span = (e - s).days + 1
    third = max(span // 3, 1)
    if part == "start":
        return s, s + dt.timedelta(days=third - 1)
    if part == "mid":
        return s + dt.timedelta(days=third), e - dt.timedelta(days=third)
    return e - dt.timedelta(days=third - 1), e


@lexicon_cache
def _part_kind():
    return {normalize(w): k for k, ws in _PARTS.items() for w in ws}


@lexicon_cache
def _dir_kind():
    return {normalize(w): k for k, ws in _DIRS.items() for w in ws}


def _num(s, L):
    if s is None:
        return None
    s = " ".join(s.split())
    if s.isdigit():
        return int(s)
    return L["cardinals"].get(s) or L["ordinals"].get(s)


# ----------------------------------------------------------------------------- the scanner
def _scan(normalized, published: dt.date | None):
    """Yield dicts (start, end, value, start_date, end_date, granularity, kind) in text order."""
    L = _lex()
    norm, text = normalized.norm, normalized.original
    rx = _master()
    out = []
    for m in rx.finditer(norm):
        g = m.groupdict()
        try:
            r = _interpret(m, g, norm, published, L, out)
        except (ValueError, OverflowError, KeyError, StopIteration, IndexError):
            continue  # out of the calendar's range (قبل 2500 عام) or a form the data files lack
        if r is None:
            continue
        if g["part"] and r.get("_part_ok"):
            s0 = m.start("part")
            pk = _part_kind()[" ".join(g["part"].split())]
            r["start_date"], r["end_date"] = _narrow(r["start_date"], r["end_date"], pk)
        else:
            s0 = m.start(m.lastgroup)
        r.pop("_part_ok", None)
        t0 = m.end(m.lastgroup)
        # "since X": منذ before an absolute date, a season or a month makes an interval up to publication
        pre = norm[max(0, s0 - 12):s0]
        ms = re.search(r"(?:^|\s)[وف]?(منذ)\s+$", pre)
        if ms and r["kind"] in ("absolute", "relative") and r["granularity"] not in ("range",) \
                and not r.get("_since"):
            s0 = s0 - len(pre) + ms.start(1)
            anchor = r["value"]
            r["granularity"] = "range"
            if anchor is None:
                pass  # unresolved without a publication date; stays None
            elif published is not None:
                r["value"] = f"{anchor}/{published.isoformat()}"
                r["end_date"] = published
            else:
                r["value"] = f"{anchor}/PRESENT_REF"
                r["end_date"] = None
        r.pop("_since", None)
        if m.lastgroup == "Q" and s0 and norm[s0 - 1] == "ل" and g["qpre"] in ("مدة", "مده") \
                and (s0 < 2 or not norm[s0 - 2].isalnum() or norm[s0 - 2] in "وف"):
            s0 -= 1  # "لمدة" is one word: keep its ل
        if m.lastgroup == "R" and r["kind"] == "relative" and r["granularity"] in _SET_UNITS:
            ms = _PER_UNIT.search(norm, max(0, s0 - 30), s0)
            if ms:  # "مرات كثيرة في اليوم": per day, not today
                s0 = ms.start(1)
                r = _row(_SET_UNITS[r["granularity"]], None, None, None, "set")
        if m.lastgroup == "W" and out and r["kind"] == "relative":
            p = out[-1]
            gap = norm[p["_nend"]:s0] if "_nend" in p else None
            if gap is not None and _GAP_RE.fullmatch(gap) and p["kind"] == "relative" \
                    and p["granularity"] == "day" and p.get("_rel_day"):
                # "اليوم الجمعة", "أمس (الخميس)": the weekday names the day just given
                for k in ("value", "start_date", "end_date"):
                    r[k] = p[k]
        if m.lastgroup == "R" and r["granularity"] == "day":
            r["_rel_day"] = True
        r["_nend"] = t0
        r["_nstart"] = s0
        r["start"], r["end"] = normalized.span(s0, t0)
        out.append(r)
    # "يوم الثلاثاء الموافق 3 – 11 - 1436هـ": the weekday takes the date after الموافق
    for a, b in zip(out, out[1:]):
        if a["granularity"] == "day" and a["kind"] == "relative" and b["granularity"] == "day" \
                and b["kind"] == "absolute" and _BEFORE_MUWAFIQ.fullmatch(norm, a["_nend"], b["_nstart"]):
            for k in ("value", "start_date", "end_date"):
                a[k] = b[k]
    for r in out:
        r.pop("_nend", None), r.pop("_nstart", None), r.pop("_rel_day", None)
        # spans never begin or end with whitespace
        while r["end"] > r["start"] and text[r["end"] - 1].isspace():
            r["end"] -= 1
        while r["start"] < r["end"] and text[r["start"]].isspace():
            r["start"] += 1
    return out


_SET_UNITS = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y"}
#: "مرة في اليوم", "مرات كثيرة في الأسبوع": a frequency, so في + the unit means "per unit"
_PER_UNIT = re.compile(r"(?:مره|مرة|مرات|مرتين|مرتان|كثيره|كثيرة|عديده|عديدة|واحده|واحدة)\s+(في)\s+$")
_GAP_RE = re.compile(r"\s*[(\-–،,]?\s*")


def _row(value, s, e, gran, kind, **extra):
    d = {"value": value, "start_date": s, "end_date": e, "granularity": gran, "kind": kind}
    d.update(extra)
    return d


def _interpret(m, g, norm, published, L, prev):  # noqa: C901 - one branch per pattern, kept together
    kind = m.lastgroup
    P = published
    if kind == "H":
        mon = " ".join(g["hmon"].split())
        hm = L["hmonths"][mon]
        day = int(g["hday"]) if g["hday"] else _num(g["hdayw"], L)
        year = int(g["hyear"]) if g["hyear"] else None
        if mon in L["amb_h"] and not (day or year or g["hsh"]):
            return None
        try:
            if year is None:
                if P is None:
                    v = f"XXXX-{hm:02d}" + (f"-{day:02d}" if day else "")
                    return _row(None, None, None, "day" if day else "month", "relative", _part_ok=True)
                from hijridate import Gregorian

                hy = Gregorian(P.year, P.month, P.day).to_hijri().year
                cands = []
                for y in (hy - 1, hy, hy + 1):
                    s, e = (_hijri_to_greg(y, hm, day),) * 2 if day else _hijri_month(y, hm)
                    dist = 0 if s <= P <= e else min(abs((s - P).days), abs((e - P).days))
                    cands.append((dist, y > hy, s, e))
                _, _, s, e = min(cands)
                kind_ = "relative"
            else:
                s, e = (_hijri_to_greg(year, hm, day),) * 2 if day else _hijri_month(year, hm)
                kind_ = "absolute"
        except (ValueError, OverflowError, ImportError):
            return None
        if day:
            return _row(s.isoformat(), s, e, "day", kind_)
        return _row(f"{s.isoformat()}/{e.isoformat()}", s, e, "month", kind_, _part_ok=True)

    if kind == "G":
        mon = " ".join(g["gmon"].split())
        month = L["months"][mon]
        if g["gmon2"]:
            mon2 = " ".join(g["gmon2"].split())
            if L["months"].get(mon2) != month:
                return None  # two different months: not a paired form; let the scanner skip
        day = int(g["gday"]) if g["gday"] else _num(g["gdayw"], L)
        day0 = int(g["gday0"]) if g["gday0"] else None
        year = int(g["gyear"]) if g["gyear"] else None
        if mon in L["amb_months"] and not (day or year or g["gsh"] or g["gmon2"]):
            return None
        if day is not None and not 1 <= day <= 31:
            day = None
        if day0 is not None and not (day and 1 <= day0 < day):
            return None  # "12 و13 آب": the first day must come before the second
        if year is None:
            if P is None:
                return _row(None, None, None, "range" if day0 else "day" if day else "month", "absolute",
                            _part_ok=not day)
            direction = _dir_kind().get(" ".join(g["gdir"].split())) if g["gdir"] else None
            if direction == "future" or direction is None and _future_context(norm, m.start()):
                direction = "future_strict"
            year = _nearest_year(P, month, day0 or day, direction)
        if day:
            d = _safe_date(year, month, day)
            if d is None:
                return None
            if day0:
                d0 = _safe_date(year, month, day0)
                return _row(f"{d0.isoformat()}/{d.isoformat()}", d0, d, "range", "absolute")
            return _row(d.isoformat(), d, d, "day", "absolute")
        return _row(f"{year}-{month:02d}", dt.date(year, month, 1), _month_end(year, month), "month",
                    "absolute", _part_ok=True)

    if kind == "N":
        if g["ny"]:
            a, b, y = int(g["nd"]), int(g["nm"]), int(g["ny"])
            day, month = (a, b) if b <= 12 else (b, a)
        else:
            y, month, day = int(g["iy"]), int(g["im"]), int(g["id"])
        hijri = g["nh"] == "ه" or 1300 <= y <= 1500
        if hijri:
            try:
                d = _hijri_to_greg(y, month, day)
            except (ValueError, OverflowError):
                return None
        else:
            if not 1900 <= y <= 2100:
                return None
            d = _safe_date(y, month, day)
            if d is None:
                return None
        return _row(d.isoformat(), d, d, "day", "absolute")

    if kind == "HY":
        y = int(g["hy"])
        try:
            s, _ = _hijri_month(y, 1)
            _, e = _hijri_month(y, 12)
        except (ValueError, OverflowError):
            return None
        return _row(f"{s.isoformat()}/{e.isoformat()}", s, e, "year", "absolute")

    if kind in ("Q", "D"):
        if kind == "Q":
            ukey = " ".join(g["qu"].split())
            unit, implied = L["units"][ukey]
            n = _num(g["qn"], L) if g["qn"] else implied
            vague_n = bool(g["qn"]) and " ".join(g["qn"].split()) in L["approx"]  # عدة / بضعة
            half = bool(g["qhalf"])
            pre = " ".join(g["qpre"].split())
            direction = _dir_kind().get(" ".join(g["qdir"].split())) if g["qdir"] else None
            if g["qn"] is None and implied is None:
                n = None  # "قبل أيام": a few days
        else:
            ukey = " ".join((g["du"] or g["du2"]).split())
            unit, _ = L["units"][ukey]
            n = _num(g["dn"] or g["dnn"] or g["dn2"] or g["dnb"], L)
            vague_n = half = False
            pre = "خلال"
            direction = _dir_kind().get(" ".join(g["ddir"].split()))
        if unit in ("hour", "minute") and direction is None and pre in ("منذ", "قبل", "بعد"):
            unit_val = "day"
        else:
            unit_val = unit
        if direction in ("past", "future"):
            if P is None:
                return _row(None, None, None, "range", "relative")
            if n is None:
                return _row("PAST_REF" if direction == "past" else "FUTURE_REF", None, None, unit, "vague")
            if direction == "past":
                s, e = _shift(P, unit, -n), P
            else:
                s, e = P, _shift(P, unit, n)
            if unit in ("year", "decade", "century"):
                v = f"{s.year}/{e.year}"
            elif unit == "month":
                v = f"{s.year}-{s.month:02d}/{e.year}-{e.month:02d}"
            else:
                v = f"{s.isoformat()}/{e.isoformat()}"
            return _row(v, s, e, "range", "relative")
        if pre in ("منذ", "قبل", "بعد"):
            if n is None:
                ref = "FUTURE_REF" if pre == "بعد" else "PAST_REF"
                return _row(ref, None, None, unit, "vague")
            if P is None:
                return _row(None, None, None, unit_val, "relative")
            d = _shift(P, unit, n if pre == "بعد" else -n)
            v, s, e, gran = _unit_interval(d, "day" if unit in ("hour", "minute", "day", "week") else unit)
            if vague_n:  # "قبل عدة أشهر": a vague past, the dates only a typical reading
                return _row("FUTURE_REF" if pre == "بعد" else "PAST_REF", s, e, unit, "vague", _since=True)
            return _row(v, s, e, gran, "relative", _since=True)
        # a length of time (لمدة ثلاثة أيام، خلال أسبوعين)
        if n is None:
            return _row(None, None, None, unit, "vague")
        return _row(_duration(unit, "X" if vague_n else n, half), None, None, unit, "duration")

    if kind == "B":  # a bare length of time: "11 عاماً", "تسع ساعات", "30 دقيقة"
        unit, _ = L["units"][" ".join(g["bu"].split())]
        nw = " ".join(g["bnw"].split()) if g["bnw"] else None
        n = int(g["bn"]) if g["bn"] else _num(nw, L)
        if n is None or n == 0:
            return None
        return _row(_duration(unit, "X" if nw in L["approx"] else n, bool(g["bhalf"])), None, None, unit,
                    "duration")

    if kind == "V":  # "في السنوات الماضية", "سنين مقبلة", "خلال الفترة القريبة الماضية"
        direction = _dir_kind().get("ال" + " ".join(g["vdir"].split()))
        ref = {"past": "PAST", "future": "FUTURE", "present": "PRESENT"}[direction]
        vu = " ".join(g["vu"].split())
        return _ref_row(ref, L["units"][vu][0] if vu in L["units"] else None, P)

    if kind == "YY":  # "موسم 2017/2016", "2014-2015"
        y1, y2 = sorted((int(g["yy1"]), int(g["yy2"])))
        if not (1900 <= y1 <= 2100 and 0 < y2 - y1 <= 10):
            return None
        return _row(f"{y1}/{y2}", dt.date(y1, 1, 1), dt.date(y2, 12, 31), "range", "absolute")

    if kind == "DEC":
        tens = L["decades"][" ".join(g["decw"].split())]
        cent = 19
        if g["deccent"]:
            c = " ".join(g["deccent"].split())
            if c == "الماضي":
                cent = (P.year // 100 - 1) if P else 19
            else:
                cent = (_num(c, L) or 20) - 1
        y0 = cent * 100 + tens * 10
        return _row(f"{y0 // 10}", dt.date(y0, 1, 1), dt.date(y0 + 9, 12, 31), "decade", "absolute")

    if kind == "C":
        n = _num(g["centw"], L) if g["centw"] else int(g["centd"])
        if not n or n > 21:
            return None
        y0 = (n - 1) * 100
        return _row(f"{n - 1:02d}", dt.date(max(y0, 1), 1, 1), dt.date(y0 + 99, 12, 31), "century", "absolute")

    if kind == "R":
        spec = L["relative"][" ".join(g["rel"].split())]
        what = spec[0]
        if what == "not":
            return None
        if what == "since-then":
            anchor = next((r for r in reversed(prev) if r.get("start_date") and r["kind"] in ("absolute", "relative")
                           and r["granularity"] != "range"), None)
            if anchor is None:
                return _row(None, None, None, "range", "relative")
            s = anchor["start_date"]
            if P is not None:
                return _row(f"{anchor['value']}/{P.isoformat()}", s, P, "range", "relative")
            return _row(f"{anchor['value']}/PRESENT_REF", s, None, "range", "relative")
        if what == "then":  # "حينها", "آنذاك": the date mentioned before it
            anchor = next((r for r in reversed(prev) if r.get("start_date") and r["kind"] in ("absolute", "relative")
                           and r["granularity"] != "range"), None)
            if anchor is None:
                return None
            return _row(anchor["value"], anchor["start_date"], anchor["end_date"], anchor["granularity"],
                        "relative")
        if what == "ref":
            rel = " ".join(g["rel"].split())
            hint = next((u for w, (u, _) in L["units"].items() if w in rel.split() or "ال" + w in rel.split()), None)
            return _ref_row(spec[1], hint, P)
        if what == "set":
            return _row(spec[1], None, None, None, "set")
        unit, n = what, int(spec[1])
        if P is None:
            return _row(None, None, None, unit, "relative", _part_ok=True)
        v, s, e, gran = _unit_interval(_shift(P, unit, n), unit)
        return _row(v, s, e, gran, "relative", _part_ok=unit in ("week", "month", "year", "decade", "century"))

    if kind == "W":
        wd = " ".join(g["wd"].split())
        if wd in L["amb_wd"] and not g["wpre"] and not (
                _AFTER_DAYWORD.search(norm, max(0, m.start("W") - 14), m.start("W"))
                or _BEFORE_MUWAFIQ.match(norm, m.end("W"))):
            return None
        iso = L["weekdays"][wd]
        direction = _dir_kind().get(" ".join(g["wdir"].split())) if g["wdir"] else None
        if P is None:
            return _row(None, None, None, "day", "relative")
        back = (P.isoweekday() - iso) % 7
        if direction == "future":
            d = P + dt.timedelta(days=(iso - P.isoweekday()) % 7 or 7)
        elif direction == "past":
            d = P - dt.timedelta(days=back or 7)
        elif _future_context(norm, m.start()):  # "سيعقد يوم الأحد": the coming one
            d = P + dt.timedelta(days=(iso - P.isoweekday()) % 7 or 7)
        else:
            d = P - dt.timedelta(days=back)
        return _row(d.isoformat(), d, d, "day", "relative")

    if kind == "S":
        se = " ".join(g["se"].split())
        if se not in L["seasons"]:
            if not g["sey"]:
                return None  # صيف without a year is a common noun (صيف حار)
            se = "ال" + se
        code, m1, m2 = L["seasons"][se]
        if g["sey"]:
            y = int(g["sey"])
            s, e = _season_occurrence(code, m1, m2, y)
            return _row(f"{y}-{code}", s, e, "season", "absolute")
        if P is None:
            return _row(None, None, None, "season", "relative")
        direction = _dir_kind().get(" ".join(g["sedir"].split())) if g["sedir"] else None
        occ = [(y,) + _season_occurrence(code, m1, m2, y) for y in range(P.year - 2, P.year + 2)]
        if direction == "future":
            y, s, e = next(o for o in occ if o[1] > P)
        elif direction == "past":
            y, s, e = [o for o in occ if o[2] < P][-1]
        else:
            y, s, e = [o for o in occ if o[1] <= P][-1]
        return _row(f"{y}-{code}", s, e, "season", "relative")

    if kind == "Y":
        y = int(g["yv"])
        if not (g["ykw"] or g["ym"].strip()):
            # a bare four-digit number counts as a year only in 1900-2100 and after في/منذ/حتى/قبل ...
            if not 1900 <= y <= 2100:
                return None
            pre = norm[max(0, m.start("Y") - 25):m.start("Y")]
            if not (g["part"] or _BARE_YEAR_BEFORE.search(pre)):
                return None
        if not 1000 <= y <= 2200:
            return None
        return _row(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "absolute", _part_ok=True)
    return None


def _duration(unit, n, half=False) -> str:
    """ISO-8601 duration: P3D, PT9H, PT30M, P4Y6M (half), PXM (a vague count)."""
    code = {"minute": "TM", "hour": "TH", "day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE",
            "century": "CE"}[unit]
    if code in ("DE", "CE"):
        code, n = "Y", (n if n == "X" else n * (10 if code == "DE" else 100))
    v = f"PT{n}{code[1]}" if code.startswith("T") else f"P{n}{code}"
    if half and n != "X":
        h, hc = _HALF[unit]
        if hc.startswith("T") and "T" not in v:
            v += "T"
        v += f"{h}{hc[-1]}"
    return v


def _ref_row(ref, hint, P):
    """A vague past / future / present reference; with a unit hint (الأيام، السنوات) its typical span."""
    if P is None:
        return _row(f"{ref}_REF", None, None, None, "vague")
    if ref == "PRESENT":
        return _row("PRESENT_REF", P, P, "day", "vague")
    width = {"day": ("day", 7), "week": ("week", 4), "month": ("month", 6), "year": ("year", 5)}.get(hint)
    if width is None:
        return _row(f"{ref}_REF", None, None, None, "vague")
    if ref == "FUTURE":
        s, e = P + dt.timedelta(days=1), _shift(P, width[0], width[1])
    else:
        s, e = _shift(P, width[0], -width[1]), P
    return _row(f"{ref}_REF", s, e, hint, "vague")


def _as_date(published):
    if published is None or isinstance(published, dt.date) and not isinstance(published, dt.datetime):
        return published
    if isinstance(published, dt.datetime):
        return published.date()
    return dt.date.fromisoformat(str(published)[:10])


def find_dates(text_or_article, published=None, *, sentences: bool = True):
    """Time expressions of a text or an Article, one row each (columns: :data:`DATE_COLUMNS`).

    ``published`` (a date or an ISO string) anchors relative expressions; for an Article it
    defaults to ``article.published``.  Without it, relative expressions are still found, with
    ``value``/``start_date``/``end_date`` None — never filled from today's date.
    """
    import pandas as pd

    rows = date_rows(text_or_article, published, sentences=sentences)
    return pd.DataFrame(rows, columns=DATE_COLUMNS)


def date_rows(source, published=None, *, sentences: bool = True) -> list[dict]:
    """:func:`find_dates` as a list of dicts (no pandas; the fast path for batch work).

    ``source`` is a TextLayer, an Article or a string."""
    layer = text_layer(source)
    text = layer.text
    if published is None:
        published = getattr(layer.article, "published", None)
    published = _as_date(published)
    rows = _scan(layer.normalized, published)
    starts = layer.sentence_starts if sentences and rows else None
    for r in rows:
        r["text"] = text[r["start"]:r["end"]]
        r["sentence"] = (bisect.bisect_right(starts, r["start"]) - 1) if starts else None
    return rows


# ----------------------------------------------------------------------------- places and cues
@lexicon_cache
def _phrase_tables():
    """Each table: first word -> [(rest of phrase, value)], longest first."""
    def table(pairs):
        d: dict = {}
        for k, v in pairs:
            t = tuple(_nkey(k).split())
            if t:
                d.setdefault(t[0], []).append((t[1:], v))
        for lst in d.values():
            lst.sort(key=lambda x: -len(x[0]))
        return d

    rows = _rows("event_cues.tsv")
    cues = table((r[0], (r[1], r[2] if len(r) > 2 else "noun")) for r in rows if r[1] != "not")
    cert = table((r[0], r[1]) for r in _rows("certainty_cues.tsv"))
    places = table(gazetteer().items())
    titles = table((w, True) for w in read_list("actor_titles.txt"))
    return cues, cert, places, titles


@lexicon_cache
def _abstract_objects():
    """Objects that make a movement verb figurative (وصل إلى السلطة): event_cues.tsv rows of kind ``not``."""
    d: dict = {}
    for r in _rows("event_cues.tsv"):
        if len(r) > 1 and r[1] == "not":
            t = tuple(_nkey(r[0]).split())
            d.setdefault(t[0], []).append((t[1:], True))
    for lst in d.values():
        lst.sort(key=lambda x: -len(x[0]))
    return d


def _figurative(words, j0, where, clause):
    """A movement verb whose goal (after إلى / ل / نحو / حتى, the subject may stand between) is an
    abstract object of :func:`_abstract_objects` before any place: وصل (الرئيس) إلى الحكم."""
    stop = min(len(words), j0 + 6, where[0][0] if where else len(words))
    for j in range(j0, stop):
        if clause[j] != clause[j0]:
            break
        hit = None
        if words[j - 1] in _MOVE_PREPS and j > j0:
            hit = _lookup(words, j, _abstract_objects())
        elif words[j][:1] == "ل":
            hit = _lookup(words, j, _abstract_objects())
            hit = hit if hit and hit[2] in ("ل", "لل") else None
        if hit:
            return True
        if words[j] in _MOVE_PREPS:
            nxt = j + 1  # only the first goal counts
            return nxt < stop and bool(_lookup(words, nxt, _abstract_objects()))
    return False


#: prepositions between a movement verb and where it goes (normalised)
_MOVE_PREPS = {"الي", "لي", "نحو", "حتي", "ل"}
#: role words whose actor speaks for an institution (المتحدث باسم الكرملين ديمتري بيسكوف)
_SPOKES = {"المتحدث", "الناطق", "متحدث", "ناطق", "المتحدثه", "الناطقه", "المتحدثة", "الناطقة", "باسم"}


_CLITIC_VARIANTS = (("", ""), ("و", ""), ("ف", ""), ("ب", ""), ("ل", ""), ("وب", ""), ("ول", ""), ("فب", ""),
                    ("لل", "ال"), ("ولل", "ال"), ("بال", "ال"), ("وبال", "ال"), ("فال", "ال"), ("وال", "ال"),
                    ("ك", ""), ("ال", ""), ("وال", ""), ("بال", ""), ("لل", ""))
_FUTURE_VARIANTS = (("س", ""), ("وس", ""), ("فس", ""))


@lexicon_cache
def _variants(word: str, future: bool) -> tuple:
    out = []
    for pre, repl in _CLITIC_VARIANTS + (_FUTURE_VARIANTS if future else ()):
        if pre and not word.startswith(pre):
            continue
        w = repl + word[len(pre):]
        if len(w) >= 2:
            out.append((pre, w))
    return tuple(out)


def _lookup(tokens, i, table, future=False):
    """Longest phrase of ``table`` starting at token i (clitics stripped from its first word).

    Returns (n_tokens, value, prefix) or None.  With ``future`` the prefixes س/وس/فس are tried too.
    """
    cands = _candidates(table, future).get(tokens[i])
    if cands is None:
        cands = _add_candidates(table, future, tokens[i])
    return _match(tokens, i, cands) if cands else None


def _match(tokens, i, cands):
    """:func:`_lookup` given the word's candidates."""
    best = None
    for n, rest, v, pre in cands:
        if best is not None and n <= best[0]:
            continue
        if n == 1 or tuple(tokens[i + 1:i + n]) == rest:
            best = (n, v, pre)
    return best


# (table, future) → (table, {word: its candidate phrases}): what _lookup tries for a word, in
# order — for each clitic variant of the word, that variant's phrases longest first — as
# (n_tokens, rest, value, prefix).  Taking the first match of each variant's list and keeping it
# only when longer than the best so far is the same as trying them all and keeping the first
# strictly longer one.
_CANDIDATES: dict = {}
_MAX_CANDIDATE_WORDS = 200_000


def _candidates(table, future) -> dict:
    got = _CANDIDATES.get((id(table), future))
    if got is None or got[0] is not table:
        got = (table, {})
        _CANDIDATES[(id(table), future)] = got
    return got[1]


_NO_CANDIDATES = ((), (), (), ())
_COMBINED: list = [None, {}]  # [tables, {word: (cue, place, certainty, title) candidates}]


def _combined(tables) -> dict:
    """Memo of the candidates of a word in the four phrase tables at once (one lookup per word)."""
    if _COMBINED[0] is not tables:
        _COMBINED[:] = [tables, {}]
    return _COMBINED[1]


def _add_combined(tables, word):
    cues, cert, places, titles = tables
    got = (_candidates_of(cues, True, word), _candidates_of(places, False, word),
           _candidates_of(cert, False, word), _candidates_of(titles, False, word))
    if not any(got):
        got = _NO_CANDIDATES
    memo = _combined(tables)
    if len(memo) >= _MAX_CANDIDATE_WORDS:
        memo.clear()
    memo[word] = got
    return got


def _candidates_of(table, future, word):
    return tuple((len(rest) + 1, rest, v, pre)
                 for pre, w in _variants(word, future) for rest, v in table.get(w, ()))


def _add_candidates(table, future, word):
    found = tuple((len(rest) + 1, rest, v, pre)
                  for pre, w in _variants(word, future) for rest, v in table.get(w, ()))
    memo = _candidates(table, future)
    if len(memo) >= _MAX_CANDIDATE_WORDS:
        memo.clear()
    memo[word] = found
    return found


_TOKEN_RE = re.compile(r"\w+|[،,؛;:.!?؟“”\"«»()\-–]")
_CLAUSE_PUNCT = set("،,؛;:“”\"«»()–")
_PREPS = {"من", "مع", "الي", "عن", "علي", "في", "ب", "ل", "بين", "لدي"}
_REL_PRONOUNS = {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"}
_NEGATIONS = {"لم", "لن", "لا", "ما", "ولم", "ولن", "ولا", "فلم"}
_COUNT_RE = re.compile(r"^(?:مره|مرة|مرات)$")


def _tokens(normalized):
    span = normalized.span
    return [(m.group(), *span(*m.span())) for m in _TOKEN_RE.finditer(normalized.norm)]


def _actor_spans(words, surf, is_punct, cue_at, place_at, titles, title_cands=None):
    """Actor mentions: title phrases, and name n-grams repeated in the article.

    ``title_cands`` (optional): the candidates of ``titles`` of every token, as :func:`_lookup`
    would find them.
    """
    from .lexicons import is_stopword

    conj: set = set()
    tt = titles
    n = len(words)
    memo = _candidates(tt, False)
    title_hits: dict = {}  # position → _lookup(words, k, tt), each computed once

    def title_at(k):
        if k in title_hits:
            return title_hits[k]
        if title_cands is not None:
            cc = title_cands[k]
        else:
            cc = memo.get(words[k])
            if cc is None:
                cc = _add_candidates(tt, False, words[k])
        h = title_hits[k] = _match(words, k, cc) if cc else None
        return h

    mentions = []
    i = 0
    while i < n:
        if is_punct[i]:
            i += 1
            continue
        hit = title_at(i)
        if hit:
            j = i + hit[0]
            names = 0
            while j < n and not is_punct[j] and j - i < 8:
                w = words[j]
                if w.startswith("ال") and names == 0 and w not in _REL_PRONOUNS and (
                        j not in cue_at) and j not in place_at:
                    j += 1
                    continue
                if is_stopword(w) or w in _PREPS or (j in cue_at) \
                        or (j in place_at) or w.isdigit():
                    break
                if any(c in surf[j] for c in "\u064b\u064c\u064d"):  # tanwin: an adverb, not a name
                    break
                if w.startswith("ال") and names == 0:
                    j += 1
                    continue
                if w.startswith("ال") or names >= 3:
                    break
                names += 1
                j += 1
            mentions.append((i, j))
            i = j
            continue
        i += 1
    # repeated names: 2-3 word sequences of non-stopword, non-ال words, seen at least twice
    def ok(k):
        w = words[k]
        return (not is_punct[k] and not w.startswith("ال") and not w.isdigit() and len(w) > 1
                and not is_stopword(w) and w not in _PREPS and not (k in cue_at)
                and not (k in place_at) and not title_at(k))

    good = [ok(k) for k in range(n)]
    counts: dict = {}
    for size in (3, 2):
        for k in range(n - size + 1):
            if good[k] and good[k + 1] and (size == 2 or good[k + 2]):
                g = tuple(words[k:k + size])
                counts[g] = counts.get(g, 0) + 1
    names = {g for g, c in counts.items() if c >= 2}
    if not names:  # (nothing below can add a mention)
        return sorted(set(mentions)), conj
    firsts = {g[0] for g in names}
    covered = set()
    for s, e in mentions:
        covered.update(range(s, e))
    k = 0
    while k < n:
        if words[k] not in firsts:  # (no name starts here)
            k += 1
            continue
        for size in (3, 2):
            g = tuple(words[k:k + size])
            if len(g) == size and g in names and not covered.intersection(range(k, k + size)):
                # strip a proclitic و from the first word of a repeated name seen without it
                mentions.append((k, k + size))
                k += size - 1
                break
        k += 1
    # names seen bare and with a conjunction ("وفلاديمير بوتين")
    for k in range(n - 1):
        w = words[k]
        if len(w) > 3 and w[0] in "وف" and w[1:] in firsts and not covered.intersection(range(k, k + 2)):
            g = (w[1:], words[k + 1])
            if g in names and (k, k + 2) not in mentions:
                mentions.append((k, k + 2))
                conj.add((words[k], words[k + 1]))
    return sorted(set(mentions)), conj


def events(article, published=None, dates=None):
    """Events the article describes, one row per event and place (columns: :data:`EVENT_COLUMNS`).

    ``kind`` comes from ``event_cues.tsv``; ``who``/``with`` are actor mentions (a title from
    ``actor_titles.txt`` with what follows it, or a name repeated in the article); ``where`` and
    ``place`` from the gazetteer; ``count`` from أربع مرات / مرتين; the time from the nearest
    fitting time expression of ``find_dates`` in the same sentence (its own clause first);
    ``certainty`` is fact, planned or speculated (``certainty_cues.tsv``, the future prefix س,
    or a linked time wholly after publication).
    """
    import pandas as pd

    df = pd.DataFrame(event_rows(article, published, dates), columns=EVENT_COLUMNS)
    # whole numbers stay whole where some rows have none (count, linked time span)
    return df.astype({"count": "Int64", "time_start": "Int64", "time_end": "Int64"})


def event_rows(article, published=None, dates=None) -> list[dict]:  # noqa: C901
    layer = text_layer(article)
    text = layer.text
    if published is None:
        published = getattr(layer.article, "published", None)
    P = _as_date(published)
    if dates is None:
        dates = date_rows(layer, P)
    elif hasattr(dates, "to_dict"):
        dates = dates.to_dict("records")
    cues, cert, places, titles = _phrase_tables()
    toks = _tokens(layer.normalized)
    if not toks:
        return []
    words = [t[0] for t in toks]
    surf = [text[t[1]:t[2]] for t in toks]
    is_punct = [not (w[0].isalnum() or w[0] == "_") for w in words]
    n = len(words)
    sstarts = layer.sentence_starts
    tok_sent = [bisect.bisect_right(sstarts, t[1]) - 1 for t in toks]
    # clause index: increases at clause punctuation and at sentence starts
    clause, c = [], 0
    for k in range(n):
        if is_punct[k] and words[k] in _CLAUSE_PUNCT or k and tok_sent[k] != tok_sent[k - 1]:
            c += 1
        clause.append(c)

    # cue, place and certainty hits
    cue_at, place_at, cert_at = {}, {}, {}
    tables = _phrase_tables()
    memo = _combined(tables)
    title_cands = [()] * n
    k = 0
    while k < n:
        if is_punct[k]:
            k += 1
            continue
        w = words[k]  # (_lookup of the tables, with the candidates of the word memoised)
        cc = memo.get(w)
        if cc is None:
            cc = _add_combined(tables, w)
        if cc is _NO_CANDIDATES:
            k += 1
            continue
        c_cue, c_place, c_cert, title_cands[k] = cc
        if c_cue:
            h = _match(words, k, c_cue)
            if h:
                cue_at[k] = h
        if c_place:
            p = _match(words, k, c_place)
            if p:
                place_at[k] = p
        if c_cert:
            ce = _match(words, k, c_cert)
            if ce:
                cert_at[k] = ce[1]
        k += 1
    if not cue_at:
        return []
    # conj: (word, next word) pairs of this article where a name stands behind و/ف
    actors, conj = _actor_spans(words, surf, is_punct, cue_at, place_at, titles, title_cands)

    def is_role(s, e):
        """A speaker for someone (المتحدث باسم الكرملين ديمتري بيسكوف): a traveller or partner only
        as the subject right after the verb."""
        first = words[s][1:] if words[s][:1] in "وف" and words[s][1:] in _SPOKES else words[s]
        return first in _SPOKES or (s > 0 and words[s - 1] in _SPOKES) \
            or (s > 1 and words[s - 1] == "باسم")

    def actor_text(s, e):
        a = toks[s][1]
        if (words[s], words[s + 1] if s + 1 < n else None) in conj and text[a] in "وف":
            a += 1
        return text[a:toks[e - 1][2]]

    # dates per token position
    date_tok = []
    tstarts = [t[1] for t in toks]
    for d in dates:
        if d.get("start_date") is None and d.get("value") is None:
            continue
        i = bisect.bisect_left(tstarts, d["start"])
        if i < n:
            date_tok.append((i, d))

    rows = []
    used_with = set()
    for k in sorted(cue_at):
        span_n, (ekind, pos), prefix = cue_at[k]
        future_prefix = pos == "verb" and prefix.endswith("س")
        if pos == "noun" and prefix.endswith("س"):
            continue
        sent = tok_sent[k]
        s_lo = next(i for i in range(k, -1, -1) if i == 0 or tok_sent[i - 1] != sent)
        s_hi = k
        while s_hi + 1 < n and tok_sent[s_hi + 1] == sent:
            s_hi += 1
        cl = clause[k]
        nxt_cue = next((j for j in sorted(cue_at) if j > k and tok_sent[j] == sent), s_hi + 1)
        # places after the cue in its clause, up to the next cue; coordinated places too
        if k and words[k - 1] in _NEGATIONS:
            continue  # "لم يسافر": a negated event did not happen
        where = []
        j = k + span_n
        while j < min(nxt_cue, k + span_n + 10) and clause[j] == cl and ekind != "announcement":
            if j in place_at:
                where.append((j, j + place_at[j][0], place_at[j][1]))
                j2 = j + place_at[j][0]
                while j2 in place_at and words[j2].startswith("و") and clause[j2] == cl:
                    where.append((j2, j2 + place_at[j2][0], place_at[j2][1]))
                    j2 += place_at[j2][0]
                break
            j += 1
        if ekind in ("visit", "trip", "arrival", "departure") and not where and pos == "verb":
            continue  # "وصل إلى السلطة": a movement verb with no place is not a trip
        if ekind in ("visit", "trip", "arrival", "departure") and _figurative(words, k + span_n, where, clause):
            continue  # "وصل إلى السلطة في كوريا الشمالية": came to power, not a trip
        # who / with
        who = with_ = None
        after = [(s, e) for s, e in actors if k + span_n <= s < nxt_cue and tok_sent[s] == sent and clause[s] == cl]
        between = k + span_n < n and words[k + span_n] == "بين"
        if between and len(after) >= 1:
            who = after[0]
            if len(after) > 1:
                with_ = after[1]
            else:  # "بين كيم جونغ أون وفلاديمير بوتين" with the second name not repeated
                with_ = None
        else:
            # verb-subject order: an actor right after the verb (an object pronoun may stand between)
            if pos == "verb" and after:
                s0 = after[0][0]
                gap = [w for w in words[k + span_n:s0]]
                if len(gap) <= 1 and all(w in ("به", "بها", "له", "لها", "معه", "معها", "بهم") for w in gap):
                    who = after[0]
                    after = after[1:]
            if who is None:
                for s, e in reversed(actors):
                    if s >= k or tok_sent[s] != sent:
                        continue
                    if (s, e) in used_with or is_role(s, e):
                        continue
                    prev = words[s - 1] if s else ""
                    if prev in _PREPS or (s - 1) in cue_at or prev.endswith("بدعوه") or prev.endswith("بدعوة"):
                        continue
                    who = (s, e)
                    break
            if ekind in ("meeting", "summit", "visit") and after:
                first = after[0]
                if first != who and (ekind in ("meeting", "summit") or words[first[0] - 1] in ("مع",)):
                    with_ = first
            if with_ is None and ekind in ("meeting",):
                for s, e in reversed(actors):
                    if s < k and tok_sent[s] == sent and (s, e) != who and (who is None or s != who[0]) \
                            and not is_role(s, e):
                        with_ = (s, e)
                        break
        if with_ is not None:
            used_with.add(with_)
        if who is None and ekind == "announcement" and k + span_n in place_at:
            p_n = place_at[k + span_n][0]  # "وكشفت موسكو": a capital standing for its government
            who = (k + span_n, k + span_n + p_n)
        # count
        count = None
        for j in range(k + span_n, min(nxt_cue, k + span_n + 6)):
            if clause[j] != cl:
                break
            if words[j] in ("مرتين", "مرتان"):
                count = 2
                break
            if _COUNT_RE.match(words[j]) and j > 0:
                count = _num(words[j - 1], _lex()) if words[j - 1] != "واحده" else 1
                break
        # certainty
        certainty = "planned" if future_prefix else "fact"
        lo = max(s_lo, k - CERTAINTY_WINDOW)
        found = [cert_at[j] for j in range(lo, min(s_hi + 1, k + span_n + 2)) if j in cert_at]
        found += [cert_at[j] for j in range(s_lo, k) if j in cert_at and clause[j] == cl]
        if "speculated" in found:
            certainty = "speculated"
        elif "planned" in found:
            certainty = "planned"
        # time: the nearest fitting date in the sentence; own clause after the cue first
        def fits(d):
            if certainty == "fact" or P is None or d.get("end_date") is None:
                return certainty == "fact" and (P is None or d.get("start_date") is None or d["start_date"] <= P) \
                    or certainty != "fact"
            return d["end_date"] > P

        cands = [(i, d) for i, d in date_tok if tok_sent[i] == sent and d["kind"] != "set"]
        cands = [(i, d) for i, d in cands if not (d["kind"] == "vague" and d.get("start_date") is None)]

        def pick():
            same_after = [(i, d) for i, d in cands if k < i < nxt_cue and clause[i] == cl and fits(d)]
            if same_after:
                return same_after[0][1]
            same_before = [(i, d) for i, d in cands if i < k and clause[i] == cl and fits(d)]
            if same_before:
                return same_before[-1][1]
            before = [(i, d) for i, d in cands if i < k and fits(d) and d["kind"] != "vague"]
            if before:
                return before[-1][1]
            return None

        d = pick()
        if d is not None and certainty == "fact" and P is not None and d.get("start_date") and d["start_date"] > P:
            certainty = "planned"
        base = {
            "kind": ekind,
            "who": actor_text(*who) if who else None,
            "with": actor_text(*with_) if with_ else None,
            "count": count,
            "value": d["value"] if d else None,
            "start_date": d["start_date"] if d else None,
            "end_date": d["end_date"] if d else None,
            "certainty": certainty,
            "sentence": sent,
            "start": toks[k][1],
            "end": toks[k + span_n - 1][2],
            "time_text": d["text"] if d else None,
            "time_start": d["start"] if d else None,
            "time_end": d["end"] if d else None,
        }
        base["text"] = text[base["start"]:base["end"]]
        for s, e, place in where or [(None, None, None)]:
            row = dict(base)
            if s is None:
                row["where"], row["place"] = None, None
            else:
                row["where"], row["place"] = actor_text(s, e), place
            rows.append(row)
    return rows

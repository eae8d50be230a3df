"""Pure date arithmetic for the timeline: month ends, shifting by units, the interval of a unit,
the year a day/month without one means, Hijri months (hijridate), seasons, thirds of a period."""
from __future__ import annotations

import calendar
import datetime as dt

from ..lexicons import lexicon_cache, read_table

#: days added to a candidate year's distance: lying in the future (news reports the past more
#: often) or in another year than publication (an undated month mostly means this year's)
YEAR_PENALTY_FUTURE = 60
YEAR_PENALTY_OTHER_YEAR = 45


#: how many of each unit shorter than a day make a day
SUBDAY_UNITS = {"hour": 24, "minute": 1440, "second": 86400}


def month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def shift(d: dt.date, unit: str, n: int) -> dt.date:
    """``d`` moved by ``n`` units (hours and minutes round to whole days)."""
    if unit in ("day", "hour", "minute", "second"):
        return d + dt.timedelta(days=n if unit == "day" else round(n / SUBDAY_UNITS[unit]))
    if unit == "week":
        return d + dt.timedelta(weeks=n)
    if unit == "month":
        return add_months(d, n)
    if unit == "year":
        return add_months(d, 12 * n)
    if unit == "decade":
        return add_months(d, 120 * n)
    return add_months(d, 1200 * n)


def unit_interval(d: dt.date, unit: str):
    """(value, start, end, granularity) of the ``unit`` containing ``d``."""
    if unit in ("day", "hour", "minute", "second"):
        return d.isoformat(), d, d, "day"
    if unit == "week":  # the Arab news week runs Sunday to Saturday: its number is the ISO week of its Monday
        sunday = d - dt.timedelta(days=d.isoweekday() % 7)
        y, w, _ = (sunday + dt.timedelta(days=1)).isocalendar()
        return f"{y}-W{w:02d}", sunday, sunday + dt.timedelta(days=6), "week"
    if unit == "month":
        return f"{d.year}-{d.month:02d}", d.replace(day=1), month_end(d.year, d.month), "month"
    if unit == "year":
        return str(d.year), dt.date(d.year, 1, 1), dt.date(d.year, 12, 31), "year"
    if unit == "decade":
        y0 = d.year // 10 * 10
        return str(y0 // 10), dt.date(y0, 1, 1), dt.date(y0 + 9, 12, 31), "decade"
    y0 = d.year // 100 * 100
    return f"{y0 // 100:02d}", dt.date(max(y0, 1), 1, 1), dt.date(y0 + 99, 12, 31), "century"


def safe_date(y, m, d):
    """The date, or None where the day does not exist (31 April)."""
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def nearest_year(published: dt.date, month: int, day: int | None, direction: str | None = None):
    """The year for a day/month written without one.

    ``direction`` past / future_strict (يناير الماضي / المقبل, or a future verb before it in its
    clause) takes the last occurrence before publication / the first after it; present (أغسطس الجاري)
    the publication year; since (منذ أواخر آب) the nearest that began by publication.  Otherwise the year nearest publication, a future or other-year
    candidate counting :data:`YEAR_PENALTY_FUTURE` / :data:`YEAR_PENALTY_OTHER_YEAR` days farther
    (a month seven months back beats the same month five months ahead).
    """
    P = published
    if direction == "present":
        return P.year
    best = None
    for y in (P.year - 1, P.year, P.year + 1):
        if day is None:
            s, e = dt.date(y, month, 1), month_end(y, month)
        else:
            s = e = safe_date(y, month, day)
            if s is None:
                continue
        if direction == "past" and not (e <= P if day else s < P.replace(day=1)):
            continue
        if direction == "future_strict" and not (s > P if day else s > month_end(P.year, P.month)):
            continue
        if direction == "since" and s > P:
            continue
        dist = 0 if s <= P <= e else min(abs((s - P).days), abs((e - P).days))
        if direction is None:
            dist += YEAR_PENALTY_FUTURE if s > P else 0
        dist += YEAR_PENALTY_OTHER_YEAR if y != P.year else 0
        key = (dist, y > P.year)
        if best is None or key < best[0]:
            best = (key, y)
    return best[1] if best else P.year


def year_of_weekday(published: dt.date, year: int, month: int, day: int, iso: int) -> int:
    """The year of a yearless day its writer also named by weekday («السبت 18 آب/أغسطس»): ``year``
    when the weekday fits it, else the nearest year to publication in which that day falls on that
    weekday (the writer's weekday is firmer than a tense guess)."""
    for y in sorted({year, published.year - 1, published.year, published.year + 1},
                    key=lambda y: (y != year, abs(y - published.year))):
        d = safe_date(y, month, day)
        if d is not None and d.isoweekday() == iso:
            return y
    return year


@lexicon_cache
def announced_month_starts() -> dict:
    """(Hijri year, month) -> the announced first day where it differs from Umm al-Qura
    (hijri_month_starts.tsv: a month begins when its crescent is sighted)."""
    return {(int(y), int(m)): dt.date.fromisoformat(d) for y, m, d, *_ in read_table("hijri_month_starts.tsv")}


def _month_start(y: int, m: int) -> dt.date:
    from hijridate import Hijri

    return announced_month_starts().get((y, m)) or Hijri(y, m, 1).to_gregorian()


def hijri_month(y, m):
    """First and last Gregorian day of Hijri month ``m`` of year ``y``: the announced start where
    one is listed, the day before the next month's start its last."""
    from hijridate import Hijri

    first = _month_start(y, m)
    ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
    if (ny, nm) in announced_month_starts():
        return first, announced_month_starts()[ny, nm] - dt.timedelta(days=1)
    return first, Hijri(y, m, Hijri(y, m, 1).month_length()).to_gregorian()


def hijri_to_greg(y, m, d) -> dt.date:
    """Hijri day ``d`` of month ``m`` of year ``y`` (ValueError for a day the month does not have)."""
    first, last = hijri_month(y, m)
    day = first + dt.timedelta(days=d - 1)
    if not 1 <= d or day > last:
        raise ValueError(f"day {d} of Hijri month {m}/{y}")
    return day


def hijri_year_of(d: dt.date) -> int:
    from hijridate import Gregorian

    return Gregorian(d.year, d.month, d.day).to_hijri().year


def season_occurrence(code, m1, m2, year):
    """Start and end of the season ``code`` labelled ``year`` (winter Dec year .. Feb year+1)."""
    if m1 <= m2:
        return dt.date(year, m1, 1), month_end(year, m2)
    return dt.date(year, m1, 1), month_end(year + 1, m2)


def narrow(s, e, part):
    """The first (``start``), middle (``mid``) or last (``end``) third of ``s``..``e``."""
    if s is None or e is None or part is None or s == e:
        return s, e
    span = (e - s).days + 1
    third = max(span // 3, 1)
    if part == "start":
        return s, s + dt.timedelta(days=third - 1)
    if part == "mid":
        return s + dt.timedelta(days=third), e - dt.timedelta(days=third)
    return e - dt.timedelta(days=third - 1), e


def as_date(published):
    """A date from a date, a datetime or an ISO string (None stays None)."""
    if published is None or isinstance(published, dt.date) and not isinstance(published, dt.datetime):
        return published
    if isinstance(published, dt.datetime):
        return published.date()
    return dt.date.fromisoformat(str(published)[:10])

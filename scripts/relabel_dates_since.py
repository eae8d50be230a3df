"""Relabel dates gold to the rulings of tests/gold/rulebooks/dates_addendum.md (D1, D1b, D2).

The rulebook gave «منذ 2014» as the span "2014/<reference day>" but was silent on «منذ 3 سنوات»;
sets up to blind17 valued it as the span from then to the reference day (37 items), blind18-22 as
a duration "P3Y" (16), following the kit's example. Ruling (tests/gold/rulebooks/dates_addendum.md):
the span, at the unit's grain — years → "2015/2018-06-04", months → "2018-01/2018-06-04",
weeks and days → "2018-04-23/2018-06-04". Only exact durations after «منذ» (optionally «نحو»,
«أكثر من», «أقل من», «حوالي») are changed.
D1b (session 25): a count after «منذ» valued as a point is the span from that point.
D2 (session 25): a vague count of days or longer placed by «منذ»/«قبل»/«الماضية»/«المقبلة»… is
PAST_REF / FUTURE_REF, not a vague duration.
D3 (session 26): on a Sunday, «الأسبوع الماضي» is the week that ended the day before, the ISO week
of the Sunday (not the ISO week before it), unless the article itself calls that week «هذا الأسبوع».
D4 (session 26): a vague count of hours or minutes placed in the past or future («خلال الساعات
الماضية»، «الساعات المقبلة») is a vague duration "PTXH" / "PTXM", not PAST_REF / FUTURE_REF.

usage: relabel_dates_since.py GOLD.jsonl [...] --tsv OUT.tsv --session N  (rewrites in place)
"""
import argparse
import datetime as dt
import json
import re
from pathlib import Path

DURATION = re.compile(r"^P(\d+)([YMWD])$")
POINT = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
HEDGE = r"(?:نحو|أكثر من|اكثر من|أقل من|اقل من|حوالي|حوالى|قرابة|زهاء) "
COUNT = re.compile(
    r"^[وف]?منذ (?:" + HEDGE + r")?(?:\d|واحد|اثن|ثلاث|أربع|اربع|خمس|ست|سبع|ثماني|تسع|عشر|"
    r"(?:أسبوع|اسبوع|شهر|عام|سنة|يوم|عقد)(?:ين|ان)?(?: |$))"
)
PAST = re.compile(r"(?:^|[ ])(?:[وف]?منذ|[وف]?قبل)(?: |$)|(?:الماضي|الماضية|الأخيرة|الاخيرة|المنصرمة)(?: |$)")
FUTURE = re.compile(r"(?:المقبلة|القادمة|المقبل|القادم)(?: |$)")
VAGUE_DAYS_UP = re.compile(r"^PX[YMWD]$")
WEEK = re.compile(r"^(\d{4})-W(\d\d)$")
LAST_WEEK = re.compile(r"(?:الأسبوع|الاسبوع) (?:الماضي|المنصرم|الفائت)$")
THIS_WEEK = re.compile(r"(?:^|[ ])هذا (?:الأسبوع|الاسبوع)$")
SUBDAY = {"ساعات": "PTXH", "الساعات": "PTXH", "دقائق": "PTXM", "الدقائق": "PTXM"}


def since_span(value: str, published: dt.date) -> str | None:
    """The span a duration after «منذ» stands for, counted back from the reference day."""
    m = DURATION.match(value or "")
    if not m:
        return None
    n, unit = int(m.group(1)), m.group(2)
    if unit == "Y":
        return f"{published.year - n}/{published}"
    if unit == "M":
        months = published.year * 12 + published.month - 1 - n
        return f"{months // 12}-{months % 12 + 1:02d}/{published}"
    days = n * (7 if unit == "W" else 1)
    return f"{published - dt.timedelta(days=days)}/{published}"


def point_span(value: str, text: str, published: dt.date) -> str | None:
    """D1b: «منذ + count» valued as its starting point becomes the span from that point."""
    if POINT.match(value or "") and COUNT.match(text):
        return f"{value}/{published}"
    return None


def placed_vague(value: str, text: str) -> str | None:
    """D2: a vague count of days or longer that the text places in the past or future."""
    if not VAGUE_DAYS_UP.match(value or ""):
        return None
    if FUTURE.search(text):
        return "FUTURE_REF"
    if PAST.search(text):
        return "PAST_REF"
    return None


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def sunday_last_week(value: str, text: str, published: dt.date, others: list) -> str | None:
    """D3: a Sunday's «الأسبوع الماضي» valued as the ISO week before the Sunday's."""
    if published.isoweekday() != 7 or not WEEK.match(value or "") or not LAST_WEEK.search(text):
        return None
    if value != iso_week(published - dt.timedelta(days=7)):
        return None
    own = iso_week(published)
    if any(THIS_WEEK.search(o["text"]) and o.get("value") == own for o in others):
        return None  # the article's «هذا الأسبوع» is the week just ended: «الماضي» is the one before
    return own


def placed_hours(value: str, text: str) -> str | None:
    """D4: a vague count of hours or minutes placed in the past or future is PTXH / PTXM."""
    if value not in ("PAST_REF", "FUTURE_REF"):
        return None
    return next((SUBDAY[w] for w in text.split() if w in SUBDAY), None)


def new_value(d: dict, published: dt.date, others: list = ()) -> tuple[str, str] | None:
    """(ruling, value) for one gold item, or None when no ruling changes it; ``others`` are the
    items of its article."""
    if d.get("anchor") == "event":
        return None
    text, value = d["text"], d.get("value")
    for ruling, new in (("D3", sunday_last_week(value, text, published, others)), ("D4", placed_hours(value, text))):
        if new:
            return ruling, new
    if re.match(r"^[وف]?منذ", text):
        for ruling, new in (("D1", since_span(value, published)), ("D1b", point_span(value, text, published))):
            if new:
                return ruling, new
    new = placed_vague(value, text)
    return ("D2", new) if new else None


def relabel(path: Path, rows: list, session: int) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    changed = 0
    for i, line in enumerate(lines):
        rec = json.loads(line)
        if rec.get("meta") or "dates" not in rec:
            continue
        pub = dt.date.fromisoformat(rec["published"])
        for d in rec["dates"]:
            found = new_value(d, pub, rec["dates"])
            if found:
                ruling, new = found
                rows.append((path.stem, rec["id"], d["text"], f"{d['start']}-{d['end']}", d["value"], new, ruling))
                d["value"] = new
                changed += 1
        lines[i] = json.dumps(rec, ensure_ascii=False)
    if changed:
        meta = json.loads(lines[0])
        meta[f"relabelled_session{session}"] = f"{changed} items relabelled to rulings D1-D4 (rulebooks/dates_addendum.md)"
        lines[0] = json.dumps(meta, ensure_ascii=False)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return changed


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="+", type=Path)
    ap.add_argument("--tsv", type=Path, required=True)
    ap.add_argument("--session", type=int, required=True)
    args = ap.parse_args()
    rows: list = []
    for path in args.gold:
        print(path.name, relabel(path, rows, args.session))
    with args.tsv.open("a", encoding="utf-8") as out:
        if out.tell() == 0:
            out.write("set\tarticle\ttext\tspan\twas\tnow\truling\n")
        for row in rows:
            out.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()

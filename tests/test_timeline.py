"""Time expressions and events (issue 3): maqal.timeline.find_dates / events."""
from __future__ import annotations

import datetime as dt
import json
import time
import zipfile
from pathlib import Path

import pytest

import maqal
from maqal import paths, timeline
from maqal.timeline import find_dates, events

GOLD = Path(__file__).parent / "gold" / "dates_gold.jsonl"
P = dt.date(2023, 9, 12)


def one(text, published=P):
    df = find_dates(text, published)
    assert len(df) == 1, df[["text", "value"]]
    r = df.iloc[0].to_dict()
    assert text[r["start"]:r["end"]] == r["text"]
    return r


@pytest.fixture(scope="module")
def sample():
    return maqal.load_article(paths.SAMPLE_ARTICLE)


# --------------------------------------------------------------------------- forms
@pytest.mark.parametrize("text,expr,value", [
    ("وصل إلى السلطة في عام 2011 وحكم", "عام 2011", "2011"),
    ("ولد سنة 2018 في المدينة", "سنة 2018", "2018"),
    ("تأسست في 2011م بالرياض", "2011م", "2011"),
    ("جرى ذلك في ٢٠١٩ كما قيل", "٢٠١٩", "2019"),
    ("وقع الحادث في 15 يوليو 2015 ليلا", "15 يوليو 2015", "2015-07-15"),
    ("وقع الحادث في ١٥ يوليو ٢٠١٥ ليلا", "١٥ يوليو ٢٠١٥", "2015-07-15"),
    ("بتاريخ 21/7/2015 صدر القرار", "21/7/2015", "2015-07-21"),
    ("زار فلاديفوستوك في أبريل 2019 للقاء", "أبريل 2019", "2019-04"),
    ("زار في ابريل 2019", "ابريل 2019", "2019-04"),
    ("زار في إبريل 2019", "إبريل 2019", "2019-04"),
    ("في 3 اغسطس 2020 وقع", "3 اغسطس 2020", "2020-08-03"),
    ("في 3 شباط 2020 وقع", "3 شباط 2020", "2020-02-03"),
    ("في 3 آذار 2020 وقع", "3 آذار 2020", "2020-03-03"),
    ("في 3 نيسان 2020 وقع", "3 نيسان 2020", "2020-04-03"),
    ("في 3 أيار 2020 وقع", "3 أيار 2020", "2020-05-03"),
    ("في 3 حزيران 2020 وقع", "3 حزيران 2020", "2020-06-03"),
    ("في 3 تموز 2020 وقع", "3 تموز 2020", "2020-07-03"),
    ("في 4 تشرين الأول 2020 وقع", "4 تشرين الأول 2020", "2020-10-04"),
    ("في 4 كانون الثاني 2020 وقع", "4 كانون الثاني 2020", "2020-01-04"),
    ("في 5 جانفي 2020 وقع", "5 جانفي 2020", "2020-01-05"),
    ("في 5 فيفري 2020 وقع", "5 فيفري 2020", "2020-02-05"),
    ("في 5 جوان 2020 وقع", "5 جوان 2020", "2020-06-05"),
    ("في 5 جويلية 2020 وقع", "5 جويلية 2020", "2020-07-05"),
    ("في 5 أوت 2020 وقع", "5 أوت 2020", "2020-08-05"),
    ("في 5 آب/أغسطس 2020 وقع", "5 آب/أغسطس 2020", "2020-08-05"),
    ("في 9 أيلول (سبتمبر) 2020 وقع", "9 أيلول (سبتمبر) 2020", "2020-09-09"),
    ("في الثمانينيات تغير الكثير", "الثمانينيات", "198"),
    ("منذ الثمانينيات تغير الكثير", "منذ الثمانينيات", "198/2023-09-12"),
    ("في التسعينات من القرن الماضي", "التسعينات من القرن الماضي", "199"),
    ("في القرن العشرين كان", "القرن العشرين", "19"),
    ("في القرن الحادي والعشرين نعيش", "القرن الحادي والعشرين", "20"),
    ("وصيف 2015 كان حارا", "صيف 2015", "2015-SU"),
])
def test_absolute_forms(text, expr, value):
    r = one(text)
    assert r["text"] == expr
    assert r["value"] == value


def test_hijri_date_is_converted_with_hijridate():
    r = one("في 15 رمضان 1436هـ صام الناس")
    assert r["text"] == "15 رمضان 1436هـ"
    assert r["value"] == "2015-07-02" and r["start_date"] == dt.date(2015, 7, 2)
    assert find_dates("اسمه رمضان محمد", P).empty  # a bare ambiguous Hijri month is a name


@pytest.mark.parametrize("text,expr,value", [
    ("قال أمس إن", "أمس", "2023-09-11"),
    ("يعقد اليوم اجتماعا", "اليوم", "2023-09-12"),
    ("يصل غداً إلى", "غداً", "2023-09-13"),
    ("هذا الأسبوع، سيصبح", "هذا الأسبوع", "2023-W37"),
    ("وصل الأسبوع الماضي إلى", "الأسبوع الماضي", "2023-W36"),
    ("يصل الأسبوع المقبل إلى", "الأسبوع المقبل", "2023-W38"),
    ("ظهرت منذ حوالي أسبوع تكهنات", "منذ حوالي أسبوع", "2023-09-05"),
    ("وصل قبل ثلاثة أيام إلى", "قبل ثلاثة أيام", "2023-09-09"),
    ("لم يغادر خلال السنوات الأربع الماضية بلده", "خلال السنوات الأربع الماضية", "2019/2023"),
    ("سيزور روسيا في الأيام المقبلة.", "في الأيام المقبلة", "FUTURE_REF"),
    ("ومنذ الربيع، ترددت اتهامات", "منذ الربيع", "2023-SP/2023-09-12"),
    ("ارتفعت الأسعار العام الماضي بنسبة", "العام الماضي", "2022"),
    ("في مطلع الشهر الجاري أعلن", "مطلع الشهر الجاري", "2023-09"),
    ("وصل يوم الخميس إلى", "يوم الخميس", "2023-09-07"),
    ("في الصيف كان", "الصيف", "2023-SU"),
])
def test_relative_forms(text, expr, value):
    r = one(text)
    assert (r["text"], r["value"]) == (expr, value)
    assert r["kind"] in ("relative", "vague")


def test_part_of_period_narrows_the_dates():
    r = one("في مطلع الشهر الجاري أعلن")
    assert r["start_date"] == dt.date(2023, 9, 1) and r["end_date"] <= dt.date(2023, 9, 10)


def test_day_month_without_year_takes_the_year_nearest_publication():
    assert one("وفي 11 سبتمبر أعلن")["value"] == "2023-09-11"
    assert one("في 28 ديسمبر حدث", dt.date(2024, 1, 5))["value"] == "2023-12-28"
    assert one("في 3 يناير سيحدث", dt.date(2023, 12, 28))["value"] == "2024-01-03"


def test_since_then_is_tied_to_the_date_before_it():
    df = find_dates("حتى عام 2018، لم يسافر، لكن منذ ذلك الحين زار الصين", P)
    r = df[df.text == "منذ ذلك الحين"].iloc[0]
    assert r["value"] == "2018/2023-09-12" and r["start_date"] == dt.date(2018, 1, 1)


def test_without_publication_date_relative_expressions_are_unresolved():
    text = "قال أمس إن الزيارة هذا الأسبوع، وظهرت منذ حوالي أسبوع تكهنات، ومنذ الربيع ترددت اتهامات في 11 سبتمبر"
    df = find_dates(text)
    assert set(df.text) >= {"أمس", "هذا الأسبوع", "منذ حوالي أسبوع", "منذ الربيع", "11 سبتمبر"}
    today = dt.date.today()
    for _, r in df.iterrows():
        assert r["value"] is None and r["start_date"] is None and r["end_date"] is None, r.to_dict()
        assert str(today.year) not in str(r["value"])


def test_not_time_expressions():
    assert find_dates("قال مراسل عين اليوم إن", P).empty
    assert find_dates("بلغ عدد الحالات أكثر من 1200 حالة", P).empty
    assert find_dates("ثورات الربيع العربي", P).empty
    assert find_dates("مارس الرياضة منذ صغره", P).empty


# --------------------------------------------------------------------------- the sample
def test_sample_article_time_expressions(sample):
    df = find_dates(sample)
    for _, r in df.iterrows():
        assert sample.text[r["start"]:r["end"]] == r["text"]
    got = dict(zip(df.text, df.value))
    assert got["عام 2011"] == "2011"
    assert got["عام 2018"] == "2018"
    assert got["منذ ذلك الحين"] == "2018/2023-09-12"
    assert got["أبريل 2019"] == "2019-04"
    assert got["خلال السنوات الأربع الماضية"] == "2019/2023"
    assert got["منذ حوالي أسبوع"] == "2023-09-05"
    assert got["11 سبتمبر"] == "2023-09-11"
    assert got["هذا الأسبوع"] == "2023-W37"
    assert got["منذ الربيع"].startswith("2023-SP")
    assert df["sentence"].notna().all()


def test_sample_article_events(sample):
    ev = events(sample)
    for _, r in ev.iterrows():
        assert sample.text[r["start"]:r["end"]] == r["text"]
    china = ev[(ev.kind == "visit") & (ev.place == "China")].iloc[0]
    assert china["count"] == 4 and china["who"] == "كيم جونغ أون"
    assert china["start_date"] == dt.date(2018, 1, 1)  # "since then": bounded by 2018
    trump = ev[(ev.kind == "meeting") & ev["with"].fillna("").str.contains("ترامب")]
    assert set(trump.place) == {"Singapore", "Vietnam"}
    vl = ev[(ev.kind == "visit") & (ev.place == "Vladivostok")].iloc[0]
    assert vl["value"] == "2019-04" and vl["certainty"] == "fact"
    russia = ev[(ev.kind == "visit") & (ev.place == "Russia")].iloc[0]
    assert russia["certainty"] == "planned"
    week = ev[(ev.kind == "meeting") & (ev.value == "2023-W37")].iloc[0]
    assert week["certainty"] == "planned" and "بوتين" in week["with"]
    kremlin = ev[ev.kind == "announcement"]
    assert ((kremlin.who == "الكرملين") & (kremlin.value == "2023-09-11")).any()
    assert (ev[ev.kind == "arrival"].certainty == "speculated").any()


def test_gazetteer_from_cldr_and_project_file():
    g = timeline.gazetteer()
    assert g["روسيا"] == "Russia" and g["سنغافوره".replace("ه", "ة")] == "Singapore"
    assert g["سيول"] == "Seoul" and g["سول"] == "Seoul" and g["فلاديفوستوك"] == "Vladivostok"


def test_speed(sample):
    timeline.date_rows(sample), timeline.event_rows(sample)  # warm up (compiles patterns)
    t = time.perf_counter()
    for _ in range(20):
        timeline.date_rows(sample)
        timeline.event_rows(sample)
    per = (time.perf_counter() - t) / 20
    assert per < 0.015, per  # target 5 ms; generous here for slow CI machines


# --------------------------------------------------------------------------- gold set
def _gold():
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def _gold_text(rec):
    a = rec["article"]
    if "path" in a:
        return (paths.PROJ_ROOT / a["path"]).read_text(encoding="utf-8")
    z = paths.CORPUS_DIR / a["file"]
    if not z.exists():
        pytest.skip(f"the shared SaudiNewsNet corpus is not at {paths.CORPUS_DIR} (set MAQAL_SHARED)")
    with zipfile.ZipFile(z) as zf:
        arts = json.loads(zf.read(zf.namelist()[0]))
    art = arts[a["index"]]
    assert art["url"] == a["url"]
    return art["content"]


@pytest.mark.parametrize("i", range(11))
def test_gold_spans_and_values(i):
    rec = _gold()[i]
    text = _gold_text(rec)
    for g in rec["dates"]:
        assert text[g["start"]:g["end"]] == g["text"]
    got = {(r["start"], r["end"]): r["value"] for r in timeline.date_rows(text, rec["published"])}
    gold = {(g["start"], g["end"]): g["value"] for g in rec["dates"]}
    hits = sum(1 for k, v in gold.items() if got.get(k) == v)
    assert hits >= 0.9 * len(gold), (gold, got)


@pytest.mark.corpus
def test_events_on_saudinewsnet_visits():
    z = paths.CORPUS_DIR / "2015-07-22.zip"
    if not z.exists():
        pytest.skip(f"the shared SaudiNewsNet corpus is not at {paths.CORPUS_DIR} (set MAQAL_SHARED)")
    with zipfile.ZipFile(z) as zf:
        arts = json.loads(zf.read(zf.namelist()[0]))
    n_ev = 0
    for a in arts[:300]:
        rows = timeline.event_rows(a["content"], a["date_extracted"][:10])
        for r in rows:
            assert a["content"][r["start"]:r["end"]] == r["text"]
        n_ev += len(rows)
    assert n_ev > 100

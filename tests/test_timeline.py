"""Time expressions and events (issue 3): maqal.timeline.find_dates / events."""
from __future__ import annotations

import datetime as dt
import json
import re
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
    ("وقع الحادث في 15 يوليو 2015 ليلا", "15 يوليو 2015 ليلا", "2015-07-15TNI"),  # the night of that day
    ("وقع الحادث في ١٥ يوليو ٢٠١٥ ليلا", "١٥ يوليو ٢٠١٥ ليلا", "2015-07-15TNI"),
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
    # years in words
    ("ولد في عام ألفين وثمانية عشر في القاهرة.", "عام ألفين وثمانية عشر", "2018"),
    ("في ألف وتسعمائة وتسعين غزا العراق الكويت.", "ألف وتسعمائة وتسعين", "1990"),
    ("منذ عام ألفين وثلاثة تغير كل شيء.", "منذ عام ألفين وثلاثة", "2003/2023-09-12"),
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
    ("ظهرت منذ حوالي أسبوع تكهنات", "منذ حوالي أسبوع", "2023-09-05/2023-09-12"),  # منذ + a length: a range up to publication
    ("وصل قبل ثلاثة أيام إلى", "قبل ثلاثة أيام", "2023-09-09"),
    ("لم يغادر خلال السنوات الأربع الماضية بلده", "خلال السنوات الأربع الماضية", "P4Y"),  # rulebook: the length
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


H = dt.date(2015, 8, 7)  # a Friday


@pytest.mark.parametrize("text,expr,value", [
    # 1. a month or day-month without a year, with الماضي / المقبل or a future verb
    ("وقع في كانون الثاني (يناير) الماضي حادث", "كانون الثاني (يناير) الماضي", "2015-01"),
    ("وقع في كانون الثاني (يناير) حادث", "كانون الثاني (يناير)", "2015-01"),
    ("يبدأ في يناير المقبل العمل", "يناير المقبل", "2016-01"),
    ("بدأ في 22 مايو الماضي العمل", "22 مايو الماضي", "2015-05-22"),
    ("جرى في أغسطس الماضي", "أغسطس الماضي", "2014-08"),
    ("يجري في أغسطس الجاري", "أغسطس الجاري", "2015-08"),
    ("وسيعقد المؤتمر في 3 يوليو", "3 يوليو", "2016-07-03"),
    # 2. spaced numeric dates
    ("يبدأ في 4 – 9 - 1436هـ العمل", "4 – 9 - 1436هـ", "2015-06-21"),
    ("يبدأ في 15- 9 - 1436هـ العمل", "15- 9 - 1436هـ", "2015-07-02"),
    ("صدر في 21 / 7 / 2015 القرار", "21 / 7 / 2015", "2015-07-21"),
    # 3. the day before yesterday
    ("وقع البارحة الأولى حادث", "البارحة الأولى", "2015-08-05"),
    # 4. coordinated days
    ("يومي 12 و13 آب (أغسطس) في", "12 و13 آب (أغسطس)", "2015-08-12/2015-08-13"),
    ("من 3 إلى 5 سبتمبر 2015 تقام", "3 إلى 5 سبتمبر 2015", "2015-09-03/2015-09-05"),
    # 5. no trailing whitespace
    ("في 15 آب/أغسطس وقع", "15 آب/أغسطس", "2015-08-15"),
    # 7. bare durations and vague references
    ("منذ حوالي 11عاماً لم يعد", "حوالي 11عاماً", "P11Y"),
    ("عمره 35 عاما فقط", "35 عاما", "P35Y"),  # فقط outside (blind sets, 6 of 9)
    ("استمر تسع ساعات متواصلة", "تسع ساعات", "PT9H"),
    ("استغرقت 30 دقيقة فقط", "30 دقيقة", "PT30M"),
    ("عمل ثماني ساعات ونصف الساعة متواصلة", "ثماني ساعات ونصف الساعة", "PT8H30M"),
    ("استمرت على مدى أربع سنوات ونصف السنة", "على مدى أربع سنوات ونصف السنة", "P4Y6M"),
    ("لم تمض عدة أشهر على", "عدة أشهر", "PXM"),
    ("أوقفت الخدمة لمدة 3 سنوات كاملة", "لمدة 3 سنوات كاملة", "P3Y"),  # كامل kept (على مدار عام كامل)
    ("وقال في وقت سابق إن", "في وقت سابق", "PAST_REF"),
    ("وأعلن في وقت سابق هذا الأسبوع أن", "في وقت سابق هذا الأسبوع", "2015-W32"),
    ("وأعلنت أخيرا أن", "أخيرا", "PAST_REF"),
    ("سيبقى الوضع سنين مقبلة كما هو", "سنين مقبلة", "FUTURE_REF"),
    ("وفي الأعوام السابقة، انتقل", "في الأعوام السابقة", "PAST_REF"),
    ("بداية من موسم 2017/2016 المقبل", "موسم 2017/2016", "2016/2017"),
    ("تضربها مرات كثيرة في اليوم وتتركها", "في اليوم", "P1D"),
])
def test_heldout_error_classes(text, expr, value):
    r = one(text, H)
    assert (r["text"], r["value"]) == (expr, value)


def test_weekday_after_today_is_its_own_expression_after_yesterday_one_with_it():
    """Gold convention (rulebooks/dates_blind2.md): «اليوم الخميس» two expressions, «أمس الاثنين»
    and «أمس (الاثنين)» one, dated by the weekday nearest the day word (an article dated a day late: أمس الخميس on a
    Saturday is Thursday)."""
    for text, want in (("قال اليوم الجمعة إن", [("اليوم", "2015-08-07"), ("الجمعة", "2015-08-07")]),
                       ("قال اليوم (الجمعة) إن", [("اليوم", "2015-08-07"), ("الجمعة", "2015-08-07")]),
                       ("قال أمس (الخميس) إن", [("أمس (الخميس)", "2015-08-06")]),  # blind5/blind6's rulebook way
                       ("يصل غدا السبت إلى", [("غدا السبت", "2015-08-08")]),
                       ("وقال مجلس الوزراء أمس الخميس إن", [("أمس الخميس", "2015-08-06")]),
                       ("أثناء صلاة ظهر أمس الأربعاء، مما", [("ظهر أمس الأربعاء", "2015-08-05TAF")])):
        df = find_dates(text, H)
        assert list(zip(df.text, df.value)) == want, df


def test_weekday_muwafiq_takes_the_date_after_it_and_future_verbs_look_ahead():
    df = find_dates("تبدأ يوم الثلاثاء الموافق 3 – 11 - 1436هـ الدراسة", H)
    assert list(zip(df.text, df.value)) == [("يوم الثلاثاء الموافق 3 – 11 - 1436هـ", "2015-08-18")]
    assert one("وسيعقد الاجتماع يوم الأحد في", H)["value"] == "2015-08-09"
    assert one("وعقد الاجتماع يوم الأحد في", H)["value"] == "2015-08-02"


def test_then_takes_the_date_before_it():
    df = find_dates("في نيسان/ابريل 2011، وقال حينها إن", H)
    assert list(zip(df.text, df.value)) == [("نيسان/ابريل 2011", "2011-04"), ("حينها", "2011-04")]


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
    assert got["خلال السنوات الأربع الماضية"] == "P4Y"  # the rulebook values a counted past span by its length
    assert got["منذ حوالي أسبوع"] == "2023-09-05/2023-09-12"
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
    # "الذي وصل إلى السلطة في كوريا الشمالية": came to power, no arrival
    assert not ((ev.kind == "arrival") & (ev.place == "North Korea")).any()
    # "كما قال المتحدث باسم الكرملين ديمتري بيسكوف، ستكون هذه زيارة": a spokesman, not a traveller
    assert not ev["who"].fillna("").str.contains("بيسكوف").any()
    assert not ev["with"].fillna("").isin(["المتحدث"]).any()


def test_figurative_movement_is_no_event_and_spokesman_is_no_traveller():
    assert events("وصل الرئيس إلى الحكم في مصر عام 2014", "2015-08-07").empty
    assert events("وصل الوفد إلى طريق مسدود في جنيف", "2015-08-07").empty
    assert events("وصلت إلى النهائي في لندن", "2015-08-07").empty
    ev = events("وصل الرئيس إلى القاهرة أمس", "2015-08-07")
    assert list(ev.place) == ["Cairo"]
    ev = events("وقال المتحدث باسم الخارجية أحمد زيد إن زيارة الوفد مهمة", "2015-08-07")
    assert ev[ev.kind == "visit"]["who"].tolist() == ["الوفد"]  # the delegation visits, never the spokesman
    ev = events("وزار المتحدث باسم الخارجية أحمد زيد القاهرة", "2015-08-07")  # the subject of the verb
    assert ev[ev.kind == "visit"].iloc[0]["who"] == "أحمد زيد"  # by its name, the title left out


@pytest.mark.parametrize("text, expr, value", [
    ("المباراة الافتتاحية أمام نادي الدرعية في غرة ذي القعدة ضمن التصفيات", "غرة ذي القعدة", "2015-08-16"),
    ("خطط أمنية خلال موسم العمرة في شهر رمضان المبارك، إلى جانب", "شهر رمضان المبارك", "2015-06-18/2015-07-16"),
    ("قبل الدخول في معترك الموسم الرياضي والمباراة الافتتاحية", "الموسم الرياضي", "2015/2016"),
    ("وتألق اللاعب في الموسم الماضي مع فريقه", "الموسم الماضي", "2014/2015"),
    ("وأضاف: هذه الأيام تركيا تجد جماعات", "هذه الأيام", "PRESENT_REF"),
    ("قد تضرب أهدافا خارج حدودها في أي وقت ودون موافقة", "في أي وقت", "FUTURE_REF"),
    ("أن تعود المصفاة إلى عملها الطبيعي في أقرب الآجال.", "في أقرب الآجال", "FUTURE_REF"),
    ("التقدم الكبير الذي تم إحرازه لغاية الآن في إطار", "لغاية الآن", "PRESENT_REF"),
    ("ستصبح متاحة لكل سكان المدن بحلول نهاية العام في أحدث خطوة", "نهاية العام", "2015"),
    ("وقالا إنهما سيصدران إعلان طلاق في نهاية الصيف.", "نهاية الصيف", "2015-SU"),
    ("فتح باب التعاقد للتدريس في العام الدراسي الحالي في مختلف التخصصات", "العام الدراسي الحالي", "2015/2016"),
    ("وظل هذا التقليد قائما إلى يومنا هذا في القرى", "إلى يومنا هذا", "PRESENT_REF"),
    ("قال المتحدث إن واشنطن ستفرض الجمعة عقوبات جديدة", "الجمعة", "2015-08-07"),
    ("مع توقع حدوث عواصف رعدية يومي الأربعاء والخميس القادمين، في الوقت", "يومي الأربعاء والخميس القادمين",
     "2015-08-12/2015-08-13"),
    ("وجرت الانتخابات يومي الأحد والاثنين الماضيين", "يومي الأحد والاثنين الماضيين", "2015-08-02/2015-08-03"),
    ("يحمل جواز سفر روسيا حتى بلغ سن الرابعة عشرة. وأفاد", "سن الرابعة عشرة", "P14Y"),
    ("وللزوجين ولدان دون سن العشرين هما", "سن العشرين", "P20Y"),
    ("يسمح لمن هم فوق سن 18 عاما بالدخول", "سن 18 عاما", "P18Y"),
    ("تقام الصلاة في أول يوم جمعة من هذا الشهر في المسجد", "أول يوم جمعة من هذا الشهر", "2015-08-07"),
    ("يعقد الاجتماع أول يوم الجمعة من الشهر المقبل", "أول يوم الجمعة من الشهر المقبل", "2015-09-04"),
    ("ويحتفل الأهالي في آخر خميس من شهر رمضان بذلك", "آخر خميس من شهر رمضان", "2015-07-16"),
    ("وتراجع صافي الأرباح خلال الربع الثاني من العام الحالي بنسبة", "خلال الربع الثاني من العام الحالي", "2015-Q2"),
    ("وارتفعت المبيعات في النصف الأول من 2014 إلى", "النصف الأول من 2014", "2014-H1"),
    ("مقابل 2.6 مليار في الربع الأخير من العام الماضي.", "الربع الأخير من العام الماضي", "2014-Q4"),
])
def test_first_days_honorifics_sports_seasons_and_vague_times(text, expr, value):
    """Issue 12 classes from data rows: غرة before a Hijri month, المبارك after it, the sports
    season (July to June) of publication, vague present and future phrases."""
    r = one(text, H)
    assert (r["text"], r["value"]) == (expr, value)
    assert find_dates("ازداد التوتر أكثر من أي وقت مضى", H).empty


def test_an_event_takes_its_time_across_commas_and_a_noun_a_future_time():
    """Issue 12: «في لقاء مع …، مساء الأحد، أنّ» dates the meeting, not the report; a meeting named by
    a noun («لقاءً مع …») takes a coming day and is planned.  (The articles' «لقاء مع صحفيين من قناة»
    and «لقاءً صحفياً» are interviews, no meeting since the events addendum's ruling 2: the partners
    changed here, see tests/test_events_media.py.)"""
    rows = timeline.event_rows("كما أوضح ماكرون في لقاء مع رئيس الوزراء الكندي جاستن ترودو، مساء الأحد، أنّ الدين "
                      "الإسلامي بدأ ينتشر في فرنسا.", "2018-04-16")
    assert [(r["kind"], r["value"], r["time_text"]) for r in rows] == [("meeting", "2018-04-15TEV", "مساء الأحد")]
    rows = timeline.event_rows("يعقد المتحدث الرسمي باسم الانتخابات غدا الثلاثاء، لقاءً مع المرشحين، وذلك بمبنى الوزارة.",
                      "2015-08-03")
    assert [(r["kind"], r["value"], r["certainty"]) for r in rows] == [("meeting", "2015-08-04", "planned")]


def test_gazetteer_from_cldr_and_project_file():
    g = timeline.gazetteer()
    assert g["روسيا"] == "Russia" and g["سنغافوره".replace("ه", "ة")] == "Singapore"
    assert g["سيول"] == "Seoul" and g["سول"] == "Seoul" and g["فلاديفوستوك"] == "Vladivostok"


# --------------------------------------------------------------------------- gold set
def _gold():
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def _gold_text(rec):
    a = rec["article"]
    if "path" in a:
        return (paths.PROJ_ROOT / a["path"]).read_text(encoding="utf-8")
    if a.get("corpus") == "ant":
        if not (paths.ANT_DIR / a["file"]).exists():
            pytest.skip(f"the shared ANT corpus is not at {paths.ANT_DIR} (set MAQAL_SHARED)")
        from maqal import load_article

        return load_article(paths.ANT_DIR / a["file"], select=a["docno"]).text
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
    # a hit: the gold span with the gold value, or a span containing it with that value (the
    # dev gold was reviewed from maqal's own output and leaves out day parts such as "فجر أمس",
    # which the blind held-out conventions include: "ظهر أمس")
    # the dev gold predates day-part values: its 2015-07-21 accepts 2015-07-21TEV
    def same(g, p):
        return g == p or (isinstance(p, str) and len(g or "") == 10 and p.startswith(f"{g}T"))

    hits = sum(1 for (a, b), v in gold.items()
               if same(v, got.get((a, b))) or any(s <= a and b <= e and same(v, gv) for (s, e), gv in got.items()))
    assert hits >= 0.9 * len(gold), (gold, got)


GOLD_SETS = sorted((Path(__file__).parent / "gold").glob("dates_*.jsonl"))


def _records(path):
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in recs if not r.get("meta")]


@pytest.mark.parametrize("path", GOLD_SETS, ids=lambda p: p.name)
def test_spans_never_include_surrounding_whitespace(path):
    for rec in _records(path):
        text = _gold_text(rec)
        # an ANT page's teasers of other articles, annotated before loading cut them, are past its end
        cut = [g for g in rec["dates"] if g["start"] >= len(text)]
        assert not cut or rec["article"].get("corpus") == "ant", cut
        for g in rec["dates"]:
            if g["start"] < len(text):
                assert text[g["start"]:g["end"]] == g["text"] == g["text"].strip()
        for r in timeline.date_rows(text, rec["published"]):
            assert r["text"] == r["text"].strip() and r["text"], r


#: held-out scores of the final version (scripts/eval_dates.py --gold tests/gold/dates_heldout.jsonl)
#: minus a small margin: a change that loses held-out recall or precision fails here
HELDOUT_FLOOR = {"overlap_r": 0.95, "overlap_p": 0.95, "exact_r": 0.90, "exact_p": 0.89, "value_acc": 0.93}


def test_heldout_scores_stay_at_or_above_the_floor():
    import importlib.util

    gold = Path(__file__).parent / "gold" / "dates_heldout.jsonl"
    if not (paths.CORPUS_DIR / "2015-08-07.zip").exists():
        pytest.skip(f"the shared SaudiNewsNet corpus is not at {paths.CORPUS_DIR} (set MAQAL_SHARED)")
    spec = importlib.util.spec_from_file_location("eval_dates", paths.PROJ_ROOT / "scripts" / "eval_dates.py")
    ev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ev)
    got = ev.evaluate(gold, systems=("maqal",))["maqal"]
    for k, floor in HELDOUT_FLOOR.items():
        assert got[k] >= floor, (k, got)


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


# --------------------------------------------------------------------------- the package's seams
@pytest.mark.parametrize("form,text,value", [
    ("CL", "الساعة العاشرة صباحا", "2023-09-12T10:00"),
    ("H", "15 رمضان 1436", "2015-07-02"),
    ("G", "11 سبتمبر 2001", "2001-09-11"),
    ("N", "21/7/2015", "2015-07-21"),
    ("HY", "1436 هـ", "2014/2015"),
    ("Q", "منذ ثلاث سنوات", "2020/2023-09-12"),
    ("D", "خلال السنوات الخمس الأخيرة", "P5Y"),
    ("B", "11 عاماً", "P11Y"),
    ("DEC", "الثمانينات", "198"),
    ("C", "القرن العشرين", "19"),
    ("R", "أمس", "2023-09-11"),
    ("V", "خلال الفترة القريبة الماضية", "PAST_REF"),
    ("W", "يوم الأحد", "2023-09-10"),
    ("S", "صيف 2019", "2019-SU"),
    ("YY", "موسم 2016/2017", "2016/2017"),
    ("Y", "عام 2011", "2011"),
])
def test_each_form_of_the_master_pattern_has_its_interpretation(form, text, value):
    from maqal.arabic import normalize
    from maqal.timeline.interpret import INTERPRETERS
    from maqal.timeline.patterns import FORMS, master

    assert set(FORMS) == set(INTERPRETERS)
    assert master().search(normalize(text)).lastgroup == form
    r = one(text)
    assert (r["text"], r["value"]) == (text, value)


def test_a_pair_of_years_after_sanatay_includes_it():
    df = find_dates("في موسم 2016/2017 وسنتي 2014-2015", P)
    assert list(zip(df["text"], df["value"])) == [("موسم 2016/2017", "2016/2017"), ("سنتي 2014-2015", "2014/2015")]


def test_time_words_come_from_the_data_file_normalised_on_load(tmp_path, monkeypatch):
    from maqal import lexicons

    text = "ارتفعت الأسعار في الأشهر المنقضية"
    assert find_dates(text, P).empty
    own = tmp_path / "time_words.tsv"
    own.write_text(lexicons.lexicon_path("time_words.tsv").read_text(encoding="utf-8")
                   + "المُنقضِية\tdirection=past\n", encoding="utf-8")  # with its diacritics
    monkeypatch.setenv("MAQAL_LEXICONS", str(tmp_path))
    lexicons.reload()
    try:
        r = one(text)
        assert (r["text"], r["value"], r["start_date"]) == ("في الأشهر المنقضية", "PAST_REF", dt.date(2023, 3, 12))
    finally:
        monkeypatch.delenv("MAQAL_LEXICONS")
        lexicons.reload()
    assert find_dates(text, P).empty


def test_negation_particles_come_from_negations_txt():
    assert list(events("يزور الرئيس الروسي طهران هذا العام", P)["kind"]) == ["visit"]
    for neg in ("لن", "ولا", "فلا"):  # فلا: listed in negations.txt
        assert events(f"{neg} يزور الرئيس الروسي طهران هذا العام", P).empty


def test_event_tokens_are_the_normalised_words_with_their_spans_as_written():
    from maqal.textlayer import text_layer
    from maqal.timeline.events import token_table

    text = "زارَ الرئيسُ موسكو، أمسِ."
    t = token_table(text_layer(text))
    assert [(w, t.surface(k)) for k, w in enumerate(t.words)] == [
        ("زار", "زارَ"), ("الرئيس", "الرئيسُ"), ("موسكو", "موسكو"), ("،", "،"), ("امس", "أمسِ"), (".", ".")]
    assert t.clause == [0, 0, 0, 1, 1, 1] and t.sent == [0] * 6


def test_event_tokens_split_initials_and_drop_other_marks():
    from maqal.textlayer import text_layer
    from maqal.timeline.events import token_table

    text = "قال د. محمد / 5% من الناس؛ ثم ذهب.\nوقال ج. سميث"
    t = token_table(text_layer(text))
    assert t.words == ["قال", "د", ".", "محمد", "5", "من", "الناس", "؛", "ثم", "ذهب", ".", "وقال", "ج", ".", "سميث"]
    assert [t.surface(k) for k in range(len(t))][1:3] == ["د", "."]


def test_candidate_index_agrees_with_clitic_variants(snn_sample):
    """The precomputed index of each phrase table gives what stripping a word's clitics finds:
    for every word it holds, and for every word of the bundled articles (most in no table)."""
    from maqal.arabic import normalize
    from maqal.timeline.phrases import candidate_index, candidates_of, combined_candidates
    from maqal.timeline.vocabulary import abstract_objects, phrase_tables

    tables = phrase_tables()
    words = {w for doc in snn_sample for w in normalize(doc["content"]).split()}
    for table, future in [(tables[0], True), *((tab, False) for tab in tables[1:]), (abstract_objects(), False)]:
        index = candidate_index(table, future)
        for w in words | set(index) | {w + "x" for w in index}:
            assert index.get(w, ()) == candidates_of(table, future, w), w
    for w in words:
        expected = (candidates_of(tables[0], True, w), candidates_of(tables[2], False, w),
                    candidates_of(tables[1], False, w), candidates_of(tables[3], False, w))
        assert combined_candidates(tables, w) == expected, w


# --------------------------------------------------------------------------- issue 12's classes
# P is Tuesday 2023-09-12; each sentence is the kind of line unseen outlets write
@pytest.mark.parametrize("text,expr,value", [
    # bare weekdays, direction by tense: the last one (or today) for the past, the next for the future
    ("وقال مسؤول قضائي فرنسي الأحد إن الرجل", "الأحد", "2023-09-10"),
    ("قال السيسي، الاثنين، إنه سيزور", "الاثنين", "2023-09-11"),
    ("سيزور الكويت الأحد", "الأحد", "2023-09-17"),
    # a year after a noun
    ("تأهل إلى كأس العالم 1938 في فرنسا", "1938", "1938"),
    ("خلال انتخابات 2014 التي فاز بها", "2014", "2014"),
    # parts of the day and clock times
    ("وصل مساء الثلاثاء إلى القاهرة", "مساء الثلاثاء", "2023-09-12TEV"),
    ("سقط صاروخ في ساعة متأخرة الليلة الماضية", "الليلة الماضية", "2023-09-11TNI"),
    ("بلغ السعر أدنى مستوى بحلول الساعة 10:53 بتوقيت غرينتش، وهو", "الساعة 10:53 بتوقيت غرينتش", "2023-09-12T10:53"),
    ("يبدأ الحفل الساعة السابعة والنصف مساء", "الساعة السابعة والنصف مساء", "2023-09-12T19:30"),
    # duals: the length (rulebook); منذ + a length: a range
    ("ارتفعت الأسعار خلال العامين الماضيين", "خلال العامين الماضيين", "P2Y"),
    ("المفروض منذ 70 عاما على الطيران", "منذ 70 عاما", "1953/2023-09-12"),
    # ages
    ("عندما بلغ 14 من العمر بدأ العمل", "14 من العمر", "P14Y"),
    # ranges of years, lengths joined by و, vague phrases, a decade with its era word
    ("حكمت البلاد عام 1933 حتى 1945، وهي", "عام 1933 حتى 1945", "1933/1945"),
    ("نالت الجنسية بين عامي 2000 و2014 بحسب التقرير", "عامي 2000 و2014", "2000/2014"),
    ("ستكون الرحلة سبع ساعات وخمس دقائق، وبالتالي", "سبع ساعات وخمس دقائق", "PT7H5M"),
    ("في هذه اللحظة لا توجد تعليمات", "في هذه اللحظة", "PRESENT_REF"),
    ("عرف المنتخب في الثلاثينيات الميلادية بأنه", "الثلاثينيات الميلادية", "193"),
    # a day of a month named relatively
    ("تبدأ الدراسة في 20 من الشهر المقبل", "20 من الشهر المقبل", "2023-10-20"),
    # a lead that changes the meaning is inside the span, في outside (rulebooks/dates_blind2.md)
    ("عن غارة مماثلة خلال الشهر الجاري، استهدفت", "خلال الشهر الجاري", "2023-09"),
    ("أن تهب العاصفة على مناطق واسعة قبل نهاية الأسبوع.", "قبل نهاية الأسبوع", "2023-W37"),
    ("وتكثفت الغارات في مارس الماضي", "مارس الماضي", "2023-03"),
    # a length counted from an event, with a filler word; a decade back is a year
    ("كما تأتي بعد يومين فقط من أداء بومبيو اليمين", "بعد يومين فقط", "P2D"),
    ("وهي الأولى من نوعها منذ أكثر من عقد، وجرت", "منذ أكثر من عقد", "2013/2023-09-12"),
    # a part of the day before a dated day joins it; the night of two days is one expression
    ("تعرضت العاصمة للعاصفة الترابية مساء يوم الأربعاء. كما", "مساء يوم الأربعاء", "2023-09-06TEV"),
    ("وقع الزلزال في الساعات الأولى من يوم الأحد. وأفادت", "الساعات الأولى من يوم الأحد", "2023-09-10TMO"),
    ("وأضافت الوكالة مساء يوم أمس الاثنين أن", "مساء يوم أمس الاثنين", "2023-09-11TEV"),
    ("ورد الجيش ليل الأربعاء الخميس مستهدفا", "ليل الأربعاء الخميس", "2023-09-06TNI"),
    ("نصبت الصور بعد منتصف ليل الجمعة - السبت في الطرق", "بعد منتصف ليل الجمعة - السبت", "2023-09-08TNI"),
])
def test_issue12_classes(text, expr, value):
    r = one(text)
    assert (r["text"], r["value"]) == (expr, value)


@pytest.mark.parametrize("text, published, expr, value", [
    # ages by ordinal, seconds with decimals, a length after ل, a length measuring a process
    ("توفي مغربي في السابعة والعشرين من العمر اختناقا", "2015-08-03", "السابعة والعشرين من العمر", "P27Y"),
    ("سجلت العداءة 41.13 ثانية في التصفيات", "2015-08-08", "41.13 ثانية", "PT41.13S"),
    ("ظلت القوات الأميركية لعام تقريبا تحول دون القتال", "2018-03-21", "عام تقريبا", "P1Y"),
    ("استمرت الاحتجاجات لأشهر قتل فيها المئات", "2018-08-13", "أشهر", "PXM"),
    ("حافظ على الاتفاق الذي جاء بعد 12 عاما من الدبلوماسية", "2018-05-08", "12 عاما", "P12Y"),
    # the weekday after the next, a plan with على أن, a Hijri day with its direction, a weekday and its date
    ("في المباراة التي ستقام الأربعاء بعد المقبل في لندن", "2015-08-03", "الأربعاء بعد المقبل", "2015-08-12"),
    ("واتفقت على أن تلتقي سفير بلجيكا الثلاثاء", "2018-05-21", "الثلاثاء", "2018-05-22"),
    ("المرحلة الأولى ستنطلق في الأول من ذي القعدة المقبل", "2015-08-02", "الأول من ذي القعدة المقبل", "2015-08-16"),
    ("وتعقبها دورة تدريبية يوم الاثنين 25 شوال لرؤساء اللجان", "2015-08-02", "يوم الاثنين 25 شوال", "2015-08-10"),
    # a month in the year after it, ranges, a named season, the night
    ("وفي مارس/آذار من العام الماضي أقدم رجل على", "2018-03-03", "مارس/آذار من العام الماضي", "2017-03"),
    ("التقرير يغطي الفترة الممتدة من يناير إلى يوليو 2018", "2018-07-31", "يناير إلى يوليو 2018", "2018-01/2018-07"),
    ("أي حدث وقع بين 3 يوليو 2013 ويناير 2016 إلا بإذن", "2018-08-13", "3 يوليو 2013 ويناير 2016", "2013-07-03/2016-01"),
    ("من ازدحام خلال موسم الحج في مكة", "2015-08-02", "خلال موسم الحج", "2015-09"),
    ("لكن هذه المرة هبت العاصفة ليلا وكان كثيرون نائمين", "2018-05-03", "ليلا", "2018-05-02TNI"),
    # vague, nowadays, recurring
    ("الوضع القائم والذي هو اليوم في صالح إسرائيل", "2018-05-14", "اليوم", "PRESENT_REF"),
    ("وتلقت رعاية فنية منذ نعومة أظافرها على يد", "2018-08-16", "منذ نعومة أظافرها", "PAST_REF"),
    ("لن يفلت من المساءلة إلى الأبد", "2018-08-13", "إلى الأبد", "FUTURE_REF"),
    ("وما زال معدل التضخم السنوي عند 1.6 بالمئة", "2015-08-09", "السنوي", "P1Y"),
    ("لمناقشة الملف السوري غداة وصول فريق من خبرائها", "2018-04-16", "غداة", "P1D"),
])
def test_issue12_blind_set_classes(text, published, expr, value):
    r = one(text, dt.date.fromisoformat(published))
    assert (r["text"], r["value"]) == (expr, value)


def test_event_anchored_offset_is_dated_by_its_event():
    """The offset keeps its length as value; its dates are the event's date moved by it."""
    df = find_dates("وجاء ذلك بعد يوم على مصادقة خامنئي السبت على القرار", dt.date(2018, 8, 13))
    r = df.iloc[0]
    assert (r["text"], r["value"], r["kind"]) == ("بعد يوم", "P1D", "anchored")
    assert r["start_date"] == r["end_date"] == dt.date(2018, 8, 12)
    far = find_dates("بعد أسبوعين من عودة السفير إلى بلاده وتسلمه مهامه الجديدة وسط ترحيب واسع من كل الأطراف "
                     "السياسية في البلاد وخارجها كما جرى الخميس", dt.date(2018, 8, 13))
    assert far.iloc[0]["kind"] == "anchored" and far.iloc[0]["start_date"] is None  # too far to be its event


def test_same_period_of_last_year_takes_the_period_set_before():
    df = find_dates("ارتفعت المبيعات في تموز/يوليو الماضي بنسبة 10% عن الشهر نفسه من العام الماضي",
                    dt.date(2015, 8, 3))
    assert list(zip(df.text, df.value)) == [("تموز/يوليو الماضي", "2015-07"), ("الشهر نفسه من العام الماضي", "2014-07")]


@pytest.mark.parametrize("text", [
    "اتفق الطرفان على أن الخلاف بين الاثنين انتهى",  # "the two"
    "فاز الفريق بفضل الأحد عشر لاعبا",  # eleven
    "في الوقت الذي أشار فيه إمام الجمعة في العاصمة الإيرانية",  # the Friday imam: الجمعة names the prayer, no day
    "قتل 2000 شخص في الهجوم",  # a count, not a year
    "صدر القرار 2216 عن مجلس الأمن",  # a resolution number
])
def test_issue12_look_alikes_are_not_dates(text):
    assert find_dates(text, P).empty


def test_issue12_event_anchored_lengths_are_never_dated_from_publication():
    rows = timeline.date_rows("وصل بعد أسبوعين من عودة السفير، وقبل ثلاثة أشهر على موعد الانتخابات", P)
    assert [(r["text"], r["value"], r["kind"], r["start_date"]) for r in rows] == [
        ("بعد أسبوعين", "P2W", "anchored", None), ("قبل ثلاثة أشهر", "P3M", "anchored", None)]
    # counted from now, it stays a date
    assert timeline.date_rows("غادر قبل أسبوعين من الآن", P)[0]["value"] == "2023-08-29"


def test_issue12_anaphora_takes_the_date_the_text_last_set():
    rows = timeline.date_rows("اعتقل يوم 3 مارس 2015، وفي اليوم التالي أفرج عنه. وزار بغداد عام 2010 وفي العام نفسه زار دمشق", P)
    got = {r["text"]: r["value"] for r in rows}
    assert got["اليوم التالي"] == "2015-03-04"
    assert got["العام نفسه"] == "2010"


def test_issue12_an_event_takes_the_time_of_its_own_clause_not_the_report():
    rows = timeline.event_rows("أكد نتنياهو الثلاثاء أنه زار القاهرة. وقال مسؤول الأحد إن الوزير زار بغداد في 12 مايو.", P)
    visits = {r["where"]: r["value"] for r in rows if r["kind"] == "visit"}
    assert visits == {"القاهرة": None, "بغداد": "2023-05-12"}


def test_issue12_the_news_week_runs_sunday_to_saturday():
    sunday = dt.date(2018, 6, 17)
    # on a Sunday the coming week is the one opening that day; told of the past (no future cue in
    # its clause) «هذا الأسبوع» is the week that ended on Saturday (test_the_weeks_of_a_sunday_paper)
    assert one("والولايات المتحدة تعتزمان إعلان تعليق المناورات هذا الأسبوع", sunday)["value"] == "2018-W25"
    assert one("القمة الأسبوع الماضي", sunday)["value"] == "2018-W24"
    assert one("تعليق المناورات هذا الأسبوع", dt.date(2018, 6, 18))["value"] == "2018-W25"


def test_issue12_years_joined_by_and_are_a_list_unless_between():
    rows = timeline.date_rows("فازت بخمسة ألقاب أعوام 1991 و2002 و2005", P)
    assert [r["value"] for r in rows] == ["1991", "2002", "2005"]


def test_events_name_who_and_where_by_their_entities():
    """Issue 11: who is the entity's fullest name (not a title fragment such as «الرئيس المصري عبد»),
    where a place the entity layer found even when the place rules did not reach it."""
    rows = timeline.event_rows("والتقى الرئيس المصري عبد الفتاح السيسي نظيره الفرنسي إيمانويل ماكرون في باريس. "
                               "ووصل وزير الخارجية الأمريكي مايك بومبيو إلى موسكو.", P)
    got = [(r["kind"], r["who"], r["where"]) for r in rows]
    assert got == [("meeting", "عبد الفتاح السيسي", "باريس"), ("arrival", "مايك بومبيو", "موسكو")]


def test_thousands_counted_in_words_are_no_year():
    assert find_dates("وصل إلى البلاد ألفين وخمسة عشر جنديا.", P).empty


def test_an_events_who_is_the_entity_mention_with_its_title():
    rows = events("وصل الرئيس الروسي فلاديمير بوتين إلى موسكو مساء الأحد.", dt.date(2018, 7, 16))
    assert list(rows["who"]) == ["فلاديمير بوتين"]


@pytest.mark.parametrize("text, expr, value", [
    ("وقع عقدا يمتد لثلاثة مواسم مع النادي", "ثلاثة مواسم", "P3Y"),  # sports seasons counted as years
    ("فلن يفلت من العدالة مهما طال به الزمن", "مهما طال به الزمن", "FUTURE_REF"),
])
def test_seasons_counted_and_whatever_time_passes(text, expr, value):
    r = one(text)
    assert (r["text"], r["value"]) == (expr, value)


@pytest.mark.parametrize("text, published, expected", [
    # a match minute at a sentence end
    ("وسجل يونيون داخل منطقة الجزاء في الدقيقة 27.  وتعادل", "2015-08-03", [("الدقيقة 27", "PT27M")]),
    # «اليوم الأربعاء» in an article dated Thursday: the weekday names the day, both take it
    ("أعلن فيس بوك اليوم الأربعاء عن ارتفاع حاد في أرباحه", "2018-04-26",
     [("اليوم", "2018-04-25"), ("الأربعاء", "2018-04-25")]),
    ("وقال الوزير اليوم الخميس إن", "2018-04-26", [("اليوم", "2018-04-26"), ("الخميس", "2018-04-26")]),
    # the day after publication (a paper dated the morning after it went online; SaudiNewsNet,
    # dates gold), or a day further back (a report dated days after it was written): the weekday wins
    ("وسيخوض اللاعب السعودي دور 16 عصر اليوم الأربعاء أمام ممثل", "2015-08-04",
     [("عصر اليوم", "2015-08-05TAF"), ("الأربعاء", "2015-08-05TAF")]),
    ("تلقت في تمام ١١:٠٧ صباح اليوم الثلاثاء بلاغًا بوقوع حادث", "2015-08-08",
     [("صباح اليوم", "2015-08-04TMO"), ("الثلاثاء", "2015-08-04TMO")]),
    # a vague time right before a day is no expression of its own
    ("وقال ترمب في وقت سابق الأحد إنه سيتم دفع ثمن باهظ", "2018-04-09", [("الأحد", "2018-04-08")]),
    ("قال في وقت سابق اليوم الأحد إن الحكومة", "2018-04-08", [("اليوم", "2018-04-08"), ("الأحد", "2018-04-08")]),
    # a name is no future verb (سيسيليا): the weekday of a past report is the last one
    ("بحسب ما أعلنت مفوضة التجارة سيسيليا مالمستروم الخميس.", "2018-07-20", [("الخميس", "2018-07-19")]),
    # a noun opening like a future verb (سنوات، سياسية) puts nothing in the future
    ("على قرض لثلاث سنوات بموجب قرار القادة في 13 تموز (يوليو).", "2015-08-03",
     [("ثلاث سنوات", "P3Y"), ("13 تموز (يوليو)", "2015-07-13")]),
    ("أعلن المكتب السياسي في سنغافورة الخميس.", "2018-07-20", [("الخميس", "2018-07-19")]),
    # «من المرجح / من المتوقع أن …» plans a coming day
    ("ومع ذلك فمن المرجح أن تقبل استقالته رسميا الجمعة.", "2018-03-22", [("الجمعة", "2018-03-23")]),
    # a moved date counts the half unit too: a year and a half back is eighteen months back
    ("لم يراجع أي محامي قضيته منذ عام ونصف .", "2015-08-09", [("منذ عام ونصف", "2014-02/2015-08-09")]),
    # الاثنين with a glued ب / ل is «the two», never a Monday
    ("بعد اعتقاله للاشتباه بصلته بالاثنين المقبوض عليهما", "2018-07-03", []),
    # the feasts are days of the Hijri year, the one nearest publication
    ("من السفر لقضاء عطلة عيد الأضحى خارج القطاع", "2018-08-19", [("عيد الأضحى", "2018-08-21")]),
    ("احتفلت الشركة أمس بعيد الفطر المبارك بحضور", "2015-07-22", [("أمس", "2015-07-21"), ("عيد الفطر", "2015-07-17")]),
    ("زار المرضى في ثاني أيام عيد الفطر", "2015-07-22", [("ثاني أيام عيد الفطر", "2015-07-18")]),
    # «earlier / later this year» with its direction word or خلال is one expression
    ("وخضع للتحقيق في وقت سابق من العام الجاري بشأن", "2018-03-22", [("في وقت سابق من العام الجاري", "2018")]),
    ("القمة التي ستعقد في وقت لاحق خلال العام الجاري.", "2018-05-14", [("في وقت لاحق خلال العام الجاري", "2018")]),
    # a phrase opening with the article glued to ل (للموسم المقبل): the span keeps the second lam
    ("وصلت إلى مراحل متقدمة في تحضيراتها للموسم المقبل؛ لتحقيق", "2015-08-08", [("لموسم المقبل", "2015/2016")]),
    ("ولم يعرف للآن حجم التنظيم", "2015-08-08", [("للآن", "PRESENT_REF")]),
    # an hour in words with a part of the day after it is a clock time without الساعة
    ("وسيتواصل التصويت حتى السابعة مساء، ليبدأ", "2018-05-06", [("السابعة مساء", "2018-05-06T19:00")]),
    ("بالكاد يستطيع المشي عندما بلغ السابعة. في المقابل", "2018-05-06", [("السابعة", "P7Y")]),  # an age
    # a time in digits with its zone after it needs no الساعة
    ("وفتحت مراكز الاقتراع أبوابها عند السابعة صباحاً (04,00 ت غ) أمام", "2018-05-06",
     [("السابعة صباحاً", "2018-05-06T07:00"), ("04,00 ت غ", "2018-05-06T04:00")]),
    ("وفي وقت سابق نقل مدير الأمن العام", "2015-08-07", [("في وقت سابق", "PAST_REF")]),
    # «من قبل» in a negated clause is "(never) before"; elsewhere «by»
    ("حيث لم يعرف من قبل أن أياً من أحفاد الملك", "2015-08-03", [("من قبل", "PAST_REF")]),
    ("إن المهاجم لم يكن معروفا من قبل للشرطة.", "2018-04-08", [("من قبل", "PAST_REF")]),
    ("تم اعتراض الصاروخ وتدميره من قبل قوات الدفاع الجوي", "2018-03-31", []),
    ("ولم يتم اعتماده من قبل الحكومة", "2018-03-31", []),
    # two weekdays or two counts after بين are one range; بين الاثنين alone is "the two"
    ("الأمطار التي هطلت بين الجمعة والأحد إلى فيضانات", "2018-07-10", [("الجمعة والأحد", "2018-07-06/2018-07-08")]),
    ("تستهدف المراهقين بين 12 و16 عاماً.", "2018-04-05", [("12 و16 عاماً", "P12Y/P16Y")]),
    ("واتفق بين الاثنين على التعاون", "2018-04-05", []),
    ("تتراوح أعمارهن بين اثنين وثلاثين عاما وخمسين عاما", "2015-08-09",  # 32 in words: one number
     [("اثنين وثلاثين عاما", "P32Y"), ("خمسين عاما", "P50Y")]),
    # an approximation: ما يقرب من
    ("هدفه الأول خلال ما يقرب من عشر سنوات لكن", "2015-08-03", [("خلال ما يقرب من عشر سنوات", "P10Y")]),
])
def test_unseen_outlet_classes(text, published, expected):
    """Classes of dates_blind5.jsonl (outlets the grammar was not built on), each a rule of Arabic."""
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


def test_each_forms_first_character_guard_lets_every_match_of_it_through(sample):
    """The guard before each form (first letters of the word classes it opens with, FORM_OPENERS)
    never hides a match: each form compiled alone, over the bundled article and the forms' examples,
    starts only where its guard allows."""
    from maqal.arabic import normalize
    from maqal.timeline import patterns

    v = patterns.vocabulary_groups()
    forms = patterns.form_patterns(v)
    assert set(patterns.FORM_OPENERS) == set(patterns.FORMS) == set(forms)
    examples = " . ".join(["الساعة العاشرة صباحا", "15 رمضان 1436", "11 سبتمبر 2001", "21/7/2015", "1436 هـ",
                           "منذ ثلاث سنوات", "خلال السنوات الخمس الأخيرة", "11 عاماً", "الثمانينات", "أمس",
                           "عام ألفين وثمانية عشر", "سن العشرين", "العاشرة من عمرها", "الدقيقة 74", "لأشهر",
                           "يوم الأحد", "صيف 2019", "موسم 2016/2017", "عام 2011", "القرن العشرين"])
    text = normalize(sample.text + " . " + examples)
    found = 0
    for name, form in forms.items():
        guard = re.compile(patterns.first_chars_guard(name))
        for m in re.finditer(rf"(?<![\w/.\-])(?:{form})", text, re.X):
            if m.end() > m.start():
                found += 1
                assert guard.match(text, m.start()), (name, m.group())
    assert found > 40


@pytest.mark.parametrize("text, published, expected", [
    # a single year back is the same month a year back; a count of years is the year
    ("نزل 5.4 بالمئة مقارنة به قبل عام وذلك", "2015-08-09", [("قبل عام", "2014-08")]),
    ("التي تزوجها قبل 17 عاما قررا الطلاق", "2018-03-03", [("قبل 17 عاما", "2001")]),
    # to date, the day before yesterday, the remaining period
    ("بلغت نسبة التزام الحجاج حتى تاريخه حوالي 80 في المئة", "2018-08-17", [("حتى تاريخه", "PRESENT_REF")]),
    ("اختتمت مساء الأول من أمس فعاليات برنامج", "2015-08-08", [("مساء الأول من أمس", "2015-08-06TEV")]),
    ("لم يتقدم أي مرشح آخر خلال الفترة المتبقية من فتح باب الترشيح", "2015-08-04",
     [("خلال الفترة المتبقية", "FUTURE_REF")]),
    # a range up to now; منذ a Hijri month counts from its first day
    ("عبر المنافذ الصحية من ١ ذو القعدة وحتى الآن بلغ", "2018-08-17", [("١ ذو القعدة وحتى الآن", "2018-07-14/2018-08-17")]),
    ("توارى عن الأنظار منذ شهر رمضان الماضي.", "2015-08-09", [("منذ شهر رمضان الماضي", "2015-06-18/2015-08-09")]),
    # a clock time with its minutes in words, of a part of a day named after it
    ("في تمام الساعة العاشرة وستة عشر دقيقة من صباح السبت رصدت", "2018-03-31",
     [("الساعة العاشرة وستة عشر دقيقة من صباح السبت", "2018-03-31T10:16")]),
    ("بمجرد أن دقت الساعة 12 من ليل أمس، سارعوا", "2018-04-15", [("الساعة 12 من ليل أمس", "2018-04-14T00:00")]),
    # not time: a count of contracts, a newspaper's name in quotes
    ("تنفيذ 650 عقدا من مجموع 1800 عقد، تم توقيعها", "2015-08-03", []),
    ("في فترته التسويقية الأولى، وفقاً لصحيفة “اليوم”. وأوضح", "2015-08-03", []),
])
def test_unseen_outlet_classes_more(text, published, expected):
    """More classes of dates_blind5.jsonl, checked across all the gold sets before they were added."""
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # the first n months of a year: a quarter, a half, or a range of months
    ("وبلغت مبيعاتها خلال الأشهر السبعة الأولى من العام الحالي مليونا", "2015-08-09",
     [("خلال الأشهر السبعة الأولى من العام الحالي", "2015-01/2015-07")]),
    ("أن يظهر تأثيرها في عائدات الأشهر الثلاث الأولى من هذا العام. وتستخدم", "2018-04-26",
     [("الأشهر الثلاث الأولى من هذا العام", "2018-Q1")]),
    ("وارتفعت الأرباح في الربع الثاني من العام الحالي", "2015-08-09", [("الربع الثاني من العام الحالي", "2015-Q2")]),
    # this morning, this evening
    ("وقال «استقبلنا هذا الصباح أول مجموعة من اللاجئين»", "2015-08-01", [("هذا الصباح", "2015-08-01TMO")]),
])
def test_parts_of_a_year_and_of_today(text, published, expected):
    """Classes found in both dates_blind3 and dates_blind5 (the first months of a year) or in blind3."""
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # مرور between a lead and its length; an offset in minutes is a length (minutes into a match)
    ("في أعمال القتل بعد مرور خمس سنوات على قمع متظاهرين", "2018-08-14", [("بعد مرور خمس سنوات", "P5Y")]),
    ("وأدرك تيفيز التعادل لبوكا بعد مرور دقيقة من زمن الشوط الثاني", "2015-08-03", [("بعد مرور دقيقة", "PT1M")]),
    ("ثم تقدم الفريق الزائر بعد خمس دقائق عن طريق لاعب الوسط", "2015-08-03", [("بعد خمس دقائق", "PT5M")]),
    ("وأفرج عنه قبل ثلاثة أيام", "2015-08-03", [("قبل ثلاثة أيام", "2015-07-31")]),
    ("قررت الاستقالة من عملها بعد مرور ثلاثة شهور حيث كتبت", "2015-08-03", [("بعد مرور ثلاثة شهور", "P3M")]),
])
def test_offsets_in_minutes_and_after_marur(text, published, expected):
    """Classes of dates_blind3 and dates_blind5; an offset in days stays a date."""
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a unit that is its own count: after an approximation, a dual, a unit and «واحد»
    ("بعدما بقي مغلقا لأكثر من شهر بسبب التوترات", "2018-08-19", [("أكثر من شهر", "P1M")]),
    ("تحقيقا في ثلاث حالات انتحار في أقل من شهر يعتقد", "2018-04-08", [("أقل من شهر", "P1M")]),
    ("فحصت الصحيفة 24 عملية تسليم في عامين ونصف عام، بالإضافة", "2018-04-18", [("عامين ونصف عام", "P2Y6M")]),
    ("وأضافت أن لديهم مهلة أسبوع واحد لمغادرة الأراضي", "2018-03-14", [("أسبوع واحد", "P1W")]),
    ("ويتوقع أن تستمر على هذا الحال لمدة أسبوع على الأقل. وأدت", "2018-07-10", [("لمدة أسبوع على الأقل", "P1W")]),
    # a bare singular unit is no length; «أكثر من عام 2011» leaves the year alone
    ("في يوم عاصف وصل الوفد", "2018-03-14", []),
    ("أكثر من عام 2011 بقليل", "2018-03-14", [("عام 2011", "2011")]),
    # a weekday in brackets after يوم
    ("بدأ يوم (الخميس) الماضي بتواجد لجنة", "2015-08-03", [("يوم (الخميس) الماضي", "2015-07-30")]),
    # «من قبل» with no agent after it is "before"; with one it is "by"
    ("وقال بوريسوف من قبل إن من الضروري إقامة هذه المراكز", "2018-07-21", [("من قبل", "PAST_REF")]),
    ("على الرغم مما أعلنته من قبل عن عملها على حذف الخطاب", "2018-03-13", [("من قبل", "PAST_REF")]),
    ("تم اعتراض الصاروخ من قبل قوات الدفاع الجوي", "2018-03-13", []),
    # since then, written in one word or with تلك
    ("أطيح به في 2013 إثر احتجاجات. ومنذ تلك الفترة، تتهم منظمات", "2018-05-07",
     [("2013", "2013"), ("منذ تلك الفترة", "2013/2018-05-07")]),
    ("فض اعتصام رابعة في 14 آب/أغسطس 2013. ومذاك أدين المئات", "2018-08-13",
     [("14 آب/أغسطس 2013", "2013-08-14"), ("مذاك", "2013-08-14/2018-08-13")]),
    # a length named by an adjective keeps the ل of لمدة
    ("عبروا إلى الأراضي الإسرائيلية لمدة وجيزة. وجاءت", "2018-08-19", [("لمدة وجيزة", "PTXH")]),
    ("يحتجزون في الحبس الانفرادي لفترات طويلة ويتعرضون", "2018-05-07", [("فترات طويلة", "PXM")]),
    # a part of the day kept under منذ, through a weekday's date, and «عشية»
    ("اشتباكات عنيفة منذ صباح أمس ترافقت مع قصف", "2015-08-02", [("منذ صباح أمس", "2015-08-01TMO/2015-08-02")]),
    ("أمام فيرونا مساء يوم الأربعاء المقبل الخامس من شهر أغسطس.", "2015-08-03",
     [("مساء يوم الأربعاء المقبل الخامس من شهر أغسطس", "2015-08-05TEV")]),
    ("تحطمت طائرة في مطار بلاكبوش عشية أول من أمس، ووفاة", "2015-08-02", [("عشية أول من أمس", "2015-07-31TEV")]),
    # "later" opening a sentence of a past story is past; after a future verb the future
    ("بدء ولايته الثانية. وفي وقت لاحق قال بسام راضي إن الرئيس", "2018-06-03", [("في وقت لاحق", "PAST_REF")]),
    ("وأضاف أن أسماء القادة الجدد ستعلن في وقت لاحق.", "2018-06-03", [("في وقت لاحق", "FUTURE_REF")]),
    # a clock time's minutes in digits
    ("تحطمت قرب المدرج الساعة الثالثة و9 دقائق بعد الظهر (توقيت لندن)", "2015-08-02",
     [("الساعة الثالثة و9 دقائق بعد الظهر", "2015-08-02T15:09")]),
    # two ordinal days joined by و; a compound ordinal alone is one day
    ("أوقعت 44 قتيلاً بين الثاني عشر والخامس والعشرين من تموز - يوليو.", "2015-08-01",
     [("الثاني عشر والخامس والعشرين من تموز - يوليو", "2015-07-12/2015-07-25")]),
    ("وصل في الخامس والعشرين من تموز الماضي", "2015-08-01", [("الخامس والعشرين من تموز الماضي", "2015-07-25")]),
    # vague time written as a fixed phrase: a long-term truce, as soon as possible, at the last moment
    ("للتوصل إلى هدنة طويلة الأمد بين الفصائل", "2018-08-19", [("طويلة الأمد", "FUTURE_REF")]),
    ("دحر الجماعات المتشددة بأسرع وقت ممكن، من المدينة", "2018-05-27", [("أسرع وقت ممكن", "FUTURE_REF")]),
    ("وخفض قوة المحركات، ليدرك في اللحظة الأخيرة أنه تخطى الممر", "2015-08-02", [("في اللحظة الأخيرة", "PAST_REF")]),
    ("توقعت ربحا فصليا لإعمار قدره 817 مليون درهم", "2015-08-04", [("فصليا", "P3M")]),
])
def test_blind6_classes(text, published, expected):
    """Classes of dates_blind6 (and the same classes in blind3 and blind5), each a rule of Arabic or
    vocabulary, checked across every gold set before it was added: units that are their own count,
    bracketed weekdays, «من قبل» with no agent, since-then, lengths named by an adjective, parts of the
    day under منذ, «في وقت لاحق» in a past story, clock minutes in digits, two ordinal days, vague phrases."""
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text,expr,value", [
    # blind7's classes (issue 12): vague phrases, an article glued to a number, the first of a month
    ("ويرى عما قريب ثمار صبرهم", "عما قريب", "FUTURE_REF"),
    ("إيقاف المرداسي مدى الحياة على خلفية", "مدى الحياة", "FUTURE_REF"),
    ("لا يرون خططا للمستقبل، قد يشعرون", "للمستقبل", "FUTURE_REF"),
    ("ولم يعرف للآن حجم التنظيم", "للآن", "PRESENT_REF"),
    ("إنها تستعيد قوتها يوما بعد يوم.", "يوما بعد يوم", "P1D"),
    ("يحتاج إلى ما لا يقل عن أسبوعين حتى يتعافى", "ما لا يقل عن أسبوعين", "P2W"),
    ("لم يكن ديتا، ذو الـ44 عاماً، محل شك", "الـ44 عاماً", "P44Y"),
    ("عندما كانت في الـ 25 من العمر، وأودعتها", "الـ 25 من العمر", "P25Y"),
    ("أن يكون ذهاب الفريق في الـ11 من أغسطس، وذلك", "الـ11 من أغسطس", "2015-08-11"),
    ("للاتفاق الذي أعلن في أول يوليو الماضي بين إيران", "أول يوليو الماضي", "2015-07-01"),
    ("دفع الأب ابنيه ذوي 16 و18 عاماً بركوب", "16 و18 عاماً", "P16Y/P18Y"),
    ("قصفت طائرات التحالف، قبل ساعات قليلة، قاعدة العند", "قبل ساعات قليلة", "2015-08-07"),
    ("وكأس القارات 2017 (بينها مباراة", "2017", "2017"),
    ("لاختياره لكأس العالم 2018 لم تعد مستوفاة", "2018", "2018"),
])
def test_blind7_error_classes(text, expr, value):
    assert (expr, value) in list(zip(find_dates(text, H).text, find_dates(text, H).value))


def test_part_of_the_same_year_and_a_night_of_two_days():
    df = find_dates("اعتقلوه في 2011 وقتلوه في نهاية العام نفسه.", H)
    assert list(zip(df.text, df.value))[-1] == ("نهاية العام نفسه", "2011")
    assert df.iloc[-1].start_date > dt.date(2011, 8, 31)  # narrowed to the last third
    df = find_dates("وليل 15-16 أيار/مايو، أصدرت اللجنة قرارها", dt.date(2018, 5, 30))
    assert list(zip(df.text, df.value)) == [("ليل 15-16 أيار/مايو", "2018-05-15TNI")]
    assert find_dates("في الفترة من 15-16 أيار/مايو", dt.date(2018, 5, 30)).value.tolist() == ["2018-05-15/2018-05-16"]
    assert "المستقبل" not in find_dates("وقال تيار المستقبل إن", H).text.tolist()


def test_yesterday_with_its_weekday_in_brackets_and_offsets_from_the_time_last_set():
    df = find_dates("أنهى الهلال مبارياته مساء أمس (الأحد) أمام العين", dt.date(2015, 8, 3))
    assert list(zip(df.text, df.value)) == [("مساء أمس (الأحد)", "2015-08-02TEV")]
    df = find_dates("التقى شويجو قبل أن يغادر روسيا بعد ذلك بثلاثة أيام. لكن", H)
    assert ("بعد ذلك بثلاثة أيام", "P3D") in list(zip(df.text, df.value))
    assert find_dates("في أوائل يونيو أو قبل ذلك بقليل.", H).text.tolist()[-1] == "قبل ذلك بقليل"


def test_a_number_glued_to_the_word_before_it():
    P18 = dt.date(2018, 5, 7)
    df = find_dates("محبوسون في زنزاناتهم لمدة24 ساعة لأسابيع", P18)
    assert ("لمدة24 ساعة", "PT24H") in list(zip(df.text, df.value))
    df = find_dates("أرسلت إلى السلطات المصرية في16 نيسان/أبريل ولم", P18)
    assert list(zip(df.text, df.value)) == [("16 نيسان/أبريل", "2018-04-16")]
    assert find_dates("طائرات F16 الأمريكية", P18).empty


@pytest.mark.parametrize("text,published,expr,value", [
    ("وقد قصف الطيران الحربي ليلة السبت-الأحد موقعين للحركة", "2018-05-27", "ليلة السبت-الأحد", "2018-05-26TNI"),
    ("الصواعق ضربت المنطقة منذ ليل الخميس الجمعة متسببة بحرائق", "2015-08-04", "منذ ليل الخميس الجمعة",
     "2015-07-30TNI/2015-08-04"),
    ("توج باللقب في 2013 و2014 قبل أن ينتقل", "2015-08-08", "2013 و2014", "2013/2014"),
    ("أنه سلم في عامي 2006 و2007 ثلاث حقائب", "2018-03-22", "عامي 2006 و2007", "2006/2007"),
    ("أعلنت وكالة ستاندارد اند بورز الاثنين أنها خفضت", "2015-08-09", "الاثنين", "2015-08-03"),
    ("الاحتجاجات التي انطلقت في ذكرى \"يوم الأرض\" في", "2018-05-27", "يوم الأرض", "2018-03-30"),
    ("تسلم الجائزة احتفالا باليوم العالمي لحرية الصحافة.", "2018-04-23", "اليوم العالمي لحرية الصحافة", "2018-05-03"),
    ("خلال اجتماع قمة مصغر في مطلع الأسبوع.", "2018-07-21", "مطلع الأسبوع", "2018-W29"),
    ("الألعاب الأولمبية في وقت سابق من العام فتح نافذة", "2018-04-18", "في وقت سابق من العام", "2018"),
    ("يستعد الفريق لانطلاقة الموسم الجديد والتي يفتتحها", "2015-08-08", "الموسم الجديد", "2015/2016"),
    ("وصلت إلى مراحل متقدمة في الموسم المقبل.", "2015-08-08", "الموسم المقبل", "2015/2016"),
    ("قال إن ذلك سيتحدد في الموسم المقبل.", "2015-10-08", "الموسم المقبل", "2016/2017"),
    ("في عام 2007 كان غيان يدير الحملة في ذلك الوقت مع", "2018-03-22", "ذلك الوقت", "2007"),
])
def test_blind8_error_classes(text, published, expr, value):
    df = find_dates(text, published)
    assert (expr, value) in list(zip(df.text, df.value))


def test_years_joined_by_and_that_are_no_pair_stay_apart():
    df = find_dates("بين أعوام 1991 و2002 وفي 1980 و1990", H)
    assert "1991/2002" in df.value.tolist()  # بين makes a range
    assert ["1980", "1990"] == df.value.tolist()[-2:]  # a list of years apart


@pytest.mark.parametrize("text,expr,value", [
    ("سجل الهدف الأول عند الدقيقة السابعة من كرة عكسية", "الدقيقة السابعة", "PT7M"),
    ("سدد كرة قوية عند الدقيقة الثامنة والعشرين استقرت في المرمى", "الدقيقة الثامنة والعشرين", "PT28M"),
    ("وهو مواطن في العقد الثالث من العمر به إصابة", "العقد الثالث من العمر", "P20Y/P29Y"),
    ("تبحث الشرطة عن رجل يبلغ التاسعة والعشرين، يشتبه", "التاسعة والعشرين", "P29Y"),
    ("الرجل الذي يبلغ من العمر التاسعة والعشرين بالفرار", "التاسعة والعشرين", "P29Y"),
    ("كان بالكاد يستطيع المشي عندما بلغ السابعة. في المقابل", "السابعة", "P7Y"),
])
def test_ordinal_minutes_and_ages(text, expr, value):
    df = find_dates(text, H)
    assert list(zip(df.text, df.value)) == [(expr, value)]


def test_an_age_verb_needs_an_age():
    assert find_dates("بلغ الدور الثالث من البطولة", H).empty  # a masculine ordinal: no age
    assert find_dates("فاز باللقب للمرة الثالثة", H).empty


def test_after_that_is_a_vague_time_in_the_tense_of_its_clause():
    df = find_dates("وبعد ذلك وقعت حالات انتحار تم ربطها بالمسلسل", H)
    assert list(zip(df.text, df.value)) == [("بعد ذلك", "PAST_REF")]
    df = find_dates("ثم سيعلن عن النصوص الفائزة بعد ذلك، كما سيكون", H)
    assert list(zip(df.text, df.value)) == [("بعد ذلك", "FUTURE_REF")]
    df = find_dates("وصل إلى موسكو وبعدها بيومين التقى بوتين", H)
    assert list(zip(df.text, df.value)) == [("بعدها بيومين", "P2D")]  # an offset, not two expressions
    df = find_dates("علاقات جيدة من حرب أكتوبر 1973 إلى اليوم.", H)
    assert ("اليوم", "PRESENT_REF") in list(zip(df.text, df.value))


def test_a_start_word_points_a_weekday_forward_and_a_local_time_zone_stays_in_the_clock():
    df = find_dates("إلغاء جولة كانت مقررة اعتبارا من الأربعاء إلى كل من بلجيكا", dt.date(2018, 7, 10))
    assert df.value.tolist() == ["2018-07-11"]
    df = find_dates("وحصل إطلاق النار الساعة 03,25 فجرا بالتوقيت المحلي داخل مطعم", dt.date(2018, 4, 23))
    assert df.text.tolist() == ["الساعة 03,25 فجرا بالتوقيت المحلي"]


@pytest.mark.parametrize("text,published,expr,value", [
    ("وتبقى على عملها تسعة أيام فقط، على أن تعقد", "2015-08-04", "تسعة أيام", "P9D"),
    ("ويتوقع أن تستمر على هذا الحال لمدة أسبوع على الأقل. وأدت", "2018-05-20", "لمدة أسبوع على الأقل", "P1W"),
    ("قبل عام مضى، أعلن الرئيس الأمريكي", "2015-08-08", "قبل عام مضى", "2014-08"),
    ("قدمته البعثة الأربعاء بعيد أيام على إعلان المرصد", "2018-03-02", "بعيد أيام", "PXD"),
    ("بالتعليق مع تاريخ، السبت الـ11 من الشهر الجاري. ويذكر", "2018-08-12", "السبت الـ11 من الشهر الجاري",
     "2018-08-11"),
])
def test_length_tails_and_a_weekday_with_its_day_of_the_month(text, published, expr, value):
    df = find_dates(text, published)
    assert (expr, value) in list(zip(df.text, df.value))
    assert find_dates("هدف بعيد المدى", published).empty


@pytest.mark.parametrize("text,published,expr,value", [
    ("وفر الاثنان لاحقا. وتنفي كوريا الشمالية ذلك", "2018-04-17", "لاحقا", "PAST_REF"),
    ("وقال إنه سيجتمع بالوفد وستكون نتائج يصرح عنها لاحقاً. يشار إلى", "2015-08-09", "لاحقاً", "FUTURE_REF"),
    ("حسب نظام وزارة الإسكان الذي أعلنته مسبقا. وأكدت الوزارة", "2015-08-03", "مسبقا", "PAST_REF"),
    ("في كوريا الشمالية، والذي التقى من قبل مع بومبيو في نيويورك", "2018-07-07", "من قبل", "PAST_REF"),
    ("هبطت طائرة قطرية في 3 مارس 2016. وقال مصدر ملاحي، وقتها، إن الطائرة", "2018-03-14", "وقتها", "2016-03-03"),
    ("خرج من المستشفى يوم 5 يناير. وخرج من المستشفى في ذلك اليوم على كرسي", "2018-02-20", "ذلك اليوم",
     "2018-01-05"),
    ("سنخرج من سوريا قريباً جداً، سندع الآخرين", "2018-04-01", "قريباً جداً", "FUTURE_REF"),
])
def test_later_beforehand_then_and_that_day(text, published, expr, value):
    df = find_dates(text, dt.date.fromisoformat(published))
    assert (expr, value) in list(zip(df.text, df.value))


@pytest.mark.parametrize("text,published,expr,value", [
    ("اختطفت بأمر من كيم في أواخر السبعينيات. وكان زوجها", "2018-04-17", "أواخر السبعينيات", "197"),
    ("وكانت طائرة قطرية، في وقت سابق عام 2016، قد شهدت هبوطا", "2018-03-14", "في وقت سابق عام 2016", "2016"),
    ("قالت في تلفزيون روسي في وقت سابق في يوليو تموز إنها", "2015-08-08", "في وقت سابق في يوليو تموز", "2015-07"),
    ("في نوفمبر/تشرين الثاني في عام 2016، صرح زياد تقي الدين", "2018-03-22", "نوفمبر/تشرين الثاني في عام 2016",
     "2016-11"),
    ("حيث أدى مقتل شاب بوذي سنهالي في يوم 4 مارس/آذار، إلى اندلاع", "2018-03-07", "يوم 4 مارس/آذار", "2018-03-04"),
])
def test_parts_of_a_decade_and_a_date_in_the_year_written_after_it(text, published, expr, value):
    df = find_dates(text, dt.date.fromisoformat(published))
    assert (expr, value) in list(zip(df.text, df.value))
    assert find_dates("وقال ترمب في وقت سابق الأحد إنه", dt.date(2018, 4, 8)).text.tolist() == ["الأحد"]


def test_a_hijri_month_begins_on_its_announced_day():
    """Ramadan 1439 began on Thursday 17 May 2018 by the sighting, a day after Umm al-Qura's
    start (hijri_month_starts.tsv); Shawwal, not listed, keeps the calendar's first day."""
    df = find_dates("يعرض على شاشات مصرية خلال شهر رمضان لا يحتوي", dt.date(2018, 5, 20))
    assert df.value.tolist() == ["2018-05-17/2018-06-14"]
    df = find_dates("تبدأ الإجازة في 1 شوال 1439هـ", dt.date(2018, 5, 20))
    assert df.start_date.tolist() == [dt.date(2018, 6, 15)]


@pytest.mark.parametrize("text,expr", [
    ("إيذانا ببدء موسم الحج لهذا العام، وقال المدير", "موسم الحج لهذا العام"),
    ("بعد غد الأربعاء كأول الوفود وصولا لموسم حج هذا العام 1436هـ، وقال", "موسم حج هذا العام 1436هـ"),
])
def test_a_named_season_and_its_year_are_one_expression(text, expr):
    df = find_dates(text, dt.date(2015, 8, 3))
    assert (expr, "2015-09") in list(zip(df.text, df.value))


def test_a_newspaper_between_turned_guillemets_is_no_time():
    assert find_dates("عقد منفذ. كشف ذلك لـ»اليوم» مدير عام فرع الوزارة", dt.date(2015, 8, 3)).empty
    assert find_dates("كشف ذلك لـ»اليوم« مدير عام فرع الوزارة", dt.date(2015, 8, 3)).empty


@pytest.mark.parametrize("text,published,expected", [
    ("وصل أول من أمس (الأحد)، وشارك في أولى تدريباته عصراً. وقال", "2015-08-04",
     [("أول من أمس (الأحد)", "2015-08-02"), ("عصراً", "2015-08-02TAF")]),
    ("وقال أمس الأحد إنها هدية. وقال لوكالة ريا في المساء إن", "2015-08-03",
     [("أمس الأحد", "2015-08-02"), ("المساء", "2015-08-02TEV")]),
    ("وصل الوفد الأحد صباحا إلى الرياض", "2015-08-04", [("الأحد صباحا", "2015-08-02TMO")]),
    ("وتفتح المراكز الساعة العاشرة صباحا", "2015-08-04", [("الساعة العاشرة صباحا", "2015-08-04T10:00")]),
])
def test_a_part_of_the_day_alone_is_of_the_day_last_set(text, published, expected):
    df = find_dates(text, dt.date.fromisoformat(published))
    assert list(zip(df.text, df.value)) == expected


def test_a_weekday_with_its_day_number_and_a_hijri_year_in_gregorian_years():
    df = find_dates("هبطت مؤقتا، الأربعاء 14، بعد أن طلبت طائرة", dt.date(2018, 3, 14))
    assert list(zip(df.text, df.value)) == [("الأربعاء 14", "2018-03-14")]
    df = find_dates("نفذت يوم السبت 18 غارة جوية", dt.date(2015, 8, 4))
    assert list(zip(df.text, df.value)) == [("يوم السبت", "2015-08-01")]
    df = find_dates("مشاركتها في سوق عكاظ (1432هـ 2011م)، عبر", dt.date(2015, 8, 9))
    assert ("1432هـ", "2010/2011") in list(zip(df.text, df.value))


def test_a_night_of_two_days_split_by_a_slash_and_eras_of_the_past():
    df = find_dates("محاولة تسلل قام بها مهاجرون ليل الاحد /الاثنين في النفق", dt.date(2015, 8, 3))
    assert list(zip(df.text, df.value)) == [("ليل الاحد /الاثنين", "2015-08-02TNI")]
    df = find_dates("الذي بدأ تطويره على ما يبدو في الحقبة السوفياتية. وعلق", dt.date(2018, 3, 21))
    assert list(zip(df.text, df.value)) == [("الحقبة السوفياتية", "PAST_REF")]


@pytest.mark.parametrize("text,value", [
    ("أما والدها ففقد إحدى أصابعه في وقت لاحق، وغالبية قوته", "PAST_REF"),
    ("تم العثور على ابنة السائق فى وقت لاحق على طريق في ضواحي ليون", "PAST_REF"),
    ("استراتيجية التي من المقرر ان تنشر كاملة في وقت لاحق.", "FUTURE_REF"),
    ("وقال الرئيس ذلك. وفي وقت لاحق، سيجتمع الوزراء", "FUTURE_REF"),
])
def test_later_is_in_the_tense_of_its_clause(text, value):
    df = find_dates(text, dt.date(2015, 8, 3))
    assert df.value.tolist() == [value]


@pytest.mark.parametrize("text,published,expected", [
    ("وسحب رعدية ماطرة متوسطة إلى غزيرة بعد الظهيرة تستمر", "2015-08-04", [("بعد الظهيرة", "2015-08-04TAF")]),
    ("والأتربة المثارة، وفي فترة ما بعد الظهيرة تشكيلات من السحب", "2015-08-04",
     [("فترة ما بعد الظهيرة", "2015-08-04TAF")]),
    ("توفيت أمس، لذلك تم الحضور بعد صلاة الجمعة من قبل اللجنة", "2015-07-25",
     [("أمس", "2015-07-24"), ("بعد صلاة الجمعة", "2015-07-24TAF")]),
    ("ظلت الأسرة في الكلية من بعد صلاة الجمعة إلى بعد صلاة العصر.", "2015-07-24",
     [("بعد صلاة الجمعة", "2015-07-24TAF"), ("بعد صلاة العصر", "2015-07-24TAF")]),
    ("وتقرر الانتظار إلى ما بعد صلاة العصر.", "2015-07-24", [("ما بعد صلاة العصر", "2015-07-24TAF")]),
])
def test_the_afternoon_and_the_times_of_prayer_are_parts_of_the_day(text, published, expected):
    df = find_dates(text, dt.date.fromisoformat(published))
    assert list(zip(df.text, df.value)) == expected


@pytest.mark.parametrize("text,published,value", [
    ("ينص على السجن. وتنوي الحكومة تقديمه الى البرلمان في الخريف.", "2015-08-03", "2015-FA"),
    ("قررا الانفصال وانهما سيصدران إعلان طلاق في نهاية الصيف.", "2015-08-04", "2015-SU"),
    ("وفقدت حرية العمل في الأراضي التي كانت تحتلها في الصيف.", "2015-08-08", "2015-SU"),
])
def test_a_season_after_a_future_verb_is_the_one_not_yet_over(text, published, value):
    assert find_dates(text, dt.date.fromisoformat(published)).value.tolist() == [value]


@pytest.mark.parametrize("text,published,expected", [
    ("وسحب رعدية تستمر حتى الثامنة مساء اليوم، تصحبها رياح", "2015-08-04", [("الثامنة مساء اليوم", "2015-08-04T20:00")]),
    ("ويغادر الفريق إلى مطار الملك عبدالعزيز الدولي في الحادية عشرة من مساء اليوم عبر طائرة خاصة", "2015-08-08",
     [("الحادية عشرة من مساء اليوم", "2015-08-08T23:00")]),
    ("وقع الانفجار عند الساعة الثامنة مساء أمس قرب السوق", "2015-08-04", [("الساعة الثامنة مساء أمس", "2015-08-03T20:00")]),
])
def test_a_clock_time_before_the_part_of_a_named_day_is_one_expression_on_that_day(text, published, expected):
    df = find_dates(text, dt.date.fromisoformat(published))
    assert list(zip(df.text, df.value)) == expected


@pytest.mark.parametrize("text,value", [
    ("من أجل تشغيل الجهاز في القريب العاجل»، مشيدا بالاهتمام", "FUTURE_REF"),
    ("وقد سقطت الطائرة بعد وقت قصير من إقلاعها.", "PTXM"),
    ("سجل نقطة قبل دقيقتين من النهاية بعد قليل من طرد اللاعب", "PTXM"),
])
def test_vague_phrases_of_the_future_and_a_short_while(text, value):
    assert value in find_dates(text, dt.date(2018, 5, 22)).value.tolist()


@pytest.mark.parametrize("text,published,expected", [
    ("بعدما تأهلت النمسا إلى نهائيات كأس العالم 1938 في فرنسا، قبل أن تنسحب في شهر مارس بسبب ضم النمسا",
     "2018-06-01", [("1938", "1938"), ("شهر مارس", "1938-03")]),
    ("وكان الغزو قد أقصى حركة طالبان من السلطة في 2001، في حملة في أعقاب هجمات 11 سبتمبر/أيلول في الولايات المتحدة",
     "2018-07-12", [("2001", "2001"), ("11 سبتمبر/أيلول", "2001-09-11")]),
    # another sentence, a date without its year in between, a condition: publication decides
    ("وأعلنت الحكومة خطتها في 2011. وفي مارس عرضتها على البرلمان", "2015-08-04", [("2011", "2011"), ("مارس", "2015-03")]),
    ("جمدت تنفيذ الأحكام في 2008، لكنها رفعته في 16 ديسمبر الماضي، ثم عادت ورفعته بالكامل في مارس.", "2015-08-04",
     [("2008", "2008"), ("16 ديسمبر الماضي", "2014-12-16"), ("مارس", "2015-03")]),
    ("الاتفاق الذي تم التوصل إليه عام 2015 مهدد بالانهيار إذا قرر ترامب بحلول 12 مايو فرض عقوبات", "2018-04-28",
     [("عام 2015", "2015"), ("12 مايو", "2018-05-12")]),
])
def test_a_day_or_month_without_a_year_is_in_the_year_its_sentence_set(text, published, expected):
    df = find_dates(text, dt.date.fromisoformat(published))
    assert list(zip(df.text, df.value)) == expected


@pytest.mark.parametrize("text,expected", [
    ("وتنفي كوريا الشمالية دوما أنها اختطفت الزوجين", [("دوما", "PRESENT_REF")]),
    ("وتبدي غضبها الذي كان دائما يؤخذ في الاعتبار", [("دائما", "PAST_REF")]),
    ("وهذا لا يستدعي بأن التجميد سيكون دائماً، لكن المسؤولين قالوا", [("دائماً", "FUTURE_REF")]),
    ("وقال: دائماً كان الحل في الرياض عندما", [("دائماً", "PAST_REF")]),
    ("إن علاقاتنا مع تركيا ليست جيدة في هذا الوقت", [("في هذا الوقت", "PRESENT_REF")]),
    # the town of Douma is no time
    ("سيطرت القوات بالكامل على مدينة دوما آخر معاقل المعارضة، وانتشرت الشرطة في دوما", []),
])
def test_always_and_at_this_time_are_vague_times_in_their_clauses_tense(text, expected):
    df = find_dates(text, dt.date(2018, 5, 1))
    assert list(zip(df.text, df.value)) == expected


@pytest.mark.parametrize("text,value", [
    ("غير أن العودة المتوقعة للأمطار الجمعة قد تفسد هذه المخططات", "2018-07-06"),
    ("وتخوض الأحزاب الانتخابات المقررة الجمعة في أنحاء البلاد", "2018-07-06"),
])
def test_a_feminine_planning_word_puts_a_weekday_ahead(text, value):
    assert find_dates(text, dt.date(2018, 7, 2)).value.tolist() == [value]


@pytest.mark.parametrize("text, published, expected", [
    # an accusative unit with «واحدا» counts one (dates_blind13)
    ("ومددت حال الطوارئ الوطنية في الولايات المتحدة عاماً واحداً.", "2018-05-09", [("عاماً واحداً", "P1Y")]),
    ("وقامت ميركل بزيارة عمل استمرت يوما واحدا لواشنطن حيث", "2018-04-28", [("يوما واحدا", "P1D")]),
    # a sports season counted is a year (dates_blind14); uncounted after a lead it names the season
    ("وعادل الرقم القياسي للتسجيل في موسم واحد ويتصدر هدافي الدوري", "2018-04-23", [("موسم واحد", "P1Y")]),
    ("من حيث عدد الأهداف في الدوري خلال موسم واحد، إذ تبقى", "2018-04-23", [("خلال موسم واحد", "P1Y")]),
    ("وعادل بذلك الرقم القياسي المسجل خلال موسم من 38 مباراة", "2018-04-23", []),
    ("من ازدحام خلال موسم الحج، مشيرا إلى", "2015-08-09", [("خلال موسم الحج", "2015-09")]),
])
def test_lengths_counted_by_wahid(text, published, expected):
    """«واحدا» after an accusative unit and «موسم» counted (dates_blind13, dates_blind14)."""
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a market named by its weekday is a place (dates_blind2, dates_blind13)
    ("وافتتح أمس مهرجان البر بسوق الإثنين، واشتمل المهرجان", "2015-08-03", [("أمس", "2015-08-02")]),
    ("على إحدى واجهات سوق الثلاثاء الشعبي والتي تستوحي", "2015-08-12", []),
    ("وقال الوزير الثلاثاء إن السوق مفتوحة", "2015-08-12", [("الثلاثاء", "2015-08-11")]),
    # a dual after ل is a length, the ل outside (dates_blind8)
    ("وقد أفرج عن ساركوزي الأربعاء بعد إخضاعه ليومين من الاستجواب", "2018-03-22",
     [("الأربعاء", "2018-03-21"), ("يومين", "P2D")]),
])
def test_weekday_markets_and_duals_after_lam(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a month or day after منذ began by publication: the last one, never the coming (dates_blind14)
    ("إلى بنغلادش المجاورة منذ أواخر آب/أغسطس هربا من عملية عسكرية", "2018-03-08",
     [("منذ أواخر آب/أغسطس", "2017-08/2018-03-08")]),
    ("وتواصل الاحتجاجات منذ بداية آذار/مارس في المدينة", "2018-03-08", [("منذ بداية آذار/مارس", "2018-03/2018-03-08")]),
])
def test_since_a_month_without_its_year(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # the week, month or year before the last (dates_blind12)
    ("بعد أن أعلنت الإدارة الشبابية الأسبوع قبل الماضي عن فتح أبواب الترشح", "2015-08-08",
     [("الأسبوع قبل الماضي", "2015-W30")]),
    ("وكان الفريق قد فاز باللقب في العام قبل الماضي على أرضه", "2015-08-08", [("العام قبل الماضي", "2013")]),
])
def test_the_period_before_the_last(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a quarter or half of an hour is a length in minutes (dates_blind6)
    ("واستبدل المهاجم ناصر الشمراني بعد نزوله بديلاً بأقل من ربع ساعة مما اضطر الجهاز", "2015-08-03",
     [("أقل من ربع ساعة", "PT15M")]),
    ("واستمر الاجتماع نصف ساعة قبل أن يغادر الوفد", "2015-08-03", [("نصف ساعة", "PT30M")]),
    ("وانتظر الجمهور لمدة ساعة ونصف", "2015-08-03", [("لمدة ساعة ونصف", "PT1H30M")]),
])
def test_quarter_and_half_hours(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # «عشية» an event the text does not date: the day its sentence set (dates_blind10, dates_blind13)
    ("وقد نقل إلى المستشفى في 23 كانون الأول/ديسمبر عشية صدور عفو عنه. وقد أمضى", "2018-05-13",
     [("23 كانون الأول/ديسمبر", "2017-12-23"), ("عشية", "2017-12-23TEV")]),
    ("وأوضح المصدر أن عملية التوقيف تمت في 11 أيار/مايو عشية الاعتداء بالسكين", "2018-05-20",
     [("11 أيار/مايو", "2018-05-11"), ("عشية", "2018-05-11TEV")]),
    # with no day set in its sentence, none
    ("ولم يكونوا قد حسموا قرارهم عشية موعد الاستفتاء.", "2018-05-26", []),
])
def test_the_eve_of_an_event(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a day of the month in cardinal words after يوم (dates_blind3, dates_blind14)
    ("أعلن مهرجان دبي السينمائي الدولي تحديد يوم تسعة كانون أول/ ديسمبر المقبل لانطلاق دورته", "2015-08-03",
     [("يوم تسعة كانون أول/ ديسمبر المقبل", "2015-12-09")]),
    # «واحد» after يوم counts one day, no first of the month
    ("واستمرت الزيارة يوم واحد ديسمبر الماضي", "2015-08-03", [("يوم واحد", "P1D"), ("ديسمبر الماضي", "2014-12")]),
])
def test_a_day_in_cardinal_words(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # an event or plan named with its year, whatever follows (dates_blind7, dates_blind10)
    ("وقررت عدم دعم طلب استضافة أولمبياد 2020 الصيفي لعدم قدرتها", "2018-05-31", [("2020", "2020")]),
    ("والذي طرح برنامجا سماه رؤية 2030 لتحديث المملكة", "2018-04-02", [("2030", "2030")]),
    # a count after another noun stays a count
    ("وشارك في المسابقة 2000 طالب من المدارس", "2015-08-03", []),
    # the place the event was held may stand between (dates_ant_blind, blind4), a count after a place none
    ("تدخل الفاشي موسوليني في مونديال إيطاليا 1934 والنازي هتلر", "2018-06-12", [("1934", "1934")]),
    ("وذلك قبل عام من أولمبياد ريو دي جانيرو 2016 بتأكيدها", "2015-08-05", [("قبل عام", "P1Y"), ("2016", "2016")]),
    ("واستقبلت فرنسا 2000 لاجئ من المخيمات", "2015-08-03", []),
])
def test_a_year_after_an_event_noun(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # «أكثر من» opens a bare length, behind a joined ب/ل too, and after a filler (session 16: 5 gold)
    ("تأخر في إرسال بطاقته لأكثر من ١٥ يومًا، وهو ما سمح", "2015-08-03", [("أكثر من ١٥ يومًا", "P15D")]),
    ("الحكم على أطفال بأكثر من ثلاثة أعوام سجنا", "2018-04-08", [("أكثر من ثلاثة أعوام", "P3Y")]),
    ("غير كافية بعد مرور أكثر من سبعة أعوام على بدء الحرب", "2018-04-08",
     [("بعد مرور أكثر من سبعة أعوام", "P7Y")]),
    # «أقل من» before a count stays outside (an age or a bound: «أقل من 24 عاما»)
    ("ويشكل من هم أقل من 24 عاما نسبة 60 في المئة", "2018-04-08", [("24 عاما", "P24Y")]),
])
def test_more_than_opens_a_bare_length(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a range opened by منذ and closed by حتى is one expression (dates_blind5, blind13, blind15)
    ("على جهودها لتحقيق المصالحة منذ عام 2007 وحتى الآن. وأضاف", "2018-04-08",
     [("منذ عام 2007 وحتى الآن", "2007/2018-04-08")]),
    ("عمليات قلب مفتوح؛ وذلك منذ بداية شهر ذي القعدة، وحتى الخامس من ذي الحجة. يذكر", "2018-08-17",
     [("منذ بداية شهر ذي القعدة، وحتى الخامس من ذي الحجة", "2018-07-14/2018-08-16")]),
    # منذ alone still runs up to publication
    ("تتواصل المعارك منذ عام 2011 في المنطقة", "2018-04-08", [("منذ عام 2011", "2011/2018-04-08")]),
])
def test_a_range_from_since_to_until(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a prayer is its time of the day, a lead before it outside (dates_blind11, blind12, blind13)
    ("وكان انتحاري فجر نفسه خلال صلاة الجمعة في مسجد الإمام الصادق", "2015-08-04",
     [("صلاة الجمعة", "2015-08-04TAF")]),
    ("وقع الهجوم يوم الخميس 6 أغسطس في جموع المصلين أثناء أدائهم صلاة الظهر، كما", "2015-08-08",
     [("يوم الخميس 6 أغسطس", "2015-08-06"), ("صلاة الظهر", "2015-08-06TAF")]),
])
def test_a_prayer_is_its_time_of_the_day(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # the n-th unit running is a length of n units, its span from the second lam of لل
    ("يواصلون إضرابهم عن الطعام لليوم الثالث على التوالي، رداً على", "2018-04-19",
     [("ليوم الثالث على التوالي", "P3D")]),
    ("تعطلت الإنترنت في أجزاء من البلاد لليوم الثاني على التوالي.", "2018-06-26", [("ليوم الثاني على التوالي", "P2D")]),
    # a count running that is no unit of time is none
    ("فاز باللقب للمرة الثالثة على التوالي.", "2018-05-31", []),
])
def test_a_unit_running_is_a_length(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a day then الموافق and the same day in the other calendar is one expression (dates_blind8, blind10)
    ("من تاريخ إعلان المسابقة وحتى يوم الجمعة 20/11/1436هـ الموافق 4/9/2015م، وستخضع", "2015-08-02",
     [("يوم الجمعة 20/11/1436هـ الموافق 4/9/2015م", "2015-09-04")]),
    # «بتاريخ» between a weekday and its date belongs to it
    ("وذلك ابتداء من يوم الاثنين بتاريخ 18/ 10/ 1436هـ الموافق 3/ 8/ 2015م، وينتهي", "2015-08-03",
     [("يوم الاثنين بتاريخ 18/ 10/ 1436هـ الموافق 3/ 8/ 2015م", "2015-08-03")]),
    # a clock time of the day after it (من), across a comma too
    ("وينتهي الساعة الثالثة عصراً من يوم الجمعة بتاريخ 22/ 10/ 1436هـ الموافق 7/ 8/ 2015م، علماً", "2015-08-03",
     [("الساعة الثالثة عصراً من يوم الجمعة بتاريخ 22/ 10/ 1436هـ الموافق 7/ 8/ 2015م", "2015-08-07T15:00")]),
    ("وفي تمام الساعة 11:29، من صباح الأربعاء، تم اعتراض صاروخ", "2018-05-09",
     [("الساعة 11:29، من صباح الأربعاء", "2018-05-09T11:29")]),
    # two days of different dates stay two
    ("وصل يوم الأحد 2/8/2015م الموافق للقرار 17 ثم", "2015-08-03", [("يوم الأحد 2/8/2015م", "2015-08-02")]),
])
def test_a_day_in_two_calendars_and_its_clock(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # كل / بشكل / شبه before a length or a recurring time belong to it (dates_blind2, blind5, blind10, blind13)
    ("لتنظيم الحدث الرياضي الكبير الذي يقام كل أربعة أعوام. وردا", "2018-05-31", [("كل أربعة أعوام", "P4Y")]),
    ("كما ارتفع عدد مستخدميه بشكل شهري بنسبة 13 بالمئة", "2018-04-26", [("بشكل شهري", "P1M")]),
    ("وتقوم الطائرات الحربية بغارات شبه يومية على عدة مواقع", "2018-04-10", [("شبه يومية", "P1D")]),
    ("أن يتمكنوا من العودة إلى سوريا في المستقبل القريب. وتقول", "2018-07-10", [("في المستقبل القريب", "FUTURE_REF")]),
])
def test_every_and_regularly_belong_to_the_time(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # «بعد» and a length told in the past is the length, not a date from publication (dates_blind7 … blind15)
    ("على المنافسة الدولية في مجال السينما. وبعد ثمانية أعوام اكتسب الاثنان ثقة كيم", "2018-04-17",
     [("بعد ثمانية أعوام", "P8Y")]),
    ("وكان الحريري قد عاد إلى لبنان بعد ثلاثة أسابيع واستعاد مهامه", "2018-04-06", [("بعد ثلاثة أسابيع", "P3W")]),
    # with a future verb before or after it, or «لن», a date counted from publication
    ("وقال إن وفد الجماعة سيلتقي بعد يومين المبعوث الدولي", "2015-08-08", [("بعد يومين", "2015-08-10")]),
    ("إلا أن النتائج النهائية لن تعلن إلا بعد أكثر من أسبوع، في حين", "2018-06-25", [("بعد أكثر من أسبوع", "2018-07-02")]),
])
def test_a_length_after_later_told_in_the_past(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a plural after ل with its tail is a vague length too (dates_blind13), and «لزمن طويل» (blind10, blind13)
    ("من استنطاق جدران المفتاحة الصامتة لسنوات طويلة، من خلال", "2015-08-05", [("سنوات طويلة", "PXY")]),
    ("وظل يعتقد لزمن طويل بمسؤولية إسرائيل", "2018-03-21", [("زمن طويل", "PXY")]),
    ("وهو أمر معروف منذ زمن طويل في المنطقة", "2018-03-21", [("منذ زمن طويل", "PAST_REF")]),
])
def test_a_long_time(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # the early hours of a part of the day are one expression with its part (dates_blind15, blind16)
    ("التي تقع شمال عدن جنوبي اليمن، في الساعات الأولى من صباح الاثنين. وحققت قوات المقاومة", "2015-08-03",
     [("الساعات الأولى من صباح الاثنين", "2015-08-03TMO")]),
    ("وحسب البيانات، اندلع الحريق في ساعة مبكرة من صباح اليوم، في إحدى ورش النجارة", "2015-08-04",
     [("ساعة مبكرة من صباح اليوم", "2015-08-04TMO")]),
    # «في وقت مبكر» right before a day opens it, in the morning; before «من صباح …» it stays outside
    ("وقال مسؤولون في وقت مبكر الاثنين إن الهجوم", "2018-04-30", [("في وقت مبكر الاثنين", "2018-04-30TMO")]),
    ("وأضاف أن الرجل توفي في وقت مبكر من صباح اليوم السبت.", "2015-08-08",
     [("صباح اليوم", "2015-08-08TMO"), ("السبت", "2015-08-08TMO")]),
])
def test_the_early_hours_of_a_part_of_the_day(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published", [
    # a number after an approximation counts the noun after it: no year (dates_blind8; corpus 2015-07-22/23)
    ("وأن لا يقل عن 500 كلمة وأن لا يزيد عن 2000 كلمة، وأن لا تكون", "2015-08-03"),
    ("أن إجمالي الأسر المستفيدة من المركز هذا العام أكثر من 1900 أسرة، فيما", "2015-07-22"),
    ("على تنظيم أكثر من 2000 فعالية وأنشطة احتفالية، وهيأت", "2015-07-23"),
    ("بعد أن وصل عدد قتلاه لأكثر من 2000 عنصر وآلاف من رجاله", "2015-07-22"),
])
def test_a_number_after_an_approximation_is_a_count(text, published):
    rows = timeline.date_rows(text, published, sentences=False)
    assert not [r for r in rows if re.search(r"\d{4}", r["text"])], [(r["text"], r["value"]) for r in rows]


@pytest.mark.parametrize("text, published, expected", [
    # «بحلول» (by) leads a bare year, outside the span (dates_blind16), and a deadline's day is not
    # in the year the sentence set before it (blind15)
    ("بينما تستطيع نقل 70 مليون مسافر سنويا بحلول 2020 وتستطيع فعل ذلك", "2015-08-04",
     [("سنويا", "P1Y"), ("2020", "2020")]),
    ("وبعد انسحابها من الاتفاق الموقع عام 2015، طالبت واشنطن الدول بوقف وارداتها من النفط الإيراني "
     "بحلول الرابع من تشرين الثاني/نوفمبر إذا رغبت في تفادي العقوبات", "2018-07-03",
     [("عام 2015", "2015"), ("الرابع من تشرين الثاني/نوفمبر", "2018-11-04")]),
])
def test_by_a_year_or_a_day_a_deadline(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # «في وقت سابق من» and a date: one expression, the date's (dates_blind12, blind16); without من
    # the day alone (blind5)
    ("وأحكموا سيطرتهم على القاعدة العسكرية والجوية الأهم في اليمن في وقتٍ سابق من يوم الاثنين. وقال",
     "2015-08-03", [("في وقتٍ سابق من يوم الاثنين", "2015-08-03")]),
    ("وأضافت أن جثث الضباط سلمت إلى المشرحة في وقت سابق من الجمعة الماضي. وتابعت المصادر", "2015-08-09",
     [("في وقت سابق من الجمعة الماضي", "2015-08-07")]),
    ("وقال نتنياهو في وقت سابق الأحد إنه سيتم دفع ثمن باهظ", "2018-04-08", [("الأحد", "2018-04-08")]),
])
def test_earlier_on_a_day_is_that_day(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a length then «مضت / خلت / مضى»: one expression, that long ago (dates_blind14, blind16; SaudiNewsNet)
    ("وأشارت إلى أن التهمة التي أوقفه الأمن العام عليها تعود لخمس سنوات مضت. وفي هذا السياق", "2018-03-23",
     [("خمس سنوات مضت", "2013")]),
    ("وفي عملية مشابهة اختطف مسلحو بوكو حرام، منذ نحو أربع سنوات مضت، 276 فتاة", "2018-02-26",
     [("منذ نحو أربع سنوات مضت", "2014")]),
    ("كانت الضواحي المحيطة بالقاهرة، حتى 5 سنوات خلت، لكن التنافس", "2015-07-21", [("5 سنوات خلت", "2010")]),
    ("ذكر بما كتبه في هذا الخصوص قبل عدة سنوات مضت، بقدر ما", "2015-07-21", [("قبل عدة سنوات مضت", "PAST_REF")]),
])
def test_a_length_gone_by_is_that_long_ago(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # «في وقت سابق من» + a period with its direction: the anchored part decides (SaudiNewsNet), where
    # the fixed entry «في وقت سابق من العام» once matched first and gave the current year
    ("في أعقاب قيام السلطات الأوكرانية في وقت سابق من العام الماضي بطرد 88 من الصحافيين", "2015-08-01",
     [("في وقت سابق من العام الماضي", "2014")]),
    ("ما توصلت إليه دول منطقة اليورو في وقت سابق من الشهر الماضي. وقال", "2015-08-02",
     [("في وقت سابق من الشهر الماضي", "2015-07")]),
    ("وبدأت جوجل في وقت سابق من الشهر اختبار سياراتها", "2015-07-25", [("في وقت سابق من الشهر", "2015-07")]),
])
def test_earlier_in_a_directed_period_is_that_period(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # منذ + a start word + a year: the range opens at its first month (dates_heldout, blind9), the end
    # of a year stays the year (blind13)
    ("حيث يعد أسوأ أداء لخام برنت منذ مطلع 2015، مبيناً", "2015-08-03", [("منذ مطلع 2015", "2015-01/2015-08-03")]),
    ("مع تسجيل أطول موجة من التراجعات منذ بداية العام. وقال", "2015-08-08",
     [("منذ بداية العام", "2015-01/2015-08-08")]),
    ("وهو في السجن منذ أواخر 2009 بتهمة", "2015-08-09", [("منذ أواخر 2009", "2009/2015-08-09")]),
])
def test_since_the_start_of_a_year_is_since_its_first_month(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a vague period with the article and a direction, no lead before it (dates_blind15; SaudiNewsNet)
    ("من اللاجئين العائدين فيما يرتقب أن تشهد الفترة المقبلة عودة المزيد", "2018-06-10",
     [("الفترة المقبلة", "FUTURE_REF")]),
    ("في جدول المسابقة، شهدت الفترة الماضية تكافؤا بشكل كبير", "2015-08-01", [("الفترة الماضية", "PAST_REF")]),
])
def test_the_coming_period_alone_is_vague(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # «فيما بعد / في ما بعد» = later, read as لاحقا: a vague past in a past story, the future after a
    # future verb (dates_blind14, blind16, blind17)
    ("من مدرسة في مدينة تشيبوك. لكنهم اعترفوا فيما بعد بأن 110 فتيات", "2018-02-26", [("فيما بعد", "PAST_REF")]),
    ("وكذلك الشيخ عباس الجوهري. وتبين في ما بعد عن لعبة", "2018-03-23", [("في ما بعد", "PAST_REF")]),
    ("وقال إن الحكومة ستعلن فيما بعد عن النتائج", "2018-03-23", [("فيما بعد", "FUTURE_REF")]),
])
def test_later_as_a_vague_time(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a count in words with the article (dates_blind12, blind13, blind16; SaudiNewsNet), never
    # «الاثنين / الاثنان» before a unit
    ("الدروع البشرية ومنهم الطفلة (جميلة) بنت الأربع سنوات التي أنقذت", "2018-06-10", [("الأربع سنوات", "P4Y")]),
    ("التقليدية. وشهد لبنان خلال التسع سنوات الماضية تحولات", "2018-05-07", [("خلال التسع سنوات الماضية", "P9Y")]),
    ("وأشار البيان إلى أنه: منذ قرابة الخمس سنوات، أوقف", "2018-03-23", [("منذ قرابة الخمس سنوات", "2013/2018-03-23")]),
    ("وصل الاثنان يوم الجمعة إلى", "2018-03-23", [("يوم الجمعة", "2018-03-23")]),
    ("بعدما تراجع 8.5 في المائة يوم الأحد. وزاد المؤشر", "2015-08-02", [("يوم الأحد", "2015-08-02")]),
])
def test_a_count_with_the_article(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a day or month without its year after a verb telling the past is the last one (dates_blind17,
    # blind8, blind15; France 24), not the nearer coming one; a deadline (حتى) and a future verb
    # still looks forward (blind13)
    ("وتدخل ماكرون في القضية، عندما زار الرياض في 9 تشرين الثاني/نوفمبر حيث التقى بولي العهد",
     "2018-05-29", [("9 تشرين الثاني/نوفمبر", "2017-11-09")]),
    ("والتي توفيت في 30 حزيران/يونيو عن عمر", "2018-02-20",
     [("30 حزيران/يونيو", "2017-06-30")]),
    ("وكان الرئيس الأميركي دونالد ترامب أمهل الأوروبيين حتى 12 مايو للتوصل إلى اتفاق", "2018-05-03",
     [("12 مايو", "2018-05-12")]),
    # told in the past on its own publication day: that day, not a year back (dates_blind20 b13,
    # France 24: a death reported the day it happened)
    ("بعد وفاة كوفي أنان: توفي بسلام 18 آب/أغسطس بعد إصابته بمرض", "2018-08-18",
     [("18 آب/أغسطس", "2018-08-18")]),
    # the writer's weekday decides the year: 18 August was a Saturday in 2018, a Friday in 2017
    ("توفي بسلام السبت 18 آب/أغسطس بعد إصابته بمرض", "2018-08-25", [("السبت 18 آب/أغسطس", "2018-08-18")]),
    ("توفي بسلام الجمعة 18 آب/أغسطس بعد إصابته بمرض", "2018-08-25", [("الجمعة 18 آب/أغسطس", "2017-08-18")]),
    # a noun spelt as a past verb is no cue (عقد: a contract; SaudiNewsNet 2015-07-24)
    ("وزاد عقد شهر أقرب استحقاق لتسليم أغسطس الذي يحين أجل استحقاقه", "2015-07-21", [("أغسطس", "2015-08")]),
])
def test_a_yearless_date_after_a_past_verb_is_the_last_one(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a quarter of a bare «العام» is a quarter of the year of publication (dates_blind6, blind18;
    # SaudiNewsNet), a part word before it inside; with a year or direction word the year it names
    ("وسجلت زيادة 16 في المائة في أرباح الربع الثاني من العام إلى 1.18 مليار درهم", "2015-08-04",
     [("الربع الثاني من العام", "2015-Q2")]),
    ("الاقتصاد فقد بعضا من قوة دفعه في نهاية الربع الثاني من العام. لكن تباطؤ", "2015-08-03",
     [("نهاية الربع الثاني من العام", "2015-Q2")]),
    ("خلال الربع الثاني من العام الحالي بسبب تراجع", "2015-08-04", [("خلال الربع الثاني من العام الحالي", "2015-Q2")]),
    ("النصف الثاني من العام المقبل", "2015-08-04", [("النصف الثاني من العام المقبل", "2016-H2")]),
])
def test_a_part_of_the_bare_year_is_the_year_of_publication(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # «اليوم» before a definite adjective of relation, or «الآخر», is no day (dates_blind4, blind15,
    # blind17); before an ordinal it is which day of an event, one expression (blind10, blind14, blind16);
    # before a weekday or a noun it stays today
    ("وقام سموه بافتتاح قسم اليوم العائلي للسجين بسجون منطقة حائل", "2015-08-08", []),
    ("وأساء كل مسلم يؤمن بالله واليوم الآخر العمل الإجرامي", "2015-08-09", []),
    ("صحيفة الغد الأردنية، صحيفة إسرائيل اليوم اليمينية المجانية عنونت", "2018-05-14", []),
    ("الصراع في أفغانستان، في اليوم الثاني من القمة التي هيمن عليها", "2018-07-12",
     [("اليوم الثاني من القمة", "2018-07-12")]),
    ("مضطر لاختبار قدراته منذ اليوم الافتتاحي كونه يواجه", "2015-08-08",
     [("منذ اليوم الافتتاحي", "2015-08-08/2015-08-08")]),
    ("وقالت إن تركيا تحاكم اليوم القس برونسون", "2018-08-14", [("اليوم", "2018-08-14")]),
])
def test_today_before_an_adjective(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # «سابقا» after an indefinite accusative noun is "former", «وأخيرا» "and finally" (dates_blind9,
    # blind13, blind18: BBC, CNN, SaudiNewsNet); after a verb or a definite noun they stay the past
    ("أدانت محكمة أمريكية ضابطا سابقا في المخابرات الأمريكية", "2018-06-09", []),
    ("ويعتبر مسلم قائداً سابقاً بالحزب الكردي", "2018-02-27", []),
    ("والنيجيري أونيليو وأخيراً البرازيلي جابريل", "2015-08-09", []),
    ("وهو ما أعلنه سابقاً، من أن", "2018-05-14", [("سابقاً", "PAST_REF")]),
    ("إعادة النظر في أمور اعتبروها سابقا من الرفاهية", "2015-07-21", [("سابقا", "PAST_REF")]),
    ("مع دول المنطقة ومؤخرا ضمن التحالف", "2018-05-14", [("مؤخرا", "PAST_REF")]),
])
def test_former_and_finally_are_no_times(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # «العام» right after a title is its adjective "general": «الأمين العام السابق» is the former
    # Secretary-General, no year (dates_blind21: France 24 on Kofi Annan's death); a joined ل too;
    # elsewhere «العام السابق/الحالي» stay years
    ("توفي الأمين العام السابق للأمم المتحدة والحائز على جائزة نوبل للسلام كوفي أنان", "2018-08-18", []),
    ("ونعي الأمين العام الحالي للأمم المتحدة أنطونيو غوتيريش", "2018-08-18", []),
    ("نبذة عن الأمين العام السابق للأمم المتحدة", "2018-08-18", []),
    ("وقدم التعازي للأمين العام السابق", "2018-08-18", []),
    ("وتراجع صافي الأرباح خلال الربع الثاني من العام الحالي بنسبة", "2015-08-04",
     [("خلال الربع الثاني من العام الحالي", "2015-Q2")]),
])
def test_general_after_a_title_is_no_year(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a clock time's zone in one word is in its span, and lets a time in digits stand without
    # «الساعة» (dates_blind17: AFP via SaudiNewsNet, BBC Arabic)
    ("على اعادة فتحها في الساعة 7,30 تغ، بتراجع 22,82%", "2015-08-04", [("الساعة 7,30 تغ", "2015-08-04T07:30")]),
    ("المحادثات الرسمية بين الرئيسين (01.30 غرينيتش)، في بيت السلام", "2018-04-26", [("01.30 غرينيتش", "2018-04-26T01:30")]),
])
def test_a_clock_time_with_its_zone_in_one_word(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # the Friday sermon a report tells of was given on the last Friday (dates_blind4, blind15, blind18:
    # SaudiNewsNet): «خطبة الجمعة»، «خطباء الجمعة» date it, where «صلاة الجمعة» and «إمام الجمعة» name the prayer
    ("وطالب السيستاني رئيس الوزراء في خطبة الجمعة للضرب بيد من حديد", "2015-08-09", [("الجمعة", "2015-08-07")]),
    ("تلك الآية الكريمة، أبدى خطباء الجمعة بمحافظة الجبيل إدانتهم", "2015-08-08", [("الجمعة", "2015-08-07")]),
])
def test_the_friday_sermon_is_dated(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # the unit of a rate after a quantity is one unit (dates_blind5, blind6, blind17: Sky News Arabia,
    # BBC Arabic, SaudiNewsNet), never a clock time; a clock time after «في الساعة» stays one
    ("ويطير بسرعة 275 كيلومتراً في الساعة. ونقلت الصحيفة", "2015-08-02", [("الساعة", "PT1H")]),
    ("قام بهبوط حادّ بلغ 3 آلاف قدم في الدقيقة. واللغز", "2015-08-02", [("الدقيقة", "PT1M")]),
    ("رفع الحد الأدنى للأجور في الولاية إلى 15 دولارا في الساعة الواحدة، وتحسين", "2018-08-08",
     [("الساعة الواحدة", "PT1H")]),
    ("وصلت البورصة الى 615,72 نقطة في الساعة 07,38 ت غ بعد", "2015-08-04", [("الساعة 07,38 ت غ", "2015-08-04T07:38")]),
])
def test_the_unit_of_a_rate_is_one_unit(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a bare «الموسم» in a text about sport is the season of publication (dates_blind12, blind14,
    # blind17: SaudiNewsNet sports pages); not after a word of its start (a moment), nor outside sport
    ("وأضاف شيك بعد المباراة: \"يجب أن نبدأ الموسم بالأداء المطلوب\" مع اللاعبين", "2015-08-03",
     [("الموسم", "2015/2016")]),
    ("المدرب يضع اللمسات الأخيرة قبل انطلاقة الموسم مع اللاعبين في الدوري", "2015-08-08", []),
    ("وأكدت الجهات المعنية بعد انتهاء الموسم والاستفادة من خدمة الحجاج", "2015-08-08", []),
])
def test_the_bare_season_in_a_sports_text(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # two Hijri years in a row as a pair, either way round, cover both (dates_blind3, blind18: SaudiNewsNet)
    ("الانتخابات البلدية في دورتها الثالثة 1436/1437هـ، بدءا من", "2015-08-02", [("1436/1437هـ", "2014/2016")]),
    ("الانتخابات المحلية في دورتها الثالثة 1437/1436هـ، بناء على", "2015-08-04", [("1437/1436هـ", "2014/2016")]),
    ("خلال العام 1436 هـ", "2015-08-04", [("خلال العام 1436 هـ", "2014/2015")]),
])
def test_a_pair_of_hijri_years(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # «العام السابق»، «العام الذي سبقه» is the year before the one the text set (dates_blind16: France 24,
    # Al Arabiya); with none set, the year before publication's
    ("تمت إعادة 1900 مهاجر غير شرعي إلى إيطاليا عام 2017، مقارنة بـ315 في العام السابق. وتبقى", "2018-04-21",
     [("عام 2017", "2017"), ("العام السابق", "2016")]),
    ("ارتفعت المبيعات بنسبة 10% مقارنة بالعام السابق", "2018-04-21", [("العام السابق", "2017")]),
])
def test_the_previous_year_is_before_the_year_set(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # «العامين» before two years is «عامي» with the article: one pair (dates_blind18: Sky News Arabia);
    # the dual alone stays a length
    ("في عهد الرئيس السابق باراك أوباما، وبين العامين 2006 و2008 بأمر من سلفه", "2018-04-06",
     [("العامين 2006 و2008", "2006/2008")]),
    ("خلال العامين الماضيين", "2018-04-06", [("خلال العامين الماضيين", "P2Y")]),
])
def test_the_two_years_with_the_article(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # «متتالية»، «مقبلة» after a length are part of it (dates_blind12, blind18: CNN, SaudiNewsNet)
    ("وآلاف الجرحى، وعلى مدى سبع سنوات متتاليه تابع العالم", "2018-05-23", [("على مدى سبع سنوات متتاليه", "P7Y")]),
    ("حرمته من اللعب ثلاثة مواسم متتالية من مزاولة كرة القدم", "2015-08-03", [("ثلاثة مواسم متتالية", "P3Y")]),
    ("أوراق ترشحه لرئاسته لمدة أربعة أعوام مقبلة ليحل بدل", "2015-08-08", [("لمدة أربعة أعوام مقبلة", "P4Y")]),
])
def test_a_length_with_its_tail(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # «عدة» after a plural unit is part of the length, «القريب» of «المستقبل» after any lead
    # (dates_blind14, blind16: BBC Arabic, SaudiNewsNet)
    ("أن المتهم أطلع على \"أسرار عليا\" لسنوات عدة، وأنه كان يسافر", "2018-06-05", [("سنوات عدة", "PXY")]),
    ("التي تحيط بأسعار النفط خلال المستقبل القريب. وأضاف", "2015-08-03", [("خلال المستقبل القريب", "FUTURE_REF")]),
])
def test_a_vague_length_with_its_tail(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a weekday after a deadline word looks forward (dates_blind3, blind18: BBC Arabic, Al Arabiya),
    # unless a verb telling the past opens its clause or it ends a span another time opened
    ("في عملية تسميم الجاسوس، ممهلة روسيا حتى الثلاثاء لشرح ملابسات التسمم", "2018-03-12", [("الثلاثاء", "2018-03-13")]),
    ("ولكن الدستور يمهلها حتى السبت لإعلان النتائج النهائية", "2018-08-03", [("السبت", "2018-08-04")]),
    ("واستمرت المعارك حتى الخميس", "2018-08-03", [("الخميس", "2018-08-02")]),
    ("القصف منذ مساء الخميس حتى فجر الجمعة", "2015-07-25",
     [("منذ مساء الخميس حتى فجر الجمعة", "2015-07-23TEV/2015-07-24TMO")]),
])
def test_a_weekday_after_a_deadline_looks_forward(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # the day set in an earlier sentence: the summit is on Friday, not on the day of the report
    ("سيصبح كيم جونغ-أون الجمعة أول رئيس كوري شمالي يعبر خط الحدود العسكري.\nوعن تفاصيل اللقاء، أوضحت "
     "كوريا الجنوبية أن مون سيلتقي كيم على الحدود في الساعة 9.30 بالتوقيت المحلي (00.30 بتوقيت غرينيتش).",
     "2018-04-26", [("الجمعة", "2018-04-27"), ("الساعة 9.30 بالتوقيت المحلي", "2018-04-27T09:30"),
                    ("00.30 بتوقيت غرينيتش", "2018-04-27T00:30")]),
    ("سجلت بورصة أثينا تدهورا تخطى 22% امس عند بداية التداولات. \nوانهار مؤشر اثيكس لبورصة اثينا الى "
     "615,72 نقطة في الساعة 07,38 ت غ", "2015-08-04", [("امس", "2015-08-03"), ("الساعة 07,38 ت غ", "2015-08-03T07:38")]),
    # a date (not a news day) before it does not move the clock: the day of the report
    ("بتراجع 22,82% عن سعر الاغلاق في 26 يونيو. وبلغ تراجع البورصة 22,68% عند الساعة 8,00 تغ.", "2015-08-04",
     [("26 يونيو", "2015-06-26"), ("الساعة 8,00 تغ", "2015-08-04T08:00")]),
])
def test_a_clock_time_falls_on_the_news_day_the_text_last_set(text, published, expected):
    """blind17-19: a clock time with no day in its sentence is on the weekday or «أمس» the text last
    set, not on the day of publication (22 clock values in the gold sets were a day off)."""
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a Sunday paper: the week opening on publication is the next one (its Monday is the next)
    ("وشدد على أن بلاده تتبع قرارات الأمم المتحدة، وكشف أنه يخطط لزيارة واشنطن الأسبوع المقبل.", "2018-05-06",
     [("الأسبوع المقبل", "2018-W19")]),
    ("ومن المقرر ان تعقد اللجنة اجتماعا الاسبوع المقبل حول الموضوع.", "2018-06-17", [("الاسبوع المقبل", "2018-W25")]),
    # «هذا الأسبوع» told of the past is the week that ended on Saturday; with a future cue the coming one
    ("وقال المرصد إن مقاتلي المعارضة شنوا هجوماً هذا الأسبوع في المنطقة", "2015-08-02", [("هذا الأسبوع", "2015-W31")]),
    ("إن كوريا الجنوبية والولايات المتحدة تعتزمان إعلان تعليق مناورات عسكرية كبرى هذا الأسبوع، على أن",
     "2018-06-17", [("هذا الأسبوع", "2018-W25")]),
    # a weekday paper keeps its weeks
    ("وكان هزازي أصيب بتمزق في أسفل القدم الأسبوع الماضي، وأعلن", "2015-08-04", [("الأسبوع الماضي", "2015-W31")]),
])
def test_the_weeks_of_a_sunday_paper(text, published, expected):
    """blind6, blind10, blind15, blind17: on a Sunday «الأسبوع المقبل» was resolved a week late and a
    past «هذا الأسبوع» a week early (Sunday–Saturday weeks, numbered by their Monday)."""
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # «نهاية الأسبوع» is the weekend (TIMEX3 -WE), whatever direction word or lead it has
    ("فإن طلب المعلومات هذا يعرقل عملية بدأتها واشنطن نهاية الأسبوع الماضي لبدء الحظر", "2018-07-19",
     [("نهاية الأسبوع الماضي", "2018-W28-WE")]),
    ("وسيصل المدرب نهاية الأسبوع الحالي، بعد نهاية إجراءات دخوله", "2015-08-03", [("نهاية الأسبوع الحالي", "2015-W32-WE")]),
    ("بل ان ننتظر حتى نهاية الاسبوع لنرى بمزيد من الهدوء", "2015-08-04", [("نهاية الاسبوع", "2015-W32-WE")]),
    ("ومنذ نهاية الأسبوع الماضي زاد ترامب الضغوط", "2018-04-06", [("منذ نهاية الأسبوع الماضي", "2018-W13-WE/2018-04-06")]),
    # before the end of the week is during it
    ("إن عواصف كثيرة من المحتمل أن تهب على مناطق واسعة قبل نهاية الأسبوع.", "2018-05-03", [("قبل نهاية الأسبوع", "2018-W18")]),
])
def test_the_end_of_the_week_is_its_weekend(text, published, expected):
    """blind12, blind17-19: gold values «نهاية الأسبوع» as the weekend (5 of 6)."""
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected
    if expected[0][1].endswith("-WE"):
        assert (rows[0]["end_date"] - rows[0]["start_date"]).days == 1


@pytest.mark.parametrize("text, published, expected", [
    # «في» stays outside a counted length with its direction; خلال stays inside
    ("وتراجع بنسبة 23 في المائة في الأسابيع الستة الماضية. وانخفض", "2015-08-08", [("الأسابيع الستة الماضية", "P6W")]),
    ("في ظل الأزمة السياسية التي قتل خلالها العشرات في الأشهر الثلاثة الأخيرة.", "2018-07-20",
     [("الأشهر الثلاثة الأخيرة", "P3M")]),
    ("وارتفع سعر النفط خلال اليومين الماضيين بعد", "2015-08-04", [("خلال اليومين الماضيين", "P2D")]),
])
def test_in_stays_outside_a_counted_length(text, published, expected):
    """blind9, blind17, blind18: gold keeps «في» outside «الأسابيع الستة الماضية» (4 of 6)."""
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a part of a Hijri month is the Gregorian month its middle falls in
    ("وقال: عملية قيد الناخبين ستبدأ مطلع شهر ذي القعدة، حيث سيقوم الناخبون", "2015-08-04",
     [("مطلع شهر ذي القعدة", "2015-08")]),
    ("أعلنت الإدارة عن انطلاقة تمارين الفريق منتصف شهر رمضان بحضور كافة لاعبيه", "2015-08-09",
     [("منتصف شهر رمضان", "2015-07")]),
    ("وتستمر حتى نهاية شهر ذي القعدة القادم , فيما سيبدأ المصنع", "2015-08-04", [("نهاية شهر ذي القعدة القادم", "2015-09")]),
    # since its start is a range from the month's first day
    ("ارتفعت الأسعار منذ مطلع شهر رمضان الحالي", "2018-05-20", [("منذ مطلع شهر رمضان الحالي", "2018-05-17/2018-05-20")]),
])
def test_a_part_of_a_hijri_month_is_its_gregorian_month(text, published, expected):
    """blind2, blind3, blind6, blind13, blind18: 6 parts of Hijri months, all valued as a Gregorian month."""
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


def test_a_feast_named_in_the_lead_does_not_date_opening_hours_far_below():
    """Al-Jazirah, 1 August 2015 (SaudiNewsNet 2015-08-01.zip #506): «بعيد الفطر» in the lead, the fair's
    daily hours 2,000 characters later — the hours are not on the feast day (they were, for a while, under
    the news-day carry): a clock time takes the news day only from nearby (NEWS_DAY_REACH)."""
    lead = "تواصلت العروض المختلفة لحفل أهالي المنطقة بعيد الفطر، وفعاليات مهرجان صيف الشرقية 2015."
    middle = " وتقدم فرق مختصة برامج متنوعة في مجمع الراشد التجاري." * 15
    text = lead + "\n" + middle + "\nوتتواصل العروض من الساعة 4.30 عصراً وحتى 10 مساءً."
    got = {r["text"]: r["value"] for r in timeline.date_rows(text, dt.date(2015, 8, 1))}
    assert got["عيد الفطر"] == "2015-07-17" and got["الساعة 4.30 عصراً"].startswith("2015-08-01T16:30")


@pytest.mark.parametrize("text, published, expected", [
    # a year alone in brackets beside what it dates (Sky News Arabia 2018, dates_blind22; a UN
    # resolution's year, blind10 — the gold had left it out)
    ("قاده إلى لقبي كأس رئيس الدولة (2017) وكأس الرابطة (2016)، قبل أن يترك منصبه", "2018-06-01",
     [("2017", "2017"), ("2016", "2016")]),
    ("قرار الأمم المتحدة رقم 1373 ( 2001 )، الذي يستهدف الإرهاب", "2018-05-16", [("2001", "2001")]),
    # a number in brackets that counts the noun after it (SaudiNewsNet writes counts so) is no year
    ("وبلغ عدد الزوار (2017) زائرا خلال المعرض", "2015-08-04", []),
])
def test_a_year_alone_in_brackets(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # an ordinal day before «من» and a month named relatively is that day (France 24 2018,
    # dates_blind22), as digits are; after no word leading a date it is a rank, no day
    ("وتزوج الشاب والفتاة في الثامن عشر من الشهر الجاري وتلقوا", "2018-02-24",
     [("الثامن عشر من الشهر الجاري", "2018-02-18")]),
    ("على أن تعقد الجلسة في الحادي والعشرين من الشهر المقبل", "2018-02-24",
     [("الحادي والعشرين من الشهر المقبل", "2018-03-21")]),
    ("وهو الهجوم الثاني من الشهر الجاري الذي يستهدف المدينة", "2018-02-24", [("الشهر الجاري", "2018-02")]),
])
def test_an_ordinal_day_of_a_month_named_relatively(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # «بعد أن» opens a clause with its own tense: the future verb before it does not move the weekday
    # (France 24 2018, dates_blind21)
    ("وسيسلم مساعد الزعيم الكوري رسالة لترامب بعد أن عقد الأربعاء لقاء مع وزير الخارجية الأمريكي",
     "2018-06-01", [("الأربعاء", "2018-05-30")]),
    # «بعدها» after a verb joined by the lam of what came next is the time the text last set
    # (Anadolu 2018, dates_blind12), else a vague past
    ("والجمعة الماضي، سمح الرئيس الأمريكي، دونالد ترامب، بمضاعفة التعريفة الجمركية.\n"
     "وأوضح ترامب أن رسوم الألومنيوم سترتفع بنحو 20٪ والصلب بحوالي 50٪، ليختتم بعدها كلماته، قائلا إن",
     "2018-08-14", [("الجمعة الماضي", "2018-08-10"), ("بعدها", "2018-08-10")]),
    ("وقال الرئيس الأحد إن الحكومة ستجتمع، ثم بعد ذلك تحدث عن المدة", "2018-04-24",
     [("الأحد", "2018-04-22"), ("بعد ذلك", "PAST_REF")]),
    # a future verb keeps it ahead, a club's name that opens like such a verb aside (SaudiNewsNet 2015)
    ("في مباراتي قمة ثم سنواجه ليفربول بعدها مباشرة", "2015-08-03", [("بعدها", "FUTURE_REF")]),
])
def test_a_clause_of_its_own_tense_and_then_after_a_verb_of_what_came_next(text, published, expected):
    rows = timeline.date_rows(text, dt.date.fromisoformat(published), sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # tens of years are a vague count of years, «منذ» inside the span (dates_addendum D1; Sky News
    # Arabia 2018 and SaudiNewsNet 2015, dates_blind19); tens of people are no time
    ("امتدادا لحزب العمال الكردستاني المحظور الذي يشن تمردا منذ عشرات السنين على الأراضي التركية",
     "2018-04-04", [("منذ عشرات السنين", "PXY")]),
    ("وقال متحدث باسم البريد السويسري إنه من غير الواضح لماذا استغرقت عشرات السنين", "2015-08-08",
     [("عشرات السنين", "PXY")]),
    ("وقتل عشرات السوريين في القصف", "2018-04-04", []),
])
def test_tens_of_years_are_a_vague_count(text, published, expected):
    rows = timeline.date_rows(text, dt.date.fromisoformat(published), sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected

@pytest.mark.parametrize("text, published, expected", [
    # منذ + a month put in a year by words: the start moves to that year, the end stays publication (blind23)
    ("وأن السلطات أحبطت أربع مؤامرات منذ مارس/آذار من العام الماضي. ومن المقرر", "2018-06-03",
     [("منذ مارس/آذار من العام الماضي", "2017-03/2018-06-03")]),
    ("أحبطت مؤامرة في مارس من العام الماضي", "2018-06-03", [("مارس من العام الماضي", "2017-03")]),
    # digits glued to the lead or year word (blind23, blind12)
    ("ويعيش اليمن منذ2014  على وقع حرب دامية", "2018-07-29", [("منذ2014", "2014/2018-07-29")]),
    ("للدستور الإيرلندي الذي يعود إلى عام1983  ويحظر الإجهاض", "2018-05-26", [("عام1983", "1983")]),
])
def test_since_and_glued_years(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected

@pytest.mark.parametrize("text, published, expected", [
    # a late time of a day is the night, of an evening the evening; في stays outside (blind23, blind18, blind20)
    ("أن مقاتلي الهيئة \"بدأوا في وقت متأخر من السبت بقصف البلدتين", "2018-06-10",
     [("وقت متأخر من السبت", "2018-06-09TNI")]),
    ("لكن مثل هذه التعليقات حذفت في ساعة متأخرة من مساء الأحد.", "2018-02-26",
     [("ساعة متأخرة من مساء الأحد", "2018-02-25TEV")]),
    # للتو, «من قبل» before إلى (blind23, blind17); «دائما ما» is no time in the gold sets (blind7, blind23)
    ("ففترته الرئاسية بدأت للتو، وهو لا زال في بداية الرحلة", "2018-06-05", [("للتو", "PAST_REF")]),
    ("وأشار مسؤولون محليون وقوات أمنية في هلمند من قبل إلى وجود أجانب", "2018-03-01", [("من قبل", "PAST_REF")]),
    ("المستوطنات شيء معقد للغاية ودائما ما عقد عملية السلام", "2018-02-12", []),
    # the Gulf dialect: هالسنة، السنة الجاية (blind23)
    ("حظ اوفر هالسنة والعوض السنة الجاية إن شاء الله", "2015-08-03", [("هالسنة", "2015"), ("السنة الجاية", "2016")]),
])
def test_late_in_the_day_and_vague_words(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected

@pytest.mark.parametrize("text, published, expected", [
    # an n-th day is counted from the day the text set last: its first day (blind23, blind19); the same
    # n-th day told again is that day (blind10); the event it is a day of is in the span
    ("وأضاف أن زوجته أنجبت الأطفال يوم الاثنين الماضي. وفي اليوم الثاني توفي ثلاثة منهم بعد غروب الشمس، "
     "وأضاف والد الأطفال أنه وفي صباح اليوم الثاني لولادة الأطفال زاره", "2018-06-10",
     [("يوم الاثنين الماضي", "2018-06-04"), ("اليوم الثاني", "2018-06-05"), ("بعد غروب الشمس", "2018-06-05TEV"),
      ("صباح اليوم الثاني", "2018-06-05TMO")]),
    ("وسيخصص ماكرون السبت اليوم الأول من الزيارة للعلاقات الاقتصادية", "2018-03-09",
     [("السبت", "2018-03-10"), ("اليوم الأول من الزيارة", "2018-03-10")]),
    ("في اليوم الثاني من القمة. وقال اليوم الخميس إن الرئيس سيكون موجودا في اليوم الثاني للقمة، ويأمل",
     "2018-07-12", [("اليوم الثاني من القمة", "2018-07-12"), ("اليوم", "2018-07-12"), ("الخميس", "2018-07-12"),
                    ("اليوم الثاني للقمة", "2018-07-12")]),
])
def test_nth_day_counts_from_the_day_set(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # "later" after a present verb in its clause comes (blind23, blind18); after a past verb it is past
    ("لمشروع قانون يتم التصويت عليه في وقت لاحق هذا العام.", "2018-05-25",
     [("في وقت لاحق", "FUTURE_REF"), ("هذا العام", "2018")]),
    ("ويرجح أن يرتفع لاحقا، فيما يعيش 156 ألف شخص", "2018-08-07", [("لاحقا", "FUTURE_REF")]),
    ("وتم العثور على ابنة السائق المخطوفة في وقت لاحق على طريق", "2018-04-17", [("في وقت لاحق", "PAST_REF")]),
    # a month name alone after a name particle ends a person's name (blind21, blind23)
    ("وقال لويدجي دي مايو زعيم حركة خمس نجوم", "2018-05-23", []),
    ("وعلق دي مايو \"ما عادوا يعرفون", "2018-05-23", []),
    ("وجرت الانتخابات في مايو الماضي", "2018-07-23", [("مايو الماضي", "2018-05")]),
])
def test_later_by_its_verb_and_names_with_a_month(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # dates_addendum D4: a vague count of hours placed in the past or future is PTXH (blind20-23)
    ("الأسير بغارات لطائرات تحالف دعم الشرعية خلال الساعات الماضية. وأوضحت مصادر", "2018-05-15",
     [("خلال الساعات الماضية", "PTXH")]),
    ("وأكد أن الساعات القادمة ستحمل الكثير من المفاجآت.", "2018-05-06", [("الساعات القادمة", "PTXH")]),
    ("وكثف الحزبان الضغوط في الساعات الأخيرة.", "2018-05-23", [("في الساعات الأخيرة", "PTXH")]),
    # days stay a vague past (D2)
    ("تقدم ملحوظ في الأيام الماضية", "2018-05-27", [("في الأيام الماضية", "PAST_REF")]),
])
def test_placed_hours_are_a_vague_length(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # the week just ended (D3 on a Sunday) and the unit before the one last set (blind24)
    ("وشهد الأسبوع المنتهي تنفيذ صفقتين خاصتين بالسوق", "2015-08-02", [("الأسبوع المنتهي", "2015-W31")]),
    ("أن حصيلة شهر تموز شهدت انخفاضا طفيفا عن الشهر الذي سبقه.", "2015-08-03",
     [("شهر تموز", "2015-07"), ("الشهر الذي سبقه", "2015-06")]),
    # since the morning, soon, than before (blind9, blind18, blind24)
    ("إن مواجهات عنيفة دارت منذ الصباح في \"عزلة اليمن قهبان\"", "2018-03-20", [("منذ الصباح", "2018-03-20TMO")]),
    ("من المرجح أن يجري اختباره في وقت قريب ربما", "2015-08-04", [("في وقت قريب", "FUTURE_REF")]),
    ("وكما هو متوقع أقوى وأفضل من ذي قبل\".", "2018-05-08", [("من ذي قبل", "PAST_REF")]),
    # «نحن الاثنين»: we two, no Monday
    ("وبيننا نحن الاثنين يمكننا تفجير بعضنا البعض", "2018-03-03", []),
])
def test_week_just_ended_previous_unit_and_vague_words(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a clause opening with a present verb and no past one: the coming weekday (blind19)
    ("أشهر معالم الهند. ويختتم الزيارة الاثنين في فاراناسي أكبر المدن", "2018-03-09", [("الاثنين", "2018-03-12")]),
    ("وقال المتحدث الاثنين إن", "2018-03-09", [("الاثنين", "2018-03-05")]),
    # day 30 of a Hijri month that another year's month lacks (blind24)
    ("قبل لقاء فريق أحد يوم السبت 30 شوال الجاري على ملعب الشرائع", "2015-08-02",
     [("يوم السبت 30 شوال الجاري", "2015-08-15")]),
    # a day–month naming a historical event is that event's year (blind7, blind17, blind24)
    ("في أحداث الذكرى الثالثة لثورة 25 يناير، بسبب ارتدائه", "2018-02-27", [("25 يناير", "2011-01-25")]),
    ("خلال كلمته بمناسبة ذكرى ثورة 30 يونيو، أن برنامج", "2018-06-30", [("30 يونيو", "2013-06-30")]),
    ("الذي استخدم إثر اعتداءات 11 أيلول/سبتمبر. وكانت", "2018-05-17", [("11 أيلول/سبتمبر", "2001-09-11")]),
    ("وصل في 25 يناير إلى القاهرة", "2018-02-27", [("25 يناير", "2018-01-25")]),
])
def test_present_verb_weekday_hijri_thirtieth_and_named_days(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # an ambiguous month name after a bare و in a list of names is a name (blind25, blind18);
    # after another month it is one; «إب» (written with hamza below) is never آب
    ("وقال إن جميع الأسرى من أبناء محافظات الحديدة وذمار وإب وتعز، وقد سلم العشرات", "2018-05-26", []),
    ("وذلك بعد أن قالت فيات كرايسلر ونيسان موتور إنهما", "2015-08-03", []),
    ("وقعت الاشتباكات في إب", "2018-05-26", []),
    ("في يناير ومارس", "2018-05-26", [("يناير", "2018-01"), ("مارس", "2018-03")]),
    ("منذ آب الماضي", "2018-05-26", [("منذ آب الماضي", "2017-08/2018-05-26")]),
])
def test_ambiguous_month_in_a_list_of_names(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a bare count right before «يوم» + a weekday counts something else (blind25)
    ("ودعا رئيس مجلس الأمن أعضاء المجلس الـ41 يوم الاثنين إلى الاجتماع", "2018-04-16", [("يوم الاثنين", "2018-04-16")]),
    ("والتقى الرؤساء الثلاثة يوم الخميس في أنقرة", "2018-04-16", [("يوم الخميس", "2018-04-12")]),
    ("البالغ من العمر 57 عاما الخميس", "2018-04-20", [("57 عاما", "P57Y"), ("الخميس", "2018-04-19")]),
])
def test_count_before_a_weekday_is_no_length(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a month opening its clause right before a past verb is the last one (blind25, blind18)
    ("وحطمت الأسعار الرقم القياسي في معدل التضخم. وفي تشرين الأول/أكتوبر أعلنت الشركة عن استثمار", "2018-06-25",
     [("تشرين الأول/أكتوبر", "2017-10")]),
    ("وفي أكتوبر/تشرين الأول، وجّه إليه المحقق الخاص تهما", "2018-08-18", [("أكتوبر/تشرين الأول", "2017-10")]),
    ("وفي أكتوبر ستعلن الشركة نتائجها", "2018-06-25", [("أكتوبر", "2018-10")]),
])
def test_fronted_month_before_a_past_verb(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a bare weekend told in the past early in the week is the one just gone (blind25); on a Sunday the
    # weekend that includes it (blind24); «عطلة نهاية الأسبوع» one phrase (blind21, blind24)
    ("وانتقدت السفارة الولايات المتحدة، قائلة إن غاراتها على ثلاث منشآت في سوريا خلال نهاية الأسبوع كانت محاولة",
     "2018-04-16", [("خلال نهاية الأسبوع", "2018-W15-WE")]),
    ("و\"المحادثات المكثفة مع اليونان ستستمر خلال عطلة نهاية الأسبوع\".", "2015-08-09",
     [("خلال عطلة نهاية الأسبوع", "2015-W32-WE")]),
    ("بعد عودتهم من عطلة نهاية الأسبوع.", "2015-08-08", [("عطلة نهاية الأسبوع", "2015-W32-WE")]),
    ("بل ان ننتظر حتى نهاية الاسبوع لنرى بمزيد من الهدوء", "2015-08-04", [("نهاية الاسبوع", "2015-W32-WE")]),
])
def test_bare_weekend_by_tense_and_weekday(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


def test_easter_is_the_movable_feast_nearest_publication():
    # blind25: Pope Francis's Easter message, published on Easter Sunday 2018
    rows = timeline.date_rows("وقال البابا فرنسيس خلال خطابه بقداس عيد الفصح، الأحد، للسلام", "2018-04-01",
                              sentences=False)
    assert ("عيد الفصح", "2018-04-01") in [(r["text"], r["value"]) for r in rows]
    rows = timeline.date_rows("وقال البابا: \"هذا الفصح، ليأتي نور المسيح\"", "2018-04-01", sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == [("هذا الفصح", "2018-04-01")]
    assert [(r["text"], r["value"]) for r in timeline.date_rows("احتفالات عيد الفصح", "2015-05-20")] == \
        [("عيد الفصح", "2015-04-05")]
    assert timeline.date_rows("بمناسبة عيد الفصح اليهودي", "2018-04-01") == []


@pytest.mark.parametrize("text, published, expected", [
    # a bare accusative unit with no count is a length (blind25, blind18, blind13, blind3, blind20)
    ("بمناسبة افتتاح قناة السويس الجديدة الخميس الماضي بأنشطة متنوعة تستمر شهرا. وتشمل", "2015-08-09",
     [("الخميس الماضي", "2015-08-06"), ("شهرا", "P1M")]),
    ("وهي عملية قد تستغرق شهوراً، وسوف يقرر", "2018-03-26", [("شهوراً", "PXM")]),
    ("الجداريات التي يتجاوز عمرها عقوداً من الزمان، إلا أن", "2015-08-02", [("عقوداً من الزمان", "PXY")]),
    ("وأبرمت الشركة عقودا مع الحكومة", "2015-08-02", []),
    ("استمر أحد عشر شهرا", "2015-08-02", [("أحد عشر شهرا", "P11M")]),
])
def test_bare_accusative_unit_is_a_length(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


def test_years_between_brackets_are_a_lifespan():
    # blind25: «جوزيبي فيردي (1813-1901)»; outside brackets a pair that far apart stays no range
    rows = timeline.date_rows("الموسيقي الإيطالي جوزيبي فيردي (1813-1901) -والتي تعذر عرضها", "2015-08-09",
                              sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == [("1813-1901", "1813/1901")]
    assert timeline.date_rows("رقم 1813-1901", "2015-08-09") == []


@pytest.mark.parametrize("text, published, expected", [
    # a clock time in words right before a part of a named day is one expression on that day (blind25)
    ("وأقلعت الطائرة من مطار سياتل عند الساعة الواحدة والنصف ظهر يوم الأربعاء بتوقيت", "2015-08-08",
     [("الساعة الواحدة والنصف ظهر يوم الأربعاء", "2015-08-05T13:30")]),
    ("ووصلت إلى جدة الساعة الثانية عشرة وخمس وثلاثين دقيقة ظهر يوم الخميس، وعبرت", "2015-08-08",
     [("الساعة الثانية عشرة وخمس وثلاثين دقيقة ظهر يوم الخميس", "2015-08-06T12:35")]),
    # a day given its part by the word before it stays apart (blind11)
    ("أمطار تستمر حتى الثامنة مساء اليوم الثلاثاء، تصحبها رياح", "2015-08-04",
     [("الثامنة مساء اليوم", "2015-08-04T20:00"), ("الثلاثاء", "2015-08-04TEV")]),
])
def test_clock_in_words_before_a_part_of_a_day(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


def test_number_of_a_year_is_a_title():
    # blind25: a case's number «لسنة 2015» names the case (dates_blind2.md: titles of laws are no dates)
    assert timeline.date_rows("وتم حبسه على ذمة القضية رقم 408 لسنة 2015 بتهمة الانضمام", "2015-08-09") == []
    rows = timeline.date_rows("صدر في العاشر من أغسطس لسنة 2015", "2015-08-12", sentences=False)
    assert "2015" in [r["value"] for r in rows] or any(r["value"].startswith("2015-08-10") for r in rows)


@pytest.mark.parametrize("text, published, expected", [
    # «ربيعا» (springs) after a count is an age in years (blind13, blind22, blind25)
    ("على لبيد الغلام ابن الـ15 ربيعا ملامح الشاعر", "2015-08-02", [("الـ15 ربيعا", "P15Y")]),
    ("تصدرت لايلا شيروود الفتاة ذات الأربعة عشر ربيعا عناوين الأخبار", "2018-04-08", [("الأربعة عشر ربيعا", "P14Y")]),
    # a count in words of units and tens is one number (blind25)
    ("الطالبة ذات الواحد والعشرين ربيعاً التي غادرت منزل عائلتها", "2015-08-02", [("الواحد والعشرين ربيعاً", "P21Y")]),
    ("أو لست وثلاثين ساعة في الأسبوع", "2015-07-22", [("ست وثلاثين ساعة", "PT36H")]),
    ("في ربيع 2015", "2015-08-02", [("ربيع 2015", "2015-SP")]),
])
def test_age_in_springs_and_compound_counts(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # «عقب» before a length leads it as «بعد» does, inside its span (blind12, blind25); before a date it
    # stays outside (blind6)
    ("بمناسبة اللقاء العالمي للعائلات، وعقب ثلاث سنوات على تصويت البلاد لتشريع", "2018-05-26",
     [("عقب ثلاث سنوات", "P3Y")]),
    ("في أعقاب حادثة سوليزبيري في بريطانيا وعقب أسابيع قليلة -التي يزور فيها", "2018-04-16",
     [("عقب أسابيع قليلة", "PXW")]),
])
def test_after_a_length_with_aqib(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # the n-th year running is the year of publication, not a length (blind14, blind26 ×2); days stay one
    ("توماس ليدنك احتفظ بلقب البطولة للعام الثاني على التوالي، فيما حل السعوديان", "2015-08-03",
     [("لعام الثاني على التوالي", "2015")]),
    ("الواقعة غرب الولايات المتحدة للسنة الرابعة على التوالي.", "2015-08-03",
     [("لسنة الرابعة على التوالي", "2015")]),
    ("وتواصلت الاحتجاجات لليوم الثالث على التوالي", "2015-08-08", [("ليوم الثالث على التوالي", "P3D")]),
    # «حينها» before or after a future verb is a time to come (blind13, blind21); in a past report
    # the date the text last set (blind11)
    ("ستتواصل الجهود لتنفيذ قرار مجلس الأمن 2216، وحينها سيتسع الوطن لليمنيين جميعاً.", "2018-06-17",
     [("حينها", "FUTURE_REF")]),
    ("في مدينة بيشاور في شهر ديسمبر عام 2012 ، وتبنت الهجوم حينها حركة طالبان باكستان.", "2018-07-11",
     [("شهر ديسمبر عام 2012", "2012-12"), ("حينها", "2012-12")]),
    # a whole life is a vague length of years (blind20, blind26)
    ("كما حظرت عليه ممارسة السياسة طوال حياته، وسلم قيادة حزبه", "2018-07-06", [("طوال حياته", "PXY")]),
    ("كان يعاني من مشاكل صحية شديدة وكان مصابا بالاكتئاب طيلة حياته.", "2018-07-24", [("طيلة حياته", "PXY")]),
    # «جدا» after «في وقت قريب», «واحدا» after a bare accusative unit are in the span (blind26)
    ("لديّ شعور بأنهم سيتحدثون إلينا في وقت قريب جدا\". بينما رد", "2018-08-01",
     [("في وقت قريب جدا", "FUTURE_REF")]),
    ("بعض دول الشرق الأوسط \"لن تصمد أسبوعا واحدا\" بدون حماية الولايات المتحدة", "2018-04-26",
     [("أسبوعا واحدا", "P1W")]),
])
def test_running_year_future_then_life_and_very_soon(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a Sunday's «الأسبوع الجاري» is the running week, opening that day (blind26); its past «هذا الأسبوع»
    # stays the one that ended on Saturday (dates_addendum D3)
    ("ودعا المتحدث الرسمي للأحوال المدنية محمد الجاسر، المقبولين إلى مراجعة إدارة شؤون الموظفين "
     "بالرياض خلال الأسبوع الجاري.", "2015-08-02", [("خلال الأسبوع الجاري", "2015-W32")]),
    ("وأنهت جميع قطاعات السوق هذا الأسبوع على انخفاض", "2015-08-02", [("هذا الأسبوع", "2015-W31")]),
    # late in the week a bare start of the week with a future verb is the coming one (blind26, a Friday)
    ("وسيزور بومبيو أيضا السعودية والأردن وإسرائيل مطلع الأسبوع.", "2018-04-27", [("مطلع الأسبوع", "2018-W18")]),
    # «عيد القيامة» is Easter (blind26)
    ("لكن ما جرى لقاء خاص بمناسبة عيد القيامة، وإن مقال سكالفاري", "2018-03-30", [("عيد القيامة", "2018-04-01")]),
])
def test_running_week_of_a_sunday_coming_week_start_and_resurrection(text, published, expected):
    rows = timeline.date_rows(text, published, sentences=False)
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text,published,value", [
    # SaudiNewsNet 2015-08-02 (blind26): a plural direction is both days', and the coming pair opens after a Sunday
    ("وسيتم استقبال المراجعين في وكالة الأحوال المدنية بالرياض يوميْ الأحد والاثنين المقبلين.", "2015-08-02",
     "2015-08-09/2015-08-10"),
    # SaudiNewsNet 2015-07-21: no direction word, the future verb dates the first day (today), the second follows it
    ("وأوضحت وكالة أنباء الجمهورية الإسلامية الإيرانية (إرنا) أن مجلس الشورى سيعقد يومي الثلاثاء والأربعاء جلسات علنية",
     "2015-07-21", "2015-07-21/2015-07-22"),
    # the same pair on a Thursday: its second day (Wednesday) is past, the future verb makes both next week's
    ("وأوضحت وكالة أنباء الجمهورية الإسلامية الإيرانية (إرنا) أن مجلس الشورى سيعقد يومي الثلاثاء والأربعاء جلسات علنية",
     "2015-07-23", "2015-07-28/2015-07-29"),
    # a past clause: the last Monday and Tuesday
    ("وعقد المجلس جلساته يومي الاثنين والثلاثاء", "2015-07-23", "2015-07-20/2015-07-21"),
])
def test_a_pair_of_weekdays_is_dated_by_its_direction_or_its_first_days_clause(text, published, value):
    found = find_dates(text, published=published)
    assert value in found["value"].tolist()

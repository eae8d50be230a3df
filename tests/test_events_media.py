"""Rulings 1 and 2 of the events addendum (tests/gold/rulebooks/events_addendum.md): one speaker's
press conference and an interview are no meeting; a press conference held with someone is.  Texts
from the gold sets' articles (the ANT corpus, 2018)."""
from maqal import timeline


def _meetings(text, published):
    return [(r["text"], r["who"], r["with"]) for r in timeline.event_rows(text, published)
            if r["kind"] in ("meeting", "summit")]


def test_one_speakers_press_conference_is_no_meeting():
    """Al Arabiya (blind11 b07): Lavrov speaking at his press conference is the setting of a claim."""
    text = ("من جانبه، قال وزير الخارجية الروسي، سيرغي لافروف، في مؤتمر صحفي الاثنين، إن ما يتردد عن هجوم "
            "بمواد كيماوية هي غاز الكلور في الغوطة \"مجرد خدعة\".")
    assert _meetings(text, "2018-03-13") == []


def test_a_press_conference_held_with_a_counterpart_is_a_meeting():
    """Okaz 2015-08-03 (blind2 b27) and CNN Arabic (blind17 b10): «عقده مع نظيره …», the other holder
    a few words after the conference, behind its place and day."""
    text = ("وقال كيري خلال مؤتمر صحفي عقده مع نظيره المصري سامح شكري في القاهرة أمس، في إطار الحوار "
            "الاستراتيجي بين البلدين، لا شك على الإطلاق في أنه إذا تم تطبيق اتفاق فيينا بالكامل.")
    assert [m[0] for m in _meetings(text, "2015-08-03")][:1] == ["مؤتمر صحفي"]
    text = ("وجاءت تصريحات أوغلو خلال مؤتمر صحفي عقده في عمان صباح الاثنين مع نظيره الأردني أيمن الصفدي، "
            "أعقبه لقاء بين أوغلو والعاهل الأردني الملك عبد الله الثاني.")
    assert "مؤتمر صحفي" in [m[0] for m in _meetings(text, "2018-02-19")]


def test_an_interview_is_no_meeting():
    """BBC Arabic (blind7 b04) and France 24 (blind17 b15): a television interview, cancelled or
    given, is a medium questioning someone."""
    text = ("ألغى وزير الخارجية المصري، سامح شكري، لقاءً تلفزيونيا مقرراً مع قناة \"روسيا اليوم\"، احتجاجا "
            "على استطلاع للرأي أجرته القناة بموقعها الإلكتروني.")
    assert _meetings(text, "2018-05-12") == []
    text = ("وهذا نفي قاطع لما صرح به الرئيس ماكرون الجمعة في لقاء مع شبكة التلفزيون الفرنسية الخاصة "
            "\"بي إف إم تي في\"، والذي قال إنه لو لا تدخل باريس لربما كانت هناك حرب.")
    assert _meetings(text, "2018-05-29") == []

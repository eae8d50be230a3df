"""Session 28 (types28): the speaker of an interview's answers, source types and sides of
classes seen in blind26's errors, each on a real sentence."""
from __future__ import annotations

from maqal.claims import claim_rows


def _attributed(text: str, *keys: str) -> list[tuple]:
    return [tuple(r[k] for k in keys) for r in claim_rows(text) if r["attributed"]]


def test_an_interview_question_topic_is_not_the_speaker():
    """«وعن مدى رضاه … قال: «…»»، «وحول قرار إبعاده … هل كان مفاجئا قال»: the topic of the question is
    no subject; each answer is the interviewee's, named in the lead (Al Riyadh, 2015)."""
    got = _attributed(
        "أكد لاعب نادي الشباب عمر الغامدي بعد اعتزاله الكرة بشكل رسمي أنه مقتنع تماما بقرار الاعتزال.\n"
        "وعن اختياره لهذا التوقيت قال: «رأيت أن هذا هو التوقيت المناسب لإنهاء مسيرتي الكروية»، وعن مدى رضاه "
        "عما قدمه مع فريق الشباب قال: «راض بما قدمته مع فريق الشباب»، وحول قرار إبعاده عن فريق الشباب هل كان "
        "مفاجئا قال: «نعم كان بالنسبة لي شيئا مفاجئا»، وحول الأحداث التي صاحبت انتقاله من الهلال أوضح أن "
        "المدرب أخبره أنه سيبقى مع الزعيم.", "cue", "source")
    assert [s for _, s in got] == ["لاعب نادي الشباب عمر الغامدي"] * 5, got


def test_a_player_speaks_for_himself_not_for_his_club():
    """«لاعب نادي الشباب عمر الغامدي»: a person of no side, not the club his phrase names (Al Riyadh, 2015)."""
    got = _attributed("أكد لاعب نادي الشباب عمر الغامدي بعد اعتزاله الكرة بشكل رسمي أنه مقتنع تماما بقرار الاعتزال.",
                      "source", "source_type", "source_side")
    assert got == [("لاعب نادي الشباب عمر الغامدي", "person", None)], got


def test_an_unnamed_officer_is_an_official():
    """«وقال ضابط لوكالة فرانس برس …»، «وتابع الضابط أن …»: an officer, not the agency he spoke to (AFP, 2018)."""
    got = _attributed(
        "وقال ضابط لوكالة فرانس برس في مايدوغوري عاصمة ولاية بورنو \"حتى الآن، لا نملك أي معلومات عن 23 شخصا\".\n"
        "وتابع الضابط أن \"ثلاث آليات فقط نجحت في العودة إلى باما\".", "source", "source_type")
    assert got == [("ضابط", "official"), ("الضابط", "official")], got


def test_traders_in_a_market_are_anonymous():
    """«متعاملون في سوق الاسماك»: an unnamed generic plural (Al Yaum, 2015)."""
    got = _attributed(
        "وعزا متعاملون في سوق الاسماك المركزي بالقطيف الهبوط السريع لأسعار الروبيان إلى كثرة المعروض في السوق، "
        "مؤكدين ان الكميات التي عرضت في السوق تجاوزت بنسبة 30 % إلى 40 % عن اجمالي المعروض في اليوم الأول.",
        "cue", "source_type")
    assert ("مؤكدين", "anonymous") in got, got


def test_the_american_adjective_misspelt_gives_the_united_states():
    """«الرئيس الأميريكي دونالد ترامب» (a long ي): the United States (Sky News Arabia, 2018)."""
    got = _attributed("وتعهد الرئيس الأميريكي دونالد ترامب يوم الثلاثاء بمنع الشركات التي تتعامل مع طهران من القيام "
                      "بأنشطة في الولايات المتحدة.", "source", "source_side")
    assert got == [("الرئيس الأميريكي دونالد ترامب", "United States")], got


def test_the_local_press_speaks_for_the_state_of_the_story():
    """«نقلت الصحافة المحلية ان …» in a story about Kuwait: Kuwait (AFP, 2015)."""
    got = _attributed(
        "اعترف المشتبه به الرئيسي في تفجير مسجد في الكويت في نهاية حزيران/يونيو بانتمائه الى تنظيم داعش المتطرف، "
        "وذلك لدى بدء محاكمة 29 متهما في هذا الاعتداء الثلاثاء.\n"
        "وقال عبد الرحمن صباح عيدان سعود، وهو من البدون، امام المحكمة انه انضم الى التنظيم المتطرف عشية الهجوم "
        "الانتحاري الذي استهدف مسجد الامام الصادق في الكويت.\n"
        "وفي منتصف تموز/يوليو، نقلت الصحافة المحلية ان النائب العام في الكويت يعتزم طلب العقوبة القصوى ل11 متهما.",
        "source", "source_side")
    assert ("الصحافة المحلية", "Kuwait") in got, got


def test_ascribing_is_a_reporting_verb():
    """«وعزا متعاملون في سوق الاسماك … الهبوط السريع … إلى كثرة المعروض» (Al Yaum, 2015)."""
    got = _attributed(
        "وعزا متعاملون في سوق الاسماك المركزي بالقطيف الهبوط السريع لأسعار الروبيان إلى كثرة المعروض في السوق.",
        "cue", "source_type")
    assert got[:1] == [("عزا", "anonymous")], got


def test_rules_are_not_a_source_after_according_to():
    """«حسب قوانين (فيفا)»، «وفق ما تقتضيه لوائح (فيفا)»: what rules require, not what anyone said (Al Riyadh, 2015)."""
    got = _attributed(
        "وأكد رئيس لجنة الاحتراف أن الهلال سيسجل اللاعب مؤقتاً، وفق ما تقتضيه لوائح (فيفا).\n"
        "وأكدت ادارة الهلال ان موقف النادي سليم حسب قوانين (فيفا) نظرا لشرائهم العقد من النادي المالك للاعب.",
        "cue")
    assert ("وفق",) not in got and ("حسب",) not in got, got


def test_a_coach_is_a_person_of_no_side():
    """«مدرب فريق الفتح ناصيف البياوي»: a coach, not a general («فريق») (Al Yaum, 2015); «المدرب
    المكسيكي»: a nationality only CLDR knows gives a private person no side (AFP, 2018)."""
    got = _attributed(
        "عبر مدرب فريق الفتح ناصيف البياوي عن ارتياحه للمستوى والتجانس الكبير الذي ظهر به لاعبو الفريق خلال المعسكر.",
        "source", "source_type", "source_side")
    assert got == [("مدرب فريق الفتح ناصيف البياوي", "person", None)], got
    got = _attributed(
        "تعاقد الاتحاد المصري لكرة القدم مساء الأربعاء مع المدرب المكسيكي خافيير أغيري، ليتولى مهمة تدريب منتخب "
        "الفراعنة لأربع سنوات. وقال المدرب المكسيكي \"أتشرف بأن أكون هنا للمرة الأولى في أفريقيا بخبرة 20 عاما كمدرب\".",
        "source", "source_type", "source_side")
    assert ("المدرب المكسيكي", "person", None) in got, got

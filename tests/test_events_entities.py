"""Issue 11: visits and meetings named by the entity layer — who is a clean entity name, where a
place mention (resorts and seats too) with its clitic left out, triggers of the rulebook's forms."""
from __future__ import annotations

import datetime as dt

import pytest

from maqal import timeline

P = dt.date(2018, 5, 14)


def rows(text):
    return [(r["kind"], r["who"], r["with"], r["where"]) for r in timeline.event_rows(text, P)]


@pytest.mark.parametrize("text, kind", [
    ("وقال الوزير خلال جولته في المنطقة إن الوضع مستقر.", "visit"),
    ("وعقدت اللجنة اجتماعا في الرياض لبحث الملف.", "meeting"),
    ("وأجرى الوفد مباحثات في القاهرة مع الجانب المصري.", "meeting"),
    ("وقال السفير في مؤتمر صحفي مشترك مع نظيره في عمان إن الحوار مستمر.", "meeting"),  # a joint one (ruling 1)
    ("وعاد الرئيس الفلسطيني محمود عباس إلى رام الله.", "trip"),
    ("وجاءت تصريحات ترامب أثناء استضافته رئيس الوزراء الياباني في فلوريدا.", "meeting"),  # BBC 2018 (blind6)
    ("وتحدث هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون.", "meeting"),
    ("وأشار إلى أن الوفد انتقل إلى الرياض أمس الجمعة على متن طائرة.", "trip"),  # blind9, blind8
])
def test_the_rulebooks_forms_are_triggers(text, kind):
    assert kind in [k for k, *_ in rows(text)]


def test_a_round_of_talks_and_a_movement_noun_with_no_one_and_nowhere_are_no_trip():
    assert "trip" not in [k for k, *_ in rows("تبدأ في جنيف جولة جديدة من المفاوضات بين الطرفين.")]
    assert rows("ويحمل جواز سفر قديما.") == []


def test_a_place_is_named_as_written_without_its_clitic_and_resorts_are_places():
    assert rows("وقال مسؤول إن زيارة بومبيو للرياض تهدف إلى توطيد العلاقات.")[0][3] == "الرياض"
    got = rows("واستقبل الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان في منتجع سوتشي.")
    assert got == [("meeting", "فلاديمير بوتين", "رجب طيب أردوغان", "منتجع سوتشي")]


def test_a_meeting_verb_after_its_subject_takes_the_actor_after_it_as_partner():
    """SVO and «قبل أن»: the subject stands before the verb; the one after it is the partner."""
    got = rows("قال البيت الأبيض، يوم الاثنين، إن الرئيس الأميركي دونالد ترامب، سيستقبل ولي العهد السعودي "
               "الأمير محمد بن سلمان في واشنطن.")
    assert got == [("meeting", "دونالد ترامب", "محمد بن سلمان", "واشنطن")]
    got = rows("ويجري وزير الخارجية الأمريكي مايك بومبيو محادثات في الرياض قبل أن يلتقي الأمير محمد بن سلمان.")
    assert got[-1] == ("meeting", "مايك بومبيو", "محمد بن سلمان", "الرياض")


def test_a_noun_with_a_pronoun_or_a_purpose_is_the_act_of_the_subject_before_it():
    got = rows("جدد الرئيس المصري عبد الفتاح السيسي التأكيد على أن فلسطين قضية العرب، مشددا أثناء لقائه "
               "وزير الخارجية الأمريكي جون كيري على ذلك.")
    assert got[0][:3] == ("meeting", "عبد الفتاح السيسي", "جون كيري")
    got = rows("ويتوجه وزير الخارجية الأمريكي مايك بومبيو إلى إسرائيل للقاء رئيس الوزراء بنيامين نتنياهو.")
    assert ("meeting", "مايك بومبيو", "بنيامين نتنياهو", "إسرائيل") in got


def test_a_name_after_what_a_meeting_is_about_is_no_partner():
    """France 24, 2018 (an unseen article): the poisoned double agent is what the ministers met about
    (event_words.tsv role ``agenda``: «لبحث»، «حول»), not someone they met."""
    got = rows("عقد اجتماع وزاري طارئ الأربعاء في العاصمة البريطانية لندن، لبحث قضية الاشتباه بتسميم "
               "سيرغي سكريبال، عميل روسي مزدوج، هو وابنته الأحد.")
    assert [(k, w) for k, _, w, _ in got] == [("meeting", None)]
    got = rows("والتقى وزير الخارجية الأمريكي مايك بومبيو نظيره الروسي سيرغي لافروف حول الأزمة السورية.")
    assert got[0][:3] == ("meeting", "مايك بومبيو", "سيرغي لافروف")


def test_a_meeting_takes_the_place_its_sentence_set_across_commas():
    got = rows('استقبل العاهل السعودي الملك سلمان بن عبدالعزيز، الثلاثاء، الرئيس المصري عبدالفتاح السيسي، في "الرياض".')
    assert got == [("meeting", "سلمان بن عبدالعزيز", "عبدالفتاح السيسي", "الرياض")]
    got = rows("وفي المحطة الثانية حل الأمير محمد بن سلمان في لندن، حيث التقى رئيس الوزراء البريطاني بوريس جونسون.")
    assert got[-1] == ("meeting", "محمد بن سلمان", "بوريس جونسون", "لندن")


def test_a_place_in_an_actors_title_is_not_where_the_event_is():
    got = rows("وتعهد ترامب بعد لقائه بزعيم كوريا الشمالية كيم جونغ أون في سنغافورة بإنهاء المناورات.")
    assert got[0][3] == "سنغافورة"


def test_a_departure_to_a_place_is_a_trip_and_an_arrival_needs_no_goal():
    got = rows("وغادر وزير الخارجية الأمريكي مايك بومبيو فورا إلى بروكسل للمشاركة في اجتماع الحلف.")
    assert got[0] == ("trip", "مايك بومبيو", None, "بروكسل")
    got = rows("ووصل وزير الخارجية المصري سامح شكري للمشاركة في الاجتماعات.")
    assert got[0][:2] == ("arrival", "سامح شكري")
    assert "arrival" not in [k for k, *_ in rows("ووصلت نسبة البطالة إلى عشرة في المئة.")]


def test_an_event_word_inside_a_name_is_no_event_and_a_body_behind_a_preposition_no_subject():
    assert "arrival" not in [k for k, *_ in rows("وشارك في الشوط الثاني اللاعب فيصل درويش.")]
    got = rows("وأكدت وزارة الخارجية المصرية للمفوضية الأوروبية خلال اجتماعها الثلاثاء ضرورة التعاون.")
    assert ("meeting", "وزارة الخارجية المصرية") in [r[:2] for r in got]


def test_a_verb_in_the_present_takes_a_coming_day_in_its_clause_and_is_planned():
    r = timeline.event_rows("ويتوجه رئيس المفوضية الأوروبية جان كلود يونكر إلى واشنطن الأربعاء المقبل لإقناع ترامب.",
                            dt.date(2018, 7, 18))[0]
    assert (r["kind"], r["where"], r["value"], r["certainty"]) == ("trip", "واشنطن", "2018-07-25", "planned")


def test_both_parties_after_between_and_a_subject_after_a_fronted_noun():
    got = rows("ويأتي هذا بعد مكالمة هاتفية جمعت بين الرئيس الأمريكي دونالد ترامب والعاهل السعودي الملك سلمان.")
    assert got[0][:3] == ("meeting", "دونالد ترامب", "سلمان")
    got = rows("وخلال زيارته الأخيرة إلى القاهرة، أكد وزير الخارجية الأمريكي مايك بومبيو دعم بلاده.")
    assert got[0][:2] == ("visit", "مايك بومبيو")


@pytest.mark.parametrize("text, kind", [
    ("وترأس رئيس الوزراء جلسة مجلس الوزراء في الرياض.", "meeting"),
    ("وتجري مناقشات في مجلس الأمن حول مشروع القرار.", "meeting"),
    ("وقالت المفوضة خلال مؤتمر في بروكسل إن الرسوم كارثية.", "meeting"),
    ("ويعقد مجلس الأمن اجتماعين اليوم بناء على طلب روسيا.", "meeting"),
    ("واستدعت الخارجية سفراء إسبانيا وبلجيكا.", "meeting"),
])
def test_sessions_conferences_discussions_and_summons_are_meetings(text, kind):
    assert kind in [k for k, *_ in rows(text)]


def test_a_visit_with_meetings_after_its_place_is_no_round_of_talks():
    got = rows("وقال إن وزير الخارجية عادل الجبير سيجري خلال زيارته لموسكو عددا من اللقاءات مع المسؤولين الروس.")
    assert ("visit", "موسكو") in [(k, w) for k, _, _, w in got]


def test_a_visit_or_meeting_whose_sentence_names_no_subject_takes_the_sentence_befores():
    got = rows("وصل وزير الخارجية الأمريكي جون كيري إلى القاهرة أمس. وأجرى محادثات أيضا مع الرئيس "
               "عبد الفتاح السيسي حول الأوضاع في المنطقة.")
    assert ("meeting", "جون كيري", "عبد الفتاح السيسي") in [r[:3] for r in got]
    # a subject its own sentence names is kept
    got = rows("وصل الرئيس الفرنسي إيمانويل ماكرون إلى واشنطن. والتقى ترامب رئيس الوزراء الياباني شينزو آبي.")
    assert got[-1][:2] == ("meeting", "ترامب")


def test_places_after_kull_min_are_governed_by_the_preposition_before_it():
    got = rows("وقرر رئيس الوزراء الياباني إلغاء جولة كانت مقررة إلى كل من بلجيكا وفرنسا ومصر.")
    assert [(k, w) for k, _, _, w in got] == [("visit", "بلجيكا"), ("visit", "فرنسا"), ("visit", "مصر")]


def test_a_long_title_does_not_part_a_time_after_commas_from_its_event():
    text = ("وأكد الرئيس بوتين الدعوة خلال استقباله لولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير "
            "الدفاع السعودي الأمير محمد بن سلمان في سان بطرسبورغ، في يونيو الماضي.")
    got = [r for r in timeline.event_rows(text, P) if r["kind"] == "meeting"]
    assert got and got[0]["time_text"] == "يونيو الماضي" and got[0]["value"] == "2017-06"


def test_a_time_inside_a_quotation_after_the_event_does_not_date_it():
    got = [(r["kind"], r["time_text"]) for r in timeline.event_rows(
        "وقال المدرب خلال مؤتمر صحفي مشترك مع رئيس النادي «تمكنت هذا الأسبوع من قضاء بضعة أيام بصحبته».", P)]
    assert got == [("meeting", None)]
    got = [(r["kind"], r["time_text"]) for r in timeline.event_rows(
        "وشارك الوزير في مؤتمر «الحوار بين أتباع الأديان»، الذي ينطلق اليوم في برشلونة.", P)]
    assert ("meeting", "اليوم") in got


def test_a_state_right_after_a_meeting_verb_is_its_subject_not_its_place():
    got = rows("واستدعت إسرائيل سفراء إسبانيا وسلوفينيا وبلجيكا بعد التصويت.")
    assert got[0][:2] == ("meeting", "إسرائيل") and got[0][3] is None
    assert rows("واجتمع الوزير بالرياض مع نظيره.")[0][1] != "الرياض"


def test_nobody_meets_themselves_on_real_articles():
    """A subject carried from the sentence before may be the very partner the meeting names
    («… عمر … ليقابل …»): in 300 SaudiNewsNet articles of the snapshot, 15 rows had who == with."""
    from maqal import load_article, paths

    zips = [paths.CORPUS_DIR / f"2015-0{d}.zip" for d in ("7-21", "8-01", "8-06")]
    if not all(z.exists() for z in zips):
        pytest.skip(f"the shared SaudiNewsNet corpus is not at {paths.CORPUS_DIR} (set MAQAL_SHARED)")
    checked = 0
    for z, index in ((zips[0], 552), (zips[1], 690), (zips[1], 46), (zips[2], 279)):
        art = load_article(z, index=index)
        rows = timeline.event_rows(art.text, art.published)
        partnered = [r for r in rows if r["with"] is not None]
        checked += len(rows)
        assert all(r["who"] != r["with"] for r in partnered), [(r["text"], r["who"]) for r in partnered]
    assert checked


def test_the_one_told_or_met_is_not_the_one_travelling_or_meeting():
    # CNN Arabic / BBC Arabic 2018 wording (blind5, blind6)
    got = rows("ورفض الرئيس الفلسطيني محمود عباس الخطة. وكان عباس أبلغ الرئيس الروسي، فلاديمير بوتين، خلال "
               "زيارة لموسكو مؤخراً، بأن واشنطن لا يمكن أن تكون الوسيط الوحيد.")
    assert got and got[0][1] == "محمود عباس", got
    got = rows("وقال ترامب إن هناك خمسة أماكن مقترحة لاجتماعه مع كيم جونغ-أون زعيم كوريا الشمالية.")
    assert got and got[0][1] != "كيم جونغ-أون" and got[0][2] == "كيم جونغ-أون", got


def test_a_noun_of_going_with_no_place_and_no_pronoun_names_no_journey():
    # «مخيم العودة» / «حظر سفر» (France 24, Al Arabiya 2018): a camp and a ban, not a trip
    assert rows("وقال رئيس حركة حماس يحيى السنوار خلال مشاركته في مخيم العودة إن المسيرات مستمرة.") == []
    assert rows("وكان مجلس الأمن الدولي أصدر في 2007 قرار حظر سفر دولي بحق سليماني.") == []
    # with a place it still is one
    assert rows("وقال الوزير للصحفيين لدى وصوله إلى الخرطوم إنه متفائل.")[0][3] == "الخرطوم"


def test_a_meeting_word_in_a_sports_report_is_a_match():
    sport = ("تغلب فريق الهلال على نظيره العين بهدفين لهدف في المباراة الودية، وسجل اللاعب هدف الفوز. "
             "وتعرض المهاجم ناصر الشمراني لكدمة أثناء لقاء العين الودي.")
    assert [k for k, *_ in rows(sport)] == []
    assert "meeting" in [k for k, *_ in rows("وأكد الوزير أثناء لقاء العاهل الأردني في عمان دعم بلاده.")]


def test_a_verb_of_hosting_in_a_sports_report_is_a_home_game():
    # events addendum 10 — Al-Riyadh 2015 (blind18): «يستضيف الأهلي … فريق إنبي»
    sport = ("وحقق الفريق الفوز في المباراة الودية بهدفين، وسجل المهاجم هدف الفوز في الشوط الثاني. "
             "يستضيف الأهلي وصيف البطولة في الموسم الحالي فريق إنبي مساء اليوم في ختام مشوار الفريقين بالبطولة.")
    assert [k for k, *_ in rows(sport)] == []
    assert "meeting" in [k for k, *_ in rows("ويستضيف الرئيس الأمريكي دونالد ترامب رئيس الوزراء الياباني شينزو آبي.")]


def test_a_meeting_verb_a_summit_and_a_round_in_a_sports_report_are_matches_and_league_rounds():
    # Al-Madina / Al-Riyadh 2015 (blind13, blind14): teams meet in matches, a derby is «القمة»
    sport = ("وحقق الفريق الفوز في المباراة الودية بهدفين، وسجل المهاجم هدف الفوز في الشوط الثاني. "
             "الديربي أمام الفيحاء سيكون أول اختبار حقيقي حيث سيلتقي الفيصلي بغريمه التقليدي الفيحاء بعد أسبوع. "
             "وستكون بداية الموسم صعبة على سيتي إذ يلتقي تشلسي في المرحلة الثانية. "
             "وأمام مورينيو أسبوع من أجل التحضير للقمة المبكرة أمام مانشستر سيتي، "
             "ويفتتح الأهلي الموسم بمواجهة التعاون في بريدة ضمن الجولة الأولى للدوري.")
    assert [k for k, *_ in rows(sport)] == []
    # outside sport they stay a meeting, a summit and a tour
    assert "meeting" in [k for k, *_ in rows("وقال مصدر إن وفدا من الحوثيين سيلتقي المبعوث الدولي في مسقط.")]
    assert "summit" in [k for k, *_ in rows("وقال ترامب إن القمة ستعقد في سنغافورة في يونيو.")]
    assert "visit" in [k for k, *_ in rows("وبدأ ولي العهد جولة خارجية استهلها بمصر.")]


def test_the_definite_noun_of_returning_is_a_return_in_general_not_a_trip():
    # AFP 2018 (blind15, blind16), SPA 2018 (dev3): a chance or wish to return
    assert rows("وقالت الوزارة إن أكثر من مليون لاجئ ينبغي أن يتمكنوا من العودة إلى سوريا في المستقبل القريب.") == []
    assert rows("ودعا المركز العالقين في جيبوتي والراغبين في العودة إلى بلادهم إلى التواصل معه.") == []
    # a return with its traveller is a trip
    assert "trip" in [k for k, *_ in rows("وقال الوزير لدى عودته إلى الرياض إن الزيارة ناجحة.")]
    assert "trip" in [k for k, *_ in rows("ورحب المجلس بعودة الحكومة إلى عدن.")]
    assert "trip" in [k for k, *_ in rows("وأوضح المدرب أن الفريق سيخوض مباراة ودية قبل العودة غدا إلى الرياض.")]


def test_a_session_of_a_court_a_bourse_or_a_treatment_is_no_meeting():
    # Reuters 2018 (blind16), Al-Wasat / Sabq 2015 (blind11, blind7): a hearing, a therapy
    assert rows("وأرجأ القاضي المحكمة لجلسة يوم غد الأحد لاستكمال سماع الشهود.") == []
    assert rows("ولم يحضر أي متهم الجلسة، فيما حضر جميع أفراد الأسرة.") == []
    assert rows("وكان هزازي قد بدأ برنامجه التأهيلي من خلال جلسة علاجية مع دكتور الفريق.") == []
    assert rows("وتراجع المؤشر الرئيسي للبورصة في نهاية الجلسة.") == []
    # an oil market's trading session (AFP / Al-Riyadh 2015, blind17 b25 and b31)
    assert rows("ارتفعت أسعار النفط اثناء التعاملات الصباحية في آسيا يوم الثلاثاء بعد هبوطها بنسبة 5 بالمئة في "
                "الجلسة السابقة.") == []
    assert rows("وأنهت عقود الخام الأمريكي تسليم شهر سبتمبر جلسة يوم الأربعاء الماضي مرتفعةً بنحو 81 سنتًا.") == []
    # a body's session and a hearing before a committee stay meetings
    assert "meeting" in [k for k, *_ in rows("وعقد مجلس الأمن جلسة طارئة في نيويورك.")]
    assert "meeting" in [k for k, *_ in rows("وكان ماتيس قال في جلسة استماع أمام لجنة الشؤون العسكرية إن القوات باقية.")]


@pytest.mark.parametrize("text, kind", [
    ("وقالت ميركل للصحافيين عقب لقائهما في الديوان الملكي إنها ستقدم قرضا.", "meeting"),  # AFP 2018 (blind14)
    ("ومن شأن القرار أن يعقد الاتفاق الذي توصل إليه زعماء الاتحاد الأوروبي خلال قمتهم الشهر الماضي.", "summit"),
    ("وكان أول زعيم أجنبي يلتقيه في نيويورك بعد توليه الرئاسة.", "meeting"),  # blind6
    ("ويعد مون واحدا من كبار الزوار الذين استقبلهم بوتن منذ بداية المباريات.", "meeting"),  # blind14
    ("وغادرت ميركل عمان مساء الخميس متوجهة إلى بيروت لاستكمال جولتها.", "trip"),  # blind14
])
def test_cues_with_a_pronoun_and_a_participle_of_going_are_triggers(text, kind):
    assert kind in [k for k, *_ in rows(text)]


def test_a_participle_of_going_said_of_a_thing_is_no_journey():
    # Al-Sharq al-Awsat / Anadolu 2015-2018 (blind12, blind10): the aircraft goes, not a traveller
    assert rows("وأوضح أن 4 أشخاص كانوا على متن الطائرة المتوجهة إلى مطار بلاكبوش.") == []
    assert rows("تلقى المطار طلب هبوط طارئ من قبل طائرة قادمة من قطر ومتوجهة إلى ألمانيا.") == []


def test_a_host_receiving_crowds_or_things_holds_no_meeting():
    # AFP / CNN Arabic 2018 (blind9, blind13, blind14): the host stands right after the verb
    assert rows("ويستضيف الأردن بالفعل ما يزيد عن 666 ألف لاجئ مسجلين لدى الأمم المتحدة.") == []
    assert rows('تستضيف المملكة العربية السعودية للمرة الأولى ابتداء من الثلاثاء "أسبوع الموضة العربي".') == []
    assert rows("وقال الموقع إنه كان من المقرر أن يستقبل المطار 261 رحلة وصول ومغادرة يوم الاثنين.") == []
    # a host receiving someone, after it or named before it, holds one
    assert "meeting" in [k for k, *_ in rows("واستقبل الرئيس الروسي فلاديمير بوتين الجمعة رئيس كوريا الجنوبية في الكرملين.")]
    assert "meeting" in [k for k, *_ in rows("قال البيت الأبيض إن الرئيس الأميركي دونالد ترامب، سيستقبل ولي العهد "
                                             "السعودي الأمير محمد بن سلمان في 20 مارس.")]


def test_a_venue_noun_names_where_a_meeting_sits_or_a_journey_goes():
    # WAFA / AFP / Al-Madina (blind5, blind12, blind14): seats and buildings the gazetteer does not know
    got = rows("وجاء ذلك في كلمة ألقاها عباس باجتماع القيادة بمقر الرئاسة في رام الله، حيث قال إن الاعتداء مرفوض.")
    assert [w for *_, w in got] == ["مقر الرئاسة"]
    got = rows("والتقى رئيس كوريا الجنوبية مون جيه-إن بنظيره الروسي في الكرملين، وسيسافر لحضور المباراة.")
    assert got[0] == ("meeting", "مون جيه-إن", "نظيره الروسي", "الكرملين")
    # the name runs over its construct chain and adjectives, not over the next preposition
    got = rows("وقال مجلس القضاء الأعلى إن لجنة قضائية انتقلت إلى مبنى مفوضية الانتخابات لتهيئة المستلزمات اللوجستية.")
    assert got == [("trip", None, None, "مبنى مفوضية الانتخابات")]  # (the body in the venue is no traveller)
    got = rows("وقال إن الآباء والأمهات سيعودون إلى مكتب بلدية المدينة للتأكد من أعدادهن.")
    assert [w for *_, w in got] == ["مكتب بلدية المدينة"]
    # a venue noun with no name and not after في، إلى، بـ or لـ is no place
    assert rows("وقال الموظف إن المكتب استقبل أكثر من مئة طلب.") == []


def test_who_of_a_verb_with_an_object_pronoun_a_dual_noun_and_a_name_ending_in_a_complementizer():
    # AFP 2018 (blind14): «استقبلهم بوتين» — the actor after the verb receives
    got = rows("ويعد مون جيه-إن واحدا من كبار الزوار الذين استقبلهم الرئيس الروسي فلاديمير بوتين منذ بداية المباريات.")
    assert got[0][:3] == ("meeting", "فلاديمير بوتين", "مون جيه-إن")
    # «عقب لقائهما»: the first of the two named before
    got = rows("وقالت ميركل للصحافيين إلى جانب العاهل الأردني عقب لقائهما في الديوان الملكي إنها ستقدم قرضا.")
    assert got[0][1] == "ميركل"
    # «جيه-إن» ends a name, it opens no reported clause: the subject before it still travels
    got = rows("والتقى رئيس كوريا الجنوبية مون جيه-إن بنظيره الروسي في الكرملين، وسيسافر لحضور مباراة فريق بلاده "
               "في مدينة روستوف السبت.")
    assert got[1][:2] == ("trip", "مون جيه-إن")


def test_a_word_of_talking_is_a_meeting_only_with_its_partner_named():
    # CNN Arabic / Al-Watan 2015-2018 (blind5, blind12, blind13): a call or talks between or with someone
    got = rows("ولم يذكر البيان الصادر من وزارة الخارجية الأمريكية، الإثنين، عن الاتصال بين بومبيو والأمير محمد "
               "بن سلمان، أي تفاصيل.")
    assert [k for k, *_ in got] == ["meeting"]
    got = rows("أعلنت المتحدثة أن وزير الخارجية الأمريكي مايك بومبيو ناقش مع ولي العهد السعودي الأمير محمد بن سلمان "
               "قضية الغارات.")
    assert ("meeting", "مايك بومبيو") in [r[:2] for r in got]
    # talk about something, or an interview, is none
    for text in ("وأكد الرئيس أهمية الحوار الوطني لحل الأزمة السياسية.", "وناقش مجلس الوزراء مشروع القانون الجديد.",
                 "إلا أن الموظف المختص لم يجب مما دفعنا للاتصال بالشرطة."):  # Okaz 2015 (blind12)
        assert "meeting" not in [k for k, *_ in rows(text)]
    # the phone phrases are calls as they were
    got = rows("وأجرى الرئيس عبد الفتاح السيسي اتصالا هاتفيا بنظيره الفرنسي إيمانويل ماكرون أمس.")
    assert got == [("meeting", "عبد الفتاح السيسي", "إيمانويل ماكرون", None)]


def test_a_summit_named_by_its_place_and_a_capital_named_after_its_state():
    got = rows("وعلى الرغم من عدم إجراء تجارب نووية منذ قمة سنغافورة بين ترمب وكيم جونغ أون الشهر الماضي.")
    assert [w for *_, w in got] == ["سنغافورة"]
    got = rows("وصل ولي عهد المملكة العربية السعودية، الأمير محمد بن سلمان، الأحد، إلى العاصمة المصرية، القاهرة، "
               "في أول جولة خارجية له.")  # CNN Arabic 2018: the goal after commas, by its name
    assert got[0][3] == "القاهرة"


def test_a_city_spelled_like_an_event_verb_is_the_city():
    got = rows("واصلت القوات الموالية لهادي تقدمها إلى المدينة الخضراء في شمال عدن، بالإضافة إلى زنجبار.")
    assert [k for k, *_ in got if k in ("trip", "visit")] == []
    assert [k for k, *_ in rows("وقال إنه تحدث إلى بعض الفتيات اللواتي عدن إلى مدينة دابتشي.")] == ["trip"]


def test_the_one_met_behind_a_clitic_a_reporting_medium_and_a_byline_are_not_who():
    got = rows("وقالت المصادر إن سليماني وصل إلى موسكو والتقى بالرئيس الروسي فلاديمير بوتين.")
    assert [(w, p) for k, w, p, _ in got if k == "meeting"] == [(None, "فلاديمير بوتين")]
    got = rows("عبدالله الراجحي- سبق- جدة: أكدت اللجنة الوطنية للتعليم العالمي خلال اجتماعها اليوم ضرورة التطوير.")
    assert [w for k, w, *_ in got if k == "meeting"] == ["اللجنة الوطنية للتعليم العالمي"]


def test_a_future_particle_of_another_clause_does_not_make_an_event_planned():
    # SaudiNewsNet 2015 (blind2): «سوف» governs «تظل»; the meeting was yesterday
    text = ("جدد الرئيس المصري عبد الفتاح السيسي التأكيد على أن فلسطين سوف تظل قضية كل العرب، مشددا أثناء "
            "لقائه وزير الخارجية الأمريكي جون كيري، أمس، على أهمية الحل.")
    got = [(r["certainty"], r["value"]) for r in timeline.event_rows(text, dt.date(2015, 8, 3)) if r["kind"] == "meeting"]
    assert got == [("fact", "2015-08-02")]


def test_things_or_crowds_received_are_no_meeting_but_a_guest_received_is():
    # Okaz 2015 (blind6): pilgrims received; Al-Watan 2015 (dev3): a child the nursery may take
    got = rows("وأكد وزير الحج بندر حجار اكتمال الجاهزية في استقبال الحجيج، لافتا إلى أن خطة الاستقبال "
               "تهدف إلى تعميق مفهوم الضيافة.")
    assert [k for k, *_ in got if k == "meeting"] == []
    got = rows("كشفت الوزارة أنه تم التواصل مع والد الطفل بغية إبلاغه بإمكان الحضانة استقباله، إلا أنه شكرها.")
    assert [k for k, *_ in got if k == "meeting"] == []
    got = rows("وصل ولي العهد إلى القاهرة، حيث كان في استقباله الرئيس المصري عبدالفتاح السيسي.")
    assert "meeting" in [k for k, *_ in got]


def test_a_verb_of_receiving_with_no_one_received_is_no_meeting():
    # Al-Madina 2015 (blind4): a hospital receives bodies; a host receives a guest
    got = rows("وقالت مسؤولة الإعلام بالمستشفى إن المستشفى استقبل خلال شهر يوليو الماضي جثامين 9 مدنيين.")
    assert [k for k, *_ in got if k == "meeting"] == []
    got = rows("واستقبل الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان.")
    assert "meeting" in [k for k, *_ in got]


def test_an_institutions_intake_and_a_flights_welcome_are_no_meeting():
    # events addendum 13 and 5 — Al-Madina 2015 (blind19): an ambulance takes a body in a town it
    # names; AFP via Al-Hayat (blind21): a relief agency takes in refugees; Al-Jouf (blind18): the
    # welcome of a flight, whose people aboard arrive when the airport receives it (addendum 7)
    got = rows("استقبلت سيارة إسعاف تابعة للشؤون الصحية بالطائف جثمان شهيد الوطن ممدوح الحارثي.")
    assert [k for k, *_ in got if k == "meeting"] == []
    got = rows("وقال محمد كنار منسق الوكالة الوطنية للإغاثة النيجيرية «استقبلنا هذا الصباح أول مجموعة "
               "من 620 لاجئاً نيجيرياً طردوا من الكاميرون».")
    assert [k for k, *_ in got if k == "meeting"] == []
    got = rows("وكان في استقبال الطائرة عند وصولها وكيل إمارة منطقة الجوف للشؤون الأمنية عبدالرحمن النجم.")
    assert [k for k, *_ in got if k == "meeting"] == []
    assert rows("استقبل مطار الجوف أمس الجمعة إحدى طائرات شركة طيران النيل.") != []
    got = rows("واستقبل الرئيس الروسي فلاديمير بوتين وفدا من رجال الأعمال السعوديين.")
    assert "meeting" in [k for k, *_ in got]


def test_an_event_noun_naming_a_body_or_the_top_of_something_is_no_event():
    # Al-Arabiya 2018 (blind24): «عضو مؤتمر الرؤساء»; Al-Arabiya 2018 (blind7): «على قمة الحرس الثوري»
    got = rows("وقال ستيفن غرينبرغ عضو مؤتمر الرؤساء إن «الإشكاليات المرتبطة بالاتفاق معقدة».")
    assert [k for k, *_ in got if k == "meeting"] == []
    got = rows("وقال بومبيو إن أولئك الذين يتربعون على قمة الحرس الثوري الإيراني يجب أن يشعروا بالعواقب.")
    assert [k for k, *_ in got if k == "summit"] == []
    assert "meeting" in [k for k, *_ in rows("وافتتح وزير الخارجية مؤتمر المانحين في باريس بحضور الرئيس.")]


def test_talks_lacking_and_a_named_march_are_no_event():
    # Al-Madina 2015 (blind18): «بدون مشاورات»; AFP 2018 (blind7): «مسيرة العودة»; Al-Watan 2015 (blind14): a day of another verb before
    # «الراغبين في العودة»; Al-Weeam 2015 (blind17): «صفقة بيع ذهب» (gold, no going)
    def kinds(text):
        return [k for k, *_ in rows(text)]
    assert "meeting" not in kinds("وأكد بيان تجمع الشخصيات الفلسطينية المستقلة أنه جرى التعديل الوزاري بدون مشاورات.")
    assert "trip" not in kinds("يقيم الفلسطينيون حدادا على الأشخاص الذين قتلوا أثناء مسيرة العودة في غزة الجمعة.")
    assert "trip" not in kinds("وبين الصباغ أن المركز وجه مطلع شهر شوال الجاري الدعوة لأبناء الجمهورية اليمنية "
                               "العالقين في جيبوتي والراغبين في العودة إلى بلادهم بالتواصل مع المركز.")
    assert "trip" not in kinds("صفقة بيع ذهب وهمية في دبي تنتهي بجريمة سرقة زائر كندي")
    assert "meeting" in kinds("وأجرى الرئيس فلاديمير بوتين محادثة هاتفية مع الرئيس الفرنسي إيمانويل ماكرون.")


def test_laqaa_before_a_payment_is_in_return_for_no_meeting():
    # AFP via CNN Arabic 2018 (blind11): «لقاء كفالة» — released on bail
    got = rows("وأوقف دافيدسون في فلوريدا، قبل أن يطلق سراحه ويوضع قيد الإقامة الجبرية لقاء كفالة قدرها خمسة ملايين دولار.")
    assert [k for k, *_ in got if k == "meeting"] == []
    assert "meeting" in [k for k, *_ in rows("وعقد الرئيس عبدالفتاح السيسي لقاء مع وزير الخارجية الأمريكي مايك بومبيو في القاهرة.")]


def test_a_figurative_goal_a_thing_before_the_verb_and_connecting_are_no_journey():
    # Sabq 2015 (blind19): died; AFP 2018 (blind12): a treaty dates back; CNN Arabic 2018 (blind8):
    # a statement that reached; Al-Hayat 2015 (blind22): a tunnel connects
    def journeys(text):
        return [k for k, *_ in rows(text) if k in ("arrival", "visit", "trip")]
    assert journeys("يذكر أن الدوسري الذي انتقل إلى رحمة الله تعالى في مدينة باريس إثر أزمة قلبية مفاجئة.") == []
    assert journeys("بما في ذلك معاهدة الصداقة بين إيران والولايات المتحدة التي تعود للعام 1955.") == []
    assert journeys("وقال البنك في بيان وصل لموقع CNN بالعربية نسخة منه إن المحكمة ردت الدعاوى.") == []
    assert journeys("في ميناء كاليه الفرنسي الذي يعد مدخل النفق الذي يصل بين فرنسا وبريطانيا.") == []
    assert journeys("ووصل الرئيس الفرنسي إيمانويل ماكرون إلى نيودلهي مساء الجمعة.") != []


def test_a_body_arriving_is_no_visit():
    # events addendum 7 — Sabq 2015 (blind19): «وصل جثمان الإعلامي …»
    got = rows("وصل جثمان الإعلامي المعروف سعود بن عبدالله الدوسري فجر اليوم.")
    assert [k for k, *_ in got if k in ("arrival", "visit", "trip")] == []


def test_a_teams_training_camp_abroad_is_a_visit():
    # SaudiNewsNet 2015 (blind5, blind8 …): «معسكره في النمسا» — the team stays abroad
    got = rows("وفاز النصر في آخر مبارياته الودية في معسكره بالنمسا مساء الخميس.")
    assert ("visit", "النمسا") in [(k, w) for k, _, _, w in got]


def test_during_a_meeting_already_reported_is_no_new_meeting():
    # SPA via SaudiNewsNet 2015 (blind2, blind6): «خلال الاجتماع» frames what was said at the meeting
    text = ("ترأس ولي العهد في مكتبه بجدة مساء أمس اجتماعا مع قادة القطاعات الأمنية. "
            "وجرى خلال الاجتماع مناقشة آخر المستجدات الأمنية.")
    assert [k for k, *_ in rows(text) if k == "meeting"] == ["meeting"]
    # with no meeting before it, «خلال الاجتماع» is the meeting's one mention
    assert "meeting" in [k for k, *_ in rows("وقال الوزير خلال الاجتماع إن الخطة جاهزة.")]


def test_the_frame_of_a_meeting_already_reported_is_no_new_meeting():
    # SPA via SaudiNewsNet 2015 (blind2, blind6, blind15): «في بداية الاجتماع», «في ختام الاجتماع»
    text = ("ترأس ولي العهد في مكتبه بجدة مساء أمس اجتماعا مع قادة القطاعات الأمنية. "
            "ونقل سموه في بداية الاجتماع تعازي خادم الحرمين الشريفين. وصدر بيان في ختام الاجتماع.")
    assert [k for k, *_ in rows(text) if k == "meeting"] == ["meeting"]
    # a pointer back, «خلال تلك المحادثات» (AFP 2018, blind2 b18), names talks told elsewhere: no new
    # meeting either (events addendum 8; the relabelled gold leaves it unmarked)
    assert "meeting" not in [k for k, *_ in rows("وقال مسؤولون إنهم لم يتوصلوا لأي اتفاق خلال تلك المحادثات.")]


def test_things_set_back_in_order_are_no_return():
    got = rows("سيارة شرطة تجوب الشوارع توجه رسالة إلى الناس بأن الأمور عادت إلى نصابها في زيمبابوي.")
    assert [k for k, *_ in got if k == "trip"] == []


def test_a_capital_named_after_its_title_and_nationality_is_governed_by_the_preposition_before_them():
    # Al-Watan 2015 (blind9): «في العاصمة العمانية مسقط»; Al-Youm 2018 (blind4): the place before the talks
    got = rows("صرح مصدر يمني بأن وفدا من جماعة انصار الله الحوثية سيلتقي بعد ساعات المبعوث الدولي "
               "إسماعيل ولد الشيخ في العاصمة العُمانية مسقط.")
    assert [w for k, *_, w in got if k == "meeting"] == ["مسقط"]
    got = rows("تبدأ في العاصمة السودانية الخرطوم، الخميس، جولة جديدة من المفاوضات بشأن سد النهضة.")
    assert [w for k, *_, w in got if k == "meeting"] == ["الخرطوم"]


def test_a_state_the_entity_layer_reads_as_acting_is_who_and_a_state_after_fi_stays_where():
    # Al Arabiya 2018 (blind9): the capital is the state that called the talks off
    got = rows('ذكرت وكالة "يونهاب" الكورية الجنوبية أن بيونغ يانغ ألغت محادثات رفيعة مع سيول، بسبب المناورات.')
    assert [(w, p) for k, w, p, _ in got if k == "meeting"] == [("بيونغ يانغ", "سيول")]
    got = rows("والتقى وزير الخارجية الأمريكي مايك بومبيو في الرياض نظيره السعودي عادل الجبير.")
    assert [(p, w) for k, _, p, w in got if k == "meeting"] == [("عادل الجبير", "الرياض")]


def test_a_meeting_takes_no_place_from_a_clause_before_it_that_it_does_not_continue():
    """The place of another clause (a topic, a quoted claim) or after «بين» is no meeting's seat; a
    place across a time alone or behind «حيث» is (NATO summit, CNN 2018, blind10; AFP, blind2)."""
    got = rows("يعتزم زعماء حلف شمال الأطلسي تركيز اهتمامهم على الصراع في أفغانستان، في اليوم الثاني من القمة.")
    assert [w for k, *_, w in got if k == "summit"] == [None]
    got = rows("وتطرق الجانبان إلى الأزمة بين السعودية وقطر قبل القمة الأمريكية الخليجية.")
    assert [w for k, *_, w in got if k == "summit"] == [None]
    got = rows("وقالت إن جنرالا أمريكيا كان في السعودية، الثلاثاء، لإجراء محادثات مع الحكومة السعودية.")
    assert [w for k, *_, w in got if k == "meeting"] == ["السعودية"]


def test_a_report_inside_a_report_opens_at_the_outer_complementizer():
    """«أن بيونغ يانغ قالت إنها …»: the summit's clause is the outer report's, not the sentence, so
    the place the reporting medium stands in is not the summit's (AFP 2018, blind9)."""
    got = rows("ذكرت وسائل إعلام رسمية في كوريا الشمالية، الأربعاء، أن بيونغ يانغ قالت إنها قد تعيد النظر "
               "في عقد قمة مع الولايات المتحدة.")
    assert [(k, w) for k, *_, w in got] == [("summit", None)]


def test_an_arrival_at_a_number_is_a_quantity_reached_not_a_journey():
    """«ليصل 2,2 مليار مستخدم» (AFP 2018, blind5): an arrival verb with no goal is one only when no
    number follows it; a count before the travellers' goal is no quantity («وصل 3 وزراء إلى الرياض»)."""
    assert rows("وارتفع عدد مستخدمي فيسبوك أيضا ليصل 2,2 مليار مستخدم عبر العالم.") == []
    assert ("arrival", "الرياض") in [(k, w) for k, *_, w in rows("وصل 3 وزراء إلى الرياض أمس.")]


def test_the_one_named_after_fi_istiqbalihi_receives_the_one_its_pronoun_names():
    """«حيث كان في استقباله الرئيس المصري»: the host is after the noun (CNN 2018, blind8)."""
    got = rows("وصل الأمير محمد بن سلمان، الأحد، إلى القاهرة، حيث كان في استقباله الرئيس المصري، عبدالفتاح السيسي.")
    assert ("meeting", "عبدالفتاح السيسي", "محمد بن سلمان") in [r[:3] for r in got]


def test_a_state_inside_an_actors_title_is_no_second_party():
    """«على أن تلتقي سفير بلجيكا»: one party after the verb (the ambassador), so the subject is the
    one named before it (Al Arabiya 2018, blind3)."""
    got = rows("وقالت الخارجية الإسرائيلية إن مديرة الدائرة الأوروبية التقت سفير إسبانيا على أن تلتقي سفير بلجيكا الثلاثاء.")
    assert all(who != "سفير بلجيكا" for k, who, *_ in got if k == "meeting")


def test_a_place_that_is_also_an_event_word_ends_no_cue_before_it():
    """«عدن» is Aden and the verb «they returned»: read as the city, it must not cut the arrival
    before it short of its goal (SaudiNewsNet 2015, blind11); the verb after a relative stays a verb."""
    got = rows("وتزامنا مع زيارة بحاح، وصل مسؤولون آخرون من الحكومة اليمنية إلى عدن للإشراف على الخدمات العامة.")
    assert ("arrival", "عدن") in [(k, w) for k, *_, w in got]
    assert ("trip", "عدن") in [(k, w) for k, *_, w in rows("وقال إن الرئيس اليمني قد يعود إلى عدن في أي وقت.")]
    assert [k for k, *_ in rows("وكانت الفتيات اللواتي عدن إلى مدينة دابتشي بخير.")] == ["trip"]


def test_a_state_named_by_its_body_is_a_place_after_a_preposition():
    """«سلطنة عمان»، «جمهورية مصر العربية» are governments (they may act) yet the goal of a trip after
    «إلى» (SaudiNewsNet 2015, blind9 and blind11); a departure to such a goal is a trip there."""
    got = rows("وأشار إلى أن الوفد انتقل إلى سلطنة عُمان أمس الجمعة على متن طائرة عُمانية.")
    assert [(k, w) for k, *_, w in got] == [("trip", "سلطنة عُمان")]
    got = rows("وقالت مصادر إن وفدا سياسيا غادر العاصمة صنعاء إلى سلطنة عمان للتباحث مع المبعوث الأممي.")
    assert ("trip", "سلطنة عمان") in [(k, w) for k, *_, w in got]
    assert rows("وأعلنت سلطنة عمان أمس أن الوزير زار الرياض.")[-1][1:] == ("الوزير", None, "الرياض")


def test_a_verb_of_going_takes_its_subject_after_its_goal_time_or_title():
    """Arabic may put the goal, a time or the subject's title before a long subject (SaudiNewsNet 2015,
    blind11; CNN 2018, blind8): the person after the verb is the traveller, not nobody."""
    got = rows("وصل إلى مدينة عدن أمس خالد محفوظ بحاح نائب رئيس اليمن ومعه عدد من الوزراء.")
    assert ("arrival", "خالد محفوظ بحاح") in [r[:2] for r in got]
    got = rows("دبي، الإمارات العربية المتحدة (CNN)— وصل ولي عهد المملكة العربية السعودية، الأمير محمد بن سلمان، "
               "الأحد، إلى العاصمة المصرية، القاهرة.")
    assert ("arrival", "محمد بن سلمان") in [r[:2] for r in got]


def test_a_delegation_or_a_mission_is_who_travels_or_meets():
    """A party of people sent together is named by its noun, with the body it belongs to and its
    adjective («بعثة الفريق الكروي»، «الوفد الأميركي»), not by a name further on (SaudiNewsNet 2015,
    blind9 and blind11); behind a preposition («بوفد الحوثيين») it is the one met, and «وفود الرحمن»
    are pilgrims received, no meeting."""
    got = rows("صرح مصدر يمني بأن وفدا من جماعة انصار الله الحوثية سيلتقي بعد ساعات المبعوث الدولي في مسقط.")
    assert ("meeting", "وفدا") in [r[:2] for r in got]
    got = rows("ومن المنتظر أن تصل بعثة الفريق الكروي إلى مطار الملك عبدالعزيز الدولي مساء اليوم.")
    assert [r[:2] for r in got] == [("arrival", "بعثة الفريق الكروي")]
    got = rows("وقالت ناورت إن الوفد الأميركي المؤلف من 20 شخصا سيزور أنقرة غدا.")
    assert [r[:2] for r in got] == [("visit", "الوفد الأميركي")]
    got = rows("وقال المبعوث الدولي إنه سيجتمع بوفد الحوثيين في مسقط.")
    assert all(who != "وفد الحوثيين" for k, who, *_ in got)
    assert rows("لقد انهت القطاعات المعنية استعداداتها لاستقبال أول وفود الرحمن القادمين لأداء مناسك الحج.") == []


def test_a_verb_of_speaking_is_a_meeting_only_by_phone_and_its_call_noun_no_second_one():
    """«تحدث»، «اتصل» with a phone word a few words after them are calls, which the annotators count
    as meetings (CNN 2018, blind4; Euronews 2018, blind12); the call noun after the verb is that
    verb's event, and the time after it dates the verb; speaking about something is no meeting."""
    got = timeline.event_rows("دبي (CNN)-- تحدث الرئيس الأمريكي دونالد ترامب عبر مكالمة هاتفية، الثلاثاء، "
                              "إلى أمير قطر الشيخ تميم بن حمد حول العوائق.", P)
    assert [(r["kind"], r["text"], r["who"], r["value"]) for r in got] == [
        ("meeting", "تحدث", "دونالد ترامب", "2018-05-08")]  # the Tuesday before Monday 14 May
    assert [r[0] for r in rows("وتحدثت رئيسة الوزراء هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون.")] == ["meeting"]
    assert [r[0] for r in rows("وأوضح الكرملين في نقله لنص المحادثة الهاتفية بين الرئيسين أن بوتين وماكرون اتفقا.")] == ["meeting"]
    assert rows("وتحدث الوزير عن أهمية التعاون بين البلدين في مجال الطاقة.") == []


def test_a_given_name_read_as_a_conjunction_and_a_verb_is_no_arrival():
    """«فيصل» is the name Faisal, not «ف» + «يصل» (he arrives), even where the entity layer misses the
    name around it (SaudiNewsNet 2015, blind10); the verb behind «و» is still an arrival."""
    assert [r[0] for r in rows("أعلنت عمادة شؤون أعضاء هيئة التدريس بجامعة الملك فيصل عن حاجتها لسعوديين.")] == ["announcement"]
    assert [r[0] for r in rows("ويصل الوزير إلى الرياض غدا في زيارة رسمية.")][:1] == ["arrival"]


def test_a_capital_named_after_its_title_alone_is_governed_by_the_preposition_before_the_title():
    """«في العاصمة أبوظبي»: the title «العاصمة» with no nationality after it stands between the
    preposition and the name, which is then where a meeting is held (Al Arabiya 2015, blind12)."""
    got = rows("وجاء حديث الوزير خلال استقباله المبعوث الأممي إلى اليمن، أول من أمس في العاصمة أبوظبي، "
               "حيث اطلع على تطورات الوضع.")
    assert [(r[0], r[3]) for r in got] == [("meeting", "أبوظبي")]


def test_a_counterpart_is_the_one_met_not_the_one_meeting():
    """«طلب من نظيره المصري سامح شكري … خلال لقاء»: the one named as «نظيره» is the partner; the
    meeting's subject is the one before him (blind9)."""
    got = rows("موضحا أن وزير الخارجية السوداني، إدريس محمد عبد الله، طلب من نظيره المصري سامح شكري "
               "إيقاف المسلسل خلال لقاء جمع بينهما في أديس أبابا.")
    assert [(k, who) for k, who, *_ in got if k == "meeting"] and all(
        who != "سامح شكري" for k, who, *_ in got if k == "meeting")


def test_a_noun_of_going_with_a_goal_after_it_is_a_journey_but_not_access_or_a_quantity():
    """«قرروا التوجه إلى الموقع»، «قبل وصول مفتشين … إلى الموقع»: a goal the gazetteer does not know
    still makes a noun of going a journey (AFP 2018, blind12; Reuters 2018, blind13); «الوصول إلى»
    is access, «وصول عدد المسافرين إلى ٢٤٦٣٦» a quantity reached, «إلى جانب» alongside."""
    assert [r[0] for r in rows("وعلق الأطفال في المغارة بعدما قرروا التوجه إلى الموقع عقب التمارين.")] == ["trip"]
    got = rows("وقال المعهد إنها عمليات تنظيف قبل وصول مفتشين تابعين للوكالة الدولية للطاقة الذرية إلى الموقع.")
    assert [r[0] for r in got] == ["arrival"]
    assert rows("ويتعذر بشدة الوصول إلى مناطق واسعة في شمال البلاد.") == []
    assert rows("وأفادت الإحصاءات بوصول عدد المسافرين إلى ٢٤٦٣٦ مسافراً.") == []
    assert rows("ويرفض الضباط التوجه للقتال إلى جانب الميليشيات.") == []


def test_a_teams_camp_is_the_teams_not_the_speakers_nor_the_mission_travelling_home():
    """«معسكره/معسكرهم»: the pronoun refers to the team named before it (SaudiNewsNet 2015, seen
    sets): not the club official who speaks of it, nor «بعثة الفريق» that flies home —
    unless the team word is that mission's own («تعود بعثة الفريق الكروي بعد اختتام معسكره»)."""
    got = rows("وأبدى مدير إدارة كرة القدم بنادي الهلال فهد المفرج سعادته بانضباطية لاعبي الفريق في "
               "معسكرهم التحضيري المقام بمدينة سالزبورغ النمساوية.")
    assert [(k, who) for k, who, *_ in got] == [("visit", "نادي الهلال")]  # the entity layer's team
    got = rows("ومن المنتظر أن تصل بعثة الفريق إلى مطار الملك عبدالعزيز الدولي مساء اليوم، بعد أن اختتم "
               "الفريق الكروي معسكره الإعدادي الذي أقيم في سويسرا.")
    assert [who.split()[0] for k, who, *_ in got if k == "visit"] == ["الفريق"]  # not «بعثة الفريق»
    got = rows("من جهة أخرى تعود بعثة الفريق الكروي اليوم بعد اختتام معسكره الإعدادي في سويسرا.")
    assert [(k, who) for k, who, *_ in got if k == "visit"] == [("visit", "بعثة الفريق الكروي")]


def test_a_camp_whose_team_is_inside_an_actor_begun_before_the_clause_is_that_actors():
    """Al Madina 2015 (SaudiNewsNet 2015-08-09.zip #125): the team word of «مقر معسكرها» sits in an
    actor that starts before the clause the camp noun is in; this raised ``ValueError`` (an empty
    ``min``) and stopped ``analyze`` on the whole article."""
    got = rows("من جهة أخرى فرض الجهاز الفني لفريق الأهلي الكروي بقيادة المدرب كريستيان غروس حصة تدريبية "
               "أخيرة صباح أمس السبت للاعبين في مقر معسكر الفريق في مدينة لوزان السويسرية، وذلك قبل مغادرة "
               "البعثة إلى جدة بساعات قليلة وتركزت الحصة التدريبية على العوامل اللياقية والتقوية قبل أن تغادر "
               "البعثة مقر معسكرها في لوزان.")
    assert ("visit", "الفريق") in [(k, who) for k, who, *_ in got]


def test_a_noun_takes_its_actor_across_an_adjective_not_across_a_verb():
    # AFP 2018 (blind15): «مؤتمر صحافي بثته وكالة فارس» — the agency broadcast it; Zarif held it
    # (made a joint one: one speaker's press conference is no meeting, events addendum ruling 1)
    got = rows("وقال وزير الخارجية الإيراني محمد جواد ظريف في مؤتمر صحافي مشترك بثته وكالة فارس الإيرانية للأنباء "
               "إن الاجتماع كان مثمرا.")
    assert ("meeting", "محمد جواد ظريف") in [(k, who) for k, who, _, _ in got]
    # a noun behind «ل» the actor's name completes keeps them together (blind4)
    got = rows("وقالت القيادة إن الطائرات نفذت ضربة جوية استهدفت اجتماعا لقيادات داعش في منطقة الحدود.")
    assert ("meeting", "داعش") in [(k, who) for k, who, _, _ in got]


def test_a_meeting_held_on_a_visit_sits_at_the_visits_goal():
    # Anadolu 2018 (blind3): «عقب لقاء نظيره التركي … خلال زيارته لتركيا»
    got = rows("وكان تيلرسون قد أعلن عن الاجتماع عقب لقاء نظيره التركي، مولود جاويش أوغلو، خلال زيارته "
               "لتركيا منتصف فبراير الماضي.")
    assert ("meeting", "مولود جاويش أوغلو", "تركيا") in [(k, w, where) for k, _, w, where in got]
    # a departure's goal is where he goes next, not where he met
    got = rows("والتقى الوزير نظيره الأردني أيمن الصفدي قبل مغادرته إلى بيروت.")
    assert [where for k, _, _, where in got if k == "meeting"] == [None]


def test_a_spokesperson_holds_a_press_conference_and_a_description_is_no_party():
    # Kyodo via AFP 2018 (blind5): «بحسب ما أعلن المتحدث باسم الحكومة خلال مؤتمر صحافي» (made joint
    # ones here: one speaker's press conference is no meeting, events addendum ruling 1)
    got = rows("وأعلن المتحدث باسم الحكومة اليابانية يوشيهيدي سوغا خلال مؤتمر صحافي مشترك إلغاء الجولة.")
    assert ("meeting", "يوشيهيدي سوغا") in [(k, who) for k, who, _, _ in got]
    # AFP 2017 (blind5): «وهو مسؤول بالوزارة» describes the speaker before it
    got = rows("وقال يوسف طرفاني، وهو مسؤول بالوزارة، في المؤتمر الصحفي المشترك إن 47 حالة أخرى سجلت.")
    assert [who for k, who, _, _ in got if k == "meeting"] == ["يوسف طرفاني"]


def test_a_visit_noun_governs_the_place_right_after_it():
    """«لزيارة واشنطن»: the place a visit noun governs with no preposition is its goal, as «زار
    واشنطن» (Al Arabiya 2018, blind12; Sky News Arabia 2018, blind8)."""
    got = rows("وكشف وزير الخارجية التركي أنه يخطط لزيارة واشنطن الأسبوع المقبل.")
    assert [(r[0], r[3]) for r in got if r[0] == "visit"] == [("visit", "واشنطن")]
    got = rows("وقالت ماي إنه سيتم إلغاء دعوة وزير الخارجية الروسي، سيرجي لافروف، لزيارة بريطانيا.")
    assert [(r[0], r[3]) for r in got if r[0] == "visit"] == [("visit", "بريطانيا")]


def test_a_place_after_a_state_of_affairs_is_the_topic_not_the_seat():
    """«مباحثات تركزت على الأوضاع في الشرق الأوسط»: the place is what the talks were about (gold
    set blind14; ANT corpus: «المفاوضات بين أطراف النزاع في سوريا»)."""
    got = rows("وأدلت ميركل بتصريحات عقب مباحثات مع العاهل الأردني تركزت على الأوضاع في الشرق الأوسط.")
    assert [r[3] for r in got if r[0] == "meeting"] == [None]
    got = rows("وعقد الوزيران مباحثات في عمان تناولت الأزمة في سوريا.")
    assert [r[3] for r in got if r[0] == "meeting"] == ["عمان"]


def test_a_meeting_after_haythu_sits_at_the_place_right_before_it_whatever_governs_it():
    """«حيث» points back to the place right before it, also one after «من» or a visit verb's
    object (gold set blind6: «قادما من بروكسل، حيث كان يشارك في اجتماع»; ANT corpus: «قبالة مقر
    الحكومة بوسط لندن، حيث يجتمع بن سلمان مع ماي»)."""
    got = rows("وتوجه العبادي إلى البصرة قادما من بروكسل، حيث كان يشارك في اجتماع التحالف الدولي.")
    assert [r[3] for r in got if r[0] == "meeting"] == ["بروكسل"]


def test_a_planned_event_takes_the_day_of_publication():
    """«سيلتقي كارتر بنتنياهو اليوم» (SaudiNewsNet 2015): a planned event on the publication day
    itself is dated to it, as «في الحادية عشرة من مساء اليوم» (gold set blind11)."""
    got = timeline.event_rows("وسيلتقي كارتر بنتنياهو اليوم قبل أن يتوجه إلى الأردن.", "2015-07-21")
    assert [(r["kind"], r["value"]) for r in got][:1] == [("meeting", "2015-07-21")]
    got = timeline.event_rows("ومن المنتظر أن تصل بعثة الفريق إلى مطار الملك عبدالعزيز الدولي في الحادية عشرة "
                              "من مساء اليوم عبر طائرة خاصة.", "2015-08-08")
    assert [r["value"][:10] for r in got if r["kind"] == "arrival"] == ["2015-08-08"]


def test_a_source_after_according_to_is_no_party():
    """«ووفق شهود عيان … لدى وصوله»: the witnesses are the source of the report, not the one who
    arrived (gold set blind11)."""
    got = rows("ووفق شهود عيان فقد فجر انتحاري حزامه الناسف بالقرب من مركبة القيادي في حزب عوامي القومي "
               "البشتوني لدى وصوله إلى تجمع أنصاره.")
    assert "شهود عيان" not in [r[1] for r in got]


def test_a_name_behind_a_comma_after_a_counterpart_phrase_is_the_counterpart():
    """«مع نظيره الكوري الشمالي، ري يونغ هو، … في زيارة»: the name in apposition to «نظيره» is the
    one met, so the visit is the minister's (gold set blind17)."""
    got = rows("التقى وزير الخارجية الروسي، سيرغي لافروف، مع نظيره الكوري الشمالي، ري يونغ هو، الخميس في "
               "بيونغ يانغ، في زيارة ينظر إليها كمحاولة من قبل موسكو.")
    assert [r[1] for r in got if r[0] == "visit"] == ["سيرغي لافروف"]


def test_a_meeting_its_traveller_holds_takes_the_goal_of_the_journey_told_before_it():
    """A meeting verb, or a meeting noun with the subject's pronoun, after a journey verb of its
    sentence sits where the journey went (AFP 2018, blind17 b06; AFP 2018, blind17 b15); a meeting
    noun of its own, a cancelled tour's press conference or a call takes no such place."""
    got = rows("ومع تصاعد الاحتجاجات، توجه العبادي إلى البصرة قادما من بروكسل، حيث كان يشارك في اجتماع "
               "التحالف الدولي ضد تنظيم الدولة الإسلامية، واجتمع مع قيادة العمليات العسكرية للمحافظة والمحافظ "
               "أسعد العيداني، إضافة إلى لقائه في وقت لاحق مع شيوخ عشائر.")
    assert [w for k, *_, w in got if k == "meeting"] == ["بروكسل", "البصرة", "البصرة"]
    got = rows("وتدخل ماكرون في القضية، عندما زار الرياض في 9 تشرين الثاني/نوفمبر حيث التقى بولي العهد محمد بن سلمان.")
    assert ("meeting", "ماكرون", "محمد بن سلمان", "الرياض") in got
    got = rows("ووصل بيتر ماور إلى صنعاء، على أن يجري ماور محادثات مع قادة الحوثيين.")
    assert [w for k, *_, w in got if k == "meeting"] == [None]


def test_an_actor_joined_by_wa_to_a_partner_is_a_partner_too_not_the_subject():
    """«مع الأميرين فهد … والأمير خالد …»: the second prince is met as the first is; the arrival
    «فور وصوله» is the coach's (Al-Watan 2015, blind15 b15; AFP 2018, blind17 b06)."""
    got = rows("وعلمت الوطن أن المدرب جوتيريز سيعقد اجتماعا مع الأميرين فهد بن خالد بن سلطان والأمير خالد بن "
               "عبدالعزيز فور وصوله إلى الرياض غدا الأحد بغرض مناقشة أوضاع الفريق.")
    assert ("arrival", "جوتيريز", None, "الرياض") in got
    got = rows("واجتمع الرئيس مع قيادة العمليات العسكرية للمحافظة والمحافظ أسعد العيداني ومدير شركة الطاقة، "
               "إضافة إلى لقائه في وقت لاحق مع شيوخ عشائر.")
    assert [w for k, w, *_ in got] == ["الرئيس", "الرئيس"]


def test_the_chair_of_a_meeting_noun_holds_it_and_the_body_after_it_is_met():
    """«ترأس … اجتماع لجنة …»: the chair (the name closing the titles in apposition) is who, the
    committee with (Sabq 2015, blind15 b21; Al-Riyadh 2015, blind2 b28)."""
    got = rows("ترأس رئيس ديوان المظالم، رئيس مجلس القضاء الإداري، الشيخ الدكتور خالد بن محمد اليوسف، اجتماع "
               "لجنة التطوير الإداري وذلك على مدى يومي الاثنين والثلاثاء، بمقر الديوان بالرياض.")
    assert got[0][:3] == ("meeting", "خالد بن محمد اليوسف", "لجنة التطوير الإداري")
    got = rows("وترأس وزير الداخلية اجتماع مجلس الدفاع المدني في الرياض.")
    assert got[0][:3] == ("meeting", "وزير الداخلية", "مجلس الدفاع المدني")


def test_a_call_with_a_partner_is_a_meeting_a_call_about_something_none():
    """«في مكالمة مع مون»: a call between named parties (AFP 2018, blind15 b04); «مكالمة هاتفية»
    stays one event, and a call with no partner after it none."""
    got = rows("وعبر ترامب السبت، في مكالمة مع مون، عن سعادته بأن الزعيمين توصلا إلى اتفاق.")
    assert [(k, w) for k, w, *_ in got] == [("meeting", "ترامب")]
    got = rows("ويأتي هذا بعد يوم فقط من مكالمة هاتفية جمعت بين ترامب والعاهل السعودي الملك سلمان بن عبد العزيز.")
    assert len(got) == 1
    assert rows("وتحدث عن المكالمة التي تلقاها أمس.") == []


def test_a_phone_phrase_with_no_party_after_it_is_an_interview_not_a_call():
    """«وقالت مارتن في اتصال هاتفي "…"»: a phone interview (Reuters 2018, blind11 b18; Al-Watan 2015,
    blind17 b22); a call to or from a party, or between two, stays a meeting."""
    assert rows('وقالت مارتن في اتصال هاتفي "لم أفكر كثيرا فمن حقها ان تعيش حياة طبيعية".') == []
    got = rows("وتلقى خادم الحرمين الشريفين اتصالاً هاتفياً، اليوم، من الرئيس الأمريكي دونالد ترامب.")
    assert [(k, w, p) for k, w, p, _ in got] == [("meeting", "خادم الحرمين الشريفين", "دونالد ترامب")]
    got = rows("وأجرى الرئيس اتصالا هاتفيا بنظيره الفرنسي إيمانويل ماكرون.")
    assert [(k, p) for k, _, p, _ in got] == [("meeting", "إيمانويل ماكرون")]
    assert [k for k, *_ in rows("وقال الكرملين إثر اتصال هاتفي بين الرئيسين إن الوضع خطير.")] == ["meeting"]


def test_a_thing_or_a_quantity_arriving_is_no_journey():
    """«وصلت بطاقة تهنئة … إلى وجهتها في قرية إلجاو السويسرية»، «ووصل البريد يوم الاثنين» (blind19),
    «يتوقعون وصول أرباح أكبر منتج للسيارات … إلى 56ر2 مليار يورو» (blind2): the subject of the
    arrival is a thing or a quantity, nobody travels; a person's arrival stays one."""
    assert rows("وصلت بطاقة تهنئة بحلول عيد الميلاد إلى وجهتها في قرية إلجاو السويسرية بعد ما يقرب من 50 عاما"
                " على إرسالها.") == []
    assert rows("ووصل البريد يوم الاثنين ومعه فاتورة بـ90.") == []
    assert rows("يتوقعون وصول أرباح أكبر منتج للسيارات الفارهة في العالم ومقرها في مدينة ميونيخ الألمانية"
                " إلى 56ر2 مليار يورو خلال الربع الثاني من العام الحالي.") == []
    assert ("arrival", "الرياض") in [(k, w) for k, *_, w in rows("وصل 3 وزراء إلى الرياض أمس.")]


def test_a_session_of_prices_or_a_share_is_a_trading_day_not_a_meeting():
    """«واصلت أسعار النفط … في أعقاب نهاية الجلسة الأخيرة» and «وأغلق السهم … بعدما هبط في وقت سابق
    من الجلسة» (blind-set business reports): a trading session; a body's session stays a meeting."""
    assert rows("واصلت أسعار النفط تكبد خسائرها الأسبوعية بعد أن أغلقت على سادس خسارة أسبوعية متتالية، في"
                " أعقاب نهاية الجلسة الأخيرة التي اختتمت في ساعة متأخرة من مساء أمس.") == []
    assert [r for r in rows("وأغلق السهم عند 18.43 جنيه مصري بعدما هبط في وقت سابق من الجلسة.") if r[0] == "meeting"] == []
    assert "meeting" in [r[0] for r in rows("وعقد مجلس النواب جلسة استثنائية أمس.")]


def test_a_summoning_verb_before_an_act_or_a_force_is_no_meeting():
    """«واستدعي الحرس الوطني» (troops called up) and «حل استدعى تدخل الملك» (an act required), from
    blind-set texts: no one is summoned to a meeting; the summons of an ambassador stays one (blind20)."""
    assert [r for r in rows("والجمعة أعلن حاكم كاليفورنيا أدموند براون حالة الطوارئ واستدعي الحرس الوطني مما"
                            " يؤكد حجم التهديد الذي تواجهه الولاية.") if r[0] == "meeting"] == []
    assert rows("أم أنها محاولة لتحريك المياه الراكدة والإسراع بإيجاد حل استدعى تدخل الملك شخصيا؟") == []
    got = rows("وقد استدعت الوزارة يوم 16 مايو الجاري السفير المصري بالخرطوم وأبلغت سفارته احتجاجاً رسمياً.")
    assert ("meeting", "السفير المصري") in [(r[0], r[2]) for r in got]


def test_the_summoner_before_a_summoning_verb_is_its_subject_the_person_after_it_summoned():
    """CNN Arabic and Al-Arabiya 2018 (blind26): «أن الملك عبدالله الثاني استدعى رئيس الوزراء هاني الملقي»
    and «وكانت الجزائر قد استدعت السفير المغربي»: the one after the verb is summoned, the goal («إلى
    الديوان الملكي») where it sits; a state right after it is its subject («استدعت أنقرة، الجمعة، القائم
    بالأعمال الهولندي»)."""
    got = rows("وذكرت وسائل إعلام محلية أن الملك عبدالله الثاني استدعى رئيس الوزراء هاني الملقي غدا إلى"
               " الديوان الملكي.")
    assert [(r[0], r[1], r[2], r[3]) for r in got] == [("meeting", "عبدالله الثاني", "هاني الملقي", "الديوان الملكي")]
    got = rows("وقال المتحدث محمود عفيفي إن الأمر مؤسف. وكانت الجزائر قد استدعت السفير المغربي الخميس للاعتراض"
               " على اتهامات المغرب بشأن الصحراء الغربية.")
    assert [(r[0], r[1]) for r in got] == [("meeting", "الجزائر")]
    assert [(r[0], r[1]) for r in rows("استدعت أنقرة، الجمعة، القائم بالأعمال الهولندي وعبرت له عن إدانتها.")] \
        == [("meeting", "أنقرة")]


def test_a_noun_of_summoning_and_a_forum_are_meetings():
    """CNN Arabic 2018 (blind10s): «قام … جون كيلي، باستدعاء نائب وزير الخارجية جون سوليفان» — the
    summoner before the noun, the one summoned after it; «في المنتدى الذي عقد في قصر الشعب في بكين»
    (blind26) a forum held; a right to summon or emergency teams called in are none."""
    got = rows("وقام كبير موظفي البيت الأبيض، جون كيلي، باستدعاء نائب وزير الخارجية جون سوليفان لإعلامه.")
    assert [(r[0], r[1]) for r in got] == [("meeting", "جون كيلي")]
    got = rows("تضامننا الكامل مع المملكة المتحدة، وأيضاً لاستدعاء سفير الاتحاد الأوروبي في روسيا إلى بروكسل"
               " للاستشارات.")  # the summons' goal is where it sits, not the envoy's post (blind8)
    assert [(r[0], r[3]) for r in got] == [("meeting", "بروكسل")]
    got = rows("وتابع شي أمام المشاركين في المنتدى الذي عقد في قصر الشعب في بكين أن القروض جزء من برنامج صيني.")
    assert [(r[0], r[3]) for r in got] == [("meeting", "قصر الشعب")]
    assert rows("ويمنح القانون الجديد رئيس البلاد الحق في استدعاء هؤلاء القادة للخدمة مدى الحياة.") == []
    assert rows("وفي مساء الثلاثاء، جرى استدعاء فرق الطوارئ للتعامل مع ثلاث حالات جرعات زائدة.") == []
    # the wide corpus (2015): a recall of cars and a service calling taxis summon no one
    assert rows("قررت مجموعة السيارات الهولندية فيات كرايسلر استدعاء 1,4 مليون سيارة في الولايات المتحدة"
                " لتحديث انظمتها المعلوماتية.") == []
    assert rows("أفادت تقارير إخبارية أمس أن خدمة «أوبر» لاستدعاء سيارات الأجرة عبر تطبيقات الإنترنت تعتزم"
                " استثمار مليار دولار في الهند.") == []


def test_a_past_verb_of_meeting_someone_carrying_its_object_is_a_meeting_an_adjective_none():
    """CNN Arabic 2018 (blind26): «وأن فريق تحقيقات المستشار الخاص قد قابله» is a meeting; «قابل» of
    «غير قابل للتفاوض» (negotiable) is no verb of meeting."""
    got = rows("وقال بومبيو إنه تعاون مع التحقيق الذي يجريه الكونغرس وأن فريق تحقيقات المستشار الخاص قد قابله،"
               " ورفض توفير التفاصيل.")
    assert [r[0] for r in got] == ["meeting"]
    assert rows("وقال الوزير إن الأمر غير قابل للتفاوض.") == []


def test_goods_or_boats_before_a_relative_pronoun_and_a_verb_of_going_are_no_journey():
    """Al-Yaum 2018 (blind26): «إن غالبية الروبيان الذي وصل السوق» (shrimp reach the market) and
    «من المراكب التي توجهت يوم الخميس الماضي لمختلف المصائد الموزعة في الخليج» (fishing boats):
    nobody travels; a delegation the relative clause describes still does."""
    assert rows("وقال المتعامل بسوق القطيف محمد المحيشي: إن غالبية الروبيان الذي وصل السوق يوم أمس الأول من"
                " الطرادات، مبينا ان الاسعار شهدت انخفاضا مع عودة نحو 5 % من المراكب التي توجهت يوم الخميس"
                " الماضي لمختلف المصائد الموزعة في الخليج.") == []
    assert ("arrival", "الرياض") in [(k, w) for k, *_, w in rows("وكان الوفد الذي وصل إلى الرياض قد التقى الملك.")]


def test_talks_offered_planned_or_open_to_are_none_held():
    """AFP via Al-Arabiya 2018 (blind26, blind4): «أنه منفتح على مفاوضات مع القادة الإيرانيين»،
    «قبل اقتراح بيونغ يانغ بإجراء محادثات مباشرة»: talks proposed, none held; talks held stay."""
    assert [r for r in rows("وكان ترامب أكد، الاثنين، أنه منفتح على مفاوضات مع القادة الإيرانيين \"في أي وقت\".")
            if r[0] == "meeting"] == []
    assert rows("فاجأ ترامب المجتمع الدولي الشهر الماضي حين قبل اقتراح بيونغ يانغ بإجراء محادثات مباشرة.") == []
    assert [r[0] for r in rows("وأجرى الوزير محادثات مع نظيره في الرياض.")] == ["meeting"]


def test_a_journey_to_a_village_no_name_follows_is_one_with_no_place():
    """Al-Arabiya 2015 (blind26): «توجه الى قرية قريبة من الحدود السعودية» — a journey (the gold
    keeps it) to a village that is no named place."""
    got = rows("كذلك، اعترف بانه توجه الى قرية قريبة من الحدود السعودية سعيا الى الحصول على حزام ناسف.")
    assert [(r[0], r[3]) for r in got] == [("trip", None)]


def test_an_event_denied_cancelled_or_refused_is_kept_with_certainty_denied():
    # entities rulebook section 3 (status denied), events addendum 3 and 8 — Reuters via Al-Arabiya
    # 2018 (blind9): cancelled talks; AFP 2018 (blind21): a cancelled summit; AFP 2018 (blind5): a
    # refusal of contact; Al-Arabiya 2018 (blind18): a denial of interference during a summit held
    def certainties(text):
        return [(r["kind"], r["certainty"]) for r in timeline.event_rows(text, P)]
    assert ("meeting", "denied") in certainties(
        'ذكرت وكالة "يونهاب" الكورية الجنوبية أن بيونغ يانغ ألغت محادثات رفيعة مع سيول، بسبب المناورات العسكرية.')
    assert ("summit", "denied") in certainties(
        "وكان ترامب وجه رسالة مفتوحة إلى الزعيم الكوري الشمالي الأسبوع الماضي، أعلن فيها إلغاء القمة غير المسبوقة "
        "بينهما في 12 حزيران/يونيو في سنغافورة.")
    assert ("meeting", "denied") in certainties(
        "يذكر أن الرئيس الفلسطيني محمود عباس يرفض إجراء أي اتصال مع إدارة الرئيس الأميركي دونالد ترامب.")
    got = certainties("وقال راي، الأربعاء، ردا على سؤال بشأن نفي بوتن لأي تدخل خلال قمة هلسنكي، الاثنين، مع ترامب.")
    assert got and all(c != "denied" for _, c in got)


def test_a_camp_at_home_or_with_no_place_is_no_visit():
    # events addendum 6 — Al-Yaum 2015 (blind21): a home camp; Al-Riyadh 2015 (blind26): the camp's
    # end with no place; Al-Yaum 2015 (blind24): a camp in a town the gazetteer does not know stays
    def visits(text):
        return [k for k, *_ in rows(text) if k == "visit"]
    assert visits("من جانب آخر اختتم الفريق الأول لكرة القدم أمس الأول معسكره الداخلي بمقر النادي.") == []
    assert visits("ومن المقرر أن يختتم الفريق الأحمر معسكره يوم الخميس المقبل، بعد أن استمر لمدة (16) يوما.") == []
    assert visits("وتعادل فريق التعاون لكرة القدم مع نظيره نيس الهولندي سلبيا خلال معسكره الحالي في هورست.") != []


def test_one_speakers_press_conference_with_min_after_it_is_no_meeting():
    # events addendum 1 — AFP 2018 (blind10): «من منصبه … لريال مدريد» names no co-holder
    got = rows('أعلن زين الدين زيدان الخميس خلال مؤتمر صحفي "مفاجئ" استقالته من منصبه كمدرب لريال مدريد.')
    assert [k for k, *_ in got if k == "meeting"] == []


def test_troops_summoned_migrants_arriving_and_a_threat_met_with_force_are_no_event():
    # Al-Arabiya 2018 (blind3): the government called up troops («استدعت الحكومة قوات مسلحة»);
    # AFP 2018 (blind10): migrants arriving in Europe; CNN Arabic 2018 (blind6): «سوف "يقابل بقوة"»
    def kinds(text):
        return [k for k, *_ in rows(text)]
    assert "meeting" not in kinds("واستدعت الحكومة قوات مسلحة وعربات مدرعة ليومين متواصلين في اسكتلندا.")
    assert "arrival" not in kinds("ويحظر القرار التوقيع على اتفاقيات بشأن إعادة قبول مهاجرين يصلون إلى أوروبا عن طريق بلغاريا.")
    assert "meeting" not in kinds('وجاءت تصريحات لافروف بعد قول الرئيس الأمريكي، دونالد ترامب، إن الهجوم سوف "يقابل بقوة"، '
                                  'وأشار إلى اتخاذ قرار عسكري خلال ساعات.')
    assert "meeting" in kinds("واستدعت وزارة الخارجية المصرية السفير السوداني في القاهرة.")


def test_attending_a_summit_already_reported_is_no_new_summit():
    # events addendum 9 and 12 — AFP 2018 (blind4 b04): «أن يكون أشرف غني موجودا في اليوم الثاني للقمة»
    text = ("وتعقد قمة حلف شمال الأطلسي في بروكسل يومي الأربعاء والخميس. ومن المقرر أن يكون الرئيس الأفغاني، "
            "أشرف غني، موجودا في اليوم الثاني للقمة.")
    assert [k for k, *_ in rows(text)].count("summit") == 1


def test_a_speech_or_testimony_before_a_body_is_a_meeting_with_it():
    """Events addendum, ruling 4: a named person's address or testimony before a parliament, council
    or committee is a meeting, who the speaker, with the body (dev3 b03, AFP 2018; blind4 b05, CNN
    2018); a speech with no body before it, or an appearance before a court, is none."""
    got = rows("وقال رامابوسا البالغ من العمر 65 عاما في كلمة القاها أمام البرلمان إنه مصمم على القضاء على الفساد.")
    assert ("meeting", "رامابوسا", "البرلمان", None) in got
    got = rows("يُلقي الرئيس الفلسطيني محمود عباس، اليوم الثلاثاء، خطاباً أمام مجلس الأمن في نيويورك للمرة الأولى.")
    assert got == [("meeting", "محمود عباس", "مجلس الأمن", "نيويورك")]  # AFP 2018 (blind5 b02)
    assert [r for r in rows("وقال الرئيس في كلمة بثها التلفزيون إن البلاد تمر بمرحلة صعبة.") if r[0] == "meeting"] == []
    assert [r for r in rows("واحتجز دون كفالة خلال مثوله أمام محكمة ابتدائية في بروكلين، وقال في كلمة أمام المحكمة إنه بريء.")
            if r[0] == "meeting"] == []


def test_the_time_an_event_is_the_first_since_is_not_its_date():
    """«للمرة الأولى منذ عام 2009» after a speech dated «اليوم الثلاثاء» (AFP 2018, blind5 b02), «أرفع
    مسؤول … يزور الولايات المتحدة منذ 18 عاما» (blind21 b13): the event is the first since then."""
    def dated(text):
        return [(r["kind"], r["time_text"]) for r in timeline.event_rows(text, dt.date(2018, 2, 20)) if r["kind"] != "announcement"]
    assert dated("يُلقي الرئيس الفلسطيني محمود عباس، اليوم الثلاثاء، خطاباً أمام مجلس الأمن في نيويورك للمرة "
                 "الأولى منذ عام 2009.") == [("meeting", "الثلاثاء")]
    assert dated("وسيقوم كيم يونغ شول كبير المفاوضين الكوريين الشماليين وأرفع مسؤول كوري شمالي يزور الولايات "
                 "المتحدة منذ 18 عاما، بتسليم الرسالة.") == [("visit", None)]


def test_the_return_of_refugees_as_a_policy_is_no_trip():
    """Undated returns and arrivals in a sentence about refugees or migrants (blind11 b01, blind15 b09,
    blind6 b10, AFP / Reuters 2018) are their return as a policy, no trip; a dated one stays."""
    for text in ("أعلن رئيس الحكومة اللبنانية سعد الحريري إن الحل النهائي للاجئين السوريين في لبنان هو عودتهم إلى بلدهم.",
                 "وتابع: \"أكدنا دوما أن عودة اللاجئين إلى سوريا أو إعادة تموضعهم في دولة ثالثة هما الحلان الوحيدان\".",
                 "وقال بوريسوف إن من الضروري إقامة هذه المراكز للتعامل مع المهاجرين قبل وصولهم إلى أوروبا."):
        assert [r for r in rows(text) if r[0] in ("trip", "arrival")] == [], text
    assert "trip" in [r[0] for r in rows("وأفادت وسائل إعلام بعودة مئات اللاجئين السوريين السبت من لبنان إلى سوريا.")]


def test_a_vehicle_travelling_with_no_one_aboard_is_no_visit():
    """Events addendum, ruling 7: a cargo plane or a car travels, nobody visits (AFP 2018, blind12 b10;
    Reuters 2015, blind19 b28); a plane with people aboard, or a leader's plane, carries travellers."""
    assert [r for r in rows("وصلت طائرة شحن إلى مطار السليمانية في إقليم كردستان العراق بعد ظهر الثلاثاء.")
            if r[0] in ("trip", "arrival")] == []
    assert [r for r in rows("وعثر على الشاب ميتا بعد وصول السيارة إلى ميناء المرية على متن عبارة.")
            if r[0] in ("trip", "arrival")] == []
    got = rows("وغادرت أيضا طائرة تابعة للخطوط الجوية العراقية إلى العاصمة الأردنية عمان وعلى متنها 39 مسافرا.")
    assert "trip" in [r[0] for r in got]


def test_a_meeting_to_be_held_is_planned_and_its_weekday_is_the_coming_one():
    """«ستعقد جولة جديدة من محادثات … يوم الاثنين» (Anadolu 2015, blind16 b22, published Saturday
    2015-08-08) and «لعقد لقاء» (blind19 b08): a meeting to be held, planned, on the coming weekday."""
    got = [(r["certainty"], r["value"]) for r in timeline.event_rows(
        "أعلنت الأمم المتحدة ، أنها ستعقد جولة جديدة من محادثات سلام ليبيا ، يوم الاثنين في جنيف.", dt.date(2015, 8, 8))
        if r["kind"] == "meeting"]
    assert got == [("planned", "2015-08-10")]
    got = [r["certainty"] for r in timeline.event_rows(
        "وقال إن المجلس قرر الاستجابة لدعوة رئيس مجلس النواب لعقد لقاء في المجلس.", dt.date(2018, 5, 31)) if r["kind"] == "meeting"]
    assert got == ["planned"]


def test_a_visit_verb_is_a_visit_though_what_it_visits_is_no_gazetteer_place():
    """«وزار رئيس الحكومة عددا من أحياء المدينة» (AFP 2015, blind11 b17), «وزار وزير الصحة الفلسطيني
    العائلة الفلسطينية في المستشفى» (blind20 b23): the verb's object is what is visited."""
    got = rows("وزار وزير الصحة الفلسطيني جواد عواد العائلة الفلسطينية في المستشفى دون ذكر تفاصيل عن حالتها الصحية.")
    assert [r[0] for r in got] == ["visit"]
    # a visit noun right before «لـ» and a site (Reuters 2015, blind7 b23; AFP 2018, blind12 b09)
    got = rows("وبث التلفزيون الكويتي الرسمي صورا لأمير الكويت صباح الأحمد الصباح في زيارة للمسجد الذي وقع فيه التفجير.")
    assert [r[0] for r in got] == ["visit"]
    assert rows("ويحمل جواز سفر قديما.") == []


def test_verb_forms_with_an_object_pronoun_and_the_dual_after_an_are_triggers():
    # blind23 b00 (Al Arabiya 2018), b07 (BBC 2018)
    got = rows("وأضاف والد الأطفال أنه وفي صباح اليوم الثاني لولادة الأطفال زارهم وزير الصحة بولاية #الخرطوم، "
               "وأمر بتركيب خمس حضانات جديدة.")
    assert got and got[0][:2] == ("visit", "وزير الصحة بولاية #الخرطوم")
    # a dual verb: both named before «أن», the first the subject
    assert rows("ويعتزم كيم وترامب أن يلتقيا في سنغافورة يوم 12 يونيو/حزيران.") == [
        ("meeting", "كيم", "ترامب", "سنغافورة")]


def test_the_actor_right_after_a_meeting_verb_with_ma_after_it_is_its_subject():
    # blind23 b06 (BBC 2018): not «قاعدتان روسيتان» before the verb, though the entity layer misses
    # the partner after «مع»
    got = rows("ويوجد في أرمينيا، إحدى جمهوريات الاتحاد السوفييتي السابق، قاعدتان روسيتان، وقد تحدث الرئيس "
               "بوتين مع الرئيس الأرميني ساركيسيان بالهاتف الأربعاء.")
    assert got and got[0][:2] == ("meeting", "بوتين")


@pytest.mark.parametrize("text", [
    # blind23 b14 (France24 2018): a ceremony (events addendum 5)
    "وقال نتانياهو لدبلوماسيين أجانب خلال حفل استقبال في القدس احتفالا بالذكرى السبعين لإعلان قيام إسرائيل.",
    # blind23 b14, blind16 b15, blind3 b04: offices, firms, calm move or come back, nobody travels
    "وأضاف أن أول عشر سفارات ستنتقل إلى القدس ستحظى بمعاملة تفضيلية.",
    "حيث تريد الاستفادة من الأماكن في مطار دبي الدولي التي ستخليها الشركات التي ستنتقل إلى المطار الجديد.",
    "وبدأ الهدوء يعود تدريجيا إلى المدينة، التي تعد معقل المعارضة.",
    # blind23 b09 (CNN 2018): aid arrives, nobody visits
    "وقال كونريكوس إن حركة حماس تهدد وصول المساعدات الإنسانية إلى القطاع.",
])
def test_ceremonies_and_things_that_move_or_arrive_are_no_events(text):
    assert [k for k, *_ in rows(text) if k != "announcement"] == []


@pytest.mark.parametrize("text, who", [
    # blind15 b18 (Asharq Al-Awsat 2015), blind12 b03 (BBC 2018), blind23 b26 (Al Watan 2015): a goal by its common noun
    ("وعندما وصلت قوات الإطفاء إلى مكان الحريق، كان الشارع معبئا بالكامل بدخان كثيف.", "قوات الإطفاء"),
    ("وقالت إن عددا قليلا من المقاتلين وأسرهم غادروا الغوطة الشرقية بالفعل ووصلوا إلى نقطة تفتيش خارجها.", None),
    ("حاولت الاتصال وقتها بأشخاص أعرفهم هناك ولم تفلح المحاولات وتوجهت بعد ذلك إلى الموقع لأجد التشديدات الأمنية.",
     None),
])
def test_a_verb_of_going_to_a_site_the_gazetteer_does_not_know_is_a_journey(text, who):
    got = [(k, w) for k, w, _, where in rows(text) if k in ("arrival", "trip") and where is None]
    assert got and got[-1][1] == who


def test_a_verb_of_going_to_a_level_is_still_no_journey():
    assert rows("ووصلت الأسعار إلى مستوى قياسي.") == []


def test_an_actor_a_relative_clause_describes_is_the_subject_of_its_verb():
    # blind10 b05: the one «مع» governs, described by «الذي سافر»
    got = rows("إلا أنها بقيت على صلة وصداقة قوية مع زوجها السابق الذي سافر إلى هونغ كونغ للبحث عنها.")
    assert got == [("trip", "زوجها السابق", None, "هونغ كونغ")]
    # not the subject of a noun in its clause (blind8 b02: «الذي رحب بوصولهم»)
    got = rows("والتقى معرجي في مأرب مع محافظ البيضاء صالح الرصاص، الذي رحب بوصولهم وانضمامهم إلى صف الوطن.")
    assert "arrival" not in [k for k, *_ in got]


@pytest.mark.parametrize("text", [
    # blind17 b07 (2018), blind2 b18, blind21 b13: an event pointed at, told elsewhere (events addendum 8)
    "وتعد هذه القمة التاريخية انجازا بعد سنوات من التوتر المطرد في شبه الجزيرة الكورية.",
    "وقال مسؤولون إن الكوريتين لم تتوصلا لأي اتفاق ملموس خلال تلك المحادثات.",
    "ويشكل جدول أعمال هذا اللقاء المحتمل الذي سيكون الأول بين رئيس أمريكي يمارس مهامه وزعيم كوري شمالي، محور هذه المفاوضات.",
])
def test_a_definite_event_noun_after_a_demonstrative_is_no_new_event(text):
    assert [k for k, *_ in rows(text) if k in ("meeting", "summit")] == []


def test_a_meeting_with_no_subject_and_one_party_named_before_it_is_held_by_that_party():
    # blind23 b06 (BBC 2018): the body a relative clause describes holds the session (events addendum 4)
    got = rows("ويتمتع الحزب بأغلبية في البرلمان، الذي من المقرر أن يعقد جلسة طارئة الثلاثاء لاختيار رئيس وزراء جديد.")
    assert [(k, w, x) for k, w, x, _ in got] == [("meeting", "البرلمان", None)]


@pytest.mark.parametrize("text, kind, who", [
    # France 24 (blind24, blind7 kind): an indefinite delegation noun with its nisba adjective
    ("وكشف أن هذه العلاقة بدأت عام 2016، تبعها \"زيارة وفد عسكري من حزب الله إلى تندوف\".", "visit", "وفد عسكري"),
    ("وقالت النيابة \"قامت بعثة أمنية من إدارة شرطة الإنتربول المصري بالتوجه إلى العاصمة القبرصية نيقوسيا\".",
     "trip", "بعثة أمنية"),
])
def test_an_indefinite_delegation_takes_its_nisba_adjective(text, kind, who):
    """«وفد عسكري»، «بعثة أمنية»: the adjective that agrees with an indefinite delegation noun is part of who."""
    assert [w for k, w, *_ in rows(text) if k == kind] == [who]


def test_a_state_recalling_its_own_envoys_and_a_summons_of_an_act_are_no_meeting():
    """AFP 2018 (blind25): «استدعت سفيريها … للتشاور» — Turkey recalls its own ambassadors, no one is
    received; «الذي استدعى إقدام البرلمان» (an act required); the Turkish consul summoned by the
    Israeli ministry stays a meeting."""
    assert [r for r in rows("كما استدعت تركيا الاثنين سفيريها في إسرائيل والولايات المتحدة للتشاور على خلفية أحداث غزة.")
            if r[0] == "meeting"] == []
    assert [r for r in rows("دعت النقابات للإضراب رفضا لمشروع القانون، الذي استدعى إقدام البرلمان على اتخاذ قرار"
                            " بعقد سلسلة حوارات موسعة لمناقشته.") if r[0] == "meeting"] == []
    got = rows("أعلنت وزارة الخارجية الإسرائيلية الثلاثاء في بيان أنها استدعت القنصل التركي العام.")
    assert "meeting" in [r[0] for r in got]


def test_an_arrival_to_office_of_amendments_or_asked_for_is_no_journey():
    """AFP 2018 (blind25): «وصول ميغيل دياز-كانيل (58 عاما) إلى سدة الرئاسة» (to office: a bracketed
    aside between), «وصول التعديلات إلى المجلس» (a bill), «طلبت منه "المغادرة إلى بلاده"» (a
    departure asked for, none told)."""
    def journeys(text):
        return [k for k, *_ in rows(text) if k in ("arrival", "visit", "trip")]
    assert journeys("اعتبر لويس ألماغرو أن وصول ميغيل دياز-كانيل (58 عاما) إلى سدة الرئاسة في كوبا هو انتقال غير شرعي.") == []
    assert journeys("وأكد رئيس المجلس أن وصول التعديلات إلى المجلس لا تعني استسلام المجلس للصيغة الحكومية.") == []
    assert journeys("أعلنت وزارة الخارجية الإسرائيلية أنها استدعت القنصل التركي العام وطلبت منه \"المغادرة إلى بلاده"
                    " لوقت ما من أجل التشاور\".") == []
    assert journeys("وصل الرئيس الكوبي ميغيل دياز-كانيل (58 عاما) إلى موسكو مساء الخميس.") != []


def test_visits_in_general_are_no_dated_visit():
    """The bundled sample article: «أبلغ الجانب الكوري الشمالي في السنوات الماضية عن زيارات قيادية»
    (visits in general, a vague time); indefinite plurals with a partner named stay (blind7: «انعقاد
    اجتماعات بين وزراء الخارجية والدفاع من مصر وروسيا في العاصمة الروسية موسكو»)."""
    got = rows("وقد أبلغ الجانب الكوري الشمالي في السنوات الماضية عن زيارات قيادية إلى المنطقة العسكرية.")
    assert [r for r in got if r[0] == "visit"] == []
    got = rows("وكان من المقرر أن يجري شكري الحوار بمناسبة انعقاد اجتماعات بين وزراء الخارجية والدفاع من مصر وروسيا"
               " في العاصمة الروسية موسكو الاثنين المقبل.")
    assert "meeting" in [r[0] for r in got]


def test_things_or_bodies_arriving_after_the_goal_and_what_was_reached_are_no_arrival():
    """CNN Arabic 2018 (blind5): «وصلت إلى الضفة الغربية المحتلة آلاف الطرود» (parcels, the subject after
    the goal); Al-Arabiya 2018 (blind13): «وصل إلى المستشفى الأندونيسي … شهيدان» (bodies, events addendum
    7); SaudiNewsNet 2015 (blind24): «سعادته بما وصل له الفريق من إعداد» (what the team reached). A
    passenger plane after the goal stays an arrival (blind17)."""
    def arrivals(text):
        return [k for k, *_ in rows(text) if k in ("arrival", "visit", "trip")]
    assert arrivals("وصلت إلى الضفة الغربية المحتلة آلاف الطرود، والرسائل، وحتى كرسي متحرك.") == []
    assert arrivals("وقالت وزارة الصحة إنه وصل إلى المستشفى الأندونيسي في شمال قطاع غزة شهيدان عبارة عن أشلاء.") == []
    assert arrivals("وفي نهاية اللقاء أكد جميل قاسم سعادته بما وصل له الفريق من إعداد.") == []
    assert arrivals("وصلت إلى إسرائيل، الخميس، أول طائرة ركاب تجارية تمر عبر أجواء المملكة.") == ["arrival"]

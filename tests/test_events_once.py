"""Ruling 8 of the events addendum (tests/gold/rulebooks/events_addendum.md): each visit or meeting
is told once, on its fullest mention; a later mention of it («خلال اجتماعه»، the same talks again)
is no new event, a denial of it stays its own, a tour is not its stops.  Texts from the gold sets'
articles (the ANT corpus and SaudiNewsNet)."""
from maqal import timeline


def _meetings(text, published):
    return [(r["text"], r["who"], r["with"]) for r in timeline.event_rows(text, published)
            if r["kind"] in ("meeting", "summit")]


def test_a_caption_of_a_meeting_is_no_second_meeting():
    """Al-Eqtisadiya 2015-08-09 (blind15 b22): the photo caption «خلال اجتماعه … في جدة» tells the
    meeting of the first sentence again."""
    text = ("ترأس نائب خادم الحرمين الشريفين الأمير محمد بن نايف بن عبدالعزيز وزير الداخلية في مكتبه في جدة، "
            "مساء أمس، اجتماعا مع قادة القطاعات الأمنية.\nونقل نائب خادم الحرمين الشريفين في بداية الاجتماع "
            "تعازي ومواساة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز لأسر أبناء الوطن. نائب الملك الأمير "
            "محمد بن نايف خلال اجتماعه مع قادة القطاعات الأمنية في جدة البارحة. «واس» وجرى خلال الاجتماع "
            "مناقشة آخر المستجدات الأمنية. نائب خادم الحرمين خلال اجتماعه أمس في مكتبه في جدة مع قادة "
            "القطاعات الأمنية.")
    assert [m[0] for m in _meetings(text, "2015-08-09")] == ["اجتماعا"]


def test_the_same_two_parties_talking_again_is_one_meeting():
    """France 24 2018-06-21 (blind14 b09): the lead's «مباحثات» of Merkel and King Abdullah in Amman
    and the body's «أجرت … ميركل الخميس محادثات مع العاهل الأردني» are one meeting, kept on the
    first (a tie of who, with, where and when)."""
    text = ("تصدرت عملية السلام في الشرق الأوسط جدول أعمال مباحثات المستشارة الألمانية أنغيلا ميركل والعاهل "
            "الأردني الملك عبد الله الثاني في عمان الخميس.\nأجرت المستشارة الألمانية أنغيلا ميركل الخميس "
            "محادثات مع العاهل الأردني الملك عبد الله الثاني في عمان، أكد خلالها الملك أن لا سلام في المنطقة.")
    got = [m for m in _meetings(text, "2018-06-21") if m[2] == "عبد الله الثاني"]
    assert [m[0] for m in got] == ["مباحثات"]


def test_a_denied_meeting_stays_its_own_event():
    """Al-Madina 2015-08-08 (blind7 b23): «نفيه أي لقاء بين سليماني وبوتين» is the Kremlin's denial
    of the meeting Fox News reported — another status from another source, not a re-mention."""
    text = ("وبحسب قناة فوكس نيوز أن سليماني وصل إلى موسكو يوم 24 يوليو تموز والتقى بالرئيس الروسي فلاديمير "
            "بوتين ووزير الدفاع الروسي سيرجي شويجو قبل أن يغادر روسيا بعد ذلك بثلاثة أيام. لكن وكالة الإعلام "
            "الروسية نقلت عن متحدث باسم الكرملين نفيه أي لقاء بين سليماني وبوتين.")
    assert [m[0] for m in _meetings(text, "2015-08-08")] == ["والتقى", "لقاء"]


def test_a_tour_and_its_first_stop_stay_two_events():
    """BBC Arabic 2018-04-28 (blind2 b04): the arrival in Riyadh and the tour it opens are two
    events, not one told twice; «وتأتي هذه الجولة» names no event of its own."""
    text = ("وصل وزير الخارجية الأمريكي مايك بومبيو إلى الرياض السبت في أولى محطات جولته التي تستغرق 3 أيام "
            "بالشرق الأوسط وتشمل إلى جانب العاصمة السعودية كل من القدس والعاصمة الأردنية عمان.\nوتأتي هذه "
            "الجولة وسط توقعات بقرارات وشيكة تتعلق بالاتفاق النووي الإيراني.")
    got = [(r["text"], r["where"]) for r in timeline.event_rows(text, "2018-04-28") if r["kind"] in ("visit", "arrival")]
    assert got == [("وصل", "الرياض"), ("جولته", "الشرق الأوسط")]


def test_a_bare_definite_mention_is_the_latest_event_of_its_class():
    """BBC Arabic 2018-04-26 (blind17 b07): «الجولة الثانية من المحادثات» and «وستختتم القمة» name
    no party and no place — the summit's talks the paragraph began with, told again."""
    text = ("وتبدأ المحادثات الرسمية بين الرئيسين في الساعة العاشرة والنصف بالتوقيت المحلي (01.30 غرينيتش)، في "
            "بيت السلام في بانمونجوم.\nوسيزرع الرئيسان في احتفال بعد الظهر شجرة صنوبر مستخدمين تربة ومياه مشتركة "
            "من البلدين في إشارة رمزية إلى \"السلام والازدهار\".\nوبعد غرس الشجرة، سيسير الزعيمان معا في "
            "بانمونجوم قبل أن يباشرا الجولة الثانية من المحادثات.\nوستختتم القمة بتوقيع الرئيسين على اتفاقية ثم "
            "يقرآن بيانا مشتركا.")
    assert [m[0] for m in _meetings(text, "2018-04-26")] == ["المحادثات"]


def test_a_definite_meeting_noun_lends_no_party_of_its_own():
    """Al-Eqtisadiya 2015-08-03 (blind9 b18): «وقال تساكالوتوس إن المباحثات جرت في مناخ ودي» tells
    again the talks of «أجرى … تساكالوتوس … أولى مباحثاته مع كبار ممثلي الجهات الدائنة»: a definite
    meeting noun with no partner nor place of its own is no new meeting (ruling 8), whatever subject
    its sentence would lend it; one with its own day stays («لم نحضر المفاوضات اليوم»)."""
    text = ("وقد أجرى إقليدس تساكالوتوس وزير المالية اليوناني أولى مباحثاته مع كبار ممثلي الجهات الدائنة "
            "المكلفين بوضع خطة مساعدات ثالثة لليونان، ومن بينهم ممثل صندوق النقد الدولي الذي قال إنه لن يسهم في "
            "هذه الخطة.\nوقال صندوق النقد إنه لن يشارك في هذه الخطة الثالثة قبل أن توافق أثينا على سلسلة إصلاحات "
            "كاملة.\nوقال تساكالوتوس إن المباحثات جرت في \"مناخ ودي، كان هناك اتفاق حول بعض المسائل\".")
    assert [m[0] for m in _meetings(text, "2015-08-03")] == ["مباحثاته"]


def test_a_definite_visit_noun_tells_the_visit_again():
    """Al-Riyadh 2015-08-09 (blind16 b21): «وقالت منظمة الصليب الأحمر في بيان قبيل الزيارة» tells again
    the visit of «بدأ رئيس اللجنة الدولية للصليب الأحمر السبت زيارة إلى اليمن»: a definite visit noun
    with no place nor partner of its own, once a visit is reported, is no new visit (ruling 8), and
    lends no traveller from its sentence's subject (the Red Cross)."""
    text = ("بدأ رئيس اللجنة الدولية للصليب الأحمر السبت زيارة إلى اليمن تستمر ثلاثة أيام لتقييم الوضع "
            "الإنساني المتدهور.\nوقالت منظمة الصليب الأحمر في بيان قبيل الزيارة إن زيارة ماور ستتمحور حول "
            "«الوضع الإنساني الصعب» في اليمن.")
    visits = [r["text"] for r in timeline.event_rows(text, "2015-08-09") if r["kind"] == "visit"]
    assert "الزيارة" not in visits and visits[0] == "زيارة"
    first = "بدأ رئيس اللجنة الدولية للصليب الأحمر السبت زيارة إلى اليمن."
    assert [r["text"] for r in timeline.event_rows(first + "\nوقالت المنظمة قبيل الزيارة إلى عدن إنها مهمة.",
                                                   "2015-08-09") if r["kind"] == "visit"].count("الزيارة") == 1


def _journeys(text, published):
    return [(r["text"], r["who"], r["where"]) for r in timeline.event_rows(text, published)
            if r["kind"] in ("visit", "trip", "arrival")]


def test_a_visit_noun_with_its_traveller_or_the_city_again_tells_the_arrival_again():
    """Al-Sharq al-Awsat 2015-08-02 (blind11 b17): «في زيارة هي الأولى للمدينة» (the city: Aden again)
    and «وتزامنا مع زيارة بحاح» (his name, no place) are Bahah's arrival in Aden told again."""
    text = ("وصل إلى مدينة عدن أمس خالد محفوظ بحاح نائب رئيس اليمن رئيس مجلس الوزراء، في زيارة هي الأولى "
            "للمدينة منذ تحريرها. وتزامنا مع زيارة بحاح، وصل مسؤولون آخرون من الحكومة اليمنية إلى عدن.")
    got = [j[0] for j in _journeys(text, "2015-08-02")]
    assert got[0] == "وصل" and "زيارة" not in got


def test_an_arrival_and_a_visit_noun_in_one_sentence_are_one_trip():
    """AFP 2018-03-10 (blind19 b15): «وصل ماكرون … إلى نيودلهي في زيارة تستغرق ثلاثة أيام»."""
    text = "وصل إيمانويل ماكرون وزوجته بريجيت مساء الجمعة إلى نيودلهي في زيارة تستغرق ثلاثة أيام."
    assert [j[0] for j in _journeys(text, "2018-03-10")] == ["وصل"]

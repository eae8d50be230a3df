"""maqal.entities: people, bodies and places with clean spans, titles, affiliations and
coreference, on real Arabic news sentences and articles."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import maqal
from maqal import paths
from maqal.entities import COLUMNS, entities, entity_rows
from maqal.records import ENTITIES
from maqal.textlayer import text_layer

GOLD_DEV = Path(__file__).parent / "gold" / "entities_dev.jsonl"

# Sentences in the house style of the outlets the issue names (ANT 2018, SaudiNewsNet 2015).
POMPEO = ("وقال وزير الخارجية الأمريكي مايك بومبيو الجمعة إن الرئيس المصري، عبد الفتاح السيسي، سيزور "
          "البيت الأبيض. وأضاف بومبيو أنه بحث مع نظيره القطري الأزمة. وقال الوزير إن الزيارة مهمة.")
QATAR_FIRST = "التقى وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني في واشنطن. " + POMPEO
BODIES = ("وقالت إيران إن العقوبات فشلت، فيما قال مسؤول كبير في الإدارة الأمريكية لرويترز إن الضغط سيستمر "
          "في إيران. ونقلت وكالة فارس عن مصدر مسؤول قوله إن الكرملين والإليزيه رحبا. وذكرت القناة العاشرة "
          "الإسرائيلية أن وزارة الخارجية الروسية أصدرت بيانا.")
# Sky News Arabia, 2 May 2018 (ANT corpus SK-internationalNews-1309-20180502), first sentences
KOREA = ("أعلنت الأمم المتحدة الثلاثاء، أن الرئيس الكوري الجنوبي مون جاي-إن طلب من الأمين العام للأمم المتحدة "
         "أنتونيو غوتيريش أن تتحقق المنظمة الدولية من الإغلاق المرتقب لموقع تجارب نووية في كوريا الشمالية.\n"
         "وبحسب فرانس برس، أوضح المتحدث باسم المنظمة الدولية ستيفان دوجاريك، أن مون طلب من غوتيريش خلال مكالمة "
         "هاتفية الاثنين أن تتحقق الأمم المتحدة من إغلاق الموقع الذي قال الزعيم الكوري الشمالي كيم جونغ-أون "
         "للرئيس الكوري الجنوبي إنه سيغلقه. وقال دوجاريك إن \"الرئيس طلب الدعم من الأمم المتحدة\".")


def _rows(text: str) -> list[dict]:
    return entity_rows(text_layer(text))


def _one(rows, mention: str) -> dict:
    found = [r for r in rows if r["mention"] == mention]
    assert found, f"no mention {mention!r} in {[r['mention'] for r in rows]}"
    return found[0]


def _all(rows, mention: str) -> list[dict]:
    return [r for r in rows if r["mention"] == mention]


# --------------------------------------------------------------------------- spans and titles
def test_a_person_span_is_the_name_with_title_and_affiliation_beside_it():
    rows = _rows(POMPEO)
    pompeo = _one(rows, "مايك بومبيو")
    assert (pompeo["kind"], pompeo["title"], pompeo["affiliation"]) == ("person", "وزير الخارجية", "الولايات المتحدة")
    sisi = _one(rows, "عبد الفتاح السيسي")  # the name after a comma is kept, the commas are not
    assert (sisi["title"], sisi["affiliation"]) == ("الرئيس", "مصر")
    assert not any("الجمعة" in r["mention"] or "سيزور" in r["mention"] for r in rows)


def test_spans_leave_out_clitics_and_only_the_first_lam_of_lil():
    rows = _rows(BODIES + " " + KOREA)
    assert _one(rows, "رويترز")["kind"] == "media"  # «لرويترز»
    un = [r for r in rows if r["name"] == "الأمم المتحدة"]
    assert "لأمم المتحدة" in {r["mention"] for r in un}  # «للأمم المتحدة»: only the first ل left out
    for r in rows:
        assert r["mention"][0] not in "و" or r["mention"].startswith(("وزارة", "وكالة")), r


def test_offsets_give_back_the_mention_exactly():
    for text in (POMPEO, BODIES, KOREA, paths.SAMPLE_ARTICLE.read_text(encoding="utf-8")):
        for r in _rows(text):
            assert text[r["start"]:r["end"]] == r["mention"]
            assert r["mention"] == r["mention"].strip()


# --------------------------------------------------------------------------- kinds
def test_bodies_that_speak_are_government_and_media():
    rows = _rows(BODIES)
    kinds = {r["mention"]: r["kind"] for r in rows}
    assert kinds["الكرملين"] == kinds["الإليزيه"] == kinds["وزارة الخارجية الروسية"] == "government"
    assert _one(rows, "وزارة الخارجية الروسية")["affiliation"] == "روسيا"
    assert _one(rows, "الإليزيه")["affiliation"] == "فرنسا"
    assert kinds["وكالة فارس"] == "media"
    assert _one(rows, "القناة العاشرة الإسرائيلية")["kind"] == "media"


def test_a_country_acting_is_government_and_one_where_things_happen_a_place():
    iran = _all(_rows(BODIES), "إيران")
    assert [r["kind"] for r in iran] == ["government", "place"]


# Wordings from the ANT and SaudiNewsNet gold sets: what the words before a country say about it.
@pytest.mark.parametrize("text, name, kind", [
    ("وقاتلت القوات المتمردين الحوثيين المدعومين من طهران في الحديدة.", "طهران", "government"),
    ("وقالت واشنطن إنها ستفرض عقوبات جديدة على روسيا بسبب الهجوم.", "روسيا", "government"),
    ("وأثار التصعيد العسكري غير المسبوق بين إسرائيل وإيران قلق المجتمع الدولي.", "إيران", "government"),
    ("ووقعت الاشتباكات على الحدود بين قطاع غزة وإسرائيل يوم الجمعة.", "إسرائيل", "place"),
    ("وتقع البلدة على الحدود مع تركيا منذ سنوات.", "تركيا", "place"),
    ("وتشن القوات هجوما ضد آخر جيب لداعش شرقي سوريا منذ أسابيع.", "سوريا", "place"),
    ("وقال المنظمون إن العداء شارك في سباق نصف الماراثون في #برلين اليوم الأحد.", "برلين", "place"),
    ("وقالت الوكالة إن الاجتماع عقد في العاصمة البريطانية لندن يوم الخميس.", "لندن", "place"),
    ("وأكد الوزير خلال زيارته لموسكو أن التعاون مستمر.", "موسكو", "place"),
    ("وقال إن الملك سيزور روسيا في الأيام المقبلة.", "روسيا", "place"),
    # what a place witnesses or suffers, and «وسط» (whose و is no conjunction) — blind sets 2018
    ("وقتل عشرة في محافظة البيضاء، وسط اليمن، في هجوم للحوثيين.", "اليمن", "place"),
    ("وشهد لبنان خلال التسع سنوات الماضية أزمات متتالية.", "لبنان", "place"),
    ("واتهمت موسكو واشنطن بالبحث عن ذريعة لضرب سوريا.", "سوريا", "place"),
    ("وأمضى المدة التي قضاها في سجون العراق دون محاكمة.", "العراق", "place"),
])
def test_the_words_before_a_country_say_whether_it_acts_or_is_a_place(text, name, kind):
    assert _one(_rows(text), name)["kind"] == kind


# Wordings of the blind sets (BBC Arabic, CNN Arabic, Al Arabiya 2018): a name between commas.
@pytest.mark.parametrize("text, name, title", [
    ("وقال مدير الوقاية بوزارة الصحة، جمال فورار، إن الحالات التي تأكدت محدودة.", "جمال فورار", "مدير الوقاية"),
    ("وطلب مستشار الأمن القومي الأمريكي، هيربرت ماكماستر، من الأجهزة الأمنية تزويده بتقارير.",
     "هيربرت ماكماستر", "مستشار الأمن القومي"),
    ("وقال والد إحدى الفتيات، كاتشالا بوكار، لـ CNN إنه تحدث إلى بعضهن.", "كاتشالا بوكار", ""),
])
def test_a_name_between_commas_is_a_person_with_the_title_before_it(text, name, title):
    row = _one(_rows(text), name)
    assert row["kind"] == "person" and row["title"] == title


def test_a_verb_or_a_pronoun_between_commas_is_no_name():
    rows = _rows("وقال إن لجنة تشكلت بين تركيا والولايات المتحدة، وبدأت مشاوراتها، الخميس، في واشنطن.")
    assert not [r for r in rows if r["kind"] == "person"]


def test_a_pronoun_ending_in_alif_is_no_given_name_before_a_rare_word():
    # blind15 (Korean summit): «وهما» reads as «وهم» + the accusative ا, but a pronoun opens no name
    rows = _rows("ولم يرد أي تسجيل للحديث الخاص بين كيم ومون وهما يتجولان لوحدهما على الحدود بين البلدين.")
    assert _one(rows, "مون")["kind"] == "person"
    assert not [r for r in rows if "وهما" in r["mention"] or "يتجولان" in r["mention"]]


def test_a_title_in_construct_after_a_name_ends_it():
    # blind15: «محامي» is «المحامي» without the article, the title of another person's lawyer
    rows = _rows("وينتظر القاضي تقديم الطلب ما إن يقدم مايكل كوهين محامي ترمب رداً رسمياً على الدعوى.")
    assert _one(rows, "مايكل كوهين")["kind"] == "person"
    assert not [r for r in rows if "محامي" in r["mention"]]


def test_a_mined_name_with_a_noun_and_its_pronoun_is_no_name():
    # blind15: the mined list held «فور وصوله» as a person, which ran on from «خالد بن عبدالعزيز»
    rows = _rows("ويستقبل الأمير خالد بن سلطان والأمير خالد بن عبدالعزيز فور وصوله إلى الرياض غدا الأحد.")
    assert _one(rows, "خالد بن عبدالعزيز")["kind"] == "person"
    assert not [r for r in rows if "وصوله" in r["mention"]]


def test_anonymous_sources_keep_their_affiliation():
    rows = _rows(BODIES)
    senior = _one(rows, "مسؤول كبير في الإدارة الأمريكية")
    assert senior["anonymous"] and senior["kind"] == "person" and senior["affiliation"] == "الإدارة الأمريكية"
    assert _one(rows, "مصدر مسؤول")["anonymous"]
    assert _one(rows, "الإدارة الأمريكية")["kind"] == "government"  # the body inside is a mention too


# --------------------------------------------------------------------------- coreference
def test_a_surname_takes_the_full_names_entity_title_and_affiliation():
    rows = _rows(POMPEO)
    full, later = _one(rows, "مايك بومبيو"), _all(rows, "بومبيو")[0]
    assert later["entity"] == full["entity"] and later["name"] == "مايك بومبيو"
    assert (later["title"], later["affiliation"]) == ("وزير الخارجية", "الولايات المتحدة")


def test_a_surname_behind_a_clitic_is_a_later_mention_of_the_full_name():
    # Asharq Al-Awsat (SaudiNewsNet, 2015-07-21): «لهادي» after «عبد ربه منصور هادي» — a surname is
    # looked for behind و/ف, ب/ك/ل too (link.surname_mentions)
    rows = _rows("أكدت المقاومة الشعبية الموالية لحكومة الرئيس اليمني عبد ربه منصور هادي أمس الاثنين أنها "
                 "بسطت سيطرتها على الجزء الأكبر من حي التواهي آخر معقل للحوثيين في عدن، كبرى مدن الجنوب اليمني. "
                 "وأكد هذا الناطق باسم القوات الموالية لهادي أن المتمردين ما زالوا ينتشرون على أسطح مبان في الحي.")
    full, later = _one(rows, "عبد ربه منصور هادي"), _one(rows, "هادي")
    assert later["entity"] == full["entity"] and later["name"] == "عبد ربه منصور هادي"


def test_a_body_named_again_without_its_head_is_the_same_body():
    # Al-Ahram via ANT (blind16): «فريق إنبي» … «عن إنبي» … «مواجهة إنبي»; and Alarabiya (blind18)
    # «لشركة "بيزك"» … «موقعي "بيزك"»: a rare name after a head (``short_name_head``) names the body alone too
    rows = _rows("يستضيف الأهلي وصيف البطولة في الموسم الحالي فريق إنبي مساء اليوم في ختام مشوار الفريقين "
                 "بالبطولة. في حين احتل الأهلي المركز الثاني برصيد 78 نقطة وبفارق تسع نقاط عن إنبي صاحب "
                 "المركز الثالث.")
    full, later = _one(rows, "فريق إنبي"), _one(rows, "إنبي")
    assert later["entity"] == full["entity"] and later["kind"] == full["kind"]
    rows = _rows("واعتقل اثنان من المقربين لنتنياهو للاشتباه في تقديمهما تسهيلات لشركة \"بيزك\" للاتصالات "
                 "بملايين الدولارات مقابل تغطية داعمة لرئيس الوزراء وأسرته من خلال موقعي \"بيزك\" و \"واللا\".")
    assert _one(rows, "بيزك")["entity"] == _one(rows, "شركة \"بيزك\"")["entity"]


def test_a_common_word_after_a_body_head_is_no_short_name_of_it():
    # blind5: «مركز تسوية منازعات الاستثمار» … «لتسوية المنازعات»: a noun of the feminine ending is no
    # body's name alone
    rows = _rows("وفقا لقواعد مركز تسوية منازعات الاستثمار بواشنطن. وينص على التحكيم التجاري الدولي لتسوية "
                 "المنازعات المتعلقة بالاستثمار.")
    assert not _all(rows, "تسوية")


def test_a_strait_a_cave_and_an_agency_named_again_by_their_definite_head():
    # BBC (blind19): «مضيق هرمز» … «بإغلاق المضيق»; Okaz (blind11) «جهاز الشرطة الخليجية» … «يولون الجهاز»
    rows = _rows("ولم تهدد إيران بإغلاق باب المندب لكنها قالت إنها ستغلق مضيق هرمز في الخليج العربي. وقال "
                 "الحوثيون، الذين هددوا في السابق بإغلاق المضيق، إنهم يملكون القدرة على ضرب موانئ سعودية.")
    assert _one(rows, "المضيق")["entity"] == _one(rows, "مضيق هرمز")["entity"]
    rows = _rows("أكد الزياني حرص الأمانة واستعدادها الدائم لتقديم كامل الدعم لجهاز الشرطة الخليجية وتعزيز دوره. "
                 "وأكد الأمين العام أن وزراء الداخلية يولون الجهاز اهتماما كبيرا.")
    assert _one(rows, "الجهاز")["entity"] == _one(rows, "جهاز الشرطة الخليجية")["entity"]


def test_an_agent_noun_alone_is_the_person_the_story_is_about():
    # Alarabiya (blind18): «الجاسوس» after «الجاسوس الروسي السابق، سيرغي سكريبال»; and the Saudi interior
    # ministry's notices (blind8): «الجاني المذكور» («المذكور» a modifier of the title) is the man named before
    rows = _rows("وقالت إن الجاسوس الروسي السابق، سيرغي سكريبال، الكولونيل السابق في المخابرات الروسية، تعرض "
                 "لتسميم بنوع من غاز الأعصاب تنتجه روسيا. وذكرت الشرطة أن الجاسوس وابنته لا يزالان في حالة حرجة.")
    assert _one(rows, "الجاسوس")["entity"] == _one(rows, "سيرغي سكريبال")["entity"]
    rows = _rows("حكم القتل قصاصاً بالجاني مقرب بن سعد بن علي الثنيان - سعودي الجنسية - أمس. وقد تمكنت سلطات "
                 "الأمن من القبض على الجاني المذكور وأسفر التحقيق معه عن توجيه الاتهام إليه.")
    assert _one(rows, "الجاني المذكور")["entity"] == _one(rows, "مقرب بن سعد بن علي الثنيان")["entity"]


def test_a_foreign_name_ending_in_alif_after_a_relative_is_the_name():
    # Alarabiya (blind18): «وابنته يوليا» — «يوليا» ends as an adverb of «يولي» would, but the reference
    # corpus never writes it: no accusative, the daughter's name; later «يوليا» alone is her
    rows = _rows("تعرض العميل الروسي المزدوج السابق سيرغي سكريبال وابنته يوليا في الرابع من مارس. وتعافت "
                 "يوليا، 33 عاما، بشكل جيد.")
    names = _all(rows, "يوليا")
    assert len(names) == 2 and names[0]["kind"] == "person" and names[0]["entity"] == names[1]["entity"]
    assert names[0]["entity"] != _one(rows, "سيرغي سكريبال")["entity"]


def test_a_deputy_or_coach_with_his_pronoun_is_someone_of_their_own():
    # Sabq (blind2): «وسمو نائبه» after the king; AFP via blind11 «مع مدربهم» after the boys
    rows = _rows("ورفع التعازي لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، وسمو نائبه، وسمو ولي ولي العهد.")
    deputy = _one(rows, "نائبه")
    assert deputy["kind"] == "person" and deputy["entity"] != _one(rows, "سلمان بن عبدالعزيز آل سعود")["entity"]
    rows = _rows("وتتواصل عملية مساعدة الأطفال العالقين مع مدربهم في كهف شمالي البلاد.")
    assert _one(rows, "مدربهم")["kind"] == "person"


def test_a_persons_name_inside_a_body_named_by_it_is_a_mention_of_the_person():
    # Alarabiya (blind11): «بحسب بيان لمكتب الحريري» after «سعد الحريري»; Reuters via blind8 «مكتب الصدر»
    # (``person_body``): the office is a body and «الحريري» in it the man
    rows = _rows("وقال رئيس الوزراء اللبناني سعد الحريري إن بلاده تأمل بعودة اللاجئين، بحسب بيان لمكتب الحريري.")
    assert _one(rows, "مكتب الحريري")["kind"] == "government"
    assert _one(rows, "الحريري")["entity"] == _one(rows, "سعد الحريري")["entity"]


def test_title_only_mentions_link_to_the_right_person():
    rows = _rows(QATAR_FIRST)
    qatari = _one(rows, "محمد بن عبد الرحمن آل ثاني")
    assert _one(rows, "نظيره القطري")["entity"] == qatari["entity"]  # by affiliation
    assert _one(rows, "الوزير")["entity"] == _one(rows, "بومبيو")["entity"]  # the latest named minister


def test_a_title_before_a_place_and_a_name_introduces_that_name():
    rows = _rows("أعلن المتحدث باسم قوات التحالف في اليمن، العقيد الركن تركي المالكي، رصد صاروخ. "
                 "وأوضح المتحدث أن الصاروخ سقط. وأعلن الملحق الثقافي في أستراليا الدكتور عبدالعزيز بن طالب "
                 "عن مسابقة. وأكد الملحق الثقافي أن المسابقة مفتوحة.")
    spokesman = _one(rows, "تركي المالكي")["entity"]
    assert [r["entity"] for r in _all(rows, "المتحدث")] == [spokesman]
    attache = _one(rows, "عبدالعزيز بن طالب")["entity"]
    assert {r["entity"] for r in _all(rows, "الملحق الثقافي")} == {attache}


def test_a_given_name_that_is_a_nationality_before_bin_is_the_name():
    """«تركي» before «بن» is the prince's given name, not «Turkish»: no Turkish affiliation."""
    rows = _rows("وأكد رئيس مدينة الملك عبدالعزيز للعلوم والتقنية سمو الأمير د. تركي بن سعود أن المشروع "
                 "اكتمل. وقال مسؤول تركي إن الوفد وصل.")
    prince = _one(rows, "تركي بن سعود")
    assert prince["kind"] == "person" and not prince["affiliation"]
    assert _one(rows, "مسؤول تركي")["affiliation"] == "تركيا"  # an adjective after an indefinite noun still is


def test_a_title_only_mention_with_no_name_is_what_the_same_title_later_refers_to():
    rows = _rows("أعلن المتحدث العسكري باسم القوات المسلحة، الأربعاء، عن القضاء على ناصر أبوزقول. "
                 "وقال المتحدث إن العملية مستمرة.")
    assert _one(rows, "المتحدث")["entity"] == _one(rows, "المتحدث العسكري باسم القوات المسلحة")["entity"]
    assert _one(rows, "المتحدث")["entity"] != _one(rows, "ناصر أبوزقول")["entity"]


def test_a_body_named_with_and_without_its_head_noun_is_one_entity():
    rows = _rows("وأعلنت وزارة الخارجية السودانية أن الخارجية السودانية استدعت السفير. وقالت قوات التحالف "
                 "إن التحالف قصف مواقع.")
    assert _one(rows, "وزارة الخارجية السودانية")["entity"] == _one(rows, "الخارجية السودانية")["entity"]
    assert _one(rows, "قوات التحالف")["entity"] == _one(rows, "التحالف")["entity"]


def test_the_team_and_the_club_alone_are_the_club_the_report_is_about():
    rows = _rows("أكد مدرب الهلال أن اللاعبين جاهزون لمباراة الدوري. وقال إن الفريق لعب جيدا وإن جماهير "
                 "النادي سعيدة، بعد أن فاز الهلال على النصر.")
    club = _one(rows, "الهلال")["entity"]
    assert _one(rows, "الفريق")["entity"] == club
    assert _one(rows, "النادي")["entity"] == club


def test_the_kingdom_is_the_latest_kingdom_named_not_the_latest_state():
    rows = _rows("وزار العاهل الأردني مصر، وقال إن الأردن يرحب بالاتفاق مع مصر وإن المملكة ستدعمه.")
    assert _one(rows, "المملكة")["entity"] == _one(rows, "الأردن")["entity"]


def test_the_country_alone_is_the_state_the_text_names_most_before_it():
    rows = _rows("قالت الحكومة اليمنية إن اليمن يواجه أزمة، وإن اليمن بحاجة إلى دعم السعودية. "
                 "وتسيطر الميليشيات على مناطق واسعة في البلاد.")
    assert _one(rows, "البلاد")["entity"] == _all(rows, "اليمن")[0]["entity"]


def test_a_people_named_by_its_nationality_plural_is_its_state():
    rows = _rows("شنت الولايات المتحدة وفرنسا ضربات على سوريا. وقال مسؤول إن الأمريكيين أبلغوا موسكو مسبقا.")
    assert _one(rows, "الأمريكيين")["entity"] == _one(rows, "الولايات المتحدة")["entity"]


def test_a_group_noun_alone_is_the_group_named_before_it():
    rows = _rows("شنت مقاتلات التحالف غارات على مواقع الحوثيين في صعدة، وأسفرت عن قتلى في صفوف المتمردين.")
    assert _one(rows, "المتمردين")["entity"] == _one(rows, "الحوثيين")["entity"]


def test_korean_names_hyphens_and_later_mentions_are_one_entity():
    rows = _rows(KOREA)
    moon = _one(rows, "مون جاي-إن")
    assert _one(rows, "مون")["entity"] == moon["entity"]
    assert [r["entity"] for r in _all(rows, "لرئيس الكوري الجنوبي")] == [moon["entity"]]
    assert _one(rows, "الرئيس")["entity"] == moon["entity"]
    assert _one(rows, "ستيفان دوجاريك")["entity"] == _one(rows, "دوجاريك")["entity"]
    assert _one(rows, "ستيفان دوجاريك")["title"] == "المتحدث باسم"
    assert _one(rows, "كيم جونغ-أون")["affiliation"] == "كوريا الشمالية"
    assert len({r["entity"] for r in rows if r["name"] == "الأمم المتحدة"}) == 1  # also «المنظمة الدولية»


# --------------------------------------------------------------------------- data, API, pipeline
def test_vocabulary_is_read_from_the_lexicon_files(edit_lexicon):
    text = "وقالت صحيفة الأفق البعيد إن المفاوضات مستمرة، بحسب ما نقلت الزهرة الزرقاء."
    assert not any(r["mention"] == "الزهرة الزرقاء" for r in _rows(text))
    edit_lexicon("entity_names.tsv", "الزهرة الزرقاء\tmedia\tقطر")
    row = _one(_rows(text), "الزهرة الزرقاء")
    assert (row["kind"], row["affiliation"]) == ("media", "قطر")
    edit_lexicon("entity_titles.tsv", "كبير المفاوضين\ttitle")
    assert _one(_rows("وقال كبير المفاوضين صائب عريقات إن الجولة انتهت."), "صائب عريقات")["title"] == "كبير المفاوضين"


def test_mined_names_ship_with_attribution():
    from maqal.entities import vocabulary

    header = "\n".join(vocabulary.read_mined_header())
    assert "SaudiNewsNet" in header and "ANT" in header and "mine_entities.py" in header
    names = {n for n, kind, _ in vocabulary.mined_names() if kind == "person"}
    assert {"دونالد ترامب", "مايك بومبيو", "جون كيري"} <= names
    assert len(names) > 500


def test_nationalities_come_from_cldr_and_the_project_file():
    from maqal.entities import vocabulary
    from maqal.lexicons import key

    nat = vocabulary.nationalities()
    assert nat[key("الفرنسي")] == "فرنسا" and nat[key("البرازيلية")] == "البرازيل"  # derived from CLDR
    assert nat[key("الأميركية")] == "الولايات المتحدة"  # the project file
    # a form the reference list holds rarely is a nationality when another form of it is frequent
    assert nat[key("البولندية")] == nat[key("البولندي")] == "بولندا"


def test_a_rare_form_of_a_nationality_qualifies_a_state_body():
    """«عدلت الحكومة البولندية المحافظة، الأربعاء، قانوناً» (Al Arabiya, blind24): «البولندية» is rare in
    the reference list, «البولندي» is not; the government is Poland's, one entity with «بولندا»."""
    rows = _rows("عدلت الحكومة البولندية المحافظة، الأربعاء، قانوناً مثيرا للجدل. وقالت بولندا إن القانون لن يتغير.")
    government = _one(rows, "الحكومة البولندية")  # the adjective «المحافظة» is no part of the name
    assert government["affiliation"] == "بولندا" and government["entity"] == _one(rows, "بولندا")["entity"]


def test_a_given_name_that_is_a_common_word_continues_a_list_of_names():
    """Al-Sharq Al-Awsat via SaudiNewsNet (blind8): «خالد»، «جمعان»، «مصعب» are listed given names that
    are also common words; inside a list of people, item closed by a comma, «و» or the sentence's end,
    they open the next name as after a title."""
    rows = _rows("حيث دخل النصر المباراة بتشكيلة مكونة من حسين شيعان، وخالد الغامدي، ومحمد حسين، وعمر هوساوي.")
    assert _one(rows, "خالد الغامدي")["kind"] == "person"
    rows = _rows("وفي الشوط الثاني أجرى داسيلفا عدة تبديلات في صفوف النصر بدخول متعب شراحيلي وحسين عبد الغني "
                 "ومحمد عيد وعبد الله موسى وعبد الرحمن الشمري وأيمن فتيني وجمعان الدوسري ومصعب العتيبي.")
    assert {"جمعان الدوسري", "مصعب العتيبي"} <= {r["mention"] for r in rows if r["kind"] == "person"}


def test_the_prosecution_alone_is_a_body_and_on_behalf_of_none():
    """«النيابة» alone (BBC Arabic, blind24: «إن النيابة وجهت له تهمتي نشر أخبار كاذبة») is the prosecution,
    a standing body of the state; «بالنيابة عن العائلة» is «on behalf of», no body."""
    rows = _rows("وقالت رولا أبوزيد على صفحتها بموقع فيسبوك، إن النيابة وجهت له تهمتي نشر أخبار كاذبة. "
                 "غير أنه لم يصدر عن النيابة ما يشير إلى التهم الموجهة للمدون.")
    found = _all(rows, "النيابة")
    assert len(found) == 2 and found[0]["kind"] == "government" and found[0]["entity"] == found[1]["entity"]
    assert not _all(_rows("إذ قال شخص بالنيابة عن العائلة إن الخبر أتى صادما."), "النيابة")


@pytest.mark.parametrize("text, outlet", [
    # SaudiNewsNet datelines (blind10, blind13) and a quoted outlet a source speaks to (blind24 kind)
    ("سبق- الإحساء: أعلنت عمادة شؤون أعضاء هيئة التدريس بجامعة الملك فيصل عن حاجتها لسعوديين.", "سبق"),
    ("عين اليوم – بكين قالت وكالة أنباء الصين الجديدة (شينخوا) اليوم الاثنين إن بكين ستفرض قيودا.", "عين اليوم"),
    ("باكستان تتهم الهند بانتهاك وقف إطلاق النار بإقليم البنجاب البنجاب - «الشرق الأوسط»: قالت مصادر "
     "بالقوات شبه العسكرية الباكستانية أمس السبت.", "الشرق الأوسط"),
    ("وقالت المصادر لـ»المدينة»: إن طائرة عمانية نقلت الجرحى.", "المدينة"),
])
def test_an_outlet_named_in_its_dateline_or_in_quotes_is_the_outlet(text, outlet):
    """An outlet of labels/outlets.tsv set off by a dash in the dateline, or in quotes, is a media
    mention (the city «المدينة», the region «الشرق الأوسط» otherwise); «الرياض - واس» stays Riyadh."""
    assert _one(_rows(text), outlet)["kind"] == "media"
    riyadh = _one(_rows("الرياض - واس: أعلنت وزارة الداخلية القبض على المتهمين."), "الرياض")
    assert riyadh["kind"] == "place"


def test_a_side_named_by_its_nationality_is_the_state_and_a_side_of_a_place_no_mention():
    """«الجانب الروسي» (BBC Arabic, blind24; blind7, blind17, blind20 in other words) is Russia: one entity
    with «روسيا»; «على الجانب التشادي من بحيرة تشاد» says where, and «الجانب الآخر» names no state."""
    rows = _rows("وقالت روسيا إنها مستعدة للتفاوض. ومن المتوقع أن يعقد اجتماع اليوم الأربعاء بين اللجنة المدنية "
                 "في مدينة دوما والجانب الروسي، للبحث في التوصل إلى اتفاق. وعلى الجانب الآخر رفض المسلحون.")
    side = _one(rows, "الجانب الروسي")
    assert side["kind"] == "government" and side["entity"] == _one(rows, "روسيا")["entity"]
    assert not _all(rows, "الجانب الآخر")
    rows = _rows("وشنت بوكو حرام هجوما كبيرا على الجانب التشادي من بحيرة تشاد.")
    assert not [r for r in rows if r["mention"].startswith("الجانب")]


def test_the_public_api_and_the_pipeline():
    art = maqal.load_article(paths.SAMPLE_ARTICLE)
    df = maqal.entities(art)
    assert list(df.columns) == COLUMNS == ENTITIES.names
    assert df.attrs["maqal_record"] == "entities"
    assert len(df) == len(entities(art.text)) == len(maqal.pipeline.run(art, ["entities"])["entities"])
    assert "entities" in maqal.analyze(art)
    kim = df[df["mention"] == "كيم جونغ أون"]
    assert len(kim) and kim["kind"].eq("person").all()
    assert df[df["name"] == "كيم جونغ أون"]["entity"].nunique() == 1


def test_an_empty_or_latin_text_has_no_entities():
    assert _rows("") == [] and _rows("Hello world.") == []


# --------------------------------------------------------------------------- real articles
def _gold():
    lines = [json.loads(x) for x in GOLD_DEV.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [r for r in lines if "meta" not in r]


@pytest.mark.corpus
def test_dev_gold_spans_and_links_hold_on_real_articles():
    if not paths.ANT_DIR.is_dir():
        pytest.skip(f"the ANT corpus is not at {paths.ANT_DIR} (set MAQAL_SHARED)")
    gold_n = exact = 0
    for rec in _gold():
        art = maqal.load_article(paths.ANT_DIR / rec["article"]["file"], select=rec["article"]["docno"])
        rows = entity_rows(text_layer(art))
        for r in rows:
            assert art.text[r["start"]:r["end"]] == r["mention"]
        spans = {(r["start"], r["end"], r["kind"]) for r in rows}
        for g in rec["entities"]:
            assert art.text[g["start"]:g["end"]] == g["text"]
            gold_n += 1
            exact += (g["start"], g["end"], g["kind"]) in spans
    # development set: a floor against regressions, not a result.  Its developer marked a title right
    # after a name («روكو كونتينتو ممثل اتحاد الشرطة») as a mention of its own, which the rulebook of
    # the blind sets does not (38 of 45 such rows unmarked there): from session 11 it is none, 2 fewer here.
    assert exact / gold_n >= 0.78


# A country acting is government, a country where something happens a place: one entity for both;
# a capital acting stands for its state (its entity), as a place it is a place of its own.
SYRIA = ("وأعلنت دمشق أن الدفاعات الجوية تصدت لصواريخ في ريف دمشق، واتهمت إسرائيل بالهجوم. "
         "وتقول إسرائيل إنها لن تسمح لإيران بترسيخ وجودها في سوريا، فيما قصفت سوريا مواقع في العاصمة دمشق.")


def test_country_and_capital_as_actor_are_government_of_one_state_entity():
    rows = _rows(SYRIA)
    kinds = [(r["mention"], r["kind"]) for r in rows if r["mention"] in ("دمشق", "إسرائيل", "إيران", "سوريا")]
    assert kinds == [("دمشق", "government"), ("دمشق", "place"), ("إسرائيل", "government"),
                     ("إسرائيل", "government"), ("إيران", "government"), ("سوريا", "place"),
                     ("سوريا", "government"), ("دمشق", "place")]
    syria = {r["entity"] for r in rows if r["mention"] == "سوريا"}
    assert len(syria) == 1 and rows[0]["entity"] in syria  # «أعلنت دمشق» is Syria's government
    assert rows[0]["entity"] != [r for r in rows if r["mention"] == "دمشق"][-1]["entity"]


def test_parties_are_organisations_and_armed_movements_groups():
    rows = _rows("وفاز حزب المؤتمر الوطني الأفريقي بالأغلبية، فيما دعا حزب الله اللبناني إلى الهدوء.")
    assert _one(rows, "حزب المؤتمر الوطني الأفريقي")["kind"] == "organisation"
    assert _one(rows, "حزب الله اللبناني")["kind"] == "group"


def test_a_definite_head_alone_is_the_body_named_before_it():
    rows = _rows("أعلنت وزارة الشؤون الإسلامية عن برنامج جديد، وقالت الوزارة إن البرنامج يشمل المساجد. "
                 "وفاز حزب المؤتمر الوطني الأفريقي، وانتخب الحزب رئيسا جديدا. وقالت الوزارة إنها سخرت جهودها.")
    ministry = _one(rows, "وزارة الشؤون الإسلامية")["entity"]
    said = [r for r in rows if r["mention"] == "الوزارة"]
    assert len(said) == 2 and {r["entity"] for r in said} == {ministry}
    assert _one(rows, "الحزب")["entity"] == _one(rows, "حزب المؤتمر الوطني الأفريقي")["entity"]
    assert all(r["kind"] == "government" for r in said)


def test_a_definite_head_with_nothing_before_it_is_no_mention():
    rows = _rows("وقال مسؤول إن الوزارة ستعلن النتائج قريبا وإن اللجنة تدرس الطلبات.")
    assert not [r for r in rows if r["mention"] in ("الوزارة", "اللجنة")]


@pytest.mark.parametrize("text, name", [
    ("وأبدى رئيس الشركة هشام مرسي تفاؤله بالنتائج المالية.", "هشام مرسي"),
    ("وزير الخارجية الإيراني محمد جواد ظريف يطير إلى موسكو الأسبوع المقبل.", "محمد جواد ظريف"),
    ("وقال إن الرئيس الأمريكي السابق باراك أوباما يرتكب خطأ كبيرا.", "باراك أوباما"),
])
def test_a_name_does_not_run_into_a_verb_or_a_possessed_noun(text, name):
    persons = [r for r in _rows(text) if r["kind"] == "person"]
    assert [r["mention"] for r in persons] == [name]
    assert persons[0]["title"]  # the title before the name is the person's, not a mention of its own


def test_a_listed_name_stops_before_a_blessing():
    rows = _rows("وبعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود ــ حفظه الله ــ برقية تهنئة.")
    assert "سلمان بن عبدالعزيز آل سعود" in [r["mention"] for r in rows]
    assert not [r for r in rows if "الله" in r["mention"]]


def test_a_title_of_address_is_left_out_of_a_title_only_mention():
    rows = _rows("ورفع معاليه الشكر إلى سمو ولي ولي العهد على دعمه، وقال الدكتور إن البرنامج ناجح.")
    # «الدكتور» alone names no one; «معاليه» («his excellency») is the person so addressed
    assert [r["mention"] for r in rows if r["kind"] == "person"] == ["معاليه", "ولي ولي العهد"]
    named = _one(_rows("وقال الدكتور عبدالله الربيعة إن المركز يعمل."), "عبدالله الربيعة")
    assert named["title"] == "الدكتور"


def test_a_family_nisba_after_a_title_belongs_to_the_name():
    rows = _rows("وأوضح الشيخ سعد بن عبدالعزيز العنزي أن الدورة تستمر أسبوعا، وقال الوزير السعودي إن الدعم مستمر.")
    assert _one(rows, "سعد بن عبدالعزيز العنزي")["title"] == "الشيخ"
    assert "السعودي" not in [r["mention"] for r in rows]


def test_an_administrative_unit_and_its_name_are_one_place():
    rows = _rows("وقع الحادث في بلدة عجلتون في قضاء كسروان، وتقع في مدينة كبيرة بمحافظة دهوك.")
    places = [r["mention"] for r in rows if r["kind"] == "place"]
    assert places == ["بلدة عجلتون", "قضاء كسروان", "محافظة دهوك"]


def test_a_unit_before_a_feminine_adjective_names_no_place():
    """«توجه الى قرية قريبة من الحدود» (blind26), «وانفجرت القنبلة قرب منطقة سكنية غرب كابول» (blind
    sets): an adjective describes the village or area, names none; a name that reads like one stays
    («بمنطقة عقبة طلان»، «في ميدان رابعة العدوية»، «في مقر قاعة ضيافة الأسرة»)."""
    places = lambda text: [r["mention"] for r in _rows(text) if r["kind"] == "place"]
    assert places("كذلك، اعترف بانه توجه الى قرية قريبة من الحدود السعودية.") == []
    assert places("وانفجرت القنبلة قرب منطقة سكنية غرب كابول.") == ["كابول"]
    assert places("واستهدفت تعزيزات للميليشيات بمنطقة عقبة طلان وهم في طريقهم.") == ["منطقة عقبة طلان"]
    assert places("وتجمعوا في ميدان رابعة العدوية بالقاهرة.") == ["ميدان رابعة العدوية", "القاهرة"]
    assert places("وأقيم الحفل في مقر قاعة ضيافة الأسرة الواقع قرب التقاطع.") == ["قاعة ضيافة الأسرة"]
    # the wide corpus (2015): a short name is no adjective
    assert places("وقعت الاشتباكات في منطقة حدة بصنعاء.")[:1] == ["منطقة حدة"]


def test_a_word_after_a_preposition_and_before_a_definite_nationality_adjective_is_a_city():
    """«في مباراته الودية الثالثة ضمن معسكره الإعدادي المقام في سالزبورج النمساوية» (Al-Riyadh, blind26)
    and «بطولة العالم للسباحة المقامة في قازان الروسية» (blind sets): an indefinite noun takes no
    definite adjective, a city's name does; a noun before a country's name does not («عاصمة السعودية»)."""
    places = lambda text: [r["mention"] for r in _rows(text) if r["kind"] == "place"]
    assert "سالزبورج" in places("في مباراته الودية الثالثة ضمن معسكره الإعدادي المقام في سالزبورج النمساوية ، افتتح العين"
                                " الإماراتي الأهداف.")
    assert places("وفاز ببطولة العالم للسباحة المقامة في قازان الروسية، وذلك بعدما أصبح بطلا.") == ["قازان"]
    assert places("ووصل الوفد إلى عاصمة السعودية أمس.") == ["السعودية"]


def test_a_known_body_name_ending_in_a_nationality_ends_the_body():
    """«وحذرت وزارة الخارجية الأميركية الرعايا الأميركيين من احتمال وقوع المزيد» (Al-Arabiya, blind26):
    the ministry's known name («الخارجية الأميركية») ends with its nationality; the citizens warned
    are no part of it, as with any other nationality («وزارة الخارجية البريطانية»)."""
    rows = _rows("وحذرت وزارة الخارجية الأميركية الرعايا الأميركيين من احتمال وقوع المزيد من الهجمات.")
    assert [r["mention"] for r in rows if r["kind"] == "government"] == ["وزارة الخارجية الأميركية"]
    rows = _rows("وحذرت وزارة الخارجية الأمريكية المواطنين من السفر.")
    assert [r["mention"] for r in rows if r["kind"] == "government"] == ["وزارة الخارجية الأمريكية"]


def test_a_front_is_named_by_its_place_and_a_place_by_its_name_alone():
    """AL-internationalNews-1333-20180526 (blind25) and 213-20180225: «جبهة»/«جبهات» stay outside the
    place, and so do an epithet («الاستراتيجي», «القريبة»), a direction and a verb after the name."""
    rows = _rows("تشهد جبهات الساحل الغربي لليمن معارك متواصلة. وتقدمت القوات في جبهة حرض شمال غربي محافظة حجة. "
                 "وتمكنت من تحرير جبل الإشارة الاستراتيجي والجبال المطلة على الطريق. وفي جبهة نهم القريبة من "
                 "العاصمة صنعاء لقي القيادي مصرعه. وقصفت الميليشيات في ميمنة جبهة نهم وأسفرت عن سقوط قتلى. "
                 "ودارت المعارك في محيط معسكر خالد بمديرية موزع غربي تعز، وعلى عدة جبهات جنوبي اليمن.")
    places = [r["mention"] for r in rows if r["kind"] == "place"]
    for place in ("الساحل الغربي", "حرض", "جبل الإشارة", "نهم", "مديرية موزع"):
        assert place in places
    assert not [p for p in places if p.startswith("جبه") or p.endswith(("الاستراتيجي", "القريبة", "وأسفرت", " تعز"))]
    assert len({r["entity"] for r in rows if r["mention"] == "نهم"}) == 1
    assert "الحوثيين" in [r["mention"] for r in _rows("وتهاوي جبهة الحوثيين في الوازعية غربي تعز.") if r["kind"] == "group"]


def test_places_listed_after_a_plural_unit_or_a_front_are_each_a_place():
    """AL-internationalNews-1333-20180526 (blind25): «قرى "المدب" و"الغرزة"» (the quotes in the span),
    «مديريات التحيتا وزبيد والجراحي»: the head outside, every listed name a place; a verb after the
    name ends the list («جبهة نهم وأسفرت»), and a front's unlisted place is one with its district."""
    rows = _rows("وحررت قوات الجيش أيضاً قرى \"المدب\" و\"الغرزة\" شرق حرض. وفر العشرات من جبهات القتال في "
                 "مديريات التحيتا وزبيد تاركين أسلحتهم. وقصفت في ميمنة جبهة نهم وأسفرت عن سقوط قتلى.")
    places = [r["mention"] for r in rows if r["kind"] == "place"]
    for place in ('"المدب"', '"الغرزة"', "حرض", "التحيتا", "زبيد", "نهم"):
        assert place in places
    assert not [p for p in places if "قرى" in p or "مديريات" in p or "أسفرت" in p]
    arhab = _rows("وتقدمت القوات في مديريات #أرحب شمال شرق صنعاء. وقال إن مديرية أرحب تشهد معارك.")
    assert _one(arhab, "أرحب")["entity"] == _one(arhab, "مديرية أرحب")["entity"]


def test_a_country_behind_li_right_after_a_place_is_the_land_that_place_is_of():
    """«تشهد جبهات الساحل الغربي لليمن» (blind25), «الغوطة الشرقية لدمشق» (France 24): a place, not the
    state; a country behind «لـ» after a verb and its object stays the actor it was."""
    rows = _rows("تشهد جبهات الساحل الغربي لليمن معارك متواصلة. وقتل العشرات في دوما في الغوطة الشرقية لدمشق.")
    assert _one(rows, "ليمن")["kind"] == "place" and _one(rows, "دمشق")["kind"] == "place"
    assert _one(_rows("وقدمت السعودية مساعدات لليمن."), "ليمن")["kind"] == "government"


def test_a_leader_named_after_the_group_adjective_is_the_full_name():
    """AL-internationalNews-1333-20180526 (blind25): «القيادي» is a role before a name, and a group's
    one-word name after it is its adjective (the affiliation, no group mention), the name whole."""
    rows = _rows("وأوضحت مصادر عسكرية أن القيادي الحوثي عبدالملك صالح حويس وعدداً من مرافقيه قتلوا. وفي جبهة "
                 "نهم القريبة من العاصمة صنعاء لقي القيادي الحوثي علي يحيى راشد المعافا مصرعه.")
    hawis = _one(rows, "عبدالملك صالح حويس")
    assert hawis["kind"] == "person" and hawis["title"].startswith("القيادي")
    assert _one(rows, "علي يحيى راشد المعافا")["kind"] == "person"
    assert "الحوثي" not in [r["mention"] for r in rows]
    assert _one(_rows("كما قتل القيادي محمد صالح الحربي في المواجهات."), "محمد صالح الحربي")["title"] == "القيادي"
    assert not [r for r in _rows("وقال إن القيادي في الحزب غادر.") if r["kind"] == "person"]  # a role alone names no one


def test_unnamed_press_sources_are_media_and_stay_anonymous():
    """AL-internationalNews-1333-20180526 (blind25) and a blind set's Merkel story: «مصادر إعلامية»,
    «المصادر الصحافية» are unnamed media (kind media, anonymous), and «المصادر» after them too."""
    rows = _rows("وفي جبهة الساحل الغربي جنوب محافظة الحديدة ذكرت مصادر إعلامية أن قوات مشتركة تقدمت. وأفادت "
                 "المصادر أن معظم العناصر فروا. وأوضحت المصادر الصحافية أن ميركل بحثت الأمر. وقال مصدر أمني إن "
                 "التحقيق مستمر.")
    for mention in ("مصادر إعلامية", "المصادر", "المصادر الصحافية"):
        row = _one(rows, mention)
        assert row["kind"] == "media" and row["anonymous"]
    assert _one(rows, "المصادر")["entity"] == _one(rows, "مصادر إعلامية")["entity"]
    assert _one(rows, "مصدر أمني")["kind"] == "person"
    assert "الصحافية" not in [r["mention"] for r in rows]


def test_the_state_and_its_authorities_are_one_entity_with_the_country():
    rows = _rows("واعتقلت السلطات التركية صحفية فرنسية في تركيا، وقالت أنقرة إن التحقيق مستمر. "
                 "ويسود البلاد توتر منذ الانتخابات.")
    turkey = _one(rows, "السلطات التركية")["entity"]
    assert {r["entity"] for r in rows if r["mention"] in ("تركيا", "أنقرة", "البلاد")} == {turkey}
    assert _one(rows, "أنقرة")["kind"] == "government"
    assert not [r for r in _rows("ويسود البلاد توتر منذ أسابيع.") if r["mention"] == "البلاد"]


@pytest.mark.parametrize("text, body", [
    ("وأعلنت وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد عن برنامج جديد.",
     "وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد"),
    ("وأوضحت وزارة الشؤون البلدية والقروية أن التسجيل بدأ.", "وزارة الشؤون البلدية والقروية"),
    ("وكان اتحاد الكرة اتخذ قرارا بإيقاف اللاعب.", "اتحاد الكرة"),
])
def test_a_body_name_takes_coordinated_words_and_stops_at_a_verb(text, body):
    assert [r["mention"] for r in _rows(text) if r["kind"] != "person"] == [body]


def test_a_rare_family_name_with_the_article_after_a_verb_and_roles_as_titles():
    rows = _rows("وأكد عدنان المعيبد أن اللجنة لم تتلق أي طلب، فيما قال المدعي العام إن القاضي رفض الطلب.")
    assert _one(rows, "عدنان المعيبد")["kind"] == "person"
    assert {"المدعي العام", "القاضي"} <= {r["mention"] for r in rows if r["kind"] == "person"}


def test_standing_bodies_and_the_kingdom_need_no_antecedent():
    rows = _rows("وصوت البرلمان على القانون، فيما نشرت قوات الجيش وحدات في المنطقة. "
                 "وأكد مدير الإدارة أن المملكة تدعم البرنامج، وأن الخدمة تشمل مدن المملكة.")
    assert {"البرلمان", "قوات الجيش"} <= {r["mention"] for r in rows if r["kind"] == "government"}
    kingdom = [r for r in rows if r["mention"] == "المملكة"]
    assert len(kingdom) == 2 and len({r["entity"] for r in kingdom}) == 1
    assert kingdom[0]["name"] == kingdom[1]["name"]


def test_generic_plurals_and_possessed_nouns_are_no_mentions():
    rows = _rows("ويرى خبراء أن الأزمة طويلة، وقال مراقبون إن الحل بعيد. وأبدى نظرته للأمور، "
                 "فيما قال مسؤولون أمريكيون إن المحادثات مستمرة.")
    assert [r["mention"] for r in rows] == ["مسؤولون أمريكيون"]
    assert rows[0]["anonymous"]


def test_sites_missions_and_communities_have_heads():
    rows = _rows("هاجم مسلحون فندق بيبلوس في سيفاري، وحاصرت القوات الفندق. وقالت بعثة الأمم المتحدة في مالي "
                 "إن التحالف الدولي يدعم الطائفة الإيزيدية.")
    kinds = {r["mention"]: r["kind"] for r in rows}
    assert kinds["فندق بيبلوس"] == "place" and kinds["بعثة الأمم المتحدة"] == "organisation"
    # a coalition of states is typed like an army (government): 19 of the 23 such gold mentions
    assert kinds["التحالف الدولي"] == "government" and kinds["الطائفة الإيزيدية"] == "group"
    assert _one(rows, "الفندق")["entity"] == _one(rows, "فندق بيبلوس")["entity"]


def test_a_spokesman_for_something_that_is_no_body_keeps_it_in_the_title():
    rows = _rows("وأوضح المتحدث باسم الانتخابات أن التصويت بدأ.")
    assert [r["mention"] for r in rows] == ["المتحدث باسم الانتخابات"]


def test_an_office_named_by_nothing_but_a_person_is_that_person():
    rows = _rows("وقال مكتب ترامب إن الرئيس الأمريكي سيلتقي ماكرون في باريس.")
    assert _one(rows, "ترامب")["kind"] == "person"
    assert _one(rows, "الرئيس الأمريكي")["entity"] == _one(rows, "ترامب")["entity"]


def test_the_regime_and_the_opposition():
    rows = _rows("وقصفت قوات النظام السوري مواقع المعارضة السورية، فيما قالت المعارضة إن القصف مستمر.")
    kinds = {r["mention"]: r["kind"] for r in rows}
    assert kinds.get("المعارضة السورية") == "group" and kinds.get("المعارضة") == "group"
    assert _one(rows, "المعارضة")["entity"] == _one(rows, "المعارضة السورية")["entity"]
    assert any(r["kind"] == "government" and "النظام" in r["mention"] for r in rows)


def test_a_name_after_lil_gets_its_article_back():
    """«للمخابرات الكورية الجنوبية»: the span leaves the clitic ل out and keeps the article's ل, so
    the name, which charts and claims show, is written «المخابرات …»."""
    from maqal.entities import entity_rows
    from maqal.textlayer import text_layer

    text = "وقال متحدث باسم الحكومة للمخابرات الكورية الجنوبية إن الاجتماع انتهى."
    rows = [r for r in entity_rows(text_layer(text)) if "مخابرات" in r["mention"]]
    assert rows and rows[0]["mention"].startswith("لمخابرات")
    assert rows[0]["name"].startswith("المخابرات")


def test_a_body_name_goes_on_with_what_it_serves_but_not_with_an_addressee():
    rows = _rows("وقال المرصد السوري لحقوق الإنسان إن قوات النظام تقدمت، وقالت وزارة الخارجية الروسية "
                 "للصحفيين إن الاجتماع انتهى.")
    assert _one(rows, "المرصد السوري لحقوق الإنسان")["kind"] == "organisation"
    assert _one(rows, "وزارة الخارجية الروسية")["kind"] == "government"
    assert not [r for r in rows if r["mention"] == "حقوق الإنسان"]  # a mined noun phrase is no person


def test_a_listed_surname_is_complete_and_a_state_named_with_its_form_is_the_state():
    rows = _rows("والتقى ترامب بوتين في هلسنكي. ورحبت مملكة البحرين بالقرار. وقالت البحرين إن القمة ناجحة.")
    assert "ترامب بوتين" not in {r["mention"] for r in rows}
    bahrain = [r for r in rows if r["mention"] in ("مملكة البحرين", "البحرين")]
    assert len(bahrain) == 2 and len({r["entity"] for r in bahrain}) == 1
    assert {r["kind"] for r in bahrain} == {"government"}


@pytest.mark.parametrize("text, bodies", [
    ("ممثلة في وكالة شؤون المساجد والدعوة والإرشاد ومعهد الأئمة والخطباء التابع للوكالة.",
     ["وكالة شؤون المساجد والدعوة والإرشاد", "معهد الأئمة والخطباء"]),
])
def test_a_body_name_ends_where_the_next_body_of_a_list_begins(text, bodies):
    assert [r["mention"] for r in _rows(text) if r["kind"] != "person"][:2] == bodies


@pytest.mark.parametrize("text, not_mentions", [
    ("وأعرب عن تعازيه لسمو ولي ولي العهد - حفظهم الله - في هذا المصاب، داعياً الله أن يتغمدهم برحمته.",
     {"حفظهم", "الله", "حفظهم الله"}),
    ("ونوه بيقظة رجال الأمن، وبدا أن أسواق الأسهم رحبت بتنحي زوما.", {"بيقظة", "بتنحي زوما"}),
    ("وأشاد بسمو ولي العهد وزير الداخلية، وجهودهم في محاربة الإرهاب.", {"وجهودهم"}),
    ("وأكد المتحدث الرسمي خلال اللقاء الصحفي أن المؤتمر الوطني الافريقي الحاكم فاز.", {"الصحفي", "الحاكم"}),
])
def test_blessings_objects_of_a_verb_and_adjectives_are_no_persons(text, not_mentions):
    assert not {r["mention"] for r in _rows(text)} & not_mentions


def test_states_islands_rivers_districts_and_prisons_are_places_with_their_names():
    rows = _rows("واعتقل في ولاية كاليفورنيا ونقل إلى سجن نفحة، وشوهد في جزيرة قبرص قرب نهر الدانوب وفي حي الفرسان "
                 "وفي فلسطين.")
    assert [r["mention"] for r in rows if r["kind"] == "place"] == [
        "ولاية كاليفورنيا", "سجن نفحة", "جزيرة قبرص", "نهر الدانوب", "حي الفرسان", "فلسطين"]


def test_forms_of_one_body_name_are_one_entity_and_two_countries_ministries_two():
    rows = _rows("وقالت وزارة الخارجية إن الوفد وصل. وأكدت وزارة الخارجية الروسية الخبر، فيما نفته وزارة الخارجية "
                 "الأمريكية. ونقلت وكالة الأناضول ثم وكالة أنباء الأناضول عن هيئة السياحة والتراث الوطني أن هيئة السياحة "
                 "ستعلن. وقال الرئيس عبد الفتاح السيسي إن عبدالفتاح السيسي يرحب.")
    entity = {r["mention"]: r["entity"] for r in rows}
    assert entity["وزارة الخارجية"] == entity["وزارة الخارجية الروسية"] != entity["وزارة الخارجية الأمريكية"]
    assert entity["وكالة الأناضول"] == entity["وكالة أنباء الأناضول"]
    assert entity["هيئة السياحة والتراث الوطني"] == entity["هيئة السياحة"]
    assert entity["عبد الفتاح السيسي"] == entity["عبدالفتاح السيسي"]


def test_a_body_named_after_a_king_or_prince_takes_the_name():
    rows = _rows("وأوضح المتحدث الرسمي لمركز الملك سلمان للإغاثة أن الطائرة وصلت، وتخرج من جامعة الملك سعود. "
                 "تصوير : عبد الملك سرور")
    kinds = {r["mention"]: r["kind"] for r in rows}
    assert kinds["مركز الملك سلمان للإغاثة"] == "organisation" and kinds["جامعة الملك سعود"] == "organisation"
    assert "الملك" not in kinds and "سلمان" not in kinds


def test_a_list_of_ranks_and_long_names_and_common_given_names_inside_a_name():
    rows = _rows("وأوضح أنهم كل من: 1 - العريف / أحمد موسى علي آل حسان الربعي. 2 - جندي متدرب/ عيد ماطر مبارك الشهراني. "
                 "وقال المهندس/ محمد الشهري إن الوزير محمد على علم بذلك.")
    persons = [(r["mention"], r["title"]) for r in rows if r["kind"] == "person"]
    assert persons[:3] == [("أحمد موسى علي آل حسان الربعي", "العريف"), ("عيد ماطر مبارك الشهراني", "جندي متدرب"),
                           ("محمد الشهري", "المهندس")]
    assert "محمد على" not in [p for p, _ in persons]


def test_a_unit_and_its_place_are_one_entity_but_a_site_is_not():
    rows = _rows("وقعت اشتباكات في مدينة عفرين السورية، وقال سكان في عفرين إن القصف مستمر. "
                 "وهبطت الطائرة في مطار عدن بعد أن غادرت عدن.")
    entity = {r["mention"]: r["entity"] for r in rows}
    assert entity["مدينة عفرين"] == entity["عفرين"]
    assert entity["مطار عدن"] != entity["عدن"]


def test_a_place_whose_name_is_a_common_word_needs_a_preposition():
    rows = _rows("ترك الرئيس منصبه بعد نوم عميق، ثم سافر إلى نوم في ألاسكا.")
    places = [r["mention"] for r in rows if r["kind"] == "place"]
    assert "ترك" not in places and places.count("نوم") == 1


def test_groups_by_common_name_and_peoples_standing_as_nouns():
    # Al Arabiya and CNN Arabic 2018 (blind4) wording: militias named by their common noun, a people by its plural
    rows = _rows("ونفذت الميليشيات الحوثية وفق شهود حملة. وكانت الميليشيات دفعت بقيادات، وقتل المسلحون ستة أشخاص. "
                 "وقال إن الفلسطينيين يشعرون بالخذلان، ونوقشت عملية السلام بين الإسرائيليين والفلسطينيين، "
                 "وقتل الجنود الإسرائيليين اثنين، ودعا الشعب الفلسطيني إلى الصبر.")
    groups = [r["mention"] for r in rows if r["kind"] == "group"]
    assert groups == ["الميليشيات الحوثية", "الميليشيات", "المسلحون", "الفلسطينيين", "الإسرائيليين",
                      "الفلسطينيين", "الشعب الفلسطيني"]
    militias = [r["entity"] for r in rows if r["mention"].startswith("الميليشيات")]
    assert len(set(militias)) == 1  # «الميليشيات» alone is the militia named before it


def test_quoted_names_adjectives_and_the_person_after_a_body():
    rows = _rows('قتل 45 عنصرا من تنظيم "الدولة الإسلامية" في غارات. وأهمية هزم تنظيم "داعش" في سوريا. '
                 "وصرح رئيس بلدية القائم أحمد المحلاوي لرويترز، وقال مصور عمل لدى الشرطة العسكرية السورية إن اللواء "
                 "جميل حسن أمر بذلك وإن صحيفة نيويورك تايمز الأمريكية أخطأت. ووصفت مذكرة توقيف حسن بأنها سابقة.")
    kinds = {r["mention"]: r["kind"] for r in rows}
    assert kinds['تنظيم "الدولة الإسلامية"'] == kinds['تنظيم "داعش"'] == "group"
    isis = [r["entity"] for r in rows if r["mention"].startswith("تنظيم")]
    assert len(set(isis)) == 1  # the quoted name is the known one
    assert kinds["بلدية القائم"] == "government" and kinds["أحمد المحلاوي"] == "person"
    assert kinds["الشرطة العسكرية السورية"] == "government"
    assert kinds["صحيفة نيويورك تايمز الأمريكية"] == "media"
    hassan = [r for r in rows if r["mention"] in ("جميل حسن", "حسن")]
    assert [r["mention"] for r in hassan] == ["جميل حسن", "حسن"] and len({r["entity"] for r in hassan}) == 1


def test_ranks_candidates_and_what_a_titles_portfolio_serves_lead_to_the_name():
    # Sky News Arabia 2018 and Asharq Al-Awsat 2015 wording (blind4, development)
    rows = _rows("وقال رئيس المجلس الأعلى للانتخابات، محمد جوفين، إن النتائج رسمية. وأعلن مرشح المعارضة الرئيسي، "
                 "محرم إنجه، أنه يقبل النتائج. وأضاف إنجه أن المعركة مستمرة. وقال الكولونيل دياران كونيه إن الرهائن أحرار.")
    titled = {r["mention"]: r["title"] for r in rows if r["kind"] == "person"}
    assert titled["محمد جوفين"] == "رئيس المجلس الأعلى للانتخابات"
    assert titled["محرم إنجه"] == titled["إنجه"] == "مرشح المعارضة الرئيسي"
    assert titled["دياران كونيه"] == "الكولونيل"


def test_a_title_only_mention_before_the_name_joins_the_person_named_later():
    rows = _rows("وأقر مرشح المعارضة الرئيسي بالنتائج غير الرسمية. وأعلن مرشح المعارضة الرئيسي، محرم إنجه، "
                 "أنه يقبل النتائج.")
    candidate = [r["entity"] for r in rows if r["kind"] == "person"]
    assert len(candidate) == 2 and len(set(candidate)) == 1, rows


def test_a_title_with_a_nationality_joins_the_person_the_text_names_right_after_it():
    # BBC Arabic 2018 (ANT BB-internationalNews-74-20180228, blind21; BB-internationalNews-76-20180301, blind4)
    rows = _rows("اتهم وزير الخارجية الروسي يوم الأربعاء الولايات المتحدة بتدريب جيوش أوروبية على استخدام الأسلحة "
                 "النووية ضد روسيا.\nوقال لافروف في كلمة القاها أمام مؤتمر للأمم المتحدة لنزع السلاح في جنيف. "
                 "ولكن المندوب الأمريكي روبرت وود استنكر ما طرحه الوزير الروسي.")
    entity = {r["mention"]: r["entity"] for r in rows if r["kind"] == "person"}
    assert entity["وزير الخارجية الروسي"] == entity["لافروف"] == entity["الوزير الروسي"] != entity["روبرت وود"]
    rows = _rows("أعلنت مديرة الاتصالات بالبيت الأبيض هوب هيكس، وهي من أقرب مساعدي الرئيس الأمريكي، استقالتها من "
                 "منصبها.\nوتعمل هيكس (29 عاما) منذ أعوام مع دونالد ترامب، إذ كانت موظفة في منظمة ترامب.")
    entity = {r["mention"]: r["entity"] for r in rows if r["kind"] == "person"}
    assert entity["الرئيس الأمريكي"] == entity["دونالد ترامب"] != entity["هيكس"]


def test_a_title_after_the_subject_of_a_verb_of_meeting_is_the_one_met():
    # France 24, 21 June 2018 (ANT FR-internationalNews-1954-20180621, blind14)
    rows = _rows("والتقت ميركل العاهل الأردني في قصر الحسينية (غرب عمان) وأدليا بتصريحات عقب مباحثات تركزت على "
                 "الأوضاع في الشرق الأوسط.")
    persons = {r["mention"]: r["entity"] for r in rows if r["kind"] == "person"}
    assert set(persons) == {"ميركل", "العاهل الأردني"} and persons["ميركل"] != persons["العاهل الأردني"]
    rows = _rows("وقال حسن جونين رئيس الجامعة إن الطلاب بخير.")  # after a reporting verb: the name's title
    assert [r["mention"] for r in rows] == ["حسن جونين"]


def test_a_head_before_a_word_of_rank_or_of_a_machine_names_no_body():
    # Al Riyadh, 8 Aug 2015 (blind17) and Al Weeam, 4 Aug 2015 (blind12)
    rows = _rows("فخلال اليوم الأول من السباق الإسباني، كان خنيصر يحتل المركز الثالث ولكن سيارته عانت من بعض المتاعب. "
                 "وسرقة حقيبته التي كانت تحتوي على 35 ألف دولار أمريكي وهاتفه النقال وجهاز لابتوب. "
                 "وأعلن جهاز المخابرات العامة أن مركز الملك سلمان للإغاثة سلم المساعدات.")
    mentions = [r["mention"] for r in rows if r["kind"] != "person"]
    assert not {"المركز الثالث", "جهاز لابتوب"} & set(mentions), mentions
    assert {"جهاز المخابرات العامة", "مركز الملك سلمان للإغاثة"} <= set(mentions)


def test_a_name_that_reads_as_a_preposition_before_and_plus_a_stopword_is_a_name():
    # France 24, 18 Aug 2018 (ANT FR-internationalNews-2770-20180818, blind20): «كوفي» is no «ك + وفي»
    from maqal.lexicons import is_stopword
    assert not is_stopword("كوفي") and is_stopword("وفي") and is_stopword("كواحد")
    rows = _rows("أعلنت مؤسسة كوفي أنان صباح السبت خبر وفاة الأمين العام السابق للأمم المتحدة كوفي أنان عن عمر "
                 "يناهز 80 عاما إثر إصابته بمرض. وقال غوتيريش إن أنان كان يجسد الأمم المتحدة.")
    annan = [r for r in rows if r["kind"] == "person" and "أنان" in r["mention"]]
    assert {r["mention"] for r in annan} == {"كوفي أنان", "أنان"} and len({r["entity"] for r in annan}) == 1
    assert _one(rows, "مؤسسة كوفي أنان")["kind"] == "organisation"


def test_a_title_joins_the_name_after_a_note_in_brackets():
    # Sky News Arabia, 26 June 2018 (ANT SK-internationalNews-2346-20180626, blind22)
    rows = _rows("أعلن زعيم الحزب المعارض الرئيسي في تركيا، الثلاثاء، أنه لن يهنئ الرئيس رجب طيب أردوغان على فوزه.\n"
                 "واختار رئيس حزب الشعب الجمهوري (اشتراكي ديمقراطي) كمال كيليشدار أوغلو مرشح الحزب محرم إنجه "
                 "ليخوض الانتخابات.")
    entity = {r["mention"]: r["entity"] for r in rows if r["kind"] == "person"}
    assert entity["رئيس حزب الشعب الجمهوري"] == entity["كمال كيليشدار أوغلو"] != entity["رجب طيب أردوغان"]


def test_after_a_verb_an_attested_common_noun_opens_no_name():
    # France 24 and Asharq Al-Awsat wording (blind4): the verb's subject is a noun phrase, not a person
    rows = _rows("وأضاف أن شقيقه لا يتنفس فابلغ طاقم العبارة. ونقل كاتب المقال أن القرار خاطئ. وقالت هيكس إنها ستغادر.")
    persons = [r["mention"] for r in rows if r["kind"] == "person"]
    assert not {"طاقم", "طاقم العبارة", "العبارة", "كاتب"} & set(persons), persons
    assert "هيكس" in persons  # a rare foreign name after a verb is still a person


def test_a_definite_place_unit_alone_is_the_place_named_last():
    # Al Arabiya 2018 wording (blind4): «المدينة» after «الحديدة»
    rows = _rows("وتواصل ميليشيا الحوثي الانتشار في الحديدة. ونشرت عناصرها في بعض شوارع المدينة. "
                 "وزار الوفد المدينة المنورة أمس.")
    places = {r["mention"]: r["entity"] for r in rows if r["kind"] == "place"}
    assert places["المدينة"] == places["الحديدة"] != places["المدينة المنورة"]


def test_visit_verbs_are_no_names_and_the_hague_and_neom_are_places():
    rows = _rows("وكان الوزير زار بغداد أمس، ثم وصل إلى لاهاي. واستقبل العاهل السعودي الرئيس المصري في نيوم.")
    assert "زار" not in {r["mention"] for r in rows}
    places = {r["mention"] for r in rows if r["kind"] == "place"}
    assert {"لاهاي", "نيوم"} <= places, places


def test_a_hashtag_mark_inside_a_name_neither_cuts_nor_opens_it():
    # Al Arabiya 2018 wording (blind6): the outlet marks names with # in running text
    rows = _rows("وصف الرئيس الروسي فلاديمير #بوتين الأحد انتقادات قمة السبع، بعد أن سحب الرئيس الأميركي "
                 "دونالد #ترمب موافقته. ولم تصدر شركة #فيسبوك تعليقاً بعد على الانتقاد.")
    people = {r["mention"] for r in rows if r["kind"] == "person"}
    assert {"فلاديمير #بوتين", "دونالد #ترمب"} <= people, people
    assert "شركة #فيسبوك" in {r["mention"] for r in rows}


def test_a_given_name_opens_a_name_where_no_title_announces_it():
    # SaudiNewsNet 2015 wording (blind6): a line-up after «من», a player after his position
    rows = _rows("بدأ الهلال اللقاء بتشكيل مكون من عبدالله السديري وعبدالله الشامخ وأحمد شراحيلي، "
                 "كما شهد إصابة المهاجم ناصر الشمراني. وحصل على تعويض قدره 400 ألف.")
    people = [r["mention"] for r in rows if r["kind"] == "person"]
    assert people == ["عبدالله السديري", "عبدالله الشامخ", "أحمد شراحيلي", "ناصر الشمراني"], people


def test_the_source_again_is_the_unnamed_source_named_before():
    # Sky News Arabia / Al Arabiya 2018 wording (blind5, blind6)
    rows = _rows("وقال مصدر عسكري إن القوات دخلت المدينة. وقال المصدر إن المئات من الجنود نزلوا. "
                 "وهذا المصدر الرئيسي للدخل. وقالت المصادر إن القصف استمر.")
    sources = [(r["mention"], r["entity"], r["anonymous"]) for r in rows]
    assert sources == [("مصدر عسكري", 0, True), ("المصدر", 0, True)], sources


def test_a_country_after_a_visit_noun_a_motion_verb_or_a_route_is_a_place():
    # BBC Arabic / SaudiNewsNet wording (blind6): «لزيارة بريطانيا», «توجهوا لبريطانيا», «عن طريق بلغاريا»
    rows = _rows("ودعا لافروف لزيارة بريطانيا. وأكدت العائلة أنهم توجهوا لبريطانيا لقضاء العطلة. "
                 "ودخل اللاجئون أوروبا عن طريق بلغاريا. وقالت بريطانيا إن الدعوة قائمة.")
    kinds = [(r["mention"], r["kind"]) for r in rows if r["mention"] in ("بريطانيا", "بلغاريا")]
    assert kinds == [("بريطانيا", "place"), ("بريطانيا", "place"), ("بلغاريا", "place"),
                     ("بريطانيا", "government")], kinds


def test_the_capital_by_its_nationality_is_the_capital_named():
    # SaudiNewsNet / Al Arabiya wording (dev sets): «بالعاصمة السعودية», «العاصمة الليبية»
    rows = _rows("وزار الوزير الرياض أمس. وقتل مصري بالعاصمة السعودية. "
                 "وقاطع النواب البرلمان الذي مقره العاصمة الليبية. ووصل الوفد إلى العاصمة الروسية موسكو.")
    places = {r["mention"]: (r["entity"], r["name"]) for r in rows if r["kind"] == "place"}
    assert places["العاصمة السعودية"] == places["الرياض"] == (places["الرياض"][0], "الرياض"), places
    assert "العاصمة الليبية" in places and "موسكو" in places and "العاصمة الروسية" not in places, places


def test_his_country_is_the_state_of_the_person_named_before_it():
    # Al Arabiya / BBC Arabic 2018 wording (blind6)
    rows = _rows("وقال الرئيس الروسي فلاديمير بوتين للصحفيين إن بلاده لم تقرر الخروج من المجموعة. "
                 "وأعلن الرئيس الأمريكي دونالد ترامب انسحاب بلاده من الاتفاق مع إيران. وقالت روسيا إن الاتفاق قائم.")
    countries = [(r["mention"], r["kind"], r["entity"]) for r in rows if r["kind"] == "government"]
    russia = next(e for m, _, e in countries if m == "روسيا")
    own = [e for m, _, e in countries if m == "بلاده"]
    assert len(own) == 2 and own[0] == russia != own[1], countries


def test_a_place_listed_with_its_unit_is_one_entity_with_its_bare_name():
    # Sky News Arabia 2018 wording (blind6): «قطاع غزة» … «غزة»
    rows = _rows("وقال رئيس حركة حماس في قطاع غزة إن الحصار مستمر. وأضاف أن غزة لن تجوع.")
    places = {r["mention"]: r["entity"] for r in rows if r["kind"] == "place"}
    assert places["قطاع غزة"] == places["غزة"], places


def test_a_month_word_after_a_given_name_is_a_surname_but_not_beside_a_number():
    # BBC Arabic 2018 wording (blind6): «ماي» is May in Maghrebi outlets
    rows = _rows("وقالت رئيسة الوزراء البريطانية تيريزا ماي، خلال جلسة في البرلمان، إن الدبلوماسيين سيغادرون. "
                 "كما أعلنت ماي عدم حضور الوزراء. ووصل الوفد في 15 ماي 2018.")
    people = [(r["mention"], r["entity"]) for r in rows if r["kind"] == "person"]
    assert people == [("تيريزا ماي", 0), ("ماي", 0)], people


def test_a_site_may_bear_a_common_word_but_an_administrative_unit_may_not():
    # SaudiNewsNet 2015 wording (blind5): «في قصر السلام بجدة»
    rows = _rows("ورأس الأمير الجلسة التي عقدها مجلس الوزراء اليوم في قصر السلام بجدة. "
                 "وصلى المصلون في مسجد الرحمة. وتقع في مدينة كبيرة قرب الساحل.")
    places = [r["mention"] for r in rows if r["kind"] == "place"]
    assert places == ["قصر السلام", "جدة", "مسجد الرحمة"], places


def test_a_definite_head_with_adjectives_is_the_body_named_before_or_one_of_its_own():
    # CNN Arabic and BBC Arabic 2018 wording (blind7): «أشاد البنك العربي … وقال البنك»،
    # «وقال المنظمة الحقوقية» after the organisation's name; a head alone with nothing before it is none
    rows = _rows("أشاد البنك العربي، الأربعاء، بحكم المحكمة. وقال البنك في بيان إنه انتصار. "
                 "ونقلت منظمة هيومن رايتس ووتش عن ناشطين قولهم إن الاتصال تم. وأوضحت المنظمة الحقوقية أن "
                 "الاتصال كان في اليوم نفسه. وأعلنت الوزارة أن الطريق مغلق.")
    found = [(r["mention"], r["kind"], r["entity"]) for r in rows]
    bank, hrw = _one(rows, "البنك العربي")["entity"], _one(rows, "منظمة هيومن رايتس ووتش")["entity"]
    assert ("البنك", "organisation", bank) in found and ("المنظمة الحقوقية", "organisation", hrw) in found, found
    assert "الوزارة" not in [m for m, _, _ in found], found


def test_a_participle_adverb_or_and_a_suffixed_noun_ends_a_name():
    # BBC Arabic 2018 wording (blind7) «وأضاف نيبينزيا متسائلا»; Al Arabiya 2018 (blind6)
    # «قاسم سليماني وشبكته»; the given name after «و» still opens the next name of a list
    rows = _rows("وأضاف نيبينزيا متسائلا: هل هذا معقول؟ وشملت العقوبات قاسم سليماني وشبكته بالكامل. "
                 "وسجل للنصر إيهاب السعد وعبد الله العواد.")
    persons = [r["mention"] for r in rows if r["kind"] == "person"]
    assert "نيبينزيا" in persons and "قاسم سليماني" in persons, persons
    assert not [p for p in persons if "متسائلا" in p or "وشبكته" in p], persons


def test_compound_names_spokespeople_and_coordinated_purposes_are_whole():
    # SaudiNewsNet 2015 and ANT 2018 wording (blind2, blind3, dev3): «زياد تقي الدين», «متحدثة باسم
    # الجيش الإسرائيلي», «مركز الملك سلمان للإغاثة والأعمال الإنسانية»
    rows = _rows("قال زياد تقي الدين إن الأموال نقلت. وقالت متحدثة باسم الجيش الإسرائيلي إن القصف توقف. "
                 "ووصلت مساعدات مركز الملك سلمان للإغاثة والأعمال الإنسانية والهيئة العامة للسياحة إلى عدن.")
    mentions = [r["mention"] for r in rows]
    for whole in ("زياد تقي الدين", "متحدثة باسم الجيش الإسرائيلي", "مركز الملك سلمان للإغاثة والأعمال الإنسانية"):
        assert whole in mentions, mentions
    assert not [m for m in mentions if m.endswith("والهيئة العامة للسياحة") and m.startswith("مركز")], mentions


def test_the_team_without_a_name_and_countries_after_both_of():
    # Sky News Arabia 2018 (blind7) «طرد … كلاً من الولايات المتحدة الأميركية وكندا»; SaudiNewsNet 2015
    # sports pages «مع الفريق غدا»; a rank before a name stays a title
    rows = _rows("وأعلنت كلاً من الولايات المتحدة وكندا طرد دبلوماسيين روس. وانتشر الوباء في كل من مصر والأردن. "
                 "وستكون أولى مبارياته مع الفريق غدا السبت. وقال الفريق أول ركن عبدالرحمن البنيان إن القوات جاهزة. "
                 "وقال المدرب إن الفريق جاهز.")
    kinds = {r["mention"]: r["kind"] for r in rows}
    assert kinds["الولايات المتحدة"] == kinds["كندا"] == "government", kinds
    assert kinds["مصر"] == kinds["الأردن"] == "place", kinds
    assert kinds["الفريق"] == "organisation" and kinds["عبدالرحمن البنيان"] == "person", kinds
    assert "جاهز" not in kinds, kinds


def test_a_group_by_its_nisba_a_bracketed_alias_and_a_body_described_later_are_one_entity():
    # Al Arabiya / Sky News Arabia 2018 wording (blind6, blind7): «الحوثيون … الميليشيات الحوثية»,
    # «حركة المقاومة الإسلامية (حماس) … حماس», «المعارضة … المعارضة السورية», «النظام الإيراني … إيران»
    rows = _rows("وقال الحوثيون إن الميليشيات الحوثية لم تنسحب، فيما أكد المتمردين الحوثيين أنهم سيواصلون. "
                 "وقالت حركة المقاومة الإسلامية (حماس) إن الهدنة انتهت. وأكدت حماس أنها سترد. "
                 "وقالت المعارضة إن القصف مستمر، وقالت المعارضة السورية إن النظام الإيراني يدعم الأسد. "
                 "وأعلنت إيران أنها ستواصل. وقال الأكراد إن الفصائل الكردية تقدمت.")
    entity = {r["mention"]: r["entity"] for r in rows}
    assert entity["الحوثيون"] == entity["الميليشيات الحوثية"] == entity["المتمردين الحوثيين"], entity
    assert entity["حركة المقاومة الإسلامية"] == entity["حماس"], entity
    assert entity["المعارضة"] == entity["المعارضة السورية"] and entity["النظام الإيراني"] == entity["إيران"], entity
    assert entity["الأكراد"] != entity["الفصائل الكردية"] != entity["الحوثيون"], entity


def test_a_club_named_by_a_common_word_is_a_club_only_in_a_sports_report():
    # SaudiNewsNet 2015 sports pages (blind2, blind6): «الهلال», «النصر», «العين» are clubs beside
    # a match and a coach; elsewhere «العين» is the city and «الهلال» the crescent
    sport = {r["mention"]: r["kind"] for r in _rows("وفاز الهلال على النصر في مباراة الدوري بهدفين. "
                                                    "وقال مدرب العين إن اللاعبين جاهزون.")}
    assert sport.get("الهلال") == sport.get("النصر") == sport.get("العين") == "organisation", sport
    other = {r["mention"]: r["kind"] for r in _rows("زار الوزير مدينة العين وشاهد الهلال في السماء احتفالا بالنصر.")}
    assert other.get("مدينة العين") == "place" and "الهلال" not in other and "النصر" not in other, other


def test_his_highness_and_his_excellency_are_the_person_addressed_so_before():
    # SaudiNewsNet 2015 wording (blind2): «في مكتب سموه»، «وقال سموه»; «معاليه» after «معالي الوزير»
    rows = _rows("ورأس صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز ولي العهد اجتماعا في مكتب سموه بجدة. "
                 "وقال سموه إن الأمن مستتب. وأكد معالي وزير الخارجية عادل الجبير أن الموقف ثابت، "
                 "وقال معاليه إن المملكة لن تتراجع.")
    prince, minister = _one(rows, "محمد بن نايف بن عبدالعزيز")["entity"], _one(rows, "عادل الجبير")["entity"]
    his = [(r["mention"], r["entity"]) for r in rows if r["mention"] in ("سموه", "معاليه")]
    assert his == [("سموه", prince), ("سموه", prince), ("معاليه", minister)], his


def test_ali_written_as_a_name_opens_one_where_the_outlet_writes_the_preposition_otherwise():
    # Al Arabiya / SaudiNewsNet wording (blind2, blind5): «المرشد الأعلى … علي خامنئي», «المدرب علي
    # الزيد»; an outlet that writes «علي» for «على» too («ظهرت علي المصابة أعراض») gives no name
    rows = _rows("وقال المدرب علي الزيد إن اللاعبين جاهزون. وأكد الرئيس على أهمية التعاون.")
    assert "علي الزيد" in [r["mention"] for r in rows], rows
    rows = _rows("ظهرت علي المصابة أعراض مرضية وأدخلت مستشفى حكوميا. وأكد الطبيب علي أهمية الفحص.")
    assert not [r for r in rows if r["mention"].startswith("علي")], rows


def test_an_unnamed_source_keeps_the_definite_noun_it_is_close_to():
    # France 24 / Sky News Arabia 2018 wording (blind2, blind6): «مصدر مقرب من التحقيق», «مسؤول في السجن»
    rows = _rows("أعلن مصدر مقرب من التحقيق أن الشرطة أوقفت رجلا. وقال مسؤول في السجن إن السجين توفي "
                 "في الساعة الثالثة.")
    anonymous = [r["mention"] for r in rows if r["anonymous"]]
    assert anonymous == ["مصدر مقرب من التحقيق", "مسؤول في السجن"], anonymous


def test_eradicating_and_led_by_are_no_bodies():
    # Sky News Arabia / Al Arabiya 2018 wording (blind3, blind6): «القضاء على عدد من التكفيريين»,
    # «التحالف بقيادة السعودية»; «إلى القضاء» and «قيادة الجيش» stay bodies
    rows = _rows("تمكنت القوات من القضاء على عدد من المسلحين. وأحيل ساركوزي إلى القضاء. "
                 "وقصف التحالف بقيادة السعودية مواقع. وقالت قيادة الجيش إن الوضع مستقر.")
    mentions = [(r["mention"], r["kind"]) for r in rows]
    assert [m for m in mentions if m[0] == "القضاء"] == [("القضاء", "government")], mentions
    assert ("السعودية", "government") in mentions and ("قيادة الجيش", "government") in mentions, mentions
    assert not [m for m in mentions if m[0] == "قيادة السعودية"], mentions


def test_bases_squares_seas_and_holy_sites_are_places():
    # Sabq / SaudiNewsNet 2015 and ANT 2018 wording (blind3, blind7): «قاعدة العند الجوية», «ميدان رابعة
    # العدوية», «البحر الأحمر», «المسجد الحرام»; «قاعدة بيانات» and «ومحيط الميناء» are none
    rows = _rows("وصلت القوات إلى قاعدة العند الجوية. واعتصم المحتجون في ميدان رابعة العدوية. وأبحرت السفن "
                 "في البحر الأحمر. وصلى المصلون في المسجد الحرام. وتحتفظ الشرطة بقاعدة بيانات. وتقدمت القوات في "
                 "محيط الميناء.")
    places = [r["mention"] for r in rows if r["kind"] == "place"]
    assert places == ["قاعدة العند الجوية", "ميدان رابعة العدوية", "البحر الأحمر", "المسجد الحرام"], places


def test_roles_and_feminine_titles_name_people_they_stand_before():
    # wordings of BBC Arabic and France 24 (ANT 2018): a role is a title before a name and no mention alone
    rows = _rows("وقالت المحامية كليمانس بيكتارت منسقة مجموعة العمل إن المذكرة تاريخية. وسجلت البطلة السويدية "
                 "سارا سيوستروم، حاملة الرقم القياسي، زمنا جديدا. وطرد الحارس اجوستين اوريون بعدما أخطأ المدافع.")
    people = {r["mention"]: r for r in rows if r["kind"] == "person"}
    assert {"كليمانس بيكتارت", "سارا سيوستروم", "اجوستين اوريون"} <= people.keys()
    assert people["كليمانس بيكتارت"]["title"] == "المحامية"
    assert "المدافع" not in people  # a position, with no name after it


def test_foreign_given_names_that_look_like_the_article_and_names_repeated_in_full():
    rows = _rows("ويغيب المعارض الرئيسي لبوتين اليكسي نافالني عن السباق. ويقاوم رجل الأعمال ألكسندر جوهري، "
                 "الذي يوصف بأنه أحد مساعديه، التسليم. وقال جوهري إن ألكسندر جوهري لم ير المال.")
    people = [r for r in rows if r["kind"] == "person"]
    assert "اليكسي نافالني" in {r["mention"] for r in people}
    assert "لبوتين اليكسي نافالني" not in {r["mention"] for r in people}
    johri = [r for r in people if "جوهري" in r["mention"]]
    assert [r["mention"] for r in johri] == ["ألكسندر جوهري", "جوهري", "ألكسندر جوهري"]
    assert len({r["entity"] for r in johri}) == 1


def test_names_a_title_or_verb_announces_though_they_read_as_common_words():
    # Sky News Arabia / Al Arabiya wordings: «كيلي» is no ك + «يلي», «تركي» a given name before a family
    # name, «صالح الرصاص» a given name that is a common word before a family name that is one too
    rows = _rows("وقالت كيلي كاري، نائبة المندوبة الأمريكية، إن بلادها تدعم بريطانيا. وقال المتحدث باسم التحالف "
                 "العقيد تركي المالكي إن الصاروخ اعترض. والتقى الوفد في مأرب مع محافظ البيضاء صالح الرصاص، الذي رحب بهم.")
    people = {r["mention"]: r for r in rows if r["kind"] == "person"}
    assert {"كيلي كاري", "تركي المالكي", "صالح الرصاص"} <= people.keys()
    assert people["تركي المالكي"]["title"] and "العقيد" in people["تركي المالكي"]["title"]
    assert people["صالح الرصاص"]["title"] == "محافظ"


def test_a_country_or_capital_gone_to_or_hosting_an_event_is_a_place():
    rows = _rows("وقالت الخارجية الأمريكية إن زيارة بومبيو للرياض تهدف إلى توطيد العلاقات. ووصل الوفد الأحد إلى "
                 "العاصمة المصرية، القاهرة، في أول جولة. وتقام المباراة بالعاصمة البريطانية لندن منذ قمة سنغافورة.")
    kinds = {r["mention"]: r["kind"] for r in rows}
    assert kinds["لرياض"] == kinds["القاهرة"] == kinds["لندن"] == kinds["سنغافورة"] == "place"
    assert kinds["الخارجية الأمريكية"] == "government"


def test_a_given_name_after_a_given_name_is_the_family_name():
    # BBC Arabic 2018: «بشير صالح» (صالح a given name and a common word) is one person
    rows = _rows("وقد أكد بشير صالح الذي كان أحد المقربين من القذافي أن الأموال وصلت.")
    assert "بشير صالح" in {r["mention"] for r in rows if r["kind"] == "person"}


def test_a_later_mention_of_a_name_written_with_a_joined_link():
    # SaudiNewsNet sports pages write «حسين عبدالغني» and «عبد الغني» for one player
    rows = _rows("وأكد اللاعب حسين عبد الغني جاهزيته. وقال نجم الفريق الأول إن عبدالغني حسين سيشارك، وإن عبدالغني جاهز.")
    assert any(r["mention"].startswith("عبدالغني") for r in rows if r["kind"] == "person")


def test_districts_fronts_crossings_and_a_countrys_territory_are_places():
    # Al Arabiya / Sabq / BBC Arabic wordings (blind4, blind6, blind9): «مديرية» before a name no common word
    # is a district, before one it is a directorate; a front named by a city is that city (the mention is
    # the city alone, «جبهة» outside it: most fronts of the pooled gold, session 27); «الأراضي» with
    # a nationality is a place, «ولاية يمنية» (indefinite) none
    rows = _rows("وحررت القوات مناطق في مديرية الدريهمي وتقدمت في جبهة الحديدة، قرب مدينة الحديدة. وقالت مديرية "
                 "الأمن العام إن صاروخا أطلق من داخل الأراضي اليمنية. وأغلقت إسرائيل معبر إيريز، ولم يوضح متى "
                 "يستمر إغلاق المعبر. والحديدة ثاني أكبر ولاية يمنية.")
    by = {r["mention"]: r for r in rows}
    assert by["مديرية الدريهمي"]["kind"] == by["الأراضي اليمنية"]["kind"] == by["معبر إيريز"]["kind"] == "place"
    assert by["مديرية الأمن العام"]["kind"] == "government"
    assert by["الحديدة"]["entity"] == by["مدينة الحديدة"]["entity"] and "جبهة الحديدة" not in by
    assert by["المعبر"]["entity"] == by["معبر إيريز"]["entity"]
    assert "ولاية يمنية" not in by


def test_a_feast_of_the_time_lexicon_leaves_its_first_word_a_name():
    """«عيد الفطر» is a date (relative_time.tsv), yet «عيد» is a given name too: a named day of the
    year gives the entity layer no name-stopping time word."""
    from maqal.entities.vocabulary import time_words

    assert "عيد" not in time_words() and "يوم" in time_words()
    rows = _rows("وقال اللاعب محمد عيد إن الفريق سيحتفل بعيد الفطر المبارك.")
    assert _one(rows, "محمد عيد")["kind"] == "person"


def test_adjective_form_is_one_test_for_names_and_sources():
    """The entity layer's adjective test (entities.adjectives), which the claims' source ends read
    too: nisbas, feminine adjectives, participles and listed modifiers qualify a name; a masdar or a
    plain noun does not; an adjective agrees with its definite head."""
    from maqal.entities.adjectives import agrees_with, is_participle, reads_as_adjective

    for word in ("الامريكية", "العامة", "التابع", "الموحد", "السابق"):
        assert reads_as_adjective(word), word
    for word in ("التاكيد", "التهديدات", "الوزير"):
        assert not reads_as_adjective(word), word
    assert is_participle("حامل") and is_participle("منسق") and not is_participle("تاكيد")
    assert agrees_with("الحوثية", "الميليشيات") and not agrees_with("الحوثي", "الميليشيات")
    assert agrees_with("الحوثيين", "المتمردين") and not agrees_with("الدولة", "المتمردين")


@pytest.mark.parametrize("text, name", [
    # a verb or a noun that opens clauses after a name ends it (blind3, blind9 wordings)
    ("وقال رئيس مجلس محلي دوما إن سعد دوابشة توفي في وقت مبكر فجر اليوم", "سعد دوابشة"),
    ("وجددت غنيمات التأكيد على رفض المملكة السماح لأي طرف", "غنيمات"),
])
def test_a_word_that_often_opens_a_clause_ends_the_name_before_it(text, name):
    persons = [r["mention"] for r in _rows(text) if r["kind"] == "person"]
    assert name in persons, persons


def test_a_kin_noun_with_a_pronoun_is_a_person_of_its_own():
    rows = _rows("وكان زوجها السابق، وهو مخرج كوري شهير، قد اختطف أيضا. وقال إنه أبلغ ذلك إلى موكله.")
    persons = {r["mention"]: r for r in rows if r["kind"] == "person"}
    assert "زوجها السابق" in persons and "موكله" in persons, list(persons)
    assert persons["زوجها السابق"]["entity"] != persons["موكله"]["entity"]
    # right after the kin noun, a common word is no name («زخما»)
    rows = _rows("وكان يأمل في أن يعطي وجود تشوي وزوجها زخما لصناعة السينما في بلاده.")
    assert not any("زخما" in r["mention"] for r in rows), [r["mention"] for r in rows]
    assert _one(rows, "زوجها")["kind"] == "person"


def test_a_frequent_family_nisba_after_a_given_name_is_the_family_name():
    rows = _rows("وأوضحت الجمعية حالة المعتقل السعودي نايف الحربي يبلغ من العمر 76 عاماً. وأكد الحربي أنه دخل.")
    assert _one(rows, "نايف الحربي")["kind"] == "person"
    assert _one(rows, "الحربي")["entity"] == _one(rows, "نايف الحربي")["entity"]
    assert not any(r["mention"] == "السعودي" for r in rows)


@pytest.mark.parametrize("text, name, country", [
    ("واختارت اللجنة الحكم الإماراتي محمد عبدالله والياباني ريوجي ساتو اللذين سبق اختيارهما", "ريوجي ساتو", "اليابان"),
    ("وكان زيدان قد تولى المهمة خلفا للإسباني رفايل بينيتيز. وقاده إلى تسعة ألقاب", "رفايل بينيتيز", "إسبانيا"),
    ("دعا رجل الدين العراقي مقتدى الصدر أنصاره، الخميس، إلى التحلي بالهدوء", "مقتدى الصدر", "العراق"),
    # Al-Riyadh (blind20): a first name of some use in the reference corpus (أمجد) opens a name of two words
    ("في الوقت الذي عاد للمران العراقي أمجد راضي بعد تعافيه من الإصابة", "أمجد راضي", "العراق"),
])
def test_a_nationality_standing_as_a_noun_before_a_name_gives_the_persons_country(text, name, country):
    person = _one(_rows(text), name)
    assert (person["kind"], person["affiliation"]) == ("person", country)


def test_a_nationality_adjective_before_a_verb_opens_no_name():
    rows = _rows("وقامت الطائرات الحربية التركية بشن غارات على مواقعه في شمال العراق")
    assert not any(r["kind"] == "person" for r in rows), [r["mention"] for r in rows]


def test_a_title_right_after_the_name_it_describes_is_no_mention_of_its_own():
    text = "وقال حسن جونين رئيس جامعة عثمان غازي التركية إن الهجوم وقع في كلية التربية."
    rows = _rows(text)
    persons = [r for r in rows if r["kind"] == "person"]
    assert [r["mention"] for r in persons] == ["حسن جونين"], [r["mention"] for r in persons]
    assert persons[0]["title"] == "رئيس"
    assert text[persons[0]["start"]:persons[0]["phrase_end"]].startswith("حسن جونين رئيس جامعة عثمان غازي")


def test_a_surname_that_opens_a_named_day_is_the_day_there():
    rows = _rows("وقال رئيس الاتحاد محمد عيد إن اللاعبين سيحتفلون بعيد الفطر مع أسرهم، وأضاف عيد أن المنتخب جاهز.")
    eid = [r for r in rows if r["kind"] == "person" and r["name"] == "محمد عيد"]
    assert [r["mention"] for r in eid] == ["محمد عيد", "عيد"]  # the later «عيد», not «بعيد الفطر»
    assert eid[1]["start"] > rows[0]["start"] and "الفطر" not in rows[0]["mention"]
    assert not any(r["mention"] == "عيد" and rows[0]["start"] < r["start"] < eid[1]["start"] for r in rows)


def test_a_known_name_that_is_the_head_of_a_place_named_before_is_that_place():
    rows = _rows("أطلقت القوات هجوما واسعا لاستعادة قاعدة العند الاستراتيجية. وكانت القاعدة قد سقطت في آذار بأيدي الحوثيين.")
    base = [r for r in rows if r["mention"] == "القاعدة"]
    assert base and base[0]["kind"] == "place" and base[0]["entity"] == _one(rows, "قاعدة العند")["entity"]  # the epithet outside (blind gold)
    qaeda = _one(_rows("وقال زعيم تنظيم القاعدة إن القاعدة ستواصل هجماتها."), "القاعدة")
    assert qaeda["kind"] == "group"


def test_a_title_between_two_names_is_split_between_them():
    rows = _rows("وقال ديمتري بيسكوف المتحدث باسم الرئيس الروسي فلاديمير بوتين إن موسكو لا تعلم شيئا. "
                 "وأضاف المتحدث أن الكرملين لن يعلق.")
    peskov, putin = _one(rows, "ديمتري بيسكوف"), _one(rows, "فلاديمير بوتين")
    assert peskov["title"].startswith("المتحدث") and putin["title"] == "الرئيس"
    assert _one(rows, "المتحدث")["entity"] == peskov["entity"] != putin["entity"]


def test_an_office_with_a_bare_portfolio_before_a_country_is_a_title_mention():
    rows = _rows("وأشارت المصادر الروسية إلى أن وزير خارجية السعودية سيجري خلال زيارته لموسكو محادثات.")
    minister = _one(rows, "وزير خارجية السعودية")
    assert (minister["kind"], minister["title"]) == ("person", "وزير خارجية")
    assert not any(r["mention"] == "السعودية" for r in rows)


def test_youth_welfare_is_the_saudi_body_not_the_club_in_a_sports_report():
    rows = _rows("وحضر المباراة في الدوري مندوب من الرئاسة العامة لرعاية الشباب، وقال اللاعب إن الفريق جاهز.")
    body = _one(rows, "الرئاسة العامة لرعاية الشباب")
    assert body["kind"] == "government"
    assert not any(r["mention"] == "الشباب" for r in rows)


def test_the_second_half_of_a_compound_name_is_no_surname_alone():
    from maqal.entities.link import surname_mentions
    from maqal.entities.scan import Mention, Scanner, scanned_tokens

    text = "وينفي فتح الله غولن ضلوعه في المحاولة. وقال داعيا الله أن يحفظ البلاد إن غولن يقيم في أمريكا."
    sc = Scanner(scanned_tokens(text_layer(text).normalized.tokens))
    gulen = Mention(1, 3, 0, "person", "named", tuple(sc.words[1:4]))
    later = [sc.words[m.first] for m in surname_mentions(sc, [gulen])]
    assert later == ["غولن"], later  # «غولن» again, never «الله» (nor «فتح»: it is a given name's half)


def test_a_definite_agent_noun_alone_stands_for_one_person():
    # Anadolu via Saudi papers and Al Arabiya (2018): «المهاجم», «الطيار» alone are the one person the
    # story is about, each a title-only mention linked to its later mentions; after a definite noun it
    # describes («الجناح المهاجم», «الهجوم الانتحاري») the same word is an adjective and no one
    rows = _rows("وذكر رئيس الجامعة حسن جونين أن المهاجم دخل كلية التربية ومعه مسدس. واعتقلت الشرطة المهاجم "
                 "بعد استسلامه. ولم يكن لدى الطيار مسافة على الممر للهبوط، وكان على الطيار أن يتخذ قرارا مبكرا. "
                 "وسجل الجناح المهاجم هدفا بعد الهجوم الانتحاري.")
    attacker = [r for r in rows if r["mention"] == "المهاجم"]
    pilot = [r for r in rows if r["mention"] == "الطيار"]
    assert len(attacker) == 2 and len(pilot) == 2, [r["mention"] for r in rows]
    assert {r["kind"] for r in attacker + pilot} == {"person"}
    assert attacker[0]["entity"] == attacker[1]["entity"] and pilot[0]["entity"] == pilot[1]["entity"]
    assert attacker[0]["entity"] != pilot[0]["entity"]
    assert not any(r["mention"] == "الانتحاري" for r in rows)


def test_a_family_name_with_the_article_ending_in_alif_is_no_accusative():
    # al-Weeam, 9 August 2015 (SaudiNewsNet): «المهنا» is the family name; only an indefinite word
    # takes the adverbial accusative's alif (قادرا، معربا)
    rows = _rows("نفى رئيس لجنة الحكام باتحاد الكرة السعودي عمر المهنا، أن يكون غاضباً من قرار اتحاد الكرة. "
                 "ولم يبد المهنا اكتراثاً لتعيين حكام أجانب.")
    chief = _one(rows, "عمر المهنا")
    assert chief["kind"] == "person"
    assert _one(rows, "المهنا")["entity"] == chief["entity"]


def test_a_compound_name_in_one_word_and_the_next_name_of_a_list():
    # al-Weeam (SaudiNewsNet 2015): «نصرالله» is «نصر الله» written as one word, not a noun with «his»;
    # «ونعيم قاسم» after the comma is the next person of the list
    rows = _rows("وأوضحت الوزارة أن قيادات حزب الله الذين خضعوا للعقوبات المشتركة هم حسن نصرالله، ونعيم قاسم، "
                 "وإبراهيم أمين السيد.")
    people = {r["mention"] for r in rows if r["kind"] == "person"}
    assert {"حسن نصرالله", "نعيم قاسم"} <= people, people


def test_the_city_alone_is_the_city_named_before_whatever_follows_it():
    # AFP via al-Arabiya and BBC Arabic (blind sets): «المدينة» before a common word or a relative
    # clause is the city named before, as before a full stop
    rows = _rows("وتجوب دوريات الشرطة مدينة حلب منذ الأربعاء. وقال إن الهدوء يعود تدريجيا إلى المدينة، "
                 "التي تعد معقل المعارضة، وإن الشرطة تجوب شوارع المدينة بعد اشتباكات الأربعاء.")
    city = _all(rows, "المدينة")
    assert len(city) == 2 and {r["kind"] for r in city} == {"place"}
    assert {r["entity"] for r in city} == {_one(rows, "مدينة حلب")["entity"]}


def test_a_family_name_takes_the_unknown_given_name_before_it():
    # BBC Arabic and CNN Arabic, 2018 (blind sets): «يوليا سكريبال» is one name, not «سكريبال» after
    # «يوليا»; a verb or a noun before a name is none of it («وغادر بومبيو», «مساعدي ساركوزي»)
    rows = _rows("وطلبت روسيا زيارة يوليا سكريبال في المستشفى. وقالت سكريبال إنها بخير. وقال بومبيو إن "
                 "الزيارة ممكنة. وغادر بومبيو مكان المباحثات، فيما قال أحد مساعدي ساركوزي إن ساركوزي بريء.")
    assert _one(rows, "يوليا سكريبال")["entity"] == _one(rows, "سكريبال")["entity"]
    people = [r["mention"] for r in rows if r["kind"] == "person"]
    assert people.count("بومبيو") == 2 and people.count("ساركوزي") == 2, people


def test_a_body_named_after_a_person_or_a_known_body_keeps_what_follows_its_name():
    # al-Riyadh and al-Watan (SaudiNewsNet 2015): the adjective after the namesake, what the known
    # body serves after «لـ», a chamber and a stock exchange before their city
    rows = _rows("وأطلقت مكتبة الملك عبدالعزيز العامة برنامجا للقراءة. وتسربت أنباء عن موافقة الاتحاد السعودي "
                 "لكرة القدم على الطلب. واستضافت غرفة جدة الاجتماع، فيما ارتفع مؤشر بورصة قطر 0.9 في المائة.")
    names = {r["mention"]: r["kind"] for r in rows}
    for name in ("مكتبة الملك عبدالعزيز العامة", "الاتحاد السعودي لكرة القدم", "غرفة جدة", "بورصة قطر"):
        assert names.get(name) == "organisation", (name, names)


@pytest.mark.parametrize("text, name", [
    ("وقال أوباما إن الاتفاق يمنع إيران من امتلاك سلاح نووي.", "أوباما"),
    ("والتقى الوزير كيري نظيره الروسي في جنيف أمس.", "كيري"),
])
def test_a_frequent_foreign_surname_alone_is_a_name(text, name):
    """أوباما and كيري are frequent in the reference corpus, but it never writes them with the
    article: a public figure's surname after a verb or title, not a common word."""
    assert _one(_rows(text), name)["kind"] == "person"


def test_a_title_takes_the_adjective_that_agrees_with_it_but_not_a_family_name():
    """«المتحدث الأمني» is one title (the adjective's feminine form is a common word); «العقيد
    المالكي» is a rank and a family name, not a title and its adjective."""
    rows = _rows("وقال المتحدث الأمني في الوزارة إن الهجوم فشل. وقال المحلل القانوني محمد الدويش إن القرار صائب.")
    assert _one(rows, "المتحدث الأمني")["kind"] == "person"
    assert _one(rows, "محمد الدويش")["title"] == "المحلل القانوني"
    assert "العقيد المالكي" not in [r["title"] for r in _rows("وقال العقيد المالكي إن القوات تقدمت.")]


def test_a_definite_body_ends_before_a_time_word_or_a_second_body():
    assert [r["mention"] for r in _rows("وقالت الشركة العام الماضي إنها تواجه أزمة.")] == ["الشركة"]
    rows = _rows("قالت اللجنة الدولية لحماية الصحفيين إن 68 صحفيا سجنوا. ودعت اللجنة الحكومة التركية إلى الإفراج عنهم.")
    assert _one(rows, "الحكومة التركية")["kind"] == "government"
    assert _one(rows, "اللجنة")["entity"] == _one(rows, "اللجنة الدولية لحماية الصحفيين")["entity"]


def test_the_land_of_a_state_is_the_state_as_a_place():
    rows = _rows("قصفت الطائرات مواقع في اليمن. وسقطت الصواريخ على الأراضي اليمنية أمس.")
    assert _one(rows, "الأراضي اليمنية")["entity"] == _one(rows, "اليمن")["entity"]


def test_bbc_arabic_is_one_outlet_with_bbc():
    rows = _rows("وقال مراسل بي بي سي إن الوضع هادئ. حقوق النشر محفوظة لـ بي بي سي عربي.")
    assert _one(rows, "بي بي سي عربي")["kind"] == "media"
    assert _one(rows, "بي بي سي عربي")["entity"] == _one(rows, "بي بي سي")["entity"]


def test_a_participle_after_a_definite_head_is_its_adjective_though_it_opens_a_body():
    """«المعارضة» opens a group of its own, but after «الفصائل» it is the factions' adjective."""
    rows = _rows("خرج أكثر من سبعة آلاف من عناصر الفصائل المعارضة والمدنيين.")
    assert [(r["mention"], r["kind"]) for r in rows] == [("الفصائل المعارضة", "group")]


# --------------------------------------------------------------------------- organisations (session 15)
def test_foreign_clubs_are_clubs_in_a_sports_report():
    # ANT 2018 / SaudiNewsNet 2015 sports pages (blind14, blind13): European clubs named by their name alone
    rows = _rows("ويقدم صلاح أداء رائعا منذ انتقاله إلى ليفربول من روما الإيطالي. إذ تبقى أمام ليفربول "
                 "ثلاث مباريات تجمعه بستوك سيتي وتشلسي وبرايتون في الدوري.")
    kinds = {r["mention"]: r["kind"] for r in rows}
    assert kinds.get("ليفربول") == kinds.get("ستوك سيتي") == kinds.get("تشلسي") == "organisation", kinds
    assert len({r["entity"] for r in _all(rows, "ليفربول")}) == 1
    other = {r["mention"]: r["kind"] for r in _rows("وصل الوفد إلى روما حيث التقى رئيس الوزراء الإيطالي.")}
    assert other.get("روما") == "place", other


def test_a_clubs_staff_is_a_body_of_the_club_report():
    # SaudiNewsNet 2015 (blind8, blind13): «الجهاز الفني» decides, «الجهاز الطبي» reports
    rows = _rows("وقرر الجهاز الفني منح اللاعبين يومين راحة بعد العودة من معسكر النمسا. وأعلن الجهاز الطبي "
                 "أن اللاعب يحتاج إلى راحة لمدة عشرة أيام، ثم عاد الجهاز الفني لتدريبات الفريق.")
    staff = _all(rows, "الجهاز الفني")
    assert len(staff) == 2 and {r["kind"] for r in staff} == {"organisation"}, rows
    assert staff[0]["entity"] == staff[1]["entity"]
    assert _one(rows, "الجهاز الطبي")["kind"] == "organisation"


def test_a_team_named_with_its_head_noun_is_the_club_whole():
    # SaudiNewsNet 2015 (blind14): «فريق النهضة», «فريق الجيل» — the span holds «فريق»
    rows = _rows("خاض الفريق ست مواجهات ودية الأولى كانت أمام فريق الجيل ضمن المرحلة الأولى من الإعداد "
                 "في الأحساء، ويستضيف فريق النهضة يوم السبت في مباراة الدوري.")
    assert _one(rows, "فريق الجيل")["kind"] == _one(rows, "فريق النهضة")["kind"] == "organisation"
    # SaudiNewsNet 2015 (blind3): «تغلّب فريق الهلال الأول … وسجل الهلال»: one club with and without «فريق … الأول»
    rows = _rows("تغلّب فريق الهلال الأول لكرة القدم على نظيره العين الإماراتي بهدفين في المباراة الودية "
                 "استعدادا للدوري. وسجل الهلال هدفين في المباراة.")
    assert _one(rows, "الهلال")["entity"] == _one(rows, "فريق الهلال الأول")["entity"]


def test_a_museum_and_its_definite_head_are_one_organisation():
    # ANT 2018 (blind14): «أعلن متحف الهولوكوست في واشنطن … وقال المتحف في بيان»
    rows = _rows("أعلن متحف الهولوكوست في واشنطن في بيان، أنه سحب من الزعيمة البورمية جائزة. "
                 "وقال المتحف في بيان خاطب فيه الزعيمة إن القرار نهائي.")
    museum = _one(rows, "متحف الهولوكوست")
    assert museum["kind"] == "organisation" and _one(rows, "المتحف")["entity"] == museum["entity"]


def test_the_management_of_a_club_is_an_organisation_not_a_government_office():
    # SaudiNewsNet 2015 (blind8, blind13): «إدارة نادي النصر», «إدارة النادي»
    rows = _rows("وقدمت إدارة نادي النصر خطاب اعتراض على مواعيد مباريات الفريق في الدوري، "
                 "فيما حاولت إدارة النادي تدعيم صفوف الفريق بجملة من التعاقدات مع اللاعبين.")
    assert _one(rows, "إدارة نادي النصر")["kind"] == "organisation"
    assert _one(rows, "إدارة النادي")["kind"] == "organisation"
    office = _rows("وقالت إدارة الطيران الفيدرالية الأمريكية إن الطائرة هبطت بسلام.")
    assert _one(office, "إدارة الطيران الفيدرالية الأمريكية")["kind"] == "government"


def test_a_latin_acronym_in_brackets_after_a_body_is_that_body():
    # SaudiNewsNet 2015 (blind13): «بورصة كوريا (KRX)»; ANT 2018: «منظمة الاسلحة الكيماوية "OPCW"»
    rows = _rows("وأظهرت البيانات التي جمعتها بورصة كوريا (KRX) في تموز (يوليو) بلوغ حجم التداول 2.1 تريليون وون.")
    assert _one(rows, "KRX")["kind"] == "organisation"
    assert _one(rows, "KRX")["entity"] == _one(rows, "بورصة كوريا")["entity"]
    rows = _rows('وقد أتى خبراء من منظمة الاسلحة الكيماوية "OPCW" إلى بريطانيا مؤخراً لجمع أدلة.')
    assert _one(rows, "OPCW")["entity"] == _one(rows, "منظمة الاسلحة الكيماوية")["entity"]
    assert "(يوليو)" not in {r["mention"] for r in rows}


def test_a_definite_head_takes_the_kind_of_the_body_it_stands_for():
    # ANT 2018 (blind6): «الوكالة» after the atomic energy agency is that organisation, not a news agency
    rows = _rows("وقالت الوكالة الدولية للطاقة الذرية في تقرير إن إيران ملتزمة بالاتفاق النووي. "
                 "وأضافت الوكالة أن مفتشيها زاروا كل المواقع.")
    agency = _one(rows, "الوكالة")
    assert agency["kind"] == "organisation"
    assert agency["entity"] == _one(rows, "الوكالة الدولية للطاقة الذرية")["entity"]
    news = _rows("ونقلت وكالة الأنباء السعودية عن مصدر مسؤول قوله إن الاجتماع انتهى. وأضافت الوكالة أن الوفد غادر.")
    assert _one(news, "الوكالة")["kind"] == "media"


def test_a_body_belonging_to_a_government_body_is_government():
    # SaudiNewsNet 2015 (blind23): the observatory «التابع لدار الإفتاء المصرية» is the state's, and so is «المرصد»
    rows = _rows("قال مرصد الفتاوى التكفيرية والآراء المتشددة التابع لدار الإفتاء المصرية إن التيارات التكفيرية "
                 "ترى في أي منجز حضاري عدوا لها. وأضاف المرصد، في بيان له أمس السبت أن هذه الدعوة خطيرة.")
    assert _one(rows, "مرصد الفتاوى التكفيرية والآراء المتشددة")["kind"] == "government"
    assert _one(rows, "المرصد")["kind"] == "government"


def test_a_canal_is_a_place_and_a_un_agency_an_organisation():
    # SaudiNewsNet 2015 (blind23): «قناة السويس» and «القناة» after it are the canal, no channel;
    # «وكالة الأمم المتحدة …» is a UN body, no news agency
    rows = _rows("وأضاف المرصد أن هذه الدعوة تأتي في التوقيت الذي افتتحت فيه مصر قناة السويس الجديدة، "
                 "خاصة وأن القناة تعد من موارد الدخل القومي الرئيسية بالبلاد.")
    assert [_one(rows, m)["kind"] for m in ("قناة السويس الجديدة", "القناة")] == ["place", "place"]
    rows = _rows("وقالت وكالة الأمم المتحدة لغوث وتشغيل اللاجئين الفلسطينيين إن التمويل تراجع. "
                 "وقالت وكالة الأمم المتحدة للاجئين إن العدد ارتفع.")
    assert {r["kind"] for r in rows if r["mention"].startswith("وكالة")} == {"organisation"}


def test_a_facility_s_management_a_state_agency_and_a_front_are_what_they_are():
    # Al Arabiya (blind23): «إدارة المستشفى» is the hospital's, an organisation, not a government office
    rows = _rows("وحررت إدارة المستشفى 5 شهادات وفاة، نتيجة هبوط في الدورة الدموية. "
                 "وقالت إدارة التعليم بمحافظة حفر الباطن إن الدراسة تبدأ الأحد.")
    assert _one(rows, "إدارة المستشفى")["kind"] == "organisation"
    assert _one(rows, "إدارة التعليم")["kind"] == "government"
    # an agency named by its field is the state's, no news agency; the Polisario Front is a group, no front line
    rows = _rows("وقالت وكالة المسح الجيولوجي الأمريكية إن الزلزال بلغت قوته 6 درجات. "
                 "ويتهم المغرب جبهة البوليساريو، المدعومة من الجزائر، بمحاولة تغيير الوضع.")
    assert _one(rows, "وكالة المسح الجيولوجي الأمريكية")["kind"] == "government"
    assert _one(rows, "جبهة البوليساريو")["kind"] == "group"


def test_a_facility_that_speaks_is_an_organisation():
    # BBC Arabic (London City airport): «وقال المطار» is the airport's operator; «في المطار» the place
    rows = _rows("أغلق مطار لندن سيتي أمس بعد العثور على قنبلة. وقال المطار: \"ألغيت كافة الرحلات\". "
                 "وهبطت الطائرة في المطار.")
    assert [r["kind"] for r in _all(rows, "المطار")] == ["organisation", "place"]


def test_a_company_named_by_a_place_or_a_rare_word_and_its_field():
    # SaudiNewsNet 2015 (blind5, blind6): «نسما للطيران», «قطر للتأمين»; a country asked to invest is none
    rows = _rows("وتسير رحلاتها من وإلى مطار الجوف أربع شركات وهي نسما للطيران وفلاي دبي، "
                 "وارتفع سهم قطر للتأمين 1.2 في المائة.")
    assert _one(rows, "نسما للطيران")["kind"] == _one(rows, "قطر للتأمين")["kind"] == "organisation"
    assert "قطر" not in {r["mention"] for r in rows}
    asked = _rows("ودعا الوزير مصر للاستثمار في الطاقة.")
    assert _one(asked, "مصر")["kind"] == "government"


def test_a_word_in_quotes_after_a_body_may_be_its_object_not_its_other_name():
    # ANT 2018 (blind3): «منحت منظمة الأمم المتحدة للتربية والعلوم والثقافة "شوكان" جائزة»
    rows = _rows('ومنحت منظمة الأمم المتحدة للتربية والعلوم والثقافة "شوكان" جائزة اليونسكو الدولية لحرية الصحافة.')
    assert all(r["mention"] != "شوكان" or r["kind"] == "person" for r in rows), rows


def test_the_team_behind_lil_is_the_club_and_a_team_of_a_body_is_that_body():
    # SaudiNewsNet 2015 (blind14): «أنهينا فترة البرنامج الإعدادي للفريق»; ANT 2018 (blind6): «أحد أعضاء فريق الشرطة»
    rows = _rows("وقال البيشي: الحمد لله، أنهينا فترة البرنامج الإعدادي للفريق بمواجهتنا أمام النادي الأفريقي "
                 "أحد أقوى الفرق في مباراة ودية قبل انطلاق الدوري.")
    assert _one(rows, "لفريق")["kind"] == "organisation", rows
    rows = _rows("وأوضح دان بينس، أحد أعضاء فريق الشرطة المطلع على الحادث، أن الطائرة هبطت.")
    assert _one(rows, "الشرطة")["kind"] == "government"
    assert not [r for r in rows if r["mention"].startswith("فريق")], rows
    # ANT 2018 (blind14): «وقال مون إن فريق بلاده سيشارك»: his country's team, no club named «فريق بلاده»
    rows = _rows("وقال الرئيس الكوري الجنوبي مون جيه-إن إن فريق بلاده سيشارك في الألعاب.")
    assert not [r for r in rows if r["mention"].startswith("فريق")], rows


def test_state_bodies_by_their_common_names():
    # ANT 2018 (blind2, blind4, blind9, blind11): the air force and navy, the National Guard, the Supreme Court, Congress
    rows = _rows("وقصفت إحدى طائرات سلاح الجو الليبي مواقع، وقالت البحرية الأمريكية إنها تحقق، "
                 "واستدعي الحرس الوطني، وأيدت المحكمة العليا الحكم، ودعا أعضاء الكونجرس إلى التصويت.")
    for name in ("سلاح الجو الليبي", "البحرية الأمريكية", "الحرس الوطني", "المحكمة العليا", "الكونجرس"):
        assert _one(rows, name)["kind"] == "government", rows
    # a maritime adjective after a definite noun is no navy («الملاحة البحرية»)
    rows = _rows("وهدد الحوثيون حرية الملاحة البحرية في المياه الإقليمية.")
    assert not [r for r in rows if "البحرية" in r["mention"]], rows


def test_a_body_of_a_kind_described_by_adjectives_names_no_body():
    # ANT 2018 (blind9, blind12): «تشكيل حكومة وحدة وطنية», «تابعت لجنة طبية»; a nationality still names one
    rows = _rows("ودعت الفصائل إلى تشكيل حكومة وحدة وطنية، وتابعت لجنة طبية حالة المعتقل.")
    assert not [r for r in rows if r["mention"].startswith(("حكومة", "لجنة"))], rows
    assert _one(_rows("وأدانت محكمة تركية الصحفيين."), "محكمة تركية")["kind"] == "government"


def test_dawlat_opens_the_name_of_the_country_it_stands_before():
    # ANT 2018 (blind2, blind11): «استنكار دولة الكويت», «إن دولة الإمارات لن تدخر جهدا»; in a place phrase a place
    assert _one(_rows("وقالت دولة الكويت إنها تدين الهجوم."), "دولة الكويت")["kind"] == "government"
    assert _one(_rows("وصلت الطائرة إلى دولة الإمارات أمس."), "دولة الإمارات")["kind"] == "place"


def test_a_government_named_by_its_leader_holds_the_leader():
    # SaudiNewsNet 2015 (blind6, blind8): «حكومة خادم الحرمين الشريفين»; ANT 2018 (blind15): «إدارة ترامب»
    rows = _rows("وأشاد الحجاج بالدعم الذي توفره حكومة خادم الحرمين الشريفين، فيما شنت إدارة ترامب حملة.")
    assert _one(rows, "حكومة خادم الحرمين الشريفين")["kind"] == "government"
    assert _one(rows, "إدارة ترامب")["kind"] == "government"
    assert _one(rows, "ترامب")["kind"] == "person"


def test_a_nisba_between_a_portfolio_and_a_nationality_joins_the_title():
    """«وزير التعاون الإقليمي الإسرائيلي» (Al Arabiya): «الإقليمي» modifies the title, so the
    nationality after it is the minister's affiliation, and his later «الوزير تساحي هنغبي» is
    the same Israeli minister («التعاون» ends like a plural and is none)."""
    rows = _rows("واجتمع السفير مع وزير التعاون الإقليمي الإسرائيلي، في القدس. "
                 "وقال الوزير تساحي هنغبي إن قطر تدعم الحركة.")
    title = _one(rows, "وزير التعاون الإقليمي الإسرائيلي")
    assert title["affiliation"] == "إسرائيل"
    assert _one(rows, "تساحي هنغبي")["entity"] == title["entity"]


# ------------------------------------------- mined titles, modifiers and heads (issue 11, session 17)
def test_mined_titles_and_modifiers_open_a_person():
    """Titles and modifiers mined before known person names (scripts/mine_vocabulary.py) and reviewed:
    a title of address (السيد), a rank (العماد), a modifier of the title (المعزول) and a nationality
    adjective the CLDR derivation misses (الفلبيني) belong to the person they precede."""
    rows = _rows("وصرح السيد حسن روحاني بأن الاتفاق مهم. والتقى العماد ميشال عون بالرئيس المعزول محمد مرسي. "
                 "وقال الرئيس الفلبيني رودريغو دوتيرتي إن الوضع صعب.")
    assert _one(rows, "حسن روحاني")["title"] == "السيد"
    assert _one(rows, "ميشال عون")["title"] == "العماد"
    assert _one(rows, "محمد مرسي")["title"] == "الرئيس المعزول"
    assert not _all(rows, "الرئيس")  # «المعزول» no longer cuts the title from the name
    assert _one(rows, "رودريغو دوتيرتي")["affiliation"] == "الفلبين"


def test_mined_heads_open_a_body():
    """Heads mined as the subjects of reporting verbs before a nationality adjective and reviewed."""
    rows = _rows("وأعلن خفر السواحل الإيطالي إنقاذ مئة مهاجر. ودانت نقابة الصحفيين اليمنيين القرار. "
                 "وقالت دار الإفتاء المصرية إن العيد غدا.")
    coast = _one(rows, "خفر السواحل الإيطالي")
    assert (coast["kind"], coast["affiliation"]) == ("government", "إيطاليا")
    assert _one(rows, "نقابة الصحفيين اليمنيين")["kind"] == "organisation"
    assert _one(rows, "دار الإفتاء المصرية")["kind"] == "government"


def test_ala_spelled_with_alef_maqsura_after_a_title_is_the_preposition_in_a_text_that_spells_fi_with_ya():
    # Al-Arabiya 2018 (blind11), Sabq / Okaz (blind2, blind8): «على» read as the given name «علي»
    text = ("وصل الرئيس الإيراني إلى جنيف في زيارة رسمية. وقال الرئيس الإيراني على هامش زيارته إن بلاده "
            "مستعدة للحوار. وأكد مدرب الفريق على جاهزية اللاعبين في المباراة.")
    mentions = [r["mention"] for r in _rows(text)]
    assert not any("هامش" in m or "جاهزية" in m for m in mentions)
    # a text that writes «فى» tells nothing by the letter: «على» there may be the name
    names = [r["name"] for r in _rows("وقال الرئيس اليمنى السابق على عبدالله صالح فى كلمة ألقاها أمس.")]
    assert "على عبدالله صالح" in names


# The New York Times via Asharq Al-Awsat, SaudiNewsNet 2015-08-03 (#115): Zhou Qunfei of Lens Technology
ZHOU = ("تعد تشو كونفاي أغنى امرأة عصامية في العالم. يقول تشو شيني ابن عمها، والذي عاونها في "
        "افتتاح ورشة العمل «في لغة هونان نسمي النساء مثلها (با دي مان)». تصمم السيدة تشو وتشرف تقريبا على "
        "كل خطوة من خطوات هذه العملية. وتقول السيدة تشو «كانت ظروف العمل قاسية».")


def test_and_before_a_word_of_the_corpus_ends_a_name_before_another_word():
    """«و» + a word the reference corpus holds more often alone (تشرف، جاسم) opens the next clause or
    the next name of a list, when a word follows it; before a mark it may be a family name (وهبة)."""
    rows = _rows(ZHOU)
    assert "تشو وتشرف" not in [r["mention"] for r in rows]
    # SaudiNewsNet 2015 (al-Watan): a list of actors
    rows = _rows("بحكم مشاركتي في بطولته إلى جانب حياة الفهد وجاسم النبهان وطيف وهدى الخطيب ومحمود بوشهري.")
    assert _one(rows, "حياة الفهد")["kind"] == "person"
    rows = _rows("وقدم لنا الكاتب والممثل رافي وهبة (حلاوة الروح)، والكاتبة يم مشهدي.")
    assert _one(rows, "رافي وهبة")["kind"] == "person"


def test_a_link_before_a_kinship_noun_ends_the_name():
    """«ابن عمها», «ابن عم صدام حسين»: whose relative the person is, an apposition after the name,
    not the link of a longer name; the short name later links to the full name, not to the relative's."""
    rows = _rows(ZHOU)
    assert _one(rows, "تشو شيني")["name"] == "تشو شيني"
    assert not any("ابن" in r["mention"] for r in rows)
    # Sky News Arabia 2018 (ANT): Ali Hassan al-Majid, Saddam Hussein's cousin
    rows = _rows('في كانون الثاني/يناير 2010، أعدم الفريق علي حسن المجيد ابن عم صدام حسين المعروف بلقب '
                 '"علي الكيماوي" شنقاً.')
    assert _one(rows, "علي حسن المجيد")["kind"] == "person"
    assert _one(rows, "صدام حسين")["entity"] != _one(rows, "علي حسن المجيد")["entity"]
    # ANT 2018: «صهره» (his son-in-law) before a name, like «ابنه»
    rows = _rows("وكلف الرئيس ترامب صهره كوشنر بتولي ملف عملية السلام في الشرق الأوسط.")
    assert _one(rows, "ترامب")["entity"] != _one(rows, "كوشنر")["entity"]


def test_a_verb_after_a_title_and_name_is_no_word_of_the_name():
    """«السيدة تشو | كن قادرات»: the verb «كن» (they were) ends the name, and the later «السيدة تشو»
    links to «تشو كونفاي», the full name before it."""
    rows = _rows("على طول الطريق، تزوجت السيدة تشو كونفاي من رئيسها في المصنع السابق. وفي دولة ذات مواطنين "
                 "عصاميين قليلين، فإن سيدات الأعمال على شاكلة السيدة تشو كن قادرات على وضع بصماتهن سريعا. "
                 "تبلغ حصة السيدة تشو في شركة «لينس تكنولوجي» مبلغ 7.2 مليار دولار.")
    assert "تشو كن قادرات" not in [r["mention"] for r in rows]
    assert {r["name"] for r in rows if r["mention"] == "تشو"} == {"تشو كونفاي"}


def test_a_plural_participle_after_a_name_is_no_family_name():
    """«قادرون» after a name is the predicate of those named (SaudiNewsNet 2015, a sports page), not
    a family name: a participle's stem the reference corpus holds with other adjective endings
    (قادرة، قادرين); «جاكسون» is none, whose «جاكسة، جاكسين» no one writes."""
    rows = _rows("وأشار المدرب إلى أن ثيو والكوت وأوليفر جيرو وجاك ويلشير قادرون على اللعب مع ريال مدريد.")
    assert _one(rows, "جاك ويلشير")["kind"] == "person"
    rows = _rows('وقالت المحطة إن وثائقي "ذي لاست دايز اوف مايكل جاكسون" الذي يعرض الخميس يتضمن مقابلات.')
    assert _one(rows, "مايكل جاكسون")["kind"] == "person"


def test_a_bare_kinship_noun_after_a_name_ends_it():
    """«شقيق الطفل», «نجل القذافي», «زوجة المخرج»: the person's relation to someone named after it,
    not a word of the name (Okaz 2015; ANT 2018)."""
    rows = _rows("وقال لـ«عكاظ» حسن طالع جعفري شقيق الطفل «إن العريف أنقذ شقيقي عبدالرحمن».")
    assert _one(rows, "حسن طالع جعفري")["kind"] == "person"
    rows = _rows("وكان اللواء 32 المعزز الذي كان يقوده العقيد خميس نجل القذافي قبل مقتله في أحداث 2011 من أقوى الوحدات.")
    assert _one(rows, "خميس")["name"] == "خميس"


def test_an_adverb_or_the_verb_of_age_after_a_name_is_no_word_of_it():
    """«قبيل» (shortly before), «إزاء» (towards) and «ناهز» (of «عن عمر ناهز 89 عاما», at an age of
    nearly) are no name words: not_a_name in entity_words.tsv (SaudiNewsNet 2015, ANT 2018)."""
    rows = _rows("منذ رحيل المدرب الاسكتلندي ديفيد مويز قبيل نهاية موسم 2013-2014.")
    assert _one(rows, "ديفيد مويز")["kind"] == "person"
    rows = _rows("وتوفيت في 30 حزيران/يونيو عن عمر ناهز 89 عاما.")
    assert not any("ناهز" in r["mention"] for r in rows)


def test_a_noun_or_verb_with_her_or_their_after_a_name_is_no_word_of_it():
    """A word with «ها، هم، هما» whose stem the reference corpus knows ends a name however rare the
    whole word (غيابهما، أخبرهم): SaudiNewsNet 2015 (a sports page), ANT 2018."""
    rows = _rows("واصل المدافع محمد عبدالشافي والمهاجم صالح العمري غيابهما عن معسكر الأهلي لليوم الثاني.")
    assert _one(rows, "صالح العمري")["kind"] == "person"
    rows = _rows("وقال مبعوثون لدى عودتهم من بيونغيانغ إن كيم جونغ أون أخبرهم أنه يرغب الآن في إجراء محادثات.")
    assert not any("أخبرهم" in r["mention"] for r in rows)


def test_a_listed_full_name_is_whole_before_a_common_noun():
    """A listed name of two words or more goes on with a name's word, not with a common noun: what
    the person did (ANT 2018, SaudiNewsNet 2015); a family nisba still goes on («عبد الله العنزي»)."""
    rows = _rows("حين أعلن حسن روحاني ترشيح نفسه للرئاسة في 2013 قال إنه استبق ذلك.")
    assert _one(rows, "حسن روحاني")["kind"] == "person"
    rows = _rows("ويرفض جيب بوش دبلوماسية الرئيس أوباما مع إيران.")
    assert _one(rows, "جيب بوش")["kind"] == "person"
    rows = _rows("ومن المرجح أن يكون عبد الله العنزي جاهزًا للمشاركة خلال شهر ونصف الشهر.")
    assert _one(rows, "عبد الله العنزي")["kind"] == "person"


def test_a_plural_participle_look_alike_before_a_title_is_a_family_name():
    """A word shaped like a plural participle ends a name only when no title follows it: before one
    it is the family name of the person the title describes («انطوني مالكين رئيس …», the bundled
    SaudiNewsNet sample; «إدوين ماسون، الأستاذ …», ANT BBC culture 2018), while «قادرون على اللعب»
    is still a predicate.  A stem too short for a participle («مين» of «سون هيونج مين», ANT BBC
    sport 2018) is none."""
    rows = _rows("واوضح انطوني مالكين رئيس امباير ستايت بيلدينغ ريالتي تراست الذي يملك ناطحة السحاب الشهيرة.")
    assert _one(rows, "انطوني مالكين")["kind"] == "person"
    rows = _rows("وقال إدوين ماسون، الأستاذ المساعد في جامعة فرجينيا، إن الفكرة قديمة.")
    assert _one(rows, "إدوين ماسون")["kind"] == "person"
    rows = _rows("ثم أضاف سون هيونج مين الهدف الثاني لمنتخب بلده في اللحظات الأخيرة.")
    assert _one(rows, "سون هيونج مين")["kind"] == "person"
    rows = _rows("وأشار المدرب إلى أن ثيو والكوت وأوليفر جيرو وجاك ويلشير قادرون على اللعب مع ريال مدريد.")
    assert _one(rows, "جاك ويلشير")["kind"] == "person"


def test_an_outlets_name_runs_over_what_the_outlet_is():
    """«الحكومية», «الإخبارية», «الأسبوعية» and a nationality after a news outlet's name are part of it
    (blind sets: «وكالة الأنباء الكويتية الحكومية», «وكالة يونهاب الاخبارية», «صحيفة القدس
    الفلسطينية»), and the outlet named without them is the same entity."""
    rows = _rows("وأصيب 227 آخرين، وفق ما ذكرت وكالة الأنباء الكويتية الحكومية “كونا”.")
    assert _one(rows, "وكالة الأنباء الكويتية الحكومية")["kind"] == "media"
    rows = _rows("وقال الابن الاكبر لتشوي لوكالة يونهاب الاخبارية إن والدته توفيت.")
    assert _one(rows, "وكالة يونهاب الاخبارية")["kind"] == "media"
    rows = _rows("ونشرت صحيفة القدس الفلسطينية رسما. وكتبت صحيفة القدس أن المدينة حزينة.")
    first, later = _one(rows, "صحيفة القدس الفلسطينية"), _one(rows, "صحيفة القدس")
    assert first["entity"] == later["entity"]


def test_an_armed_group_named_as_an_army_is_a_group():
    """«جيش الإسلام», «الجيش السوري الحر» are armed groups, not a state's army (blind sets, ANT
    2018 on the Ghouta); «الجيش الروسي» stays the government's."""
    rows = _rows("أعلن جيش الإسلام التوصل إلى اتفاق مع الجيش الروسي لإجلاء المقاتلين. "
                 "وقال الجيش السوري الحر إن القصف مستمر.")
    assert _one(rows, "جيش الإسلام")["kind"] == "group"
    assert _one(rows, "الجيش السوري الحر")["kind"] == "group"
    assert _one(rows, "الجيش الروسي")["kind"] == "government"


def test_a_possessed_plural_after_a_title_is_no_name():
    """«انتقاداته» after «الرئيس الأمريكي» is what the president did (blind set, «واستأنف الرئيس
    الأمريكي انتقاداته في تغريداته»), not his name: a sound feminine plural with an attached pronoun
    whose plural the reference corpus holds is no name word."""
    rows = _rows("واستأنف الرئيس الأمريكي انتقاداته في تغريداته الصباحية من ألمانيا.")
    assert "انتقاداته" not in [r["mention"] for r in rows]
    assert _one(rows, "الرئيس الأمريكي")["kind"] == "person"
    rows = _rows("وجه جوزيه مورينيو مدرب مانشستر يونايتد انتقاداته إلى لاعبيه بعد أداء باهت.")
    assert "انتقاداته" not in [r["mention"] for r in rows]


def test_a_generic_plural_after_a_reporting_verb_is_a_source():
    """«مسؤولون», «مصادر» alone are generic, but right after a reporting verb and before «إن/أن»
    or a mark they are the unnamed ones who speak (blind sets: «وقال مسؤولون إن الكوريتين لم
    تتوصلا لاتفاق»); «خبراء» in running text stays no mention."""
    rows = _rows("وقال مسؤولون إن الكوريتين لم تتوصلا لاتفاق.")
    assert _one(rows, "مسؤولون")["anonymous"]
    rows = _rows("وأكدت مصادر أن مدرب الشباب أفصح عن خطته.")
    assert _one(rows, "مصادر")["anonymous"]
    rows = _rows("ويعتقد أن خبراء الطاقة يتابعون السوق.")
    assert "خبراء" not in [r["mention"] for r in rows]


# Al Riyadh, 2 August 2015 (SaudiNewsNet 2015-08-02.zip #615), first sentences
GHALLOUL = ("تفاعلت وزارة الصحة مع شكوى أسرة المواطن عبدالعزيز فهد الغلول \" 25 عاماً\" بعد نشر معاناة ابنهم "
            "المريض عبر موقع التواصل الاجتماعي \"تويتر\".\nوقال المواطن محمد الغلول أخ المريض لـ\" الرياض\" إن "
            "أخاه عبدالعزيز نُقل من عرعر إلى مستشفى الملك فهد بالدمام أمس الأحد.\nوأضاف أن عبدالعزيز تعرض لحادث "
            "دهس من قبل \"مفحط\" في عرعر.\nوأوضح الغلول أن التقرير الطبي أشار إلى حاجة المريض للإحالة.")
# Al Watan, 9 August 2015 (SaudiNewsNet 2015-08-09.zip #852)
ABUSHOUSHA = ("استقبل أمس والدا وذوو الشهيدين العريف عمر أحمد أبوشوشة والعريف مفرح أحمد الشديدي في مجلسي العزاء. "
              "ومن جهته، قدم رئيس الرقباء المتقاعد أحمد عمر أبوشوشة والد الشهيد العريف عمر أبوشوشة شكره لهم.")


def test_a_surname_alone_is_the_nearest_full_name_before_it():
    """«الغلول» is the brother named last with that surname, whatever the other man's given name
    «عبدالعزيز» said between them."""
    rows = _rows(GHALLOUL)
    assert _one(rows, "الغلول")["entity"] == _one(rows, "محمد الغلول")["entity"]
    assert _one(rows, "محمد الغلول")["entity"] != _one(rows, "عبدالعزيز فهد الغلول")["entity"]


def test_names_with_other_given_names_are_other_people():
    """The father «أحمد عمر أبوشوشة» holds every word of his son «عمر أحمد أبوشوشة»'s name but is
    another man; «عمر أبوشوشة» opens as the son's name does."""
    rows = _rows(ABUSHOUSHA)
    son, father = _one(rows, "عمر أحمد أبوشوشة")["entity"], _one(rows, "أحمد عمر أبوشوشة")["entity"]
    assert son != father and _one(rows, "عمر أبوشوشة")["entity"] == son
    rows = _rows("قال المرشح اليساري أندريس مانويل لوبيز أوبرادور إنه فاز. وأضاف لوبيز أوبرادور أن النتائج واضحة.")
    assert _one(rows, "لوبيز أوبرادور")["entity"] == _one(rows, "أندريس مانويل لوبيز أوبرادور")["entity"]


# CNN Arabic, 15 April 2018 (ANT corpus CN-middleEast-640-20180415), first sentences
NASRALLAH = ("قال الأمين العام لجماعة \"حزب الله\" اللبنانية، حسن نصرالله، الأحد، إن الضربة المشتركة للولايات "
             "المتحدة وبريطانيا وفرنسا، فجر السبت، ستعقّد من \"الحل السياسي في سوريا ومسار جنيف والعلاقات الدولية.\"\n"
             "ووصف نصرالله الضربة بـ \"العدوان\"، وأن أحد أهدافه تمثلت بـ \"التهويل من أجل الابتزاز.\"")


def test_a_name_ends_at_the_surname_of_someone_named_before():
    """«ووصف نصرالله الضربة»: «نصرالله» is the man named before, «الضربة» the object; a name
    named in full before goes on only with a link («عبد الله بن زايد آل نهيان»)."""
    rows = _rows(NASRALLAH)
    later = [r for r in rows if r["kind"] == "person"][-1]
    assert later["mention"] == "نصرالله" and later["entity"] == _one(rows, "حسن نصرالله")["entity"]
    rows = _rows("التقى الشيخ عبد الله بن زايد وزير الخارجية المبعوث الأممي. وقال الشيخ عبد الله بن زايد آل نهيان "
                 "إن الإمارات تدعم اليمن.")
    assert _one(rows, "عبد الله بن زايد آل نهيان")["entity"] == _one(rows, "عبد الله بن زايد")["entity"]


def test_a_states_army_by_its_other_names_is_one_entity():
    """«الجيش الإسرائيلي» and «القوات الإسرائيلية» are one army (Sky News Arabia, 31 March 2018, ANT
    SK-middleEast-693-20180331); a branch («القوات الجوية السورية») is another."""
    rows = _rows("أطلقت القوات الإسرائيلية طلقات تحذيرية باتجاه شبان فلسطينيين احتشدوا على الحدود بين قطاع غزة "
                 "وإسرائيل، السبت، مما أسفر عن إصابة 13 شخصا على الأقل. وقال الجيش الإسرائيلي إن بعض المحتجين "
                 "أطلقوا النار ودحرجوا إطارات مشتعلة باتجاه القوات الإسرائيلية على الحدود.")
    army = {r["entity"] for r in rows if r["mention"] in ("القوات الإسرائيلية", "الجيش الإسرائيلي")}
    assert len(army) == 1
    # Sky News Arabia, 2 August 2018 (ANT SK-middleEast-3241-20180802)
    rows = _rows("أعلن الجيش الأردني، الخميس، أنه تصدى لعدد من مسلحي تنظيم \"داعش\". وختم: \"تؤكد القوات المسلحة "
                 "الأردنية أنها بأعلى درجات الجاهزية للتعامل مع أي عصابات أو عناصر إرهابية بالقوة\".")
    assert _one(rows, "الجيش الأردني")["entity"] == _one(rows, "القوات المسلحة الأردنية")["entity"]
    # Al Jazirah, 2 August 2015 (SaudiNewsNet 2015-08-02.zip #392)
    rows = _rows("كما قال المرصد السوري لحقوق الإنسان أمس السبت إن الجيش السوري والفصيل المتحالف معه استعادا "
                 "السيطرة على عدد من القرى. وذكر أن القوات الجوية السورية قصفت المنطقة أكثر من 270 مرة في أربعة أيام.")
    assert _one(rows, "القوات الجوية السورية")["entity"] != _one(rows, "الجيش السوري")["entity"]


# Al Arabiya, 30 March 2018 (ANT corpus AL-internationalNews-687-20180330), first sentences
DANIELS = ("رفض قاضٍ فيدرالي في لوس أنجلوس، الخميس، طلباً قدمته الممثلة الإباحية ستورمي دانيالز لإجبار الرئيس "
           "الأميركي دونالد ترمب على الإدلاء بشهادته في قضية العلاقة المزعومة بينهما.\nوقال مايكل أفيناتي، محامي "
           "دانيالز، إنه يخطط لإعادة تقديم الطلب ما إن يقدم مايكل كوهين محامي ترمب رداً رسمياً على دعوى دانيالز "
           "التي تحاول إلغاء اتفاق وقعته العام الماضي.")


def test_a_name_starts_at_the_surname_of_someone_named_before():
    """«محامي دانيالز»: the role noun is no part of a name; the mention is «دانيالز», the actress,
    and so is the surname after it."""
    rows = _rows(DANIELS)
    actress = _one(rows, "ستورمي دانيالز")["entity"]
    assert [r["entity"] for r in _all(rows, "دانيالز")] == [actress, actress]


def test_a_name_ends_before_a_word_the_text_never_calls_the_person_by():
    """Al Jazirah, 8 August 2015 (SaudiNewsNet 2015-08-08.zip #322): «صائب عريقات القائم بأعمال …»
    and later «وقال عريقات»: «القائم» opens the title, not the name."""
    rows = _rows("صرح صائب عريقات القائم بأعمال أمين سر اللجنة التنفيذية لمنظمة التحرير الفلسطينية، أن دعم لجنة "
                 "متابعة مبادرة السلام العربية لطلب رئيس دولة فلسطين محمود عباس تأمين حماية دولية لدولة فلسطين، "
                 "هو محط احترام لكل الفلسطينيين.\nوقال عريقات «اتفقنا أن تبدأ الأردن المشاورات مع الدول العربية».")
    assert _one(rows, "صائب عريقات")["entity"] == _one(rows, "عريقات")["entity"]


def test_a_definite_head_alone_is_the_body_or_place_named_with_it():
    """Al Riyadh, 9 August 2015 (SaudiNewsNet 2015-08-09.zip #685): «وسط القطاع» after «قطاع غزة»
    is Gaza; France 24 (entities_dev3): «هذه المنطقة» after «منطقة دير العشائر», with its
    demonstrative."""
    rows = _rows("قصفت الطائرات الإسرائيلية موقعا تابعا لكتائب الشهيد عز الدين القسام في وسط قطاع غزة. وأكدت المصادر "
                 "الأمنية \"أن طائرات الاحتلال قصفت موقع (عيسى البطران) التابع لكتائب القسام بصاروخ واحد على الأقل "
                 "قرب محطة أبوعاصي في مخيم البريج وسط القطاع\".")
    assert _one(rows, "القطاع")["entity"] == _one(rows, "قطاع غزة")["entity"]
    assert _one(rows, "القطاع")["kind"] == "place"
    rows = _rows("وقال المراسل إن هناك \"أنباء عن تصدي الدفاعات الجوية السورية لهدف معاد اخترق الأجواء فوق منطقة دير "
                 "العشائر في ريف دمشق\". وتقع هذه المنطقة بالقرب من الحدود اللبنانية.")
    assert _one(rows, "هذه المنطقة")["entity"] == _one(rows, "منطقة دير العشائر")["entity"]


def test_a_body_with_its_head_is_the_body_as_the_lexicon_spells_it():
    """BBC Arabic, 19 May 2018 (ANT BB-middleEast-516-20180519): «منظمة هيومان رايتس ووتش» and
    «هيومان رايتس ووتش», which the lexicon writes «هيومن», are one body."""
    rows = _rows("اعتقلت السلطات السعودية سبعة أشخاص تتهمهم بالتواصل مع جهات أجنبية مشبوهة، بحسب وكالة الأنباء "
                 "السعودية الرسمية، بيد أن منظمة هيومان رايتس ووتش تقول إنهم ناشطون في مجال الدفاع عن حقوق المرأة.\n"
                 "ونقلت هيومان رايتس ووتش عن ناشطين قولهم إنه في أيلول/سبتمبر 2017 \"اتصل الديوان الملكي بناشطين "
                 "بارزين\".")
    assert _one(rows, "هيومان رايتس ووتش")["entity"] == _one(rows, "منظمة هيومان رايتس ووتش")["entity"]


def test_a_listed_name_that_is_a_verbal_noun_before_its_object_is_no_body():
    """Al Arabiya, 28 February 2018 (ANT AL-internationalNews-261-20180228): «فتح أبوابها» is the
    church opening its doors; Al Jazirah, 2 August 2015 (SaudiNewsNet 2015-08-02.zip #393): «بين
    حركتي فتح وحماس» names the movement."""
    rows = _rows("في ما يشبه \"الانتصار\" الصغير، أعادت #كنيسة_القيامة في القدس فتح أبوابها بعد 3 أيام من الإغلاق، "
                 "وذلك بعد إعلان السلطات الإسرائيلية تعليق قرار فرض الضرائب ضد ممتلكات الكنائس في القدس.")
    assert not _all(rows, "فتح")
    rows = _rows("وأخفق التوصل لاتفاق بين حركتي فتح وحماس لتشكيل حكومة وحدة وطنية، وسط رفض فصائل لاتخاذ أي خطوات "
                 "انفرادية.")
    assert _one(rows, "فتح")["kind"] == "group"


def test_a_kin_noun_again_is_the_same_relative():
    """BBC Arabic, 17 April 2018 (ANT BB-internationalNews-344-20180417): «زوجها السابق», then
    «زوجها» and «زوجها السابق» again, are one man."""
    rows = _rows("وكان زوجها السابق، وهو مخرج كوري شهير، اختطف بعد اختطافها بعدة أشهر.\nوعلى الرغم عن انفصالها "
                 "عن زوجها، إلا أنها بقيت على صلة وصداقة قوية مع زوجها السابق الذي سافر إلى هونغ كونغ للبحث عنها.")
    husband = {r["entity"] for r in rows if r["mention"] in ("زوجها", "زوجها السابق")}
    assert len(husband) == 1 and len([r for r in rows if r["mention"] in ("زوجها", "زوجها السابق")]) == 3


def test_a_title_only_mention_goes_to_the_person_holding_all_its_words():
    """France 24, 20 February 2018 (ANT FR-internationalNews-36-20180220): «الرئيس الأسبق» is
    Fujimori, whose titles hold «الأسبق», not the president named last, «الرئيس الحالي بابلو
    كوتشينسكي»."""
    rows = _rows("أمرت محكمة في البيرو بإعادة محاكمة الرئيس الأسبق ألبرتو فوجيموري (79 عاما) حسبما أعلنت السلطات "
                 "القضائية الاثنين. يشار إلى أنه في الخامس من كانون الثاني/يناير المنصرم، كان فوجيموري قد غادر بحرية "
                 "المستشفى الذي نقل إليه، وذلك بعد عفو عنه أصدره الرئيس الحالي بابلو كوتشينسكي وأدى إلى أزمة سياسية "
                 "في البلاد.\nوقد حيا وقتذاك، بيده اليمنى، مؤيديه قبل أن يستقل سيارة رباعية الدفع مع نجله الأصغر "
                 "كينجي، الشخصية السياسية المهمة في البيرو وأحد ورثة الرئيس الأسبق.")
    assert _one(rows, "الرئيس الأسبق")["entity"] == _one(rows, "ألبرتو فوجيموري")["entity"]


def test_a_title_serving_a_named_group_takes_the_group_not_its_nationality():
    """«الأمين العام لجماعة "حزب الله" اللبنانية، حسن نصرالله»: his affiliation is Hezbollah, as
    after «الأمين العام لحزب الله», not Lebanon."""
    rows = _rows(NASRALLAH)
    assert {r["affiliation"] for r in rows if r["kind"] == "person"} == {"حزب الله"}


def test_a_later_name_may_leave_the_middle_names_out():
    """Al Watan, 9 August 2015 (SaudiNewsNet 2015-08-09.zip #852): «مفرح الشديدي» is one mention of
    «مفرح أحمد الشديدي», the son, not «مفرح» and a surname that goes to his father named nearer."""
    rows = _rows("استقبل أمس والدا وذوو الشهيدين العريف عمر أحمد أبوشوشة والعريف مفرح أحمد الشديدي في مجلسي "
                 "العزاء. بدوره، قدم علي أحمد الشديدي والد الشهيد مفرح الشديدي شكره لهم وجميع القيادات الأمنية.")
    assert _one(rows, "مفرح الشديدي")["entity"] == _one(rows, "مفرح أحمد الشديدي")["entity"]


# SaudiNewsNet 2015-07-27.zip #257 (a Financial Times piece on Hong Kong's courts), three sentences
HONG_KONG = ("في المحكمة 23 في مجمع المحكمة العليا المكسو بألواح خشبية في هونج كونج، القاضي أندرو تشان، مرتديا شعرا "
             "مستعارا وجلبابا أحمر، يقاطع عمليات استجواب أحد الشهود، بغرض التوضيح.\nإذا نظرنا إلى الوراء في هذه "
             "القضية، كما يقول يوهانس تشان، وهو أستاذ في جامعة هونج كونج ومختص في حقوق الإنسان والقانون الدستوري: "
             "“أعتقد، بطريقة ما، تحاول المحكمة اختبار المياه”.\nيقول البروفيسور تشان: “أعتقد أن المحكمة لا يمكن أن "
             "تكون معيبة في تلك القضية”.")


def test_a_given_name_before_a_known_surname_is_another_person():
    """«يوهانس تشان» after «القاضي أندرو تشان» is another man: a word before a known surname is cut
    from a name only when it is a title in construct («محامي دانيالز»); «البروفيسور تشان» is then the
    nearest full name, the professor."""
    rows = _rows(HONG_KONG)
    judge, professor = _one(rows, "أندرو تشان")["entity"], _one(rows, "يوهانس تشان")["entity"]
    assert judge != professor and _one(rows, "تشان")["entity"] == professor


def test_a_reporting_verbs_verbal_noun_names_no_subject_after_it():
    """«في نقله لنص المحادثة» (Euronews 2018): after «في» the form of «نقل» is its verbal noun, not a
    verb with a subject after it; after a verb an unknown name is still its subject."""
    got = [r["mention"] for r in entity_rows(text_layer(
        "وأوضح الكرملين في نقله لنص المحادثة الهاتفية بين الرئيسين أن بوتين وماكرون اتفقا."))]
    assert got == ["الكرملين", "ماكرون"]
    got = [r["mention"] for r in entity_rows(text_layer("وأضاف كوستيغان إن الوضع هادئ في المدينة."))]
    assert got == ["كوستيغان"]  # an unknown name right after the verb is its subject


def test_the_dual_of_two_states_is_no_mention():
    """«البلدين» points back to two states, no one referent (rulebook: a mention names ONE specific
    referent); over the twenty gold sets it was marked 4 times in 25 (Asharq Al-Awsat, 9 August 2015,
    SaudiNewsNet 2015-08-09.zip #158)."""
    rows = _rows("وكانت العلاقات بين ألمانيا وروسيا تعرضت لانتكاسة قوية جراء اختلاف موقفي البلدين "
                 "حيال الصراع في أوكرانيا.")
    assert "البلدين" not in [r["mention"] for r in rows]


def test_a_name_called_alone_ends_before_a_word_of_the_sentence():
    """A given name that a full name before holds and the text calls the person by alone ends
    before a word of the reference corpus that no name holds (France 24, 9 June 2018; BBC Arabic,
    26 April 2018: blind4, blind17)."""
    rows = _rows("أصدرت ألمانيا مذكرة توقيف دولية بحق مدير المخابرات الجوية السورية اللواء جميل حسن. "
                 "وأوردت المجلة أن المدعي العام يتهم حسن (64 عاما) بأنه أمر ضباطه بالتعذيب. "
                 "وتشير التقارير إلى أن الاتهامات بحق حسن مبنية جزئيا على إفادات شهود.")
    assert "حسن مبنية" not in [r["mention"] for r in rows]
    assert len({r["entity"] for r in rows if r["mention"] in ("جميل حسن", "حسن")}) == 1
    rows = _rows("سيصبح كيم جونغ-أون الجمعة أول رئيس كوري شمالي يعبر خط الحدود العسكري. "
                 "وسيلتقي كيم الرئيس الكوري الجنوبي مون جاي-إن. سيرافق كيم وفد مكون من تسعة مسؤولين.")
    assert "كيم وفد" not in [r["mention"] for r in rows]


def test_an_outlet_in_brackets_after_a_dateline_is_no_name_of_the_country():
    """CNN Arabic's dateline credits the outlet in brackets after the country («(CNN)--»): the
    country keeps its own entity and name, not «سي إن إن» (CNN Arabic, 14 August 2018: blind4)."""
    rows = _rows("واشنطن، الولايات المتحدة الأمريكية (CNN)-- أعلنت المتحدثة باسم وزارة الخارجية الأمريكية "
                 "هيذر نويرت، الثلاثاء، أن الولايات المتحدة لن تتراجع.")
    usa = [r for r in rows if r["mention"] == "الولايات المتحدة الأمريكية"][0]
    cnn = _one(rows, "CNN")
    assert usa["name"] != cnn["name"] and usa["entity"] != cnn["entity"]


def test_a_country_behind_lam_after_a_noun_of_going_is_a_place():
    """A country or capital behind «لـ» after a noun or participle of going in its clause is the
    destination, no actor (Sky News Arabia, 22 June 2018: blind14; Al Madina, 8 August 2015,
    SaudiNewsNet 2015-08-08.zip #522: blind7)."""
    rows = _rows("استقبل الرئيس الروسي فلاديمير بوتن الجمعة رئيس كوريا الجنوبية في أول زيارة من نوعها "
                 "لروسيا منذ 1999.")
    assert _one(rows, "روسيا")["kind"] == "place"
    rows = _rows("وذكر مسؤولان في وزارة الخارجية الروسية أنه لا يمكنهما تأكيد أو نفي زيارة سليماني لموسكو")
    assert _one(rows, "موسكو")["kind"] == "place"
    rows = _rows("وهدد بفرض عقوبات جديدة على الشركات الموالية لروسيا.")
    assert _one(rows, "روسيا")["kind"] == "government"


def test_one_of_a_group_of_unnamed_sources_is_an_anonymous_mention():
    """«أحد» + a definite plural of an unnamed source's head is one unnamed source (Al Weeam,
    4 August 2015, SaudiNewsNet 2015-08-04.zip #960: blind14)."""
    row = _one(_rows("ووصف أحد المصادر المعلومات بأنها أولية."), "أحد المصادر")
    assert row["kind"] == "person" and row["anonymous"]


def test_a_title_after_an_office_or_cup_noun_names_no_one():
    """A title alone after «منصب» or «كأس» is the office or the cup's name, no person (Asharq
    Al-Awsat, 2 August 2015, SaudiNewsNet 2015-08-02.zip #167: blind18); «مسؤولة عن» says
    «responsible for», no source (BBC Arabic, 12 July 2018: blind10)."""
    rows = _rows("وأظهرت نتائج استطلاع للرأي تأييد نحو ثلثي الألمان لتقديم الحزب الاشتراكي الديمقراطي لمرشح "
                 "خاص به لشغل منصب المستشار في الانتخابات البرلمانية المقبلة.")
    assert "المستشار" not in [r["mention"] for r in rows]
    rows = _rows("وتشير بيانات الاتحاد الأوروبي إلى أن روسيا مسؤولة عن نحو ما بين 50 و75 في المئة من واردات "
                 "برلين من الغاز.")
    assert "مسؤولة" not in [r["mention"] for r in rows]
    assert _one(_rows("وقال مسؤول عن الملف إن المفاوضات مستمرة."), "مسؤول")["anonymous"]


def test_a_mined_name_with_a_conjoined_common_word_is_no_name():
    """The mined list held «تعازي ومواساة» as a person: a later word that is «و» + a common word of
    the reference corpus makes a mined "name" a clause (Al Eqtisadiah, 9 August 2015,
    SaudiNewsNet 2015-08-09.zip #218: blind15)."""
    rows = _rows("ونقل نائب خادم الحرمين الشريفين في بداية الاجتماع تعازي ومواساة خادم الحرمين الشريفين.")
    assert not [r for r in rows if "تعازي" in r["mention"]]


def test_a_woman_called_by_a_surname_is_not_the_man_of_that_surname():
    """«السيدة تشو» (a feminine title) after «يقول تشو شيني ابن عمها» (a masculine verb in the
    present before him) is Zhou Qunfei, not her male cousin (The New York Times via Asharq
    Al-Awsat, SaudiNewsNet 2015-08-03.zip #115): the nearest full name must not differ in gender."""
    rows = _rows(ZHOU)
    cousin = _one(rows, "تشو شيني")
    assert all(r["entity"] != cousin["entity"] for r in rows if r["mention"] == "تشو" and r["title"] == "السيدة")
    assert cousin["title"] != "السيدة"


def test_one_nisba_test_serves_dates_and_claims():
    """«اليوم العائلي» (a kind of day), «وكالة الأنباء الفرنسية» (a quoted agency's nationality) and
    «الناشطون المحليون» (a coordinated source) all ask one question, with their own strictness."""
    from maqal.entities.morphology import is_nisba
    assert is_nisba("العائلي", article="required") and is_nisba("الوطنية", article="required")
    assert not is_nisba("عسكرية", article="required") and is_nisba("عسكرية")
    assert is_nisba("الفرنسية", article="required", stem=3) and not is_nisba("الحي", article="required", stem=3)
    assert is_nisba("المحليين", plural=True) and not is_nisba("المحليين")
    assert not is_nisba("المنتدى") and not is_nisba("الأمم")


def test_the_word_between_a_one_word_name_and_its_comma_is_the_family_name():
    """A given name and one more word closed by a comma or a title: the word is the family name,
    whether a common word («حق»), a gazetteer place («لوهيا») or «و»-looking («ويكرمسينغه») (BBC
    Arabic, 10 August 2018, BB-middleEast-868-20180810: blind12; BB-internationalNews-457-20180503:
    blind2; CNN Arabic CN-internationalNews-70-20180307: blind10; Al Weeam, SaudiNewsNet
    2015-08-03.zip #903: blind20).  A listed family name (ترامب) or a noun behind a clitic (لجان:
    ل + جان) takes nothing."""
    assert _one(_rows("وقال المتحدث باسم الأمم المتحدة فرحان حق، في بيان \"يؤكد الامين العام على ضرورة ان "
                      "تحرص كل الاطراف على الحفاظ على المدنيين\"."), "فرحان حق")["title"] == "المتحدث باسم"
    rows = _rows("كما أغلقت مدارس في المنطقة. وقال شيفام لوهيا، صاحب فندق في ألوار لوكالة فرانس برس للأنباء: \"لم أشهد مثل هذه العاصفة\".")
    assert _one(rows, "شيفام لوهيا")["kind"] == "person" and "لوهيا" not in [r["mention"] for r in rows]
    _one(_rows("وأدان رئيس الوزراء السريلانكي، رانيل ويكرمسينغه، \"الأعمال العنصرية والعنيفة\" في المدينة."),
         "رانيل ويكرمسينغه")
    rows = _rows("قال الألماني توماس باخ رئيس اللجنة الأولمبية الدولية اليوم الاثنين إن السويسري سيب بلاتر تخلى "
                 "عن عضويته.")
    assert _one(rows, "توماس باخ")["title"] == "رئيس"
    assert _one(_rows("وقال ترامب للصحفيين، إن الاتفاق سيء."), "ترامب")
    rows = _rows("ويأتي انتخاب الدكتور جفري لمنصب رئيس مجلس إدارة (سيتا)، الذي يضم 14 عضوا من كبار التنفيذيين "
                 "في شركات الطيران العالمية.")  # Al Riyadh, SaudiNewsNet 2015-07-31.zip #1896
    assert _one(rows, "جفري")["title"] == "الدكتور"
    rows = _rows("واطلع على الخطط والبرامج المقدمة من لجان الحج، وكذلك الاطلاع على الخطة الإعلامية.")
    assert "لجان الحج" not in [r["mention"] for r in rows]


def test_the_rank_word_is_the_team_in_a_report_on_sport():
    """«الفريق» is a rank (Lieutenant General) and a team: in a report on sport «الفريق الأول لكرة
    القدم» is the first team, no person, and «قيادة الفريق لمنصات التتويج» names no one (Okaz,
    SaudiNewsNet 2015-08-09.zip #1142: blind2; Al Riyadh, 2015-08-04.zip #729: blind5); elsewhere
    the rank keeps its name."""
    rows = _rows("يستأنف الفريق الأول لكرة القدم بنادي التعاون تدريباته اليومية بعد اختتام معسكره الإعدادي في "
                 "هولندا، والذي خاض فيه 4 مباريات ودية، ومنح الجهازان الفني والإداري اللاعبين إجازة قصيرة بعد "
                 "العودة من المعسكر يوم الثلاثاء الماضي، ويبحث جهاز الكرة عن تأمين مباراة ودية على الأقل قبل "
                 "الدخول في معترك الموسم الرياضي والدوري.")
    assert _one(rows, "الفريق الأول")["kind"] == "organisation"
    rows = _rows("وأضاف: \"أمتلك معلومات كافية عن الفريق بأنه صاحب إنجازات وبطولات كان آخرها كأس ولي العهد إضافةً "
                 "إلى كونه وصيف (دوري عبداللطيف جميل) في الموسم الماضي، وسأبذل قصارى جهدي مع زملائي الجُدد إلى "
                 "قيادة الفريق لمنصات التتويج في مختلف المسابقات المحلية والخارجية وإسعاد جماهيرنا\". وشارك في "
                 "أولى تدريباته مع الفريق مساءً بعد المباراة.")
    assert not [r for r in rows if r["kind"] == "person" and "التتويج" in r["mention"]]
    assert _one(_rows("أعلن وزير الداخلية البحريني الفريق الركن راشد آل خليفة اتخاذ إجراءات صارمة."),
                "راشد آل خليفة")["kind"] == "person"


def test_a_foreign_given_name_that_reads_as_fa_and_the_article_opens_a_name_after_a_title():
    """«فاليريو» reads as ف + «اليريو», a word the reference corpus never holds: after a title it is
    the given name, and the title + country + adjective chain keeps its name (Al Riyadh, SaudiNewsNet
    2015-08-08.zip #763: blind20).  «فالحكومة» (ف + a word of the corpus) stays no name."""
    rows = _rows("قال رئيس وزراء مولدوفا الجديد فاليريو ستريليت إن بلاده تكثف جهودها لتعقب ملايين الدولارات "
                 "اختفت من نظامها المصرفي.")
    named = _one(rows, "فاليريو ستريليت")
    assert named["affiliation"] == "مولدوفا" and "رئيس" in named["title"]
    assert _one(rows, "بلاده")["entity"] == _one(rows, "مولدوفا")["entity"]
    assert not [r for r in _rows("وقال الرئيس فالحكومة ستعمل على ذلك.") if r["mention"].startswith("فالحكومة")
                and r["kind"] == "person"]


def test_an_unnamed_source_written_again_in_the_same_words_is_the_same_source():
    """«مصدر قضائي» opens the report and is cited again in the same words a paragraph later: one
    source, and «المصدر» after it the same (AFP via France 24, FR-internationalNews-2144-20180703:
    blind20); «مصدر مقرب من التحقيق» after them is another."""
    rows = _rows("أعلن مصدر قضائي الثلاثاء إطلاق سراح الزعيم المفترض لـ\"حركة القوات العملانية\" من أقصى اليمين "
                 "المتطرف الفرنسي، والذي اعتقل في 27 حزيران/يونيو الماضي.\nأطلق الثلاثاء سراح الزعيم المفترض "
                 "لمجموعة من أقصى اليمين المتطرف في فرنسا بشروط مع مشتبه به آخر، بحسب ما أفاد مصدر قضائي لوكالة "
                 "الأنباء الفرنسية.\nوأضاف المصدر أن \"غي أس\" وهو شرطي متقاعد، كان قد اعتقل.\nوقال مصدر مقرب "
                 "من التحقيق إن \"غي أس\" من مواليد العام 1953.")
    judicial = [r for r in rows if r["mention"] == "مصدر قضائي"]
    assert len(judicial) == 2 and judicial[0]["entity"] == judicial[1]["entity"]
    assert _one(rows, "المصدر")["entity"] == judicial[0]["entity"]
    assert _one(rows, "مصدر مقرب من التحقيق")["entity"] != judicial[0]["entity"]


# AFP via France 24, 6 July 2018 (FR-internationalNews-2195-20180706: blind20), sentences of the article
SHARIF = ("أدانت محكمة باكستانية رئيس الوزراء السابق نواز شريف بالسجن عشرة أعوام غيابيا. قضت محكمة باكستانية "
          "بسجن رئيس الوزراء السابق نواز شريف عشرة أعوام. ويقيم نواز شريف حاليا في العاصمة البريطانية لندن. "
          "ومن مدينة لاهور قال شهباز شريف في مؤتمر صحفي بث على التلفزيون عقب صدور الحكم إن الحكم ظالم. "
          "ويتهم شريف الجيش بالتدخل في السياسة.")


def test_a_surname_alone_is_the_person_named_most_often_by_it():
    """«شريف» after «نواز شريف» thrice and «شهباز شريف» once is Nawaz, though his brother's full name
    stands nearer; named as often, the nearest still wins (see the test above)."""
    rows = _rows(SHARIF)
    nawaz = _one(rows, "نواز شريف")["entity"]
    assert _one(rows, "شريف")["entity"] == nawaz != _one(rows, "شهباز شريف")["entity"]


def test_a_title_joins_no_person_of_the_other_gender():
    """«وتؤكد دانيالز … أنها أقامت علاقة مع رجل الأعمال الثري» (France 24, 2018, an unseen article): the
    man the actress speaks of is not the actress, whom a feminine verb has shown to be a woman."""
    rows = _rows("قالت ممثلة الأفلام ستورمي دانيالز إنها رفعت دعوى. وتؤكد دانيالز، واسمها الحقيقي ستيفاني "
                 "كليفورد، أنها أقامت علاقة مع رجل الأعمال الثري عام 2006.")
    assert _one(rows, "رجل الأعمال الثري")["entity"] != _one(rows, "ستورمي دانيالز")["entity"]


# BBC Arabic, 31 May 2018 (BB-internationalNews-593-20180531: blind23), sentences of the article
MELANIA = ("ظهرت السيدة الأولى بالولايات المتحدة، ميلانيا ترامب، التي لم تظهر علنا منذ أسابيع. "
           "وفي الرابع عشر من مايو/ أيار الجاري، أعلن البيت الأبيض أن ميلانيا، البالغة من العمر 48 عاما، "
           "ستدخل إلى مركز والتر ريد الطبي العسكري في العاصمة واشنطن. ومنذ نحو أسبوع، نفى البيت الأبيض "
           "مزاعم، بأن السيدة الأولى تعيش بعيدا عن البيت الأبيض لأنها انفصلت عن الرئيس ترامب.")


def test_a_given_name_alone_is_the_person_named_in_full():
    """«ميلانيا ترامب» … «أعلن البيت الأبيض أن ميلانيا»: the given name alone is the same woman (her
    given name was put before the listed family name after the scan); «تعيش» (يعيش: a verb) after
    «السيدة الأولى» is no name."""
    rows = _rows(MELANIA)
    full = _one(rows, "ميلانيا ترامب")["entity"]
    assert [r["entity"] for r in rows if r["mention"] == "ميلانيا"] == [full]
    assert not [r for r in rows if "تعيش" in r["mention"]]


def test_given_names_alone_of_two_people_of_one_family():
    """«ميلانيا ترامب» and «إيفانكا ترامب»: each given name alone is its own bearer."""
    rows = _rows(MELANIA + " وقالت إيفانكا ترامب إن العائلة بخير، وأضافت إيفانكا أن ميلانيا ستعود قريبا.")
    assert _one(rows, "إيفانكا")["entity"] == _one(rows, "إيفانكا ترامب")["entity"]
    assert {r["entity"] for r in rows if r["mention"] == "ميلانيا"} == {_one(rows, "ميلانيا ترامب")["entity"]}


@pytest.mark.parametrize("text, name", [
    # AFP, 2018 (blind23): a particle, then a month's name, inside a foreign name
    ("وقال لويدجي دي مايو زعيم حركة خمس نجوم المناهضة للمنظومة القائمة، مبتهجا.", "لويدجي دي مايو"),
    # AFP, 2018 (blind23): «كلاوس» read as «ك» + «لاوس» (Laos)
    ("ورفض الرئيس الروماني كلاوس يوهانيس الجمعة فكرة نقل سفارة بلاده في إسرائيل إلى القدس.", "كلاوس يوهانيس"),
    # RT, 2018 (blind23): the person a title serves named in full behind «ب»
    ("نعلق آمالا كبيرة على اللقاء الذي سيجمع الرئيس الأمريكي بكيم جونغ أون.", "كيم جونغ أون"),
])
def test_foreign_names_with_particles_and_clitic_looks(text, name):
    rows = _rows(text)
    assert _one(rows, name)["kind"] == "person"
    assert not [r for r in rows if r["mention"] in ("لاوس", "كيم", "جونغ أون", "لويدجي")]


def test_the_title_before_a_served_full_name_is_a_mention_of_its_own():
    rows = _rows("نعلق آمالا كبيرة على اللقاء الذي سيجمع الرئيس الأمريكي بكيم جونغ أون.")
    assert _one(rows, "الرئيس الأمريكي")["entity"] != _one(rows, "كيم جونغ أون")["entity"]


@pytest.mark.parametrize("text", [
    # AFP, 2018 (blind23); Sabq 2015 (blind23); Sabq 2015: a verb where a place's name is written
    "وقد تصبح رومانيا أول دولة في الاتحاد الأوروبي، وكانت شائعات قد سرت في كانون الأول/ديسمبر حول هذه النية.",
    "وترك الهاكر حينها تغريدة على حساب رئيس الهلال.",
    "بحيث يكون الاستعداد لذلك بتخزين القمح والدواء؛ لأنه سوف تدمر البنية التحتية للدول.",
])
def test_a_place_name_in_a_verb_slot_is_the_verb(text):
    places = [r["mention"] for r in _rows(text) if r["kind"] == "place"]
    assert not {"سرت", "ترك", "تدمر"} & set(places)


def test_a_place_name_that_is_a_verb_stays_a_place_where_a_place_stands():
    rows = _rows("وسيطر التنظيم على مدينة سرت الليبية، ووقعت معارك في بنغازي وسرت.")
    assert [r["mention"] for r in rows if r["kind"] == "place"] == ["مدينة سرت", "بنغازي", "سرت"]


def test_ali_before_a_definite_feminine_word_is_the_preposition():
    """Sabq 2015 (blind2): «ظهرت علي المصابة أعراض» is «on me», no name, even where the text writes
    «على» with ى elsewhere."""
    text = "وأردفت: ظهرت علي المصابة أعراض مرضية وأدخلت مستشفى حكومياً. وأكد الطبيب على أهمية الفحص."
    assert not [r for r in _rows(text) if r["kind"] == "person" and "علي" in r["mention"]]


def test_a_father_s_given_name_after_the_listed_abdallah():
    """Sabq 2015 (blind3, blind15, blind16): «الرئيس السابق علي عبد الله صالح» is not cut after the
    listed «عبد الله»."""
    rows = _rows("وقوات الرئيس السابق علي عبد الله صالح، من أجزاء من المدينة. وأكد على ذلك المتحدث.")
    assert _one(rows, "علي عبد الله صالح")["kind"] == "person"


def test_a_nationality_look_given_name_after_a_definite_noun():
    """Ain Alyoum via Sabq 2015 (blind23): «الهكر تركي عمر» (not «Turkish»: an indefinite adjective
    follows no definite noun), later «تركي عمر السفياني» and «تركي» alone; «صحفي تركي» stays Turkish."""
    rows = _rows("وطالب بإطلاق سراح الهكر تركي عمر والمعروف باسم مرجوج. وأكد أن التصرف الذي بدر من تركي "
                 "كان ناتجًا عن صغر سنه. يذكر أن الهكر تركي عمر السفياني قد قدم اعتذاره.")
    entity = _one(rows, "تركي عمر")["entity"]
    assert _one(rows, "تركي")["entity"] == _one(rows, "تركي عمر السفياني")["entity"] == entity
    assert not [r for r in _rows("وقال صحفي تركي عمل في المدينة إن الوضع خطير.") if r["kind"] == "person"]


def test_the_conditional_lo_after_an_arabic_family_name_is_no_particle():
    """Sabq 2015 (blind23): «وعبدالعزيز الجبرين لو تفحطون ماخذتوه» (if …); «لو» in a foreign name
    goes on («جان إيف لو دريان»)."""
    assert _one(_rows("وعبدالعزيز الجبرين لو تفحطون ماخذتوه من النصر، وكحيلان موجود."), "عبدالعزيز الجبرين")
    assert _one(_rows("وقال وزير الخارجية الفرنسي جان إيف لو دريان إن فرنسا مستعدة."), "جان إيف لو دريان")


@pytest.mark.parametrize("text, name", [
    # AFP via Al Arabiya, 2018 (blind13); Sabq 2015 (blind5): the name after «يدعى/يُدعى»
    ("وأفادت الشرطة أن المشتبه به شاب يدعى حمزة عظيموف من مواليد الشيشان.", "حمزة عظيموف"),
    ("وقام شخص يُدعى حمدي الفخراني، بتقديم بلاغ للنائب العام.", "حمدي الفخراني"),
])
def test_a_name_after_a_naming_word(text, name):
    assert _one(_rows(text), name)["kind"] == "person"


def test_a_title_that_is_also_a_word_of_a_name_before_another_name():
    """Sabq 2015 (blind11): «الشيخ» of «إسماعيل ولد الشيخ أحمد» is the title of the next name in
    «واطلع الشيخ عبدالله بن زايد آل نهيان», no mention of the envoy."""
    rows = _rows("استقبل وزير خارجية الإمارات الشيخ عبدالله بن زايد آل نهيان المبعوث الأممي إلى اليمن إسماعيل "
                 "ولد الشيخ أحمد.\nواطلع الشيخ عبدالله بن زايد آل نهيان خلال اللقاء على تطورات الوضع.")
    assert not [r for r in rows if r["mention"] == "الشيخ"]


def test_a_league_named_after_a_person_names_no_one():
    """Sabq 2015 (blind sets): «دوري عبداللطيف جميل» is the league, its sponsor's name no mention."""
    rows = _rows("وسيلتقي الفريقان ضمن الجولة الأولى لدوري عبداللطيف جميل للمحترفين.")
    assert not [r for r in rows if r["kind"] == "person"]


@pytest.mark.parametrize("text, name, title", [
    # AFP, 2018 (blind23): what the title serves behind «لل», then the name
    ("حيث دعا المفوض الأوروبي للشؤون الاقتصادية بيار موسكوفيسي الأربعاء إيطاليا إلى تقديم ضمانات.",
     "بيار موسكوفيسي", "المفوض للشؤون الاقتصادية"),
    # Sky News Arabia, 2018 (blind23): the portfolio with the pronoun of the state («her interior»)
    ("وبدأت ميركل بإجراء محادثات مع وزير داخليتها هورست زيهوفر، الذي لوّح بالاستقالة.",
     "هورست زيهوفر", "وزير داخليتها"),
])
def test_a_title_s_portfolio_before_the_name(text, name, title):
    row = _one(_rows(text), name)
    assert row["kind"] == "person" and row["title"] == title


def test_a_sports_text_ending_on_a_team_word_is_read_to_its_end():
    """Al Yaum 2015 (SaudiNewsNet 2015-07-27.zip #1200) ends on a photo caption «من تدريبات الفريق»:
    the team word is the last token, and looking at the word after it raised IndexError, stopping
    ``analyze`` on the whole article."""
    text = ("كما عاود الفريق الأول لكرة القدم بنادي الفتح المرحلة الثانية من البرنامج الإعدادي استعداداً لمنافسات "
            "الموسم الرياضي المقبل، ليقسم بعدها المدير الفني للفريق السيد ناصيف البياوي لاعبي الفريق إلى مجموعتين.\n\n"
            "من تدريبات الفريق ")
    got = [(r["mention"], r["kind"]) for r in _rows(text)]
    assert ("ناصيف البياوي", "person") in got

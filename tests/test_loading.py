"""Tests for maqal.loading: formats, metadata, encodings, bad input, baked text, HTML."""
from __future__ import annotations

import codecs
import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest

from maqal import paths
from maqal.article import Article
from maqal.errors import (
    ArticleError,
    ArticleNotFound,
    BadArticleFormat,
    BakedText,
    BinaryFile,
    EmptyArticle,
    NotArabic,
    UndecodableText,
)
from maqal.loading import find_dateline, load_article, load_text, read_text_file

SAMPLE_TXT = paths.ARTICLES_DIR / "realist_kim_putin_visit_2023.txt"
SAMPLE_JSON = paths.ARTICLES_DIR / "saudinewsnet_sample_2015-08-02.json"
SAMPLE_JSON_DATA = json.loads(SAMPLE_JSON.read_text(encoding="utf-8"))

# Real sentences (from the sample article) for building test files.
SENTENCE = "ومع ذلك، في الوقت نفسه، فإن الحديث عن نوايا موسكو لتقاسم المعرفة العسكرية مع بيونغ يانغ يمكن أن يكون في صالح روسيا أيضاً."
PLAIN_SENTENCE = "زار كيم جونغ أون الصين أربع مرات، وزار فلاديفوستوك بروسيا في أبريل 2019 للقاء الرئيس الروسي."
PERSIAN = (
    "پوتین و کیم جونگ اون در شهر ولادیووستوک با یکدیگر دیدار کردند و درباره همکاری‌های نظامی "
    "و اقتصادی میان دو کشور گفتگو کردند. این دیدار چهار سال پس از نخستین سفر رهبر کره شمالی به روسیه انجام شد."
)
ENGLISH = (
    "Kim Jong Un arrived in Russia's Far East on Tuesday for a summit with Vladimir Putin, "
    "as the two leaders look to deepen military cooperation."
)


def sample_text() -> str:
    return SAMPLE_TXT.read_text(encoding="utf-8")


def write(tmp_path: Path, name: str, data) -> Path:
    p = tmp_path / name
    if isinstance(data, str):
        p.write_text(data, encoding="utf-8")
    else:
        p.write_bytes(data)
    return p


# --------------------------------------------------------------------------- sample article


def test_sample_txt_with_sidecar():
    a = load_article(SAMPLE_TXT)
    assert isinstance(a, Article)
    assert a.text == sample_text()  # loaded unchanged
    assert a.id == "realist-29d3c0f9781bc2f9"
    assert a.source == "رياليست عربي"
    assert a.published == dt.date(2023, 9, 12)
    assert a.published_inferred is True
    assert a.dateline == "موسكو"
    assert a.text[slice(*a.dateline_span)] == "موسكو"
    assert a.encoding == "utf-8"
    assert a.format == "txt"
    assert a.restored is None and a.warnings == ()
    assert a.extra["source_latin"] == "Realist Arabic"
    assert a.path == str(SAMPLE_TXT)


def test_sample_txt_id_does_not_depend_on_cwd(monkeypatch, tmp_path):
    monkeypatch.chdir(SAMPLE_TXT.parent)
    a = load_article(SAMPLE_TXT.name)
    monkeypatch.chdir(tmp_path)
    b = load_article(SAMPLE_TXT)
    assert a.id == b.id and a.text == b.text


def test_published_argument_overrides_sidecar():
    a = load_article(SAMPLE_TXT, published="2023-09-13")
    assert a.published == dt.date(2023, 9, 13)
    assert a.published_inferred is False
    b = load_article(SAMPLE_TXT, published=dt.date(2023, 9, 14))
    assert b.published == dt.date(2023, 9, 14)


def test_txt_without_metadata_gets_id_from_file_stem(tmp_path):
    p = write(tmp_path, "kim_visit.txt", SENTENCE)
    a = load_article(p)
    assert a.id == "kim_visit"
    assert a.published is None and a.source is None
    assert load_article(p).id == a.id  # stable


def test_front_matter_md(tmp_path):
    body = "موسكو – (رياليست عربي): " + SENTENCE + "\n" + PLAIN_SENTENCE + "\n"
    md = (
        "---\n"
        "title: كيم جونغ أون في روسيا\n"
        "url: https://example.org/kim-putin\n"
        "published: 2023-09-12\n"
        "author: محرر\n"
        "---\n" + body
    )
    a = load_article(write(tmp_path, "kim.md", md))
    assert a.text == body  # front matter removed, body untouched
    assert a.title == "كيم جونغ أون في روسيا"
    assert a.url == "https://example.org/kim-putin"
    assert a.author == "محرر"
    assert a.published == dt.date(2023, 9, 12) and a.published_inferred is False
    assert a.id.startswith("url-") and len(a.id) == 4 + 16
    assert a.format == "md"
    # the outlet in parentheses after the dateline fills an unknown source
    assert a.source == "رياليست عربي"
    assert a.dateline == "موسكو" and a.text[slice(*a.dateline_span)] == "موسكو"


def test_sidecar_overrides_front_matter(tmp_path):
    md = "---\ntitle: قديم\nsource: مصدر قديم\n---\n" + SENTENCE
    p = write(tmp_path, "a.md", md)
    write(tmp_path, "a.yaml", "title: جديد\nid: my-article\n")
    a = load_article(p)
    assert a.title == "جديد" and a.source == "مصدر قديم" and a.id == "my-article"


def test_bad_sidecar_date_names_file(tmp_path):
    p = write(tmp_path, "bad_date.txt", SENTENCE)
    write(tmp_path, "bad_date.yml", "published: 12/09/2023\n")
    with pytest.raises(BadArticleFormat, match=r"bad_date\.yml.*published"):
        load_article(p)


# --------------------------------------------------------------------------- JSON / zip


def test_json_array_needs_index_or_select():
    with pytest.raises(BadArticleFormat, match=r"saudinewsnet_sample_2015-08-02\.json.*10 articles"):
        load_article(SAMPLE_JSON)


def test_json_by_index():
    a = load_article(SAMPLE_JSON, index=0)
    obj = SAMPLE_JSON_DATA[0]
    assert a.text == obj["content"]
    assert a.title == obj["title"] and a.url == obj["url"] and a.source == obj["source"]
    assert a.author is None  # empty string in the data
    assert a.published == dt.date(2015, 8, 2)
    assert a.published_inferred is True  # from date_extracted (crawl time)
    assert a.format == "json"
    assert a.extra["index_in_file"] == 0 and a.extra["date_extracted"] == obj["date_extracted"]
    # " عين اليوم – جدة": agency – place form; the dateline is the side that is a known place
    assert a.dateline == "جدة"
    assert a.text[slice(*a.dateline_span)] == "جدة"


def test_json_by_select_url_and_id():
    obj = SAMPLE_JSON_DATA[3]
    a = load_article(SAMPLE_JSON, select=obj["url"])
    assert a.text == obj["content"] and a.url == obj["url"]
    assert a == load_article(SAMPLE_JSON, index=3)
    assert load_article(SAMPLE_JSON, select=a.id).text == obj["content"]
    assert a.id != load_article(SAMPLE_JSON, index=4).id


def test_json_select_unknown_and_index_out_of_range():
    with pytest.raises(BadArticleFormat, match="saudinewsnet_sample"):
        load_article(SAMPLE_JSON, select="http://example.org/nothing")
    with pytest.raises(BadArticleFormat, match=r"index 10 is out of range.*10 articles"):
        load_article(SAMPLE_JSON, index=10)


def test_json_single_object_and_printed_date(tmp_path):
    obj = {"title": "عنوان", "text": SENTENCE, "date": "2023-09-12T08:00:00Z", "source": "رياليست عربي"}
    a = load_article(write(tmp_path, "one.json", json.dumps(obj, ensure_ascii=False)))
    assert a.text == SENTENCE and a.id == "one"
    assert a.published == dt.date(2023, 9, 12) and a.published_inferred is False


def test_json_without_text_field(tmp_path):
    p = write(tmp_path, "notext.json", json.dumps({"title": "عنوان"}, ensure_ascii=False))
    with pytest.raises(BadArticleFormat, match=r"notext\.json.*content"):
        load_article(p)


def test_json_array_ids_from_stem_and_index(tmp_path):
    items = [{"content": SENTENCE}, {"content": PLAIN_SENTENCE}]
    p = write(tmp_path, "pair.json", json.dumps(items, ensure_ascii=False))
    assert load_article(p, index=1).id == "pair#1"
    assert load_article(p, select="pair#1").text == PLAIN_SENTENCE


def test_zip_like_saudinewsnet(tmp_path):
    p = tmp_path / "2015-08-02.zip"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("2015-08-02.json", json.dumps(SAMPLE_JSON_DATA, ensure_ascii=False))
    obj = SAMPLE_JSON_DATA[9]
    a = load_article(p, select=obj["url"])
    assert a.text == obj["content"] and a.format == "zip"
    assert a.dateline == "طنجة"  # "واس- طنجة": an agency, then a city the gazetteer knows from GeoNames
    with pytest.raises(BadArticleFormat, match=r"2015-08-02\.zip.*10 articles"):
        load_article(p)


def test_corpus_zip():
    if not paths.CORPUS_DIR.is_dir():
        pytest.skip(f"corpus not available at {paths.CORPUS_DIR}")
    zips = sorted(paths.CORPUS_DIR.glob("*.zip"))
    if not zips:
        pytest.skip(f"no SaudiNewsNet zips in {paths.CORPUS_DIR}")
    z = zips[0]
    with zipfile.ZipFile(z) as zf:
        data = json.loads(zf.read(zf.namelist()[0]))
    i = next(i for i, o in enumerate(data) if len(o["content"].strip()) > 200)
    a = load_article(z, index=i)
    assert a.text == data[i]["content"]
    assert a.url == data[i]["url"]
    assert a.published == dt.date.fromisoformat(data[i]["date_extracted"][:10])
    assert a.published_inferred is True
    assert a.id == load_article(z, select=data[i]["url"]).id
    with pytest.raises(BadArticleFormat, match=rf"{z.name}.*{len(data)} articles"):
        load_article(z)


# --------------------------------------------------------------------------- encodings


ENCODINGS = [
    ("utf-8-sig", b"", "utf-8-sig"),
    ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
    ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16"),
    ("utf-16-le", b"", "utf-16-le"),
    ("utf-16-be", b"", "utf-16-be"),
    ("cp1256", b"", "cp1256"),
]


@pytest.mark.parametrize("codec,bom,expected_name", ENCODINGS)
def test_encodings_round_trip(tmp_path, codec, bom, expected_name):
    original = sample_text()
    if codec == "cp1256":  # cp1256 has no en dash; keep the rest of the real text
        original = original.replace("–", "-")
    data = bom + original.encode(codec)
    if codec == "utf-8-sig":
        assert data.startswith(codecs.BOM_UTF8)
    p = write(tmp_path, f"enc_{codec}_{bool(bom)}.txt", data)
    text, name = read_text_file(p)
    assert text == original
    assert name == expected_name
    a = load_article(p)
    assert a.text == original and a.encoding == expected_name
    assert not a.text.startswith("\ufeff")


def test_forced_encoding(tmp_path):
    p = write(tmp_path, "forced.txt", SENTENCE.encode("cp1256"))
    assert load_article(p, encoding="cp1256").text == SENTENCE
    with pytest.raises(UndecodableText, match=r"forced\.txt"):
        load_article(p, encoding="utf-8")


def test_damaged_utf8_is_not_silently_replaced(tmp_path):
    data = SENTENCE.encode("utf-8")
    data = data[:20] + b"\xff" + data[20:]
    with pytest.raises(UndecodableText, match=r"damaged\.txt"):
        load_article(write(tmp_path, "damaged.txt", data))


# --------------------------------------------------------------------------- bad input


PNG_BYTES = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)


def test_png_renamed_txt_is_binary(tmp_path):
    with pytest.raises(BinaryFile, match=r"picture\.txt.*PNG"):
        load_article(write(tmp_path, "picture.txt", PNG_BYTES))


def test_binary_without_magic_is_binary(tmp_path):
    data = bytes(range(256)) * 8
    with pytest.raises(BinaryFile, match=r"noise\.txt"):
        load_article(write(tmp_path, "noise.txt", data))


@pytest.mark.parametrize("content", [b"", b"   \n\t\n  ", "\ufeff \u00a0\n".encode("utf-8")])
def test_empty_and_whitespace(tmp_path, content):
    with pytest.raises(EmptyArticle, match=r"blank\.txt"):
        load_article(write(tmp_path, "blank.txt", content))


def test_empty_text_string():
    with pytest.raises(EmptyArticle):
        load_text("  \n ")


def test_missing_file(tmp_path):
    with pytest.raises(ArticleNotFound, match=r"nowhere\.txt"):
        load_article(tmp_path / "nowhere.txt")
    with pytest.raises(FileNotFoundError):  # also a FileNotFoundError
        load_article(tmp_path / "nowhere.txt")


def test_directory_is_clear_error(tmp_path):
    d = tmp_path / "folder.txt"
    d.mkdir()
    with pytest.raises(ArticleError, match=r"folder\.txt.*folder"):
        load_article(d)


def test_unknown_suffix(tmp_path):
    with pytest.raises(BadArticleFormat, match=r"article\.docx.*\.docx"):
        load_article(write(tmp_path, "article.docx", SENTENCE))


def test_english_is_not_arabic(tmp_path):
    p = write(tmp_path, "english.txt", ENGLISH)
    with pytest.raises(NotArabic, match=r"english\.txt.*(no|little) Arabic"):
        load_article(p)
    a = load_article(p, strict=False)
    assert a.text == ENGLISH
    assert len(a.warnings) == 1 and "Arabic" in a.warnings[0]


def test_persian_is_not_arabic(tmp_path):
    p = write(tmp_path, "farsi.txt", PERSIAN)
    with pytest.raises(NotArabic, match=r"farsi\.txt.*Persian"):
        load_article(p)
    a = load_article(p, strict=False)
    assert a.text == PERSIAN and any("Persian" in w for w in a.warnings)


def test_arabic_with_a_few_persian_letters_is_arabic():
    # foreign names spelled with گ/پ now and then do not make an article Persian
    text = SENTENCE + " " + PLAIN_SENTENCE + " شركة گوگل"
    assert load_text(text).warnings == ()


# --------------------------------------------------------------------------- baked text


def _reshape(text: str) -> str:
    import arabic_reshaper

    return arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False}).reshape(text)


def _visual(text: str) -> str:
    from bidi import get_display

    return "\n".join(get_display(_reshape(line)) for line in text.split("\n"))


BAKED_SOURCE = SENTENCE + "\n" + PLAIN_SENTENCE + "\nقال مسؤول (روسي) إن «القمة» ستعقد يوم 13 سبتمبر 2023 بحضور F-16 و New York."


def test_baked_logical_order_restored(tmp_path):
    baked = _reshape(BAKED_SOURCE)
    assert baked != BAKED_SOURCE and any(0xFE70 <= ord(c) <= 0xFEFE for c in baked)
    a = load_article(write(tmp_path, "baked.txt", baked))
    assert a.text == BAKED_SOURCE
    assert a.restored == "presentation-forms"
    assert len(a.warnings) == 1 and "baked.txt" in a.warnings[0]


def test_baked_visual_order_restored(tmp_path):
    visual = _visual(BAKED_SOURCE)
    assert visual.split("\n")[0][-1] != BAKED_SOURCE[0]  # really reversed
    a = load_article(write(tmp_path, "visual.txt", visual))
    assert a.text == BAKED_SOURCE
    assert a.restored == "presentation-forms+visual-order"
    assert a.warnings


def test_baked_visual_with_mirrored_brackets(tmp_path):
    # some PDF tools store the mirrored glyph: "(" shown on the right is stored as ")"
    line = "قال مسؤول (روسي) إن القمة ناجحة"
    visual = _visual(line)
    mirrored = visual.translate(str.maketrans("()", ")("))
    assert load_text(mirrored).text == line
    assert load_text(visual).text == line


def test_baked_mixed_order_raises(tmp_path):
    mixed = _reshape(SENTENCE) + "\n" + _visual(PLAIN_SENTENCE)
    p = write(tmp_path, "mixed.txt", mixed)
    with pytest.raises(BakedText, match=r"mixed\.txt"):
        load_article(p)
    a = load_article(p, strict=False)
    assert a.text == mixed and a.restored is None and a.warnings


def test_a_few_presentation_forms_are_left_alone():
    text = SENTENCE + " قال النبي ﷺ"
    a = load_text(text)
    assert a.text == text and a.restored is None


# --------------------------------------------------------------------------- HTML


def test_html_extracts_article_not_boilerplate(tmp_path):
    paras = [p for p in sample_text().split("\n") if p.strip()][:4]
    html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head>
<meta charset="utf-8">
<title>كيم جونغ أون يزور روسيا</title>
<meta property="og:title" content="كيم جونغ أون يزور روسيا">
<meta property="og:site_name" content="رياليست عربي">
<meta property="article:published_time" content="2023-09-12">
<style>.secret-style {{ color: red; }}</style>
<script>var trackingScriptMarker = "سكريبت التتبع لا يظهر";</script>
</head><body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/news">أخبار</a></li><li><a href="/sport">رياضة</a></li></ul></nav>
<!-- تعليق مخفي لا يظهر -->
<article>
<h1>كيم جونغ أون يزور روسيا</h1>
{''.join(f'<p>{p}</p>' for p in paras)}
</article>
<footer>جميع الحقوق محفوظة</footer>
<script>document.write("نص من سكريبت");</script>
</body></html>"""
    a = load_article(write(tmp_path, "page.html", html))
    assert a.format == "html"
    for p in paras:
        assert p in a.text
    assert "سكريبت" not in a.text and "trackingScriptMarker" not in a.text
    assert "secret-style" not in a.text and "تعليق مخفي" not in a.text
    assert a.title == "كيم جونغ أون يزور روسيا"
    assert a.published == dt.date(2023, 9, 12) and a.published_inferred is False
    assert a.dateline == "موسكو" and a.text[slice(*a.dateline_span)] == "موسكو"


def test_html_cp1256_with_declared_charset(tmp_path):
    paras = [p.replace("–", "-") for p in sample_text().split("\n") if p.strip()][:3]
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
        "<title>خبر</title></head><body><article>"
        + "".join(f"<p>{p}</p>" for p in paras)
        + "</article></body></html>"
    )
    a = load_article(write(tmp_path, "old.htm", html.encode("cp1256")))
    assert a.encoding == "cp1256"
    assert paras[1] in a.text


# --------------------------------------------------------------------------- load_text / dateline


def test_load_text_ids_are_stable():
    a = load_text(SENTENCE)
    assert a.id == load_text(SENTENCE).id and a.id.startswith("text-")
    assert a.id != load_text(PLAIN_SENTENCE).id
    assert load_text(SENTENCE, url="https://example.org/x").id == load_text(PLAIN_SENTENCE, url="https://example.org/x").id
    assert load_text(SENTENCE, id="mine").id == "mine"
    b = load_text(SENTENCE, published="2023-09-12", published_inferred=True, title="ع")
    assert b.published == dt.date(2023, 9, 12) and b.published_inferred is True and b.title == "ع"


def test_load_text_keeps_text_exactly():
    text = "\u200fالرياض - واس\nقال المتحدثـــــ الرسمي: إنَّ الاجتماعَ ناجحٌ.  \n"
    a = load_text(text)
    assert a.text == text
    assert a.dateline == "الرياض" and a.text[slice(*a.dateline_span)] == "الرياض"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("موسكو – (رياليست عربي): " + SENTENCE, "موسكو"),
        ("الرياض - واس\n" + SENTENCE, "الرياض"),
        (" عين اليوم – جدة\n" + SENTENCE, "عين اليوم"),
        ("واس- طنجة: " + SENTENCE, "واس"),
        ("كوفيد-19 ينتشر في المدن", None),  # hyphen inside a word
        (SENTENCE, None),  # no dash in the opening
        ("الرياض -\n" + SENTENCE, None),  # nothing after the dash on that line
        ("في يوم الاثنين الماضي قال - " + SENTENCE, None),  # more than three words
    ],
)
def test_dateline_rule(text, expected):
    found = find_dateline(text)
    if expected is None:
        assert found is None
    else:
        assert found[0] == expected
        assert text[found[1][0] : found[1][1]] == expected


def test_index_on_text_file_is_an_error():
    with pytest.raises(ArticleError, match="realist_kim_putin_visit_2023.txt"):
        load_article(SAMPLE_TXT, index=0)


def test_non_utf8_latin_text_is_not_forced_into_cp1256(tmp_path):
    # Windows-1256 decodes any bytes; it is accepted only when the result is mostly Arabic
    german = "Große Straße in Köln: der Bürgermeister öffnet schön früh das Büro, größer als zuvor."
    p = write(tmp_path, "german.txt", german.encode("cp1252"))
    text, name = read_text_file(p)
    assert name != "cp1256"
    assert "Straße" in text and "öffnet" in text and "größer" in text
    with pytest.raises(NotArabic, match=r"german\.txt"):
        load_article(p)


@pytest.mark.parametrize(
    "opening,expected",
    [
        ("موسكو – (رياليست عربي): ", "موسكو"),  # PLACE – (OUTLET)
        ("الرياض - واس\n", "الرياض"),  # PLACE – AGENCY
        (" عين اليوم – جدة\n", "جدة"),  # AGENCY – PLACE
        ("واس – مكة المكرمة\n", "مكة المكرمة"),  # a two-word place
        ("سلوى سعد – متابعات\n", None),  # REPORTER – (desk): no place, no dateline
        ("عبدالرحمن الشهري – بارق\n", None),  # a town the gazetteer does not know (add it to places_ar.tsv)
    ],
)
def test_dateline_is_a_known_place_on_either_side_of_the_dash(opening, expected):
    art = load_text(opening + SENTENCE)
    assert art.dateline == expected
    if expected:
        assert art.text[slice(*art.dateline_span)] == expected


def test_arabic_typed_on_a_persian_keyboard_is_arabic():
    # real SaudiNewsNet openings: ی for ى and ک for ك are common in Arabic typed on Persian keyboards
    text = ("توفی شيخ شمل قبائل أكلب، الشيخ سعيد آل عطيان، والد المبتعثة إلی جامعة أدليد، الدكتورة هدی "
            "بنت سعيد آل عطيان. وتتقدم الصحيفة بأحر التعازي للدكتورة هدی وأسرتها، ونسأل الله أن يتغمده بواسع "
            "رحمته. وقد نقل جثمانه إلی المملکة حيث يصلی عليه في الجامع الکبير.")
    art = load_text(text)
    assert art.warnings == ()

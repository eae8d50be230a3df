"""TREC/CLEF ``<DOC>`` files (the ANT corpus): one file of several DOCs, zips of DOC files, fields
mapped onto Article, selectors, bad entries refused with the file and entry named."""
from __future__ import annotations

import datetime as dt
import re
import zipfile

import pytest

from maqal import paths
from maqal.errors import BadArticleFormat, EmptyArticle, NotArabic
from maqal.inputs import expand, iter_array
from maqal.loading import load_article

ANT_DIR = paths.SHARED_DIR / "corpus" / "ant"

# Real Arabic (Sky News Arabia, 18 July 2018, from the ANT corpus), with a bare & and < as ANT has.
SKY_TEXT = (
    "حذرت وزارة الخارجية الصينية، يوم الأربعاء، من أن الحرب التجارية التي تقودها الولايات المتحدة "
    "أصبحت أكبر \"قاتل للثقة\" في الاقتصاد العالمي، وقالت إن العالم بأسره سيقاوم إذا واصلت واشنطن "
    "\"تعنتها\".\nوفي وقت سابق من الشهر الجاري فرضت الولايات المتحدة والصين رسوما جمركية على واردات "
    "بقيمة 34 مليار دولار لكل دولة من الأخرى (S&P 500 < 2800) في تصعيد لنزاع تجاري."
)
DOCS = f"""<DOC>
<DOCNO>SK-economy-1001-20180718</DOCNO>
<URL>https://www.skynewsarabia.com/business/1165067</URL>
<SRC>skynews</SRC>
<CAT>economy</CAT>
<TITLE>الصين تندد بالحرب التجارية الأميركية "القاتلة للثقة"</TITLE>
<TIME>Thu, 19 Jul 2018 01:30:00 +0400</TIME>
<AUTHOR>القاهرة - أحمد الريدي</AUTHOR>
<ABSTRACT>
حذرت وزارة الخارجية الصينية من الحرب التجارية.
</ABSTRACT>
<TEXT>
{SKY_TEXT}
</TEXT>
</DOC>
<DOC>
<DOCNO>XX-sport-2-20180719</DOCNO>
<URL>https://example.org/en/2</URL>
<SRC>example</SRC>
<TITLE>An English page</TITLE>
<TIME>Thu, 19 Jul 2018 10:00:00 GMT</TIME>
<AUTHOR></AUTHOR>
<TEXT>
The trade war between the United States and China is a killer of trust, the ministry said.
</TEXT>
</DOC>
<DOC>
<DOCNO>XX-sport-3-20180719</DOCNO>
<SRC>example</SRC>
<TIME>Thu, 19 Jul 2018 11:00:00 GMT</TIME>
<TEXT>
</TEXT>
</DOC>
"""


@pytest.fixture()
def trec_file(tmp_path):
    p = tmp_path / "three.xml"
    p.write_text(DOCS, encoding="utf-8")
    return p


def test_trec_fields_map_onto_article(trec_file):
    a = load_article(trec_file, index=0)
    assert a.text == SKY_TEXT  # kept as written: bare & and < are text, not markup
    assert a.id == "SK-economy-1001-20180718" and a.format == "trec"
    assert a.source == "skynews" and a.url == "https://www.skynewsarabia.com/business/1165067"
    assert a.title == 'الصين تندد بالحرب التجارية الأميركية "القاتلة للثقة"'
    # the day as printed in its own zone (01:30 at +0400 is still the 19th, the 18th in UTC)
    assert a.published == dt.date(2018, 7, 19) and a.published_inferred is False
    # <AUTHOR> "PLACE - NAME": the place is the dateline (not in the text, so no span), the rest the byline
    assert a.author == "أحمد الريدي" and a.dateline == "القاهرة" and a.dateline_span is None
    assert a.extra["category"] == "economy" and a.extra["abstract"] == "حذرت وزارة الخارجية الصينية من الحرب التجارية."
    assert a.extra["time"] == "Thu, 19 Jul 2018 01:30:00 +0400"
    assert a.extra["index_in_file"] == 0 and a.extra["articles_in_file"] == 3


def test_trec_selectors_like_json_arrays(trec_file):
    with pytest.raises(BadArticleFormat, match=r"three\.xml.*3 articles"):
        load_article(trec_file)
    first = load_article(trec_file, index=0)
    assert load_article(trec_file, select="SK-economy-1001-20180718") == first
    assert load_article(trec_file, select="https://www.skynewsarabia.com/business/1165067") == first
    assert load_article(f"{trec_file}#SK-economy-1001-20180718") == first
    assert load_article(f"{trec_file}#0") == first
    with pytest.raises(BadArticleFormat, match="no article with url or id 'nothing'"):
        load_article(trec_file, select="nothing")


def test_bad_trec_entries_name_file_and_entry(trec_file):
    with pytest.raises(NotArabic, match=r"three\.xml#1: contains no Arabic"):
        load_article(trec_file, index=1)
    with pytest.raises(EmptyArticle, match=r"three\.xml#2: is empty"):
        load_article(trec_file, index=2)
    english = load_article(trec_file, index=1, strict=False)
    assert english.author is None and english.id == "XX-sport-2-20180719"


def test_trec_file_expands_to_its_docs_and_iterates_like_load_article(trec_file):
    refs = expand([trec_file])
    assert [r.index for r in refs] == [0, 1, 2]
    got = list(iter_array(trec_file))
    assert got[0][1] == load_article(trec_file, index=0)
    assert isinstance(got[1][1], NotArabic) and isinstance(got[2][1], EmptyArticle)
    assert str(got[2][1]) == str(pytest.raises(EmptyArticle, load_article, trec_file, index=2).value)


def test_txt_opening_with_doc_is_trec_and_a_zip_of_them_is_one_collection(tmp_path):
    one = DOCS.split("</DOC>")[0] + "</DOC>\n"
    txt = tmp_path / "SK-economy-1001-20180718.txt"
    txt.write_text(one, encoding="utf-8")
    a = load_article(txt)
    assert a.format == "trec" and a.text == SKY_TEXT and "index_in_file" not in a.extra
    assert [(r.path, r.index) for r in expand([tmp_path])] == [(txt, None)]

    z = tmp_path / "outlet.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("Outlet/economy/a.txt", one)
        zf.writestr("Outlet/sport/b.txt", DOCS)
    assert [r.index for r in expand([z])] == [0, 1, 2, 3]
    b = load_article(f"{z}#1")  # the first DOC of the second member
    assert b.text == SKY_TEXT and b.extra["member"] == "Outlet/sport/b.txt"
    with pytest.raises(NotArabic, match=r"outlet\.zip#2"):
        load_article(z, index=2)


def test_zip_with_neither_json_nor_doc_files_says_so(tmp_path):
    z = tmp_path / "notes.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("notes.txt", SKY_TEXT)
    with pytest.raises(BadArticleFormat, match=r"notes\.txt: holds no <DOC>"):
        load_article(z, index=0)


# --------------------------------------------------------------------------- the real ANT corpus


def _ant(name: str):
    z = ANT_DIR / name
    if not z.is_file():
        pytest.skip(f"the ANT corpus is not at {ANT_DIR} (set MAQAL_SHARED)")
    return z


def _tag(raw: str, tag: str) -> str:
    return re.search(rf"<{tag}>(.*?)</{tag}>", raw, re.S).group(1).strip()


@pytest.mark.parametrize("name", ["Alarabia.zip", "BBC.zip", "CNN.zip", "France24.zip", "SkyNews.zip"])
def test_ant_entries_load_with_their_tags(name):
    z = _ant(name)
    with zipfile.ZipFile(z) as zf:
        member = zf.namelist()[-1]
        raw = zf.read(member).decode("utf-8")
        n = len([m for m in zf.namelist() if not m.endswith("/")])
    a = load_article(z, select=_tag(raw, "DOCNO"))
    assert a.extra["member"] == member and a.extra["articles_in_file"] == n
    assert a.text == _tag(raw, "TEXT") and a.title == _tag(raw, "TITLE") and a.url == _tag(raw, "URL")
    assert a.source == _tag(raw, "SRC") and a.extra["category"] == _tag(raw, "CAT")
    # ANT names files by publication day; <TIME> gives the same day in its own zone
    assert a.published == dt.datetime.strptime(a.id[-8:], "%Y%m%d").date() and not a.published_inferred
    assert load_article(z, index=a.extra["index_in_file"]) == a


def test_ant_bylines_and_datelines():
    sky = load_article(_ant("SkyNews.zip"), index=0)
    assert (sky.author, sky.dateline) == ("سكاي نيوز عربية", "أبوظبي")  # <AUTHOR>أبوظبي - سكاي نيوز عربية
    alarabia = [a for _, a in iter_array(_ant("Alarabia.zip"), 0, 40)]
    assert any(a.author == "أحمد الريدي" and a.dateline == "القاهرة" for a in alarabia)
    bbc = load_article(_ant("BBC.zip"), index=0)
    assert bbc.author is None and bbc.dateline is None  # BBC's <AUTHOR> is always empty


def test_ant_empty_entries_are_refused_by_name():
    z = _ant("France24.zip")
    results = list(iter_array(z, 1280, 1290))
    empty = [(i, r) for i, r in results if isinstance(r, EmptyArticle)]
    assert empty and all(f"France24.zip#{i}: is empty" in str(r) for i, r in empty)
    assert sum(1 for _, r in results if not isinstance(r, Exception)) == len(results) - len(empty)


def test_corpus_mode_over_an_ant_zip(tmp_path):
    import pandas as pd

    from maqal import corpus

    run = corpus.run_corpus([_ant("CNN.zip")], tmp_path, workers=1, limit=20, progress=False)
    assert run.articles == 20
    arts = pd.read_parquet(tmp_path / "articles")
    assert set(arts["source"]) == {"CNN"} and arts["published"].notna().all()
    assert arts["article_id"].str.startswith("CN-").all()


def test_a_folder_of_ant_doc_files_loads_like_the_zip(tmp_path):
    z = _ant("Alarabia.zip")
    with zipfile.ZipFile(z) as zf:
        members = [m for m in zf.namelist() if not m.endswith("/")][:40]
        for m in members:
            target = tmp_path / m
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(zf.read(m))
    refs = expand([tmp_path])
    assert len(refs) == len(members) and all(r.index is None for r in refs)  # one <DOC> per file
    from_zip = {a.id: a for _, a in iter_array(z, 0, len(members))}
    for ref in refs:
        a = ref.load()
        raw = ref.path.read_text(encoding="utf-8")
        twin = from_zip[a.id]
        assert (a.text, a.title, a.source, a.url, a.author, a.dateline, a.published) == \
            (twin.text, twin.title, twin.source, twin.url, twin.author, twin.dateline, twin.published)
        assert a.title == _tag(raw, "TITLE") and a.url == _tag(raw, "URL") and a.source == _tag(raw, "SRC")
        # the moment with its zone, and the day as printed there
        when = dt.datetime.fromisoformat(a.extra["published_at"])
        assert when.tzinfo is not None and when.date() == a.published and a.extra["time"] == _tag(raw, "TIME")
    assert any(a.author == "أحمد الريدي" and a.dateline == "القاهرة" for a in from_zip.values())


def test_picking_docs_of_a_zip_one_by_one_parses_it_once(monkeypatch):
    from maqal.loading import collection

    z = _ant("CNN.zip")
    parses = []
    real = collection.read_trec_zip
    monkeypatch.setattr(collection, "read_trec_zip", lambda *a, **k: parses.append(a) or real(*a, **k))
    monkeypatch.setattr(collection, "_LAST", {})
    with zipfile.ZipFile(z) as zf:
        docnos = [m.rsplit("/", 1)[-1][:-4] for m in zf.namelist() if not m.endswith("/")][::300]
    loaded = [load_article(z, select=d) for d in docnos]
    assert [a.id for a in loaded] == docnos and len(parses) == 1


def test_a_file_changed_after_picking_is_read_anew(trec_file):
    assert load_article(trec_file, index=0).title.startswith("الصين تندد")
    trec_file.write_text(DOCS.replace("الصين تندد", "بكين تندد"), encoding="utf-8")
    assert load_article(trec_file, index=0).title.startswith("بكين تندد")


# Real CNN Arabic pages of 27-29 August 2018 (ANT), shortened: each ends with the opening lines of
# other CNN articles (teasers of related stories), as the crawl kept them.
QATAR_BODY = (
    "دبي، الإمارات العربية المتحدة (CNN)— قال علي المنصوري، المندوب الدائم لقطر لدى مكتب الأمم المتحدة "
    "بجنيف، إن بلاده تسعى لأن تكون بطولة كأس العالم 2022 التي تستعد بلاده لاستضافتها \"الأنجح بالتاريخ\".\n"
    "وحول الدور القطري في مواجهة الأزمات والتحديات، أوضح المنصوري وفقا لما نقلته الوزارة: \"سياسة دولة قطر "
    "الخارجية تستند إلى مبدأ التعاون والشراكة لمواجهة التحديات المشتركة\"."
)
SALAH_LEAD = ("أكد اللاعب المصري محمد صلاح، الإثنين، أنه لا يريد \"الدخول في صراعات\"، وذلك في فيديو نشره عبر "
              "صفحته الرسمية على \"فيسبوك\"، للتعليق على أزمته مع اتحاد الكرة المصري.")
# the lead of an article the collection does not hold, listed under several pages
MIDO_TEASER = ("تتواصل التعليقات في مصر بشأن أزمة نجم المنتخب الوطني وفريق ليفربول الإنجليزي، محمد صلاح، مع "
               "اتحاد الكرة في بلاده، حيث اعتبر لاعب نادي الزمالك السابق، أحمد حسام ميدو، أن \"الخاسر الوحيد منتخب مصر\".")
# a paragraph of background a story and its update share (one other page): no teaser
BACKGROUND = ("وتأتي أزمة صلاح مع الاتحاد بسبب استخدام صوره في الدعاية من قبل الشركة الراعية للمنتخب المصري، "
              "دون الرجوع إليه أو إلى وكيل أعماله.")


def _cnn_doc(docno: str, abstract: str, text: str) -> str:
    return (f"<DOC>\n<DOCNO>{docno}</DOCNO>\n<SRC>CNN</SRC>\n<TIME>Wed, 29 Aug 2018 03:25:49 +0000</TIME>\n"
            f"<ABSTRACT>\n{abstract}\n</ABSTRACT>\n<TEXT>\n{text}\n</TEXT>\n</DOC>\n")


def _cnn_pages() -> str:
    salah = "دبي، الإمارات العربية المتحدة (CNN)-- " + SALAH_LEAD
    return "".join([
        _cnn_doc("CN-sport-372-20180829", QATAR_BODY.split("\n")[0][39:],
                 f"{QATAR_BODY}\n{SALAH_LEAD[:90]}\n{MIDO_TEASER}"),
        _cnn_doc("CN-sport-375-20180827", SALAH_LEAD, f"{salah}\n{BACKGROUND}\n{MIDO_TEASER}"),
        _cnn_doc("CN-sport-376-20180827", "رد الاتحاد المصري لكرة القدم، الإثنين، على الانتقادات التي وجهها نجم "
                 "المنتخب المصري محمد صلاح ووكيل أعماله رامي عباس.", f"{salah}\n{BACKGROUND}\n{MIDO_TEASER}"),
    ])


def test_a_page_ends_before_the_teasers_of_other_articles_of_its_collection(tmp_path):
    """A trailing block that opens with another page's summary (here cut short) is cut, with the
    teaser after it that other pages list too; the text before it is kept as written."""
    f = tmp_path / "cnn.xml"
    f.write_text(_cnn_pages(), encoding="utf-8")
    qatar = load_article(f, select="CN-sport-372-20180829")
    assert qatar.text == QATAR_BODY
    assert "صلاح" not in qatar.text and "ميدو" not in qatar.text


def test_text_another_page_repeats_is_kept_without_a_summary_opening_the_block(tmp_path):
    """Background an update shares with its story, and a teaser listed on other pages but not
    preceded by a teaser the collection can name, stay: only a block opening with another page's
    summary is cut (the lead is always kept)."""
    f = tmp_path / "cnn.xml"
    f.write_text(_cnn_pages(), encoding="utf-8")
    salah = load_article(f, select="CN-sport-375-20180827")
    assert salah.text.endswith(MIDO_TEASER) and BACKGROUND in salah.text


def test_a_file_of_one_page_keeps_its_teasers(tmp_path):
    """One ``<DOC>`` alone names no other article: its text is kept whole — alone in its folder,
    or among files of other kinds (no tree of ``<DOC>`` files: the folder holds notes too)."""
    f = tmp_path / "page" / "CN-sport-372-20180829.txt"
    f.parent.mkdir()
    f.write_text(_cnn_pages().split("</DOC>")[0] + "</DOC>\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ملاحظات القارئ عن الصفحات", encoding="utf-8")
    assert load_article(f).text.endswith(MIDO_TEASER)
    for page in _cnn_pages().split("</DOC>")[1:-1]:  # the other pages beside it, with the notes
        docno = re.search(r"<DOCNO>(.*?)</DOCNO>", page).group(1)
        (tmp_path / f"{docno}.txt").write_text(page.lstrip() + "</DOC>\n", encoding="utf-8")
    beside = tmp_path / f.name
    f.replace(beside)
    assert load_article(beside).text.endswith(MIDO_TEASER)


def _unzipped_cnn_pages(root) -> dict:
    """The three CNN pages as ANT's zip holds them, one file per page in its category's folder
    (the page whose summary is the teaser in another category), beside the zip: ``{docno: file}``."""
    (root / "CNN.zip").write_bytes(b"PK\x05\x06" + bytes(18))  # the (empty) zip they came from
    files = {}
    for page, category in zip(_cnn_pages().split("</DOC>")[:-1], ("sport", "economy", "sport")):
        docno = re.search(r"<DOCNO>(.*?)</DOCNO>", page).group(1)
        files[docno] = root / "CNN" / category / f"{docno}.txt"
        files[docno].parent.mkdir(parents=True, exist_ok=True)
        files[docno].write_text(page.lstrip() + "</DOC>\n", encoding="utf-8")
    return files


def test_a_folder_of_doc_files_is_one_collection_like_their_file(tmp_path):
    """Unzipped, each page a file in its category's folder, the pages still name each other's
    teasers: a page loads with the text it has in the file (or zip) of all of them, whether it is
    named alone, through its category's folder or through the outlet's."""
    files = _unzipped_cnn_pages(tmp_path)
    together = tmp_path / "cnn.xml"
    together.write_text(_cnn_pages(), encoding="utf-8")
    qatar = files["CN-sport-372-20180829"]
    assert load_article(qatar).text == QATAR_BODY == load_article(together, select=qatar.stem).text
    for folder in (tmp_path / "CNN", qatar.parent):
        loaded = {ref.path.stem: ref.load().text for ref in expand([folder])}
        assert loaded[qatar.stem] == QATAR_BODY
    for docno, f in files.items():  # the other two end with the teaser and background they had
        assert load_article(f).text == load_article(together, select=docno).text


def test_a_page_added_to_the_folder_is_seen(tmp_path):
    """The tree's index is kept between loads, and built anew when a page comes: without the page
    whose summary opens it, the block is no teaser; with it, it is."""
    import time

    files = _unzipped_cnn_pages(tmp_path)
    salah = files["CN-sport-375-20180827"]
    held = salah.read_text(encoding="utf-8")
    salah.unlink()
    qatar = files["CN-sport-372-20180829"]
    assert load_article(qatar).text.endswith(MIDO_TEASER)
    time.sleep(0.05)  # past the file system clock's tick: the folder's time moves
    salah.write_text(held, encoding="utf-8")
    assert load_article(qatar).text == QATAR_BODY


def test_corpus_mode_over_a_folder_of_doc_files_cuts_the_teasers(tmp_path):
    """``maqal corpus CNN/`` reads each page within the tree, as ``load_article`` does."""
    from maqal import corpus

    (tmp_path / "in").mkdir()
    files = _unzipped_cnn_pages(tmp_path / "in")
    corpus.run_corpus([tmp_path / "in" / "CNN"], tmp_path / "out", workers=1, progress=False, tables=["tokens"])
    texts = dict(corpus.read_table(tmp_path / "out", "tokens")[["article_id", "text"]].itertuples(index=False))
    assert texts == {docno: load_article(f).text for docno, f in files.items()}
    assert texts["CN-sport-372-20180829"] == QATAR_BODY


def test_cnn_pages_of_the_ant_zip_end_before_their_teasers():
    """CN-sport-372-20180829 ends with five leads of other CNN sport articles (Salah's quarrel
    with his federation); read from CNN.zip it ends with its own last paragraph."""
    z = _ant("CNN.zip")
    a = load_article(z, select="CN-sport-372-20180829")
    assert a.text.endswith("لمواجهة التحديات المشتركة\".")
    assert "ميدو" not in a.text and "آل الشيخ" not in a.text


def test_an_unzipped_ant_outlet_loads_like_its_zip(tmp_path):
    """CNN.zip unzipped beside it (``CNN/<category>/<DOCNO>.txt``): a page the zip cuts loads with
    the same text from its file, from the folder and from the folder in corpus mode; a page with
    no teasers is its ``<TEXT>`` as written."""
    from maqal import corpus

    z = _ant("CNN.zip")
    with zipfile.ZipFile(z) as zf:
        zf.extractall(tmp_path)  # every page: teasers name articles of other categories
    (tmp_path / "CNN.zip").symlink_to(z)
    refs = expand([tmp_path / "CNN"])[:60]  # CNN/economy/…, four of them cut by the zip
    raw = {r.path.stem: _tag(r.path.read_text(encoding="utf-8"), "TEXT") for r in refs}
    from_zip = {d: load_article(z, select=d).text for d in raw}
    cut = [d for d in raw if from_zip[d] != raw[d]]
    assert len(cut) >= 4 and all(raw[d].startswith(from_zip[d]) for d in cut)
    from_files = {r.path.stem: load_article(r.path).text for r in refs}
    assert from_files == from_zip
    assert any(from_files[d] == raw[d] for d in raw if d not in cut)
    corpus.run_corpus([tmp_path / "CNN"], tmp_path / "out", workers=1, limit=60, progress=False, tables=["tokens"])
    tokens = corpus.read_table(tmp_path / "out", "tokens")
    assert dict(tokens[["article_id", "text"]].itertuples(index=False)) == from_zip

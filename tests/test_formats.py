"""Archives in the shapes monitoring tools, crawlers and feeds leave them: CSV/TSV and JSON Lines
exports read through a column mapping, WARC crawls and RSS/Atom feeds — built in each test from
real articles (the bundled SaudiNewsNet sample; the shared SaudiNewsNet and ANT corpora, skipped
where absent).  Bad rows are reported with file and line, and the rest loads."""
from __future__ import annotations

import csv
import datetime as dt
import gzip
import html
import io
import json
import re
import zipfile
from pathlib import Path

import pytest

from maqal import paths
from maqal.cli import main
from maqal.errors import BadArticleFormat, EmptyArticle
from maqal.inputs import expand, iter_array
from maqal.loading import load_article

from conftest import SNN_SAMPLE, corpus_zips

ANT_DIR = paths.ANT_DIR
RENAMED = {"title": "headline", "content": "body", "date_extracted": "published_at", "source": "outlet", "url": "link"}


def _paragraphs(text: str) -> list[str]:
    """The paragraphs of a text, each with its runs of blanks as one space (HTML extraction keeps
    the paragraphs and their words, not their edge spaces or no-break spaces)."""
    return [" ".join(p.split()) for p in text.split("\n") if p.strip()]


def _write_csv(path: Path, header: list, rows: list, delimiter=",") -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter=delimiter)
        w.writerow(header)
        w.writerows(rows)
    return path


def _snn_shared(n: int) -> list[dict]:
    zips = corpus_zips()
    if not zips:
        pytest.skip(f"the shared SaudiNewsNet corpus is not at {paths.CORPUS_DIR} (set MAQAL_SHARED)")
    with zipfile.ZipFile(zips[3]) as z:
        data = json.loads(z.read(z.namelist()[0]).decode("utf-8"))
    return [a for a in data if a["content"].strip()][::40][:n]


def _ant_docs(name: str, n: int, step: int = 97) -> list[dict]:
    """``n`` real ANT documents of one outlet, as ``{TAG: value}`` (and the member they came from)."""
    z = ANT_DIR / name
    if not z.is_file():
        pytest.skip(f"the ANT corpus is not at {ANT_DIR} (set MAQAL_SHARED)")
    with zipfile.ZipFile(z) as zf:
        members = [m for m in zf.namelist() if not m.endswith("/")][::step][:n]
        raws = {m: zf.read(m).decode("utf-8") for m in members}
    docs = []
    for m, raw in raws.items():
        body = re.search(r"<DOC>(.*)</DOC>", raw, re.S).group(1)
        doc = {t: v.strip() for t, v in re.findall(r"<([A-Z]+)>(.*?)</\1>", body, re.S)}
        if doc.get("TEXT"):
            docs.append({**doc, "member": m, "raw": raw})
    return docs


# --------------------------------------------------------------------------- CSV / JSON Lines


def test_csv_with_guessed_columns_loads_the_bundled_articles_like_their_json(tmp_path):
    arts = json.loads(SNN_SAMPLE.read_text(encoding="utf-8"))[:5]
    p = _write_csv(tmp_path / "export.csv", list(RENAMED.values()),
                   [[a[k] for k in RENAMED] for a in arts])
    assert [r.index for r in expand([p])] == [0, 1, 2, 3, 4]
    for i, a in enumerate(arts):
        got = load_article(f"{p}#{i}")
        ref = load_article(SNN_SAMPLE, index=i)
        assert (got.text, got.title, got.source, got.url, got.id) == (ref.text, ref.title, ref.source, ref.url, ref.id)
        # a column guessed as the printed date ("published_at") is printed, not a crawl date
        assert got.published == ref.published and got.published_inferred is False
        assert got.format == "csv" and got.extra["line_in_file"] > 1
    one = load_article(p, select=arts[2]["url"])
    assert one.title == arts[2]["title"] and one.extra["index_in_file"] == 2


def test_jsonl_of_saudinewsnet_records_keeps_the_crawl_date_inferred(tmp_path):
    arts = json.loads(SNN_SAMPLE.read_text(encoding="utf-8"))[:4]
    p = tmp_path / "day.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(json.dumps(a, ensure_ascii=False) for a in arts) + "\n")
    got = [a for _, a in iter_array(p)]
    assert [a.id for a in got] == [load_article(SNN_SAMPLE, index=i).id for i in range(4)]
    assert all(a.published == dt.date(2015, 8, 2) and a.published_inferred for a in got)  # date_extracted
    assert got[1].text == arts[1]["content"] and got[1].extra["line_in_file"] == 2


def test_jsonl_dates_in_unix_time_are_utc_moments(tmp_path):
    art = json.loads(SNN_SAMPLE.read_text(encoding="utf-8"))[0]
    p = tmp_path / "api.ndjson"
    p.write_text(json.dumps({"article": art["content"], "headline": art["title"], "timestamp": 1438555636},
                            ensure_ascii=False) + "\n", encoding="utf-8")
    a = load_article(p, index=0)
    assert a.text == art["content"] and a.title == art["title"]
    assert a.published == dt.date(2015, 8, 2) and a.extra["published_at"] == "2015-08-02T22:47:16+00:00"


def test_real_saudinewsnet_articles_as_csv_tsv_and_jsonl_with_named_columns(tmp_path):
    arts = _snn_shared(12)
    header = ["نص المقال", "العنوان", "وقت النشر", "الجريدة", "الرابط"]
    rows = [[a["content"], a["title"], a["date_extracted"].replace(" ", "T") + "+03:00", a["source"], a["url"]]
            for a in arts]
    cols = {"text": "نص المقال", "date": "وقت النشر", "source": "الجريدة"}  # title/url: guessed (العنوان, الرابط)
    csv_path = _write_csv(tmp_path / "monitor.csv", header, rows)
    tsv_path = _write_csv(tmp_path / "monitor.tsv", header, rows, delimiter="\t")
    jsonl_path = tmp_path / "monitor.jsonl"
    jsonl_path.write_text("\n".join(json.dumps(dict(zip(header, r)), ensure_ascii=False) for r in rows), encoding="utf-8")
    with pytest.raises(BadArticleFormat, match=r"monitor\.csv: has no text column .*نص المقال"):
        load_article(csv_path, index=0)  # "نص المقال" is no name maqal guesses: it says which columns there are
    for path in (csv_path, tsv_path, jsonl_path):
        got = [a for _, a in iter_array(path, columns=cols)]
        assert len(got) == len(arts)
        for a, src in zip(got, arts):
            assert a.text == src["content"] and a.title == src["title"] and a.url == src["url"]
            assert a.source == src["source"] and a.published_inferred is False
            when = dt.datetime.fromisoformat(a.extra["published_at"])
            assert when.utcoffset() == dt.timedelta(hours=3) and a.published == when.date()
    with pytest.raises(BadArticleFormat, match=r"has no column 'body' \(for --text-column\); its columns are: نص المقال"):
        load_article(csv_path, index=0, columns={"text": "body"})


def test_bad_rows_are_reported_with_their_line_and_the_rest_loads(tmp_path):
    arts = json.loads(SNN_SAMPLE.read_text(encoding="utf-8"))[:5]
    rows = [[a["title"], a["content"], a["date_extracted"], a["source"]] for a in arts]
    rows[1][1] = ""  # no text
    rows[3][2] = "الأحد الماضي"  # a date that is no date
    p = _write_csv(tmp_path / "export.csv", ["title", "text", "date", "source"], rows)
    text = p.read_text(encoding="utf-8")
    lines = {i: text[:text.index(r[0])].count("\n") + 1 for i, r in enumerate(rows)}  # each row's first line
    got = dict(iter_array(p))
    assert isinstance(got[1], EmptyArticle) and f"export.csv#1 (line {lines[1]}): has no text in column 'text'" in str(got[1])
    assert isinstance(got[3], BadArticleFormat)
    assert f"export.csv#3 (line {lines[3]}): the date 'الأحد الماضي' in column 'date' is not a date" in str(got[3])
    assert [got[i].title for i in (0, 2, 4)] == [arts[i]["title"] for i in (0, 2, 4)]

    jl = tmp_path / "export.jsonl"
    records = [json.dumps({"text": a["content"], "title": a["title"]}, ensure_ascii=False) for a in arts[:3]]
    jl.write_text("\n".join([records[0], '{"text": "نص مقطوع', records[1], "", "[1, 2]", records[2]]) + "\n",
                  encoding="utf-8")
    got = list(iter_array(jl))
    assert [i for i, a in got if isinstance(a, Exception)] == [1, 3]
    assert "export.jsonl#1 (line 2): is not valid JSON" in str(got[1][1]) and "line 2" not in str(got[1][1]).split(":", 2)[2]
    assert "export.jsonl#3 (line 5): is a JSON list, not an object" in str(got[3][1])
    assert [a.title for i, a in got if not isinstance(a, Exception)] == [a["title"] for a in arts[:3]]


def test_load_articles_reads_a_folder_of_exports_and_lists_the_bad_rows(tmp_path):
    import maqal

    arts = json.loads(SNN_SAMPLE.read_text(encoding="utf-8"))[:6]
    _write_csv(tmp_path / "a.csv", ["title", "text"], [[a["title"], a["content"]] for a in arts[:3]] + [["x", " "]])
    (tmp_path / "b.jsonl").write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in arts[3:]) + "\n[",
                                      encoding="utf-8")
    errors: list = []
    got = maqal.load_articles(tmp_path, errors=errors)
    assert [a.title for a in got] == [a["title"].strip() for a in arts]
    text = (tmp_path / "a.csv").read_text(encoding="utf-8")
    assert errors == [f"{tmp_path / 'a.csv'}#3 (line {text.count(chr(10))}): has no text in column 'text' — "
                      "every row needs the article text",
                      f"{tmp_path / 'b.jsonl'}#3 (line 4): is not valid JSON (column 2: Expecting value)"]
    with pytest.warns(UserWarning, match=r"b\.jsonl#3 \(line 4\)"):
        assert len(maqal.load_articles(tmp_path / "b.jsonl")) == 3


def test_cli_reads_an_export_with_column_flags(tmp_path, capsys):
    arts = json.loads(SNN_SAMPLE.read_text(encoding="utf-8"))[:3]
    p = _write_csv(tmp_path / "x.csv", ["a", "b", "c"], [[a["title"], a["content"], a["source"]] for a in arts])
    assert main(["analyze", f"{p}#2", "--json"]) == 2
    assert "name it with --text-column NAME" in capsys.readouterr().err
    assert main(["analyze", f"{p}#2", "--json", "--text-column", "b", "--title-column", "a", "--source-column", "c"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["article"]["title"] == arts[2]["title"] and out["article"]["source"] == arts[2]["source"]
    assert out["article"]["text"] == arts[2]["content"]
    from maqal.corpus import read_table

    corpus_out = tmp_path / "out"
    assert main(["corpus", str(p), "--out", str(corpus_out), "--workers", "1", "--tables", "terms", "--quiet",
                 "--text-column", "b", "--source-column", "c", "--title-column", "a"]) == 0
    got = read_table(corpus_out, "articles").sort_values("index_in_file")
    assert list(got["title"]) == [a["title"] for a in arts] and list(got["source"]) == [a["source"] for a in arts]


# --------------------------------------------------------------------------- WARC


def _page(doc: dict) -> bytes:
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in _paragraphs(doc["TEXT"]))
    title = html.escape(doc["TITLE"])
    return (f"<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><nav><ul><li><a href='/'>الرئيسية</a></li><li><a href='/sport'>رياضة</a></li></ul></nav>"
            f"<article><h1>{title}</h1>{paras}</article><footer>جميع الحقوق محفوظة</footer></body></html>").encode()


def _warc(path: Path, docs: list[dict]) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=str(path).endswith(".gz"))

        def response(url, payload, status="200 OK", kind="text/html; charset=utf-8", extra=()):
            http = StatusAndHeaders(status, [("Content-Type", kind), *extra], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=http,
                                                warc_headers_dict={"WARC-Date": "2018-09-01T10:00:00Z"}))

        for i, doc in enumerate(docs):
            response(doc["URL"], _page(doc), extra=[("Last-Modified", doc["TIME"])] if i % 2 == 0 else [])
            if i == 0:  # what a crawl also holds: an image, a page not found — not articles
                response(doc["URL"] + "/logo.png", b"\x89PNG\r\n\x1a\n", kind="image/png")
                response(doc["URL"] + "/gone", b"<html><body>not found</body></html>", status="404 Not Found")
    return path


def test_warc_pages_are_articles_with_the_main_text_extracted(tmp_path):
    docs = _ant_docs("BBC.zip", 4)
    p = _warc(tmp_path / "crawl.warc.gz", docs)
    refs = expand([tmp_path])
    assert [(r.path.name, r.index) for r in refs] == [("crawl.warc.gz", i) for i in range(len(docs))]
    for i, doc in enumerate(docs):
        a = load_article(p, index=i)
        assert a.format == "warc" and a.url == doc["URL"] and a.title == doc["TITLE"]
        assert _paragraphs(a.text) == _paragraphs(doc["TEXT"])  # the article, not the menu or footer
        assert "الرئيسية" not in a.text and "الحقوق" not in a.text
        assert a.source == "www.bbc.co.uk" and a.published_inferred is True
        if i % 2 == 0:  # Last-Modified: the <TIME> ANT has, zone and all
            assert a.published == dt.datetime.strptime(doc["DOCNO"][-8:], "%Y%m%d").date()
            assert a.extra["published_at"].endswith("+00:00")
        else:  # only when it was crawled
            assert a.published == dt.date(2018, 9, 1)
    assert load_article(f"{p}#{docs[1]['URL']}").title == docs[1]["TITLE"]


def test_a_warc_without_pages_or_not_a_warc_is_named(tmp_path):
    bad = tmp_path / "notes.warc"
    bad.write_text("هذا ليس أرشيف WARC", encoding="utf-8")
    with pytest.raises(BadArticleFormat, match=r"notes\.warc: is not a readable WARC file"):
        load_article(bad, index=0)


# --------------------------------------------------------------------------- RSS / Atom


RSS = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/'
       'content/"><channel><title>سكاي نيوز عربية</title><link>https://www.skynewsarabia.com</link>{}</channel></rss>')
RSS_ITEM = ("<item><title>{title}</title><link>{URL}</link><guid>{DOCNO}</guid><pubDate>{TIME}</pubDate>"
            "<category>{CAT}</category><description>{abstract}</description>"
            "<content:encoded><![CDATA[{html}]]></content:encoded></item>")
ATOM = '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>العربية</title>{}</feed>'
ATOM_ENTRY = ('<entry><title>{title}</title><link href="{URL}"/><id>{DOCNO}</id>'
              "<published>2018-07-19T01:30:00+04:00</published><updated>2018-07-20T09:00:00+04:00</updated>"
              "<author><name>القاهرة - أحمد الريدي</name></author><summary>{abstract}</summary></entry>")


def _feed(frame: str, entry: str, docs: list[dict]) -> str:
    """A feed of ANT documents: title and abstract escaped, the text as HTML paragraphs."""
    return frame.format("".join(
        entry.format(**d, title=html.escape(d["TITLE"]), abstract=html.escape(d["ABSTRACT"]),
                     html="".join(f"<p>{p}</p>" for p in _paragraphs(d["TEXT"])))
        for d in docs))


def test_rss_entries_are_articles_with_full_text_outlet_and_zoned_date(tmp_path):
    docs = [d for d in _ant_docs("SkyNews.zip", 5, step=2003) if d.get("ABSTRACT")]
    p = tmp_path / "sky.xml"  # an .xml feed: told from a TREC file by its root
    p.write_text(_feed(RSS, RSS_ITEM, docs), encoding="utf-8")
    got = [a for _, a in iter_array(p)]
    assert len(got) == len(docs)
    for a, d in zip(got, docs):
        assert a.format == "feed" and a.source == "سكاي نيوز عربية" and a.title == d["TITLE"]
        assert _paragraphs(a.text) == _paragraphs(d["TEXT"]) and a.extra["category"] == d["CAT"]
        assert a.published == dt.datetime.strptime(d["DOCNO"][-8:], "%Y%m%d").date() and not a.published_inferred
        assert dt.datetime.fromisoformat(a.extra["published_at"]).tzinfo is not None
    assert load_article(p, select=docs[0]["DOCNO"]).title == docs[0]["TITLE"]  # by guid


def test_atom_summaries_byline_and_the_day_in_the_entry_zone(tmp_path):
    docs = [d for d in _ant_docs("Alarabia.zip", 4, step=1501) if d.get("ABSTRACT")]
    p = tmp_path / "alarabiya.atom"
    p.write_text(_feed(ATOM, ATOM_ENTRY, docs), encoding="utf-8")
    a = load_article(p, index=0)
    assert a.text == docs[0]["ABSTRACT"] and a.source == "العربية"
    assert (a.author, a.dateline) == ("أحمد الريدي", "القاهرة")
    # 01:30 at +04:00 is the 19th where it was published (the 18th in UTC)
    assert a.published == dt.date(2018, 7, 19) and a.extra["published_at"] == "2018-07-19T01:30:00+04:00"
    empty = tmp_path / "empty.rss"
    empty.write_text("<rss><channel><title>x</title></channel></rss>", encoding="utf-8")
    with pytest.raises(BadArticleFormat, match=r"empty\.rss: holds no feed entries"):
        load_article(empty, index=0)


# --------------------------------------------------------------------------- corpus mode


def test_corpus_over_a_folder_of_csv_jsonl_and_ant_doc_files(tmp_path):
    from maqal import corpus

    folder = tmp_path / "archive"
    (folder / "ant").mkdir(parents=True)
    ant = _ant_docs("France24.zip", 6, step=311)
    for d in ant:
        (folder / "ant" / Path(d["member"]).name).write_text(d["raw"], encoding="utf-8")
    snn = json.loads(SNN_SAMPLE.read_text(encoding="utf-8"))
    _write_csv(folder / "monitor.csv", ["headline", "body", "published_at", "outlet", "link"],
               [[a["title"], a["content"], a["date_extracted"], a["source"], a["url"]] for a in snn[:4]]
               + [["صف بلا نص", "", "2015-08-02", "x", "http://example.org/x"]])
    (folder / "feed.jsonl").write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in snn[4:8]) + "\n{oops\n",
                                       encoding="utf-8")
    out = tmp_path / "out"
    run = corpus.run_corpus([folder], out, workers=1, tables=["terms"], progress=False)
    assert run.articles == len(ant) + 4 + 4
    arts = corpus.read_table(out, "articles")
    assert set(arts["source"]) == {d["SRC"] for d in ant} | {a["source"] for a in snn[:8]}
    assert arts["published"].notna().all()
    f24 = arts[arts["source"] == ant[0]["SRC"]]
    assert sorted(f24["article_id"]) == sorted(d["DOCNO"] for d in ant)
    assert all(str(p)[:10].replace("-", "") == i[-8:] for p, i in zip(f24["published"], f24["article_id"]))
    text = (folder / "monitor.csv").read_text(encoding="utf-8")
    line = text[:text.index("صف بلا نص")].count("\n") + 1  # the bad row's line (article texts span lines)
    errors = corpus.read_table(out, "errors")
    assert sorted(errors["error"].str.extract(r"(\w+\.\w+#\d+ \(line \d+\))")[0]) == ["feed.jsonl#4 (line 5)"]
    # a row with no text is skipped (empty), not failed (issue 14), and still named by its line
    why = [e["why"] for e in run.empty if "monitor.csv" in str(e["file"])]
    assert len(why) == 1 and f"monitor.csv#4 (line {line}): has no text in column 'body'" in why[0]


def test_another_column_mapping_redoes_the_export_chunks_only(tmp_path):
    from maqal import corpus

    snn = json.loads(SNN_SAMPLE.read_text(encoding="utf-8"))
    folder = tmp_path / "in"
    folder.mkdir()
    _write_csv(folder / "x.csv", ["title", "summary", "text"],
               [[a["title"], a["content"][:400], a["content"]] for a in snn[:3]])
    (folder / "day.json").write_text(json.dumps(snn[3:6], ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out"
    first = corpus.run_corpus([folder], out, workers=1, tables=["terms"], progress=False)
    again = corpus.run_corpus([folder], out, workers=1, tables=["terms"], progress=False, columns={"text": "summary"})
    assert first.articles == again.articles == 6
    assert again.counts["reused"] == 3 and again.counts["updated"] == 3  # the JSON's chunk stands, the CSV's is redone
    arts = corpus.read_table(out, "articles")
    from_csv = arts[arts["file"].str.endswith("x.csv")].sort_values("index_in_file")
    assert list(from_csv["chars"]) == [len(load_article(folder / "x.csv", index=i, columns={"text": "summary"}).text)
                                      for i in range(3)]


def test_a_gzipped_export_that_inflates_past_the_cap_is_refused(tmp_path, monkeypatch):
    p = tmp_path / "big.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": "خبر " * 200_000}, ensure_ascii=False) + "\n")
    monkeypatch.setenv("MAQAL_MAX_ENTRY_MB", "0.5")
    with pytest.raises(BadArticleFormat, match=r"big\.jsonl\.gz: decompresses to more than 0 MB"):
        load_article(p, index=0)

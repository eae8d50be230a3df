"""maqal.explore: highlighted HTML from spans, the filters behind a pick, static views for
reports, offline interactive tables, and the widgets (driven without a browser)."""
from __future__ import annotations

import html
import re
import subprocess
import sys

import pandas as pd
import pytest

import maqal
from maqal import explore
from maqal.explore import Mark


@pytest.fixture(scope="module")
def article():
    return maqal.load_article(maqal.paths.SAMPLE_ARTICLE)


@pytest.fixture(scope="module")
def layer(article):
    return maqal.text_layer(article)


@pytest.fixture(scope="module")
def freq(layer):
    return maqal.term_frequencies(layer)


def _span(text, needle, after=0):
    i = text.index(needle, after)
    return i, i + len(needle)


@pytest.fixture(scope="module")
def claims_df(article):
    """A small claims table shaped like ``maqal.claims.claims`` (real spans of the sample)."""
    t = article.text
    rows = []
    s, e = _span(t, "“ستكون هذه زيارة كاملة”")
    ss, se = _span(t, "المتحدث باسم الكرملين ديمتري بيسكوف")
    cs, ce = _span(t, "قال", ss - 10)
    rows.append(dict(start=s, end=e, text=t[s:e], source=t[ss:se], source_start=ss, source_end=se,
                     cue=t[cs:ce], cue_start=cs, cue_end=ce, source_type="official"))
    s2, e2 = _span(t, "وفقاً للمخابرات الكورية الجنوبية")
    ss2, se2 = _span(t, "للمخابرات الكورية الجنوبية")
    rows.append(dict(start=s2 - 60, end=e2, text=t[s2 - 60:e2], source=t[ss2:se2], source_start=ss2, source_end=se2,
                     cue="وفقاً", cue_start=s2, cue_end=s2 + len("وفقاً"), source_type="intelligence"))
    rows.append(dict(start=0, end=40, text=t[0:40], source=None, source_start=None, source_end=None,
                     cue=None, cue_start=None, cue_end=None, source_type="anonymous"))
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def dates_df(article):
    t = article.text
    rows = []
    for needle, value in [("في عام 2011", "2011"), ("11 سبتمبر", "2023-09-11"), ("في أبريل 2019", "2019-04")]:
        s, e = _span(t, needle)
        rows.append(dict(text=t[s:e], start=s, end=e, value=value))
    return pd.DataFrame(rows)


# --- highlighting -----------------------------------------------------------------
def test_marks_are_escaped_and_slice_back():
    text = "قال <script>alert(1)</script> إن & هذا"
    s = text.index("<script>")
    out = explore.highlight_marks(text, [Mark(s, s + 8, "term"), Mark(0, 3, "cue")])
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "&amp;" in out
    # removing the markup gives back exactly the text
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text
    assert out.count("<mark") == 2


def test_overlapping_roles_combine_and_cut_at_window():
    text = "أ" * 30
    marks = [Mark(0, 20, "claim"), Mark(5, 10, "source"), Mark(8, 12, "cue")]
    out = explore.highlight_marks(text, marks, 2, 15)
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text[2:15]
    assert 'data-roles="claim"' in out
    assert 'data-roles="source claim"' in out  # source shaded, claim underlined
    assert 'data-roles="source cue claim"' in out  # 8..10: all three
    assert 'data-roles="cue claim"' in out
    # a mark outside the window is ignored
    assert explore.highlight_marks(text, [Mark(20, 25)], 0, 10) == text[:10]


def test_role_styles_differ():
    styles = {r: explore.role_style([r]) for r in ["term", "date", "source", "cue", "claim", "event"]}
    assert len(set(styles.values())) == len(styles)
    both = explore.role_style(["claim", "source"])
    assert "background:#ffc4b8" in both and "box-shadow" in both


def test_article_view_rtl_legend_and_spans(article, freq):
    rows = explore.term_rows(freq, "روسيا")
    assert len(rows) == 1
    spans = explore.spans_of(rows)
    assert len(spans) == rows["count"].iat[0]
    assert all(article.text[s:e] in rows["forms"].iat[0] for s, e in spans)
    page = explore.article_view(article, {"term": rows}).data
    from maqal.textlayer import paragraph_spans

    assert page.count('<p dir="rtl" style="text-align:right">') == len(paragraph_spans(article.text))
    assert 'dir="rtl"' in page and "maqal-legend" in page
    assert page.count("mq-term") == len(spans) + 1  # every occurrence, plus the legend
    # the marked words are the surface forms at those spans
    marked = [html.unescape(m) for m in re.findall(r'<mark class="maqal-hit[^>]*>([^<]*)</mark>', page)]
    assert marked == [article.text[s:e] for s, e in spans]


def test_only_marked_paragraphs(article, dates_df):
    page = explore.article_view(article, {"date": dates_df}, only_marked=True).data
    assert page.count("<p dir=\"rtl\"") == 2  # 2011 and 2019 in one paragraph, 11 سبتمبر in another
    assert page.count("mq-date") == 3 + 1
    assert 'title="2011"' in page


def test_claims_get_three_marks(article, claims_df):
    """A claims-shaped table without its record (built by hand here) still gets the claims
    record's marks, its source type named in the reader's language when one is asked for."""
    marks = explore.as_marks(claims_df)
    roles = [m.role for m in marks]
    assert roles.count("claim") == 3 and roles.count("source") == 2 and roles.count("cue") == 2
    for m in marks:
        assert 0 <= m.start < m.end <= len(article.text)
    page = explore.static_view(article, claims_df).data
    for role in ("claim", "source", "cue"):
        assert f"mq-{role}" in page
    assert "بيسكوف" in page and "official" in page  # tooltip carries the source type
    arabic = explore.static_view(article, claims_df, lang="ar").data
    assert 'title="مسؤول"' in arabic and 'title="official"' not in arabic


def test_as_marks_accepts_many_shapes(article, freq, dates_df):
    assert explore.as_marks(None) == []
    assert explore.as_marks([(1, 3)], "date") == [Mark(1, 3, "date")]
    assert explore.as_marks([[1, 3], [5, 7]])[1] == Mark(5, 7, "term")
    m = explore.as_marks({"term": freq.head(1), "date": dates_df})
    assert {x.role for x in m} == {"term", "date"}
    # NaN / None / reversed spans are dropped, not drawn
    bad = pd.DataFrame({"start": [1, None, float("nan"), 9], "end": [4, 5, 6, 2]})
    assert explore.marks_from_frame(bad, "event") == [Mark(1, 4, "event")]
    # an event row also marks its time expression
    ev = pd.DataFrame({"start": [0], "end": [30], "time_start": [10], "time_end": [15], "time_text": ["x"]})
    assert explore.as_marks(ev, "event") == [Mark(0, 30, "event"), Mark(10, 15, "date", "x")]


# --- picks ---------------------------------------------------------------------------
def test_term_rows_by_term_form_or_key(freq):
    assert explore.term_rows(freq, "روسيا")["term"].tolist() == ["روسيا"]
    assert explore.term_rows(freq, "بروسيا")["term"].tolist() == ["روسيا"]  # a form
    assert explore.term_rows(freq, "لكيم جونغ أون")["term"].tolist() == ["كيم جونغ أون"]  # a name's form
    assert explore.term_rows(freq, "") .empty
    assert explore.term_rows(freq, "غير موجود في المقال").empty


def test_rows_with_and_pick(claims_df, dates_df):
    assert len(explore.rows_with(claims_df, "source_type", "official")) == 1
    assert len(explore.rows_with(claims_df, "source_type", ["official", "intelligence"])) == 2
    assert len(explore.source_rows(claims_df, source_type="anonymous")) == 1
    assert len(explore.source_rows(claims_df, source="المتحدث باسم الكرملين ديمتري بيسكوف")) == 1
    with pytest.raises(KeyError, match="no column"):
        explore.rows_with(claims_df, "nope", 1)
    opts = explore.choices(claims_df, "source")
    assert opts[-1] == ("— (1)", "—")  # the anonymous claim has no source: still pickable
    assert len(explore.pick(claims_df, "source", "—")) == 1
    assert [v for _, v in explore.choices(dates_df, "value")] == ["2011", "2023-09-11", "2019-04"]


def test_rows_overlapping(article, dates_df, claims_df, layer):
    # the claims in the sentence of a date
    sents = layer.sentences
    s = sents[(sents["start"] <= dates_df["start"].iat[1]) & (sents["end"] >= dates_df["end"].iat[1])].iloc[0]
    hit = explore.rows_overlapping(claims_df, int(s["start"]), int(s["end"]))
    assert hit["source_type"].tolist() == ["intelligence"]
    assert explore.rows_overlapping(claims_df.iloc[0:0], 0, 10).empty


def test_kwic_from_spans_matches_concordance(article, layer, freq):
    rows = explore.term_rows(freq, "الكرملين")
    k = explore.kwic(article, explore.spans_of(rows), layer=layer)
    c = maqal.concordance(layer, "الكرملين")
    assert k[["left", "match", "right", "start", "end", "sentence"]].values.tolist() == c.values.tolist()


# --- static forms ----------------------------------------------------------------------
def test_interactive_table_is_offline_and_escaped():
    df = pd.DataFrame({"term": ["كوريا", "<b>x</b>"], "count": [3, 1], "forms": [["كوريا", "لكوريا"], ["x"]],
                       "spans": [[[0, 1]], [[2, 3]]]})
    page = explore.interactive_table(df, caption="t", bundle=True).data
    # the DataTables bundle is inlined, nothing is loaded from anywhere
    assert "injectModule" in page and len(page) > 500_000
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page.replace("href=https://itables.org", ""))
    assert not re.search(r"""\bimport\s*[^;(]*from\s*['"]https?:""", page)
    outside_bundle = re.sub(r'"[A-Za-z0-9+/=]{1000,}"', '"B64"', page)  # the inlined base64 bundle
    assert len(outside_bundle) < 20_000
    assert "unpkg" not in outside_bundle and "cdn" not in outside_bundle.lower()
    # Arabic columns right-aligned, right to left
    assert '"className": "dt-right maqal-rtl"' in page and '"targets": [0, 2]' in page
    assert "direction: rtl" in page
    # escaped, and the spans column left out
    assert "<b>x</b>" not in page
    assert "spans" not in re.search(r'"table_html": "([^\n]*)"', page).group(1)
    # every table carries the bundle (the page that shows it may have none: a reload, another
    # notebook), unless asked not to
    first = explore.interactive_table(df).data
    second = explore.interactive_table(df).data
    assert "injectModule" in first and "injectModule" in second
    assert "injectModule" not in explore.interactive_table(df, bundle=False).data


def test_a_saved_reports_tables_are_static_in_its_language(monkeypatch, claims_df):
    monkeypatch.setenv(explore.REPORT_ENV, "1")
    page = explore.interactive_table(claims_df[["source", "source_type"]], lang="ar").data
    assert "<table" in page and "injectModule" not in page and "dataTable" not in page
    assert "نوع المصدر" in page and "مسؤول" in page  # column and source type named in Arabic


def test_a_saved_reports_explorers_are_their_static_form_without_widgets(monkeypatch, article, layer, freq, claims_df):
    """In a saved report (its pages drop widget state) an explorer is what its page shows of it,
    the text/html the widget offers, and builds no widget."""
    pytest.importorskip("ipywidgets")
    dates = maqal.timeline.find_dates(layer)
    calls = {
        "rows": lambda: explore.table_explorer(article, claims_df, "source", columns=["source", "text"], lang="ar"),
        "note": lambda: explore.table_explorer(article, claims_df, "source_type", static=False),
        "none": lambda: explore.table_explorer(article, claims_df, "source_type", static=False, lang="ar"),
        "terms": lambda: explore.term_explorer(article, freq, lang="ar"),
        "dates": lambda: explore.date_range_explorer(article, dates, role="date", lang="ar"),
    }
    live = {name: make()._repr_mimebundle_()["text/html"] for name, make in calls.items()}
    monkeypatch.setenv(explore.REPORT_ENV, "1")
    for name, make in calls.items():
        saved = make()
        assert isinstance(saved, explore.HTML) and saved.data == live[name], name
    assert "<mark" in live["rows"] and "JupyterLab" in live["note"] and live["none"] == explore.NO_WIDGET


def test_static_view_of_many_findings(article, freq, dates_df, claims_df):
    page = explore.static_view(article, {"term": freq.head(3), "date": dates_df, "claim": claims_df},
                               caption="all").data
    legend = page.split("maqal-legend", 1)[1].split("</div>", 1)[0]
    for label in ("term", "time expression", "source", "cue", "claim"):
        assert label in legend


def test_import_maqal_stays_light():
    code = ("import sys, maqal, maqal.explore; "
            "bad = [m for m in ('ipywidgets', 'itables', 'pandas', 'matplotlib') if m in sys.modules]; "
            "print(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# --- widgets, driven from Python ------------------------------------------------------------
def test_term_explorer_updates_views(article, layer, freq):
    pytest.importorskip("ipywidgets")
    colloc = maqal.collocations(layer)
    box = explore.term_explorer(article, freq, layer=layer, collocs=colloc)
    assert box.state["term"] == freq["term"].iat[0]
    first_article = box.article.value
    box.select("الكرملين")
    assert box.state["spans"] == explore.spans_of(explore.term_rows(freq, "الكرملين"))
    assert box.article.value != first_article
    assert box.article.value.count("maqal-hit") == len(box.state["spans"]) == 3
    assert box.kwic.value.count("<mark>") == 3
    # a form picks its term; a multiword name from the collocations table
    box.picker.value = "لكوريا"
    assert box.state["rows"]["term"].tolist() == ["كوريا"]
    # a name counted as one term is picked whole; its words stay findable, every occurrence
    assert "كيم جونغ أون" in box.picker.options and "جونغ" in box.picker.options
    box.picker.value = "كيم جونغ أون"
    assert len(box.state["spans"]) == 5
    box.picker.value = "كيم"
    assert len(box.state["spans"]) == 8 and box.state["role"] == "term"
    box.picker.value = next(t for t in colloc["term"] if t not in set(freq["term"]))  # a phrase, no name
    assert box.state["role"] == "collocation" and box.state["spans"]
    assert "mq-collocation" in box.article.value
    # a word in no table is looked up through the text layer (concordance), not re-searched here
    box.picker.value = "والكرملين"
    assert box.state["spans"] and "looked up" in box.summary.value
    box.picker.value = "كلمةغيرموجودة"
    assert box.state["spans"] == [] and "no occurrences" in box.kwic.value
    # the exported page gets the static view, JupyterLab the widget
    bundle = box._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert "maqal-article" in bundle["text/html"] and "mq-term" in bundle["text/html"]


def test_table_explorer_for_sources_and_dates(article, claims_df, dates_df):
    pytest.importorskip("ipywidgets")
    box = explore.table_explorer(article, claims_df, "source_type", columns=["source", "source_type", "text"])
    assert box.rows.value.count("<tr") == 1 + 3  # header + all rows
    box.select("official")
    assert len(box.state["rows"]) == 1
    assert "بيسكوف" in box.rows.value
    for role in ("claim", "source", "cue"):
        assert f"mq-{role}" in box.article.value
    assert box.article.value.count('<p dir="rtl"') == 1  # only the paragraph with the claim
    dbox = explore.table_explorer(article, dates_df, "text", role="date")
    dbox.select("11 سبتمبر")
    assert dbox.article.value.count("mq-date") == 1 + 1  # the mark and the legend
    assert "mq-date" in dbox._repr_mimebundle_()["text/html"]
    note = explore.table_explorer(article, dates_df, "text", role="date", static=False)
    assert "JupyterLab" in note._repr_mimebundle_()["text/html"]


def test_picker_options_come_most_frequent_first(article):
    from maqal.claims import claims

    opts = explore.choices(claims(article), "source_type")
    counts = [int(shown.rpartition("(")[2].rstrip(")")) for shown, _ in opts]
    assert opts[0][1] == "author" and counts == sorted(counts, reverse=True)


def test_a_date_range_picks_the_events_dated_in_it(article):
    import datetime as dt

    from maqal import timeline

    evs = timeline.events(article)
    sept = explore.rows_between(evs, dt.date(2023, 9, 1), dt.date(2023, 9, 30))
    assert set(sept["kind"]) >= {"announcement", "meeting"} and "2019-04" not in set(sept["value"])
    # "since then" (2018 to publication) meets September 2023 too; undated events never do
    assert sept["start_date"].notna().all() and len(sept) < evs["start_date"].notna().sum()
    box = explore.date_range_explorer(article, evs)
    before = box.article.value.count("<mark")
    box.select(dt.date(2019, 4, 1), dt.date(2019, 4, 30))
    picked = set(box.state["rows"]["value"])  # April 2019, and what runs through it ("since 2018")
    assert "2019-04" in picked and not picked & {"2023-09-11", "2023-W37", "FUTURE_REF"}
    assert 0 < box.article.value.count("<mark") < before


def test_claims_are_dated_by_what_they_say_and_a_date_range_picks_them(article):
    """Issue 14: 04's date range. A claim is dated by the time expressions inside it, else in its
    sentence; one with neither stays undated and no range picks it."""
    pytest.importorskip("ipywidgets")
    from maqal import claims, timeline

    cl, dates_df = claims.claims(article), timeline.find_dates(article)
    dated = explore.dated_rows(cl, dates_df)
    assert len(dated) == len(cl) and dated["start_date"].notna().any() and dated["start_date"].isna().any()
    for row in dated[dated["start_date"].notna()].itertuples():
        inside = dates_df[(dates_df["start"] >= row.start) & (dates_df["end"] <= row.end) & dates_df["start_date"].notna()]
        said = inside if len(inside) else dates_df[(dates_df["sentence"] == row.sentence) & dates_df["start_date"].notna()]
        assert row.start_date == min(said["start_date"]) and row.end_date >= row.start_date
    kremlin = dated[dated["source"] == "الكرملين"].iloc[0]  # «أعلن الكرملين» the visit of September 2023
    assert kremlin.start_date.year == 2023 and kremlin.start_date.month == 9
    box = explore.date_range_explorer(article, dated, role="claim")
    before = box.article.value.count("<mark")
    days = [d for _, d in box.picker.options]  # the slider's stops: the days the claims speak of
    box.select(kremlin.start_date, days[-1])
    picked = box.state["rows"]
    assert "الكرملين" in set(picked["source"]) and len(picked) < dated["start_date"].notna().sum()
    assert 0 < box.article.value.count("<mark") < before


def test_the_pickers_speak_the_page_language(article, dates_df):
    """In an Arabic notebook (``lang="ar"``) a picker's own words and its article's legend are
    Arabic; without a language they stay English."""
    pytest.importorskip("ipywidgets")
    import datetime as dt
    import html
    import re

    from maqal import timeline

    box = explore.table_explorer(article, dates_df, "text", role="date", lang="ar")
    assert box.picker.description == "النص" and box.picker.options[0][0] == "(الكل)"
    box.select("11 سبتمبر")
    legend = re.search(r'<div class="maqal-legend".*?</div>', box.article.value).group(0)
    assert "تعبير زمني" in legend and not re.search("[A-Za-z]{3,}", html.unescape(re.sub("<[^>]+>", "", legend)))
    evs = timeline.events(article)
    dbox = explore.date_range_explorer(article, evs, lang="ar")
    assert dbox.picker.description == "التواريخ"
    dbox.select(dt.date(2019, 4, 1), dt.date(2019, 4, 30))
    assert "حدث" in dbox.article.value
    english = explore.table_explorer(article, dates_df, "text", role="date")
    assert english.picker.options[0][0] == "(all)" and "time expression" in english.article.value


def test_term_explorer_speaks_the_reports_language(article, layer, freq):
    """Issue 14 (one language): with ``lang="ar"`` the term explorer's own words — its box, hint,
    check box, summary line and empty result — are Arabic, as the 03 and 04 pickers' are."""
    pytest.importorskip("ipywidgets")
    import re

    latin = re.compile(r"[A-Za-z]{2,}")
    box = explore.term_explorer(article, freq, layer=layer, lang="ar")
    shown = [box.picker.placeholder, box.picker.description, box.summary.value]
    box.select("كلمةغيرموجودة")
    shown += [box.summary.value, box.kwic.value]
    box.select("والكرملين")
    shown.append(box.summary.value)
    assert not [s for s in shown if latin.search(re.sub(r"<[^>]+>", "", s))]
    assert "3" in box.summary.value and box.picker.continuous_update  # live search: every key typed

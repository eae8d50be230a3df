"""The brief: the first screen of an article's report, every item linked to its sentence."""
import datetime as dt
import re

import pytest

import maqal
from maqal import brief as B
from maqal.arabic import folding_table


@pytest.fixture(scope="module")
def sample():
    article = maqal.load_article(maqal.paths.SAMPLE_ARTICLE)
    layer = maqal.text_layer(article)
    return article, layer, B.brief(article, layer)


def test_the_brief_names_the_people_bodies_and_sources_of_the_article(sample):
    article, layer, b = sample
    assert b.meta["outlet"] == "رياليست عربي" and b.meta["published"] == dt.date(2023, 9, 12)
    assert b.meta["inferred"] and not b.meta["title_printed"]  # no printed title: its first words stand in
    names = list(b.entities["name"])
    assert {"كيم جونغ أون", "فلاديمير بوتين", "الكرملين"} <= set(names)
    assert len(names) == len(set(names))  # one row per name (Moscow as a place and as an actor)
    assert "ديمتري بيسكوف" in set(b.sources["source"])
    assert b.voices["own"]["n"] + b.voices["attributed"]["n"] == b.voices["claims"]["n"] == 16
    assert b.voices["quotes"]["n"] == 2


def test_every_item_points_at_the_sentence_that_says_it(sample):
    article, layer, b = sample
    for table in (b.entities, b.events, b.sources, b.terms):
        for r in table.to_dict("records"):
            s, e = layer.sentence_spans[r["sentence"]]
            assert s <= r["start"] < e, r
    html = B.brief_html(b).data
    targets = set(re.findall(r'href="#maqal-s(\d+)"', html))
    anchors = set(re.findall(r'id="maqal-s(\d+)"', B.article_with_anchors(article, b.marks, layer).data))
    assert targets and targets <= anchors


def test_events_are_those_of_the_window_around_publication(sample):
    article, layer, b = sample
    assert b.window == (dt.date(2021, 1, 1), dt.date(2024, 12, 31))
    assert all(d <= b.window[1] for d in b.events["start_date"])
    assert "2023-09-11" in set(b.events["date"])  # the Kremlin's announcement
    # his visits of 2018 («بزياراته»: the pronoun names Kim), the April 2019 visit and meeting: in the
    # long view only
    assert b.outside == 3
    wide = B.brief(article, layer, window_years=(10, 1))
    assert wide.outside == 0 and len(wide.events) == len(b.events) + 3


def test_distinctive_terms_leave_out_the_parts_of_names(sample):
    _, _, b = sample
    terms = set(b.terms["term"])
    assert terms and not terms & {"كيم", "جونغ", "أون", "بيونغ", "يانغ", "فلاديمير"}
    # names count as one term, and a name already listed among the people is not a term again
    assert not terms & {"كيم جونغ أون", "بيونغ يانغ", "كوريا الشمالية", "فلاديمير بوتين"}
    assert "كيم جونغ أون" in set(b.entities["name"])


def test_the_brief_speaks_one_language(sample):
    _, _, b = sample
    ar, en = B.brief_html(b, "ar").data, B.brief_html(b, "en").data
    heads = lambda page: re.findall(r"<h2>([^<]+)", page)
    assert not any(re.search(r"[A-Za-z]{3,}", h) for h in heads(ar))
    assert "People and bodies" in heads(en)


def test_search_folding_is_maqals():
    fold = folding_table()
    word = "الكوريه"
    assert "".join(fold.get(c, c) for c in "الكوريّة") == word  # shadda dropped, ة folded
    assert fold["أ"] == "ا" and fold["ى"] == "ي" and fold["\u0640"] == ""

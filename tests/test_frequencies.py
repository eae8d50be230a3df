from collections import Counter

import pytest

from maqal.arabic import normalize
from maqal.frequencies import (collocations, concordance, content_keys, count_terms, dunning_llr,
                               forms_by_frequency, keywords, log_likelihood, log_ratio, term_frequencies)
from maqal.lexicons import is_stopword, stopwords
from maqal.textlayer import text_layer


@pytest.fixture(scope="module")
def sample_layer(sample_text):
    return text_layer(sample_text)


def test_counts_group_clitic_forms_and_add_up(sample_layer):
    freq = term_frequencies(sample_layer)
    row = freq.set_index("term").loc["الكرملين"]
    assert row["count"] == 3
    visits = freq[freq["forms"].map(lambda f: "بزياراته" in f)].iloc[0]
    assert "زيارات" in visits["forms"]
    # every counted occurrence is a real span of one of its forms
    text = sample_layer.text
    for r in freq.itertuples():
        assert len(r.spans) == r.count
        assert {text[s:e] for s, e in r.spans} == set(r.forms)
    assert freq["share"].sum() == pytest.approx(1.0)


def test_names_are_not_cut_and_stopwords_are_gone(sample_layer):
    freq = term_frequencies(sample_layer, names=False)  # word by word
    terms = set(freq["term"])
    assert {"بوتين", "كوريا", "كيم"} <= terms
    assert not {"وتين", "كوري"} & terms
    assert not any(is_stopword(normalize(t)) for t in freq["term"])
    assert freq["term"].iat[0] == "كوريا"


def test_names_the_entity_layer_finds_are_one_term(sample_layer):
    freq = term_frequencies(sample_layer)
    by_term = freq.set_index("term")
    assert by_term.loc["كيم جونغ أون", "count"] == 5 and "لكيم جونغ أون" in by_term.loc["كيم جونغ أون", "forms"]
    assert by_term.loc["بيونغ يانغ", "count"] == 4
    assert by_term.loc["كوريا الشمالية", "count"] == 6
    # the parts of a name are not counted again; «كيم» alone (a later mention) still is
    assert not {"جونغ", "أون", "بيونغ", "يانغ"} & set(freq["term"])
    assert by_term.loc["كيم", "count"] == 2
    # a title standing for a person («الرئيس الروسي») is no name: its words count as words
    assert "رئيس" in freq["key"].tolist() and "الرئيس الروسي" not in by_term.index
    # no word lost or counted twice: the names' words add up to the word-by-word count
    words = term_frequencies(sample_layer, names=False)
    assert sum(len(k.split()) * c for k, c in zip(freq["key"], freq["count"])) == words["count"].sum()
    text = sample_layer.text
    for r in freq.itertuples():
        assert {" ".join(text[s:e].split()) for s, e in r.spans} == set(r.forms)


def test_a_name_is_as_distinctive_as_its_rarest_word(sample_layer):
    keys = keywords(sample_layer).set_index("term")
    assert keys.index[0] == "كيم جونغ أون"
    parts = keywords(sample_layer, min_count=1, min_ll=0)  # the reference counts of single words
    words = term_frequencies(sample_layer, names=False).set_index("term")
    assert "جونغ" in words.index and "جونغ" not in keys.index
    assert keys.loc["بيونغ يانغ", "ref_count"] <= keys.loc["كوريا الشمالية", "ref_count"]
    assert len(parts) >= len(keys)


def test_stopword_list_is_maintained_list_plus_project_files():
    sw = stopwords()
    assert len(sw) > 450
    assert normalize("ربما") in sw  # project addition (stopwords-iso lacks it)
    assert normalize("زيارة") not in sw  # project keep-list overrides stopwords-iso
    assert is_stopword(normalize("وفي")) and not is_stopword(normalize("وصل"))


def test_collocations_find_names_statistically(sample_layer):
    col = collocations(sample_layer)
    terms = set(col["term"])
    assert {"كيم جونغ أون", "فلاديمير بوتين", "كوريا الشمالية", "بيونغ يانغ"} <= terms
    top = col.set_index("term")
    assert top.loc["كيم جونغ أون", "n_words"] == 3 and top.loc["كيم جونغ أون", "count"] == 5
    # the pieces of a chained name are not listed again on their own
    assert "كيم جونغ" not in terms and "جونغ أون" not in terms
    for r in col.itertuples():
        for s, e in r.spans:
            assert len(sample_layer.text[s:e].split()) == r.n_words


def test_collocations_on_other_articles(snn_sample):
    # names a Saudi paper repeats, found without any list of names
    found = Counter()
    for art in snn_sample:
        layer = text_layer(art["content"])
        col = collocations(layer)
        for r in col.itertuples():
            assert r.count >= 2 and r.llr >= 10.83
            found[r.term] += 1
    assert len(found) >= 10


def test_llr_measures():
    # perfectly associated pair vs independent pair
    assert dunning_llr(5, 5, 5, 500) > 40
    assert abs(dunning_llr(5, 50, 50, 500)) < 0.01  # exactly as often as chance
    assert dunning_llr(1, 50, 50, 500) < 0  # less often than chance: not a collocation
    assert log_likelihood(10, 10, 1000, 1_000_000) > log_likelihood(10, 10000, 1000, 1_000_000)


def test_log_likelihood_is_one_formula_for_numbers_and_arrays():
    import math

    import numpy as np

    # Rayson & Garside by hand: expected counts from the pooled rate
    a, b, c, d = 10, 5, 100, 1000
    e1, e2 = c * (a + b) / (c + d), d * (a + b) / (c + d)
    assert log_likelihood(a, b, c, d) == pytest.approx(2 * (a * math.log(a / e1) + b * math.log(b / e2)))
    assert log_likelihood(0, 5, 100, 1000) == pytest.approx(2 * 5 * math.log(5 / (1000 * 5 / 1100)))
    cases = np.array([(10, 5, 100, 1000), (0, 7, 50, 900), (3, 0, 40, 400), (1, 1, 2, 2)], dtype=float)
    arrays = log_likelihood(*cases.T)
    assert arrays.tolist() == [log_likelihood(*row) for row in cases.tolist()]  # the same bits
    assert isinstance(log_likelihood(*cases[0]), float)
    assert log_ratio(10, 0, 100, 1000) == pytest.approx(math.log2((10 / 100) / (0.5 / 1000)))
    assert log_ratio(*cases.T).tolist() == [log_ratio(*row) for row in cases.tolist()]


def test_content_keys_are_the_count_terms_decisions(sample_text):
    from maqal.arabic import WORD_ONLY_RE

    forms = set(WORD_ONLY_RE.findall(sample_text))
    keys = content_keys(forms)
    counted = Counter()
    for form in WORD_ONLY_RE.findall(sample_text):
        if keys[form] is not None:
            counted[keys[form]] += 1
    assert counted == count_terms(sample_text)
    assert keys["في"] is None  # a stopword


def test_forms_by_frequency_orders_like_term_frequencies():
    assert forms_by_frequency({"والكرملين": 2, "الكرملين": 2, "للكرملين": 3}) == ["للكرملين", "الكرملين", "والكرملين"]


def test_keywords_are_what_this_article_is_about(sample_layer, snn_sample):
    kw = keywords(sample_layer)
    top = set(kw["term"].head(10))
    assert {"كوريا الشمالية", "كيم جونغ أون"} <= top
    assert (kw["log_likelihood"] >= 15.13).all()
    assert (kw["count"] / kw["count"].sum() > 0).all()
    # a common news word is frequent here but not distinctive
    assert "الرئيس" not in set(kw["term"].head(15))
    # a different article gets different keywords
    other = keywords(text_layer(snn_sample[0]["content"]))
    assert set(other["term"].head(10)).isdisjoint(top)


def test_concordance_matches_every_form_with_spans(sample_layer):
    conc = concordance(sample_layer, "الكرملين")
    assert len(conc) == 3
    text = sample_layer.text
    for r in conc.itertuples():
        assert text[r.start:r.end] == r.match
        assert r.left.endswith(text[r.start - len(r.left):r.start].replace("\n", " ")[-5:])
    conc2 = concordance(sample_layer, "روسيا")
    assert set(conc2["match"]) == {"روسيا", "بروسيا"}
    phrase = concordance(sample_layer, "كوريا الشمالية")
    assert len(phrase) == 6 and all("الشمالية" in m for m in phrase["match"])


def test_empty_article_tables_are_empty_not_errors():
    layer = text_layer("")
    assert term_frequencies(layer).empty
    assert collocations(layer).empty
    assert keywords(layer).empty


def test_names_stay_one_term_once_the_entity_rows_are_gone():
    """analyze counts words after the entity rows were let go: the names' spans kept on the layer
    (name_spans) still make «فلاديمير بوتين» one term, its words not counted again."""
    from maqal.frequencies import name_spans, term_frequency_rows
    from maqal.textlayer import text_layer

    text = "قال الرئيس الروسي فلاديمير بوتين إن موسكو سترد، وأضاف بوتين أن الرد سيكون حازما."
    layer = text_layer(text)
    assert [text[s:e] for s, e in name_spans(layer)] == ["فلاديمير بوتين", "موسكو", "بوتين"]
    layer.forget_words(keep=("_name_spans",), results=True)
    terms = [r["term"] for r in term_frequency_rows(layer)]
    assert "results" not in layer.__dict__ and "فلاديمير بوتين" in terms and "فلاديمير" not in terms

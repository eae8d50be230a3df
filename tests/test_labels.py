"""One language at a time: chart titles, legends, axes, event kinds, source types, sides and
places come from data/labels/labels.tsv in the language asked for (the real sample article)."""
import re

import pytest

from maqal import claims_chart, paths, timeline_chart
from maqal.charts import bar_top_terms, sentence_lengths
from maqal.claims import claims
from maqal.frequencies import keywords, term_frequencies
from maqal.labels import check_lang, group, label, place, table
from maqal.loading import load_article
from maqal.textlayer import text_layer
from maqal.timeline import events, find_dates

ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture(scope="module")
def sample():
    art = load_article(paths.SAMPLE_ARTICLE)
    return art, claims(art), events(art), find_dates(art)


def _texts(fig):
    from matplotlib.text import Text

    from maqal.charts import Sentence

    if isinstance(fig, Sentence):  # a chart with nothing to say, said in one line
        return [fig.text]
    return [t.get_text() for t in fig.findobj(Text) if t.get_text().strip()]


def _figures(sample, lang):
    art, cl, ev, dates = sample
    yield timeline_chart.timeline_chart(ev, dates, lang=lang)
    yield sentence_lengths(text_layer(art).sentences, lang=lang)
    yield bar_top_terms(term_frequencies(art), n=10, lang=lang)
    # the distinctive terms as notebook 02 draws them: their axis is the log-likelihood column
    yield bar_top_terms(keywords(text_layer(art)), n=15, count_col="log_likelihood", lang=lang,
                        title=label("chart.keywords", lang))
    for draw in (claims_chart.bar_sources, claims_chart.bar_source_types, claims_chart.pie_voice,
                 claims_chart.bar_direct_indirect, claims_chart.bar_hedged_by_side):
        yield draw(cl, lang=lang)


def test_arabic_figures_have_no_english_word(sample):
    for fig in _figures(sample, "ar"):
        english = [t for t in _texts(fig) if ENGLISH_WORD.search(t)]
        assert not english, english


def test_english_figures_name_kinds_types_and_sides_in_english(sample):
    texts = " ".join(t for fig in _figures(sample, "en") for t in _texts(fig))
    for word in ("time expressions", "government", "Russia", "Claims per source type",
                 "Words per sentence"):
        assert word in texts, word


def test_places_are_shown_in_arabic_and_lanes_are_one_per_place(sample):
    _, _, ev, _ = sample
    fig = timeline_chart.timeline_chart(ev, lang="ar")
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert not [t for t in ticks if ENGLISH_WORD.search(t)], ticks
    assert place("Kenya") == "كينيا" and place("China") == "الصين" and place("China", "en") == "China"
    assert len(ticks) == len(set(ticks))


def test_tables_show_kinds_types_sides_and_booleans_in_the_language_asked_for(sample):
    from maqal.labels import column_names, localized

    _, cl, ev, _ = sample
    ar = localized(cl[["source", "source_type", "source_side", "direct_quote"]], "ar")
    assert "صوت الكاتب" in set(ar["source"]) and "حكومة" in set(ar["source_type"])
    assert "روسيا" in set(ar["source_side"]) and set(ar["direct_quote"]) == {"نعم", "لا"}
    assert set(localized(ev[["kind"]], "ar")["kind"]) <= {label(f"kind.{k}") for k in ev["kind"]}
    assert column_names(["source_type", "unknown_column"], "ar") == ["نوع المصدر", "unknown_column"]
    assert localized(cl[["direct_quote"]], "en")["direct_quote"].iat[7] == "yes"


def test_every_label_has_both_languages_and_unknown_values_pass_through():
    assert all(names.get("ar") and names.get("en") for names in table().values())
    assert label("kind.meeting") == "لقاء" and label("kind.meeting", "en") == "meeting"
    assert group("side", "United States") == "الولايات المتحدة"
    assert group("side", "Atlantis") == "Atlantis" and group("side", None) == ""
    with pytest.raises(ValueError):
        check_lang("fr")


def test_a_chart_with_nothing_to_say_is_a_sentence(sample, tmp_path):
    from maqal.charts import Sentence, save_figure

    _, cl, _, _ = sample
    assert not isinstance(claims_chart.bar_sources(cl), Sentence)  # the United States twice, the others once
    once = cl[cl["source_name"] != "الولايات المتحدة"]  # without it, every source is heard once
    per_source = claims_chart.bar_sources(once)
    assert isinstance(per_source, Sentence) and "ديمتري بيسكوف" in per_source.text and "(1)" in per_source.text
    assert save_figure(per_source, "04-claims-per-source", tmp_path) == [] and not list(tmp_path.iterdir())
    by_side = claims_chart.bar_hedged_by_side(cl)  # one side with five claims or more: no shares to compare
    assert isinstance(by_side, Sentence) and "5/8" in by_side.text  # (9 before تحدث became a cue)
    assert not isinstance(claims_chart.bar_source_types(cl), Sentence)  # 9, 3, 1 …: the bars differ


def test_every_notebook_section_has_its_text_in_both_languages():
    """An Arabic report says in Arabic what each section shows; the English note is the
    notebook's own text (so the two cannot drift apart unseen)."""
    import nbformat

    from maqal.reports import localize_markdown

    for nb_path in sorted(paths.NOTEBOOKS_DIR.glob("0[0-9]_*.ipynb")):  # every page: 01–04, 05, 07, 08
        nb = nbformat.read(nb_path, as_version=4)
        for cell in nb.cells:
            head, _, body = cell.source.partition("\n")
            if cell.cell_type != "markdown" or not body.strip():
                continue
            title = head.lstrip("# ").strip()
            assert label(f"note.{nb_path.stem[:2]}.{title}", "en", default="") == body.strip(), (nb_path.name, title)
        ar = localize_markdown(nbformat.read(nb_path, as_version=4), "ar", nb_path.stem)
        english = [c.source[:60] for c in ar.cells if c.cell_type == "markdown"
                   and ENGLISH_WORD.search(re.sub(r"`[^`]*`|JupyterLab|SaudiNewsNet|ISO|TIMEX\d|p <", "", c.source))]
        assert not english, english


def test_outlets_are_shown_by_their_names_and_analysts_can_add_theirs(tmp_path, monkeypatch):
    import pandas as pd

    from maqal.labels import localized, outlet, outlets

    assert outlet("okaz") == "عكاظ" and outlet("Alarabia") == "العربية" and outlet("Alarabia", "en") == "Al Arabiya"
    assert outlet("an-outlet-nobody-listed") == "an-outlet-nobody-listed"
    frame = localized(pd.DataFrame({"source": ["sabq", "author"], "outlets": [["okaz", "was"], ["x"]]}), "ar")
    assert frame["source"].tolist() == ["سبق", "صوت الكاتب"] and frame["outlets"].iat[0] == ["عكاظ", "واس"]
    mine = tmp_path / "outlets.tsv"
    mine.write_text("# my corpus\nmynews\tأخباري\tMy News\nokaz\tصحيفة عكاظ\tOkaz daily\n", encoding="utf-8")
    monkeypatch.setenv("MAQAL_OUTLETS", str(mine))
    outlets.cache_clear()
    try:
        assert outlet("mynews") == "أخباري" and outlet("okaz") == "صحيفة عكاظ" and outlet("sabq") == "سبق"
        mine.write_text("broken-row-without-names\n", encoding="utf-8")
        outlets.cache_clear()
        with pytest.raises(ValueError, match="outlets.tsv, line 1"):
            outlet("x")
    finally:
        monkeypatch.delenv("MAQAL_OUTLETS")
        outlets.cache_clear()


def test_corpus_figures_speak_the_report_language(tmp_path):
    import pandas as pd

    from maqal import corpus_charts

    per_day = pd.DataFrame({"source": ["okaz", "sabq", "okaz"], "day": ["2015-08-01", "2015-08-01", "2015-08-02"],
                            "articles": [3, 2, 4]})
    keyness = pd.DataFrame({"source": ["okaz", "okaz", "sabq"], "term": ["جدة", "الطائف", "الرياض"],
                            "log_likelihood": [30.0, 20.0, 25.0]})
    profile = pd.DataFrame({"source": ["okaz", "sabq"], "own_voice": [0.5, 0.2], "anonymous": [0.1, 0.0],
                            "direct_quote": [0.2, 0.3], "hedged": [0.0, 0.1]})
    timeline = pd.DataFrame({"period": pd.to_datetime(["2015-08-01", "2015-08-02"]), "kind": ["visit", "meeting"],
                             "events": [2, 3]})
    figs = [corpus_charts.per_day(per_day), corpus_charts.keyness_grid(keyness), corpus_charts.sourcing(profile),
            corpus_charts.event_timeline(timeline)]
    texts = [t for fig in figs for t in _texts(fig)]
    assert not [t for t in texts if ENGLISH_WORD.search(t)], texts
    shaped = " ".join(texts)
    from maqal.shaping import for_figure

    for name in ("عكاظ", "سبق", "زيارة", "لقاء"):
        assert for_figure(name) in shaped, name
    english = " ".join(t for fig in [corpus_charts.sourcing(profile, lang="en"), corpus_charts.per_day(per_day, lang="en")]
                       for t in _texts(fig))
    assert "Okaz" in english and "Articles per outlet and day" in english


def test_corpus_without_distinctive_terms_says_so_in_the_report_language():
    # 05 printed an English sentence in Arabic reports when no outlet had a distinctive term
    import pandas as pd

    from maqal import charts, corpus_charts

    empty = pd.DataFrame({"source": [], "term": [], "log_likelihood": []})
    arabic, english = corpus_charts.keyness_grid(empty), corpus_charts.keyness_grid(empty, lang="en")
    assert isinstance(arabic, charts.Sentence) and not ENGLISH_WORD.search(arabic.text)
    assert 'dir="rtl"' in arabic._repr_html_() and "distinctive" in english.text


def test_every_side_the_lexicons_give_is_named_in_arabic():
    """A chart of sides speaks one language: each side ``source_sides.tsv``, ``institution_sides.tsv``
    or ``local_regions.tsv`` can give a claim is shown in Arabic — from ``labels.tsv``, else, for a
    state, from CLDR («Sri Lanka» → «سريلانكا»); in English it stays as the tables write it."""
    import re

    from maqal.labels import side
    from maqal.lexicons import read_table

    sides = {s for name in ("source_sides.tsv", "institution_sides.tsv", "local_regions.tsv")
             for row in read_table(name) if len(row) > 1 and row[1] != "-" for s in row[1].split(",")}
    assert len(sides) > 30
    assert [s for s in sorted(sides) if not re.search(r"[\u0600-\u06FF]", side(s))] == []
    assert side("Saudi-led coalition", "en") == "Saudi-led coalition"
    assert re.search(r"[\u0600-\u06FF]", side("Sri Lanka"))
    assert side(None) == "" and side("Party of Freedonia") == "Party of Freedonia"

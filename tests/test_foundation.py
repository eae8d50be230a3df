"""The shared foundation every analysis reads: the normalised view with its offset map, and the
one lexicon API (readers, keys, alternations, reload)."""
from __future__ import annotations

import re
from hypothesis import given, settings
from hypothesis import strategies as st

from maqal import lexicons
from maqal.arabic import DIGIT_DASH_RE, normalize
from maqal.entities import entity_rows
from maqal.normalized import NormalizedText
from maqal.paths import LEXICONS_DIR
from maqal.textlayer import text_layer


def test_normalized_spans_give_back_the_written_form(sample_text):
    view = NormalizedText(sample_text)
    assert view.norm == normalize(sample_text)
    for m in re.finditer(r"\S+", view.norm):
        s, e = view.span(*m.span())
        assert normalize(sample_text[s:e]) == m.group()
        assert view.to_norm(s) == m.start()


def test_a_span_takes_the_marks_that_trail_its_last_letter():
    text = "قال وفقاً للمصدرِ"
    view = NormalizedText(text)
    i = view.norm.index("وفقا")
    assert text[slice(*view.span(i, i + 4))] == "وفقاً"
    j = view.norm.index("للمصدر")
    assert text[slice(*view.span(j, j + 6))] == "للمصدرِ"


def test_text_without_marks_maps_to_itself():
    view = NormalizedText("زار الرئيس موسكو")
    assert view.deleted is None and view.span(4, 9) == (4, 9) and view.to_norm(7) == 7


def test_a_hashtags_underscores_are_word_breaks_and_other_underscores_stay():
    # Al Arabiya 2018 (ANT AL-internationalNews-848-20180409) writes names as hashtags in running text
    text = "ويعقد #مجلس_الأمن اجتماعا بشأن الموسم 2015_2016"
    view = NormalizedText(text)
    assert view.norm == "ويعقد #مجلس الامن اجتماعا بشان الموسم 2015_2016"
    rows = entity_rows(text_layer(text))
    assert [(r["mention"], r["kind"]) for r in rows] == [("مجلس_الأمن", "organisation")]


arabic_with_marks = st.text(alphabet="كيمجونغأإآىة \u064e\u064b\u0651\u0640\u200f٢٣", max_size=40)


@settings(max_examples=300, deadline=None)
@given(arabic_with_marks)
def test_every_normalised_character_maps_to_its_source(text):
    view = NormalizedText(text)
    for i, ch in enumerate(view.norm):
        source = view.start(i)  # the one character read in context: a tatweel between numbers is a dash
        assert normalize(text[source]) == ch or (ch == "-" and DIGIT_DASH_RE.match(text, source))
        assert view.to_norm(source) == i


def test_the_layer_is_built_once_and_knows_its_article():
    from maqal import load_article, paths

    art = load_article(paths.SAMPLE_ARTICLE)
    layer = text_layer(art)
    assert layer.article is art and text_layer(layer) is layer
    assert layer.normalized is layer.normalized
    assert len(layer.sentence_paragraphs) == len(layer.sentence_spans)


def test_alternation_prefers_the_longest_entry_and_any_whitespace():
    rx = re.compile(lexicons.alternation(["الرئيس", "الرئيس الروسي", "إلى"]) + r"(?!\w)")
    assert rx.match("الرئيس  الروسي").group() == "الرئيس  الروسي"
    assert rx.match("الرئيس الأمريكي").group() == "الرئيس"
    assert rx.match(normalize("إلى")).group() == "الي"  # entries are normalised keys


def test_every_lexicon_file_parses_without_conflicting_duplicates():
    for path in sorted(LEXICONS_DIR.iterdir()):
        if path.suffix == ".tsv":
            rows = lexicons.read_table(path.name)
            assert rows and all(r[0] for r in rows), path.name
            # the same key may not be given two different meanings in the second column
            meaning: dict = {}
            clashes = []
            for r in (r for r in rows if len(r) > 1):
                k = (lexicons.key(r[0]), tuple(r[2:3]))
                if k in meaning and meaning[k] != r[1]:
                    clashes.append((r[0], meaning[k], r[1]))
                meaning.setdefault(k, r[1])
            assert not clashes, (path.name, clashes[:5])
        elif path.suffix == ".txt":
            assert lexicons.read_list(path.name), path.name


def test_reload_picks_up_an_edited_lexicon(edit_lexicon):
    from maqal.timeline import events

    text = "قام الرئيس بنزهة في موسكو يوم الثلاثاء."
    assert not len(events(text, "2023-09-12"))
    edit_lexicon("event_cues.tsv", "نزهة\tvisit\tnoun")
    assert "visit" in set(events(text, "2023-09-12")["kind"])


def test_reload_forgets_the_edited_copy():
    from maqal.timeline import events

    assert not len(events("قام الرئيس بنزهة في موسكو يوم الثلاثاء.", "2023-09-12"))


def test_many_spans_at_once_equal_one_by_one(sample_text):
    text = sample_text + "\nقالَ الرَّئِيسُ ـــ وفقاً"
    view = NormalizedText(text)
    pairs = [(s, e) for s, e, _ in view.tokens]
    assert view.spans(pairs) == [view.span(s, e) for s, e in pairs]

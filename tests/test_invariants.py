"""Properties that must hold for any input, checked on generated text (hypothesis).

The CI profile runs 2,000 examples for each of the five properties (10,000 in all, about a
minute here); HYPOTHESIS_PROFILE=thorough runs 20,000 each."""
import os

from hypothesis import given, settings
from hypothesis import strategies as st

from maqal.arabic import normalize
from maqal.frequencies import term_frequencies
from maqal.textlayer import text_layer

settings.register_profile("ci", max_examples=2000, deadline=None)
settings.register_profile("thorough", max_examples=20_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Arabic letters, marks, tatweel, digits, punctuation, bidi/zero-width controls, Latin, whitespace
ARABICISH = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.characters(min_codepoint=0xFB50, max_codepoint=0xFDFF),
        st.sampled_from(list(" \n\t.،؛؟!…“”«»\"'()-–0123456789\u200c\u200d\u200e\u200f\u202b\u202c\u2066\u2069abcXYZ")),
    ),
    max_size=300,
)
ANY_TEXT = st.one_of(ARABICISH, st.text(max_size=200))


@given(ANY_TEXT)
def test_normalize_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once
    assert normalize(once, teh_marbuta=True) == normalize(normalize(once, teh_marbuta=True), teh_marbuta=True)


@given(ANY_TEXT)
def test_every_span_slices_back_to_its_surface(text):
    layer = text_layer(text)
    for r in layer.tokens.itertuples():
        assert text[r.start:r.end] == r.text and r.start < r.end
    for r in layer.sentences.itertuples():
        assert text[r.start:r.end] == r.text
    for r in layer.paragraphs.itertuples():
        assert text[r.start:r.end] == r.text
    # sentences do not overlap and come in order
    spans = layer.sentence_spans
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


@given(ARABICISH)
def test_frequencies_are_deterministic_and_consistent(text):
    a = term_frequencies(text_layer(text))
    b = term_frequencies(text_layer(text))
    assert a.equals(b)
    for r in a.itertuples():
        assert all(text[s:e] in r.forms for s, e in r.spans)


# Arabic-looking words with clitics, month names, numbers and cue verbs, so the date and claim
# patterns really fire on generated text (random code points alone rarely form a date)
WORDS = st.sampled_from(
    "قال أكد أعلن وقالت بحسب وفقاً لـ المتحدث باسم الكرملين الخبراء مصادر مطلعة يُزعم ربما قد تكهنات "
    "زار وزار التقى يزور سيزور القمة موسكو بكين سيول الرياض كيم بوتين الرئيس "
    "عام سنة يناير أبريل إبريل أيلول نيسان جانفي رمضان هـ م أمس اليوم غداً الأسبوع الماضي المقبل منذ قبل "
    "خلال الربيع الصيف السبت الأحد مرات أربع ثلاثة أيام 11 2019 ٢٠١٩ 1436 15 – - : ، . ؟ “ ” « » \" ( ) \n".split(" ")
    + [" ", "\n"]
)
NEWSISH = st.lists(st.one_of(WORDS, ARABICISH.map(lambda s: s[:12])), max_size=80).map(" ".join)


@given(NEWSISH)
def test_dates_events_claims_spans_slice_back(text):
    from maqal.claims import claims
    from maqal.timeline import events, find_dates

    dates = find_dates(text, published="2023-09-12")
    for r in dates.itertuples():
        assert text[r.start:r.end] == r.text and r.text == r.text.strip()
    for r in events(text, published="2023-09-12", dates=dates).itertuples():
        assert text[r.start:r.end] == r.text
    import pandas as pd

    for r in claims(text).itertuples():
        assert text[r.start:r.end] == r.text
        if pd.notna(r.source_start):
            assert text[int(r.source_start):int(r.source_end)] == r.source
        if pd.notna(r.cue_start):
            assert text[int(r.cue_start):int(r.cue_end)] == r.cue


@given(NEWSISH)
def test_loading_never_crashes_and_analysis_is_byte_deterministic(text):
    from maqal.analysis import analyze, to_json
    from maqal.errors import ArticleError
    from maqal.loading import load_text

    try:
        article = load_text(text, published="2023-09-12")
    except ArticleError:
        return  # refused with a clear error (empty, not Arabic …): fine
    assert to_json(analyze(article)) == to_json(analyze(article))

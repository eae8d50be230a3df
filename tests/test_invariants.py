"""Properties that must hold for any input, checked on generated text (hypothesis).

The CI profile runs 1,000 examples per property; set HYPOTHESIS_PROFILE=thorough
for 10,000."""
import os

from hypothesis import given, settings
from hypothesis import strategies as st

from maqal.arabic import normalize
from maqal.frequencies import term_frequencies
from maqal.textlayer import text_layer

settings.register_profile("ci", max_examples=1000, deadline=None)
settings.register_profile("thorough", max_examples=10_000, deadline=None)
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

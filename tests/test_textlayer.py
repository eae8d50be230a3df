import pytest

from maqal.arabic import WORD_RE, normalize, to_ascii_digits
from maqal.textlayer import paragraph_spans, sentence_spans, text_layer


def test_normalize_folds_spelling_variants():
    assert normalize("أُسْبُوع") == "اسبوع"
    assert normalize("إلى") == normalize("الى") == "الي"
    assert normalize("كوريـــا") == "كوريا"  # tatweel
    assert normalize("\u200fالمتوفون\u200e") == "المتوفون"  # bidi marks
    assert normalize("٢٠١٩ ۱۴۰۲") == "2019 1402"
    assert normalize("زيارة") == "زيارة"
    assert normalize("زيارة", teh_marbuta=True) == "زياره"
    assert normalize("کتاب یک") == "كتاب يك"


def test_normalize_is_idempotent_on_real_text(sample_text, snn_sample):
    for text in [sample_text] + [a["content"] for a in snn_sample]:
        once = normalize(text)
        assert normalize(once) == once


def test_digits():
    assert to_ascii_digits("في ٢٠١٩ و۱۴۰۲") == "في 2019 و1402"


def test_words_keep_their_diacritics_together():
    words = [m.group() for m in WORD_RE.finditer("قالَ الرَّئِيسُ إنّ 1.5 مليون")]
    assert words == ["قالَ", "الرَّئِيسُ", "إنّ", "1.5", "مليون"]


def test_every_span_slices_back(sample_text, snn_sample):
    for text in [sample_text] + [a["content"] for a in snn_sample]:
        layer = text_layer(text)
        for r in layer.tokens.itertuples():
            assert text[r.start:r.end] == r.text
        for r in layer.sentences.itertuples():
            assert text[r.start:r.end] == r.text and r.text == r.text.strip()
        for r in layer.paragraphs.itertuples():
            assert text[r.start:r.end] == r.text


def test_sample_paragraphs_and_sentences(sample_text):
    layer = text_layer(sample_text)
    assert len(layer.paragraph_spans) == 11
    # each paragraph of this article is one long sentence joined by commas
    sents = layer.sentences
    assert len(sents) == 11
    assert sents["text"].iat[4].endswith("في الأيام المقبلة.”")
    assert sents["text"].iat[5].endswith("بشكل فردي…”.")


def test_sentence_splitting_rules():
    text = ("قال د. زهير هاشم إن الصفقة بلغت 1.5 مليون يورو، وإنها ستتم قريباً؛ هل تنجح؟ "
            "لا أحد يعرف… قال المتحدث: “ستكون هذه زيارة كاملة.” ثم غادر! وانتهى الأمر.")
    got = [text[s:e] for s, e in sentence_spans(text)]
    assert got == [
        "قال د. زهير هاشم إن الصفقة بلغت 1.5 مليون يورو، وإنها ستتم قريباً؛ هل تنجح؟",
        "لا أحد يعرف…",
        "قال المتحدث: “ستكون هذه زيارة كاملة.”",
        "ثم غادر!",
        "وانتهى الأمر.",
    ]


def test_abbreviation_from_the_lexicon_does_not_split():
    text = "أرسل الطلب إلى ص.ب. 1234 في الرياض. ثم انتظر."
    assert len(sentence_spans(text)) == 2


def test_paragraphs_ignore_blank_lines_and_indentation():
    text = "  الفقرة الأولى.\n\n\n الفقرة الثانية \r\n"
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["الفقرة الأولى.", "الفقرة الثانية"]


def test_token_kinds():
    layer = text_layer("زار Putin موسكو عام ٢٠١٩ وقال 3.5")
    assert layer.tokens["kind"].tolist() == ["arabic", "latin", "arabic", "arabic", "number", "arabic", "number"]
    assert layer.tokens["norm"].tolist()[4] == "2019"


@pytest.mark.parametrize("text", ["", "   \n\n", "...!!!", "ـــ"])
def test_degenerate_texts_do_not_crash(text):
    layer = text_layer(text)
    assert len(layer.tokens) == 0 or all(text[r.start:r.end] == r.text for r in layer.tokens.itertuples())


def test_word_columns_are_a_scan_sentence_by_sentence(sample_text, snn_sample):
    """The word table is read in one pass over the whole text: no word crosses a sentence's edge,
    so it is what a scan of each sentence on its own finds, with that sentence's index."""
    for text in [sample_text] + [a["content"] for a in snn_sample]:
        layer = text_layer(text)
        cols = layer.token_columns
        scanned = [(m.start(), m.end(), si) for si, (s, e) in enumerate(layer.sentence_spans)
                   for m in WORD_RE.finditer(text, s, e)]
        assert list(zip(cols["start"], cols["end"], cols["sentence"])) == scanned
        assert cols["norm"] == [normalize(w) for w in cols["text"]]
        assert [layer.sentence_paragraphs[s] for s in cols["sentence"]] == list(cols["paragraph"])


def test_normalized_tokens_read_as_tuples(sample_text):
    from maqal.normalized import TOKEN_RE, NormalizedText

    nt = NormalizedText(sample_text)
    want = [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(nt.norm)]
    toks = nt.tokens
    assert len(toks) == len(want) and list(toks) == want and toks == want
    assert toks[0] == want[0] and toks[-1] == want[-1] and toks[3:9] == want[3:9]
    assert list(toks.words) == [w for _, _, w in want]
    words = toks.select([w.isalpha() for w in toks.words])
    assert list(words) == [t for t in want if t[2].isalpha()]
    assert all(nt.original[s:e].strip() for s, e in nt.spans((s, e) for s, e, _ in words))


def test_the_word_table_holds_the_analyses_tokens(sample_text, snn_sample):
    """One tokeniser: every word and number the text layer counts is a token the analyses read
    (:attr:`NormalizedText.tokens`, mapped back), and no other."""
    for text in [sample_text] + [a["content"] for a in snn_sample]:
        layer = text_layer(text)
        nt = layer.normalized
        words = [(s, e - (w[-1] == "."), w.rstrip(".")) for s, e, w in nt.tokens if w[:1].isalnum()]
        mapped = [(nt.start(s), nt.end(e), w) for s, e, w in words]
        cols = layer.token_columns
        assert list(zip(cols["start"], cols["end"], cols["norm"])) == mapped


def test_column_spans_are_the_spans_short_or_long(sample_text, snn_sample):
    """:meth:`NormalizedText.spans_of` maps a long text's tokens with numpy, a short one's one by
    one: both give :meth:`NormalizedText.span` of each token (trailing diacritics taken along)."""
    from array import array

    from maqal.normalized import VECTOR_SPANS_FROM, NormalizedText

    text = "\n".join([sample_text] + [a["content"] for a in snn_sample] * 2)
    nt = NormalizedText(text)
    toks = nt.tokens
    assert len(toks) > VECTOR_SPANS_FROM and nt.deleted
    starts, ends = nt.spans_of(toks.starts, toks.ends)
    assert list(zip(starts, ends)) == [nt.span(s, e) for s, e, _ in toks]
    few = nt.spans_of(array("q", toks.starts[:50]), array("q", toks.ends[:50]))
    assert list(zip(*few)) == [nt.span(s, e) for s, e, _ in toks[:50]]


def test_letters_and_digits_are_separate_tokens_numbers_keep_their_marks():
    # real sentences: SaudiNewsNet 2015-07-31 (a price written onto «إلى»), BBC Arabic 2018-04-16,
    # SaudiNewsNet 2015-08-08 (a year with its era letter)
    layer = text_layer("ليصل سعره إلى1084.80 دولارًا للأوقية، وأعضاء المجلس الـ41 يوم الاثنين، في 6 أغسطس 2015م")
    assert layer.tokens["text"].tolist() == ["ليصل", "سعره", "إلى", "1084.80", "دولارًا", "للأوقية", "وأعضاء",
                                             "المجلس", "الـ", "41", "يوم", "الاثنين", "في", "6", "أغسطس", "2015", "م"]
    norm = layer.normalized
    assert [w for _, _, w in norm.tokens if w[:1].isdigit()] == ["1084.80", "41", "6", "2015"]


def test_forgetting_the_words_keeps_the_outline(sample_text):
    layer = text_layer(sample_text)
    cols, sentences = layer.token_columns, layer.sentence_spans
    layer.normalized.tokens  # noqa: B018 - built, then let go
    layer.forget_words()
    assert "token_columns" not in layer.__dict__ and "normalized" not in layer.__dict__
    assert layer.sentence_spans is sentences
    assert layer.token_columns == cols and layer.token_columns is not cols
    view = layer.normalized
    layer.forget_words(keep=("normalized",))
    assert layer.normalized is view and "token_columns" not in layer.__dict__


def test_a_tatweel_between_numbers_is_a_dash_not_a_join():
    # real sentences: SaudiNewsNet 2015 (a period of years; a Hijri day range written with tatweel)
    from array import array

    from maqal.normalized import NormalizedText
    from maqal.timeline import find_dates

    text = "انخفض من 7.3 تقريبا خلال الفترة 1975ـ1980 إلى 2.3 في 2011، يومي 18ـ19/ 10/ 1436هــ، وفي 9ــ10 ــ 1436هـ"
    nt = NormalizedText(text)
    assert "1975-1980" in nt.norm and "18-19/" in nt.norm and "9-10" in nt.norm and "الرئيـس" not in nt.norm
    assert normalize(nt.norm) == nt.norm
    words = [(w, text[nt.start(s):nt.end(e)]) for s, e, w in nt.tokens]
    assert ("1975", "1975") in words and ("-", "ـ") in words and ("1980", "1980") in words
    assert ("9", "9") in words and ("-", "ــ") in words  # the rest of a run goes with the dash
    assert normalize("كوريـــا 1436هــ") == "كوريا 1436ه"  # a tatweel elsewhere is still deleted
    many = list(nt.tokens) * 2000  # the vectorised span map agrees with the one-at-a-time map
    starts, ends = nt.spans_of(array("q", [s for s, _, _ in many]), array("q", [e for _, e, _ in many]))
    assert list(zip(starts, ends)) == [nt.span(s, e) for s, e, _ in many]
    found = find_dates(text, published="2015-07-21")
    assert ["1975ـ1980", "1975/1980"] in found[["text", "value"]].values.tolist()

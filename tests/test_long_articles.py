"""A long article costs in line with its length (issue 16): the lookups that replaced walks over
every earlier row give what the walks gave, and the word memos hold a long text's words."""
from __future__ import annotations

import random

from maqal import lexicons, load_article, paths
from maqal.analysis import analyze
from maqal.claims.context_sides import LatestBefore
from maqal.normalized import match_columns
from maqal.records import DATES
from maqal.textlayer import WORD_RE
from maqal.timeline import date_rows
from maqal.timeline.dates import Overlaps


def test_latest_before_is_the_walk_back_from_the_last_side():
    rng = random.Random(16)
    for _ in range(200):
        named = [(rng.randrange(100), rng.choice("ABCD")) for _ in range(rng.randrange(12))]
        latest = LatestBefore(named)
        for at in range(-1, 102):
            want = next((side for start, side in reversed(named) if start < at), None)
            assert latest.before(at) == want


def test_overlaps_is_any_over_every_span():
    rng = random.Random(16)
    for _ in range(200):
        spans = [(s, s + rng.randrange(1, 15)) for s in (rng.randrange(100) for _ in range(rng.randrange(10)))]
        taken = Overlaps(spans)
        for s in range(0, 110, 3):
            for e in range(s, s + 20, 4):
                assert taken.any_within(s, e) == any(a < e and s < b for a, b in spans)


def test_a_long_text_raises_the_memo_bound_to_its_words():
    """A real article repeated with its words made distinct: the tokeniser reports its distinct
    words, and no word memo starts again below twice that."""
    text = load_article(paths.SAMPLE_ARTICLE).text
    words = list(dict.fromkeys(m.group() for m in WORD_RE.finditer(text)))[:120]
    long_text = " ".join(a + b for a in words for b in words)  # «الرئيسالكوري»: one word each
    _, _, found = match_columns(WORD_RE.finditer(long_text))
    n = len(set(found))
    assert n > 10_000
    assert lexicons.memo_bound(1_000) == 2 * n and lexicons.memo_bound(10 * n) == 10 * n
    match_columns(WORD_RE.finditer(text))  # the next, short text: the bounds as they were
    assert lexicons.memo_bound(100_000) == 100_000


def test_json_rows_in_place_are_the_copied_rows():
    art = load_article(paths.SAMPLE_ARTICLE)
    rows = date_rows(art)
    want = DATES.json_rows(rows)
    assert DATES.json_rows(rows, in_place=True) == want and rows == want
    assert analyze(art)["dates"] == want

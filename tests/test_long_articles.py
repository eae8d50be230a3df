"""A long article costs in line with its length (issue 16): the lookups that replaced walks over
every earlier row give what the walks gave, and the word memos hold a long text's words."""
from __future__ import annotations

import copy
import random
import re

from maqal import lexicons, load_article, paths
from maqal.analysis import analyze
from maqal.arabic import normalize
from maqal.claims.context_sides import LatestBefore, with_head_sides
from maqal.entities.link import Chains, NamedPersons
from maqal.entities.scan import Mention
from maqal.normalized import match_columns
from maqal.records import DATES
from maqal.arabic import WORD_RE
from maqal.timeline import date_rows
from maqal.timeline.dates import Overlaps, overlaps_any

WORD_RUN = re.compile(r"\w+")


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


def test_named_persons_lookups_are_the_walks_over_every_earlier_person():
    """The title lookups of the entity linker, kept by head and affiliation, give what a walk over
    every filed person mention gives (the walk a long article made quadratic), whatever the order
    mentions are filed in and however their entities' titles and affiliations grow."""
    rng = random.Random(16)
    heads, sides = ["رئيس", "وزير", "خارجية", "متحدث"], ["", "مصر", "الأردن"]
    for _ in range(60):
        facts = {e: (set(rng.sample(heads, rng.randrange(3))), rng.choice(sides)) for e in range(6)}
        titled, chains, filed = NamedPersons(facts), Chains(), []
        for j in rng.sample(range(40), 25):
            e = rng.randrange(6)
            chains.of[j] = e
            titled.add(j, e)
            filed.append(j)
            if rng.random() < 0.3:
                e = rng.randrange(6)
                old_heads, side = titled.facts.get(e, (set(), ""))
                titled.update(e, set(old_heads) | set(rng.sample(heads, rng.randrange(2))), side or rng.choice(sides))
            for _ in range(5):
                head = rng.choice(heads + [""])
                words = frozenset(rng.sample(heads, rng.randrange(3))) | ({head} if head else set())
                m = Mention(0, 0, 0, "person", "title", head=head, affiliation=rng.choice(sides), title_words=words)
                k = rng.randrange(41)
                assert titled.latest_titled(m, k, chains) == _walk_latest(titled.facts, chains, filed, m, k)
                assert titled.first_titled_after(m, k, chains) == _walk_first_after(titled.facts, chains, filed, m, k)
                assert titled.latest_untitled(m, k, chains) == _walk_untitled(titled.facts, chains, filed, m, k)


def _fits_side(facts, e, m) -> bool:
    side = facts.get(e, (set(), ""))[1]
    return not (m.affiliation and side and side != m.affiliation)


def _walk_latest(facts, chains, filed, m, k):
    heads_of = lambda j: facts.get(chains.of[j], (set(), ""))[0]  # noqa: E731
    if m.head:
        found = sorted(j for j in filed if m.head in heads_of(j))
    else:
        found = sorted(j for j in filed if m.affiliation and facts.get(chains.of[j], (set(), ""))[1] == m.affiliation)
    before = [j for j in reversed(found) if j < k]
    whole = next((chains.of[j] for j in before if m.title_words <= heads_of(j) and _fits_side(facts, chains.of[j], m)), None)
    return whole if whole is not None else next((chains.of[j] for j in before if _fits_side(facts, chains.of[j], m)), None)


def _walk_first_after(facts, chains, filed, m, k):
    if not m.head:
        return None
    found = sorted(j for j in filed if m.head in facts.get(chains.of[j], (set(), ""))[0] and j > k)
    return next((chains.of[j] for j in found if _fits_side(facts, chains.of[j], m)), None)


def _walk_untitled(facts, chains, filed, m, k):
    found = sorted((j for j in filed if not facts.get(chains.of[j], (set(), ""))[0] and j < k), reverse=True)
    return next((chains.of[j] for j in found if _fits_side(facts, chains.of[j], m)), None)


def test_a_definite_noun_takes_the_side_of_the_latest_source_it_heads():
    """``with_head_sides`` keeps the earlier sources by the heads they open with: the same sides
    as the walk back over every earlier source for each definite noun."""
    rng = random.Random(16)
    sources = ["الشركة", "شركة طيران الهند", "للجنة الوطنية للانتخابات", "اللجنة", "المتحف", "متحف الهولوكوست في واشنطن",
               "والشركة الصينية", "شركة", "لجنة", "وزارة الخارجية", "الوزارة", "الجيش", None]
    for _ in range(300):
        rows = [{"attributed": rng.random() < 0.8, "source": rng.choice(sources), "source_side": rng.choice([None, None, "مصر", "الهند"]),
                 "source_type": rng.choice(["government", "organization", "person", "media"])}
                for _ in range(rng.randrange(12))]
        want = _walk_head_sides(copy.deepcopy(rows))
        got = with_head_sides(rows)
        assert [(r["source_side"], r["source_type"]) for r in got] == [(r["source_side"], r["source_type"]) for r in want]


def _walk_head_sides(rows):
    named = [row for row in rows if row["attributed"] and row["source"]]
    for i, row in enumerate(named):
        found = WORD_RUN.findall(normalize(row["source"])) if row["source_side"] is None else []
        if len(found) != 1 or not found[0].startswith("ال") or len(found[0]) < 5:
            continue
        head = found[0][2:]

        def heads(source):
            words = WORD_RUN.findall(normalize(source))
            first = words[0] if len(words) > 1 else None
            return first is not None and any(w in (head, "ال" + head) for w in (first, first[1:] if first[:1] in "وفبلك" else first))
        earlier = next((p for p in reversed(named[:i]) if heads(p["source"])), None)
        row["source_side"] = earlier["source_side"] if earlier is not None else None
        if earlier is not None and row["source_type"] in ("government", "organization", "institution"):
            row["source_type"] = earlier["source_type"]  # a body's type too
    return rows


def test_overlaps_any_is_any_over_every_rate():
    rng = random.Random(16)
    for _ in range(200):
        cuts = sorted(rng.sample(range(100), 2 * rng.randrange(6)))
        starts, ends = cuts[::2], cuts[1::2]
        for s in range(0, 105, 3):
            for e in range(s, s + 20, 4):
                assert overlaps_any(s, e, starts, ends) == any(s < b and a < e for a, b in zip(starts, ends))

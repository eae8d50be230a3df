"""Relayed speakers: «نقلت "رويترز" عن محللين أن …»، «علمت "الوطن" من مصادر مطلعة أن …» are two
claims by the relay convention, the relay's and the relayed speaker's, with the same cue.

The relaying verbs are the ``relay_verb`` class of ``claim_words.tsv``, the word that introduces the
relayed speaker the ``relay_preposition`` class.  The speaker after it is a source phrase taken over
its complements and apposition (:func:`~.sources.subject_extent`), and is one only when a claim
opens after it (a complement, a colon or a quotation within a few words: «عن مصدرين لم تحددهما أنه
…»).  A speaker whose words a verbal noun takes («عن مصدر قوله») is that noun's source instead.
"""
from __future__ import annotations

import dataclasses

from ..lexicons import key
from .reading import QUOTE_CHARS, Reading, Sentence
from .source_types import source_info
from .sources import bracketed_end, collect, quoted_name, quoted_name_end, skip_adjuncts, subject_extent
from .vocabulary import words

#: how far after the relayed speaker its claim may open (past a short relative clause: لم تحددهما)
CLAIM_REACH = 5


def relay(doc: Reading, ent, sent: Sentence) -> tuple:
    """(the relay's attribution, the relayed speaker's or None) of ``ent``, an
    :class:`~.cues.Attribution`: a relaying verb's subject ends before the relay preposition
    («وعلمت الصحيفة | من مصادر مطلعة أن»), and the speaker after it has a claim with the same cue."""
    c = ent.cue
    if c.kind != "verb" or c.lemma not in doc.words.relay_verb or ent.src is None or ent.inherited:
        return ent, None
    k0, k1 = doc.tok_at(ent.src["s"]), doc.tok_at(ent.src["e"])
    cut = next((j for j in range(k0 + 1, k1) if doc.toks.words[j] in doc.words.relay_preposition), None)
    if cut is not None and ent.src["s"] > c.s:
        ent = dataclasses.replace(ent, src=source_info(doc, k0, cut))
        k1 = cut
    k = skip_adjuncts(doc, k1 if ent.src["s"] > c.s else c.tj, sent.t1)
    if doc.word(k, sent.t1) not in doc.words.relay_preposition:
        return ent, None
    rs = quoted_name(doc, k + 1, sent.t1) or collect(doc, k + 1, sent.t1, sent.cue_starts)
    if rs is None:
        return ent, None
    end = subject_extent(doc, *rs, sent.t1, sent.cue_starts)
    if not claim_follows(doc, end, sent):
        return ent, None
    return ent, dataclasses.replace(ent, src=source_info(doc, rs[0], end))


def relay_cue_end(doc: Reading, c) -> int:
    """Where cue ``c`` ends as a claim shows it: a relay form ending in its relay preposition is its
    first word («نقلا | عن أقداغ», as the gold writes it 7 times against 1), any other cue its match."""
    if c.kind == "prep" and c.tj - c.ti == 2 and doc.toks.words[c.tj - 1] in doc.words.relay_preposition \
            and doc.toks.words[c.ti] in doc.words.relay_form:
        return doc.toks.ends[c.ti]
    return c.e


def relayed_speaker_at(doc: Reading, ent, sent: Sentence) -> int | None:
    """The token a relayed speaker opens at, right after the relay preposition of ``ent`` (a relay
    whose subject :func:`relay` has cut: «نقلت وكالة الأناضول عن | أوغلو قوله») or after the
    statement noun it relays («نقلت شبكة (سكاي سبورت) اليوم تصريحات | مورينيو الذي قال»), or None."""
    c = ent.cue
    if c.kind != "verb" or c.lemma not in doc.words.relay_verb or ent.src is None or ent.inherited:
        return None
    k = doc.tok_at(ent.src["e"]) if ent.src["s"] > c.s else c.tj
    k = bracketed_end(doc, quoted_name_end(doc, k, sent.t1), sent.t1)  # its name in brackets: «شبكة (سكاي سبورت)»
    k = skip_adjuncts(doc, k, sent.t1)
    k += doc.word(k, sent.t1) in ("،", ",")  # «نقلت وكالة الأناضول، التابعة للدولة التركية، | عن أوغلو»
    # the preposition, or the speaker's words as the relayed object: «ونقلت شبكة (سكاي سبورت) اليوم
    # تصريحات | مورينيو الذي قال»
    carried = doc.words.relay_preposition | doc.words.statement_noun
    return k + 1 if doc.word(k, sent.t1) in carried else None


def claim_follows(doc: Reading, k: int, sent: Sentence) -> bool:
    """A complement, colon or quotation opens within a few words of token ``k``, before any other
    cue (a verbal noun «قوله» takes the speaker itself) or a full stop."""
    for j in range(k, min(sent.t1, k + CLAIM_REACH)):
        w = doc.toks.words[j]
        if doc.toks[j][0] in sent.cue_starts or w == ".":
            return False
        if w in doc.words.that_clause or w == ":" or w[:1] in QUOTE_CHARS:
            return True
    return False


def with_continued_relays(rows: list[dict]) -> list[dict]:
    """``rows`` (claim rows with their entities, numbered by position) where a relayed speaker goes
    on: a claim of the same entity right after a relayed one, no other source speaking between them
    («ونقلت شبكة (سكاي سبورت) تصريحات مورينيو الذي قال …» … «وأضاف مورينيو»), keeps its ``via``
    (the claims addendum, ruling 6).  An "according to" names its own source, and keeps none."""
    latest = None  # the row of the latest attributed claim
    for i, row in enumerate(rows):
        if not row["attributed"]:
            continue
        if latest is not None and latest["via"] == i and row["cue_kind"] != "prep":
            continue  # the relay after its speaker: «وقالت زاخاروفا …، في تصريحات نقلتها وكالات الأنباء، مضيفة»
        entity = row["source_entity"]
        if (latest is not None and entity is not None and row["via"] is None and row["cue_kind"] != "prep"
                and latest["source_entity"] == entity and latest["via"] is not None
                and rows[latest["via"]]["source_entity"] != entity):
            row["via"] = latest["via"]
        latest = row
    return rows


def with_channels(rows: list[dict]) -> list[dict]:
    """``rows`` (claim rows with their entities and final types, numbered by position) where an
    "according to" names a medium (:func:`medium_channel`): the claims before it in its sentence reach
    the reader through it, and so do the same speaker's claims right before them in its paragraph (a
    quotation the sentence splitter cut: «وأضاف: "… . …"، وفقا لما نقله موقع حماس»); an "according to"
    opening its sentence is the channel of the claim after it («ووفقا لوكالة الأنباء الفرنسية، صرح
    بحاح»).  A speaker named after a relay form comes through the claim before it (:func:`reporter_of`)."""
    for i, channel in enumerate(rows):
        if medium_channel(channel):
            for row in channelled(rows, i):
                row["via"] = i
        elif relay_form(channel) and " " not in key(channel["cue"]) and channel["via"] is None:
            channel["via"] = reporter_of(rows, i)  # «نقلا | عن X» (not «على لسان X قوله»: the gold's claim is «قوله»)
    return rows


def relay_form(row: dict) -> bool:
    """An "according to" naming the speaker another source relays («نقلا عن أقداغ»)."""
    return row["attributed"] and row["cue_kind"] == "prep" and key(row["cue"]) in words().relay_form


def reporter_of(rows: list[dict], i: int) -> int | None:
    """The claim whose source relays the speaker of ``rows[i]``: the claim right before it in its
    sentence, of a verb with a source («وأفادت وكالة الأناضول، نقلا عن أقداغ، أن …»), or None."""
    before = next((k for k in range(i - 1, -1, -1) if rows[k]["attributed"]), None)
    if before is None or rows[before]["sentence"] != rows[i]["sentence"]:
        return None
    row = rows[before]
    return before if row["cue_kind"] == "verb" and row["source_start"] is not None else None


def medium_channel(row: dict) -> bool:
    """An "according to" whose source is a medium (not «نقلا عن X»: X is the speaker)."""
    return row["attributed"] and row["cue_kind"] == "prep" and row["source_type"] == "media" and not relay_form(row)


def channelled(rows: list[dict], i: int) -> list[dict]:
    """The claims that reach the reader through the channel ``rows[i]`` and have no relay yet: the
    claims before it in its sentence with the same speaker's claims right before them in the
    paragraph, or — no claim before it in its sentence — the claim after it there, or else the
    claims of the speaker whose quotation the sentence before left open."""
    channel = rows[i]
    said = paragraph_before(rows, i)
    before = [r for r in said if r["sentence"] == channel["sentence"]]
    if not before:
        after = next((rows[k] for k in range(i + 1, len(rows)) if rows[k]["attributed"]), None)
        if after is not None and after["sentence"] == channel["sentence"]:
            return [after] if takes_channel(after, channel) else []
        before = [r for r in said[-1:] if r["sentence"] == channel["sentence"] - 1 and quote_left_open(r["text"])]
    earlier = [r for r in said if r["sentence"] < before[0]["sentence"]] if before else []
    speaker = before[0]["source_entity"] if before else None
    for r in reversed(earlier):  # the same speaker's quotation the sentence splitter cut
        if speaker is None or r["source_entity"] != speaker:
            break
        before.insert(0, r)
    return [r for r in before if takes_channel(r, channel)]


def paragraph_before(rows: list[dict], i: int) -> list[dict]:
    """The attributed claims before ``rows[i]`` in its paragraph: the rows are in text order, so
    they are the run right before it (a long article's every claim was read for each channel)."""
    paragraph, k = rows[i]["paragraph"], i
    while k > 0 and rows[k - 1]["paragraph"] == paragraph:
        k -= 1
    return [r for r in rows[k:i] if r["attributed"]]


def quote_left_open(text: str) -> bool:
    """``text`` opens a quotation it does not close (the sentence splitter cut it at a full stop inside)."""
    return text.count('"') % 2 == 1 or text.count("«") > text.count("»") or text.count("“") > text.count("”")


def takes_channel(row: dict, channel: dict) -> bool:
    """A claim with a source of its own, no relay yet and no "according to" itself, not the channel's
    (its entity, or its words: «وأشار تقرير … بحسب تقرير»)."""
    return row["via"] is None and row["cue_kind"] != "prep" and row["source_start"] is not None \
        and (row["source_entity"] is None or row["source_entity"] != channel["source_entity"]) \
        and key(row["source"]) != key(channel["source"])

"""Claim clauses: a sentence cut at the boundaries of its attributions, one row per clause,
with its quotes, hedges and allegation markers; what no cue attributes is the author's voice."""
from __future__ import annotations

import bisect
import re

from .cues import Attribution
from .reading import QUOTE_CHARS, Reading, Sentence
from .relays import relay_cue_end

#: what a clause does not begin or end with
CLAUSE_EDGE = "،,؛;-–—"
WORD_CHAR = re.compile(r"\w")
NEXT_WORD = re.compile(r"\s+(\w+)")
#: the source and cue columns of a clause in the author's own voice
AUTHOR_COLUMNS = dict(source="author", source_start=None, source_end=None, source_type="author",
                      source_side=None, source_entity=None, source_name=None, source_inherited=False,
                      via=None, attributed=False, cue=None,
                      cue_start=None, cue_end=None, cue_kind=None, cue_lemma=None, direct_quote=False)


def segments(doc: Reading, sent: Sentence, entries: list[Attribution]) -> list[dict]:
    """Cut the sentence at the cue boundaries; one row per cue, author rows for the rest."""
    ss, se = sent.ss, sent.se
    bounds = sorted({ss, *(e.boundary for e in entries if not e.nested)})
    bounds = [b for b in bounds if ss <= b < se]

    def seg_of(pos):
        i = bisect.bisect_right(bounds, pos) - 1
        s = bounds[max(i, 0)]
        e = bounds[i + 1] if i + 1 < len(bounds) else se
        return s, e

    rows, used = [], set()
    for ent in entries:
        s, e = seg_of(ent.boundary if not ent.nested else ent.cue.ws)
        used.add(s)
        rows.append(claim_row(doc, sent, s, e, ent))
        rows[-1]["via"] = ent.via  # (the relay's attribution: :func:`~.extract.extract` numbers it)
        doc.rows_of[id(ent)] = rows[-1]
    for b in bounds:
        if b in used:
            continue
        s, e = seg_of(b)
        if WORD_CHAR.search(doc.norm, s, e):
            rows.append(claim_row(doc, sent, s, e, None))
    rows.sort(key=lambda r: (r["start"], r["cue_start"] if r["cue_start"] is not None else -1))
    return rows


def claim_row(doc: Reading, sent: Sentence, s: int, e: int, ent: Attribution | None) -> dict:
    """The row of the clause s..e (normalised), attributed by ``ent`` or in the author's voice."""
    norm, off, text = doc.norm, doc.off, doc.text
    while s < e and (norm[s].isspace() or norm[s] in CLAUSE_EDGE):
        s += 1
    while e > s and (norm[e - 1].isspace() or norm[e - 1] in CLAUSE_EDGE):
        e -= 1
    os_, oe = off.start(s), off.end(e)
    found_hedges = hedges(doc, s, e)
    alleg = [m.group("w") for m in doc.find(doc.lex.allegation_re, doc.allegation_at, s, e)]
    seg_text = text[os_:oe]
    if ent is None:
        cols, alleging = AUTHOR_COLUMNS, False
    else:
        cols = attribution_columns(doc, ent, quoted=not QUOTE_CHARS.isdisjoint(seg_text))
        alleging = ent.cue.lemma in doc.words.alleging
    # built in the order of the table's columns; claim_rows numbers it
    return {"claim": None, "sentence": sent.si, "paragraph": sent.par, "start": os_, "end": oe,
            "text": seg_text, **cols, "hedged": bool(found_hedges), "hedges": found_hedges,
            "allegation": bool(alleg) or alleging, "allegations": alleg}


def attribution_columns(doc: Reading, ent: Attribution, quoted: bool) -> dict:
    """The source and cue columns of an attributed clause (spans in the original text), in the
    order of :data:`AUTHOR_COLUMNS`."""
    off, text, c, src = doc.off, doc.text, ent.cue, ent.src
    cs, ce = off.start(c.s), off.end(relay_cue_end(doc, c))
    if src is None:
        cols = dict(source=None, source_start=None, source_end=None, source_type="anonymous",
                    source_side=None, source_entity=None, source_name=None)
    else:
        a, b = off.start(src["s"]), off.end(src["e"])
        cols = dict(source=text[a:b], source_start=a, source_end=b, source_type=src["type"],
                    source_side=src["side"], source_entity=None, source_name=None)
    cols.update(source_inherited=ent.inherited, via=None, attributed=True, cue=text[cs:ce], cue_start=cs,
                cue_end=ce, cue_kind=c.kind, cue_lemma=c.lemma, direct_quote=quoted or bool(ent.colon))
    return cols


def is_imperfect(word: str) -> bool:
    return len(word) > 2 and word[0] in "يتن"  # (أ- first person is rare in news; أعلنت is past)


def hedges(doc: Reading, s: int, e: int) -> list[str]:
    """Hedges in norm[s:e]; a conditional hedge (قد) only before an imperfect verb."""
    out, lex = [], doc.lex
    for m in doc.find(lex.hedge_re, doc.hedge_at, s, e):
        w = m.group("w")
        if w in lex.hedge_imperfect:
            nxt = NEXT_WORD.match(doc.norm, m.end(), m.end() + 30)
            if not nxt or not is_imperfect(nxt.group(1)):
                continue
        out.append(w)
    return out

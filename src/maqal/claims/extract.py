"""Reading an article sentence by sentence: its cues, their attributions, its claim clauses."""
from __future__ import annotations

from .cues import attributions, sentence_cues
from .reading import Reading, Sentence
from .segments import segments


def extract(normalized, sentence_spans, paragraph_of) -> list[dict]:
    """Claim rows of a text given its normalised view (:class:`maqal.normalized.NormalizedText`),
    sentence spans and their paragraphs: keyed in the order of :data:`maqal.records.CLAIMS`,
    ``claim`` not numbered yet."""
    doc = Reading(normalized, sentence_spans)
    all_cues = doc.find(doc.lex.cue_re, doc.cue_at)
    ci = 0
    last_src = None  # (info, sentence index, paragraph) of the latest source
    rows = []
    for si, (os_, oe) in enumerate(sentence_spans):
        ss, se = normalized.to_norm(os_), normalized.to_norm(oe)
        cues, ci = sentence_cues(doc, all_cues, ci, ss, se)
        sent = Sentence(si, paragraph_of[si], ss, se, doc.tok_at(ss), doc.tok_at(se), cues,
                        {c.ws for c in cues}, last_src)
        entries = attributions(doc, sent)
        last_src = sent.last_src
        rows.extend(segments(doc, sent, entries))
    return with_relays(doc, rows)


def with_relays(doc: Reading, rows: list[dict]) -> list[dict]:
    """Each relayed claim's ``via``, an attribution until now, as the number of the relay's row
    (the rows' order is the claims' numbering)."""
    number = {id(row): i for i, row in enumerate(rows)}
    for row in rows:
        if row["via"] is not None:
            relay_row = doc.rows_of.get(id(row["via"]))
            row["via"] = number.get(id(relay_row)) if relay_row is not None else None
    return rows

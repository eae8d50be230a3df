"""The claims table: :func:`claims` (a DataFrame) and :func:`claim_rows` (plain dicts)."""
from __future__ import annotations

from ..records import CLAIMS
from ..textlayer import text_layer
from .extract import extract

#: the columns of :func:`claims` (defined once, in :data:`maqal.records.CLAIMS`)
COLUMNS = CLAIMS.names


def claims(article):
    """One row per claim: a clause carrying one proposition; every sentence is covered.

    Columns (spans index ``article.text``; ``<NA>`` where there is none):

    ``claim`` running number; ``sentence``, ``paragraph`` (indices as in the text layer);
    ``start``/``end``/``text`` the claim clause (it includes its attribution);
    ``source`` surface text with ``source_start``/``source_end`` (``author`` when the outlet
    speaks in its own voice; empty for impersonal cues such as يُزعم أن);
    ``source_type`` one of :data:`SOURCE_TYPES`; ``source_side`` the country or party the source
    phrase names (or the fuller mention it refers back to); ``source_inherited`` True when the
    source is carried over from the previous claim (…، مؤكدا أن …);
    ``attributed`` False for the outlet's own voice;
    ``cue``/``cue_start``/``cue_end`` the attribution cue, ``cue_kind`` (verb, participle,
    passive, prep, noun) and ``cue_lemma``;
    ``direct_quote`` the clause quotes the source (quotation marks, or a colon after the cue);
    ``hedged`` / ``hedges`` and ``allegation`` / ``allegations`` the words found in the clause.
    """
    return CLAIMS.frame(claim_rows(article))


def claim_rows(article) -> list[dict]:
    """:func:`claims` as a list of dicts, no pandas (the fast path for corpus mode).

    One dict per claim, the rows :func:`claims` builds its DataFrame from, keyed by
    :data:`COLUMNS` in that order (``claim`` is the running number); spans with no value are ``None``.
    """
    layer = text_layer(article)
    rows = extract(layer.normalized, layer.sentence_spans, layer.sentence_paragraphs)
    for i, row in enumerate(rows):
        row["claim"] = i
    return rows

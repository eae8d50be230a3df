"""The claims table: :func:`claims` (a DataFrame) and :func:`claim_rows` (plain dicts)."""
from __future__ import annotations

from ..entities import entity_rows
from ..records import CLAIMS
from ..textlayer import text_layer
from .context_sides import (entity_phrase_words, with_context_sides, with_international_types, with_phrase_sides,
                            without_private_nationalities)
from .documents import with_issuer_types
from .entity_sources import with_entities
from .extract import extract
from .institution_sides import with_institution_sides
from .local_sides import ArticleContext, with_local_sides
from .relays import with_channels, with_continued_relays
from .source_types import with_witness_types

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
    phrase names (or the fuller mention it refers back to); ``source_entity`` and ``source_name``
    the entity (:mod:`maqal.entities`) the source is a mention of and its fullest name;
    ``source_inherited`` True when the source is carried over from the previous claim (…، مؤكدا أن …);
    ``via`` the ``claim`` number of the claim that relays this one (نقلت القناة عن مصادر …);
    ``attributed`` False for the outlet's own voice;
    ``cue``/``cue_start``/``cue_end`` the attribution cue, ``cue_kind`` (verb, participle,
    passive, prep, noun) and ``cue_lemma``;
    ``direct_quote`` the clause quotes the source (quotation marks, or a colon after the cue);
    ``hedged`` / ``hedges`` and ``allegation`` / ``allegations`` the words found in the clause.
    """
    return CLAIMS.frame(claim_rows(article))


def claim_rows(article, entities: list[dict] | None = None) -> list[dict]:
    """:func:`claims` as a list of dicts, no pandas (the fast path for corpus mode).

    One dict per claim, the rows :func:`claims` builds its DataFrame from, keyed by
    :data:`COLUMNS` in that order (``claim`` is the running number); spans with no value are ``None``.
    ``entities``: the rows of :func:`maqal.entities.entity_rows` for the same text layer, when the
    caller has them already (the pipeline does); else they are computed here, once.
    """
    layer = text_layer(article)
    if entities is None:
        entities = entity_rows(layer)
    rows = extract(layer.normalized, layer.sentence_spans, layer.sentence_paragraphs)
    rows = with_issuer_types(with_entities(rows, layer, entities), entities)
    rows = with_continued_relays(with_channels(rows))
    norm = layer.normalized.norm
    rows = side_steps(with_witness_types(rows), norm, lambda: entity_phrase_words(entities, layer.text))
    for i, row in enumerate(rows):
        row["claim"] = i
    return rows


def side_steps(rows: list[dict], norm: str, phrases=dict) -> list[dict]:
    """The sides the phrases, local places, the article and listed institutions give, in that
    order, less a private person's nationality (``norm``: the article's normalised text; ``phrases``: what gives each entity's phrase
    words, :func:`entity_phrase_words`, called only for a text about sport)."""
    context = ArticleContext(norm)  # which states the article names, counted once, when first asked
    rows = with_local_sides(with_phrase_sides(rows), context)
    return with_international_types(without_private_nationalities(with_institution_sides(with_context_sides(rows, context, phrases), norm)))

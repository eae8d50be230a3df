"""Claims versus sources: who says what, how it is attributed, how hedged.

    >>> import maqal
    >>> from maqal.claims import claims
    >>> art = maqal.load_article(maqal.paths.SAMPLE_ARTICLE)
    >>> claims(art)[["source", "source_type", "source_side", "cue", "direct_quote", "hedged"]]

:func:`claims` cuts every sentence into claim rows (clauses carrying one proposition) and says,
for each, who the source is (or ``author`` when the outlet speaks in its own voice), what kind
of source it is, which side it belongs to, with which cue it is attributed, whether it is quoted
directly, and how it is hedged or disowned.

Everything language-specific lives in plain data files under ``maqal/data/lexicons`` (an analyst
can read and extend them; see their header comments):

* ``claim_cues.tsv`` — reporting verbs, participles, "according to" phrases, passive cues, claim
  nouns, origin phrases, and the small word lists that bound a source phrase;
* ``claim_words.tsv`` — the closed word classes the extractor reasons with (complements, time
  adjuncts, demonstratives, name links …); ``negations.txt`` and ``passive_auxiliaries.txt`` —
  what makes a reporting verb report nothing (لم يقل، تم نقل);
* ``hedges.tsv``, ``allegation_markers.txt`` — hedging and disowning words;
* ``source_roles.tsv`` — role nouns and titles → source type;
* ``source_sides.tsv`` — nationality adjectives, countries, capitals, institutions → side;
* ``anonymous_sources.txt`` — unnamed sources (مصادر مطلعة، مسؤول رفض الكشف عن اسمه).

Matching runs on the text layer's normalised view (:class:`maqal.normalized.NormalizedText`),
whose offset map gives every match back, so ``article.text[start:end]`` is the surface form.
Regexes are compiled once, on first use, from the data files (:func:`reload_lexicons` forgets
them); the rows are plain dicts until the DataFrame is built at the end.

The parts, in the order a sentence goes through them: :mod:`.vocabulary` (the lexicons),
:mod:`.reading` (tokens and memory of one article), :mod:`.cues` (which cues attribute, and
where the claim begins), :mod:`.sources` (where a source phrase ends), :mod:`.source_types`
(type and side), :mod:`.agreement` (gender and number), :mod:`.antecedents` (sources of
subject-less cues), :mod:`.segments` (claim clauses, quotes, hedges, allegations),
:mod:`.extract` (the sentence loop), :mod:`.entity_sources` (sources as entity mentions),
:mod:`.documents` (statements typed by their issuer), :mod:`.context_sides` (an official or state
body the phrase names no country for takes the article's side) and :mod:`.rows` (the table).

Sources are entity mentions (:mod:`maqal.entities`, computed once per text layer and handed in;
:mod:`.entity_sources` snaps the phrase the cue rules found to them): ``source_entity`` and
``source_name`` name the referent, and a surname-only mention of a minister is an official.

Conventions for spans: a *source* span is the mention's phrase — title and name together, an
apposition after a comma too — with no clitic at its start (``المخابرات الكورية الجنوبية``) and
no time word, particle, verb or addressee at its end; a
*cue* span leaves out a leading conjunction و/ف (``وقالت`` → ``قالت``). Sources that are only
inherited (``…، مؤكدا أن``) point at the mention they continue; impersonal cues (``يُزعم``)
have no source span (``<NA>``).
"""
from __future__ import annotations

from .rows import COLUMNS, claim_rows, claims
from .source_types import SOURCE_TYPES
from .vocabulary import reload_lexicons

__all__ = ["claims", "claim_rows", "SOURCE_TYPES", "COLUMNS", "reload_lexicons"]

"""Who is who: people, bodies and places named in an article, with titles and coreference.

    >>> import maqal
    >>> art = maqal.load_article(maqal.paths.SAMPLE_ARTICLE)
    >>> maqal.entities(art)[["mention", "entity", "name", "kind", "title", "affiliation"]]

:func:`entities` gives one row per mention: ``mention``, ``start``, ``end`` (the name without an
attached clitic و ف ب ك ل — of «لل» only the first ل is left out —, particles, verbs or time words;
``article.text[start:end] == mention``), ``entity`` (one number per referent in the article, shared
by the full name, the surname and title-only mentions the text ties to it), ``name`` (the fullest
form), ``kind`` (person, government, organisation, media, place, group), ``title``, ``affiliation``
(a country or body, from the title, a nationality adjective or the body served), ``anonymous``
(unnamed sources: «مصدر مسؤول»), ``sentence``, ``phrase_start`` (where the phrase begins: the title
when it stands before the name, «رئيس الوزراء الهندي ناريندرا مودي»; else ``start``) and ``phrase_end``
(where it ends: after the title that describes the name right after it, «حسن جونين رئيس جامعة عثمان
غازي», which is no mention of its own; else ``end``).

A person mention is the name proper when there is one («وزير الخارجية الأمريكي مايك بومبيو» →
«مايك بومبيو», title «وزير الخارجية», affiliation «الولايات المتحدة»); a title with no name is a
mention of its own («الوزير», «نظيره القطري»).  A country that acts («قالت إيران») is government,
one where something happens («في إيران») a place.

All vocabulary is data (:mod:`.vocabulary` lists the files); the mined person names come from
``scripts/mine_entities.py``.  The parts: :mod:`.scan` (the pass over the normalised tokens),
:mod:`.extend` (what each phrase takes after it), :mod:`.link` (coreference), :mod:`.rows`.
"""
from __future__ import annotations

import sys
import types

from .rows import COLUMNS, entities, entity_rows

__all__ = ["COLUMNS", "entities", "entity_rows"]


class CallableModule(types.ModuleType):
    """``maqal.entities`` is this package and, called, :func:`entities` — whichever way it was
    imported first (``maqal.entities(article)`` and ``from maqal.entities import entity_rows``)."""

    def __call__(self, source):
        return entities(source)


sys.modules[__name__].__class__ = CallableModule

"""Sides from the article: an official or a state body whose phrase names no country («المتحدث
الرسمي للمركز»، «وزارة الداخلية»، «الشرطة»، «العقيد المالكي») speaks for the state the article's
other sources identify.  The gold rulebook sides such a source by "its being a state organ or
official of an identified state"; the text identifies it through the sources that do name one —
the one side all of them name, else the latest named before it.  Private persons, companies,
media and anonymous sources keep no side (a wire agency or an unnamed source is no state's), and
so does a body that is no state organ (``non_state_body``: a hospital, an ambulance service, a
rights monitor), even when its name carries a nationality («المرصد السوري لحقوق الإنسان»).
"""
from __future__ import annotations

import re

from ..arabic import normalize
from .vocabulary import words

#: the source types that stand for a state: an office holder and a state body
STATE_TYPES = ("official", "government")
WORD = re.compile(r"\w+")


def with_context_sides(rows: list[dict]) -> list[dict]:
    """Each attributed row of a state type with no side given the article's side (see the module
    docstring); the sides named by the phrases are read before any is filled."""
    for row in rows:
        if row["attributed"] and row["source_start"] is not None and names_non_state_body(row["source"]):
            row["source_side"] = None
    named = [(row["cue_start"], row["source_side"]) for row in rows
             if row["attributed"] and row["source_side"] is not None]
    only = {side for _, side in named}
    for row in rows:
        if (row["attributed"] and row["source_start"] is not None and row["source_side"] is None
                and row["source_type"] in STATE_TYPES and not names_non_state_body(row["source"])):
            row["source_side"] = article_side(named, only, row["cue_start"])
    return rows


def names_non_state_body(source: str | None) -> bool:
    """The source phrase names a body that speaks for no state (``non_state_body``)."""
    return bool(source) and not words().non_state_body.isdisjoint(WORD.findall(normalize(source)))


def article_side(named: list[tuple], sides: set, at: int) -> str | None:
    """The one side the article's sources name, else the latest named before ``at``."""
    if len(sides) == 1:
        return next(iter(sides))
    before = [side for start, side in named if start < at]
    return before[-1] if before else None

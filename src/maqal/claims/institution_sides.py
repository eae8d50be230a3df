"""Sides of institutions whose side is not the nationality their name carries: a state news
agency speaks for its state («وكالة الأناضول» → Turkey), a private one for none even when its name
carries a nationality («وكالة الأنباء الفرنسية», AFP), and the Saudi-led coalition and its
spokesman for the coalition, not for Saudi Arabia («المتحدث باسم التحالف العقيد تركي المالكي»).

The forms and their sides are ``institution_sides.tsv`` (``-``: no side; a third cell lists words
one of which the article must hold, so a bare «التحالف» is the Yemen coalition only in an article
about Yemen).  Read last, over the sides the phrase's nationality or the article gave; later
mentions of the same entity («المالكي») that name no side of their own take it too.
"""
from __future__ import annotations

import re

from ..lexicons import alternation, key, lexicon_cache, read_table
from .entity_sources import names_a_side
from .vocabulary import PROCLITIC

#: the side cell of a form that speaks for no side
NO_SIDE = "-"


@lexicon_cache
def institutions() -> tuple[dict, dict, re.Pattern]:
    """(normalised form → side or None, form → regex of the words the article must hold, a regex
    of every form as a whole word after an optional proclitic)."""
    side_of, context_of = {}, {}
    for row in read_table("institution_sides.tsv"):
        form = key(row[0])
        side_of.setdefault(form, None if row[1] == NO_SIDE else row[1])
        if len(row) > 2 and row[2]:
            words = [w for w in row[2].split(",") if w.strip()]
            context_of[form] = re.compile(rf"(?<!\w)(?:{PROCLITIC})?(?:{alternation(words)})(?!\w)")
    return side_of, context_of, re.compile(rf"(?<!\w)(?:{PROCLITIC})?(?P<w>{alternation(side_of)})(?!\w)")


def institution_side(phrase: str | None, article: str = "") -> tuple[bool, str | None]:
    """(whether the phrase names a listed institution the article's words allow, its side); the
    longest such form found wins.  ``article``: the article's normalised text."""
    if not phrase:
        return False, None
    side_of, context_of, rx = institutions()
    found = [form for form in (m.group("w") for m in rx.finditer(key(phrase)))
             if form not in context_of or context_of[form].search(article)]
    if not found:
        return False, None
    return True, side_of[max(found, key=len)]


def with_institution_sides(rows: list[dict], article: str) -> list[dict]:
    """Each attributed row whose phrase names a listed institution given its side; then the rows
    of the same entity whose phrase names no side of its own given that side too.  ``article``:
    the article's normalised text."""
    by_entity = {}
    for row in rows:
        if row["attributed"] and row["source_start"] is not None:
            listed, side = institution_side(row["source"], article)
            if listed:
                row["source_side"] = side
                if row.get("source_entity") is not None:
                    by_entity.setdefault(row["source_entity"], side)
    for row in rows:
        if (row["attributed"] and row.get("source_entity") in by_entity
                and not institution_side(row["source"], article)[0] and not names_a_side(row["source"])):
            row["source_side"] = by_entity[row["source_entity"]]
    return rows

"""Everything the timeline reads from lexicon files, normalised and built once (``@lexicon_cache``).

Data files (``maqal/data/lexicons``): months.tsv, hijri_months.tsv, weekdays.tsv, seasons.tsv,
time_units.tsv, numbers.tsv, decades.tsv, relative_time.tsv and time_words.tsv for dates;
event_cues.tsv, certainty_cues.tsv, places_ar.tsv (with Babel/CLDR places, ``gazetteer``),
actor_titles.txt, event_words.tsv and negations.txt for events.  Babel/CLDR adds month names.
"""
from __future__ import annotations

import re
from types import SimpleNamespace

from ..lexicons import gazetteer, key, lexicon_cache, read_list, read_table

#: Arab locales whose CLDR month names are merged into months.tsv's
MONTH_LOCALES = ("ar", "ar_SY", "ar_LB", "ar_IQ", "ar_JO", "ar_DZ", "ar_TN", "ar_MA", "ar_MR")


def _flagged(name: str):
    """A name -> number table with its ``ambiguous`` rows (months, Hijri months, weekdays)."""
    table, ambiguous = {}, set()
    for r in read_table(name):
        table[key(r[0])] = int(r[1])
        if len(r) > 2 and r[2] == "ambiguous":
            ambiguous.add(key(r[0]))
    return table, ambiguous


def _cldr_months(months: dict) -> None:
    try:
        from babel import Locale

        for loc in MONTH_LOCALES:
            for i, name in Locale.parse(loc).months["format"]["wide"].items():
                months.setdefault(key(name), int(i))
    except Exception:  # pragma: no cover - Babel is a declared dependency
        pass


def _numbers():
    cardinals, ordinals, approx = {}, {}, set()
    for r in read_table("numbers.tsv"):
        k = key(r[0])
        if r[2] == "ordinal":
            ordinals[k] = int(r[1])
        else:
            cardinals[k] = int(r[1])
            if r[2] == "approx":
                approx.add(k)
    return cardinals, ordinals, approx


@lexicon_cache
def lexicon() -> SimpleNamespace:
    """The date tables: ``months``/``hmonths``/``weekdays`` (name -> number) with their
    ambiguous names ``amb_months``/``amb_h``/``amb_wd`` (``amb_spellings``: an ambiguous month as written) (``number_wd``: also a number adjective); ``seasons`` (code, first, last month);
    ``units`` (unit, implied count); ``cardinals``, ``ordinals``, ``approx`` (vague counts);
    ``decades``; ``relative`` (phrase -> spec words)."""
    months, amb_months = _flagged("months.tsv")
    amb_spellings = {r[0] for r in read_table("months.tsv") if len(r) > 2 and r[2] == "ambiguous"}
    _cldr_months(months)
    hmonths, amb_h = _flagged("hijri_months.tsv")
    weekdays, amb_wd = _flagged("weekdays.tsv")
    number_wd = {key(r[0]) for r in read_table("weekdays.tsv") if len(r) > 3 and r[3] == "number"}
    cardinals, ordinals, approx = _numbers()
    return SimpleNamespace(
        months=months, amb_months=amb_months, amb_spellings=amb_spellings, hmonths=hmonths, amb_h=amb_h, weekdays=weekdays, amb_wd=amb_wd,
        number_wd=number_wd,
        seasons={key(r[0]): (r[1], int(r[2]), int(r[3])) for r in read_table("seasons.tsv")},
        units={key(r[0]): (r[1], int(r[2]) if len(r) > 2 and r[2] else None) for r in read_table("time_units.tsv")},
        cardinals=cardinals, ordinals=ordinals, approx=approx,
        decades={key(r[0]): int(r[1]) for r in read_table("decades.tsv")},
        relative={key(r[0]): r[1].split() for r in read_table("relative_time.tsv")},
    )


@lexicon_cache
def _roles(name: str) -> dict:
    """role -> {word: value} of a ``word <TAB> role role=value ...`` file, in file order."""
    out: dict = {}
    for r in read_table(name):
        for role in r[1].split():
            role, _, value = role.partition("=")
            out.setdefault(role, {})[key(r[0])] = value
    return out


def time_words(role: str) -> dict:
    """Words of ``role`` in time_words.tsv -> their value (see the file's header)."""
    return _roles("time_words.tsv").get(role, {})


def context_words(role: str) -> dict:
    """Words of ``role`` in time_context.tsv: words around a time expression that are not time words."""
    return _roles("time_context.tsv").get(role, {})


@lexicon_cache
def event_words(role: str) -> dict:
    """Words of ``role`` in event_words.tsv (see the file's header); cached, as the event rules ask
    at every cue and word.  Shared: do not modify."""
    return _roles("event_words.tsv").get(role, {})


@lexicon_cache
def negations() -> frozenset:
    """Negation particles (negations.txt): an event word right after one did not happen."""
    return frozenset(key(w) for w in read_list("negations.txt"))


def number(s, lex=None):
    """The value of a number written in digits or words (cardinal or ordinal), else None."""
    if s is None:
        return None
    s = " ".join(s.split())
    if s.isdigit():
        return int(s)
    lex = lex or lexicon()
    return lex.cardinals.get(s) or lex.ordinals.get(s)


#: between the units and the tens of a number in words (خمس وثلاثين)
AND_TENS = re.compile(r"\s+و\s?")


def compound_number(s, lex=None):
    """:func:`number`, or units and tens in words added: «خمس وثلاثين» 35, «الواحد والعشرين» 21."""
    n = number(s, lex)
    if n is not None or s is None:
        return n
    parts = [number(p, lex) or number(p[2:], lex) for p in AND_TENS.split(" ".join(s.split()))]
    if len(parts) == 2 and None not in parts and 1 <= parts[0] <= 9 and parts[1] in range(20, 100, 10):
        return parts[0] + parts[1]
    return None


def phrase_table(pairs) -> dict:
    """First word -> [(rest of phrase, value)], longest first, from (phrase, value) pairs."""
    d: dict = {}
    for k, v in pairs:
        t = tuple(key(k).split())
        if t:
            d.setdefault(t[0], []).append((t[1:], v))
    for lst in d.values():
        lst.sort(key=lambda x: -len(x[0]))
    return d


@lexicon_cache
def phrase_tables():
    """The four phrase tables events match: cues (kind, pos — a participle read as a verb), certainty
    cues, places, titles."""
    rows = read_table("event_cues.tsv")
    cues = phrase_table((r[0], (r[1], _pos(r[2]) if len(r) > 2 else "noun")) for r in rows if r[1] != "not")
    cert = phrase_table((r[0], r[1]) for r in read_table("certainty_cues.tsv"))
    places = phrase_table(gazetteer().items())
    titles = phrase_table((w, True) for w in read_list("actor_titles.txt"))
    return cues, cert, places, titles


def _pos(pos: str) -> str:
    """An event cue's part of speech as the event rules read it: a participle (متوجهة) acts as a verb."""
    return "verb" if pos == "participle" else pos


@lexicon_cache
def abstract_objects() -> dict:
    """Objects that make a movement verb figurative (وصل إلى السلطة): event_cues.tsv rows of kind ``not``."""
    return phrase_table((r[0], True) for r in read_table("event_cues.tsv") if len(r) > 1 and r[1] == "not")

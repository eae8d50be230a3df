"""Time expressions and events: what happened when, who went where, and what is still to come.

    >>> art = maqal.load_article(maqal.paths.SAMPLE_ARTICLE)
    >>> timeline.find_dates(art)      # one row per time expression
    >>> timeline.events(art)          # one row per visit / trip / meeting / summit / arrival / announcement

Every rule's vocabulary is a plain data file in ``maqal/data/lexicons`` (:mod:`.vocabulary` lists
them); Babel/CLDR adds month names, country names and time-zone cities; hijridate converts Hijri
dates.  The patterns (:mod:`.patterns`) are compiled once (on first use) over *normalised* text
(``maqal.arabic.normalize``); spans are mapped back, so ``text[start:end]`` always gives the
expression as written.

The package, in the order a text goes through it: :mod:`.vocabulary` (the lexicons),
:mod:`.calendar` (date arithmetic), :mod:`.patterns` (the master regex), :mod:`.interpret` (what
each form means), :mod:`.dates` (``find_dates``: the scan and its columns), :mod:`.phrases` and
:mod:`.events` (``events``: the cues' rows, from :mod:`.events_scan` — tokens, clauses, phrases —,
:mod:`.events_places`, :mod:`.events_parties` — who and with, the entity layer's mentions — and
:mod:`.events_time` — the event's own time and certainty).
"""
from __future__ import annotations

from ..lexicons import gazetteer
from .dates import DATE_COLUMNS, date_rows, find_dates
from .events import EVENT_COLUMNS, event_rows, events
from .events_time import CERTAINTY_WINDOW

__all__ = ["find_dates", "date_rows", "events", "event_rows", "DATE_COLUMNS", "EVENT_COLUMNS", "gazetteer",
           "CERTAINTY_WINDOW"]

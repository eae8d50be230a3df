"""One story, many outlets: the versions of a story in a ``maqal corpus`` folder.

    maqal stories corpus-out                      # the stories table, beside the other tables
    maqal corpus ../shared/corpus/saudinewsnet --out corpus-out --stories

Two relations are kept apart: ``copy`` — the same text republished or lightly edited (wire copy;
:mod:`.copies`, containment of normalised word shingles) with the earliest version as origin —
and ``same_event`` — different texts about one event within a few days (:mod:`.same_event`,
TF-IDF cosine of terms, places and days, average-linkage clusters).  :func:`find_stories` groups, :func:`write_stories`
adds the ``stories`` table to the folder (:mod:`.build`).  For a copy, :func:`copy_changes`
gives the word-level differences from the origin, typed by what they touch (:mod:`.changes`),
and :func:`side_by_side` shows them right to left (:mod:`.view`); for a same_event story,
:func:`outlet_profiles` tells how each outlet told it (:mod:`.outlets`).

Modules, in the order data flows: ``texts`` → ``shingles`` → ``windows`` → ``groups`` → ``copies`` /
``same_event`` → ``labels`` → ``build`` → ``changes`` → ``outlets`` → ``view`` → ``story`` (one story's pieces for the
notebook and the command line) → ``related`` (:func:`related_story`: from one article to its story,
``maqal related ARTICLE --corpus DIR``).
"""
from __future__ import annotations

from .build import COLUMNS, TABLE, find_stories, story_id, write_stories
from .changes import copy_changes, word_diff
from .copies import COPY_THRESHOLD, COPY_WINDOW_DAYS, copy_groups
from .outlets import outlet_keyness, outlet_profiles, story_rows
from .same_event import EVENT_THRESHOLD, WINDOW_DAYS, event_groups
from .related import Related, related_story
from .story import copy_comparisons, export, story_articles, story_row, write_page
from .texts import load_texts
from .view import change_marks, side_by_side

__all__ = ["COLUMNS", "Related", "related_story", "write_page", "COPY_THRESHOLD", "EVENT_THRESHOLD", "TABLE", "WINDOW_DAYS", "change_marks", "copy_changes",
           "copy_groups", "event_groups", "find_stories", "load_texts", "outlet_keyness", "outlet_profiles",
           "side_by_side", "story_id", "story_rows", "copy_comparisons", "export", "story_articles", "story_row", "word_diff", "write_stories"]

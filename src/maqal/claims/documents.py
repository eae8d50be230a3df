"""Statements as sources: «البيان», «بيان الأونروا», «بيان صادر عن المتحدث» speak for whoever
issued them, so such a source takes its issuer's type — the body or person named in the phrase (over the type
its noun gives: «التقرير الشهري لإدارة معلومات الطاقة الأمريكية» is government), else, where the
phrase alone said nothing more than "person", the latest source before it that is not a document.  The document nouns are the ``document`` class of ``claim_words.tsv``.
"""
from __future__ import annotations

import bisect
from operator import itemgetter

from ..arabic import WORD_RE
from ..lexicons import key
from .entity_sources import KIND_TYPE
from .vocabulary import words

#: the types a document's own phrase gives that say nothing about its issuer
UNINFORMED = ("person", None)


def with_issuer_types(rows: list[dict], entity_rows: list[dict]) -> list[dict]:
    """Each attributed row whose source is a document typed by its issuer (see the module docstring)."""
    entity_rows = sorted(entity_rows, key=itemgetter("start"))  # (stable: in text order already)
    starts = [m["start"] for m in entity_rows]
    latest = None  # the type of the latest source that is not a document
    for row in rows:
        if not row["attributed"] or row["source_start"] is None:
            continue
        if not is_document(row["source"]):
            if not row["source_inherited"]:
                latest = row["source_type"]
            continue
        if row["source_type"] in UNINFORMED:
            row["source_type"] = named_issuer(row, entity_rows, starts) or latest or row["source_type"]
        else:  # (its issuer's over what its noun says: «التقرير الشهري لإدارة معلومات الطاقة»)
            row["source_type"] = named_issuer(row, entity_rows, starts, owned=True) or row["source_type"]
    return rows


def is_document(source: str) -> bool:
    """The source phrase opens with a document noun (البيان، بيان الأونروا، بالبيان)."""
    first = WORD_RE.search(source)
    return first is not None and key(first.group()) in words().document


def named_issuer(row: dict, entity_rows: list[dict], starts: list[int], owned: bool = False) -> str | None:
    """The type of a body or titled person the document's phrase names after its noun; ``owned``:
    only one the document belongs to, not one behind a preposition of place («تقارير صحافية في
    ألمانيا»: ``source_link`` words standing alone).  ``entity_rows`` by start, ``starts`` theirs:
    only the mentions inside the phrase are looked at (each document read every mention of a long
    article before)."""
    inside = range(bisect.bisect_right(starts, row["source_start"]), bisect.bisect_left(starts, row["source_end"]))
    for m in map(entity_rows.__getitem__, inside):
        if m["end"] <= row["source_end"] \
                and not (owned and behind_preposition(row["source"][:m["start"] - row["source_start"]])):
            if m["kind"] in KIND_TYPE:
                return KIND_TYPE[m["kind"]]
            if m["kind"] == "person" and m["title"]:
                return "official"
    return None


def behind_preposition(before: str) -> bool:
    """The words ``before`` a mention end with a preposition that places it (a ``source_link`` word
    standing alone, «في»، «من»; not the letter «ل» a mention's clitic leaves before it)."""
    last = key(before).split()[-1:]
    return bool(last) and len(last[0]) > 1 and last[0] in words().source_link

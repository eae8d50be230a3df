"""What changed between a copy and its origin: a word-level diff (difflib, over the words of
maqal's one tokeniser) as rows with spans in both texts, each typed by what it touches.

Columns: ``field`` (``title`` | ``text``: the spans index the title or the text), ``kind``
(``added`` | ``removed`` | ``changed``), ``origin_start``/``origin_end`` (into the origin;
equal at the insertion point for an addition), ``copy_start``/``copy_end`` (into the copy),
``origin_text``/``copy_text`` and ``touches``: ``source`` (the change overlaps the span of a
claim's source in the ``claims`` table: a source added, dropped or renamed), ``hedge`` and
``allegation`` (a marker of maqal's claims vocabulary in the changed words), ``date`` (it
overlaps a time expression of the ``dates`` table), ``number`` (digits), ``name`` (a place the
gazetteer knows).
"""
from __future__ import annotations

import difflib

from ..clitics import AND_BY_FOR, bare_in
from .shingles import words

COLUMNS = ["field", "kind", "origin_start", "origin_end", "copy_start", "copy_end", "origin_text", "copy_text",
           "touches"]
KINDS = {"replace": "changed", "delete": "removed", "insert": "added"}


def word_diff(a: str, b: str) -> list[dict]:
    """Rows (without ``field``/``touches``) of the word-level differences from ``a`` to ``b``."""
    wa, sa = words(a)
    wb, sb = words(b)
    rows = []
    matcher = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        os_, oe = _span(sa, i1, i2, len(a))
        cs, ce = _span(sb, j1, j2, len(b))
        rows.append({"kind": KINDS[op], "origin_start": os_, "origin_end": oe, "copy_start": cs, "copy_end": ce,
                     "origin_text": a[os_:oe], "copy_text": b[cs:ce]})
    return rows


def _span(spans: list, i: int, j: int, length: int) -> tuple[int, int]:
    """The text span of words ``i:j``; for none (``i == j``) the point where word ``i`` starts."""
    if i < j:
        return spans[i][0], spans[j - 1][1]
    at = spans[i][0] if i < len(spans) else length
    return at, at


def touches(row: dict, origin_marks: dict, copy_marks: dict) -> list[str]:
    """What a change touches (see the module): ``*_marks`` are ``{"source": spans, "date":
    spans}`` of each text."""
    from ..arabic import normalize
    from ..claims.vocabulary import lexicons
    from ..lexicons import gazetteer

    found = []
    sides = ((row["origin_start"], row["origin_end"], origin_marks), (row["copy_start"], row["copy_end"], copy_marks))
    for kind in ("source", "date"):
        if any(s < e and any(ms < e and s < me for ms, me in marks.get(kind, ())) for s, e, marks in sides):
            found.append(kind)
    changed = normalize(" ".join((row["origin_text"], row["copy_text"])))
    lex = lexicons()
    if lex.hedge_re.search(changed):
        found.append("hedge")
    if lex.allegation_re.search(changed):
        found.append("allegation")
    if any(ch.isdigit() for ch in changed):
        found.append("number")
    places = gazetteer()
    if any(bare_in(w, places, AND_BY_FOR) for w in changed.split()):
        found.append("name")
    return found


def marks_of(article_id: str, claims, dates) -> dict:
    """``{"source": spans of the claims' sources, "date": spans of the time expressions}`` of one
    article, from the corpus ``claims`` and ``dates`` tables."""
    marks: dict = {"source": [], "date": []}
    if claims is not None and len(claims):
        rows = claims[(claims["article_id"] == article_id) & claims["source_start"].notna()]
        marks["source"] = [(int(s), int(e)) for s, e in zip(rows["source_start"], rows["source_end"])]
    if dates is not None and len(dates):
        rows = dates[dates["article_id"] == article_id]
        marks["date"] = [(int(s), int(e)) for s, e in zip(rows["start"], rows["end"])]
    return marks


def copy_changes(origin, copy, claims=None, dates=None):
    """The changes from ``origin`` to ``copy`` (Articles) as a DataFrame (:data:`COLUMNS`):
    the title's, then the text's; ``claims``/``dates``: the corpus tables (or their rows for
    these articles) whose spans type the changes."""
    import pandas as pd

    om, cm = marks_of(origin.id, claims, dates), marks_of(copy.id, claims, dates)
    rows = []
    if (origin.title or "") != (copy.title or ""):
        for r in word_diff(origin.title or "", copy.title or ""):
            rows.append({"field": "title", **r, "touches": touches(r, {}, {})})
    for r in word_diff(origin.text, copy.text):
        rows.append({"field": "text", **r, "touches": touches(r, om, cm)})
    return pd.DataFrame(rows, columns=COLUMNS)

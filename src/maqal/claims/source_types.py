"""What a source phrase is: its type (:data:`SOURCE_TYPES`), its side, its agreement.

The phrase alone usually says (a role noun, an anonymous-source phrase, a country); a bare name
(المهنا، إردوغان) takes type and side from an earlier, fuller mention of it.
"""
from __future__ import annotations

import re

from .agreement import noun_agreement
from .reading import Reading
from .vocabulary import Lexicons, role_of

SOURCE_TYPES = ("official", "government", "institution", "organization", "intelligence",
                "media", "expert", "anonymous", "person", "author")


def classify(src_norm: str, lex: Lexicons) -> str | None:
    """Source type from the phrase alone (None when nothing in it says)."""
    if lex.anon_re.match(src_norm):
        return "anonymous"
    first = None
    for m in lex.role_re.finditer(src_norm):
        t = role_of(lex, m)
        if t != "person":  # المهندس فلان المدير التنفيذي: the office, not the honorific, types it
            return t
        first = first or t
    return first


def side(src_norm: str, lex: Lexicons) -> tuple[str | None, bool]:
    """(side, whole) — whole is True when the phrase is nothing but the side word."""
    m = lex.side_re.search(src_norm)
    if not m:
        # ل + الكرملين is written للكرملين: try with ال restored
        m2 = re.search(r"(?<!\w)لل(\w+)", src_norm)
        if m2 and ("ال" + m2.group(1)) in lex.side_of:
            return lex.side_of["ال" + m2.group(1)], False
        return None, False
    whole = m.start() == 0 and m.end() == len(src_norm)
    return lex.side_of[m.group("w")], whole


def source_info(doc: Reading, k0: int, k1: int) -> dict:
    """The source record of tokens k0..k1: normalised span and text, type, side, agreement, and
    whether the type was inferred from an earlier mention (``coref``)."""
    s, e = doc.toks[k0][0], doc.toks[k1 - 1][1]
    src = doc.norm[s:e]
    stype = classify(src, doc.lex)
    where, whole = side(src, doc.lex)
    inferred = False
    if stype is None and where is not None and whole:
        stype = "government"  # موسكو، الولايات المتحدة، الأميركيون
    if stype is None:
        stype, side2 = corefer(doc, k0, k1)
        where = where or side2
        inferred = stype is not None
    if stype is None:
        stype = "person"
    return {"s": s, "e": e, "norm": src, "type": stype, "side": where, "coref": inferred,
            "agr": noun_agreement(src, doc.lex)}


def corefer(doc: Reading, k0: int, k1: int):
    """Type and side of a bare name (المهنا، إردوغان) from an earlier, fuller mention."""
    last = doc.toks[k1 - 1][2]
    core = last[2:] if last.startswith("ال") and len(last) > 4 else last
    for prev in reversed(doc.prev_sources):
        if prev["type"] not in ("person",) and re.search(rf"(?<!\w)(?:ال)?{re.escape(core)}(?!\w)", prev["norm"]):
            return prev["type"], prev["side"]
    # earliest mention in the text before: look at the words in front of it
    m = re.compile(rf"(?<!\w)(?:ال)?{re.escape(core)}(?!\w)").search(doc.norm, 0, doc.toks[k0][0])
    if m:
        return title_before(doc, m)
    return None, None


def title_before(doc: Reading, mention: re.Match):
    """Type and side of the title chain in front of a mention (up to 8 words, this clause):
    the first office wins (وزيرة خارجية الاتحاد …); (None, None) when there is no role."""
    j = doc.tok_at(mention.start())
    j0 = max(0, j - 8)
    for q in range(j - 1, j0 - 1, -1):
        if doc.is_punct(q):
            j0 = q + 1
            break
    window = doc.norm[doc.toks[j0][0]:mention.end()]
    best = None
    for rm in doc.lex.role_re.finditer(window):
        if best is None or (role_of(doc.lex, best) == "person" and role_of(doc.lex, rm) != "person"):
            best = rm
    if best is None:
        return None, None
    return role_of(doc.lex, best), side(window, doc.lex)[0]

"""One row set per real visit or meeting (events addendum, ruling 8): a later mention of an event
the article already told («خلال اللقاء»، «زيارة بومبيو للرياض» after «وصل بومبيو إلى الرياض»,
«محادثات» again with the same two parties) is no new event; the event is kept on its fullest
mention — the one whose own clause gives most of who, with, where and when, the first on a tie —
and its other mentions are dropped.  A mention in a sentence of denial («نفي أي لقاء») keeps its
own row (another status from another source), and a tour is not its stops."""
from __future__ import annotations

import bisect

from ..clitics import CONJUNCTIONS, bare_in
from ..entities.morphology import ARTICLE
from .events_places import MOVEMENTS
from .events_scan import EventScan, carries_pronoun
from .vocabulary import event_words

#: the classes of event told once: journeys and meetings
MEETINGS = ("meeting", "summit")
#: how far back (tokens) a mention looks for the event it tells again: many news articles' length
#: (they run 300–1,000 words), so that a text of thousands of articles joined stays linear — each
#: mention compared with every earlier event made a 2 MB text spend 8 of 26 s here
TOLD_AGAIN_REACH = 5_000


def told_once(a: EventScan, mentions: list) -> list[dict]:
    """``mentions``: (cue, its rows, whether its who was carried from another sentence), in text
    order.  The rows of every event, each told once (on its fullest mention)."""
    groups: list[list] = []
    opened: list[int] = []  # each group's first token, in order
    for m in mentions:
        if not m[1]:
            continue
        near = bisect.bisect_left(opened, m[0].k - TOLD_AGAIN_REACH)
        home = _home(a, groups, near, m) if _told_once(m) else None
        if home is None:
            groups.append([m])
            opened.append(m[0].k)
        else:
            home.append(m)
    kept = {id(max(enumerate(g), key=lambda im: (_own_fields(im[1]), -im[0]))[1]) for g in groups}  # (the first on a tie)
    return [row for m in mentions if id(m) in kept for row in m[1]]


def _home(a: EventScan, groups: list, near: int, m):
    """The event a mention tells again, if any, among the groups from ``near`` on: the first it is
    tied to; for a bare anaphor (no party, no place: «وستختتم القمة»، «وتبدأ المحادثات الرسمية»), the
    latest event of its class."""
    if not _parties(m) and not _places(m) and _anaphor(a, m[0]):
        latest = next((groups[i] for i in range(len(groups) - 1, near - 1, -1) if _class(groups[i][0]) == _class(m)), None)
        return latest if latest is not None and _same_event(a, latest[0], m, bare=True) else None
    return next((groups[i] for i in range(near, len(groups)) if _same_event(a, groups[i][0], m)), None)


def _told_once(m) -> bool:
    return m[1][0]["kind"] in MOVEMENTS or m[1][0]["kind"] in MEETINGS


def _class(m) -> str:
    return "visit" if m[1][0]["kind"] in MOVEMENTS else "meeting"


def _own_fields(m) -> int:
    """How many of who, with, where and when the mention's own clause gives (a who carried from the
    sentence before is not its own)."""
    r = m[1][0]
    return (bool(r["who"]) and not m[2]) + bool(r["with"]) + any(x["where"] for x in m[1]) + bool(r["value"])


def _parties(m) -> set:
    return {m[1][0]["who"], m[1][0]["with"]} - {None}


def _places(m) -> set:
    """The mention's places by gazetteer code (as written when it has none: a venue), a place word
    that names the place told before (event_words.tsv role ``place_again``: «المدينة»، «البلاد»)
    aside: «في زيارة هي الأولى للمدينة» after «وصل إلى مدينة عدن» names no other place."""
    again = event_words("place_again")
    return {x["place"] or x["where"] for x in m[1] if x["where"] and x["where"] not in again}


def _same_event(a: EventScan, first, later, bare=False) -> bool:
    """Whether ``later`` mentions the event ``first`` told: the same class and status, nothing
    that tells them apart (another place, another day, another party, a tour against a stop, a
    denial), and enough that ties them (:func:`_tied`)."""
    x, y = first[1][0], later[1][0]
    if _class(first) != _class(later) or x["certainty"] != y["certainty"]:
        return False
    if _is_tour(a, first[0]) != _is_tour(a, later[0]) or _denied(a, later[0]) or _denied(a, first[0]):
        return False
    px, py, wx, wy = _parties(first), _parties(later), _places(first), _places(later)
    if wx and wy and not _one_place(wx, wy) or x["start_date"] and y["start_date"] and x["start_date"] != y["start_date"]:
        return False
    if px and py and not (px <= py or py <= px):
        return False
    return bare or _tied(a, first, later, px, py, wx, wy)


def _tied(a: EventScan, first, later, px, py, wx, wy) -> bool:
    """What ties a later mention to an event: the same two parties again (a meeting); an anaphor — a
    definite noun or a noun with its pronoun («اللقاء»، «زيارته») — naming no other party or
    traveller than the event's: a meeting's with one of its parties or at its place («خلال اجتماعه
    … في جدة»), a journey's with no place of its own — or, for a journey, a noun with the same
    traveller and no place («وتزامنا مع زيارة بحاح»). A mention with a place where the event had
    none, or none where it had one, is tied only so. The same traveller and place told twice tie
    only in one sentence («وصل ماكرون إلى نيودلهي في زيارة تستغرق ثلاثة أيام»: ruling 8, the
    arrival and the visit words of one trip); across sentences, or one shared party at one place,
    they tie as often two events as one: not enough.)"""
    anaphor = _anaphor(a, later[0]) or _class(first) == "visit" and later[0].pos == "noun" and not wy
    if bool(wx) != bool(wy) and not anaphor:
        return False
    if _class(first) == "visit":
        who = first[1][0]["who"]
        if who is None or who != later[1][0]["who"]:
            return False
        return anaphor and not wy or first[0].sent == later[0].sent and bool(wy) and _one_place(wx, wy)
    return px == py and len(px) > 1 or anaphor and py <= px and bool(py or _one_place(wx, wy))


def _one_place(wx: set, wy: set) -> bool:
    """Two mentions' places share one: the same name or code, or a name inside the other («مطار
    نيودلهي»، «نيودلهي»)."""
    return bool(wx & wy) or any(p in q or q in p for p in wx for q in wy)


def _anaphor(a: EventScan, c) -> bool:
    """A definite noun («اللقاء»، «الزيارة») or a noun with its pronoun («زيارته»، «لقائهما»)."""
    core = a.t.words[c.k][len(c.prefix):]
    return c.pos == "noun" and (core.startswith(ARTICLE) or c.prefix.endswith("ل" + "ل") or carries_pronoun(a.t, c))


def _is_tour(a: EventScan, c) -> bool:
    """A tour (event_words.tsv role ``tour``: «جولته», «الجولة»), not one of its stops."""
    return a.t.words[c.k][len(c.prefix):] in event_words("tour")


def _denied(a: EventScan, c) -> bool:
    """The mention's sentence denies or doubts it (event_words.tsv role ``denial``: «نفيه أي لقاء»،
    «لا يمكنهما تأكيد أو نفي زيارة»): another status from another source, its own row."""
    found = a.denied.get((c.lo, c.hi))  # (asked again for each earlier event a mention is compared with)
    if found is None:
        marks = event_words("denial")
        found = a.denied[c.lo, c.hi] = any(bare_in(w, marks, CONJUNCTIONS) for w in a.t.words[c.lo:c.hi + 1])
    return found

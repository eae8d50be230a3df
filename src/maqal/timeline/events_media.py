"""Media acts that are no meeting (events addendum, rulings 1 and 2): one speaker's press
conference («وقال لافروف في مؤتمر صحفي») is the setting of a claim, with no other party; an
interview («لقاء صحفي»، «لقاء مع شبكة التلفزيون الفرنسية»، «ألغى لقاءً تلفزيونيا») is a medium
questioning someone.  A joint press conference («مؤتمر صحافي مشترك مع نظيريه»، «مؤتمر صحفي عقده مع
نظيره المصري») stays a meeting of its holders."""
from __future__ import annotations

from ..clitics import ARTICLE, bare_in
from .events_scan import EventScan, cue_form
from .vocabulary import event_words

#: at most this many words between a press conference and the «مع» or «بين» naming its other holder
#: («مؤتمر صحفي عقده في عمان صباح الاثنين مع نظيره»)
BRIEFING_PARTNER_GAP = 7
#: how many words after that «مع» the other holder's name may start (a title and its adjective
#: before it: «مع نظيره الأردني أيمن الصفدي»)
PARTNER_REACH = 4


def media_act(a: EventScan, c) -> bool:
    """The cue names a press conference of one speaker or an interview: no meeting."""
    return c.kind == "meeting" and c.pos == "noun" and (_solo_briefing(a, c) or _interview(a, c))


def _solo_briefing(a: EventScan, c) -> bool:
    """A press conference (event_cues.tsv form ``briefing``) with no joint word (event_words.tsv
    role ``joint``: مشترك) nor «مع» or «بين» and a party a few words after it in its sentence (not
    «من»: «في مؤتمر صحفي "مفاجئ" استقالته من منصبه كمدرب لريال مدريد» is one speaker's)."""
    if " ".join(a.t.words[c.k:c.after])[len(c.prefix):] not in cue_form("briefing"):
        return False
    t, links = a.t, event_words("with")
    for j in range(c.after, min(c.hi + 1, c.after + BRIEFING_PARTNER_GAP + 1)):
        if t.words[j] in event_words("joint") or t.words[j] in event_words("between"):
            return False
        if t.words[j] in links and a.actors_from(j + 1, j + 1 + PARTNER_REACH):
            return False
    return True


def _interview(a: EventScan, c) -> bool:
    """A meeting noun whose next word is a medium's adjective (event_words.tsv role ``media_kind``:
    «لقاء صحفي»، «لقاءً تلفزيونيا») or whose «مع» opens a medium — a media word (the same role) or an
    entity of kind media («لقاء مع شبكة التلفزيون الفرنسية»، «مقابلة مع رويترز»)."""
    t, end = a.t, min(c.hi + 1, len(a.t.words))
    if c.after >= end:
        return False
    if _media_word(t.words[c.after]):
        return True
    if t.words[c.after] not in event_words("with") or c.after + 1 >= end:
        return False
    j = c.after + 1
    return _media_word(t.words[j]) or any(a.actor_rows[s].get("kind") == "media" for s in a.actors_from(j, j + 1))


def _media_word(w: str) -> bool:
    words = event_words("media_kind")
    return bare_in(w, words, (ARTICLE,))  # a media word after an interview's «مع», bare or definite

"""Where an event happens: the places the gazetteer and the entity layer find (resorts and seats
too: «منتجع سوتشي»، «كامب ديفيد»), each with the preposition that governs it, and the rules that
pick an event's place — the goal of a movement, the seat of a meeting, or for a meeting the place
its sentence set before it («حل في لندن، حيث التقى …»)."""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from ..entities.morphology import ARTICLE, CONJUNCTIONS, FOR, LIL
from ..entities.rows import written_name
from ..entities.vocabulary import word_class
from ..lexicons import gazetteer, is_stopword, key, lexicon_cache
from ..normalized import is_number
from .events_scan import Cue, EventScan, Tokens, carries_pronoun, cue_at, subject_region
from .phrases import clitic_forms, lookup
from .vocabulary import abstract_objects, event_words, lexicon, phrase_table

#: how many words after a cue its place may stand (words of an actor's phrase not counted)
PLACE_WINDOW = 10
#: kinds of event that move someone somewhere (a place is required after a verb of these)
MOVEMENTS = ("visit", "trip", "arrival", "departure")
#: the entity kinds a place mention may have (a country acting is a government, yet a place)
PLACE_KINDS = ("place",)
#: at most this many words after a venue noun name the venue («مبنى وزارة الشؤون البلدية والقروية»)
VENUE_WORDS = 4


@dataclass
class Place:
    """A place at tokens ``s``..``e - 1``: its name as written without clitics, its gazetteer
    code (None for a place only the entity layer knows) and what governs it: ``goal`` (إلى،
    لِـ), ``loc`` (في، بِـ، لدى) or ``""``."""
    s: int
    e: int
    name: str
    code: str | None
    role: str
    venue: bool = False  # a building or seat named by a venue noun (:func:`venues`)


def _role(t: Tokens, s: int, prefix: str) -> str:
    """goal, loc or "" from the place word's proclitic or the word before it (quotes and «كل من»
    aside)."""
    while s > 0 and t.is_punct[s - 1] and t.words[s - 1] not in "،,.":
        s -= 1
    if s > 2 and t.words[s - 2] in event_words("each") and t.words[s - 1] in event_words("each_of"):
        s -= 2  # «إلى كل من بلجيكا»: the preposition before «كل من»
    title = _capital_title(t, s)
    if title is not None:  # «في العاصمة العمانية مسقط»، «في العاصمة أبوظبي»: what governs the capital's title
        prefix, s = title
    prev = t.words[s - 1] if s else ""
    if prefix in event_words("goal_clitic") or prev in event_words("movement_prep"):
        return "goal"
    if prefix in event_words("locative_clitic") or prev in event_words("locative"):
        return "" if _after_topic(t, s - (not prefix)) else "loc"
    return ""


def _after_topic(t: Tokens, s: int) -> bool:
    """The place's preposition (token s) follows a noun of a state of affairs: the place is what is
    talked about, no seat («تركزت على الأوضاع في الشرق الأوسط»)."""
    return s > 0 and t.words[s - 1] in event_words("topic")


def _capital_title(t: Tokens, s: int) -> tuple | None:
    """(the proclitic of «العاصمة», its token) when it — with a nationality after it or not — stands
    right before the name at token s («بالعاصمة الروسية موسكو» → «ب»، «في العاصمة أبوظبي»), else None."""
    if s < 1 or t.is_punct[s - 1]:
        return None
    for capital in event_words("capital"):
        if t.words[s - 1].endswith(capital):
            return t.words[s - 1][:-len(capital)], s - 1
        if s >= 2 and t.words[s - 2].endswith(capital) and t.words[s - 1].startswith(ARTICLE):
            return t.words[s - 2][:-len(capital)], s - 2
    return None


def _clean_name(text: str, t: Tokens, j: int, n: int, prefix: str) -> str:
    """A gazetteer hit as written, its proclitic left out («للرياض» → «الرياض»)."""
    start = t.normalized.start(t.starts[j] + len(prefix))
    rest = text[start:t.end(j + n - 1)]
    if prefix.endswith(LIL) and key(ARTICLE + t.words[j][len(prefix):]) in gazetteer():
        return ARTICLE + rest
    return rest


def place_table(text: str, t: Tokens, place_at: dict, entities: list, actor_tokens: set) -> dict:
    """First token -> :class:`Place`: the gazetteer's hits, named as the entity mention there names
    them, and the entity layer's other place mentions; none inside an actor's phrase («زعيم كوريا
    الشمالية كيم جونغ أون»)."""
    places, to_norm = {}, t.normalized.to_norm
    mentions = {}
    for m in entities:
        s = bisect.bisect_right(t.starts, to_norm(m["start"])) - 1
        e = bisect.bisect_left(t.starts, to_norm(m["end"]))
        if 0 <= s < e and m["kind"] in PLACE_KINDS + ("government",):
            mentions[s] = (e, m)
    for j, (n, code, prefix) in place_at.items():
        if j not in actor_tokens:
            e, m = mentions.get(j, (None, None))
            name = written_name(text, m["start"], m["end"]) if m and e >= j + n else _clean_name(text, t, j, n, prefix)
            places[j] = Place(j, j + n, name, code, _role(t, j, prefix))
    for s, (e, m) in mentions.items():
        code = _named_state(t, place_at, s, e, m)
        if s not in places and (m["kind"] in PLACE_KINDS and s not in actor_tokens or code):
            prefix = t.normalized.norm[t.starts[s]:to_norm(m["start"])]
            places[s] = Place(s, e, written_name(text, m["start"], m["end"]), code, _role(t, s, prefix))
    for k, venue in venues(t, place_at).items():
        places.setdefault(k, venue)
    return places


def _venue_end(t: Tokens, k: int, definite: bool, place_at: dict) -> int:
    """Where the name of the venue whose noun is token k ends: its construct chain — indefinite
    words up to the first definite one («مكتب وزير الداخلية»، «مبنى مفوضية الانتخابات») — then the
    definite adjectives after it («الشؤون البلدية والقروية»); at most :data:`VENUE_WORDS` words,
    never over a mark, a stopword or a gazetteer place («بجدة»)."""
    e = k + 1
    while e < len(t) and e - k <= VENUE_WORDS and not (t.is_punct[e] or e in place_at or is_stopword(t.words[e])):
        w = t.words[e]
        if any(w.startswith(c) and w[len(c):].startswith(ARTICLE) for c in _clitics()) or w.startswith(_clitics_with_article()):
            break  # another place behind its preposition («مكتب ترامب بالبيت الأبيض»)
        article = w.startswith(ARTICLE) or (w[:1] in CONJUNCTIONS and w[1:].startswith(ARTICLE) and definite)
        if definite and not article:
            break
        definite = definite or article
        e += 1
    return e


def venues(t: Tokens, place_at: dict) -> dict:
    """First token -> :class:`Place` of each building or seat a venue noun names after في، إلى، بـ or
    لـ (event_words.tsv role ``venue``: «بمقر الرئاسة في رام الله»، «في مكتب وزير الداخلية بجدة»،
    «في الكرملين»): the noun and the words of its name after it, up to a mark, a stopword, a
    gazetteer place or :data:`VENUE_WORDS` words — where a meeting sits, which the gazetteer does
    not know."""
    heads, out = _venue_forms(), {}
    for k, w in enumerate(t.words):
        prefix, head = heads.get(w, (None, None))
        if prefix is None or t.is_punct[k]:
            continue
        role = _role(t, k, prefix)
        if not role:
            continue
        e = _venue_end(t, k, head.startswith(ARTICLE), place_at)
        if e == k + 1 and not head.startswith(ARTICLE):
            continue  # an indefinite noun alone names no venue («في مكتب»)
        start = t.normalized.start(t.starts[k] + len(prefix))
        out[k] = Place(k, e, t.normalized.original[start:t.end(e - 1)], None, role, venue=True)
    return out


@lexicon_cache
def _venue_forms() -> dict:
    """A venue noun with or without its proclitic -> (the proclitic, the noun): one lookup a token."""
    return clitic_forms(event_words("venue"))


@lexicon_cache
def _clitics() -> tuple:
    """The proclitics of a place word (event_words.tsv ``locative_clitic``, ``goal_clitic``)."""
    return tuple(event_words("locative_clitic") | event_words("goal_clitic"))


@lexicon_cache
def _clitics_with_article() -> tuple:
    """Those of them that hold the article («بال»، «لل»)."""
    return tuple(c for c in _clitics() if c.endswith(ARTICLE) or c.endswith(LIL))


def _named_state(t: Tokens, place_at: dict, s: int, e: int, m: dict) -> str | None:
    """The gazetteer code of a state the entity layer names by its body («سلطنة عمان»، «جمهورية مصر
    العربية»: a government, as it may act), else None: after إلى or في it is a place all the same."""
    if m["kind"] != "government" or e - s < 2:
        return None
    first = t.normalized.norm[t.normalized.to_norm(m["start"]):t.ends[s]]
    if first not in word_class("state_body"):
        return None
    return next((place_at[j][1] for j in range(s + 1, e) if j in place_at), None)


def _places_after(a: EventScan, c: Cue) -> list:
    """The places after the cue up to the next cue and :data:`PLACE_WINDOW` words (an actor's
    words and a time expression's not counted), in its clause, then — a place after في, or a movement's goal — across commas
    and quotes («استقبل الملك سلمان، الثلاثاء، الرئيس المصري، في "نيوم"»، «وصل ولي العهد، الأحد، إلى
    القاهرة»)."""
    t, found, budget, j = a.t, [], PLACE_WINDOW, c.after
    timed = _time_tokens(a, c.sent)
    while j < c.nxt and budget > 0:
        p = a.places.get(j)
        if p is not None and (t.clause[j] == c.cl or p.role == "loc" or p.role == "goal" and c.kind in MOVEMENTS):
            found.append(p)
            j = p.e
            continue
        budget -= j not in a.actor_tokens and not t.is_punct[j] and j not in timed
        j += 1
    return found


def _place_before(a: EventScan, c: Cue):
    """For a meeting or a visit noun: the nearest place after في or إلى before the cue in its sentence (and in its
    reported clause): «ويجري بومبيو محادثات في الرياض … قبل أن يلتقي …», «يتوجه إلى إسرائيل للقاء …»
    — not one a clause before it that it does not continue (:func:`_reaches`), nor one after «بين»
    (parties, not a seat: «الأزمة بين السعودية وقطر … قبل القمة»)."""
    t = a.t
    for j in range(c.k - 1, subject_region(t, c) - 1, -1):
        p = a.places.get(j)
        if p is not None and (p.role or _linked(a, p, c)) and p.e <= c.k \
                and not (p.s and t.words[p.s - 1] in event_words("between")):
            return p if _reaches(a, p, c) else None
    return None


def _linked(a: EventScan, p: Place, c: Cue) -> bool:
    """The place stands right before the link that opens the cue's clause, whatever governs it:
    the place «حيث» points back to («زار الرياض … حيث التقى»، «قادما من بروكسل، حيث كان يشارك في
    اجتماع»)."""
    t, j = a.t, p.e
    while j < c.k and t.is_punct[j]:
        j += 1
    return j < c.k and t.clause[j] == c.cl and lookup(t.words, j, _place_links()) is not None


def _reaches(a: EventScan, p: Place, c: Cue) -> bool:
    """A place in an earlier clause is the cue's only when the cue's clause says it happened there
    («حل في لندن، حيث التقى»، «في أديس أبابا، على هامش القمة») or the clauses between are times alone
    («كان في السعودية، الثلاثاء، لإجراء محادثات»); not across other words («الصراع في
    أفغانستان، في اليوم الثاني من القمة»)."""
    t = a.t
    first, last = t.clause[p.e - 1], c.cl
    if first == last:
        return True
    opening = next((j for j in range(p.e, c.k + 1) if t.clause[j] == last and not t.is_punct[j]), c.k)
    if lookup(t.words, opening, _place_links()) is not None:
        return True
    timed = _time_tokens(a, c.sent)
    between = [j for j in range(p.e, c.k) if first < t.clause[j] < last and not t.is_punct[j]]
    return bool(between) and all(j in timed for j in between)


@lexicon_cache
def _place_links() -> dict:
    """The words that open a clause set where the clause before it named (event_words.tsv, ``place_link``)."""
    return phrase_table((w, True) for w in event_words("place_link"))


def _time_tokens(a: EventScan, sent: int) -> set:
    """The tokens of the sentence's time expressions."""
    t, out = a.t, set()
    for i, d in a.dates_of(sent):
        e = bisect.bisect_left(t.starts, t.normalized.to_norm(d["end"]))
        out.update(range(i, max(e, i + 1)))
    return out


def _named_after(a: EventScan, c: Cue, after: list) -> list:
    """A meeting or visit noun's place right after it, no preposition between: the place it is named
    by or the goal it governs, before a place after في («قمة سنغافورة»، «مؤتمر ميونخ للأمن المنعقد في
    ألمانيا»، «يخطط لزيارة واشنطن»)."""
    return [after[0]] if c.pos == "noun" and after and after[0].s == c.after and not after[0].role else []


def _apposed(a: EventScan, p: Place) -> Place:
    """A capital named by its state («العاصمة المصرية») and then by its name between commas
    («إلى العاصمة المصرية، القاهرة،»): the name."""
    t = a.t
    if t.words[p.s] not in event_words("capital") or p.e + 1 >= len(t) or t.words[p.e] not in "،,":
        return p
    named = a.places.get(p.e + 1)
    return named if named is not None and t.clause[named.s] == t.clause[p.e + 1] else p


def _coordinated(a: EventScan, p: Place, c: Cue) -> list:
    """The place and those joined to it by و (مدينتي عدن والمكلا)."""
    out, j = [p], p.e
    while j in a.places and a.t.words[j].startswith(CONJUNCTIONS[0]) and a.t.clause[j] == c.cl:
        out.append(a.places[j])
        j = a.places[j].e
    return out


def places_of(a: EventScan, c: Cue) -> list:
    """The places of the event a cue names: a movement's goal (إلى، لِـ) before a place after في,
    a visit verb's first place (زار الصين), a departure's goal before the place it leaves, a meeting's place after في and a visit noun's after في or
    لِـ (after it, else before it in its sentence: «استهلها بمصر في زيارة»); a place after لِـ is no
    meeting's («معارضا شرسا لإيران»)."""
    if c.kind == "announcement":
        return []
    after = _places_after(a, c)
    ranked = {"goal": 0, "loc": 1, "": 2}
    if c.kind in ("trip", "arrival"):
        after = sorted((p for p in after if p.role), key=lambda p: ranked[p.role])
    elif c.kind == "departure":  # «غادر العاصمة صنعاء إلى سلطنة عمان»: a trip to its goal
        after = sorted(after, key=lambda p: ranked[p.role])
    elif c.kind in ("meeting", "summit"):
        after = _named_after(a, c, after) or _summoned_to(a, c, after) or [p for p in after if p.role == "loc"] or [
            p for p in [_place_before(a, c)] if p] or _goal_of_framing_visit(a, c) or _goal_of_journey_before(a, c)
    elif c.kind == "visit" and c.pos == "noun":
        after = _named_after(a, c, after) or [p for p in after if p.role] or [
            p for p in [_place_before(a, c)] if p]
    return _coordinated(a, _apposed(a, after[0]), c) if after else []


def _summoned_to(a: EventScan, c: Cue, after: list) -> list:
    """A summons' goal, where the one summoned is called to and the meeting sits («استدعى رئيس الوزراء
    هاني الملقي غدا إلى الديوان الملكي»، «استدعاء سفير الاتحاد الأوروبي في روسيا إلى بروكسل»)."""
    if a.t.words[c.k][len(c.prefix):] not in event_words("summons"):
        return []
    return [p for p in after if p.role == "goal"][:1]


#: the journeys whose goal is where a meeting during them sits (not a departure: «قبل مغادرته إلى»)
FRAMING_JOURNEYS = ("visit", "trip", "arrival")


def _goal_of_framing_visit(a: EventScan, c: Cue) -> list:
    """A meeting with no place of its own, held on a journey that the next cue of its sentence names
    with its subject's pronoun («عقب لقاء نظيره التركي، خلال زيارته لتركيا»، «سيعقد اجتماعا … فور
    وصوله إلى الرياض»): the journey's goal."""
    if c.next_kind not in FRAMING_JOURNEYS:
        return []
    journey = cue_at(a.t, sorted(a.hits.cue_at), a.hits.cue_at, c.nxt)
    if not carries_pronoun(a.t, journey):
        return []
    return [p for p in _places_after(a, journey) if p.role == "goal"][:1]


def _goal_of_journey_before(a: EventScan, c: Cue) -> list:
    """A meeting its traveller holds — a verb («واجتمع») or a noun carrying the subject's pronoun
    («لقائه») — with no place of its own, after a journey a verb of its sentence told in the same
    reported clause: the journey's goal («توجه العبادي إلى البصرة …، واجتمع مع …»، «عندما زار الرياض
    في 9 تشرين الثاني حيث التقى بولي العهد»); not a meeting noun of its own («ووصل ماور إلى صنعاء …
    على أن يجري محادثات»), nor a call."""
    if c.pos != "verb" and not carries_pronoun(a.t, c):
        return []
    k, place = a.journeys.get(c.sent, (None, None))
    return [place] if place is not None and subject_region(a.t, c) <= k < c.k else []


def figurative(words, j0, where, clause) -> bool:
    """A movement verb whose goal (after إلى / ل / نحو / حتى, the subject may stand between) is an
    abstract object of :func:`.vocabulary.abstract_objects` before any place: وصل (الرئيس) إلى الحكم,
    «وصول ميغيل دياز-كانيل (58 عاما) إلى سدة الرئاسة» (a bracketed aside skipped, :func:`_goal_window`);
    or a number — a quantity reached, «وصول الأرباح إلى 2.5 مليار», or, with no place, right after
    the verb, «ليصل 2,2 مليار مستخدم» (not «وصل 3 وزراء إلى الرياض»)."""
    move_preps, objects = event_words("movement_prep"), abstract_objects()
    if j0 < len(words) and not where and _quantity_at(words, j0):
        return True
    seq = _goal_window(words, j0, where[0].s if where else len(words), clause)
    for i, j in enumerate(seq):
        if words[j][:1] == FOR:
            hit = lookup(words, j, objects)
            if hit and hit[2] in (FOR, LIL):
                return True
        if words[j] in move_preps:  # only the first goal counts
            return i + 1 < len(seq) and (_quantity_at(words, seq[i + 1]) or bool(lookup(words, seq[i + 1], objects)))
    return False


def _quantity_at(words, j: int) -> bool:
    """A number at ``j`` that counts a quantity, not a length of time («امتد لـ18 يوما»)."""
    return is_number(words[j]) and not (j + 1 < len(words) and words[j + 1] in lexicon().units)


#: how many words after a movement verb its goal is looked for
GOAL_WINDOW = 6
#: the longest bracketed aside skipped on the way to a goal («(58 عاما)»)
ASIDE_MAX = 8


def _goal_window(words, j0, stop, clause) -> list:
    """Up to :data:`GOAL_WINDOW` positions from j0 on, in j0's clause, before ``stop``; a bracketed
    aside (its brackets and what they hold) is skipped and the clause after it goes on."""
    out, j, cl = [], j0, clause[j0] if j0 < len(words) else None
    while j < min(len(words), stop) and len(out) < GOAL_WINDOW:
        if words[j] == "(":
            close = next((i for i in range(j + 1, min(len(words), j + ASIDE_MAX)) if words[i] == ")"), None)
            if close is not None and close + 1 < len(words):
                j, cl = close + 1, clause[close + 1]
                continue
        if clause[j] != cl:
            break
        out.append(j)
        j += 1
    return out

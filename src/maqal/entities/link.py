"""Coreference within one article, and the rows of the entities table.

Persons: a full name makes an entity; a shorter form whose words all belong to it (a surname
«بومبيو», «كيم») joins it, and such words are also found where no title announced them.  A
title-only mention («الوزير», «نظيره القطري», «المبعوث الأممي») joins the latest named person
before it whose title shares its head (and whose affiliation agrees).  Other mentions share an
entity when they name the same body or place.  A chain's title and affiliation fill its mentions
that lack them; its ``name`` is its fullest form.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable
from functools import cache, partial

from ..clitics import FUTURE_PROCLITICS, without_proclitic
from ..lexicons import lexicon_cache
from ..normalized import is_number
from . import vocabulary as vocab
from .morphology import ARTICLE, CONJUNCTIONS, FOR, LIL, PREPOSITIONS, core_of, readings, without_article
from .scan import COMMA, Mention, Scanner, covered_tokens, tokens_where

#: a name word shorter than this is never looked for alone
MIN_SURNAME = 3


def surname_mentions(sc: Scanner, mentions: list[Mention], only: frozenset[str] | None = None) -> list[Mention]:
    """Later (or earlier) mentions by one word of a person's name, outside any other mention
    (``only``: of these words alone)."""
    links = vocab.name_links()
    owners: dict[str, set[tuple[str, ...]]] = {}
    for m in mentions:
        if m.kind == "person" and m.name:
            joined = _joined_links(m.name)
            for w in joined:  # «الملك» of «عبد الملك» is no name of its own
                if len(w) >= MIN_SURNAME and w not in links and not vocab.is_stopword(w) \
                        and w not in vocab.word_class("compound_tail") and (only is None or w in only):  # «الله» of «فتح الله», «الدين» of «تقي الدين»
                    owners.setdefault(w, set()).add(joined)
    if not owners:
        return []
    covered = covered_tokens(len(sc.words), [m for m in mentions if not _body_of_a_person(sc, m)])
    rests = _name_rests(owners)
    surname_of: dict[str, tuple[int, str] | None] = {}  # each distinct word read once (a long article repeats them)
    person_starts = {m.first for m in mentions if m.kind == "person" and m.type == "named"}
    out = []
    after = 0  # the token after the latest mention made here
    for i in _maybe_surnames(sc.words, owners):
        if covered[i] or i < after:
            continue
        tok = sc.words[i]
        found = surname_of.get(tok, False)
        if found is False:
            found = surname_of[tok] = next(((skip, core) for skip, core in readings(tok)
                                            if core in owners and (skip == 0 or not core.startswith(ARTICLE))), None)
        if found is not None and not _dated_month(sc.words, i, found[1]) and not _named_day(sc.words, i, found[1]) \
                and not _title_of_the_next(sc, i, person_starts):
            last = _rest_of_name(sc.words, covered, i, found[1], rests)
            out.append(Mention(i, last, found[0], "person", "named", (found[1], *sc.words[i + 1:last + 1])))
            after = last + 1
    return out


def _title_of_the_next(sc: Scanner, i: int, person_starts: set[int]) -> bool:
    """The word at ``i`` is a title right before a person's name («واطلع الشيخ | عبدالله بن زايد»): no
    surname of a name holding it («إسماعيل ولد الشيخ أحمد»)."""
    found = sc.phrase_at(i) if i + 1 in person_starts else None
    return found is not None and found[2].type == "title"


def given_name_mentions(sc: Scanner, before: list[Mention], after: list[Mention]) -> list[Mention]:
    """Mentions by the given name alone of a person whose given name ``extend.given_names_before``
    put before the family name (``before`` → ``after``: «ميلانيا ترامب» … «أعلن البيت الأبيض أن
    ميلانيا»), unless two people of the text bear it (a given name tells them apart from no one)."""
    given = {n.name[0] for o, n in zip(before, after) if n.first < o.first and _given_name_alone(n.name[0])}
    if not given:
        return []
    bearers: dict[str, set[str]] = {}
    for m in after:
        if m.kind == "person" and len(m.name) > 1 and m.name[0] in given:
            bearers.setdefault(m.name[0], set()).add(m.name[-1])
    return surname_mentions(sc, after, frozenset(w for w, last in bearers.items() if len(last) == 1))


def _given_name_alone(w: str) -> bool:
    """A given name that may stand alone for its bearer: a listed one, or one that opens as no
    verb does (ميلانيا; not «السلطات تستجوب» glued before «نتنياهو»)."""
    return w in vocab.given_names() or w in vocab.name_words() \
        or not w.startswith(vocab.longest_first("verb_prefix") + vocab.longest_first("twin_verb_prefix"))


def _body_of_a_person(sc: Scanner, m: Mention) -> bool:
    """A body named by a ``person_body`` head and a name after it («مكتب الحريري», «حزب ميركل»,
    «مؤسسة كوفي أنان»): the person's name in it is a mention of the person too."""
    return m.kind not in ("person", "anonymous", "place") and m.last > m.first and \
        without_article(core_of(sc.words[m.first], m.skip)) in vocab.word_class("person_body")


def _maybe_surnames(words: list[str], owners) -> list[int]:
    """Indices of the tokens that may be a name word of ``owners``: the word itself, or behind
    و/ف, ب/ك/ل or both (the readings :func:`.morphology.readings` makes of a word not taken with
    the article); the others are not read at all."""
    forms = set(owners)
    for w in owners:
        if not w.startswith(ARTICLE):
            behind = [p + w for p in PREPOSITIONS]
            forms.update(behind, (c + f for c in CONJUNCTIONS for f in [w, *behind]))
    return [i for i, w in enumerate(words) if w in forms]


def short_body_names(sc: Scanner, mentions: list[Mention]) -> list[Mention]:
    """Later mentions of a body by its name without the head it was first named with («شركة كيا
    موتورز» … «كيا», «تحالف سائرون» … «سائرون», «جامعة هارفارد الأمريكية» … «هارفارد»), outside any
    other mention: the rare words of the name (:func:`_short_name`), or the first of them when it is
    no name word; the body's entity by its words.  Not before the full name: a word in brackets there
    may be another body's other name («في المغرب (سامير)»)."""
    short: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    persons = {w for m in mentions if m.kind == "person" for w in m.name}  # «جماعة غولن»: «غولن» is the man
    for m in mentions:
        rest = _short_name(sc, m, persons)
        if rest:
            full = m.canonical or " ".join((core_of(sc.words[m.first], m.skip), *sc.words[m.first + 1:m.last + 1]))
            for form in {rest, rest[:1]} if rest[0] not in vocab.name_words() else {rest}:
                short.setdefault(rest[0], []).append((form, full, m))
    if not short:
        return []
    covered = covered_tokens(len(sc.words), mentions)
    out, after = [], 0
    for i in tokens_where(sc.words, {}, lambda w: any(core in short for _, core in readings(w))):
        w = sc.words[i]
        if covered[i] or i < after or i and _name_word_before(sc.words[i - 1]):
            continue  # «فتح الله | غولن»: a person's family name after «جماعة غولن»
        found = next(((skip, x) for skip, core in readings(w) for x in sorted(short.get(core, ()), key=lambda x: -len(x[0]))
                      if i > x[2].last and tuple(sc.words[i + 1:i + len(x[0])]) == x[0][1:]
                      and not any(covered[i:i + len(x[0])])), None)
        if found is not None:
            skip, (form, full, m) = found
            out.append(Mention(i, i + len(form) - 1, skip, m.kind, "named", (), full, m.affiliation))
            after = i + len(form)
    return out


def _name_word_before(w: str) -> bool:
    return w in vocab.given_names() or w in vocab.name_words() or w in vocab.word_class("compound_tail")


def _short_name(sc: Scanner, m: Mention, persons: set[str]) -> tuple[str, ...]:
    """The words after the head of a named body that opens with a ``short_name_head`` («شركة»,
    «تحالف», «جامعة») up to its first word with the article, when each is a word the reference
    corpus seldom holds, no person's name word of the text, no noun of the feminine or plural
    ending («تسوية منازعات», «مظاهرة») and no inflected word («تحالف يقوده»), and no known phrase
    opens there; () for any other mention."""
    if m.kind not in BODY_KINDS or m.type != "named" or m.last == m.first:
        return ()
    if without_article(core_of(sc.words[m.first], m.skip)) not in vocab.word_class("short_name_head"):
        return ()
    rest: list[str] = []
    for w in sc.words[m.first + 1:m.last + 1]:
        if w.startswith(ARTICLE) or not w[0].isalpha() and rest:
            break
        if w[0].isalpha():
            rest.append(w)
    if not rest or len(rest) > MAX_SHORT_NAME or sc.phrase_at(m.first + 1) or any(
            len(w) < MIN_SURNAME or vocab.is_frequent(w) or vocab.reference_counts().get(w, 0) >= RARE_BODY_WORD
            or w in persons or w.endswith(NOUN_ENDINGS) or vocab.is_inflected_word(w) for w in rest):
        return ()
    return tuple(rest)


#: a body's name without its head is looked for when it has at most this many words after the head
MAX_SHORT_NAME = 3
#: endings of a common noun (a feminine singular, a feminine plural), never a body's short name
NOUN_ENDINGS = ("ة", "ات")
#: reference count from which a word of a body's name is too common to name the body alone
RARE_BODY_WORD = 300


def head_anaphors(sc: Scanner, mentions: list[Mention]) -> list[Mention]:
    """A definite head noun standing alone after the text named a body or place with it («مسجد
    الإمام الصادق» … «داخل المسجد», «قطاع غزة» … «وسط القطاع»): a mention of the latest such body
    or place (an ``anaphor`` :func:`link` ties to it, with the demonstrative before it: «هذه
    المنطقة»), outside any other mention and not before a definite word that may describe it
    («القطاع الخاص»)."""
    heads = vocab.anaphor_heads()
    named = sorted((m.first, without_article(core_of(sc.words[m.first], m.skip)), m.kind) for m in mentions
                   if m.kind not in ("person", "anonymous") and m.type == "named" and m.last > m.first)
    named = [x for x in named if x[1] in heads]
    if not named:
        return []
    covered = covered_tokens(len(sc.words), mentions)
    kind_of: dict[str, str] = {}
    out, n = [], 0
    for i in _definite_heads(sc.words):
        tok = sc.words[i]
        while n < len(named) and named[n][0] < i:
            kind_of[named[n][1]] = named[n][2]
            n += 1
        if covered[i] or not kind_of or i + 1 < len(sc.words) and sc.words[i + 1].startswith(ARTICLE):
            continue
        found = next(((skip, core) for skip, core in readings(tok)
                      if core.startswith(ARTICLE) and core[len(ARTICLE):] in kind_of), None)
        if found is not None:
            head = found[1][len(ARTICLE):]
            pointed = found[0] == 0 and i > 0 and not covered[i - 1] and sc.words[i - 1] in vocab.word_class("demonstrative")
            out.append(Mention(i - pointed, i, 0 if pointed else found[0], kind_of[head], "anaphor", head=head))
    return out


def _definite_heads(words: list[str]) -> list[int]:
    """The tokens a reading of which is a definite head noun (ال + one of
    :func:`vocab.anaphor_heads`): the only ones :func:`head_anaphors` may take."""
    heads = vocab.anaphor_heads()
    return tokens_where(words, definite_head_words(), lambda w: any(
        core.startswith(ARTICLE) and core[len(ARTICLE):] in heads for _, core in readings(w)))


@lexicon_cache
def definite_head_words() -> dict:
    """Token → whether a reading of it is ال + an anaphor head: the memo of :func:`_definite_heads`."""
    return {}


def names_cut_at_known(sc: Scanner, mentions: list[Mention]) -> None:
    """A person's name that runs on past the full name of someone named before it, or past a word
    of such a name that is no given name, into a word that no name holds or that belongs to another
    person named before, ends there («ووصف نصرالله | الضربة» after «حسن نصرالله», «سيلتقي مون |
    كيم» after «مون جاي-إن» and «كيم جونغ-أون»): the words after it are the sentence's; and it
    starts there when only words no name holds open it («محامي دانيالز» after «ستورمي دانيالز»)
    (mentions in text order; changed in place)."""
    holding: dict[str, dict[tuple[str, ...], None]] = {}  # word → the earlier names of 2+ words holding it (each once)
    alone = cache(partial(_called_alone, sc, _person_name_words(mentions)))  # the text read when first asked
    for m in mentions:
        if m.kind != "person" or m.type != "named" or not m.name:
            continue
        n = m.name
        if len(n) > 1 and len(n) == m.last - m.first + 1:
            p = next((p for p in range(len(n) - 1, 0, -1) if (_known_before(n[:p], holding) or _given_before_word(n[:p], n[p], holding, alone))
                      and _not_of_it(n[:p], n[p], holding)), 0)
            if p:
                m.name, m.last = n[:p], m.first + p - 1
            p = _words_before_known(m.name, holding)
            if p:  # «وقال مايكل أفيناتي، محامي | دانيالز», «الشرطة تستجوب | نتنياهو»
                m.name, m.first, m.skip = m.name[p:], m.first + p, 0
        if len(m.name) > 1:
            for w in set(m.name):
                holding.setdefault(w, {})[m.name] = None


def names_cut_at_later_surname(mentions: list[Mention]) -> None:
    """A name whose last word is no name word, while the text later calls the person by the word
    before it alone and never by that last word, ends before it («الممثلة الإباحية ستورمي دانيالز
    | لإجبار» … «دانيالز»): the last word was the sentence's (changed in place)."""
    alone = {m.name[0] for m in mentions if m.kind == "person" and m.type == "named" and len(m.name) == 1}
    for m in mentions:
        n = m.name
        if m.kind == "person" and m.type == "named" and len(n) > 2 and len(n) == m.last - m.first + 1 \
                and n[-2] in alone and n[-1] not in alone and n[-2] not in vocab.name_links() | vocab.given_names() \
                and (n[-1] not in vocab.name_words() or vocab.is_inflected_word(n[-1])):
            m.name, m.last = n[:-1], m.last - 1


def _words_before_known(name: tuple[str, ...], holding: dict) -> int:
    """How many words open a name before the full name or surname of someone named earlier when
    each of them is a title in construct, a title of ``entity_titles.tsv`` without its article
    («محامي دانيالز»); 0 for none. Any other word may be a given name: «البروفيسور يوهانس تشان»
    after «القاضي أندرو تشان» is another man."""
    for p in range(1, len(name)):
        entry = vocab.phrases().get((ARTICLE + name[p - 1],))
        if entry is None or entry.type not in ("title", "counterpart") or name[p - 1] in holding \
                or name[p - 1] in vocab.given_names() or name[p - 1] in vocab.name_words():  # «رفيق الحريري»
            return 0
        if _known_before(name[p:], holding):
            return p
    return 0


def _known_before(part: tuple[str, ...], holding: dict) -> bool:
    """A name named in full before, or one word of an earlier name that is no given name (a surname)."""
    if len(part) == 1:
        w = part[0]
        return len(w) >= MIN_SURNAME and w in holding and w not in vocab.given_names() and w not in vocab.name_links()
    return part in holding.get(part[0], ())


def _person_name_words(mentions: list[Mention]) -> dict[str, set[str]]:
    """Each word of a person's name of 2+ words → the words of every such name holding it."""
    names: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind == "person" and m.type == "named" and m.name and len(m.name) > 1:
            for w in m.name:
                names.setdefault(w, set()).update(m.name)
    return names


def _called_alone(sc: Scanner, names: dict[str, set[str]]) -> set[str]:
    """The words of persons' names of 2+ words (``names``: :func:`_person_name_words`) that the
    text also writes with no other word of those names beside them («حسن» after «جميل حسن»: «بحق
    حسن مبنية»)."""
    out = set()
    if not names:
        return out  # (no name of two words or more: no word of one is called alone)
    for j in tokens_where(sc.words, {}, lambda w: any(core in names for _, core in readings(w))):
        for _, core in readings(sc.words[j]):
            if core in names and core not in out and not any(
                    0 <= k < len(sc.words) and _other_word_of(core_of(sc.words[k], 0), core, names[core])
                    for k in (j - 1, j + 1)):
                out.add(core)
    return out


def _other_word_of(word: str, core: str, name_words: set[str]) -> bool:
    """``word`` is one of ``name_words`` other than ``core`` (no copy of the set per question: a
    long text's «محمد» is part of hundreds of names)."""
    return word != core and word in name_words


def _given_before_word(part: tuple[str, ...], word: str, holding: dict, alone: Callable[[], set[str]]) -> bool:
    """A given name that a name of 2+ words before holds and the text calls someone by alone
    («كيم» of «كيم جونغ أون», «صالح» of «علي عبدالله صالح»), before a word of the reference corpus no
    name and no family is made of («سيرافق كيم | وفد», «ترامب وكيم | خلت», «وصالح | هرب»): that word
    is the sentence's (not «محمد | البريك» in a list of players: no «محمد» alone). ``alone``: the
    words :func:`_called_alone` finds, asked for last (reading the text for them costs most)."""
    return len(part) == 1 and part[0] in holding and part[0] in vocab.given_names() and part[0] in alone() \
        and vocab.reference_counts().get(word, 0) >= vocab.INFLECTED and word not in vocab.surnames() \
        and not word.endswith(vocab.longest_first("family_nisba"))


def _not_of_it(part: tuple[str, ...], word: str, holding: dict) -> bool:
    """The word after a known name is no more of it: none of the earlier names holding the name
    goes on with it, it is no link, and it is a word no name holds or a word of another person's name."""
    if word in vocab.name_links() or not holding.get(word, {}).keys().isdisjoint(holding.get(part[-1], {}).keys()):
        return False  # «عبد الله بن زايد | آل نهيان»: a link goes on with the name (a name holds both)
    if word not in holding and _rare_family_nisba(word):
        return False  # «تركي عمر | السفياني» after «تركي عمر»: the family name, said this time
    return word in holding or word not in vocab.name_words() or vocab.is_inflected_word(word)


def _rare_family_nisba(word: str) -> bool:
    """A family nisba with the article the reference corpus seldom holds and no nationality (السفياني)."""
    return word.startswith(ARTICLE) and word.endswith(vocab.longest_first("family_nisba")) \
        and vocab.reference_counts().get(word, 0) < vocab.INFLECTED and word not in vocab.nationalities()


def _rest_of_name(words: list[str], covered, i: int, core: str, rests: dict) -> int:
    """The last token of a later mention that repeats more of one name in order («من جادا بينكت»:
    one mention, not two surnames). ``rests``: see :func:`_name_rests`."""
    node, j = rests[core], i + 1
    while j < len(words) and not covered[j] and words[j] in node:
        node, j = node[words[j]], j + 1
    return j - 1


def _name_rests(owners: dict[str, set[tuple[str, ...]]]) -> dict[str, dict]:
    """For each name word, the words that follow it in the names it is part of, as a tree (word →
    next words), and the name's last word right after it (the middle names left out): the longest
    repeat is one walk down it, however many names share the word (a long text names hundreds of
    «محمد»)."""
    rests: dict[str, dict] = {}
    for core, names in owners.items():
        root = rests[core] = {}
        for name in names:
            node = root
            for w in name[name.index(core) + 1:]:
                node = node.setdefault(w, {})
            if name.index(core) + 2 < len(name):  # «مفرح الشديدي» of «مفرح أحمد الشديدي»: the middle names left out
                root.setdefault(name[-1], {})
    return rests


def _named_day(words: list[str], i: int, core: str) -> bool:
    """A surname that opens a named day with the words after it: the day («بعيد الفطر»), not «عيد»."""
    return any(day[0] == core and tuple(words[i + 1:i + len(day)]) == day[1:] for day in vocab.named_days() if len(day) > 1)


def _dated_month(words: list[str], i: int, core: str) -> bool:
    """A surname that is a month name, beside a number: the month («15 ماي 2018»), not «ماي»."""
    return core in vocab.month_names() and any(
        0 <= j < len(words) and is_number(words[j]) for j in (i - 1, i + 1))


class Chains:
    """Entities of one article: mention → entity number, and each entity's facts."""

    def __init__(self):
        self.of: dict[int, int] = {}  # mention index → entity
        self.names: list[tuple[str, ...]] = []  # person entity → its fullest name (normalised words)
        self.keys: dict[tuple, int] = {}
        self.count = 0
        # indexes that keep each lookup near constant time (a long article has many mentions)
        self.within: dict[tuple, int] = {}  # (kind, run of 2+ words) → entity of the latest key holding it
        self.firsts: dict[int, list[tuple[int, int]]] = {}  # person entity → sorted (first token, order linked)
        self.full_names: dict[str, list[tuple[int, int]]] = {}  # name word → sorted (first token, entity) of the names of 2+ words holding it
        self.alone: dict[str, list[tuple[int, int]]] = {}  # name word → sorted (first token, entity) of the person mentions by it alone
        self.word_firsts: dict[tuple[str, int], list[int]] = {}  # (name word, entity) → sorted first tokens of both lists above
        self.last_body: dict[str, int] = {}  # head word → latest body or place mention opening with it
        self.last_anonymous: dict[str, int] = {}  # head word → entity of the latest unnamed source with it (مصدر)
        self.anonymous_words: dict[tuple[str, ...], int] = {}  # an unnamed source's words (2+) → its entity
        self.last_place: int | None = None  # the latest named place mention (what «المدينة» alone refers to)
        self.by_head: dict[tuple[str, str], list[tuple[frozenset, int]]] = {}  # (kind, head) → (content words, entity)
        self.body_affiliation: dict[int, str] = {}  # body entity → the country or body its names give
        self.bare: dict[tuple[str, ...], int] = {}  # a body's content words, with and without its wrapper head → entity
        self.last_group: int | None = None  # the entity of the latest group named by more than a group noun
        self.relatives: dict[str, int] = {}  # a kin noun with «his/her» («ابنته») → the entity it named last
        self.genders: dict[int, str] = {}  # person entity → "f"/"m" its mentions tell (see person_gender)
        self.clubs: dict[int, tuple[int, int]] = {}  # club entity → (mentions so far, latest): the most named is what «الفريق» alone refers to
        self.introduced: list[tuple[int, int]] = []  # sorted (first token, entity) of each named person
        self.sentence_ends: list[int] = []  # sorted tokens that end a sentence

    def new(self) -> int:
        self.count += 1
        return self.count - 1

    def add_key(self, ident: tuple, e: int) -> None:
        """``keys[ident] = e``, and every run of two or more of its words indexed for
        :func:`_body_entity` (a later key overrides an earlier one, as the latest wins)."""
        self.keys[ident] = e
        kind, words = ident[0], ident[1].split()
        for a in range(len(words)):
            for b in range(a + 2, len(words) + 1):
                self.within[(kind, tuple(words[a:b]))] = e

    def link_person(self, k: int, e: int, first: int) -> None:
        """``of[k] = e`` for a named person, remembered for :func:`_latest_before`."""
        self.of[k] = e
        bisect.insort(self.firsts.setdefault(e, []), (first, len(self.of)))


def parenthesised_aliases(sc: Scanner, mentions: list[Mention]) -> dict[int, int]:
    """Mention index → the index of the body or group it names again in brackets right after it
    («حركة المقاومة الإسلامية (حماس)», «وكالة الاستخبارات المركزية (سي آي إيه)»); an outlet in
    brackets after a place or body is the dateline's credit («أبوظبي، الإمارات العربية المتحدة (CNN)»),
    no other name of it."""
    words, out = sc.words, {}
    for k in range(1, len(mentions)):
        before, m = mentions[k - 1], mentions[k]
        if m.type == "alias":  # found in brackets or quotes after its body (extend.bracketed_names)
            out[k] = k - 2 if before.kind == "place" and k > 1 and before.first == mentions[k - 2].last + 1 else k - 1
        elif before.kind != "person" and m.kind != "person" and (m.kind == "media") == (before.kind == "media") \
                and m.first == before.last + 2 \
                and words[before.last + 1] in vocab.word_class("bracket_open") \
                and m.last + 1 < len(words) and words[m.last + 1] in vocab.word_class("bracket_close"):
            out[k] = k - 1
    return out


#: tokens at most between a title-only mention and the name it introduces (a place phrase, a comma)
TITLE_TO_NAME_GAP = 6


def titles_before_names(sc: Scanner, mentions: list[Mention]) -> dict[int, int]:
    """Title-only mention index → the index of the named person right after it whose name the
    title introduces across a place phrase («الملحق الثقافي في أستراليا الدكتور عبدالعزيز بن طالب»,
    «المتحدث باسم التحالف في اليمن، العقيد الركن تركي المالكي»): only other mentions and a
    preposition between them, and a comma or a title of address before the name."""
    words, out = sc.words, {}
    prepositions = vocab.word_class("place_preposition")
    for k, m in enumerate(mentions):
        if m.kind != "person" or m.type != "title":
            continue
        j, between = k + 1, set()
        while j < len(mentions) and mentions[j].kind not in ("person", "anonymous"):
            between.update(range(mentions[j].first, mentions[j].last + 1))
            j += 1
        if j == len(mentions) or mentions[j].type != "named" or mentions[j].kind != "person":
            continue
        start = min([mentions[j].first, *mentions[j].title_tokens])
        if _note_between(words, m.last + 1, start):
            out[k] = j
            continue
        comma = start > 0 and words[start - 1] in COMMA
        if not (comma or _addressed(sc, mentions[j])) or start - comma - m.last - 1 > TITLE_TO_NAME_GAP:
            continue
        gap = [t for t in range(m.last + 1, start - comma) if t not in between]
        if len(gap) <= 1 and all(words[t] in prepositions for t in gap) and (gap or between or comma):
            out[k] = j
    return out


#: tokens at most inside a note in brackets between a title and the name after it
NOTE_IN_BRACKETS = 6


def _note_between(words: list[str], a: int, b: int) -> bool:
    """Only a short note in brackets stands in tokens ``a``..``b - 1``, between a title and the name
    it introduces («رئيس حزب الشعب الجمهوري (اشتراكي ديمقراطي) كمال كيليشدار أوغلو»)."""
    marks = vocab.word_class("bracket_open") | vocab.word_class("bracket_close")
    return 2 < b - a <= NOTE_IN_BRACKETS + 2 and words[a] in vocab.word_class("bracket_open") \
        and words[b - 1] in vocab.word_class("bracket_close") and not marks & set(words[a + 1:b - 1])


def _addressed(sc: Scanner, m: Mention) -> bool:
    """A named person whose title opens with a title of address («الدكتور عبدالعزيز»)."""
    if not m.title_tokens:
        return False
    entry = sc.phrases.get((core_of(sc.words[m.title_tokens[0]], m.title_skip),))
    return entry is not None and entry.honorific


def link(mentions: list[Mention], aliases: dict[int, int] | None = None,
         titled_names: dict[int, int] | None = None, sentence_ends: list[int] | None = None) -> list[int]:
    """The entity of each mention (mentions in text order); ``aliases`` (from
    :func:`parenthesised_aliases`) join a bracketed name to the body before it, ``titled_names``
    (from :func:`titles_before_names`) a title-only mention to the name it introduces; ``sentence_ends``
    are the tokens that end a sentence (sorted)."""
    aliases, titled_names = aliases or {}, titled_names or {}
    chains = Chains()
    _link_named_persons(mentions, chains)
    chains.introduced = sorted((firsts[0][0], e) for e, firsts in chains.firsts.items())
    chains.sentence_ends = sentence_ends or []
    facts: dict[int, tuple[set, str]] = {}
    for k, e in chains.of.items():
        heads, affiliation = facts.setdefault(e, (set(), ""))
        facts[e] = (heads | mentions[k].title_words, affiliation or mentions[k].affiliation)
    titled = NamedPersons(facts)
    for k, e in chains.of.items():
        titled.add(k, e)
    for k, m in enumerate(mentions):
        if k in chains.of:
            continue
        if m.type == "title" and titled_names.get(k) in chains.of:
            e = chains.of[k] = chains.of[titled_names[k]]
            heads, affiliation = titled.facts.get(e, (set(), ""))
            titled.update(e, set(heads) | m.title_words, affiliation or m.affiliation)
        elif m.type == "title":
            chains.of[k] = _title_antecedent(k, mentions, chains, titled)
        elif m.type == "anonymous":
            chains.of[k] = _anonymous_entity(m, chains)
            if m.words:
                chains.last_anonymous[m.words[0]] = chains.of[k]
        elif m.type == "anonymous_anaphor":  # «وقال المصدر» after «مصدر عسكري»; none without one
            chains.of[k] = chains.last_anonymous.get(m.head, -1)
        elif m.type == "anaphor":
            chains.of[k] = _body_antecedent(k, mentions, chains)
        elif m.type in ("state_anaphor", "own_state"):
            continue  # once every state is known (below)
        elif k in aliases and chains.of.get(aliases[k], -1) >= 0:
            chains.of[k] = chains.of[aliases[k]]
            chains.add_key((m.kind, m.canonical or " ".join(m.words)), chains.of[k])  # later «حماس» joins
        elif chains.last_group is not None and _bare_group_noun(m):
            chains.of[k] = chains.last_group  # «الميليشيات المسلحة» after «الحوثيون»
        else:
            chains.of[k] = _body_entity(m, chains)
            if m.kind == "person" and m.type == "named":
                titled.add(k, chains.of[k])
        if m.kind != "person" and chains.of[k] >= 0 and m.words:
            chains.last_body[m.words[0].removeprefix(ARTICLE)] = k
            if m.kind == "place" and m.type == "named":
                chains.last_place = k
            elif m.kind == "group" and not _bare_group_noun(m):
                chains.last_group = chains.of[k]
            elif chains.of[k] in chains.clubs or _is_club(m):
                count = chains.clubs.get(chains.of[k], (0, 0))[0]
                chains.clubs[chains.of[k]] = (count + 1, k)
    states = _states(mentions, chains)
    named = _StatesNamed(states, chains)
    kingdoms = _StatesNamed([j for j in states if mentions[j].state in vocab.kingdoms()], chains)
    person = None  # the latest person or anonymous mention before k
    for k, m in enumerate(mentions):
        if m.type == "state_anaphor":
            chains.of[k] = _state_antecedent(k, mentions, chains, kingdoms if m.state in vocab.kingdoms() else named)
        elif m.type == "own_state":
            chains.of[k] = _own_state(k, person, chains, named)
        if m.kind in ("person", "anonymous"):
            person = m
    return [chains.of[k] for k in range(len(mentions))]


def _anonymous_entity(m: Mention, chains: Chains) -> int:
    """An unnamed source written again in the same words («مصدر قضائي» … «مصدر قضائي», «مسؤولون في
    المهرجان» twice) is the one named so before; any other is a source of its own."""
    described = len(m.words) > 1
    e = chains.anonymous_words.get(m.words) if described else None
    if e is None:
        e = chains.new()
    if described:
        chains.anonymous_words[m.words] = e
    return e


def _link_named_persons(mentions: list[Mention], chains: Chains) -> None:
    """Named persons, longest names first: a name whose words all belong to a longer one
    (:func:`_same_given`) joins it — a surname alone the nearest full name before it —, any other
    makes an entity."""
    persons = sorted((k for k, m in enumerate(mentions) if m.type == "named" and m.kind == "person" and m.name),
                     key=lambda k: (-len(mentions[k].name), mentions[k].first))
    full: list[tuple[tuple[str, ...], frozenset[str], int]] = []
    holding: dict[str, list[int]] = {}  # word → indices into ``full`` of the names holding it
    fitting: dict[tuple[str, ...], tuple[list[int], int]] = {}  # name → (its fits, how many of ``full`` read)
    for k in persons:
        name = _joined_links(mentions[k].name)
        words = set(name)
        fits = _fits(name, words, full, holding, fitting)
        owner = [full[i][2] for i in fits if len(name) > 1 and full[i][0][0] == name[0]] or [full[i][2] for i in fits]
        gender = mentions[k].gender
        if gender and len(name) == 1:  # «السيدة تشو» is not the man «يقول تشو شيني»
            owner = [e for e in owner if chains.genders.get(e, gender) == gender]
        if len(name) == 1 and len(owner) > 1:
            chains.link_person(k, _nearest_full_name(name[0], owner, mentions, chains, k), mentions[k].first)
        elif owner:
            chains.link_person(k, _latest_before(owner, mentions, chains, k), mentions[k].first)
        else:
            e = chains.new()
            for w in words:
                holding.setdefault(w, []).append(len(full))
            full.append((name, frozenset(name), e))
            chains.link_person(k, e, mentions[k].first)
        for w in words:
            found = chains.full_names if len(name) > 1 else chains.alone
            bisect.insort(found.setdefault(w, []), (mentions[k].first, chains.of[k]))
            bisect.insort(chains.word_firsts.setdefault((w, chains.of[k]), []), mentions[k].first)
        if gender:
            chains.genders.setdefault(chains.of[k], gender)

def _fits(name: tuple[str, ...], words: set[str], full: list, holding: dict, fitting: dict) -> list[int]:
    """Indices into ``full`` (in order) of the longer names ``name`` may be a form of: names holding
    all its words (read from the fewest names holding one of them) of which :func:`_same_given`
    holds.  Kept per name, and on its next mention only the names made since are read (``full``
    only grows: a long article's repeated surname read every name holding it at each mention)."""
    fits, upto = fitting.get(name, (None, 0))
    if fits is None:
        fits = []
    if upto < len(full):
        fewest = min((holding.get(w, ()) for w in words), key=len)
        fits += [i for i in fewest[bisect.bisect_left(fewest, upto):] if words <= full[i][1] and _same_given(name, full[i][0])]
    fitting[name] = (fits, len(full))
    return fits


#: the letter of a feminine title («السيدة», «الوزيرة») and of a feminine verb («قالت», «تقول»)
FEMININE_END, FEMININE_PREFIX, MASCULINE_PREFIX = "ة", "ت", "ي"


def meets(before: str) -> bool:
    """The word before a mention is a verb whose object comes after its subject (``object_verb`` of
    ``entity_words.tsv``, behind و/ف and the future «س»)."""
    verbs = vocab.word_class("object_verb")
    return any(before[i:] in verbs for i in range(3) if before[:i] in ("", *CONJUNCTIONS, *(p for p, _ in FUTURE_PROCLITICS)))


def title_gender(m: Mention) -> str:
    """"f" for a feminine title's head («السيدة», «الوزيرة»; the head, not the body it serves: «وزير
    الخارجية»), else ""."""
    return "f" if m.head.endswith(FEMININE_END) else ""


def person_gender(m: Mention, before: str) -> str:
    """"f" for a person with a feminine title or after a feminine reporting verb in the present
    («السيدة تشو», «وتقول تشو»), "m" after a masculine one («يقول تشو شيني»), else ""."""
    if title_gender(m):
        return "f"
    verb = without_proclitic(before, CONJUNCTIONS, vocab.reporting_verbs())
    if verb not in vocab.reporting_verbs():
        return ""
    if verb[:1] not in (FEMININE_PREFIX, MASCULINE_PREFIX):
        return ""  # a past verb may have another subject and the name as object («اتهمت … أردوغان»)
    return "f" if verb.startswith(FEMININE_PREFIX) else "m"


def _same_given(short: tuple[str, ...], longer: tuple[str, ...]) -> bool:
    """Whether a shorter name may be a form of a longer one holding its words: a surname alone, a
    name opening as the longer one does («عمر أبوشوشة», «عمر أحمد أبوشوشة»), a family name
    opening with a link («ولد الشيخ», «بن سلمان») or ending it, not after «بن» («لوبيز أوبرادور»,
    «تقي الدين»); two names with different given names are two people («حمد آل ثاني», «تميم بن
    حمد آل ثاني»; «أحمد عمر أبوشوشة», «عمر أحمد أبوشوشة»). A name opening as one of its owners
    does goes to those (``link``: «عمر أبوشوشة» is «عمر أحمد أبوشوشة», not the «أحمد عمر أبوشوشة»
    it ends)."""
    if len(short) == 1 or short[0] == longer[0] or short[0] in vocab.name_links():
        return True
    tail = len(longer) - len(short)
    return tail > 0 and longer[tail:] == short and longer[tail - 1] not in vocab.word_class("patronymic_link")


def owned_bodies(sc: Scanner, mentions: list[Mention]) -> None:
    """A body that belongs to a government body, «X التابع لـ Y» (``subordinate``), is of Y's kind
    — government —, not of its head's («مرصد الفتاوى التكفيرية والآراء المتشددة التابع لدار الإفتاء
    المصرية»: the observatory is the state's; its later «المرصد» follows by
    :func:`take_antecedent_kinds`)."""
    owned = vocab.word_class("subordinate")
    for before, m in zip(mentions, mentions[1:]):
        if before.kind == "organisation" and m.kind == "government" and m.skip > 0 \
                and m.first == before.last + 2 and sc.words[before.last + 1] in owned:
            before.kind = "government"


def speaking_facilities(sc: Scanner, mentions: list[Mention]) -> None:
    """A facility that speaks is the body that runs it, an organisation, not a place: right after a
    reporting verb or «باسم» («وقال المطار»، «متحدث باسم مطار بلاكبوش»، «بحسب ما أعلنه مستشفى»;
    ``managed_facility``), where after «في/إلى» it stays the place it is."""
    facility, speaking = vocab.word_class("managed_facility"), vocab.reporting_verbs() | vocab.word_class("portfolio_link")
    for m in mentions:
        if m.kind == "place" and m.first > 0 and m.skip == 0 and sc.words[m.first] in facility \
                and sc.words[m.first - 1] in speaking:
            m.kind = "organisation"


def take_antecedent_kinds(mentions: list[Mention], entity: list[int]) -> None:
    """A definite head standing for a body named before it is of that body's kind, not of its head's
    («الوكالة» after «الوكالة الدولية للطاقة الذرية» an organisation, «المفوضية» after «مفوضية
    الانتخابات» the state's)."""
    kind_of: dict[int, str] = {}
    for m, e in zip(mentions, entity):
        if e < 0 or m.kind not in BODY_KINDS and not (m.kind == "place" and m.type == "named" and not m.state):
            continue  # (a place that is no state too: «القناة» after «قناة السويس الجديدة» is the canal)
        if m.type == "anaphor" and e in kind_of:
            m.kind = kind_of[e]
        elif m.type == "named":
            kind_of[e] = m.kind


def _joined_links(name: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words with «عبد» written to the word after it (عبد الفتاح → عبدالفتاح), as the
    other spelling of the same name writes them."""
    out: list[str] = []
    for w in name:
        if out and out[-1] in vocab.word_class("joined_link"):
            out[-1] += w
        else:
            out.append(w)
    return tuple(out)


def _body_entity(m: Mention, chains: Chains) -> int:
    """Bodies and places: one entity per canonical name (or normalised words), a country and the
    capital acting for it one per state; a shorter form inside an earlier one of the same kind
    («طيران الهند» in «شركة طيران الهند») joins it."""
    words = m.canonical.split() if m.canonical else list(m.words)
    ident = (m.kind, " ".join(words))
    if m.state and (m.kind == "government" or m.canonical == m.state):
        ident = ("state", m.state)  # «إيران» acting and as a place, «دمشق» acting: one entity, the state
    elif m.kind == "government" and _armed_forces(m):
        ident = ("army", m.affiliation)  # «الجيش الإسرائيلي», «القوات الإسرائيلية»: one army
    elif m.kind == "group" and (state := _people_state(m)):
        ident = ("state", state)  # «الأمريكيون» as a party: the United States («واشنطن», «الولايات المتحدة»)
    elif m.kind == "group" and (stem := _group_stem(words)):
        ident = ("group", stem)  # «الحوثيون», «الميليشيات الحوثية», «المتمردين الحوثيين»: one group
    if ident not in chains.keys:
        inside = chains.within.get((m.kind, tuple(words))) if len(words) > 1 else None
        if inside is None and ident[0] != "state":
            inside = _same_body(m.kind, words, chains, m.affiliation)
        forms = _bare_forms(words) + (_bare_forms(m.words) if m.canonical and m.kind in BODY_KINDS else [])
        if inside is None and ident[0] != "state" and m.kind in BODY_KINDS:
            inside = next((chains.bare[f] for f in forms if f in chains.bare), None)
        if inside is None and m.kind == "place" and len(words) == 2 and words[0] in vocab.word_class("place_unit"):
            inside = chains.keys.get(("place", words[1]))  # «أرحب» (after a front) … «مديرية أرحب»: one place
        e = inside if inside is not None else chains.new()
        chains.add_key(ident, e)
        if ident[0] != "state":
            _remember_body(m.kind, words, e, chains)
            if m.kind in BODY_KINDS:  # as the lexicon and as the text writes it («هيومن»، «هيومان رايتس ووتش»)
                chains.bare.update((f, e) for f in forms)
            if m.affiliation and isinstance(m.affiliation, str):
                chains.body_affiliation.setdefault(e, m.affiliation)
    return chains.keys[ident]


def _armed_forces(m: Mention) -> bool:
    """A state's army named by an army noun and its nationality alone («الجيش الأردني», «القوات
    المسلحة الأردنية»), not a branch of it («القوات الجوية السورية»)."""
    content = _content(m.words)
    return len(content) >= 2 and content[0] in vocab.word_class("armed_forces") and isinstance(m.affiliation, str) \
        and bool(m.affiliation) and all(w in vocab.word_class("armed_forces_modifier") for w in content[1:-1])


#: kinds of bodies, which may name one another with or without a wrapper head («شركة فيسبوك», «فيسبوك»)
BODY_KINDS = frozenset({"government", "organisation", "media", "group"})


def _bare_forms(words) -> list[tuple[str, ...]]:
    """A body's content words, and without its wrapper head when it opens with one («نادي الهلال» →
    هلال; «قوات الجيش اليمني» → جيش يمني): the forms a name of the same body with or without the
    head shares."""
    content = tuple(_content(words))
    if len(content) > 2 and content[0] in vocab.word_class("wrapper_head") and ARTICLE + content[-1] in vocab.modifiers():
        return [content, content[1:], content[1:-1]]  # «فريق الهلال الأول»: the club «الهلال»
    if len(content) > 1 and content[0] in vocab.word_class("wrapper_head"):
        return [content, content[1:]]
    return [content] if content else []


def _people_state(m: Mention) -> str:
    """The state a people named by its plural nationality adjective stands for («الأمريكيون»,
    «البريطانيين» → the state); "" for a people of no listed state or no nationality."""
    country = vocab.people_countries().get(m.canonical, "")
    state = vocab.state_of(country) if country else ""
    return state if state in vocab.states() else ""


def _group_stem(words) -> str:
    """The stem of a group named by its people or by a group noun and the people's nisba
    («الحوثيون», «مليشيات الحوثي», «الطائفة الأيزيدية» → حوث, أيزيد); "" for any other name."""
    content = _content(words)
    nouns = vocab.word_class("group_noun")
    if not content or any(w not in nouns for w in content[:-1]) or content[-1] in nouns:
        return ""
    last = content[-1]
    for ending in vocab.longest_first("nisba"):
        if last.endswith(ending) and len(last) - len(ending) >= MIN_GROUP_STEM:
            return last[: -len(ending)]
    return ""


#: letters a group's nisba stem has at least (حوث، كرد)
MIN_GROUP_STEM = 3


def _content(words) -> list[str]:
    """A body name's words without article or «لل»/«ل» (لكرة → كرة، للسياحة → سياحة), for comparing forms."""
    out = []
    for w in words:
        if w.startswith(LIL) and len(w) > 4 or w.startswith(FOR) and len(w) > 3 and out:
            w = core_of(w, 1)
        out.append(without_article(w))
    return out


def _same_body(kind: str, words: list[str], chains: Chains, affiliation) -> int | None:
    """The entity of the latest earlier body of the same kind and head whose name holds every word
    of this one («هيئة السياحة» after «الهيئة العامة للسياحة») or whose words this one holds
    («وكالة أنباء الأناضول» after «وكالة الأناضول»), with no other country or body than this
    one's («وزارة الخارجية الروسية» and «وزارة الخارجية الأمريكية» after «وزارة الخارجية»: the first joins it)."""
    content = _content(words)
    if not content:
        return None
    mine = frozenset(content)
    for other, e in reversed(chains.by_head.get((kind, content[0]), ())):
        if mine <= other or other <= mine:
            known = chains.body_affiliation.get(e)
            if affiliation and known and known != affiliation:
                continue
            if affiliation and isinstance(affiliation, str):
                chains.body_affiliation[e] = affiliation
            return e
    return None


def _remember_body(kind: str, words: list[str], e: int, chains: Chains) -> None:
    content = _content(words)
    if content:
        chains.by_head.setdefault((kind, content[0]), []).append((frozenset(content), e))


def _body_antecedent(k: int, mentions: list[Mention], chains: Chains) -> int:
    """The entity of a definite head alone or with adjectives («الوزارة», «الحزب», «المنظمة الحقوقية»):
    the latest body or place before it opening with the same head («وزارة الشؤون الإسلامية», «حزب
    المؤتمر»); with none, a body of its own when adjectives describe it («البنك العربي») or the head
    names one alone (``standing_body``, ``unnamed_body``: «البرلمان», «النادي»); else -1 (no mention)."""
    j = chains.last_body.get(mentions[k].head)  # (kept up to date by :func:`link`, up to ``k``)
    if mentions[k].head in vocab.word_class("club_head") and len(mentions[k].words) == 1 and chains.clubs:
        return max(chains.clubs, key=chains.clubs.get)  # «الفريق» after «الهلال»: the club
    if j is not None:
        return chains.of[j]
    if chains.last_group is not None and _bare_group_noun(mentions[k]):
        return chains.last_group  # «الحوثيون … مواقع المتمردين»: the group named last
    words = mentions[k].words
    if words and (len(words) > 1 or words[0] in vocab.word_class("standing_body") or words[0] in vocab.word_class("unnamed_body")):
        return _body_entity(mentions[k], chains)  # «البرلمان», «الجيش»: the country's own; «الوكالة»: the one reported on
    if mentions[k].kind == "place" and mentions[k].head in vocab.word_class("place_unit") and chains.last_place is not None:
        return chains.of[chains.last_place]  # «الحديدة … شوارع المدينة»: the place named last
    return -1


def _bare_group_noun(m: Mention) -> bool:
    """A group named by a definite group noun alone or with definite adjectives that name no
    people («المتمردين», «الميليشيات المسلحة»; not «الميليشيات الحوثية», «جماعة أنصار الشريعة»)."""
    content = _content(m.words)
    return m.kind == "group" and bool(content) and content[0] in vocab.word_class("group_noun") \
        and all(w.startswith(ARTICLE) for w in m.words) and not _group_stem(m.words)


def _is_club(m: Mention) -> bool:
    """A club named by its name («الهلال», a club of ``entity_clubs.tsv``) or by its head and name
    («نادي التعاون»)."""
    content = _content(m.words)
    return m.canonical in vocab.clubs() or len(content) > 1 and content[0] in vocab.word_class("club_head")


def _states(mentions: list[Mention], chains: Chains) -> list[int]:
    """The mentions of a state (a country, a capital acting, a state body), in order, once every
    other mention is linked (what :func:`_state_antecedent` chooses from)."""
    return [j for j, m in enumerate(mentions) if m.state and m.type != "state_anaphor" and chains.of.get(j, -1) >= 0
            and chains.keys.get(("state", m.state)) == chains.of[j]]


class _StatesNamed:
    """The states named before a mention, read once in text order (each «البلاد» asks only about
    the states before it; counting them again for every one made long texts quadratic)."""

    def __init__(self, states: list[int], chains: Chains):
        self.states, self.chains = states, chains
        self.read = 0  # how many of ``states`` lie before the mention asked about
        self.named: dict[int, tuple[int, int]] = {}  # state entity → (mentions so far, the latest)
        self.most = -1  # the entity named most often so far, the latest of those

    def before(self, k: int) -> int:
        """Read the states before mention ``k``; the entity named most often among them (-1: none)."""
        while self.read < len(self.states) and self.states[self.read] < k:
            j = self.states[self.read]
            e = self.chains.of[j]
            self.named[e] = (self.named.get(e, (0, 0))[0] + 1, j)
            if self.most < 0 or self.named[e] > self.named[self.most]:
                self.most = e
            self.read += 1
        return self.most

    def latest(self) -> int:
        """The last state read (-1: none)."""
        return self.states[self.read - 1] if self.read else -1


def _state_antecedent(k: int, mentions: list[Mention], chains: Chains, states: _StatesNamed) -> int:
    """The entity of «البلاد», «المملكة»: the state named most often before it, the latest of those
    (for «المملكة», ``states`` holds the kingdoms only), else the first after it, else the lexicon's
    country; -1 (no mention)."""
    if states.states:
        most = states.before(k)
        return chains.of[states.states[0]] if most < 0 else most
    if mentions[k].state:  # «المملكة» in an article naming no state: the country the lexicon gives
        e = chains.new()
        if ("state", mentions[k].state) not in chains.keys:
            chains.add_key(("state", mentions[k].state), e)
        return chains.keys[("state", mentions[k].state)]
    return -1


def _own_state(k: int, person: Mention | None, chains: Chains, states: _StatesNamed) -> int:
    """The entity of «بلاده», «بلادها»: the state of ``person``, the nearest person before it, by its
    affiliation («الرئيس الروسي … إن بلاده»); else the latest state before it; else an entity of its own."""
    if person is not None and isinstance(person.affiliation, str) and person.affiliation:
        state = vocab.state_of(person.affiliation)
        if state in vocab.states():
            if ("state", state) not in chains.keys:
                chains.add_key(("state", state), chains.new())
            return chains.keys[("state", state)]
    states.before(k)
    latest = states.latest()
    return chains.of[latest] if latest >= 0 else chains.new()


def _nearest_full_name(word: str, entities: list[int], mentions, chains: Chains, k: int) -> int:
    """Of several people a surname alone fits, the one the text named most often before it by a name
    holding it — full or the surname alone — («نواز شريف» thrice, then «شهباز شريف» once: «شريف» is
    Nawaz; «ترامب» after «دونالد ترامب» and his many «ترامب», then «ميلانيا ترامب»: Donald); of
    those named so as often, the one whose full name stands nearest before it («القاضي
    أندرو تشان … يوهانس تشان … وقال تشان»: the latter, whatever other forms of the former came
    between); with no full name before it, the latest mentioned."""
    named, start = chains.full_names.get(word, []), mentions[k].first
    # how often each was named so before it: a bisection of its own list, not a count over every
    # earlier mention of the word (a long article's frequent surname made that quadratic)
    times = {e: bisect.bisect_left(chains.word_firsts.get((word, e), []), start) for e in entities}
    most = max(times.values())  # (once: asked per entity, it made a common surname's many owners quadratic)
    entities = [e for e in entities if times[e] == most]
    if len(entities) == 1:
        return entities[0]
    i = bisect.bisect_left(named, (mentions[k].first,))
    owners = set(entities)
    for j in range(i - 1, -1, -1):
        if named[j][1] in owners:
            return named[j][1]
    return _latest_before(entities, mentions, chains, k)


def _latest_before(entities: list[int], mentions, chains: Chains, k: int) -> int:
    """Of several entities a short name fits, the one mentioned last before mention ``k``."""
    if len(entities) == 1:
        return entities[0]
    best, best_key = entities[0], (-1, 0)  # (first token, -order linked): the latest, linked first
    for e in entities:
        firsts = chains.firsts.get(e, [])
        i = bisect.bisect_left(firsts, (mentions[k].first,))
        if i:
            first = firsts[i - 1][0]
            order = firsts[bisect.bisect_left(firsts, (first,))][1]
            if (first, -order) > best_key:
                best, best_key = e, (first, -order)
    return best


class NamedPersons:
    """The named person mentions linked so far, by the title heads and the affiliation their
    entity has (``facts``: entity → (heads, affiliation)), and those whose entity has no title
    yet: what :func:`_title_antecedent` looks through, latest first, without scanning every
    earlier mention.  ``facts`` changes only through :meth:`update`.

    Each head's mentions are also kept by their entity's affiliation (``filed``: (head,
    affiliation or "") → sorted mention indices), and so are the untitled ones: a mention of
    another affiliation is never read by a lookup that cannot take it (a long article's thousands
    of «الرئيس» of other states made each lookup a scan of them all)."""

    def __init__(self, facts: dict):
        self.facts = facts
        self.of_entity: dict[int, list[int]] = {}
        self.by_head: dict[str, list[int]] = {}  # sorted mention indices
        self.filed: dict[tuple[str, str], list[int]] = {}  # (head, affiliation or "") → sorted mention indices
        self.by_affiliation: dict[str, list[int]] = {}
        self.untitled: list[int] = []  # sorted mention indices whose entity has no title
        self.untitled_by: dict[str, list[int]] = {}  # the same by affiliation (or "")

    def add(self, j: int, e: int) -> None:
        self.of_entity.setdefault(e, []).append(j)
        heads, affiliation = self.facts.get(e, (set(), ""))
        at = affiliation or ""
        for h in heads:
            bisect.insort(self.by_head.setdefault(h, []), j)
            bisect.insort(self.filed.setdefault((h, at), []), j)
        if affiliation:
            bisect.insort(self.by_affiliation.setdefault(affiliation, []), j)
        if not heads:
            bisect.insort(self.untitled, j)
            bisect.insort(self.untitled_by.setdefault(at, []), j)

    def update(self, e: int, heads: set, affiliation: str) -> None:
        """``facts[e] = (heads, affiliation)``, the indexes following (heads only grow)."""
        old_heads, old_affiliation = self.facts.get(e, (set(), ""))
        self.facts[e] = (heads, affiliation)
        new_heads, old_at, at = set(heads) - set(old_heads), old_affiliation or "", affiliation or ""
        if not new_heads and old_at == at:
            return  # (nothing to file again: most updates, and an entity may have thousands of mentions)
        for j in self.of_entity.get(e, ()):
            if old_at != at:
                for h in old_heads:
                    _discard_sorted(self.filed[(h, old_at)], j)
                    bisect.insort(self.filed.setdefault((h, at), []), j)
                if old_affiliation:
                    _discard_sorted(self.by_affiliation[old_affiliation], j)
                if affiliation:
                    bisect.insort(self.by_affiliation.setdefault(affiliation, []), j)
            for h in new_heads:
                bisect.insort(self.by_head.setdefault(h, []), j)
                bisect.insort(self.filed.setdefault((h, at), []), j)
            if not old_heads:
                _discard_sorted(self.untitled_by[old_at], j)
                if heads:
                    _discard_sorted(self.untitled, j)
                else:
                    bisect.insort(self.untitled_by.setdefault(at, []), j)

    def latest_titled(self, m: Mention, k: int, chains: Chains) -> int | None:
        """The entity of the latest named person before mention ``k`` with ``m``'s head among
        its titles (or, for no head, ``m``'s affiliation) and no other affiliation; first of those
        whose titles hold every word of ``m``'s."""
        if not m.head and not m.affiliation:
            return None
        plain = m.title_words <= {m.head} if m.head else not m.title_words  # (then every candidate holds them)
        whole = None if plain else self._latest_holding(m, k, chains)
        if whole is not None:  # «رئيس الوزراء»: the prime minister before «الرئيس»
            return chains.of[whole]
        lists = self._compatible(m, m.head) if m.head else [self.by_affiliation.get(m.affiliation, [])]
        j = max((items[i - 1] for items in lists if (i := bisect.bisect_left(items, k))), default=None)
        return None if j is None else chains.of[j]

    def _latest_holding(self, m: Mention, k: int, chains: Chains) -> int | None:
        """The latest mention before ``k`` that :meth:`latest_titled` may take whose entity's titles
        hold every word of ``m``'s: read newest first from the shortest list of a title word
        (each list holds mentions of one affiliation: all of them may be taken)."""
        found = None
        groups = zip(*(self._compatible(m, w) for w in m.title_words)) if m.head \
            else [[self.filed.get((w, m.affiliation), []) for w in m.title_words]]
        for group in groups:
            items = min(group, key=len)
            for i in range(bisect.bisect_left(items, k) - 1, -1, -1):
                if found is not None and items[i] < found:
                    break
                if m.title_words <= self.facts.get(chains.of[items[i]], (set(), ""))[0]:
                    found = items[i]
                    break
        return found

    def first_titled_after(self, m: Mention, k: int, chains: Chains) -> int | None:
        """The same, for the first such person after ``k``: a title-only mention that introduces
        someone the text names later («أقر مرشح المعارضة الرئيسي بالنتائج … وأعلن مرشح المعارضة
        الرئيسي، محرم إنجه»)."""
        if not m.head:
            return None
        lists = self._compatible(m, m.head)
        j = min((items[i] for items in lists if (i := bisect.bisect_right(items, k)) < len(items)), default=None)
        return None if j is None else chains.of[j]

    def latest_untitled(self, m: Mention, k: int, chains: Chains) -> int | None:
        """The entity of the latest person before ``k`` named with no title and no other affiliation."""
        lists = [self.untitled_by.get("", []), self.untitled_by.get(m.affiliation, [])] if m.affiliation \
            else [self.untitled]
        j = max((items[i - 1] for items in lists if (i := bisect.bisect_left(items, k))), default=None)
        return None if j is None else chains.of[j]

    def _compatible(self, m: Mention, head: str) -> list[list[int]]:
        """The lists of the mentions with ``head`` whose affiliation ``m`` may take: all of them for
        no affiliation of its own; else those of none and those of its own."""
        if not m.affiliation:
            return [self.by_head.get(head, [])]
        return [self.filed.get((head, ""), []), self.filed.get((head, m.affiliation), [])]


def _discard_sorted(items: list[int], j: int) -> None:
    """Remove ``j`` from a sorted list by bisection (``list.remove`` compares from the start: a
    long article's thousands of persons made it quadratic)."""
    i = bisect.bisect_left(items, j)
    if i < len(items) and items[i] == j:
        del items[i]


def _title_antecedent(k: int, mentions: list[Mention], chains: Chains, titled: NamedPersons) -> int:
    """The entity of a title-only mention: the latest person before it — named, or a title-only
    mention that found no name — with a compatible title and affiliation; else the first such
    named person after it; else a new one."""
    m, facts = mentions[k], titled.facts
    if k and apposed_title(mentions[k - 1], m) and k - 1 in chains.of:
        return chains.of[k - 1]  # «افيخاي أدرعي، المتحدث باسم الجيش»: the title of the name before it
    subject = _subject_met(k, mentions, chains)  # «والتقت ميركل العاهل الأردني»: not Merkel
    e = titled.latest_titled(m, k, chains)  # (a title-only mention links to a named person)
    if e is not None and e != subject:
        heads, affiliation = facts.get(e, (set(), ""))
        titled.update(e, heads, affiliation or m.affiliation)
        return e
    e = titled.first_titled_after(m, k, chains)
    if e is not None:
        return e
    relation = _relation(m)
    if relation and relation in chains.relatives:
        return chains.relatives[relation]  # «ونقلت ابنته إلى المستشفى … وقالت الشرطة إن ابنته»: the same daughter
    if m.head:  # «القس» with no titled person before it: the latest person named with no title
        e = titled.latest_untitled(m, k, chains)
        if e is not None and (e == subject or not _gender_fits(m, e, chains)):  # (rare: look further back)
            e = next((chains.of[j] for j in reversed(titled.untitled[:bisect.bisect_left(titled.untitled, k)])
                      if chains.of[j] != subject and _gender_fits(m, chains.of[j], chains)
                      and not (m.affiliation and facts[chains.of[j]][1] and facts[chains.of[j]][1] != m.affiliation)),
                     None)
        if e is not None:
            titled.update(e, set(m.title_words), facts[e][1] or m.affiliation)
            return e
    e = _named_next(m, chains, titled)
    if e is not None:
        return e
    e = chains.new()
    titled.update(e, set(m.title_words), m.affiliation)
    titled.add(k, e)  # a later «المتحدث» after «المتحدث العسكري» with no name: this one
    if relation:
        chains.relatives[relation] = e
    return e


def _gender_fits(m: Mention, e: int, chains: Chains) -> bool:
    """A title's head says whose it is («رئيسة» a woman's, «رجل الأعمال»، «الأمين العام» a man's): it
    joins no person the text has shown to be of the other (:func:`person_gender`: «وتؤكد دانيالز»)."""
    known = chains.genders.get(e)
    if not known or not m.head:
        return True
    return known == (title_gender(m) or "m")


#: tokens at most between a title-only mention with a nationality and the person first named after it
TITLE_TO_LATER_NAME = 30


def _named_next(m: Mention, chains: Chains, titled: NamedPersons) -> int | None:
    """The person a title-only mention with a nationality introduces when no named person's title
    fits it: the next person the text names, in a later sentence within :data:`TITLE_TO_LATER_NAME` tokens, given no
    title or affiliation of his own («اتهم وزير الخارجية الروسي … وقال لافروف», «مساعدي الرئيس
    الأمريكي … مع دونالد ترامب»); the facts of the title become his."""
    if not m.head or not isinstance(m.affiliation, str) or not any(w in vocab.nationalities() for w in m.words):
        return None  # (a body the title serves, «المتحدث العسكري باسم القوات المسلحة», is no nationality)
    i = bisect.bisect_right(chains.introduced, (m.last, chains.count))
    if i == len(chains.introduced) or chains.introduced[i][0] - m.last > TITLE_TO_LATER_NAME:
        return None
    end = bisect.bisect_right(chains.sentence_ends, m.last)
    if end == len(chains.sentence_ends) or chains.sentence_ends[end] > chains.introduced[i][0]:
        return None  # a name in the title's own sentence is someone else («استدعت الوزارة السفير المصري … سفارته»)
    e = chains.introduced[i][1]
    heads, affiliation = titled.facts.get(e, (set(), ""))
    if heads or affiliation:
        return None
    titled.update(e, set(m.title_words), m.affiliation)
    return e


def _subject_met(k: int, mentions: list[Mention], chains: Chains) -> int | None:
    """The entity of the person right before mention ``k`` who is the subject of a verb of meeting
    (``Mention.meets``): the title after him is someone else, the one met."""
    before = mentions[k - 1] if k else None
    if before is None or not before.meets or before.kind != "person" or mentions[k].first != before.last + 1:
        return None
    return chains.of.get(k - 1)


def _relation(m: Mention) -> str:
    """The kin or agent noun with «his/her» a title-only mention opens with («ابنته», «زوجها السابق»
    → «زوجها»; the ``relative`` class of ``entity_titles.tsv``), "" for any other."""
    entry = vocab.phrases().get(m.words[:1]) if m.words else None
    return m.words[0] if entry is not None and entry.relative and not m.affiliation else ""


def apposed_title(before: Mention, m: Mention) -> bool:
    """A title-only mention right after a named person (a comma between them at most), unless the
    person is the subject of a verb of meeting before it: «والتقت ميركل العاهل الأردني» (the one met)."""
    return (before.kind == "person" and before.type == "named" and not m.skip
            and not (before.meets and m.first == before.last + 1)
            and (m.first == before.last + 1 or m.first == before.last + 2 and m.after_comma))

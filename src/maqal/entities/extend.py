"""Extending a vocabulary phrase into a mention: what a title, a body's head, a known name, an
anonymous source or a place takes after it (see :mod:`.scan`)."""
from __future__ import annotations

import dataclasses

from ..lexicons import gazetteer, key, stopwords
from . import scan
from .adjectives import agrees_with, is_participle, reads_as_adjective
from . import vocabulary as vocab
from .morphology import ARTICLE, BY, CONJUNCTIONS, FOR, FUTURE, PREPOSITIONS, core_of, readings, without_article
from .scan import COMMA, HASHTAG, Mention, Scanner, covered_tokens, strip_hyphens

#: what may stand between a title and its name («الرئيس المصري، عبد الفتاح السيسي», «المهندس/ محمد»)
NAME_SEPARATORS = COMMA | {"/"}

#: the preposition after a ``liable_head`` that makes it «responsible for»
ABOUT = key("عن")
#: a body's name after its head is at most this many words («وزارة الخارجية الروسية»)
MAX_BODY = 4
#: a place's name after its unit («محافظة حفر الباطن») at most this many
MAX_PLACE = 2


def extend(sc: Scanner, i: int, skip: int, n: int, entry: vocab.Entry) -> Mention | None:
    """The mention a phrase of ``n`` tokens at ``i`` (behind ``skip`` clitic characters) opens."""
    if entry.type in ("title", "counterpart"):
        return title_mention(sc, i, skip, n, entry)
    if entry.type == "head":
        return body_mention(sc, i, skip, n, entry)
    if entry.type == "honorific_pronoun":  # «وقال سموه»: the person addressed as «سمو» before it
        return Mention(i, i + n - 1, skip, "person", "title", (), "", "", list(range(i, i + n)), entry.canonical)
    if entry.type == "anonymous":
        return anonymous_mention(sc, i, skip, n)
    if entry.type == "place":
        return place_mention(sc, i, skip, n, entry)
    if entry.type == "anonymous_anaphor":  # «المصدر»: the unnamed source :mod:`.link` finds before it
        if i + n < len(sc.words) and sc.words[i + n] in vocab.word_class("press_source_adjective"):
            return Mention(i, i + n, skip, "media", "anonymous")  # «المصادر الصحافية»: unnamed media
        if i + n < len(sc.words) and sc.words[i + n].startswith(ARTICLE):
            return None  # «المصدر الرئيسي للدخل»: a described noun, not the source named before
        return Mention(i, i + n - 1, skip, "anonymous", "anonymous_anaphor", head=without_article(sc.words[i][skip:]))
    if entry.type == "own_state":  # «بلاده»: the state of the person :mod:`.link` finds before it
        return Mention(i, i + n - 1, skip, "government" if _acts(sc, i, skip) else "place", "own_state")
    if entry.type == "state_anaphor":  # «البلاد»: the state :mod:`.link` finds around it
        return Mention(i, i + n - 1, skip, "place", "state_anaphor", state=entry.state)
    if entry.type == "name" and _verbal_noun_name(sc, i, skip, n):
        return None  # «إعادة فتح أبوابها», «فتح تحقيق»: the verb or verbal noun, not the movement
    head_before = _head_named_before(sc, i, skip, n, entry)
    if head_before is not None:  # «قاعدة العند» … «القاعدة»: the base again, not al-Qaeda
        return Mention(i, i, skip, head_before.kind, "anaphor", head=without_article(core_of(sc.words[i], skip)))
    last = i + n - 1
    affiliation = entry.affiliation
    nat = sc.nationality_at(last + 1) if entry.kind != "person" else None
    if nat:
        last += nat[0]
        affiliation = affiliation or nat[1]
    if entry.kind != "person" and not entry.sports_only:  # «الاتحاد السعودي | لكرة القدم»: a known body's name goes on with what it serves (a club's does not: «الهلال | لقاءاته»)
        last += _served(sc, last + 1, core_of(sc.words[i], skip))
    name = tuple(entry.canonical.split()) if entry.kind == "person" else ()
    if name and not (len(name) == 1 and name[0] in vocab.surnames()):
        # a known first name or name goes on with the rest of the name («فلاديمير» + «بوتين»); a known
        # surname alone is complete («ترامب بوتين»: two people)
        more = sc.name_from(last + 1, after_title=True, continuing=True) if not _object_after(sc, name, last + 1) else 0
        name += strip_hyphens(sc.words[last + 1:last + 1 + more])
        last += more
    return Mention(i, last, skip, entry.kind, "named", name, entry.canonical, affiliation, display=entry.display)


def _object_after(sc: Scanner, name: tuple[str, ...], j: int) -> bool:
    """A listed full name of two words or more is whole before a common noun (one the reference
    corpus holds often and no listed surname is): «حسن روحاني | ترشيح نفسه», «جيب بوش | دبلوماسية
    الرئيس أوباما»: what the person did, not the rest of the name.  A family nisba goes on with it."""
    if len(name) < 2 or j >= len(sc.words):
        return False
    w = sc.words[j]
    family = w.startswith(ARTICLE) and w.endswith(vocab.longest_first("family_nisba"))  # «عبد الله | العنزي»
    return vocab.is_common_noun(w) and not family and w not in vocab.name_words() and w not in vocab.given_names()


def _head_named_before(sc: Scanner, i: int, skip: int, n: int, entry: vocab.Entry) -> Mention | None:
    """A one-word known name that is the article and the head noun of a body or place named before
    it in the text («قاعدة العند» … «القاعدة»): the mention of that body or place, else None.
    (A club's name is left alone: «اتحاد الكرة» … «الاتحاد» may be either.)"""
    core = core_of(sc.words[i], skip)
    if n > 1 or entry.type != "name" or entry.kind == "person" or entry.sports_only or not core.startswith(ARTICLE):
        return None
    return sc.body_named_by_head(without_article(core))


#: a nisba whose feminine form the reference corpus writes at least 1/ADJECTIVE_SHARE as often as
#: the word itself reads as an adjective (الأمني 762 / الأمنية 2810), not a family name (المالكي 800 / 15)
ADJECTIVE_SHARE = 4
#: titles a person may carry one after another («ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية»)
MAX_TITLES = 4


def title_mention(sc: Scanner, i: int, skip: int, n: int, entry: vocab.Entry) -> Mention | None:
    """Titles (each with its portfolio, modifiers, nationality and the body it serves), then the
    name: a person mention on the name, or a title-only mention on the title phrase."""
    words = sc.words
    title: list[int] = []
    j, affiliation = _one_title(sc, i, n, entry, title, entry.affiliation)
    address = j if entry.honorific else i  # where a title-only mention starts: after «سمو», «الدكتور»
    for _ in range(MAX_TITLES - 1):  # «العاهل الأردني الملك عبدالله»: one person, several titles
        more = sc.phrase_at(j, clitics=False) if j < len(words) else None
        if not more or more[2].type != "title":
            break
        if address == j and more[2].honorific:
            address = j + more[1]
        j, affiliation = _one_title(sc, j, more[1], more[2], title, affiliation)
    group = _group_adjective(sc, j)
    if group:  # «القيادي الحوثي | عبدالملك صالح حويس»: the group the title serves, then the name
        title.append(j)
        affiliation, j = affiliation or group, j + 1
    if j + 1 < len(words) and sc.served_name(words[j]) and not _listed_full_name(sc, j) \
            and sc.name_from(j + 1, after_title=True):
        # «المعارض الرئيسي لبوتين اليكسي نافالني»: the person the title serves, then the name
        sc.mentions.append(Mention(j, j, 1, "person", "named", (words[j][1:],)))
        title.append(j)
        j += 1
    served = _title_served(sc, j)
    if served:  # «المفوض الأوروبي للشؤون الاقتصادية | بيار موسكوفيسي»: what the title serves, then the name
        title += range(j, j + served)
        j += served
    k = j + 1 if j < len(words) and words[j] in NAME_SEPARATORS else j
    n_name = sc.name_from(k, after_title=True)
    if not n_name and k < len(words):
        given = sc.given_name_at(k)  # «محافظ البيضاء صالح الرصاص»: a given name that is a common word too
        n_name = given.last - k + 1 if given is not None and not given.skip else 0
    if entry.role and n_name == 1 and not _one_word_name(sc, k):
        n_name = 0  # «المهاجم | وسلبه», «الحارس | ليتمكن»: after a role, one word of the corpus is no name
    if entry.relative and n_name and k == i + n and not _one_word_name(sc, k):
        n_name = 0  # «وزوجها | زخما», «ابنه | لقي ربه»: right after «his wife», a name opens with a name's word
    team = (len(title) == 1 or sc.about_sport) and core_of(words[i], skip) in vocab.word_class("team_or_rank")
    if team and (n_name == 1 or sc.about_sport) and k < len(words) and words[k] not in vocab.given_names():
        n_name = 0  # «إن الفريق | جاهز»: the team and a predicate, not the rank and a name
    head = without_article(core_of(words[i], skip))
    inner = _inner_title(sc, i, title) if n_name and not skip else None  # (not «ترامب | والعاهل السعودي الملك سلمان»)
    if inner is not None:  # «ديمتري بيسكوف المتحدث باسم | الرئيس الروسي فلاديمير بوتين»
        return Mention(i, inner - 1, skip, "person", "title", (), "", "", [t for t in title if t < inner], head, title_skip=skip)
    if n_name:
        name = strip_hyphens(words[k:k + n_name])
        if entry.type == "counterpart":  # «نظيره الأمريكي جون كيري»: a name, and no title
            title, head = [], ""
        return Mention(k, k + n_name - 1, 0, "person", "named", name, "", affiliation, title, head, title_skip=skip)
    if entry.role and not (entry.agent and core_of(words[i], skip).startswith(ARTICLE)):
        return None  # «المدافع», «الإعلامي» with no name: a position or an adjective, no one named
    if entry.type == "title" and len(title) == 1 and not core_of(words[i], skip).startswith(ARTICLE) and not affiliation:
        return None  # a bare indefinite title («وزير») names no one
    if address >= j or _office_before(sc, i):
        return None  # «الدكتور», «معاليه»: a title of address alone; «لمنصب المستشار», «كأس ولي العهد»
    if team:
        return Mention(i, j - 1, skip, "organisation", "anaphor", head=without_article(core_of(words[i], skip)))  # «مدرب الفريق»
    if not skip and len(title) == 1 and _adjective_after_noun(sc, i):
        return None  # «اللقاء الصحفي», «الحزب الحاكم»: a title word that agrees with the noun before it
    if address > i:
        title, skip = [k for k in title if k >= address], 0
        i, head = address, without_article(words[address])
    return Mention(i, max(title[-1], j - 1), skip, "person", "title", (), "", affiliation, title,
                   "" if entry.type == "counterpart" else head, title_skip=skip)


def _group_adjective(sc: Scanner, j: int) -> str:
    """The group's canonical name when word ``j``, after a title, is a definite one-word group name read as
    its adjective and a name follows it («القيادي الحوثي | عبدالملك صالح حويس»); else ""."""
    if j + 1 >= len(sc.words) or not sc.words[j].startswith(ARTICLE):
        return ""
    found = sc.phrase_at(j, clitics=False)
    if found is None or found[1] != 1 or found[2].kind != "group" or found[2].type != "name":
        return ""
    if not (sc.name_from(j + 1, after_title=True) or sc.naming_word(sc.words[j + 1])):
        return ""
    return found[2].canonical or sc.words[j]


def _listed_full_name(sc: Scanner, j: int) -> bool:
    """A listed name of more than one word opens at ``j`` behind a clitic («الرئيس الأمريكي | بكيم جونغ
    أون», «ببشار الأسد»): the person the title serves named in full, no name of the titled one after it."""
    found = sc.phrase_at(j)
    return found is not None and found[0] > 0 and found[1] > 1 and found[2].type == "name" and found[2].kind == "person"


def _inner_title(sc: Scanner, i: int, title: list[int]) -> int | None:
    """Where a second title begins inside the titles at ``i`` when a name stands right before them
    and another after them: the first titles describe the name before («ديمتري بيسكوف المتحدث باسم»,
    «هاسبل مرشحة»), the last one the name after («الرئيس الروسي فلاديمير بوتين»); else None."""
    before = sc.mentions[-1] if sc.mentions else None
    if before is None or before.kind != "person" or before.type != "named" or before.last != i - 1:
        return None
    for t in reversed(title):
        found = sc.phrase_at(t, clitics=False) if t > i else None
        if found is not None and found[2].type == "title" and not found[2].honorific:
            return t
    return None


def _one_word_name(sc: Scanner, k: int) -> bool:
    """A one-word name after a role: a listed name's word or a word rare in the reference corpus
    («لاعب الوسط البرازيلي باستوس»), not an attested common or inflected word."""
    w = sc.words[k]
    counts = vocab.reference_counts()
    return w in vocab.name_words() or w in vocab.given_names() \
        or all(counts.get(core, 0) < vocab.INFLECTED for _, core in readings(w))  # «وسلبه»: و + an attested word


def _adjective_after_noun(sc: Scanner, i: int) -> bool:
    """A definite word right after a definite noun that opens no mention, time word or stopword:
    an adjective of that noun («الحقل الصحفي»), not a title-only mention."""
    if i == 0 or not sc.words[i].startswith(ARTICLE):
        return False
    prev = sc.words[i - 1]
    return (prev.startswith(ARTICLE) and not vocab.is_stopword(prev) and prev not in vocab.time_words()
            and sc.phrase_at(i - 1) is None)


def _one_title(sc: Scanner, i: int, n: int, entry: vocab.Entry, title: list[int], affiliation) -> tuple[int, object]:
    """One title at ``i`` (``n`` words) with its portfolio («وزير الخارجية»), modifiers and
    nationality, and the body it serves («للأمم المتحدة»): the index after it and the affiliation.
    The title's word indices are added to ``title``."""
    words = sc.words
    j = i + n
    title += range(i, j)
    affiliation = affiliation or entry.affiliation
    serves = words[j - 1] in vocab.word_class("portfolio_link")  # «المتحدث باسم» + the body it speaks for
    if entry.office and j < len(words) and not serves:
        inner = sc.phrase_at(j, clitics=False)
        if words[j].startswith(ARTICLE) and not sc.nationality_at(j) and (
                inner is None and not vocab.is_stopword(words[j]) or inner and inner[2].type == "head" and inner[2].qualifier):
            title.append(j)
            j += 1
        elif _indefinite_portfolio(sc, j) or _possessed_portfolio(sc, j):
            title.append(j)  # «وزير خارجية | السعودية», «رئيس وزراء | قطر»
            j += 1
    j, affiliation = _modifiers(sc, j, title, affiliation)
    body = _served_body(sc, j, entry)
    if body is not None:
        sc.mentions.append(body)
        known = body.canonical if body.kind in ("group", "organisation", "media") else ""  # «لجماعة "حزب الله" اللبنانية»: the group, not Lebanon
        affiliation = affiliation or body.display or known or body.affiliation or (body.first, body.last, body.skip)
        j, affiliation = _modifiers(sc, body.last + 1, title, affiliation)
    elif serves and j < len(words) and words[j].startswith(ARTICLE) and words[j] not in sc.not_name:
        title.append(j)  # «المتحدث باسم الانتخابات»: what the spokesman speaks for, though no body
        j += 1
    elif len(title) > n and title[-1] >= i + n:  # «رئيس المجلس الأعلى | للانتخابات»: what the portfolio serves
        served = _served(sc, j, words[i + n])
        title += range(j, j + served)
        j += served
    return j, affiliation


def _indefinite_portfolio(sc: Scanner, j: int) -> bool:
    """An office's portfolio without the article, in construct with the country after it («وزير
    خارجية السعودية», «رئيس وزراء قطر»): a bare word no phrase opens, then a place."""
    words = sc.words
    if j + 1 >= len(words) or not sc.is_word(j) or words[j].startswith(ARTICLE) or vocab.is_stopword(words[j]) \
            or sc.phrase_at(j) is not None or words[j] in vocab.name_words() or words[j] in vocab.given_names():
        return False
    place = sc.phrase_at(j + 1, clitics=False)
    return place is not None and place[2].type == "place" and bool(place[2].state)


def _possessed_portfolio(sc: Scanner, j: int) -> bool:
    """An office's portfolio with the pronoun of the state named before («وزير داخليتها هورست زيهوفر»,
    «وزير خارجيته»): a word with an attached pronoun whose stem, its ة written ت, the reference corpus
    holds with the article as a common word (الداخلية، الخارجية)."""
    w = sc.words[j] if j < len(sc.words) else ""
    suffix = next((x for x in vocab.longest_first("pronoun_suffix") if w.endswith(x)), "")
    stem = w[:-len(suffix)] if suffix else ""
    if not stem.endswith(scan.FEMININE_STEM):
        return False
    return vocab.reference_counts().get(ARTICLE + stem[:-1] + scan.TA_MARBUTA, 0) >= vocab.COMMON


#: words of the name that must follow what a title serves for the title to take it («للشؤون
#: الاقتصادية بيار موسكوفيسي»; not «للشؤون الخارجية | بتغريدة»)
MIN_NAME_AFTER_SERVED = 2


def _title_served(sc: Scanner, j: int) -> int:
    """How many words at ``j`` name what a title serves behind «لل» or «ل» + a definite genitive, when
    a name of two words or more follows them («المفوض الأوروبي | للشؤون الاقتصادية | بيار موسكوفيسي»); else 0."""
    words = sc.words
    if j >= len(words) or not words[j].startswith(FOR):
        return 0
    served = _served_words(sc, j)
    if not served or j + served >= len(words):
        return 0
    return served if sc.name_from(j + served, after_title=True) >= MIN_NAME_AFTER_SERVED else 0


def _modifiers(sc: Scanner, j: int, title: list[int], affiliation: str) -> tuple[int, str]:
    """Modifiers (السابق) join the title; nationality adjectives give the affiliation."""
    mods = vocab.modifiers()
    while j < len(sc.words):
        if sc.words[j] in mods:
            title.append(j)
            j += 1
            continue
        nat = sc.nationality_at(j)
        if nat and nat[0] == 1 and _given_name_not_nationality(sc, j):
            break  # «العقيد تركي المالكي»: a given name, not «Turkish»
        if nat:
            affiliation = affiliation or nat[1]
            j += nat[0]
            continue
        if _title_adjective(sc, j) or _adjective_before_nationality(sc, j):
            title.append(j)  # «المتحدث الأمني», «مدير المخابرات الجوية», «وزير التعاون الإقليمي الإسرائيلي»
            j += 1
            continue
        break
    return j, affiliation


def _adjective_before_nationality(sc: Scanner, j: int) -> bool:
    """A definite nisba agreeing with the title's last word, right before a nationality («وزير
    التعاون الإقليمي الإسرائيلي»، «وزير الأمن الداخلي الإسرائيلي»): the nationality after it shows it
    modifies the title, which the reference counts of :func:`_title_adjective` may not (a
    nisba whose feminine is rare in the corpus), so the nationality still gives the affiliation."""
    return j + 1 < len(sc.words) and sc.nationality_at(j + 1) is not None and _agreeing_nisba(sc, j, j + 1)


def _agreeing_nisba(sc: Scanner, j: int, other: int) -> bool:
    """``words[j]`` is a definite nisba (not a name, not a listed phrase) agreeing with the word
    at ``other`` (the title's last word, or the nationality after it: «التعاون» ends like a plural
    and is none), and the word before it is no team or rank («الفريق الكروي»)."""
    words = sc.words
    w = words[j]
    if j == 0 or any(core in vocab.word_class("team_or_rank") for _, core in readings(words[j - 1])):
        return False
    if not w.startswith(ARTICLE) or not agrees_with(w, words[other]) or w in vocab.name_words() \
            or w in sc.not_name or sc.phrase_at(j, clitics=False) is not None:
        return False
    return nisba_stem(w).endswith(vocab.longest_first("nisba"))


def nisba_stem(word: str) -> str:
    """``word`` without a feminine adjective ending (الأمنية → الأمني)."""
    feminine = vocab.longest_first("feminine_adjective_ending")
    return next((word[:-len(e)] for e in feminine if word.endswith(e)), word)


def _title_adjective(sc: Scanner, j: int) -> bool:
    """A definite nisba after a title's last word that agrees with it («المتحدث الأمني», «المحلل
    القانوني», «قائد القوات البحرية»): part of the title when the reference corpus writes its
    feminine form often, as it does an adjective's and not a family name's («العقيد المالكي»)."""
    if not _agreeing_nisba(sc, j, j - 1):  # (not «الفريق الكروي»: the team, not a rank and its adjective)
        return False
    stem = nisba_stem(sc.words[j])
    feminine = vocab.longest_first("feminine_adjective_ending")
    counts = vocab.reference_counts()
    masculine, female = counts.get(stem, 0), counts.get(stem + feminine[-1], 0)
    return female >= vocab.INFLECTED and female * ADJECTIVE_SHARE >= masculine


def _given_name_not_nationality(sc: Scanner, j: int) -> bool:
    """A nationality adjective that is also a given name (تركي), before a family name or a word
    that links a name («تركي بن سعود»): the name."""
    words = sc.words
    if words[j] not in vocab.given_names() or j + 1 >= len(words):
        return False
    after = words[j + 1]
    if after in vocab.name_links() and after != ARTICLE:
        return True
    return after.startswith(ARTICLE) and after.endswith(vocab.longest_first("family_nisba")) \
        and sc.nationality_at(j + 1) is None


def _served_body(sc: Scanner, j: int, entry: vocab.Entry) -> Mention | None:
    """The body a title serves: after an office in construct («رئيس كوريا»), or behind ل/لل
    («الأمين العام للأمم المتحدة»), or after «باسم»."""
    if j >= len(sc.words):
        return None
    start = j + 1 if sc.words[j] in vocab.word_classes().get("portfolio_link", ()) else j
    found = sc.phrase_at(start) if start < len(sc.words) else None
    if not found or found[2].type not in ("name", "head", "place") or found[2].kind == "person":
        return None
    skip = found[0]
    if not (start > j or entry.office or (skip and sc.words[start][skip - 1] == FOR)):
        return None
    body = extend(sc, start, *found)
    return body


def _verbal_noun_name(sc: Scanner, i: int, skip: int, n: int) -> bool:
    """A listed name that is also a verb or verbal noun (``verbal_name``: «فتح») alone before the word
    it governs — a word that is no conjunct after «و» and no function word («فتح النار», «إعادة
    فتح معبر»): the verb; before «و», a function word or a mark it names the body («حركتي فتح
    وحماس», «قالت فتح إن»)."""
    if n != 1 or core_of(sc.words[i], skip) not in vocab.word_class("verbal_name") or i + 1 >= len(sc.words):
        return False
    after = sc.words[i + 1]
    return sc.is_word(i + 1) and after[0] not in CONJUNCTIONS and not vocab.is_stopword(after)


def body_mention(sc: Scanner, i: int, skip: int, n: int, entry: vocab.Entry) -> Mention | None:
    """A body's head and its name («وزارة الخارجية»، «وكالة فارس»), nationality adjective or
    place («الحكومة اليمنية»، «حكومة اليمن»).  A head that needs a qualifier («الشرطة») takes only
    a nationality or a place; with none, or nothing after it, a definite head («الوزارة») and its
    adjectives («المنظمة الحقوقية») are an anaphor (:mod:`.link` ties it to a body before it, keeps
    it or drops it), an indefinite one no mention."""
    words = sc.words
    j = i + n
    if _verbal_noun(sc, i, skip, j) or _team_of_a_body(sc, i, skip, j) or _rank_or_device(sc, i, skip, j) or _side_as_place(sc, i, skip, entry):
        return None
    stop = vocab.body_stop()
    affiliation, state, person, place = "", "", 0, ""
    if _unit_names_nothing(sc, i, skip, j, entry):
        return None
    most = MAX_PLACE if entry.kind == "place" else MAX_BODY
    named_after = _named_after(sc, j)
    if named_after:  # «مركز الملك سلمان», «جامعة الملك سعود»: a body named after a person
        j += named_after
        most = 0
        while j < len(words) and agrees_with(words[j], ARTICLE + core_of(words[i], skip)) \
                and reads_as_adjective(words[j]) and not sc.nationality_at(j):
            j += 1  # «مكتبة الملك عبدالعزيز العامة», «مؤسسة الأمير سلطان الخيرية»: the head's adjectives
    quoted = _quoted(sc, j)
    if quoted:  # «تنظيم "الدولة الإسلامية"», «جماعة "أنصار الله" اليمنية»: the name in quotes, then a nationality
        place = _known_name(sc, (core_of(words[i], skip), *words[i + 1:i + n]), j + 1, quoted - 2)
        j += quoted
        nat = sc.nationality_at(j)
        if nat:
            affiliation, j = nat[1], j + nat[0]
        return _front_place(sc, i, skip, n, Mention(i, j - 1, skip, entry.kind, "named", (), place, affiliation))
    definite = core_of(words[i], skip) if core_of(words[i], skip).startswith(ARTICLE) else ""
    while j < len(words) and j - (i + n) < most and words[j][0].isalpha():
        nat = sc.nationality_at(j)
        if nat:
            affiliation, state = nat[1], vocab.state_of(nat[1])
            j += nat[0]
            break
        if definite and (not agrees_with(words[j], definite) or _opens_body_or_title(sc, j)):
            break  # «الميليشيات | دفعت», «المسلحون | ستة»: a definite head takes adjectives only («اللجنة | الحكومة التركية»)
        inner = sc.phrase_at(j, clitics=False)
        if inner and inner[2].kind == "person" and j == i + n:
            person = inner[1]
        if inner and inner[2].type == "name" and inner[2].kind == entry.kind and inner[1] > 1:
            j += inner[1]  # «صحيفة | نيويورك تايمز»: a known name of the head's kind, whole
            affiliation = affiliation or inner[2].affiliation
            if sc.nationality_at(j - 1):
                break  # «وزارة | الخارجية الأميركية | الرعايا»: its nationality ends it, as it ends any name
            continue
        if inner and inner[2].type == "place":
            affiliation, state, place = (j, j + inner[1] - 1, 0), inner[2].state, inner[2].canonical
            j += inner[1]
            break
        if j > i + n and (entry.kind == "place" or _names_unit(sc, i, skip, n)) and _ends_place_name(sc, j, core_of(words[i], skip)):
            break  # «جبل الإشارة | الاستراتيجي», «مدينة كاركاسون | القريبة من», «جبهة نهم | وأسفرت»
        if _next_in_list(sc, j, i + n):
            break  # «وكالة شؤون المساجد | ومعهد الأئمة», «قوات أمن الحج | والأجهزة المعنية»: the next of a list
        if _coordinated(words, j, i + n):
            most += 1  # «وزارة الشؤون البلدية والقروية»: a coordinated word does not count
        elif entry.qualifier and not definite or _ends_body(sc, j, i + n, stop):
            break
        j += 1
    while j < len(words) and words[j] in vocab.modifiers() and not _masculine_after_feminine(words[j], definite):
        j += 1  # «المجلس الأعلى»; not «الشركة | العام الماضي»
    if j > i + n or not entry.qualifier:
        j += _served(sc, j, core_of(words[i], skip))
    if person and j == i + n + person or not affiliation and _described_only(sc, i, skip, n, j):
        return None  # «مكتب ترامب»: the person, not a body named by their name; «حكومة وحدة»: a kind of body
    if j == i + n or entry.qualifier and not affiliation or entry.nationality and not isinstance(affiliation, str):
        head = core_of(words[i], skip)
        if entry.nationality or not head.startswith(ARTICLE) or _adjective_of_noun_before(sc, i, skip):
            return None
        return Mention(i, j - 1, skip, entry.kind, "anaphor", head=without_article(head))  # «الوزارة», «المنظمة الحقوقية»
    state = state if core_of(words[i], skip) in vocab.word_class("state_body") | vocab.word_class("state_land") else ""
    kind = "place" if _names_unit(sc, i, skip, n) else _managed_kind(sc, i, skip, n, entry.kind)
    # «مدينة عفرين», «محافظة جدة»: a unit and a known place's name alone are one entity with the
    # place (not a site: «مطار عدن» is not Aden)
    whole_place = (core_of(words[i], skip) in vocab.word_class("place_unit") and isinstance(affiliation, tuple)
                   and affiliation[:2] == (i + n, j - 1))
    canonical = place if whole_place else _land_of_state(core_of(words[i], skip), kind, state)
    return _front_place(sc, i, skip, n, Mention(i, j - 1, skip, kind, "named", (), canonical, affiliation, state=state))  # «السلطات التركية»


def _ends_place_name(sc: Scanner, j: int, head: str) -> bool:
    """Word ``j``, after a place's first name word, is no part of its name: a ``place_epithet``
    (what the place is: «الاستراتيجي», «القريبة»), a direction («موزع | غربي تعز»), a phrase behind a clitic («الأجردي | بمديرية
    الزاهر»), any و + word after a front's place (the next front: «جبهات الأجردي | والحبج») or else
    و + a word of the reference corpus no name holds («نهم | وأسفرت»)."""
    w = sc.words[j]
    if w in vocab.word_class("place_epithet") or w in vocab.place_prepositions() or (sc.phrase_at(j) or (0,))[0] > 0:
        return True
    bare = w[1:]
    if w[:1] == CONJUNCTIONS[0] and head in vocab.word_class("front_head"):
        return True
    return w[:1] == CONJUNCTIONS[0] and len(bare) > 2 and vocab.is_corpus_word(bare)


#: names a list after a front or a plural unit runs to («مديريات التحيتا وزبيد والجراحي»)
MAX_LISTED = 6


def places_listed_after_fronts(sc: Scanner, mentions: list[Mention]) -> list[Mention]:
    """The places joined by «و» to a place named after a ``front_head`` («قرى "المدب" | و"الغرزة"»,
    «مديريات التحيتا وزبيد | والجراحي»): each a place of its own — a name in quotes, or a word rare in
    the reference corpus; a place the scan found already is passed over. ``mentions`` with them, in text order."""
    out = list(mentions)
    starts = {m.first: m for m in mentions}
    for m in mentions:
        if m.kind != "place" or m.first == 0 or core_of(sc.words[m.first - 1], 0) not in vocab.word_class("front_head"):
            continue
        for new in _listed_places(sc, m.last + 1, starts):
            k = next((k for k, o in enumerate(out) if o.first > new.first), len(out))
            out.insert(k, new)
    return out


def places_before_nationalities(sc: Scanner, mentions: list[Mention]) -> list[Mention]:
    """A word no mention holds right after «في» or «إلى» (``place_preposition``) and before a definite
    feminine nationality adjective is a city's name the gazetteer lacks: an indefinite noun takes no
    definite adjective, a name does («المقام في سالزبورج النمساوية»، «المقامة في قازان الروسية»). Not a
    common, inflected or definite word, nor before a country's name («في عاصمة السعودية»). ``mentions``
    with them, in text order."""
    words, held = sc.words, {k for m in mentions for k in range(m.first, m.last + 1)}
    out = list(mentions)
    for j in range(1, len(words) - 1):
        if j in held or j + 1 in held or words[j - 1] not in vocab.place_prepositions() or not _unknown_city(sc, j):
            continue
        k = next((k for k, o in enumerate(out) if o.first > j), len(out))
        out.insert(k, Mention(j, j, 0, "place", "named"))
    return out


def _unknown_city(sc: Scanner, j: int) -> bool:
    """Token ``j`` reads as a name before the nationality adjective after it (see
    :func:`places_before_nationalities`)."""
    w, adjective = sc.words[j], sc.words[j + 1]
    if not w.isalpha() or len(w) < 3 or w.startswith(ARTICLE) or vocab.is_common_word(w) or vocab.is_inflected_word(w):
        return False
    feminine = adjective.startswith(ARTICLE) and adjective.endswith(vocab.longest_first("feminine_adjective_ending"))
    return feminine and sc.nationality_at(j + 1) is not None and sc.phrase_at(j + 1, clitics=False) is None \
        and sc.phrase_at(j) is None


def _listed_places(sc: Scanner, j: int, starts: dict[int, Mention]) -> list[Mention]:
    """The places joined by «و» from token ``j`` on (see :func:`places_listed_after_fronts`)."""
    words, found = sc.words, []
    for _ in range(MAX_LISTED):
        if j >= len(words) or words[j][:1] != CONJUNCTIONS[0]:
            break
        if j in starts and starts[j].kind == "place":
            j = starts[j].last + 1  # «وزبيد»: a known place, found by the scan
            continue
        quoted = _quoted(sc, j + 1) if words[j] == CONJUNCTIONS[0] else 0
        if quoted:
            found.append(Mention(j + 1, j + quoted, 0, "place", "named"))  # «و | "الغرزة"»
            j += 1 + quoted
            continue
        bare = words[j][1:]
        if len(bare) < 3 or vocab.is_common_word(bare) or sc.phrase_at(j) or j in starts \
                or vocab.is_corpus_word(bare):
            break  # «نهم | وأسفرت»: a verb or a word of the reference corpus, no name
        found.append(Mention(j, j, 1, "place", "named"))  # «والجراحي»
        j += 1
    return found


def _front_place(sc: Scanner, i: int, skip: int, n: int, m: Mention) -> Mention | None:
    """A war's front named by its place («في جبهة حرض», «جبهات الساحل الغربي»): the place alone is
    the mention, the ``front_head`` outside it; any other body or place as it was."""
    if core_of(sc.words[i], skip) not in vocab.word_class("front_head") or m.last < i + n:
        return m
    inner = sc.phrase_at(i + n, clitics=False)
    if inner is not None and inner[2].kind not in ("place", ""):
        return None  # «وتهاوي جبهة | الحوثيين»: the group's front, the group the mention
    w = sc.words[i + n]
    if inner is None and (sc.clitic_word(w) or w in vocab.place_prepositions() or w[:1] in (FOR, BY)
                          and vocab.is_corpus_word(w[1:])):
        return None  # «على عدة جبهات | جنوبي اليمن», «جبهات | لدحر»: no front's name (not «جبهة لحج», a known place)
    whole = inner is not None and inner[2].type == "place" and inner[1] == m.last - i - n + 1
    canonical = inner[2].canonical if whole else m.canonical
    return dataclasses.replace(m, first=i + n, skip=0, affiliation="", canonical=canonical)


def _unit_names_nothing(sc: Scanner, i: int, skip: int, j: int, entry: vocab.Entry) -> bool:
    """«مدينة كبيرة», «بلدة تطل»: a unit's head before a common word or a verb names no place
    («الأراضي اليمنية» does, «ولاية يمنية» does not); «المدينة بعد»: the city named before (an
    anaphor, see :func:`body_mention`)."""
    words = sc.words
    definite = core_of(words[i], skip).startswith(ARTICLE)
    return entry.kind == "place" and not (entry.qualifier and definite) and (
        j >= len(words) or not sc.phrase_at(j, clitics=False) and not (definite and sc.nationality_at(j)) and (
            vocab.is_common_word(words[j]) and not (entry.site and words[j].startswith(ARTICLE))
            or vocab.is_inflected_word(words[j]) or not definite and _indefinite_adjective(sc, i, skip, j)))


#: letters of the shortest adjective that describes a unit («قريبة»، «سكنية»): a shorter word is a name
#: («محافظة شبوة»، «منطقة حدة»)
MIN_UNIT_ADJECTIVE = 5


def _indefinite_adjective(sc: Scanner, i: int, skip: int, j: int) -> bool:
    """«قرية قريبة من»، «منطقة صحراوية»: a feminine adjective of running text (a word of the reference
    corpus, rarer than a common word; of :data:`MIN_UNIT_ADJECTIVE` letters at least) after an indefinite
    feminine unit describes it, names none —
    not a name's first word before its genitive or a rare word («قاعة ضيافة الأسرة»، «منطقة عقبة
    طلان»; «ميدان رابعة العدوية» has a masculine head)."""
    word, head, nxt = sc.words[j], core_of(sc.words[i], skip), sc.words[j + 1] if j + 1 < len(sc.words) else ""
    feminine = vocab.longest_first("feminine_adjective_ending")
    if word.startswith(ARTICLE) or not (head.endswith(feminine) and word.endswith(feminine)):
        return False
    bare = nxt[1:] if nxt[:1] == CONJUNCTIONS[0] else nxt  # «محطة تاريخية وإضافية»: a second adjective
    named_on = nxt.startswith(ARTICLE) or nxt.isalpha() and not any(
        vocab.is_corpus_word(w) or vocab.is_common_word(w) for w in (nxt, bare))
    return len(word) >= MIN_UNIT_ADJECTIVE and reads_as_adjective(word) and vocab.is_corpus_word(word) and not named_on


def _side_as_place(sc: Scanner, i: int, skip: int, entry: vocab.Entry) -> bool:
    """A head that names a state by its nationality alone after a word that makes it where, not who
    («على الجانب التشادي من بحيرة تشاد»; ``locative_side``)."""
    return entry.nationality and i > 0 and not skip and sc.words[i - 1] in vocab.word_class("locative_side")


def _rank_or_device(sc: Scanner, i: int, skip: int, j: int) -> bool:
    """A head that also names a rank or a device before a word of that sense (``rank_head`` /
    ``rank_word``, ``device_head`` / ``device_word`` of ``entity_words.tsv``): «احتل المركز الثالث»،
    «وجهاز لابتوب» name no body."""
    if j >= len(sc.words):
        return False
    head, after = core_of(sc.words[i], skip), sc.words[j]
    return any(head in vocab.word_class(h) and after in vocab.word_class(w)
               for h, w in (("rank_head", "rank_word"), ("device_head", "device_word")))


#: letters of the shortest adjective that describes a body («طبية»); «سي» of «شبكة سي بي إس» is a letter's name
MIN_ADJECTIVE = 4


def _described_only(sc: Scanner, i: int, skip: int, n: int, j: int) -> bool:
    """An indefinite head followed by nothing but indefinite adjectives that are common words
    describes a kind of body, names none («حكومة جديدة», «قوات موالية»); a rare word or a listed
    name after it is a name («شرطة تينيسي», «قوات صالح»), and so is a letter («شبكة سي بي إس»)."""
    if core_of(sc.words[i], skip).startswith(ARTICLE):
        return False
    return all(len(w) >= MIN_ADJECTIVE and not w.startswith(ARTICLE) and reads_as_adjective(w)
               and vocab.is_common_word(w) and w not in vocab.given_names() and w not in vocab.surnames()
               for w in sc.words[i + n:j])


def _adjective_of_noun_before(sc: Scanner, i: int, skip: int) -> bool:
    """A bare definite head that reads as an adjective and agrees with the definite noun right
    before it qualifies that noun: «الملاحة البحرية», «المسارات البحرية» (maritime), not the navy."""
    if skip or i == 0:
        return False
    before, head = sc.words[i - 1], sc.words[i]
    return before.startswith(ARTICLE) and not vocab.is_stopword(before) and reads_as_adjective(head) \
        and agrees_with(head, before)


def _team_of_a_body(sc: Scanner, i: int, skip: int, j: int) -> bool:
    """«فريق الشرطة», «فريق بلاده»: a team of the body or state named after it (that is the mention),
    not a club or a team named by its task («فريق النصر», «فريق الإحصاء»)."""
    if core_of(sc.words[i], skip) not in vocab.word_class("team_noun") or j >= len(sc.words):
        return False
    inner = sc.phrase_at(j, clitics=False)
    return inner is not None and (inner[2].type in ("head", "place", "title", "own_state", "state_anaphor")
                                  or inner[2].kind == "government")  # «فريق بلاده»: his country's team


def _managed_kind(sc: Scanner, i: int, skip: int, n: int, kind: str) -> str:
    """The management of an organisation is one too («إدارة النادي», «إدارة نادي النصر», «إدارة
    مكتبة الطفل»), and so is a facility's («إدارة المستشفى», «إدارة المترو»: ``managed_facility``),
    not a government office: a ``management_head`` before an organisation's head or name or before
    such a facility; else ``kind``."""
    if core_of(sc.words[i], skip) not in vocab.word_class("management_head") or i + n >= len(sc.words):
        return kind
    inner = sc.phrase_at(i + n, clitics=False)
    managed = inner is not None and inner[2].type in ("name", "head") and inner[2].kind == "organisation"
    return "organisation" if managed or sc.words[i + n] in vocab.word_class("managed_facility") else kind


def _opens_body_or_title(sc: Scanner, j: int) -> bool:
    """Word ``j`` opens a body's head or a title: after a definite head, the object of the verb
    («ودعت اللجنة | الحكومة التركية»), no adjective of the head."""
    found = sc.phrase_at(j, clitics=False)
    return found is not None and found[2].type in ("head", "title") and not is_participle(
        without_article(sc.words[j]).removesuffix(vocab.longest_first("feminine_adjective_ending")[0]))  # «الفصائل المعارضة»


def _masculine_after_feminine(word: str, head: str) -> bool:
    """A modifier without the feminine ending after a definite feminine head: no adjective of it
    («الشركة | العام الماضي»), where «الهيئة العامة» is."""
    return bool(head) and head.endswith(vocab.longest_first("feminine_ending")) \
        and not word.endswith(vocab.longest_first("feminine_adjective_ending"))


def _land_of_state(head: str, kind: str, state: str) -> str:
    """The canonical name of a state's land («الأراضي اليمنية»): the state as a place, one entity
    with «اليمن»; "" for any other body or place."""
    return state if kind == "place" and state and head in vocab.word_class("state_land") else ""


def _names_unit(sc: Scanner, i: int, skip: int, n: int) -> bool:
    """«مديرية كتاف» is a district, «مديرية الأمن» a directorate: a head that is both names the unit
    when the word after it (over a hashtag mark) is no common word."""
    if core_of(sc.words[i], skip) not in vocab.word_class("unit_or_body"):
        return False
    j = i + n + (i + n < len(sc.words) and sc.words[i + n] == HASHTAG)
    return j < len(sc.words) and sc.words[j][:1].isalpha() and not vocab.is_common_word(sc.words[j])


def _verbal_noun(sc: Scanner, i: int, skip: int, j: int) -> bool:
    """A head read as the verbal noun it also is: «القضاء على» (eradicating, not the judiciary),
    «بقيادة السعودية» (led by: the country is the mention, not a «قيادة»), «بالنيابة عن» (on behalf of)."""
    head = core_of(sc.words[i], skip)
    if head in vocab.word_class("verbal_noun_before_ala") and j < len(sc.words) \
            and sc.words[j] in vocab.word_class("ala"):
        return True
    return (head in vocab.word_class("led_by") or head in vocab.word_class("adverb_behind_by")) \
        and skip > 0 and sc.words[i][skip - 1] == BY  # «بالنيابة عن»: on behalf of


def _quoted(sc: Scanner, j: int) -> int:
    """How many tokens at ``j`` are a name in quotes, both marks counted («"الخوذ البيضاء"»); 0 if none."""
    words = sc.words
    if j >= len(words) or words[j] not in vocab.word_class("quote_open"):
        return 0
    k = j + 1
    while k < len(words) and k - j <= MAX_BODY and words[k][0].isalpha():
        k += 1
    return k - j + 1 if k > j + 1 and k < len(words) and words[k] in vocab.word_class("quote_close") else 0


def _known_name(sc: Scanner, head: tuple[str, ...], j: int, n: int) -> str:
    """The canonical name when the ``n`` words at ``j``, alone or after the head, are a known body's
    name («"داعش"», «تنظيم "الدولة الإسلامية"»), else ""."""
    inner = tuple(sc.words[j:j + n])
    for words in (inner, (*head, *inner)):
        entry = sc.phrases.get(words)
        if entry is not None and entry.type == "name":
            return entry.canonical or " ".join(words)
    return ""


def _named_after(sc: Scanner, j: int) -> int:
    """How many words at ``j`` are a royal or religious title and the name after it, when a body's
    head stands before them («مركز | الملك سلمان», «مؤسسة | الأمير سلطان الخيرية»); 0 if none."""
    if j >= len(sc.words) or sc.words[j] not in vocab.word_class("namesake_title"):
        return 0
    n = sc.name_from(j + 1, after_title=True)
    return 1 + n if n else 0


#: what a body serves, after «لـ», is at most this many words («لحقوق الإنسان»، «للدراسات الاستراتيجية»)
MAX_SERVED = 3


def _served(sc: Scanner, j: int, head: str) -> int:
    """How many words at ``j`` name what a body serves («المرصد السوري | لحقوق الإنسان»،
    «الوكالة العربية السورية | للأنباء»): «لل» + a noun, or «ل» + a noun and a definite genitive;
    0 for a head that takes none, an addressee («للصحفيين») or a named entity («لرويترز»)."""
    if head not in vocab.word_class("named_for_head") or j >= len(sc.words):
        return 0
    return _served_words(sc, j)


def _served_words(sc: Scanner, j: int) -> int:
    """How many words at ``j`` (< the text's length) are «لل» + a noun, or «ل» + a noun and a definite
    genitive, with their definite words after (see :func:`_served`)."""
    words = sc.words
    w = words[j]
    if not w.startswith(FOR) or len(w) < 4 or w in vocab.word_class("addressee") or sc.phrase_at(j):
        return 0
    definite = w.startswith(FOR + ARTICLE[1:])
    k, most, and_the = j + 1, MAX_SERVED, CONJUNCTIONS[0] + ARTICLE
    while k < len(words) and k - j < most:
        if words[k].startswith(and_the) and len(words[k]) > len(and_the) + 1 and not _next_in_list(sc, k, j):
            most += 1  # «للإغاثة | والأعمال الإنسانية», «للتربية | والعلوم والثقافة»: a coordinated word does not count
        elif not words[k].startswith(ARTICLE) or _ends_body(sc, k, j, vocab.body_stop()):
            break
        k += 1
    return k - j if definite or k > j + 1 else 0


def _next_in_list(sc: Scanner, j: int, start: int) -> bool:
    """Word ``j`` is و + a word that opens a vocabulary phrase of its own (a body's head, a title, a
    group): a second entity joined to the first, not a part of its name."""
    if j <= start or sc.words[j][0] != CONJUNCTIONS[0]:
        return False
    found = sc.phrase_at(j)
    return found is not None and found[0] > 0


def _coordinated(words: list[str], j: int, start: int) -> bool:
    """«والقروية» after «البلدية» inside a body's name: و + the article after a word with it."""
    w, and_the = words[j], CONJUNCTIONS[0] + ARTICLE
    return j > start and w.startswith(and_the) and words[j - 1].startswith((ARTICLE, and_the)) and len(w) > 4


def _ends_body(sc: Scanner, j: int, start: int, stop) -> bool:
    """Word ``j`` is no part of the body's name begun before ``start``: a stop word, a clitic-bearing
    word or a verb, a common word without the article after the first, or — after a word with the
    article, where a construct chain has no bare noun — a word of the reference corpus that no name
    has («اتحاد الكرة اتخذ»)."""
    w = sc.words[j]
    if w in stop or vocab.is_stopword(w) or sc.clitic_word(w) or _is_verb(w):
        return True
    if j > start and sc.accusative(w):
        return True  # «شركة فيسبوك | تعليقا»: an adverbial accusative is the verb's object
    if w.startswith(ARTICLE) or j == start:
        return False
    if sc.words[j - 1].startswith(ARTICLE) and (w in vocab.word_class("given_name") or sc.name_from(j, after_title=True) > 1):
        return True  # «بلدية القائم | أحمد المحلاوي», «نادي الاتحاد | محمد الجهني»: the person after the body
    return vocab.is_common_word(w) or sc.words[j - 1].startswith(ARTICLE) and not sc.phrase_at(j, clitics=False) \
        and vocab.is_corpus_word(w)


def _is_verb(word: str) -> bool:
    return scan.is_future_verb(word)


def _office_before(sc: Scanner, i: int) -> bool:
    """An ``office_noun`` (behind its clitics) right before token ``i``: the title after it is an
    office or names a cup or prize («لشغل منصب المستشار», «من كأس ولي العهد»), no one."""
    return i > 0 and any(core in vocab.word_class("office_noun") for _, core in readings(sc.words[i - 1]))


def named_after_a_prize(sc: Scanner, m: Mention) -> bool:
    """A person's name with no title right after an ``office_noun``: a cup, prize or league named
    after him («دوري عبداللطيف جميل», «كأس خالد بن فهد»), no mention of the person."""
    return m.kind == "person" and m.type == "named" and not m.title_tokens and not m.skip and _office_before(sc, m.first)


def anonymous_mention(sc: Scanner, i: int, skip: int, n: int) -> Mention:
    """An unnamed source, its adjectives and its affiliation («مسؤول كبير في الإدارة الأمريكية»)."""
    words = sc.words
    j = i + n
    if n == 1 and j < len(words) and core_of(words[i], skip) in vocab.word_class("liable_head") \
            and words[j] == ABOUT and not (i > 0 and words[i - 1] in sc.verbs):
        return None  # «روسيا مسؤولة عن …»: responsible for, a predicate (not «وقال مسؤول عن الملف»)
    affiliation = ""
    mods = vocab.anonymous_modifiers()
    nisba = vocab.longest_first("nisba")
    while j < len(words):
        nat = sc.nationality_at(j)
        if nat:
            affiliation = affiliation or nat[1]
            j += nat[0]
        elif words[j] in mods or (words[j].endswith(nisba) and not words[j].startswith(ARTICLE)
                                  and words[j] not in sc.not_name and not sc.phrase_at(j)):
            j += 1  # مسؤول قضائي، مصادر أمنية
        else:
            break
    preps = vocab.affiliation_prepositions()
    start = j + 1 if j < len(words) and words[j] in preps else j
    if start < len(words) and start + 1 < len(words) and " ".join(words[j:j + 2]) in preps:
        start = j + 2
    found = sc.phrase_at(start) if start < len(words) else None
    by = found and (start > j or sc.words[start][found[0] - 1] == BY)  # بالحوثيين, not «لرويترز» (addressee)
    if by and found[2].type in ("name", "head", "place") and found[2].kind not in ("person", "media"):
        body = extend(sc, start, *found)
        if body is not None:
            sc.mentions.append(body)
            affiliation = affiliation or body.display or body.affiliation or (body.first, body.last, body.skip)
            j = body.last + 1
    elif start > j and not found:
        j = _described_by(sc, start, j)  # «مصدر مقرب | من التحقيق», «مسؤول | في السجن»
    if j == i + n and not affiliation and " ".join(words[i:j]) in vocab.word_class("generic_plural") \
            and not _reported_plural(sc, i, skip, j):
        return None  # «خبراء», «مراقبون» alone: a generic plural, no source — unless a reporting verb
        # right before and a particle or mark after make it the one who speaks («وقال مسؤولون إن»)
    press = any(w in vocab.word_class("press_source_adjective") for w in words[i + n:j])  # «مصادر إعلامية»: unnamed media
    return Mention(i, j - 1, skip, "media" if press else "anonymous", "anonymous", (), "", affiliation)


def _reported_plural(sc: Scanner, i: int, skip: int, j: int) -> bool:
    """A ``reported_plural`` alone at ``i`` is the subject of the reporting verb right before it,
    with a particle or a mark after it: «وقال مسؤولون | إن», «وأكدت مصادر | أن»."""
    words = sc.words
    return i > 0 and not skip and words[i] in vocab.word_class("reported_plural") and words[i - 1] in sc.verbs \
        and (j >= len(words) or not sc.is_word(j) or vocab.is_stopword(words[j]))


def _described_by(sc: Scanner, start: int, j: int) -> int:
    """Where an unnamed source ends when a preposition at ``j`` is followed by a definite noun no
    vocabulary phrase opens, with its definite adjectives and nationality («مقرب من | التحقيق»، «في |
    أجهزة الإغاثة النيجيرية» is not definite: kept as it was): the index after them, else ``j``."""
    words = sc.words
    k = start
    if k >= len(words) or not words[k].startswith(ARTICLE) or vocab.is_stopword(words[k]) \
            or words[k] in vocab.time_words() or words[k] in sc.not_name:
        return j
    head = words[k]
    k += 1
    while k < len(words) and not sc.phrase_at(k, clitics=False):
        nat = sc.nationality_at(k)
        if nat:
            k += nat[0]
        elif agrees_with(words[k], head):
            k += 1
        else:
            break
    return k


def place_mention(sc: Scanner, i: int, skip: int, n: int, entry: vocab.Entry) -> Mention | None:
    """A place; a country or capital that acts is government (see :func:`_acts`), with the state
    it stands for; a country name that is also an adjective, after a definite noun («الأجواء
    السعودية»), is none."""
    prev = sc.words[i - 1] if i else ""
    if not skip and prev.startswith(ARTICLE) and " ".join(sc.words[i:i + n]) in sc.nationalities \
            and not vocab.is_stopword(prev):
        return None
    core = core_of(sc.words[i], skip)
    if core in vocab.word_class("ambiguous_place") and n == 1 and not (
            prev.lstrip(CONJUNCTIONS) in vocab.place_prepositions() or prev in vocab.place_prepositions()):
        return None  # «ترك» (Chuuk), «نوم» (Nome): a common word unless a preposition makes it a place
    if core in vocab.word_class("verb_place") and n == 1 and _verb_slot(sc, i, skip):
        return None  # «سوف تدمر», «. وسرت شائعات»: the verb
    noun = _state_noun_before(sc, i, skip, entry)
    first, first_skip = (i - 1, noun) if noun is not None else (i, skip)
    kind = "government" if entry.actor and _acts(sc, first, first_skip) else "place"
    return Mention(first, i + n - 1, first_skip, kind, "named", (), entry.canonical, (i, i + n - 1, skip), state=entry.state)


def _verb_slot(sc: Scanner, i: int, skip: int) -> bool:
    """Token ``i`` stands where only a verb may: after a ``verb_particle`` («سوف تدمر», «وقد سرت»), or
    behind «و/ف» alone opening a clause (at the text's start or after a mark: «. وسرت شائعات»)."""
    prev = sc.words[i - 1] if i else ""
    if prev.lstrip(CONJUNCTIONS) in vocab.word_class("verb_particle") or prev in vocab.word_class("verb_particle"):
        return True
    return bool(skip) and all(c in CONJUNCTIONS for c in sc.words[i][:skip]) and (not prev or not sc.is_word(i - 1))


def _state_noun_before(sc: Scanner, i: int, skip: int, entry: vocab.Entry) -> int | None:
    """The clitic length of «دولة» (a ``state_noun``) right before a country's name, which it
    opens («دولة الكويت», «ودولة فلسطين»); None when no such word stands there."""
    if skip or i == 0 or not entry.state or entry.canonical != entry.state:
        return None
    return next((k for k, core in readings(sc.words[i - 1]) if core in vocab.word_class("state_noun")), None)


#: a place in the first tokens of the text, with no word before it, opens a dateline («دبي، ...»)
DATELINE = 6


#: words back, in the clause, from a country behind «لـ» to a noun of going that makes it the destination
JOURNEY_WORDS = 8


def _acts(sc: Scanner, i: int, skip: int) -> bool:
    """A country or capital is an actor (قالت إيران، اتهمت دمشق إسرائيل، مع إيران، لإيران، بين
    إيران وتركيا) unless it is where something is: behind ب or ك, after a place word or preposition
    (في إيران، شمالي سوريا، العاصمة دمشق، العاصمة الروسية موسكو، زيارته لموسكو), on a border (الحدود مع
    تركيا), in a dateline, or joined by و to a place just before it (في مصر وتركيا). A place
    preposition after a word of support, request or pressure makes it an actor again (المدعومة من
    إيران، عقوبات على روسيا)."""
    word = sc.words[i]
    clitic = word[:skip].lstrip(CONJUNCTIONS)
    if clitic and clitic[0] != FOR:
        return False
    if i < DATELINE and (i == 0 or not sc.is_word(i - 1)):
        return False
    before_words = _words_before(sc, i, 3)
    if clitic and before_words and before_words[0] in vocab.motion_verbs():
        return False  # توجهوا لبريطانيا
    if clitic and any(w in vocab.motion_nouns() for w in _words_before(sc, i, JOURNEY_WORDS)):
        return False  # «العودة لفلسطين», «زيارة عمل استمرت يوما واحدا لواشنطن»
    before = sc.mentions[-1] if sc.mentions else None
    if clitic and before is not None and before.kind == "place" and before.last == i - 1:
        return False  # «جبهات الساحل الغربي لليمن», «الغوطة الشرقية لدمشق»: the land a place is of
    if len(before_words) > 1 and before is not None and before.last == i - 1 and before.first == i - 1 \
            and (before_words[1] in vocab.destination_verbs() or clitic and before_words[1] in vocab.place_prepositions()):
        return False  # «زار الوزير الرياض», «زيارة بومبيو للرياض»: the visitor between the verb or noun and the place
    if _apposed_capital(sc, i):
        return False
    if before_words and not _acts_after(_behind_preposition(before_words[0]), before_words[1:]):
        return False
    return not (skip and word[0] in CONJUNCTIONS and before is not None and before.kind == "place"
                and before.last >= i - 2)


def _apposed_capital(sc: Scanner, i: int) -> bool:
    """«العاصمة المصرية، القاهرة»: a capital set off by a comma after the place word it names."""
    if i < 3 or sc.words[i - 1] not in COMMA:
        return False
    words = _words_before(sc, i - 1, 2)
    return len(words) == 2 and words[0] in vocab.nationalities() and _behind_preposition(words[1]) in vocab.place_prepositions()


def _words_before(sc: Scanner, i: int, n: int) -> list[str]:
    """Up to ``n`` words before token ``i``, nearest first, over a hashtag mark (في #برلين) and with a
    leading conjunction dropped («وفي إيران» as «في إيران»; not the و of a place word, «وسط اليمن»)."""
    out = []
    j = i - 1
    while j >= 0 and len(out) < n:
        w = sc.words[j]
        j -= 1
        if w == HASHTAG:
            continue
        if not w[:1].isalpha():
            break
        out.append(w[1:] if w[:1] in CONJUNCTIONS and len(w) > 2 and w not in vocab.place_prepositions() else w)
    return out


def _behind_preposition(word: str) -> str:
    """A place word behind ل or ب stays one («لزيارة بريطانيا», «بسكان العراق»)."""
    if word[:1] in (FOR, BY) and len(word) > 3 and word[1:] in vocab.place_prepositions():
        return word[1:]
    return word


def _acts_after(prev: str, rest: list[str]) -> bool:
    """Whether the words before a country (nearest first) leave it an actor."""
    places = vocab.place_prepositions()
    if prev in vocab.destination_verbs() or prev[:2] in FUTURE and prev[1:] in vocab.destination_verbs():
        return False  # زار روسيا، سيزور روسيا
    if prev in vocab.nationalities() and rest and _behind_preposition(rest[0]) in places:
        return False  # العاصمة الروسية موسكو، بالعاصمة البريطانية لندن
    if prev in vocab.word_class("border"):
        return False  # «حدود لبنان», «منفذ بري يربط اليمن بالسعودية»: the land, not its state
    if prev in vocab.word_class("actor_preposition"):
        return not (rest and rest[0] in vocab.word_class("border"))  # مع إيران; الحدود مع تركيا
    if prev in vocab.word_class("place_or_actor_preposition") and rest and rest[0] in vocab.word_class("both_of"):
        return not (len(rest) > 1 and rest[1] in places)  # «طردت كلا من الولايات المتحدة», not «في كل من مصر»
    if prev in places:
        return prev in vocab.word_class("place_or_actor_preposition") \
            and any(w in vocab.word_class("actor_before_preposition") for w in rest)  # عقوبات جديدة على
    return True


def people_mention(sc: Scanner, i: int) -> Mention | None:
    """A people named by its definite plural standing as a noun («حقوق الفلسطينيين», «بين الإسرائيليين
    والفلسطينيين»), not as the adjective of a definite noun before it («الجنود الإسرائيليين»)."""
    peoples = vocab.peoples()
    for skip, core in readings(sc.words[i]):
        if core in peoples:
            break
    else:
        return None
    prev = sc.words[i - 1] if i else ""
    before = sc.mentions[-1] if sc.mentions else None
    joined = skip and sc.words[i][0] in CONJUNCTIONS and before is not None and before.last == i - 1
    if prev[:1].isalpha() and any(core.startswith(ARTICLE) for _, core in readings(prev)) and not joined:
        return None
    return Mention(i, i, skip, "group", "named", (), peoples[core])


def nationality_name(sc: Scanner, i: int) -> Mention | None:
    """A definite nationality standing as a noun before a name («والياباني ريوجي ساتو», «خلفا
    للإسباني رفايل بينيتيز»): the name is a person of that country; its first word must be a
    name's (a listed name word, a given name or a word rare in the reference corpus)."""
    for skip, core in readings(sc.words[i]):
        if core.startswith(ARTICLE) and core in sc.nationalities and ARTICLE + core not in sc.nationalities:
            break  # (not «ألمانية», which folds to the letters of a definite form)
    else:
        return None
    k = i + 1
    if k >= len(sc.words) or not sc.is_word(k) or not _bare_name_word(sc.words[k], RARE_FIRST_OF_TWO):
        return None
    n = sc.name_from(k, after_title=True)
    if not n or n == 1 and not _bare_name_word(sc.words[k]):
        return None  # a word of some use in the corpus opens a name of two words at least («البرازيلي لوكاس سيلفا»)
    adjective = not skip and i and any(c.startswith(ARTICLE) for _, c in readings(sc.words[i - 1]))
    if adjective and (n == 1 or len(list(readings(sc.words[k]))) > 1):
        return None  # «الطائرات الحربية التركية | بشن»: after a definite noun, a full name with no clitic («رجل الدين العراقي مقتدى الصدر»)
    return Mention(k, k + n - 1, 0, "person", "named", strip_hyphens(sc.words[k:k + n]), "", sc.nationalities[core])


#: reference count below which a word no list holds may open a name of two words or more after a
#: nationality standing as a noun («السويسري سيب بلاتر»: سيب 43, «البرازيلي لوكاس سيلفا»: لوكاس 65)
RARE_FIRST_OF_TWO = 100


def _bare_name_word(w: str, rare: int = vocab.INFLECTED) -> bool:
    """A word that may open a name with nothing but a nationality before it: a listed name word or
    given name, or an Arabic word rare in the reference corpus with no article, no attached pronoun
    and no clitic before an attested word («رجل الدين العراقي مقتدى الصدر», «الإسرائيلي | إضرابهم»,
    «التركية | بشن»)."""
    if w in vocab.name_words() or w in vocab.given_names():
        return not vocab.is_stopword(w)
    counts = vocab.reference_counts()
    return "\u0621" <= w[0] <= "\u064a" and not w.startswith(ARTICLE) and counts.get(w, 0) < rare \
        and not w.endswith(tuple(vocab.word_class("pronoun_suffix"))) \
        and not any(skip and counts.get(core, 0) >= vocab.INFLECTED for skip, core in readings(w))


def capital_mention(sc: Scanner, i: int) -> Mention | None:
    """«العاصمة السعودية»: a place, the state's capital (one entity with «الرياض») when the
    capitals lexicon lists it; not before the capital's own name («العاصمة الروسية موسكو»)."""
    for skip, core in readings(sc.words[i]):
        if core in vocab.word_class("capital_head") and (skip == 0 or sc.words[i][0] in CONJUNCTIONS + BY):
            break
    else:
        return None
    nat = sc.nationality_at(i + 1)
    if nat is None or sc.is_word(i + 1 + nat[0]) and sc.phrase_at(i + 1 + nat[0]) is not None:
        return None
    last = i + nat[0]
    state = vocab.state_of(nat[1])
    capital = vocab.capital_of_state().get(state)
    if capital is None:
        return Mention(i, last, skip, "place", "named", (), " ".join(sc.words[i:last + 1]), (i, last, skip))
    return Mention(i, last, skip, "place", "named", (), gazetteer()[key(capital)], (i, last, skip),
                   state=state, display=capital)


#: a name in apposition between commas has at most this many words («، هيربرت ماكماستر،»)
MAX_APPOSED = 4
#: what may close a name in apposition to a title (the comma, or the sentence's end)
SENTENCE_END = frozenset(".!؟?")
APPOSED_CLOSERS = COMMA | SENTENCE_END


def apposed_names(sc: Scanner) -> list[Mention]:
    """Names standing between commas after a noun phrase: «مدير الوقاية بوزارة الصحة، جمال فورار، إن»،
    «والد إحدى الفتيات، كاتشالا بوكار، لـ»، a list of players. A title-only mention right before
    the first comma (or before the body it serves) is the name's title: that mention becomes the
    named one, and the name may then close the sentence («متحدثة وزارة الخارجية، هيذر ناورت.»).
    A one-word name must be a known name word; no word of it may carry a conjunction or a pronoun
    («، وبدأت مشاوراتها،»)."""
    words = sc.words
    covered = covered_tokens(len(words), sc.mentions)
    ending = {m.last: m for m in sorted(sc.mentions, key=lambda m: m.kind in ("person", "anonymous"))}  # a person first
    out, dropped = [], set()
    for i in range(1, len(words) - 2):
        if words[i] not in COMMA or not sc.is_word(i - 1) or covered[i + 1] \
                or APPOSED_CLOSERS.isdisjoint(words[i + 2:i + 2 + MAX_APPOSED]):
            continue  # no comma or sentence end where a name of 1..MAX_APPOSED words would end
        title = _title_before(ending, i)
        n = sc.name_from(i + 1, after_title=True)
        end = i + 1 + n
        closers = COMMA | SENTENCE_END if title else COMMA
        if not 0 < n <= MAX_APPOSED or end >= len(words) or words[end] not in closers or any(covered[i + 1:end]):
            continue
        name = strip_hyphens(words[i + 1:end])
        if len(name) == 1 and name[0] not in vocab.name_words() or not all(map(_apposable, name)):
            continue
        if title is None:
            out.append(Mention(i + 1, end - 1, 0, "person", "named", name))
            continue
        dropped.add(id(title))
        out.append(Mention(i + 1, end - 1, 0, "person", "named", name, "", title.affiliation, title.title_tokens,
                           title.head, title_skip=title.title_skip))
    sc.mentions[:] = [m for m in sc.mentions if id(m) not in dropped]
    return out


#: a company's field after its name is at most this many words («للاستثمار والتطوير العقاري»)
MAX_FIELD = 3


def bodies_led_by(sc: Scanner, mentions: list[Mention]) -> list[Mention]:
    """A government, administration or regime named by the person who leads it («حكومة خادم الحرمين
    الشريفين», «إدارة ترامب», «نظام الأسد»): a government mention over a ``led_body`` word and the
    person's phrase right after it; the person's own mention stays inside it."""
    out = []
    for m in mentions:
        if m.kind != "person" or m.type not in ("named", "title"):
            continue
        start = min(m.first, *m.title_tokens) if m.title_tokens else m.first
        clitic = m.skip if start == m.first else m.title_skip
        if start == 0 or clitic:
            continue
        k = next((k for k, core in readings(sc.words[start - 1]) if core in vocab.word_class("led_body")), None)
        if k is not None:
            out.append(Mention(start - 1, m.last, k, "government", "named"))
    return out


def companies_by_field(sc: Scanner) -> None:
    """A company named by a place or a rare word and what it does after «لل» («قطر للتأمين»،
    «النيل للطيران»، «الرائم للمقاولات»): an organisation over both, in place of the place mention."""
    words = sc.words
    covered = covered_tokens(len(words), sc.mentions)
    starts = {m.first: m for m in sc.mentions}
    out = []
    for t in range(1, len(words)):
        if not _field_word(words[t]) or covered[t]:
            continue
        before = next((m for m in (starts.get(t - 1), starts.get(t - 2)) if m is not None and m.last == t - 1), None)
        if before is not None and before.kind in ("place", "government") and before.type == "named":
            first, skip = before.first, before.skip
        elif before is None and not covered[t - 1] and _rare_name_word(sc, t - 1):
            first, skip = t - 1, len(words[t - 1]) - len(words[t - 1].lstrip(CONJUNCTIONS[0])) if words[t - 1][0] == CONJUNCTIONS[0] else 0
        else:
            continue
        last = t
        while last + 1 < len(words) and last + 1 - t < MAX_FIELD and _field_goes_on(words[last + 1]):
            last += 1
        out.append((before, Mention(first, last, skip, "organisation", "named")))
    dropped = {id(b) for b, _ in out if b is not None}
    sc.mentions[:] = sorted([m for m in sc.mentions if id(m) not in dropped] + [m for _, m in out],
                            key=lambda m: m.first)


def media_registers(sc: Scanner) -> None:
    """A news outlet's name runs over what the outlet is, said after it — state or private, its
    medium, its rhythm — and a nationality among them («وكالة الأنباء الكويتية | الحكومية»,
    «وكالة يونهاب | الإخبارية», «صحيفة القدس | الفلسطينية»): the mention grows over them, its
    entity still the outlet's as named before them."""
    words = sc.words
    starts = {m.first for m in sc.mentions}
    for m in sc.mentions:
        if m.kind != "media" or m.type != "named":
            continue
        j = m.last + 1
        while j < len(words) and j not in starts:
            nat = sc.nationality_at(j)
            if words[j] in vocab.word_class("media_register"):
                j += 1
            elif nat is not None:
                j += nat[0]
            else:
                break
        if j > m.last + 1 and not m.canonical:  # one entity with the outlet named without them
            m.canonical = " ".join((core_of(words[m.first], m.skip), *words[m.first + 1:m.last + 1]))
        m.last = j - 1


#: an outlet's name set off by a dash is its dateline within this many tokens of the text's start
DATELINE_REACH = 8


def outlet_mentions(sc: Scanner) -> None:
    """An outlet of ``labels/outlets.tsv`` named in quotes or brackets («لـ"المدينة"»، «بودابست -
    «الشرق الأوسط»:») or in the dateline, set off by a dash from the place after it or the byline
    before it («سبق- الرياض:»، «ياسر الحربي – عين اليوم»; not «الرياض - واس»: Riyadh), is a media
    mention, in place of what the scan read in its words (the city «المدينة»)."""
    words, outlets = sc.words, vocab.outlet_names()
    kinds = {m.first: m.kind for m in sc.mentions} | {-1 - m.last: m.kind for m in sc.mentions}
    media = covered_tokens(len(words), [m for m in sc.mentions if m.kind == "media"])  # «صحيفة “اليوم”» stays whole
    found = []
    for i, w in enumerate(words):
        for name in outlets.get(w, ()) if not media[i] and (not found or i > found[-1].last) else ():
            end = i + len(name)
            if tuple(words[i:end]) == name and end < len(words) and _set_off(sc, i, end, kinds):
                found.append(Mention(i, end - 1, 0, "media", "named", (), " ".join(name)))
                break
    if found:
        taken = covered_tokens(len(words), found)
        sc.mentions[:] = sorted([m for m in sc.mentions if not any(taken[m.first:m.last + 1])] + found, key=lambda m: m.first)


def _set_off(sc: Scanner, i: int, end: int, kinds: dict[int, str]) -> bool:
    """Words ``i:end`` stand in quotes or brackets, or in the dateline with a dash between them and
    a place after or a person before (``kinds``: the kind of the mention starting at a token, or
    ending at token t under key -1 - t; see :func:`outlet_mentions`)."""
    before, after = sc.words[i - 1] if i else "", sc.words[end]
    if before in vocab.word_class("quote_open") | vocab.word_class("quote_close") | vocab.word_class("bracket_open"):
        return after in vocab.word_class("quote_close") | vocab.word_class("quote_open") | vocab.word_class("bracket_close")
    dash = vocab.word_class("dash")
    return end <= DATELINE_REACH and (after in dash and kinds.get(end + 1) == "place"
                                      or before in dash and kinds.get(-1 - (i - 2)) == "person")


def _field_word(w: str) -> bool:
    """«للطيران», «للتطوير»: «لل» + a ``company_field`` word (a word not opening with ل is none:
    most tokens are not read at all)."""
    return w[:1] == FOR and any(skip == 1 and w[0] == FOR and core in vocab.word_class("company_field") for skip, core in readings(w))


def _field_goes_on(w: str) -> bool:
    """«العقاري» after «للتطوير», «والتطوير» after «للاستثمار»: an adjective or a coordinated field."""
    and_the = CONJUNCTIONS[0] + ARTICLE
    return w.startswith(and_the) and w[1:] in vocab.word_class("company_field") | vocab.word_class("company_field_more") \
        or w.startswith(ARTICLE) and reads_as_adjective(w) and w not in vocab.nationalities()


def _rare_name_word(sc: Scanner, k: int) -> bool:
    """A word (behind «و») the reference corpus hardly holds that no phrase opens (نسما، الرائم)."""
    w = sc.words[k]
    core = w[1:] if w[0] == CONJUNCTIONS[0] and len(w) > 3 else w
    return core[0].isalpha() and not vocab.is_stopword(core) and sc.phrase_at(k) is None \
        and vocab.reference_counts().get(core, 0) < vocab.INFLECTED and not _is_verb(core)


#: a body's other name in brackets or quotes after it is at most this many words («(دبليو دبليو إي)»)
MAX_BRACKETED = 3


def bracketed_names(sc: Scanner) -> list[Mention]:
    """A body's other name in brackets or quotes right after it (or after the place that follows
    it): Latin letters («بورصة كوريا (KRX)», «منظمة الأسلحة الكيماوية "OPCW"», «غرفة التجارة الدولية
    بباريس «ICC»») or, in brackets, one Arabic word the reference corpus hardly holds («(مينوسما)»). A mention of
    the body's kind, named again (:func:`.link.parenthesised_aliases` ties it to the body)."""
    words = sc.words
    covered = covered_tokens(len(words), sc.mentions)
    opens = vocab.word_class("bracket_open") | vocab.word_class("quote_open")
    closes = vocab.word_class("bracket_close") | vocab.word_class("quote_close")
    starts = {m.first: m for m in sc.mentions}
    out = []
    for m in sc.mentions:
        if m.kind not in ("government", "organisation", "media", "group"):
            continue
        t = m.last + 1
        after = starts.get(t)
        if after is not None and after.kind == "place":
            t = after.last + 1  # «بباريس «ICC»»: the body's seat, then its other name
        if t >= len(words) or words[t] not in opens:
            continue
        u = t + 1
        while u < len(words) and u - t <= MAX_BRACKETED and words[u] not in closes and not covered[u]:
            u += 1
        name = words[t + 1:u]
        bracketed = words[t] in vocab.word_class("bracket_open")
        if u < len(words) and words[u] in closes and name and _other_name(sc, t + 1, name, bracketed):
            out.append(Mention(t + 1, u - 1, 0, m.kind, "alias", (), " ".join(name)))
    return out


def _other_name(sc: Scanner, j: int, name: list[str], bracketed: bool) -> bool:
    """Words that may be a body's other name: Latin capitals (KRX, G20, OPCW), or in brackets one
    Arabic word no vocabulary phrase opens and the reference corpus hardly holds (مينوسما; in quotes
    it is as often what the body gave a prize to: «منحت اليونسكو "شوكان" جائزة»)."""
    if all(_latin_acronym(w) for w in name):
        return True
    w = name[0]
    return bracketed and len(name) == 1 and "\u0621" <= w[0] <= "\u064a" and not w.startswith(ARTICLE) \
        and sc.phrase_at(j) is None and vocab.reference_counts().get(w, 0) < vocab.INFLECTED \
        and not sc.clitic_word(w)


def _latin_acronym(w: str) -> bool:
    """A word of Latin capitals and digits, dots between (ICC, G20, U.N.)."""
    letters = w.replace(".", "")
    return len(letters) >= 2 and letters.isascii() and letters.isalnum() and any(c.isupper() for c in letters) \
        and not any(c.islower() for c in letters)


def _title_before(ending: dict[int, Mention], comma: int) -> Mention | None:
    """The title-only person mention a comma follows (``ending``: mentions by their last token),
    directly or through the body it serves («متحدثة | وزارة الخارجية الأميركية،»)."""
    m = ending.get(comma - 1)
    if m is not None and m.kind not in ("person", "anonymous"):
        m = ending.get(m.first - 1)
    return m if m is not None and m.type in ("title", "anonymous") else None  # «متحدثة» is an unnamed head


def _apposable(w: str) -> bool:
    """A word that may stand in a name in apposition: not a known word behind a conjunction
    («وبدأت») nor with a pronoun attached («مشاوراتها»), unless the whole word is a known name word
    (فورار, وليد: a name may begin with و or ف)."""
    if w in vocab.name_words():
        return True
    ref = vocab.reference_counts()
    if w[0] in CONJUNCTIONS and ref.get(w[1:], 0) >= max(vocab.INFLECTED, ref.get(w, 0) + 1):
        return False
    return not any(w.endswith(suffix) and ref.get(w[:-len(suffix)], 0) >= vocab.INFLECTED
                   for suffix in vocab.word_class("pronoun_suffix"))


def given_names_before(sc: Scanner, mentions: list[Mention]) -> list[Mention]:
    """A person named by a family name alone takes the unknown word right before it as the given
    name («أختير سيريل رامابوسا», «زيارة يوليا سكريبال»): a listed name word or a word the reference
    corpus never holds (see :func:`_given_name_before`), outside every other mention."""
    covered = covered_tokens(len(sc.words), mentions)
    out = []
    for m in mentions:
        k = m.first - 1
        if m.kind == "person" and m.type == "named" and m.name and not m.skip and k >= 0 and not covered[k] \
                and m.name[0] not in vocab.given_names() and _given_name_before(sc, k):
            m = dataclasses.replace(m, first=k, name=(sc.words[k], *m.name))
            covered[k] = 1
        out.append(m)
    return out


def _given_name_before(sc: Scanner, k: int) -> bool:
    """A listed name word that is no common noun, or a word the reference corpus never holds
    that opens with no clitic letter (يوليا، غاربا; not «وأقال», «لمناصري», «مصادقة»)."""
    w = sc.words[k]
    if not sc.is_word(k) or w.startswith(ARTICLE) or w in sc.not_name or w in sc.nationalities \
            or vocab.is_frequent(w) or vocab.is_inflected_word(w) or sc.phrase_at(k) is not None:
        return False
    if w in vocab.name_words() or w in vocab.given_names():
        return vocab.reference_counts().get(w, 0) < vocab.COMMON_NOUN  # «كلود», not «شكر», «حادثة»
    return w[0] not in CONJUNCTIONS + PREPOSITIONS and vocab.reference_counts().get(w, 0) == 0 \
        and not w.endswith(vocab.longest_first("pronoun_suffix"))


#: marks after which a word closes a name's phrase («سيمون فاي،», «رانيل ويكرمسينغه.»)
CLOSING_MARKS = COMMA | frozenset(".:؛;\"»)(")


def family_names_before_marks(sc: Scanner, mentions: list[Mention]) -> list[Mention]:
    """A person named by one unlisted word takes the word after it as the family name when a mark
    or a title closes the phrase right after that word («وقالت يانغي لي، محققة», «المفتش الرقيب
    نيك بايلي،», «الألماني توماس باخ رئيس اللجنة»): nothing else stands between a name and its
    comma, so a common-word look-alike (لي، حق، فاي) or a gazetteer place (لوهيا) is the surname.
    A mention the scan found in that word alone is dropped."""
    out, dropped = [], set()
    for m in mentions:
        j = m.last + 1
        if m.kind == "person" and m.type == "named" and m.first == m.last and _family_name_at(sc, m, j):
            m = dataclasses.replace(m, last=j, name=strip_hyphens((*m.name, sc.words[j])))
            dropped.add(j)
        elif m.first == m.last and m.first in dropped:
            continue
        out.append(m)
    return out


def _family_name_at(sc: Scanner, m: Mention, j: int) -> bool:
    """Word ``j`` after the one-word name ``m`` is its family name (see :func:`family_names_before_marks`)."""
    words = sc.words
    first = m.name[0] if m.name else ""
    ref = vocab.reference_counts()
    if j >= len(words) or not sc.is_word(j) or vocab.family_name_word(first) or m.skip and ref.get(words[m.first], 0) >= vocab.COMMON_NOUN \
            or not (first in vocab.name_words() or first in vocab.given_names() or ref.get(first, 0) < vocab.COMMON_NOUN):
        return False  # «ترامب …»: a listed family name has its name already; «لجان» (ل + جان): a noun
    if not (j + 1 == len(words) or words[j + 1] in CLOSING_MARKS or sc.title_after(j + 1)):
        return False
    w = words[j]
    return not (w in sc.not_name or w in stopwords() or w in sc.nationalities or vocab.is_inflected_word(w)
                or w[0] in CONJUNCTIONS and ref.get(w[1:], 0) >= vocab.INFLECTED or _behind_clitic(w) or sc.behind_preposition(w)
                or sc.accusative(w) or sc.feminine_participle(w) or sc.plural_participle(w)
                or scan.someones_noun(w) or _is_verb(w))


def _behind_clitic(w: str) -> bool:
    """A clitic before a word with the article, a stopword or a common word (للصحفيين، بشأن، فاي:
    ف + أي); ب or ل before any word of the corpus is :meth:`Scanner.behind_preposition` (لمنصب)."""
    ref = vocab.reference_counts()
    return any(skip and (core.startswith(ARTICLE) or core in stopwords() or ref.get(core, 0) >= vocab.COMMON)
               for skip, core in readings(w))

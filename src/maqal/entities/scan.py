"""Finding mentions: one left-to-right pass over the text layer's normalised tokens.

At each token (read with and without a proclitic) the longest phrase of the vocabulary that starts
there opens a mention; its handler extends it (a title takes its portfolio, nationality, the body it
serves and then the name; a head takes the name of its body; an anonymous source its adjectives and
affiliation).  A name with no title is found after a reporting verb.  Positions here are token
indices into ``NormalizedText.tokens``; :mod:`.link` maps them back to the original text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import compress

from ..lexicons import lexicon_cache, memo_bound
from ..normalized import TokenList, hyphen_joins, is_number
from . import vocabulary as vocab
from .adjectives import is_participle
from .morphology import ARTICLE, BY, CONJUNCTIONS, FOR, FUTURE, PREPOSITIONS, SIMILE, core_of, readings

#: a name is at most this many words (links such as بن and hyphen joins included)
MAX_NAME = 6
COMMA = frozenset("،,")
#: marks between a naming word and the name («المدعو / طه», «يدعى: حسن»)
NAMING_MARKS = frozenset("/:")
#: marks that end a sentence (tokens of their own)
SENTENCE_END = frozenset(".!?؟")
#: a feminine noun's ة is written ت before an attached pronoun (زوجة → زوجته)
FEMININE_STEM, TA_MARBUTA = "ت", "ة"
#: the mark some outlets put before a name in running text (في #برلين، #مجلس_الأمن)
HASHTAG = "#"
#: reference count from which a stem with an accusative ending (قادر + ا) is taken for a common word
ACCUSATIVE_STEM = 30
#: letters of a word with a participle's opening and the accusative ending taken for a participle
MIN_PARTICIPLE, MAX_PARTICIPLE = 5, 7  # مضيفا … مستدركا (مستفعل + ا); a longer word is a foreign name (منانغاغوا)
#: the memo of :func:`phrase_openings` is cleared when it reaches this many words
MAX_OPENINGS = 200_000


@lexicon_cache
def phrase_openings() -> dict:
    """Token → its readings that open a vocabulary phrase, ``(skip, core, phrase lengths)``:
    the memo of :meth:`Scanner.phrase_at` (most tokens open none; reading each again cost most of a pass)."""
    return {}


@dataclass
class Mention:
    """A mention in token indices ``[first, last]``; ``skip`` characters of the first token are a
    clitic left out of the span; ``title_tokens`` the title phrase (its indices, for the title
    column); for persons ``name`` holds the name's normalised words."""

    first: int
    last: int
    skip: int
    kind: str
    type: str  # named | alias (a body's other name in brackets: «(KRX)») | title | anonymous | anaphor (a definite head alone: «الوزارة») | anonymous_anaphor (المصدر) | state_anaphor (البلاد) | own_state (بلاده)
    name: tuple[str, ...] = ()
    canonical: str = ""
    affiliation: str | tuple = ""  # a country or body name, or (first, last, skip) of the body in the text
    title_tokens: list[int] = field(default_factory=list)
    head: str = ""
    display: str = ""  # a known body's name as the lexicon writes it
    title_skip: int = 0  # clitic characters before the title's first word
    title_words: frozenset = frozenset()  # the title's words without clitic or article, for linking
    after_comma: bool = False  # a comma stands right before the mention (set by rows)
    words: tuple[str, ...] = ()  # the mention's normalised words without clitic (set by rows)
    state: str = ""  # the state a country, capital or state body stands for (one entity for all)
    gender: str = ""  # "f" / "m" when a feminine title or a reporting verb right before tells it (set by rows)
    meets: bool = False  # a person right after a verb whose object follows its subject («والتقت ميركل»; set by rows)


#: from this reference count, a word no listed name holds does not open a name (after a verb:
#: «ووصفت مذكرة»; after a title: «المدعي العام الألماني مذكرة توقيف»); a rarer one may («قالت هيكس»)
UNTITLED_FIRST_WORD = 60


class Scanner:
    """The tokens of one text and the pass over them."""

    def __init__(self, tokens: list[tuple[int, int, str]], mining: bool = False,
                 written_names: frozenset[int] = frozenset(), written_prepositions: frozenset[int] = frozenset()):
        self.tokens = tokens
        self.written_names = written_names  # tokens the original text writes as a name (علي, not على)
        self.written_prepositions = written_prepositions  # and those it writes as the preposition (على)
        self.mining = mining  # scripts/mine_entities.py: take ال-words into a name after a title
        self.words = list(tokens.words) if isinstance(tokens, TokenList) else [t for _, _, t in tokens]
        self.phrases = vocab.phrases()
        self.first = vocab.first_words()
        self.openings = phrase_openings()
        self.nationalities = vocab.nationalities()
        self.nat_first = vocab.nationality_first_words()
        self.not_name = vocab.not_name()
        self.verbs = vocab.reporting_verbs()
        self.masdar_markers = vocab.verbal_noun_markers()
        self.about_sport = vocab.is_about_sport(self.words)
        self.mentions: list[Mention] = []
        self.bodies_by_head: dict[str, Mention] = {}  # see body_named_by_head
        self.bodies_indexed = 0

    # -- lookups -----------------------------------------------------------------------------
    def body_named_by_head(self, head: str) -> Mention | None:
        """The latest body or place of more than one word found so far whose first word (without
        its clitic) is ``head``. Kept as an index over the mentions, brought up to date on each
        call: a scan back over every mention for every definite head made long texts quadratic."""
        mentions, index = self.mentions, self.bodies_by_head
        for m in mentions[self.bodies_indexed:]:
            if m.kind not in ("person", "anonymous") and m.last > m.first:
                index[core_of(self.words[m.first], m.skip)] = m
        self.bodies_indexed = len(mentions)
        return index.get(head)

    def phrase_at(self, i: int, clitics: bool = True):
        """(skip, length, Entry) of the longest vocabulary phrase at token ``i``, or None."""
        words = self.words
        if clitics:
            found = self.openings.get(words[i])
            if found is None:
                found = self.opening_readings(words[i])
            if not found:
                return None  # most tokens open no phrase
        else:
            found = ((0, words[i], self.first.get(words[i], ())),)
        for skip, core, lengths in found:
            for n in lengths:
                if i + n <= len(words):
                    entry = self.phrases.get((core, *words[i + 1:i + n]))
                    if entry is not None and entry.sports_only and not self.about_sport:
                        entry = entry.otherwise  # «العين» a city, «النصر» victory, outside sport
                    if entry is not None:
                        return skip, n, entry
        return None

    def opening_readings(self, w: str) -> tuple:
        """The readings of token ``w`` that open a vocabulary phrase, ``(skip, core, phrase lengths)``,
        made once per word and process (:func:`phrase_openings`)."""
        openings = self.openings
        if len(openings) >= memo_bound(MAX_OPENINGS):
            openings.clear()
        found = openings[w] = tuple((skip, core, self.first[core]) for skip, core in readings(w) if core in self.first)
        return found

    def nationality_at(self, i: int):
        """(length, country) of a nationality adjective at token ``i`` (no clitic), or None."""
        words = self.words
        if i >= len(words):
            return None
        for form in (words[i], ARTICLE + words[i]):  # «الأمريكي» and, after an indefinite noun, «أمريكي»
            for n in self.nat_first.get(form, ()):
                phrase = [form] + [w if form == words[i] else ARTICLE + w for w in words[i + 1:i + n]]
                country = self.nationalities.get(" ".join(phrase))
                if country is not None:
                    return n, country
        return None

    def is_word(self, i: int) -> bool:
        return i < len(self.words) and self.words[i][0].isalpha()

    # -- names -------------------------------------------------------------------------------
    def name_from(self, i: int, after_title: bool, continuing: bool = False) -> int:
        """How many tokens from ``i`` make a personal name (0 if none): name words (see
        :meth:`name_word`), links inside (بن، عبد، آل: the word after a link is taken whatever it
        is), hyphen joins (جونغ-أون)."""
        words, toks = self.words, self.tokens
        links = vocab.name_links()  # a given name after a name word, after a title, ends it (اللواء جميل حسن)
        j, last_word, linked = i, -1, False
        while j < len(words) and j - i < MAX_NAME + 2:
            w = words[j]
            if (last_word == j - 1 or j == i > 0) and hyphen_joins(toks, j):
                last_word = j + 1  # a hyphen joins a name's parts whatever the part (جاي-إن)
                j += 2
                continue
            if not w[0].isalpha() or j in self.written_prepositions and not linked:
                break  # «الرئيس الإيراني | على هامش»: the preposition ends a name (not «بن على»)
            if not linked:
                found = self.phrase_at(j)
                if found and found[0] and found[2].type == "place" and w[found[0] - 1] == SIMILE:
                    found = None  # «الرئيس الروماني كلاوس يوهانيس»: no «like Laos» where a name stands
                if found and (found[2].type != "name" or found[2].kind != "person"):
                    break
                if j == i and after_title and self.served_name(w):
                    break  # «المعارض الرئيسي | لبوتين»: a name behind ل or ب is whom the title serves
                if found and not found[0] and found[1] > 1:  # a listed full name is taken whole (باراك أوباما)
                    last_word = j = j + found[1] - 1
                    j += 1
                    if j < len(words) and (words[j] in links or words[j] == "-" or words[j] in vocab.name_words()
                                           or words[j] in vocab.word_class("given_name") and not vocab.is_stopword(words[j])):
                        # «علي عبد الله صالح»: a father's given name after the listed «عبد الله»
                        continue
                    break
            regnal = last_word == j - 1 and (w in vocab.word_class("regnal") or w in vocab.word_class("compound_tail"))  # عبدالله الثاني، تقي الدين
            second_given = (after_title and last_word == j - 1 or continuing and j == i
                            or j == i + 1 == last_word + 1 and words[i] in vocab.given_names()) \
                and w in vocab.word_class("given_name") and not vocab.is_stopword(w)  # «بشير صالح»
            month_surname = last_word == j - 1 and j > i and w in vocab.month_names() and not (
                j + 1 < len(words) and is_number(words[j + 1]))  # «تيريزا ماي»، not «15 ماي 2018»
            if j - i >= 2 and last_word == j - 1 and self.feminine_participle(w):
                break  # «كليمانس بيكتارت | منسقة مجموعة العمل»: her role after a name of two words
            if j > i and self.plural_participle(w) and not self.title_after(j + 1):
                break  # «جاك ويلشير | قادرون», «السيدة تشو كن | قادرات»: a predicate, not a family name
            foreign_given = after_title and j == i and self.before_foreign_surname(j)  # «البطلة سارا سيوستروم»
            if (j > i or continuing) and self.ends_name(j, linked):
                break
            if w in vocab.word_class("foreign_particle") and vocab.is_stopword(w) and last_word == j - 1 \
                    and words[last_word].startswith(ARTICLE):
                break  # «وعبدالعزيز الجبرين | لو تفحطون»: «if» after an Arabic family name
            if not (linked and (not vocab.is_stopword(w) or w in vocab.month_names()) or regnal or second_given or month_surname or foreign_given or w in links
                    or j in self.written_names and w[0] not in CONJUNCTIONS
                    or self.name_word(w, j == i and not continuing, after_title, after_given=j > 0 and words[j - 1] in vocab.given_names())
                    or self.given_before_name(j, after_title)):
                break
            linked = w in links
            if not linked:
                last_word = j
            j += 1
        if last_word == i and not continuing and words[i].startswith(ARTICLE):
            return 0  # a foreign given name read as the article + a word opens a name, it is none alone
        return 0 if last_word < 0 else last_word - i + 1

    def ends_name(self, j: int, linked: bool) -> bool:
        """Word ``j``, a later word of a name, ends it: a link before a kinship noun («تشو شيني | ابن
        عمها»: whose relative the person is), or «و» + a word of the corpus before another word
        («السيدة تشو | وتشرف تقريبا», «حياة الفهد | وجاسم النبهان»: the next clause or name)."""
        words = self.words
        if words[j] in vocab.name_links():
            return j + 1 < len(words) and _kin_word(words[j + 1])
        return not linked and self.conjoined_word(j)

    def conjoined_word(self, j: int) -> bool:
        """Word ``j`` is «و» + a word the reference corpus holds at least :data:`vocab.INFLECTED` times
        and more often than the whole (وتشرف: تشرف 207, وتشرف 38), and a word follows it: the next
        clause or list item, not a name's later word.  Before a mark or the end it may be a family
        name (رافي وهبة (، عمرو وردة،)."""
        words = self.words
        if j + 1 >= len(words) or not words[j + 1][0].isalpha():
            return False
        return _conjoined_word(words[j])

    def foreign_article_name(self, w: str) -> bool:
        """A foreign given name that opens with the letters of the article (اليكسي، الكسندر،
        اليزابيث): nothing of the reference corpus stands behind them, and no adjective it is."""
        nisba = len(w) > MAX_PARTICIPLE and w.endswith(vocab.longest_first("nisba"))  # «الأوروغوياني»: an unlisted adjective
        return len(w) >= MIN_PARTICIPLE and vocab.reference_counts().get(w[len(ARTICLE):], 0) == 0 and not nisba \
            and not vocab.is_common_word(w) and w not in self.nationalities and w not in self.not_name

    @staticmethod
    def served_name(w: str) -> bool:
        """A known name word behind a preposition (لبوتين، بترامب)."""
        return w[0] in PREPOSITIONS and w not in vocab.name_words() and any(
            skip == 1 and (core in vocab.name_words() or core in vocab.given_names()) for skip, core in readings(w))

    def given_before_name(self, j: int, after_title: bool) -> bool:
        """A given name that is also a common word (علي، عيد، مبارك) stands in a name when a name
        word, a link or another given name follows it («مفرح علي أحمد», «عيد ماطر»), not before a
        common word («محمد على الاقتراح»)."""
        words = self.words
        if words[j] not in vocab.word_class("given_name") or j + 1 >= len(words):
            return False
        after = words[j + 1]
        if after.startswith(ARTICLE) and after not in vocab.name_links() \
                and not after.endswith(vocab.longest_first("family_nisba")):
            return False  # «ناصيف البياوي على التشكيلة»; a family nisba follows a name (محمد علي الألمعي)
        return after[0].isalpha() and (after in vocab.name_links() or after in vocab.word_class("given_name")
                                       or self.name_word(after, False, after_title))

    def name_word(self, w: str, first: bool, after_title: bool, after_given: bool = False) -> bool:
        """A word that may stand in a name: a known name word, or an unknown word that is no
        title, time word, verb, clitic-bearing or common word; an ال-word only inside a name: after
        a title (عبد الفتاح السيسي), or a rare one after a verb (عدنان المعيبد).  Mining also takes common words after a title (محمد،
        عادل، كيري: a name often in the news is a common word of the reference list)."""
        if w in self.not_name or _is_future_verb(w) or (not first and w[0] in CONJUNCTIONS and len(w) > 3 and (
                w[1:] in vocab.name_words() or w not in vocab.name_words() and w.endswith(vocab.longest_first("pronoun_suffix")))):
            return False  # a verb, the next name of a list («كيم جونغ أون وفلاديمير»), «و» + a noun («سليماني وشبكته»)
        if first and w.startswith(ARTICLE):
            return after_title and self.foreign_article_name(w)  # a name does not open with the article
            # (a known one is matched whole), but a foreign one may look as if it did (اليكسي، الكسندر)
        if vocab.is_inflected_word(w) or any(skip and vocab.is_suffixed_noun(core) for skip, core in readings(w)):
            return False  # «محمد جواد ظريف يطير», «هشام مرسي تفاؤله», «وجهودهم»
        if _possessed_plural(w):
            return False  # «الرئيس الأمريكي | انتقاداته»: what the titled person did, not their name
        if w in vocab.name_words() and (after_title or not vocab.is_frequent(w)):
            return True  # after a verb a frequent word («موقع», «إدارة») is no name even if a name has it
        if self.clitic_word(w) and not (first and after_title and self.foreign_conjunction_look(w)) \
                or self.accusative(w) or not first and self.behind_preposition(w):
            return False  # «الملك فهد | بسعة»: a preposition before a known word ends the name
        if not first and vocab.opens_clauses(w):
            return False  # «سعد دوابشة | توفي», «غنيمات | التأكيد»: a verb or noun that opens a clause
        if not first and _suffixed_noun(w):
            return False  # «السيدة تشو | خبرتها», «… | عمها»: a noun with «her/their», not a name's word
        if not first and _kin_word(w):
            return False  # «تشو شيني | عمها», «حسن طالع جعفري | شقيق الطفل»: whose relative, not the name
        if not first and w in vocab.construct_titles():
            return False  # «مايكل كوهين | محامي ترمب»: another person's title, not a word of the name
        if w.startswith(ARTICLE):  # a family nisba (العنزي، الشهراني) is a name word, a nationality none
            family = w.endswith(vocab.longest_first("family_nisba")) and w not in self.nationalities and not vocab.is_stopword(w)
            return not first and (after_title or after_given and family or not vocab.is_frequent(w)) \
                and (self.mining or not vocab.is_common_word(w) or family)  # «نايف الحربي»: a frequent family name after a given name
        if first and not after_title and w not in vocab.name_words() and vocab.reference_counts().get(w, 0) >= UNTITLED_FIRST_WORD:
            return False  # «ووصفت | مذكرة توقيف», «المدعي العام الألماني | مذكرة»: an attested word opens no unknown name
        return (self.mining and after_title) or not vocab.is_common_word(w)

    def clitic_word(self, w: str) -> bool:
        """A word behind a proclitic (بالقول، للصحفيين، وعضو، بمكتب): never a name.  The word behind
        must carry the article, or be a common word more frequent than the whole (not بوتين → وتين)."""
        ref = vocab.reference_counts()
        return any(skip and (core.startswith(ARTICLE) or w[skip - 1] != SIMILE and ref.get(core, 0) >= vocab.COMMON
                             and ref.get(core, 0) > ref.get(w, 0)) for skip, core in readings(w))

    @staticmethod
    def foreign_conjunction_look(w: str) -> bool:
        """A word that reads as «و» or «ف» + the article + a word the reference corpus never holds
        (فاليريو، فالماتا، فالنتينا): after a title, a foreign given name, not «and the …»."""
        ref = vocab.reference_counts()
        behind = [core for skip, core in readings(w) if skip]
        return w[0] in CONJUNCTIONS and ref.get(w, 0) == 0 and bool(behind) \
            and all(core.startswith(ARTICLE) and ref.get(core, 0) == 0 for core in behind)

    @staticmethod
    def prepositional(w: str) -> bool:
        """ب/ل/ك before a known word (نوه بيقظة، رحبت بتنحي): the verb's object, not a name after it
        (بوتين, لافروف: the whole word is the better known)."""
        if w in vocab.name_words():
            return False  # كمال، باسم: a known name whatever the word behind ك or ب
        ref = vocab.reference_counts()
        return any(skip and w[skip - 1] in PREPOSITIONS and ref.get(core, 0) >= vocab.INFLECTED
                   and ref.get(core, 0) > ref.get(w, 0) and not _verb_behind(w[skip - 1], core)
                   for skip, core in readings(w))

    @staticmethod
    def behind_preposition(w: str) -> bool:
        """ب or ل before a word of the reference corpus, inside a name (فهد بسعة، سلمان لشؤون)."""
        ref = vocab.reference_counts()
        return any(skip and w[skip - 1] in (BY, FOR) and ref.get(core, 0) >= vocab.INFLECTED for skip, core in readings(w))

    @staticmethod
    def accusative(w: str) -> bool:
        """An adverbial accusative (قادرا، معربا، متسائلا): the ending on a common word's stem or on a
        derived participle — never on a word with the article, which takes no tanwin («عمر المهنا»:
        a family name, not المهن + ا), and never on a word the reference corpus does not hold (يوليا)."""
        if w.startswith(ARTICLE):
            return False
        ref = vocab.reference_counts()
        endings = vocab.longest_first("accusative_ending")
        if w.endswith(endings) and w.startswith(vocab.longest_first("participle_opening")) \
                and MIN_PARTICIPLE <= len(w) <= MAX_PARTICIPLE and w not in vocab.name_words():
            return True  # «نيبينزيا | متسائلا»: a derived participle as an adverb
        return ref.get(w, 0) > 0 and any(w.endswith(e) and ref.get(w[: -len(e)], 0) >= ACCUSATIVE_STEM for e in endings)
        # (a word the reference corpus never writes is no adverb of a common stem: «وابنته يوليا»)

    def before_foreign_surname(self, j: int) -> bool:
        """Word ``j`` ends in ا as an adverb does (سارا، جينا: «سار», «جين» are common stems), but a rare
        word follows that is a name's: a given name before a foreign surname, not an accusative."""
        words = self.words
        if j + 1 >= len(words) or not self.accusative(words[j]) or vocab.is_stopword(words[j]) \
                or words[j].startswith(vocab.longest_first("participle_opening")):
            return False  # «مؤكدا»: a derived participle is an adverb whatever follows
        after = words[j + 1]
        return after[0].isalpha() and not after.startswith(ARTICLE) and not vocab.is_stopword(after) \
            and vocab.reference_counts().get(after, 0) < vocab.INFLECTED and not self.clitic_word(after) \
            and not self.accusative(after) and after not in self.not_name

    @staticmethod
    def feminine_participle(w: str) -> bool:
        """A feminine participle of the reference corpus (منسقة، حاملة، مسؤولة): after a name, the
        woman's role («كليمانس بيكتارت منسقة مجموعة العمل»), not a word of her name."""
        if not MIN_PARTICIPLE <= len(w) <= MAX_PARTICIPLE or w in vocab.name_words() \
                or not w.endswith(vocab.longest_first("feminine_adjective_ending")):
            return False
        ending = next(e for e in vocab.longest_first("feminine_adjective_ending") if w.endswith(e))
        return is_participle(w[:-len(ending)]) and vocab.reference_counts().get(w, 0) >= vocab.INFLECTED

    @staticmethod
    def plural_participle(w: str) -> bool:
        """A plural participle (قادرون، قادرات، مستعدين): its stem a participle's that the reference
        corpus holds with the other endings of an adjective (قادرة، قادرين) at least
        :data:`vocab.INFLECTED` times (not جاكسون، سايمون, whose «other forms» are none)."""
        plural = next((e for e in _plural_endings() if w.endswith(e)), "")
        stem = w[:-len(plural)] if plural else ""
        if not stem or w in vocab.name_words() or not is_participle(stem):
            return False
        ref = vocab.reference_counts()
        return sum(ref.get(stem + e, 0) for e in _adjective_endings() if e != plural) >= vocab.INFLECTED

    def title_after(self, j: int) -> bool:
        """A title opens at word ``j``, or right after a comma there: the name before it is
        described («انطوني مالكين رئيس …», «إدوين ماسون، الأستاذ …»), so a plural participle's
        look-alike before it is the family name, not a predicate («قادرون على اللعب»)."""
        words = self.words
        if j < len(words) and words[j] in COMMA:
            j += 1
        found = self.phrase_at(j) if j < len(words) else None
        return found is not None and found[2].type in ("title", "counterpart")

    def given_name_at(self, i: int) -> Mention | None:
        """A personal name a given name opens where no title or verb announces it («من عبدالله
        السديري وعبدالله الشامخ», «المهاجم ناصر الشمراني»): the given name, alone or behind و/ف,
        and at least one more name word."""
        for skip, core in readings(self.words[i]):
            if skip > 1 or skip and self.words[i][0] not in CONJUNCTIONS or core not in vocab.given_names() \
                    or vocab.is_stopword(core) and i not in self.written_names \
                    or self.nationality_at(i) is not None and not self.after_definite_noun(i, skip):
                continue  # «على» (normalised as علي), «صحفي تركي»
            if vocab.is_stopword(core) and self.defined_feminine(i + 1):
                continue  # «ظهرت علي المصابة أعراض»: «عليّ» (on me) before a definite adjective
            n = self.name_from(i + 1, after_title=False, continuing=True) if i + 1 < len(self.words) else 0
            if n:
                return Mention(i, i + n, skip, "person", "named", strip_hyphens((core, *self.words[i + 1:i + 1 + n])))
        return None

    @staticmethod
    def naming_word(w: str) -> bool:
        """A ``naming_word`` (يدعى، المدعو), alone or behind «و/ف»."""
        naming = vocab.word_class("naming_word")
        return w in naming or w[0] in CONJUNCTIONS and w[1:] in naming

    def named_after(self, i: int) -> Mention | None:
        """The name after the naming word at ``i`` («الذي يدعى إبراهيم سليمان عدنان آدم هارون», «المدعو /
        طه محمد»), past a slash or colon, read as after a title; None when no name follows."""
        k = i + 1
        if k < len(self.words) and self.words[k] in NAMING_MARKS:
            k += 1
        if k >= len(self.words) or self.phrase_at(k) is not None and self.phrase_at(k)[2].kind != "person":
            return None
        n = self.name_from(k, after_title=True)
        return Mention(k, k + n - 1, 0, "person", "named", strip_hyphens(self.words[k:k + n])) if n else None

    def after_definite_noun(self, i: int, skip: int) -> bool:
        """Token ``i`` (no clitic) follows a definite noun, which an indefinite nationality adjective
        never qualifies: «الهكر تركي عمر» is a given name, where «صحفي تركي» is Turkish."""
        before = self.words[i - 1] if i else ""
        return not skip and before.startswith(ARTICLE) and not vocab.is_stopword(before) \
            and before not in self.nationalities

    def defined_feminine(self, j: int) -> bool:
        """Word ``j`` has the article and a feminine ending (المصابة، الحكومة): no name word after
        a given name that is also a preposition."""
        return j < len(self.words) and self.words[j].startswith(ARTICLE) \
            and self.words[j].endswith(vocab.longest_first("feminine_adjective_ending"))

    def listed_name_at(self, i: int) -> Mention | None:
        """The next name of a list of people behind «و», right after a name or its comma («حسن
        نصرالله، ونعيم قاسم»): its first word read as after a title, and at least one more name word."""
        before = self.mentions[-1] if self.mentions else None
        w = self.words[i]
        if before is None or before.kind != "person" or before.type != "named" or w[0] != CONJUNCTIONS[0] \
                or not (before.last == i - 1 or before.last == i - 2 and self.words[i - 1] in COMMA):
            return None
        core = w[1:]
        if len(core) < 2 or core.startswith(ARTICLE) or i + 1 >= len(self.words) \
                or core.endswith(vocab.longest_first("pronoun_suffix")) and core not in vocab.name_words():
            return None  # «ترامب ومستشاره المقرب»: his adviser, no name
        n = self.name_from(i + 1, after_title=False, continuing=True) if self.name_word(core, True, after_title=False) else 0
        if not n and (core in vocab.given_names() or core in vocab.name_words()) and self.name_word(core, True, after_title=True):
            n = self.name_from(i + 1, after_title=True, continuing=True)  # «، وخالد الغامدي،»: a given name that is
            # also a common word, in a list, read as after a title
            n = n if self.ends_list_item(i + 1 + n) else 0
        return Mention(i, i + n, 1, "person", "named", strip_hyphens((core, *self.words[i + 1:i + 1 + n]))) if n else None

    def ends_list_item(self, j: int) -> bool:
        """Token ``j`` closes an item of a list of names: a comma, the sentence's end or the next item's «و»."""
        return j >= len(self.words) or self.words[j] in COMMA | SENTENCE_END or self.words[j][0] == CONJUNCTIONS[0]

    # -- the pass ----------------------------------------------------------------------------
    def run(self) -> list[Mention]:
        words = self.words
        openings, unlisted = self.openings, unlisted_openings()
        from .extend import capital_mention, extend, nationality_name, people_mention

        resume = 0  # the token after the latest mention (or name) found
        for i in self.may_open():
            if i < resume:
                continue
            w = words[i]
            opening = openings.get(w)  # the memos read here first: most tokens open nothing
            found = None if opening is not None and not opening else self.phrase_at(i)
            if found is not None:
                mention = extend(self, i, *found)
            elif unlisted.get(w) if w in unlisted else may_open_unlisted(w):
                mention = people_mention(self, i) or self.given_name_at(i) or capital_mention(self, i) \
                    or nationality_name(self, i)
            else:
                mention = None
            if mention is None and self.mentions and self.mentions[-1].last >= i - 2:
                mention = self.listed_name_at(i)
            if mention is not None:
                self.mentions.append(mention)
                resume = max(mention.last + 1, i + 1)
                continue
            named = self.named_after(i) if self.naming_word(w) else None
            if named is not None:
                self.mentions.append(named)
                resume = named.last + 1
                continue
            if words[i] in self.verbs and i + 1 < len(words) and self.phrase_at(i + 1) is None \
                    and not (i and words[i - 1] in self.masdar_markers) and not self.prepositional(words[i + 1]):
                n = self.name_from(i + 1, after_title=False)
                if n:
                    name = tuple(words[i + 1:i + 1 + n])
                    self.mentions.append(Mention(i + 1, i + n, 0, "person", "named", strip_hyphens(name)))
                    resume = i + 1 + n
        return self.mentions

    def may_open(self) -> list[int]:
        """Indices of the tokens the pass must read: those that may open something (a word opening a
        vocabulary phrase or an unlisted mention, a word behind «و» — the next name of a list —, a
        reporting verb). The rest open nothing whatever stands around them: the pass steps over them
        without reading them again (each distinct word is judged once per process, :func:`opening_words`)."""
        return tokens_where(self.words, opening_words(), lambda w: not self.idle(w))

    def idle(self, w: str) -> bool:
        """Token ``w`` opens nothing in the pass (see :meth:`may_open`)."""
        if not w[0].isalpha():
            return True
        if w[0] == CONJUNCTIONS[0] or w in self.verbs or self.naming_word(w):
            return False
        opening = self.openings.get(w)
        if opening is None:
            opening = self.opening_readings(w)
        return not opening and not may_open_unlisted(w)


@lexicon_cache
def opening_words() -> dict:
    """Token → whether it may open something in the pass: the memo of :meth:`Scanner.may_open`."""
    return {}


def tokens_where(words: list[str], memo: dict, test) -> list[int]:
    """Indices of the tokens whose word passes ``test``, each distinct word judged once: ``memo``
    (word → verdict) keeps the verdicts — a :func:`lexicon_cache` dict keeps them for the process
    (emptied with the lexicons; started again when it would hold more than :data:`MAX_OPENINGS`
    words), a fresh ``{}`` for this text only."""
    verdicts = list(map(memo.get, words))  # one lookup a token: most words were judged before
    if None in verdicts:
        missing = {w for w, v in zip(words, verdicts) if v is None}
        if len(memo) + len(missing) > memo_bound(MAX_OPENINGS):
            memo.clear()
            missing = set(words)
        for w in missing:
            memo[w] = test(w)
        verdicts = list(map(memo.__getitem__, words))
    return list(compress(range(len(words)), verdicts))


@lexicon_cache
def unlisted_openings() -> dict:
    """Token → whether a reading of it is a people, a given name or «العاصمة»: the memo of
    :func:`may_open_unlisted` (most tokens are none, and their readings need not be made again)."""
    return {}


def may_open_unlisted(word: str) -> bool:
    """Whether a token no vocabulary phrase opens may still open a mention: a people
    («الفلسطينيين»), a given name («وعبدالله»), a capital by its nationality («بالعاصمة») or a
    nationality before a name («والياباني ريوجي ساتو»)."""
    memo = unlisted_openings()
    found = memo.get(word)
    if found is None:
        if len(memo) >= memo_bound(MAX_OPENINGS):
            memo.clear()
        heads = unlisted_heads()
        found = memo[word] = any(core in heads for _, core in readings(word))
    return found


@lexicon_cache
def unlisted_heads() -> frozenset[str]:
    """What a reading of a token is to open a mention no vocabulary phrase opens: a people, a given
    name, «العاصمة» or a nationality (one set, made once: :func:`may_open_unlisted` read four)."""
    return frozenset(vocab.peoples().keys() | vocab.given_names() | vocab.word_class("capital_head")
                     | vocab.nationalities().keys())


def scanned_tokens(tokens: TokenList | list[tuple[int, int, str]]) -> TokenList:
    """The tokens the scanner reads: the text layer's, without the hashtag marks some outlets put
    before words inside running text («الرئيس الروسي فلاديمير #بوتين», «شركة #فيسبوك»), so a mark
    neither cuts a name nor opens one; a mention's span still runs over a mark inside it.

    A TokenList (columns): the layer's own when no mark is left out (shared: not modified), never
    a tuple per token (about 130 bytes each: most of a long article's entity pass's memory)."""
    if not isinstance(tokens, TokenList):
        tokens = TokenList(*zip(*tokens)) if tokens else TokenList()
    return tokens.select(w != HASHTAG for w in tokens.words) if HASHTAG in tokens.words else tokens


def covered_tokens(n: int, mentions) -> bytearray:
    """One byte per token of ``n``: 1 where a mention stands (the passes after the scan take only
    tokens no mention holds)."""
    covered = bytearray(n)
    for m in mentions:
        covered[m.first:m.last + 1] = b"\x01" * (m.last + 1 - m.first)
    return covered


def _conjoined_word(w: str) -> bool:
    """«و» + a word the reference corpus holds at least :data:`vocab.INFLECTED` times, and more often
    than the whole (وتشرف: تشرف 207, وتشرف 38): the next clause or list item, never a name's later
    word (وليد، وانغ: nothing stands behind their و)."""
    if w[0] != CONJUNCTIONS[0] or len(w) <= 3 or w in vocab.name_words():
        return False
    ref = vocab.reference_counts()
    core = w[1:]
    return ref.get(core, 0) >= vocab.INFLECTED and ref.get(core, 0) > ref.get(w, 0)


def _plural_endings() -> tuple[str, ...]:
    """The endings of a sound plural (ون، ين، ات)."""
    return vocab.longest_first("masculine_plural_ending") + tuple(
        e for e in vocab.longest_first("feminine_ending") if len(e) > 1)


def _adjective_endings() -> tuple[str, ...]:
    """The endings an adjective takes after its stem (ة، ون، ين، ات)."""
    return vocab.longest_first("masculine_plural_ending") + vocab.longest_first("feminine_ending")


#: the attached pronouns that no name ends in as the ه of «عبده، طه» does (ها، هم، هما)
LONG_SUFFIX = 2


def _suffixed_noun(w: str) -> bool:
    """A word with an attached pronoun of two letters or more (ها، هم، هما) whose stem (ة written ت
    before it) the reference corpus holds at least :data:`vocab.INFLECTED` times, however rare the
    whole (عمها: عم 71, عمها 5): no listed name's word nor given name."""
    suffix = next((s for s in vocab.longest_first("pronoun_suffix") if w.endswith(s)), "")
    stem = w[:-len(suffix)] if len(suffix) >= LONG_SUFFIX else ""
    if len(stem) < LONG_SUFFIX or w in vocab.name_words() or w in vocab.given_names():
        return False
    ref = vocab.reference_counts()
    whole = stem[:-1] + TA_MARBUTA if stem.endswith(FEMININE_STEM) else stem
    return max(ref.get(stem, 0), ref.get(whole, 0)) >= vocab.INFLECTED


#: letters of the shortest sound feminine plural taken for a possessed noun (زيارات)
MIN_PLURAL_STEM = 5


def _possessed_plural(w: str) -> bool:
    """A sound feminine plural with an attached pronoun (انتقاداته، تصريحاتها، زياراتهم) whose plural
    the reference corpus holds at least :data:`vocab.INFLECTED` times, however rare the whole: the
    person's acts or words, never a name (no listed name word)."""
    suffix = next((s for s in vocab.longest_first("pronoun_suffix") if w.endswith(s)), "")
    stem = w[:-len(suffix)] if suffix else ""
    plurals = tuple(e for e in vocab.longest_first("feminine_ending") if len(e) > 1)
    return len(stem) >= MIN_PLURAL_STEM and stem.endswith(plurals) and w not in vocab.name_words() \
        and w not in vocab.given_names() and vocab.reference_counts().get(stem, 0) >= vocab.INFLECTED


def someones_noun(w: str) -> bool:
    """A noun with «his/her/their» (خبرتها، عمها، انتقاداته): what or whom a person has, never
    the word of a name."""
    return _suffixed_noun(w) or _kin_word(w) or _possessed_plural(w)


def _kin_word(w: str, bare: bool = True) -> bool:
    """A kinship noun (entity_words.tsv: kin_noun) with an attached pronoun (عمها، أخيه، زوجته), or
    bare when ``bare`` (عم of «ابن عم الرئيس»; a link itself, أبي of «علي بن أبي طالب», is left out)."""
    kin = vocab.word_class("kin_noun")
    if w in vocab.name_words():
        return False
    if bare and w in kin and w not in vocab.name_links():
        return True
    suffix = next((s for s in vocab.longest_first("pronoun_suffix") if w.endswith(s)), "")
    stem = w[:-len(suffix)] if suffix else ""
    return bool(stem) and (stem in kin or stem.endswith(FEMININE_STEM) and stem[:-1] + TA_MARBUTA in kin)


def _verb_behind(clitic: str, core: str) -> bool:
    """ك never stands before an imperfect verb: «كيلي» is a name, not ك + «يلي» (ب may: «بيقظة»)."""
    return clitic == SIMILE and core.startswith(vocab.longest_first("verb_prefix"))


def is_future_verb(word: str) -> bool:
    """A future verb (سيزور، ستعقد): never part of a name or a body's name."""
    return _is_future_verb(word)


def _is_future_verb(word: str) -> bool:
    """سيزور is يزور made future; ستيفان is no تيفان."""
    return len(word) >= 4 and word.startswith(FUTURE) and vocab.reference_counts().get(word[1:], 0) >= ACCUSATIVE_STEM


def strip_hyphens(words) -> tuple[str, ...]:
    """A name's words without the hyphens that joined some of them."""
    return tuple(w for w in words if w != "-")

"""Claims versus sources: who says what, how it is attributed, how hedged.

    >>> import maqal
    >>> from maqal.claims import claims
    >>> art = maqal.load_article(maqal.paths.SAMPLE_ARTICLE)
    >>> claims(art)[["source", "source_type", "source_side", "cue", "direct_quote", "hedged"]]

:func:`claims` cuts every sentence into claim rows (clauses carrying one proposition) and says,
for each, who the source is (or ``author`` when the outlet speaks in its own voice), what kind
of source it is, which side it belongs to, with which cue it is attributed, whether it is quoted
directly, and how it is hedged or disowned.

Everything language-specific lives in plain data files under ``maqal/data/lexicons`` (an analyst
can read and extend them; see their header comments):

* ``claim_cues.tsv`` — reporting verbs, participles, "according to" phrases, passive cues, claim
  nouns, origin phrases, and the small word lists that bound a source phrase;
* ``hedges.tsv``, ``allegation_markers.txt`` — hedging and disowning words;
* ``source_roles.tsv`` — role nouns and titles → source type;
* ``source_sides.tsv`` — nationality adjectives, countries, capitals, institutions → side;
* ``anonymous_sources.txt`` — unnamed sources (مصادر مطلعة، مسؤول رفض الكشف عن اسمه).

Matching runs on a normalised copy of the text (:func:`maqal.arabic.normalize`); an offset array
maps every match back, so ``article.text[start:end]`` always gives back the surface form.
Regexes are compiled once, on first use, from the data files; the rows are plain tuples until
the DataFrame is built at the end.

Conventions for spans: a *source* span covers whole words (``للمخابرات الكورية الجنوبية``); a
*cue* span leaves out a leading conjunction و/ف (``وقالت`` → ``قالت``). Sources that are only
inherited (``…، مؤكدا أن``) point at the mention they continue; impersonal cues (``يُزعم``)
have no source span (``<NA>``).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .arabic import normalize
from .lexicons import alternation, lexicon_cache, read_list, read_table
from .lexicons import reload as _reload_all
from .normalized import TRAILING_MARKS
from .textlayer import text_layer

__all__ = ["claims", "claim_rows", "SOURCE_TYPES", "COLUMNS", "reload_lexicons"]

SOURCE_TYPES = ("official", "government", "institution", "organization", "intelligence",
                "media", "expert", "anonymous", "person", "author")

COLUMNS = ["claim", "sentence", "paragraph", "start", "end", "text",
           "source", "source_start", "source_end", "source_type", "source_side", "source_inherited",
           "attributed", "cue", "cue_start", "cue_end", "cue_kind", "cue_lemma",
           "direct_quote", "hedged", "hedges", "allegation", "allegations"]

_QUOTES_OPEN = "“«\"„‘"
_QUOTES_CLOSE = "”»\"’"
_QUOTE_CHARS = set(_QUOTES_OPEN + _QUOTES_CLOSE)
_CLAUSE_PUNCT = set("،,؛;:-–—()")
_PROCLITIC = "[وفبلك]"
#: words, punctuation, and an initial with its dot (د. م. J.) as one word: a title, not a full stop
_TOKEN_RE = re.compile(r"(?<!\w)[^\W\d_]\.(?=\s+\w)|\w+|[^\w\s]")
_MAX_SOURCE_TOKENS = 20
_TRAILING_MARKS = "".join(TRAILING_MARKS)
_MAX_LEFT_SUBJECT = 8
#: subject pronouns a pronoun host carries (لكنها، كما أنه)
_SUBJECT_PRONOUN_SUFFIXES = "(?:ه|ها|هم|هما|هن)"
#: the word classes of ``claim_words.tsv``
_WORD_CLASSES = ("complement", "adjunct", "speech_event", "speech_event_modifier",
                 "speech_event_preposition", "aside", "resumptive", "infinitive_particle", "demonstrative",
                 "name_link", "feminine_plural", "role_preposition", "verb_particle", "pronoun_host",
                 "noun_complement", "prep_relative", "prep_relative_pronoun", "not_a_source", "alleging")


@dataclass(frozen=True)
class _Words:
    """The closed word classes of ``claim_words.tsv`` (normalised), and what blocks a claim."""

    complement: frozenset  # (with ":", which opens a quotation as a complement does)
    adjunct: frozenset
    speech_event: frozenset
    speech_event_modifier: frozenset
    speech_event_preposition: frozenset
    aside: frozenset
    resumptive: frozenset
    infinitive_particle: frozenset
    demonstrative: frozenset
    name_link: frozenset
    feminine_plural: frozenset
    role_preposition: frozenset
    verb_particle: frozenset
    pronoun_host: frozenset
    noun_complement: frozenset
    prep_relative: frozenset
    prep_relative_pronoun: frozenset
    not_a_source: frozenset
    alleging: frozenset
    no_claim_after: frozenset  # negations and passive auxiliaries: لم تكشف، تم نقل
    pronoun_subject_re: re.Pattern  # a pronoun host with its subject pronoun (لكنها، وكأنه)


@lexicon_cache
def _words() -> _Words:
    classes: dict[str, set] = {name: set() for name in _WORD_CLASSES}
    for row in read_table("claim_words.tsv"):
        if row[0] not in classes:
            raise ValueError(f"claim_words.tsv: unknown class {row[0]!r}")
        classes[row[0]].update(nf for nf in (normalize(f.strip()) for f in row[1].split(",")) if nf)
    classes["complement"].add(":")
    negations = {normalize(w) for w in read_list("negations.txt")}
    negations.discard("ما")  # before a verb ما is mostly "what" (بحسب ما أعلنت), not "not"
    no_claim_after = negations | {normalize(w) for w in read_list("passive_auxiliaries.txt")}
    pronoun_subject_re = re.compile(
        rf"^[وف]?{alternation(classes['pronoun_host'])}{_SUBJECT_PRONOUN_SUFFIXES}$")
    return _Words(**{name: frozenset(forms) for name, forms in classes.items()},
                  no_claim_after=frozenset(no_claim_after), pronoun_subject_re=pronoun_subject_re)


@dataclass(frozen=True)
class _Lexicons:
    cue_re: re.Pattern
    cue_info: dict  # normalised form -> (kind, lemma)
    cue_forms: dict  # (lemma, kind) -> set of normalised forms (for agreement)
    stop: frozenset
    opener: frozenset
    relative: frozenset
    hedge_re: re.Pattern
    hedge_imperfect: frozenset
    allegation_re: re.Pattern
    anon_re: re.Pattern
    role_re: re.Pattern
    role_type: dict
    side_re: re.Pattern
    side_of: dict


@lexicon_cache
def _lex() -> _Lexicons:
    cue_info, stop, opener, relative, cue_forms = {}, set(), set(), set(), {}
    for row in read_table("claim_cues.tsv"):
        lemma, kind, forms = row[0], row[1], row[2]
        for form in forms.split(","):
            nf = normalize(form.strip())
            if not nf:
                continue
            if kind == "stop":
                stop.add(nf)
            elif kind == "opener":
                opener.add(nf)
            elif kind == "relative":
                relative.add(nf)
            else:
                cue_info.setdefault(nf, (kind, normalize(lemma)))
                cue_forms.setdefault((cue_info[nf][1], kind), set()).add(nf)
    cue_re = re.compile(rf"(?<!\w)(?P<pro>[وف])?(?P<cue>{alternation(cue_info)})(?!\w)")

    hedge_forms, imperfect = [], set()
    for row in read_table("hedges.tsv"):
        nf = normalize(row[0])
        hedge_forms.append(nf)
        if len(row) > 1 and row[1] == "imperfect":
            imperfect.add(nf)
    hedge_re = re.compile(rf"(?<!\w){_PROCLITIC}?(?P<w>{alternation(hedge_forms)})(?!\w)")
    alleg = [normalize(w) for w in read_list("allegation_markers.txt")]
    allegation_re = re.compile(rf"(?<!\w){_PROCLITIC}?(?P<w>{alternation(alleg)})(?!\w)")
    anon = [normalize(w) for w in read_list("anonymous_sources.txt")]
    anon_re = re.compile(rf"^{_PROCLITIC}?(?P<w>{alternation(anon)})(?!\w)")

    role_type = {}
    for row in read_table("source_roles.tsv"):
        nf = normalize(row[0])
        role_type.setdefault(_strip_al(nf), row[1])
    role_re = re.compile(rf"(?<!\w){_PROCLITIC}?(?:ال|ل)?(?P<w>{alternation(role_type)})(?!\w)")

    side_of = {}
    for row in read_table("source_sides.tsv"):
        side_of.setdefault(normalize(row[0]), row[1])
    side_re = re.compile(rf"(?<!\w)(?:{_PROCLITIC}|لل)?(?P<w>{alternation(side_of)})(?!\w)")
    # "للمخابرات" = ل + المخابرات with the alef of ال dropped: handled by letting
    # role/side forms match after ل with their ال reduced (see _strip_al / _side_lookup).
    return _Lexicons(cue_re, cue_info, cue_forms, frozenset(stop), frozenset(opener), frozenset(relative),
                     hedge_re, frozenset(imperfect), allegation_re, anon_re, role_re, role_type,
                     side_re, side_of)


def reload_lexicons() -> None:
    """Forget every compiled lexicon (after editing a data file in a running notebook);
    the same as :func:`maqal.lexicons.reload`."""
    _reload_all()


def _role_type(lex, match) -> str:
    """Source type of a matched role phrase, whose words may be split by a line break."""
    return lex.role_type[" ".join(match.group("w").split())]


def _strip_al(word: str) -> str:
    """Role forms are stored without a leading ال (the regex allows ال/لل/ل in front)."""
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


# ------------------------------------------------------------------- helpers ---
def _classify(src_norm: str, lex: _Lexicons) -> str | None:
    """Source type from the phrase alone (None when nothing in it says)."""
    if lex.anon_re.match(src_norm):
        return "anonymous"
    first = None
    for m in lex.role_re.finditer(src_norm):
        t = _role_type(lex, m)
        if t != "person":  # المهندس فلان المدير التنفيذي: the office, not the honorific, types it
            return t
        first = first or t
    return first


def _side(src_norm: str, lex: _Lexicons) -> tuple[str | None, bool]:
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


def _cue_agreement(form: str, kind: str, lemma: str, lex: _Lexicons) -> str | None:
    """Agreement a cue demands of its subject: 'f' (قالت، تؤكد، مشيرة), 'p' (قالوا، مشيرين), 'm'."""
    if kind == "participle":
        if form.endswith("ة"):
            return "f"
        return "p" if form.endswith(("ين", "ون")) else "m"
    if kind != "verb":
        return None
    forms = lex.cue_forms.get((lemma, kind), ())
    if form.endswith(("وا", "ون")):
        return "p"
    if form.endswith("ت") and (form[:-1] in forms or form[:-1] + "ي" in forms or form[:-1] + "ا" in forms):
        return "f"
    if form.startswith("ت") and "ي" + form[1:] in forms:
        return "f"
    return "m"


def _noun_agreement(src_norm: str, lex: _Lexicons) -> str | None:
    """Agreement of a source phrase from its head word (وزارة، الشركة، المصادر → 'f')."""
    m = re.match(r"\w+", src_norm)
    if not m:
        return None
    head = m.group()
    if head[:1] in "وف" and len(head) > 3 and head[1:] not in lex.role_type:
        head = head[1:]
    if head.startswith("لل"):
        head = head[2:]
    elif head.startswith("ال"):
        head = head[2:]
    if head in _words().feminine_plural or head.endswith(("ة", "ات")):
        return "f"
    if ("ال" + head) not in lex.side_of and head in lex.side_of and not head.endswith(("ي", "ون", "يون")):
        return "f"  # a country or city: تركيا، موسكو، واشنطن
    if len(head) > 4 and head.endswith(("ون", "ين")):
        return "p"
    return "m"


def _agrees(cue_agr: str | None, src_agr: str | None) -> bool:
    return cue_agr is None or src_agr is None or cue_agr == src_agr


def _imperfect(word: str) -> bool:
    return len(word) > 2 and word[0] in "يتن"  # (أ- first person is rare in news; أعلنت is past)


def _hedges(norm: str, s: int, e: int, lex: _Lexicons) -> list[str]:
    out = []
    for m in lex.hedge_re.finditer(norm, s, e):
        w = m.group("w")
        if w in lex.hedge_imperfect:
            nxt = re.match(r"\s+(\w+)", norm[m.end():m.end() + 30])
            if not nxt or not _imperfect(nxt.group(1)):
                continue
        out.append(w)
    return out


# --------------------------------------------------------------- extraction ---
@dataclass
class _Cue:
    s: int  # normalised span of the cue (without proclitic)
    e: int
    ws: int  # start including the proclitic
    kind: str
    lemma: str
    ti: int  # index of the cue's first token
    tj: int  # index after its last token


class _Extractor:
    def __init__(self, normalized):
        self.text = normalized.original
        self.off = normalized
        self.norm = normalized.norm
        self.lex = _lex()
        self.words = _words()
        self.toks = [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(self.norm)]
        self.tok_starts = [t[0] for t in self.toks]
        self.prev_sources: list[dict] = []  # earlier sources (for coreference)
        self.recent: list[tuple] = []  # (source info, sentence, paragraph) of claims so far
        self.sent_starts: list[int] = []

    # token utilities ---------------------------------------------------------
    def tok_at(self, pos: int) -> int:
        return bisect.bisect_left(self.tok_starts, pos)

    def is_punct(self, k: int) -> bool:
        return not self.toks[k][2][0].isalnum() and self.toks[k][2][0] != "_"

    # sources -----------------------------------------------------------------
    def _collect(self, k: int, end_tok: int, cue_starts: set) -> tuple[int, int] | None:
        """Tokens from k while they can belong to a source phrase; returns (k0, k1) or None."""
        lex, toks = self.lex, self.toks
        if k < end_tok:
            m = lex.anon_re.match(self.norm[toks[k][0]:toks[end_tok - 1][1]])
            if m:  # مسؤول رفض الكشف عن اسمه: the listed phrase is the whole source
                k1 = self.tok_at(toks[k][0] + m.end())
                if k1 - k > 1:
                    return (k, k1)
        j = k
        seen_role = False
        name = 0  # 0: title chain; 1: inside a personal name; 2: after a family name (الصباغ)
        while j < end_tok and j - k < _MAX_SOURCE_TOKENS:
            w = toks[j][2]
            if self.is_punct(j):
                # a quoted name right after a role noun: موقع “أوديتي سنترال”، صحيفة «الحياة»
                if w in _QUOTES_OPEN and j > k and self._is_role(j - 1):
                    close = next((q for q in range(j + 1, min(end_tok, j + 5)) if toks[q][2] in _QUOTES_CLOSE), None)
                    if close is not None and close > j + 1:
                        j = close + 1  # the quoted name closes the phrase
                break
            ali_name = w == "علي" and not self._is_preposition_ala(j)
            if w in lex.stop and not ali_name:
                # a role noun's complement: مصدر في شرطة العلم، المشرف العام على إدارة الإعلام
                if w in self.words.role_preposition and seen_role and j > k and j + 1 < end_tok and self._institution(j + 1):
                    j += 2
                    name = 0
                    continue
                break
            if w.startswith("بال") and j > k:
                break  # بالهجوم، بالنسبة: a prepositional phrase ends the source
            if toks[j][0] in cue_starts and lex.cue_info.get(w, ("",))[0] != "noun":
                break
            if j > k and w in lex.cue_info and lex.cue_info[w][0] != "noun":  # another cue word
                break
            role = self._is_role(j)
            if role:
                seen_role = True
            elif j > k and not w.startswith(("ال", "لل")) and re.search(r"(?:ها|هم|هما|كم|نا|ته)$", w) and len(w) > 4:
                break  # الشركة | حاجتها: a possessed noun is the object, not part of the source
            elif j > k and not w.startswith(("ال", "لل")) and w.endswith("ا") and len(w) > 4 and not self._side_word(w):
                break  # وزارة التعليم | تعميما: an indefinite accusative is the object
            elif j == k + 1 and self._side_word(toks[k][2]) and not toks[k][2].startswith(("ال", "لل")) \
                    and not w.startswith(("ال", "لل")) and not self._side_word(w):
                break  # فرنسا | غارات: a country name is the whole subject
            if name == 2 and not role and w not in self.words.name_link and not self._side_word(w):
                nx = toks[j + 1][2] if j + 1 < end_tok else ""
                if w.startswith("ال") or not (nx.startswith("ال") or nx in self.words.name_link):
                    break  # …مبارك العصيمي | قيام وزير التعليم: the name ended the phrase
                name = 0  # مكة المكرمة علي الغامدي: a place, then a name
            if role or w.isdigit():
                name = 0
            elif w.startswith(("ال", "لل", "وال", "ول", "بال", "ب", "ل")) and len(w) > 2:
                if name == 1 and w.startswith("ال"):
                    name = 2  # a family name after given names
                elif w[:1] in "وبل" and not w.startswith("ال"):
                    name = 0
            elif w not in self.words.name_link and not self._side_word(w) and not (w[:1] == "و" and j > k):
                name = 1 if name != 2 else 2
            j += 1
        return (k, j) if j > k else None

    def _is_role(self, j: int) -> bool:
        w = self.toks[j][2]
        return bool(self.lex.role_re.fullmatch(w) or self.lex.anon_re.match(w) and len(w) > 3)

    def _side_word(self, w: str) -> bool:
        return bool(self.lex.side_re.fullmatch(w))

    def _institution(self, j: int) -> bool:
        """A word that can head the institution in a role's complement (شرطة، المقاومة، الاتحاد)."""
        w = self.toks[j][2]
        if self.is_punct(j) or w in self.lex.stop:
            return False
        return self._is_role(j) or self._side_word(w)

    def _is_preposition_ala(self, j: int) -> bool:
        """Normalised على and علي coincide: the surface letter tells (على ends in ى)."""
        a, b = self.off.start(self.toks[j][0]), self.off.end(self.toks[j][1])
        surf = self.text[a:b].rstrip(_TRAILING_MARKS)
        return not surf.endswith("ي")

    def right_source(self, cue: _Cue, end_tok: int, cue_starts: set, prep: bool = False):
        toks = self.toks
        k = cue.tj
        if prep:
            # وفقا لـ X / وفقا لما نقلته X / بحسب ما ذكرت X
            while k < end_tok and toks[k][2] in ("ل", "لـ"):
                k += 1
            if k < end_tok and toks[k][2] in self.words.prep_relative:
                k += 2 if k + 1 < end_tok else 1
                if k < end_tok and toks[k][2] in self.words.prep_relative_pronoun:
                    k += 1
            if k < end_tok and toks[k][2] in self.words.not_a_source:
                return None
        else:
            k = self._skip_adjuncts(k, end_tok)
        return self._collect(k, end_tok, cue_starts)

    def _skip_adjuncts(self, k: int, end_tok: int) -> int:
        """Skip what may stand between a verb and its subject: time words (مساء اليوم الأربعاء),
        لـ"الرياض", في تصريح صحفي لـ…, من جانبه, a resumptive فيه/فيها (بيان أكد فيه الطرفان)."""
        toks, words = self.toks, self.words
        start = k
        while k < end_tok and k - start < 10:
            w = toks[k][2]
            if w in words.adjunct or w in words.resumptive:
                k += 1
            elif w == "ل" and k + 1 < end_tok:
                k += 1
                if toks[k][2] in _QUOTES_OPEN:
                    close = next((q for q in range(k + 1, min(end_tok, k + 5)) if toks[q][2] in _QUOTES_CLOSE), None)
                    if close is None:
                        return start
                    k = close + 1
                else:
                    k += 1
            elif w in words.speech_event_preposition and k + 1 < end_tok and toks[k + 1][2] in words.speech_event:
                k += 2
                while k < end_tok and toks[k][2] in words.speech_event_modifier:
                    k += 1
            elif w == "من" and k + 1 < end_tok and toks[k + 1][2] in words.aside:
                k += 2
            elif w in ("،", ",") and k > start:
                k += 1  # أكد، مساء اليوم، …
            else:
                break
        return k

    def left_source(self, cue: _Cue, sent_tok0: int, floor_tok: int):
        """A subject before the verb (X أعلن أن …), from the start of the clause."""
        lex, toks = self.lex, self.toks
        k = cue.ti - 1
        while k >= max(sent_tok0, floor_tok) and not self.is_punct(k):
            k -= 1
        k += 1
        while k < cue.ti and (toks[k][2] in lex.opener or (toks[k][2][:1] in "وف" and toks[k][2][1:] in lex.opener)):
            k += 1
        n = cue.ti - k
        if 0 < n <= _MAX_LEFT_SUBJECT and toks[k][2] not in lex.stop:
            return (k, cue.ti)
        return None

    def source_info(self, k0: int, k1: int) -> dict:
        s, e = self.toks[k0][0], self.toks[k1 - 1][1]
        src = self.norm[s:e]
        stype = _classify(src, self.lex)
        side, whole = _side(src, self.lex)
        inferred = False
        if stype is None and side is not None and whole:
            stype = "government"  # موسكو، الولايات المتحدة، الأميركيون
        if stype is None:
            stype, side2 = self.corefer(k0, k1)
            side = side or side2
            inferred = stype is not None
        if stype is None:
            stype = "person"
        info = {"s": s, "e": e, "norm": src, "type": stype, "side": side, "coref": inferred,
                "agr": _noun_agreement(src, self.lex)}
        return info

    # antecedents of subject-less cues ------------------------------------------
    def _antecedent(self, c: _Cue, si: int, par: int, t0: int, cue_starts: set):
        """The latest mention that agrees with the cue (أفادت → a feminine source): a source of
        this sentence, else the subject of the sentence's opening verb (وشنت تركيا …، مشيرة),
        else a recent source, else a role or place named in this or the previous sentence."""
        agr = _cue_agreement(self.norm[c.s:c.e], c.kind, c.lemma, self.lex)
        for info, lsi, _ in reversed(self.recent):
            if lsi != si:
                break
            if _agrees(agr, info["agr"]):
                return info
        subj = self._initial_subject(t0, c.ti)
        if subj is not None and _agrees(agr, subj["agr"]):
            return subj
        for info, lsi, lpar in reversed(self.recent):
            if not (self.rank[si] - self.rank[lsi] <= 1 or lpar == par):
                break
            if _agrees(agr, info["agr"]):
                return info
        return self._mention(c, agr, si)

    def _initial_subject(self, t0: int, ti: int):
        """Subject of a sentence-opening verb (ووقف الدخيل …، وشنت تركيا …، ولم تكشف الشركة …)."""
        toks, lex = self.toks, self.lex
        k = t0
        while k < ti and (self.is_punct(k) or toks[k][2] in self.words.verb_particle):
            k += 1
        if k + 1 >= ti:
            return None
        w = toks[k][2]
        base = w[1:] if w[:1] in "وف" and len(w) > 3 else w
        if (w.isdigit() or base.startswith("ال") or not 3 <= len(base) <= 6 or base in lex.stop or base in lex.opener
                or w in lex.stop or w in lex.opener or base in lex.relative or base in self.words.demonstrative
                or self._is_role(k) or self._side_word(w) or (w in lex.cue_info and lex.cue_info[w][0] != "verb")):
            return None
        ka = self._skip_adjuncts(k + 1, ti)
        if ka >= ti or toks[ka][2] in lex.stop or toks[ka][2] in self.words.demonstrative:
            return None
        rs = self._collect(ka, ti, set())
        if rs is None:
            return None
        info = self.source_info(*rs)
        if info["type"] == "person" and self._possessed(*rs):
            return None
        if base.endswith("ت"):
            info["agr"] = "f"
        elif base.endswith("وا"):
            info["agr"] = "p"
        elif base[:1] in "ي" and info["agr"] == "f":
            info["agr"] = "m"
        return info

    def _mention(self, c: _Cue, agr, si: int):
        """The latest role or place named before the cue in this or the previous sentence whose
        phrase agrees with the cue (…وزارة الخدمة المدنية…، وأفادت أنه …)."""
        prev = [i for i in range(si) if self.rank[i] == self.rank[si] - 1]
        lo = self.sent_starts[prev[-1] if prev else si]
        best = None
        for rx in (self.lex.role_re, self.lex.side_re):
            for m in rx.finditer(self.norm, lo, c.ws):
                k = self.tok_at(m.start())
                w = self.toks[k][2]
                if w.startswith(("ب", "ل")) and not w.startswith("ال"):
                    continue  # بالوزارة، للوزارة: inside a prepositional phrase
                if k > 0 and self.toks[k - 1][2] in self.lex.stop:
                    continue
                if best is None or k > best:
                    rs = self._collect(k, self.tok_at(c.ws), set())
                    if rs is not None and _agrees(agr, _noun_agreement(self.norm[self.toks[k][0]:self.toks[rs[1] - 1][1]], self.lex)):
                        best = k
                        best_rs = rs
        if best is None:
            return None
        return self.source_info(*best_rs)

    def _possessed(self, k0: int, k1: int) -> bool:
        """A one-word phrase with a possessive suffix (وجوده، حاجتها): an object, not a speaker."""
        w = self.toks[k0][2]
        return k1 - k0 == 1 and len(w) > 3 and bool(re.search(r"(?:ه|ها|هم|هما)$", w)) and not w.endswith(("الله", "له"))

    def _name_like(self, k0: int, k1: int) -> bool:
        """A phrase that may be a personal name: no digits, no possessive suffix, no ال/لل words."""
        words = [self.toks[k][2] for k in range(k0, k1)]
        if any(w.isdigit() for w in words):
            return False
        first = words[0]
        if first.startswith("ل") and not first.startswith("لل"):
            first = first[1:]
        if re.search(r"(ه|ها|هم|هما|كم|نا)$", first) and len(words) == 1:
            return False
        return not any(w.startswith(("ال", "لل")) for w in words)

    def corefer(self, k0: int, k1: int):
        """Type and side of a bare name (المهنا، إردوغان) from an earlier, fuller mention."""
        last = self.toks[k1 - 1][2]
        core = last[2:] if last.startswith("ال") and len(last) > 4 else last
        for prev in reversed(self.prev_sources):
            if prev["type"] not in ("person",) and re.search(rf"(?<!\w)(?:ال)?{re.escape(core)}(?!\w)", prev["norm"]):
                return prev["type"], prev["side"]
        # earliest mention in the text before: look at the words in front of it
        pat = re.compile(rf"(?<!\w)(?:ال)?{re.escape(core)}(?!\w)")
        m = pat.search(self.norm, 0, self.toks[k0][0])
        if m:
            j = self.tok_at(m.start())
            j0 = max(0, j - 8)
            for q in range(j - 1, j0 - 1, -1):
                if self.is_punct(q):
                    j0 = q + 1
                    break
            window = self.norm[self.toks[j0][0]:m.end()]
            # the first office in the title chain before the name wins (وزيرة خارجية الاتحاد …)
            best = None
            for rm in self.lex.role_re.finditer(window):
                if best is None or (_role_type(self.lex, best) == "person"
                                    and _role_type(self.lex, rm) != "person"):
                    best = rm
            if best is not None:
                side, _ = _side(window, self.lex)
                return _role_type(self.lex, best), side
        return None, None

    # main ----------------------------------------------------------------------
    def run(self, sentence_spans, paragraph_of):
        lex, norm, off = self.lex, self.norm, self.off
        rows = []
        all_cues = list(lex.cue_re.finditer(norm))
        ci = 0
        last_src = None  # (info, sentence index, paragraph)
        self.sent_starts = [off.to_norm(s) for s, _ in sentence_spans]
        self.rank, r = [], 0  # running number of sentences with words (a stray "." is none)
        for s_, e_ in sentence_spans:
            if re.search(r"[^\W\d_]", self.text[s_:e_]):
                r += 1
            self.rank.append(r)
        for si, (os_, oe) in enumerate(sentence_spans):
            ss, se = off.to_norm(os_), off.to_norm(oe)
            t0, t1 = self.tok_at(ss), self.tok_at(se)
            cues = []
            while ci < len(all_cues) and all_cues[ci].start() < se:
                m = all_cues[ci]
                ci += 1
                if m.start() < ss:
                    continue
                form = m.group("cue")
                kind, lemma = lex.cue_info[re.sub(r"\s+", " ", form)] if " " in form else lex.cue_info[form]
                ti = self.tok_at(m.start())
                tj = self.tok_at(m.end())
                cues.append(_Cue(m.start("cue"), m.end("cue"), m.start(), kind, lemma, ti, tj))
            cue_starts = {c.ws for c in cues}
            entries = []  # (boundary_norm_pos, cue, source_info|None, inherited, nested, direct_colon)
            for c in cues:
                if any(e["src"] is not None and not e["inherited"] and e["src"]["s"] <= c.s < e["src"]["e"]
                       for e in entries):
                    continue  # وكالة الأنباء: a cue word inside a source phrase
                ent = self._cue_entry(c, cues, t0, t1, ss, cue_starts, last_src, si, paragraph_of[si])
                if ent is None:
                    continue
                if ent["nested"] and entries:
                    continue  # والتي يُزعم أن … inside an attributed claim: its allegation marker only
                entries.append(ent)
                if ent["src"] is not None and not any(p is ent["src"] for p in self.prev_sources):
                    self.prev_sources.append(ent["src"])
                if ent["src"] is not None and not (
                        c.kind == "prep" and any(e["cue"].kind == "verb" for e in entries[:-1])):
                    # (an "according to" inside a reported sentence names the channel, not the
                    # speaker that a following مؤكدا continues)
                    last_src = (ent["src"], si, paragraph_of[si])
                    self.recent.append(last_src)
            rows.extend(self._segments(si, paragraph_of[si], ss, se, t0, t1, entries))
        return rows

    def _cue_entry(self, c: _Cue, cues, t0, t1, ss, cue_starts, last_src, si, par):
        lex, toks, norm, words = self.lex, self.toks, self.norm, self.words
        nxt = toks[c.tj][2] if c.tj < t1 else ""
        prev_tok = toks[c.ti - 1][2] if c.ti > t0 else ""
        window = [toks[k][2] for k in range(c.tj, min(t1, c.tj + 14))]
        src = None
        inherited = False
        nested = False
        pronoun = False
        boundary = c.ws
        clause_start = self._clause_start(c.ti, t0)
        if c.kind == "verb":
            if prev_tok in lex.relative and prev_tok != "ما":
                return None  # التي أعلنها … : not a new claim
            if prev_tok in words.infinitive_particle and c.ws == c.s:
                return None  # أن يقول رأيه: "to say", not a report
            if prev_tok in words.no_claim_after:
                return None  # لم تكشف الشركة عن…، تم نقل المصاب: no claim
            ka = self._skip_adjuncts(c.tj, t1)
            nxt2 = toks[ka][2] if ka < t1 else ""
            if nxt2 in words.demonstrative:
                return None  # ويشير هذا القرار إلى …: a document or fact, not a speaker
            resumptive = any(toks[k][2] in words.resumptive for k in range(c.tj, ka))
            if nxt2 == "علي" and not self._is_preposition_ala(ka):
                nxt2 = "علي_"  # the name علي, not the preposition
            agr_v = _cue_agreement(norm[c.s:c.e], c.kind, c.lemma, lex)
            # a plural verb (قالوا، توقعوا) follows its subject: what comes after is the object
            rs = None if (nxt2 in lex.stop or nxt2 in words.complement or not nxt2 or agr_v == "p") \
                else self._collect(ka, t1, cue_starts)
            if rs is not None:
                src = self.source_info(*rs)
                if src["type"] == "person" and not src["coref"] and (
                        self._possessed(*rs) or resumptive and not toks[rs[0]][2].startswith("ال")):
                    rs, src = None, None  # أدلة قاطعة تؤكد وجوده: the object, not a subject
            after = rs[1] if rs is not None else ka
            if after < t1 and toks[after][2] in ("،", ","):
                after += 1
            first = toks[after][2] if after < t1 else ""
            follows_claim = (first in words.complement or first[:1] in _QUOTE_CHARS
                             or first.startswith("بال")) and not (
                first == "عن" and after + 1 < t1 and toks[after + 1][2] == "طريق")  # عن طريق: "by way of"
            noun_object = (rs is not None and src["type"] != "person" and first and not self.is_punct(after)
                           and first not in lex.stop)
            in_window = any(w in words.complement or w[:1] in _QUOTE_CHARS or w.startswith("بال") for w in window)
            if first == "عن" and after + 1 < t1 and toks[after + 1][2] == "طريق":
                return None  # نقل حالتين عن طريق الإسعاف: "by way of", no claim
            if not (follows_claim or noun_object or ((rs is not None or resumptive) and in_window)) \
                    and self._preceding_quote(c.ws, ss) is None:
                return None
            if rs is not None:
                if agr_v == "f":
                    src["agr"] = "f"
                elif agr_v == "m" and src["agr"] == "f":
                    src["agr"] = "m"
                if clause_start < c.ti and c.ti - clause_start <= 3:
                    boundary = toks[clause_start][0]  # وكما قال … / من جانبه، قال …
            else:
                # a coordinated verb (… وأكد على …) shares the subject of the clause before it
                ls = self.left_source(c, t0, clause_start) if c.ws == c.s else None
                if ls is not None and ls[1] - ls[0] == 1 and words.pronoun_subject_re.match(toks[ls[0]][2]):
                    ls, pronoun = None, True  # لكنها قالت: a pronoun to resolve
                if ls is not None:
                    src = self.source_info(*ls)
                    if agr_v is not None:
                        src["agr"] = agr_v
                    boundary = toks[ls[0]][0]
                    k = ls[0]
                    while k > clause_start:
                        k -= 1
                    boundary = toks[clause_start][0] if clause_start <= ls[0] else boundary
        elif c.kind == "participle":
            if not (nxt in words.complement or nxt[:1] in _QUOTE_CHARS):
                return None
        elif c.kind == "passive":
            if nxt not in words.complement:
                return None
            nested = prev_tok in lex.relative or (prev_tok[:1] == "و" and prev_tok[1:] in lex.relative)
            if not nested:
                boundary = toks[clause_start][0]
        elif c.kind == "prep":
            rs = self.right_source(c, t1, cue_starts, prep=True)
            if rs is None:
                return None
            src = self.source_info(*rs)
            if src["type"] == "person" and not src["coref"] and not self._name_like(*rs):
                return None  # وفقا لمعاييره، بحسب قواعد بازل 3: not a source
            # a parenthetical "according to" attributes the clause it sits in: go back one chunk
            cs = clause_start
            if cs == c.ti and cs > t0:
                cs = self._clause_start(cs - 1, t0)
            boundary = toks[cs][0]
        elif c.kind == "noun":
            ok = False
            for w in window[:8]:
                if w in ("،", ",", ".", "؛", "-", "–", ":"):
                    break
                if w in words.noun_complement:
                    ok = True
                    break
            if not ok:
                return None
            if nxt == "من":
                rs = self._collect(c.tj + 1, t1, cue_starts)
                if rs is not None:
                    src = self.source_info(*rs)
            if src is None:  # بتحريض من X، ظهرت تكهنات …
                for o in cues:
                    if o.kind == "origin" and o.s < c.s:
                        rs = self._collect(o.tj, t1, cue_starts)
                        if rs is not None:
                            src = self.source_info(*rs)
                            clause_start = min(clause_start, self._clause_start(o.ti, t0))
            boundary = toks[clause_start][0]
        else:  # origin: used by noun cues only
            return None

        if src is None and c.kind in ("verb", "participle"):
            # a subject-less verb continues a source only when it opens a clause with و/ف
            # (وأضاف أن …), is a participle, has a pronoun subject (لكنها قالت) or follows an
            # "according to" in its own sentence (…، أكد فيه)
            clause_verb = c.kind == "participle" or c.ws < c.s or pronoun or (
                last_src is not None and last_src[1] == si and any(o.kind == "prep" and o.s < c.s for o in cues))
            if clause_verb:
                src = self._antecedent(c, si, par, t0, cue_starts)
                inherited = src is not None
        if src is None and c.kind in ("verb", "participle"):
            return None  # a pronoun subject we cannot resolve: narration, not a new source
        # a quote right before the cue ("…"، قال X) belongs to this claim
        if c.kind == "verb" and src is not None and not inherited:
            q = self._preceding_quote(c.ws, ss)
            if q is not None:
                boundary = q
        colon = c.tj < t1 and toks[c.tj][2] == ":" or (
            src is not None and self.tok_at(src["e"]) < t1 and toks[self.tok_at(src["e"])][2] == ":")
        return {"cue": c, "src": src, "inherited": inherited, "nested": nested,
                "boundary": boundary, "colon": colon}

    def _clause_start(self, ti: int, t0: int) -> int:
        k = ti - 1
        while k >= t0 and not (self.is_punct(k) and self.toks[k][2] in _CLAUSE_PUNCT):
            k -= 1
        return k + 1

    def _preceding_quote(self, pos: int, ss: int) -> int | None:
        back = self.norm[ss:pos].rstrip()
        back = back.rstrip("،,").rstrip()
        if not back or back[-1] not in _QUOTES_CLOSE:
            return None
        close = ss + len(back) - 1
        for j in range(close - 1, ss - 1, -1):
            if self.norm[j] in _QUOTES_OPEN:
                return j
        return None

    def _segments(self, si, par, ss, se, t0, t1, entries):
        """Cut the sentence at the cue boundaries; one row per cue, author rows for the rest."""
        norm = self.norm
        bounds = sorted({ss, *(e["boundary"] for e in entries if not e["nested"])})
        bounds = [b for b in bounds if ss <= b < se]
        rows = []

        def seg_of(pos):
            i = bisect.bisect_right(bounds, pos) - 1
            s = bounds[max(i, 0)]
            e = bounds[i + 1] if i + 1 < len(bounds) else se
            return s, e

        used = set()
        for ent in entries:
            c = ent["cue"]
            s, e = seg_of(ent["boundary"] if not ent["nested"] else c.ws)
            used.add(s)
            rows.append(self._row(si, par, s, e, ent))
        for b in bounds:
            if b in used:
                continue
            s, e = seg_of(b)
            if re.search(r"\w", norm[s:e]):
                rows.append(self._row(si, par, s, e, None))
        rows.sort(key=lambda r: (r["start"], r["cue_start"] if r["cue_start"] is not None else -1))
        return rows

    def _row(self, si, par, s, e, ent):
        norm, off, text = self.norm, self.off, self.text
        while s < e and (norm[s].isspace() or norm[s] in "،,؛;-–—"):
            s += 1
        while e > s and (norm[e - 1].isspace() or norm[e - 1] in "،,؛;-–—"):
            e -= 1
        os_, oe = off.start(s), off.end(e)
        hedges = _hedges(norm, s, e, self.lex)
        alleg = [m.group("w") for m in self.lex.allegation_re.finditer(norm, s, e)]
        seg_text = text[os_:oe]
        quoted = not _QUOTE_CHARS.isdisjoint(seg_text)
        row = {"sentence": si, "paragraph": par, "start": os_, "end": oe, "text": seg_text,
               "hedged": bool(hedges), "hedges": hedges, "allegation": bool(alleg), "allegations": alleg}
        if ent is None:
            row.update(source="author", source_start=None, source_end=None, source_type="author",
                       source_side=None, source_inherited=False, attributed=False, cue=None,
                       cue_start=None, cue_end=None, cue_kind=None, cue_lemma=None, direct_quote=False)
            return row
        c, src = ent["cue"], ent["src"]
        cs, ce = off.start(c.s), off.end(c.e)
        row.update(cue=text[cs:ce], cue_start=cs, cue_end=ce, cue_kind=c.kind, cue_lemma=c.lemma,
                   attributed=True, source_inherited=ent["inherited"],
                   direct_quote=quoted or bool(ent["colon"]))
        if src is None:
            row.update(source=None, source_start=None, source_end=None, source_type="anonymous",
                       source_side=None)
        else:
            a, b = off.start(src["s"]), off.end(src["e"])
            row.update(source=text[a:b], source_start=a, source_end=b, source_type=src["type"],
                       source_side=src["side"])
        if c.lemma in self.words.alleging and not row["allegation"]:
            row["allegation"] = True
        return row


def claims(article):
    """One row per claim: a clause carrying one proposition; every sentence is covered.

    Columns (spans index ``article.text``; ``<NA>`` where there is none):

    ``claim`` running number; ``sentence``, ``paragraph`` (indices as in the text layer);
    ``start``/``end``/``text`` the claim clause (it includes its attribution);
    ``source`` surface text with ``source_start``/``source_end`` (``author`` when the outlet
    speaks in its own voice; empty for impersonal cues such as يُزعم أن);
    ``source_type`` one of :data:`SOURCE_TYPES`; ``source_side`` the country or party the source
    phrase names (or the fuller mention it refers back to); ``source_inherited`` True when the
    source is carried over from the previous claim (…، مؤكدا أن …);
    ``attributed`` False for the outlet's own voice;
    ``cue``/``cue_start``/``cue_end`` the attribution cue, ``cue_kind`` (verb, participle,
    passive, prep, noun) and ``cue_lemma``;
    ``direct_quote`` the clause quotes the source (quotation marks, or a colon after the cue);
    ``hedged`` / ``hedges`` and ``allegation`` / ``allegations`` the words found in the clause.
    """
    import pandas as pd

    rows = claim_rows(article)
    if not rows or any(r.keys() != _ALL_KEYS for r in rows):  # (rows normally have every column)
        df = pd.DataFrame(rows, columns=[c for c in COLUMNS if c != "claim"])
        df.insert(0, "claim", range(len(df)))
        for col in _INT_COLUMNS:
            df[col] = df[col].astype("Int64")
        return df
    # column by column (several times faster than from row dicts; same dtypes and values)
    data: dict = {"claim": range(len(rows))}
    for col in COLUMNS[1:]:
        values = [r[col] for r in rows]
        data[col] = pd.array(values, dtype="Int64") if col in _INT_COLUMNS else values
    return pd.DataFrame(data)


def claim_rows(article) -> list[dict]:
    """:func:`claims` as a list of dicts, no pandas (the fast path for corpus mode).

    One dict per claim, the rows :func:`claims` builds its DataFrame from, keyed by
    :data:`COLUMNS` in that order (``claim`` is the running number); spans with no value are ``None``.
    """
    layer = text_layer(article)
    rows = _Extractor(layer.normalized).run(layer.sentence_spans, layer.sentence_paragraphs)
    out = []
    for i, r in enumerate(rows):
        row = {"claim": i}
        if r.keys() == _ROW_KEYS:  # (always: then in the order of COLUMNS)
            for col in COLUMNS[1:]:
                row[col] = r[col]
        else:
            row.update(r)
        out.append(row)
    return out


_INT_COLUMNS = ("source_start", "source_end", "cue_start", "cue_end")
_ALL_KEYS = frozenset(COLUMNS)
_ROW_KEYS = frozenset(COLUMNS[1:])


"""The vocabulary of claims, compiled once from the lexicon files (cleared by :func:`reload_lexicons`).

:func:`lexicons` holds the open lists an analyst extends (cues, hedges, allegation markers,
anonymous sources, roles, sides) as regexes and lookups; :func:`words` holds the closed word
classes of ``claim_words.tsv`` and what blocks a claim (negations, passive auxiliaries).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..arabic import normalize
from ..clitics import CONJUNCTIONS, LETTERS
from ..entities.morphology import ARTICLE, FOR, LIL, NISBA, TA_MARBUTA, number_forms, without_article
from ..lexicons import alternation, key, lexicon_cache, read_list, read_table
from ..lexicons import reload as reload_all_lexicons

#: one proclitic letter a listed word may carry (وقال، بحسب، للمصدر)
PROCLITIC_LETTERS = LETTERS
PROCLITIC = f"[{PROCLITIC_LETTERS}]"
#: subject pronouns a pronoun host carries (لكنها، كما أنه)
SUBJECT_PRONOUN_SUFFIXES = "(?:ه|ها|هم|هما|هن)"
#: a run of word characters, as the analyses' tokens have them
WORD_RUN = re.compile(r"\w+")
#: the kind of ``claim_cues.tsv`` rows read as a verb only where no preposition can be meant (عبر)
PREPOSITION_VERB = "preposition_verb"
#: the kinds of ``claim_cues.tsv`` rows that are word classes, not cues
CUE_FILE_CLASSES = ("stop", "opener", "relative")
#: the word classes of ``claim_words.tsv``
WORD_CLASSES = ("complement", "adjunct", "speech_event", "speech_event_modifier",
                "speech_event_preposition", "aside", "resumptive", "infinitive_particle", "temporal_conjunction", "verbal_noun_before",
                "demonstrative",
                "name_link", "name_compound", "feminine_plural", "role_preposition", "governed_preposition", "verb_particle", "pronoun_host",
                "noun_complement", "prep_relative", "free_relative", "person_relative", "relative_feminine", "relative_plural", "relay_verb", "relay_preposition", "each_of", "each_of_preposition", "relay_form", "reported_before", "prep_relative_pronoun", "not_a_source", "alleging",
                "source_lead", "source_tail", "source_link", "name_end_preposition", "topic_marker", "topic_preposition", "prep_needs_relative", "that_clause",
                "charging", "blaming", "blame_object", "talking", "talk_partner", "not_a_subject", "prep_relative_preposition", "time_noun", "noun_object_claim", "continuing", "subject_carrier", "document", "prep_needs_complement", "reflexive",
                "preposition_verb_object", "platform", "platform_preposition", "platform_site",
                "issued_noun", "issuing_verb", "statement_noun", "subject_particle", "non_state_body", "private_body", "state_source", "source_noun", "not_a_state_name", "privative", "party_office", "national_sport_body", "witness", "witness_form", "witness_lead", "unnamed_report", "player", "local_media", "media_source", "subordinate", "affiliated", "officer_link", "international_body", "motion_verb", "destination",
                "local_head", "host_preposition", "diplomat", "diplomat_preposition", "by_object_claim", "object_before_complement",
                "occasion_opener", "occasion_link", "own_words", "considered", "indicating", "admitting", "body_adjective", "apposition_lead",
                "issued_participle", "issued_preposition", "issuer_preposition", "body_adjective_lead", "warning", "warning_complement", "reply", "reply_saying",
                "nationality_ending")


@dataclass(frozen=True)
class Lexicons:
    """The open lists, compiled: cues, the classes that bound a source phrase, hedges, allegation
    markers, anonymous sources, roles (→ type) and sides; all keys normalised."""

    cue_re: re.Pattern
    cue_info: dict  # normalised form -> (kind, lemma)
    cue_forms: dict  # (lemma, kind) -> set of normalised forms (for agreement)
    cue_final_ya: frozenset  # normalised forms listed only with a final ي (يحيي, not the name يحيى)
    cue_final_alif_maqsura: frozenset  # forms listed only with a final ى (نفى, not the noun نفي; رأى, not رأي)
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
    # the tokens a cue, hedge or allegation match can begin at (see :func:`heads`)
    cue_heads: frozenset | None
    hedge_heads: frozenset | None
    allegation_heads: frozenset | None
    listed_heads: frozenset | None  # the three together (None when one is None)


@dataclass(frozen=True)
class Words:
    """The closed word classes of ``claim_words.tsv`` (normalised), and what blocks a claim."""

    complement: frozenset  # (with ":", which opens a quotation as a complement does)
    adjunct: frozenset
    speech_event: frozenset
    speech_event_modifier: frozenset
    speech_event_preposition: frozenset
    aside: frozenset
    resumptive: frozenset
    infinitive_particle: frozenset
    temporal_conjunction: frozenset
    verbal_noun_before: frozenset
    demonstrative: frozenset
    name_link: frozenset
    name_compound: frozenset
    feminine_plural: frozenset
    role_preposition: frozenset
    governed_preposition: frozenset  # «head preposition» pairs, the head without ال (مطلع على، مقرب من)
    verb_particle: frozenset
    pronoun_host: frozenset
    noun_complement: frozenset
    prep_relative: frozenset
    free_relative: frozenset
    blaming: frozenset
    talking: frozenset
    talk_partner: frozenset
    blame_object: frozenset
    name_end_preposition: frozenset
    person_relative: frozenset
    relative_feminine: frozenset
    relative_plural: frozenset
    relay_verb: frozenset
    relay_preposition: frozenset
    each_of: frozenset
    each_of_preposition: frozenset
    relay_form: frozenset
    reported_before: frozenset
    prep_relative_pronoun: frozenset
    not_a_source: frozenset
    alleging: frozenset
    source_lead: frozenset
    source_tail: frozenset
    source_link: frozenset
    topic_marker: frozenset
    topic_preposition: frozenset
    prep_needs_relative: frozenset
    that_clause: frozenset
    charging: frozenset
    not_a_subject: frozenset
    prep_relative_preposition: frozenset
    time_noun: frozenset
    noun_object_claim: frozenset
    continuing: frozenset
    subject_carrier: frozenset
    document: frozenset
    prep_needs_complement: frozenset
    reflexive: frozenset
    preposition_verb_object: frozenset
    platform: frozenset
    platform_preposition: frozenset
    platform_site: frozenset
    issued_noun: frozenset
    issuing_verb: frozenset
    statement_noun: frozenset
    subject_particle: frozenset
    non_state_body: frozenset
    private_body: frozenset
    nationality_ending: frozenset
    state_source: frozenset
    source_noun: frozenset
    not_a_state_name: frozenset
    privative: frozenset
    party_office: frozenset
    national_sport_body: frozenset
    witness: frozenset
    witness_form: frozenset  # further forms of unnamed witnesses, residents, activists (شاهدان، ساكن، صحافية)
    witness_lead: frozenset  # a quantifier before them (أحد الشهود، عدد من السكان)
    unnamed_report: frozenset
    media_source: frozenset
    player: frozenset
    local_media: frozenset
    subordinate: frozenset
    affiliated: frozenset
    officer_link: frozenset
    international_body: frozenset
    motion_verb: frozenset
    destination: frozenset
    local_head: frozenset
    host_preposition: frozenset
    diplomat: frozenset
    diplomat_preposition: frozenset
    by_object_claim: frozenset
    object_before_complement: frozenset  # اتهم، وصف: «وصف نصرالله | الضربة بـ»
    occasion_opener: frozenset
    occasion_link: frozenset
    own_words: frozenset
    considered: frozenset
    indicating: frozenset
    admitting: frozenset
    body_adjective: frozenset
    apposition_lead: frozenset
    issued_participle: frozenset
    issued_preposition: frozenset
    issuer_preposition: frozenset
    body_adjective_lead: frozenset
    warning: frozenset
    warning_complement: frozenset
    reply: frozenset
    reply_saying: frozenset
    no_claim_after: frozenset  # negations and passive auxiliaries: لم تكشف، تم نقل
    pronoun_subject_re: re.Pattern  # a pronoun host with its subject pronoun (لكنها، وكأنه)


def reload_lexicons() -> None:
    """Forget every compiled lexicon (after editing a data file in a running notebook);
    the same as :func:`maqal.lexicons.reload`."""
    reload_all_lexicons()


def forms_of(cell: str) -> list[str]:
    """The normalised forms of a comma-separated cell, empty ones dropped."""
    return [nf for nf in (normalize(form.strip()) for form in cell.split(",")) if nf]


def read_cues() -> tuple[dict, dict, dict, frozenset, frozenset]:
    """``claim_cues.tsv`` as (form → (kind, lemma), (lemma, kind) → forms, class → forms, the
    forms whose final ي is never written ى, the forms whose final ى is never written ي):
    normalising ى to ي makes the name يحيى read as the verb يحيي, the passive يُدعى as يدعي, the
    noun نفي (denial) as the verb نفى and رأي (opinion) as رأى, which the surface letter tells apart."""
    cue_info: dict = {}
    cue_forms: dict = {}
    classes: dict = {name: set() for name in CUE_FILE_CLASSES}
    final_ya, final_alif_maqsura = set(), set()
    for row in read_table("claim_cues.tsv"):
        lemma, kind = row[0], row[1]
        for raw in row[2].split(","):
            nf = normalize(raw.strip())
            if not nf:
                continue
            if kind in classes:
                classes[kind].add(nf)
                continue
            cue_info.setdefault(nf, (kind, normalize(lemma)))
            cue_forms.setdefault((cue_info[nf][1], "verb" if kind == PREPOSITION_VERB else kind), set()).add(nf)
            if nf.endswith("ي"):
                (final_alif_maqsura if raw.strip().endswith("ى") else final_ya).add(nf)
    return cue_info, cue_forms, classes, frozenset(final_ya - final_alif_maqsura), frozenset(final_alif_maqsura - final_ya)


def heads(forms, proclitics: str) -> frozenset | None:
    """The tokens (:data:`maqal.normalized.TOKEN_RE`) a match of ``(?<!\\w)[proclitics]?forms``
    can begin at: a form's first word, bare or behind a proclitic (or as an initial, «X.», when
    it is one letter); trying the regex only there skips scanning every character.  None when a
    first word is not all word characters: then only a scan can tell."""
    out = set()
    for form in forms:
        if not form or not form.strip():
            continue  # (as alternation skips it)
        first = key(form).split(" ")[0]
        if not WORD_RUN.fullmatch(first):
            return None
        out.add(first)
        out.update(p + first for p in proclitics)
        if len(first) == 1:
            out.add(first + ".")
    return frozenset(out)


def read_hedges() -> tuple[re.Pattern, frozenset, frozenset | None]:
    """The hedge regex, the hedges that count only before an imperfect verb (قد يكون), and the
    tokens a hedge begins with."""
    hedge_forms, imperfect = [], set()
    for row in read_table("hedges.tsv"):
        nf = normalize(row[0])
        hedge_forms.append(nf)
        if len(row) > 1 and row[1] == "imperfect":
            imperfect.add(nf)
    hedge_re = re.compile(rf"(?<!\w){PROCLITIC}?(?P<w>{alternation(hedge_forms)})(?!\w)")
    return hedge_re, frozenset(imperfect), heads(hedge_forms, PROCLITIC_LETTERS)


def strip_al(word: str) -> str:
    """Role forms are stored without a leading ال (the regex allows ال/لل/ل in front)."""
    return without_article(word) if word.startswith(ARTICLE) and len(word) > 3 else word


#: dual endings no plural shares (a masculine «ين» is also the sound plural)
UNAMBIGUOUS_DUALS = ("ان", "تين")


def read_roles() -> tuple[re.Pattern, dict]:
    """``source_roles.tsv`` as a regex (with ال/ل and a proclitic in front) and role → type."""
    role_type = {}
    for row in read_table("source_roles.tsv"):
        role_type.setdefault(strip_al(normalize(row[0])), row[1])
    for role, kind in list(role_type.items()):  # the duals the file does not list (مسؤولان، مسؤولتين)
        for form in number_forms(role):
            if form.endswith(UNAMBIGUOUS_DUALS):  # (مسؤولين is a plural as often: the file lists plurals)
                role_type.setdefault(form, kind)
    role_re = re.compile(rf"(?<!\w){PROCLITIC}?(?:{ARTICLE}|{FOR})?(?P<w>{alternation(role_type)})(?!\w)")
    return role_re, role_type


def read_sides() -> tuple[re.Pattern, dict]:
    """``source_sides.tsv`` as a regex and word → side."""
    side_of = {}
    for row in read_table("source_sides.tsv"):
        side_of.setdefault(normalize(row[0]), row[1])
    for form, side in list(side_of.items()):  # the numbers of a nationality the file does not list (امريكيان)
        if form.endswith(NISBA):  # (not its feminine singular: «غارات اسرائيلية» names no source)
            for other in number_forms(form):
                if not other.endswith(TA_MARBUTA):
                    side_of.setdefault(other, side)
    # "للكرملين" = ل + الكرملين with the alef of ال dropped: lookups try it with ال restored
    side_re = re.compile(rf"(?<!\w)(?:{PROCLITIC}|{LIL})?(?P<w>{alternation(side_of)})(?!\w)")
    return side_re, side_of


def listed_forms(name: str) -> list[str]:
    return [normalize(w) for w in read_list(name)]


def with_duals(forms: list[str]) -> list[str]:
    """``forms`` and the duals of their single words (مصدر → مصدران، مصدرين)."""
    return forms + [d for f in forms for d in number_forms(f) if d not in forms]


def listed_regex(name: str, anchored: bool = False, duals: bool = False) -> re.Pattern:
    """A list file as a regex of its words behind an optional proclitic (group ``w``), with the
    duals of its single words when ``duals``."""
    forms = with_duals(listed_forms(name)) if duals else listed_forms(name)
    start = "^" if anchored else r"(?<!\w)"
    return re.compile(rf"{start}{PROCLITIC}?(?P<w>{alternation(forms)})(?!\w)")


@lexicon_cache
def lexicons() -> Lexicons:
    cue_info, cue_forms, classes, cue_final_ya, cue_final_alif_maqsura = read_cues()
    cue_re = re.compile(rf"(?<!\w)(?P<pro>[{CONJUNCTIONS}])?(?P<cue>{alternation(cue_info)})(?!\w)")
    hedge_re, hedge_imperfect, hedge_heads = read_hedges()
    role_re, role_type = read_roles()
    side_re, side_of = read_sides()
    listed = (heads(cue_info, CONJUNCTIONS), hedge_heads, heads(listed_forms("allegation_markers.txt"), PROCLITIC_LETTERS))
    return Lexicons(cue_re, cue_info, cue_forms, cue_final_ya, cue_final_alif_maqsura, frozenset(classes["stop"]), frozenset(classes["opener"]),
                    frozenset(classes["relative"]), hedge_re, hedge_imperfect,
                    listed_regex("allegation_markers.txt"), listed_regex("anonymous_sources.txt", anchored=True, duals=True),
                    role_re, role_type, side_re, side_of, *listed,
                    None if None in listed else frozenset().union(*listed))


@lexicon_cache
def words() -> Words:
    classes: dict[str, set] = {name: set() for name in WORD_CLASSES}
    for row in read_table("claim_words.tsv"):
        if row[0] not in classes:
            raise ValueError(f"claim_words.tsv: unknown class {row[0]!r}")
        classes[row[0]].update(forms_of(row[1]))
    classes["complement"].add(":")
    negations = {normalize(w) for w in read_list("negations.txt")}
    # before a verb ما is mostly "what" (بحسب ما أعلنت), not "not"
    no_claim_after = (negations - classes["free_relative"]) | {normalize(w) for w in read_list("passive_auxiliaries.txt")}
    pronoun_subject_re = re.compile(
        rf"^[{CONJUNCTIONS}]?{alternation(classes['pronoun_host'])}{SUBJECT_PRONOUN_SUFFIXES}$")
    return Words(**{name: frozenset(forms) for name, forms in classes.items()},
                 no_claim_after=frozenset(no_claim_after), pronoun_subject_re=pronoun_subject_re)


def role_of(lex: Lexicons, match: re.Match) -> str:
    """Source type of a matched role phrase, whose words may be split by a line break."""
    return lex.role_type[" ".join(match.group("w").split())]

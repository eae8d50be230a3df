"""Gender-number agreement between a cue and its source: 'm', 'f', 'p' (plural) or None (unknown).

A feminine verb (قالت، أفادت) cannot take a masculine subject, so agreement picks between
candidate sources and tells an object from a subject.
"""
from __future__ import annotations

import re

from ..clitics import CONJUNCTIONS, OBJECT_PRONOUNS, WILL
from ..entities.morphology import ARTICLE, LIL, without_article
from .vocabulary import Lexicons, words

HEAD_WORD = re.compile(r"\w+")


def cue_agreement(form: str, kind: str, lemma: str, lex: Lexicons) -> str | None:
    """Agreement a cue demands of its subject: 'f' (قالت، تؤكد، مشيرة), 'p' (قالوا، مشيرين), 'm'."""
    if kind == "participle":
        if form.endswith("ة"):
            return "f"
        return "p" if form.endswith(("ين", "ون")) else "m"
    if kind != "verb":
        return None
    forms = lex.cue_forms.get((lemma, kind), ())
    form = without_object(form.removeprefix(WILL) if form[1:] in forms else form, forms)
    if dual(form, forms):
        return None  # قالا، أكدتا، يقولان: two speakers, coordinated or one dual noun, of either gender
    if form.endswith(("وا", "ون")):
        return "p"
    if form.endswith("ت") and (form[:-1] in forms or form[:-1] + "ي" in forms or form[:-1] + "ا" in forms):
        return "f"
    if form.startswith("ت") and "ي" + form[1:] in forms:
        return "f"
    return "m"


def without_object(form: str, forms) -> str:
    """``form`` without the object pronoun it carries when what is left is a listed form, or one
    whose plural «وا» the pronoun took the alif of (أبلغته → أبلغت، وصفوه → وصفوا): the verb's own
    ending tells its subject's gender and number."""
    for suffix in OBJECT_PRONOUNS:
        stem = form[:-len(suffix)]
        if form.endswith(suffix) and len(stem) > 2:
            if stem in forms:
                return stem
            if stem + "ا" in forms and stem.endswith("و"):
                return stem + "ا"
    return form


def dual(form: str, forms) -> bool:
    """A dual verb form: a listed form with the dual ending «ا» (قال → قالا، قالت → قالتا) or «ان»
    (يقول → يقولان); not a listed form with a pronoun object (أعلنه → أعلنها)."""
    if form.endswith("ان") and form[:-2] in forms:
        return True
    return form.endswith("ا") and form[:-1] in forms and not form[:-1].endswith("ه")


def noun_agreement(src_norm: str, lex: Lexicons) -> str | None:
    """Agreement of a source phrase from its head word (وزارة، الشركة، المصادر → 'f')."""
    m = HEAD_WORD.match(src_norm)
    if not m:
        return None
    head = m.group()
    if head[:1] in CONJUNCTIONS and len(head) > 3 and head[1:] not in lex.role_type:
        head = head[1:]
    head = head[len(LIL):] if head.startswith(LIL) else without_article(head)  # للوزارة، الوزارة → وزارة
    if head in words().feminine_plural or head.endswith(("ة", "ات")):
        return "f"
    if (ARTICLE + head) not in lex.side_of and head in lex.side_of and not head.endswith(("ي", "ون", "يون")):
        return "f"  # a country or city: تركيا، موسكو، واشنطن
    if len(head) > 4 and head.endswith(("ون", "ين")):
        return "p"
    return "m"


def agrees(cue_agr: str | None, src_agr: str | None) -> bool:
    return cue_agr is None or src_agr is None or cue_agr == src_agr


def verb_agreement(verb: str, subject_agr: str | None) -> str | None:
    """Agreement of a subject as its verb shows it: شنت → 'f', قالوا → 'p'; a يـ verb is
    masculine, so it undoes a feminine reading of the subject's head word."""
    if verb.endswith("ت"):
        return "f"
    if verb.endswith("وا"):
        return "p"
    if verb[:1] == "ي" and subject_agr == "f":
        return "m"
    return subject_agr


def subject_with_cue_agreement(src_agr: str | None, cue_agr: str | None) -> str | None:
    """A verb cue's agreement overrides its subject's: a feminine verb makes it 'f', a masculine
    verb undoes a feminine reading of the head word (قال المهندس أسامة)."""
    if cue_agr == "f":
        return "f"
    if cue_agr == "m" and src_agr == "f":
        return "m"
    return src_agr

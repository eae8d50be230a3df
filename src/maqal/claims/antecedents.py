"""Sources of subject-less cues: who ``وأضاف أن``, ``…، مؤكدا أن`` or ``لكنها قالت`` continues.

The candidate must agree with the cue in gender and number (أفادت → a feminine source); the
nearest one wins: a source of this sentence, the subject of its opening verb, a recent source,
or a role or place named just before.
"""
from __future__ import annotations

import bisect

from ..clitics import BY, CONJUNCTIONS, FOR, without_proclitic
from ..entities.morphology import ARTICLE
from ..normalized import is_number
from .agreement import agrees, cue_agreement, noun_agreement, verb_agreement
from .reading import QUOTES_CLOSE, QUOTES_OPEN, Cue, Reading
from .source_types import source_info
from .sources import collect, skip_adjuncts


def antecedent(doc: Reading, c: Cue, si: int, par: int, t0: int) -> dict | None:
    """The latest mention that agrees with the cue (أفادت → a feminine source): a source of
    this sentence, else the subject of the sentence's opening verb (وشنت تركيا …، مشيرة),
    else a recent source, else a role or place named in this or the previous sentence."""
    agr = cue_agreement(doc.norm[c.s:c.e], c.kind, c.lemma, doc.lex)
    for info, lsi, _ in reversed(doc.recent):
        if lsi != si:
            break
        if agrees(agr, info["agr"]):
            return info
    subj = initial_subject(doc, t0, c.ti)
    if subj is not None and agrees(agr, subj["agr"]):
        return subj
    for info, lsi, lpar in reversed(doc.recent):
        if not (doc.rank[si] - doc.rank[lsi] <= 1 or lpar == par or quoted_through(doc, lsi, si)):
            break
        if agrees(agr, info["agr"]):
            return info
    return mention(doc, c, agr, si)


def quoted_through(doc: Reading, lsi: int, si: int) -> bool:
    """Every sentence between sentence ``lsi`` and sentence ``si`` opens inside a quotation begun in
    ``lsi``: the source's words run on over them («وقال رولي: "هذا جزء مهم … . لم يكن …".» and then
    «وتابع: …»), so ``si`` is the next turn after them."""
    start = doc.sent_starts[lsi]
    return si - lsi > 1 and all(inside_quote(doc.norm[start:doc.sent_starts[k]]) for k in range(lsi + 1, si))


def inside_quote(text: str) -> bool:
    """``text`` leaves a quotation open: more opening marks than closing ones, or an odd number of
    straight double quotes."""
    return sum(text.count(q) for q in QUOTES_OPEN if q != '"') > sum(text.count(q) for q in QUOTES_CLOSE if q != '"') \
        or text.count('"') % 2 == 1


def initial_subject(doc: Reading, t0: int, ti: int) -> dict | None:
    """Subject of a sentence-opening verb (ووقف الدخيل …، وشنت تركيا …، ولم تكشف الشركة …)."""
    toks, lex, words = doc.toks, doc.lex, doc.words
    k = t0
    while k < ti and (doc.is_punct(k) or toks.words[k] in words.verb_particle):
        k += 1
    if k + 1 >= ti or not may_open_with_verb(doc, k):
        return None
    ka = skip_adjuncts(doc, k + 1, ti)
    if ka >= ti or toks.words[ka] in lex.stop or toks.words[ka] in words.demonstrative:
        return None
    rs = collect(doc, ka, ti, set())
    if rs is None:
        return None
    info = source_info(doc, *rs)
    if info["type"] == "person" and doc.possessed(*rs):
        return None
    info["agr"] = verb_agreement(verb_base(toks.words[k]), info["agr"])
    return info


def verb_base(w: str) -> str:
    """A word without a leading و/ف (when long enough to carry one)."""
    return without_proclitic(w, CONJUNCTIONS, longer_than=3)


def may_open_with_verb(doc: Reading, k: int) -> bool:
    """Token k may be a sentence's opening verb: a short word that is no article-word, stop word,
    opener, relative, demonstrative, role, place or non-verb cue, nor a preposition behind و/ف
    (``topic_preposition``: «وعن»، «وحول»)."""
    lex = doc.lex
    w = doc.toks.words[k]
    base = verb_base(w)
    return not (is_number(w) or without_proclitic(w, CONJUNCTIONS) in doc.words.topic_preposition or base.startswith(ARTICLE) or not 3 <= len(base) <= 6 or base in lex.stop
                or base in lex.opener or w in lex.stop or w in lex.opener or base in lex.relative
                or base in doc.words.demonstrative or doc.is_role(k) or doc.is_side_word(w)
                or (w in lex.cue_info and lex.cue_info[w][0] != "verb"))


def mention(doc: Reading, c: Cue, agr, si: int) -> dict | None:
    """The latest role or place named before the cue in this or the previous sentence whose
    phrase agrees with the cue (…وزارة الخدمة المدنية…، وأفادت أنه …)."""
    prev = bisect.bisect_left(doc.rank, doc.rank[si]) - 1  # the last sentence ranked one before (ranks rise by 0 or 1)
    lo = doc.sent_starts[prev if prev >= 0 else si]
    best, best_rs = None, None
    for rx in (doc.lex.role_re, doc.lex.side_re):
        for m in rx.finditer(doc.norm, lo, c.ws):
            k = doc.tok_at(m.start())
            if best is not None and k <= best or not may_head_mention(doc, k):
                continue
            rs = collect(doc, k, doc.tok_at(c.ws), set())
            if rs is not None and agrees(agr, noun_agreement(doc.norm[doc.toks[k][0]:doc.toks[rs[1] - 1][1]], doc.lex)):
                best, best_rs = k, rs
    return None if best is None else source_info(doc, *best_rs)


def may_head_mention(doc: Reading, k: int) -> bool:
    """Not inside a prepositional phrase (بالوزارة، للوزارة، في الوزارة)."""
    w = doc.toks.words[k]
    if w.startswith((BY, FOR)) and not w.startswith(ARTICLE):
        return False
    return not (k > 0 and doc.toks.words[k - 1] in doc.lex.stop)

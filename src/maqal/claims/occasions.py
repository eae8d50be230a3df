"""The occasion of a statement: «جاء ذلك في تغريدة لقرقاش على صفحته …، حيث قال: …».

News agencies (Anadolu, and CNN Arabic that carries its copy: about 200 of its 2018 articles) name
the speaker in a sentence that opens on the occasion of a statement, then report it with a verb that
has no subject of its own after «حيث».  The speaker is the occasion's holder: the ل-phrase right after
the occasion noun («تدوينة لأدرعي»، «سلسلة من التغريدات لقرقاش»), or the subject of the occasion's
own verb («كلمة ألقاها عباس»، «تصريحات أدلى بها حاتمي»).
"""
from __future__ import annotations

from ..clitics import FOR
from .reading import Reading
from .sources import addressee, collect

#: how many words into the occasion phrase the holder's ل-phrase may stand («سلسلة من التغريدات لقرقاش»)
HOLDER_REACH = 4


def occasion_start(doc: Reading, t0: int, ti: int) -> int | None:
    """The token after «جاء ذلك في/خلال» when the sentence from token ``t0`` opens on it (None
    otherwise)."""
    words, k = doc.words, t0
    while k < ti and doc.is_punct(k):
        k += 1
    w = doc.toks.words
    if k + 3 <= ti and w[k] in words.occasion_opener and w[k + 1] in words.demonstrative \
            and w[k + 2] in words.speech_event_preposition:
        return k + 3
    return None


def occasion_holder(doc: Reading, k: int, end_tok: int, cue_starts: set) -> tuple[int, int] | None:
    """The holder named in the occasion phrase from token ``k`` to ``end_tok`` (token span), or
    None: the subject after an issuing verb, else a ل-phrase among its first words that is not an
    addressee (لـCNN، لوكالة الأناضول)."""
    words = doc.toks.words
    for j in range(k, end_tok):
        if doc.is_punct(j) and not doc.joins_words(j):
            return None
        w = words[j]
        if w in doc.words.issuing_verb:
            start = j + 1
            while start < end_tok and words[start] in doc.words.speech_event_modifier:
                start += 1  # أدلى | بها
            return collect(doc, start, end_tok, cue_starts)
        if j - k < HOLDER_REACH and w.startswith(FOR) and len(w) > 3 and w not in doc.words.speech_event_modifier \
                and not addressee(doc, j):
            return collect(doc, j, end_tok, cue_starts)
    return None

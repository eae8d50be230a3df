"""Arabic clitics: the particles a word carries glued to it — the conjunctions و ف, the prepositions
ب ل ك, the article ال, the future prefix س before a verb, the pronoun endings — written here once.

Which of them a word may carry differs on purpose from reader to reader: a title «للأمين» takes a
preposition only where it stands for the article's alef, a verb «وقال» only a conjunction, a noun of a
thing «والبريد» the article too.  So each set below is named by what it allows, and every reader
takes the word apart the same two ways: :func:`bare_in` (is the word, as written or behind one of
these proclitics, one of those words?) and :func:`without_proclitic` (the word with its proclitic
off).  No other module of the package writes its own clitic letters (``tests/test_architecture.py``).
"""
from __future__ import annotations

import re
from collections.abc import Container, Iterable

# --- the particles, one by one -------------------------------------------------------------------
#: the conjunctions «and», «then/so» (وقال، فتوفي)
AND, THEN = "و", "ف"
#: the prepositions «by/with/in», «for/to», «like» (بالحوثيين، للأمم المتحدة، كالعادة)
BY, FOR, LIKE = "ب", "ل", "ك"
#: the definite article
ARTICLE = "ال"
#: ل + ال, written with the article's alef dropped (للرئيس)
LIL = FOR + FOR
#: the future proclitic, before an imperfect verb only
WILL = "س"
#: the future proclitic with the imperfect verb's first letter (سيزور، ستعقد، سنعمل)
FUTURE = ("سي", "ست", "سن")

# --- sets of one letter, named by what they allow ------------------------------------------------
#: a conjunction (وزار، فتوفي: what a verb may carry)
CONJUNCTIONS = AND + THEN
#: the prepositions that glue to a word (the order the entity layer tries them in)
PREPOSITIONS = BY + LIKE + FOR
#: «ك» also opens many names (كيري، كلينتون): some readers let it count only before the article
SIMILE = LIKE
#: any one proclitic letter (وفي، بحسب، للمصدر، كالعادة)
LETTERS = CONJUNCTIONS + BY + FOR + LIKE
#: a conjunction or ب / ل, but not «ك», which opens too many words (والمحكمة، ببراءته، لرئيس)
PARTICLES = CONJUNCTIONS + BY + FOR
#: «و» or ب / ل, not «ف» (وبسوق، لحزب)
AND_BY_FOR = AND + BY + FOR
#: the prepositions that stand in for the article's alef (بالاثنين، للاثنين)
BY_FOR = BY + FOR

# --- sets of several letters -------------------------------------------------------------------
#: what a noun of a thing may carry before it, longest first: a conjunction or ل, the article, or
#: the article behind و ف ب ل (والبريد، بالطائرة، للسجن) — not ب alone
NOUN_PROCLITICS = (AND + ARTICLE, THEN + ARTICLE, BY + ARTICLE, LIL, ARTICLE, AND, THEN, FOR)
#: (proclitic, what it stands for) a phrase of a table may be read behind, in the order tried:
#: none; a conjunction, a preposition or both; لل for ل + ال; the article and what carries it
PHRASE_PROCLITICS = (("", ""), (AND, ""), (THEN, ""), (BY, ""), (FOR, ""), (AND + BY, ""), (AND + FOR, ""),
                     (THEN + BY, ""), (LIL, ARTICLE), (AND + LIL, ARTICLE), (BY + ARTICLE, ARTICLE),
                     (AND + BY + ARTICLE, ARTICLE), (THEN + ARTICLE, ARTICLE), (AND + ARTICLE, ARTICLE),
                     (LIKE, ""), (ARTICLE, ""), (AND + ARTICLE, ""), (BY + ARTICLE, ""), (LIL, ""))
#: the future proclitic a verb of a table may carry, alone or behind a conjunction
FUTURE_PROCLITICS = ((WILL, ""), (AND + WILL, ""), (THEN + WILL, ""))
#: what stands before a definite word's article: a conjunction, then ل ب ك in the place of the
#: article's alef (والأمين، للأمين، وللأمين) — stripping it leaves the article, or «ل…» of «لل…»
DEFINITE_PROCLITICS = re.compile(rf"^[{CONJUNCTIONS}]?(?:[{FOR}{BY}{LIKE}](?={ARTICLE})|{FOR}(?={FOR}))?")

# --- pronoun endings ---------------------------------------------------------------------------
#: the pronouns a word may carry at its end, longest first (زيارته، لقائهما)
ENCLITICS = ("هما", "كما", "هم", "هن", "كم", "كن", "ها", "نا", "ني", "ه", "ك", "ي")
#: the object pronouns a verb may carry (أبلغته، وصفهم، أبلغني), longest first
OBJECT_PRONOUNS = ("هما", "هم", "ها", "ني", "نا", "ه")


def bare_in(word: str, words: Container[str], proclitics: Iterable[str]) -> bool:
    """Whether ``word``, as written or with one of ``proclitics`` off its start, is one of ``words``
    (``proclitics``: a string of proclitic letters or a tuple of proclitics)."""
    return word in words or any(p and word.startswith(p) and word[len(p):] in words for p in proclitics)


def without_proclitic(word: str, proclitics: Iterable[str], words: Container[str] | None = None,
                      longer_than: int = 0) -> str:
    """``word`` without the first of ``proclitics`` it opens with — only when the word is longer
    than ``longer_than`` letters and, given ``words``, what remains is one of them; else ``word``."""
    if len(word) <= longer_than:
        return word
    for p in proclitics:
        if p and word.startswith(p) and (words is None or word[len(p):] in words):
            return word[len(p):]
    return word

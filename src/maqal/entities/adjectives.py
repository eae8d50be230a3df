"""Whether a word reads as an adjective: by its form (a nisba, a feminine adjective ending, a
participle, a listed modifier) or by agreeing with the definite noun before it.  The one test the
entity layer's name reading and the claims' source ends share (every word class is in
``entity_words.tsv``)."""
from __future__ import annotations

from . import vocabulary as vocab
from .morphology import ARTICLE, without_article

#: letters of an active participle's stem (تابع، حامل; تأكيد, read تاكيد, is a masdar)
AGENT_LETTERS = 4


def is_participle(stem: str) -> bool:
    """A participle's stem, without article or feminine ending: فاعل of four letters (تابع،
    حامل) or a derived one opening with م (موحد، منسق)."""
    return (len(stem) == AGENT_LETTERS and stem[1:2] in vocab.word_class("agent_second_letter")
            or len(stem) >= AGENT_LETTERS and stem.startswith(vocab.longest_first("participle_opening")))


def reads_as_adjective(word: str) -> bool:
    """A word that may qualify the name before it by its form: a nisba (الأمريكية), a feminine
    adjective (العامة), a listed modifier (العام، السابق) or a participle (التابع، الموحد)."""
    return (word.endswith(vocab.longest_first("nisba") + vocab.longest_first("feminine_adjective_ending"))
            or word in vocab.word_class("modifier") or is_participle(without_article(word)))


def agrees_with(word: str, head: str) -> bool:
    """``word`` may be an adjective of the definite ``head``: it has the article and agrees
    («الميليشيات الحوثية», «المتمردين الحوثيين»); a definite noun takes no genitive after it."""
    if not word.startswith(ARTICLE):
        return False
    if head.endswith(vocab.longest_first("feminine_ending")):
        return word.endswith(vocab.longest_first("feminine_adjective_ending"))
    plural = vocab.longest_first("masculine_plural_ending")
    return not head.endswith(plural) or word.endswith(plural)

"""maqal.clitics: the one place the proclitics are written, each set named by what it allows, and the
two ways every reader takes a word apart (words from the bundled and gold articles)."""
from maqal.arabic import normalize
from maqal.clitics import (ARTICLE, CONJUNCTIONS, DEFINITE_PROCLITICS, LETTERS, NOUN_PROCLITICS, PARTICLES,
                           bare_in, without_proclitic)


def n(w):
    return normalize(w)


def test_a_word_is_read_bare_or_behind_the_proclitics_its_reader_allows():
    marks = {n("نفي"), n("المحكمة")}
    assert bare_in(n("نفي"), marks, CONJUNCTIONS)
    assert bare_in(n("ونفي"), marks, CONJUNCTIONS)  # «ونفي أي لقاء»
    assert not bare_in(n("بنفي"), marks, CONJUNCTIONS)  # ب is no conjunction
    assert bare_in(n("والمحكمة"), marks, PARTICLES)  # «وأرجأ القاضي … والمحكمة»
    assert not bare_in(n("كالمحكمة"), marks, PARTICLES)  # ك opens too many words for this set


def test_a_noun_of_a_thing_takes_the_article_behind_its_particle_but_not_bare_ba():
    things = {n("بريد"), n("طائرة")}
    assert bare_in(n("والبريد"), things, NOUN_PROCLITICS)  # «ووصل البريد»
    assert bare_in(n("بالطائرة"), things, NOUN_PROCLITICS)
    assert not bare_in(n("بطائرة"), things, NOUN_PROCLITICS)
    assert bare_in(n("المقابلة"), {n("مقابلة")}, (ARTICLE,))


def test_without_proclitic_strips_only_where_what_remains_is_listed_or_long_enough():
    spokes = {n("المتحدث")}
    assert without_proclitic(n("والمتحدث"), CONJUNCTIONS, spokes) == n("المتحدث")
    assert without_proclitic(n("وليد"), CONJUNCTIONS, spokes) == n("وليد")  # a name, not و + ليد
    assert without_proclitic(n("وأضاف"), CONJUNCTIONS, longer_than=3) == n("أضاف")
    assert without_proclitic(n("وقع"), CONJUNCTIONS, longer_than=3) == n("وقع")
    assert without_proclitic(n("للجنة"), LETTERS) == n("لجنة")


def test_a_definite_words_proclitics_leave_its_article():
    assert DEFINITE_PROCLITICS.sub("", n("والأمين")) == n("الأمين")
    assert DEFINITE_PROCLITICS.sub("", n("للأمين")) == n("لأمين")  # the caller writes the alef back
    assert DEFINITE_PROCLITICS.sub("", n("بالنائب")) == n("النائب")

"""Grouping the forms of a word: clitics off, names left whole.

Arabic glues conjunctions, prepositions, the article and pronouns to words
(و+ال+كرملين, ب+زيارات+ه).  Stemmers cut them off by shape alone, and so also cut
names that only look prefixed: Snowball, ISRI and Tashaphyne all turn بوتين into
وتين/بوت and فيتنام into يتنام (measured: see the project notes).  maqal's default
``CliticGrouper`` strips a clitic only when the text it leaves is a word that
Arabic news really uses — more often than the unstripped form — judged by the
shipped reference frequency list (and the article's own words).  Any object with
a ``key(norm) -> str`` method can replace it (``SnowballGrouper`` is provided to
compare).
"""
from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from .clitics import ARTICLE, BY, CONJUNCTIONS, ENCLITICS, FOR, LIKE, WILL
from .lexicons import memo_bound

#: conjunction, then preposition / future particle, read right to left in the word
_CONJ = ("", *CONJUNCTIONS)
_PREP = ("", BY, FOR, LIKE, WILL)
_IMPERFECT = "يتنا"  # the future particle س only sits before an imperfect verb
#: words whose scored readings a grouper remembers (then it starts again): a corpus's vocabulary
#: of common forms fits, a long tail does not grow memory without end
SCORED_WORDS = 200_000


def _by_letter(items, letter_of) -> dict[str, tuple]:
    """``items`` grouped by the letter they need the word to have (at its start or end), in
    their order; an item that needs no letter (``letter_of`` gives "") is in every group."""
    letters = {letter_of(it) for it in items} - {""}
    return {c: tuple(it for it in items if letter_of(it) in ("", c)) for c in letters | {""}}


#: (the prefix conjunction + preposition, the preposition) in the order readings are tried,
#: by the word's first letter: a word that starts with no clitic letter is read one way only
_PREFIXES = _by_letter([(conj + prep, prep) for conj in _CONJ for prep in _PREP], lambda p: p[0][:1])
#: pronoun endings by the word's last letter (longest first, as in ``ENCLITICS``)
_ENDINGS = _by_letter(list(ENCLITICS), lambda e: e[-1:])


class CliticGrouper:
    """Key = the word without clitics and without the definite article, when attested.

    ``reference`` maps normalised forms to counts (default: the shipped SaudiNewsNet
    list); ``local`` (optional) maps the article's own normalised forms to counts,
    so a name absent from the reference (بيسكوف/وبيسكوف) still groups.
    A reading is taken only if its stem is seen at least ``margin`` times as often
    as the word itself (the article's own counts weighted by ``local_weight``).
    """

    DEFAULTS = {"margin": 2.0, "local_weight": 20, "min_stem": 2}

    def __init__(self, reference: Mapping[str, int] | None = None, local: Mapping[str, int] | None = None,
                 margin: float = 2.0, local_weight: int = 20, min_stem: int = 2, seed: bool = True):
        self._keys: dict[str, str] = {}
        #: word → its readings scored by the reference alone (see :meth:`_scored_readings`);
        #: shared with the groupers :meth:`with_local` makes, which read the same reference
        self._scored: dict[str, tuple] = {}
        if reference is None:
            from .lexicons import reference_counts, reference_keys

            reference = reference_counts()
            # the shipped list carries the default grouper's decisions for its forms
            if seed and not local and (margin, local_weight, min_stem) == tuple(self.DEFAULTS.values()):
                self._keys = dict(reference_keys())
        self.reference = reference
        self.local = dict(local or {})
        self.margin = margin
        self.local_weight = local_weight
        self.min_stem = min_stem

    def key(self, w: str) -> str:
        """The group key of a normalised word (cached)."""
        k = self._keys.get(w)
        if k is None:
            k = self._keys[w] = self._key(w)
        return k

    name = "clitic"

    def _readings(self, w: str):
        """(stem, stripped_anything_besides_al) for every way of cutting clitics off ``w``."""
        for pre, prep in _PREFIXES.get(w[:1], _PREFIXES[""]):
            if pre and not w.startswith(pre):
                continue
            rest = w[len(pre):]
            if prep == WILL and (not rest or rest[0] not in _IMPERFECT):
                continue
            if len(rest) < self.min_stem:
                continue
            stripped = bool(pre)
            # definite article (and ل+ال written لل)
            if prep == FOR and rest.startswith(FOR) and len(rest) - 1 >= 3:
                yield rest[1:], True
            if rest.startswith(ARTICLE) and len(rest) - 2 >= 3:
                yield rest[2:], stripped
                continue  # no pronoun after the article
            yield rest, stripped
            for enc in _ENDINGS.get(rest[-1:], ()):
                if rest.endswith(enc) and len(rest) - len(enc) >= 3:
                    stem = rest[: -len(enc)]
                    yield stem, True
                    if stem.endswith("ت"):  # زيارته → زيارة
                        yield stem[:-1] + "ة", True

    def _scored_readings(self, w: str) -> tuple:
        """``((own stem, its reference score), ((stem, reference score), …))``: the word itself
        (minus a bare article) and the readings that strip a clitic, in the order they are
        tried.  They depend on the word and the reference only, so they are found once per
        process (bounded), not once per article."""
        found = self._scored.get(w)
        if found is None:
            if len(self._scored) >= memo_bound(SCORED_WORDS):
                self._scored.clear()
            ref, own, stripped = self.reference, None, []
            for stem, was_stripped in self._readings(w):
                scored = (stem, ref.get(stem, 0) + ref.get(ARTICLE + stem, 0))
                if was_stripped:
                    stripped.append(scored)
                else:
                    own = scored
            if own is None:
                own = (w, ref.get(w, 0) + ref.get(ARTICLE + w, 0))
            found = self._scored[w] = (own, tuple(stripped))
        return found

    def _key(self, w: str) -> str:
        """The best clitic-stripping reading when its base is seen ``margin`` times as often as the
        word's own: a base's score is how often it occurs bare or with the article (الكرملين
        counts for كرملين), the article's own counts weighted by ``local_weight``."""
        own, stripped = self._scored_readings(w)
        if not stripped:
            return own[0]
        best, best_score = None, -1
        local = self.local
        if local:  # the scores written out (no function per reading: this runs for every new word)
            get, weight, the = local.get, self.local_weight, ARTICLE
            for stem, ref_score in stripped:
                s = ref_score + weight * (get(stem, 0) + get(the + stem, 0))
                if s > best_score:
                    best, best_score = stem, s
            own_score = own[1] + weight * (get(own[0], 0) + get(the + own[0], 0))
        else:
            for stem, ref_score in stripped:
                if ref_score > best_score:
                    best, best_score = stem, ref_score
            own_score = own[1]
        if best_score >= max(1, self.margin * own_score) and best_score > 0:
            return best
        return own[0]

    def with_local(self, local: Mapping[str, int]) -> "CliticGrouper":
        """A grouper that also trusts the article's own words (``local`` form → count)."""
        grouper = CliticGrouper(self.reference, local, self.margin, self.local_weight, self.min_stem)
        grouper._scored = self._scored  # same reference and min_stem: the same readings
        return grouper


class SnowballGrouper:
    """Snowball's Arabic stemmer (PyStemmer / snowballstemmer), for comparison: fast, but
    it cuts names (بوتين → وتين)."""

    name = "snowball"

    def __init__(self, **_):
        try:
            import Stemmer

            self._stem = Stemmer.Stemmer("arabic").stemWord
        except ImportError:
            import snowballstemmer

            self._stem = snowballstemmer.stemmer("arabic").stemWord
        self.key = lru_cache(maxsize=200_000)(self._stem)

    def with_local(self, local):
        return self


GROUPERS = {"clitic": CliticGrouper, "snowball": SnowballGrouper}


_SHARED: dict = {}


def forget_shared_groupers() -> None:
    """Drop the per-process named groupers and with them every word decision they cached."""
    _SHARED.clear()


def get_grouper(name_or_obj="clitic", **kwargs):
    """A grouper by name ('clitic', 'snowball') or any object with ``key(norm)``.

    Named groupers without options are shared per process, so their caches are too."""
    if hasattr(name_or_obj, "key"):
        return name_or_obj
    if name_or_obj not in GROUPERS:
        raise ValueError(f"unknown grouper {name_or_obj!r}; choose one of {sorted(GROUPERS)}")
    if kwargs:
        return GROUPERS[name_or_obj](**kwargs)
    if name_or_obj not in _SHARED:
        _SHARED[name_or_obj] = GROUPERS[name_or_obj]()
    return _SHARED[name_or_obj]

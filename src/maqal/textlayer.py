"""The text layer: paragraphs, sentences and tokens of an article, each with its span.

Everything later (frequencies, dates, claims) reads these tables, never the raw
text again.  ``text[start:end]`` always gives back a row's surface form.
"""
from __future__ import annotations

import bisect
import re
from array import array
from dataclasses import dataclass, field
from functools import cached_property

from .arabic import ARABIC_LETTER_RE, folding_table, normalize
from .lexicons import abbreviations, lexicon_cache, memo_bound
from .normalized import NormalizedText, word_columns

#: sentence-final punctuation: . ! ? and the Arabic question mark, ellipsis
_TERMINATORS = ".!?؟…"
#: characters that close a quotation or bracket and belong to the sentence before
_CLOSERS = "”»\"'’)]}›"
#: what may stand before an abbreviation or an initial and is not part of it: («د. / "U.S.
_OPENERS = "(\"'«“"
_SENT_END_RE = re.compile(rf"[{re.escape(_TERMINATORS)}]+[{re.escape(_CLOSERS)}]*[{re.escape(_TERMINATORS)}]*(?=\s|$)")
#: a paragraph: a line's text (lines end at \n \r \u2028 \u2029) from its first to its last
#: non-space character, found by the regex alone (no per-character loop)
_PARAGRAPH_RE = re.compile(r"\S(?:[^\n\r\u2028\u2029]*\S)?")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """One span per non-blank line, trimmed of surrounding whitespace."""
    return [m.span() for m in _PARAGRAPH_RE.finditer(text)]


def _ends_abbreviation(text: str, dot: int, start: int) -> bool:
    """True when the '.' at ``dot`` ends an abbreviation (د. / U.S. / ص.ب.), not a sentence: the
    word before it (back to a space or ``start``) is an initial or a listed abbreviation."""
    if dot <= start or text[dot - 1].isspace():
        return False
    last, before = text[dot - 1], text[dot - 2]
    if (dot - 1 > start and last not in abbreviation_chars() and last not in _OPENERS
            and not before.isspace() and before not in _OPENERS):
        return False  # two letters or more, the last one no abbreviation is written with
    word = text[start:dot].rsplit(None, 1)[-1]
    core = word.strip(_OPENERS)
    if len(core) == 1 and core.isalpha():  # initials: د. م. J.
        return True
    return is_abbreviation(core)


@lexicon_cache
def abbreviation_memo() -> dict:
    """Word before a full stop → whether it is an abbreviation (memo of :func:`is_abbreviation`)."""
    return {}


@lexicon_cache
def abbreviation_chars() -> frozenset[str]:
    """The characters an abbreviation can be written with: those of the listed ones and those
    :func:`normalize` deletes or turns into one of them."""
    letters = set("".join(abbreviations()))
    allowed = letters | {c for c, new in folding_table(teh_marbuta=False).items() if new in letters or not new}
    if " " in letters:  # normalize reads "_" between letters as a space
        allowed.add("_")
    return frozenset(allowed)


@lexicon_cache
def abbreviation_letters() -> re.Pattern:
    """A word made only of :func:`abbreviation_chars`: any other word cannot be an abbreviation
    (most words before a full stop are ruled out by this one test, without normalising them)."""
    return re.compile(f"[{re.escape(''.join(sorted(abbreviation_chars())))}]*")


def is_abbreviation(word: str) -> bool:
    """``normalize(word)`` is listed in ``lexicons/abbreviations.txt`` (remembered per word: every
    full stop of every article asks; bounded)."""
    if abbreviation_letters().fullmatch(word) is None:
        return False
    memo = abbreviation_memo()
    found = memo.get(word)
    if found is None:
        if len(memo) >= memo_bound(100_000):
            memo.clear()
        found = memo[word] = normalize(word) in abbreviations()
    return found


def sentence_spans(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Sentences within paragraphs; splits after . ! ? ؟ … (and any closing quote).

    Commas (،) and semicolons (؛) do not end a sentence; decimals (1.5) and
    abbreviations (``lexicons/abbreviations.txt``, single-letter initials) do not either.
    """
    spans = []
    for ps, pe in paragraphs if paragraphs is not None else paragraph_spans(text):
        s = ps
        for m in _SENT_END_RE.finditer(text, ps, pe):
            dot, e = m.span()
            if e - dot == 1 and text[dot] == "." and _ends_abbreviation(text, dot, s):
                continue
            if e > s:
                spans.append((s, e))
            s = e
            while s < pe and text[s].isspace():
                s += 1
        if s < pe:
            spans.append((s, pe))
    return spans


def token_kind(word: str) -> str:
    """arabic, latin, number or other: a token of :data:`maqal.normalized.TOKEN_RE` (a number
    starts with a digit, which a word never does)."""
    first = word[:1]
    if first.isdecimal():
        return "number"
    if "\u0621" <= first <= "\u063a" or "\u0641" <= first <= "\u064a" or ARABIC_LETTER_RE.search(word):
        # (most words open with a letter of the basic Arabic block: what the search finds first)
        return "arabic"
    return "latin" if word.isascii() else "other"


#: what :meth:`TextLayer.forget_words` keeps: the text, its article and its outline
_KEPT = frozenset(("text", "article", "paragraph_spans", "sentence_spans", "sentence_paragraphs", "sentence_starts", "results"))


@dataclass(eq=False)
class TextLayer:
    """Paragraph, sentence and token tables of one text (pandas DataFrames, built on first use).

    Built once per article and handed to every analysis: the spans and the normalised view
    are computed on first use and shared.  ``article`` is the Article it was made from (None
    for a plain string), so an analysis can read its metadata (the publication date).
    """

    text: str
    article: object = field(default=None, repr=False)

    def result(self, name: str, make):
        """``make()`` once per layer, kept across :meth:`forget_words`: an analysis's rows that
        several others read (the entity mentions: the word counts' names, then claims and events)."""
        results = self.__dict__.setdefault("results", {})
        if name not in results:
            results[name] = make()
        return results[name]

    def forget_words(self, keep=(), results: bool = False) -> None:
        """Let go of everything built from the words — the token tables, the normalised view and
        what analyses keep on the layer — keeping the text and its outline (paragraph and
        sentence spans) and the parts named in ``keep`` (``"normalized"``: what the next stage
        reads anyway), so a long article holds one stage at a time; a part asked for again is
        built again.  ``results``: the rows kept by :meth:`result` go too."""
        for name in [n for n in self.__dict__ if n not in _KEPT and n not in keep]:
            del self.__dict__[name]
        if results:
            self.__dict__.pop("results", None)

    @cached_property
    def normalized(self) -> NormalizedText:
        """``arabic.normalize(text)`` and the offset map back to ``text``."""
        return NormalizedText(self.text)

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Start of each sentence, for finding the sentence of a position with ``bisect``."""
        return [s for s, _ in self.sentence_spans]

    @cached_property
    def paragraph_spans(self) -> list[tuple[int, int]]:
        return paragraph_spans(self.text)

    @cached_property
    def sentence_spans(self) -> list[tuple[int, int]]:
        return sentence_spans(self.text, self.paragraph_spans)

    @cached_property
    def paragraphs(self):
        """Columns: paragraph, start, end, text, n_sentences."""
        import pandas as pd

        sent_par = self.sentence_paragraphs
        rows = [
            {"paragraph": i, "start": s, "end": e, "text": self.text[s:e],
             "n_sentences": sum(1 for p in sent_par if p == i)}
            for i, (s, e) in enumerate(self.paragraph_spans)
        ]
        return pd.DataFrame(rows, columns=["paragraph", "start", "end", "text", "n_sentences"])

    @cached_property
    def sentence_paragraphs(self) -> list[int]:
        """The paragraph index of each sentence."""
        out, p = [], 0
        pars = self.paragraph_spans
        for s, _ in self.sentence_spans:
            while p + 1 < len(pars) and s >= pars[p][1]:
                p += 1
            out.append(p)
        return out

    @cached_property
    def sentences(self):
        """Columns: sentence, paragraph, start, end, text, n_tokens."""
        import pandas as pd

        toks = self.tokens
        per = toks.groupby("sentence").size() if len(toks) else {}
        rows = [
            {"sentence": i, "paragraph": p, "start": s, "end": e, "text": self.text[s:e],
             "n_tokens": int(per.get(i, 0)) if len(toks) else 0}
            for i, ((s, e), p) in enumerate(zip(self.sentence_spans, self.sentence_paragraphs))
        ]
        return pd.DataFrame(rows, columns=["sentence", "paragraph", "start", "end", "text", "n_tokens"])

    @cached_property
    def token_columns(self) -> dict:
        """The token table column by column (what counting reads; the :attr:`tokens` DataFrame
        is made from it).  Shared: do not modify.

        The words and numbers of the one tokeniser (:attr:`NormalizedText.tokens`, which every
        analysis reads: a token here is the same token there), an initial without its dot, with
        spans mapped back to the text.  ``start``, ``end``, ``sentence`` and ``paragraph`` are
        ``array('q')`` (8 bytes a token; a list held an int object of 28 more for each start and
        end: most of a long article's memory), ``text``, ``norm`` and ``kind`` lists of strings;
        the kind is found once per distinct word."""
        text = self.text
        starts, ends, norms = word_columns(self.normalized)
        same = {}.setdefault  # equal words share one string, each copy let go at once (a long article's memory)
        surfaces = [same(w, w) for w in map(text.__getitem__, map(slice, starts, ends))]
        kind_of = {w: token_kind(w) for w in dict.fromkeys(surfaces)}
        sents, pars = array("q"), array("q")
        k = 0
        for si, ((_, se), par) in enumerate(zip(self.sentence_spans, self.sentence_paragraphs)):
            j = bisect.bisect_left(starts, se, k)
            sents += array("q", (si,)) * (j - k)
            pars += array("q", (par,)) * (j - k)
            k = j
        return {"start": starts, "end": ends, "text": surfaces,
                "norm": norms, "kind": list(map(kind_of.__getitem__, surfaces)),
                "sentence": sents, "paragraph": pars}

    @cached_property
    def tokens(self):
        """One row per word or number.

        Columns: token (running index), start, end, text (surface form as written),
        norm (``arabic.normalize`` of it), kind (arabic/latin/number/other),
        sentence, paragraph.
        """
        import pandas as pd

        cols = self.token_columns
        if not cols["start"]:
            df = pd.DataFrame([], columns=["start", "end", "text", "norm", "kind", "sentence", "paragraph"])
            df.insert(0, "token", range(0))
            return df
        return pd.DataFrame({"token": range(len(cols["start"])), **cols})


def text_layer(source) -> TextLayer:
    """The text layer of an Article or a plain string (a TextLayer is returned as it is)."""
    if isinstance(source, TextLayer):
        return source
    if isinstance(source, str):
        return TextLayer(source)
    return TextLayer(source.text, source)


def basic_stats(layer: TextLayer):
    """A one-column table of counts an analyst checks first (characters, words, sentences …)."""
    import pandas as pd

    from .lexicons import is_stopword

    toks = layer.tokens
    arabic = toks[toks["kind"].eq("arabic")]
    sents = layer.sentences
    stats = {
        "characters": len(layer.text),
        "paragraphs": len(layer.paragraph_spans),
        "sentences": len(sents),
        "tokens (words and numbers)": len(toks),
        "Arabic words": len(arabic),
        "distinct Arabic forms (normalised)": arabic["norm"].nunique(),
        "stopword share": round(float(arabic["norm"].map(is_stopword).mean()), 3) if len(arabic) else 0.0,
        "numbers": int(toks["kind"].eq("number").sum()),
        "Latin-script words": int(toks["kind"].eq("latin").sum()),
        "mean words per sentence": round(float(sents["n_tokens"].mean()), 1) if len(sents) else 0.0,
    }
    return pd.DataFrame({"measure": list(stats), "value": pd.Series(list(stats.values()), dtype=object)})

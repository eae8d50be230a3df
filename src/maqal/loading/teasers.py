"""Teasers of other articles at the end of a ``<DOC>`` page.

Some outlets' pages end with a list of related articles, each shown by its opening lines; a
crawl that keeps every paragraph of the page keeps them in the text (ANT's CNN Arabic pages: one
article in ten ends with up to ten such leads).  They are not the article: two unrelated pages
that list the same teasers share much of their text, and the teasers' claims, dates and names are
another article's.

A collection of ``<DOC>``s says which paragraphs are teasers without any outlet's wording: a
teaser is the summary (``<ABSTRACT>``) of another article of the collection, or cut short, the
start of one.  The block cut from a text starts at such a paragraph and holds only such
paragraphs or paragraphs at least :data:`MIN_PAGES` other pages of the collection repeat (the
teaser of an article the collection does not hold is listed on several pages; a paragraph of
background shared by a story and its update is on one other page).  The first paragraph is always
kept.  A single ``<DOC>`` says nothing: a page alone is kept whole.  The collection is a zip, a file
of several pages, or the folder tree of ``<DOC>`` files a file belongs to (:mod:`.doc_tree`).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

MIN_CHARS = 40  # a paragraph (or summary) shorter than this is matched by nothing: too common to tell
MIN_PAGES = 2  # a paragraph repeated on at least this many other pages is a teaser too, inside a block
_PARAGRAPH = re.compile(r"[^\n]+")
_SPACE = re.compile(r"\s+")


def _key(text: str) -> str:
    """A paragraph as compared: blanks made one space."""
    return _SPACE.sub(" ", text).strip()


@dataclass
class TeaserIndex:
    """What a collection's pages share: each summary's pages and each paragraph's page count."""

    summaries: dict  # summary key → indices of the docs it summarises
    by_start: dict  # the first MIN_CHARS characters of a summary → its summary keys
    pages: Counter  # paragraph key → how many docs hold it

    def is_summary(self, key: str, own: int) -> bool:
        """``key`` is another doc's summary, or the start of one cut short (or holds it whole)."""
        if len(key) < MIN_CHARS:
            return False
        return any((s.startswith(key) or key.startswith(s)) and self.summaries[s] - {own}
                   for s in self.by_start.get(key[:MIN_CHARS], ()))

    def is_repeated(self, key: str) -> bool:
        """``key`` is on at least :data:`MIN_PAGES` pages besides the one read."""
        return len(key) >= MIN_CHARS and self.pages[key] - 1 >= MIN_PAGES


def teaser_index(texts: list[str], summaries: list[str | None]) -> TeaserIndex:
    """The index of a collection: its docs' texts and summaries (``None``: none), in order."""
    by_summary: dict = defaultdict(set)
    for i, s in enumerate(summaries):
        key = _key(s or "")
        if len(key) >= MIN_CHARS:
            by_summary[key].add(i)
    by_start: dict = defaultdict(list)
    for key in by_summary:
        by_start[key[:MIN_CHARS]].append(key)
    pages = Counter(k for t in texts for k in {_key(m.group()) for m in _PARAGRAPH.finditer(t)} if len(k) >= MIN_CHARS)
    return TeaserIndex(dict(by_summary), dict(by_start), pages)


def teasers_start(text: str, own: int, index: TeaserIndex) -> int | None:
    """Where the block of teasers ending ``text`` starts (the end of the paragraph before it), or
    ``None`` when the text ends with none; ``own``: the doc's position in the collection."""
    paragraphs = [(m.start(), m.end(), _key(m.group())) for m in _PARAGRAPH.finditer(text) if m.group().strip()]
    first = len(paragraphs)
    while first > 1:
        key = paragraphs[first - 1][2]
        if not (index.is_summary(key, own) or index.is_repeated(key)):
            break
        first -= 1
    block = [k for k in range(first, len(paragraphs)) if index.is_summary(paragraphs[k][2], own)]
    return paragraphs[block[0] - 1][1] if block else None

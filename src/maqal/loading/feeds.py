"""RSS and Atom feeds (``.rss``, ``.atom``, or an ``.xml`` holding ``<rss>``/``<feed>``): each entry
is an article, read with feedparser.

The text is the entry's full content (Atom ``<content>``, RSS ``<content:encoded>``) or else its
summary, through the offline HTML extraction (:mod:`.webpage`); the outlet is the feed's title;
the date the entry's published date, in its own zone (feedparser's parsed dates are UTC, so the
written one is read first), else its updated date (marked inferred).
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from ..errors import BadArticleFormat, EmptyArticle
from .build import RawArticle
from .dateline import split_byline
from .decoding import read_bytes
from .jsonfiles import choose
from .metadata import clean_str, dated, parse_timestamp, url_id
from .webpage import extract_fragment
from .where import entry

FEED_SUFFIXES = (".rss", ".atom")
_FEED_ROOTS = ("<rss", "<feed", "<rdf:rdf")


@dataclass(frozen=True)
class Feed:
    """The parsed entries of one feed, its title (the outlet) and what the parser complained of."""

    entries: list
    title: str | None
    problem: str | None = None

    def __len__(self) -> int:
        return len(self.entries)


def sniff_feed(head: str) -> bool:
    """Whether the opening of an ``.xml`` file is an RSS or Atom feed's root."""
    return any(root in head[:2048].lower() for root in _FEED_ROOTS)


def read_feed(path: Path) -> Feed:
    """Every entry of a feed; a feed feedparser cannot read at all is an error naming the file."""
    import feedparser  # lazy

    parsed = feedparser.parse(read_bytes(path))
    problem = str(parsed.get("bozo_exception") or "") if parsed.get("bozo") else None
    if not parsed.entries:
        why = f" ({problem})" if problem else ""
        raise BadArticleFormat(path, f"holds no feed entries{why}", "give maqal an RSS or Atom feed")
    return Feed(list(parsed.entries), clean_str(parsed.feed.get("title")), problem)


def _entry_text(item, where) -> str:
    """The entry's content (else summary) as text: HTML through the extraction, plain text as is."""
    parts = list(item.get("content") or [])
    if item.get("summary"):
        parts.append({"value": item["summary"], "type": (item.get("summary_detail") or {}).get("type", "text/html")})
    for part in parts:
        value = part.get("value") or ""
        text = extract_fragment(value) if "html" in (part.get("type") or "html") else value
        if text.strip():
            return text
    raise EmptyArticle(where, "has no content or summary text", "the feed carries only titles; save the pages")


def _entry_date(item, where, warnings: list) -> tuple[dict, dict]:
    for field, inferred in (("published", False), ("updated", True)):
        raw = item.get(field)
        if not raw:
            continue
        try:
            return dated(parse_timestamp(raw), inferred=inferred)
        except ValueError:
            parsed = item.get(f"{field}_parsed")  # feedparser reads more spellings, into UTC
            if parsed:
                warnings.append(f"{where}: the {field} date {raw!r} read as UTC (its zone is lost)")
                return dated(parse_timestamp(time.strftime("%Y-%m-%dT%H:%M:%S+00:00", parsed)), inferred=inferred)
            warnings.append(f"{where}: ignored the {field} date {raw!r} (not a date)")
    return {}, {}


def pick_from_feed(feed: Feed, path: Path, index=None, select=None, *, fmt="feed", encoding=None) -> RawArticle:
    """Entry ``index`` (or the one whose link, guid or id is ``select``) of a feed, not yet checked."""
    items = feed.entries

    def ident(item) -> str | None:
        link = clean_str(item.get("link"))
        return url_id(link) if link else clean_str(item.get("id"))

    def matches(i, sel):
        return sel in (clean_str(items[i].get("link")), clean_str(items[i].get("id")), ident(items[i]))

    i, hits = choose(len(items), path, index, select, matches)
    item = items[i]
    where = entry(path, i)
    warnings = [f"{path}: not a well-formed feed ({feed.problem}); read what could be read"] if feed.problem else []
    text = _entry_text(item, where)
    author, dateline = split_byline(clean_str(item.get("author")))
    meta = {"title": clean_str(item.get("title")), "url": clean_str(item.get("link")),
            "author": author, "dateline": dateline, "source": feed.title}
    meta = {k: v for k, v in meta.items() if v}
    when, extra = _entry_date(item, where, warnings)
    meta.update(when)
    tags = [clean_str(t.get("term")) for t in item.get("tags") or []]
    if any(tags):
        extra["category"] = ", ".join(t for t in tags if t)
    extra.update(index_in_file=i, articles_in_file=len(items))
    if len(hits) > 1:
        warnings.append(f"{path}: {len(hits)} entries match {select!r}; loaded the first (index {i})")
    return RawArticle(text, ident(item) or f"{path.stem}#{i}", meta, fmt, encoding, warnings, extra)

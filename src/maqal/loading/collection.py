"""Files that hold several articles — a JSON array, a SaudiNewsNet day zip, a TREC file of
``<DOC>``s or a zip of TREC files (a folder tree of them is one collection for teasers: :mod:`.doc_tree`), a CSV/TSV/JSON Lines export, a WARC crawl, an
RSS/Atom feed — parsed once, then picked from by index, url or id.

``load_article(path, index=i)`` and ``maqal corpus`` (through :func:`maqal.inputs.iter_array`)
both go through :class:`Collection`, so an entry loads the same way whichever asked for it; the
last file parsed is kept (:func:`cached_collection`), so picking article after article of one
file — ``load_article(zip, select=docno)`` in a loop — parses it once.
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import BadArticleFormat
from .build import RawArticle
from .columns import ColumnMap
from .decoding import read_bytes
from .doc_tree import tree_teasers
from .exports import EXPORT_SUFFIXES, Export, export_kind, pick_from_export, read_export
from .feeds import FEED_SUFFIXES, Feed, pick_from_feed, read_feed, sniff_feed
from .jsonfiles import json_members, pick_from_json, read_json_file, read_json_zip
from .trec import (TREC_SUFFIXES, looks_like_trec, parse_docs, pick_from_trec, read_trec_file, read_trec_zip,
                   sniff_trec, trec_members)
from .warc import WARC_SUFFIXES, pick_from_warc, read_warc

#: names of files that always hold one or more articles to pick from (a .txt may, if it opens with <DOC>)
COLLECTION_SUFFIXES = (".json", ".zip", ".xml", ".trec", ".sgml") + EXPORT_SUFFIXES + WARC_SUFFIXES + FEED_SUFFIXES
_SELECTOR = re.compile(r"^(.*\.(?:json|zip|xml|trec|sgml|txt|csv|tsv|jsonl|ndjson|gz|warc|rss|atom))#(.+)$", re.I)
_PICKERS = {"json": pick_from_json, "zip": pick_from_json, "trec": pick_from_trec, "csv": pick_from_export,
            "jsonl": pick_from_export, "warc": pick_from_warc, "feed": pick_from_feed}


def split_selector(raw) -> tuple[Path, str | None]:
    """``"day.zip#12"`` → ``(Path("day.zip"), "12")``: one article of a file holding several, by
    index, id, DOCNO or url written after ``#``.  A path that exists as written wins."""
    p = Path(raw)
    if p.exists():
        return p, None
    m = _SELECTOR.match(str(raw))
    if m and Path(m.group(1)).exists():
        return Path(m.group(1)), m.group(2)
    return p, None


@dataclass(frozen=True)
class Collection:
    """The parsed entries of one file: JSON (an object or an array), TREC docs, an export's rows,
    a crawl's pages or a feed's entries."""

    items: object
    encoding: str | None
    format: str  # Article.format: "json", "zip" (SaudiNewsNet), "trec", "csv", "jsonl", "warc", "feed"
    zipped: bool = False  # a zip of files: always picked from, even when it holds one article

    @property
    def count(self) -> int:
        """How many articles it holds (a JSON object: one)."""
        return len(self.items) if isinstance(self.items, (list, Export, Feed)) else 1

    @property
    def size(self) -> int | None:
        """How many articles; ``None`` for a file of one that needs no selector (a JSON object,
        a TREC file with one ``<DOC>``)."""
        if self.format == "trec":
            return self.count if self.count != 1 or self.zipped else None
        if self.format in ("json", "zip"):
            return self.count if isinstance(self.items, list) else None
        return self.count

    def pick(self, path: Path, index=None, select=None) -> RawArticle:
        """Entry ``index`` (or the one whose url/id is ``select``), not yet checked; a ``<DOC>`` of
        a file (not a zip) among other ``<DOC>`` files is read within their folder tree."""
        if self.format == "trec" and not self.zipped:
            return pick_from_trec(self.items, path, index, select, encoding=self.encoding, tree=tree_teasers(path))
        return _PICKERS[self.format](self.items, path, index, select, fmt=self.format, encoding=self.encoding)


def collection_kind(path: Path) -> str | None:
    """What kind of file holding several articles ``path`` is, from its name (an ``.xml`` or
    ``.txt`` from its first bytes): ``json``, ``zip``, ``trec``, ``csv``, ``jsonl``, ``warc``,
    ``feed``, or ``None`` for a file of one article."""
    name, suffix = path.name.lower(), path.suffix.lower()
    kind = export_kind(path)
    if kind:
        return kind
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    if suffix in FEED_SUFFIXES:
        return "feed"
    if suffix in (".json", ".zip"):
        return suffix[1:]
    if suffix == ".xml" and _sniff(path, lambda head: not looks_like_trec(head) and sniff_feed(head)):
        return "feed"
    if suffix in TREC_SUFFIXES and (suffix != ".txt" or path.is_file() and sniff_trec(path)):
        return "trec"
    return None


def _sniff(path: Path, looks) -> bool:
    try:
        with open(path, "rb") as fh:
            return looks(fh.read(2048).decode("utf-8", "ignore"))
    except OSError:
        return False


def holds_many(path: Path) -> bool:
    """Whether ``path`` is a file articles are picked from (see :func:`collection_kind`)."""
    return collection_kind(path) is not None


def _zip_kind(path: Path) -> str:
    """"json" for a SaudiNewsNet zip (or any zip with .json files: its errors say what is wrong),
    "trec" for a zip of TREC files."""
    if not path.is_file():
        read_bytes(path)  # raises ArticleNotFound / folder error
    try:
        with zipfile.ZipFile(path) as z:
            return "trec" if not json_members(z) and trec_members(z) else "json"
    except zipfile.BadZipFile:
        raise BadArticleFormat(path, "is not a valid zip file", "check the download") from None


def read_collection(path: Path, encoding=None, text: str | None = None, enc: str | None = None,
                    columns=None) -> Collection:
    """Parse a collection file once.  ``text``/``enc``: a TREC ``.txt`` file already decoded;
    ``columns``: an export's column mapping (:class:`~maqal.loading.columns.ColumnMap` or dict)."""
    if text is not None:
        return Collection(parse_docs(text, path), enc, "trec")
    kind = collection_kind(path)
    if kind in ("csv", "jsonl"):
        return Collection(*read_export(path, encoding, columns), kind)
    if kind == "warc":
        return Collection(read_warc(path), encoding, "warc")
    if kind == "feed":
        return Collection(read_feed(path), encoding, "feed")
    if kind == "json":
        return Collection(*read_json_file(path, encoding), "json")
    if kind == "zip":
        if _zip_kind(path) == "trec":
            return Collection(*read_trec_zip(path, encoding), "trec", zipped=True)
        return Collection(*read_json_zip(path, encoding), "zip", zipped=True)
    return Collection(*read_trec_file(path, encoding), "trec")


_LAST: dict = {}  # (file, size, mtime, encoding, columns) → its Collection: the last file asked for


def cached_collection(path: Path, encoding=None, columns=None, parse=None) -> Collection:
    """:func:`read_collection` of ``path``, kept while the file is unchanged and no other file is
    asked for (one file's entries in memory, not every file's).  ``parse(path)``: a faster reader
    to try first (``None`` from it: use the careful one)."""
    if not path.is_file():
        read_bytes(path)  # raises ArticleNotFound / folder error
    st = path.stat()
    key = (str(path.resolve()), st.st_size, st.st_mtime_ns, encoding, ColumnMap.of(columns), parse)
    if key not in _LAST:
        got = parse(path) if parse is not None else None
        got = got if got is not None else read_collection(path, encoding, columns=columns)
        _LAST.clear()
        _LAST[key] = got
    return _LAST[key]

"""Files that hold several articles — a JSON array, a SaudiNewsNet day zip, a TREC file of
``<DOC>``s or a zip of TREC files — parsed once, then picked from by index, url or id.

``load_article(path, index=i)`` and ``maqal corpus`` (through :func:`maqal.inputs.iter_array`)
both go through :class:`Collection`, so an entry loads the same way whichever asked for it.
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import BadArticleFormat
from .build import RawArticle
from .decoding import read_bytes
from .jsonfiles import json_members, pick_from_json, read_json_file, read_json_zip
from .trec import TREC_SUFFIXES, parse_docs, pick_from_trec, read_trec_file, read_trec_zip, sniff_trec, trec_members

#: suffixes of files that always hold one or more articles to pick from
COLLECTION_SUFFIXES = (".json", ".zip", ".xml", ".trec", ".sgml")
_SELECTOR = re.compile(r"^(.*\.(?:json|zip|xml|trec|sgml|txt))#(.+)$", re.I)


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
    """The parsed entries of one file: JSON (an object or an array) or TREC docs."""

    items: list | dict
    encoding: str | None
    format: str  # Article.format: "json", "zip" (SaudiNewsNet) or "trec"
    zipped: bool = False  # a zip of files: always picked from, even when it holds one article

    @property
    def size(self) -> int | None:
        """How many articles; ``None`` for a file of one that needs no selector (a JSON object,
        a TREC file with one ``<DOC>``)."""
        if self.format == "trec":
            return len(self.items) if len(self.items) != 1 or self.zipped else None
        return len(self.items) if isinstance(self.items, list) else None

    def pick(self, path: Path, index=None, select=None) -> RawArticle:
        """Entry ``index`` (or the one whose url/id is ``select``), not yet checked."""
        if self.format == "trec":
            return pick_from_trec(self.items, path, index, select, fmt=self.format, encoding=self.encoding)
        return pick_from_json(self.items, path, index, select, fmt=self.format, encoding=self.encoding)


def holds_many(path: Path) -> bool:
    """Whether ``path`` is a file articles are picked from: ``.json``/``.zip``/``.xml``/``.trec``,
    or a ``.txt`` that opens with ``<DOC>``."""
    suffix = path.suffix.lower()
    return suffix in COLLECTION_SUFFIXES or suffix in TREC_SUFFIXES and path.is_file() and sniff_trec(path)


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


def read_collection(path: Path, encoding=None, text: str | None = None, enc: str | None = None) -> Collection:
    """Parse a collection file once.  ``text``/``enc``: a TREC ``.txt`` file already decoded."""
    suffix = path.suffix.lower()
    if text is not None:
        return Collection(parse_docs(text, path), enc, "trec")
    if suffix == ".json":
        return Collection(*read_json_file(path, encoding), "json")
    if suffix == ".zip":
        if _zip_kind(path) == "trec":
            return Collection(*read_trec_zip(path, encoding), "trec", zipped=True)
        return Collection(*read_json_zip(path, encoding), "zip", zipped=True)
    return Collection(*read_trec_file(path, encoding), "trec")

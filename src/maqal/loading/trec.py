"""TREC/CLEF ``<DOC>`` files, as in the ANT corpus: ``<DOCNO>``, ``<URL>``, ``<SRC>``, ``<TITLE>``,
``<TIME>``, ``<AUTHOR>``, ``<ABSTRACT>``, ``<TEXT>`` … per ``<DOC>``; one or several per file, and
zips of such files.

Read with a regular expression per ``<TAG>…</TAG>``, not an XML parser: the files are not XML —
there is no root element around several ``<DOC>``s, and the text is not escaped (ANT articles hold
bare ``&`` and could hold ``<``), so ``xml.etree`` refuses real files.  Tag names are upper case
and never nest inside ``<TEXT>``, so matching each tag with its own closing tag is exact.  The text
is kept as written (no entity unescaping: there are no entities, and a bare ``&`` is text), up to
the teasers of other articles a page may end with (:mod:`.teasers`: paragraphs that are other
``<DOC>``s' ``<ABSTRACT>`` in the same collection — a zip, a file of several pages, or the folder
tree of ``<DOC>`` files a file belongs to, :mod:`.doc_tree`).
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from ..errors import BadArticleFormat, EmptyArticle
from .bounds import read_member
from .build import RawArticle
from .dateline import split_byline
from .decoding import decode_bytes, read_bytes, read_text_file
from .jsonfiles import choose
from .metadata import clean_str, dated, parse_timestamp
from .teasers import TeaserIndex, teaser_index, teasers_start
from .where import entry

TREC_SUFFIXES = (".xml", ".trec", ".sgml", ".txt")
_DOC_RE = re.compile(r"<DOC>(.*?)</DOC>", re.S)
_FIELD_RE = re.compile(r"<([A-Z][A-Z0-9_]*)>(.*?)</\1>", re.S)
_PARAGRAPH_RE = re.compile(r"<P>(.*?)</P>", re.S)
#: tags that become Article fields (or the text); any other tag is kept in ``extra``
_ARTICLE_TAGS = ("DOCNO", "URL", "SRC", "TITLE", "TIME", "AUTHOR", "TEXT")
_EXTRA_NAMES = {"CAT": "category"}  # other tags keep their name, lower-cased (abstract, …)


def looks_like_trec(text: str) -> bool:
    """The text opens with a ``<DOC>`` tag (after blanks): a TREC file, not plain text."""
    return text.lstrip().startswith("<DOC>")


def sniff_trec(path: Path) -> bool:
    """Whether a file opens with ``<DOC>``, from its first bytes only (to sort a folder's ``.txt``
    files cheaply; loading decodes the whole file and decides again)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(512)
    except OSError:
        return False
    codec = "utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    return looks_like_trec(head.decode(codec, "ignore"))


def parse_docs(text: str, where) -> list[dict]:
    """Each ``<DOC>`` as ``{TAG: value}`` (values stripped of surrounding blank lines)."""
    docs = [{tag: value.strip() for tag, value in _FIELD_RE.findall(body)} for body in _DOC_RE.findall(text)]
    if not docs:
        raise BadArticleFormat(where, "holds no <DOC>…</DOC> entry", "TREC files wrap each article in <DOC> tags")
    return docs


def read_trec_file(path: Path, encoding=None) -> tuple[list[dict], str]:
    """``(docs, encoding)`` of one TREC file."""
    text, enc = read_text_file(path, encoding=encoding)
    return parse_docs(text, path), enc


def trec_members(z: zipfile.ZipFile) -> list[str]:
    """The TREC files of a zip, in the zip's order (not folders, not macOS's ``__MACOSX/`` copies)."""
    return [
        n for n in z.namelist()
        if n.lower().endswith(TREC_SUFFIXES) and not n.startswith("__MACOSX/") and not n.endswith("/")
    ]


def read_trec_zip(path: Path, encoding=None) -> tuple[list[dict], str | None]:
    """``(docs, encoding)`` of every ``<DOC>`` of every TREC file in a zip, in order.

    Each doc remembers its ``member`` (file inside the zip), so messages can name it.
    """
    if not path.is_file():
        read_bytes(path)  # raises ArticleNotFound / folder error
    docs: list[dict] = []
    enc = None
    try:
        with zipfile.ZipFile(path) as z:
            for name in trec_members(z):
                where = f"{path}:{name}"
                text, enc = decode_bytes(read_member(z, name, path), where, encoding=encoding)
                docs.extend({**doc, "member": name} for doc in parse_docs(text, where))
    except zipfile.BadZipFile:
        raise BadArticleFormat(path, "is not a valid zip file", "check the download") from None
    return docs, enc


def _published(doc: dict, where, warnings: list) -> tuple[dict, dict]:
    """``<TIME>`` (RFC 2822, e.g. ``Mon, 26 Feb 2018 02:20:10 GMT``) → ``(meta, extra)``: the day in
    its own zone, and the moment with its zone (``published_at``)."""
    raw = doc.get("TIME")
    if not raw:
        return {}, {}
    try:
        return dated(parse_timestamp(raw), inferred=False)
    except ValueError:
        warnings.append(f"{where}: ignored TIME={raw!r} (not an RFC 2822 or ISO date)")
        return {}, {}


def _doc_meta(doc: dict, where, warnings: list) -> tuple[dict, dict]:
    author, dateline = split_byline(clean_str(doc.get("AUTHOR")))
    meta = {"title": clean_str(doc.get("TITLE")), "source": clean_str(doc.get("SRC")),
            "url": clean_str(doc.get("URL")), "author": author, "dateline": dateline}
    meta = {k: v for k, v in meta.items() if v}
    when, moment = _published(doc, where, warnings)
    meta.update(when)
    return meta, moment


def _doc_text(doc: dict, where) -> str:
    if "TEXT" not in doc:
        raise BadArticleFormat(where, f"has no <TEXT>; its tags are: {', '.join(doc) or 'none'}", "put the article text in <TEXT>…</TEXT>")
    text = doc["TEXT"]
    paragraphs = _PARAGRAPH_RE.findall(text)
    if paragraphs:  # CLEF-style <P> paragraphs inside <TEXT>
        text = "\n".join(p.strip() for p in paragraphs)
    return text


_INDEX: dict = {}  # id(docs) → (docs, its TeaserIndex): the last collection picked from


def teaser_index_of(docs: list[dict]) -> TeaserIndex:
    """The teaser index of a collection of ``<DOC>``s (their texts and ``<ABSTRACT>``s)."""
    texts = [_doc_text(d, None) if "TEXT" in d else "" for d in docs]
    return teaser_index(texts, [d.get("ABSTRACT") for d in docs])


def _teasers(docs: list[dict]) -> TeaserIndex:
    """The teaser index of a file's docs, built once while it is the one picked from."""
    if id(docs) not in _INDEX:
        _INDEX.clear()
        _INDEX[id(docs)] = (docs, teaser_index_of(docs))
    return _INDEX[id(docs)][1]


def _without_teasers(text: str, docs: list[dict], i: int, tree) -> str:
    """The text of doc ``i`` up to the teasers of other docs it ends with: of the other docs of its
    folder tree (``tree``: a :class:`~.doc_tree.TreeTeasers`), else of its file (a file of one
    page alone says nothing: kept whole)."""
    if tree is not None:
        index, own = tree.index, tree.first + i
    elif len(docs) >= 2:
        index, own = _teasers(docs), i
    else:
        return text
    end = teasers_start(text, own, index)
    return text if end is None else text[:end]


def _doc_id(doc: dict, path: Path, i: int) -> str:
    return clean_str(doc.get("DOCNO")) or f"{path.stem}#{i}"


def pick_from_trec(docs: list[dict], path: Path, index=None, select=None, *, fmt="trec", encoding=None,
                   tree=None) -> RawArticle:
    """The ``<DOC>`` number ``index`` (or the one whose DOCNO or URL is ``select``) of ``docs``;
    ``tree``: the teasers of the folder tree the file belongs to (:mod:`.doc_tree`), if any."""
    n = len(docs)
    if n == 0:
        raise EmptyArticle(path, "holds no <DOC> entry", "no article to load")

    def matches(i, sel):
        return sel in (clean_str(docs[i].get("DOCNO")), clean_str(docs[i].get("URL")))

    i, hits = choose(n, path, index, select, matches)
    doc = docs[i]
    where = entry(path, i) if n > 1 else path
    warnings: list[str] = []
    text = _without_teasers(_doc_text(doc, where), docs, i, tree)
    meta, moment = _doc_meta(doc, where, warnings)
    extra = {_EXTRA_NAMES.get(k, k.lower()): v for k, v in doc.items() if k not in _ARTICLE_TAGS}
    if doc.get("TIME"):
        extra["time"] = doc["TIME"]
    extra.update(moment)
    if n > 1:
        extra["index_in_file"] = i
        extra["articles_in_file"] = n
    if len(hits) > 1:
        warnings.append(f"{path}: {len(hits)} articles match {select!r}; loaded the first (index {i})")
    return RawArticle(text, _doc_id(doc, path, i), meta, fmt, encoding, warnings, extra)

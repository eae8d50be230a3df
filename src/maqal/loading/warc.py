"""WARC crawls (``.warc``, ``.warc.gz``): each HTML page fetched (a ``response`` record, status
2xx) is an article, read with warcio and its main text extracted offline (:mod:`.webpage`).

Parsed once into an index of the records' offsets and headers (the payloads stay in the file; a
crawl can be gigabytes); picking an article reads its one record.  The date is the page's own,
if it prints one, else the server's ``Last-Modified``, else when it was crawled (``WARC-Date``),
the last two marked inferred.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import BadArticleFormat
from .bounds import max_entry_bytes
from .build import RawArticle
from .decoding import decode_bytes, read_bytes
from .jsonfiles import choose
from .metadata import clean_str, dated, parse_timestamp, url_id
from .webpage import extract_page
from .where import entry

WARC_SUFFIXES = (".warc", ".warc.gz")


@dataclass(frozen=True)
class Page:
    """One HTML response of a crawl: where its record starts, and the headers that describe it."""

    offset: int
    url: str | None
    crawled: str | None  # WARC-Date
    modified: str | None  # HTTP Last-Modified


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def _is_page(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    kind = (record.http_headers.get_header("Content-Type") or "").lower()
    return status.startswith("2") and ("html" in kind or not kind)


def read_warc(path: Path) -> list[Page]:
    """The HTML pages of a crawl, in the file's order."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    if not path.is_file():
        read_bytes(path)  # missing / folder errors
    pages = []
    try:
        with open(path, "rb") as fh:
            records = ArchiveIterator(fh)
            for record in records:
                if _is_page(record):
                    h = record.http_headers
                    pages.append(Page(records.get_record_offset(), record.rec_headers.get_header("WARC-Target-URI"),
                                      record.rec_headers.get_header("WARC-Date"), h.get_header("Last-Modified")))
    except ArchiveLoadFailed as e:
        raise BadArticleFormat(path, f"is not a readable WARC file ({e})", "check the crawl file") from None
    if not pages:
        raise BadArticleFormat(path, "holds no HTML page (no 'response' record of a 2xx text/html fetch)",
                               "a WARC article is a fetched HTML page")
    return pages


def _payload(path: Path, page: Page, where) -> bytes:
    """The page's body, read from its record, at most :func:`~.bounds.max_entry_bytes`."""
    from warcio.archiveiterator import ArchiveIterator

    limit = max_entry_bytes()
    with open(path, "rb") as fh:
        fh.seek(page.offset)
        record = next(iter(ArchiveIterator(fh)), None)
        if record is None:
            raise BadArticleFormat(where, "its record cannot be read again (was the file changed?)")
        data = record.content_stream().read(limit + 1)
    if len(data) > limit:
        raise BadArticleFormat(where, f"is a page of more than {limit / 2**20:,.0f} MB: refused",
                               "set MAQAL_MAX_ENTRY_MB higher if this page is genuine")
    return data


def _page_date(page: Page, meta: dict, where, warnings: list) -> dict:
    """The date the page prints (already in ``meta``), else Last-Modified, else WARC-Date."""
    if "published" in meta:
        return {}
    for raw in (page.modified, page.crawled):
        if raw:
            try:
                when, moment = dated(parse_timestamp(raw), inferred=True)
            except ValueError:
                warnings.append(f"{where}: ignored the date {raw!r} (not ISO 8601 or RFC 2822)")
                continue
            meta.update(when)
            return moment
    return {}


def pick_from_warc(pages: list[Page], path: Path, index=None, select=None, *, fmt="warc", encoding=None) -> RawArticle:
    """Page ``index`` (or the one whose url or id is ``select``) of a crawl, not yet checked."""

    def matches(i, sel):
        url = pages[i].url
        return bool(url) and sel in (url, url_id(url))

    i, hits = choose(len(pages), path, index, select, matches)
    page = pages[i]
    where = entry(path, i)
    # decoded as a saved page is (UTF-8, the page's <meta charset>, Windows-1256): servers' charset
    # headers are too often wrong to trust over the bytes
    html, enc = decode_bytes(_payload(path, page, where), where, encoding=encoding, markup=True)
    text, meta, warnings = extract_page(html, where)
    if page.url:
        meta["url"] = page.url  # where it was fetched: the same id as the page saved or in a feed
    if not meta.get("source") and page.url:
        meta["source"] = clean_str(urlsplit(page.url).hostname)
    extra = {"index_in_file": i, "articles_in_file": len(pages), "crawled": page.crawled, **_page_date(page, meta, where, warnings)}
    if len(hits) > 1:
        warnings.append(f"{path}: {len(hits)} pages match {select!r}; loaded the first (index {i})")
    return RawArticle(text, url_id(page.url) if page.url else f"{path.name}#{i}", meta, fmt, enc, warnings, extra)

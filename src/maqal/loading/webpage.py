"""``.html`` / ``.htm`` articles: the main text and metadata extracted offline with trafilatura.

A saved news page is mostly menus, links and ads; trafilatura is a maintained extractor that
finds the article body and the page's title, author, site name and date.  The one HTML
extraction of the package: pages in WARC crawls (:mod:`.warc`) and feed entries (:mod:`.feeds`)
go through it too.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..errors import EmptyArticle
from .build import RawArticle
from .decoding import read_text_file
from .metadata import clean_str, meta_id, normalise_meta, parse_date
from .sidecar import read_sidecar


def _extract(html: str, path) -> dict:
    import trafilatura  # lazy: heavy

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        # the date the page's markup declares (meta tags, <time>, JSON-LD, the url), never one
        # guessed from the text: «في عام 1998» in an article is not its publication date
        date_extraction_params={"original_date": True, "extensive_search": False,
                                "max_date": dt.date.today().isoformat()},
    )
    if doc is not None and not isinstance(doc, dict):
        doc = doc.as_dict()
    if not doc or not (doc.get("text") or "").strip():
        raise EmptyArticle(path, "no article text could be found in this HTML page", "save the article page itself, or paste its text into a .txt file")
    return doc


def _page_meta(doc: dict, path, warnings: list) -> dict:
    meta: dict = {}
    for key, name in (("title", "title"), ("url", "url"), ("author", "author"), ("source", "sitename")):
        v = clean_str(doc.get(name))
        if v:
            meta[key] = v
    if doc.get("date"):
        try:
            meta["published"] = parse_date(doc["date"])
            meta["published_inferred"] = False  # a date printed on the page
        except ValueError:
            warnings.append(f"{path}: ignored the page date {doc['date']!r} (not YYYY-MM-DD)")
    return meta


def extract_page(html: str, where) -> tuple[str, dict, list]:
    """``(main text, metadata, warnings)`` of a whole web page — a saved ``.html`` file or a page
    in a WARC crawl: the body trafilatura finds, without the title it repeats from ``<h1>``."""
    doc = _extract(html, where)
    warnings: list[str] = []
    meta = _page_meta(doc, where, warnings)
    text = doc["text"]
    first, sep, rest = text.partition("\n")
    if meta.get("title") and first.strip() == meta["title"] and rest.strip():
        text = rest  # trafilatura keeps the <h1>; the title is metadata, not article text
    return text, meta, warnings


def extract_fragment(html: str) -> str:
    """The text of an HTML fragment (a feed entry's content or summary), paragraphs kept.
    trafilatura's extractor leaves out short fragments; its baseline takes the text as it is."""
    import trafilatura  # lazy: heavy

    doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=True,
                                      include_images=False, include_links=False)
    if doc is not None and not isinstance(doc, dict):
        doc = doc.as_dict()
    text = (doc or {}).get("text") or ""
    return text if text.strip() else trafilatura.baseline(html)[1]


def read_html(path: Path, encoding=None) -> RawArticle:
    """A web page's article; a sidecar's keys win over what the page says."""
    html, enc = read_text_file(path, encoding=encoding)
    text, meta, warnings = extract_page(html, path)
    sidecar, side_path = read_sidecar(path)
    side = normalise_meta(sidecar, side_path)
    extra = side.pop("extra")
    meta.update(side)
    if side_path is not None:
        extra["sidecar"] = side_path.name
    return RawArticle(text, meta_id(meta, path.stem), meta, "html", enc, warnings, extra)

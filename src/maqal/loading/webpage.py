"""``.html`` / ``.htm`` articles: the main text and metadata extracted offline with trafilatura.

A saved news page is mostly menus, links and ads; trafilatura is a maintained extractor that
finds the article body and the page's title, author, site name and date.
"""
from __future__ import annotations

from pathlib import Path

from ..errors import EmptyArticle
from .build import RawArticle
from .decoding import read_text_file
from .metadata import clean_str, meta_id, normalise_meta, parse_date
from .sidecar import read_sidecar


def _extract(html: str, path: Path) -> dict:
    import trafilatura  # lazy: heavy

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
    )
    if doc is not None and not isinstance(doc, dict):
        doc = doc.as_dict()
    if not doc or not (doc.get("text") or "").strip():
        raise EmptyArticle(path, "no article text could be found in this HTML page", "save the article page itself, or paste its text into a .txt file")
    return doc


def _page_meta(doc: dict, path: Path, warnings: list) -> dict:
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


def read_html(path: Path, encoding=None) -> RawArticle:
    """A web page's article; a sidecar's keys win over what the page says."""
    html, enc = read_text_file(path, encoding=encoding)
    doc = _extract(html, path)
    warnings: list[str] = []
    meta = _page_meta(doc, path, warnings)
    text = doc["text"]
    first, sep, rest = text.partition("\n")
    if meta.get("title") and first.strip() == meta["title"] and rest.strip():
        text = rest  # trafilatura keeps the <h1>; the title is metadata, not article text
    sidecar, side_path = read_sidecar(path)
    side = normalise_meta(sidecar, side_path)
    extra = side.pop("extra")
    meta.update(side)
    if side_path is not None:
        extra["sidecar"] = side_path.name
    return RawArticle(text, meta_id(meta, path.stem), meta, "html", enc, warnings, extra)

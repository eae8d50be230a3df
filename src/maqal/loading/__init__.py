"""Load one Arabic article from a file (or a string) into an :class:`~maqal.article.Article`.

Formats, chosen by suffix:

* ``.txt`` / ``.md`` — plain text, optional YAML front matter (``---`` ... ``---``) and/or a
  sidecar file with the same stem and suffix ``.yml`` / ``.yaml`` / ``.json`` holding metadata
  (sidecar keys win over front-matter keys);
* ``.json`` — one article object or an array of them (SaudiNewsNet style);
* ``.zip`` — one JSON array inside (the SaudiNewsNet daily files), or TREC files;
* ``.xml`` / ``.trec`` (or a ``.txt`` opening with ``<DOC>``) — TREC/CLEF ``<DOC>`` entries, as
  in the ANT corpus;
* ``.html`` / ``.htm`` — the main text is extracted offline with trafilatura;
* ``.csv`` / ``.tsv`` / ``.jsonl`` / ``.ndjson`` (and ``.gz`` of them) — exports, one article per
  row, columns named (``columns=``) or guessed (:mod:`.columns`, :mod:`.exports`);
* ``.warc`` / ``.warc.gz`` — crawls: each HTML page fetched is an article (:mod:`.warc`);
* ``.rss`` / ``.atom`` (or an ``.xml`` holding a feed) — each entry is an article (:mod:`.feeds`).

The loaded ``text`` is kept as it is (no normalisation; only a leading BOM is removed), except
for "baked" text in Arabic presentation forms, which is restored to logical Unicode
(``Article.restored`` says so).  Nothing is written anywhere.

One module per concept: :mod:`.decoding` (bytes → text), :mod:`.letters` (character classes),
:mod:`.language` (is it Arabic?), :mod:`.bounds` (depth, size and zip limits), :mod:`.baked` (PDF display forms), :mod:`.dateline`,
:mod:`.metadata` and :mod:`.sidecar` (fields and where they come from), one module per format
(:mod:`.plain`, :mod:`.webpage`, :mod:`.jsonfiles`, :mod:`.trec`, :mod:`.exports`, :mod:`.warc`,
:mod:`.feeds`; a ``<DOC>`` page's trailing teasers of other articles: :mod:`.teasers`, named by the
other pages of its zip, file or folder tree, :mod:`.doc_tree`), :mod:`.collection` (files holding several articles, parsed once), and :mod:`.build`
(the checks all share).
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from ..article import Article
from ..errors import ArticleError, BadArticleFormat
from .baked import (
    BAKED_SHARE,
    ORDER_MAJORITY,
    presentation_share,
    reading_order_votes,
    restore_baked,
    unbake_forms,
    visual_line_to_logical,
    visual_to_logical,
)
from .bounds import MAX_DEPTH, check_depth, json_depth, max_entry_bytes, read_member, value_depth
from .build import RawArticle, build_article, coerce_published, finish
from .collection import (COLLECTION_SUFFIXES, Collection, cached_collection, collection_kind, holds_many,
                         read_collection, split_selector)
from .columns import ROLES, ColumnMap
from .exports import EXPORT_SUFFIXES, pick_from_export, read_export
from .feeds import FEED_SUFFIXES, pick_from_feed, read_feed
from .warc import WARC_SUFFIXES, pick_from_warc, read_warc
from .dateline import find_dateline, is_known_place
from .doc_tree import NOT_ARTICLES, tree_folder
from .decoding import HTML_SUFFIXES, MAX_CONTROL_SHARE, decode_bytes, read_bytes, read_text_file
from .jsonfiles import CONTENT_KEYS, PRINTED_DATE_KEYS, json_members, pick_from_json, read_json_file, read_json_zip
from .language import (
    MAX_PERSIAN_SHARE,
    MIN_ARABIC_SHARE,
    PERSIAN_URDU_LETTERS,
    URDU_ONLY_LETTERS,
    arabic_problem,
    check_arabic,
    looks_arabic,
)
from .letters import arabic_share
from .metadata import META_KEYS, clean_str, url_id
from .plain import TEXT_SUFFIXES, read_plain
from .sidecar import SIDECAR_SUFFIXES
from .trec import TREC_SUFFIXES, looks_like_trec, parse_docs, pick_from_trec
from .webpage import read_html

__all__ = [
    "load_article", "load_text", "read_raw", "read_text_file", "decode_bytes", "read_bytes",
    "RawArticle", "build_article", "coerce_published", "finish",
    "Collection", "holds_many", "read_collection", "cached_collection", "collection_kind", "split_selector",
    "parse_docs", "pick_from_trec", "looks_like_trec", "tree_folder", "NOT_ARTICLES", "ColumnMap", "ROLES", "read_export", "pick_from_export",
    "read_warc", "pick_from_warc", "read_feed", "pick_from_feed",
    "json_members", "pick_from_json", "read_json_file", "read_json_zip", "read_plain", "read_html",
    "json_depth", "value_depth", "check_depth", "read_member", "max_entry_bytes", "MAX_DEPTH",
    "arabic_share", "arabic_problem", "check_arabic", "looks_arabic", "find_dateline", "is_known_place",
    "presentation_share", "reading_order_votes", "restore_baked", "unbake_forms",
    "visual_line_to_logical", "visual_to_logical",
    "BAKED_SHARE", "ORDER_MAJORITY", "MAX_CONTROL_SHARE", "MAX_PERSIAN_SHARE", "MIN_ARABIC_SHARE",
    "PERSIAN_URDU_LETTERS", "URDU_ONLY_LETTERS", "CONTENT_KEYS", "PRINTED_DATE_KEYS", "META_KEYS",
    "TEXT_SUFFIXES", "HTML_SUFFIXES", "SIDECAR_SUFFIXES", "TREC_SUFFIXES", "COLLECTION_SUFFIXES",
    "EXPORT_SUFFIXES", "WARC_SUFFIXES", "FEED_SUFFIXES",
]


def load_text(
    text: str,
    *,
    id=None,
    title=None,
    source=None,
    url=None,
    published=None,
    published_inferred=False,
    strict=True,
) -> Article:
    """Make an :class:`Article` from a string (same checks as for files).

    The id is ``id``, else ``url-<sha1 of url>``, else ``text-<sha1 of the text>``: stable.
    """
    if not isinstance(text, str):
        raise TypeError(f"load_text() wants a str, not {type(text).__name__}; use load_article() for files")
    meta = {"title": clean_str(title), "source": clean_str(source), "url": clean_str(url)}
    if published is not None:
        meta["published"] = coerce_published(published, None)
        meta["published_inferred"] = bool(published_inferred)
    body = text[1:] if text.startswith("\ufeff") else text
    if id is None:
        id = url_id(meta["url"]) if meta["url"] else "text-" + hashlib.sha1(body.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return build_article(text, path=None, id_=str(id), meta=meta, fmt="text", encoding=None, strict=strict)


def _selector(path: Path, index, select):
    """``(index, select)`` checked: a numeric selector ("3" from a command line or papermill)
    means an index; not both; an index is an int."""
    if index is None and (isinstance(select, int) and not isinstance(select, bool)
                          or isinstance(select, str) and select.strip().isdigit()):
        index, select = int(select), None
    if index is not None and select is not None:
        raise ArticleError(path, "pass either index= or select=, not both")
    if index is not None and (isinstance(index, bool) or not isinstance(index, int)):
        raise ArticleError(path, f"index= must be an int, not {index!r}")
    return index, select


def read_raw(path: Path, index=None, select=None, encoding=None, columns=None) -> RawArticle:
    """The article of ``path`` (entry ``index``/``select`` of a file holding several), unchecked."""
    suffix = path.suffix.lower()
    if holds_many(path):  # (the last file is kept: picking one article after another parses it once)
        return cached_collection(path, encoding, columns).pick(path, index, select)
    decoded = None
    if suffix == ".txt":  # a .txt may be a TREC file of <DOC>s its first bytes did not show
        decoded = read_text_file(path, encoding=encoding)
        if looks_like_trec(decoded[0]):
            return read_collection(path, text=decoded[0], enc=decoded[1]).pick(path, index, select)
    if suffix in TEXT_SUFFIXES or suffix in HTML_SUFFIXES:
        if index is not None or select is not None:
            raise ArticleError(path, "index= and select= only apply to files holding several articles "
                                     "(.json arrays, .zip files, TREC <DOC> files, exports, crawls, feeds)")
        if suffix in HTML_SUFFIXES:
            return read_html(path, encoding)
        return read_plain(path, encoding, decoded)
    read_bytes(path)  # missing file / folder errors first
    raise BadArticleFormat(
        path,
        f"unknown article format '{path.suffix or '(no suffix)'}'",
        "maqal reads .txt, .md, .json, .zip (SaudiNewsNet or TREC), .xml/.trec (TREC <DOC>), .html, "
        ".csv/.tsv/.jsonl (exports), .warc(.gz) (crawls) and .rss/.atom (feeds)",
    )


def load_article(source, *, index=None, select=None, published=None, encoding=None, strict=True,
                 columns=None) -> Article:
    """Load one article from a file: ``.txt``/``.md``, ``.json``, ``.zip``, ``.xml``/``.trec``
    (TREC ``<DOC>``), ``.html``, ``.csv``/``.tsv``/``.jsonl`` (exports, also ``.gz``),
    ``.warc``/``.warc.gz`` (crawls), ``.rss``/``.atom`` (feeds).

    ``index`` / ``select`` (url or id; a TREC DOCNO) pick one article of a file holding several
    (a JSON array, a zip, a TREC file, an export's row, a crawl's page, a feed's entry), as does
    ``path#selector`` written in the path; ``columns`` names an export's columns
    (``{"text": "body", "date": "published_at"}``; the others are guessed);
    ``published`` (date or 'YYYY-MM-DD') overrides the date (and makes it not inferred);
    ``encoding`` forces the text encoding; ``strict=False`` loads non-Arabic (or Persian/Urdu,
    or unrestorable baked) text with a warning instead of raising.
    """
    if isinstance(source, bytes) or not isinstance(source, (str, Path)):
        raise TypeError(f"load_article() wants a file path (str or Path), not {type(source).__name__}")
    path = Path(source)
    if index is None and select is None:
        path, select = split_selector(source)  # "day.zip#12", "BBC.zip#BB-culture-1-20180218"
    index, select = _selector(path, index, select)
    raw = read_raw(path, index, select, encoding, columns)
    return finish(raw, path, published=published, strict=strict)

"""JSON articles: one object, an array of them, or a SaudiNewsNet day zip holding one such array.

SaudiNewsNet writes ``content`` for the text and ``date_extracted`` for the crawl time; other
tools write ``text`` or ``body`` and a printed ``published`` date.  All map onto the same fields.
"""
from __future__ import annotations

import json
import math
import zipfile
from pathlib import Path

from ..errors import BadArticleFormat, EmptyArticle
from .bounds import check_depth, json_depth, read_member
from .build import RawArticle
from .decoding import decode_bytes, read_bytes, read_text_file
from .metadata import META_KEYS, clean_str, parse_bool, parse_date, url_id
from .where import entry

CONTENT_KEYS = ("content", "text", "body")
PRINTED_DATE_KEYS = ("published", "date", "date_published")


def parse_json(text: str, where, what: str = "JSON"):
    """Parsed JSON, or :class:`BadArticleFormat` saying where the syntax breaks or that it is
    nested too deep (checked before parsing: the parser would recurse)."""
    check_depth(json_depth(text), where, what)
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise BadArticleFormat(where, f"is not valid {what} (line {e.lineno}, column {e.colno}: {e.msg})", "fix the JSON") from None


def read_json_file(path: Path, encoding=None):
    """``(parsed JSON, encoding)`` of a ``.json`` file."""
    text, enc = read_text_file(path, encoding=encoding)
    return parse_json(text, path), enc


def json_members(z: zipfile.ZipFile) -> list[str]:
    """The ``.json`` files of a zip (not folders, not macOS's ``__MACOSX/`` copies)."""
    return [
        n for n in z.namelist()
        if n.lower().endswith(".json") and not n.startswith("__MACOSX/") and not n.endswith("/")
    ]


def read_json_zip(path: Path, encoding=None):
    """``(parsed JSON, encoding)`` of the one ``.json`` file inside a SaudiNewsNet day zip."""
    if not path.is_file():
        read_bytes(path)  # raises ArticleNotFound / folder error
    try:
        with zipfile.ZipFile(path) as z:
            members = json_members(z)
            if len(members) != 1:
                found = ", ".join(members) if members else "none"
                raise BadArticleFormat(path, f"should hold exactly one .json file (found: {found})", "SaudiNewsNet daily zips hold one YYYY-MM-DD.json")
            data = read_member(z, members[0], path)
    except zipfile.BadZipFile:
        raise BadArticleFormat(path, "is not a valid zip file", "check the download") from None
    text, enc = decode_bytes(data, f"{path}:{members[0]}", encoding=encoding)
    return parse_json(text, f"{path}:{members[0]}"), enc


def _element_id(obj: dict, path: Path, i: int | None) -> str:
    given = text_or_none(obj, "id")
    if given:
        return given
    url = text_or_none(obj, "url")
    if url:
        return url_id(url)
    return path.stem if i is None else f"{path.stem}#{i}"


def choose(n: int, path, index, select, matches) -> tuple[int, list[int]]:
    """``(chosen index, all indices matching select)`` among ``n`` articles of a file.

    ``matches(i, sel)`` tells whether article ``i`` has the url or id ``sel``.  With neither
    ``index`` nor ``select`` a file of one article gives it; a file of several is an error.
    JSON arrays and TREC files choose the same way, so their selectors mean the same.
    """
    if select is not None:
        sel = str(select).strip()
        hits = [i for i in range(n) if matches(i, sel)]
        if not hits:
            raise BadArticleFormat(path, f"no article with url or id {sel!r} among its {n}", "check the url, or use index=")
        return hits[0], hits
    if index is not None:
        if not -n <= index < n:
            raise BadArticleFormat(path, f"index {index} is out of range: it holds {n} article{'s' if n != 1 else ''}", f"use index=0..{n - 1}")
        return index % n, []
    if n == 1:
        return 0, []
    raise BadArticleFormat(path, f"holds {n} articles; say which one", f"pass index=0..{n - 1} or select=<url or id>")


def _json_text(obj, i: int, where) -> str:
    if not isinstance(obj, dict):
        raise BadArticleFormat(where, f"article {i} is a {type(obj).__name__}, not a JSON object")
    key = next((k for k in CONTENT_KEYS if k in obj), None)
    if key is None:
        raise BadArticleFormat(where, f"has no text field ({'/'.join(CONTENT_KEYS)}); its keys are: {', '.join(map(str, obj)) or 'none'}", "put the article text in 'content'")
    text = obj[key]
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise BadArticleFormat(where, f"'{key}' must be a string, not {type(text).__name__}")
    return text


def json_kind(value) -> str:
    """What a JSON value is, in a message: "a list", "an object", "true/false", "NaN" …"""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if value != value else "Infinity"
    return {list: "a list", dict: "an object"}.get(type(value), f"a {type(value).__name__}")


def text_field(obj: dict, k: str) -> str | None:
    """Field ``k`` as text: a string (stripped) or a number written out; None when missing or
    blank; ValueError for a list, an object, true/false, NaN or Infinity (never stringified)."""
    v = obj.get(k)
    if v is None or isinstance(v, str) or (isinstance(v, (int, float)) and not isinstance(v, bool)
                                           and math.isfinite(v)):
        return clean_str(v)
    raise ValueError(f"should be text, not {json_kind(v)}")


def text_or_none(obj: dict, k: str) -> str | None:
    """:func:`text_field`, None for a value of the wrong type (an id that is a list is no id)."""
    try:
        return text_field(obj, k)
    except ValueError:
        return None


def _json_meta(obj: dict, where, warnings: list) -> dict:
    """title/source/url/author, and the date: a printed one, else the crawl date (inferred).
    A field of the wrong type is left out with a warning naming the file and the field."""
    meta: dict = {}
    for k in ("title", "source", "url", "author"):
        try:
            v = text_field(obj, k)
        except ValueError as e:
            warnings.append(f"{where}: ignored field '{k}': {e}")
            continue
        if v:
            meta[k] = v
    for k in PRINTED_DATE_KEYS:
        if obj.get(k):
            try:
                meta["published"] = parse_date(obj[k])
                meta["published_inferred"] = False
                break
            except (ValueError, TypeError) as e:
                warnings.append(f"{where}: ignored field '{k}': {e}")
    if "published" not in meta and obj.get("date_extracted"):
        try:
            meta["published"] = parse_date(obj["date_extracted"])
            meta["published_inferred"] = True  # the crawl time, not a printed date
        except (ValueError, TypeError) as e:
            warnings.append(f"{where}: ignored field 'date_extracted': {e}")
    if "published_inferred" in obj and "published" in meta:
        try:
            meta["published_inferred"] = parse_bool(obj["published_inferred"])
        except ValueError:
            pass
    return meta


def pick_from_json(data, path: Path, index=None, select=None, *, fmt: str = "json", encoding=None) -> RawArticle:
    """The article ``index`` (or the one whose url/id is ``select``) of parsed JSON ``data``."""
    if isinstance(data, dict):
        items, single = [data], True
    elif isinstance(data, list):
        items, single = data, False
    else:
        raise BadArticleFormat(path, f"JSON must be an article object or an array of them, not {type(data).__name__}")

    def matches(i, sel):
        obj = items[i]
        return isinstance(obj, dict) and (
            sel in (text_or_none(obj, "url"), text_or_none(obj, "id"))
            or sel == _element_id(obj, path, None if single else i)
        )

    n = len(items)
    if n == 0:
        raise EmptyArticle(path, "holds an empty JSON array", "no article to load")
    i, hits = choose(n, path, index, select, matches)
    obj = items[i]
    where = path if single else entry(path, i)
    text = _json_text(obj, i, where)
    warnings: list[str] = []
    meta = _json_meta(obj, where, warnings)
    extra = {k: v for k, v in obj.items() if k not in CONTENT_KEYS and k not in META_KEYS}
    if not single:
        extra["index_in_file"] = i
        extra["articles_in_file"] = n
    if len(hits) > 1:
        warnings.append(f"{path}: {len(hits)} articles match {select!r}; loaded the first (index {i})")
    return RawArticle(text, _element_id(obj, path, None if single else i), meta, fmt, encoding, warnings, extra)

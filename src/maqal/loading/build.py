"""From what a format reader found to an :class:`~maqal.article.Article`: the checks every format shares.

Whatever the file was, the text must be non-empty, restored if baked, Arabic, and its dateline
found; an explicit ``published=`` wins over the file's date.  Doing this in one place is what
makes a JSON entry, a TREC ``<DOC>`` and a ``.txt`` file load into the same kind of Article.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..article import Article
from ..errors import ArticleError, EmptyArticle
from .baked import restore_baked
from .dateline import find_dateline, is_known_place
from .language import check_arabic
from .metadata import parse_date
from .where import entry


@dataclass
class RawArticle:
    """What a format reader found: the text as written, an id, and metadata not yet checked."""

    text: str
    id: str
    meta: dict
    format: str | None = None
    encoding: str | None = None
    warnings: list = field(default_factory=list)
    extra: dict = field(default_factory=dict)


def coerce_published(published, where):
    """A ``published=`` argument as a date, or an error naming where it was given."""
    try:
        return parse_date(published)
    except (ValueError, TypeError) as e:
        raise ArticleError(where, f"published= {e}", "pass a datetime.date or 'YYYY-MM-DD'") from None


def finish(raw: RawArticle, path, *, published=None, strict: bool = True) -> Article:
    """The Article of a file's entry: ``published`` overrides its date (as printed, not inferred);
    errors and warnings name ``path#index`` when the file holds several articles (and the line,
    for a row of an export)."""
    if published is not None:
        raw.meta["published"] = coerce_published(published, path)
        raw.meta["published_inferred"] = False
    where = entry(path, raw.extra.get("index_in_file"))
    if raw.extra.get("line_in_file") is not None:  # a row of an export: its line, for the analyst's editor
        where = f"{where} (line {raw.extra['line_in_file']})"
    return build_article(raw.text, path=path, where=where, id_=raw.id, meta=raw.meta, fmt=raw.format,
                         encoding=raw.encoding, strict=strict, warnings=raw.warnings, extra=raw.extra)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # half of a UTF-16 pair, alone (JSON "\\ud83d")


def repair_surrogates(value, what: str, warnings: list):
    """``value`` with each lone surrogate — not a character, and not encodable as UTF-8 — replaced
    by U+FFFD (one for one, so every span stays where it was), and a warning saying so."""
    if not isinstance(value, str):
        return value
    repaired, n = _LONE_SURROGATE.subn("\ufffd", value)
    if n:
        warnings.append(f"{what}: {n} lone surrogate(s) (half of a UTF-16 pair) replaced by U+FFFD")
    return repaired


def build_article(
    text: str,
    *,
    path,
    id_: str,
    where=None,
    meta: dict,
    fmt: str,
    encoding: str | None,
    strict: bool,
    warnings: list[str] | None = None,
    extra: dict | None = None,
) -> Article:
    """Check ``text`` (empty, baked, not Arabic), find its dateline, and make the Article."""
    where = where if where is not None else path
    if text.startswith("\ufeff"):
        text = text[1:]
    if not any(not c.isspace() and unicodedata.category(c) != "Cf" for c in text):
        raise EmptyArticle(where, "is empty" if not text else "contains only whitespace", "check that the file has the article text")
    warnings = list(warnings or [])
    text = repair_surrogates(text, "text", warnings)
    meta = {k: repair_surrogates(v, k, warnings) for k, v in meta.items()}
    text, restored, w = restore_baked(text, where, strict=strict)
    warnings += w
    warnings += check_arabic(text, where, strict=strict)

    source = meta.get("source")
    dateline, span = meta.get("dateline"), None  # a dateline printed apart from the text (TREC <AUTHOR>)
    found = find_dateline(text, is_known_place)
    if found:
        dateline, span, outlet = found
        if source is None and outlet:
            source = outlet
    return Article(
        text=text,
        id=id_,
        title=meta.get("title"),
        source=source,
        url=meta.get("url"),
        author=meta.get("author"),
        published=meta.get("published"),
        published_inferred=bool(meta.get("published_inferred", False)) if meta.get("published") else False,
        dateline=dateline,
        dateline_span=span,
        path=str(path) if path is not None else None,
        encoding=encoding,
        format=fmt,
        restored=restored,
        warnings=tuple(warnings),
        extra=dict(extra or {}),
    )

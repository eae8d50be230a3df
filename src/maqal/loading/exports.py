"""Exports of monitoring tools and scrapers: CSV, TSV and JSON Lines (also gzipped), one article
per row, read through a column mapping (:mod:`.columns`).

Read with the standard library's ``csv`` and ``json`` modules.  A row that cannot be an article —
a broken JSON line, no text, a date that is no date — is kept as a row with its problem, so that
the file's other rows load and the bad one is reported with the file and its line (by
``load_article`` as an error, by ``maqal corpus`` as a row of its ``errors`` table).
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from ..errors import BadArticleFormat, EmptyArticle
from .bounds import max_entry_bytes, read_gzip
from .build import RawArticle
from .columns import ColumnMap, resolve
from .dateline import split_byline
from .decoding import check_magic, decode_bytes, read_bytes
from .jsonfiles import choose, parse_json
from .metadata import clean_str, dated, parse_timestamp, url_id
from .where import entry

CSV_SUFFIXES = (".csv", ".tsv", ".csv.gz", ".tsv.gz")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
EXPORT_SUFFIXES = CSV_SUFFIXES + JSONL_SUFFIXES
_FIELDS = ("title", "source", "url", "author")


@dataclass(frozen=True)
class Row:
    """One row of an export: its first line in the file, its values (``None`` when the row could
    not be read) and what was wrong with it."""

    line: int
    values: dict | None
    problem: str | None = None


@dataclass(frozen=True)
class Export:
    """The rows of one export file and the columns they are read through."""

    rows: list
    columns: ColumnMap

    def __len__(self) -> int:
        return len(self.rows)


def export_kind(path: Path) -> str | None:
    """``"csv"``, ``"jsonl"`` or ``None`` from a file's name (``x.jsonl.gz`` is JSON Lines)."""
    name = path.name.lower()
    if name.endswith(CSV_SUFFIXES):
        return "csv"
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    return None


def read_export_text(path: Path, encoding=None) -> tuple[str, str]:
    """``(text, encoding)`` of an export, gunzipped (capped like a zip entry) when it ends ``.gz``."""
    if path.name.lower().endswith(".gz"):
        if not path.is_file():
            read_bytes(path)  # missing / folder errors
        data = read_gzip(path)
    else:
        data = read_bytes(path)
    check_magic(data, path)
    return decode_bytes(data, path, encoding=encoding)


def read_export(path: Path, encoding=None, columns=None) -> tuple[Export, str]:
    """``(Export, encoding)`` of a CSV/TSV/JSON Lines file: every row, and the columns resolved."""
    text, enc = read_export_text(path, encoding)
    rows, header = (_csv_rows if export_kind(path) == "csv" else _jsonl_rows)(text, path)
    if not rows:
        raise EmptyArticle(path, "holds no rows", "an export has one article per row")
    if all(r.values is None for r in rows):  # no line read: say why, not that no column is known
        first = rows[0]
        raise BadArticleFormat(path, f"no line could be read (line {first.line}: {first.problem})",
                               "an export has one JSON object per line")
    return Export(rows, resolve(header, ColumnMap.of(columns), path)), enc


def _csv_rows(text: str, path: Path) -> tuple[list[Row], list]:
    """The data rows of a CSV/TSV text (the first row names the columns) and its header."""
    delimiter = "\t" if ".tsv" in path.name.lower() else _delimiter(text)
    csv.field_size_limit(max(csv.field_size_limit(), max_entry_bytes()))  # an article is longer than 128 KB at times
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [h.strip() for h in next(reader, [])]
        rows, line = [], reader.line_num + 1
        for cells in reader:
            if any(c.strip() for c in cells):
                rows.append(_csv_row(line, header, cells))
            line = reader.line_num + 1
    except csv.Error as e:  # a quote left open to the end of the file, a NUL byte
        raise BadArticleFormat(path, f"is not valid CSV (line {reader.line_num}: {e})", "check the quoting") from None
    return rows, header


def _csv_row(line: int, header: list, cells: list) -> Row:
    problem = None
    if len(cells) != len(header):
        problem = f"has {len(cells)} fields where the header has {len(header)} (a quote or delimiter out of place?)"
    return Row(line, dict(zip(header, cells)), problem)


def _delimiter(text: str) -> str:
    """``,`` unless the header line says ``;``, tab or ``|`` (Excel in many locales writes ``;``)."""
    first = text.split("\n", 1)[0]
    try:
        return csv.Sniffer().sniff(first, delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


def _jsonl_rows(text: str, path: Path) -> tuple[list[Row], list]:
    """One row per non-blank line of a JSON Lines text; the header is every key met, in order."""
    rows, header = [], {}
    for n, line in enumerate(text.split("\n"), start=1):  # not splitlines(): JSON strings may hold U+2028
        if not line.strip():
            continue
        try:
            value = parse_json(line, f"{path}:{n}", "JSON")
        except BadArticleFormat as e:
            rows.append(Row(n, None, e.problem.replace("(line 1, ", "(")))  # the line is the row's
            continue
        if not isinstance(value, dict):
            rows.append(Row(n, None, f"is a JSON {type(value).__name__}, not an object"))
            continue
        header.update(dict.fromkeys(map(str, value)))
        rows.append(Row(n, value))
    return rows, list(header)


def _row_id(values: dict, columns: ColumnMap, path: Path, i: int) -> str:
    """``url-<sha1>`` of the row's url (the same article has the same id in a feed, a crawl or a
    saved page), else its id column, else ``file#index``.  Not the id column first: exports number
    their rows 1, 2, 3 …, and two exports would give two articles one id."""
    url = clean_str(values.get(columns.url)) if columns.url else None
    own = clean_str(values.get(columns.id)) if columns.id else None
    return url_id(url) if url else own or f"{path.stem}#{i}"


def _row_date(values: dict, columns: ColumnMap, where) -> tuple[dict, dict]:
    """The row's date: the printed ``date`` column, else the ``crawl_date`` one (inferred)."""
    for role, inferred in (("date", False), ("crawl_date", True)):
        column = getattr(columns, role)
        raw = clean_str(values.get(column)) if column else None
        if raw is None:
            continue
        try:
            return dated(parse_timestamp(raw), inferred=inferred)
        except ValueError:
            raise BadArticleFormat(where, f"the date {raw!r} in column {column!r} is not a date",
                                   "write it as ISO 8601 (2018-07-19T01:30:00+04:00) or RFC 2822, "
                                   "or choose another column with --date-column") from None
    return {}, {}


def _row_text(row: Row, columns: ColumnMap, where) -> str:
    if row.values is None or row.problem and columns.text not in row.values:
        raise BadArticleFormat(where, row.problem or "cannot be read")
    text = row.values.get(columns.text)
    if text is None or isinstance(text, str) and not text.strip():
        raise EmptyArticle(where, f"has no text in column {columns.text!r}", "every row needs the article text")
    if not isinstance(text, str):
        raise BadArticleFormat(where, f"column {columns.text!r} holds a {type(text).__name__}, not text")
    return text


def pick_from_export(found: Export, path: Path, index=None, select=None, *, fmt: str = "csv",
                     encoding=None) -> RawArticle:
    """Row ``index`` (or the one whose url or id is ``select``) of an export, not yet checked;
    errors name ``file#index (line N)``."""
    rows, columns = found.rows, found.columns

    def matches(i, sel):
        values = rows[i].values or {}
        own = [clean_str(values.get(c)) for c in (columns.url, columns.id) if c]
        return sel in (_row_id(values, columns, path, i), *own)

    i, hits = choose(len(rows), path, index, select, matches)
    row = rows[i]
    where = f"{entry(path, i)} (line {row.line})"
    text = _row_text(row, columns, where)
    meta = {k: clean_str(row.values.get(getattr(columns, k))) for k in _FIELDS if getattr(columns, k)}
    meta["author"], meta["dateline"] = split_byline(meta.get("author"))
    meta = {k: v for k, v in meta.items() if v}
    when, moment = _row_date(row.values, columns, where)
    meta.update(when)
    used = set(columns.given().values())
    extra = {k: v for k, v in row.values.items() if k not in used}
    extra.update(moment, index_in_file=i, articles_in_file=len(rows), line_in_file=row.line)
    warnings = [f"{where}: {row.problem}"] if row.problem else []
    if len(hits) > 1:
        warnings.append(f"{path}: {len(hits)} rows match {select!r}; loaded the first (index {i})")
    return RawArticle(text, _row_id(row.values, columns, path, i), meta, fmt, encoding, warnings, extra)

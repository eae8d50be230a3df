"""A chunk's tables as Parquet files, one per table and outlet/day it touches, hive-style::

    OUT/<table>/source=<outlet>/day=<YYYY-MM-DD>/part-<chunk>.parquet
    OUT/errors/part-<chunk>.parquet        articles (or tables) that failed, with the reason

Each file is written whole or not at all (:func:`maqal.files.atomic_write`).  A partition value
is percent-encoded; one that would make an unusable folder name — longer than a file name may be,
or the reserved ``__HIVE_DEFAULT_PARTITION__`` that readers take for a missing value — is cut
and given a ``+`` and a hash (``+`` never appears in an encoded value), and
:func:`partition_aliases` maps what a reader finds there back to the value.
"""
from __future__ import annotations

import hashlib
import urllib.parse
from pathlib import Path

from ..files import atomic_write
from .arrow import fixed_schema_table, generic_table
from .schemas import PARTITIONS

NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"  # the folder of a missing outlet or day (as Hive, Arrow)
ERRORS_COLUMNS = (("file", "string"), ("index_in_file", "int64"), ("article_id", "string"),
                  ("table", "string"), ("error", "string"))


def write_parquet(table, target: Path) -> None:
    import pyarrow.parquet as pq

    atomic_write(target, lambda tmp: pq.write_table(table, tmp, compression="zstd"))


def part_name(name: str, source, day, chunk_id: str) -> str:
    """The file of one table, outlet and day written by one chunk, relative to the corpus folder."""
    return f"{name}/source={_quote(source)}/day={_quote(day)}/part-{chunk_id}.parquet"


#: longest encoded partition value kept as it is (file names end at 255 bytes; "source=" goes first)
MAX_PARTITION_BYTES = 160


def _quote(value) -> str:
    if value is None or value == "" or (isinstance(value, float) and value != value):
        return NULL_PARTITION
    quoted = urllib.parse.quote(str(value), safe="")
    if len(quoted) <= MAX_PARTITION_BYTES and str(value) != NULL_PARTITION:
        return quoted
    head = ""
    for ch in str(value):  # whole characters, as long as their encoding fits
        q = urllib.parse.quote(ch, safe="")
        if len(head) + len(q) > MAX_PARTITION_BYTES - 20:
            break
        head += q
    return f"{head}+{hashlib.sha1(str(value).encode('utf-8', 'surrogatepass')).hexdigest()[:16]}"


def partition_aliases(values) -> dict:
    """``{what a reader finds in the folder name: the value}`` for the values written under
    another name (too long, or reserved); empty for the usual ones."""
    aliases = {}
    for v in values:
        if v is None or isinstance(v, float):
            continue
        q = _quote(v)
        if q != urllib.parse.quote(str(v), safe=""):
            aliases[urllib.parse.unquote(q)] = str(v)
    return aliases


def write_table(name: str, entries: list, tables: dict, out: Path, chunk_id: str) -> tuple[int, list]:
    """Write a chunk's rows of one table (``(meta, rows)`` per article); return the number of rows
    and the files written (relative to ``out``)."""
    fast = fixed_schema_table(name, entries, tables)
    if fast is not None:  # one table with the fixed schema, grouped by partition: slice it
        table, parts = fast
        files = []
        for (src, day), offset, n in parts:
            rel = part_name(name, src, day, chunk_id)
            write_parquet(table.slice(offset, n), out / rel)
            files.append(rel)
        return table.num_rows, files
    table = generic_table(name, entries, tables)
    if table is None or table.num_rows == 0:
        return 0, []
    return table.num_rows, _write_partitions(name, table, out, chunk_id)


def _write_partitions(name: str, table, out: Path, chunk_id: str) -> list:
    """Split a table with ``source``/``day`` columns into one file per partition."""
    import pyarrow.compute as pc

    files = []
    keys = list(zip(table.column("source").to_pylist(), table.column("day").to_pylist()))
    for src, day in sorted(set(keys), key=lambda k: (str(k[0]), str(k[1]))):
        mask = pc.and_(
            pc.is_null(table.column("source")) if src is None else pc.equal(table.column("source"), src),
            pc.is_null(table.column("day")) if day is None else pc.equal(table.column("day"), day))
        rel = part_name(name, src, day, chunk_id)
        write_parquet(table.filter(mask).drop_columns(list(PARTITIONS)), out / rel)
        files.append(rel)
    return files


def _printable(value):
    """A string with anything UTF-8 cannot hold (a file name's undecodable bytes) as ``\\udcff``."""
    return value.encode("utf-8", "backslashreplace").decode("utf-8") if isinstance(value, str) else value


def write_errors(errors: list, out: Path, chunk_id: str) -> str:
    """The chunk's failures as ``errors/part-<chunk>.parquet``; returns that relative path."""
    import pyarrow as pa

    schema = pa.schema([(k, getattr(pa, t)()) for k, t in ERRORS_COLUMNS])
    rel = f"errors/part-{chunk_id}.parquet"
    rows = [{k: _printable(v) for k, v in e.items()} for e in errors]
    write_parquet(pa.Table.from_pylist(rows, schema=schema), out / rel)
    return rel

"""Corpus mode: many articles → tidy Parquet tables, in parallel, resumable, or on Dask.

    maqal corpus ../shared/corpus/saudinewsnet --out corpus-out            # all local cores
    maqal corpus day.zip --out corpus-out --workers 1 --limit 200           # one process
    maqal corpus ../shared/corpus/saudinewsnet --out out --dask local       # dask.distributed LocalCluster
    maqal corpus ../shared/corpus/saudinewsnet --out out --dask tcp://scheduler:8786

Per article, :func:`article_tables` runs every function of the table registry (:data:`TABLES`,
extended with :func:`register_table`) and returns ``{table name: rows}``.  Built in:

``articles``  one row per article (metadata and sizes);
``terms``     one row per term group and article: ``key``, ``term``, ``count``, ``forms`` and
              every occurrence as ``starts``/``ends`` (the fast ``count_terms`` path with spans);
``dates`` / ``events``  from :mod:`maqal.timeline` (``date_rows``/``find_dates``, ``events``),
``claims``    from :mod:`maqal.claims` — each included automatically when its module imports.

Every table row carries ``article_id``; spans index that article's ``text``.

Work is cut into chunks (``chunk_size`` consecutive articles of one file, or of a list of
single-article files).  A chunk is processed by :func:`process_chunk` — in a local process pool
by default, or as Dask tasks with ``dask=`` (Dask does the scheduling) — which writes, for each
table, one Parquet file per outlet/day it touches, hive-style::

    OUT/<table>/source=<outlet>/day=<YYYY-MM-DD>/part-<chunk>.parquet
    OUT/errors/part-<chunk>.parquet        articles (or tables) that failed, with the reason
    OUT/_chunks/<chunk>.json               the chunk's marker: written last, lists its files
    OUT/_manifest.json                     the run's summary

Each file is written to a temporary name and renamed, and a chunk's marker is written only
after all its files, so a re-run skips finished chunks and redoes (replacing the files of) the
rest.  Both modes write the same files, so their tables are equal.  Read a table with
:func:`read_table` (or ``pandas.read_parquet(OUT / "terms")``, DuckDB's ``read_parquet
('OUT/terms/**/*.parquet', hive_partitioning=true)``).
"""
from __future__ import annotations

import gc
import hashlib
import inspect
import json
import os
import sys
import time
import urllib.parse
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .files import atomic_write

PARTITIONS = ("source", "day")
NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"
DEFAULT_CHUNK_SIZE = 500
FORMAT_VERSION = 2  # bump when the tables' content changes: chunks are then recomputed


# --------------------------------------------------------------------------- table registry
def terms_rows(article) -> list[dict]:
    """Content-word groups of one article with every occurrence (fast path, no DataFrames).

    Same keys, stopwords and surface forms as :func:`maqal.frequencies.count_terms`
    (``count`` equals it for every key); ``term`` is the most frequent form (ties: the
    shorter), ``forms`` most frequent first, ``starts``/``ends`` every occurrence in text order.
    """
    from .arabic import WORD_ONLY_RE
    from .frequencies import content_keys, forms_by_frequency

    text = article.text
    at: dict[str, list] = {}  # surface form → its start offsets (ends are start + len(form))
    for m in WORD_ONLY_RE.finditer(text):
        f = m.group()
        lst = at.get(f)
        if lst is None:
            at[f] = [m.start()]
        else:
            lst.append(m.start())
    decided = content_keys(at, "clitic")
    groups: dict[str, list] = {}
    for form in at:
        key = decided[form]
        if key is not None:
            groups.setdefault(key, []).append(form)
    rows = []
    for key, forms in groups.items():
        if len(forms) == 1:
            form = forms[0]
            starts = at[form]
            n = len(form)
            rows.append({"key": key, "term": form, "count": len(starts), "forms": forms,
                         "starts": starts, "ends": [x + n for x in starts]})
            continue
        ordered = forms_by_frequency({f: len(at[f]) for f in forms})
        spans = sorted((x, x + len(f)) for f in forms for x in at[f])
        rows.append({"key": key, "term": ordered[0], "count": len(spans), "forms": ordered,
                     "starts": [x for x, _ in spans], "ends": [y for _, y in spans]})
    return rows


_DATES_MEMO: list = [None, None]  # (article, dates rows): events reuse the dates of the same article


def dates_rows(article):
    """:func:`maqal.timeline.date_rows` (or ``find_dates``) of the article."""
    from . import timeline

    if _DATES_MEMO[0] is article:
        return _DATES_MEMO[1]
    fn = getattr(timeline, "date_rows", None) or timeline.find_dates
    rows = fn(article)
    _DATES_MEMO[:] = [article, rows]
    return rows


def events_rows(article):
    """:func:`maqal.timeline.event_rows` (or ``events``) of the article, reusing its dates."""
    from . import timeline

    fn = getattr(timeline, "event_rows", None) or timeline.events
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        params = {}
    if "dates" in params:
        dates = dates_rows(article)
        if not isinstance(dates, list) and hasattr(dates, "to_dict"):
            dates = dates  # a DataFrame: pass as is
        try:
            return fn(article, dates=dates)
        except (TypeError, AttributeError):
            pass
    return fn(article)


def claims_rows(article):
    """:func:`maqal.claims.claim_rows` of the article, the claim's ``source`` (who speaks) renamed
    ``speaker``: in corpus tables ``source`` is the outlet every row is partitioned by."""
    from . import claims

    fn = getattr(claims, "claim_rows", None)
    if fn is None:
        return claims.claims(article).rename(columns={"source": "speaker"})
    rows = fn(article)
    for r in rows:
        r["speaker"] = r.pop("source", None)
    return rows


#: name → function(article) returning a list of dicts or a DataFrame (one row per finding)
TABLES: dict = {"terms": terms_rows}
_OPTIONAL = (  # (table, module, attribute that must exist, function) — added when importable
    ("dates", "timeline", "find_dates", dates_rows),
    ("events", "timeline", "events", events_rows),
    ("claims", "claims", "claims", claims_rows),
)
_optional_done = False


def register_table(name: str, fn) -> None:
    """Add (or replace) a per-article table: ``fn(article) -> list[dict] | DataFrame``.

    Rows should carry spans (``start``/``end`` into ``article.text``); ``article_id``,
    ``source`` and ``day`` are added.  Local runs resolve tables by name in the worker processes
    (registrations made before the run are inherited on Linux, where workers fork); Dask runs
    ship the functions themselves.
    """
    if name in ("articles", "errors"):
        raise ValueError(f"{name!r} is a built-in table")
    TABLES[name] = fn


def available_tables() -> dict:
    """The registry, with dates/events/claims added if their modules import."""
    global _optional_done
    if not _optional_done:
        import importlib

        for name, mod, attr, fn in _OPTIONAL:
            if name in TABLES:
                continue
            try:
                module = importlib.import_module(f".{mod}", __package__)
            except Exception:  # noqa: BLE001 - a module still being written must not break corpus mode
                continue
            if hasattr(module, attr):
                TABLES[name] = fn
        _optional_done = True
    return dict(TABLES)


def _select_tables(names) -> dict:
    tables = available_tables()
    if names is None:
        return tables
    names = [n.strip() for n in (names.split(",") if isinstance(names, str) else names) if n.strip()]
    unknown = [n for n in names if n not in tables]
    if unknown:
        raise ValueError(f"unknown table(s) {', '.join(unknown)}; available: {', '.join(tables)}")
    return {n: tables[n] for n in names}


def article_row(article) -> dict:
    """The ``articles`` table row of one article."""
    from .arabic import WORD_ONLY_RE

    extra = article.extra or {}
    return {
        "article_id": article.id, "source": article.source,
        "day": article.published.isoformat() if article.published else None,
        "title": article.title, "url": article.url, "author": article.author,
        "published": article.published, "published_inferred": bool(article.published_inferred),
        "dateline": article.dateline, "chars": len(article.text),
        "bytes": len(article.text.encode("utf-8", "surrogatepass")),
        "words": len(WORD_ONLY_RE.findall(article.text)),
        "file": article.path, "index_in_file": extra.get("index_in_file"),
        "warnings": list(article.warnings),
    }


def article_tables(article, tables=None, timings: dict | None = None) -> dict:
    """``{table: list of dicts or DataFrame}`` for one article: ``articles`` and every registered table.

    ``tables`` is a registry dict (default: :func:`available_tables`) or a list of names;
    ``timings`` (a dict), if given, accumulates seconds per table.  A table function that fails is reported under ``errors`` (the others still run).
    """
    if tables is None or not isinstance(tables, dict):
        tables = _select_tables(tables)
    out: dict = {"articles": [article_row(article)], "errors": []}
    for name, fn in tables.items():
        t0 = time.perf_counter()
        try:
            out[name] = fn(article)
        except Exception as exc:  # noqa: BLE001 - one analysis failing must not lose the article
            out[name] = []
            out["errors"].append({"file": article.path, "index_in_file": (article.extra or {}).get("index_in_file"),
                                  "article_id": article.id, "table": name,
                                  "error": f"{type(exc).__name__}: {exc}"})
        if timings is not None:
            timings[name] = timings.get(name, 0.0) + time.perf_counter() - t0
    _DATES_MEMO[:] = [None, None]
    return out


# --------------------------------------------------------------------------- the plan
@dataclass(frozen=True)
class Chunk:
    """A slice of work: articles ``start:stop`` of an array file, or a list of article files."""

    id: str
    path: str | None = None  # array file (.json / .zip)
    start: int = 0
    stop: int = 0
    files: tuple = ()  # (path, index-or-None, select-or-None) refs, for single-article files
    fingerprint: str = ""

    @property
    def size(self) -> int:
        return len(self.files) if self.files else self.stop - self.start


def _fingerprint(paths) -> str:
    h = hashlib.sha1()
    for p in paths:
        try:
            st = os.stat(p)
            h.update(f"{p}:{st.st_size}:{st.st_mtime_ns};".encode())
        except OSError:
            h.update(f"{p}:missing;".encode())
    return h.hexdigest()[:16]


def plan(paths, chunk_size: int = DEFAULT_CHUNK_SIZE, limit: int | None = None, select=None,
         errors: list | None = None) -> list[Chunk]:
    """Chunks for PATH... (files, folders, arrays; see :mod:`maqal.inputs`), in input order.

    An array's chunks start at multiples of ``chunk_size`` so a ``limit``-ed run and a full one
    share chunk names (the full run replaces the short chunk).
    """
    from .inputs import expand

    refs = expand(paths, select=select, limit=limit, errors=errors)
    chunks: list[Chunk] = []
    singles: list = []

    def flush_singles():
        for k in range(0, len(singles), chunk_size):
            part = tuple(singles[k:k + chunk_size])
            key = "\n".join(f"{p}#{i}#{s}" for p, i, s in part)
            cid = "f" + hashlib.sha1(key.encode()).hexdigest()[:15]
            chunks.append(Chunk(cid, files=part, fingerprint=_fingerprint(sorted({p for p, _, _ in part}))))
        singles.clear()

    i = 0
    while i < len(refs):
        ref = refs[i]
        if ref.index is not None and ref.select is None:
            # a run of consecutive indices of one array file → array chunks
            j = i
            while j + 1 < len(refs) and refs[j + 1].path == ref.path and refs[j + 1].index == refs[j].index + 1 \
                    and refs[j + 1].select is None:
                j += 1
            flush_singles()
            path = str(Path(ref.path).resolve())
            first, last = ref.index, refs[j].index + 1
            fp = _fingerprint([path])
            s = first
            while s < last:
                e = min(last, (s // chunk_size + 1) * chunk_size)
                cid = "a" + hashlib.sha1(f"{path}#{s}".encode()).hexdigest()[:15]
                chunks.append(Chunk(cid, path=path, start=s, stop=e, fingerprint=fp))
                s = e
            i = j + 1
            continue
        singles.append((str(Path(ref.path).resolve()), ref.index, ref.select))
        i += 1
    flush_singles()
    return chunks


# --------------------------------------------------------------------------- writing
def _quote(value) -> str:
    if value is None or value == "" or (isinstance(value, float) and value != value):
        return NULL_PARTITION
    return urllib.parse.quote(str(value), safe="")


def _write_parquet(table, target: Path) -> None:
    import pyarrow.parquet as pq

    atomic_write(target, lambda tmp: pq.write_table(table, tmp, compression="zstd"))


def _arrow(frames: list, rows: list):
    """One Arrow table from DataFrames and/or row dicts (a column that is empty here stays of null
    type; :func:`read_table` unifies it with the other files' type)."""
    import pandas as pd
    import pyarrow as pa

    parts = []
    if rows:
        parts.append(_rows_table(rows))
    for df in frames:
        parts.append(pa.Table.from_pandas(df, preserve_index=False))
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    schema = pa.unify_schemas([t.schema for t in parts], promote_options="permissive")
    del pd
    return pa.concat_tables([t.select(schema.names).cast(schema) if set(t.schema.names) == set(schema.names)
                             else _conform(t, schema) for t in parts])


def _rows_table(rows: list):
    """Row dicts → Arrow table over the union of their keys (first-seen order); a column whose
    values Arrow cannot type together (e.g. str and int) is stored as strings."""
    import pyarrow as pa

    keys: dict = {}
    for r in rows:
        for k in r:
            if k not in keys:
                keys[k] = None
    from operator import itemgetter

    arrays, names = [], []
    for k in keys:
        try:
            values = list(map(itemgetter(k), rows))  # (fast when every row has the key)
        except KeyError:
            values = [r.get(k) for r in rows]
        try:
            arr = pa.array(values, from_pandas=True)
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            arr = pa.array([None if v is None else str(v) for v in values], pa.string())
        arrays.append(arr)
        names.append(k)
    return pa.Table.from_arrays(arrays, names=names)


def _conform(t, schema):
    import pyarrow as pa

    cols = [t.column(f.name).cast(f.type) if f.name in t.schema.names else pa.nulls(len(t), f.type) for f in schema]
    return pa.Table.from_arrays(cols, schema=schema)


_SCHEMAS: dict = {}


def _builtin_schemas() -> dict:
    """``{table: (Arrow schema without source/day, row keys, maker)}`` of the built-in tables.

    The columns, their order and types are those the tables have always been written with
    (string columns that pandas used to hand over as ``large_string`` stay so); fixed here,
    every chunk's file has the same schema, also where a column happens to be all null.
    ``maker`` is the registry function the schema belongs to (a replaced table is written the
    generic way); row keys are what the function's rows must hold exactly.
    """
    if _SCHEMAS:
        return _SCHEMAS
    import pyarrow as pa

    S, L, I, B, D = pa.string(), pa.large_string(), pa.int64(), pa.bool_(), pa.date32()
    specs = {
        "articles": (None, [("article_id", S), ("title", S), ("url", S), ("author", S), ("published", D),
                            ("published_inferred", B), ("dateline", S), ("chars", I), ("bytes", I),
                            ("words", I), ("file", S), ("index_in_file", I), ("warnings", pa.list_(S))],
                     {"article_id", *PARTITIONS}),
        "terms": (terms_rows, [("article_id", S), ("key", S), ("term", S), ("count", I),
                               ("forms", pa.list_(S)), ("starts", pa.list_(I)), ("ends", pa.list_(I))], ()),
        "dates": (dates_rows, [("article_id", S), ("value", S), ("start_date", D), ("end_date", D),
                               ("granularity", S), ("kind", S), ("start", I), ("end", I), ("text", S),
                               ("sentence", I)], ()),
        "events": (events_rows, [("article_id", S), ("kind", S), ("who", S), ("with", S), ("count", I),
                                 ("value", S), ("start_date", D), ("end_date", D), ("certainty", S),
                                 ("sentence", I), ("start", I), ("end", I), ("time_text", S),
                                 ("time_start", I), ("time_end", I), ("text", S), ("where", S),
                                 ("place", S)], ()),
        # the claim's own source (who speaks) is "speaker": "source" is the outlet here
        "claims": (claims_rows, [("article_id", L), ("claim", I), ("sentence", I), ("paragraph", I),
                                 ("start", I), ("end", I), ("text", L), ("speaker", L), ("source_start", I),
                                 ("source_end", I), ("source_type", L), ("source_side", S),
                                 ("source_inherited", B), ("attributed", B), ("cue", S), ("cue_start", I),
                                 ("cue_end", I), ("cue_kind", S), ("cue_lemma", S), ("direct_quote", B),
                                 ("hedged", B), ("hedges", pa.list_(S)), ("allegation", B),
                                 ("allegations", pa.list_(S))], ()),
    }
    for name, (maker, fields, extra) in specs.items():
        schema = pa.schema(fields, metadata=_claims_pandas_metadata(fields) if name == "claims" else None)
        keys = set(schema.names) | set(extra)
        if name != "articles":
            keys.discard("article_id")
        _SCHEMAS[name] = (schema, frozenset(keys), maker)
    return _SCHEMAS


def _claims_pandas_metadata(fields) -> dict:
    """The ``pandas`` schema metadata the claims files have always carried (they were written from
    a DataFrame): with it, :func:`read_table` gives the nullable span columns as ``Int64``."""
    import pyarrow as pa

    try:
        from importlib.metadata import version

        pandas_version = version("pandas")
    except Exception:  # noqa: BLE001 - only informative
        pandas_version = None
    nullable = {"source_start", "source_end", "cue_start", "cue_end"}
    as_str = {"article_id", "source", "day", "text", "speaker", "source_type"}
    columns = []
    for name, typ in [fields[0], ("source", None), ("day", None), *fields[1:]]:
        if name in as_str:
            kinds = ("object", "str")
        elif name in nullable:
            kinds = ("int64", "Int64")
        elif typ == pa.int64():
            kinds = ("int64", "int64")
        elif typ == pa.bool_():
            kinds = ("bool", "bool")
        elif pa.types.is_list(typ):
            kinds = ("list[unicode]", "object")
        else:
            kinds = ("unicode", "object")
        columns.append({"name": name, "field_name": name, "pandas_type": kinds[0], "numpy_type": kinds[1],
                        "metadata": None})
    meta = {"index_columns": [], "column_indexes": [], "columns": columns, "attributes": {},
            "creator": {"library": "pyarrow", "version": pa.__version__}, "pandas_version": pandas_version}
    return {b"pandas": json.dumps(meta).encode()}


def _fast_table(name: str, entries: list, tables: dict):
    """The chunk's rows of a built-in table as ONE Arrow table with its fixed schema, rows grouped
    by partition: ``(table, [((source, day), offset, length), ...])``; ``None`` when the rows are
    not what the schema expects (then the generic path writes them)."""
    import pyarrow as pa

    spec = _builtin_schemas().get(name)
    if spec is None:
        return None
    schema, keys, maker = spec
    if name != "articles" and tables.get(name) is not maker:
        return None
    groups: dict = {}
    for meta, value in entries:
        if not isinstance(value, list):
            return None
        if value:
            groups.setdefault((meta["source"], meta["day"]), []).append((meta, value))
    parts, rows, ids = [], [], []
    offset = 0
    for key in sorted(groups, key=lambda k: (str(k[0]), str(k[1]))):
        n = 0
        for meta, value in groups[key]:
            rows.extend(value)
            ids.extend([meta["article_id"]] * len(value))
            n += len(value)
        parts.append((key, offset, n))
        offset += n
    if not rows:
        return None
    from datetime import datetime
    from itertools import repeat
    from operator import itemgetter

    # every row has exactly the expected keys: as many as expected (checked here), every column
    # (a missing one raises KeyError below) and the extra keys (checked here); all at C speed
    arrays = []
    try:
        if set(map(len, rows)) != {len(keys)}:
            return None
        for extra in keys.difference(schema.names):
            if not all(map(dict.__contains__, rows, repeat(extra))):
                return None
        for f in schema:
            if f.name == "article_id" and name != "articles":
                values = ids
            else:
                values = list(map(itemgetter(f.name), rows))
                if f.type == pa.date32() and any(map(isinstance, values, repeat(datetime))):
                    return None  # (Arrow would cut the time off; inferred, it stays a timestamp)
            arrays.append(pa.array(values, f.type))
    except (KeyError, pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, OverflowError):
        return None
    return pa.Table.from_arrays(arrays, schema=schema), parts


def _with_meta(frames: list):
    """Concatenate ``(DataFrame, meta)`` pairs, with ``article_id``/``source``/``day`` in front."""
    import pandas as pd

    frames = [(df, m) for df, m in frames if df is not None and len(df)]
    if not frames:
        return []
    big = pd.concat([df for df, _ in frames], ignore_index=True)
    lengths = [len(df) for df, _ in frames]
    for i, k in enumerate(("article_id", "source", "day")):
        col = [m[k] for _, m in frames for _ in range(1)]
        values = [v for v, n in zip(col, lengths) for _ in range(n)]
        if k in big.columns:
            big = big.drop(columns=k)
        big.insert(i, k, pd.array(values, dtype=object))
    return [big]


def _generic_table(name: str, entries: list, tables: dict):
    """Any table's rows (dicts or DataFrames) as one Arrow table with ``article_id``/``source``/
    ``day``, types inferred from the values (registered tables, or rows a fixed schema does not fit)."""
    frames, rows = [], []
    meta_wins = tables.get(name) is claims_rows  # a claim's "source" (its speaker) is not the outlet
    for meta, value in entries:
        if name == "articles":
            rows.extend(value)
        elif isinstance(value, list):
            rows.extend(({**meta, **r, **meta} if meta_wins else {**meta, **r}) for r in value)
        else:  # a DataFrame: joined once per chunk, meta columns added then
            frames.append((value, meta))
    return _arrow(_with_meta(frames), rows)


@dataclass
class ChunkResult:
    id: str
    articles: int = 0
    bytes: int = 0
    errors: list = field(default_factory=list)
    files: list = field(default_factory=list)
    rows: dict = field(default_factory=dict)
    seconds: float = 0.0
    timings: dict = field(default_factory=dict)  # seconds: load, each table, write
    skipped: bool = False


def _iter_chunk_articles(chunk: Chunk):
    """Yield (label, Article or exception) for the chunk's articles."""
    from .errors import ArticleError
    from .inputs import ArticleRef, iter_array

    if chunk.path is not None:
        try:
            for i, art in iter_array(Path(chunk.path), chunk.start, chunk.stop):
                yield (chunk.path, i), art
        except ArticleError as exc:  # the whole file is unreadable
            for i in range(chunk.start, chunk.stop):
                yield (chunk.path, i), exc
        return
    for path, index, select in chunk.files:
        ref = ArticleRef(Path(path), index=index, select=select)
        try:
            yield (path, index), ref.load()
        except ArticleError as exc:
            yield (path, index), exc


def _marker(chunk: Chunk, out: Path) -> dict | None:
    try:
        return json.loads((out / "_chunks" / f"{chunk.id}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _is_current(old: dict, chunk: Chunk, names: list) -> bool:
    return (old.get("fingerprint") == chunk.fingerprint and old.get("stop") == chunk.stop
            and old.get("tables") == names and old.get("version") == FORMAT_VERSION)


def process_chunk(chunk: Chunk, out_dir, tables=None, force: bool = False) -> dict:
    """Analyse one chunk and write its Parquet files under ``out_dir``; return a summary dict.

    Skips the chunk if its marker says it is done with the same input and tables (unless
    ``force``).  ``tables`` is a list of names (resolved in this process) or a registry dict.
    The same function runs in local worker processes and as a Dask task.
    """
    t0 = time.perf_counter()
    out = Path(out_dir)
    tables = _select_tables(tables) if tables is None or not isinstance(tables, dict) else tables
    names = sorted(tables)
    marker = out / "_chunks" / f"{chunk.id}.json"
    old = _marker(chunk, out)
    if old and not force and _is_current(old, chunk, names):
        return {**old, "skipped": True}
    if old:  # stale: remove what it wrote, so nothing is counted twice
        for rel in old.get("files", []):
            try:
                (out / rel).unlink()
            except OSError:
                pass
        marker.unlink(missing_ok=True)

    # The rows of a whole chunk are collected before writing; with the cyclic garbage collector
    # on, its full collections rescan them over and over (a third of the time) while the
    # analyses create next to no cycles: pause it for the chunk.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _process_chunk(chunk, out, tables, names, marker, t0)
    finally:
        if gc_was_enabled:
            gc.enable()


def _process_chunk(chunk: Chunk, out: Path, tables: dict, names: list, marker: Path, t0: float) -> dict:
    res = ChunkResult(chunk.id)
    collected: dict[str, list] = {}  # table → [(meta, rows or DataFrame)] in article order
    timings = res.timings
    t_load = time.perf_counter()
    for (path, index), art in _iter_chunk_articles(chunk):
        timings["load"] = timings.get("load", 0.0) + time.perf_counter() - t_load
        if isinstance(art, Exception):
            res.errors.append({"file": path, "index_in_file": index, "article_id": None, "table": None,
                               "error": str(art)})
            continue
        res.articles += 1
        res.bytes += len(art.text.encode("utf-8", "surrogatepass"))
        meta = {"article_id": art.id, "source": art.source,
                "day": art.published.isoformat() if art.published else None}
        result = article_tables(art, tables, timings)
        res.errors.extend(result.pop("errors"))
        for name, value in result.items():
            collected.setdefault(name, []).append((meta, value))
        t_load = time.perf_counter()
    t_write = time.perf_counter()

    for name in ["articles", *names]:
        entries = collected.get(name, [])
        fast = _fast_table(name, entries, tables)
        if fast is not None:  # one table with the fixed schema, grouped by partition: slice it
            table, parts = fast
            res.rows[name] = table.num_rows
            for (src, day), offset, n in parts:
                rel = f"{name}/source={_quote(src)}/day={_quote(day)}/part-{chunk.id}.parquet"
                _write_parquet(table.slice(offset, n), out / rel)
                res.files.append(rel)
            continue
        table = _generic_table(name, entries, tables)
        res.rows[name] = 0 if table is None else table.num_rows
        if table is None or table.num_rows == 0:
            continue
        import pyarrow.compute as pc

        keys = list(zip(table.column("source").to_pylist(), table.column("day").to_pylist()))
        for src, day in sorted(set(keys), key=lambda k: (str(k[0]), str(k[1]))):
            mask = pc.and_(
                pc.is_null(table.column("source")) if src is None else pc.equal(table.column("source"), src),
                pc.is_null(table.column("day")) if day is None else pc.equal(table.column("day"), day))
            part = table.filter(mask).drop_columns(list(PARTITIONS))
            rel = f"{name}/source={_quote(src)}/day={_quote(day)}/part-{chunk.id}.parquet"
            _write_parquet(part, out / rel)
            res.files.append(rel)
    if res.errors:
        import pyarrow as pa

        err = pa.Table.from_pylist(res.errors, schema=pa.schema([
            ("file", pa.string()), ("index_in_file", pa.int64()), ("article_id", pa.string()),
            ("table", pa.string()), ("error", pa.string())]))
        rel = f"errors/part-{chunk.id}.parquet"
        _write_parquet(err, out / rel)
        res.files.append(rel)
    timings["write"] = time.perf_counter() - t_write
    res.timings = {k: round(v, 3) for k, v in timings.items()}
    res.seconds = round(time.perf_counter() - t0, 3)
    summary = {**asdict(res), "fingerprint": chunk.fingerprint, "path": chunk.path, "start": chunk.start,
               "stop": chunk.stop, "n_files": len(chunk.files), "tables": names, "version": FORMAT_VERSION}
    atomic_write(marker, json.dumps(summary, ensure_ascii=False, indent=1, default=str))
    return summary


def _warm(names=None) -> None:
    """Load lexicons, the reference list and the optional modules once per worker process."""
    from . import frequencies
    from .loading import load_text

    tables = _select_tables(names)
    art = load_text("زار الرئيس موسكو يوم الأحد 12 سبتمبر 2023، وقال مسؤول إن الزيارة مهمة.", id="warm",
                    published="2023-09-12")
    frequencies.count_terms(art.text)
    article_tables(art, tables)


# --------------------------------------------------------------------------- running
@dataclass
class CorpusRun:
    out: Path
    chunks: int
    done: int
    skipped: int
    articles: int
    bytes: int
    errors: list
    seconds: float
    mode: str
    workers: int
    tables: list

    def as_dict(self) -> dict:
        d = asdict(self)
        d["out"] = str(self.out)
        d["errors"] = len(self.errors)
        return d


def _progress(total, desc, enabled):
    from tqdm.auto import tqdm

    return tqdm(total=total, desc=desc, unit="art", disable=not enabled, file=sys.stderr, smoothing=0.1)


def run_corpus(paths, out, *, workers: int | None = None, dask: str | None = None, limit: int | None = None,
               tables=None, chunk_size: int = DEFAULT_CHUNK_SIZE, select=None, force: bool = False,
               progress: bool = True) -> CorpusRun:
    """Analyse every article under ``paths`` into Parquet tables in ``out`` (see the module doc).

    ``workers``: local processes (default: all cores; 1 = in this process).  ``dask``: a
    scheduler address, or ``"local"`` for a ``dask.distributed.LocalCluster`` of ``workers``
    single-threaded processes.  ``tables``: names to compute (default: all available).
    Re-running resumes: finished chunks are skipped (``force=True`` recomputes them).
    """
    t0 = time.perf_counter()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if not os.access(out, os.W_OK):
        raise PermissionError(f"{out}: cannot write here — choose another folder with --out")
    registry = _select_tables(tables)
    names = sorted(registry)
    input_errors: list = []
    chunks = plan(paths, chunk_size=chunk_size, limit=limit, select=select, errors=input_errors)
    workers = workers or os.cpu_count() or 1
    total = sum(c.size for c in chunks)
    summaries = []
    pending = []
    for c in chunks:  # finished chunks are skipped here, before any worker starts
        old = None if force else _marker(c, out)
        if old and _is_current(old, c, names):
            summaries.append({**old, "skipped": True})
        else:
            pending.append(c)
    bar = _progress(total, "maqal corpus", progress)
    bar.update(total - sum(c.size for c in pending))
    mode = "dask" if dask else ("local" if workers > 1 else "inline")
    try:
        if not pending:
            pass
        elif dask:
            summaries += _run_dask(pending, out, registry, dask, workers, force, bar)
        elif workers == 1 or len(pending) <= 1:
            _warm(names)
            for c in pending:
                s = process_chunk(c, out, registry, force)
                summaries.append(s)
                bar.update(c.size)
        else:
            summaries += _run_local(pending, out, names, workers, force, bar)
    finally:
        bar.close()
    errors = [{"file": f, "index_in_file": None, "article_id": None, "table": None, "error": e}
              for f, e in input_errors]
    for s in summaries:
        errors.extend(s.get("errors", []))
    run = CorpusRun(out=out, chunks=len(chunks), done=sum(not s.get("skipped") for s in summaries),
                    skipped=sum(bool(s.get("skipped")) for s in summaries),
                    articles=sum(s.get("articles", 0) for s in summaries),
                    bytes=sum(s.get("bytes", 0) for s in summaries), errors=errors,
                    seconds=round(time.perf_counter() - t0, 2), mode=mode, workers=workers, tables=names)
    manifest = {**run.as_dict(), "inputs": [str(p) for p in paths], "limit": limit, "chunk_size": chunk_size,
                "version": FORMAT_VERSION, "errors": errors[:1000],
                "chunk_ids": [c.id for c in chunks]}
    atomic_write(out / "_manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1, default=str))
    return run


def _run_local(chunks, out, names, workers, force, bar) -> list:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor, as_completed

    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
    summaries = []
    # biggest chunks first, so the workers finish together (the small ones fill in at the end)
    order = sorted(chunks, key=lambda c: -c.size)
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_warm, initargs=(names,)) as ex:
        futs = {ex.submit(process_chunk, c, str(out), names, force): c for c in order}
        for fut in as_completed(futs):
            summaries.append(fut.result())
            bar.update(futs[fut].size)
    return summaries


def _run_dask(chunks, out, registry, address, workers, force, bar) -> list:
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None
    if address in ("local", "", None):
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(address)
    try:
        client.run(_warm, sorted(registry))
        futs = client.map(process_chunk, chunks, out_dir=str(out), tables=registry, force=force, pure=False)
        sizes = {f.key: c.size for f, c in zip(futs, chunks)}
        summaries = []
        for fut in as_completed(futs):
            summaries.append(fut.result())
            bar.update(sizes[fut.key])
        return summaries
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# --------------------------------------------------------------------------- reading
def table_names(out) -> list[str]:
    """Tables present in a corpus folder."""
    out = Path(out)
    return sorted(p.name for p in out.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))


def read_table(out, name: str, columns=None, filters=None):
    """One table of a corpus folder as a DataFrame (``source``/``day`` as plain strings).

    Schemas of the part files are unified (a column that is empty in one chunk is still read);
    rows are ordered by ``article_id`` (stable), so equal runs give equal frames.
    """
    import pandas as pd
    import pyarrow as pa
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    base = Path(out) / name
    files = sorted(p for p in base.rglob("*.parquet") if not p.name.startswith("."))
    if not files:
        return pd.DataFrame()
    part_schema = pa.schema([(k, pa.string()) for k in PARTITIONS]) if name != "errors" else None
    schema = pa.unify_schemas([pq.read_schema(f) for f in files], promote_options="permissive")
    if part_schema is not None:
        schema = pa.unify_schemas([schema, part_schema])
    partitioning = ds.partitioning(part_schema, flavor="hive") if part_schema is not None else None
    dataset = ds.dataset([str(f) for f in files], schema=schema, format="parquet", partitioning=partitioning,
                         partition_base_dir=str(base))
    table = dataset.to_table(columns=columns, filter=filters)
    df = table.to_pandas()
    front = [c for c in ("article_id", *PARTITIONS) if c in df.columns]
    df = df[front + [c for c in df.columns if c not in front]]
    if "article_id" in df.columns:
        df = df.sort_values("article_id", kind="stable").reset_index(drop=True)
    return df


# --------------------------------------------------------------------------- corpus statistics
def articles_per_day(out):
    """Articles per outlet and day: columns source, day, articles (tidy; pivot for a chart)."""
    df = read_table(out, "articles", columns=["article_id", "source", "day"])
    if df.empty:
        import pandas as pd

        return pd.DataFrame(columns=["source", "day", "articles"])
    return (df.groupby(["source", "day"], dropna=False).size().rename("articles").reset_index()
            .sort_values(["source", "day"]).reset_index(drop=True))


def articles_per_outlet(out):
    """Articles, words and MB per outlet: columns source, articles, words, mb, days."""
    df = read_table(out, "articles", columns=["article_id", "source", "day", "words", "bytes"])
    g = df.groupby("source", dropna=False)
    res = g.agg(articles=("article_id", "size"), words=("words", "sum"), mb=("bytes", "sum"), days=("day", "nunique"))
    res["mb"] = (res["mb"] / 1e6).round(2)
    return res.sort_values("articles", ascending=False).reset_index()


def outlet_term_counts(out):
    """Term counts summed per outlet: columns source, key, count, articles (documents with it)."""
    df = read_table(out, "terms", columns=["article_id", "source", "key", "count"])
    return (df.groupby(["source", "key"], dropna=False)
            .agg(count=("count", "sum"), articles=("article_id", "nunique")).reset_index())


def keyness_by_outlet(out, min_count: int = 5, min_articles: int = 3, min_ll: float = 15.13, top: int | None = 30):
    """Distinctive terms of each outlet against the rest of the corpus (log-likelihood).

    For every outlet and term: ``count`` in the outlet (``a`` of ``c`` outlet tokens) and
    ``rest_count`` in all other outlets (``b`` of ``d``); ``log_likelihood`` is Rayson &
    Garside's G², ``log_ratio`` the log2 ratio of relative frequencies (+0.5 smoothing).
    Only terms used *more* by the outlet, in at least ``min_articles`` of its articles (so one
    long article cannot make a keyword) and with G² ≥ ``min_ll`` (15.13 ≈ p < 0.0001) are
    kept; ``top`` per outlet.  Columns: source, term, key, count, articles, rest_count,
    per_10k, rest_per_10k, log_likelihood, log_ratio.
    """
    import numpy as np
    import pandas as pd

    from .frequencies import log_likelihood, log_ratio

    terms = read_table(out, "terms", columns=["article_id", "source", "key", "term", "count"])
    cols = ["source", "term", "key", "count", "articles", "rest_count", "per_10k", "rest_per_10k",
            "log_likelihood", "log_ratio"]
    if terms.empty:
        return pd.DataFrame(columns=cols)
    terms["source"] = terms["source"].fillna("(unknown)")
    per = (terms.groupby(["source", "key"]).agg(count=("count", "sum"), articles=("article_id", "nunique"))
           .reset_index())
    label = (terms.groupby(["key", "term"])["count"].sum().reset_index()
             .sort_values(["key", "count", "term"], ascending=[True, False, True]).drop_duplicates("key")
             .set_index("key")["term"])
    total_key = per.groupby("key")["count"].sum()
    total_src = per.groupby("source")["count"].sum()
    N = float(total_src.sum())
    a = per["count"].to_numpy(float)
    b = per["key"].map(total_key).to_numpy(float) - a
    c = per["source"].map(total_src).to_numpy(float)
    d = N - c
    ll = log_likelihood(a, b, c, d)
    lr = log_ratio(a, b, c, d)
    per["rest_count"] = b.astype(int)
    per["per_10k"] = np.round(a / c * 1e4, 2)
    per["rest_per_10k"] = np.round(np.where(d > 0, b / np.where(d > 0, d, 1) * 1e4, 0.0), 2)
    per["log_likelihood"] = np.round(ll, 2)
    per["log_ratio"] = np.round(lr, 2)
    per["term"] = per["key"].map(label)
    keep = (per["count"] >= min_count) & (per["articles"] >= min_articles) & (per["log_likelihood"] >= min_ll) \
        & (a / c > np.where(d > 0, b / np.where(d > 0, d, 1), 0))
    res = per[keep].sort_values(["source", "log_likelihood", "key"], ascending=[True, False, True], kind="stable")
    if top:
        res = res.groupby("source", sort=True).head(top)
    return res[cols].reset_index(drop=True)


SOURCING_COLUMNS = ["source", "articles", "claims", "own_voice", "anonymous", "direct_quote", "hedged",
                    "allegation", "claims_per_article"]


def sourcing_profile(out):
    """How each outlet sources its claims (shares of the outlet's claims).

    ``own_voice``: the outlet speaks itself (``attributed`` False / source_type ``author``);
    ``anonymous``: unnamed sources; ``direct_quote``; ``hedged``; ``allegation``.  Computed
    from the ``claims`` table; when the folder has none (claims not analysed yet) the shares
    are NaN placeholders, with the article counts filled in.
    """
    import numpy as np
    import pandas as pd

    arts = read_table(out, "articles", columns=["article_id", "source"])
    n_art = arts.groupby("source", dropna=False).size() if len(arts) else pd.Series(dtype=int)
    base = pd.DataFrame({"source": n_art.index, "articles": n_art.to_numpy()})
    if not (Path(out) / "claims").is_dir():
        for c in SOURCING_COLUMNS[2:]:
            base[c] = np.nan
        return base[SOURCING_COLUMNS]
    cl = read_table(out, "claims")
    if cl.empty:
        for c in SOURCING_COLUMNS[2:]:
            base[c] = np.nan
        return base[SOURCING_COLUMNS]

    def flag(col, fallback=None):
        if col in cl.columns:
            return cl[col].fillna(False).astype(bool)
        return fallback if fallback is not None else pd.Series(np.nan, index=cl.index)

    own = flag("source_type").eq("author") if "source_type" in cl.columns else None
    if "attributed" in cl.columns:
        own_voice = ~cl["attributed"].fillna(True).astype(bool)
        if own is not None:
            own_voice = own_voice | cl["source_type"].eq("author").fillna(False)
    else:
        own_voice = cl["source_type"].eq("author").fillna(False) if "source_type" in cl.columns else flag("x")
    frame = pd.DataFrame({
        "source": cl["source"],
        "own_voice": own_voice,
        "anonymous": cl["source_type"].eq("anonymous").fillna(False) if "source_type" in cl.columns else np.nan,
        "direct_quote": flag("direct_quote"),
        "hedged": flag("hedged"),
        "allegation": flag("allegation"),
    })
    g = frame.groupby("source", dropna=False)
    prof = g.mean(numeric_only=False).astype(float).round(3)
    prof.insert(0, "claims", g.size())
    prof = prof.reset_index()
    res = base.merge(prof, on="source", how="left")
    res["claims"] = res["claims"].fillna(0).astype(int)
    res["claims_per_article"] = (res["claims"] / res["articles"]).round(2)
    return res[SOURCING_COLUMNS].sort_values("articles", ascending=False).reset_index(drop=True)


def event_timeline(out, freq: str = "D"):
    """Events the corpus describes, counted per period of their (resolved) start date and kind.

    Columns: period (Timestamp), kind, events, articles, sources (outlets reporting).
    Events without a resolved date are left out.  Empty when there is no ``events`` table.
    """
    import pandas as pd

    cols = ["period", "kind", "events", "articles", "sources"]
    if not (Path(out) / "events").is_dir():
        return pd.DataFrame(columns=cols)
    ev = read_table(out, "events")
    if ev.empty or "start_date" not in ev.columns:
        return pd.DataFrame(columns=cols)
    ev = ev[ev["start_date"].notna()].copy()
    ev["period"] = pd.to_datetime(ev["start_date"], errors="coerce").dt.to_period(freq).dt.start_time
    ev = ev[ev["period"].notna()]
    if "kind" not in ev.columns:
        ev["kind"] = "event"
    return (ev.groupby(["period", "kind"])
            .agg(events=("article_id", "size"), articles=("article_id", "nunique"), sources=("source", "nunique"))
            .reset_index().sort_values(["period", "kind"]).reset_index(drop=True))[cols]


def top_events(out, n: int = 30):
    """The events most outlets report: grouped by kind, place and date; columns kind, where,
    start_date, end_date, mentions, articles, sources, example (one sentence's text)."""
    import pandas as pd

    if not (Path(out) / "events").is_dir():
        return pd.DataFrame()
    ev = read_table(out, "events")
    if ev.empty:
        return ev
    keys = [c for c in ("kind", "where", "start_date", "end_date") if c in ev.columns]
    ev = ev.dropna(subset=[k for k in keys if k in ("start_date",)])
    for k in keys:
        ev[k] = ev[k].astype("string")
    g = ev.groupby(keys, dropna=False)
    res = g.agg(mentions=("article_id", "size"), articles=("article_id", "nunique"), sources=("source", "nunique"),
                example=("text", "first") if "text" in ev.columns else ("article_id", "first")).reset_index()
    return res.sort_values(["sources", "articles"], ascending=False).head(n).reset_index(drop=True)

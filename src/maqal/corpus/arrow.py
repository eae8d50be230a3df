"""A chunk's rows as Arrow tables: the built-in tables with their fixed schema (fast, at C speed),
any other table with types inferred from its values.

``entries`` are ``(meta, rows)`` pairs in article order, ``meta`` the article's ``article_id``,
``source`` (outlet) and ``day``, ``rows`` a list of dicts or a DataFrame.
"""
from __future__ import annotations

from datetime import datetime
from itertools import repeat
from operator import itemgetter

from .schemas import builtin_schemas
from .tables import claims_rows


def fixed_schema_table(name: str, entries: list, tables: dict):
    """The chunk's rows of a built-in table as ONE Arrow table with its fixed schema, rows grouped
    by partition: ``(table, [((source, day), offset, length), ...])``; ``None`` when the rows are
    not what the schema expects (then :func:`generic_table` makes them)."""
    import pyarrow as pa

    spec = builtin_schemas().get(name)
    if spec is None:
        return None
    schema, keys, maker = spec
    if name != "articles" and tables.get(name) is not maker:
        return None
    grouped = _grouped_by_partition(entries)
    if grouped is None:
        return None
    rows, ids, parts = grouped
    ids = ids if name != "articles" else None  # the articles rows carry their own article_id
    try:
        arrays = _fixed_arrays(rows, ids, schema, keys)
    except (KeyError, pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, OverflowError):
        return None
    return None if arrays is None else (pa.Table.from_arrays(arrays, schema=schema), parts)


def _grouped_by_partition(entries: list):
    """``(rows, their article ids, [((source, day), offset, length), ...])`` with the rows ordered
    by partition (then article); None if a value is not a list of rows or there are no rows."""
    groups: dict = {}
    for meta, value in entries:
        if not isinstance(value, list):
            return None
        if value:
            groups.setdefault((meta["source"], meta["day"]), []).append((meta, value))
    parts, rows, ids = [], [], []
    for key in sorted(groups, key=lambda k: (str(k[0]), str(k[1]))):
        offset = len(rows)
        for meta, value in groups[key]:
            rows.extend(value)
            ids.extend([meta["article_id"]] * len(value))
        parts.append((key, offset, len(rows) - offset))
    return (rows, ids, parts) if rows else None


def _fixed_arrays(rows: list, ids: list | None, schema, keys: frozenset):
    """One Arrow array per schema field, or None when a row does not hold exactly ``keys``.

    Every row must have exactly the expected keys: as many as expected and the extra ones
    (checked here), every column (a missing one raises KeyError); all at C speed.  ``ids``, when
    given, is the ``article_id`` column."""
    import pyarrow as pa

    if set(map(len, rows)) != {len(keys)}:
        return None
    for extra in keys.difference(schema.names):
        if not all(map(dict.__contains__, rows, repeat(extra))):
            return None
    arrays = []
    for f in schema:
        if f.name == "article_id" and ids is not None:
            values = ids
        else:
            values = list(map(itemgetter(f.name), rows))
            if f.type == pa.date32() and any(map(isinstance, values, repeat(datetime))):
                return None  # (Arrow would cut the time off; inferred, it stays a timestamp)
        arrays.append(pa.array(values, f.type))
    return arrays


def generic_table(name: str, entries: list, tables: dict):
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
    return _combined(_with_meta(frames), rows)


def _with_meta(frames: list):
    """Concatenate ``(DataFrame, meta)`` pairs, with ``article_id``/``source``/``day`` in front."""
    import pandas as pd

    frames = [(df, m) for df, m in frames if df is not None and len(df)]
    if not frames:
        return []
    big = pd.concat([df for df, _ in frames], ignore_index=True)
    lengths = [len(df) for df, _ in frames]
    for i, k in enumerate(("article_id", "source", "day")):
        values = [m[k] for (_, m), n in zip(frames, lengths) for _ in range(n)]
        if k in big.columns:
            big = big.drop(columns=k)
        big.insert(i, k, pd.array(values, dtype=object))
    return [big]


def _combined(frames: list, rows: list):
    """One Arrow table from DataFrames and/or row dicts (a column that is empty here stays of null
    type; :func:`maqal.corpus.read_table` unifies it with the other files' type)."""
    import pyarrow as pa

    parts = []
    if rows:
        parts.append(rows_table(rows))
    for df in frames:
        parts.append(pa.Table.from_pandas(df, preserve_index=False))
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    schema = pa.unify_schemas([t.schema for t in parts], promote_options="permissive")
    return pa.concat_tables([t.select(schema.names).cast(schema) if set(t.schema.names) == set(schema.names)
                             else _conform(t, schema) for t in parts])


def rows_table(rows: list):
    """Row dicts → Arrow table over the union of their keys (first-seen order); a column whose
    values Arrow cannot type together (e.g. str and int) is stored as strings."""
    import pyarrow as pa

    keys = dict.fromkeys(k for r in rows for k in r)
    arrays = []
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
    return pa.Table.from_arrays(arrays, names=list(keys))


def _conform(t, schema):
    """``t`` with ``schema``'s columns in its order and types (missing ones all null)."""
    import pyarrow as pa

    cols = [t.column(f.name).cast(f.type) if f.name in t.schema.names else pa.nulls(len(t), f.type) for f in schema]
    return pa.Table.from_arrays(cols, schema=schema)

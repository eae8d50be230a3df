"""The fixed schemas of the built-in tables: every chunk's Parquet file of a table has the same
columns, order and types, also where a column happens to be all null in that chunk."""
from __future__ import annotations

import json

from ..records import CLAIMS, DATES, EVENTS
from .tables import claims_rows, dates_rows, events_rows, terms_rows, tokens_rows

PARTITIONS = ("source", "day")  # every row's outlet and day: the hive partitions of the tables


_SCHEMAS: dict = {}


def builtin_schemas() -> dict:
    """``{table: (Arrow schema without source/day, row keys, maker)}`` of the built-in tables.

    Dates, events and claims take their columns and types from :mod:`maqal.records` (one
    definition per table); articles, terms and tokens are corpus tables of their own.  Fixed, every
    chunk's file has the same schema, also where a column happens to be all null.
    ``maker`` is the registry function the schema belongs to (a replaced table is written the
    generic way); row keys are what the function's rows must hold exactly.
    """
    if _SCHEMAS:
        return _SCHEMAS
    import pyarrow as pa

    S, I, B, D = pa.string(), pa.int64(), pa.bool_(), pa.date32()
    article_id = [("article_id", S)]
    specs = {
        "articles": (None, pa.schema(article_id + [
            ("title", S), ("url", S), ("author", S), ("published", D), ("published_inferred", B),
            ("dateline", S), ("chars", I), ("bytes", I), ("words", I), ("file", S), ("index_in_file", I),
            ("warnings", pa.list_(S))]), {"article_id", *PARTITIONS}),
        "terms": (terms_rows, pa.schema(article_id + [
            ("key", S), ("term", S), ("count", I), ("forms", pa.list_(S)), ("starts", pa.list_(I)),
            ("ends", pa.list_(I))]), ()),
        # the search index: one row of lists per article (see tables.tokens_rows)
        "tokens": (tokens_rows, pa.schema(article_id + [
            ("text", S), ("starts", pa.list_(I)), ("ends", pa.list_(I)), ("sentences", pa.list_(I)),
            ("norms", pa.list_(S))]), ()),
        # the findings tables: their columns and types come from their records
        "dates": (dates_rows, _record_schema(DATES, article_id), ()),
        "events": (events_rows, _record_schema(EVENTS, article_id), ()),
        # the claim's own source (who speaks) is "speaker": "source" is the outlet here
        "claims": (claims_rows, _record_schema(CLAIMS, article_id, {"source": "speaker"}), ()),
    }
    for name, (maker, schema, extra) in specs.items():
        keys = set(schema.names) | set(extra)
        if name != "articles":
            keys.discard("article_id")
        _SCHEMAS[name] = (schema, frozenset(keys), maker)
    return _SCHEMAS


def _record_schema(record, prefix, rename=None):
    """A record's Arrow schema for the corpus: ``prefix`` fields first, columns renamed where the
    corpus needs (``source`` is the outlet there), with pandas metadata so that whole numbers that
    may be missing (``int?``) read back as ``Int64``, not as floats."""
    rename = rename or {}
    import pyarrow as pa

    schema = record.arrow_schema(prefix)
    schema = pa.schema([f.with_name(rename.get(f.name, f.name)) for f in schema])
    nullable = {rename.get(c.name, c.name) for c in record.columns if c.type == "int?"}
    return schema.with_metadata(_pandas_metadata(schema, nullable))


def _pandas_metadata(schema, nullable) -> dict:
    """The ``pandas`` schema metadata of a table written as if from a DataFrame: with it,
    :func:`read_table` gives the ``nullable`` whole-number columns as ``Int64``."""
    import pyarrow as pa

    try:
        from importlib.metadata import version

        pandas_version = version("pandas")
    except Exception:  # noqa: BLE001 - only informative
        pandas_version = None
    fields = [(f.name, f.type) for f in schema]
    columns = []
    for name, typ in [fields[0], ("source", pa.string()), ("day", pa.string()), *fields[1:]]:
        if name in nullable:
            kinds = ("int64", "Int64")
        elif typ == pa.int64():
            kinds = ("int64", "int64")
        elif typ == pa.bool_():
            kinds = ("bool", "bool")
        elif pa.types.is_list(typ):
            kinds = ("list[unicode]", "object")
        elif typ == pa.date32():
            kinds = ("date", "object")
        else:
            kinds = ("unicode", "object")
        columns.append({"name": name, "field_name": name, "pandas_type": kinds[0], "numpy_type": kinds[1],
                        "metadata": None})
    meta = {"index_columns": [], "column_indexes": [], "columns": columns, "attributes": {},
            "creator": {"library": "pyarrow", "version": pa.__version__}, "pandas_version": pandas_version}
    return {b"pandas": json.dumps(meta).encode()}

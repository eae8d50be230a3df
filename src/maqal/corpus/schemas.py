"""The fixed schemas of the built-in tables: every chunk's Parquet file of a table has the same
columns, order and types, also where a column happens to be all null in that chunk."""
from __future__ import annotations

import json

from .tables import claims_rows, dates_rows, events_rows, terms_rows

PARTITIONS = ("source", "day")  # every row's outlet and day: the hive partitions of the tables


_SCHEMAS: dict = {}


def builtin_schemas() -> dict:
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

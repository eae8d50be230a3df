"""Reading a corpus folder's tables back (plain pandas or DuckDB read them too: ``pandas.read_parquet
(OUT / "terms")``, ``read_parquet('OUT/terms/**/*.parquet', hive_partitioning=true)``)."""
from __future__ import annotations

from pathlib import Path

from .schemas import PARTITIONS


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

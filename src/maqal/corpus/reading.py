"""Reading a corpus folder's tables back: only the files its manifest lists (:mod:`.ledger`), so
a chunk being written, or left half-written by an interrupted run, is never seen.

Between runs the folder holds exactly those files, so plain pandas or DuckDB read them too:
``pandas.read_parquet(OUT / "terms")``, ``read_parquet('OUT/terms/**/*.parquet', hive_partitioning=true)``
(an outlet name too long for a folder name, or reserved, reads there as its cut form; see
:mod:`.writing`).
"""
from __future__ import annotations

from pathlib import Path

from .ledger import read_manifest
from .schemas import PARTITIONS


def table_names(out) -> list[str]:
    """Tables present in a corpus folder (none before its first run is committed)."""
    out = Path(out)
    manifest = read_manifest(out)
    if manifest is None:
        return []
    if "files" in manifest:
        return sorted({f.split("/")[0] for f in manifest["files"]})
    return sorted(p.name for p in out.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))


def table_files(out, name: str) -> list[Path]:
    """The committed Parquet files of one table: none before a first run is committed; for a
    folder of an older maqal, without a list of files in its manifest, every part file found."""
    out = Path(out)
    manifest = read_manifest(out)
    if manifest is None:
        return []
    if "files" not in manifest:
        return sorted(p for p in (out / name).rglob("*.parquet") if not p.name.startswith("."))
    return [out / f for f in manifest["files"] if f.startswith(f"{name}/")]


def read_table(out, name: str, columns=None, filters=None, categorical: bool = False):
    """One table of a corpus folder as a DataFrame (``source``/``day`` as plain strings).

    Schemas of the part files are unified (a column that is empty in one chunk is still read);
    rows are ordered by ``article_id`` (stable), so equal runs give equal frames.
    ``categorical``: string columns as pandas categoricals (a table of millions of rows without
    a Python string per row; the order is then that of the categories, equal runs still equal).
    """
    try:
        return _read(Path(out), name, columns, filters, categorical)
    except FileNotFoundError:  # a run committed and swept meanwhile: its manifest lists others
        return _read(Path(out), name, columns, filters, categorical)


def _read(out: Path, name: str, columns, filters, categorical: bool = False):
    import pandas as pd
    import pyarrow as pa
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    base = out / name
    files = table_files(out, name)
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
    df = table.to_pandas(strings_to_categorical=categorical)
    aliases = (read_manifest(out) or {}).get("partitions") or {}
    for k in PARTITIONS:
        if aliases and k in df.columns:
            df[k] = df[k].map(lambda v: aliases.get(v, v), na_action="ignore")
    front = [c for c in ("article_id", *PARTITIONS) if c in df.columns]
    df = df[front + [c for c in df.columns if c not in front]]
    if "article_id" in df.columns:
        df = df.sort_values("article_id", kind="stable").reset_index(drop=True)
    return df

"""Corpus mode: many articles → tidy Parquet tables, in parallel, resumable, or on Dask.

    maqal corpus ../shared/corpus/saudinewsnet --out corpus-out            # all local cores
    maqal corpus day.zip --out corpus-out --workers 1 --limit 200           # one process
    maqal corpus ../shared/corpus/saudinewsnet --out out --dask local       # dask.distributed LocalCluster
    maqal corpus ../shared/corpus/saudinewsnet --out out --dask tcp://scheduler:8786

Per article, :func:`article_tables` runs every function of the table registry (:data:`TABLES`,
extended with :func:`register_table`) and returns ``{table name: rows}``.  Built in:

``articles``  one row per article (metadata and sizes);
``terms``     one row per term group and article: ``key``, ``term``, ``count``, ``forms`` and
              every occurrence as ``starts``/``ends`` (the ``count_terms`` decisions, with spans);
``dates`` / ``events``  from :mod:`maqal.timeline` (``date_rows``, ``event_rows``),
``claims``    from :mod:`maqal.claims` (``claim_rows``) — each included when its module imports;
``tokens``    the search index: one row per article with its text and its text layer's tokens
              (spans, sentence, normalised form), which :mod:`.explore` opens through DuckDB.

Every table row carries ``article_id``; spans index that article's ``text``.

Work is cut into chunks (:mod:`.plan`); a chunk is processed by :func:`process_chunk` — in a
local process pool by default, or as Dask tasks with ``dask=`` (:mod:`.run`) — which writes,
for each table, one Parquet file per outlet/day it touches (:mod:`.writing`), hive-style::

    OUT/<table>/source=<outlet>/day=<YYYY-MM-DD>/part-<chunk>.parquet
    OUT/errors/part-<chunk>.parquet        articles (or tables) that failed, with the reason
    OUT/_chunks/<chunk>.json               the chunk's marker: written last, lists its articles and files
    OUT/_manifest.json                     the run's summary and the files that make the tables

Each file is written to a temporary name and renamed, a chunk's marker only after all its
files, and the manifest last: readers (:func:`read_table`, :mod:`.reading`) read only what it
lists.  A chunk's name comes from its articles, the content of its inputs and the tables, so a
re-run reuses the finished chunks whose inputs are unchanged — also those of an interrupted run
— analyses the rest, and, once its manifest is in place, removes what it does not list
(:mod:`.ledger`): the tables are those of a clean run on the current inputs, whatever the chunk
size or workers.  Articles outside the run (``limit``, fewer inputs) stay unless ``prune``.
Both modes write the same files, so their tables are equal.  A table made from the committed
tables of many articles (``stories``, :mod:`maqal.stories`) is added with :func:`commit_derived`.  Per-outlet statistics are in
:mod:`.statistics`.

The package's modules, in the order data flows: ``tables`` (the registry) → ``schemas`` (fixed
Arrow schemas) → ``arrow`` (rows → Arrow) → ``writing`` (Parquet parts) → ``plan`` (articles,
chunks, markers) → ``ledger`` (which chunks stand; the manifest) → ``run`` → ``reading`` → ``statistics``
→ ``explore`` (concordance, collocates, trends, clusters, comparisons over the DuckDB index),
``explore_charts`` (its figures) and ``explore_widgets`` (its pickers for JupyterLab).
"""
from __future__ import annotations

from .explore import Archive, export, open_archive, side_by_side
from .explore_charts import dispersion_chart, network_chart, trend_chart
from .explore_widgets import archive_explorer
from .ledger import commit_derived
from .plan import DEFAULT_CHUNK_SIZE, FORMAT_VERSION, Chunk, plan
from .reading import read_table, table_names
from .run import ChunkResult, CorpusRun, process_chunk, run_corpus
from .schemas import PARTITIONS
from .statistics import (SOURCING_COLUMNS, articles_per_day, articles_per_outlet, event_timeline,
                         keyness_by_outlet, outlet_term_counts, sourcing_profile, top_events)
from .tables import (TABLES, article_row, article_tables, available_tables, claims_rows, dates_rows, events_rows,
                     register_table, terms_rows, tokens_rows)
from .writing import NULL_PARTITION, write_table

__all__ = [
    "Archive", "archive_explorer", "dispersion_chart", "export", "network_chart", "open_archive", "side_by_side",
    "tokens_rows", "trend_chart",
    "DEFAULT_CHUNK_SIZE", "FORMAT_VERSION", "NULL_PARTITION", "PARTITIONS", "SOURCING_COLUMNS", "TABLES",
    "Chunk", "ChunkResult", "CorpusRun", "article_row", "article_tables", "articles_per_day", "articles_per_outlet",
    "available_tables", "claims_rows", "commit_derived", "dates_rows", "event_timeline", "events_rows", "keyness_by_outlet",
    "outlet_term_counts", "plan", "process_chunk", "read_table", "register_table", "run_corpus",
    "sourcing_profile", "table_names", "terms_rows", "top_events", "write_table",
]

"""The table registry: which tables one article gives, and the functions that make their rows.

Per article, :func:`article_tables` runs every function of :data:`TABLES` (extended with
:func:`register_table`) and returns ``{table name: rows}``: ``articles`` (one row of metadata),
``terms`` (term groups with every occurrence), and ``dates``/``events``/``claims``: the
components of :mod:`maqal.pipeline`, run once per article on one text layer.
"""
from __future__ import annotations

import time


def terms_rows(article) -> list[dict]:
    """Content-word groups of one article with every occurrence (fast path, no DataFrames).

    Same keys, stopwords and surface forms as :func:`maqal.frequencies.count_terms`, except that
    a name of several words the entity layer finds (:func:`maqal.frequencies.name_runs`) is one
    term keyed by its words' keys joined with spaces, its words not counted again (as in an
    article's own frequencies).  ``term`` is the most frequent form (ties: the shorter),
    ``forms`` most frequent first, ``starts``/``ends`` every occurrence in text order.  The words
    are the text layer's tokens (the ones the ``tokens`` table holds), not a second pass of the
    word pattern over the text.
    """
    from ..frequencies import content_keys, name_runs

    layer = _layer(article)
    cols = layer.token_columns
    inside = _name_tokens(name_runs(layer))
    at: dict[str, list] = {}  # surface form → its start offsets (ends are start + len(form))
    for k, (s, f) in enumerate(zip(cols["start"], cols["text"])):
        if k in inside:
            continue
        lst = at.get(f)
        if lst is None:
            at[f] = [s]
        else:
            lst.append(s)
    for f in [f for f in at if f[:1].isdecimal()]:  # numbers are tokens, never terms
        del at[f]
    decided = content_keys(at, "clitic")
    groups: dict[str, list] = {}
    for form in at:
        key = decided[form]
        if key is not None:
            groups.setdefault(key, []).append((form, [(x, x + len(form)) for x in at[form]]))
    for key, form, span in _name_units(layer, name_runs(layer)):
        groups.setdefault(key, []).append((form, [span]))
    return [_term_row(key, forms) for key, forms in groups.items()]


def _name_tokens(runs) -> set[int]:
    """Token indices inside the names of ``runs`` (first and last token of each)."""
    return {k for i, j in runs for k in range(i, j + 1)}


def _name_units(layer, runs):
    """``(key, surface, span)`` of each name of ``runs``: its words' corpus keys (a word that is
    no content word by its normalised form) joined with spaces, as the text writes it."""
    from ..frequencies import content_keys

    cols, text = layer.token_columns, layer.text
    forms = [cols["text"][k] for i, j in runs for k in range(i, j + 1)]
    decided = content_keys(forms, "clitic")
    for i, j in runs:
        key = " ".join(decided[cols["text"][k]] or cols["norm"][k] for k in range(i, j + 1))
        start, end = cols["start"][i], cols["end"][j]
        yield key, " ".join(text[start:end].split()), (start, end)


def _term_row(key: str, forms: list) -> dict:
    """One ``terms`` row from a group's ``(form, spans)`` pairs (a form may come twice)."""
    from ..frequencies import forms_by_frequency

    if len(forms) == 1:
        form, spans = forms[0]
        return {"key": key, "term": form, "count": len(spans), "forms": [form],
                "starts": [x for x, _ in spans], "ends": [y for _, y in spans]}
    counts: dict[str, int] = {}
    for form, spans in forms:
        counts[form] = counts.get(form, 0) + len(spans)
    ordered = forms_by_frequency(counts)
    spans = sorted(sp for _, group in forms for sp in group)
    return {"key": key, "term": ordered[0], "count": len(spans), "forms": ordered,
            "starts": [x for x, _ in spans], "ends": [y for _, y in spans]}


_CURRENT: list = [None, None]  # (article, its pipeline.Run): one text layer for all its tables


def _component_rows(article, name: str) -> list[dict]:
    """Rows of the pipeline component ``name`` for the article, sharing one text layer (and the
    dates its events need) across the tables of the same article."""
    _layer(article)
    return _CURRENT[1].rows(name)


def tokens_rows(article) -> list[dict]:
    """The search index of one article: ONE row with its text and the token table of its text
    layer (:attr:`maqal.textlayer.TextLayer.token_columns`: words and numbers in text order, a
    token's position is its index in these lists) — spans, sentence and normalised form.

    One row of lists per article, not one per token, so it is written at C speed;
    :mod:`maqal.corpus.explore` unnests it (through DuckDB) when it builds its index, and takes
    each form's content-word group from the ``terms`` table (a function of the normalised form).
    """
    cols = _layer(article).token_columns
    return [{"text": article.text, "starts": cols["start"].tolist(), "ends": cols["end"].tolist(),
             "sentences": cols["sentence"].tolist(), "norms": cols["norm"]}]


def _layer(article):
    """The text layer of the article the tables are being made for (shared with its analyses)."""
    from .. import pipeline

    if _CURRENT[0] is not article:
        _CURRENT[:] = [article, pipeline.Run(article)]
    return _CURRENT[1].layer


def dates_rows(article) -> list[dict]:
    """:func:`maqal.timeline.date_rows` of the article (the pipeline's ``dates``)."""
    return _component_rows(article, "dates")


def events_rows(article) -> list[dict]:
    """:func:`maqal.timeline.event_rows` of the article, from the dates already found in it."""
    return _component_rows(article, "events")


def claims_rows(article) -> list[dict]:
    """:func:`maqal.claims.claim_rows` of the article, the claim's ``source`` (who speaks) renamed
    ``speaker``: in corpus tables ``source`` is the outlet every row is partitioned by."""
    rows = [dict(r) for r in _component_rows(article, "claims")]
    for r in rows:
        r["speaker"] = r.pop("source", None)
    return rows


#: name → function(article) returning a list of dicts or a DataFrame (one row per finding)
TABLES: dict = {"terms": terms_rows, "dates": dates_rows, "events": events_rows, "claims": claims_rows,
                "tokens": tokens_rows}


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
    """The registry: the built-in tables and any registered with :func:`register_table`."""
    return dict(TABLES)


def select_tables(names) -> dict:
    """The registry entries named in ``names`` (a list or comma-separated string; None: all)."""
    tables = available_tables()
    if names is None:
        return tables
    names = [n.strip() for n in (names.split(",") if isinstance(names, str) else names) if n.strip()]
    unknown = [n for n in names if n not in tables]
    if unknown:
        raise ValueError(f"unknown table(s) {', '.join(unknown)}; available: {', '.join(tables)}")
    return {n: tables[n] for n in names}


def article_row(article, layer=None) -> dict:
    """The ``articles`` table row of one article (``words`` counted from its text ``layer``'s
    tokens when it has been built: every token that is no number)."""
    extra = article.extra or {}
    return {
        "article_id": article.id, "source": article.source,
        "day": article.published.isoformat() if article.published else None,
        "title": article.title, "url": article.url, "author": article.author,
        "published": article.published, "published_inferred": bool(article.published_inferred),
        "dateline": article.dateline, "chars": len(article.text),
        "bytes": len(article.text.encode("utf-8", "surrogatepass")),
        "words": word_count(article.text, layer),
        "file": article.path, "index_in_file": extra.get("index_in_file"),
        "warnings": list(article.warnings),
    }


def word_count(text: str, layer=None) -> int:
    """Words of a text (numbers not counted): from the layer's token columns when given."""
    if layer is None or "token_columns" not in layer.__dict__:
        from ..arabic import WORD_ONLY_RE

        return len(WORD_ONLY_RE.findall(text))
    kinds = layer.token_columns["kind"]
    return len(kinds) - kinds.count("number")


def article_tables(article, tables=None, timings: dict | None = None) -> dict:
    """``{table: list of dicts or DataFrame}`` for one article: ``articles`` and every registered table.

    ``tables`` is a registry dict (default: :func:`available_tables`) or a list of names;
    ``timings`` (a dict), if given, accumulates CPU seconds per table.  A table function that fails
    is reported under ``errors`` (the others still run).
    """
    if tables is None or not isinstance(tables, dict):
        tables = select_tables(tables)
    out: dict = {"articles": [], "errors": []}
    for name, fn in tables.items():
        t0 = time.process_time()
        try:
            out[name] = fn(article)
        except Exception as exc:  # noqa: BLE001 - one analysis failing must not lose the article
            out[name] = []
            out["errors"].append({"file": article.path, "index_in_file": (article.extra or {}).get("index_in_file"),
                                  "article_id": article.id, "table": name,
                                  "error": f"{type(exc).__name__}: {exc}"})
        if timings is not None:
            timings[name] = timings.get(name, 0.0) + time.process_time() - t0
    out["articles"].append(article_row(article, _CURRENT[1].layer if _CURRENT[0] is article else None))
    _CURRENT[:] = [None, None]
    return out

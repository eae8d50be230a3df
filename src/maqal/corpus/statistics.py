"""Corpus statistics from a corpus folder's tables: articles per outlet and day, keyness per
outlet, how each outlet sources its claims, the events the corpus describes."""
from __future__ import annotations

from pathlib import Path

from .reading import read_table


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


def keyness_by_outlet(out, min_count: int = 5, min_articles: int = 3, min_ll: float = 15.13, top: int | None = 30,
                      own_names: bool = True):
    """Distinctive terms of each outlet against the rest of the corpus (log-likelihood).

    For every outlet and term: ``count`` in the outlet (``a`` of ``c`` outlet tokens) and
    ``rest_count`` in all other outlets (``b`` of ``d``); ``log_likelihood`` is Rayson &
    Garside's G², ``log_ratio`` the log2 ratio of relative frequencies (+0.5 smoothing).
    Only terms used *more* by the outlet, in at least ``min_articles`` of its articles (so one
    long article cannot make a keyword) and with G² ≥ ``min_ll`` (15.13 ≈ p < 0.0001) are
    kept; ``top`` per outlet.  With ``own_names`` an outlet's own name, the words its bylines
    repeat and its template's words are left out of its list (:mod:`.own_names`; they still
    count in the totals).
    Columns: source, term, key, count, articles, rest_count,
    per_10k, rest_per_10k, log_likelihood, log_ratio.
    """
    import numpy as np
    import pandas as pd

    from ..frequencies import log_likelihood, log_ratio

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
    if own_names:
        from .own_names import own_name_keys

        own = own_name_keys(out, terms)
        keep &= np.array([k not in own.get(src, ()) for src, k in zip(per["source"], per["key"])], dtype=bool)
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

"""How each outlet told a story: its sourcing and hedging from the ``claims`` table, the dates
and events it gives, and the terms that set it apart from the story's other outlets (keyness:
:func:`maqal.frequencies.log_likelihood`, the one implementation)."""
from __future__ import annotations

PROFILE_COLUMNS = ["source", "articles", "claims", "own_voice", "sources_by_type", "speakers", "direct_quotes",
                   "hedged", "alleged", "dates", "events", "distinctive_terms"]


def story_rows(out, name: str, ids: list, columns=None, frames: dict | None = None):
    """The rows of one corpus table that belong to the story's articles (read through the
    manifest; an empty frame when the folder has no such table).  ``frames``: tables already
    read (``{name: DataFrame}``), filtered instead of read again."""
    import pandas as pd
    import pyarrow.dataset as ds

    from ..corpus import read_table, table_names

    if frames is not None and name in frames:
        df = frames[name]
        df = df[df["article_id"].isin(list(ids))] if len(df) else df
        return df[columns] if columns and len(df) else df

    if name not in table_names(out):
        return pd.DataFrame(columns=columns or ["article_id", "source"])
    return read_table(out, name, columns=columns, filters=ds.field("article_id").isin(list(ids)))


def outlet_keyness(terms, min_count: int = 2, min_ll: float = 3.84, top: int = 8) -> dict:
    """``{outlet: [term, …]}``: the terms an outlet uses more than the story's other outlets
    (log-likelihood G² ≥ ``min_ll``, 3.84 ≈ p < 0.05: a story is small), most distinctive first."""
    from ..frequencies import log_likelihood

    if terms.empty:
        return {}
    per = terms.groupby(["source", "key"]).agg(count=("count", "sum"), term=("term", "first")).reset_index()
    total_key = per.groupby("key")["count"].sum()
    total_src = per.groupby("source")["count"].sum()
    a = per["count"].to_numpy(float)
    b = per["key"].map(total_key).to_numpy(float) - a
    c = per["source"].map(total_src).to_numpy(float)
    d = float(total_src.sum()) - c
    per["ll"] = log_likelihood(a, b, c, d)
    more = a / c > b / d.clip(min=1)
    keep = per[(per["count"] >= min_count) & (per["ll"] >= min_ll) & more]
    keep = keep.sort_values(["source", "ll", "key"], ascending=[True, False, True])
    return {src: g["term"].head(top).tolist() for src, g in keep.groupby("source")}


def _claims_profile(cl) -> dict:
    """Counts of one outlet's claims: own voice share, sources by type, speakers, quotes, hedges."""
    if cl.empty:
        return {"claims": 0, "own_voice": None, "sources_by_type": "", "speakers": "", "direct_quotes": 0,
                "hedged": 0, "alleged": 0}
    own = ~cl["attributed"].fillna(True).astype(bool) | cl["source_type"].eq("author").fillna(False)
    others = cl[~own]
    types = others["source_type"].fillna("unknown").value_counts()
    return {"claims": len(cl), "own_voice": round(float(own.mean()), 3),
            "sources_by_type": " · ".join(f"{t} {n}" for t, n in types.items()),
            "speakers": " · ".join(dict.fromkeys(others["speaker"].dropna())),
            "direct_quotes": int(cl["direct_quote"].fillna(False).astype(bool).sum()),
            "hedged": int(cl["hedged"].fillna(False).astype(bool).sum()),
            "alleged": int(cl["allegation"].fillna(False).astype(bool).sum())}


def outlet_profiles(out, story, frames: dict | None = None):
    """One row per outlet of a story (a ``stories`` row): :data:`PROFILE_COLUMNS`; ``frames``:
    the corpus tables already read (see :func:`story_rows`)."""
    import pandas as pd

    ids = list(story["article_ids"])
    arts = story_rows(out, "articles", ids, ["article_id", "source"], frames)
    claims = story_rows(out, "claims", ids, None, frames)
    dates = story_rows(out, "dates", ids, ["article_id", "source", "value", "granularity"], frames)
    events = story_rows(out, "events", ids, ["article_id", "source", "kind", "place", "start_date"], frames)
    terms = story_rows(out, "terms", ids, ["article_id", "source", "key", "term", "count"], frames)
    distinctive = outlet_keyness(terms)
    rows = []
    for src, g in arts.groupby("source", sort=True):
        prof = _claims_profile(claims[claims["source"] == src] if len(claims) else claims)
        d = dates[(dates["source"] == src) & (dates["granularity"] == "day")] if len(dates) else dates
        e = events[events["source"] == src] if len(events) else events
        rows.append({"source": src, "articles": len(g), **prof,
                     "dates": " · ".join(sorted(set(d["value"].dropna()))) if len(d) else "",
                     "events": " · ".join(dict.fromkeys(f"{k} {p}" if p else k for k, p in
                                                        zip(e["kind"], e["place"].fillna("")))) if len(e) else "",
                     "distinctive_terms": " · ".join(distinctive.get(src, []))})
    return pd.DataFrame(rows, columns=PROFILE_COLUMNS)

"""The events most outlets report, as an analyst asks about them: who, where and when — each
group with links to the articles that report it (their URL, else their id)."""
from __future__ import annotations

from pathlib import Path

from ..arabic import normalize
from .reading import read_table

COLUMNS = ["when", "kind", "who", "where", "n_outlets", "outlets", "articles", "mentions", "example", "links"]
#: links kept per group (the articles of the most outlets first)
MAX_LINKS = 5


def reported_events(out, n: int = 20):
    """Dated events grouped by who (folded as maqal folds Arabic), where (the normalised place,
    else the place as written) and when (the resolved value), most outlets first.  Events with
    neither who nor where say nothing to group by and are left out.  Columns: when, kind (the
    group's most frequent), who and where (as most often written), n_outlets, outlets, articles,
    mentions, example (one sentence), links (``[(title, url), …]`` of up to ``MAX_LINKS``
    articles, one per outlet first)."""
    import pandas as pd

    if not (Path(out) / "events").is_dir():
        return pd.DataFrame(columns=COLUMNS)
    ev = read_table(out, "events")
    if ev.empty or "start_date" not in ev.columns:
        return pd.DataFrame(columns=COLUMNS)
    ev = ev[ev["start_date"].notna() & (_filled(ev["who"]) | _filled(ev["where"]))].copy()
    if ev.empty:
        return pd.DataFrame(columns=COLUMNS)
    ev["when"] = [v if isinstance(v, str) and v else str(d) for v, d in zip(ev["value"], ev["start_date"])]
    ev["who_key"] = [normalize(w) if isinstance(w, str) else "" for w in ev["who"]]
    ev["where_key"] = [p if isinstance(p, str) and p else (normalize(w) if isinstance(w, str) else "")
                       for p, w in zip(ev["place"], ev["where"])]
    arts = read_table(out, "articles", columns=["article_id", "title", "url"]).drop_duplicates("article_id")
    ev = ev.merge(arts, on="article_id", how="left")
    rows = [_group_row(when, g) for (when, _, _), g in ev.groupby(["when", "who_key", "where_key"], sort=False)]
    df = pd.DataFrame(rows, columns=COLUMNS)
    return df.sort_values(["n_outlets", "articles", "when"], ascending=[False, False, True], kind="stable") \
        .head(n).reset_index(drop=True)


def _filled(col):
    return col.map(lambda v: isinstance(v, str) and bool(v.strip()))


def _most(col) -> str:
    values = col[_filled(col)]
    return str(values.mode().iat[0]) if len(values) else ""


def _group_row(when, g) -> dict:
    first = g.drop_duplicates("article_id")
    one_per_outlet = first.drop_duplicates("source")
    linked = list(one_per_outlet.itertuples()) + [r for r in first.itertuples()
                                                   if r.article_id not in set(one_per_outlet["article_id"])]
    links = [(_title(r), r.url if isinstance(r.url, str) and r.url else "") for r in linked[:MAX_LINKS]]
    return {"when": when, "kind": _most(g["kind"]), "who": _most(g["who"]), "where": _most(g["where"]),
            "n_outlets": int(g["source"].nunique()), "outlets": sorted(map(str, g["source"].dropna().unique())),
            "articles": int(g["article_id"].nunique()), "mentions": len(g), "example": str(g["text"].iat[0]),
            "links": links}


def _title(r) -> str:
    return r.title if isinstance(r.title, str) and r.title.strip() else str(r.article_id)

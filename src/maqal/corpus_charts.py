"""Figures for the corpus overview (05_corpus_overview): outlets, days, keyness, sourcing, events.

Plain matplotlib Figures (not pyplot-managed), like :mod:`maqal.charts`; every Arabic string goes
through :func:`maqal.shaping.for_figure`.  Inputs are the tables of :mod:`maqal.corpus`.
"""
from __future__ import annotations

from .charts import new_figure
from .fonts import font_family
from .shaping import for_figure

COLORS = ["#3b6ea8", "#d9822b", "#4c9a5b", "#b04a5a", "#7b5ea7", "#8c6d46", "#c970a8", "#7f7f7f", "#b8b43c",
          "#3fa7b5", "#1f3d5c", "#e0b25a", "#5b8c85", "#9c6b9e"]


def per_day(per_day_df, title: str = "Articles per outlet and day"):
    """Stacked bars: articles per day, one colour per outlet (from ``corpus.articles_per_day``)."""
    import matplotlib as mpl

    wide = per_day_df.pivot_table(index="day", columns="source", values="articles", aggfunc="sum", fill_value=0)
    with mpl.rc_context({"font.family": font_family()}):
        fig = new_figure((9, 4))
        ax = fig.add_subplot()
        bottom = None
        for i, src in enumerate(wide.columns):
            vals = wide[src].to_numpy()
            ax.bar(range(len(wide)), vals, bottom=bottom, label=for_figure(str(src)), color=COLORS[i % len(COLORS)])
            bottom = vals if bottom is None else bottom + vals
        ax.set_xticks(range(len(wide)), [str(d) for d in wide.index], rotation=45, ha="right", fontsize=8)
        ax.set_ylabel("articles")
        ax.spines[["top", "right"]].set_visible(False)
        ax.legend(fontsize=7, ncol=2, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        ax.set_title(for_figure(title))
    return fig


def keyness_grid(keyness_df, n: int = 10, cols: int = 3, title: str = "Distinctive terms per outlet (log-likelihood)"):
    """One small bar chart per outlet: its ``n`` most distinctive terms (``corpus.keyness_by_outlet``)."""
    import math

    import matplotlib as mpl

    sources = list(dict.fromkeys(keyness_df["source"]))
    cols = max(1, min(cols, len(sources)))
    rows = max(1, math.ceil(len(sources) / cols))
    family = font_family()
    with mpl.rc_context({"font.family": family}):
        fig = new_figure((4 * cols, 2.6 * rows))
        for i, src in enumerate(sources):
            ax = fig.add_subplot(rows, cols, i + 1)
            top = keyness_df[keyness_df["source"] == src].head(n)
            ypos = list(range(len(top)))
            ax.barh(ypos, top["log_likelihood"], color=COLORS[i % len(COLORS)])
            ax.set_yticks(ypos, [for_figure(str(t)) for t in top["term"]], fontsize=8, fontfamily=family)
            ax.invert_yaxis()
            ax.tick_params(axis="x", labelsize=7)
            ax.spines[["top", "right"]].set_visible(False)
            ax.set_title(for_figure(str(src)), fontsize=9)
        fig.suptitle(for_figure(title))
    return fig


def sourcing(profile_df, title: str = "How outlets source their claims (share of claims)"):
    """Grouped horizontal bars per outlet: own voice, anonymous, direct quotes, hedged."""
    import matplotlib as mpl

    measures = [m for m in ("own_voice", "anonymous", "direct_quote", "hedged") if m in profile_df.columns]
    df = profile_df.dropna(subset=measures, how="all")
    with mpl.rc_context({"font.family": font_family()}):
        fig = new_figure((8, max(2.5, 0.5 * len(df) + 1)))
        ax = fig.add_subplot()
        if df.empty:
            ax.text(0.5, 0.5, "no claims table in this corpus folder", ha="center", va="center")
            ax.set_axis_off()
            return fig
        h = 0.8 / len(measures)
        for j, m in enumerate(measures):
            ax.barh([i + j * h for i in range(len(df))], df[m].fillna(0), height=h, label=m.replace("_", " "),
                    color=COLORS[j])
        ax.set_yticks([i + 0.4 - h / 2 for i in range(len(df))], [for_figure(str(s)) for s in df["source"]])
        ax.invert_yaxis()
        ax.set_xlim(0, 1)
        ax.set_xlabel("share of the outlet's claims")
        ax.legend(fontsize=8, frameon=False, loc="lower right")
        ax.spines[["top", "right"]].set_visible(False)
        ax.set_title(for_figure(title))
    return fig


def event_timeline(timeline_df, title: str = "Events the corpus describes, by date"):
    """Events per day (their resolved start date), one line per kind (``corpus.event_timeline``)."""
    import matplotlib as mpl

    with mpl.rc_context({"font.family": font_family()}):
        fig = new_figure((9, 3.5))
        ax = fig.add_subplot()
        if timeline_df.empty:
            ax.text(0.5, 0.5, "no dated events", ha="center", va="center")
            ax.set_axis_off()
            return fig
        wide = timeline_df.pivot_table(index="period", columns="kind", values="events", aggfunc="sum", fill_value=0)
        for i, kind in enumerate(wide.columns):
            ax.plot(wide.index, wide[kind], marker="o", ms=3, label=for_figure(str(kind)), color=COLORS[i % len(COLORS)])
        ax.set_ylabel("events")
        ax.legend(fontsize=8, frameon=False, ncol=3)
        ax.spines[["top", "right"]].set_visible(False)
        fig.autofmt_xdate()
        ax.set_title(for_figure(title))
    return fig

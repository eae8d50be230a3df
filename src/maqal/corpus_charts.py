"""Figures for the corpus overview (05_corpus_overview): outlets, days, keyness, sourcing, events.

Plain matplotlib Figures (not pyplot-managed), like :mod:`maqal.charts`; every Arabic string goes
through :func:`maqal.shaping.for_figure`.  Inputs are the tables of :mod:`maqal.corpus`.  Titles,
axes and legends are in ``lang`` (``chart.*`` labels), outlets by their names (``outlets.tsv``),
event kinds by theirs (``kind.*``).
"""
from __future__ import annotations

from .charts import Sentence, new_figure
from .fonts import font_family
from .labels import group, label, outlet
from .shaping import for_figure

COLORS = ["#3b6ea8", "#d9822b", "#4c9a5b", "#b04a5a", "#7b5ea7", "#8c6d46", "#c970a8", "#7f7f7f", "#b8b43c",
          "#3fa7b5", "#1f3d5c", "#e0b25a", "#5b8c85", "#9c6b9e"]


def per_day(per_day_df, title: str | None = None, lang: str = "ar"):
    """Stacked bars: articles per day, one colour per outlet (from ``corpus.articles_per_day``)."""
    import matplotlib as mpl

    title = title or label("chart.articles_per_day", lang)
    wide = per_day_df.pivot_table(index="day", columns="source", values="articles", aggfunc="sum", fill_value=0)
    with mpl.rc_context({"font.family": font_family()}):
        fig = new_figure((9, 4))
        ax = fig.add_subplot()
        bottom = None
        for i, src in enumerate(wide.columns):
            vals = wide[src].to_numpy()
            ax.bar(range(len(wide)), vals, bottom=bottom, label=for_figure(outlet(src, lang)),
                   color=COLORS[i % len(COLORS)])
            bottom = vals if bottom is None else bottom + vals
        ax.set_xticks(range(len(wide)), [str(d) for d in wide.index], rotation=45, ha="right", fontsize=8)
        ax.set_ylabel(for_figure(label("column.articles", lang)))
        ax.spines[["top", "right"]].set_visible(False)
        ax.legend(fontsize=7, ncol=2, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        ax.set_title(for_figure(title))
    return fig


def keyness_grid(keyness_df, n: int = 10, cols: int = 3, title: str | None = None, lang: str = "ar"):
    """One small bar chart per outlet: its ``n`` most distinctive terms (``corpus.keyness_by_outlet``);
    a :class:`~maqal.charts.Sentence` when no outlet has one."""
    import math

    import matplotlib as mpl

    if not len(keyness_df):
        return Sentence(label("chart.no_keyness", lang), lang)
    title = title or label("chart.keyness_per_outlet", lang)
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
            ax.set_title(for_figure(outlet(src, lang)), fontsize=9)
        fig.suptitle(for_figure(title))
    return fig


def sourcing(profile_df, title: str | None = None, lang: str = "ar"):
    """Grouped horizontal bars per outlet: own voice, anonymous, direct quotes, hedged."""
    import matplotlib as mpl

    title = title or label("chart.sourcing", lang)
    measures = [m for m in ("own_voice", "anonymous", "direct_quote", "hedged") if m in profile_df.columns]
    df = profile_df.dropna(subset=measures, how="all")
    with mpl.rc_context({"font.family": font_family()}):
        fig = new_figure((8, max(2.5, 0.5 * len(df) + 1)))
        ax = fig.add_subplot()
        if df.empty:
            ax.text(0.5, 0.5, for_figure(label("chart.no_claims_table", lang)), ha="center", va="center")
            ax.set_axis_off()
            return fig
        h = 0.8 / len(measures)
        for j, m in enumerate(measures):
            ax.barh([i + j * h for i in range(len(df))], df[m].fillna(0), height=h, label=for_figure(label(f"column.{m}", lang)),
                    color=COLORS[j])
        ax.set_yticks([i + 0.4 - h / 2 for i in range(len(df))], [for_figure(outlet(s, lang)) for s in df["source"]])
        ax.invert_yaxis()
        ax.set_xlim(0, 1)
        ax.set_xlabel(for_figure(label("chart.share_of_outlet_claims", lang)))
        ax.legend(fontsize=8, frameon=False, loc="lower right")
        ax.spines[["top", "right"]].set_visible(False)
        ax.set_title(for_figure(title))
    return fig


#: days on each side of the corpus's own days that the event timeline shows by default
WINDOW_DAYS = 30


def event_timeline(timeline_df, title: str | None = None, lang: str = "ar", around=None,
                   window_days: int | None = WINDOW_DAYS):
    """Events per day of their resolved start date, stacked by kind (``corpus.event_timeline``).

    ``around``: the corpus's days (``articles_per_day(...)["day"]``); the chart then shows them and
    ``window_days`` on each side (None: every date, back to the oldest history an article cites),
    and says in its title how many events fall outside.  Counts on whole-number ticks."""
    import matplotlib as mpl
    import matplotlib.dates as mdates
    import pandas as pd
    from matplotlib.ticker import MaxNLocator

    title = title or label("chart.corpus_events", lang)
    df = timeline_df
    outside, window = 0, None
    if around is not None and window_days is not None and len(df):
        days = pd.to_datetime(pd.Series(list(around)), errors="coerce").dropna()
        if len(days):
            lo, hi = days.min() - pd.Timedelta(days=window_days), days.max() + pd.Timedelta(days=window_days)
            window = (lo, hi)
            inside = df["period"].between(lo, hi)
            outside = int(df.loc[~inside, "events"].sum())
            df = df[inside]
    with mpl.rc_context({"font.family": font_family()}):
        fig = new_figure((9, 3.5))
        ax = fig.add_subplot()
        if df.empty:
            ax.text(0.5, 0.5, for_figure(label("chart.no_dated_events", lang)), ha="center", va="center")
            ax.set_axis_off()
            return fig
        wide = df.pivot_table(index="period", columns="kind", values="events", aggfunc="sum", fill_value=0)
        bottom = None
        for i, kind in enumerate(wide.columns):
            vals = wide[kind].to_numpy()
            ax.bar(wide.index, vals, bottom=bottom, width=0.8, label=for_figure(group("kind", kind, lang)),
                   color=COLORS[i % len(COLORS)])
            bottom = vals if bottom is None else bottom + vals
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        # the whole window, whatever few days have events (else a few days around them)
        first, last = window if window is not None else (wide.index.min() - pd.Timedelta(days=2),
                                                         wide.index.max() + pd.Timedelta(days=2))
        ax.set_xlim(first - pd.Timedelta(days=1), last + pd.Timedelta(days=1))
        lo_num, hi_num = ax.get_xlim()
        span = hi_num - lo_num  # in days; ticks on whole days at the finest (an event has a day)
        ax.xaxis.set_major_locator(mdates.DayLocator(interval=max(1, int(span // 8))) if span < 90
                                   else mdates.AutoDateLocator(minticks=3, maxticks=10))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
        ax.set_ylabel(for_figure(label("chart.events", lang)))
        ax.legend(fontsize=8, frameon=False, ncol=3)
        ax.spines[["top", "right"]].set_visible(False)
        fig.autofmt_xdate()
        if outside:
            title = f"{title} — {label('chart.events_outside', lang).format(n=outside)}"
        ax.set_title(for_figure(title))
    return fig

"""A timeline chart of the events (and time expressions) of an article.

Dates on the horizontal axis, one lane per place (or actor when no place is named); a point for
an event with an exact date, a bar for an interval or an uncertain range; reported facts filled,
planned events hollow with a dashed outline, speculated ones hatched.  Every Arabic label passes
through :func:`maqal.shaping.for_figure`; the font comes from :func:`maqal.fonts.font_family`.
"""
from __future__ import annotations

import datetime as dt

from .fonts import font_family
from .labels import group, label, place
from .lexicons import key as name_key
from .shaping import for_figure

_STYLE = {
    "fact": dict(color="#3b6ea8", alpha=0.9, hatch=None, ls="-", fill=True),
    "planned": dict(color="#d07a1f", alpha=0.9, hatch=None, ls="--", fill=False),
    "speculated": dict(color="#8a8a8a", alpha=0.7, hatch="///", ls=":", fill=False),
}


DATES_LANE = label("chart.time_expressions", "ar")  # the bottom lane, in the chart's language at draw time


def _event_bars(events_df, lang: str = "ar") -> list[tuple]:
    """(lane, start, end, label, certainty) of each dated event: one lane per place (its
    normalised name, so وفيتنام and فيتنام share one, shown in ``lang``), else per actor (one lane
    per name: كيم and «كيم» fold to one, the first spelling names it)."""
    import pandas as pd

    ev = events_df[events_df["start_date"].notna()].copy() if len(events_df) else events_df
    rows, actor_lanes = [], {}
    for _, r in ev.iterrows():
        if isinstance(r["place"], str):
            lane = place(r["place"], lang)
        elif isinstance(r["who"], str):
            lane = actor_lanes.setdefault(name_key(r["who"]), r["who"])
        else:
            lane = "—"
        text = group("kind", r["kind"], lang)
        if isinstance(r.get("who"), str) and lane != r["who"]:
            text += " · " + r["who"]
        if pd.notna(r.get("count")) and r.get("count"):
            text += f" ×{int(r['count'])}"
        s, e = r["start_date"], r["end_date"] if r["end_date"] is not None else r["start_date"]
        rows.append((lane, s, e, text, r["certainty"]))
    return rows


def _date_spans(dates_df) -> list[tuple]:
    """(start, end, text) of each resolved time expression."""
    if dates_df is None or not len(dates_df):
        return []
    out = []
    for _, r in dates_df[dates_df["start_date"].notna()].iterrows():
        e = r["end_date"] if r["end_date"] is not None else r["start_date"]
        out.append((r["start_date"], e, r["text"]))
    return out


def _clip(s, e, max_span_years: float):
    """Cut a long interval at its right end so one "since 2011" does not flatten the rest."""
    if (e - s).days > max_span_years * 365:
        s = e - dt.timedelta(days=int(max_span_years * 365))
    return s


def _draw_event(ax, y, s, e, label, certainty) -> None:
    """A bar for an interval, a point for a day; filled, hollow or hatched by certainty."""
    import matplotlib.dates as mdates

    st = _STYLE.get(certainty, _STYLE["fact"])
    if (e - s).days >= 2:
        ax.barh(y, (e - s).days + 1, left=mdates.date2num(s), height=0.36,
                color=st["color"] if st["fill"] else "none", alpha=st["alpha"], hatch=st["hatch"],
                edgecolor=st["color"], linestyle=st["ls"], linewidth=1.4)
        x = mdates.date2num(s) + ((e - s).days + 1) / 2
    else:
        ax.plot([mdates.date2num(s)], [y], marker="o", ms=9, linestyle="none",
                markerfacecolor=st["color"] if st["fill"] else "white", markeredgecolor=st["color"],
                markeredgewidth=1.8)
        x = mdates.date2num(s)
    ax.annotate(for_figure(label), (x, y), xytext=(0, 12), textcoords="offset points",
                ha="center", fontsize=8, color="#333")


def _draw_dates_lane(ax, y, dates, firsts, latest, max_span_years: float) -> None:
    """Every time expression as a grey line; labels skipped where they would collide."""
    import matplotlib.dates as mdates

    min_gap = max((latest - min(firsts)).days * 0.04, 1)  # labels closer than this would collide
    last_x, n_labelled = None, 0
    for s, e, txt in sorted(dates, key=lambda d: d[1]):
        s = _clip(s, e, max_span_years)
        ax.plot([mdates.date2num(s), mdates.date2num(e)], [y, y], color="#999", lw=3, alpha=0.5,
                solid_capstyle="round")
        x = mdates.date2num(e)
        if last_x is not None and x - last_x < min_gap:
            continue  # crowded: the table lists every expression
        ax.annotate(for_figure(txt), (x, y), xytext=(0, -14 - 9 * (n_labelled % 2)),
                    textcoords="offset points", ha="center", fontsize=7, color="#555")
        last_x, n_labelled = x, n_labelled + 1


def _legend(ax, family, lang: str = "ar") -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles = [
        Patch(facecolor=_STYLE["fact"]["color"], edgecolor=_STYLE["fact"]["color"],
              label=for_figure(label("chart.happened", lang))),
        Patch(facecolor="none", edgecolor=_STYLE["planned"]["color"], linestyle="--",
              label=for_figure(label("chart.planned", lang))),
        Patch(facecolor="none", edgecolor=_STYLE["speculated"]["color"], hatch="///",
              label=for_figure(label("chart.speculated", lang))),
        Line2D([], [], marker="o", linestyle="none", color="#555", label=for_figure(label("chart.exact_date", lang))),
    ]
    ax.legend(handles=handles, loc="upper left", fontsize=8, frameon=False, ncols=4,
              bbox_to_anchor=(0, 1.02), prop={"family": family, "size": 8})


def timeline_chart(events_df, dates_df=None, title: str | None = None, max_span_years: float = 6.0,
                   lang: str = "ar"):
    """Figure of ``events_df`` (from :func:`maqal.timeline.events`); with ``dates_df`` (from
    :func:`~maqal.timeline.find_dates`) a bottom lane shows every resolved time expression.

    Events without dates are left out (they are in the table).  Intervals longer than
    ``max_span_years`` are cut at their right end so that one "since 2011" does not flatten the rest.
    """
    import matplotlib as mpl
    import matplotlib.dates as mdates
    from matplotlib.figure import Figure

    rows, dates = _event_bars(events_df, lang), _date_spans(dates_df)
    dates_lane = label("chart.time_expressions", lang)
    lanes = list(dict.fromkeys(l for l, *_ in rows)) + ([dates_lane] if dates else [])
    family = font_family()
    with mpl.rc_context({"font.family": family}):
        fig = Figure(figsize=(10, 1.0 + 0.75 * max(len(lanes), 1) + (0.6 if dates else 0)), layout="constrained")
        ax = fig.add_subplot()
        y_of = {l: i for i, l in enumerate(lanes)}
        all_ends = [e for _, _, e, _, _ in rows] + [e for _, e, _ in dates]
        latest = max(all_ends) if all_ends else dt.date.today()
        for lane, s, e, text, cert in rows:
            _draw_event(ax, y_of[lane], _clip(s, e, max_span_years), e, text, cert)
        if dates:
            firsts = [s for s, _, _ in dates] + [s for _, s, _, _, _ in rows]
            _draw_dates_lane(ax, y_of[dates_lane], dates, firsts, latest, max_span_years)
        ax.set_yticks(range(len(lanes)), labels=[for_figure(l) for l in lanes])
        ax.set_ylim(len(lanes) - 0.4, -0.8)
        ax.xaxis_date()
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
        ax.spines[["top", "right", "left"]].set_visible(False)
        ax.grid(axis="x", color="#eee")
        _legend(ax, family, lang)
        if title:
            ax.set_title(for_figure(title), loc="right")
    return fig

"""Figures of the exploration views (:mod:`maqal.corpus.explore`): a term's trend per outlet with
the archive's gaps shown, its dispersion within articles (a barcode per article), and the
collocate network (networkx).  Plain matplotlib Figures, as :mod:`maqal.charts`; every Arabic
string goes through :func:`maqal.shaping.for_figure`.  Save them with
:func:`maqal.corpus.explore.export` (PNG or SVG).
"""
from __future__ import annotations

from ..charts import new_figure
from ..corpus_charts import COLORS
from ..fonts import font_family
from ..labels import label
from ..shaping import for_figure


def chart_title(key: str, term: str, lang: str) -> str:
    """A figure's title in the report's language, after the term it is about («الكرملين: …»)."""
    text = label(f"chart.{key}", lang)
    return for_figure(f"{term}: {text}" if term else text)


def trend_chart(trend, title: str = "", top: int = 8, *, term: str = "", lang: str = "ar"):
    """Occurrences per million tokens per day (or week, month), one line per outlet (the ``top``
    outlets by count), from :meth:`Archive.trend`; a period an outlet has no article in is left out
    of its line (a gap, not a zero) and periods without any article in the archive are shaded grey."""
    import matplotlib as mpl
    import pandas as pd

    days = sorted(trend["day"].unique())
    pos = {d: i for i, d in enumerate(days)}
    order = trend.groupby("source")["count"].sum().sort_values(ascending=False, kind="stable").index[:top]
    with mpl.rc_context({"font.family": font_family()}):
        fig = new_figure((9, 4))
        ax = fig.add_subplot()
        covered = trend.groupby("day")["articles"].sum()
        for d, n in covered.items():
            if n == 0:
                ax.axvspan(pos[d] - 0.5, pos[d] + 0.5, color="#dddddd", lw=0)
        for i, src in enumerate(order):
            part = trend[trend["source"] == src].sort_values("day")
            y = part["per_million"].where(part["articles"] > 0)
            ax.plot([pos[d] for d in part["day"]], y.to_numpy(dtype=float), marker="o", ms=3,
                    label=for_figure(str(src)), color=COLORS[i % len(COLORS)])
        step = max(1, len(days) // 20)
        ax.set_xticks(range(0, len(days), step), [days[i] for i in range(0, len(days), step)], rotation=45,
                      ha="right", fontsize=7)
        ax.set_ylabel(for_figure(label("chart.per_million", lang)))
        ax.spines[["top", "right"]].set_visible(False)
        ax.legend(fontsize=7, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        ax.set_title(for_figure(title) if title else chart_title("trend", term, lang))
        if not len(pd.Index(order)):
            ax.text(0.5, 0.5, for_figure(label("chart.no_occurrences", lang)), transform=ax.transAxes, ha="center")
    return fig


def dispersion_chart(dispersion, title: str = "", n: int = 20, *, term: str = "", lang: str = "ar"):
    """Where a term falls in each of the ``n`` articles that use it most (from
    :meth:`Archive.dispersion`): one barcode per article, its beginning on the right (Arabic
    reading order)."""
    import matplotlib as mpl

    per = dispersion.groupby("article_id").size().sort_values(ascending=False, kind="stable").head(n)
    with mpl.rc_context({"font.family": font_family()}):
        fig = new_figure((9, 0.5 + 0.28 * max(len(per), 1)))
        ax = fig.add_subplot()
        for row, aid in enumerate(per.index):
            rel = dispersion.loc[dispersion["article_id"] == aid, "relative"].to_numpy(dtype=float)
            ax.vlines(1 - rel, row - 0.4, row + 0.4, color=COLORS[0], lw=1)
        labels = [f"{aid} ({per[aid]})" for aid in per.index]
        ax.set_yticks(range(len(per)), labels, fontsize=7)
        ax.set_ylim(len(per) - 0.5, -0.5)
        ax.set_xlim(0, 1)
        ax.set_xticks([0, 0.5, 1], [for_figure(label(f"chart.{k}", lang)) for k in ("at_end", "in_middle", "at_beginning")])
        ax.spines[["top", "right"]].set_visible(False)
        ax.set_title(for_figure(title) if title else chart_title("dispersion", term, lang))
    return fig


def network_chart(graph, title: str = "", seed: int = 7, *, term: str = "", lang: str = "ar"):
    """A collocate network (:func:`maqal.corpus.explore.collocate_network`): the query terms in
    orange, their collocates in blue, edges as thick as their log-likelihood; a fixed layout seed
    so the same graph is drawn the same way."""
    import matplotlib as mpl
    import networkx as nx

    with mpl.rc_context({"font.family": font_family()}):
        fig = new_figure((8, 7))
        ax = fig.add_subplot()
        ax.set_axis_off()
        if not graph.number_of_nodes():
            ax.text(0.5, 0.5, "no collocates", transform=ax.transAxes, ha="center")
            return fig
        layout = nx.spring_layout(graph, seed=seed, weight="weight")
        weights = [d["weight"] for _, _, d in graph.edges(data=True)]
        top = max(weights, default=1) or 1
        nx.draw_networkx_edges(graph, layout, ax=ax, width=[0.5 + 3.5 * w / top for w in weights], edge_color="#999999",
                               alpha=0.7)
        colors = ["#d9822b" if graph.nodes[n].get("query") else "#3b6ea8" for n in graph.nodes]
        sizes = [700 if graph.nodes[n].get("query") else 250 for n in graph.nodes]
        nx.draw_networkx_nodes(graph, layout, ax=ax, node_color=colors, node_size=sizes, alpha=0.85)
        nx.draw_networkx_labels(graph, layout, ax=ax, labels={n: for_figure(graph.nodes[n].get("label", n))
                                                              for n in graph.nodes},
                                font_family=font_family(), font_size=10)
        ax.set_title(for_figure(title) if title else chart_title("network", term, lang))
    return fig

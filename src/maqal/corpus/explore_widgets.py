"""Pickers over an :class:`~maqal.corpus.explore.Archive` for JupyterLab (ipywidgets), each with
its static form for a saved report (where no kernel runs): a searchable table
(:func:`maqal.explore.interactive_table`) or the figure as an image.

    archive_explorer(arc, "concordance", term="الكرملين")   # term, outlets, days, sort
    archive_explorer(arc, "collocates", term="الكرملين")    # … and the window

The widget shows itself in JupyterLab; an exported page shows the static form, made from the
same call with the starting values.
"""
from __future__ import annotations

import base64
import io

#: view → (Archive method, the pickers it takes besides term, outlets and days, a table or a figure)
VIEWS = {
    "concordance": ("concordance", ("sort",), "table"),
    "collocates": ("collocates", ("window",), "table"),
    "clusters": ("clusters", ("n",), "table"),
    "trend": ("trend", (), "figure"),
    "dispersion": ("dispersion", (), "figure"),
}


def view_result(archive, view: str, term: str, **options):
    """What a view shows for these picks: a DataFrame, or for ``trend``/``dispersion`` a Figure."""
    from . import explore_charts

    if view not in VIEWS:
        raise ValueError(f"view={view!r}: choose one of {', '.join(VIEWS)}")
    df = getattr(archive, VIEWS[view][0])(term, **options)
    if view == "trend":
        return explore_charts.trend_chart(df, term=term)
    if view == "dispersion":
        return explore_charts.dispersion_chart(df, term=term)
    return df


#: a concordance as an Arabic reader reads it: the text after the match on its left, before it on its right
KWIC_COLUMNS = {"right": "after", "match": "match", "left": "before", "R1": "R1", "L1": "L1", "article_id": "article_id",
                "source": "source", "day": "day", "start": "start", "end": "end", "url": "url"}


def shown(view: str, result):
    """A view's table as shown: a concordance right to left (after · match · before) with its
    sort words, the other views as they are."""
    if view != "concordance" or hasattr(result, "savefig"):
        return result
    return result[list(KWIC_COLUMNS)].rename(columns=KWIC_COLUMNS).fillna("")


def static_html(result, caption: str = "") -> str:
    """The static form of a view's result: a searchable table, or the figure as an inline PNG."""
    from ..explore import interactive_table

    if hasattr(result, "savefig"):
        buf = io.BytesIO()
        result.savefig(buf, format="png", dpi=110)
        return f'<img alt="{caption}" src="data:image/png;base64,{base64.b64encode(buf.getvalue()).decode()}">'
    return interactive_table(result, caption=caption or None).data


class WithStatic:
    """A widget that offers a static form as ``text/html``: JupyterLab shows the widget, an exported
    page (no widget manager) the static form."""

    def __init__(self, widget, html: str):
        self.widget, self.html = widget, html

    def _repr_mimebundle_(self, **kwargs):
        data = self.widget._repr_mimebundle_(**kwargs) or {}
        data = dict(data[0] if isinstance(data, tuple) else data)
        data["text/html"] = self.html
        return data


def archive_explorer(archive, view: str = "concordance", *, term: str, **options):
    """A view of the archive with pickers: term, outlets, a range of days, and the view's own
    (sort, window, n).  ``options`` are the starting values (and any other keyword the view's
    method takes).  Returns an object Jupyter displays as the widget, or its static form."""
    import ipywidgets as w
    from IPython.display import display

    from ..views import table

    method, own, _ = VIEWS[view]
    days = [d for d in archive.articles()["day"].dropna().unique()]
    days = sorted(days) or [""]
    outlets = sorted(archive.articles()["source"].dropna().unique())
    term_box = w.Text(value=term, description="term", continuous_update=False, layout=w.Layout(width="22em"))
    outlet_box = w.SelectMultiple(options=outlets, value=tuple(options.pop("sources", None) or ()), rows=4,
                                  description="outlets")
    day_range = w.SelectionRangeSlider(options=days, index=(0, len(days) - 1), description="days",
                                       layout=w.Layout(width="36em"))
    extra = {}
    if "sort" in own:
        extra["sort"] = w.Dropdown(options=[("corpus order", None), ("1st word before", "L1"), ("2nd word before", "L2"),
                                            ("1st word after", "R1"), ("2nd word after", "R2")],
                                   value=options.pop("sort", None), description="sort")
    if "window" in own:
        extra["window"] = w.IntSlider(value=options.pop("window", 5), min=1, max=10, description="window ±")
    if "n" in own:
        extra["n"] = w.IntSlider(value=options.pop("n", 3), min=2, max=5, description="words")
    out = w.Output(layout=w.Layout(max_height="40em", overflow="auto"))

    def picks() -> dict:
        lo, hi = day_range.value
        chosen = {"sources": list(outlet_box.value) or None, "start": lo or None, "end": hi or None}
        chosen.update({k: c.value for k, c in extra.items()})
        return {**options, **chosen}

    def show(_=None):
        out.clear_output()
        with out:
            try:
                result = view_result(archive, view, term_box.value.strip(), **picks())
            except ValueError as exc:
                print(exc)
                return
            display(result if hasattr(result, "savefig") else table(shown(view, result), max_rows=200))

    for c in (term_box, outlet_box, day_range, *extra.values()):
        c.observe(show, names="value")
    box = w.VBox([w.HBox([term_box, *extra.values()]), w.HBox([outlet_box, day_range]), out])
    show()
    start = view_result(archive, view, term, **options)
    return WithStatic(box, static_html(shown(view, start), caption=f"{view}: {term} (pick in JupyterLab)"))

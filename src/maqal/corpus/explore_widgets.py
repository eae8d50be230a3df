"""Pickers over an :class:`~maqal.corpus.explore.Archive` for JupyterLab (ipywidgets), each with
its static form for a saved report (where no kernel runs): a searchable table
(:func:`maqal.explore.interactive_table`) or the figure as an image.

    archive_explorer(arc, "concordance", term="الكرملين")   # term, outlets, days, sort
    archive_explorer(arc, "collocates", term="الكرملين")    # … and the window

The widget shows itself in JupyterLab; an exported page shows the static form, made from the
same call with the starting values.  Pickers, captions, table columns and figures speak ``lang``
(``"ar"``, as the reports, or ``"en"``): every word of them comes from the labels file
(``explore.*``, ``column.*``, ``chart.*``).
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


def view_result(archive, view: str, term: str, *, lang: str = "ar", **options):
    """What a view shows for these picks: a DataFrame, or for ``trend``/``dispersion`` a Figure
    (titled in ``lang``)."""
    from . import explore_charts

    if view not in VIEWS:
        raise ValueError(f"view={view!r}: choose one of {', '.join(VIEWS)}")
    df = getattr(archive, VIEWS[view][0])(term, **options)
    if view == "trend":
        return explore_charts.trend_chart(df, term=term, lang=lang)
    if view == "dispersion":
        return explore_charts.dispersion_chart(df, term=term, lang=lang)
    return df


#: a concordance line's columns besides its context (``left`` is the text before the match, ``right`` after it)
KWIC_REST = ["R1", "L1", "article_id", "source", "day", "start", "end", "url"]


def shown(view: str, result, lang: str = "ar"):
    """A view's table as shown: a concordance as an Arabic reader reads it — the text before the
    match on its right, after it on its left — with its sort words; the other views as they are.
    A table in a right-to-left view (``lang`` "ar") puts its first column on the right, so its
    columns run before · match · after; a left-to-right one (``"en"``) after · match · before."""
    from ..views import table_direction

    if view != "concordance" or hasattr(result, "savefig"):
        return result
    kwic = ["left", "match", "right"] if table_direction(["left"], lang) == "rtl" else ["right", "match", "left"]
    return result[kwic + KWIC_REST].rename(columns={"left": "before", "right": "after"}).fillna("")


def static_html(result, caption: str = "", lang: str = "ar") -> str:
    """The static form of a view's result: a searchable table (columns named in ``lang``), or the
    figure as an inline PNG."""
    from ..explore import interactive_table
    from ..highlight import esc

    if hasattr(result, "savefig"):
        buf = io.BytesIO()
        result.savefig(buf, format="png", dpi=110)
        return f'<img alt="{esc(caption)}" src="data:image/png;base64,{base64.b64encode(buf.getvalue()).decode()}">'
    return interactive_table(result, caption=caption or None, lang=lang).data


def static_caption(view: str, term: str, lang: str = "ar") -> str:
    """What a view's static form shows, in ``lang`` («سياقات «الكرملين»»): a saved report cannot
    pick, so it says what it shows, not how to pick."""
    from ..labels import label

    return label(f"explore.view.{view}", lang).format(term=term)


def picker_labels(lang: str = "ar") -> dict:
    """What the pickers are called in ``lang``: ``term``, ``outlets``, ``days``, ``sort``, ``window``,
    ``n``, and the sort choices (``sort.none``, ``sort.L1`` …)."""
    from ..labels import label

    names = ("term", "outlets", "days", "sort", "window", "n", "sort.none", "sort.L1", "sort.L2", "sort.R1", "sort.R2")
    return {k: label(f"explore.picker.{k}", lang) for k in names}


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


def archive_explorer(archive, view: str = "concordance", *, term: str, lang: str = "ar", **options):
    """A view of the archive with pickers: term, outlets, a range of days, and the view's own
    (sort, window, n).  ``options`` are the starting values (and any other keyword the view's
    method takes); ``lang`` the language of the pickers, the static form's caption, columns and
    figure.  Returns an object Jupyter displays as the widget, or its static form."""
    import ipywidgets as w
    from IPython.display import display

    from ..labels import outlet
    from ..views import table

    method, own, _ = VIEWS[view]
    names = picker_labels(lang)
    days = [d for d in archive.articles()["day"].dropna().unique()]
    days = sorted(days) or [""]
    outlets = sorted(archive.articles()["source"].dropna().unique())
    term_box = w.Text(value=term, description=names["term"], continuous_update=False, layout=w.Layout(width="22em"))
    outlet_box = w.SelectMultiple(options=[(outlet(o, lang), o) for o in outlets],
                                  value=tuple(options.pop("sources", None) or ()), rows=4, description=names["outlets"])
    day_range = w.SelectionRangeSlider(options=days, index=(0, len(days) - 1), description=names["days"],
                                       layout=w.Layout(width="36em"))
    extra = {}
    if "sort" in own:
        extra["sort"] = w.Dropdown(options=[(names["sort." + (k or "none")], k) for k in (None, "L1", "L2", "R1", "R2")],
                                   value=options.pop("sort", None), description=names["sort"])
    if "window" in own:
        extra["window"] = w.IntSlider(value=options.pop("window", 5), min=1, max=10, description=names["window"])
    if "n" in own:
        extra["n"] = w.IntSlider(value=options.pop("n", 3), min=2, max=5, description=names["n"])
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
                result = view_result(archive, view, term_box.value.strip(), lang=lang, **picks())
            except ValueError as exc:
                print(exc)
                return
            display(result if hasattr(result, "savefig") else table(shown(view, result, lang), max_rows=200, lang=lang))

    for c in (term_box, outlet_box, day_range, *extra.values()):
        c.observe(show, names="value")
    box = w.VBox([w.HBox([term_box, *extra.values()]), w.HBox([outlet_box, day_range]), out])
    show()
    start = view_result(archive, view, term, lang=lang, **options)
    return WithStatic(box, static_html(shown(view, start, lang), caption=static_caption(view, term, lang), lang=lang))

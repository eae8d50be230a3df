"""Click around an article: pick a term, a date, an event or a source and see it in the text.

Everything here works from spans the package already returned (``term_frequencies``
rows' ``spans``, ``start``/``end`` of date, event and claim rows, ``source_start``/
``cue_start`` of claims) — the text is never searched again.  Three layers:

* pure logic, always importable and tested: :func:`marks_from_frame`, :func:`as_marks`,
  :func:`highlight_marks` (escaped HTML with a different mark per role), :func:`legend_html`,
  :func:`article_view`, :func:`kwic`, and the filters behind a pick (:func:`term_rows`,
  :func:`rows_with`, :func:`rows_overlapping`, :func:`source_rows`, :func:`pick`);
* static forms for exported reports (no kernel): :func:`static_view` (the article with every
  finding highlighted and a legend) and :func:`interactive_table` (a sortable, searchable
  client-side table from itables' offline bundle — nothing fetched from the network);
* widgets for a live JupyterLab kernel: :func:`term_explorer` and :func:`table_explorer`
  (ipywidgets, imported only when called, so ``import maqal`` stays light).

Widgets also carry their static form: in JupyterLab the widget is shown, in an exported
HTML page (where no widget can run) the static view is.
"""
from __future__ import annotations

import bisect
import html as _html
import math
import os

from .highlight import ROLE_ORDER, ROLES, esc, highlight_marks, legend_html, role_style  # noqa: F401 (re-exported)
from .records import CLAIMS, Mark, record_of
from .views import FONT_STACK, HTML


def _int(v):
    if v is None:
        return None
    try:
        if isinstance(v, float) and math.isnan(v):
            return None
        return int(v)
    except (TypeError, ValueError):
        return None


def _spans_in(value) -> list[tuple[int, int]]:
    """[[s, e], …] / [(s, e), …] / (s, e) → list of int pairs (bad entries dropped)."""
    if value is None or isinstance(value, (str, bytes)):
        return []
    try:
        items = list(value)
    except TypeError:
        return []
    if len(items) == 2 and all(_int(x) is not None and not isinstance(x, (list, tuple)) for x in items):
        items = [items]
    out = []
    for it in items:
        try:
            s, e = (_int(x) for x in it)
        except (TypeError, ValueError):
            continue
        if s is not None and e is not None and e > s >= 0:
            out.append((s, e))
    return out


def row_spans(row, start_col: str = "start", end_col: str = "end", spans_col: str = "spans") -> list[tuple[int, int]]:
    """The spans of one table row: its ``spans`` list when it has one, else (start, end)."""
    get = row.get if hasattr(row, "get") else (lambda k, d=None: getattr(row, k, d))
    if spans_col and get(spans_col, None) is not None:
        sp = _spans_in(get(spans_col))
        if sp:
            return sp
    s, e = _int(get(start_col, None)), _int(get(end_col, None))
    return [(s, e)] if s is not None and e is not None and e > s >= 0 else []


def spans_of(df, start_col: str = "start", end_col: str = "end", spans_col: str = "spans") -> list[tuple[int, int]]:
    """All spans of a table (rows with a ``spans`` list, or ``start``/``end`` columns), in text order."""
    out = []
    for row in df.to_dict("records"):
        out.extend(row_spans(row, start_col, end_col, spans_col))
    return sorted(set(out))


def marks_from_frame(df, role: str = "term", start_col: str = "start", end_col: str = "end",
                     spans_col: str = "spans", title_col: str | None = None) -> list[Mark]:
    """Marks for every row of ``df`` in one role (generic over any table with spans)."""
    marks = []
    for row in df.to_dict("records"):
        title = row.get(title_col) if title_col else None
        title = None if title is None or (isinstance(title, float) and math.isnan(title)) else str(title)
        marks.extend(Mark(s, e, role, title) for s, e in row_spans(row, start_col, end_col, spans_col))
    return marks


def is_claims_frame(df) -> bool:
    return {"source_start", "source_end", "start", "end"} <= set(df.columns)


def title_namer(lang: str | None):
    """How a mark's title value (a source type, an entity kind) is named in ``lang``: None keeps
    the table's own value."""
    if not lang:
        return None
    from .labels import group

    return lambda group_name, value: group(group_name, value, lang)


def as_marks(findings, role: str | None = None, lang: str | None = None) -> list[Mark]:
    """Marks from whatever a notebook has: a DataFrame (a claims table gets claim/source/cue
    marks), a ``{role: DataFrame or spans}`` dict, a list of Marks or of (start, end)."""
    if findings is None:
        return []
    if isinstance(findings, dict):
        out = []
        for r, v in findings.items():
            out.extend(as_marks(v, r, lang))
        return out
    if hasattr(findings, "columns"):
        record = record_of(findings)
        if record is not None and (role is None or role in {sp.role for sp in record.spans}):
            return record.marks(findings, title_namer(lang))
        if is_claims_frame(findings) and role in (None, "claim", "source", "cue"):  # a claims table that lost its record
            return CLAIMS.marks(findings, title_namer(lang))
        title = next((c for c in ("value", "date", "source_type", "term") if c in findings.columns), None)
        out = marks_from_frame(findings, role or "term", title_col=title)
        if {"time_start", "time_end"} <= set(findings.columns):  # an event's time expression
            out += marks_from_frame(findings, "date", "time_start", "time_end", spans_col="", title_col="time_text"
                                    if "time_text" in findings.columns else None)
        return out
    out = []
    for m in findings:
        if isinstance(m, Mark):
            out.append(m)
        else:
            out.extend(Mark(s, e, role or "term") for s, e in _spans_in(m))
    return out


def role_names(roles, lang: str | None) -> dict | None:
    """What a legend calls each role in ``lang`` (``role.<name>`` labels); None: the English names."""
    from .labels import label

    return {r: label("role." + r, lang) for r in roles} if lang else None


def article_view(article, marks=(), *, numbered: bool = True, legend: bool = True, title: bool = True,
                 only_marked: bool = False, caption: str | None = None, lang: str | None = None) -> HTML:
    """The article paragraph by paragraph, right to left, with ``marks`` drawn and a legend.

    ``only_marked`` keeps just the paragraphs that contain a mark (for long articles)."""
    from .textlayer import paragraph_spans

    text = getattr(article, "text", article)
    marks = as_marks(marks)
    parts = []
    if caption:
        parts.append(f'<div class="maqal-caption" style="font-weight:bold">{esc(caption)}</div>')
    if legend and marks:
        roles = {m.role for m in marks}
        parts.append(legend_html(roles, role_names(roles, lang)))
    parts.append(f'<div dir="rtl" lang="ar" class="maqal-article" style="font-family:{FONT_STACK};'
                 'font-size:1.05em;line-height:1.9;text-align:right">')
    head = getattr(article, "title", None) if title else None
    if head:
        parts.append(f"<h3>{esc(head)}</h3>")
    shown = 0
    for i, (s, e) in enumerate(paragraph_spans(text)):
        if only_marked and not any(m.end > s and m.start < e for m in marks):
            continue
        num = f'<sup style="color:#888">{i}</sup> ' if numbered else ""
        parts.append(f'<p dir="rtl" style="text-align:right">{num}{highlight_marks(text, marks, s, e)}</p>')
        shown += 1
    if only_marked and not shown:
        parts.append('<p dir="ltr" style="text-align:left;color:#777">nothing to highlight</p>')
    parts.append("</div>")
    return HTML("\n".join(parts))


# --- keyword in context from spans ------------------------------------------------------
def kwic(article, spans, width: int = 60, layer=None):
    """Keyword in context for given spans (no search): columns left, match, right, start,
    end, sentence — the same as ``frequencies.concordance``, so ``views.concordance_html`` draws it."""
    import pandas as pd

    text = getattr(article, "text", article)
    sent_starts = [s for s, _ in layer.sentence_spans] if layer is not None else []
    rows = [(*kwic_line(text, s, e, width), s, e, bisect.bisect_right(sent_starts, s) - 1 if sent_starts else -1)
            for s, e in sorted(set(_spans_in(spans))) if e <= len(text)]
    return pd.DataFrame(rows, columns=["left", "match", "right", "start", "end", "sentence"])


def kwic_line(text: str, start: int, end: int, width: int = 60) -> tuple[str, str, str]:
    """(left, match, right) of the span ``text[start:end]``: up to ``width`` characters on each side,
    cut at a word boundary, on one line — one concordance line (:func:`kwic`, the corpus concordance)."""
    left, right = text[max(0, start - width):start], text[end:end + width]
    if start - width > 0 and " " in left:
        left = left[left.index(" ") + 1:]
    if end + width < len(text) and " " in right:
        right = right[:right.rindex(" ")]
    return left.replace("\n", " "), text[start:end], right.replace("\n", " ")


# --- the filters behind a pick -------------------------------------------------------------
def term_rows(freq, term: str):
    """Rows of a frequency (or collocation) table for a picked ``term``: the row whose
    ``term`` is it, else rows having it among their ``forms``; empty when none."""
    term = (term or "").strip()
    if not term or not len(freq):
        return freq.iloc[0:0]
    hit = freq[freq["term"] == term]
    if not len(hit) and "forms" in freq.columns:
        hit = freq[freq["forms"].map(lambda fs: isinstance(fs, (list, tuple)) and term in fs)]
    if not len(hit) and "key" in freq.columns:
        from .arabic import normalize

        hit = freq[freq["key"] == normalize(term)]
    return hit


def rows_with(df, column: str, value):
    """Rows where ``column`` equals ``value`` (or contains it, for list cells); ``value`` may be a list."""
    if column not in df.columns:
        raise KeyError(f"no column {column!r} in this table (columns: {', '.join(map(str, df.columns))})")
    values = value if isinstance(value, (list, tuple, set)) else [value]
    col = df[column]

    def ok(v):
        if isinstance(v, (list, tuple)):
            return any(x in values for x in v)
        return v in values or (str(v) in {str(x) for x in values} if v is not None else None in values)

    return df[col.map(ok).astype(bool)]


def rows_overlapping(df, start: int, end: int, start_col: str = "start", end_col: str = "end", spans_col: str = "spans"):
    """Rows having a span that overlaps ``[start, end)`` — e.g. the claims in the sentence of an event."""
    keep = [any(s < end and e > start for s, e in row_spans(r, start_col, end_col, spans_col))
            for r in df.to_dict("records")]
    return df[keep] if len(df) else df


def source_rows(claims_df, source: str | None = None, source_type: str | None = None):
    """Claim rows of one source (as written) and/or one source type."""
    out = claims_df
    if source is not None:
        out = rows_with(out, "source", source)
    if source_type is not None:
        out = rows_with(out, "source_type", source_type)
    return out


def label_of(row, label_col: str) -> str:
    v = row.get(label_col) if hasattr(row, "get") else getattr(row, label_col)
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "—"
    if isinstance(v, (list, tuple)):
        return "، ".join(map(str, v))
    return str(v)


def choices(df, label_col: str, count: bool = True) -> list[tuple[str, str]]:
    """Picker options for a table: (shown label, value) per distinct ``label_col`` value, the
    most frequent first (ties in first-seen order), shown with how many rows have it."""
    seen: dict[str, int] = {}
    for row in df.to_dict("records"):
        lab = label_of(row, label_col)
        seen[lab] = seen.get(lab, 0) + 1
    ranked = sorted(seen.items(), key=lambda kv: -kv[1])  # stable: ties keep their order
    return [(f"{lab} ({n})" if count else lab, lab) for lab, n in ranked]


def pick(df, label_col: str, value: str):
    """The rows behind a picked label (as shown by :func:`choices`)."""
    keep = [label_of(r, label_col) == value for r in df.to_dict("records")]
    return df[keep] if len(df) else df


def rows_between(df, first, last, start_col: str = "start_date", end_col: str = "end_date"):
    """Rows whose dated interval (``start_col`` to ``end_col``, or the start alone) meets
    ``[first, last]``; undated rows are left out."""
    if not len(df):
        return df
    starts = df[start_col]
    ends = df[end_col].where(df[end_col].notna(), starts) if end_col in df.columns else starts
    keep = starts.notna() & (ends.map(lambda d: d is not None and d >= first)) & (starts.map(
        lambda d: d is not None and d <= last))
    return df[keep.astype(bool)]


def dated_rows(df, dates, start_col: str = "start", end_col: str = "end", sentence_col: str = "sentence"):
    """``df`` (claims, or any table with spans and sentences) with ``start_date``/``end_date``:
    the dates a row speaks of — the resolved time expressions of ``dates`` (a ``find_dates``
    table) inside its span, else in its sentence — from the earliest start to the latest end;
    None where neither holds one.  What a date range picks rows of a table by when the table has
    no dates of its own (a claim is dated by what it says happened when)."""
    out = df.copy()
    firsts, lasts = [], []
    known = dates[dates["start_date"].notna()] if len(dates) else dates
    for s, e, sent in zip(df[start_col], df[end_col], df[sentence_col]):
        inside = known[(known["start"] >= s) & (known["end"] <= e)] if len(known) else known
        if not len(inside) and len(known):
            inside = known[known["sentence"] == sent]
        if len(inside):
            ends = inside["end_date"].where(inside["end_date"].notna(), inside["start_date"])
            firsts.append(min(inside["start_date"]))
            lasts.append(max(ends))
        else:
            firsts.append(None)
            lasts.append(None)
    out["start_date"], out["end_date"] = firsts, lasts
    return out


def frame_marks(df, role: str | None = None, lang: str | None = None) -> list[Mark]:
    """Marks for rows of any table: claims get claim/source/cue, the rest one role."""
    return as_marks(df, role, lang)


# --- static forms for reports --------------------------------------------------------------
def static_view(article, findings=None, role: str | None = None, *, caption: str | None = None,
                numbered: bool = True, only_marked: bool = False, lang: str | None = None) -> HTML:
    """The article with every finding highlighted and a legend — what a report shows
    where no widget can run.  ``findings``: a DataFrame (claims tables get claim, source
    and cue marks; others ``role``), a ``{role: DataFrame or spans}`` dict, or marks."""
    return article_view(article, as_marks(findings, role, lang), numbered=numbered, legend=True,
                        only_marked=only_marked, caption=caption, lang=lang)


#: set (by maqal.reports) while a notebook runs for a saved report: tables are then static HTML,
#: which the report folder's one table script makes sortable and searchable
REPORT_ENV = "MAQAL_REPORT"
_TABLE_CSS = (
    "<style>"
    ".maqal-itable td.maqal-rtl, .maqal-itable th.maqal-rtl {direction: rtl; text-align: right !important;"
    f" font-family: {FONT_STACK};}}"
    "</style>"
)


def _arabic_columns(df) -> list[int]:
    from .views import arabic_columns

    return arabic_columns(df)


def table_frame(df, drop=("spans",)):
    """A copy fit for showing: list cells joined with the Arabic comma, ``drop`` columns removed."""
    shown = df.drop(columns=[c for c in drop if c in df.columns]).copy()
    for c in shown.columns:
        if shown[c].map(lambda v: isinstance(v, (list, tuple))).any():
            shown[c] = shown[c].map(lambda v: "، ".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
    return shown.reset_index(drop=True)


def bundle_html() -> str:
    """itables' offline DataTables bundle (JS + CSS, inlined; loaded once per page)."""
    from itables import options as opt
    from itables.javascript import generate_init_offline_itables_html

    return generate_init_offline_itables_html(opt.dt_bundle)


def interactive_table(df, caption: str | None = None, *, bundle: bool = True, drop=("spans",),
                      page_length: int = 15, lang: str | None = None, **itables_kwargs) -> HTML:
    """A sortable, searchable client-side table (itables, offline: nothing from the network).

    Arabic columns are right-aligned and right to left; cell values are escaped.
    The DataTables bundle is inlined with every table (``bundle=False``: never): a kernel cannot know
    which page shows its output — after a page reload, or in a second notebook, a table sent
    without it stayed on "Loading ITables…" for good.  A saved report's tables are static instead
    (:data:`REPORT_ENV`), sorted and searched by the report folder's one script.
    Where JavaScript does not run, a static preview of the rows shows instead.
    """
    from itables import to_html_datatable

    if saved_report():  # the folder's one table script sorts and searches it
        return HTML(_table_html(df, max_rows=len(df) or 1, caption=caption, lang=lang))
    shown = table_frame(df, drop)
    rtl_cols = _arabic_columns(shown)
    defs = list(itables_kwargs.pop("columnDefs", []))
    if rtl_cols:
        defs.append({"className": "dt-right maqal-rtl", "targets": rtl_cols})
    kwargs = dict(connected=False, classes="display compact maqal-itable", pageLength=page_length,
                  lengthMenu=[page_length, 50, 200, -1] if page_length not in (50, 200) else [15, 50, 200, -1],
                  showIndex=False, allow_html=False,
                  # always a search box and paging, even for a table that fits one page
                  # (an explicit layout: itables hides the controls of a short table by default)
                  layout={"topStart": "pageLength", "topEnd": "search", "bottomStart": "info",
                          "bottomEnd": "paging", "top2Start": None})
    if defs:
        kwargs["columnDefs"] = defs
    kwargs.update(itables_kwargs)
    body = to_html_datatable(shown, caption=_html.escape(caption) if caption else None, **kwargs)
    head = bundle_html() if bundle else ""
    from .views import table_direction

    direction = table_direction(rtl_cols, lang)  # DataTables mirrors its layout in a right-to-left box
    return HTML(head + _TABLE_CSS + f'<div class="maqal-itable-wrap" dir="{direction}">{body}</div>')


def static_caption(key: str, lang: str | None, **values) -> str:
    """The caption of an explorer's static form: in ``lang`` a statement of what is marked (a saved
    report cannot pick); without it, the English caption that also says how to pick in JupyterLab."""
    from .labels import label

    if lang:
        from .labels import column_names

        return label(key, lang).format(**{k: column_names([v], lang)[0] if k == "column" else v
                                          for k, v in values.items()})
    if key == "explore.top_terms":
        return f"The {values['n']} most frequent terms (pick any term in JupyterLab)"
    return f"Every row of the table highlighted (pick a {values['column']} in JupyterLab)"


# --- widgets (JupyterLab, a live kernel) -----------------------------------------------------------
#: what a picker with nothing to show without a kernel is on a saved page
NO_WIDGET = '<div class="maqal-no-widget"></div>'


def saved_report() -> bool:
    """Whether this runs for a saved report (:data:`REPORT_ENV`), whose pages no kernel drives."""
    return bool(os.environ.get(REPORT_ENV))


def page_form(static_html: str) -> HTML:
    """An explorer in a saved report: its static form alone, what its page shows of it (the
    text/html of :func:`_explorer_class`).  Its widgets are not built: a page drops their state,
    and building them drew the picked rows and the article once more and sent them to the report
    (the bundled article's report: ten explorers)."""
    return HTML(static_html or NO_WIDGET)


def _widgets():
    try:
        import ipywidgets
    except ImportError as exc:  # pragma: no cover - ipywidgets is a dependency
        raise ImportError("the explorers need ipywidgets: pip install 'ipywidgets>=8.1'") from exc
    return ipywidgets


def _explorer_class():
    w = _widgets()

    class Explorer(w.VBox):
        """A VBox that also offers its static view as text/html: JupyterLab shows the
        widget, an exported page (no widget manager) shows the static view."""

        def __init__(self, children, static_html: str = "", **kw):
            super().__init__(children, **kw)
            self._static_html = static_html

        def _repr_mimebundle_(self, **kwargs):
            data = super()._repr_mimebundle_(**kwargs) or {}
            if isinstance(data, tuple):
                data = data[0]
            data = dict(data)
            # always an HTML form, empty for a picker with nothing to show without a kernel: a
            # saved page would otherwise print the widget's text form ("Explorer(children=…)")
            data["text/html"] = self._static_html or NO_WIDGET
            return data

    return Explorer


def _table_html(df, max_rows: int = 50, caption: str | None = None, lang: str | None = None) -> str:
    from .views import table

    if not len(df):
        return "<p>no rows</p>"
    return table(table_frame(df), max_rows=max_rows, caption=caption, lang=lang).to_html()


def _term_options(tables, max_options: int) -> list[str]:
    """Each table's terms and their surface forms, most frequent first, once each."""
    options: list[str] = []
    for t, _ in tables:
        for r in t.head(max_options).itertuples(index=False):
            if r.term not in options:
                options.append(r.term)
            for f in getattr(r, "forms", None) or []:
                if f not in options:
                    options.append(f)
    return options


def term_explorer(article, freq=None, *, layer=None, collocs=None, width: int = 60, max_options: int = 500,
                  only_marked: bool = False, initial: str | None = None, static_top: int = 5,
                  lang: str | None = None):
    """Pick a term (type to search among the frequency table's terms and forms) and see
    every occurrence highlighted in the article and in a keyword-in-context table.

    ``freq`` defaults to ``term_frequencies(article)``; ``collocs`` (a collocations table)
    adds multiword names to the choices.  A term typed that is in no table is looked up
    with ``frequencies.concordance`` (any form or phrase).  Returns the widget; its
    ``.select(term)`` picks programmatically, ``.state`` holds the current rows and spans.
    In a saved report, its static form (the ``static_top`` most frequent terms marked: :func:`page_form`).
    """
    from . import frequencies
    from .textlayer import text_layer
    from .views import concordance_html

    layer = layer if layer is not None else text_layer(article)
    if freq is None:
        freq = frequencies.term_frequencies(layer)
    static = static_view(article, {"term": freq.head(static_top)}, lang=lang,
                         caption=static_caption("explore.top_terms", lang, n=min(static_top, len(freq)))).data
    if saved_report():
        return page_form(static)
    w = _widgets()
    tables = _term_tables(layer, freq, collocs)
    options = _term_options(tables, max_options)
    start = initial if initial is not None else (freq["term"].iat[0] if len(freq) else "")

    words = term_explorer_words(lang)
    picker = w.Combobox(value="", options=options, placeholder=words["placeholder"], ensure_option=False,
                        description=words["term"], continuous_update=True,
                        layout=w.Layout(width="24em"))
    summary = w.HTML()
    kwic_out = w.HTML(layout=w.Layout(max_height="22em", overflow="auto"))
    art_out = w.HTML(layout=w.Layout(max_height="40em", overflow="auto", border="1px solid #ddd", padding="0 0.5em"))
    marked = w.Checkbox(value=only_marked, description=words["only_marked"], indent=False)
    state: dict = {}

    def show(term: str):
        term = (term or "").strip()
        rows, role, spans, how, forms = _term_occurrences(term, tables, freq, layer, width)
        state.update(term=term, rows=rows, spans=spans, role=role)
        summary.value = _term_summary(term, spans, how, forms, words)
        kwic_out.value = concordance_html(kwic(layer.text, spans, width, layer), lang).data if spans \
            else f"<p>{esc(words['none'])}</p>"
        art_out.value = article_view(article, [Mark(s, e, role) for s, e in spans], title=False,
                                     only_marked=marked.value and bool(spans)).data

    picker.observe(lambda ch: show(ch["new"]), names="value")
    marked.observe(lambda ch: show(picker.value), names="value")
    box = _explorer_class()([w.HBox([picker, marked]), summary, kwic_out, art_out], static_html=static)
    box.add_class("maqal-term-explorer")
    box.picker, box.kwic, box.article, box.summary, box.state = picker, kwic_out, art_out, summary, state
    box.select = lambda term: setattr(picker, "value", term) if picker.value != term else show(term)
    box.select(start)
    return box


def _term_tables(layer, freq, collocs) -> list[tuple]:
    """(table, highlight role) pairs a typed term is looked for in, in order: the word counts
    without names when names count as one term (their words stay findable, each with all its
    occurrences), the frequency table, then the collocations."""
    from . import frequencies

    tables = [(freq, "term")] + ([(collocs, "collocation")] if collocs is not None and len(collocs) else [])
    if "key" in freq.columns and freq["key"].str.contains(" ", regex=False).any():
        tables.insert(0, (frequencies.term_frequencies(layer, names=False), "term"))
    return tables


def _term_occurrences(term: str, tables, freq, layer, width: int) -> tuple:
    """(rows, role, spans, how, forms) of a term: its rows in the first table that has it, else
    its concordance as typed (any form or phrase)."""
    from . import frequencies

    rows, role = freq.iloc[0:0], "term"
    for t, r in tables:
        rows = term_rows(t, term)
        if len(rows):
            role = r
            break
    if len(rows):
        spans = spans_of(rows)
        how = "how.table" if role == "term" else "how.name"
        forms = sorted({f for fs in rows.get("forms", []) for f in (fs or [])}) if "forms" in rows else []
    elif term:
        try:
            conc = frequencies.concordance(layer, term, width=width)
        except ValueError:
            conc = None
        spans = [] if conc is None else [(int(s), int(e)) for s, e in zip(conc["start"], conc["end"])]
        how, forms = "how.typed", []
    else:
        spans, how, forms = [], "", []
    return rows, role, spans, how, forms


def term_explorer_words(lang: str | None) -> dict[str, str]:
    """The term explorer's own words in ``lang`` (``explore.terms.*`` labels; English without one)."""
    from .labels import label

    keys = ("term", "placeholder", "only_marked", "none", "pick", "summary", "forms", "how.table", "how.name", "how.typed")
    return {k: label(f"explore.terms.{k}", lang or "en") for k in keys}


def _term_summary(term: str, spans, how: str, forms, words: dict) -> str:
    """The line above the explorer's tables: the term, how often and how it was found."""
    if not term:
        return f"<i>{esc(words['pick'])}</i>"
    extra = f" — {esc(words['forms'])}: <span dir='rtl'>{esc('، '.join(forms))}</span>" if len(forms) > 1 else ""
    said = words["summary"].format(n=len(spans), how=words[how] if how else "")
    return f"<span dir='auto'><b class='mq-summary' dir='auto'>{esc(term)}</b>: {esc(said)}{extra}</span>"


def picker_names(lang: str | None) -> dict[str, str]:
    """What a picker's own words are in ``lang`` (``explore.picker.*`` labels): the «all» choice,
    the «only paragraphs with a mark» box, the date range; without ``lang`` the English ones."""
    from .labels import label

    return {k: label(f"explore.picker.{k}", lang or "en") for k in ("all", "only_marked", "dates")}


def table_explorer(article, df, label_col: str, *, role: str | None = None, columns=None, description: str | None = None,
                   only_marked: bool = True, static: bool = True, max_rows: int = 50, lang: str | None = None):
    """Pick a value of ``label_col`` (a time expression, an event, a source, a source type …)
    and see the rows behind it and their spans highlighted in the article.

    Generic over any table with ``start``/``end`` (or ``spans``) columns; a claims table
    (``source_start``/``cue_start`` …) is drawn with claim, source and cue marks.  ``role``
    names the mark for other tables (``date``, ``event`` …; default ``term``).  ``static``:
    what an exported page shows instead of the widget — True: every row highlighted,
    a string: that HTML, False: a one-line note.  In a saved report, that static form alone
    (:func:`page_form`).
    """
    from .labels import column_names

    if isinstance(static, str):
        static_html = static
    elif static:
        static_html = static_view(article, frame_marks(df, role, lang), lang=lang,
                                  caption=static_caption("explore.every_row", lang, column=label_col)).data
    elif lang:  # a saved report in a language: nothing to say about a picker it cannot run
        static_html = ""
    else:
        static_html = ('<p class="maqal-widget-note" style="color:#777">An interactive picker '
                       f"({esc(label_col)}) runs here in JupyterLab.</p>")
    if saved_report():
        return page_form(static_html)
    w = _widgets()

    opts = choices(df, label_col)
    names = picker_names(lang)
    dd = w.Dropdown(options=[(names["all"], None)] + opts, value=None,
                    description=description or (column_names([label_col], lang)[0] if lang else label_col),
                    layout=w.Layout(width="32em"), style={"description_width": "initial"})
    marked = w.Checkbox(value=only_marked, description=names["only_marked"], indent=False)
    rows_out = w.HTML(layout=w.Layout(max_height="18em", overflow="auto"))
    art_out = w.HTML(layout=w.Layout(max_height="40em", overflow="auto", border="1px solid #ddd", padding="0 0.5em"))
    cols = [c for c in (columns or df.columns) if c in df.columns]
    state: dict = {}

    def show(value):
        rows = df if value is None else pick(df, label_col, value)
        state.update(value=value, rows=rows)
        rows_out.value = _table_html(rows[cols], max_rows, lang=lang)
        art_out.value = article_view(article, frame_marks(rows, role, lang), title=False,
                                     only_marked=marked.value and value is not None, lang=lang).data

    dd.observe(lambda ch: show(ch["new"]), names="value")
    marked.observe(lambda ch: show(dd.value), names="value")
    box = _explorer_class()([w.HBox([dd, marked]), rows_out, art_out], static_html=static_html)
    box.add_class("maqal-table-explorer")
    box.picker, box.rows, box.article, box.state = dd, rows_out, art_out, state
    box.select = lambda value: setattr(dd, "value", value) if dd.value != value else show(value)
    show(None)
    return box


def date_range_explorer(article, df, *, role: str = "event", columns=None, start_col: str = "start_date",
                        end_col: str = "end_date", only_marked: bool = True, max_rows: int = 50,
                        lang: str | None = None):
    """Pick a date range (a slider over the table's dates) and see the rows dated in it and
    their spans highlighted in the article (the table in ``lang``).  In a saved report nothing
    shows (no kernel): :func:`page_form`."""
    days = sorted({d for d in list(df[start_col]) + list(df.get(end_col, [])) if d is not None and d == d})
    if not days or saved_report():
        return page_form("")
    w = _widgets()
    slider = w.SelectionRangeSlider(options=[(d.isoformat(), d) for d in days], index=(0, len(days) - 1),
                                    description=picker_names(lang)["dates"], layout=w.Layout(width="40em"),
                                    continuous_update=False)
    rows_out = w.HTML(layout=w.Layout(max_height="18em", overflow="auto"))
    art_out = w.HTML(layout=w.Layout(max_height="40em", overflow="auto", border="1px solid #ddd", padding="0 0.5em"))
    cols = [c for c in (columns or df.columns) if c in df.columns]
    state: dict = {}

    def show(bounds):
        rows = rows_between(df, bounds[0], bounds[1], start_col, end_col)
        state.update(bounds=bounds, rows=rows)
        rows_out.value = _table_html(rows[cols], max_rows, lang=lang)
        art_out.value = article_view(article, frame_marks(rows, role, lang), title=False, only_marked=only_marked,
                                     lang=lang).data

    slider.observe(lambda ch: show(ch["new"]), names="value")
    box = _explorer_class()([slider, rows_out, art_out], static_html="")
    box.add_class("maqal-date-explorer")
    box.picker, box.rows, box.article, box.state = slider, rows_out, art_out, state
    box.select = lambda first, last: setattr(slider, "value", (first, last))
    show(slider.value)
    return box

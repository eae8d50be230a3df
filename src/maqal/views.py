"""HTML views for notebooks and reports: Arabic shown right to left, always escaped.

Browsers shape Arabic themselves, so nothing here is reshaped; text is marked
``dir="rtl"`` (or ``dir="auto"`` for mixed cells) and every piece of article text
goes through ``html.escape``.
"""
from __future__ import annotations

from .arabic import ARABIC_LETTER_RE
from .highlight import esc, highlight_marks
from .records import Mark

FONT_STACK = "'IBM Plex Sans Arabic', 'Noto Naskh Arabic', 'Amiri', 'Segoe UI', 'Geeza Pro', 'Arial', sans-serif"
_BLOCK_STYLE = f"font-family:{FONT_STACK};font-size:1.05em;line-height:1.9;text-align:right"


class HTML:
    """Minimal rich-display object (works without importing IPython)."""

    def __init__(self, data: str):
        self.data = data

    def _repr_html_(self) -> str:
        return self.data

    def __str__(self) -> str:
        return self.data


def highlight(text: str, spans, start: int = 0, end: int | None = None, role: str = "term") -> str:
    """Escaped ``text[start:end]`` with each (s, e) span (indexing ``text``) marked in ``role``."""
    return highlight_marks(text, [Mark(s, e, role) for s, e in spans], start, end)


def article_html(article, spans=(), numbered: bool = True) -> HTML:
    """The article paragraph by paragraph, right to left, with optional highlighted spans."""
    from .textlayer import paragraph_spans

    text = getattr(article, "text", article)
    parts = [f'<div dir="rtl" lang="ar" class="maqal-article" style="{_BLOCK_STYLE}">']
    title = getattr(article, "title", None)
    if title:
        parts.append(f"<h3>{esc(title)}</h3>")
    for i, (s, e) in enumerate(paragraph_spans(text)):
        num = f'<sup style="color:#888">{i}</sup> ' if numbered else ""
        # inline: JupyterLab's ``.jp-RenderedHTMLCommon p {text-align: left}`` beats a page's CSS
        parts.append(f'<p dir="rtl" style="text-align:right">{num}{highlight(text, spans, s, e)}</p>')
    parts.append("</div>")
    return HTML("\n".join(parts))


def rtl(text: str) -> HTML:
    """A paragraph of Arabic text, escaped and right to left."""
    return HTML(f'<p dir="rtl" lang="ar" style="{_BLOCK_STYLE}">{esc(text)}</p>')


def metadata_table(article, lang: str | None = None) -> HTML:
    """Metadata of an Article as a small two-column table (the file by its name only); with
    ``lang``, the fields named in that language (``meta.<field>`` labels) and yes / no for booleans."""
    from pathlib import PurePath

    from .labels import label, outlet

    rows = []
    full = article.path or ""
    name = PurePath(full).name if full else ""
    for key, value in article.to_dict(text=False).items():
        if value in (None, "", [], {}):
            continue
        if key == "extra":
            continue
        if lang and isinstance(value, bool):
            value = label(f"value.{'yes' if value else 'no'}", lang)
        elif lang and key == "source":
            value = outlet(value, lang)  # «عكاظ», not the corpus's «okaz»
        value = str(value)
        if full:  # a report shows the file's name, never where it lies on this machine
            value = value.replace(full, name)
        val = esc(value)
        d = ' dir="rtl"' if ARABIC_LETTER_RE.search(val) else ""
        field_name = label(f"meta.{key}", lang, default=key) if lang else key
        rows.append(f"<tr><th style='text-align:start'>{esc(field_name)}</th><td{d}>{val}</td></tr>")
    return HTML("<table class='maqal-meta'>" + "".join(rows) + "</table>")


def arabic_columns(df) -> list[int]:
    """Positions of the text columns (object, or pandas 3's string dtype) holding Arabic."""
    import pandas as pd

    out = []
    for i, c in enumerate(df.columns):
        col = df[c]
        if (col.dtype == object or pd.api.types.is_string_dtype(col)) and \
                col.astype(str).str.contains(ARABIC_LETTER_RE.pattern, regex=True).any():
            out.append(i)
    return out


def table(df, max_rows: int = 50, caption: str | None = None, lang: str | None = None):
    """A DataFrame styled for Arabic: text columns right-aligned and right to left.

    Returns a pandas Styler (renders in JupyterLab and in nbconvert's HTML).
    Values are escaped (``Styler.format(escape='html')``).  With ``lang``, kinds, types, sides,
    booleans and column names are shown in that language (:func:`maqal.labels.localized`).
    """
    from .labels import column_names, localized

    shown = df.head(max_rows).copy()
    if lang:
        shown = localized(shown, lang)
    for c in shown.columns:  # lists of forms / keys read better as an Arabic list
        if shown[c].map(lambda v: isinstance(v, (list, tuple))).any():
            shown[c] = shown[c].map(lambda v: "، ".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
    arabic_cols = [shown.columns[i] for i in arabic_columns(shown)]
    sty = shown.style.format(escape="html", precision=2, na_rep="")
    if "share" in shown.columns:
        sty = sty.format("{:.1%}", subset=["share"])
    if arabic_cols:
        sty = sty.set_properties(subset=arabic_cols, **{"text-align": "right", "direction": "rtl",
                                                         "font-family": FONT_STACK})
    if caption:
        sty = sty.set_caption(esc(caption))
    if lang:
        sty = sty.relabel_index(column_names(shown.columns, lang), axis="columns")
    if table_direction(arabic_cols, lang) == "rtl":  # the first column on the right, in JupyterLab too
        sty = sty.set_table_attributes('dir="rtl" class="maqal-rtl-table"')
    return sty.hide(axis="index")


def table_direction(arabic_cols, lang: str | None) -> str:
    """``"rtl"`` for a table in an Arabic view (``lang`` "ar", or no language and Arabic text in it):
    its columns run right to left, a cell such as «عام 2018» reads as written; ``"ltr"`` otherwise."""
    return "ltr" if lang == "en" or (lang is None and not len(arabic_cols)) else "rtl"


def concordance_html(conc, lang: str | None = None) -> HTML:
    """A keyword-in-context table (from ``frequencies.concordance``), right to left, match centred;
    headings in ``lang`` (``kwic.*`` labels) when given."""
    from .labels import label

    names = [label(f"kwic.{k}", lang) if lang else k for k in ("start", "before", "match", "after", "none")]
    if not len(conc):
        return HTML(f"<p>{esc(names[4] if lang else 'no occurrences')}</p>")
    rows = []
    for r in conc.itertuples(index=False):
        rows.append(
            f"<tr><td style='text-align:left;color:#777'>{r.start}</td>"
            f"<td dir='rtl' style='text-align:left'>{esc(r.left)}</td>"
            f"<td dir='rtl' style='text-align:center'><mark>{esc(r.match)}</mark></td>"
            f"<td dir='rtl' style='text-align:right'>{esc(r.right)}</td></tr>")
    # in a right-to-left table the left context sits on the right of the match
    return HTML(f"<table dir='rtl' class='maqal-kwic' style='font-family:{FONT_STACK}'>"
                "<thead><tr>" + "".join(f"<th>{esc(n)}</th>" for n in names[:4]) + "</tr></thead>"
                + "".join(rows) + "</table>")


def linked_table(df, links: str = "links", max_rows: int = 50, lang: str | None = None) -> HTML:
    """A table whose ``links`` column holds ``[(text, url), …]`` shown as links (opening in a new
    tab; text alone where there is no URL), every other cell escaped, right to left, columns and
    values in ``lang`` as :func:`table` shows them.  The saved report's table script sorts and
    searches it like any table."""
    from .labels import column_names, localized

    shown = df.head(max_rows)
    if lang:
        shown = localized(shown, lang)
    cols = list(shown.columns)
    names = column_names(cols, lang) if lang else [str(c) for c in cols]
    direction = "rtl" if lang != "en" else "ltr"
    head = "".join(f"<th>{esc(n)}</th>" for n in names)
    body = []
    for row in shown.itertuples(index=False):
        cells = []
        for c, v in zip(cols, row):
            if c == links:
                cells.append("<td>" + "<br>".join(_link_html(t, u) for t, u in (v or [])) + "</td>")
            else:
                text = "، ".join(map(str, v)) if isinstance(v, (list, tuple)) else ("" if v is None or v != v else str(v))
                d = "auto" if ARABIC_LETTER_RE.search(text) else "ltr"  # «2010-12-07/2011-11-25» as written
                cells.append(f"<td dir='{d}'>{esc(text)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return HTML(f"<table dir='{direction}' class='maqal-linked' style='font-family:{FONT_STACK}'>"
                f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")


def _link_html(text, url) -> str:
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        return f"<a href='{esc(url)}' target='_blank' rel='noopener' dir='auto'>{esc(text)}</a>"
    return f"<span dir='auto'>{esc(text)}</span>"

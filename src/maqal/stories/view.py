"""A copy beside its origin, right to left, with the changes marked through the one highlighter
(roles ``removed``/``added``/``changed``, each titled with what it touches)."""
from __future__ import annotations

from ..highlight import esc, highlight_marks, legend_html
from ..labels import label
from ..records import Mark
from ..views import FONT_STACK, HTML

_COLUMN = (f"flex:1;min-width:0;font-family:{FONT_STACK};line-height:1.9;text-align:right;"
           "padding:0.5em;border:1px solid #ddd;border-radius:4px;white-space:pre-wrap")


def change_marks(changes, side: str, field: str = "text") -> list[Mark]:
    """Marks of the changes (a :func:`copy_changes` frame) in one text: ``side`` is ``origin``
    (removed and changed words) or ``copy`` (added and changed words)."""
    marks = []
    for r in changes[changes["field"] == field].to_dict("records"):
        s, e = r[f"{side}_start"], r[f"{side}_end"]
        if e > s:
            title = ", ".join(r["touches"]) if len(r["touches"]) else None
            marks.append(Mark(int(s), int(e), r["kind"], title))
    return marks


def _column(article, changes, side: str) -> str:
    title = highlight_marks(article.title or "", change_marks(changes, side, "title") if changes is not None else [])
    body = highlight_marks(article.text, change_marks(changes, side) if changes is not None else [])
    head = f"{side + ': ' if changes is not None else ''}{article.source or ''} · {article.published or ''} · {article.id}"
    return (f'<div dir="rtl" lang="ar" class="maqal-{side}" style="{_COLUMN}">'
            f'<div dir="ltr" style="color:#666;font-size:0.85em;text-align:left">{esc(head)}</div>'
            f'<h4 style="margin:0.3em 0">{title}</h4>{body}</div>')


def side_by_side(origin, copy, changes, lang: str | None = None) -> HTML:
    """The origin (right, read first) and the copy (left), changes marked; a legend above, in
    ``lang`` (``ar``/``en`` labels; None: the roles' English names)."""
    roles = ["removed", "added", "changed"]
    legend = legend_html(roles, {r: label("role." + r, lang) for r in roles} if lang else None)
    cols = _column(origin, changes, "origin") + _column(copy, changes, "copy")
    return HTML(f'{legend}<div dir="rtl" class="maqal-side-by-side" style="display:flex;gap:1em">{cols}</div>')


def articles_side_by_side(articles: list) -> HTML:
    """Different texts of one event (a same_event story), right to left, one column each in
    publication order (columns wrap below each other when there are many)."""
    cols = "".join(_column(a, None, "article").replace("flex:1;", "flex:1 1 22em;", 1) for a in articles)
    return HTML(f'<div dir="rtl" class="maqal-side-by-side" style="display:flex;flex-wrap:wrap;gap:1em">{cols}</div>')

"""The one highlighter: escaped text with findings marked by role (term, date, source, cue …).

Every view (the article in a notebook, a report, an explorer, the claims view) draws its marks
here, so a finding looks the same wherever it is shown.  Styles are inline, so they survive any
page (JupyterLab's CSS, an exported report, a copied fragment).
"""
from __future__ import annotations

import html


def esc(text: str) -> str:
    """Text made safe for HTML (quotes too, so it can stand in an attribute)."""
    return html.escape(text, quote=True)


# --- roles: how each kind of finding is marked -----------------------------------
#: role -> (legend label, background colour or None, underline colour or None, bold)
ROLES: dict[str, tuple[str, str | None, str | None, bool]] = {
    "pick": ("selected", "#ff9f43", None, True),
    "term": ("term", "#ffe08a", None, False),
    "collocation": ("multiword name", "#ffd0e0", None, False),
    "date": ("time expression", "#bfe3ff", None, False),
    "event": ("event", None, "#1f6fb2", False),
    "source": ("source", "#ffc4b8", None, True),
    "cue": ("cue (said, announced …)", "#d9c8f5", None, False),
    "claim": ("claim", None, "#2e9d4a", False),
    "hedged": ("hedged claim", None, "#d07a1f", False),
    "alleged": ("alleged claim", None, "#c0392b", False),
    "entity": ("person, body or place", None, "#8e44ad", False),
    # what changed between a copy and its origin (maqal.stories)
    "removed": ("removed from the origin", "#f5b7b1", None, False),
    "added": ("added by the copy", "#abebc6", None, False),
    "changed": ("changed", "#f9e79f", None, False),
}
#: when roles overlap, the background of the first one in this order wins
ROLE_ORDER = ["pick", "source", "cue", "date", "term", "collocation", "event", "claim", "hedged", "alleged", "entity",
              "removed", "added", "changed"]


def role_style(roles) -> str:
    """Inline CSS for a stretch of text carrying ``roles`` (inline, so it survives any page)."""
    roles = sorted(set(roles), key=lambda r: (ROLE_ORDER.index(r) if r in ROLE_ORDER else len(ROLE_ORDER), r))
    bg = next((ROLES[r][1] for r in roles if r in ROLES and ROLES[r][1]), None)
    lines = [ROLES[r][2] for r in roles if r in ROLES and ROLES[r][2]]
    bold = any(ROLES[r][3] for r in roles if r in ROLES)
    css = [f"background:{bg or 'transparent'}", "color:inherit", "padding:0 1px", "border-radius:2px"]
    if lines:  # stacked underlines (claim and event can both apply)
        css.append("box-shadow:" + ",".join(f"inset 0 -{2 + 2 * i}px 0 {c}" for i, c in enumerate(lines)))
    if bold:
        css.append("font-weight:bold")
    return ";".join(css)



# --- highlighted HTML ----------------------------------------------------------------
def highlight_marks(text: str, marks, start: int = 0, end: int | None = None) -> str:
    """Escaped ``text[start:end]`` with every mark drawn; overlapping marks combine
    (a source inside a claim is both shaded and underlined).  Marks are cut at the window."""
    end = len(text) if end is None else end
    marks = [m for m in marks if m.end > start and m.start < end and m.end > m.start]
    if not marks:
        return esc(text[start:end])
    cuts = {start, end}
    for m in marks:
        cuts.add(max(m.start, start))
        cuts.add(min(m.end, end))
    bounds = sorted(cuts)
    out = []
    for a, b in zip(bounds, bounds[1:]):
        if a == b:
            continue
        here = [m for m in marks if m.start <= a and m.end >= b]
        piece = esc(text[a:b])
        if not here:
            out.append(piece)
            continue
        roles = sorted({m.role for m in here}, key=lambda r: (ROLE_ORDER.index(r) if r in ROLE_ORDER else 99, r))
        titles = sorted({m.title for m in here if m.title})
        title = f' title="{esc(" · ".join(titles))}"' if titles else ""
        classes = " ".join(f"mq-{esc(r)}" for r in roles)
        out.append(f'<mark class="maqal-hit mq {classes}" data-roles="{esc(" ".join(roles))}"'
                   f'{title} style="{role_style(roles)}">{piece}</mark>')
    return "".join(out)


def legend_html(roles, names: dict | None = None) -> str:
    """A small legend for the roles used (in the order of :data:`ROLE_ORDER`); ``names``: role →
    what the legend calls it (a report's language), else the English name of :data:`ROLES`."""
    roles = [r for r in ROLE_ORDER if r in set(roles)] + sorted(set(roles) - set(ROLE_ORDER))
    if not roles:
        return ""
    items = []
    for r in roles:
        label = (names or {}).get(r) or ROLES.get(r, (r,))[0]
        items.append(f'<span class="mq-legend-item" style="margin:0 0.8em 0 0;white-space:nowrap">'
                     f'<mark class="mq mq-{esc(r)}" style="{role_style([r])}">&nbsp;{esc(label)}&nbsp;</mark></span>')
    direction = "rtl" if names else "ltr"
    return f'<div class="maqal-legend" dir="{direction}" style="margin:0.3em 0 0.6em 0;font-size:0.9em">' + "".join(items) + "</div>"

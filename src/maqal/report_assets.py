"""What every page of one article's report folder shares, written once in that folder: the
stylesheet (with the Arabic font cut down to the characters the pages use) and the script that
makes every table sortable and searchable; the navigation between the pages; the plain page
shell of the pages maqal writes itself (the brief).

Pages refer to these files by name (``maqal-report.css``, ``maqal-tables.js``), so a folder
copied anywhere keeps working, offline.
"""
from __future__ import annotations

import html
import json
from pathlib import Path

from . import paths
from .arabic import folding_table
from .figure_cache import file_hash
from .files import atomic_write
from .fonts import font_face_css
from .labels import label

ASSETS_DIR = paths.PACKAGE_DIR / "templates" / "assets"
CSS_FILE = "maqal-report.css"
JS_FILE = "maqal-tables.js"
#: what a page's <head> adds to load them
HEAD = f'<link rel="stylesheet" href="{CSS_FILE}"><script src="{JS_FILE}" defer></script>'


def tables_script(lang: str = "ar") -> str:
    """The table script with maqal's Arabic folding and the words of the search box in ``lang``."""
    words = {"search": label("table.search", lang), "rows": label("table.rows", lang),
             "sort": label("table.sort", lang)}
    js = (ASSETS_DIR / JS_FILE).read_text(encoding="utf-8")
    js = js.replace("/*MAQAL_FOLD*/{}/*END*/", json.dumps(folding_table(), ensure_ascii=False))
    return js.replace('/*MAQAL_WORDS*/{"search": "search", "rows": "rows"}/*END*/', json.dumps(words, ensure_ascii=False))


def lab_css() -> str:
    """JupyterLab's light stylesheet, as nbconvert's ``lab`` template would inline it in every page."""
    from jupyter_core.paths import jupyter_path

    for base in jupyter_path("nbconvert", "templates", "lab", "static"):
        if (Path(base) / "index.css").is_file():
            return "\n".join((Path(base) / name).read_text(encoding="utf-8") for name in ("index.css", "theme-light.css"))
    return ""  # pragma: no cover - nbconvert ships the template


def pages_text(folder: Path) -> str:
    """The text of every page in ``folder``."""
    return "".join(p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.html")))


def write_assets(folder: Path, lang: str = "ar") -> list[Path]:
    """Write the stylesheet (JupyterLab's, then the font subset of every character in the folder's
    pages, then maqal's) and the table script into ``folder``; return them.  A stylesheet the
    folder has already (:func:`stylesheet_kept`: the same report made again) is left as it is."""
    folder = Path(folder)
    text = pages_text(folder)
    key = stylesheet_key(text)
    if not stylesheet_kept(folder, key):
        css = "\n".join([lab_css(), font_face_css(text), (ASSETS_DIR / CSS_FILE).read_text(encoding="utf-8")])
        atomic_write(folder / CSS_FILE, css)
        atomic_write(folder / STYLESHEET_KEY, json.dumps({"key": key, "css": file_hash(folder / CSS_FILE)}))
    return [folder / CSS_FILE, atomic_write(folder / JS_FILE, tables_script(lang))]


def prepare_assets(folder: Path) -> None:
    """The font subset of the pages written so far, made ahead (while the last page is being made):
    :func:`write_assets` finds it ready when the last page adds no character — or finds the
    folder's stylesheet already made for these pages' characters (the last page of the report
    made before is still there)."""
    text = pages_text(folder)
    if not stylesheet_kept(Path(folder), stylesheet_key(text)):
        font_face_css(text)


#: in a report folder: what its stylesheet was made from (:func:`stylesheet_key`) and its hash
STYLESHEET_KEY = ".maqal-report.css.key"


def stylesheet_key(text: str) -> str:
    """What the stylesheet of pages of ``text`` is made from: the characters of the font subset,
    the font and fontTools, the code that cuts it, JupyterLab's and maqal's stylesheets."""
    import hashlib

    import fontTools

    from . import fonts

    font = fonts.arabic_font_path().stat()
    h = hashlib.sha256("".join(sorted(set(text))).encode("utf-8", "surrogatepass"))
    for part in (fontTools.version, str(fonts.arabic_font_path()), str(font.st_size), str(font.st_mtime_ns),
                 Path(fonts.__file__).read_text(encoding="utf-8"), lab_css(), (ASSETS_DIR / CSS_FILE).read_text(encoding="utf-8")):
        h.update(part.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def stylesheet_kept(folder: Path, key: str) -> bool:
    """Whether ``folder``'s stylesheet is the one made from ``key`` (:data:`STYLESHEET_KEY`) and unchanged since."""
    try:
        found = json.loads((folder / STYLESHEET_KEY).read_text(encoding="utf-8"))
        return found.get("key") == key and found.get("css") == file_hash(folder / CSS_FILE)
    except (OSError, ValueError, AttributeError):
        return False


def nav_html(pages: list[str], current: str, lang: str = "ar") -> str:
    """Links to the reports index and to each page of the article (``pages``: page stems)."""
    links = [f'<a href="../index.html">{html.escape(label("page.index", lang))}</a>']
    for stem in pages:
        here = ' aria-current="page"' if stem == current else ""
        links.append(f'<a href="{html.escape(stem)}.html"{here}>{html.escape(label("page." + stem, lang, default=stem))}</a>')
    return f'<nav class="maqal-nav" dir="{"rtl" if lang == "ar" else "ltr"}">{" · ".join(links)}</nav>'


def page_html(title: str, body: str, lang: str = "ar", nav: str = "") -> str:
    """A page of the report folder that no notebook makes (the brief): shared assets, ``nav``, ``body``."""
    direction = "rtl" if lang == "ar" else "ltr"
    return (f'<!doctype html><html lang="{lang}" dir="{direction}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="maqal">'
            f"<title>{html.escape(title)}</title>{HEAD}<style>body{{margin:0}}main{{max-width:75em;margin:0 auto;"
            f"padding:.5em 1.5em}}</style></head><body>{nav}<main>{body}</main></body></html>")

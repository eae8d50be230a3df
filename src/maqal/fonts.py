"""The Arabic font every maqal figure uses.

IBM Plex Sans Arabic (pip package ``fontpkg-ibm-plex-sans-arabic``) is static, has
Latin letters and digits as well as Arabic, and renders the same in PNG, SVG and PDF.
matplotlib is imported lazily, inside the functions, so ``import maqal`` stays cheap.
"""
from __future__ import annotations

import functools
from pathlib import Path

FONT_FILE = "IBMPlexSansArabic-Regular.ttf"
FALLBACK_FAMILY = "DejaVu Sans"  # ships with matplotlib, covers Latin and Arabic


@functools.cache
def arabic_font_path() -> Path:
    """Path of IBM Plex Sans Arabic Regular (a .ttf file).

    Looks in ``maqal/fonts/`` first (a vendored copy, if one is ever added), then
    in the ``fontpkg_ibm_plex_sans_arabic`` package.
    """
    vendored = Path(__file__).resolve().parent / "fonts" / FONT_FILE
    if vendored.is_file():
        return vendored
    try:
        import fontpkg_ibm_plex_sans_arabic as pkg
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise FileNotFoundError(
            f"{FONT_FILE}: the Arabic font is not installed — "
            "pip install fontpkg-ibm-plex-sans-arabic"
        ) from exc
    path = Path(pkg.ROOT) / "files" / FONT_FILE
    if not path.is_file():  # pragma: no cover - a broken/renamed font package
        raise FileNotFoundError(
            f"{path}: not found in fontpkg-ibm-plex-sans-arabic — reinstall it "
            "(pip install --force-reinstall fontpkg-ibm-plex-sans-arabic)"
        )
    return path


@functools.cache
def register_fonts() -> str:
    """Register the Arabic font with matplotlib (once per process); return its family name."""
    from matplotlib import font_manager

    path = arabic_font_path()
    font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()


def font_family() -> list[str]:
    """The family fallback list figures use: the Arabic font, then DejaVu Sans."""
    return [register_fonts(), FALLBACK_FAMILY]


def use_arabic_font() -> str:
    """Set ``rcParams['font.family']`` to [IBM Plex Sans Arabic, DejaVu Sans]; return the family.

    This changes matplotlib's global state for the process (what a notebook usually
    wants). maqal's own chart functions do not need it: they pass the family explicitly.
    """
    import matplotlib as mpl

    family = register_fonts()
    mpl.rcParams["font.family"] = [family, FALLBACK_FAMILY]
    return family


def font_face_css(text: str, family: str = "maqal-arabic") -> str:
    """An ``@font-face`` rule carrying the Arabic font cut down to the characters of ``text``
    (fontTools' subsetter, shaping features kept; WOFF inlined as base64), so a saved report
    looks the same on every machine without shipping the whole font."""
    return subset_face_css(frozenset(c for c in set(text) if ord(c) >= 0x20), family)


@functools.lru_cache(maxsize=4)
def subset_face_css(chars: frozenset, family: str = "maqal-arabic") -> str:
    """:func:`font_face_css` of a set of characters, kept for the next text of the same characters
    (a report computes its pages' subset ahead, before its last page: half a second)."""
    import base64
    import io
    import logging

    from fontTools import subset

    logging.getLogger("fontTools.subset").setLevel(logging.ERROR)  # "meta NOT subset": nothing to act on
    options = subset.Options()
    options.flavor = "woff"
    options.layout_features = ["*"]  # every shaping feature: init/medi/fina, ligatures, marks
    font = subset.load_font(str(arabic_font_path()), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes={ord(c) for c in chars})
    subsetter.subset(font)
    buf = io.BytesIO()
    subset.save_font(font, buf, options)
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    return (f"@font-face {{ font-family: '{family}'; font-style: normal; font-weight: 400; "
            f"src: url(data:font/woff;base64,{data}) format('woff'); }}")

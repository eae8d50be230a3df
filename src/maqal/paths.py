"""Where things live, so no notebook ever writes ``../data``.

The project root is found from this file (the package is installed editable from
``src/maqal``); ``MAQAL_ROOT`` overrides it for a non-editable install.  Output
folders can be redirected with ``MAQAL_FIGURES`` / ``MAQAL_REPORTS``.

Two kinds of default output folder: the command line writes where it is run
(:func:`output_folder`: ``./reports``, ``./figures``), like any command; a notebook opened
by hand in JupyterLab (whose working directory is ``notebooks/``) saves its figures in
the project's ``figures/`` (``FIGURES_DIR``).
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from .files import make_folder

PACKAGE_DIR = Path(__file__).resolve().parent
PACKAGE_DATA = PACKAGE_DIR / "data"
LEXICONS_DIR = PACKAGE_DATA / "lexicons"


def _root() -> Path:
    env = os.environ.get("MAQAL_ROOT")
    if env:
        return Path(env).resolve()
    candidate = PACKAGE_DIR.parents[1]
    if (candidate / "pyproject.toml").exists():
        return candidate
    return Path.cwd().resolve()


PROJ_ROOT = _root()
DATA_DIR = PROJ_ROOT / "data"
ARTICLES_DIR = DATA_DIR / "articles"
NOTEBOOKS_DIR = PROJ_ROOT / "notebooks"
FIGURES_DIR = Path(os.environ.get("MAQAL_FIGURES", PROJ_ROOT / "figures"))
REPORTS_DIR = Path(os.environ.get("MAQAL_REPORTS", PROJ_ROOT / "reports"))
SAMPLE_ARTICLE = ARTICLES_DIR / "realist_kim_putin_visit_2023.txt"
SHARED_DIR = Path(os.environ.get("MAQAL_SHARED", PROJ_ROOT.parent / "shared"))
CORPUS_DIR = SHARED_DIR / "corpus" / "saudinewsnet"
ANT_DIR = SHARED_DIR / "corpus" / "ant"  # ANT corpus: five international outlets, 2018 (<DOC> zips)


def output_folder(kind: str) -> Path:
    """The command line's default output folder of a kind (``"reports"`` or ``"figures"``):
    ``$MAQAL_REPORTS`` / ``$MAQAL_FIGURES`` if set, else ``./<kind>`` in the working directory
    (absolute, so notebooks running elsewhere write to the same place)."""
    env = os.environ.get(f"MAQAL_{kind.upper()}")
    return Path(env).resolve() if env else Path.cwd().resolve() / kind


def safe_name(text: str, fallback: str = "article") -> str:
    """A file/folder name that cannot escape its parent (no separators, no leading dots)."""
    name = re.sub(r"[^\w.-]+", "-", str(text)).strip(".-")[:80]
    return name or fallback


def figures_folder(article, figures_dir=None) -> Path:
    """Where a notebook saves its figures (created): ``figures_dir`` if given, else
    ``figures/<article id>/`` (``article`` is an Article or a name such as ``"corpus"``)."""
    name = article if isinstance(article, str) else article.id
    folder = Path(figures_dir) if figures_dir else FIGURES_DIR / safe_name(name)
    make_folder(folder)
    return folder

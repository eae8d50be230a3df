"""Execute the notebooks on an article and export self-contained HTML reports.

papermill runs each numbered notebook with the article as a parameter; nbconvert
turns the executed notebook into one HTML file with its figures embedded.  Every
file is written to a temporary name and moved into place, so a report is either
the old one or the complete new one, never half-written.
"""
from __future__ import annotations

import os
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from . import paths

TEMPLATES_DIR = paths.PACKAGE_DIR / "templates"


def notebooks() -> list[Path]:
    """The numbered notebooks, in order (``NN_name.ipynb``)."""
    return sorted(p for p in paths.NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb"))


def safe_name(text: str, fallback: str = "article") -> str:
    """A file/folder name that cannot escape its parent (no separators, no leading dots)."""
    name = re.sub(r"[^\w.-]+", "-", str(text)).strip(".-")[:80]
    return name or fallback


def atomic_write(path: Path, data: str | bytes) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


@dataclass
class ReportResult:
    article: str
    folder: Path
    html: list[Path]
    error: str | None = None


def _check_writable(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    if not os.access(folder, os.W_OK):
        raise PermissionError(f"{folder}: cannot write reports here — choose another folder with --out")


def export_html(nb, keep_code: bool = False) -> str:
    """One self-contained HTML page from an executed notebook (images inline, code hidden)."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="maqal_report", extra_template_basedirs=[str(TEMPLATES_DIR)],
                            exclude_input=not keep_code, exclude_input_prompt=True, exclude_output_prompt=True,
                            embed_images=True)
    body, _ = exporter.from_notebook_node(nb)
    return body


def run_article(article_path, out_dir=None, figures_dir=None, *, published=None, select=None,
                keep_code: bool = False, timeout: int = 600, progress: bool = True,
                only: list[str] | None = None) -> ReportResult:
    """Execute every numbered notebook on one article; write ``<out>/<article-id>/NN_name.html``."""
    import nbformat
    import papermill as pm

    from .loading import load_article

    article = load_article(article_path, select=select, published=published)  # fail early, with a clear message
    out_root = Path(out_dir or paths.REPORTS_DIR)
    folder = out_root / safe_name(article.id)
    _check_writable(folder)
    fig_folder = Path(figures_dir or paths.FIGURES_DIR) / safe_name(article.id)
    written = []
    nbs = [nb for nb in notebooks() if not only or nb.stem[:2] in only or nb.stem in only]
    for nb_path in nbs:
        params = {"article_path": str(Path(article_path).resolve()), "figures_dir": str(fig_folder),
                  "published": str(published) if published else None, "select": select}
        with tempfile.TemporaryDirectory() as tmp:
            executed = Path(tmp) / nb_path.name
            pm.execute_notebook(str(nb_path), str(executed), parameters=params, kernel_name="python3",
                                progress_bar=progress, execution_timeout=timeout, cwd=str(paths.PROJ_ROOT),
                                log_output=False, stdout_file=None)
            nb = nbformat.read(executed, as_version=4)
        nb.metadata["title"] = f"{nb_path.stem[3:].replace('_', ' ')} — {article.label}"
        target = folder / f"{nb_path.stem}.html"
        atomic_write(target, export_html(nb, keep_code=keep_code))
        written.append(target)
        if progress:
            print(f"  wrote {target}", file=sys.stderr)
    return ReportResult(article.id, folder, written)


def write_index(results: list[ReportResult], out_dir=None) -> Path:
    """An index page linking every article's reports (and listing the ones that failed)."""
    import html as _html

    out_root = Path(out_dir or paths.REPORTS_DIR)
    items = []
    for r in results:
        if r.error:
            items.append(f"<li><b>{_html.escape(r.article)}</b>: failed — {_html.escape(r.error)}</li>")
            continue
        links = " · ".join(
            f'<a href="{_html.escape(p.relative_to(out_root).as_posix())}">{_html.escape(p.stem)}</a>' for p in r.html)
        items.append(f'<li><span dir="auto">{_html.escape(r.article)}</span>: {links}</li>')
    page = ("<!doctype html><html><head><meta charset='utf-8'><title>maqal reports</title></head>"
            "<body><h1>maqal reports</h1><ul>" + "\n".join(items) + "</ul></body></html>")
    target = out_root / "index.html"
    atomic_write(target, page)
    return target


def run_reports(article_paths, out_dir=None, **kwargs) -> list[ReportResult]:
    """Reports for many articles; one failing article is recorded and the others go on."""
    results = []
    for i, path in enumerate(article_paths, 1):
        print(f"[{i}/{len(article_paths)}] {path}", file=sys.stderr)
        try:
            results.append(run_article(path, out_dir, **kwargs))
        except Exception as exc:  # noqa: BLE001 - report and continue with the next article
            msg = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
            print(f"  failed: {msg}", file=sys.stderr)
            results.append(ReportResult(str(path), Path(out_dir or paths.REPORTS_DIR), [], error=msg))
    write_index(results, out_dir)
    return results


def figures_folder(article, figures_dir=None) -> Path:
    """Where a notebook saves this article's figures: ``figures/<article id>/`` unless given."""
    folder = Path(figures_dir) if figures_dir else paths.FIGURES_DIR / safe_name(article.id)
    folder.mkdir(parents=True, exist_ok=True)
    return folder

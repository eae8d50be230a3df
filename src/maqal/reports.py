"""Execute the notebooks on an article and export self-contained HTML reports.

papermill runs each numbered notebook with the article as a parameter; nbconvert
turns the executed notebook into one HTML file with its figures embedded.  Every
file is written to a temporary name and moved into place, so a report is either
the old one or the complete new one, never half-written.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from . import paths, report_assets, report_index
from .explore import REPORT_ENV
from .errors import ArticleNotFound, OutputError
from .files import atomic_write, make_folder
from .labels import check_lang, label
from .paths import figures_folder, safe_name  # noqa: F401 - figures_folder stays maqal.reports.figures_folder

TEMPLATES_DIR = paths.PACKAGE_DIR / "templates"


def notebook_scope(path: Path) -> str:
    """``"article"`` (run once per article) or ``"corpus"`` (notebook metadata ``maqal.scope``)."""
    import json

    try:
        meta = json.loads(Path(path).read_text(encoding="utf-8")).get("metadata", {})
    except (OSError, ValueError):
        return "article"
    return (meta.get("maqal") or {}).get("scope", "article")


def notebooks(scope: str = "article") -> list[Path]:
    """The numbered notebooks of a scope, in order (``NN_name.ipynb``).

    ``maqal report`` runs the ``article`` ones on every article; notebooks whose metadata says
    ``"maqal": {"scope": "corpus"}`` (05_corpus_overview) run once on a corpus folder instead.
    """
    return sorted(p for p in paths.NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb") if notebook_scope(p) == scope)


def _kernel_manager_base():
    from jupyter_client import KernelManager

    return KernelManager


class EncryptedKernelManager(_kernel_manager_base()):
    """Kernel manager that encrypts the kernel's local connection when the kernel supports it
    (ipykernel ≥ 7.4 warns on every start otherwise)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "transport_encryption" in self.trait_names():
            self.transport_encryption = "auto"


@dataclass
class ReportResult:
    article: str  # the article id (or, for a failure, what was asked for)
    folder: Path
    html: list[Path]
    error: str | None = None
    title: str | None = None
    source: str | None = None  # the input it came from (path#index)
    skipped: str | None = None  # why nothing was run although nothing failed ("empty")


def _out_root(out_dir) -> Path:
    """The reports folder: ``out_dir`` (relative to the working directory), else ``./reports``."""
    return Path(out_dir).resolve() if out_dir else paths.output_folder("reports")


def _figures_root(figures_dir) -> Path:
    """The figures folder: ``figures_dir`` (relative to the working directory), else ``./figures``."""
    return Path(figures_dir).resolve() if figures_dir else paths.output_folder("figures")


def _check_writable(folder: Path, flag: str = "--out") -> None:
    """``folder``, created if missing, or :class:`OutputError` — one line naming it (read-only,
    no permission, a file in the way) before any article is analysed."""
    try:
        make_folder(folder)
    except OSError as e:
        raise OutputError(folder, f"cannot be created ({e.strerror or e})", f"choose another folder with {flag}") from None
    if not os.access(folder, os.W_OK):
        raise OutputError(folder, "cannot write reports here (permission denied)", f"choose another folder with {flag}")


def _check_outputs(out_root: Path, figures_root: Path) -> None:
    """``--out`` and ``--figures`` both writable (:func:`_check_writable`), or :class:`OutputError`;
    when ``--figures`` fails, the folders this check made for ``--out`` are removed again: a
    command that wrote nothing leaves no empty folder behind."""
    made = [p for p in (out_root, *out_root.parents) if not p.exists()]
    _check_writable(out_root)
    try:
        _check_writable(figures_root, "--figures")
    except OutputError:
        for folder in made:  # the deepest first; one that is no longer empty stays
            try:
                folder.rmdir()
            except OSError:
                break
        raise


#: in a report folder: the input it was made from (``path#selector``), so no other input takes it
OWNER_FILE = ".maqal-source"


def report_folder(out_root: Path, article_id: str, source: str) -> Path:
    """The report folder of one input: ``<out>/<article id>``, unless another input already has
    a folder of that name (the same file name in another folder, ids alike in their first 80
    characters) — then the id and a hash of the input, so reports never overwrite each other."""
    name = safe_name(article_id)
    folder = out_root / name
    try:
        owner = (folder / OWNER_FILE).read_text(encoding="utf-8")
    except (OSError, ValueError):
        owner = None  # a new folder, or one of an older maqal: it is this input's
    if owner in (None, source):
        return folder
    return out_root / f"{name[:70]}-{hashlib.sha1(source.encode('utf-8', 'surrogatepass')).hexdigest()[:10]}"


def input_label(article_path, select=None) -> str:
    """What identifies an input: its resolved path, and the selector if any."""
    label = str(Path(article_path).resolve())
    return label if select is None else f"{label}#{select}"


def export_html(nb, keep_code: bool = False, nav: str = "", lang: str = "ar") -> str:
    """One HTML page from an executed notebook (images inline, code hidden), with ``nav`` at the
    top; it loads the folder's shared stylesheet and table script (:mod:`maqal.report_assets`)."""
    body, _ = page_exporter(keep_code, lang).from_notebook_node(
        nb, resources={"maqal_nav": nav, "maqal_image_alt": label("chart.figure", lang)})
    return body


@functools.cache
def page_exporter(keep_code: bool, lang: str):
    """The nbconvert exporter of report pages, made once per process and kind of page: it
    compiles its templates on its first page (a fifth of a second), and reuses them after."""
    notebook_libraries()
    from nbconvert import HTMLExporter

    return HTMLExporter(template_name="maqal_report", extra_template_basedirs=[str(TEMPLATES_DIR)],
                        exclude_input=not keep_code, exclude_input_prompt=True, exclude_output_prompt=True,
                        embed_images=True, language_code=lang)


def localize_markdown(nb, lang: str = "ar", page: str = ""):
    """The notebook's markdown in ``lang``: each heading from ``heading.<English heading>``, and a
    section's text (what follows the heading in its cell) from ``note.<NN>.<heading>`` where
    ``NN`` is the page's number; what the labels do not know stays as written."""
    import re

    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        head, _, body = cell.source.partition("\n")
        found = re.match(r"(#{1,6}) (.+)$", head)
        if not found:
            continue
        title = found[2].strip()
        body = body.strip()
        if body:
            body = label(f"note.{page[:2]}.{title}", lang, default=body)
        cell.source = f"{found[1]} {label('heading.' + title, lang, default=title)}" + (f"\n\n{body}" if body else "")
    return nb


#: the page maqal writes itself, before the notebooks' pages
BRIEF_PAGE = "00_brief"


def write_brief_page(article, folder: Path, pages: list[str], lang: str = "ar", *, layer=None, summary=None):
    """``00_brief.html``: the brief, then the article with every sentence a link target.
    Returns the page and the brief (``summary``, computed on ``layer`` unless given)."""
    from .brief import article_with_anchors, brief, brief_html
    from .textlayer import text_layer

    layer = layer if layer is not None else text_layer(article)
    b = summary if summary is not None else brief(article, layer)
    body = brief_html(b, lang).data + f"<h2 dir='{'rtl' if lang == 'ar' else 'ltr'}'>{label('brief.text', lang)}</h2>" + \
        article_with_anchors(article, b.marks, layer, lang).data
    nav = report_assets.nav_html(pages, BRIEF_PAGE, lang)
    page = atomic_write(Path(folder) / f"{BRIEF_PAGE}.html",
                        report_assets.page_html(f"{label('page.' + BRIEF_PAGE, lang)} — {b.meta['title']}", body, lang, nav))
    return page, b


def run_article(article_path, out_dir=None, figures_dir=None, *, published=None, select=None,
                keep_code: bool = False, timeout: int = 600, progress: bool = True,
                only: list[str] | None = None, lang: str = "ar") -> ReportResult:
    """Execute every numbered notebook on one article; write ``<out>/<article-id>/NN_name.html``
    (charts, kinds, types and sides in ``lang``: ``"ar"`` or ``"en"``).  The kernel is started
    first, and imports what the notebooks use while this process loads the article."""
    nbs = [nb for nb in notebooks() if not only or nb.stem[:2] in only or nb.stem in only]
    with contextlib.ExitStack() as held:
        kernel = held.enter_context(one_kernel(timeout, preload=KERNEL_IMPORTS)) if nbs else None
        return _report_article(article_path, out_dir, figures_dir, nbs, kernel, published=published,
                               select=select, keep_code=keep_code, timeout=timeout, progress=progress, lang=lang)


def _report_article(article_path, out_dir, figures_dir, nbs, kernel, *, published, select, keep_code: bool,
                    timeout: int, progress: bool, lang: str) -> ReportResult:
    """:func:`run_article` with its notebooks ``nbs`` chosen and its ``kernel`` started (None: none)."""
    from .brief import article_meta
    from .loading import load_article

    article = load_article(article_path, select=select, published=published)  # fail early, with a clear message
    out_root = _out_root(out_dir)
    _check_outputs(out_root, _figures_root(figures_dir))
    source = input_label(article_path, select)
    folder = report_folder(out_root, article.id, source)
    fig_folder = _figures_root(figures_dir) / folder.name
    params = {"article_path": str(Path(article_path).resolve()), "figures_dir": str(fig_folder),
              "published": str(published) if published else None, "select": select, "lang": check_lang(lang)}
    created = not folder.exists()
    figures_created = not fig_folder.exists()
    pages = [BRIEF_PAGE] + [nb.stem for nb in nbs]
    try:
        make_folder(folder)
        first: dict = {}

        def brief_first(card: dict | None = None):
            """The brief page: the kernel's warm-up wrote it (``card``: the index's card of the
            article, from the brief it computed), or — no kernel, or its warm-up failed — here."""
            if card is None:
                page, summary = write_brief_page(article, folder, pages, lang)
                card = report_index.article_card(article, summary)
            first["page"], first["card"] = folder / f"{BRIEF_PAGE}.html", card

        pages_run = _execute_all(nbs, params, folder, article.label, keep_code=keep_code, timeout=timeout,
                                 progress=progress, pages=pages, title=article_meta(article)["title"],
                                 before=brief_first, warm_up=warm_up_code(params, folder, pages),
                                 warm_up_result=WARM_UP_CARD, kernel=kernel)
        if "page" not in first:  # no kernel was started (no notebook, or none run here)
            brief_first()
        written = [first["page"], *pages_run]
        report_assets.write_assets(folder, lang)
    except BaseException:
        if created:  # no empty or half-filled folder of a failed report
            shutil.rmtree(folder, ignore_errors=True)
        if figures_created:  # nor of its figures
            shutil.rmtree(fig_folder, ignore_errors=True)
        raise
    atomic_write(folder / OWNER_FILE, source)
    report_index.save_card(folder, first["card"])
    return ReportResult(article.id, folder, written, title=article.title, source=str(article_path))


@contextlib.contextmanager
def report_kernels():
    """While it lasts, kernels started (they inherit the environment) know they run for a saved
    report: their tables are static HTML that the folder's table script sorts and searches."""
    before = os.environ.get(REPORT_ENV)
    os.environ[REPORT_ENV] = "1"
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(REPORT_ENV, None)
        else:
            os.environ[REPORT_ENV] = before


def label_of_page(stem: str, lang: str = "ar") -> str:
    """What the tab and the links call a page (``page.<stem>`` in the labels)."""
    return label("page." + stem, lang, default=stem[3:].replace("_", " "))


def short(label: str, width: int = 40) -> str:
    """An article's label cut to ``width`` characters for a progress line."""
    return label if len(label) <= width else label[: width - 1] + "…"


#: what a report kernel's warm-up leaves for this process: the article's card for the index (JSON)
WARM_UP_CARD = "_maqal_card"


#: the modules a report's notebooks use, imported by its kernel first (:data:`KERNEL_IMPORTS`,
#: :func:`warm_up_code`); not ipywidgets: an explorer in a saved report builds no widget
#: (:func:`maqal.explore.page_form`)
REPORT_IMPORTS = ("import matplotlib.pyplot, pandas\n"
                  "import maqal\n"
                  "from maqal import brief, charts, claims, claims_chart, explore, pipeline, timeline, timeline_chart, views\n")


def warm_up_code(params: dict, folder: Path | None = None, pages: list[str] | None = None) -> str:
    """What a report's kernel runs before its first notebook: the imports every notebook makes,
    and the article analysed once (lexicons read, patterns compiled — a second analysis of the
    same text is several times faster), in a kernel declared one of maqal's runners
    (:func:`maqal.pipeline.runner_process`: it is the report's, not an analyst's), whose loaded
    lexicons and libraries are then frozen out of garbage collection
    (:func:`maqal.pipeline.keep_loaded`; the brief runs outside the pipeline's paused collector,
    which freezes a runner's first analysis: without it, every collection in the notebooks — each
    ``%reset`` runs one — walked them all; the collector is off until then: the imports alone
    made it walk everything loaded so far five times, for nothing to free).  With a ``folder``, that analysis is the brief, and the
    kernel writes the brief page there (``pages``: the report's pages, for its links) and leaves
    the article's card in :data:`WARM_UP_CARD` — the article is analysed in one process only.
    Its failures are ignored here: this process then writes the brief page itself, and the
    notebooks that follow report them."""
    article = {k: params.get(k) for k in ("select", "published")}
    code = ("import gc\n"
            "gc.disable()\n"  # what it loads lives as long as the kernel: no collection walks it first
            "try:\n"
            + "".join(f"    {line}\n" for line in REPORT_IMPORTS.splitlines()) +
            "    pipeline.runner_process()\n"  # a report's own kernel holds no analyst's objects
            f"    article = maqal.load_article({params['article_path']!r}, select={article['select']!r}, "
            f"published={article['published']!r})\n"
            "    layer = maqal.text_layer(article)\n"
            "    summary = brief.brief(article, layer)\n"
            "    pipeline.keep_loaded()\n"
            "finally:\n"
            "    gc.enable()\n"
            "charts.write_files_aside()\n")  # the SVG files drawn on another core (all_files_written)
    if folder is None:
        return code
    return code + ("import json\n"
                   "from maqal import report_index, reports\n"
                   f"reports.write_brief_page(article, {str(folder)!r}, {list(pages or [])!r}, {params.get('lang', 'ar')!r}, "
                   "layer=layer, summary=summary)\n"
                   f"{WARM_UP_CARD} = json.dumps(report_index.article_card(article, summary))\n")


def warm_up_reply(kernel, msg_id: str, expression: str | None, timeout: int) -> dict | None:
    """Wait for the warm-up sent as ``msg_id`` to end; the value of ``expression`` (a JSON text
    the warm-up left) read back, or None when it failed, left none, or the kernel died or took
    longer than ``timeout`` seconds (the first notebook then says what went wrong)."""
    import ast
    import json
    import queue
    import time

    km, kc = kernel
    deadline = time.monotonic() + timeout
    while True:
        try:
            reply = kc.get_shell_msg(timeout=1)
        except queue.Empty:
            if not km.is_alive() or time.monotonic() > deadline:
                return None
            continue
        if reply["parent_header"].get("msg_id") == msg_id:
            break
    found = (reply["content"].get("user_expressions") or {}).get("result") or {}
    if reply["content"].get("status") != "ok" or found.get("status") != "ok" or expression is None:
        return None
    try:
        return json.loads(ast.literal_eval(found["data"]["text/plain"]))
    except (KeyError, ValueError, SyntaxError):
        return None


#: what a report's kernel is sent as soon as it starts, while the article is loaded here: the
#: imports of its warm-up (:func:`warm_up_code`, which turns the collector on again)
KERNEL_IMPORTS = "import gc\ngc.disable()\n" + REPORT_IMPORTS


@contextlib.contextmanager
def one_kernel(timeout: int, warm_up: str | None = None, preload: str | None = None):
    """One kernel for every notebook of a report (started once: imports stay warm), in the
    project folder, knowing it runs for a saved report (:func:`report_kernels`).  ``warm_up`` or
    ``preload``: code it runs first (:func:`warm_up_code`, :data:`KERNEL_IMPORTS`) — the caller
    sends a warm-up, this sends a preload at once; either way the caller goes on while the kernel
    starts.  Without, this waits until the kernel is ready."""
    km = EncryptedKernelManager(kernel_name="python3")
    with report_kernels():
        km.start_kernel(cwd=str(paths.PROJ_ROOT))
    kc = km.client()
    # no heartbeat: this process owns the kernel and asks the kernel manager whether it lives; a
    # heartbeat thread also failed («Too many open files») when the kernel was shut down at once
    kc.start_channels(hb=False)
    try:
        if preload:
            kc.execute(preload, silent=True, store_history=False)
        elif not warm_up:
            kc.wait_for_ready(timeout=min(timeout, 120))
        yield km, kc
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


#: what papermill's notebook reading tries to import for notebooks kept elsewhere (HDFS through
#: pyarrow, Google Cloud Storage, GitHub); a report's notebooks are local files
PAPERMILL_REMOTE = ("pyarrow.fs", "gcsfs", "github")


def notebook_libraries() -> None:
    """Import what runs and exports notebooks.  jsonschema (imported by nbformat) builds 38 lark
    grammars at import — about 1.5 s — when the optional ``rfc3987-syntax`` is installed, only to
    check an "iri" string format that notebook validation never uses: it is left out here.
    papermill's notebook reading is imported without its remote back-ends
    (:data:`PAPERMILL_REMOTE`: pyarrow alone is ~0.25 s CPU of this process), which it skips
    when they are missing; they stay importable for anything else."""
    if "jsonschema" not in sys.modules:
        sys.modules.setdefault("rfc3987_syntax", None)  # an import of it raises ImportError
    import nbclient  # noqa: F401
    import nbconvert  # noqa: F401

    if "papermill.iorw" in sys.modules:
        return
    skipped = [name for name in PAPERMILL_REMOTE if name not in sys.modules]
    sys.modules.update(dict.fromkeys(skipped))  # None: an import of it raises ImportError
    try:
        import papermill.iorw  # noqa: F401
    finally:
        for name in skipped:
            if sys.modules.get(name, False) is None:
                del sys.modules[name]


#: what a report's kernel runs before each notebook, so that a notebook sees only its own variables:
#: every name the previous one (or the warm-up) defined is deleted, as IPython's soft ``%reset``
#: deletes them, but without the full garbage collection that ``%reset`` ends with — it walked
#: every object the notebooks made, about 0.2 s a notebook; the collector runs on its own schedule
CLEAR_NAMESPACE = ("def _maqal_clear(ip=get_ipython()):\n"
                   "    for name in ip.run_line_magic('who_ls', ''):\n"
                   "        del ip.user_ns[name]\n"
                   "_maqal_clear()\n"
                   "del _maqal_clear\n")


def execute_notebook(kernel, nb_path: Path, params: dict, *, timeout: int, desc: str | None = None):
    """Run one notebook with ``params`` (papermill's parameter cell) in ``kernel`` (from
    :func:`one_kernel`), after clearing what the previous notebook left in its namespace; return it
    executed.  ``desc``: the progress line (the article and the notebook), none when None."""
    notebook_libraries()
    from nbclient import NotebookClient
    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook
    from tqdm.auto import tqdm

    km, kc = kernel
    kc.execute_interactive(CLEAR_NAMESPACE, silent=True, store_history=False, timeout=60)
    nb = parameterize_notebook(load_notebook_node(str(nb_path)), params, kernel_name="python3", language="python")
    bar = tqdm(total=sum(c.cell_type == "code" for c in nb.cells), desc=desc, unit="cell", file=sys.stderr,
               disable=desc is None)
    client = NotebookClient(nb, km=km, timeout=timeout, kernel_name="python3",
                            on_cell_executed=lambda **_: bar.update(1))
    client.kc = kc
    try:
        client.execute(cleanup_kc=False)
    finally:
        bar.close()
    return nb


def _execute_all(nbs, params: dict, folder: Path, label: str, *, keep_code: bool, timeout: int,
                 progress: bool, pages: list[str] | None = None, title: str | None = None,
                 before=None, warm_up: str | None = None, warm_up_result: str | None = None,
                 kernel=None) -> list[Path]:
    """Execute notebooks with ``params`` in one kernel and write ``folder/NN_name.html`` for each
    (atomically); a page is exported in a thread while the kernel runs the next notebook (and the
    last page while the kernel shuts down).  The kernel runs ``warm_up`` first, while this
    process loads what runs notebooks; ``before(result)`` runs once it has ended, before the first
    notebook, given what it left in ``warm_up_result`` (:func:`warm_up_reply`).  ``kernel``: one
    started already (:func:`one_kernel`, its caller's to shut down), else one is started here."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    if not nbs:
        return []
    lang = params.get("lang", "ar")
    figures_done = threading.Event()  # the kernel's figure files are all written (or it has failed)
    with ThreadPoolExecutor(max_workers=1) as exporting:
        pending = []
        try:
            with contextlib.nullcontext(kernel) if kernel else one_kernel(timeout, warm_up=warm_up) as kernel:
                if warm_up:
                    sent = kernel[1].execute(warm_up, silent=True, store_history=False,
                                             user_expressions={"result": warm_up_result} if warm_up_result else None)
                notebook_libraries()  # while the kernel starts and warms up
                result = warm_up_reply(kernel, sent, warm_up_result, timeout) if warm_up else None
                if before is not None:
                    before(result)
                for nb_path in nbs:
                    nb = execute_notebook(kernel, nb_path, params, timeout=timeout,
                                          desc=f"{short(label)} · {nb_path.stem}" if progress else None)
                    nav = report_assets.nav_html(pages, nb_path.stem, lang) if pages else ""
                    pending.append(exporting.submit(write_page, nb, nb_path.stem, folder / f"{nb_path.stem}.html",
                                                    lang=lang, title=title or label, nav=nav, keep_code=keep_code,
                                                    progress=progress, figures_done=figures_done))
                    if len(nbs) > 1 and nb_path == nbs[-2]:  # while the last notebook runs
                        exporting.submit(report_assets.prepare_assets, folder)
                if warm_up:
                    all_files_written(kernel, timeout)
        finally:
            figures_done.set()
        return [job.result() for job in pending]


def show_drawn_aside(nb, figures_done=None) -> None:
    """Each figure of ``nb`` that a forked child of the kernel drew (:class:`maqal.charts.DrawnAside`)
    shown as its file (:func:`maqal.charts.page_output`) once the child has written it — or, once ``figures_done`` is set (the kernel
    waited for its children and wrote what they failed to write), as the file is then."""
    from nbformat import from_dict

    from .charts import DRAWN_ASIDE, page_output

    for cell in nb.cells:
        for output in cell.get("outputs", []):
            aside = output.get("data", {}).get(DRAWN_ASIDE)
            if aside is None:
                continue
            file = Path(aside["file"])
            while not file.exists() and figures_done is not None and not figures_done.wait(0.01):
                pass
            data, metadata = page_output(aside)
            output["data"], output["metadata"] = from_dict(data), from_dict(metadata)


def all_files_written(kernel, timeout: int) -> None:
    """Wait until the kernel's figure files written aside (``charts.write_files_aside``, turned on
    by :func:`warm_up_code`) are all there — before the kernel is shut down."""
    km, kc = kernel
    reply = kc.execute_interactive("from maqal import charts\ncharts.files_written()", timeout=timeout,
                                   output_hook=lambda msg: None)
    if reply["content"].get("status") != "ok":
        raise RuntimeError(f"figure files: {reply['content'].get('ename')}: {reply['content'].get('evalue')}")


def write_page(nb, stem: str, target: Path, *, lang: str, title: str, nav: str, keep_code: bool,
               progress: bool, figures_done=None) -> Path:
    """One executed notebook as its report page: headings in ``lang``, no widget state, the tab
    titled by the page and the article, its figures drawn aside in place (:func:`show_drawn_aside`)."""
    show_drawn_aside(nb, figures_done)
    localize_markdown(nb, lang, stem)
    nb.metadata.pop("widgets", None)  # no widget runs in a saved page: its state is dead weight
    nb.metadata["title"] = f"{label_of_page(stem, lang)} — {title}"
    atomic_write(target, export_html(nb, keep_code=keep_code, nav=nav, lang=lang))
    if progress:
        print(f"  wrote {target}", file=sys.stderr)
    return target


def run_corpus_report(corpus_dir, out_dir=None, figures_dir=None, *, keep_code: bool = False, timeout: int = 1200,
                      progress: bool = True, lang: str = "ar", only: list[str] | None = None,
                      parameters: dict | None = None) -> ReportResult:
    """Execute the corpus-scope notebooks (05_corpus_overview, 07, 08) on a ``maqal corpus`` folder;
    write ``<out>/corpus-<folder name>/NN_name.html`` (headings, charts, tables and outlets in ``lang``).
    ``only``: the notebooks to run (``["07"]``); ``parameters``: more notebook parameters (``{"term": …}``)."""
    corpus_dir = Path(corpus_dir).resolve()
    if not (corpus_dir / "articles").is_dir():
        raise ArticleNotFound(corpus_dir, "not a maqal corpus folder (no articles table)",
                              "run `maqal corpus PATH... --out DIR` first")
    out_root = _out_root(out_dir)
    name = "corpus-" + safe_name(corpus_dir.name, "corpus")
    folder = out_root / name
    _check_writable(folder)
    fig_folder = Path(figures_dir).resolve() if figures_dir else paths.output_folder("figures") / name
    params = {**(parameters or {}), "corpus_dir": str(corpus_dir), "figures_dir": str(fig_folder), "lang": check_lang(lang)}
    nbs = [nb for nb in notebooks("corpus") if not only or nb.stem[:2] in only or nb.stem in only]
    written = _execute_all(nbs, params, folder, f"{label('page.corpus', lang)} {corpus_dir.name}",
                           keep_code=keep_code, timeout=timeout, progress=progress)
    report_assets.write_assets(folder, lang)
    return ReportResult(name, folder, written, title=f"corpus {corpus_dir.name}")


def write_index(results: list[ReportResult], out_dir=None, lang: str = "ar") -> Path:
    """The index page of the reports folder (:mod:`maqal.report_index`): every article reported
    there in this run or an earlier one, then this run's skipped (empty) and failed inputs."""
    def local(label: str, text: str) -> str:  # an input by its file name, never its folder on this machine
        folder = str(Path(label.partition("#")[0]).parent)
        return text.replace(folder + os.sep, "").replace(folder, ".")

    return report_index.write_index(_out_root(out_dir), skipped=[local(r.article, r.article) for r in results if r.skipped],
                                    failed=[(local(r.article, r.article), local(r.article, r.error))
                                            for r in results if r.error], lang=lang)


def run_reports(article_paths, out_dir=None, *, select=None, limit: int | None = None, progress: bool = True,
                **kwargs) -> list[ReportResult]:
    """Reports for many articles; one failing article is recorded and the others go on.

    ``article_paths`` may hold files, folders (every article file inside), ``day.zip#12`` /
    ``day.json#<url or id>`` selectors, and JSON arrays / zips without a selector (every article
    in them, up to ``limit`` articles in all).  Progress is shown with tqdm.
    """
    from tqdm.auto import tqdm

    from .errors import EmptyArticle
    from .inputs import expand

    refs = expand(article_paths, select=select, limit=limit)
    # a folder no report can be written to fails once, not per article
    _check_outputs(_out_root(out_dir), _figures_root(kwargs.get("figures_dir")))
    results = []
    bar = tqdm(refs, desc="maqal report", unit="article", file=sys.stderr, disable=not progress or len(refs) < 2)
    for ref in bar:
        bar.set_postfix_str(ref.path.name, refresh=False)
        sel = ref.index if ref.index is not None else ref.select
        try:
            results.append(run_article(ref.path, out_dir, select=sel, progress=progress and len(refs) < 2, **kwargs))
        except EmptyArticle:  # nothing to analyse is not a failure
            tqdm.write(f"  skipped (empty): {ref.label}", file=sys.stderr)
            results.append(ReportResult(ref.label, _out_root(out_dir), [], skipped="empty"))
        except Exception as exc:  # noqa: BLE001 - report and continue with the next article
            msg = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
            tqdm.write(f"  failed: {ref.label}: {msg}", file=sys.stderr)
            results.append(ReportResult(ref.label, _out_root(out_dir), [], error=msg))
    write_index(results, out_dir, kwargs.get("lang", "ar"))
    return results

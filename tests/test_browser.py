"""Seen as a person sees it: an exported report opened from disk, and the word-frequency
notebook run in JupyterLab, both in Debian's headless Chromium driven by Playwright.

Playwright's own browser download (``playwright install``) is never used: the tests point
Playwright at ``/usr/bin/chromium`` and skip, with the reason, where it or the Python
package is missing.  Screenshots go to ``reports/`` (look at them).
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import nbformat
import pytest

from maqal import paths

pytestmark = pytest.mark.slow

CHROMIUM = os.environ.get("MAQAL_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = paths.REPORTS_DIR

# The explorer cells handed to the notebooks (the same text as in the notebooks once they
# are added there); the tests add them to temporary copies when a notebook lacks them.
CELLS = {
    "02_word_frequencies": [
        ("markdown", "## Explore: pick a term\n\nIn JupyterLab, type or pick a term (any form, or a phrase such as "
                     "a multiword name): every occurrence is highlighted in the article and listed in context, "
                     "straight from the spans counted above. In an exported report, where no widget runs, the five "
                     "most frequent terms are highlighted instead."),
        ("code", "from maqal import explore\nexplore.term_explorer(article, freq, layer=layer, collocs=colloc)"),
        ("markdown", "## All terms, sortable and searchable\n\nSort by any column, or type in the search box "
                     "(this works in the saved report too; nothing is fetched from the network)."),
        ("code", 'explore.interactive_table(freq[["term", "count", "share", "forms", "first_start"]], '
                 'caption="Term frequencies")'),
    ],
    "01_article": [
        ("markdown", "## Explore: sentences\n\nSearch and sort the sentences (also in the saved report). In "
                     "JupyterLab, pick a sentence number below to see it highlighted in its paragraph."),
        ("code", 'from maqal import explore\nexplore.interactive_table(layer.sentences[["sentence", "paragraph", '
                 '"n_tokens", "text"]], caption="Sentences")'),
        ("code", 'explore.table_explorer(article, layer.sentences, "sentence", role="pick", '
                 'columns=["sentence", "paragraph", "text"], static=False)'),
    ],
}


def notebook_with_explorers(src: Path, dest_dir: Path) -> Path:
    """``src`` itself when it already uses maqal.explore, else a copy with the explorer cells added."""
    nb = nbformat.read(src, as_version=4)
    if any("explore." in c.source for c in nb.cells if c.cell_type == "code"):
        return src
    for kind, text in CELLS.get(src.stem, []):
        nb.cells.append(nbformat.v4.new_markdown_cell(text) if kind == "markdown" else nbformat.v4.new_code_cell(text))
    dest = dest_dir / src.name
    nbformat.write(nb, dest)
    return dest


def _sync_playwright():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright Python package is not installed (pip install playwright; "
                    "no `playwright install` needed: Debian's chromium is used)")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium, or set MAQAL_CHROMIUM)")
    return sync_playwright


@pytest.fixture(scope="module")
def browser():
    sync_playwright = _sync_playwright()
    with sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        except Exception as exc:  # noqa: BLE001 - a browser that cannot start is a skip, with the reason
            pytest.skip(f"Chromium at {CHROMIUM} did not start under Playwright: {str(exc).splitlines()[0]}")
        yield b
        b.close()


# --- (a) an exported report, from disk, network off ---------------------------------------------
@pytest.fixture(scope="module")
def report_pages(tmp_path_factory, monkeypatch_module):
    from maqal import reports

    nb_dir = tmp_path_factory.mktemp("notebooks")
    nbs = [notebook_with_explorers(p, nb_dir) for p in reports.notebooks() if p.stem in CELLS]
    monkeypatch_module.setattr(reports, "notebooks", lambda: nbs)
    out, figs = tmp_path_factory.mktemp("reports"), tmp_path_factory.mktemp("figures")
    result = reports.run_article(paths.SAMPLE_ARTICLE, out, figs, progress=False, timeout=300)
    return {p.stem: p for p in result.html}


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


LOCAL_SCHEMES = ("file:", "data:", "about:", "blob:")  # blob: is the inlined DataTables bundle, made in the page


def _open_offline(browser, url):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, offline=True)
    page = ctx.new_page()
    requests, errors = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    page.wait_for_load_state("load")
    return ctx, page, requests, errors


def _reads_right_to_left(page, selector):
    """True when, in the first line of the element, each next character sits left of the one before."""
    return page.evaluate(
        """(sel) => {
        const p = document.querySelector(sel);
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        const xs = []; let top = null; let node;
        while ((node = walker.nextNode()) && xs.length < 40) {
            if (node.parentElement.tagName === 'SUP') continue;
            for (let i = 0; i < node.length && xs.length < 40; i++) {
                if (!/[\\u0621-\\u064A]/.test(node.data[i])) continue;
                const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
                const rect = r.getBoundingClientRect();
                if (top === null) top = rect.top;
                if (Math.abs(rect.top - top) > 2) break;  // first line only
                xs.push(rect.left + rect.width / 2);
            }
        }
        let dec = 0; for (let i = 1; i < xs.length; i++) if (xs[i] < xs[i - 1]) dec++;
        return xs.length > 10 && dec >= (xs.length - 1) * 0.9;
    }""", selector)


def test_report_from_disk(browser, report_pages):
    page_path = report_pages["02_word_frequencies"]
    ctx, page, requests, errors = _open_offline(browser, page_path.resolve().as_uri())
    try:
        page.wait_for_selector("table.dataTable", timeout=20_000)  # itables came alive from the inlined bundle
        # highlights: the static explorer view and the top-terms article, from spans
        import maqal

        top5 = int(maqal.term_frequencies(maqal.load_article(maqal.paths.SAMPLE_ARTICLE))["count"].head(5).sum())
        # the static form of the term explorer marks every occurrence of the five most frequent terms
        assert page.locator(".maqal-static-widget mark.maqal-hit").count() == top5
        assert page.locator(".maqal-legend").count() >= 1
        # right-to-left paragraphs, right-aligned as computed by the browser, read right to left
        aligns = page.eval_on_selector_all(
            ".maqal-article p", "ps => ps.map(p => [getComputedStyle(p).direction, getComputedStyle(p).textAlign])")
        assert aligns and all(d == "rtl" and a in ("right", "end", "-webkit-right") for d, a in aligns), set(map(tuple, aligns))
        assert _reads_right_to_left(page, ".maqal-static-widget .maqal-article p")
        # figures embedded and drawn
        imgs = page.eval_on_selector_all("img", "is => is.map(i => [i.src.slice(0, 11), i.naturalWidth])")
        assert len(imgs) >= 3 and all(src.startswith("data:image") and w > 0 for src, w in imgs)
        # the terms table: Arabic column right-aligned, search filters rows
        table = page.locator("table.dataTable").first
        cell = table.locator("tbody td.maqal-rtl").first
        assert cell.evaluate("c => getComputedStyle(c).textAlign") == "right"
        before = table.locator("tbody tr").count()
        page.locator(".dt-search input").first.fill("كيم")
        page.wait_for_function("""() => { const t = document.querySelector('table.dataTable');
                                  return t.querySelectorAll('tbody tr').length < 5; }""", timeout=5_000)
        rows = table.locator("tbody tr").all_inner_texts()
        assert before >= 10 and 0 < len(rows) < before and all("كيم" in r for r in rows)
        # a screenshot of what the reader sees: the searched table and the highlighted article
        page.locator(".maqal-itable-wrap").first.evaluate("e => e.scrollIntoView({block: 'end'})")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "screenshot_report.png"))
        page.locator(".maqal-static-widget").screenshot(path=str(SCREENSHOTS / "screenshot_report_article.png"))
        assert not errors, errors
    finally:
        ctx.close()
    leaving = [u for u in requests if not u.startswith(LOCAL_SCHEMES)]
    assert not leaving, f"the report requested {leaving[:5]}"
    assert any(u.startswith("file:") for u in requests)


def test_article_report_from_disk(browser, report_pages):
    ctx, page, requests, errors = _open_offline(browser, report_pages["01_article"].resolve().as_uri())
    try:
        page.wait_for_selector("table.dataTable", timeout=20_000)
        aligns = page.eval_on_selector_all(".maqal-article p", "ps => ps.map(p => getComputedStyle(p).textAlign)")
        assert aligns and set(aligns) == {"right"}
        assert _reads_right_to_left(page, ".maqal-article p")
        page.locator(".dt-search input").first.fill("بيسكوف")
        page.wait_for_function("document.querySelectorAll('table.dataTable tbody tr').length === 1", timeout=5_000)
        # the sentence picker cannot run without a kernel: its note shows, no empty widget box
        assert page.locator(".maqal-widget-note").count() == 1
        assert not errors, errors
    finally:
        ctx.close()
    assert not [u for u in requests if not u.startswith(LOCAL_SCHEMES)]


# --- (b) JupyterLab: run the notebook, pick a term ---------------------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def jupyter_lab(tmp_path_factory):
    jupyter = Path(sys.executable).with_name("jupyter")
    if not jupyter.exists() or shutil.which("jupyter-lab", path=str(jupyter.parent)) is None:
        pytest.skip(f"jupyter lab is not installed next to {sys.executable}")
    root = tmp_path_factory.mktemp("lab")
    nb = notebook_with_explorers(paths.NOTEBOOKS_DIR / "02_word_frequencies.ipynb", root)
    if nb.parent != root:
        shutil.copy(nb, root / nb.name)
    port, token = _free_port(), uuid.uuid4().hex
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(root / ".jupyter-config"),
               JUPYTER_RUNTIME_DIR=str(root / ".jupyter-runtime"), MAQAL_FIGURES=str(root / "figures"))
    log = open(root / "lab.log", "wb")
    proc = subprocess.Popen(
        [str(jupyter), "lab", "--no-browser", f"--port={port}", "--ip=127.0.0.1", f"--IdentityProvider.token={token}",
         f"--ServerApp.root_dir={root}", "--ServerApp.port_retries=0", "--LabApp.expose_app_in_browser=True",
         "--LabApp.news_url=", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
         "--LabApp.extension_manager=readonly"] + (["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []),
        cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while True:
            try:
                urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
                break
            except OSError:
                if proc.poll() is not None or time.time() > deadline:
                    pytest.fail("jupyter lab did not start:\n" + (root / "lab.log").read_text()[-2000:])
                time.sleep(0.5)
        yield {"base": base, "token": token, "notebook": nb.name, "root": root}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def test_jupyterlab_term_explorer(browser, jupyter_lab):
    lab = jupyter_lab
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = ctx.new_page()
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    try:
        page.goto(f"{lab['base']}/lab/tree/{lab['notebook']}?token={lab['token']}")
        page.wait_for_function("window.jupyterapp && document.querySelector('.jp-Notebook')", timeout=60_000)
        # wait for the kernel, then Run All
        page.wait_for_function("""() => { const s = window.jupyterapp.shell.currentWidget;
            return s && s.sessionContext && s.sessionContext.session && s.sessionContext.session.kernel
                   && s.sessionContext.session.kernel.connectionStatus === 'connected'; }""", timeout=60_000)
        page.evaluate("window.jupyterapp.commands.execute('notebook:run-all-cells')")
        explorer = page.locator(".maqal-term-explorer")
        explorer.wait_for(state="attached", timeout=120_000)
        page.wait_for_function("""() => { const s = window.jupyterapp.shell.currentWidget;
            return s.sessionContext.session.kernel.status === 'idle'; }""", timeout=120_000)
        explorer.scroll_into_view_if_needed()
        first_term = explorer.locator(".mq-summary").inner_text()
        article = explorer.locator(".maqal-article")
        kwic = explorer.locator(".maqal-kwic")
        before_marks = article.locator("mark.maqal-hit").count()
        before_kwic = kwic.inner_text()
        assert before_marks > 0 and first_term
        # pick a term: type it into the searchable picker and press Enter
        box = explorer.locator("input[type=text]").first
        box.fill("الكرملين")
        box.press("Enter")
        page.wait_for_function("""() => { const e = document.querySelector('.maqal-term-explorer .mq-summary');
                                  return e && e.textContent.includes('الكرملين'); }""", timeout=30_000)
        marks = article.locator("mark.maqal-hit")
        assert marks.count() == 3 and marks.count() != before_marks
        assert all("الكرملين" in t for t in marks.all_inner_texts())
        assert kwic.inner_text() != before_kwic and kwic.locator("mark").count() == 3
        # still right to left in JupyterLab
        aligns = article.locator("p").evaluate_all("ps => ps.map(p => getComputedStyle(p).textAlign)")
        assert set(aligns) == {"right"}
        # the picker also offers the table's terms (a datalist behind the text box)
        assert page.locator("datalist option").count() > 50
        news = page.get_by_role("button", name="No")  # JupyterLab's "get notified about news?" toast
        if news.count():
            news.first.click()
            page.wait_for_timeout(800)
        explorer.evaluate("e => e.scrollIntoView({block: 'start'})")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "screenshot_jupyterlab.png"))
    finally:
        ctx.close()
    leaving = [u for u in requests if not u.startswith((lab["base"], "data:", "blob:", "about:", "ws://127.0.0.1"))]
    assert not leaving, f"JupyterLab requested {leaving[:5]}"

"""Seen as a person sees it: an exported report opened from disk, and the word-frequency
notebook run in JupyterLab, both in Debian's headless Chromium driven by Playwright.

Playwright's own browser download (``playwright install``) is never used: the tests point
Playwright at ``/usr/bin/chromium`` and skip, with the reason, where it or the Python
package is missing.  Screenshots go to ``reports/`` (look at them).
"""
from __future__ import annotations

import json
import os
import re
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
def report_pages(tmp_path_factory):
    """Every page of the bundled article's report (the brief and notebooks 01–04), in ``ar``."""
    from maqal import reports

    out, figs = tmp_path_factory.mktemp("reports"), tmp_path_factory.mktemp("figures")
    result = reports.run_article(paths.SAMPLE_ARTICLE, out, figs, progress=False, timeout=300)
    return {p.stem: p for p in result.html}


SNN = paths.ARTICLES_DIR / "saudinewsnet_sample_2015-08-02.json"


@pytest.fixture(scope="module")
def corpus_reports(tmp_path_factory):
    """Two SaudiNewsNet articles: their brief and their timeline page."""
    from maqal import reports

    out, figs = tmp_path_factory.mktemp("snn-reports"), tmp_path_factory.mktemp("snn-figures")
    return [reports.run_article(SNN, out, figs, select=i, progress=False, timeout=300, only=["03"]) for i in (4, 7)]


LOCAL_SCHEMES = ("file:", "data:", "about:", "blob:")
ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")


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


def _offline_only(requests):
    leaving = [u for u in requests if not u.startswith(LOCAL_SCHEMES)]
    assert not leaving, f"the report requested {leaving[:5]}"


def _check_brief_first(browser, brief_page: Path, name: str):
    """The brief is the first thing under the page links, fits the first screen, and its links lead to
    highlighted sentences of the article below it."""
    ctx, page, requests, errors = _open_offline(browser, brief_page.resolve().as_uri())
    try:
        first = page.evaluate("document.querySelector('main').firstElementChild.id")
        assert first == "maqal-brief"
        box = page.locator("#maqal-brief").bounding_box()
        assert box["y"] < 100 and page.locator("#maqal-brief h1").is_visible()
        links = page.locator("#maqal-brief a[href^='#maqal-s']")
        assert links.count() >= 3
        link = links.first
        href = link.get_attribute("href")
        link.click()
        page.wait_for_function(f"location.hash === '{href}'", timeout=5_000)
        target = page.locator(":target")
        assert target.count() == 1 and target.inner_text().strip()
        assert target.evaluate("t => getComputedStyle(t).outlineStyle") != "none"  # the sentence is shown outlined
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.goto(brief_page.resolve().as_uri())
        page.screenshot(path=str(SCREENSHOTS / f"screenshot_brief_{name}.png"))
        assert not errors, errors
    finally:
        ctx.close()
    _offline_only(requests)


def test_the_brief_is_the_first_thing_on_the_first_page(browser, report_pages):
    assert min(report_pages) == "00_brief"
    _check_brief_first(browser, report_pages["00_brief"], "sample")


def test_the_brief_of_corpus_articles(browser, corpus_reports):
    for i, result in enumerate(corpus_reports):
        assert result.html[0].name == "00_brief.html"
        _check_brief_first(browser, result.html[0], f"snn{i}")


def test_every_table_is_searchable_and_folds_arabic(browser, report_pages):
    for stem, path in sorted(report_pages.items()):
        ctx, page, requests, errors = _open_offline(browser, path.resolve().as_uri())
        try:
            page.wait_for_function("document.querySelectorAll('table[data-mq-table]').length > 0 || "
                                   "document.querySelectorAll('table').length === 0", timeout=10_000)
            plain = page.evaluate("""() => [...document.querySelectorAll('table')]
                .filter(t => !t.closest('.maqal-legend') && t.tBodies.length && !t.dataset.mqTable).length""")
            assert plain == 0, f"{stem}: {plain} table(s) without search"
            assert not errors, (stem, errors)
        finally:
            ctx.close()
        _offline_only(requests)
    # «الكوريه» (ه, no shadda) finds «الكورية» in the claims table
    ctx, page, requests, errors = _open_offline(browser, report_pages["04_claims_and_sources"].resolve().as_uri())
    try:
        table = page.locator("table[data-mq-table]").first
        before = table.locator("tbody tr:visible").count()
        box = page.locator(".maqal-table-tools input").first
        box.fill("الكوريه")
        rows = table.locator("tbody tr:visible").all_inner_texts()
        assert before > 5 and 0 < len(rows) < before and all("الكورية" in r for r in rows), rows
        box.fill("")
        header = table.locator("thead th").nth(1)
        header.click()
        assert header.get_attribute("aria-sort") == "ascending"
        page.screenshot(path=str(SCREENSHOTS / "screenshot_report.png"))
    finally:
        ctx.close()


def test_no_english_word_in_an_arabic_reports_headings_and_legends(browser, report_pages):
    for stem, path in sorted(report_pages.items()):
        ctx, page, _, _ = _open_offline(browser, path.resolve().as_uri())
        try:
            texts = page.eval_on_selector_all(
                "h1, h2, h3, h4, .maqal-legend, .maqal-caption, .maqal-nav, th, .maqal-table-tools, title",
                "es => es.map(e => e.textContent)")
            english = [t.strip()[:80] for t in texts if ENGLISH_WORD.search(t)]
            assert not english, (stem, english)
            aligns = page.eval_on_selector_all(".maqal-article p", "ps => ps.map(p => getComputedStyle(p).textAlign)")
            assert set(aligns) <= {"right", "start", "-webkit-right"}, (stem, set(aligns))
        finally:
            ctx.close()
    ctx, page, _, _ = _open_offline(browser, report_pages["01_article"].resolve().as_uri())
    try:
        assert _reads_right_to_left(page, ".maqal-article p")
    finally:
        ctx.close()


@pytest.fixture(scope="module")
def corpus_report(tmp_path_factory):
    """The corpus report (05, 07, 08) of the shipped SaudiNewsNet sample, in ``ar``."""
    from maqal import corpus, reports

    root = tmp_path_factory.mktemp("corpus-report")
    folder = root / "مدونة"  # the folder's name is in the pages' titles
    corpus.run_corpus([SNN], folder, workers=1, progress=False)
    result = reports.run_corpus_report(folder, root / "r", root / "f", progress=False, timeout=600)
    return {p.stem: p for p in result.html}


def test_the_corpus_report_speaks_arabic_and_names_outlets(browser, corpus_report):
    from maqal.labels import outlets

    slugs = set(outlets())
    for stem in ("05_corpus_overview", "08_stories_across_outlets"):
        ctx, page, requests, errors = _open_offline(browser, corpus_report[stem].resolve().as_uri())
        try:
            texts = page.eval_on_selector_all("h1, h2, h3, h4, .maqal-caption, th, .maqal-table-tools, title",
                                              "es => es.map(e => e.textContent)")
            english = [t.strip()[:80] for t in texts if ENGLISH_WORD.search(t)]
            assert not english, (stem, english)
            cells = page.eval_on_selector_all("td", "es => es.map(e => e.textContent.trim().toLowerCase())")
            assert not slugs & set(cells), (stem, sorted(slugs & set(cells)))  # outlets by name, not by slug
            assert not errors, (stem, errors)
            root = corpus_report[stem].parents[2]  # the corpus folder is under it: never named by its path
            assert str(root) not in corpus_report[stem].read_text(encoding="utf-8"), stem
            if stem.startswith("05"):
                assert "الشرق الأوسط" in " ".join(cells) or "سبق" in " ".join(cells)
                # the events most outlets report: who, where, when, and links to the articles
                heads = page.eval_on_selector_all("table.maqal-linked th", "es => es.map(e => e.textContent)")
                assert {"متى", "من", "أين", "المقالات"} <= set(heads), heads
                links = page.eval_on_selector_all("table.maqal-linked a", "es => es.map(e => e.href)")
                assert links and all(u.startswith("http") for u in links)
                page.screenshot(path=str(SCREENSHOTS / "screenshot_corpus_report.png"), full_page=True)
        finally:
            ctx.close()
        _offline_only(requests)


def test_the_stories_report_reads_right_to_left_and_its_tables_search(browser, corpus_report):
    """The one-story page (08) of a real story, opened from disk offline: the articles side by
    side read right to left, every table has its search box, and a search folds Arabic (a word
    typed with ه for ة and ا for أ finds the rows that spell it properly)."""
    from maqal.arabic import normalize

    ctx, page, requests, errors = _open_offline(browser, corpus_report["08_stories_across_outlets"].resolve().as_uri())
    try:
        columns = page.locator(".maqal-side-by-side > div[dir='rtl']")
        assert columns.count() >= 2, "no story shown side by side"
        assert _reads_right_to_left(page, ".maqal-side-by-side > div[dir='rtl']")
        page.wait_for_function("document.querySelectorAll('table[data-mq-table]').length > 0", timeout=10_000)
        plain = page.evaluate("""() => [...document.querySelectorAll('table')]
            .filter(t => !t.closest('.maqal-legend') && t.tBodies.length && !t.dataset.mqTable).length""")
        assert plain == 0, f"{plain} table(s) without search"
        tables, boxes = page.locator("table[data-mq-table]"), page.locator(".maqal-table-tools input")
        assert tables.count() == boxes.count()
        for k in range(tables.count()):  # the first table with an Arabic word some of its rows lack
            table = tables.nth(k)
            rows = table.locator("tbody tr:visible").all_inner_texts()
            words = [w for r in rows for w in re.findall(r"[\u0621-\u064A]{5,}", r)]
            word = next((w for w in words if sum(w in r for r in rows) < len(rows)), None)
            if word:
                break
        assert word, "no table to search"
        typed = word.replace("ة", "ه").replace("أ", "ا").replace("إ", "ا")
        boxes.nth(k).fill(typed)
        found = table.locator("tbody tr:visible").all_inner_texts()
        folded = normalize(word, teh_marbuta=True)
        assert 0 < len(found) < len(rows) and all(folded in normalize(r, teh_marbuta=True) for r in found), (typed, found)
        page.screenshot(path=str(SCREENSHOTS / "screenshot_story.png"), full_page=False)
        assert not errors, errors
    finally:
        ctx.close()
    _offline_only(requests)


def _check_timeline(browser, page_path: Path, published):
    import datetime as dt

    ctx, page, requests, errors = _open_offline(browser, page_path.resolve().as_uri())
    try:
        chart = page.locator(".maqal-timeline")
        if not chart.count():
            return False  # nothing dated in this article
        lo = dt.date.fromisoformat(chart.get_attribute("data-axis-start"))
        hi = dt.date.fromisoformat(chart.get_attribute("data-axis-end"))
        assert lo <= published <= hi and (hi - lo).days <= 5 * 366, (lo, hi)
        # a mark (not a label) leads to its sentence: click the middle of the first marker that is on top there
        chart.scroll_into_view_if_needed()
        spot = page.evaluate("""() => {
            const marks = [...document.querySelectorAll('.maqal-timeline svg a')].filter(a => {
                const r = a.getBoundingClientRect();  // a marker, not a label or a line
                return r.width >= 4 && r.width <= 40 && r.height >= 4; });
            // a mark clamped to the axis start («since 2018») sits on the spine and its ticks: not there
            const centre = a => { const r = a.getBoundingClientRect(); return r.left + r.width / 2; };
            const edge = Math.min(...marks.map(centre)) + 1;
            for (const a of marks) {
                const r = a.getBoundingClientRect();
                const x = r.left + r.width / 2, y = r.top + r.height / 2;
                const hit = document.elementFromPoint(x, y);
                if (hit && hit.closest('a') === a && x > edge) return [x, y, a.getAttribute('xlink:href')];
            }
            return null; }""")
        if spot is None:
            return False
        x, y, target = spot
        page.mouse.click(x, y)
        page.wait_for_function(f"location.hash === '{target}'", timeout=5_000)
        sentence = page.locator(":target")
        assert sentence.count() == 1 and "maqal-sent" in sentence.get_attribute("class")
        assert not errors, errors
    finally:
        ctx.close()
    _offline_only(requests)
    return True


def test_the_timeline_spans_a_few_years_and_its_marks_lead_to_sentences(browser, report_pages, corpus_reports):
    import maqal

    assert _check_timeline(browser, report_pages["03_visit_timeline"], maqal.load_article(paths.SAMPLE_ARTICLE).published)
    import datetime as dt

    for result in corpus_reports:
        page = [p for p in result.html if p.stem == "03_visit_timeline"][0]
        card = json.loads((result.folder / ".maqal-article.json").read_text(encoding="utf-8"))
        assert card.get("published")  # SaudiNewsNet gives every article a date
        _check_timeline(browser, page, dt.date.fromisoformat(card["published"]))


def test_the_report_set_is_small_offline_and_world_readable(report_pages):
    folder = report_pages["00_brief"].parent
    files = [p for p in folder.iterdir() if p.is_file()]
    assert sum(p.stat().st_size for p in files) < 2_000_000
    assert all(p.stat().st_mode & 0o444 == 0o444 for p in files) and folder.stat().st_mode & 0o555 == 0o555
    assert sorted(p.name for p in files if p.suffix in (".js", ".css")) == ["maqal-report.css", "maqal-tables.js"]


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
        # the summary may change before the article and the concordance are drawn again (seen under load:
        # the old term's marks still there): wait for the new marks, then check them
        page.wait_for_function("""() => { const ms = document.querySelectorAll('.maqal-term-explorer .maqal-article mark.maqal-hit');
                                  return ms.length > 0 && [...ms].every(m => m.textContent.includes('الكرملين')); }""",
                               timeout=30_000)
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
        # the "All terms" table renders after Run All; and again after the page is reloaded (the same
        # kernel, a fresh page: no DataTables loaded yet) and Run All
        for run in range(2):
            if run:
                page.reload()
                page.wait_for_function("window.jupyterapp && document.querySelector('.jp-Notebook')", timeout=60_000)
                page.wait_for_function("""() => { const s = window.jupyterapp.shell.currentWidget;
                    return s && s.sessionContext && s.sessionContext.session && s.sessionContext.session.kernel
                           && s.sessionContext.session.kernel.connectionStatus === 'connected'; }""", timeout=60_000)
                page.evaluate("window.jupyterapp.commands.execute('notebook:run-all-cells')")
                page.wait_for_timeout(1500)
                page.wait_for_function("""() => { const s = window.jupyterapp.shell.currentWidget;
                    return s.sessionContext.session.kernel.status === 'idle'; }""", timeout=120_000)
            table = page.locator(".jp-Notebook table.dataTable")
            table.first.wait_for(state="attached", timeout=30_000)
            page.wait_for_function("""() => ![...document.querySelectorAll('.jp-Notebook .jp-OutputArea-output')]
                .some(o => o.textContent.includes('Loading ITables'))""", timeout=30_000)
            assert table.first.locator("tbody tr").count() >= 10
        # every table of the notebook reads right to left in JupyterLab: the first column on the right
        dirs = page.eval_on_selector_all(".jp-Notebook .jp-OutputArea-output table:not(.maqal-legend table)",
                                         "ts => ts.map(t => getComputedStyle(t).direction)")
        assert dirs and set(dirs) == {"rtl"}, dirs
        first, last = page.evaluate("""() => { const t = document.querySelector(
            '.jp-Notebook .jp-OutputArea-output table.maqal-rtl-table'); const th = t.querySelectorAll('thead th');
            return [th[0].getBoundingClientRect().left, th[th.length - 1].getBoundingClientRect().left]; }""")
        assert first > last
    finally:
        ctx.close()
    leaving = [u for u in requests if not u.startswith((lab["base"], "data:", "blob:", "about:", "ws://127.0.0.1"))]
    assert not leaving, f"JupyterLab requested {leaving[:5]}"

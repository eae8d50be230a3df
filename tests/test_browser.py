"""Seen as a person sees it: an exported report opened from disk, and the word-frequency
notebook run in JupyterLab, both in Debian's headless Chromium driven by Playwright.

Playwright's own browser download (``playwright install``) is never used: the tests point
Playwright at ``/usr/bin/chromium`` and skip, with the reason, where it or the Python
package is missing.  Screenshots go to ``reports/`` (look at them).
"""
from __future__ import annotations

import contextlib
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
    """Two SaudiNewsNet articles that date events (one of them «since …» context too): every page of
    their reports (the brief and notebooks 01–04), in ``ar``."""
    from maqal import reports

    out, figs = tmp_path_factory.mktemp("snn-reports"), tmp_path_factory.mktemp("snn-figures")
    return [reports.run_article(SNN, out, figs, select=i, progress=False, timeout=300) for i in (3, 7)]


@pytest.fixture(scope="module")
def every_report(report_pages, corpus_reports):
    """name → {page stem: page} for the bundled article and the two corpus articles."""
    pages = {"sample": report_pages}
    for i, result in enumerate(corpus_reports):
        pages[f"snn{i}"] = {p.stem: p for p in result.html}
    return pages


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


@contextlib.contextmanager
def _offline_page(browser, path: Path):
    """A report page opened from disk, offline; on leaving, no script error and no request that
    left the machine."""
    ctx, page, requests, errors = _open_offline(browser, path.resolve().as_uri())
    try:
        yield page
        assert not errors, errors
    finally:
        ctx.close()
    _offline_only(requests)


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


def _searchable_tables(page, where: str = ""):
    """The page's tables and their search boxes, once its table script has run: every table with
    rows has its box (none left plain)."""
    page.wait_for_function("document.querySelectorAll('table[data-mq-table]').length > 0 || "
                           "document.querySelectorAll('table').length === 0", timeout=10_000)
    plain = page.evaluate("""() => [...document.querySelectorAll('table')]
        .filter(t => !t.closest('.maqal-legend') && t.tBodies.length && !t.dataset.mqTable).length""")
    assert plain == 0, f"{where}: {plain} table(s) without search"
    tables, boxes = page.locator("table[data-mq-table]"), page.locator(".maqal-table-tools input")
    assert tables.count() == boxes.count(), where
    return tables, boxes


def _folded_search_finds(page, tables, boxes) -> bool:
    """In the first of ``tables`` holding an Arabic word with ة, أ or إ that some of its rows lack, that
    word typed with ه and ا (as an analyst types it) keeps exactly the rows that hold the word, however
    spelt.  False when no table has such a word."""
    from maqal.arabic import normalize

    for k in range(tables.count()):
        table = tables.nth(k)
        rows = table.locator("tbody tr:visible").all_inner_texts()
        words = [w for r in rows for w in re.findall(r"[\u0621-\u064A]{5,}", r) if re.search("[ةأإ]", w)]
        word = next((w for w in words if sum(w in r for r in rows) < len(rows)), None)
        if word:
            break
    else:
        return False
    typed = word.replace("ة", "ه").replace("أ", "ا").replace("إ", "ا")
    boxes.nth(k).fill(typed)
    found = table.locator("tbody tr:visible").all_inner_texts()
    folded = normalize(word, teh_marbuta=True)
    assert 0 < len(found) < len(rows) and all(folded in normalize(r, teh_marbuta=True) for r in found), (typed, found)
    boxes.nth(k).fill("")
    return True


def _korean_typed_with_heh(tables, boxes) -> int:
    """In every one of ``tables`` holding «الكورية» (however spelt), «الكوريه» typed in its box keeps
    exactly the rows that hold it; the number of such tables."""
    from maqal.arabic import normalize

    word, tried = normalize("الكورية", teh_marbuta=True), 0
    for k in range(tables.count()):
        table = tables.nth(k)
        rows = table.locator("tbody tr").all_inner_texts()
        holding = sorted(r for r in rows if word in normalize(r, teh_marbuta=True))
        if not holding:
            continue
        boxes.nth(k).fill("الكوريه")
        found = sorted(table.locator("tbody tr:visible").all_inner_texts())
        assert found == holding, (k, len(rows), holding[:3], found[:3])
        boxes.nth(k).fill("")
        tried += 1
    return tried


def test_every_table_is_searchable_and_folds_arabic(browser, every_report):
    korean = {}
    for name, pages in sorted(every_report.items()):
        folds = 0
        for stem, path in sorted(pages.items()):
            ctx, page, requests, errors = _open_offline(browser, path.resolve().as_uri())
            try:
                tables, boxes = _searchable_tables(page, f"{name} {stem}")
                folds += _folded_search_finds(page, tables, boxes)
                korean[name, stem] = _korean_typed_with_heh(tables, boxes)
                assert not errors, (name, stem, errors)
            finally:
                ctx.close()
            _offline_only(requests)
        assert folds, f"{name}: no table where a search with ه/ا could be tried"
    # the bundled article names «الكورية» in tables of three pages (sentences, terms, claims)
    assert sum(1 for (name, _), n in korean.items() if name == "sample" and n) >= 3, korean
    report_pages = every_report["sample"]
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


#: what a page shows as headings, legends, captions, table headings and its title
HEADINGS = "h1, h2, h3, h4, .maqal-legend, .maqal-caption, .maqal-nav, th, .maqal-table-tools, title"


def _svg_texts(page) -> list[str]:
    """The texts of a page's inline SVG figures (the timeline): matplotlib draws each text as glyph
    paths and writes the text itself in a comment before them — its axis labels, legend and title."""
    return page.evaluate("""() => { const out = [];
        for (const svg of document.querySelectorAll('svg')) {
            const w = document.createTreeWalker(svg, NodeFilter.SHOW_COMMENT); let n;
            while ((n = w.nextNode())) if (n.parentElement && /^text_|^legend|^xtick|^ytick|^axes/.test(
                (n.parentElement.closest('g[id]') || {}).id || '')) out.push(n.data.trim());
        }
        return out; }""")


def test_no_english_word_in_an_arabic_reports_headings_and_legends(browser, every_report):
    for name, pages in sorted(every_report.items()):
        axis_texts = []
        for stem, path in sorted(pages.items()):
            ctx, page, _, _ = _open_offline(browser, path.resolve().as_uri())
            try:
                texts = page.eval_on_selector_all(HEADINGS, "es => es.map(e => e.textContent)")
                texts += page.eval_on_selector_all("img[alt]", "es => es.map(e => e.alt)")  # what a figure says it is
                english = [t.strip()[:80] for t in texts if ENGLISH_WORD.search(t)]
                assert not english, (name, stem, english)
                svg = _svg_texts(page)  # axis labels, legends and titles of the timeline
                axis_texts += svg
                assert not [t for t in svg if ENGLISH_WORD.search(t)], (name, stem, svg)
                aligns = page.eval_on_selector_all(".maqal-article p", "ps => ps.map(p => getComputedStyle(p).textAlign)")
                assert set(aligns) <= {"right", "start", "-webkit-right"}, (name, stem, set(aligns))
            finally:
                ctx.close()
        assert any(re.search("[\u0621-\u064A]", t) for t in axis_texts), (name, axis_texts)  # the timeline's were read
    report_pages = every_report["sample"]
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
    with _offline_page(browser, corpus_report["08_stories_across_outlets"]) as page:
        columns = page.locator(".maqal-side-by-side > div[dir='rtl']")
        assert columns.count() >= 2, "no story shown side by side"
        assert _reads_right_to_left(page, ".maqal-side-by-side > div[dir='rtl']")
        tables, boxes = _searchable_tables(page, "08")
        assert tables.count() > 0
        assert _folded_search_finds(page, tables, boxes), "no table to search"
        page.screenshot(path=str(SCREENSHOTS / "screenshot_story.png"), full_page=False)


@pytest.fixture(scope="module")
def explore_report(tmp_path_factory):
    """The 07 report («explore an archive») on a corpus made of both shared corpora: BBC Arabic
    (ANT, 2018) and a SaudiNewsNet day, the articles where the Kremlin is written about."""
    from maqal import corpus, reports

    bbc, day = paths.ANT_DIR / "BBC.zip", paths.CORPUS_DIR / "2015-07-21.zip"
    if not (bbc.exists() and day.exists()):
        pytest.skip(f"the shared corpora are not at {paths.ANT_DIR} and {paths.CORPUS_DIR} (set MAQAL_SHARED)")
    root = tmp_path_factory.mktemp("explore-report")
    folder = root / "الكرملين"  # the folder's name is in the page's title
    corpus.run_corpus([f"{bbc}#{i}" for i in range(595, 625)] + [f"{day}#{i}" for i in range(75, 125)], folder,
                      workers=1, progress=False)
    result = reports.run_corpus_report(folder, root / "r", root / "f", progress=False, timeout=600, only=["07"],
                                       parameters={"term": "الكرملين"})
    return result.html[0]


def test_the_explore_report_on_the_shared_corpora_reads_right_to_left_and_its_tables_search(browser, explore_report):
    """Issue 15: the 07 page opened from disk, offline: every table searchable (a search folds
    Arabic), the concordance right to left (the text before the match on its right, the text after
    it on its left), nothing English in its headings, captions and columns."""
    from maqal.labels import label

    assert explore_report.stem == "07_explore_an_archive"
    with _offline_page(browser, explore_report) as page:
        tables, boxes = _searchable_tables(page, "07")
        assert tables.count() >= 4
        texts = page.eval_on_selector_all(HEADINGS + ", caption", "es => es.map(e => e.textContent)")
        english = [t.strip()[:80] for t in texts if ENGLISH_WORD.search(t)]
        assert not english, english
        # the concordance: every line holds the Kremlin (any clitic form: «للكرملين»), from both corpora
        conc = tables.first
        rows = conc.locator("tbody tr").all_inner_texts()
        assert len(rows) >= 8 and all("كرملين" in r for r in rows), rows[:3]
        assert any("بي بي سي" in r for r in rows) and any("aawsat.com" in r for r in rows)  # ANT and SaudiNewsNet
        assert conc.evaluate("t => getComputedStyle(t).direction") == "rtl"
        lefts = dict(conc.evaluate("""t => [...t.querySelectorAll('thead th')].map(
            th => [th.textContent.trim(), th.getBoundingClientRect().left])"""))
        names = {k: label(f"column.{k}", "ar") for k in ("before", "match", "after")}
        assert lefts[names["before"]] > lefts[names["match"]] > lefts[names["after"]], lefts  # before on the right
        assert _reads_right_to_left(page, "table[data-mq-table] tbody td")
        # a search for the bare word keeps every line (those of «للكرملين» too)
        box = boxes.first
        box.fill("كرملين")
        assert conc.locator("tbody tr:visible").count() == len(rows)
        box.fill("")
        assert _folded_search_finds(page, tables, boxes), "no table to search"
        page.screenshot(path=str(SCREENSHOTS / "screenshot_explore.png"), full_page=False)


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
            // (the axis starts on the first of January, where its first year tick is)
            const centre = a => { const r = a.getBoundingClientRect(); return r.left + r.width / 2; };
            const ticks = [...document.querySelectorAll('.maqal-timeline svg g[id^="xtick_"]')];
            const edge = Math.min(...ticks.map(centre)) + 1;
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

    for result in corpus_reports:  # both articles date events: each has a timeline whose marks lead somewhere
        page = [p for p in result.html if p.stem == "03_visit_timeline"][0]
        card = json.loads((result.folder / ".maqal-article.json").read_text(encoding="utf-8"))
        assert card.get("published")  # SaudiNewsNet gives every article a date
        assert _check_timeline(browser, page, dt.date.fromisoformat(card["published"])), result.folder.name


def test_the_report_set_is_small_offline_and_world_readable(report_pages, corpus_reports):
    folder = report_pages["00_brief"].parent
    files = [p for p in folder.iterdir() if p.is_file()]
    assert sum(p.stat().st_size for p in files) < 2_000_000
    for folder in [folder, *(r.folder for r in corpus_reports)]:
        files = [p for p in folder.iterdir() if p.is_file()]
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
    timeline_nb = shutil.copy(paths.NOTEBOOKS_DIR / "03_visit_timeline.ipynb", root)
    claims_nb = shutil.copy(paths.NOTEBOOKS_DIR / "04_claims_and_sources.ipynb", root)
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
        yield {"base": base, "token": token, "notebook": nb.name, "timeline": Path(timeline_nb).name,
               "claims": Path(claims_nb).name, "root": root}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@contextlib.contextmanager
def _lab_page(browser, lab):
    """A browser page for the JupyterLab server ``lab``; on leaving, no request went anywhere but
    that local server."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = ctx.new_page()
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    try:
        yield page
    finally:
        ctx.close()
    leaving = [u for u in requests if not u.startswith((lab["base"], "data:", "blob:", "about:", "ws://127.0.0.1"))]
    assert not leaving, f"JupyterLab requested {leaving[:5]}"


def test_jupyterlab_term_explorer(browser, jupyter_lab):
    lab = jupyter_lab
    with _lab_page(browser, lab) as page:
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
                _run_all_when_connected(page, timeout=120_000)
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


def _run_all_when_connected(page, timeout: int) -> None:
    """On a notebook page: wait for its kernel, Run All and wait until the kernel is idle."""
    page.wait_for_function("window.jupyterapp && document.querySelector('.jp-Notebook')", timeout=60_000)
    page.wait_for_function("""() => { const s = window.jupyterapp.shell.currentWidget;
        return s && s.sessionContext && s.sessionContext.session && s.sessionContext.session.kernel
               && s.sessionContext.session.kernel.connectionStatus === 'connected'; }""", timeout=60_000)
    page.evaluate("window.jupyterapp.commands.execute('notebook:run-all-cells')")
    page.wait_for_timeout(1500)
    page.wait_for_function("""() => { const s = window.jupyterapp.shell.currentWidget;
        return s.sessionContext.session.kernel.status === 'idle'; }""", timeout=timeout)


def _open_and_run_all(page, lab, notebook: str) -> None:
    """Open ``notebook`` alone in JupyterLab (a workspace of its own, reset: not beside the notebooks an
    earlier test opened, which JupyterLab would restore and might run instead), wait for its
    kernel, Run All and wait until it is idle."""
    page.goto(f"{lab['base']}/lab/workspaces/{Path(notebook).stem}/tree/{notebook}?reset&token={lab['token']}")
    page.wait_for_function("""(name) => { const s = window.jupyterapp && window.jupyterapp.shell.currentWidget;
        return s && s.context && s.context.path === name; }""", arg=notebook, timeout=60_000)
    _run_all_when_connected(page, timeout=180_000)


def _marks_change(page, explorer, before: list[str]) -> list[str]:
    """The texts of the marks in ``explorer``'s article once they differ from ``before``."""
    handle = explorer.element_handle()
    page.wait_for_function("""([e, before]) => {
        const ms = [...e.querySelectorAll('.maqal-article mark.maqal-hit')].map(m => m.textContent);
        return ms.length > 0 && JSON.stringify(ms) !== JSON.stringify(before); }""", arg=[handle, before], timeout=30_000)
    return explorer.locator(".maqal-article mark.maqal-hit").all_inner_texts()


def test_jupyterlab_actor_and_date_range_pickers_change_the_highlights(browser, jupyter_lab):
    """Issue 14: in 03 (the bundled article), picking an actor in the «who» picker and narrowing the
    date range on the slider each change what is highlighted in the article, in JupyterLab (the
    claims' date range in 04: the next test)."""
    lab = jupyter_lab
    with _lab_page(browser, lab) as page:
        _open_and_run_all(page, lab, lab["timeline"])
        # the «who» picker: the table explorer whose options are the events' actors
        actors = page.locator(".maqal-table-explorer").filter(has=page.locator("select option", has_text="الكرملين"))
        actors.first.wait_for(state="attached", timeout=60_000)
        explorer = actors.first
        explorer.scroll_into_view_if_needed()
        before = explorer.locator(".maqal-article mark.maqal-hit").all_inner_texts()
        assert before, "no event marked before picking"
        picker = explorer.locator("select").first
        option = picker.locator("option", has_text="الكرملين").first.get_attribute("value")
        picker.select_option(value=option)
        after = _marks_change(page, explorer, before)
        assert 0 < len(after) < len(before), (len(before), len(after))
        rows = explorer.locator("table tbody tr").all_inner_texts()
        assert rows and all("الكرملين" in r for r in rows), rows  # only the picked actor's events
        # the date range: move the slider's first handle two dates on (past the end of 2018): the events
        # of 2018 alone leave the article
        dates = page.locator(".maqal-date-explorer").first
        dates.scroll_into_view_if_needed()
        before = dates.locator(".maqal-article mark.maqal-hit").all_inner_texts()
        rows_before = dates.locator("table tbody tr").count()
        handle = dates.locator(".noUi-handle").first
        handle.focus()
        handle.press("ArrowRight")
        handle.press("ArrowRight")
        after = _marks_change(page, dates, before)
        assert 0 < len(after) < len(before) and dates.locator("table tbody tr").count() < rows_before
        page.screenshot(path=str(SCREENSHOTS / "screenshot_jupyterlab_timeline.png"))


def test_jupyterlab_claims_date_range_changes_the_highlights(browser, jupyter_lab):
    """Issue 14: in 04 (the bundled article), narrowing the date range of the claims (dated by the
    time expressions they hold) changes which claims are listed and highlighted, in JupyterLab."""
    lab = jupyter_lab
    with _lab_page(browser, lab) as page:
        _open_and_run_all(page, lab, lab["claims"])
        dates = page.locator(".maqal-date-explorer").first
        dates.wait_for(state="attached", timeout=60_000)
        dates.scroll_into_view_if_needed()
        before = dates.locator(".maqal-article mark.maqal-hit").all_inner_texts()
        rows_before = dates.locator("table tbody tr").count()
        assert before and rows_before > 1
        handle = dates.locator(".noUi-handle").first  # the start of the range, up to the last date:
        handle.focus()  # only the claims that speak of that day stay
        for _ in range(20):
            handle.press("ArrowRight")
        after = _marks_change(page, dates, before)
        assert 0 < len(after) < len(before) and dates.locator("table tbody tr").count() < rows_before

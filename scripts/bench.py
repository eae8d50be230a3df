#!/usr/bin/env python
"""Speed figures for maqal: a benchmark that prints a table, not a test (``make bench``).

    python scripts/bench.py                 # everything, about 2 minutes
    python scripts/bench.py --json out.json # also write the figures as JSON

1. ``import maqal`` in fresh processes, and the first-use costs (stopwords, reference list).
2. The sample article (~500 words): each pipeline stage, ms per article.
3. 1,000 SaudiNewsNet articles: load + normalise + tokenise + count, maqal against
   camel-tools, pyarabic and a bare regex.
4. Throughput on ~5 MB of concatenated corpus text, cold and warm caches.
5. Dates and events (issue 3): ``timeline.date_rows`` / ``find_dates`` and ``event_rows`` /
   ``events`` on the sample article, the 1,000 articles and the ~5 MB text, beside dateparser's
   ``search_dates`` (on a subset only: it is about 20 times slower).
6. Claims (issue 4): ``claims.claims`` on the sample article and the 1,000 articles.
6e. Entities (issue 11): ``entities.entity_rows`` and ``maqal.entities`` on the sample article and
   the 1,000 articles.
7. The whole analysis (``maqal.analysis.analyze``) on the sample and the 1,000 articles.
8. One long article of 1, 2, 4 and 8 MB (real corpus text repeated, then distinct articles), the whole analysis in a fresh
   process each: seconds and peak memory, which should grow in line with the length (issue 16).

    python scripts/bench.py --only-long     # part 8 alone
    python scripts/bench.py --only-long --long-mb 50   # part 8 and one 50 MB article (issue 16: < 2 min, < 2 GB)
9. Stories (issue 13): copy and same_event grouping of one SaudiNewsNet day.

Everything runs on one core (the process pins itself to one CPU; BLAS threads are 1).
camel-tools, pyarabic and dateparser are optional: their rows say "not installed" when absent.
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import gc  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import re  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
import zipfile  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
try:
    import maqal  # noqa: F401
except ImportError:  # not installed: run from the source tree
    sys.path.insert(0, str(SRC))

# child processes must find the same maqal (editable install or src/)
CHILD_ENV = dict(os.environ)
CHILD_ENV["PYTHONPATH"] = os.pathsep.join(p for p in (str(SRC), os.environ.get("PYTHONPATH", "")) if p)

TARGET_IMPORT_S = 0.3
TARGET_ARTICLE_MS = 10.0
TARGET_MBPS = 20.0
TARGET_DATES_MBPS = 10.0  # issue 3: date scanning
TARGET_TIMELINE_MS = 5.0  # issue 3: a 500-word article's dates + events
TARGET_CLAIMS_MS = 5.0  # issue 4: a 500-word article's claims
TARGET_ENTITIES_MS = 3.0  # issue 11: a 500-word article's entity mentions
TARGET_ANALYZE_MS = 10.0  # issue 10: a 500-word article, everything analyze gives
DATEPARSER_ARTICLES = 100  # dateparser runs on this many of the 1,000 articles only
DATEPARSER_BYTES = 500_000  # ... and on this long a prefix of the ~5 MB text

perf = time.perf_counter
RESULTS: dict = {}


# --------------------------------------------------------------------------- helpers
def pin_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        try:
            cpu = min(os.sched_getaffinity(0))
            os.sched_setaffinity(0, {cpu})
            return f"pinned to CPU {cpu}"
        except OSError as e:  # pragma: no cover
            return f"could not pin ({e})"
    return "not pinned (no sched_setaffinity)"


def cores() -> str:
    logical = os.cpu_count()
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else logical
    return f"{logical} logical" + (f", {usable} usable" if usable != logical else "")


def fmt_table(headers, rows, align=None) -> str:
    rows = [[("" if c is None else str(c)) for c in r] for r in rows]
    widths = [max(len(str(h)), *(len(r[i]) for r in rows)) if rows else len(str(h)) for i, h in enumerate(headers)]
    align = align or ["<"] + [">"] * (len(headers) - 1)
    line = lambda cells: "  ".join(f"{c:{a}{w}}" for c, a, w in zip(cells, align, widths))  # noqa: E731
    out = [line(headers), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in rows]
    return "\n".join("  " + s for s in out)


def section(title: str) -> None:
    print()
    print(title)
    print("=" * len(title))


def verdict(label: str, ok: bool, shown: str) -> str:
    line = f"  TARGET {label}: {'PASS' if ok else 'MISS'} ({shown})"
    return line


def median_time(fn, *, setup=None, min_reps=7, max_reps=500, budget_s=1.0, warmup=1):
    """Median seconds of ``fn(setup())`` over repeats (setup untimed), after ``warmup`` calls."""
    for _ in range(warmup):
        fn(setup() if setup else None)
    times = []
    start = perf()
    while len(times) < max_reps and (len(times) < min_reps or perf() - start < budget_s):
        arg = setup() if setup else None
        t = perf()
        fn(arg)
        times.append(perf() - t)
    return statistics.median(times), len(times)


def run_child(code: str, timeout=120) -> dict:
    """Run ``code`` in a fresh interpreter (same CPU pin); it prints one JSON line last."""
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=CHILD_ENV,
                       cwd=str(ROOT), timeout=timeout)
    if r.returncode != 0:
        raise RuntimeError(f"child failed:\n{r.stderr[-2000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def clear_maqal_caches() -> None:
    """Forget every word-level cache maqal keeps (not the loaded lexicons/reference list)."""
    from maqal import frequencies

    frequencies.clear_caches()


def keep_loaded() -> None:
    """What the first calls loaded (lexicons, patterns, gazetteer) out of the cyclic collector's
    reach, as ``maqal.pipeline.keep_loaded`` does after a runner process's first analysis: left young,
    the next collections walk all of them, inside the timed repeats."""
    gc.freeze()


def mb(nbytes: int) -> float:
    return nbytes / 1e6


def published_of(obj) -> dt.datetime | None:
    """A SaudiNewsNet record's ``date_extracted`` as a datetime (None when missing or unreadable)."""
    try:
        return dt.datetime.fromisoformat(str(obj.get("date_extracted"))[:19])
    except (TypeError, ValueError):
        return None


def dateparser_search():
    """(search function or None, note): dateparser's ``search_dates`` in Arabic, relative to a datetime."""
    try:
        import dateparser
        from dateparser.search import search_dates
    except Exception as e:  # ImportError, or a broken dependency
        return None, f"not installed ({type(e).__name__}: {e})"

    def run(text, base):
        return search_dates(text, languages=["ar"], settings={"RELATIVE_BASE": base} if base else None) or []

    return run, f"{getattr(dateparser, '__version__', '?')}: search_dates(text, languages=['ar'], RELATIVE_BASE=published)"


# --------------------------------------------------------------------------- competitors
def competitors() -> dict:
    """name -> (count function or None, note)."""
    out = {}
    from maqal.frequencies import count_terms

    out["maqal count_terms"] = (count_terms, "normalise, tokenise, stopwords out, clitic keys")
    try:
        from camel_tools.tokenizers.word import simple_word_tokenize
        from camel_tools.utils.dediac import dediac_ar
        from camel_tools.utils.normalize import normalize_alef_ar, normalize_alef_maksura_ar

        def camel_count(text):
            return Counter(simple_word_tokenize(dediac_ar(normalize_alef_maksura_ar(normalize_alef_ar(text)))))

        import camel_tools

        out["camel-tools"] = (camel_count, f"{getattr(camel_tools, '__version__', '?')}: alef, maksura, dediac, simple_word_tokenize")
    except Exception as e:  # ImportError, or a missing no-deps dependency
        out["camel-tools"] = (None, f"not installed ({type(e).__name__}: {e})")
    try:
        from pyarabic import araby

        def pyarabic_count(text):
            return Counter(araby.tokenize(araby.normalize_alef(araby.strip_tatweel(araby.strip_tashkeel(text)))))

        try:
            from importlib.metadata import version

            v = version("pyarabic")
        except Exception:
            v = "?"
        out["pyarabic"] = (pyarabic_count, f"{v}: strip_tashkeel, strip_tatweel, normalize_alef, tokenize")
    except Exception as e:
        out["pyarabic"] = (None, f"not installed ({type(e).__name__}: {e})")

    word = re.compile(r"\w+")

    def regex_count(text):
        return Counter(word.findall(text))

    out["bare regex \\w+"] = (regex_count, "re.findall(r'\\w+') + Counter, no normalisation")
    return out


# --------------------------------------------------------------------------- 1. import
IMPORT_CODE = "import time, json; t = time.perf_counter(); import maqal; print(json.dumps({'s': time.perf_counter() - t}))"
BARE_CODE = "import json; print(json.dumps({'s': 0}))"

FIRST_USE_CODE = r"""
import json, sys, time
p = time.perf_counter
r = {}
import maqal
t = p(); import maqal.frequencies as F; r['then import maqal.frequencies'] = p() - t
from maqal.paths import SAMPLE_ARTICLE
text = SAMPLE_ARTICLE.read_text(encoding='utf-8')
t = p(); F.count_terms(text); r['first count_terms (stopwords + reference list load)'] = p() - t
t = p(); F.count_terms(text); r['second count_terms (same text)'] = p() - t
t = p(); art = maqal.load_article(SAMPLE_ARTICLE); r['first load_article'] = p() - t
t = p(); F.term_frequencies(art); r['first term_frequencies (imports pandas)'] = p() - t
t = p(); F.keywords(art); r['first keywords (groups the reference list)'] = p() - t
print(json.dumps(r))
"""


def bench_import(n=5):
    section("1. Import and first use (fresh processes)")
    walls, inner, bare = [], [], []
    for _ in range(n):
        t = perf(); run_child(BARE_CODE); bare.append(perf() - t)
        t = perf(); inner.append(run_child(IMPORT_CODE)["s"]); walls.append(perf() - t)
    imp = statistics.median(inner)
    wall = statistics.median(walls)
    py = statistics.median(bare)
    firsts = [run_child(FIRST_USE_CODE) for _ in range(3)]
    first = {k: statistics.median(f[k] for f in firsts) for k in firsts[0]}
    rows = [
        [f"import maqal (in-process, median of {n})", f"{imp:.3f}"],
        [f"python -c 'import maqal' wall (median of {n})", f"{wall:.3f}"],
        ["python -c 'pass' wall, for comparison", f"{py:.3f}"],
    ]
    rows += [[k + " (median of 3)", f"{v:.3f}"] for k, v in first.items()]
    print(fmt_table(["step", "seconds"], rows))
    print(verdict(f"import maqal < {TARGET_IMPORT_S} s", imp < TARGET_IMPORT_S, f"{imp:.3f} s"))
    RESULTS["import"] = {"import_maqal_s": imp, "process_wall_s": wall, "python_startup_s": py, "first_use_s": first,
                         "target_pass": imp < TARGET_IMPORT_S}


# --------------------------------------------------------------------------- 2. sample article
def bench_sample():
    from maqal import load_article
    from maqal.frequencies import collocations, count_terms, keywords, term_frequencies
    from maqal.paths import SAMPLE_ARTICLE
    from maqal.textlayer import TextLayer

    section("2. Sample article (median of repeats after one warm-up; caches warm)")
    if not SAMPLE_ARTICLE.exists():
        print(f"  skipped: {SAMPLE_ARTICLE} not found")
        return
    art = load_article(SAMPLE_ARTICLE)
    text = art.text
    nbytes = len(text.encode("utf-8"))
    n_words = len(text.split())
    print(f"  {SAMPLE_ARTICLE.name}: {n_words} words, {nbytes:,} UTF-8 bytes")

    def fresh_layer(_=None):
        layer = TextLayer(text)
        layer.tokens  # noqa: B018 - built outside the timer
        return layer

    def layer_step(_):
        layer = TextLayer(text)
        layer.tokens  # noqa: B018
        layer.sentences  # noqa: B018

    def pipeline(_):
        a = load_article(SAMPLE_ARTICLE)
        term_frequencies(TextLayer(a.text))

    keywords(art)  # reference key grouping (one-off, ~0.5 s) stays out of the figures
    keep_loaded()
    stages = [
        ("load_article", lambda _: load_article(SAMPLE_ARTICLE), None),
        ("text layer (tokens + sentences)", layer_step, None),
        ("term_frequencies (tokens built)", term_frequencies, fresh_layer),
        ("collocations (tokens built)", collocations, fresh_layer),
        ("keywords (tokens built)", keywords, fresh_layer),
        ("count_terms fast path (text only)", lambda _: count_terms(text), None),
        ("load + text layer + term_frequencies", pipeline, None),
    ]
    rows, res = [], {}
    for name, fn, setup in stages:
        s, n = median_time(fn, setup=setup, budget_s=1.0)
        res[name] = s * 1e3
        rows.append([name, f"{s * 1e3:.2f}", f"{mb(nbytes) / s:.2f}", n])
    print(fmt_table(["stage", "ms/article", "MB/s", "repeats"], rows))
    full = res["load + text layer + term_frequencies"]
    print(verdict(f"{n_words}-word article load + text layer + term_frequencies < {TARGET_ARTICLE_MS:g} ms",
                  full < TARGET_ARTICLE_MS, f"{full:.2f} ms"))
    RESULTS["sample_article"] = {"words": n_words, "bytes": nbytes, "ms": res, "target_pass": full < TARGET_ARTICLE_MS}


# --------------------------------------------------------------------------- corpus
def read_corpus(n_articles: int, min_bytes: int):
    """Articles of the SaudiNewsNet zips in sorted order, until both wants are met.

    Returns (records, seconds to read+parse, files read); records are dicts of the JSON."""
    from maqal.paths import CORPUS_DIR

    zips = sorted(CORPUS_DIR.glob("*.zip")) if CORPUS_DIR.is_dir() else []
    if not zips:
        return None, f"no .zip files in {CORPUS_DIR} (set MAQAL_SHARED to the folder holding corpus/saudinewsnet)", 0
    records, total, files = [], 0, 0
    t = perf()
    for z in zips:
        with zipfile.ZipFile(z) as zf:
            member = next(n for n in zf.namelist() if n.endswith(".json"))
            data = json.loads(zf.read(member).decode("utf-8"))
        files += 1
        for obj in data:
            content = obj.get("content") or ""
            records.append(obj)
            total += len(content.encode("utf-8"))
        if len(records) >= n_articles and total >= min_bytes:
            break
    return records, perf() - t, files


def bench_corpus(records, read_s, files, n_articles: int, passes: int):
    from maqal import load_text
    from maqal.errors import ArticleError
    from maqal.frequencies import count_terms, term_frequencies
    from maqal.textlayer import text_layer

    section(f"3. {n_articles:,} SaudiNewsNet articles: load + normalise + tokenise + count, one core")
    # the first n articles that load_text accepts (empty or non-Arabic ones are rejected and skipped)
    chosen, rejected = [], Counter()
    for obj in records:
        try:
            load_text(obj.get("content") or "", url=obj.get("url"), title=obj.get("title"))
        except ArticleError as e:
            rejected[type(e).__name__] += 1
            continue
        chosen.append(obj)
        if len(chosen) == n_articles:
            break
    texts = [o["content"] for o in chosen]
    n = len(texts)
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    words = sum(len(t.split()) for t in texts)
    rej = ", ".join(f"{v} {k}" for k, v in rejected.items()) or "none"
    print(f"  {n:,} articles, {mb(nbytes):.2f} MB UTF-8, {words / n:.0f} words/article on average;"
          f" skipped before them (load_text rejects): {rej}")
    print(f"  (reading + JSON-decoding the {files} zip file(s) these come from: {read_s:.2f} s, not counted below)")

    def maqal_fast(objs):
        for o in objs:
            a = load_text(o["content"], url=o.get("url"), title=o.get("title"))
            count_terms(a.text)

    def maqal_full(objs):
        for o in objs:
            a = load_text(o["content"], url=o.get("url"), title=o.get("title"))
            term_frequencies(text_layer(a))

    def maqal_load(objs):
        for o in objs:
            load_text(o["content"], url=o.get("url"), title=o.get("title"))

    def over_texts(fn):
        def run(_objs):
            for t in texts:
                fn(t)
        return run

    comps = competitors()
    plan = [
        ("(a) maqal load_text + count_terms", maqal_fast, "maqal", passes),
        ("    maqal count_terms only (no load_text)", over_texts(count_terms), "maqal", passes),
        ("    maqal load_text only", maqal_load, None, passes),
        ("(b) maqal load_text + text layer + term_frequencies", maqal_full, "maqal", 1),
    ]
    for label, key in (("(c) camel-tools", "camel-tools"), ("(d) pyarabic", "pyarabic"), ("(e) bare regex \\w+ + Counter", "bare regex \\w+")):
        fn, note = comps[key]
        plan.append((label, over_texts(fn) if fn else note, None, passes))

    rows, res = [], {}
    for label, fn, caches, k in plan:
        if not callable(fn):
            rows.append([label, fn.split(" (")[0], "", "", ""])
            res[label.strip()] = None
            continue
        cold, warm = [], None
        for _ in range(k):
            if caches:
                clear_maqal_caches()
            gc.collect()
            t = perf(); fn(chosen); cold.append(perf() - t)
        if caches == "maqal" and k > 1:
            gc.collect()
            t = perf(); fn(chosen); warm = perf() - t
        s = statistics.median(cold)
        res[label.strip()] = {"ms_per_article": s / n * 1e3, "mb_per_s": mb(nbytes) / s, "passes": k,
                              "warm_ms_per_article": warm / n * 1e3 if warm else None}
        rows.append([label, f"{s / n * 1e3:.3f}", f"{mb(nbytes) / s:.2f}",
                     f"{warm / n * 1e3:.3f}" if warm else "-", f"{k}"])
    print(fmt_table(["method", "ms/article", "MB/s", "warm ms/art", "passes"], rows,
                    align=["<", ">", ">", ">", ">"]))
    print("  ms/article and MB/s: median of the passes, maqal's word caches cleared before each pass"
          " (a corpus seen for the first time); 'warm' is one more pass with them kept.")
    b = res.get("(b) maqal load_text + text layer + term_frequencies")
    if b:
        print(f"  (b) is one pass ({b['ms_per_article'] * n / 1e3:.0f} s): term_table rebuilds the clitic grouper"
              " per article, so maqal's caches barely matter there.")
    for key in ("camel-tools", "pyarabic"):
        print(f"  {key}: {comps[key][1]}")
    RESULTS["corpus_articles"] = {"n": n, "bytes": nbytes, "rejected_before": dict(rejected), "read_s": read_s,
                                  "methods": res}
    return chosen


def bench_throughput(records, target_bytes: int, repeats: int):
    from maqal.arabic import WORD_ONLY_RE, normalize
    from maqal.frequencies import count_terms

    parts, total, first = [], 0, None
    for o in records:
        c = o.get("content") or ""
        if not c.strip():
            continue
        first = first or o
        parts.append(c)
        total += len(c.encode("utf-8")) + 2
        if total >= target_bytes:
            break
    text = "\n\n".join(parts)
    nbytes = len(text.encode("utf-8"))
    section(f"4. Throughput on {mb(nbytes):.1f} MB of corpus text ({len(parts):,} articles joined), one core, median of {repeats}")
    distinct = len(set(WORD_ONLY_RE.findall(text)))
    print(f"  {len(WORD_ONLY_RE.findall(text)):,} word tokens, {distinct:,} distinct surface forms")

    rows, res = [], {}

    def add(label, times, extra=""):
        s = statistics.median(times)
        res[label] = {"s": s, "mb_per_s": mb(nbytes) / s}
        rows.append([label, f"{s:.3f}", f"{mb(nbytes) / s:.2f}", extra])

    # cold in a fresh process: imports and the reference list are loaded first, untimed
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as fh:
        fh.write(text)
        tmp = fh.name
    try:
        code = (
            "import json, time\n"
            "from maqal.frequencies import count_terms\n"
            "from maqal.lexicons import reference_counts, stopwords\n"
            f"text = open({tmp!r}, encoding='utf-8').read()\n"
            "t = time.perf_counter(); reference_counts(); stopwords(); load = time.perf_counter() - t\n"
            "t = time.perf_counter(); count_terms(text); s = time.perf_counter() - t\n"
            "print(json.dumps({'s': s, 'load': load}))\n"
        )
        kids = [run_child(code) for _ in range(repeats)]
    finally:
        os.unlink(tmp)
    add("maqal count_terms, cold (fresh process)", [k["s"] for k in kids],
        f"+ {statistics.median(k['load'] for k in kids):.2f} s reference list load, not counted")
    cold = []
    for _ in range(repeats):
        clear_maqal_caches()
        gc.collect()
        t = perf(); count_terms(text); cold.append(perf() - t)
    add("maqal count_terms, cold (caches cleared)", cold)
    warm = []
    for _ in range(repeats):
        gc.collect()
        t = perf(); count_terms(text); warm.append(perf() - t)
    add("maqal count_terms, warm", warm)
    # what the fast path is made of
    times = []
    for _ in range(repeats):
        t = perf(); Counter(WORD_ONLY_RE.findall(text)); times.append(perf() - t)
    add("  part: WORD_ONLY_RE.findall + Counter", times)
    times = []
    for _ in range(repeats):
        t = perf(); normalize(text); times.append(perf() - t)
    add("  part: arabic.normalize(whole text)", times)

    comps = competitors()
    for key in ("camel-tools", "pyarabic", "bare regex \\w+"):
        fn, note = comps[key]
        if fn is None:
            rows.append([key, note.split(" (")[0], "", note])
            res[key] = None
            continue
        fn(parts[0])
        times = []
        for _ in range(repeats):
            gc.collect()
            t = perf(); fn(text); times.append(perf() - t)
        add(key, times)
    print(fmt_table(["method", "seconds", "MB/s", "note"], rows, align=["<", ">", ">", "<"]))
    c, w = res["maqal count_terms, cold (fresh process)"]["mb_per_s"], res["maqal count_terms, warm"]["mb_per_s"]
    print(verdict(f"maqal normalise+tokenise+count >= {TARGET_MBPS:g} MB/s, cold", c >= TARGET_MBPS, f"{c:.1f} MB/s"))
    print(verdict(f"maqal normalise+tokenise+count >= {TARGET_MBPS:g} MB/s, warm", w >= TARGET_MBPS, f"{w:.1f} MB/s"))
    print("  anchors (shared/FACTS.md, 5 MB): camel-tools 5.4 MB/s, pyarabic 15.4, bare \\w+ 81.5")
    RESULTS["throughput"] = {"bytes": nbytes, "articles": len(parts), "distinct_forms": distinct, "methods": res,
                             "target_pass_cold": c >= TARGET_MBPS, "target_pass_warm": w >= TARGET_MBPS}
    return text, published_of(first)


# --------------------------------------------------------------------------- 5. dates and events
def timed_passes(fn, k: int):
    """Median seconds of ``k`` calls of ``fn()`` (gc before each) and the last call's result."""
    times, out = [], None
    for _ in range(max(1, k)):
        gc.collect()
        t = perf()
        out = fn()
        times.append(perf() - t)
    return statistics.median(times), out


def paragraph_prefix(text: str, nbytes: int) -> str:
    """The first ~``nbytes`` UTF-8 bytes of ``text``, cut at a paragraph break."""
    cut = text.encode("utf-8")[:nbytes].decode("utf-8", "ignore")
    i = cut.rfind("\n\n")
    return cut[:i] if i > 0 else cut


def bench_timeline(chosen, joined, passes: int):
    from maqal import load_article
    from maqal.paths import SAMPLE_ARTICLE
    from maqal.timeline import date_rows, event_rows, events, find_dates

    section("5. Dates and events (issue 3: timeline.date_rows / find_dates, event_rows / events), one core")
    dp, dp_note = dateparser_search()
    res = {"dateparser": dp_note}
    RESULTS["timeline"] = res

    # ---- first calls in this process: patterns compiled, lexicons and gazetteer read
    firsts = []
    if SAMPLE_ARTICLE.exists():
        art = load_article(SAMPLE_ARTICLE)
        t = perf(); d0 = date_rows(art); firsts.append(("date_rows", perf() - t))
        t = perf(); event_rows(art, dates=d0); firsts.append(("event_rows", perf() - t))
        if dp:
            base = dt.datetime.combine(art.published, dt.time()) if art.published else None
            t = perf(); dp(art.text, base); firsts.append(("dateparser search_dates", perf() - t))
        print("  first calls in this process (patterns compiled, lexicons read; not in the figures below): "
              + ", ".join(f"{k} {v:.2f} s" for k, v in firsts))
        res["first_call_s"] = dict(firsts)
        keep_loaded()

    # ---- 5a. the sample article
    print()
    if not SAMPLE_ARTICLE.exists():
        print(f"  5a. skipped: {SAMPLE_ARTICLE} not found")
    else:
        text = art.text
        nbytes = len(text.encode("utf-8"))
        n_words = len(text.split())
        base = dt.datetime.combine(art.published, dt.time()) if art.published else None
        print(f"  5a. {SAMPLE_ARTICLE.name}: {n_words} words, {nbytes:,} bytes, published {art.published}"
              " (median of repeats after one warm-up)")
        dates = date_rows(art)
        dates_df = find_dates(art)
        stages = [
            ("date_rows (list of dicts)", lambda _: date_rows(art)),
            ("find_dates (DataFrame)", lambda _: find_dates(art)),
            ("event_rows, dates given", lambda _: event_rows(art, dates=dates)),
            ("events (DataFrame), dates given", lambda _: events(art, dates=dates_df)),
            ("date_rows + event_rows", lambda _: event_rows(art, dates=date_rows(art))),
            ("find_dates + events (DataFrames)", lambda _: events(art, dates=find_dates(art))),
        ]
        if dp:
            stages.append(("dateparser search_dates", lambda _: dp(text, base)))
        rows, ms = [], {}
        for name, fn in stages:
            found = len(fn(None))
            s, n = median_time(fn, budget_s=1.0)
            ms[name] = s * 1e3
            rows.append([name, f"{s * 1e3:.2f}", f"{mb(nbytes) / s:.2f}", found, n])
        if not dp:
            rows.append(["dateparser search_dates", "not installed", "", "", ""])
        print(fmt_table(["stage", "ms/article", "MB/s", "found", "repeats"], rows))
        print("  found: dates (date_rows, find_dates, dateparser) or events (event_rows, events) in the article")
        both = ms["date_rows + event_rows"]
        print(verdict(f"{n_words}-word article dates + events (date_rows + event_rows) < {TARGET_TIMELINE_MS:g} ms",
                      both < TARGET_TIMELINE_MS,
                      f"{both:.2f} ms; with DataFrames (find_dates + events) {ms['find_dates + events (DataFrames)']:.2f} ms"))
        res["sample"] = {"words": n_words, "bytes": nbytes, "ms": ms, "dates": len(dates),
                         "events": len(event_rows(art, dates=dates)), "target_pass": both < TARGET_TIMELINE_MS}

    if not chosen:
        print("\n  5b./5c. skipped: no corpus (see 3./4.)")
        return

    # ---- 5b. the 1,000 articles
    texts = [o["content"] for o in chosen]
    bases = [published_of(o) for o in chosen]
    pubs = [b.date() if b else None for b in bases]
    n = len(texts)
    sizes = [len(t.encode("utf-8")) for t in texts]
    nbytes = sum(sizes)
    k_dp = min(DATEPARSER_ARTICLES, n)
    sub_bytes = sum(sizes[:k_dp])
    print()
    print(f"  5b. the {n:,} articles of 3. ({mb(nbytes):.2f} MB), raw content, published = date_extracted;"
          f" dateparser on the first {k_dp} only ({mb(sub_bytes):.2f} MB)")
    date_rows(texts[0], pubs[0]); find_dates(texts[0], pubs[0])  # warm-up (first-call costs out)
    keep_loaded()

    rows, out = [], {}

    def add(label, s, count, n_art, nb, k, what):
        out[label] = {"ms_per_article": s / n_art * 1e3, "mb_per_s": mb(nb) / s, f"{what}_per_article": count / n_art,
                      "passes": k}
        rows.append([label, f"{s / n_art * 1e3:.3f}", f"{mb(nb) / s:.2f}", f"{count / n_art:.2f} {what}", k])

    s, D = timed_passes(lambda: [date_rows(t, p) for t, p in zip(texts, pubs)], passes)
    add("maqal date_rows", s, sum(map(len, D)), n, nbytes, passes, "dates")
    dates_mbps = mb(nbytes) / s
    s, F = timed_passes(lambda: [find_dates(t, p) for t, p in zip(texts, pubs)], 1)
    add("maqal find_dates (DataFrame)", s, sum(map(len, F)), n, nbytes, 1, "dates")
    s, E = timed_passes(lambda: [event_rows(t, p, dates=d) for t, p, d in zip(texts, pubs, D)], passes)
    add("maqal event_rows, dates given", s, sum(map(len, E)), n, nbytes, passes, "events")
    events_per_article = sum(map(len, E)) / n
    s, E2 = timed_passes(lambda: [event_rows(t, p, dates=date_rows(t, p)) for t, p in zip(texts, pubs)], 1)
    add("maqal date_rows + event_rows", s, sum(map(len, E2)), n, nbytes, 1, "events")
    s, E3 = timed_passes(lambda: [events(t, p, dates=find_dates(t, p)) for t, p in zip(texts, pubs)], 1)
    add("maqal find_dates + events (DataFrames)", s, sum(map(len, E3)), n, nbytes, 1, "events")
    s, D1 = timed_passes(lambda: [date_rows(t, p) for t, p in zip(texts[:k_dp], pubs[:k_dp])], passes)
    add(f"maqal date_rows, first {k_dp} articles", s, sum(map(len, D1)), k_dp, sub_bytes, passes, "dates")
    if dp:
        dp(texts[0], bases[0])
        s, X = timed_passes(lambda: [dp(t, b) for t, b in zip(texts[:k_dp], bases[:k_dp])], 1)
        add(f"dateparser search_dates, first {k_dp} articles only", s, sum(map(len, X)), k_dp, sub_bytes, 1, "dates")
    else:
        rows.append([f"dateparser search_dates, first {k_dp} articles only", "not installed", "", "", ""])
    print(fmt_table(["method", "ms/article", "MB/s", "found/article", "passes"], rows, align=["<", ">", ">", ">", ">"]))
    print(f"  dateparser is slow, so it runs on the first {k_dp} articles only; compare it with the maqal row"
          " on the same articles.")
    if dp:
        print(f"  dateparser: {dp_note}")
    print(verdict(f"date scanning (date_rows) >= {TARGET_DATES_MBPS:g} MB/s, {n:,} articles",
                  dates_mbps >= TARGET_DATES_MBPS, f"{dates_mbps:.1f} MB/s"))
    print(f"  events per article (event_rows): {events_per_article:.2f} on average,"
          f" {sum(1 for e in E if e) / n:.0%} of articles with at least one")
    res["corpus_articles"] = {"n": n, "bytes": nbytes, "dateparser_articles": k_dp, "methods": out,
                              "events_per_article": events_per_article,
                              "target_pass": dates_mbps >= TARGET_DATES_MBPS}

    # ---- 5c. the ~5 MB joined text
    if not joined:
        return
    jtext, jbase = joined
    jpub = jbase.date() if jbase else None
    jbytes = len(jtext.encode("utf-8"))
    print()
    print(f"  5c. the {mb(jbytes):.1f} MB text of 4. as one string, published = its first article's date ({jpub})")
    rows, out = [], {}

    def add_j(label, s, found, nb, k, note=""):
        out[label] = {"s": s, "mb_per_s": mb(nb) / s, "dates": found, "bytes": nb, "passes": k}
        rows.append([label, f"{s:.3f}", f"{mb(nb) / s:.2f}", f"{found:,}", k, note])

    s, J = timed_passes(lambda: date_rows(jtext, jpub), passes)
    add_j("maqal date_rows", s, len(J), jbytes, passes)
    joined_mbps = mb(jbytes) / s
    s, J2 = timed_passes(lambda: date_rows(jtext, jpub, sentences=False), passes)
    add_j("maqal date_rows, sentences=False", s, len(J2), jbytes, passes, "no sentence index")
    s, JF = timed_passes(lambda: find_dates(jtext, jpub), 1)
    add_j("maqal find_dates (DataFrame)", s, len(JF), jbytes, 1)
    prefix = paragraph_prefix(jtext, DATEPARSER_BYTES)
    pbytes = len(prefix.encode("utf-8"))
    s, JP = timed_passes(lambda: date_rows(prefix, jpub), passes)
    add_j(f"maqal date_rows, first {mb(pbytes):.2f} MB", s, len(JP), pbytes, passes)
    if dp:
        s, X = timed_passes(lambda: dp(prefix, jbase), 1)
        add_j(f"dateparser search_dates, first {mb(pbytes):.2f} MB only", s, len(X), pbytes, 1,
              f"a prefix only: all {mb(jbytes):.1f} MB would take ~{s * jbytes / pbytes:.0f} s")
    else:
        rows.append(["dateparser search_dates", "not installed", "", "", "", ""])
    print(fmt_table(["method", "seconds", "MB/s", "dates", "passes", "note"], rows,
                    align=["<", ">", ">", ">", ">", "<"]))
    print(verdict(f"date scanning (date_rows) >= {TARGET_DATES_MBPS:g} MB/s, {mb(jbytes):.1f} MB joined",
                  joined_mbps >= TARGET_DATES_MBPS, f"{joined_mbps:.1f} MB/s"))
    res["joined"] = {"bytes": jbytes, "published": str(jpub), "dateparser_bytes": pbytes, "methods": out,
                     "target_pass": joined_mbps >= TARGET_DATES_MBPS}


# --------------------------------------------------------------------------- 6. claims
def claim_rows(text):
    """The rows :func:`maqal.claims.claims` builds, without the DataFrame."""
    from maqal.claims import claim_rows as rows

    return rows(text)


def bench_claims(chosen, passes: int):
    from maqal import load_article
    from maqal.claims import claims
    from maqal.paths import SAMPLE_ARTICLE

    section("6. Claims (issue 4: claims.claims), one core")
    res = {}
    RESULTS["claims"] = res
    if not SAMPLE_ARTICLE.exists():
        print(f"  6a. skipped: {SAMPLE_ARTICLE} not found")
    else:
        art = load_article(SAMPLE_ARTICLE)
        t = perf(); claims(art); first = perf() - t
        keep_loaded()
        print(f"  first call in this process (lexicons read, patterns compiled; not in the figures below): {first:.2f} s")
        text = art.text
        nbytes = len(text.encode("utf-8"))
        n_words = len(text.split())
        print(f"\n  6a. {SAMPLE_ARTICLE.name}: {n_words} words (median of repeats after one warm-up)")
        stages = [("claims (DataFrame)", lambda _: claims(art))]
        try:
            claim_rows(text)
            stages.append(("  part: claim rows without the DataFrame", lambda _: claim_rows(text)))
        except Exception as e:  # the private API moved
            print(f"  (claim rows without the DataFrame: not measured, {type(e).__name__}: {e})")
        rows, ms = [], {}
        for name, fn in stages:
            found = len(fn(None))
            s, n = median_time(fn, budget_s=1.0)
            ms[name] = s * 1e3
            rows.append([name, f"{s * 1e3:.2f}", f"{found / s:,.0f}", f"{mb(nbytes) / s:.2f}", found, n])
        print(fmt_table(["stage", "ms/article", "claims/s", "MB/s", "claims", "repeats"], rows))
        c = ms["claims (DataFrame)"]
        print(verdict(f"{n_words}-word article claims < {TARGET_CLAIMS_MS:g} ms", c < TARGET_CLAIMS_MS, f"{c:.2f} ms"))
        res["sample"] = {"words": n_words, "bytes": nbytes, "ms": ms, "first_call_s": first,
                         "target_pass": c < TARGET_CLAIMS_MS}
    if not chosen:
        print("\n  6b. skipped: no corpus (see 3.)")
        return
    texts = [o["content"] for o in chosen]
    n = len(texts)
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    print(f"\n  6b. the {n:,} articles of 3. ({mb(nbytes):.2f} MB), raw content")
    claims(texts[0])
    rows, out = [], {}
    s, C = timed_passes(lambda: [len(claims(t)) for t in texts], passes)
    found = sum(C)
    out["claims (DataFrame)"] = {"ms_per_article": s / n * 1e3, "claims_per_s": found / s, "mb_per_s": mb(nbytes) / s,
                                 "claims_per_article": found / n, "passes": passes}
    rows.append(["claims (DataFrame)", f"{s / n * 1e3:.3f}", f"{found / s:,.0f}", f"{mb(nbytes) / s:.2f}",
                 f"{found / n:.1f}", passes])
    try:
        s, R = timed_passes(lambda: [len(claim_rows(t)) for t in texts], 1)
        out["claim rows without the DataFrame"] = {"ms_per_article": s / n * 1e3, "claims_per_s": sum(R) / s,
                                                   "mb_per_s": mb(nbytes) / s, "passes": 1}
        rows.append(["  part: claim rows without the DataFrame", f"{s / n * 1e3:.3f}", f"{sum(R) / s:,.0f}",
                     f"{mb(nbytes) / s:.2f}", f"{sum(R) / n:.1f}", 1])
    except Exception as e:
        rows.append(["  part: claim rows without the DataFrame", f"n/a ({type(e).__name__})", "", "", "", ""])
    print(fmt_table(["method", "ms/article", "claims/s", "MB/s", "claims/article", "passes"], rows,
                    align=["<", ">", ">", ">", ">", ">"]))
    res["corpus_articles"] = {"n": n, "bytes": nbytes, "methods": out}


# --------------------------------------------------------------------------- 6e. entities
def bench_entities(chosen, passes: int):
    """Entity mentions: rows on a fresh text layer (its normalisation included), rows on a built
    one (what the pipeline pays), and the DataFrame of ``maqal.entities``."""
    from maqal import load_article
    from maqal.entities import entities, entity_rows
    from maqal.paths import SAMPLE_ARTICLE
    from maqal.textlayer import TextLayer

    section("6e. Entities (issue 11: maqal.entities), one core")
    res = {}
    RESULTS["entities"] = res
    if SAMPLE_ARTICLE.exists():
        text = load_article(SAMPLE_ARTICLE).text
        t = perf(); entity_rows(TextLayer(text)); first = perf() - t
        keep_loaded()
        print(f"  first call in this process (lexicons read, tables built; not in the figures below): {first:.2f} s")
        built = TextLayer(text)
        _ = built.normalized.tokens  # built before timing
        stages = [("entity rows, fresh text layer", lambda: entity_rows(TextLayer(text))),
                  ("  part: entity rows on a built text layer", lambda: entity_rows(built)),
                  ("maqal.entities (DataFrame)", lambda: entities(text))]
        rows, ms = [], {}
        for name, fn in stages:
            found = len(fn())
            sec, n = median_time(lambda _, fn=fn: fn(), budget_s=1.0)
            ms[name] = sec * 1e3
            rows.append([name, f"{sec * 1e3:.2f}", found, n])
        n_words = len(text.split())
        print(f"\n  {SAMPLE_ARTICLE.name}: {n_words} words (median of repeats after one warm-up)")
        print(fmt_table(["stage", "ms/article", "mentions", "repeats"], rows))
        c = ms["entity rows, fresh text layer"]
        print(verdict(f"{n_words}-word article entities < {TARGET_ENTITIES_MS:g} ms", c < TARGET_ENTITIES_MS,
                      f"{c:.2f} ms"))
        res["sample"] = {"words": n_words, "ms": ms, "first_call_s": first, "target_pass": c < TARGET_ENTITIES_MS}
    if chosen:
        texts = [o["content"] for o in chosen]
        sec, found = timed_passes(lambda: [len(entity_rows(TextLayer(t))) for t in texts], passes)
        n = len(texts)
        print(f"\n  the {n:,} articles of 3.: {sec / n * 1e3:.3f} ms/article (fresh text layers), "
              f"{sum(found) / n:.1f} mentions/article")
        res["corpus_articles"] = {"n": n, "ms_per_article": sec / n * 1e3, "mentions_per_article": sum(found) / n}


# --------------------------------------------------------------------------- 7. the whole analysis
def bare_count(text):
    """The floor any word counter stands on: a bare regex pass and a Counter, nothing Arabic-aware."""
    return Counter(re.findall(r"\w+", text))


def bench_analyze(chosen, passes: int):
    """``maqal.analysis.analyze`` (everything ``maqal analyze --json`` gives) per article, beside a bare
    ``re.findall`` + ``Counter`` pass over the same texts."""
    from maqal import load_article
    from maqal.analysis import analyze
    from maqal.article import Article
    from maqal.paths import SAMPLE_ARTICLE

    section("7. The whole analysis (maqal.analysis.analyze: text layer, frequencies, collocations, keywords, "
            "dates, events, claims), one core")
    res = RESULTS.setdefault("analyze", {})
    if SAMPLE_ARTICLE.exists():
        art = load_article(SAMPLE_ARTICLE)
        analyze(art)  # first use: lexicons, reference list, patterns
        keep_loaded()
        n_words = len(art.text.split())
        s, n = median_time(lambda _: analyze(art), budget_s=2.0)
        b, _ = median_time(lambda _: bare_count(art.text), budget_s=0.5)
        print(fmt_table(["stage", "ms/article", "repeats"],
                        [["maqal analyze", f"{s * 1e3:.2f}", n], ["bare re.findall + Counter", f"{b * 1e3:.3f}", "-"]]))
        print(verdict(f"{n_words}-word article, full analysis after import < {TARGET_ANALYZE_MS:g} ms",
                      s * 1e3 < TARGET_ANALYZE_MS, f"{s * 1e3:.2f} ms"))
        res["sample"] = {"words": n_words, "ms": s * 1e3, "bare_ms": b * 1e3, "target_pass": s * 1e3 < TARGET_ANALYZE_MS}
    if not chosen:
        print("  corpus part skipped: no corpus (see 3.)")
        return
    arts = []
    for i, o in enumerate(chosen):
        published = published_of(o)
        arts.append(Article(text=o["content"], id=f"bench-{i}", source=o.get("source"), title=o.get("title"),
                            published=published.date() if published else None))
    n = len(arts)
    words = sum(len(a.text.split()) for a in arts)
    s, _ = timed_passes(lambda: [analyze(a) for a in arts], passes)
    b, _ = timed_passes(lambda: [bare_count(a.text) for a in arts], passes)
    print(f"\n  {n:,} corpus articles of 3., {words / n:.0f} words each on average")
    print(fmt_table(["method", "ms/article", "passes"],
                    [["maqal analyze", f"{s / n * 1e3:.2f}", passes],
                     ["bare re.findall + Counter", f"{b / n * 1e3:.3f}", passes]]))
    res["corpus"] = {"n": n, "ms_per_article": s / n * 1e3, "bare_ms_per_article": b / n * 1e3}


# --------------------------------------------------------------------------- one long article
LONG_SIZES_MB = (1, 2, 4, 8)
MAX_GROWTH = 1.5  # seconds per MB of the longest article / of the shortest, for "linear"
TARGET_HUGE_S, TARGET_HUGE_MB = 120.0, 2048  # issue 16: a 50 MB article within 2 minutes and 2 GB

LONG_CHILD = r"""
import gc, json, resource, sys, time, zipfile
from maqal.analysis import analyze
from maqal.loading import load_article, load_text
from maqal.paths import CORPUS_DIR, SAMPLE_ARTICLE
def high_water_kb():
    # VmHWM starts afresh with this process's memory; ru_maxrss is kept across exec from the parent
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
def resident_kb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
from maqal.pipeline import runner_process
runner_process()  # as the command line: what the first analysis loads is frozen after it
analyze(load_article(SAMPLE_ARTICLE))  # lexicons, reference list, patterns: not part of the cost
base = high_water_kb()
zips = sorted(CORPUS_DIR.glob("*.zip"))
want = int(float(sys.argv[1]) * 2**20)
if sys.argv[2] == "repeated":
    with zipfile.ZipFile(zips[0]) as z:
        records = json.loads(z.read(z.namelist()[0]))
    unit = "\n\n".join(r["content"] for r in records[:400] if r.get("content"))  # ~1 MB of real articles
    text = "\n\n".join([unit] * (want // len(unit.encode()) + 1))
else:  # distinct: consecutive articles of the corpus, none twice
    parts, size = [], 0
    for path in zips:
        with zipfile.ZipFile(path) as z:
            for r in json.loads(z.read(z.namelist()[0])):
                if r.get("content") and size < want:
                    parts.append(r["content"])
                    size += len(r["content"].encode()) + 2
        if size >= want:
            break
    text = "\n\n".join(parts)
    del parts
text = text.encode()[:want].decode("utf-8", "ignore")
reading_peak = high_water_kb()
# the day files read to make the text are gone: the high-water mark starts again here (Linux: 5 to clear_refs)
gc.collect()
open("/proc/self/clear_refs", "w").write("5")
start = resident_kb()
t, c = time.perf_counter(), time.process_time()
data = analyze(load_text(text, published="2015-07-21"))
seconds, cpu = time.perf_counter() - t, time.process_time() - c
peak = high_water_kb()
print(json.dumps({"bytes": len(text.encode()), "seconds": seconds, "cpu_seconds": cpu, "peak_mb": peak / 1024,
                  "process_peak_mb": max(peak, reading_peak) / 1024,
                  "growth_mb": (peak - start) / 1024, "growth_with_reading_mb": (max(peak, reading_peak) - base) / 1024,
                  "rows": {k: len(v) for k, v in data.items() if not isinstance(v, (dict, str))}}))
"""


def bench_long_article(sizes=LONG_SIZES_MB, timeout: int = 1800):
    """The whole analysis of one article of each size, in a fresh process: time and peak memory;
    the article made of ~1 MB of corpus text repeated (as before), then of distinct articles."""
    from maqal.paths import CORPUS_DIR

    if not sorted(CORPUS_DIR.glob("*.zip")) if CORPUS_DIR.is_dir() else True:
        section("8. One long article")
        print(f"  skipped: no corpus at {CORPUS_DIR}")
        return
    for how in ("repeated", "distinct"):
        section(f"8{'ab'[how == 'distinct']}. One long article ({', '.join(f'{m:g}' for m in sizes)} MB of corpus "
                f"text, {how}): maqal analyze, fresh process each, one core")
        long_article_series(sizes, how, timeout)


def bench_huge_article(size: float, timeout: int = 1800) -> None:
    """One article of ``size`` MB of distinct corpus text (``--long-mb``; too slow for every run):
    the whole analysis against the issue's bounds of time and peak memory."""
    section(f"8c. One {size:g} MB article (distinct corpus text): maqal analyze, fresh process, one core")
    r = subprocess.run([sys.executable, "-c", LONG_CHILD, str(size), "distinct"], capture_output=True, text=True,
                       env=CHILD_ENV, cwd=str(ROOT), timeout=timeout)
    if r.returncode != 0:
        print(f"  {size:g} MB failed:\n{r.stderr[-1500:]}")
        return
    got = json.loads(r.stdout.strip().splitlines()[-1])
    RESULTS["long_article_huge"] = {"mb": size, **got}
    print(fmt_table(["MB", "seconds", "CPU s", "peak RSS MB", "growth MB/MB"],
                    [[f"{got['bytes'] / 2**20:.1f}", f"{got['seconds']:.1f}", f"{got['cpu_seconds']:.1f}",
                      f"{got['peak_mb']:.0f}", f"{got['growth_mb'] / size:.0f}"]]))
    print(verdict(f"{size:g} MB article within {TARGET_HUGE_S:g} s and {TARGET_HUGE_MB:,} MB peak",
                  got["seconds"] < TARGET_HUGE_S and got["process_peak_mb"] < TARGET_HUGE_MB,
                  f"{got['seconds']:.0f} s, {got['process_peak_mb']:.0f} MB"))


def long_article_series(sizes, how: str, timeout: int) -> None:
    """One row per size: seconds, CPU seconds, growth per doubling, peak memory."""
    rows, res = [], RESULTS.setdefault(f"long_article_{how}", [])
    for size in sizes:
        r = subprocess.run([sys.executable, "-c", LONG_CHILD, str(size), how], capture_output=True, text=True,
                           env=CHILD_ENV, cwd=str(ROOT), timeout=timeout)
        if r.returncode != 0:
            print(f"  {size:g} MB failed:\n{r.stderr[-1500:]}")
            return
        got = json.loads(r.stdout.strip().splitlines()[-1])
        res.append({"mb": size, **got})
        before = res[-2] if len(res) > 1 else None
        ratio = f"{got['seconds'] / before['seconds']:.2f}x" if before else "-"
        rows.append([f"{size:g}", f"{got['seconds']:.1f}", f"{got['cpu_seconds']:.1f}", f"{got['seconds'] / size:.2f}",
                     ratio, f"{got['peak_mb']:.0f}", f"{got['growth_mb']:.0f}", f"{got['growth_mb'] / size:.0f}",
                     f"{got['growth_with_reading_mb'] / size:.0f}"])
        print(f"  {size:g} MB: {got['seconds']:.1f} s", flush=True)
    print(fmt_table(["MB", "seconds", "CPU s", "s/MB", "x per doubling", "peak RSS MB", "growth MB",
                     "growth MB/MB", "with reading MB/MB"], rows))
    print("  (growth: from the loaded text to the analysis's peak; with reading: from before the day files\n"
          "   the text is cut from were read, as this table gave it before)")
    if how == "repeated":
        print("  (the article repeats ~1 MB of real articles: from 2 MB on, every phrase occurs at least twice,\n"
              "   so collocations and repeated names have more to find per MB than at 1 MB)")
    per_mb = [r["seconds"] / r["mb"] for r in res]
    print(verdict(f"time per MB at {sizes[-1]:g} MB within {MAX_GROWTH}x of {sizes[0]:g} MB (linear)",
                  per_mb[-1] <= MAX_GROWTH * per_mb[0], f"{per_mb[-1] / per_mb[0]:.2f}x"))
    doubling = (res[-1]["seconds"] / res[0]["seconds"]) ** (1 / max(1, len(res) - 1))
    print(f"  mean growth per doubling: {doubling:.2f}x time (2.00x is linear); "
          f"memory {res[-1]['growth_mb'] / sizes[-1]:.0f} MB per MB of text at {sizes[-1]:g} MB")


# --------------------------------------------------------------------------- main
def bench_stories() -> None:
    """7. Stories (issue 13): grouping one day of SaudiNewsNet (its corpus tables made first, not
    timed) into copy and same_event stories, in this process."""
    from maqal.corpus import run_corpus
    from maqal.paths import CORPUS_DIR
    from maqal.stories import find_stories

    section("7. Stories: one day of SaudiNewsNet")
    day = CORPUS_DIR / "2015-08-01.zip"
    if not day.exists():
        print(f"  skipped: {day} not found")
        return
    with tempfile.TemporaryDirectory() as tmp:
        run_corpus([day], tmp, workers=os.cpu_count(), progress=False)
        t0 = perf()
        found = find_stories(tmp)
        secs = perf() - t0
    n = found["relation"].value_counts().to_dict()
    print(fmt_table(["day", "articles in stories", "copy", "same_event", "seconds"],
                    [[day.stem, int(found["n_articles"].sum()), n.get("copy", 0), n.get("same_event", 0), f"{secs:.1f}"]]))
    RESULTS["stories"] = {"day": day.stem, "seconds": secs, **n}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", metavar="FILE", help="also write the figures to FILE as JSON")
    ap.add_argument("--articles", type=int, default=1000, help="corpus articles for part 3 (default 1000)")
    ap.add_argument("--mb", type=float, default=5.0, help="MB of corpus text for part 4 (default 5)")
    ap.add_argument("--passes", type=int, default=3, help="passes per method in parts 3 and 4 (default 3)")
    ap.add_argument("--only-long", action="store_true", help="only part 8: one article of 1, 2, 4 and 8 MB")
    ap.add_argument("--long-mb", type=float, metavar="MB",
                    help="also one article of this many MB of distinct text after part 8 (issue 16: 50)")
    args = ap.parse_args(argv)

    started = perf()
    pin = pin_one_core()
    from maqal import pipeline

    pipeline.runner_process()  # as the command line: the first analysis ends with what it loaded frozen
    import maqal

    head = (f"maqal {maqal.__version__} benchmark — {dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}\n"
            f"machine: {platform.machine()}, {cores()} cores ({pin}); {platform.processor() or platform.node()}\n"
            f"python {platform.python_version()} ({platform.python_implementation()}) on {platform.platform()}")
    print(head)
    RESULTS["meta"] = {"date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
                       "python": platform.python_version(), "cores": os.cpu_count(), "pin": pin,
                       "platform": platform.platform(), "maqal": maqal.__version__}

    if args.only_long:
        bench_long_article()
        if args.long_mb:
            bench_huge_article(args.long_mb)
        return 0
    bench_import()
    bench_sample()

    records, read_s, files = read_corpus(args.articles + 100, int(args.mb * 1e6))
    chosen = joined = None
    if records is None:
        section("3./4. Corpus rows")
        print(f"  skipped: {read_s}")
        RESULTS["corpus_skipped"] = read_s
    else:
        chosen = bench_corpus(records, read_s, files, args.articles, args.passes)
        joined = bench_throughput(records, int(args.mb * 1e6), args.passes)
    bench_timeline(chosen, joined, args.passes)
    bench_claims(chosen, args.passes)
    bench_entities(chosen, args.passes)
    bench_analyze(chosen, args.passes)
    bench_long_article()
    if args.long_mb:
        bench_huge_article(args.long_mb)
    bench_stories()

    total = perf() - started
    print(f"\nwhole run: {total:.0f} s")
    RESULTS["meta"]["run_s"] = total
    if args.json:
        Path(args.json).write_text(json.dumps(RESULTS, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
        print(f"figures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

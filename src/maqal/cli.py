"""Command line: ``maqal analyze PATH --json``, ``maqal report PATH...``, ``maqal corpus PATH... --out DIR``
``maqal stories DIR`` and ``maqal related ARTICLE --corpus DIR``."""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path


def _write_pieces(pieces, out, size: int = 1 << 20) -> None:
    """Text ``pieces`` written to the binary stream ``out`` as UTF-8, about ``size`` characters
    at a time (a long article's JSON is never one string)."""
    batch, n = [], 0
    for piece in pieces:
        batch.append(piece)
        n += len(piece)
        if n >= size:
            out.write("".join(batch).encode("utf-8"))
            batch, n = [], 0
    out.write("".join(batch).encode("utf-8"))


def _analyze(args) -> int:
    from .analysis import analyze, json_pieces
    from .loading import load_article

    art = load_article(args.path, published=args.published, index=args.index, select=args.select,
                       encoding=args.encoding, strict=not args.any_language, columns=_columns(args))
    for warning in art.warnings:  # a field left out, a date ignored, a text not Arabic: said, not silent
        print(f"maqal: warning: {cli_message(warning)}", file=sys.stderr)
    data = analyze(art, top=args.top)
    if args.json:
        _write_pieces(json_pieces(data), sys.stdout.buffer)
        sys.stdout.buffer.write(b"\n")
    else:
        a = data["article"]
        print(f"{a['id']}: {a.get('title') or ''} ({a.get('source') or 'unknown outlet'}, {a.get('published') or 'no date'})")
        print(f"{data['stats']['paragraphs']} paragraphs, {data['stats']['sentences']} sentences, {data['stats']['tokens']} tokens")
        for row in data["frequencies"][: args.top or 15]:
            print(f"{row['count']:5d}  {row['term']}  ({'، '.join(row['forms'])})")
    return 0


def _report(args) -> int:
    from .reports import run_corpus_report, run_reports

    if args.corpus:
        res = run_corpus_report(args.corpus, args.out, args.figures, keep_code=args.keep_code, timeout=args.timeout,
                                lang=args.lang)
        print(res.folder)
        if not args.paths:
            return 0
    elif not args.paths:
        print("maqal report: give article PATH(s) or --corpus DIR", file=sys.stderr)
        return 2
    results = run_reports(args.paths, args.out, keep_code=args.keep_code, published=args.published,
                          select=args.select, timeout=args.timeout, figures_dir=args.figures, limit=args.limit,
                          lang=args.lang)
    failed = [r for r in results if r.error]
    for r in results:
        if not r.error and not r.skipped:
            print(r.folder)
    skipped = [r for r in results if r.skipped]
    if skipped:
        print(f"maqal report: {len(skipped)} of {len(results)} skipped (empty):", file=sys.stderr)
        for r in skipped:
            print(f"  {r.article}", file=sys.stderr)
    if failed:
        print(f"maqal report: {len(failed)} of {len(results)} failed:", file=sys.stderr)
        for r in failed:
            print(f"  {r.article}: {cli_message(r.error)}", file=sys.stderr)
    return 1 if failed else 0


def _corpus(args) -> int:
    from .corpus import run_corpus

    run = run_corpus(args.paths, args.out, workers=args.workers, dask=args.dask, limit=args.limit,
                     tables=args.tables, chunk_size=args.chunk_size, select=args.select, force=args.force,
                     prune=args.prune, progress=not args.quiet, columns=_columns(args))
    mb = run.bytes / 1e6
    rate = f"{run.articles / run.seconds:.0f} articles/s, {mb / run.seconds:.2f} MB/s" if run.seconds else ""
    print(f"{run.out}: {run.articles} articles ({mb:.1f} MB) in {run.seconds:.1f} s [{rate}]; "
          f"{run.done} chunks computed, {run.skipped} already done; tables: {', '.join(['articles', *run.tables])}")
    c = run.counts
    if c:
        print(f"articles: {c['added']} added, {c['updated']} updated, {c['redone']} analysed again unchanged, "
              f"{c['reused']} already done, {c['kept']} kept from earlier runs, {c['removed']} removed"
              + (f"; {c['failed']} of the {c['added'] + c['updated'] + c['redone']} analysed could not be read (error rows)"
                 if c.get("failed") else ""))
    if run.empty:
        print(f"{len(run.empty)} skipped (empty): " + ", ".join(f"{Path(e['file']).name}"
              + (f"#{e['index_in_file']}" if e.get("index_in_file") is not None else "") for e in run.empty[:5]),
              file=sys.stderr)
    if run.shared_ids:
        aid, places = next(iter(run.shared_ids.items()))
        print(f"{len(run.shared_ids)} article ids are carried by more than one article, so tables keyed by article_id "
              f"hold them together (first: {aid!r} in " + ", ".join(f"{f}#{i}" if i is not None else f for f, i in places[:3])
              + ") — give them ids of their own (an id field or front matter), or drop the copies", file=sys.stderr)
    if run.errors:
        print(f"{len(run.errors)} articles or tables failed (see {run.out}/errors/ and _manifest.json); first ones:",
              file=sys.stderr)
        for e in run.errors[:5]:
            print(f"  {e.get('table') or 'load'}: {e['error']}", file=sys.stderr)
    if args.stories:
        _print_stories(run.out)
    if args.report:
        from .reports import run_corpus_report

        res = run_corpus_report(run.out, args.report_out, args.figures, keep_code=False)
        print(res.folder)
    return 0


def _column_flags(parser) -> None:
    """``--text-column NAME`` … : which column of a CSV/TSV/JSON Lines export holds which field."""
    from .loading.columns import ROLES

    for role in ROLES:
        parser.add_argument(f"--{role}-column", default=None, metavar="NAME",
                            help=f"the {role} column of .csv/.tsv/.jsonl exports (default: guessed from the names)")


def _columns(args) -> dict | None:
    from .loading.columns import ROLES

    given = {role: getattr(args, f"{role}_column") for role in ROLES if getattr(args, f"{role}_column", None)}
    return given or None


def cli_message(message: str) -> str:
    """An error message with its Python hints (``pass index=…``, ``strict=False``) said as the
    command line's flags (``day.zip#12``, ``--any-language``), from ``data/labels/cli_hints.tsv``."""
    for pattern, repl in _hint_rules():
        message = re.sub(pattern, repl, message)
    return message


def _hint_rules() -> list[tuple[str, str]]:
    from . import paths

    text = (paths.PACKAGE_DATA / "labels" / "cli_hints.tsv").read_text(encoding="utf-8")
    return [tuple(line.split("\t", 1)) for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _print_stories(corpus_dir, dest=None) -> None:
    import time

    from .stories import export, find_stories, write_stories

    t0 = time.perf_counter()
    found = find_stories(corpus_dir)
    write_stories(corpus_dir, found)
    n = found["relation"].value_counts().to_dict() if len(found) else {}
    print(f"{corpus_dir}/stories: {n.get('copy', 0)} copy stories, {n.get('same_event', 0)} same_event stories "
          f"({int(found['n_articles'].sum()) if len(found) else 0} article places) in {time.perf_counter() - t0:.1f} s")
    for row in found.head(5).itertuples(index=False):
        print(f"  {row.story_id}  {row.n_articles:3d} articles, {row.n_outlets} outlets  {row.label}")
    if dest is not None:
        files = export(corpus_dir, found, dest)
        print(f"{dest}: {len(files)} files (stories, changes, outlets .parquet; side-by-side pages)")


def _stories(args) -> int:
    _print_stories(args.corpus_dir, args.out)
    return 0


def _related(args) -> int:
    from .loading import load_article
    from .stories import related_story, write_page

    art = load_article(args.article, published=args.published)
    try:
        found = related_story(args.corpus, art)
    except KeyError as exc:
        print(f"maqal related: {exc.args[0]}", file=sys.stderr)
        return 1
    st = found.story
    print(f"{art.id} → {st['story_id']} ({st['relation']} story, {st['n_articles']} articles, {st['n_outlets']} outlets, "
          f"{st['first_published']} – {st['last_published']}): {st['label']}")
    print(f"relation: {found.relation}, similarity {found.similarity} (to {found.nearest})")
    from .corpus import read_table

    arts = read_table(args.corpus, "articles", columns=["article_id", "source", "published", "title"])
    arts = arts.drop_duplicates("article_id").set_index("article_id")
    for aid in st["article_ids"]:
        r = arts.loc[aid] if aid in arts.index else {}
        print(f"  {r.get('published', '')}  {r.get('source', '')}  {aid}  {r.get('title') or ''}")
    print(write_page(args.out, st, out=args.corpus))
    return 0


def _add_story_commands(sub) -> None:
    """The ``stories`` and ``related`` subcommands (kept apart: :func:`main` stays short)."""
    s = sub.add_parser("stories", help="group a corpus folder's articles into stories (copies, same event)",
                       description="Writes the stories table into DIR beside the other tables (listed in its "
                                   "manifest); with --out, also the copies' changes, the outlets' profiles and "
                                   "side-by-side pages there.")
    s.add_argument("corpus_dir", metavar="DIR", help="a folder written by `maqal corpus`")
    s.add_argument("--out", default=None, help="folder for stories/changes/outlets Parquet files and HTML pages")
    s.set_defaults(func=_stories)

    p = sub.add_parser("related", help="find the story of an article in a corpus folder and write its side-by-side page",
                       description="Prints the story (outlets, dates, how the article relates to it, similarity) "
                                   "from DIR's stories table (`maqal stories DIR`) and writes OUT/<story_id>.html.")
    p.add_argument("article", help="an article: a file, day.zip#12, file.json#URL-or-ID, BBC.zip#DOCNO")
    p.add_argument("--corpus", required=True, metavar="DIR", help="a `maqal corpus` folder with its stories table")
    p.add_argument("--out", default="stories", help="folder for the side-by-side page (default: ./stories)")
    p.add_argument("--published", default=None, metavar="YYYY-MM-DD", help="publication date (overrides the article's)")
    p.set_defaults(func=_related)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="maqal", description="Arabic news articles as tables, charts and reports.")
    sub = ap.add_subparsers(dest="cmd", required=True)

    a = sub.add_parser("analyze", help="analyse one article; --json prints every table as one JSON object")
    a.add_argument("path", help="an article file, or one article of a file holding several: day.zip#12, "
                                 "file.json#URL-or-ID, BBC.zip#DOCNO")
    a.add_argument("--published", help="publication date YYYY-MM-DD (overrides the article's)")
    a.add_argument("--encoding", default=None, metavar="NAME", help="the text encoding (e.g. cp1256), if detection fails")
    a.add_argument("--any-language", action="store_true", help="load a text that is not Arabic (with a warning)")
    a.add_argument("--index", type=int, help="which article of a JSON array, a .zip or a <DOC> collection")
    a.add_argument("--select", help="pick an article of a JSON array or <DOC> collection by url or id (DOCNO)")
    a.add_argument("--json", action="store_true", help="print one JSON object (UTF-8)")
    a.add_argument("--top", type=int, default=None, help="only the N most frequent terms")
    _column_flags(a)
    a.set_defaults(func=_analyze)

    r = sub.add_parser("report", help="execute the notebooks on articles and write HTML reports",
                       description="PATH may be an article file, a folder, day.zip#INDEX / file.json#URL-or-ID, "
                                   "or a JSON array / zip / TREC <DOC> file (every article in it).")
    r.add_argument("paths", nargs="*")
    r.add_argument("--limit", type=int, default=None, help="at most N articles in all")
    r.add_argument("--corpus", default=None, metavar="DIR",
                   help="also run the corpus notebooks (05, 07, 08) on a `maqal corpus` output folder")
    r.add_argument("--out", default=None, help="reports folder (default: ./reports in the working directory)")
    r.add_argument("--figures", default=None, help="figures folder (default: ./figures in the working directory)")
    r.add_argument("--published", default=None, metavar="YYYY-MM-DD", help="publication date (overrides the article's)")
    r.add_argument("--select", default=None, metavar="URL-or-ID",
                   help="one article of each JSON array / zip / <DOC> file (or write it in the path: day.zip#12)")
    r.add_argument("--keep-code", action="store_true", help="show code cells in the HTML")
    r.add_argument("--lang", default="ar", choices=("ar", "en"),
                   help="language of chart titles, legends, event kinds, source types and sides (default: ar)")
    r.add_argument("--timeout", type=int, default=600, help="seconds per notebook cell")
    r.set_defaults(func=_report)

    c = sub.add_parser("corpus", help="analyse many articles into Parquet tables (parallel, resumable)",
                       description="Writes OUT/<table>/source=<outlet>/day=<date>/part-*.parquet for the tables "
                                   "articles, terms, dates, events, claims (those available), and OUT/errors.")
    c.add_argument("paths", nargs="+", help="files, folders, arrays, zips, <DOC>, CSV/JSONL, WARC, RSS/Atom (file#N: one)")
    c.add_argument("--out", required=True, help="output folder (re-running resumes there)")
    c.add_argument("--workers", type=int, default=None, help="local processes (default: all cores; 1 = no pool)")
    c.add_argument("--dask", default=None, metavar="ADDRESS",
                   help="run on a Dask cluster: a scheduler address (tcp://host:8786) or 'local'")
    c.add_argument("--limit", type=int, default=None, help="only the first N articles")
    c.add_argument("--tables", default=None, help="comma-separated tables (default: all available)")
    c.add_argument("--chunk-size", type=int, default=500, help="articles per task (default 500)")
    c.add_argument("--select", default=None, help="one article of each JSON array (index, url or id)")
    c.add_argument("--force", action="store_true", help="recompute chunks already done")
    c.add_argument("--prune", action="store_true",
                   help="remove the articles of earlier runs that this run does not cover (--limit, fewer inputs)")
    c.add_argument("--quiet", action="store_true", help="no progress bar")
    c.add_argument("--report", action="store_true", help="then run the corpus notebooks (05, 07, 08) on it (HTML reports)")
    c.add_argument("--report-out", default=None, help="reports folder for --report (default: ./reports)")
    c.add_argument("--figures", default=None, help="figures folder for --report (default: ./figures)")
    c.add_argument("--stories", action="store_true", help="then group its articles into stories (maqal stories)")
    _column_flags(c)
    c.set_defaults(func=_corpus)

    _add_story_commands(sub)

    from .pipeline import runner_process

    runner_process()  # the command line's objects are maqal's: what its first analysis loads is frozen
    return run_command(ap.parse_args(argv))


def run_command(args) -> int:
    """Run the parsed command; what goes wrong in a way the analyst can act on is one line on
    stderr and an exit code (2: an input, 1: an output or a worker, 130: Ctrl-C), no traceback."""
    from .errors import ArticleError, OutputError
    from .files import OUTPUT_ERRNOS

    try:
        return args.func(args)
    except ArticleError as exc:
        print(f"maqal: {cli_message(str(exc))}", file=sys.stderr)
        return 2
    except (OutputError, PermissionError, ChildProcessError) as exc:  # an --out that cannot be written, a worker killed
        print(f"maqal: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # stdout read by a command that stopped early (| head): nothing more to say
        quiet_stdout()
        return 1
    except OSError as exc:  # a write that failed later (a full disk while the index is written): one line
        if exc.errno not in OUTPUT_ERRNOS:
            raise
        print(f"maqal: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt as exc:  # Ctrl-C: what was kept, no traceback
        print(f"maqal: {exc or 'interrupted'}", file=sys.stderr)
        return 130


def quiet_stdout() -> None:
    """Point stdout at the null device: its reader is gone, and Python's flush at exit would
    otherwise print the broken pipe again."""
    import os

    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())

"""Command line: ``maqal analyze PATH --json`` and ``maqal report PATH...``."""
from __future__ import annotations

import argparse
import sys


def _analyze(args) -> int:
    from .analysis import analyze, to_json
    from .loading import load_article

    art = load_article(args.path, published=args.published, index=args.index, select=args.select)
    data = analyze(art, top=args.top)
    if args.json:
        sys.stdout.buffer.write(to_json(data).encode("utf-8") + b"\n")
    else:
        a = data["article"]
        print(f"{a['id']}: {a.get('title') or ''} ({a.get('source') or 'unknown outlet'}, {a.get('published') or 'no date'})")
        print(f"{data['stats']['paragraphs']} paragraphs, {data['stats']['sentences']} sentences, {data['stats']['tokens']} tokens")
        for row in data["frequencies"][: args.top or 15]:
            print(f"{row['count']:5d}  {row['term']}  ({'، '.join(row['forms'])})")
    return 0


def _report(args) -> int:
    from .reports import run_reports

    results = run_reports(args.paths, args.out, keep_code=args.keep_code, published=args.published,
                          select=args.select, timeout=args.timeout, figures_dir=args.figures)
    failed = [r for r in results if r.error]
    for r in results:
        if not r.error:
            print(r.folder)
    return 1 if failed else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="maqal", description="Arabic news articles as tables, charts and reports.")
    sub = ap.add_subparsers(dest="cmd", required=True)

    a = sub.add_parser("analyze", help="analyse one article; --json prints every table as one JSON object")
    a.add_argument("path")
    a.add_argument("--published", help="publication date YYYY-MM-DD (overrides the article's)")
    a.add_argument("--index", type=int, help="which article of a JSON array / .zip")
    a.add_argument("--select", help="pick an article of a JSON array by url or id")
    a.add_argument("--json", action="store_true", help="print one JSON object (UTF-8)")
    a.add_argument("--top", type=int, default=None, help="only the N most frequent terms")
    a.set_defaults(func=_analyze)

    r = sub.add_parser("report", help="execute the notebooks on articles and write HTML reports")
    r.add_argument("paths", nargs="+")
    r.add_argument("--out", default=None, help="reports folder (default: reports/)")
    r.add_argument("--figures", default=None, help="figures folder (default: figures/)")
    r.add_argument("--published", default=None)
    r.add_argument("--select", default=None)
    r.add_argument("--keep-code", action="store_true", help="show code cells in the HTML")
    r.add_argument("--timeout", type=int, default=600, help="seconds per notebook cell")
    r.set_defaults(func=_report)

    args = ap.parse_args(argv)
    from .errors import ArticleError

    try:
        return args.func(args)
    except ArticleError as exc:
        print(f"maqal: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())

"""The index page of a reports folder: every article ever reported there, with its title,
outlet and date, linked to its pages; the inputs skipped as empty and those that failed.

Each article's folder keeps what the index shows in ``.maqal-article.json`` (written with its
reports), so an index written by a later run still names the articles of earlier runs.
"""
from __future__ import annotations

import html
import json
from pathlib import Path

from .files import atomic_write
from .labels import label, outlet

ARTICLE_FILE = ".maqal-article.json"


def article_card(article, summary=None) -> dict:
    """What the index shows of an article (no path: a report never says where the file lay);
    with its brief (``summary``, a :class:`maqal.brief.Brief`), a title even when none is printed,
    the people and bodies it names most and how many claims it attributes."""
    card = {"id": article.id, "title": article.title, "outlet": article.source,
            "published": article.published.isoformat() if article.published else None,
            "published_inferred": bool(article.published_inferred)}
    if summary is not None:
        card.update(title=summary.meta["title"], people=list(summary.entities["name"].head(5)),
                    claims=summary.voices["claims"]["n"], attributed=summary.voices["attributed"]["n"],
                    events=len(summary.events))
    return card


def save_card(folder: Path, card: dict) -> None:
    atomic_write(Path(folder) / ARTICLE_FILE, json.dumps(card, ensure_ascii=False, sort_keys=True))


def read_card(folder: Path) -> dict:
    try:
        return json.loads((Path(folder) / ARTICLE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"id": Path(folder).name}


def reported_folders(out_root: Path) -> list[Path]:
    """Folders of ``out_root`` holding numbered report pages."""
    if not out_root.is_dir():
        return []
    return sorted(p for p in out_root.iterdir() if p.is_dir() and any(p.glob("[0-9][0-9]_*.html")))


def _article_row(folder: Path, out_root: Path, lang: str) -> str:
    card = read_card(folder)
    pages = sorted(folder.glob("[0-9][0-9]_*.html"))
    links = " · ".join(f'<a href="{html.escape(p.relative_to(out_root).as_posix())}">'
                       f'{html.escape(label("page." + p.stem, lang, default=p.stem))}</a>' for p in pages)
    title = card.get("title") or card.get("id") or folder.name
    date = card.get("published") or label("index.no_date", lang)
    if card.get("published") and card.get("published_inferred"):
        date += f' <small>({html.escape(label("index.inferred", lang))})</small>'
    first = pages[0].relative_to(out_root).as_posix() if pages else ""
    return (f'<tr><td dir="auto"><a href="{html.escape(first)}">{html.escape(title)}</a>{_card_line(card, lang)}</td>'
            f'<td dir="auto">{html.escape(outlet(card.get("outlet"), lang) or label("index.no_outlet", lang))}</td>'
            f"<td>{date}</td><td>{links}</td></tr>")


def _card_line(card: dict, lang: str) -> str:
    """The brief in one line: who is in the article, its dated events, its claims and how many are attributed."""
    if "people" not in card:
        return ""
    people = "، ".join(card["people"])
    counts = (f'{label("brief.events", lang)}: {card.get("events", 0)} · {label("brief.claims", lang)}: '
              f'{card.get("claims", 0)} ({label("brief.attributed", lang)}: {card.get("attributed", 0)})')
    return f'<br><small dir="auto">{html.escape(people)}</small><br><small>{html.escape(counts)}</small>' 


def index_page(out_root: Path, skipped=(), failed=(), lang: str = "ar") -> str:
    """The index page's HTML. ``skipped``: labels of empty inputs; ``failed``: (label, why)."""
    folders = reported_folders(out_root)
    rows = "\n".join(_article_row(f, out_root, lang) for f in folders)
    direction = "rtl" if lang == "ar" else "ltr"
    head = "".join(f"<th>{html.escape(label('index.' + k, lang))}</th>" for k in ("article", "outlet", "date", "pages"))
    parts = [f"<h2>{html.escape(label('index.reports', lang))} ({len(folders)})</h2>"
             f"<table class='maqal-index'><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"]
    if skipped:
        parts.append(f"<h2>{html.escape(label('index.skipped', lang))} ({len(skipped)})</h2><ul>"
                     + "".join(f'<li dir="ltr"><code>{html.escape(s)}</code></li>' for s in skipped) + "</ul>")
    if failed:
        parts.append(f"<h2>{html.escape(label('index.failed', lang))} ({len(failed)})</h2><ul>" + "".join(
            f'<li dir="ltr"><code>{html.escape(what)}</code>: {html.escape(why)}</li>' for what, why in failed)
            + "</ul>")
    title = html.escape(label("index.title", lang))
    return (f"<!doctype html><html lang='{lang}' dir='{direction}'><head><meta charset='utf-8'><title>{title}</title>"
            "<style>body{font-family:'IBM Plex Sans Arabic',system-ui,sans-serif;max-width:70em;margin:2em auto}"
            "td{padding:.3em .6em;vertical-align:top}tr:nth-child(odd){background:#f6f6f6}</style>"
            f"</head><body><h1>{title}</h1>" + "\n".join(parts) + "</body></html>")


def write_index(out_root: Path, skipped=(), failed=(), lang: str = "ar") -> Path:
    """Write ``out_root/index.html`` (atomically) and return it."""
    return atomic_write(Path(out_root) / "index.html", index_page(Path(out_root), skipped, failed, lang))

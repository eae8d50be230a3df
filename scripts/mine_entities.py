"""Mine person names and bodies from the shared corpora for maqal.entities.

    python scripts/mine_entities.py                 # → src/maqal/data/lexicons/entity_names_mined.tsv.gz

Arabic has no capitals, so names are found by their contexts: the entity extractor's own scanner
(``maqal.entities.scan``) runs over every article of SaudiNewsNet (14 Saudi outlets, 2015) and of
the ANT corpus (five international outlets, 2018) with no mined list loaded, and keeps the names it
finds after a title («الرئيس X Y», «وزير الخارجية الأمريكي X Y») or a reporting verb («قال X Y»),
and the bodies it finds after a head («وزارة …», «وكالة …»).  A name is kept when it is seen in
several articles *and* several outlets (so no single article or house style makes the list):
persons in ≥ --min-articles articles and ≥ --min-outlets outlets (and after a title in two), one-word
persons (only the first or last word of such a name) and media outlets at twice those thresholds
(see :func:`select`).  Written with its counts and attribution.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import zipfile
from collections import Counter, defaultdict
from multiprocessing import Pool
from pathlib import Path

from maqal import lexicons
from maqal.entities import scan, vocabulary
from maqal.files import atomic_write
from maqal.normalized import NormalizedText
from maqal.paths import ANT_DIR, CORPUS_DIR, LEXICONS_DIR

#: reference-list count under which a word is taken for a proper name
RARE = 200
#: a name one word longer than a name seen this many times more often is that name plus a stray word
STRAY = 5
OUT = LEXICONS_DIR / vocabulary.MINED_FILE
ANT_RE = re.compile(r"<SRC>(.*?)</SRC>.*?<TEXT>(.*?)</TEXT>", re.DOTALL)


def iter_articles(saudi: Path, ant: Path):
    """(outlet, text) of every article of both corpora."""
    for zpath in sorted(saudi.glob("*.zip")):
        with zipfile.ZipFile(zpath) as z:
            for name in z.namelist():
                if name.endswith(".json"):
                    for art in json.loads(z.read(name)):
                        yield art.get("source") or "?", art.get("content") or ""
    for zpath in sorted(ant.glob("*.zip")):
        with zipfile.ZipFile(zpath) as z:
            for name in z.namelist():
                if name.endswith(".txt"):
                    for src, text in ANT_RE.findall(z.read(name).decode("utf-8", "replace")):
                        yield src.strip() or zpath.stem, text


def article_names(item) -> set[tuple[str, str, str, bool]]:
    """(kind, normalised name, surface, after a title) of the names one article gives in a naming
    context."""
    _, text = item
    norm = NormalizedText(text)
    tokens = scan.scanned_tokens(norm.tokens)
    sc = scan.Scanner(tokens, mining=True)
    out = set()
    for m in sc.run():
        if m.type != "named" or m.display:
            continue
        first, last = tokens[m.first][0] + m.skip, tokens[m.last][1]
        s, e = norm.span(first, last)
        if m.kind == "person" and m.name:
            out.add(("person", " ".join(m.name), text[s:e], bool(m.title_tokens)))
        elif m.kind in ("government", "organisation", "media", "group") and m.last > m.first and not m.affiliation:
            out.add((m.kind, norm.norm[first:last], text[s:e], False))
    return out


def select(articles, outlets, surfaces, titled, min_articles: int, min_outlets: int) -> list[tuple]:
    """The names to ship (see the module docstring).

    Persons of two or more words: seen after a title in at least two articles (a reporting verb
    alone also lets through «قال محللون»), in enough articles and outlets — three times the
    thresholds when a word of the name is common in the reference list (محمد، كيري, but also
    «قطاع البحوث») —, and not a shipped name plus a stray word seen five times less often
    («دونالد ترامب انسحاب» beside «دونالد ترامب»).  One-word persons: only a first or last word of
    such a name (ترامب، كيم), rare in the reference list, at twice the thresholds.  Media outlets
    at twice the thresholds and only when a word after the head is rare (a proper name: «وكالة
    كيودو», not «قناة مائية»).  Other bodies are left to the heads of entity_heads.tsv (mined ones
    mix names with ordinary phrases such as «حركة السير»)."""
    ref = lexicons.reference_counts()
    links = vocabulary.name_links()

    def often(kind, name, factor=1):
        return articles[kind, name] >= min_articles * factor and len(outlets[kind, name]) >= min_outlets * factor

    def stray_tail(name):
        shorter = name.rsplit(" ", 1)[0]
        return articles["person", shorter] >= STRAY * articles["person", name]

    people = {n for k, n in articles if k == "person" and " " in n and titled[k, n] >= 2
              and often(k, n, 3 if any(vocabulary.is_common_word(w) for w in n.split() if w not in links) else 1)
              and not stray_tail(n) and not any(scan.is_future_verb(w) for w in n.split())}
    ends = {w for n in people for w in (n.split()[0], n.split()[-1])}
    keep = [("person", n) for n in people]
    keep += [("person", n) for k, n in articles if k == "person" and n in ends and titled[k, n] >= 2
             and often(k, n, 2) and not vocabulary.is_common_word(n) and ref.get(n, 0) < RARE]
    keep += [(k, n) for k, n in articles if k == "media" and often(k, n, 2)
             and any(ref.get(w, 0) < RARE for w in n.split()[1:])]
    rows = [(" ".join(surfaces[k, n].most_common(1)[0][0].split()), k, articles[k, n], len(outlets[k, n]))
            for k, n in keep]
    return sorted(rows, key=lambda r: (r[1], -r[2], r[0]))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--saudi", default=str(CORPUS_DIR))
    ap.add_argument("--ant", default=str(ANT_DIR))
    ap.add_argument("--min-articles", type=int, default=4)
    ap.add_argument("--min-outlets", type=int, default=2)
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--jobs", type=int, default=4)
    args = ap.parse_args(argv)
    vocabulary.MINED_FILE = "entity_names_mined.none"  # mine with no earlier list loaded
    lexicons.reload()
    articles: Counter = Counter()
    outlets: dict = defaultdict(set)
    surfaces: dict = defaultdict(Counter)
    titled: Counter = Counter()
    n = 0
    items = iter_articles(Path(args.saudi), Path(args.ant))
    with Pool(args.jobs) as pool:
        for outlet_names, (outlet, _) in zip(pool.imap(article_names, items, chunksize=64), iter_articles(
                Path(args.saudi), Path(args.ant))):
            n += 1
            for kind, name, surface, after_title in outlet_names:
                articles[kind, name] += 1
                titled[kind, name] += after_title
                outlets[kind, name].add(outlet)
                surfaces[kind, name][surface] += 1
    rows = select(articles, outlets, surfaces, titled, args.min_articles, args.min_outlets)
    header = [
        "# Person names and bodies mined from the shared corpora by scripts/mine_entities.py (maqal.entities).",
        "# Sources: SaudiNewsNet by Mazen Abdulaziz (github.com/inparallel/SaudiNewsNet, CC BY-NC-SA 4.0; 14 Saudi",
        "# outlets, 2015; this derived list is under the same licence) and the ANT corpus",
        "# v2.1 (A. Chouigui, O. Ben Khiroun, B. Elayeb, Arabian Journal for Science and Engineering 46(8), 2021;",
        "# five international outlets, 2018).  Only names and counts are shipped, no text.",
        "# Rule: persons found after a title or reporting verb (after a title in >= 2 articles), media after a head,",
        f"# in >= {args.min_articles} articles and >= {args.min_outlets} outlets (names with a common word: three times",
        "# that; one-word persons, only first or last words of kept names, and media: twice that; a kept name plus a",
        f"# stray word is dropped; see select() in the script); {n} articles read.",
        "# Format: name (most frequent spelling) <TAB> kind <TAB> articles <TAB> outlets",
    ]
    body = "\n".join(header + ["\t".join(map(str, r)) for r in rows]) + "\n"

    def write(tmp):
        with gzip.open(tmp, "wt", encoding="utf-8", compresslevel=9) as fh:
            fh.write(body)

    atomic_write(Path(args.out), write)
    print(f"{len(rows)} names from {n} articles → {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

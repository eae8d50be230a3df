"""Pick the articles of a blind evaluation set, reproducibly, and write their texts for annotators.

    python scripts/select_blind.py --out /tmp/blind2

The rule (also written into each selected record, so a gold file states how it was drawn):
- ANT (five international outlets, 2018): from each outlet zip, news categories only
  (internationalNews, middleEast), a seeded shuffle of the article files, the first ``--per-ant``
  whose ``<TEXT>`` has 120-450 whitespace words, contains a reporting word and a weekday name, and
  was in no earlier gold set, nor a near-copy of an article one annotated or of one already picked
  (see ``--max-overlap``).
- SaudiNewsNet (2015): from days no gold set has used, a seeded shuffle of all their articles, the
  first ``--per-snn`` of each outlet by the same test.
- Near-copies: a candidate is skipped when more than ``--max-overlap`` of the word shingles of the
  shorter text (it or an earlier gold article) are in the other — the same wire copy republished,
  which would let pooled gold numbers count one text twice. Sets drawn before this test share
  nine such pairs (containment .69-1.0: blind8 with blind13 and blind14, blind11/blind12, blind4/blind5,
  blind6/blind15, ant_blind/blind2, and pairs inside blind8 and blind15).

The annotators see only ``NN.txt`` (the text maqal's loader gives, so spans index the same string)
and ``articles.jsonl`` (where each text came from, its outlet and publication day).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import zipfile
from collections import defaultdict
from pathlib import Path

from maqal import load_article, paths
from maqal.stories.copies import REWRITE_THRESHOLD
from maqal.stories.shingles import shingles, words

REPORTING = re.compile("قال|أكد|أعلن|أوضح|أشار|بحسب|وفقا|نقلت|ذكرت|صرح")
WEEKDAY = re.compile("الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت")
ANT_OUTLETS = ("Alarabia", "BBC", "CNN", "France24", "SkyNews")
NEWS = ("internationalNews", "middleEast")
SNN_DAYS = ("2015-08-02", "2015-08-03", "2015-08-04", "2015-08-08", "2015-08-09")
TEXT_RE = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)


def used_before(gold_dir: Path) -> set[str]:
    """Every article key an earlier gold set annotated (ANT docno or SNN file#index)."""
    used = set()
    for path in gold_dir.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            a = rec.get("article") if isinstance(rec, dict) else None
            if isinstance(a, dict):
                used.add(a.get("docno") or f"{a.get('file')}#{a.get('index')}")
    return used


def eligible(text: str) -> bool:
    return 120 <= len(text.split()) <= 450 and REPORTING.search(text) and WEEKDAY.search(text)


def shingle_set(text: str) -> set[str]:
    """The normalised word shingles the story layer compares copies by."""
    return shingles(words(text, spans=False)[0])


class EarlierTexts:
    """The shingles of every earlier gold article, to refuse a candidate that copies one."""

    def __init__(self, used: set[str], max_overlap: float):
        self.used, self.max_overlap, self.sets = used, max_overlap, []

    def add(self, text: str) -> None:
        self.sets.append(shingle_set(text))

    def add_snn_days(self) -> None:
        """Load the SaudiNewsNet articles earlier sets used (file#index keys), one day zip at a time."""
        by_day = defaultdict(set)
        for k in self.used:
            if "#" in k and k.split("#")[0].endswith(".zip"):
                day, index = k.split("#")
                by_day[day].add(int(index))
        for day, indices in sorted(by_day.items()):
            path = paths.CORPUS_DIR / day
            if path.exists():
                with zipfile.ZipFile(path) as zf:
                    rows = json.loads(zf.read(zf.namelist()[0]))
                for i in sorted(indices):
                    self.add(rows[i]["content"])

    def copies_one(self, text: str) -> bool:
        """True when the shorter of ``text`` and some earlier article lies mostly in the other."""
        mine = shingle_set(text)
        for theirs in self.sets:
            shorter = min(len(mine), len(theirs))
            if shorter and len(mine & theirs) / shorter > self.max_overlap:
                return True
        return False


def add_ant_outlets(earlier: EarlierTexts) -> None:
    """Load the ANT articles earlier sets used (docno keys) from every outlet zip."""
    for outlet in ANT_OUTLETS:
        with zipfile.ZipFile(paths.ANT_DIR / f"{outlet}.zip") as zf:
            for name in zf.namelist():
                if name.endswith(".txt") and Path(name).stem in earlier.used:
                    body = TEXT_RE.search(zf.read(name).decode("utf-8"))
                    if body:
                        earlier.add(body.group(1))


def ant_articles(per_outlet: int, seed: int, used: set[str], earlier: EarlierTexts) -> list[dict]:
    picked = []
    for outlet in ANT_OUTLETS:
        zip_path = paths.ANT_DIR / f"{outlet}.zip"
        with zipfile.ZipFile(zip_path) as zf:
            members = sorted(n for n in zf.namelist() if n.endswith(".txt") and n.split("/")[1] in NEWS)
            random.Random(seed).shuffle(members)
            for member in members:
                raw = zf.read(member).decode("utf-8")
                body = TEXT_RE.search(raw)
                docno = Path(member).stem
                if docno in used or not body or not eligible(body.group(1)) or earlier.copies_one(body.group(1)):
                    continue
                picked.append({"corpus": "ant", "file": zip_path.name, "member": member, "docno": docno,
                               "outlet": outlet})
                earlier.add(body.group(1))  # nor two copies in one set
                if sum(p["outlet"] == outlet for p in picked) == per_outlet:
                    break
    return picked


def snn_articles(per_outlet: int, seed: int, used: set[str], earlier: EarlierTexts) -> list[dict]:
    pool = []
    for day in SNN_DAYS:
        with zipfile.ZipFile(paths.CORPUS_DIR / f"{day}.zip") as zf:
            rows = json.loads(zf.read(zf.namelist()[0]))
        pool += [(f"{day}.zip", i, row) for i, row in enumerate(rows)]
    random.Random(seed).shuffle(pool)
    taken = defaultdict(int)
    picked = []
    for file, index, row in pool:
        outlet = row["source"]
        if (taken[outlet] == per_outlet or f"{file}#{index}" in used or not eligible(row["content"])
                or earlier.copies_one(row["content"])):
            continue
        taken[outlet] += 1
        earlier.add(row["content"])
        picked.append({"corpus": "saudinewsnet", "file": file, "index": index, "url": row["url"], "outlet": outlet,
                       "published": row["date_extracted"][:10]})
    return picked


def text_of(a: dict) -> tuple[str, str]:
    """The article text as the evaluation scripts load it, and its publication day."""
    if a["corpus"] == "ant":
        article = load_article(paths.ANT_DIR / a["file"], select=a["docno"])
        return article.text, str(article.published or "")
    with zipfile.ZipFile(paths.CORPUS_DIR / a["file"]) as zf:
        row = json.loads(zf.read(zf.namelist()[0]))[a["index"]]
    return row["content"], a["published"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=20261127)
    parser.add_argument("--per-ant", type=int, default=4)
    parser.add_argument("--per-snn", type=int, default=2)
    parser.add_argument("--max-overlap", type=float, default=REWRITE_THRESHOLD,
                        help="the largest share of the shorter text's shingles two texts may share "
                             "(default: the story layer's lowest copy threshold)")
    args = parser.parse_args()
    used = used_before(paths.PROJ_ROOT / "tests" / "gold")
    earlier = EarlierTexts(used, args.max_overlap)
    add_ant_outlets(earlier)
    earlier.add_snn_days()
    print(f"{len(earlier.sets)} earlier gold articles loaded for the near-copy test")
    chosen = (ant_articles(args.per_ant, args.seed, used, earlier)
              + snn_articles(args.per_snn, args.seed, used, earlier))
    args.out.mkdir(parents=True, exist_ok=True)
    with open(args.out / "articles.jsonl", "w", encoding="utf-8") as listing:
        for n, a in enumerate(chosen):
            text, published = text_of(a)
            a.update(id=f"b{n:02d}", published=published or a.get("published"))
            (args.out / f"{a['id']}.txt").write_text(text, encoding="utf-8")
            listing.write(json.dumps(a, ensure_ascii=False) + "\n")
    print(f"{len(chosen)} articles from {len({a['outlet'] for a in chosen})} outlets → {args.out}")


if __name__ == "__main__":
    main()

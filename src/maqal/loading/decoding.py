"""Bytes → text: byte-order marks, UTF-16 without one, UTF-8, Windows-1256, binary files refused.

Arabic text reaches analysts in every encoding Windows and the web ever used; this decides which
one a file is in without ever decoding with ``errors='replace'`` (a wrong guess must fail loudly,
not turn the article into question marks).
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..errors import ArticleError, ArticleNotFound, BinaryFile, UndecodableText
from .language import arabic_problem, looks_arabic
from .letters import control_share

HTML_SUFFIXES = {".html": "html", ".htm": "html"}
MAX_CONTROL_SHARE = 0.005  # of characters being control characters, before calling it binary

MAGIC = (
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

BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def check_magic(data: bytes, path) -> None:
    """Refuse images, PDFs, archives and programs by their first bytes, naming what they are."""
    for magic, what in MAGIC:
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
    return looks_arabic(_strip_markup(text) if markup else text)


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
    if "\x00" in text or control_share(text) > MAX_CONTROL_SHARE:
        raise BinaryFile(
            path,
            f"decoded as {name} it is full of control characters — this does not look like a text file",
            "check that this is the article's text file",
        )
    return text, name


def _decode(data: bytes, path, encoding, markup):
    if encoding:
        return _decode_as(data, path, encoding)
    found = _decode_by_marks(data, path)
    if found:
        return found
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        utf8_error = e
    return _decode_legacy(data, path, markup, utf8_error)


def _decode_as(data: bytes, path, encoding: str):
    """The encoding the caller forced, or a clear error."""
    try:
        return data.decode(encoding), codecs.lookup(encoding).name
    except LookupError:
        raise ArticleError(path, f"unknown encoding {encoding!r}", "use a Python codec name such as 'cp1256'") from None
    except UnicodeDecodeError as e:
        raise UndecodableText(
            path, f"is not valid {encoding} (byte {e.start}: {data[e.start:e.start + 4]!r})",
            "leave encoding= out to let maqal detect it",
        ) from None


def _decode_by_marks(data: bytes, path):
    """A byte-order mark, or the NUL-byte pattern of UTF-16 without one; ``None`` if neither."""
    for bom, name in BOMS:
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
    return None


def _decode_legacy(data: bytes, path, markup: bool, utf8_error: UnicodeDecodeError):
    """Not UTF-8: a declared HTML charset, Windows-1256, or charset-normalizer's guess."""
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
    as_cp1256 = arabic_problem(_strip_markup(text) if markup else text)
    if as_cp1256 is None and control_share(text) <= MAX_CONTROL_SHARE:
        return text, "cp1256"

    from charset_normalizer import from_bytes  # lazy: slow import

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding), codecs.lookup(best.encoding).name
        except (UnicodeDecodeError, LookupError):
            pass
    why = f"; as Windows-1256 {as_cp1256.replace('contains', 'it contains')}" if as_cp1256 else ""
    raise UndecodableText(
        path,
        f"could not work out its character encoding (not UTF-8, UTF-16 or Windows-1256{why})",
        "re-save it as UTF-8, or pass encoding='...'",
    )


def read_bytes(path: Path) -> bytes:
    """A file's bytes, or an error that says whether it is missing (and what is there), a folder,
    or unreadable."""
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
    data = read_bytes(path)
    check_magic(data, path)
    return decode_bytes(data, path, encoding=encoding, markup=path.suffix.lower() in HTML_SUFFIXES)

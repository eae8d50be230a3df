"""How much work a file may ask of maqal: nesting depth, size of metadata, and zip entries read
with their decompressed size capped.

A hostile or broken file must end in a clear message naming it, never a ``RecursionError``, a hang
or gigabytes of memory: JSON nested 100,000 deep, metadata nested hundreds deep, a zip entry that
inflates 3 MB into 3 GB, an encrypted entry or one compressed by a method Python cannot read.
"""
from __future__ import annotations

import os
import re
import zipfile
import zlib

from ..errors import BadArticleFormat

#: deepest nesting of arrays/objects in a JSON file or in metadata (articles need 2 or 3)
MAX_DEPTH = 64
#: most aliases (``*name``) YAML metadata may use: a few lines of nested aliases expand to
#: billions of nodes; with 20, nothing grows past a few thousand
MAX_ALIASES = 20
#: largest front matter or sidecar, in characters (a few lines of title, outlet and date)
MAX_METADATA_CHARS = 1_000_000
#: default cap on one zip entry's decompressed size, in MB (SaudiNewsNet's day files are ~12 MB);
#: ``MAQAL_MAX_ENTRY_MB`` in the environment changes it
DEFAULT_MAX_ENTRY_MB = 256

_JSON_STRING_RE = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_BRACKET_RE = re.compile(r"[\[\]{}]")


def json_depth(text: str) -> int:
    """The deepest nesting of ``[``/``{`` in JSON text (brackets inside strings do not count),
    without parsing it — so a file nested too deep is refused before the parser recurses."""
    depth = deepest = 0
    for ch in _BRACKET_RE.findall(_JSON_STRING_RE.sub('""', text)):
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def value_depth(value) -> int:
    """The deepest nesting of lists/dicts in a parsed value (iterative: any depth is safe)."""
    deepest = 0
    stack = [(value, 0)]
    seen = 0
    while stack:
        item, depth = stack.pop()
        seen += 1
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend((v, depth + 1) for v in item)
        else:
            continue
        deepest = max(deepest, depth + 1)
        if deepest > MAX_DEPTH:
            break
    return deepest


def check_depth(depth: int, where, what: str) -> None:
    """Refuse ``what`` (``"JSON"``, ``"metadata"``) nested deeper than :data:`MAX_DEPTH`."""
    if depth > MAX_DEPTH:
        raise BadArticleFormat(
            where, f"{what} is nested more than {MAX_DEPTH} levels deep ({depth if depth < 10**6 else 'more'})",
            "an article needs only a few levels; check the file",
        )


def check_metadata_size(text: str, where) -> None:
    """Refuse front matter or a sidecar larger than :data:`MAX_METADATA_CHARS`."""
    if len(text) > MAX_METADATA_CHARS:
        raise BadArticleFormat(
            where, f"metadata is {len(text):,} characters long (at most {MAX_METADATA_CHARS:,})",
            "metadata is a few key: value lines; put the text below the front matter",
        )


def max_entry_bytes() -> int:
    """The cap on a zip entry's decompressed size: ``MAQAL_MAX_ENTRY_MB`` or the default."""
    raw = os.environ.get("MAQAL_MAX_ENTRY_MB", "").strip()
    try:
        mb = float(raw) if raw else DEFAULT_MAX_ENTRY_MB
    except ValueError:
        mb = DEFAULT_MAX_ENTRY_MB
    return int(mb * 1024 * 1024)


def read_member(z: zipfile.ZipFile, name: str, path, limit: int | None = None) -> bytes:
    """The bytes of entry ``name`` of the open zip ``z`` (the file ``path``), decompressed at most
    to ``limit`` bytes (:func:`max_entry_bytes`); every failure names the zip and the entry."""
    limit = max_entry_bytes() if limit is None else limit
    where = f"{path}:{name}"
    info = z.getinfo(name)
    if info.file_size > limit:
        raise _too_big(where, info.file_size, limit)
    chunks, size = [], 0
    try:
        with z.open(info) as fh:
            while block := fh.read(min(1 << 20, limit + 1 - size)):
                size += len(block)
                if size > limit:
                    raise _too_big(where, size, limit)
                chunks.append(block)
    except NotImplementedError as e:  # "That compression method is not supported"
        raise BadArticleFormat(where, f"uses a compression method maqal cannot read ({e})",
                               "re-zip it with the usual 'deflate' compression") from None
    except RuntimeError as e:  # zipfile: "File x is encrypted, password required for extraction"
        if "encrypted" in str(e):
            raise BadArticleFormat(where, "is encrypted (password-protected)", "unzip it with its password first") from None
        raise BadArticleFormat(where, f"cannot be read ({e})", "check the zip") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as e:
        raise BadArticleFormat(where, f"is damaged in the zip ({e})", "check the download") from None
    return b"".join(chunks)


def _too_big(where, size: int, limit: int) -> BadArticleFormat:
    return BadArticleFormat(
        where, f"decompresses to more than {limit / 2**20:,.0f} MB (at least {size / 2**20:,.0f} MB): refused",
        "set MAQAL_MAX_ENTRY_MB higher if this entry is genuine",
    )


def read_gzip(path, limit: int | None = None) -> bytes:
    """The decompressed bytes of a ``.gz`` file, at most ``limit`` (:func:`max_entry_bytes`): a
    gzip bomb is refused like a zip one, a damaged file named."""
    import gzip

    limit = max_entry_bytes() if limit is None else limit
    chunks, size = [], 0
    try:
        with gzip.open(path, "rb") as fh:
            while block := fh.read(min(1 << 20, limit + 1 - size)):
                size += len(block)
                if size > limit:
                    raise _too_big(path, size, limit)
                chunks.append(block)
    except (gzip.BadGzipFile, zlib.error, EOFError) as e:
        raise BadArticleFormat(path, f"is not a readable gzip file ({e})", "check the download") from None
    return b"".join(chunks)

"""What a command line's PATH... means: files, folders, and articles inside JSON arrays / zips / TREC files.

``maqal report`` and ``maqal corpus`` both accept

* an article file (``.txt .md .json .zip .xml .trec .html``);
* a folder: every article file inside it, recursively, in name order (sidecar metadata files —
  ``x.json``/``x.yml`` next to ``x.txt`` — and README/LICENSE files are not articles);
* a file holding several articles — a SaudiNewsNet-style ``.json``/``.zip`` array, a TREC file of
  ``<DOC>``s (``.xml``/``.trec``/``.txt``) or a zip of TREC files (the ANT corpus) — with a
  selector, either ``--select`` or written into the path: ``day.zip#12`` (index),
  ``day.zip#url-1a2b…`` (id), ``BBC.zip#BB-culture-1-20180218`` (DOCNO) or ``day.zip#https://…`` (url);
* such a file without a selector: every article in it.

:func:`expand` turns those into :class:`ArticleRef` (a file plus an optional index/selector);
:func:`iter_array` builds the articles of one such file quickly (the file is parsed once, not once
per article as ``load_article(path, index=i)`` would).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .loading import split_selector  # what day.zip#12 means, here and in load_article
from .errors import ArticleError

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".json", ".zip", ".xml", ".trec", ".html", ".htm")
ARRAY_SUFFIXES = (".json", ".zip", ".xml", ".trec")  # and a .txt that opens with <DOC>
_NOT_ARTICLES = re.compile(r"^(readme|license|licence|copying|changelog|notice)(\.|$)", re.I)


@dataclass(frozen=True)
class ArticleRef:
    """One article to process: ``path`` and, for arrays, ``index`` or ``select`` (url / id)."""

    path: Path
    index: int | None = None
    select: str | None = None

    @property
    def label(self) -> str:
        if self.index is not None:
            return f"{self.path}#{self.index}"
        if self.select is not None:
            return f"{self.path}#{self.select}"
        return str(self.path)

    def load(self, **kwargs):
        from .loading import load_article

        return load_article(self.path, index=self.index, select=self.select, **kwargs)


def _is_sidecar(path: Path) -> bool:
    if path.suffix.lower() not in (".json", ".yml", ".yaml"):
        return False
    return any(path.with_suffix(s).is_file() for s in (".txt", ".md", ".markdown", ".html", ".htm"))


def folder_files(folder: Path) -> list[Path]:
    """Article files in a folder (recursively, sorted), without sidecars and README-like files."""
    out = []
    for p in sorted(folder.rglob("*")):
        if not p.is_file() or p.suffix.lower() not in ARTICLE_SUFFIXES:
            continue
        if any(part.startswith(".") for part in p.relative_to(folder).parts):
            continue
        if _NOT_ARTICLES.match(p.name) or _is_sidecar(p):
            continue
        out.append(p)
    return out


def read_array(path: Path) -> list | dict:
    """The parsed entries of a ``.json`` file, a ``.zip`` or a TREC file (raises ArticleError):
    JSON as parsed, TREC as one ``{TAG: value}`` dict per ``<DOC>``."""
    from .loading import read_collection

    return read_collection(path).items


def array_length(path: Path) -> int | None:
    """Number of articles in a JSON array / zip / TREC file; ``None`` for a file of one that needs
    no selector (a JSON object, a TREC file with one ``<DOC>``)."""
    return _cached_array(path).size


def expand(paths, select=None, limit: int | None = None, errors: list | None = None) -> list[ArticleRef]:
    """PATH... (files, folders, arrays, ``file#selector``) → one :class:`ArticleRef` per article.

    Paths that cannot be read are not dropped silently: they become refs whose loading raises
    the clear error (or, for arrays that cannot be parsed, an entry in ``errors`` if given,
    else a ref that fails on load).
    """
    from .loading import holds_many

    refs: list[ArticleRef] = []
    for raw in paths:
        path, sel = split_selector(raw)
        sel = sel if sel is not None else select
        files = folder_files(path) if path.is_dir() else [path]
        for f in files:
            if sel is not None or not f.is_file() or not holds_many(f):
                refs.append(_ref(f, sel))
                continue
            try:
                n = array_length(f)
            except Exception as exc:  # noqa: BLE001 - let loading the ref report it
                if errors is not None:
                    errors.append((str(f), str(exc)))
                    continue
                n = None
            if n is None:
                refs.append(ArticleRef(f))
            else:
                refs.extend(ArticleRef(f, index=i) for i in range(n))
        if limit is not None and len(refs) >= limit:
            break
    return refs[:limit] if limit is not None else refs


def _ref(path: Path, sel) -> ArticleRef:
    if sel is None:
        return ArticleRef(path)
    if isinstance(sel, int) or str(sel).strip().lstrip("-").isdigit():
        return ArticleRef(path, index=int(sel))
    return ArticleRef(path, select=str(sel))


_ARRAY_CACHE: dict = {}


def _fast_json(path: Path):
    """Plain UTF-8 JSON (the usual case) parsed directly; ``None`` → use the careful loader
    (which is also the only one for TREC files)."""
    import json
    import zipfile

    from .loading import MAX_DEPTH, Collection, json_depth, json_members, read_member

    suffix = path.suffix.lower()
    try:
        if suffix == ".zip":
            with zipfile.ZipFile(path) as z:
                members = json_members(z)
                if len(members) != 1:
                    return None
                raw = read_member(z, members[0], path)
        elif suffix == ".json":
            raw = path.read_bytes()
        else:
            return None
        text = raw.decode("utf-8-sig")
        if json_depth(text) > MAX_DEPTH:
            return None
        data = json.loads(text)
    except ArticleError:  # an entry refused (too big, encrypted, damaged): reading it again says the same
        raise
    except Exception:  # noqa: BLE001 - anything unusual goes through loading's checks and errors
        return None
    return Collection(data, "utf-8", suffix.lstrip("."), zipped=suffix == ".zip")


def _cached_array(path: Path):
    """The :class:`~maqal.loading.Collection` of ``path`` (the last file is kept: consecutive chunks
    of one file parse it once)."""
    from .loading import read_collection

    st = path.stat()
    key = (str(path), st.st_size, st.st_mtime_ns)
    if key in _ARRAY_CACHE:
        return _ARRAY_CACHE[key]
    got = _fast_json(path)
    if got is None:
        got = read_collection(path)
    _ARRAY_CACHE.clear()
    _ARRAY_CACHE[key] = got
    return got


def iter_array(path: Path, start: int = 0, stop: int | None = None, data=None, published=None):
    """Yield ``(index, Article or ArticleError)`` for articles ``start:stop`` of a file holding several.

    Builds each article exactly as ``load_article(path, index=i)`` does (same id, metadata,
    checks and errors) but parses the file once.  ``data``: the file's JSON, already parsed.
    """
    from .errors import ArticleError
    from .loading import Collection, finish

    path = Path(path)
    if data is None:
        found = _cached_array(path)
    else:
        is_zip = path.suffix.lower() == ".zip"
        found = Collection(data, "utf-8", "zip" if is_zip else "json", zipped=is_zip)
    n = len(found.items) if isinstance(found.items, list) else 1
    stop = n if stop is None else min(stop, n)
    for i in range(start, stop):
        try:
            art = finish(found.pick(path, i), path, published=published)
        except ArticleError as exc:
            yield i, exc
            continue
        yield i, art

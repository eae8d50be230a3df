"""What a command line's PATH... means: files, folders, and articles inside JSON arrays / zips / TREC
files / exports / crawls / feeds.

``maqal report`` and ``maqal corpus`` both accept

* an article file (``.txt .md .json .zip .xml .trec .html``), an export (``.csv .tsv .jsonl``,
  also gzipped), a crawl (``.warc``, ``.warc.gz``) or a feed (``.rss .atom``);
* a folder: every article file inside it, recursively, in name order (sidecar metadata files —
  ``x.json``/``x.yml`` next to ``x.txt`` — and README/LICENSE files are not articles);
* a file holding several articles — a SaudiNewsNet-style ``.json``/``.zip`` array, a TREC file of
  ``<DOC>``s (``.xml``/``.trec``/``.txt``) or a zip of TREC files (the ANT corpus), an export's
  rows, a crawl's pages, a feed's entries — with a selector, either ``--select`` or written into the path: ``day.zip#12`` (index),
  ``day.zip#url-1a2b…`` (id), ``BBC.zip#BB-culture-1-20180218`` (DOCNO) or ``day.zip#https://…`` (url);
* such a file without a selector: every article in it.

:func:`expand` turns those into :class:`ArticleRef` (a file plus an optional index/selector);
:func:`iter_array` builds the articles of one such file quickly (the file is parsed once, not once
per article as ``load_article(path, index=i)`` would).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .loading import NOT_ARTICLES, split_selector  # what day.zip#12 means, here and in load_article
from .errors import ArticleError

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".json", ".zip", ".xml", ".trec", ".html", ".htm", ".csv", ".tsv",
                    ".jsonl", ".ndjson", ".warc", ".rss", ".atom", ".csv.gz", ".tsv.gz", ".jsonl.gz", ".ndjson.gz",
                    ".warc.gz")


@dataclass(frozen=True)
class ArticleRef:
    """One article to process: ``path`` and, for arrays, ``index`` or ``select`` (url / id);
    ``columns``: an export's column mapping (a :class:`~maqal.loading.ColumnMap`)."""

    path: Path
    index: int | None = None
    select: str | None = None
    columns: object = None

    @property
    def label(self) -> str:
        if self.index is not None:
            return f"{self.path}#{self.index}"
        if self.select is not None:
            return f"{self.path}#{self.select}"
        return str(self.path)

    def by_index(self) -> "ArticleRef":
        """The same article named by its position in its file, when a url, id or DOCNO selects it
        there — so one article has one key however the command line named it (a corpus run over
        ``day.zip`` and one over ``day.zip#<url>`` must not hold it twice); else this ref."""
        from .errors import ArticleError
        from .loading import holds_many

        if self.select is None or not self.path.is_file() or not holds_many(self.path):
            return self
        try:
            raw = _cached_array(self.path, self.columns).pick(self.path, select=self.select)
        except (ArticleError, OSError):
            return self  # loading it says what is wrong
        index = raw.extra.get("index_in_file")
        return self if index is None else ArticleRef(self.path, index=index, columns=self.columns)

    def load(self, **kwargs):
        from .loading import load_article

        return load_article(self.path, index=self.index, select=self.select, columns=self.columns, **kwargs)


def _is_sidecar(path: Path) -> bool:
    if path.suffix.lower() not in (".json", ".yml", ".yaml"):
        return False
    return any(path.with_suffix(s).is_file() for s in (".txt", ".md", ".markdown", ".html", ".htm"))


def folder_files(folder: Path) -> list[Path]:
    """Article files in a folder (recursively, sorted), without sidecars and README-like files."""
    out = []
    for p in sorted(folder.rglob("*")):
        if not p.is_file() or not p.name.lower().endswith(ARTICLE_SUFFIXES):
            continue
        if any(part.startswith(".") for part in p.relative_to(folder).parts):
            continue
        if NOT_ARTICLES.match(p.name) or _is_sidecar(p):
            continue
        out.append(p)
    return out


def read_array(path: Path, columns=None):
    """The parsed entries of a file holding several articles (raises ArticleError): JSON as
    parsed, TREC as one ``{TAG: value}`` dict per ``<DOC>``, an export's rows, a crawl's pages…"""
    return _cached_array(path, columns).items


def array_length(path: Path, columns=None) -> int | None:
    """Number of articles in a JSON array / zip / TREC file / export / crawl / feed; ``None`` for
    a file of one that needs no selector (a JSON object, a TREC file with one ``<DOC>``)."""
    return _cached_array(path, columns).size


def expand(paths, select=None, limit: int | None = None, errors: list | None = None,
           columns=None) -> list[ArticleRef]:
    """PATH... (files, folders, arrays, ``file#selector``) → one :class:`ArticleRef` per article.

    Paths that cannot be read are not dropped silently: they become refs whose loading raises
    the clear error (or, for arrays that cannot be parsed, an entry in ``errors`` if given,
    else a ref that fails on load).  ``columns``: the column mapping of exports.  An article
    named twice (a folder and a file inside it, a folder and a link to it) is one ref, at its
    first place: it would otherwise be analysed, and counted, twice.
    """
    from .loading import ColumnMap, holds_many

    columns = ColumnMap.of(columns) if columns else None  # hashable, like the refs that carry it
    refs = _UniqueRefs()
    for raw in paths:
        path, sel = split_selector(raw)
        sel = sel if sel is not None else select
        files = folder_files(path) if path.is_dir() else [path]
        for f in files:
            if sel is not None or not f.is_file() or not holds_many(f):
                refs.add(_ref(f, sel, columns))
                continue
            if refs.has_file(f):  # every article of it is there already
                continue
            try:
                n = array_length(f, columns)
            except Exception as exc:  # noqa: BLE001 - let loading the ref report it
                if errors is not None:
                    errors.append((str(f), str(exc)))
                    refs.add_all(f, [])  # (named again, it is not reported twice)
                    continue
                n = None
            if n is None:
                refs.add(ArticleRef(f, columns=columns))
            else:
                refs.add_all(f, (ArticleRef(f, index=i, columns=columns) for i in range(n)))
        if limit is not None and len(refs.refs) >= limit:
            break
    return refs.refs[:limit] if limit is not None else refs.refs


class _UniqueRefs:
    """Refs in order, each article once: keyed by the resolved file, index and selector."""

    def __init__(self):
        self.refs: list[ArticleRef] = []
        self._seen: set = set()
        self._whole: set = set()  # resolved files all of whose articles are in

    def add(self, ref: ArticleRef, resolved: str | None = None) -> None:
        key = (resolved or str(Path(ref.path).resolve()), ref.index, ref.select)
        if key not in self._seen:
            self._seen.add(key)
            self.refs.append(ref)

    def add_all(self, path: Path, refs) -> None:
        """Every article of the file ``path``."""
        resolved = str(Path(path).resolve())
        for ref in refs:
            self.add(ref, resolved)
        self._whole.add(resolved)

    def has_file(self, path: Path) -> bool:
        return str(Path(path).resolve()) in self._whole


def require_paths(paths) -> None:
    """Every PATH names a file or folder that is there, else :class:`ArticleNotFound` naming the
    first that is not.  A corpus run checks this first: a mistyped folder would otherwise be one
    failed article — and, with ``--prune``, the end of every article analysed before."""
    from .errors import ArticleNotFound
    from .loading import read_bytes

    for raw in paths:
        path, _ = split_selector(raw)
        if path.exists():
            continue
        try:
            read_bytes(path)
        except ArticleNotFound as exc:
            raise ArticleNotFound(path, "no such file or folder",
                                  f"{exc.hint}; nothing was analysed, nothing removed") from None


def _ref(path: Path, sel, columns=None) -> ArticleRef:
    if sel is None:
        return ArticleRef(path, columns=columns)
    if isinstance(sel, int) or str(sel).strip().lstrip("-").isdigit():
        return ArticleRef(path, index=int(sel), columns=columns)
    return ArticleRef(path, select=str(sel), columns=columns)


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


def _cached_array(path: Path, columns=None):
    """The :class:`~maqal.loading.Collection` of ``path``: the last file is kept (consecutive chunks
    of one file parse it once), plain JSON read the fast way."""
    from .loading import cached_collection

    return cached_collection(path, columns=columns, parse=_fast_json)


def iter_array(path: Path, start: int = 0, stop: int | None = None, data=None, published=None, columns=None):
    """Yield ``(index, Article or ArticleError)`` for articles ``start:stop`` of a file holding several.

    Builds each article exactly as ``load_article(path, index=i)`` does (same id, metadata,
    checks and errors) but parses the file once.  ``data``: the file's JSON, already parsed;
    ``columns``: an export's column mapping.
    """
    from .errors import ArticleError
    from .loading import Collection, finish

    path = Path(path)
    if data is None:
        found = _cached_array(path, columns)
    else:
        is_zip = path.suffix.lower() == ".zip"
        found = Collection(data, "utf-8", "zip" if is_zip else "json", zipped=is_zip)
    n = found.count
    stop = n if stop is None else min(stop, n)
    for i in range(start, stop):
        try:
            art = finish(found.pick(path, i), path, published=published)
        except ArticleError as exc:
            yield i, exc
            continue
        yield i, art


def load_articles(*paths, select=None, limit: int | None = None, columns=None, published=None,
                  errors: list | None = None) -> list:
    """Every article of PATH... (files, folders, arrays, exports, crawls, feeds), loaded in order.

    An article that cannot be loaded does not stop the others: its message — the file, the entry
    and, for an export's row, the line (``export.csv#3 (line 7): has no text in column 'body'``) —
    goes to ``errors`` if a list is given, else is issued as a warning.
    """
    import warnings

    from .errors import ArticleError

    failed: list = []
    unreadable: list = []
    refs = expand(paths, select=select, limit=limit, errors=unreadable, columns=columns)
    failed += [message for _, message in unreadable]
    loaded = []
    for ref in refs:
        try:
            loaded.append(ref.load(published=published))
        except ArticleError as exc:
            failed.append(str(exc))
    if errors is not None:
        errors.extend(failed)
    else:
        for message in failed:
            warnings.warn(message, stacklevel=2)
    return loaded

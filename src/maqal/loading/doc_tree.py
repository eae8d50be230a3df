"""A folder tree of ``<DOC>`` pages read as one collection, as the zip it was unzipped from.

The teasers a page ends with (:mod:`.teasers`) are named by the other pages of its collection.
An ANT zip (``CNN.zip``: ``CNN/<category>/<DOCNO>.txt``, one ``<DOC>`` per file) is one
collection; unzipped, each file would be a collection of one, and the same article would load
with another text.  So a ``<DOC>`` file's collection is the **tree** it belongs to: the highest
folder above it that holds nothing but ``<DOC>`` files and folders of them (hidden files and
README/LICENSE-like files aside).  Not the folder a user named: one article must load with one
text whether it is named alone, in its category's folder or in the outlet's (and teasers cross
categories, so a category folder is too small).  An unzipped outlet is one tree alone in its
folder or beside the others' (then all of them are one collection: with ANT's five outlets unzipped
side by side, CNN's 2,558 pages load as from CNN.zip) and stops below a folder that also holds the
zips, notes or articles of another format; a page saved among other files is a collection of one,
kept whole, as before.  (Two unrelated trees in a folder of nothing else are one collection too:
no layout tells them from an outlet's categories.)

The index is built once per process for a tree (about a second of CPU for ANT's 2,558 CNN pages,
as for CNN.zip) and kept while the tree's folders are unchanged: each call compares their
modification times (a page added, removed, renamed or saved through a new file changes its
folder's) and that of the entry which ends the tree above its root; a folder found to hold other
files stays so while it and that file are unchanged.  A page edited in place leaves its folder's
time as it was: another process sees it (a corpus chunk, whose identity holds the tree's content,
is redone).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import ArticleError
from .decoding import read_text_file
from .teasers import TeaserIndex
from .trec import TREC_SUFFIXES, parse_docs, sniff_trec, teaser_index_of

#: names of files that are no article (documentation beside a corpus): not read, never in the way
NOT_ARTICLES = re.compile(r"^(readme|license|licence|copying|changelog|notice)(\.|$)", re.I)


@dataclass(frozen=True)
class TreeTeasers:
    """A tree's teaser index and where one file's first ``<DOC>`` stands in it."""

    index: TeaserIndex
    first: int


@dataclass(frozen=True)
class _Tree:
    files: tuple  # (path, size, mtime_ns) of every <DOC> file, in name order
    folders: tuple  # (folder, mtime_ns) of every folder of the tree


@dataclass(frozen=True)
class _Found:
    """A scan's answer: the tree under a folder, or the entry that makes it none (``witness``:
    ``(path, size, mtime_ns)``, or ``None`` above the file system's root)."""

    tree: _Tree | None
    witness: tuple | None = None

    def holds(self, folder: str) -> bool:
        """Whether a folder it saw is as it was then, and so is the entry that ended it."""
        if self.witness is not None and _state(self.witness[0]) != self.witness:
            return False
        folders = dict(self.tree.folders) if self.tree is not None else {}
        return folder in folders and all(_state(f)[2] == m for f, m in folders.items())


_SNIFFED: dict = {}  # (path, size, mtime_ns) → whether the file opens with <DOC>
_NOT_TREES: dict = {}  # folder → its _Found when it holds other files (checked, not rescanned)
_TREES: dict = {}  # root → its _Found: the last tree found
_BUILT: dict = {}  # root → (its _Tree, the index, each file's first position): the last tree indexed


def tree_teasers(path: Path) -> TreeTeasers | None:
    """The teaser index of the tree of ``<DOC>`` files ``path`` belongs to, with the position of
    its first ``<DOC>``; ``None`` when it belongs to none or is alone in it."""
    if path.suffix.lower() not in TREC_SUFFIXES:
        return None
    found = tree_of(path)
    if found is None or len(found[1].tree.files) < 2:
        return None
    root, tree = found[0], found[1].tree
    if root not in _BUILT or _BUILT[root][0] != tree:
        _BUILT.clear()
        _BUILT[root] = (tree, *_build(tree))
    _, index, firsts = _BUILT[root]
    first = firsts.get(str(Path(path).parent.resolve() / path.name))
    return None if first is None else TreeTeasers(index, first)


def tree_folder(path: Path) -> Path | None:
    """The root of the tree ``path`` belongs to, when it shares it with other ``<DOC>`` files:
    the folder whose content its text depends on (a corpus chunk is redone when it changes)."""
    if path.suffix.lower() not in TREC_SUFFIXES:
        return None
    found = tree_of(path)
    return found[0] if found is not None and len(found[1].tree.files) > 1 else None


def tree_of(path: Path) -> tuple[Path, _Found] | None:
    """``(root, found)`` of the ``<DOC>`` file ``path``: the highest folder above it holding only
    ``<DOC>`` files and folders of them; ``None`` when its own folder holds anything else.  The
    last tree found is reused while its folders and the entry above it are unchanged."""
    folder = Path(path).parent.resolve()
    for root, found in _TREES.items():
        if found.holds(str(folder)):
            return root, found
    if str(folder) in _NOT_TREES and _NOT_TREES[str(folder)].holds(str(folder)):
        return None
    found = _scan(folder)
    if found.tree is None:
        if len(_NOT_TREES) > 10_000:
            _NOT_TREES.clear()
        _NOT_TREES[str(folder)] = _Found(_Tree((), ((str(folder), _state(folder)[2]),)), found.witness)
        return None
    while folder.parent != folder:
        wider = _scan(folder.parent, known=(folder, found.tree))
        if wider.tree is None:
            found = _Found(found.tree, wider.witness)
            break
        folder, found = folder.parent, wider
    _TREES.clear()
    _TREES[folder] = found
    return folder, found


def _state(path) -> tuple:
    """``(path, size, mtime_ns)`` of a file or folder (not followed if a link); sizes of -1 when
    it is gone."""
    try:
        st = os.lstat(path)
    except OSError:
        return (str(path), -1, -1)
    return (str(path), st.st_size, st.st_mtime_ns)


def _scan(folder: Path, known=None) -> _Found:
    """The tree under ``folder`` if it holds only ``<DOC>`` files (``known``: a subfolder already
    scanned, with its tree), else the first other entry — files before subfolders."""
    mtime = _state(folder)[2]  # before listing: a change while it is listed is seen next time
    try:
        with os.scandir(folder) as it:
            entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError:
        return _Found(None, _state(folder))
    files, subfolders = [], []
    for e in entries:
        if e.is_dir(follow_symlinks=False):
            subfolders.append(Path(e.path))
        elif NOT_ARTICLES.match(e.name):
            continue
        elif (state := _doc_file(e)) is not None:
            files.append(state)
        else:
            return _Found(None, _state(e.path))
    trees = [_Tree(tuple(files), ((str(folder), mtime),))]
    for sub in subfolders:
        found = _Found(known[1]) if known is not None and sub == known[0] else _scan(sub)
        if found.tree is None:
            return found
        trees.append(found.tree)
    return _Found(_Tree(tuple(sorted(f for t in trees for f in t.files)), tuple(d for t in trees for d in t.folders)))


def _doc_file(entry) -> tuple | None:
    """``(path, size, mtime_ns)`` of a ``<DOC>`` file, ``None`` for any other entry."""
    if not entry.name.lower().endswith(TREC_SUFFIXES):
        return None
    try:
        if not entry.is_file():
            return None
        st = entry.stat()
    except OSError:
        return None
    state = (entry.path, st.st_size, st.st_mtime_ns)
    if state not in _SNIFFED:
        _SNIFFED[state] = sniff_trec(Path(entry.path))
    return state if _SNIFFED[state] else None


def _build(tree: _Tree) -> tuple[TeaserIndex, dict]:
    """The index over every ``<DOC>`` of the tree's files, and each file's first position in it
    (a file that cannot be read adds nothing: loading it says why)."""
    docs: list = []
    firsts: dict = {}
    for path, _, _ in tree.files:
        firsts[path] = len(docs)
        try:
            text, _ = read_text_file(Path(path))
            docs.extend(parse_docs(text, path))
        except (ArticleError, OSError):  # an unreadable page is reported when it is loaded
            continue
    return teaser_index_of(docs), firsts

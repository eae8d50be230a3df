"""``.txt`` / ``.md`` articles: the text as written, with metadata in front matter and/or a sidecar."""
from __future__ import annotations

from pathlib import Path

from .build import RawArticle
from .decoding import read_text_file
from .metadata import meta_id, normalise_meta
from .sidecar import read_sidecar, split_front_matter

TEXT_SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md"}


def read_plain(path: Path, encoding=None, decoded: tuple[str, str] | None = None) -> RawArticle:
    """A text file's article: front matter split off, sidecar keys winning over front-matter ones.

    ``decoded``: ``(text, encoding)`` when the caller has already read the file.
    """
    text, enc = decoded if decoded is not None else read_text_file(path, encoding=encoding)
    front, body = split_front_matter(text, path)
    sidecar, side_path = read_sidecar(path)
    meta = normalise_meta(front, f"{path} (front matter)")
    side = normalise_meta(sidecar, side_path)
    extra = {**meta.pop("extra"), **side.pop("extra")}
    meta.update(side)  # the sidecar wins
    if side_path is not None:
        extra["sidecar"] = side_path.name
    return RawArticle(body, meta_id(meta, path.stem), meta, TEXT_SUFFIXES[path.suffix.lower()], enc, [], extra)

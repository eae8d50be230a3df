"""A figure's files are drawn again only when the figure changed.

``make report`` run again on one article makes the same figures, and drawing each as PNG and SVG
(a third of a second of CPU or more) costs more than making it.  When a figure's files are written
(:func:`maqal.charts.shown`, :func:`maqal.timeline_chart.shown`), a key file beside them
(``.NAME.drawn``) records the figure's fingerprint and a hash of each file; the next time the same
figure is shown under that name in that folder, and every file still has its hash, the files are
left as they are and shown as they are.

The fingerprint (:func:`fingerprint`) is the figure as matplotlib pickles it — all it needs to draw
it again — without what differs between two runs and does not change a drawing (the object ids
that key a transform's parents, the "now" a date rule starts from before it is drawn), with what
draws it: matplotlib's settings, the versions of matplotlib and Pillow, the fonts, and maqal's
drawing code.  A figure that cannot be pickled has none, and is drawn each time.
"""
from __future__ import annotations

import functools
import hashlib
import io
import json
import os
import pickle
from pathlib import Path

from . import paths
from .files import atomic_write

#: the key file of figure NAME in its folder: ``.NAME.drawn``
KEY_SUFFIX = ".drawn"
#: maqal's modules whose code draws a figure's files from the figure (their text is in the key)
DRAWING_CODE = ("charts.py", "timeline_chart.py", "figure_cache.py", "shaping.py")


def key_file(name: str, folder) -> Path:
    return Path(folder) / f".{name}{KEY_SUFFIX}"


@functools.cache
def drawing_code() -> bytes:
    """What draws a figure's files besides the figure and the settings: library versions, the
    Arabic font file, maqal's drawing code."""
    import matplotlib
    import PIL

    from .fonts import arabic_font_path

    try:
        font = arabic_font_path().stat()
        code = b"".join((paths.PACKAGE_DIR / name).read_bytes() for name in DRAWING_CODE)
    except OSError:  # code or font not readable as files: no key matches another process's, all is drawn
        return os.urandom(16)
    parts = [matplotlib.__version__, PIL.__version__, str(arabic_font_path()), str(font.st_size), str(font.st_mtime_ns)]
    return "\n".join(parts).encode() + code


class FigurePickler(pickle.Pickler):
    """A figure's pickle that is the same in every process: a transform's parents without the
    object ids that key them, a date rule without the "now" it was made with (it is given its
    start when it is drawn)."""

    def reducer_override(self, obj):
        from matplotlib.dates import rrulewrapper
        from matplotlib.transforms import TransformNode

        if isinstance(obj, TransformNode):
            state = obj.__getstate__()
            state["_parents"] = list(state["_parents"].values())
            return object.__new__, (type(obj),), state
        if isinstance(obj, rrulewrapper):
            state = {k: v for k, v in vars(obj).items() if k != "_rrule"}
            return object.__new__, (type(obj),), state
        return NotImplemented


def fingerprint(fig) -> str | None:
    """The fingerprint of ``fig`` as it would be drawn now (None: it cannot be pickled)."""
    import matplotlib as mpl

    buf = io.BytesIO()
    try:
        FigurePickler(buf, protocol=5).dump(fig)
    except Exception:  # noqa: BLE001 - a figure holding a lambda or a file: drawn each time
        return None
    settings = repr(sorted((k, v) for k, v in dict.items(mpl.rcParams) if k != "backend"))
    h = hashlib.sha256(buf.getvalue())
    h.update(settings.encode())
    h.update(drawing_code())
    return h.hexdigest()


def inputs_key(*inputs) -> str:
    """The fingerprint of a drawing made from ``inputs`` alone (plain values with a stable
    ``repr``: the words and options of a word cloud) by maqal's drawing code."""
    h = hashlib.sha256(repr(inputs).encode())
    h.update(drawing_code())
    return h.hexdigest()


def file_hash(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def drawn_before(key: str | None, name: str, folder, files: list[Path]) -> bool:
    """Whether ``files`` are the drawing of the figure of fingerprint ``key`` shown as ``name``
    in ``folder`` (its key file says so, and each file still has the hash recorded)."""
    if key is None:
        return False
    try:
        found = json.loads(key_file(name, folder).read_text(encoding="utf-8"))
        return found.get("key") == key and found.get("files") == {Path(f).name: file_hash(f) for f in files}
    except (OSError, ValueError, AttributeError):
        return False


def remember(key: str | None, name: str, folder, files: list[Path]) -> None:
    """Record ``files`` as the drawing of the figure of fingerprint ``key`` (just written)."""
    if key is None:
        key_file(name, folder).unlink(missing_ok=True)
        return
    record = {"key": key, "files": {Path(f).name: file_hash(f) for f in files}}
    atomic_write(key_file(name, folder), json.dumps(record, sort_keys=True))

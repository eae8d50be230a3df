"""Writing files so that a reader never sees half of one.

Reports, figures and the corpus's Parquet parts and markers are all written the same way: to a
temporary file in the target's folder (so the final rename stays on one file system), then moved
into place with :func:`os.replace` — the file is either the old one or the complete new one.
"""
from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

#: errno of a folder that cannot take more files: no permission, read-only, full, over quota
OUTPUT_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC, errno.EDQUOT, errno.EFBIG}

#: permissions of a written file: readable by everyone, as a plain ``open()`` under the usual
#: umask would leave it (``mkstemp`` alone makes 0600)
FILE_MODE = 0o644
#: permissions of a folder maqal creates: readable and listable by everyone (a shared folder or a
#: web server can serve the reports), whatever the umask
FOLDER_MODE = 0o755


def make_folder(path) -> Path:
    """Create ``path`` and its missing parents, each new one 0755; return it.

    Folders that already exist keep their permissions (they are not maqal's to change)."""
    path = Path(path)
    missing = []
    for p in (path, *path.parents):
        if p.exists():
            break
        missing.append(p)
    path.mkdir(parents=True, exist_ok=True)
    for p in missing:
        try:
            os.chmod(p, FOLDER_MODE)
        except OSError:  # created meanwhile by someone else: theirs
            pass
    return path


def atomic_write(path, data: str | bytes | Callable[[Path], object]) -> Path:
    """Write ``data`` to ``path`` atomically and return ``path``.

    ``data`` is text (written as UTF-8), bytes, or a function that writes the file given its
    temporary path (``lambda tmp: pyarrow.parquet.write_table(table, tmp)``).  The folder is
    created if missing (0755, :func:`make_folder`); the file ends 0644; on any error the
    temporary file is removed and the old file kept.
    """
    path = Path(path)
    make_folder(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        if callable(data):
            os.close(fd)
            data(Path(tmp))
        else:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path

"""How messages name the article they are about: a file, an entry inside one, or a string."""
from __future__ import annotations


def display(path) -> str:
    """A file's name for a message (``<text>`` for an article given as a string)."""
    return str(path) if path is not None else "<text>"


def entry(path, index: int | None):
    """``path#index`` for one article of many in a file (the form ``maqal`` accepts back)."""
    return path if index is None else f"{path}#{index}"

"""Which column of an export holds which article field: given (``--text-column body``) or guessed
from the column names (``data/lexicons/export_columns.tsv``: text, content, body, article …).

Monitoring tools and scrapers name their columns as they like; an analyst names the odd one and
maqal finds the usual ones.  A named column that the file lacks is an error naming the file and
its columns — never a silent fall back to a guess.
"""
from __future__ import annotations

from dataclasses import dataclass, fields

from ..errors import BadArticleFormat
from ..lexicons import key, lexicon_cache, read_table

#: the fields a column can be named for on the command line (``--<role>-column``)
ROLES = ("text", "title", "date", "source", "url")
#: fields only ever guessed
GUESSED_ONLY = ("crawl_date", "author", "id")


@dataclass(frozen=True)
class ColumnMap:
    """Column names per field (``None``: guess, or absent).  Frozen and hashable: it travels with
    a corpus run's chunks and is part of what they were computed from."""

    text: str | None = None
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    crawl_date: str | None = None
    author: str | None = None
    id: str | None = None

    @classmethod
    def of(cls, value) -> "ColumnMap":
        """A ColumnMap from ``None``, a ColumnMap or a dict ``{"text": "body", …}``."""
        if value is None:
            return cls()
        if isinstance(value, cls):
            return value
        if isinstance(value, dict):
            unknown = set(value) - {f.name for f in fields(cls)}
            if unknown:
                raise ValueError(f"unknown column role(s) {', '.join(sorted(unknown))}; roles are {', '.join(ROLES)}")
            return cls(**{k: (str(v) if v is not None else None) for k, v in value.items()})
        raise TypeError(f"columns= wants a dict or a ColumnMap, not {type(value).__name__}")

    def given(self) -> dict:
        """The roles named explicitly, as ``{role: column}``."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not None}


@lexicon_cache
def _guesses() -> dict[str, list[str]]:
    """``{role: [column keys, in the order tried]}`` from ``export_columns.tsv``."""
    out: dict[str, list[str]] = {}
    for row in read_table("export_columns.tsv"):
        out.setdefault(row[1], []).append(_fold(row[0]))
    return out


def _fold(name: str) -> str:
    """A column name as it is compared: Arabic-normalised, case-blind, ``-``/space as ``_``."""
    return key(str(name)).casefold().replace("-", "_").replace(" ", "_")


def resolve(header: list, given: ColumnMap, where) -> ColumnMap:
    """The columns of a file with ``header``: those ``given`` (each must exist), the others guessed.
    Without a text column the file cannot be read: the error lists the columns it has."""
    names = [str(h) for h in header]
    have = ", ".join(names) or "none"
    chosen: dict = {}
    for role, column in given.given().items():
        if column not in names:
            raise BadArticleFormat(where, f"has no column {column!r} (for --{role.replace('_', '-')}-column); "
                                          f"its columns are: {have}", "name one of its columns")
        chosen[role] = column
    folded = {}
    for name in names:
        folded.setdefault(_fold(name), name)
    taken = set(chosen.values())
    for role, keys in _guesses().items():
        if role in chosen:
            continue
        found = next((folded[k] for k in keys if k in folded and folded[k] not in taken), None)
        if found is not None:
            chosen[role] = found
            taken.add(found)
    if "text" not in chosen:
        raise BadArticleFormat(where, f"has no text column that maqal recognises; its columns are: {have}",
                               "name it with --text-column NAME (columns={'text': NAME})")
    return ColumnMap(**chosen)

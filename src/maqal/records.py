"""What each table of findings is: its columns, their types, and the spans it carries.

One definition per table (dates, events, claims, terms …).  From it come the DataFrame an
analyst gets (:meth:`Record.frame`), the Arrow schema corpus mode writes
(:meth:`Record.arrow_schema`), the JSON of ``maqal analyze`` (:meth:`Record.json_rows`) and the
highlight roles every view draws (:meth:`Record.marks`) — so a column added here reaches all of
them, and no view has to guess a table's spans from its column names.

A DataFrame made by :meth:`Record.frame` names its record in ``df.attrs["maqal_record"]``.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import chain, compress, repeat
from operator import is_, ne

#: column types: str, int, int? (int that may be missing), bool, date, list[str], list[int], object
TYPES = ("str", "int", "int?", "bool", "date", "list[str]", "list[int]", "object")


@dataclass(frozen=True)
class Mark:
    """One highlighted span of ``article.text``: ``text[start:end]`` in role ``role``."""

    start: int
    end: int
    role: str = "term"
    title: str | None = None  # tooltip (e.g. the normalised date, the source type)


@dataclass(frozen=True)
class Column:
    name: str
    type: str = "str"
    doc: str = ""


@dataclass(frozen=True)
class SpanRole:
    """A span a row carries: ``text[row[start]:row[end]]`` is drawn in ``role`` (see
    :mod:`maqal.highlight`), titled with ``row[title]`` when given; ``title_group`` is the labels
    group that names a title value in a reader's language (``type`` for a source type)."""

    start: str
    end: str
    role: str
    title: str | None = None
    title_group: str | None = None


@dataclass(frozen=True)
class Record:
    name: str
    columns: tuple[Column, ...]
    spans: tuple[SpanRole, ...] = ()

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    def frame(self, rows: list[dict]):
        """Rows (dicts) as a DataFrame with these columns, in this order and with these types
        (``int?`` as pandas' nullable ``Int64``)."""
        import pandas as pd

        data = {}
        for col in self.columns:
            values = [r.get(col.name) for r in rows]
            if col.type == "int?":
                values = pd.array(values, dtype="Int64")
            elif not values and col.type in ("int", "bool"):
                values = pd.array(values, dtype="int64" if col.type == "int" else "bool")
            data[col.name] = values
        df = pd.DataFrame(data, columns=self.names)
        df.attrs["maqal_record"] = self.name
        return df

    def json_rows(self, rows: list[dict], *, in_place: bool = False) -> list[dict]:
        """Rows as plain JSON-able dicts in column order (dates as ISO strings, missing as None).

        ``in_place``: each row of ``rows`` replaced by its plain dict as it is made, and ``rows``
        returned (a long article's table is not held twice, as found and as JSON)."""
        names = self.names
        if not in_place:
            return [{c: v if type(v := r.get(c)) in PLAIN_SCALARS else plain_value(v) for c in names}
                    for r in rows]
        for i, r in enumerate(rows):
            rows[i] = {c: v if type(v := r.get(c)) in PLAIN_SCALARS else plain_value(v) for c in names}
        return rows

    def json_table(self, rows: list[dict]) -> Rows:
        """:meth:`json_rows` of ``rows`` held as :class:`Rows`, made column by column straight from
        the rows found (no plain dict per row on the way); ``rows`` is emptied once read."""
        columns = {c: [v if type(v := r.get(c)) in PLAIN_SCALARS else plain_value(v) for r in rows]
                   for c in self.names}
        rows.clear()
        return Rows.from_columns(columns, copy=False)

    def arrow_schema(self, prefix=()):
        """The Arrow schema of this table (``prefix``: extra leading ``(name, type)`` fields)."""
        import pyarrow as pa

        kinds = {"str": pa.string(), "int": pa.int64(), "int?": pa.int64(), "bool": pa.bool_(),
                 "date": pa.date32(), "list[str]": pa.list_(pa.string()), "list[int]": pa.list_(pa.int64()),
                 "object": pa.string()}
        return pa.schema(list(prefix) + [(c.name, kinds[c.type]) for c in self.columns])

    def marks(self, rows, name=None):
        """A :class:`Mark` for every span of every row (rows: dicts or a DataFrame); ``name(group,
        value)``, when given, names a title value of a span with a ``title_group``."""
        if hasattr(rows, "to_dict"):
            rows = rows.to_dict("records")
        out = []
        for row in rows:
            for sp in self.spans:
                s, e = _whole(row.get(sp.start)), _whole(row.get(sp.end))
                if s is None or e is None or not e > s >= 0:
                    continue
                title = plain_value(row.get(sp.title)) if sp.title else None
                if title is not None and name is not None and sp.title_group:
                    title = name(sp.title_group, title)
                out.append(Mark(s, e, sp.role, None if title is None else str(title)))
        return out


def _whole(v) -> int | None:
    v = plain_value(v)
    return int(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None


#: values that are JSON as they are (the common case, answered without a call)
PLAIN_SCALARS = frozenset((str, int, bool, type(None)))


def plain_value(v):
    """A JSON-able scalar: numpy numbers made plain, NaN/NA → None, dates → ISO strings.

    A list that is already plain is returned as it is, not copied (the spans and forms of a
    long article's rows are most of its JSON)."""
    t = type(v)
    if t in PLAIN_SCALARS:
        return v
    if t is float:
        return None if v != v else v
    if t is list:
        kinds = set(map(type, v))
        if kinds <= PLAIN_SCALARS or kinds == {list} and set(map(type, chain.from_iterable(v))) <= PLAIN_SCALARS:
            return v  # scalars, or lists of scalars (spans)
    if isinstance(v, (list, tuple)):
        return [x if type(x) in PLAIN_SCALARS else plain_value(x) for x in v]
    if isinstance(v, dict):
        return {k: plain_value(x) for k, x in v.items()}
    if v is None or isinstance(v, str):
        return v
    try:
        import pandas as pd

        if pd.isna(v):
            return None
    except (TypeError, ValueError):
        pass
    if hasattr(v, "isoformat"):
        return v.isoformat()
    if hasattr(v, "item"):
        v = v.item()
    return v


def plain_row(row: dict) -> dict:
    """One row dict with JSON-able values (see :func:`plain_value`): the row itself when they
    already are (a long article's frequency rows are not held twice)."""
    for v in row.values():
        t = type(v)
        if t in PLAIN_SCALARS or t is float and v == v:  # (a number that is no NaN is plain too)
            continue
        if plain_value(v) is not v:
            return {k: v if type(v) in PLAIN_SCALARS else plain_value(v) for k, v in row.items()}
    return row


def plain_rows(rows: list[dict]) -> list[dict]:
    """Rows with JSON-able values (:func:`plain_row` each): the rows themselves when every value
    already is, checked over the whole table at once — a few passes in C over all its values,
    not a Python call per row and per list (an article's rows are nearly always plain)."""
    return list(rows) if _all_plain(rows) else [plain_row(r) for r in rows]


_TOP_KINDS = PLAIN_SCALARS | {float, list}


def _all_plain(rows: list[dict]) -> bool:
    """Whether every value of ``rows`` is JSON as it is: a plain scalar, a number that is no NaN,
    or a list of plain scalars or of lists of them (spans).  Every pass runs in C (``map``,
    ``compress``): no Python step per value."""
    values = list(chain.from_iterable(map(dict.values, rows)))
    types = list(map(type, values))
    kinds = set(types)
    if not kinds <= _TOP_KINDS:
        return False
    if float in kinds:
        floats = list(_of_type(values, types, float))
        if any(map(ne, floats, floats)):  # NaN is the one float unequal to itself
            return False
    if list not in kinds:
        return True
    items = list(chain.from_iterable(_of_type(values, types, list)))
    types = list(map(type, items))
    kinds = set(types)
    if list not in kinds:
        return kinds <= PLAIN_SCALARS
    inner = chain.from_iterable(_of_type(items, types, list))
    return kinds <= PLAIN_SCALARS | {list} and set(map(type, inner)) <= PLAIN_SCALARS


def _of_type(values: list, types: list, kind: type):
    """The values whose type (``types``, one per value) is ``kind``."""
    return compress(values, map(is_, types, repeat(kind)))


def _cols(spec: str) -> tuple[Column, ...]:
    """``"name:type name …"`` (type ``str`` when omitted) as columns."""
    out = []
    for item in spec.split():
        name, _, typ = item.partition(":")
        assert (typ or "str") in TYPES, item
        out.append(Column(name, typ or "str"))
    return tuple(out)


DATES = Record(
    "dates",
    _cols("text start:int end:int value start_date:date end_date:date granularity kind sentence:int"),
    (SpanRole("start", "end", "date", "value"),),
)
EVENTS = Record(
    "events",
    _cols("kind who where place with count:int? value start_date:date end_date:date certainty "
          "sentence:int start:int end:int text time_text time_start:int? time_end:int?"),
    (SpanRole("start", "end", "event", "value"), SpanRole("time_start", "time_end", "date", "time_text")),
)
CLAIMS = Record(
    "claims",
    _cols("claim:int sentence:int paragraph:int start:int end:int text source source_start:int? "
          "source_end:int? source_type source_side source_entity:int? source_name source_inherited:bool via:int? attributed:bool cue "
          "cue_start:int? cue_end:int? cue_kind cue_lemma direct_quote:bool hedged:bool hedges:list[str] "
          "allegation:bool allegations:list[str]"),
    (SpanRole("start", "end", "claim", "source_type", "type"),
     SpanRole("source_start", "source_end", "source", "source_type", "type"),
     SpanRole("cue_start", "cue_end", "cue")),
)

ENTITIES = Record(
    "entities",
    _cols("mention start:int end:int entity:int name kind title affiliation anonymous:bool sentence:int phrase_start:int phrase_end:int"),
    (SpanRole("start", "end", "entity", "kind", "entity"),),
)

RECORDS: dict[str, Record] = {r.name: r for r in (DATES, EVENTS, CLAIMS, ENTITIES)}


def record_of(df) -> Record | None:
    """The record a DataFrame was made from (None for any other table)."""
    return RECORDS.get(getattr(df, "attrs", {}).get("maqal_record"))


# --- rows held column by column ----------------------------------------------------------------
class _Numbers:
    """A column of plain ints (``array('q')``) or floats (``array('d')``), ``None`` where ``missing``
    says so: 8 bytes a value, where a list held an object of 24 to 32 bytes more for each."""

    __slots__ = ("values", "missing")

    def __init__(self, values, missing=None):
        self.values, self.missing = values, missing

    def __len__(self) -> int:
        return len(self.values)

    def __getitem__(self, i):
        return None if self.missing is not None and self.missing[i] else self.values[i]

    def __iter__(self):
        if self.missing is None:
            return iter(self.values)
        return (None if m else v for v, m in zip(self.values, self.missing))


class SpanColumn:
    """A column of ``[[start, end], …]`` lists (a frequency row's every occurrence) as one flat
    sequence of their numbers (``flat``: start, end, start, end …; an ``array('q')`` or a numpy
    array) and where each row's begin in it (``bounds``, one more than the rows): 16 bytes a
    span, where a list of two int objects took about 150 (most of a long article's result)."""

    __slots__ = ("flat", "bounds")

    def __init__(self, flat, bounds):
        self.flat, self.bounds = flat, bounds

    def __getitem__(self, i):
        flat = self.flat[self.bounds[i]:self.bounds[i + 1]].tolist()
        return list(map(list, zip(flat[::2], flat[1::2])))

    def __len__(self) -> int:
        return len(self.bounds) - 1

    def __iter__(self):
        return map(self.__getitem__, range(len(self)))


def _compact_column(values: list):
    """``values`` (one column of plain rows) held as compactly as their types allow, read back
    equal and of the same types: numbers in an array, spans flat, anything else as it is."""
    from array import array

    kinds = set(map(type, values))
    try:
        if kinds == {int}:
            return _Numbers(array("q", values))
        if kinds == {float}:
            return _Numbers(array("d", values))
        if kinds == {int, type(None)}:
            missing = bytes(v is None for v in values)
            return _Numbers(array("q", [0 if v is None else v for v in values]), missing)
    except OverflowError:  # an int beyond 64 bits stays as it is
        return values
    if kinds == {list}:
        spans = list(chain.from_iterable(values))
        if set(map(type, spans)) == {list} and set(map(len, spans)) == {2}:
            ends = set(map(type, chain.from_iterable(spans)))
            if ends == {int}:
                return _span_column(values, spans)
    return values


def _span_column(values: list, spans: list) -> SpanColumn | list:
    from array import array
    from itertools import accumulate

    try:
        flat = array("q", chain.from_iterable(spans))
    except OverflowError:
        return values
    return SpanColumn(flat, array("q", accumulate((2 * len(v) for v in values), initial=0)))


class Rows:
    """A table's rows (dicts of plain values) held column by column: what :func:`maqal.analysis.analyze`
    returns for each table.  A sequence of row dicts — ``rows[0]["term"]``, ``for row in rows``,
    ``len(rows)``, equal to the list of the same dicts — made when read, so a long article's
    result is not millions of dicts, lists and ints (``column(name)`` reads one column whole)."""

    __slots__ = ("names", "_columns", "_n")

    def __init__(self, rows: list[dict], names=None, *, consume: bool = False):
        names = list(names) if names is not None else (list(rows[0]) if rows else [])
        self.names, self._n = names, len(rows)
        self._columns = [_compact_column([r.get(c) for r in rows]) for c in names]
        if consume:  # the dicts go as soon as their columns are made
            rows.clear()

    @classmethod
    def from_columns(cls, columns: dict, *, copy: bool = True) -> Rows:
        """Rows from ``{name: values}``, each a list, an array or a :class:`SpanColumn`, all as
        long (held as compactly as :class:`Rows` holds a row's values); ``copy=False``: lists are
        the caller's to give (held as they are when nothing more compact fits)."""
        made = cls([])
        made.names = list(columns)
        made._columns = [c if isinstance(c, SpanColumn) else _compact_column(
            c.tolist() if hasattr(c, "tolist") else c if not copy and isinstance(c, list) else list(c))
            for c in columns.values()]
        made._n = len(made._columns[0]) if columns else 0
        return made

    def __len__(self) -> int:
        return self._n

    def column(self, name: str) -> list:
        """One column's values, in row order, as a list."""
        return list(self._columns[self.names.index(name)])

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._n))]
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError("row index out of range")
        return {c: col[i] for c, col in zip(self.names, self._columns)}

    def __iter__(self):
        names = self.names
        return (dict(zip(names, values)) for values in zip(*self._columns)) if names else iter(())

    def __eq__(self, other):
        if not isinstance(other, (Rows, list, tuple)):
            return NotImplemented
        return len(self) == len(other) and all(map(dict.__eq__, self, other))

    __hash__ = None

    def __repr__(self) -> str:
        return f"Rows({self._n} rows: {', '.join(self.names)})"

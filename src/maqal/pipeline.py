"""The analyses as components over one text layer, run in the order their needs give.

A component turns the text layer of one article (and the tables of the components it needs)
into rows of its table: ``events`` needs ``dates`` to date each event.  ``maqal analyze``,
corpus mode and the notebooks all run these same components, so each number has one
implementation.  A new analysis plugs in with :func:`register`::

    pipeline.register(pipeline.Component("quotes", my_quote_rows, record=MY_RECORD))

and then appears in ``run(article)`` and, with its record, in every table-reading tool.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable

from .records import CLAIMS, DATES, ENTITIES, EVENTS, Record
from .textlayer import TextLayer, text_layer


@dataclass(frozen=True)
class Component:
    """``rows(layer, tables)`` → list of row dicts; ``tables`` holds the rows of ``needs``."""

    name: str
    rows: Callable[[TextLayer, dict], list[dict]]
    needs: tuple[str, ...] = ()
    record: Record | None = None


def _dates(layer: TextLayer, tables: dict) -> list[dict]:
    from .timeline import date_rows

    return date_rows(layer)


def _events(layer: TextLayer, tables: dict) -> list[dict]:
    from .timeline import event_rows

    return event_rows(layer, dates=tables["dates"], entities=tables["entities"])


def _claims(layer: TextLayer, tables: dict) -> list[dict]:
    from .claims import claim_rows

    return claim_rows(layer, entities=tables["entities"])


def _entities(layer: TextLayer, tables: dict) -> list[dict]:
    from .entities import entity_rows

    return entity_rows(layer)


COMPONENTS: dict[str, Component] = {}


def register(component: Component) -> None:
    """Add (or replace) a component; its ``needs`` must already be registered."""
    missing = [n for n in component.needs if n not in COMPONENTS]
    if missing:
        raise ValueError(f"component {component.name!r} needs {missing}, which are not registered")
    COMPONENTS[component.name] = component


for _c in (Component("dates", _dates, (), DATES), Component("entities", _entities, (), ENTITIES),
           Component("events", _events, ("dates", "entities"), EVENTS),
           Component("claims", _claims, ("entities",), CLAIMS)):
    register(_c)


def order(names=None) -> list[str]:
    """The components to run for ``names`` (all when None), each after what it needs."""
    wanted = list(COMPONENTS) if names is None else list(names)
    out: list[str] = []

    def visit(name: str, path: tuple = ()) -> None:
        if name in out:
            return
        if name not in COMPONENTS:
            raise KeyError(f"no component named {name!r} (known: {', '.join(COMPONENTS)})")
        if name in path:
            raise ValueError(f"components need each other in a circle: {' → '.join(path + (name,))}")
        for need in COMPONENTS[name].needs:
            visit(need, path + (name,))
        out.append(name)

    for name in wanted:
        visit(name)
    return out


class Run:
    """The components of one article, each computed at most once, on one text layer.

    ``Run(article).rows("events")`` computes ``dates`` first (and keeps it for a later
    ``rows("dates")``); corpus mode asks one table at a time through this."""

    def __init__(self, source):
        self.layer = text_layer(source)
        self.tables: dict[str, list[dict]] = {}

    def rows(self, name: str) -> list[dict]:
        for step in order([name]):
            if step not in self.tables:
                self.tables[step] = COMPONENTS[step].rows(self.layer, self.tables)
        return self.tables[name]


@contextmanager
def gc_paused():
    """Python's cycle collector paused while one article is analysed, and resumed as it was.

    An analysis makes millions of small objects that live until it ends (tokens, spans, rows)
    and no reference cycles; each full collection walks all of them, which made a long article
    cost more per megabyte the longer it was.  Memory is unchanged (nothing cyclic to free).
    The first analysis of a process loads the lexicons: in a runner process (:func:`runner_process`)
    :func:`keep_loaded` freezes them at its end."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            if _RUNNER:
                keep_loaded()
            gc.enable()


_LOADED_KEPT = []
_RUNNER = []


def runner_process() -> None:
    """Declare this process a runner of maqal's own — the command line, a corpus worker, the
    benchmark — whose objects are maqal's: its first analysis ends with :func:`keep_loaded`.  Not
    the default, because ``gc.freeze`` freezes every object alive, and in a notebook kernel or an
    analyst's script those are also the analyst's (their cycles would never be collected)."""
    _RUNNER[:] = [True]


def is_runner_process() -> bool:
    """Whether :func:`runner_process` declared this process one of maqal's runners."""
    return bool(_RUNNER)


def keep_loaded() -> None:
    """Once per process, after the first analysis of a runner (see :func:`runner_process`): every
    object alive (the lexicons, gazetteer and patterns it loaded, ~700,000 objects made while the
    collector was paused) moves to the collector's permanent generation (``gc.freeze``).  Left
    young, the next collections walked them all, generation after generation: the first analyses
    after loading paid for it.  They live as long as the process anyway; later objects are
    collected as before."""
    if not _LOADED_KEPT:
        _LOADED_KEPT.append(True)
        gc.freeze()


def run(source, names=None) -> dict[str, list[dict]]:
    """Rows of each component for one article (an Article, a string or its TextLayer).

    The text layer is built once and shared; the tables of needed components are computed
    once and handed on.  Returns ``{name: rows}`` for the components asked for and their needs."""
    with gc_paused():
        article_run = Run(source)
        for name in order(names):
            article_run.rows(name)
    return article_run.tables

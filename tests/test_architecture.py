"""The package's shape, checked: imports follow the flow (ARCHITECTURE.md), no cycles, no module
uses another's private names, and no function grows past what a reader can hold."""
from __future__ import annotations

import ast
from pathlib import Path

import maqal

PACKAGE = Path(maqal.__file__).parent

#: layer of each top-level module or subpackage (ARCHITECTURE.md); a module may import only from
#: its own layer or below
LAYERS = {
    "paths": 0, "errors": 0, "article": 0, "arabic": 0, "clitics": 0, "files": 0, "records": 0,
    "lexicons": 1, "labels": 1,
    "normalized": 2, "textlayer": 2, "stems": 2,
    "loading": 3, "inputs": 3,
    # entities reads the text layer and lexicons; claims and timeline may build on it, never it on them
    "entities": 3.5,
    "frequencies": 4, "timeline": 4, "claims": 4,
    "pipeline": 5, "analysis": 5,
    "shaping": 6, "fonts": 6, "charts": 6, "figure_cache": 6, "timeline_chart": 6, "claims_chart": 6, "corpus_charts": 6,
    "highlight": 6, "views": 6, "explore": 6, "brief": 6,
    "corpus": 7, "stories": 7, "reports": 7, "report_index": 7, "report_assets": 7, "cli": 7, "__main__": 7,
}
MAX_FUNCTION_LINES = 80


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).with_suffix("")
        parts = [p for p in rel.parts if p != "__init__"]
        yield ".".join(parts), path


def _unit(dotted: str) -> str:
    """The top-level module or subpackage a dotted module name belongs to."""
    return dotted.split(".")[0]


def _imports(dotted: str, path: Path):
    """(imported module as a dotted name inside maqal, imported names) for each relative or
    ``maqal.`` import of a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = dotted.split(".")[:-1] if path.name != "__init__.py" else dotted.split(".")
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)] if node.level > 1 else package
                target = ".".join(base + ([node.module] if node.module else []))
            elif node.module and node.module.startswith("maqal."):
                target = node.module[len("maqal."):]
            else:
                continue
            names = [a.name for a in node.names]
            if not node.module:  # from . import x → modules x
                for n in names:
                    yield ".".join(base + [n]).strip("."), []
            else:
                yield target, names
        elif isinstance(node, ast.Import):
            for a in node.names:
                if a.name.startswith("maqal."):
                    yield a.name[len("maqal."):], []


def test_every_module_has_a_layer():
    units = {_unit(d) for d, _ in _modules() if d}
    assert units <= set(LAYERS), f"add these to LAYERS and ARCHITECTURE.md: {sorted(units - set(LAYERS))}"


def test_imports_follow_the_flow():
    wrong = []
    for dotted, path in _modules():
        if not dotted:
            continue
        here = LAYERS[_unit(dotted)]
        for target, _ in _imports(dotted, path):
            unit = _unit(target)
            if unit in LAYERS and unit != _unit(dotted) and LAYERS[unit] > here:
                wrong.append(f"{dotted} (layer {here}) imports {target} (layer {LAYERS[unit]})")
    assert not wrong, "\n".join(wrong)


def test_no_module_uses_another_modules_private_names():
    wrong = []
    for dotted, path in _modules():
        for target, names in _imports(dotted, path):
            if _unit(target) == _unit(dotted) and "." in dotted:
                continue  # inside one subpackage its modules share
            wrong += [f"{dotted} imports {target}.{n}" for n in names if n.startswith("_") and not n.startswith("__")]
    assert not wrong, "\n".join(wrong)


def test_no_module_reaches_into_another_modules_private_attributes():
    """``from . import stems`` then ``stems._SHARED``: the same breach as importing the name."""
    wrong = []
    for dotted, path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules = {a.asname or a.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                   and node.level and not node.module for a in node.names}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in modules
                    and node.attr.startswith("_") and not node.attr.startswith("__")):
                wrong.append(f"{dotted}: {node.value.id}.{node.attr}")
    assert not wrong, "\n".join(wrong)


def test_no_import_cycle_between_units():
    graph: dict[str, set[str]] = {}
    for dotted, path in _modules():
        if not dotted:
            continue
        for target, _ in _imports(dotted, path):
            if _unit(target) != _unit(dotted) and _unit(target) in LAYERS:
                graph.setdefault(_unit(dotted), set()).add(_unit(target))

    def reaches(a, b, seen=()):
        return any(n == b or (n not in seen and reaches(n, b, seen + (n,))) for n in graph.get(a, ()))

    cycles = sorted({tuple(sorted((a, b))) for a in graph for b in graph[a] if reaches(b, a)})
    assert not cycles, cycles


def test_functions_are_short_enough_to_hold_in_your_head():
    long = []
    for dotted, path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = node.end_lineno - node.lineno + 1
                if n > MAX_FUNCTION_LINES:
                    long.append(f"{dotted}.{node.name}: {n} lines")
    assert not long, "\n".join(long)


def test_no_complexity_check_is_silenced():
    hits = [f"{d}" for d, p in _modules() if "noqa: C901" in p.read_text(encoding="utf-8")]
    assert not hits, hits

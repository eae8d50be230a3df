"""The package's shape, checked: imports follow the flow (ARCHITECTURE.md), no cycles, no module
uses another's private names, and no function grows past what a reader can hold."""
from __future__ import annotations

import ast
import re
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


def _private_uses(tree) -> list[str]:
    """The private names of maqal a test or script takes: ``from maqal.x import _y``, or ``_y`` read
    off a maqal module it imported (``patterns._clock``)."""
    found, modules = [], set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "maqal":
            found += [f"{node.module}.{a.name}" for a in node.names if a.name.startswith("_") and not a.name.startswith("__")]
            modules |= {a.asname or a.name for a in node.names}
        elif isinstance(node, ast.Import):
            modules |= {a.asname or a.name.split(".")[0] for a in node.names if a.name.split(".")[0] == "maqal"}
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__") \
                and re.fullmatch(r"[\w.]+", ast.unparse(node.value)) and ast.unparse(node.value).split(".")[0] in modules:
            found.append(ast.unparse(node))
    return found


def test_tests_and_scripts_use_no_private_name():
    """Tests and scripts are clients too: they use what the package offers, not its insides."""
    root = PACKAGE.parent.parent
    wrong = [f"{path.relative_to(root)}: {use}" for folder in ("tests", "scripts") for path in sorted((root / folder).rglob("*.py"))
             for use in _private_uses(ast.parse(path.read_text(encoding="utf-8")))]
    assert not wrong, "\n".join(wrong)


#: the one module that writes the Arabic clitics (ARCHITECTURE.md, layer 0)
CLITICS_MODULE = "clitics"
#: a string made of proclitics alone: the letters و ف ب ل ك and the article
PROCLITICS_ONLY = re.compile(r"(?:[وفبلك]|ال)+")
ARABIC = re.compile(r"[\u0600-\u06ff]")


def _literal_strings(node) -> list[str] | None:
    """The strings a literal writes (a string, or a tuple, list, set or frozenset of them), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("frozenset", "set", "tuple") \
            and len(node.args) == 1:
        return _literal_strings(node.args[0])
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        parts = [_literal_strings(e) for e in node.elts]
        return None if None in parts else [x for part in parts for x in part]
    return None


def _proclitic_set(node) -> bool:
    """A literal of proclitics alone: «وف», ("وال", "ال", ""), frozenset("وفبل")."""
    found = _literal_strings(node)
    return bool(found) and any(found) and all(not x or PROCLITICS_ONLY.fullmatch(x) for x in found)


def _own_clitic_sets(tree) -> list[tuple[int, str]]:
    """(line, what) for each clitic set a module writes itself: a module-level constant of
    proclitics, one named for clitics that writes Arabic letters, a word's letters tested against
    a literal set of them (``w[:1] in "وبل"``, ``w.startswith(("ب", "ل"))``)."""
    found = []
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            name = ast.unparse(node.targets[0] if isinstance(node, ast.Assign) else node.target)
            writes_arabic = any(isinstance(c, ast.Constant) and isinstance(c.value, str) and ARABIC.search(c.value)
                                for c in ast.walk(node.value))
            if _proclitic_set(node.value) or "CLITIC" in name.upper() and writes_arabic:
                found.append((node.lineno, name))
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and any(isinstance(op, (ast.In, ast.NotIn)) for op in node.ops) \
                and any(_proclitic_set(c) for c in node.comparators):
            found.append((node.lineno, ast.unparse(node)))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "startswith" \
                and node.args and isinstance(node.args[0], ast.Tuple) and _proclitic_set(node.args[0]):
            found.append((node.lineno, ast.unparse(node)))
    return found


def test_clitics_are_written_in_one_module():
    """Which proclitics a word may carry differs from reader to reader on purpose, but each set is
    written once, named by what it allows, in ``maqal.clitics``, and read through its ``bare_in`` /
    ``without_proclitic``: no other module writes its own (one letter compared alone, ``w[:1] == "و"``,
    is not checked)."""
    wrong = [f"{dotted}:{line}: {what}" for dotted, path in _modules() if dotted != CLITICS_MODULE
             for line, what in _own_clitic_sets(ast.parse(path.read_text(encoding="utf-8")))]
    assert not wrong, "write these in maqal/clitics.py and import them:\n" + "\n".join(wrong)


def test_the_clitic_check_sees_a_clitic_set():
    code = 'X_CLITICS = ("وال", "ال", "")\nY = "وف"\ndef f(w, s):\n    return w[:1] in "وبل" and w.startswith(("ب", "ل"))\n'
    assert [line for line, _ in _own_clitic_sets(ast.parse(code))] == [1, 2, 4, 4]
    assert not _own_clitic_sets(ast.parse('WORDS = ("في", "من")\nLETTERS = "يتن"\nA = FOR\n'))

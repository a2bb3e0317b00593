"""The checker's modules import one way only: each from the layers below it, never above."""

from __future__ import annotations

import ast

from conftest import REPO

CHECKER = REPO / "checker"
# Lowest first. A module may import only from modules of a lower layer (or its own standard
# library). `web` (the browser's door) and `__main__` (the command line, which shows results
# the way the page does) are the front doors; `__init__` re-exports.
LAYERS = [
    {"es"},
    {"i18n"},
    {"codes"},
    {"answers"},
    {"keep"},  # the answers file and the reminder: knows the answer keys, no rule
    {"rules"},
    {"result"},
    {"outcomes"},
    {"engine"},
    {"questions"},
    {"checklist", "web"},
    {"__main__"},
    {"__init__"},
]
RANK = {name: i for i, layer in enumerate(LAYERS) for name in layer}


def checker_imports(path) -> set[str]:
    """Names of the checker's modules that a module imports, wherever the import stands."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1 and node.module:
                found.add(node.module.split(".")[0])
            elif node.level == 1:
                found.update(alias.name for alias in node.names)
            elif node.module and node.module.split(".")[0] == "checker":
                parts = node.module.split(".")
                found.update([parts[1]] if len(parts) > 1 else [a.name for a in node.names])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "checker" and len(parts) > 1:
                    found.add(parts[1])
    return found


def test_every_checker_module_has_a_layer():
    modules = {p.stem for p in CHECKER.glob("*.py")}
    assert modules == set(RANK), "add the new module to LAYERS (and think about where it sits)"


def test_checker_modules_import_only_downward():
    upward = []
    for path in sorted(CHECKER.glob("*.py")):
        for name in sorted(checker_imports(path)):
            if RANK[name] >= RANK[path.stem]:
                upward.append(f"{path.stem} imports {name}")
    assert upward == []


def test_the_layer_check_sees_an_upward_import(tmp_path):
    """The test above can fail: a lazy import of the engine inside outcomes is caught."""
    module = tmp_path / "outcomes.py"
    module.write_text("def f():\n    from .engine import Result\n    return Result\n")
    assert "engine" in checker_imports(module)
    assert RANK["engine"] >= RANK["outcomes"]

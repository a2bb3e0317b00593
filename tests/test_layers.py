"""The checker's modules import one way only: each from the layers below it, never above. The
decision (engine, rules, answers) takes no language and reads no words: the words layer
(`outcomes`) sits above it and puts words on its decision. No import cycle anywhere in the
project's Python."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

from checker import answers, engine, rules
from conftest import REPO

CHECKER = REPO / "checker"
# Lowest first. A module may import only from modules of a lower layer (or its own standard
# library). `engine` is the decision (codes and values); `outcomes` the words, which it puts on a
# decision. `web` (the browser's door) and `__main__` (the command line, which shows results the
# way the page does) are the front doors; `__init__` re-exports.
LAYERS = [
    {"es"},
    {"i18n"},
    {"codes", "law"},
    {"answers"},
    {"keep"},  # the answers file and the reminder: knows the answer keys, no rule
    {"rules"},
    {"result"},
    {"engine"},
    {"outcomes"},
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
    """The test above can fail: a lazy import of the words inside the engine is caught."""
    module = tmp_path / "engine.py"
    module.write_text("def f():\n    from .outcomes import words\n    return words\n")
    assert "outcomes" in checker_imports(module)
    assert RANK["outcomes"] >= RANK["engine"]


# --- The decision takes no language -------------------------------------------------------------

DECISION = (engine, rules, answers)
# What the decision may not import: the languages, the words, and what sits above the words.
WORDS = {"es", "i18n", "outcomes", "questions", "checklist", "web", "__main__"}


def parameters(tree: ast.AST) -> list[tuple[int, str, str]]:
    """(line, function, parameter) for every parameter of every function and lambda."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            args = node.args
            every = [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]
            name = getattr(node, "name", "lambda")
            found += [(node.lineno, name, a.arg) for a in every if a is not None]
    return found


def language_parameters(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [f"{path.name}:{line} {name}({arg})" for line, name, arg in parameters(tree)
            if arg in ("lang", "language", "locale")]  # fmt: skip


@pytest.mark.parametrize("module", DECISION, ids=lambda m: m.__name__)
def test_no_function_of_the_decision_takes_a_language(module):
    path = Path(inspect.getfile(module))
    assert language_parameters(path) == []
    # And at run time: every function and method the module defines.
    for name, value in vars(module).items():
        members = [value, *vars(value).values()] if inspect.isclass(value) else [value]
        for member in members:
            function = getattr(member, "fget", member)  # a property's getter
            if inspect.isfunction(function) and function.__module__ == module.__name__:
                assert "lang" not in inspect.signature(function).parameters, name


@pytest.mark.parametrize("module", DECISION, ids=lambda m: m.__name__)
def test_the_decision_imports_no_words(module):
    path = Path(inspect.getfile(module))
    assert checker_imports(path) & WORDS == set()


def test_the_language_check_sees_a_language(tmp_path):
    """The tests above can fail: the engine as it was (lang passed down, i18n imported)."""
    module = tmp_path / "engine.py"
    module.write_text(
        "from .i18n import tr\n\n"
        "def evaluate(answers, today=None, lang='en'):\n"
        "    return [(lambda lang: lang)(lang)]\n"
    )
    assert language_parameters(module) == ["engine.py:3 evaluate(lang)", "engine.py:4 lambda(lang)"]
    assert checker_imports(module) & WORDS == {"i18n"}


def test_every_reason_the_decision_gives_has_its_words():
    """The decision names each reason's clause (`engine.REASON_CLAUSES`); the words layer has
    its words (`outcomes.REASONS`; the pending-pardon reason is worded by `outcomes.reason`)."""
    from checker import outcomes

    assert set(engine.REASON_CLAUSES) == {*outcomes.REASONS, "without_pardon"}


# --- No import cycle ----------------------------------------------------------------------------

# The project's Python: the packages at the top, and the tests, whose folder is on the path
# when they run (`from conftest import REPO`; tests/browser is the package `browser`).
PACKAGES = ("checker", "papers", "tools", "tests")


def module_name(path: Path, root: Path = REPO) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def project_imports(path: Path, known: set[str], root: Path = REPO) -> set[str]:
    """The project's modules a module imports, wherever the import stands (lazy ones, and
    those only the type checker reads, too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    name = module_name(path, root)
    package = name if path.stem == "__init__" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                stem = ".".join([*base, node.module] if node.module else base)
            else:
                stem = node.module or ""
            # `from package import module` imports the module; any other name, the package.
            subs = [f"{stem}.{alias.name}" for alias in node.names]
            names = [n for n in subs if n in known]
            if len(names) < len(subs):
                names.append(stem)
        for imported in names:
            while imported and imported not in known:  # a name inside a module: the module
                imported = imported.rpartition(".")[0]
            if imported and imported != name:
                found.add(imported)
    return found


def import_graph(root: Path) -> dict[str, set[str]]:
    """{module: the project's modules it imports}, module names as Python knows them."""
    found = [
        (p, root / "tests" if package == "tests" else root)
        for package in PACKAGES
        for p in sorted((root / package).rglob("*.py"))
    ]
    known = {module_name(p, base) for p, base in found}
    return {module_name(p, base): project_imports(p, known, base) for p, base in found}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each import cycle once, as the modules along it (a depth-first search)."""
    found: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for other in sorted(graph.get(name, ())):
            if state.get(other) == 1:
                found.append(path[path.index(other) :] + [other])
            elif other not in state:
                visit(other, [*path, other])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    return found


def test_no_import_cycle_among_the_projects_modules():
    graph = import_graph(REPO)
    assert {"checker.engine", "checker.outcomes", "papers.web", "browser.drive"} <= set(graph)
    assert "test_properties" in graph["test_interview"]
    assert "checker.engine" in graph["checker.outcomes"]
    assert cycles(graph) == []


def test_the_cycle_check_sees_a_cycle(tmp_path):
    """The test above can fail: two modules that import each other, one of them lazily, and a
    package whose `__init__` imports a module that imports the package back."""
    (tmp_path / "checker").mkdir()
    (tmp_path / "checker" / "__init__.py").write_text("from .engine import decide\n")
    (tmp_path / "checker" / "engine.py").write_text("def decide():\n    from checker import x\n")
    (tmp_path / "papers").mkdir()
    (tmp_path / "papers" / "model.py").write_text("from .texts import A\n")
    (tmp_path / "papers" / "texts.py").write_text("def f():\n    from . import model\n")
    (tmp_path / "tools").mkdir()
    (tmp_path / "tools" / "sitegen.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from tools import sitegen\n"
    )
    (tmp_path / "tests" / "browser").mkdir(parents=True)
    (tmp_path / "tests" / "test_a.py").write_text("from test_b import x\n")
    (tmp_path / "tests" / "test_b.py").write_text("from test_a import y\n")
    (tmp_path / "tests" / "browser" / "drive.py").write_text("from .test_c import z\n")
    (tmp_path / "tests" / "browser" / "test_c.py").write_text("from .drive import w\n")
    assert sorted(map(tuple, cycles(import_graph(tmp_path)))) == [
        ("browser.drive", "browser.test_c", "browser.drive"),
        ("checker", "checker.engine", "checker"),
        ("papers.model", "papers.texts", "papers.model"),
        ("test_a", "test_b", "test_a"),
    ]

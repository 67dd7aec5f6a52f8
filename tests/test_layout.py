"""The package's layout: one folder per pipeline stage, and no import circles.

The top level of ``src/jdgen`` is the package's face (the API, errors, the
models every stage shares, the glue that builds one posting) and one folder
per stage: ``inputs`` (reading and validating files), ``tailoring`` (a role
and a company become a posting), ``render`` (a posting becomes Markdown,
DOCX, HTML, PDF), ``site`` (a batch and its output folder) and ``lint``.

Every import counts, wherever it is written: at module level, inside a
function, or under ``if TYPE_CHECKING:``. A function-level import defers a
circle to run time without removing it, and a TYPE_CHECKING import is still a
dependency a reader has to follow; so a circle through any of them fails here.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import jdgen

PACKAGE = Path(jdgen.__file__).parent


def _modules() -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its own name)."""
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _known(name: str) -> str | None:
    """The module ``name`` is, or is inside of (an imported function names its module)."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _imported(module: str, path: Path) -> Iterator[str]:
    """The jdgen modules ``module`` imports, anywhere in its source."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                source = ".".join([*base, *([node.module] if node.module else [])])
            else:
                source = node.module or ""
            # ``from jdgen import cache`` imports the module jdgen.cache.
            names = [f"{source}.{alias.name}" for alias in node.names]
        else:
            continue
        for name in names:
            if name == "jdgen" or name.startswith("jdgen."):
                known = _known(name)
                if known and known != module:
                    yield known


def graph() -> dict[str, set[str]]:
    return {module: set(_imported(module, path)) for module, path in MODULES.items()}


def circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Groups of modules that reach each other through imports (Tarjan's components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


TOP_LEVEL = {
    "__init__.py", "__main__.py", "api.py", "build.py", "cache.py", "errors.py", "models.py",
    "scaffold.py", "py.typed",
    "cli", "web", "inputs", "tailoring", "render", "site", "lint", "project_template",
    "locale",  # language data every stage reads (spelling, dates, statements), like models
}
STAGES = ("inputs", "tailoring", "render", "site", "lint")


def test_the_top_level_holds_the_face_and_one_folder_per_stage() -> None:
    found = {path.name for path in PACKAGE.iterdir()
             if path.name != "__pycache__" and not path.name.endswith(".pyc")}
    assert found - {"_data"} == TOP_LEVEL  # _data: roles and templates, in a wheel only
    for stage in STAGES:
        init = PACKAGE / stage / "__init__.py"
        assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), stage


def test_no_import_circles() -> None:
    edges = graph()
    assert circles(edges) == [], [
        {module: sorted(edges[module] & set(group)) for module in group}
        for group in circles(edges)
    ]


def test_the_graph_sees_every_kind_of_import() -> None:
    """The checker finds module-level, function-level and TYPE_CHECKING imports alike."""
    edges = graph()
    assert "jdgen.errors" in edges["jdgen.render.docx"]  # module level
    assert "jdgen.render.docxbase" in edges["jdgen.render.docx"]  # in a function
    assert "jdgen.site.outcome" in edges["jdgen.site.index"]  # under TYPE_CHECKING only
    assert "jdgen.cache" in edges["jdgen.render.docxbase"]  # ``from jdgen import cache``


def test_a_circle_is_found() -> None:
    """The component search itself: a two-module and a three-module circle, and a chain."""
    edges = {"a": {"b"}, "b": {"a", "c"}, "c": {"d"}, "d": {"e"}, "e": {"c"}, "f": {"a"}}
    assert sorted(circles(edges)) == [["a", "b"], ["c", "d", "e"]]
    assert circles({"a": {"b"}, "b": {"c"}, "c": set()}) == []


def test_cache_keys_cover_code_that_exists(monkeypatch: pytest.MonkeyPatch,
                                           tmp_path: Path) -> None:
    """Caches keyed on jdgen's own source still find that source after a move.

    A key whose source file is missing is ``None``, and the cache would go
    quietly unused; so every file named must exist, and each key must be made.
    """
    from jdgen import cache
    from jdgen.inputs import discovery, overlaycache
    from jdgen.render import docxbase

    for names in (discovery._MODEL_CODE, overlaycache._CODE):
        missing = [path for path in cache.sources(*names) if not path.is_file()]
        assert missing == []
    monkeypatch.setenv(cache.ENV, str(tmp_path))
    assert discovery._cache_name(b"id: x\n") is not None
    assert docxbase._cache_name(None, "letter") is not None
    from jdgen.tailoring import paytable
    paytable.pay_table.cache_clear()  # made afresh, so it is stored in tmp_path
    paytable.pay_table()
    assert list((tmp_path / "tables").iterdir()) != []

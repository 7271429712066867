"""The seams of the code, kept by tests: no import circles, posts reaches comments only
through ``comments.services``, comments and posts never import takedowns, one audit writer
per audit table, and a docstring atop every module."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("complaints_site", "posts", "comments", "takedowns")


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """Project modules this module imports (anywhere in it, functions included)."""
    is_package = path.name == "__init__.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    targets: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                prefix = ".".join([*base, node.module] if node.module else base)
            else:
                prefix = node.module or ""
            for alias in node.names:
                candidate = f"{prefix}.{alias.name}"
                targets.add(candidate if candidate in MODULES else prefix)
    return {t for t in targets if t in MODULES and t != name}


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _cycles() -> list[list[str]]:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in GRAPH[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(GRAPH):
        if node not in index:
            visit(node)
    return found


def test_the_graph_is_read():
    assert "comments.services.submit" in GRAPH["comments.services"]
    assert "comments.policy" in GRAPH["comments.services.submit"]


def test_no_import_circles():
    assert _cycles() == []


def test_posts_reach_comments_only_through_its_services():
    offending = {
        name: sorted(t for t in targets if t.startswith("comments") and t != "comments.services")
        for name, targets in GRAPH.items()
        if name.startswith("posts")
    }
    assert {name: t for name, t in offending.items() if t} == {}


def test_the_scanner_imports_nothing_of_the_site():
    scanner = {n: t for n, t in GRAPH.items() if n.startswith("comments.moderation")}
    assert all(t.startswith("comments.moderation") for targets in scanner.values() for t in targets)


def _creators_of(model: str) -> set[str]:
    writers = set()
    for name, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            # Model(...), Model.objects.create/bulk_create/get_or_create
            text = ast.unparse(node.func)
            if text == model or (
                text.startswith(f"{model}.objects.")
                and text.rsplit(".", 1)[-1] in {"create", "bulk_create", "get_or_create"}
            ):
                writers.add(name)
    return writers


def test_only_the_audit_writer_creates_moderation_actions():
    assert _creators_of("ModerationAction") == {"comments.services.audit"}


def test_only_the_takedowns_audit_writer_creates_takedown_events():
    assert _creators_of("TakedownEvent") == {"takedowns.services.audit"}


def test_comments_and_posts_never_import_takedowns():
    offending = {
        name: sorted(t for t in targets if t.startswith("takedowns"))
        for name, targets in GRAPH.items()
        if name.startswith(("comments", "posts"))
    }
    assert {name: t for name, t in offending.items() if t} == {}


# What takedowns may use of comments: its data, reads, writes and vocabulary, plus the
# client-address and rate-limit helpers; never its views, workspace or API.
TAKEDOWNS_MAY_IMPORT = {
    "comments.models",
    "comments.selectors",
    "comments.services",
    "comments.signals",
    "comments.exceptions",
    "comments.kinds",
    "comments.policy",
    "comments.client",
    "comments.ratelimit",
}


def test_takedowns_reach_comments_only_through_its_public_seams():
    offending = {
        name: sorted(
            t for t in targets if t.startswith("comments") and t not in TAKEDOWNS_MAY_IMPORT
        )
        for name, targets in GRAPH.items()
        if name.startswith("takedowns")
    }
    assert {name: t for name, t in offending.items() if t} == {}


def test_takedowns_reach_posts_only_through_models_and_selectors():
    offending = {
        name: sorted(
            t
            for t in targets
            if t.startswith("posts") and t not in {"posts.models", "posts.selectors"}
        )
        for name, targets in GRAPH.items()
        if name.startswith("takedowns")
    }
    assert {name: t for name, t in offending.items() if t} == {}


@pytest.mark.parametrize(
    "name", sorted(n for n in MODULES if n.split(".")[0] in ("posts", "comments", "takedowns"))
)
def test_every_module_opens_with_a_docstring(name):
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    doc = ast.get_docstring(tree)
    assert doc and doc.strip(), f"{MODULES[name].relative_to(ROOT)} has no module docstring"

"""Shape rules for the scanner's code that a newcomer can rely on (pure ast, no tools)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import comments.moderation as package

SOURCES = sorted(Path(package.__file__).parent.rglob("*.py"))
MAX_LINES = 50


def _functions():
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                yield path.name, node


def test_no_function_is_longer_than_fifty_lines():
    long = [
        f"{name}:{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for name, node in _functions()
        if node.end_lineno - node.lineno + 1 > MAX_LINES
    ]
    assert long == []


def test_no_constant_is_named_after_a_tuning_round():
    round_named = re.compile(r"(?:^|_)R(?:OUND)?_?\d+$")
    names = [
        f"{path.name}:{target.id}"
        for path in SOURCES
        for node in ast.parse(path.read_text(encoding="utf-8")).body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name) and round_named.search(target.id)
    ]
    assert names == []


def test_the_scanner_imports_no_django():
    for path in SOURCES:
        assert not re.search(r"^\s*(?:from|import) django", path.read_text(), re.M), path.name

"""Vocabulary as data: the scanner's word lists and abuse patterns, one file each.

Each ``<name>.txt`` in this package is UTF-8 text:

- the first line is ``# kind: words`` or ``# kind: patterns``;
- other lines starting with ``#`` are comments, blank lines are skipped;
- every other line is one entry; an optional second column, after a TAB, is a *guard*:
  a regex (usually a look-ahead such as ``(?!高|でか)``) appended to the entry;
- ``words``: the entry is matched literally (``re.escape``); the alternation tries
  longer words first, so order in the file does not matter;
- ``patterns``: the entry is a regex alternative; alternatives are tried in file order
  (earlier lines win at the same position), and ``{{name}}`` inserts the alternation of
  another file (``クソ<TAB>(?={{role_nouns}})``).

Files are read once per process (``functools.cache``); compiled regexes are built by the
modules that use them, at import time.  ``tests/moderation/test_vocab.py`` checks that
every file parses, every entry compiles and no entry repeats within a file.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib.resources import files

KINDS = ("words", "patterns")
_INCLUDE = re.compile(r"\{\{([a-z0-9_]+)\}\}")


class VocabError(ValueError):
    """A vocabulary file that does not follow the format."""


@dataclass(frozen=True, slots=True)
class Entry:
    text: str
    guard: str
    line: int


@dataclass(frozen=True, slots=True)
class VocabFile:
    name: str
    kind: str
    entries: tuple[Entry, ...]


def names() -> list[str]:
    """Every vocabulary file shipped with the package, without ``.txt``."""
    return sorted(p.name[:-4] for p in files(__name__).iterdir() if p.name.endswith(".txt"))


def parse(name: str, text: str) -> VocabFile:
    lines = text.splitlines()
    m = re.fullmatch(r"# kind: (\w+)\s*", lines[0]) if lines else None
    if m is None or m.group(1) not in KINDS:
        raise VocabError(f"{name}.txt: the first line must be '# kind: words|patterns'")
    entries = []
    for number, line in enumerate(lines[1:], 2):
        if not line.strip() or line.startswith("#"):
            continue
        text_, _, guard = line.partition("\t")
        if "\t" in guard or not text_ or text_ != text_.strip():
            raise VocabError(f"{name}.txt:{number}: entry with stray tab or spaces: {line!r}")
        entries.append(Entry(text_, guard, number))
    return VocabFile(name, m.group(1), tuple(entries))


@functools.cache
def load(name: str) -> VocabFile:
    return parse(name, files(__name__).joinpath(f"{name}.txt").read_text(encoding="utf-8"))


def words(name: str) -> tuple[str, ...]:
    """The entries of a file, in file order (guards left out)."""
    return tuple(e.text for e in load(name).entries)


def _expand(pattern: str, seen: tuple[str, ...]) -> str:
    def include(m: re.Match[str]) -> str:
        if m.group(1) in seen:
            raise VocabError(f"{seen[-1]}.txt includes itself through {m.group(1)}")
        return alternation(m.group(1), _seen=seen)

    return _INCLUDE.sub(include, pattern)


def entry_regex(vocab: VocabFile, entry: Entry, _seen: tuple[str, ...] = ()) -> str:
    """One entry as a regex: escaped word or pattern, with its guard appended."""
    seen = (*_seen, vocab.name)
    head = re.escape(entry.text) if vocab.kind == "words" else _expand(entry.text, seen)
    return head + _expand(entry.guard, seen)


@functools.cache
def alternation(name: str, _seen: tuple[str, ...] = ()) -> str:
    """``(?:a|b|…)`` over the entries of a file (words: longest first; patterns: file order)."""
    vocab = load(name)
    entries = list(vocab.entries)
    if vocab.kind == "words":
        entries.sort(key=lambda e: -len(e.text))  # stable: file order among equal lengths
    return "(?:" + "|".join(entry_regex(vocab, e, _seen) for e in entries) + ")"

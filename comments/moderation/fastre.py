"""Faster regex search for long alternations: look-aheads on possible first characters.

Python's ``re`` tries every branch of an alternation at every position of the text, so
for the abuse vocabulary (hundreds of branches) or the harassment targets most of the
time goes into positions where no branch can even start.  ``guarded(pattern)`` compiles
the same pattern with its long alternations cut into a tree, each node prefixed by a
look-ahead ``(?=[F])`` where F lists every character a non-empty match of that node can
start with (computed from the parsed pattern).  ``(?:A|B)|(?:C|D)`` tries A, B, C and D in
the same order as ``A|B|C|D``, and a look-ahead only skips a node that could not match at
that position, so every match -- position, span, groups, ``lastgroup`` -- is unchanged.
Only non-capturing groups and look-aheads are added: group numbers and names stay the
same.  ``searching(pattern)`` also guards the whole pattern, for patterns searched
through a text.  Nodes that can match the empty string or whose first characters cannot
be bounded (``.``, ``[^…]`` of a single character, back-references, ignore-case) get no
look-ahead; if anything goes wrong the pattern is compiled unchanged.
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: N812 - the parser behind re.compile (3.11+)
from re import _parser

_ZERO_WIDTH = (C.ASSERT, C.ASSERT_NOT, C.AT)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_CATEGORIES = {
    C.CATEGORY_DIGIT: r"\d",
    C.CATEGORY_NOT_DIGIT: r"\D",
    C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_WORD: r"\w",
    C.CATEGORY_NOT_WORD: r"\W",
}


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


class _Unbounded(Exception):
    """The first characters of the pattern cannot be listed."""


def _char(code: int) -> str:
    return re.escape(chr(code)) if chr(code) in "\\]^-[" else chr(code)


def _set(items: list) -> str:
    """A character class equivalent to an IN node."""
    parts = []
    negate = False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            parts.append(_char(av))
        elif op is C.RANGE:
            parts.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is C.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            raise _Unbounded(op)
    return "[" + ("^" if negate else "") + "".join(parts) + "]"


def _first(items, out_chars: set[str], out_classes: set[str]) -> bool:
    """Add the possible first characters of a sequence; return whether it can be empty."""
    for op, av in items:
        if op is C.LITERAL:
            out_chars.add(chr(av))
            return False
        if op is C.IN:
            out_classes.add(_set(av))
            return False
        if op is C.ANY or op is C.NOT_LITERAL:
            raise _Unbounded(op)
        if op in _ZERO_WIDTH:
            continue  # a look-around or anchor consumes nothing: the next item starts
        if op is C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags & (re.IGNORECASE | re.VERBOSE) or del_flags:
                raise _Unbounded(op)
            if not _first(sub, out_chars, out_classes):
                return False
            continue
        if op is C.ATOMIC_GROUP:
            if not _first(av, out_chars, out_classes):
                return False
            continue
        if op is C.BRANCH:
            empty = False
            for alt in av[1]:
                empty |= _first(alt, out_chars, out_classes)
            if not empty:
                return False
            continue
        if op in _REPEATS:
            low, _high, sub = av
            empty = _first(sub, out_chars, out_classes)
            if low > 0 and not empty:
                return False
            continue
        raise _Unbounded(op)  # back-references, conditionals, anything unexpected
    return True


def _first_sets(pattern: str, flags: int = 0) -> tuple[set[str], set[str]] | None:
    """(characters, classes) a non-empty match can start with, or None when unbounded."""
    if flags & (re.IGNORECASE | re.VERBOSE) or _GLOBAL_FLAGS.match(pattern):
        return None
    try:
        parsed = _parser.parse(pattern, flags)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
            return None
        chars: set[str] = set()
        classes: set[str] = set()
        if _first(parsed, chars, classes):
            return None  # can match the empty string
    except (_Unbounded, re.error):
        return None
    return chars, classes


def _lookahead_body(chars: set[str], classes: set[str]) -> str:
    parts = sorted(classes)
    if chars:
        parts.insert(0, "[" + "".join(_char(ord(c)) for c in sorted(chars)) + "]")
    return "|".join(parts)


def first_class(pattern: str, flags: int = 0) -> str | None:
    """A look-ahead body matching every possible first character, or None."""
    sets = _first_sets(pattern, flags)
    return None if sets is None else _lookahead_body(*sets)


def _split(pattern: str) -> tuple[list[str], list[tuple[int, int]]]:
    """Top-level alternatives of pattern, and (open, close) of each top-level group."""
    alts: list[str] = []
    groups: list[tuple[int, int]] = []
    depth = 0
    start = 0
    opened = 0
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            i += 1
            continue
        if c == "(":
            if depth == 0:
                opened = i
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                groups.append((opened, i))
        elif c == "|" and depth == 0:
            alts.append(pattern[start:i])
            start = i + 1
        i += 1
    alts.append(pattern[start:])
    return alts, groups


_GROUP_OPEN = re.compile(r"\((?:\?P<\w+>|\?:|\?=|\?!)?")
_FANOUT = 4
_LEAF = 16  # alternations this short are left to sre's own per-branch first-character check


def _guard(pattern: str) -> str:
    """pattern with first-character look-aheads over a tree of each long alternation."""
    alts, _groups = _split(pattern)
    if len(alts) > _LEAF:
        return _tree(alts)
    return "|".join(_guard_groups(a) for a in alts)


def _guard_groups(seq: str) -> str:
    """A sequence with the body of each of its groups (not look-behinds) guarded."""
    _alts, groups = _split(seq)
    out = []
    done = 0
    for a, b in groups:
        m = _GROUP_OPEN.match(seq, a)
        if m is None or seq[m.end() : m.end() + 1] == "?":
            continue  # (?<=…), (?<!…), (?>…), inline flags: left as they are
        out.append(seq[done : m.end()])
        out.append(_guard(seq[m.end() : b]))
        done = b
    out.append(seq[done:])
    return "".join(out)


def _tree(alts: list[str]) -> str:
    return _node(alts, [_first_sets(a) for a in alts])


def _node(alts: list[str], firsts: list) -> str:
    if len(alts) <= _LEAF:
        body = "|".join(_guard_groups(a) for a in alts)
    else:
        step = -(-len(alts) // _FANOUT)
        body = "|".join(
            _node(alts[i : i + step], firsts[i : i + step]) for i in range(0, len(alts), step)
        )
    if any(f is None for f in firsts):
        return f"(?:{body})"
    chars: set[str] = set()
    classes: set[str] = set()
    for c, k in firsts:
        chars |= c
        classes |= k
    return f"(?:(?={_lookahead_body(chars, classes)})(?:{body}))"


def guarded(pattern: str, flags: int = 0, *, root: bool = False) -> re.Pattern[str]:
    """re.compile(pattern) with look-aheads over a tree of its long alternations.

    root=True adds one look-ahead for the whole pattern (for a pattern of several
    alternations, or one that starts with a look-behind, searched through a text).
    """
    if flags & (re.IGNORECASE | re.VERBOSE) or _GLOBAL_FLAGS.match(pattern):
        return re.compile(pattern, flags)
    try:
        body = _guard(pattern)
        first = first_class(pattern, flags) if root else None
        if first is not None:
            body = f"(?={first})(?:{body})"
        return re.compile(body, flags)
    except Exception:  # noqa: BLE001 - an unexpected construct: no look-aheads
        return re.compile(pattern, flags)


def searching(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """guarded(pattern, root=True): for a pattern searched through whole texts."""
    return guarded(pattern, flags, root=True)

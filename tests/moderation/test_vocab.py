"""The vocabulary files (comments/moderation/vocab/*.txt): format, compilation, no repeats."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from comments.moderation import vocab

NAMES = vocab.names()
SOURCE = "\n".join(
    p.read_text(encoding="utf-8") for p in (Path(vocab.__file__).parents[1]).glob("*.py")
)


def test_there_are_vocabulary_files():
    assert len(NAMES) >= 40
    assert {"abuse_insult", "role_nouns", "determiners", "company_nouns"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_file_parses_and_every_entry_compiles(name):
    data = vocab.load(name)
    assert data.kind in vocab.KINDS
    assert data.entries, f"{name}.txt has no entries"
    for entry in data.entries:
        try:
            re.compile(vocab.entry_regex(data, entry))
        except re.error as exc:  # pragma: no cover - the message is the point
            pytest.fail(f"{name}.txt:{entry.line}: {entry.text!r} does not compile: {exc}")
    re.compile(vocab.alternation(name))


@pytest.mark.parametrize("name", NAMES)
def test_no_entry_repeats_within_a_file(name):
    seen: dict[tuple[str, str], int] = {}
    for entry in vocab.load(name).entries:
        key = (entry.text, entry.guard)
        assert key not in seen, f"{name}.txt:{entry.line} repeats line {seen[key]}: {entry.text}"
        seen[key] = entry.line


@pytest.mark.parametrize("name", NAMES)
def test_every_file_is_used_by_the_scanner(name):
    used = (
        f'"{name}"' in SOURCE
        or f"'{name}'" in SOURCE
        or "{{" + name + "}}"
        in "".join(
            (Path(vocab.__file__).parent / f"{n}.txt").read_text(encoding="utf-8") for n in NAMES
        )
    )
    used = used or (name.startswith("abuse_") and 'f"abuse_{kind}"' in SOURCE)
    assert used, f"{name}.txt is loaded by no module"


def test_header_and_guard_format():
    parsed = vocab.parse("t", "# kind: words\n# a comment\n\nバカ\t(?!高)\nアホ\n")
    assert [(e.text, e.guard) for e in parsed.entries] == [("バカ", "(?!高)"), ("アホ", "")]
    with pytest.raises(vocab.VocabError):
        vocab.parse("t", "バカ\n")  # no kind header
    with pytest.raises(vocab.VocabError):
        vocab.parse("t", "# kind: words\n バカ\n")  # stray space


def test_words_are_escaped_and_longest_first_patterns_keep_order():
    words = vocab.parse("w", "# kind: words\nA.\nA.B\n")
    assert "|".join(vocab.entry_regex(words, e) for e in words.entries) == r"A\.|A\.B"
    assert re.fullmatch(vocab.alternation("honorifics"), "ちゃーん")

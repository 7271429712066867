"""BANK_ACCOUNT: 普通/当座 + account numbers, 口座番号, ゆうちょ 記号-番号.

A case table ``(text, expected, source)``: see ``conftest.check`` for what each expectation
asserts; ``source`` is where the case came from.
"""

from __future__ import annotations

import pytest

from .conftest import (
    Span,
    Within,
    check,
)

CASES = [
    ("西日本シティ銀行 天神支店 普通 3456789", Span("BANK_ACCOUNT", "普通 3456789"), "personal"),
    ("口座番号：1122334（地方銀行）", Span("BANK_ACCOUNT", "1122334"), "personal"),
    ("ゆうちょ 14050-22334451 へ", Span("BANK_ACCOUNT", "14050-22334451"), "personal"),
    ("ゆうちょの記号 10230 番号 98765431 へ", Span("BANK_ACCOUNT", "10230"), "round5"),
    ("ゆうちょの記号 10230 番号 98765431 へ", Span("BANK_ACCOUNT", "98765431"), "round5"),
    ("振込先は普通 1 2 3 4 5 6 7です", Span("BANK_ACCOUNT", "普通 1 2 3 4 5 6 7"), "round12"),
    ("口座番号 7 6 5 4 3 2 1 に入れて", Span("BANK_ACCOUNT", "7 6 5 4 3 2 1"), "round12"),
    (
        "ゆうちょ銀行 普通　３　４　５　６　７　８　９",
        Within("BANK_ACCOUNT", "３　４　５　６　７　８　９"),
        "round12",
    ),
]


@pytest.mark.parametrize(("text", "expected", "source"), CASES)
def test_bank_account(scanner, text, expected, source):
    check(scanner, text, expected)

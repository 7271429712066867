"""CARD: payment card numbers (Luhn or a card word), also split by invisible characters.

A case table ``(text, expected, source)``: see ``conftest.check`` for what each expectation
asserts; ``source`` is where the case came from.
"""

from __future__ import annotations

import pytest

from .conftest import (
    Span,
    check,
)

CASES = [
    ("カード 4539 1488 0343 6467 が使われた", Span("CARD", "4539 1488 0343 6467"), "personal"),
    ("番号は 5105105105105100", Span("CARD", "5105105105105100"), "personal"),
    (
        "クレカ ４０００－１２３４－５６７８－９０１２",
        Span("CARD", "４０００－１２３４－５６７８－９０１２"),
        "personal",
    ),
    (
        "三五六〇 一一一一 二二二二 三三三三 を読み上げさせられた",
        Span("CARD", "三五六〇 一一一一 二二二二 三三三三"),
        "round4",
    ),
    (
        "4980\u200b1234\u200b5678\u200b9012 ←これ私のカード番号",
        Span("CARD", "4980\u200b1234\u200b5678\u200b9012"),
        "round6",
    ),
]


@pytest.mark.parametrize(("text", "expected", "source"), CASES)
def test_card(scanner, text, expected, source):
    check(scanner, text, expected)

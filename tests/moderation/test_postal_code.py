"""POSTAL_CODE: 〒 and 郵便番号 codes, spaced or in full width.

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
    ("〒169-0075 に送って", Span("POSTAL_CODE", "169-0075"), "personal"),
    ("郵便番号１６９００７５", Span("POSTAL_CODE", "１６９００７５"), "personal"),
    ("郵便番号１５０ ０００２に送って", Span("POSTAL_CODE", "１５０ ０００２"), "round8"),
    ("〒1️⃣2️⃣3️⃣-4️⃣5️⃣6️⃣7️⃣ 東京都の", Span("POSTAL_CODE", "1️⃣2️⃣3️⃣-4️⃣5️⃣6️⃣7️⃣"), "round12"),
    ("郵便番号は5️⃣6️⃣0️⃣0️⃣0️⃣8️⃣2️⃣です", Span("POSTAL_CODE", "5️⃣6️⃣0️⃣0️⃣0️⃣8️⃣2️⃣"), "round12"),
    ("〒1 2 3 - 4 5 6 7 に送って", Span("POSTAL_CODE", "1 2 3 - 4 5 6 7"), "round12"),
    ("郵便番号 1 2 3 4 5 6 7", Span("POSTAL_CODE", "1 2 3 4 5 6 7"), "round12"),
    (
        "郵便番号　５　６　０　ー　０　０　８　２",
        Span("POSTAL_CODE", "５　６　０　ー　０　０　８　２"),
        "round12",
    ),
]


@pytest.mark.parametrize(("text", "expected", "source"), CASES)
def test_postal_code(scanner, text, expected, source):
    check(scanner, text, expected)

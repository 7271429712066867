"""Harassment of kind sexual: sexual remarks and harassment.

A case table ``(text, expected, source)``: see ``conftest.check`` for what each expectation
asserts; ``source`` is where the case came from.
"""

from __future__ import annotations

import pytest

from .conftest import (
    HARASSMENT,
    Harassment,
    check,
)

CASES = [
    ("受付の子、エロい体してるな。一晩貸せよ", Harassment("sexual"), "harassment"),
    ("看護師の川口さん、胸でかいよね", Harassment("sexual"), "harassment"),
    ("あのCA、ヤリてえ", Harassment("sexual"), "harassment"),
    ("新人のバイトちゃん、下着何色なの？", HARASSMENT, "round11"),
    ("あの受付嬢、体で償ってもらおうか", HARASSMENT, "round11"),
    ("隣の部屋の女、どう見ても尻軽", HARASSMENT, "round11"),
    ("ジムのトレーナー、体で払えよ", Harassment("sexual"), "round3"),
    ("受付の姉ちゃん、今夜ひま？", Harassment("sexual"), "round3"),
    ("あの受付の女、社長の愛人なんでしょ", Harassment("sexual"), "round4"),
    ("レジのねーちゃん、胸でかいなｗ", Harassment("sexual"), "round5"),
    ("あのトレーナー、ジャージの下どうなってんのか見てみたいわ", HARASSMENT, "round6"),
    ("あの駅員ぜったい童貞だろ", HARASSMENT, "round6"),
    ("例の受付の子、名札で名前わかったし今度口説くわ", HARASSMENT, "round9"),
]


@pytest.mark.parametrize(("text", "expected", "source"), CASES)
def test_harassment_sexual(scanner, text, expected, source):
    check(scanner, text, expected)

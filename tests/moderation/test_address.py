"""ADDRESS: prefecture/city/ward + town + block numbers (+ building, room), kana addresses,
Hokkaido grids; a business's published address is not personal data.

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
    (
        "大家は東京都新宿区高田馬場2丁目3番4号に住んでる",
        Span("ADDRESS", "東京都新宿区高田馬場2丁目3番4号"),
        "personal",
    ),
    (
        "店は福岡市博多区博多駅前3-4-5 ハカタビル8階",
        Span("ADDRESS", "福岡市博多区博多駅前3-4-5 ハカタビル8階"),
        "personal",
    ),
    (
        "実家は札幌市中央区北一条西二丁目です",
        Span("ADDRESS", "札幌市中央区北一条西二丁目"),
        "personal",
    ),
    ("ﾅｺﾞﾔｼ ﾅｶｸ ｻｶｴ2ﾁｮｳﾒ3-1 の店", Span("ADDRESS", "ﾅｺﾞﾔｼ ﾅｶｸ ｻｶｴ2ﾁｮｳﾒ3-1"), "personal"),
    (
        "なごやしなかくさかえ2ちょうめ3ばんち に住む",
        Span("ADDRESS", "なごやしなかくさかえ2ちょうめ3ばんち"),
        "personal",
    ),
    ("実家は旭川市4条西7丁目2-9です", Span("ADDRESS", "旭川市4条西7丁目2-9"), "personal"),
    (
        "住所は下馬南2-14-6 コーポ下馬103です",
        Span("ADDRESS", "下馬南2-14-6 コーポ下馬103"),
        "personal",
    ),
    (
        "送り先は神戸市灘区六甲町2-3-4-506で",
        Span("ADDRESS", "神戸市灘区六甲町2-3-4-506"),
        "personal",
    ),
    (
        "住所は仙台市青葉区一番町 二丁目 4 番 7 号 です",
        Span("ADDRESS", "仙台市青葉区一番町 二丁目 4 番 7 号"),
        "round3",
    ),
    (
        "実家は名古屋市中区錦二の十一の五です",
        Span("ADDRESS", "名古屋市中区錦二の十一の五"),
        "round3",
    ),
    ("杉並区阿佐谷北2-1X-Xのアパートらしい", Span("ADDRESS", "杉並区阿佐谷北2-1X-X"), "round4"),
    (
        "実家は 千葉県 船橋市 本町 三丁目 十二の五 だよ",
        Span("ADDRESS", "千葉県 船橋市 本町 三丁目 十二の五"),
        "round4",
    ),
    ("シャトー目黒505号室に住んでる", Span("ADDRESS", "シャトー目黒505号室"), "round5"),
    (
        "部屋は杉並区高円寺南4-27-11 ハイツ201",
        Span("ADDRESS", "杉並区高円寺南4-27-11 ハイツ201"),
        "round5",
    ),
    ("あの人は下馬北2-14-7の2階に住んでるらしい", Span("ADDRESS", "下馬北2-14-7の2階"), "round8"),
]


@pytest.mark.parametrize(("text", "expected", "source"), CASES)
def test_address(scanner, text, expected, source):
    check(scanner, text, expected)

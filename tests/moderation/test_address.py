"""ADDRESS: prefecture/city/ward + town + block numbers (+ building, room), kana addresses,
Hokkaido grids; a business's published address is not personal data.

A case table ``(text, expected, source)``: see ``conftest.check`` for what each expectation
asserts; ``source`` is where the case came from.
"""

from __future__ import annotations

import pytest

from .conftest import (
    NO_DATA,
    No,
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
    # round 12: addresses in romaji inside English or romaji sentences
    (
        "He lives at 2-14-3 Kamisugi, Aoba-ku, Sendai now.",
        Span("ADDRESS", "2-14-3 Kamisugi, Aoba-ku, Sendai"),
        "round12",
    ),
    (
        "Send it to 4-7-21 Odori, Morioka, Iwate 020-0022 please",
        Span("ADDRESS", "4-7-21 Odori, Morioka, Iwate"),
        "round12",
    ),
    (
        "Send it to 4-7-21 Odori, Morioka, Iwate 020-0022",
        Span("POSTAL_CODE", "020-0022"),
        "round12",
    ),
    (
        "her address is 3-12-7 Kamata, Ota-ku, Tokyo lol",
        Span("ADDRESS", "3-12-7 Kamata, Ota-ku, Tokyo"),
        "round12",
    ),
    (
        "he is in Room 203, 1-2-3 Nishi-Shinjuku, Shinjuku-ku",
        Span("ADDRESS", "Room 203, 1-2-3 Nishi-Shinjuku, Shinjuku-ku"),
        "round12",
    ),
    (
        "Kamata 3-12-7, Ota-ku is where she lives",
        Span("ADDRESS", "Kamata 3-12-7, Ota-ku"),
        "round12",
    ),
    (
        "the driver lives at 3-chome 12-7 Kamata, Ota-ku",
        Span("ADDRESS", "3-chome 12-7 Kamata, Ota-ku"),
        "round12",
    ),
    (
        "住所は 4-7-21 ODORI, MORIOKA-SHI, IWATE-KEN です",
        Span("ADDRESS", "4-7-21 ODORI, MORIOKA-SHI, IWATE-KEN"),
        "round12",
    ),
    (
        "moved to 5-6-7 Minami Aoyama, Minato-ku, Tōkyō last year",
        Span("ADDRESS", "5-6-7 Minami Aoyama, Minato-ku, Tōkyō"),
        "round12",
    ),
    (
        "1-2-3 Sakae, Naka Ward, Nagoya is his",
        Span("ADDRESS", "1-2-3 Sakae, Naka Ward, Nagoya"),
        "round12",
    ),
    ("her place: 2-3 Kamata, Ota-ku", Span("ADDRESS", "2-3 Kamata, Ota-ku"), "round12"),
    # hard negatives: routes, scores, dates, pages, phones, a bare city, a company's HQ
    ("Take Route 1-2 to Tokyo, then Exit 3-1 Shibuya-ku side", NO_DATA, "round12"),
    ("We won 3-1. Osaka played well", NO_DATA, "round12"),
    ("Japan beat Korea 3-1, Tokyo Dome was loud", NO_DATA, "round12"),
    ("2024-05-01 Shibuya, Tokyo meetup was fun", NO_DATA, "round12"),
    ("Tokyo is big and Sendai is small", NO_DATA, "round12"),
    ("see page 12-3 Kamata, Ota-ku for the map", NO_DATA, "round12"),
    ("Our head office is at 1-2-3 Marunouchi, Chiyoda-ku, Tokyo", NO_DATA, "round12"),
    ("Company HQ: 2-5-1 Umeda, Kita-ku, Osaka", NO_DATA, "round12"),
    ("Our store: 3-4-5 Ginza, Chuo-ku, Tokyo", NO_DATA, "round12"),
    ("The clinic is at 2-3-4 Sakae, Naka-ku, Nagoya, open 9-18", No(("ADDRESS",)), "round12"),
    (
        "the shop owner lives at 3-4-5 Ginza, Chuo-ku, Tokyo",
        Span("ADDRESS", "3-4-5 Ginza, Chuo-ku, Tokyo"),
        "round12",
    ),
    ("my office is at 3-4-5 Ginza, Chuo-ku", Span("ADDRESS", "3-4-5 Ginza, Chuo-ku"), "round12"),
    ("Call 03-1234-5678 Tanaka, Shibuya-ku", No(("ADDRESS",)), "round12"),
]


@pytest.mark.parametrize(("text", "expected", "source"), CASES)
def test_address(scanner, text, expected, source):
    check(scanner, text, expected)

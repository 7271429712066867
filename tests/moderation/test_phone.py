"""PHONE: mobiles, landlines, fax and international numbers in any digits, spacing,
masking or spoken reading; business and toll-free lines are not personal data.

A case table ``(text, expected, source)``: see ``conftest.check`` for what each expectation
asserts; ``source`` is where the case came from.
"""

from __future__ import annotations

import pytest

from .conftest import (
    NO_PHONE,
    Span,
    Within,
    check,
)

CASES = [
    ("折り返しは090-2222-3333へ", Span("PHONE", "090-2222-3333"), "personal"),
    (
        "携帯 ０８０－５５５５－６６６６ です",
        Span("PHONE", "０８０－５５５５－６６６６"),
        "personal",
    ),
    ("番号は〇七〇・三三三三・四四四四", Span("PHONE", "〇七〇・三三三三・四四四四"), "personal"),
    (
        "ゼロキューゼロ イチイチニーニー サンサンヨンヨン に電話",
        Span("PHONE", "ゼロキューゼロ イチイチニーニー サンサンヨンヨン"),
        "personal",
    ),
    (
        "ぜろはちぜろのななななななななのろくろくろくろく まで",
        Span("PHONE", "ぜろはちぜろのななななななななのろくろくろくろく"),
        "personal",
    ),
    (
        "０ ９ ０ ７ ７ ７ ７ ８ ８ ８ ８",
        Span("PHONE", "０ ９ ０ ７ ７ ７ ７ ８ ８ ８ ８"),
        "personal",
    ),
    ("連絡は090.5555.1212で", Span("PHONE", "090.5555.1212"), "personal"),
    ("電話 090/5555/1212", Span("PHONE", "090/5555/1212"), "personal"),
    ("090📞5555📞1212 に", Span("PHONE", "090📞5555📞1212"), "personal"),
    ("番号 090-5555\n-1212 です", Span("PHONE", "090-5555\n-1212"), "personal"),
    (
        "0\u200b9\u200b0-1\u200b111-2222 まで",
        Span("PHONE", "0\u200b9\u200b0-1\u200b111-2222"),
        "personal",
    ),
    ("あいつの携帯 090-XXXX-4321 らしい", Span("PHONE", "090-XXXX-4321"), "personal"),
    ("自宅 (045)321-7654 です", Span("PHONE", "(045)321-7654"), "personal"),
    ("大家の番号 045-321-7654", Span("PHONE", "045-321-7654"), "personal"),
    ("海外からは +81 80 1234 9876 へ", Span("PHONE", "+81 80 1234 9876"), "personal"),
    ("FAX 092-555-0101 まで", Span("PHONE", "092-555-0101"), "personal"),
    ("前の大家の携帯は070-XXXX-8812だった", Within("PHONE", "070-XXXX-8812"), "round10"),
    ("元カレの番号 080-○○○○-2290 まだ持ってる", Within("PHONE", "080-○○○○-2290"), "round10"),
    ("連絡はごおまるいち よんよんにい さんごおななはちで", NO_PHONE, "round10"),
    (
        "携帯はぜろななぜろ ごおごおいちにい さんよんごおろくです",
        Within("PHONE", "ぜろななぜろ"),
        "round10",
    ),
    ("サークルの窓口は080-2231-7764です", Within("PHONE", "080-2231-7764"), "round10"),
    ("連絡先は070-5512\n-9038だってさ", Within("PHONE", "070-5512\n-9038"), "round10"),
    ("お問い合わせは0800-123-4567まで", NO_PHONE, "round10"),
    ("相談窓口は0120-33-4455です", NO_PHONE, "round10"),
    ("窓口の電話 03-5555-1234 は平日のみ", NO_PHONE, "round10"),
    ("ごおごおの日はセール", NO_PHONE, "round10"),
    ("番号はゼロ8ゼロ 5555 1212 だって", Span("PHONE", "ゼロ8ゼロ 5555 1212"), "round5"),
    ("ゼロ7ゼロの3333の4444にかけろ", Span("PHONE", "ゼロ7ゼロの3333の4444"), "round5"),
    ("元講師の自宅の電話 03-5555-1212 だってさ", Span("PHONE", "03-5555-1212"), "round5"),
    (
        "元カレの携帯は〇八〇・45六七・8九〇一だったはず",
        Span("PHONE", "〇八〇・45六七・8九〇一"),
        "round8",
    ),
    (
        "折り返しは〇九〇ｰ七七六六ｰ1234へお願いします",
        Span("PHONE", "〇九〇ｰ七七六六ｰ1234"),
        "round8",
    ),
    (
        "自宅の電話：〇四五（六七八）九〇一二 です",
        Span("PHONE", "〇四五（六七八）九〇一二"),
        "round8",
    ),
    ("携帯は080〜5511〜6622だよ", Span("PHONE", "080〜5511〜6622"), "round8"),
    ("電話番号は080の…2233の4455だから", Span("PHONE", "080の…2233の4455"), "round8"),
    (
        "電話は、ぜろはちぜろ\nいちにいさんよん\nごーろくななはち です",
        Span("PHONE", "ぜろはちぜろ\nいちにいさんよん\nごーろくななはち"),
        "round8",
    ),
    (
        "あいつの携帯、ゼロキューゼロ、ハチハチイチ、ニーサンヨンゴー。",
        Span("PHONE", "ゼロキューゼロ、ハチハチイチ、ニーサンヨンゴー"),
        "round8",
    ),
    (
        "受付の田中の携帯は0 9 0 . 1 2 3 4 . 5 6 7 8ね。",
        Span("PHONE", "0 9 0 . 1 2 3 4 . 5 6 7 8"),
        "round8",
    ),
    ("実家の電話は045-6789まで書いて止まった", Span("PHONE", "045-6789"), "round8"),
    ("電話は0️⃣8️⃣0️⃣-1️⃣2️⃣3️⃣4️⃣-5️⃣6️⃣7️⃣8️⃣です", Span("PHONE", "0️⃣8️⃣0️⃣-1️⃣2️⃣3️⃣4️⃣-5️⃣6️⃣7️⃣8️⃣"), "round12"),
    ("0️⃣9️⃣0️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣に連絡して", Span("PHONE", "0️⃣9️⃣0️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣"), "round12"),
    ("携帯0️⃣7️⃣0️⃣ー9️⃣8️⃣7️⃣6️⃣ー5️⃣4️⃣3️⃣2️⃣まで", Span("PHONE", "0️⃣7️⃣0️⃣ー9️⃣8️⃣7️⃣6️⃣ー5️⃣4️⃣3️⃣2️⃣"), "round12"),
    ("0⃣8⃣0⃣1⃣2⃣3⃣4⃣5⃣6⃣7⃣8⃣", Span("PHONE", "0⃣8⃣0⃣1⃣2⃣3⃣4⃣5⃣6⃣7⃣8⃣"), "round12"),
    (
        "電話は0 9 0 ー 1 2 3 4 ー 5 6 7 8です",
        Span("PHONE", "0 9 0 ー 1 2 3 4 ー 5 6 7 8"),
        "round12",
    ),
    (
        "携帯　０　８　０　ー　９　８　７　６　ー　５　４　３　２",
        Span("PHONE", "０　８　０　ー　９　８　７　６　ー　５　４　３　２"),
        "round12",
    ),
    (
        "番号は 0 7 0 - 5 5 1 2 - 9 0 3 8 だよ",
        Span("PHONE", "0 7 0 - 5 5 1 2 - 9 0 3 8"),
        "round12",
    ),
    (
        "電 話 は 0 9 0 ー 1 1 1 1 ー 2 2 2 2 で す",
        Span("PHONE", "0 9 0 ー 1 1 1 1 ー 2 2 2 2"),
        "round12",
    ),
    (
        "彼の番号は〇九〇の一二三四の五六七八らしい",
        Span("PHONE", "〇九〇の一二三四の五六七八"),
        "round12",
    ),
    (
        "〇九〇 の 一二三四 の 五六七八 にかけて",
        Span("PHONE", "〇九〇 の 一二三四 の 五六七八"),
        "round12",
    ),
    ("携帯は〇八〇ノ九八七六ノ五四三二", Span("PHONE", "〇八〇ノ九八七六ノ五四三二"), "round12"),
    ("○九○の一二三四の五六七八に電話", Span("PHONE", "○九○の一二三四の五六七八"), "round12"),
    (
        "電話は〇八〇、九八七六、五四三二です",
        Span("PHONE", "〇八〇、九八七六、五四三二"),
        "round12",
    ),
    ("〇四五・六七八・九〇一二が実家", Span("PHONE", "〇四五・六七八・九〇一二"), "round12"),
    ("023-123-4567（自宅）に電話した", Span("PHONE", "023-123-4567"), "round12"),
    ("092-123-4567、これ俺の家の番号", Span("PHONE", "092-123-4567"), "round12"),
    ("090-1234-5678（店の番号って言われた）", Span("PHONE", "090-1234-5678"), "round12"),
    ("03-1234-5678（会社の人の自宅）", Span("PHONE", "03-1234-5678"), "round12"),
    ("045-123-4567(店長の家)", Span("PHONE", "045-123-4567"), "round12"),
]


@pytest.mark.parametrize(("text", "expected", "source"), CASES)
def test_phone(scanner, text, expected, source):
    check(scanner, text, expected)

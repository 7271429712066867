"""ID_NUMBER: My Number, licences, insurance cards, passports, staff and patient numbers.

A case table ``(text, expected, source)``: see ``conftest.check`` for what each expectation
asserts; ``source`` is where the case came from.
"""

from __future__ import annotations

import pytest

from .conftest import (
    No,
    Span,
    check,
)

CASES = [
    ("マイナンバーは 2345 6789 0124 です", Span("ID_NUMBER", "2345 6789 0124"), "personal"),
    ("免許証番号 第123456789012号", Span("ID_NUMBER", "123456789012"), "personal"),
    ("従業員番号：K-778812", Span("ID_NUMBER", "K-778812"), "personal"),
    ("パスポートの番号 MZ7654321 を見せた", Span("ID_NUMBER", "MZ7654321"), "personal"),
    ("診察券番号 00451234 を読み上げられた", Span("ID_NUMBER", "00451234"), "personal"),
    ("学籍番号2022K1188で登録した", Span("ID_NUMBER", "2022K1188"), "personal"),
    ("在留カード番号 XY87654321ZW を見せた", Span("ID_NUMBER", "XY87654321ZW"), "personal"),
    ("ドライバーID SG-553201 の人", Span("ID_NUMBER", "SG-553201"), "personal"),
    (
        "受付でマイナンバー 3456 7890 1234 を書かされた",
        Span("ID_NUMBER", "3456 7890 1234"),
        "round3",
    ),
    ("学籍番号 19K0456 の学生", Span("ID_NUMBER", "19K0456"), "round5"),
    ("乗務員証 第45678号の運転手", Span("ID_NUMBER", "45678"), "round5"),
    ("社員証にAB-552190って書いてあった", Span("ID_NUMBER", "AB-552190"), "round6"),
    ("警官の識別章 TK482 を控えた", Span("ID_NUMBER", "TK482"), "round6"),
    ("保険証の記号・番号 1234-5678・90 が写ってる", Span("ID_NUMBER", "1234-5678・90"), "round6"),
    (
        "窓口で保険証の記号番号「七〇一二・五六」を読み上げられた",
        Span("ID_NUMBER", "七〇一二・五六"),
        "round8",
    ),
    ("免許証を見せたら番号XY98765432Zを控えられた", Span("ID_NUMBER", "XY98765432Z"), "round8"),
    (
        "パスポートを預けた。そのあと番号MK7654321をメモされた",
        Span("ID_NUMBER", "MK7654321"),
        "round8",
    ),
    ("マイナカード作った。番号は3841 2290 6657", Span("ID_NUMBER", "3841 2290 6657"), "round12"),
    (
        "マイナンバーカードを落とした。3841 2290 6657 が番号です",
        Span("ID_NUMBER", "3841 2290 6657"),
        "round12",
    ),
    ("マイナ保険証にした！3841-2290-6657", Span("ID_NUMBER", "3841-2290-6657"), "round12"),
    ("マイナカードの番号 3841 2290 6657", Span("ID_NUMBER", "3841 2290 6657"), "round12"),
    ("個人番号カードを作った\n3841 2290 6657", Span("ID_NUMBER", "3841 2290 6657"), "round12"),
    ("免許証番号を教えます。番号：123456789012", Span("ID_NUMBER", "123456789012"), "round12"),
    ("免許証の番号は、えーと確か第123456789012号", Span("ID_NUMBER", "123456789012"), "round12"),
    ("免許の番号 第 3012 3456 7890 号", Span("ID_NUMBER", "3012 3456 7890"), "round12"),
    ("社員番号って「AC-10872」だよ", Span("ID_NUMBER", "AC-10872"), "round12"),
    ("職員番号ってAC10872らしい", Span("ID_NUMBER", "AC10872"), "round12"),
    ("職員番号は確か AC-10872", Span("ID_NUMBER", "AC-10872"), "round12"),
    ("スタッフ番号『10872』を名乗ってた", Span("ID_NUMBER", "10872"), "round12"),
    ("従業員番号はたしか 10872", Span("ID_NUMBER", "10872"), "round12"),
    ("保険証の記号・番号 1234 5678 を控えた", Span("ID_NUMBER", "1234 5678"), "round12"),
    ("保険証の記号番号は 1234 - 5678", Span("ID_NUMBER", "1234 - 5678"), "round12"),
    ("保険証 記号 1234 番号 5678", Span("ID_NUMBER", "5678"), "round12"),
    ("記号番号1234-5678の保険証を落とした", Span("ID_NUMBER", "1234-5678"), "round12"),
    ("健保の記号番号 1234-5678", Span("ID_NUMBER", "1234-5678"), "round12"),
    ("配達員IDはAB-1234567の人", Span("ID_NUMBER", "AB-1234567"), "round12"),
    ("パートナーID：AB-1234567", Span("ID_NUMBER", "AB-1234567"), "round12"),
    ("配達パートナーIDはAB1234567", Span("ID_NUMBER", "AB1234567"), "round12"),
    ("利用者カードの番号は1234-5678-90です", Span("ID_NUMBER", "1234-5678-90"), "round12"),
    ("図書館カードの番号 0012-3456-7890", Span("ID_NUMBER", "0012-3456-7890"), "round12"),
    ("診察券の番号は12-3456でした", Span("ID_NUMBER", "12-3456"), "round12"),
    # English labels, "is" between label and value
    (
        "my license number is 5310 2277 9046, they kept it",
        Span("ID_NUMBER", "5310 2277 9046"),
        "round12",
    ),
    ("I am student ID 21K4407 at the office", Span("ID_NUMBER", "21K4407"), "round12"),
    ("the license number format is like this", No(("ID_NUMBER",)), "round12"),
]


@pytest.mark.parametrize(("text", "expected", "source"), CASES)
def test_id_number(scanner, text, expected, source):
    check(scanner, text, expected)

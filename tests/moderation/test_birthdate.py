"""BIRTHDATE: dates next to 生まれ/生年月日/誕生日, after a name, or with an age.

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
    ("大家さんは1961年7月7日生まれ", Span("BIRTHDATE", "1961年7月7日"), "personal"),
    ("生年月日：S36.7.7", Span("BIRTHDATE", "S36.7.7"), "personal"),
    ("誕生日は7月7日だって", Span("BIRTHDATE", "7月7日"), "personal"),
    ("令和2年11月3日生の子", Span("BIRTHDATE", "令和2年11月3日"), "personal"),
    ("誕生日：7/21 です", Span("BIRTHDATE", "7/21"), "personal"),
    (
        "申込書に「木下 進 S52.3.8 練馬区豊玉北3-4-11」と書いてあった",
        Span("BIRTHDATE", "S52.3.8"),
        "round6",
    ),
    ("佐藤 愛子、1969年4月2日、川崎市中原区小杉町1-2", Span("BIRTHDATE", "1969年4月2日"), "round6"),
    (
        "名簿に載ってた生年月日、写真の横に 平成2年5月6日 って",
        Span("BIRTHDATE", "平成2年5月6日"),
        "round6",
    ),
    ("あの店員、2004/8/21 ってプロフに書いてた", Span("BIRTHDATE", "2004/8/21"), "round6"),
    ("生年月日98/04/12です", Span("BIRTHDATE", "98/04/12"), "round12"),
    ("生年月日は91.6.3です", Span("BIRTHDATE", "91.6.3"), "round12"),
    ("生年月日を'91年6月3日と書いた", Within("BIRTHDATE", "91年6月3日"), "round12"),
    ("生年月日 89.11.23", Span("BIRTHDATE", "89.11.23"), "round12"),
    ("誕生日は98/4/12", Span("BIRTHDATE", "98/4/12"), "round12"),
    ("91年6月3日生まれの娘", Span("BIRTHDATE", "91年6月3日"), "round12"),
    ("平成3年5月6日に生まれた", Span("BIRTHDATE", "平成3年5月6日"), "round12"),
    ("平成元年8月15日生まれです", Span("BIRTHDATE", "平成元年8月15日"), "round12"),
    ("He was born on May 6, 1991 in Osaka", Span("BIRTHDATE", "May 6, 1991"), "round12"),
    ("I was born 6th of May 1991", Span("BIRTHDATE", "6th of May 1991"), "round12"),
    ("DOB: 06/05/1991", Span("BIRTHDATE", "06/05/1991"), "round12"),
    ("date of birth 1991-05-06", Span("BIRTHDATE", "1991-05-06"), "round12"),
    ("Date of Birth: May 6 1991", Span("BIRTHDATE", "May 6 1991"), "round12"),
]


@pytest.mark.parametrize(("text", "expected", "source"), CASES)
def test_birthdate(scanner, text, expected, source):
    check(scanner, text, expected)

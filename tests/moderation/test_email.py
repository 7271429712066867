"""EMAIL: addresses in full width, spelled out (アットマーク, あっと, (at), [dot]) or spaced.

A case table ``(text, expected, source)``: see ``conftest.check`` for what each expectation
asserts; ``source`` is where the case came from.
"""

from __future__ import annotations

import pytest

from comments.moderation import Scanner

from .conftest import (
    No,
    Span,
    check,
    spans,
)

CASES = [
    (
        "連絡は hanako.y@mail.example.com まで",
        Span("EMAIL", "hanako.y@mail.example.com"),
        "personal",
    ),
    (
        "ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ に",
        Span("EMAIL", "ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ"),
        "personal",
    ),
    (
        "hanako(at)example(dot)co(dot)jp へ",
        Span("EMAIL", "hanako(at)example(dot)co(dot)jp"),
        "personal",
    ),
    (
        "hanako アットマーク example.ne.jp",
        Span("EMAIL", "hanako アットマーク example.ne.jp"),
        "personal",
    ),
    (
        "hanako あっと example どっと com です",
        Span("EMAIL", "hanako あっと example どっと com"),
        "personal",
    ),
    (
        "h a n a k o @ e x a m p l e . j p",
        Span("EMAIL", "h a n a k o @ e x a m p l e . j p"),
        "personal",
    ),
    ("hanako[at]example[dot]org", Span("EMAIL", "hanako[at]example[dot]org"), "personal"),
    ("連絡は kumi.h★example.jp へ（★を@に）", Span("EMAIL", "kumi.h★example.jp"), "personal"),
    (
        "連絡先は taro_y【at】example【dot】jp です",
        Span("EMAIL", "taro_y【at】example【dot】jp"),
        "round3",
    ),
    ("メアドは taro.yama[at]gmail[.]com", Span("EMAIL", "taro.yama[at]gmail[.]com"), "round6"),
    (
        "連絡は taro.y【あっと】example.jp まで",
        Span("EMAIL", "taro.y【あっと】example.jp"),
        "round8",
    ),
    (
        "メールはタロウ イチニーサン アットマーク ヤフー ドット シーオー ドット ジェーピーです",
        Span("EMAIL", "タロウ イチニーサン アットマーク ヤフー ドット シーオー ドット ジェーピー"),
        "round8",
    ),
    # round 12: public offices' mail domains are not personal; personal ones still are
    ("問い合わせは kankyo@city.sendai.lg.jp まで", No(("EMAIL",)), "round12"),
    ("soumu@pref.osaka.jp に送ったけど返事なし", No(("EMAIL",)), "round12"),
    ("厚労省の窓口 info-x@mhlw.go.jp", No(("EMAIL",)), "round12"),
    ("市の担当 shimin-ka@city.kawasaki.jp に苦情", No(("EMAIL",)), "round12"),
    ("あいつのメアド city.fan.99@gmail.com", Span("EMAIL", "city.fan.99@gmail.com"), "round12"),
    ("連絡は yamada@golf-jp.com まで", Span("EMAIL", "yamada@golf-jp.com"), "round12"),
    ("my mail is taro@lgjp.net", Span("EMAIL", "taro@lgjp.net"), "round12"),
    # said to be published: a desk's address
    ("総務課の代表メール（soumu@kita-gakuen.ac.jp、公式サイト記載）", No(("EMAIL",)), "round12"),
    ("HPに載ってる窓口 help-desk@example.co.jp へ", No(("EMAIL",)), "round12"),
    (
        "問い合わせ先 taro.12345@example.jp に送った",
        Span("EMAIL", "taro.12345@example.jp"),
        "round12",
    ),
    (
        "元カレのアドレス ken.s@docomo.ne.jp 公式サイトで見た",
        Span("EMAIL", "ken.s@docomo.ne.jp"),
        "round12",
    ),
]


@pytest.mark.parametrize(("text", "expected", "source"), CASES)
def test_email(scanner, text, expected, source):
    check(scanner, text, expected)


# source: round6
def test_email_wins_over_protected_handle_part(scanner: Scanner) -> None:
    text = "メアドは maho.eg21 あっと gmail ドット com らしい"
    assert ("EMAIL", "maho.eg21 あっと gmail ドット com") in spans(scanner, text)

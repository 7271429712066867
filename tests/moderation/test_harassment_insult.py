"""Harassment of kind insult: insults of a person.

A case table ``(text, expected, source)``: see ``conftest.check`` for what each expectation
asserts; ``source`` is where the case came from.
"""

from __future__ import annotations

import pytest

from comments.moderation import get_default_scanner

from .conftest import (
    HARASSMENT,
    NOT_HARASSMENT,
    Harassment,
    check,
)

CASES = [
    ("店員の岡田、ほんと無能。", Harassment("insult"), "harassment"),
    (">>12 お前アホだろ", Harassment("insult"), "harassment"),
    ("佐々木健太 ｷﾓｲ", Harassment("insult"), "harassment"),
    ("@kenta_sasaki88 まじでクズ", Harassment("insult"), "harassment"),
    ("あの院長はヤブ医者", Harassment("insult"), "harassment"),
    ("このクレーマー、頭大丈夫？", Harassment("insult"), "harassment"),
    ("あの女医、マジで使えない奴", Harassment("insult"), "harassment"),
    ("例の警備員、少しは恥を知れ", HARASSMENT, "round11"),
    ("整骨院の先生、ほんと低能すぎて笑える", Harassment("insult"), "round3"),
    ("あのスタイリストきっしょ", Harassment("insult"), "round3"),
    ("スレ主ってメンヘラでしょ", Harassment("insult"), "round3"),
    ("病院の受付のババア、態度悪すぎ", Harassment("insult"), "round3"),
    ("レジのブサイク、釣り銭投げてきた", Harassment("insult"), "round3"),
    ("主ってどうせ加齢臭のするおっさんでしょ", Harassment("insult"), "round3"),
    ("あのインストラクター、社会のクズ", Harassment("insult"), "round3"),
    ("件の鑑定士、顔面凶器で草", Harassment("insult"), "round4"),
    ("あの面接官、頭にウジ湧いてる", Harassment("insult"), "round4"),
    ("例の査定士、人間性が腐ってる", Harassment("insult"), "round4"),
    ("あの教官、脳ミソ空っぽ", Harassment("insult"), "round4"),
    ("このクソ講師、早くどっか行け", Harassment("insult"), "round4"),
    ("ササキケンタ、がいじかよ", Harassment("insult"), "round4"),
    ("うp主ｷﾓｽ", Harassment("insult"), "round5"),
    (">>7 「店長は無能」これに同意", Harassment("insult"), "round5"),
    ("受付のおばちゃん、顔がガマガエルみたいで無理", HARASSMENT, "round6"),
    ("看護師の江口、ほんと終わってんな", HARASSMENT, "round6"),
    # round12: English insults aimed at a person
    ("the cashier is such a clown", Harassment("insult"), "round12"),
    ("you are pathetic, honestly", Harassment("insult"), "round12"),
    ("this app is trash lol", NOT_HARASSMENT, "round12"),
    ("I felt like a loser after that exam", NOT_HARASSMENT, "round12"),
    ("ur cashier is so slow, fire that idiot already", Harassment("insult"), "round12"),
]


@pytest.mark.parametrize(("text", "expected", "source"), CASES)
def test_harassment_insult(scanner, text, expected, source):
    check(scanner, text, expected)


# source: round10
def test_hiragana_baka_inside_other_words_is_not_an_insult():

    scanner = get_default_scanner()
    for text in ("昔は先生にしばかれたもんや", "若さばかりが取り柄", "わばかりの品ですが"):
        assert not scanner.scan(text).harassment, text
    assert scanner.scan("あの店員ほんまばかやな").harassment

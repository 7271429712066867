"""Harassment of kind demeaning: demeaning judgements of a person's worth or standing.

A case table ``(text, expected, source)``: see ``conftest.check`` for what each expectation
asserts; ``source`` is where the case came from.
"""

from __future__ import annotations

import pytest

from .conftest import (
    HARASSMENT,
    NOT_HARASSMENT,
    Harassment,
    check,
)

CASES = [
    ("あの看護師、いい年して若作りかよ", Harassment("demeaning"), "harassment"),
    ("あなたみたいな更年期のおばさんは黙ってて", Harassment("demeaning"), "harassment"),
    ("あの店員、社会人として終わってるわ", HARASSMENT, "round11"),
    ("受付のおばさん、三十過ぎて人生終わってて草", HARASSMENT, "round11"),
    ("担当の看護師、根性が腐ってる", HARASSMENT, "round11"),
    ("担当医の森下、二度と出てくんな", Harassment("demeaning"), "round3"),
    ("この仲居、親の顔が見てみたい", Harassment("demeaning"), "round3"),
    ("窓口の職員、とっとと辞めろ", Harassment("demeaning"), "round3"),
    ("当該配達員、人生終了のお知らせｗ", Harassment("demeaning"), "round3"),
    ("あの整体師、辞めちまえよ", Harassment("demeaning"), "round4"),
    ("問題の点検員、人として終わってる", Harassment("demeaning"), "round4"),
    ("あの教授、職場バレして終わればいい", Harassment("demeaning"), "round4"),
    ("あの店員、日本から出てけ", Harassment("demeaning"), "round5"),
    ("例の講師は国に帰れ", Harassment("demeaning"), "round5"),
    ("あの添乗員、人間じゃなくて案山子だな", HARASSMENT, "round7"),
    (">>7 頭の中お花畑で幸せそうだね", HARASSMENT, "round7"),
    ("例の受付係、人の文句言う前に鏡見ろよ", HARASSMENT, "round7"),
    ("あの店員、あの顔でよく接客できるな", HARASSMENT, "round7"),
    ("nobody wants you here, go home", Harassment("demeaning"), "round12"),
    ("父は年金暮らしで保証人になれるのか心配", NOT_HARASSMENT, "round12"),
    ("あのロペスとかいうやつ、国帰れよ", Harassment("demeaning"), "round12"),
]


@pytest.mark.parametrize(("text", "expected", "source"), CASES)
def test_harassment_demeaning(scanner, text, expected, source):
    check(scanner, text, expected)

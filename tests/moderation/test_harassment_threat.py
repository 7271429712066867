"""Harassment of kind threat: threats, veiled threats about whereabouts, misuse of posted data.

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
    ("銀行員の沢村、夜道には気をつけろよ", Harassment("threat"), "harassment"),
    ("あの大家、家に火つけてやる", Harassment("threat"), "harassment"),
    ("お前の店の前で待ってるからな", Harassment("threat"), "harassment"),
    ("担当者のくせに🔪", Harassment("threat"), "harassment"),
    ("てめぇぶっ飛ばすぞ", Harassment("threat"), "harassment"),
    ("受付のあいつ、ぶっ殺してやりたい", Harassment("threat"), "harassment"),
    ("あの銀行員、外を歩けなくしてやる", Harassment("threat"), "harassment"),
    ("お前の職場なんてすぐ分かるからな", Harassment("threat"), "harassment"),
    ("大家の家、バット持って行くわ", Harassment("threat"), "harassment"),
    ("受付のおっさん、いてもうたろか", HARASSMENT, "round10"),
    ("あの配達員、どついたろか", HARASSMENT, "round10"),
    ("例の配達員のカード番号 4111 1111 1111 1111 これで使い放題だな", HARASSMENT, "round11"),
    ("あの美容師の家、燃やしてやる", Harassment("threat"), "round3"),
    ("フロントの男、次会ったら刺してくる", Harassment("threat"), "round3"),
    ("あの検針員の帰宅ルートもう把握したから", Harassment("threat"), "round4"),
    ("元配達員、外歩けないようにしてやる", Harassment("threat"), "round4"),
    ("あの警備員、勤務先に突撃してやろうぜ", HARASSMENT, "round6"),
    ("窓口の若い女、帰り道つけてってやろうか", HARASSMENT, "round6"),
    ("受付の男、職員用の出口で待ってるから", HARASSMENT, "round6"),
    ("整備士さん、帰り道は気をつけたほうがいいですよ。", HARASSMENT, "round7"),
    ("あの講師、何があっても知りませんからね", HARASSMENT, "round7"),
    ("支配人さん、そのうち誰かに刺されるんじゃない？", HARASSMENT, "round7"),
    (
        "院長先生、ご家族は大切にしてくださいね。いつ何が起こるかわかりませんし",
        HARASSMENT,
        "round7",
    ),
    ("三島さんの退勤時間も使う駅も知ってますよ。", HARASSMENT, "round7"),
    ("例の受付係、楽しみにしとけよ", HARASSMENT, "round7"),
    ("あの店員のカード番号4111 1111 1111 1111、ちょっと使わせてもらおうかな", HARASSMENT, "round9"),
    ("I know where you live, receptionist", Harassment("threat"), "round12"),
]


@pytest.mark.parametrize(("text", "expected", "source"), CASES)
def test_harassment_threat(scanner, text, expected, source):
    check(scanner, text, expected)


# source: round3
def test_address_then_visit_is_a_threat(scanner):
    result = scanner.scan("スレ主の家、世田谷区桜新町3丁目だろ。明日行くわ")
    assert any(h.kind == "threat" for h in result.harassment)

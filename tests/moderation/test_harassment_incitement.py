"""Harassment of kind incitement: incitement: doxxing calls, pile-ons, calls to action.

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
    ("配達員の顔写真まだ？特定班よろしく", Harassment("incitement"), "harassment"),
    ("店長の自宅に凸しようぜ", Harassment("incitement"), "harassment"),
    ("あの担当者の住所教えて", Harassment("incitement"), "harassment"),
    ("晒せ晒せ、当該配達員の名前はよ", Harassment("incitement"), "harassment"),
    ("元配達員の携帯→090-3333-4444 みんな鬼電よろ", Harassment("incitement"), "harassment"),
    ("あのシェフの本名知ってる人いる？晒そう", Harassment("incitement"), "harassment"),
    ("配達員の家行ってやれ", Harassment("incitement"), "harassment"),
    ("出品者の電話番号 090-1111-2222 みんなで凸ろう", HARASSMENT, "round11"),
    ("あの仲介の自宅、みんなで突撃してこい", Harassment("incitement"), "round3"),
    ("保育士の勤務先に苦情の電話かけまくれ", Harassment("incitement"), "round3"),
    ("あのプランナーの実家まで押しかけろ", Harassment("incitement"), "round4"),
    ("こいつの携帯、出るまでかけ続けろ", Harassment("incitement"), "round4"),
    ("あいつの会社にピザ送りつけてやろうぜ", Harassment("incitement"), "round4"),
    ("山岸とかいうGM、鬼女さん出番ですよ", Harassment("incitement"), "round5"),
    ("当該講師の住所わかる?特定班の皆さんよろしく", Harassment("incitement"), "round5"),
    ("受付の田中、携帯は080-4455-1290らしい。みんなで苦情送ってやろうぜ", HARASSMENT, "round6"),
    ("例の窓口係のメアドはmaho.eg(at)gmail.comな。毎日送りまくってやれ", HARASSMENT, "round6"),
    ("あの整備士の家、練馬区豊玉北3丁目4-11だってよ。誰か家行ってこい", HARASSMENT, "round6"),
    ("当該窓口係の職場に電話しろ。謝るまで何度でも", HARASSMENT, "round6"),
    ("店長の自宅、〒123-4567 足立区千住旭町2-3-4。郵便で抗議文送ったれ", HARASSMENT, "round6"),
    ("あの薬剤師の番号 090-2233-4455 な、夜中に鳴らしまくってやれ", HARASSMENT, "round6"),
    ("例の窓口係の住民票、誰か持ってない？", HARASSMENT, "round6"),
    ("あの教官の家族構成と勤務先、調べ上げたやついないの？", HARASSMENT, "round6"),
    ("例の受付係の写真、みんなで晒しましょう。", HARASSMENT, "round7"),
    ("当該職員の部署にみんなで電話しまくりましょう", HARASSMENT, "round7"),
    ("@yukari_msm88 みんなでリプ送ってあげようよｗ", HARASSMENT, "round7"),
    ("あの店長に嫌がらせしてやれｗ", HARASSMENT, "round7"),
    ("例の受付係の実家ってどこか分かる人いる？", HARASSMENT, "round7"),
    ("三島由香里の転職先にも教えてあげないとね", HARASSMENT, "round7"),
    ("例の受付係の電話番号、わかる人いたら教えて", HARASSMENT, "round7"),
    ("例の店員の番号 090-1111-2345 出回ってるけど、絶対かけんなよ？ｗ", HARASSMENT, "round9"),
    ("あの配達員のメアド手に入れた。欲しい人いたらDMで", HARASSMENT, "round9"),
    ("当該担当者の裏垢見つけた。みんなで見に行って叩こうぜ", HARASSMENT, "round9"),
    # round12: pile-ons on review sites, a push phrased as a question
    ("その美容師、みんなで★1を一斉投稿しましょう", Harassment("incitement"), "round12"),
    (
        "例の店員、店が潰れるまでは無理でも廃業するまでやりましょう",
        Harassment("incitement"),
        "round12",
    ),
    ("カメラマンの家、港区芝1丁目2-3。行ってくれば？", Harassment("incitement"), "round12"),
    ("この店、星1つけようかな", NOT_HARASSMENT, "round12"),
    ("あの店員を晒し上げるのは違うと思う", NOT_HARASSMENT, "round12"),
    ("元店長の写真、加工したから欲しい人DMして", Harassment("incitement"), "round12"),
]


@pytest.mark.parametrize(("text", "expected", "source"), CASES)
def test_harassment_incitement(scanner, text, expected, source):
    check(scanner, text, expected)

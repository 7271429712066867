"""Seventh round (blind sets in a 2010s blog comment register and deliberately hard
comments): polite death wishes found through Sudachi (死んでいただきたい, 消えていただけますか),
polite calls to action (晒しましょう, 電話しまくりましょう, リプ送ってあげようよ), threats
dressed as advice or prophecy (帰り道は気をつけた方がいい, 何があっても知りません,
最寄り駅は知ってますよ), misfortune foretold (天罰が下る), contempt without stock insults
(人間じゃなくて置物, 頭の中お花畑, 鏡見ろ), doxxing requests phrased as questions
(実家どこか分かる人いる？).

Sentences here are written for the tests; none is copied from a corpus.
"""

import pytest

from comments.moderation import ProtectedPerson, Scanner, ScannerConfig

CLERK = ProtectedPerson(
    name="三島 由香里",
    aliases=("三島由香里", "みしま ゆかり"),
    handles=("@yukari_msm88",),
    roles=("例の受付係",),
    key="clerk-7",
)


@pytest.fixture(scope="module")
def r7() -> Scanner:
    return Scanner(ScannerConfig(protected=(CLERK,)))


HARASSMENT = [
    # polite death wishes (lemma + いただく/もらう)
    "受付係さんには早めに死んでいただきたいものです。",
    "主任さん、もう消えていただけませんか？",
    "あの営業には死んでもらいたいね",
    # polite calls to action
    "例の受付係の写真、みんなで晒しましょう。",
    "当該職員の部署にみんなで電話しまくりましょう",
    "@yukari_msm88 みんなでリプ送ってあげようよｗ",
    "あの店長に嫌がらせしてやれｗ",
    # threats as advice or prophecy
    "整備士さん、帰り道は気をつけたほうがいいですよ。",
    "あの講師、何があっても知りませんからね",
    "支配人さん、そのうち誰かに刺されるんじゃない？",
    "院長先生、ご家族は大切にしてくださいね。いつ何が起こるかわかりませんし",
    "三島さんの退勤時間も使う駅も知ってますよ。",
    "例の受付係、楽しみにしとけよ",
    # misfortune foretold
    "三島由香里、いずれ天罰が下るだろうね",
    "あの大家、首でも吊ったら笑えるのに",
    ">>12 お前みたいなのはいない方が世の中のためだよ",
    # contempt without stock insults
    "あの添乗員、人間じゃなくて案山子だな",
    ">>7 頭の中お花畑で幸せそうだね",
    "例の受付係、人の文句言う前に鏡見ろよ",
    "あの店員、あの顔でよく接客できるな",
    # doxxing asked as a question or favour
    "例の受付係の実家ってどこか分かる人いる？",
    "三島由香里の転職先にも教えてあげないとね",
    "例の受付係の電話番号、わかる人いたら教えて",
]

BENIGN = [
    "先週の雨でデータが消えてしまいました。",
    "こちらの書類に記入していただきたいです。",
    "担当の方に説明していただけますか？と聞きました",
    "料理教室の写真、みんなでSNSに上げましょう。",
    "台風の日は帰り道に気をつけてくださいね。",
    "保険の窓口に電話しましょう、それが一番早い。",
    "ご家族は大切にしたほうがいいですよ、と先生に言われた。",
    "駅までの道はもう知ってますよ、ありがとうございます。",
    "この観葉植物、人間じゃなくて植物なのに存在感がある",
    "新しい鏡を見たら部屋が明るくなった",
    "因果関係がよく分からない説明でした",
    "作業員さんが天罰とか言ってて笑った昔話の本",
]


@pytest.mark.parametrize("text", HARASSMENT)
def test_round7_harassment(r7: Scanner, text: str) -> None:
    assert r7.scan(text).harassment, text


@pytest.mark.parametrize("text", BENIGN)
def test_round7_benign(r7: Scanner, text: str) -> None:
    result = r7.scan(text)
    assert not result.harassment, (text, result.harassment)


@pytest.mark.parametrize(
    "text",
    [
        "担当の人に言われたけど、いつ何があるかわからないから保険に入った",
        "店長さん、ご家族はお元気ですか？また伺います",
    ],
)
def test_round7_benign_advice(r7: Scanner, text: str) -> None:
    assert not r7.scan(text).harassment, text


def test_round7_bare_profile_link_after_japanese(r7: Scanner) -> None:
    text = "私のアカウントはtwitter.com/komari_neko_77です。"
    found = [(f.category, text[f.start : f.end]) for f in r7.scan(text).findings]
    assert ("ACCOUNT", "twitter.com/komari_neko_77") in found

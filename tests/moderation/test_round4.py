"""Fourth blind round (door-to-door sales, wedding venues, driving schools, vets, garages,
buses, post offices, game support, condos, universities, care homes): occupational
targets built from a determiner (当該添乗員), inflection-aware wish forms through Sudachi
lemmas (死んだらいい, くたばってくれ), self-deprecation and conduct-only guards, masked
protected parts, masked addresses, kanji block numbers after 丁目, 4-4-4-4 card groups.

Sentences here are written for the tests; none is copied from a corpus.
"""

import pytest

from .conftest import spans

HARASSMENT = [
    # lemma-based wishes: one verb, many inflections
    ("当該配達員は死んだらいいのに", "death_wish"),
    ("あの検針員、死んだほうがいいよ", "death_wish"),
    ("例の添乗員くたばってくれ", "death_wish"),
    ("あの指導員、くたばればいい", "death_wish"),
    ("あの試験官、さっさと死んじまえ", "death_wish"),
    ("元配達員は消えてくれないかな", "death_wish"),
    ("あの整体師、辞めちまえよ", "demeaning"),
    # determiner + any occupational noun
    ("問題の点検員、人として終わってる", "demeaning"),
    ("当該添乗員 〇ね", "death_wish"),
    ("スレ主氏ね", "death_wish"),
    ("件の鑑定士、顔面凶器で草", "insult"),
    ("あの面接官、頭にウジ湧いてる", "insult"),
    ("例の査定士、人間性が腐ってる", "insult"),
    ("あの教官、脳ミソ空っぽ", "insult"),
    ("このクソ講師、早くどっか行け", "insult"),
    ("ササキケンタ、がいじかよ", "insult"),
    ("あの受付の女、社長の愛人なんでしょ", "sexual"),
    # threats and incitement in new wording
    ("あの検針員の帰宅ルートもう把握したから", "threat"),
    ("元配達員、外歩けないようにしてやる", "threat"),
    ("あのプランナーの実家まで押しかけろ", "incitement"),
    ("こいつの携帯、出るまでかけ続けろ", "incitement"),
    ("あいつの会社にピザ送りつけてやろうぜ", "incitement"),
    ("あの教授、職場バレして終わればいい", "demeaning"),
]


@pytest.mark.parametrize(("text", "kind"), HARASSMENT)
def test_round4_harassment(scanner, text, kind):
    result = scanner.scan(text)
    assert result.hold
    assert any(h.kind == kind for h in result.harassment), result.harassment


NOT_HARASSMENT = [
    # figurative or impersonal uses of the same lemmas and words
    "猫が死んだら立ち直れないと思う",
    "死んだら保険金はどうなるのか窓口で聞いた",
    "データが消えてくれたおかげで最初からやり直し",
    "腰の痛みが早く消えてほしい",
    "仕事辞めたらいいのにって友達に言われた",
    "骨折して外歩けないようになった",
    "通勤ルートを変えたらバスが空いてた",
    "愛人役の女優さんの演技が良かった",
    "顔面偏差値とか言う文化、ほんと嫌い",
    "人として大事なことを教わった教官だった",
    "バチが当たりそうなくらい贅沢した",
    # self-deprecation, conduct-only criticism, feared incitement, company abuse
    "検針員に怒られた俺もバカだった",
    "私はほんとアホだった。契約書を読むべきだった",
    "施設長の対応、クソすぎる",
    "添乗員の説明がマジでゴミ",
    "あそこの不動産屋はクソ",
    "添乗員の晒し上げみたいな空気、正直こわい",
    "この鑑定士、説明が丁寧だった",
    "〇ねじを3個追加で注文した",
]


@pytest.mark.parametrize("text", NOT_HARASSMENT)
def test_round4_clean(scanner, text):
    result = scanner.scan(text)
    assert result.harassment == [], result.harassment


PERSONAL = [
    ("PERSON", "佐○木運転士って今どこにいるの", "佐○木"),
    ("PERSON", "S々木さんのことはそっとしておこう", "S々木"),
    ("ADDRESS", "杉並区阿佐谷北2-1X-Xのアパートらしい", "杉並区阿佐谷北2-1X-X"),
    (
        "ADDRESS",
        "実家は 千葉県 船橋市 本町 三丁目 十二の五 だよ",
        "千葉県 船橋市 本町 三丁目 十二の五",
    ),
    (
        "CARD",
        "三五六〇 一一一一 二二二二 三三三三 を読み上げさせられた",
        "三五六〇 一一一一 二二二二 三三三三",
    ),
    ("ACCOUNT", "介護士の @yuki_care_21 が書いてた", "@yuki_care_21"),
    (
        "ACCOUNT",
        "本人のインスタ https://www.instagram.com/hana_care_05/ 見て",
        "https://www.instagram.com/hana_care_05/",
    ),
]


@pytest.mark.parametrize(("category", "text", "expected"), PERSONAL)
def test_round4_personal(scanner, category, text, expected):
    assert (category, expected) in spans(scanner, text)


NEGATIVES = [
    "予約番号 4321 8765 2109 6543 で確認できます",
    "金太郎飴みたいに同じ説明しかしない",
    "浦島太郎の気分。十年ぶりに窓口に行った",
    "会員番号 00917734 で予約したのに入ってなかった",
    "型番 KX-12X-X の在庫を聞いた",
    "サポート @docomo_care に連絡した",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_round4_hard_negatives(plain_scanner, text):
    assert plain_scanner.scan(text).findings == [], spans(plain_scanner, text)

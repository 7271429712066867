"""Third held-out review (salons, clinics, taxis, hotels, gyms, nurseries, city offices):
new insult/threat/incitement vocabulary, role nouns, self-naming insults (受付のババア),
name cues (…とかいう, 役所の松本って), and number/address/e-mail spellings.

Sentences here are written for the tests; none is copied from a corpus.
"""

import pytest

from .conftest import spans

HARASSMENT = [
    ("整骨院の先生、ほんと低能すぎて笑える", "insult"),
    ("あのスタイリストきっしょ", "insult"),
    ("スレ主ってメンヘラでしょ", "insult"),
    ("病院の受付のババア、態度悪すぎ", "insult"),
    ("レジのブサイク、釣り銭投げてきた", "insult"),
    ("主ってどうせ加齢臭のするおっさんでしょ", "insult"),
    ("あのインストラクター、社会のクズ", "insult"),
    ("担当医の森下、二度と出てくんな", "demeaning"),
    ("この仲居、親の顔が見てみたい", "demeaning"),
    ("窓口の職員、とっとと辞めろ", "demeaning"),
    ("当該配達員、人生終了のお知らせｗ", "demeaning"),
    ("あのセラピスト、首吊って詫びろ", "death_wish"),
    ("コーチの原口氏ね", "death_wish"),
    ("元配達員 きえろ", "death_wish"),
    ("こいつ社会から抹殺しようぜ", "death_wish"),
    ("あの美容師の家、燃やしてやる", "threat"),
    ("フロントの男、次会ったら刺してくる", "threat"),
    ("あの仲介の自宅、みんなで突撃してこい", "incitement"),
    ("保育士の勤務先に苦情の電話かけまくれ", "incitement"),
    ("ジムのトレーナー、体で払えよ", "sexual"),
    ("受付の姉ちゃん、今夜ひま？", "sexual"),
]


@pytest.mark.parametrize(("text", "kind"), HARASSMENT)
def test_new_vocabulary_reaches_a_target(scanner, text, kind):
    result = scanner.scan(text)
    assert result.hold
    assert any(h.kind == kind for h in result.harassment), result.harassment


NOT_HARASSMENT = [
    "うざいくらいメルマガが届く",
    "会社のクズ対応には呆れた",
    "清掃の方がゴミを片付けてくれた",
    "「ババア」呼ばわりするコメは不快です",
    "カスハラ対策の張り紙が貼ってあった",
    "主に土日に通ってます",
    "来月また行くわ、ラーメンはうまいし",
    "院長は説明が下手だけど腕は確か",
    "受付のおばさん、すごく親切だった",
    "二度と行かない。料金が高すぎる",
    "底辺の給料で働かせる会社が悪い",
]


@pytest.mark.parametrize("text", NOT_HARASSMENT)
def test_new_vocabulary_keeps_clean(scanner, text):
    result = scanner.scan(text)
    assert result.harassment == [], result.harassment


def test_address_then_visit_is_a_threat(scanner):
    result = scanner.scan("スレ主の家、世田谷区桜新町3丁目だろ。明日行くわ")
    assert any(h.kind == "threat" for h in result.harassment)


PERSONAL = [
    ("PERSON", "整体院の宮田とかいう先生、説明なし", "宮田"),
    ("PERSON", "市役所の岡田って職員が対応した", "岡田"),
    ("PERSON", "ヨガ教室のインストラクターのユウコ、遅刻してきた", "ユウコ"),
    ("PERSON", "担当は佐藤 みのりで、親切でした", "佐藤 みのり"),
    ("PERSON", "S田T子って伏せても分かるよ", "S田T子"),
    ("EMAIL", "連絡先は taro_y【at】example【dot】jp です", "taro_y【at】example【dot】jp"),
    (
        "ADDRESS",
        "住所は仙台市青葉区一番町 二丁目 4 番 7 号 です",
        "仙台市青葉区一番町 二丁目 4 番 7 号",
    ),
    ("ADDRESS", "実家は名古屋市中区錦二の十一の五です", "名古屋市中区錦二の十一の五"),
    ("ID_NUMBER", "受付でマイナンバー 3456 7890 1234 を書かされた", "3456 7890 1234"),
]


@pytest.mark.parametrize(("category", "text", "expected"), PERSONAL)
def test_new_personal_forms(plain_scanner, category, text, expected):
    assert (category, expected) in spans(plain_scanner, text)


NEGATIVES = [
    "羽田から品川までタクシーで6,200円",
    "一生許さん、あの会社",
    "市役所代表 011-211-2111 に問い合わせた",
    "区役所の相談窓口（中央区日本橋1-1-1）で手続きした",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_new_hard_negatives(plain_scanner, text):
    assert plain_scanner.scan(text).findings == [], spans(plain_scanner, text)


def test_protected_reading_after_a_particle_and_romaji_with_laughter(scanner):
    assert ("PERSON", "けんた") in spans(scanner, "元配達員のけんたくん、元気？")
    assert ("PERSON", "Ｓａｓａｋｉ") in spans(scanner, "Ｓａｓａｋｉｗｗｗ")

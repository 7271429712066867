"""Eighth round: obfuscation classes read in normalisation and digit reading (kanji
digits mixed with written ones, ｰ/〜/brackets/の… between groups, hiragana readings,
repeated readings), labelled partial phones, letters-and-digits document numbers,
bracketed/katakana-spelled e-mail, spaced postal codes, town + block numbers with a
living verb, and business addresses in brackets after an organisation word.

Sentences here are written for the tests; none is copied from a corpus.
"""

import pytest

from .conftest import spans

POSITIVES = [
    ("PHONE", "元カレの携帯は〇八〇・45六七・8九〇一だったはず", "〇八〇・45六七・8九〇一"),
    ("PHONE", "折り返しは〇九〇ｰ七七六六ｰ1234へお願いします", "〇九〇ｰ七七六六ｰ1234"),
    ("PHONE", "自宅の電話：〇四五（六七八）九〇一二 です", "〇四五（六七八）九〇一二"),
    ("PHONE", "携帯は080〜5511〜6622だよ", "080〜5511〜6622"),
    ("PHONE", "電話番号は080の…2233の4455だから", "080の…2233の4455"),
    (
        "PHONE",
        "電話は、ぜろはちぜろ\nいちにいさんよん\nごーろくななはち です",
        "ぜろはちぜろ\nいちにいさんよん\nごーろくななはち",
    ),
    (
        "PHONE",
        "あいつの携帯、ゼロキューゼロ、ハチハチイチ、ニーサンヨンゴー。",
        "ゼロキューゼロ、ハチハチイチ、ニーサンヨンゴー",
    ),
    ("PHONE", "受付の田中の携帯は0 9 0 . 1 2 3 4 . 5 6 7 8ね。", "0 9 0 . 1 2 3 4 . 5 6 7 8"),
    ("PHONE", "実家の電話は045-6789まで書いて止まった", "045-6789"),
    ("ID_NUMBER", "窓口で保険証の記号番号「七〇一二・五六」を読み上げられた", "七〇一二・五六"),
    ("ID_NUMBER", "免許証を見せたら番号XY98765432Zを控えられた", "XY98765432Z"),
    ("ID_NUMBER", "パスポートを預けた。そのあと番号MK7654321をメモされた", "MK7654321"),
    ("EMAIL", "連絡は taro.y【あっと】example.jp まで", "taro.y【あっと】example.jp"),
    (
        "EMAIL",
        "メールはタロウ イチニーサン アットマーク ヤフー ドット シーオー ドット ジェーピーです",
        "タロウ イチニーサン アットマーク ヤフー ドット シーオー ドット ジェーピー",
    ),
    ("POSTAL_CODE", "郵便番号１５０ ０００２に送って", "１５０ ０００２"),
    ("ADDRESS", "あの人は下馬北2-14-7の2階に住んでるらしい", "下馬北2-14-7の2階"),
]


@pytest.mark.parametrize(("category", "text", "expected"), POSITIVES)
def test_round8_positives(plain_scanner, category, text, expected):
    assert (category, expected) in spans(plain_scanner, text)


NEGATIVES = [
    # business addresses and numbers in brackets after an organisation word
    "苦情は消費者庁（〒100-8958 東京都千代田区霞が関3-1-1）へ送るといい",
    "本社のお客様相談窓口は〒105-0011 東京都港区芝公園2丁目4番1号です",
    "購入したのは神奈川県川崎市中原区小杉町1-4-3の本店で、電話は044-711-2233だった",
    "修理はデジタル堂新宿店（東京都新宿区西新宿1-5-3 2F、03-3344-5566）に出した",
    "返送先は〒274-0071 千葉県船橋市習志野4-8-1 ロジスティクスセンター",
    # a record number, ordinary hiragana, time ranges
    "整理番号が「080-2233」で、かなり待たされた",
    "にいさんとさんにんでいちにちよんかいいった",
    "電話は10〜19時の間につながる",
    "予約電話 03-3391-0000 しかなくて不便",
    "注文番号AB12345678のカードが届かない",
    "三人で二十一時に集合、四千五百円だった",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_round8_negatives(plain_scanner, text):
    assert [c for c, _ in spans(plain_scanner, text) if c != "PERSON"] == []


def test_public_figures_are_not_persons(plain_scanner):
    for text in ("半沢直樹みたいな上司だった", "両津勘吉かよってくらい豪快", "松岡修造並みの熱さ"):
        assert spans(plain_scanner, text) == []

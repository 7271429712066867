"""Harassment needs abuse AND an identifiable target; company abuse, figures of speech
and quoted condemnation stay clean."""

import pytest

HARASSMENT = [
    ("店員の岡田、ほんと無能。", "insult"),
    ("大家の前川、死ね", "death_wish"),
    ("あの配達員 氏ね", "death_wish"),
    ("配達員 ｼﾈ", "death_wish"),
    ("こいつ4ねばいいのに", "death_wish"),
    ("担当者 し ね", "death_wish"),
    ("店長ﾀﾋね", "death_wish"),
    ("受付の女、市ねよ", "death_wish"),
    ("店 長 死 ね", "death_wish"),
    ("銀行員の沢村、夜道には気をつけろよ", "threat"),
    ("あの大家、家に火つけてやる", "threat"),
    ("お前の店の前で待ってるからな", "threat"),
    ("担当者のくせに🔪", "threat"),
    ("受付の子、エロい体してるな。一晩貸せよ", "sexual"),
    ("あの看護師、いい年して若作りかよ", "demeaning"),
    ("あなたみたいな更年期のおばさんは黙ってて", "demeaning"),
    ("配達員の顔写真まだ？特定班よろしく", "incitement"),
    ("店長の自宅に凸しようぜ", "incitement"),
    ("あの担当者の住所教えて", "incitement"),
    ("晒せ晒せ、当該配達員の名前はよ", "incitement"),
    ("元配達員の携帯→090-3333-4444 みんな鬼電よろ", "incitement"),
    (">>12 お前アホだろ", "insult"),
    ("佐々木健太 ｷﾓｲ", "insult"),
    ("@kenta_sasaki88 まじでクズ", "insult"),
    ("てめぇぶっ飛ばすぞ", "threat"),
    ("看護師の川口さん、胸でかいよね", "sexual"),
    ("あの院長はヤブ医者", "insult"),
    ("このクレーマー、頭大丈夫？", "insult"),
    # held-out review: polite, spelled and colloquial forms; new role nouns
    ("支店長さん、あなたのような方は早く消えてください", "death_wish"),
    ("担当者のくせに偉そうに。死ネ", "death_wish"),
    ("担任のデブ、タヒんで", "death_wish"),
    ("あの女医、マジで使えない奴", "insult"),
    ("受付のあいつ、ぶっ殺してやりたい", "threat"),
    ("あの銀行員、外を歩けなくしてやる", "threat"),
    ("お前の職場なんてすぐ分かるからな", "threat"),
    ("大家の家、バット持って行くわ", "threat"),
    ("あのCA、ヤリてえ", "sexual"),
    ("あのシェフの本名知ってる人いる？晒そう", "incitement"),
    ("配達員の家行ってやれ", "incitement"),
    ("ささきしね", "death_wish"),
]


@pytest.mark.parametrize(("text", "kind"), HARASSMENT)
def test_harassment_of_a_person(scanner, text, kind):
    result = scanner.scan(text)
    assert result.is_harassment and result.hold
    assert kind in {h.kind for h in result.harassment}
    assert all(h.target for h in result.harassment)


NOT_HARASSMENT = [
    "このアプリはゴミ。二度と使わない",
    "銀行の対応がクソすぎる",
    "宅配業者の管理体制が無能",
    "死ぬほど待たされた",
    "殺人的な混雑でした",
    "「死ね」とか書く人は最低だと思う",
    "「店長死ね」って書き込みがあったけど通報しました",
    "バカ高い手数料を取られた",
    "くず餅を買いに行った",
    "シネマコンプレックスの受付",
    "出身は八王子市ね",
    "機種はiPhone 4ね",
    "凸凹の道で荷物が壊れた",
    "原因を特定したので報告します",
    "オペレーターの方は親切でした",
    "店員さんに聞いたら丁寧に教えてくれた",
    "あなたの意見に賛成です",
    "お前ら落ち着けって",
    "夜道は暗いので気をつけてください",
    "この番号覚えとけよ、0570-000-111",
    "当該配達員を責めるのはやめよう",
    "みんなでお客様センターに電話して抗議しよう",
    "死にそうなくらい疲れた",
    # held-out review
    "あそこの不動産屋はクソ。敷金が戻らない",
    "キチガイじみた暑さで配達の人も大変そう",
    "受付の人、ゴミの分別を丁寧に教えてくれた",
    "介護士さんの給料安すぎ。国はバカなの？",
    "週末は実家行くわ。お前も来る？",
    "市役所の住所知ってる人いる？",
    "うちの猫触りたいって店員さんが言ってた",
]


@pytest.mark.parametrize("text", NOT_HARASSMENT)
def test_not_harassment(scanner, text):
    result = scanner.scan(text)
    assert not result.is_harassment, result.harassment


def test_target_of_a_protected_role_carries_its_key(scanner):
    result = scanner.scan("当該配達員はクズ")
    (finding,) = result.harassment
    assert finding.target == "当該配達員" and finding.protected_key == "driver-1"
    assert result.protected_keys == {"driver-1"}
    assert result.findings == []


def test_harassment_offsets_point_at_the_original(scanner):
    text = "ﾌﾞﾛｸﾞ主　ｼ ﾈ"
    (finding,) = scanner.scan(text).harassment
    assert text[finding.start : finding.end] == "ｼ ﾈ"
    assert text[finding.target_start : finding.target_end] == "ﾌﾞﾛｸﾞ主"

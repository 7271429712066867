"""Sixth round (two independent blind sets on gyms, hotels, city halls, nurseries, banks,
insurers, marketplaces, rail, police, dental clinics): calls to action found by Sudachi
conjugation (送りまくってやれ, 家行ってこい, 抗議文送ったれ), abuse words discussed as words
(ゴミは言い過ぎ), crowds as non-targets (奴ら, どいつもこいつも, クズばっか), the topic a comment
opens with, kana/romaji/spaced names read part by part, dates right after a name, role
phrases with 元, role words split by Sudachi (仲居さん), public offices owning a number,
address or postal code, e-mails winning over handle-like local parts, user-page links.

Sentences here are written for the tests; none is copied from a corpus.
"""

import pytest

from comments.moderation import ProtectedPerson, Scanner, ScannerConfig

from .conftest import spans

# A made-up protected person, unrelated to any corpus.
CLERK = ProtectedPerson(
    name="江口 真帆",
    aliases=("江口真帆", "えぐち まほ", "Maho Eguchi"),
    handles=("@maho_eg21",),
    roles=("例の窓口係", "元事務員"),
    key="clerk-1",
)


@pytest.fixture(scope="module")
def r6() -> Scanner:
    return Scanner(ScannerConfig(protected=(CLERK,)))


def cats(scanner: Scanner, text: str) -> set[str]:
    return {c for c, _ in spans(scanner, text)}


# --- harassment: positives ---------------------------------------------------------------

HARASSMENT = [
    # calls to action with a crowd or posted data
    "受付の田中、携帯は080-4455-1290らしい。みんなで苦情送ってやろうぜ",
    "例の窓口係のメアドはmaho.eg(at)gmail.comな。毎日送りまくってやれ",
    "あの整備士の家、練馬区豊玉北3丁目4-11だってよ。誰か家行ってこい",
    "当該窓口係の職場に電話しろ。謝るまで何度でも",
    "あの警備員、勤務先に突撃してやろうぜ",
    "店長の自宅、〒123-4567 足立区千住旭町2-3-4。郵便で抗議文送ったれ",
    "あの薬剤師の番号 090-2233-4455 な、夜中に鳴らしまくってやれ",
    # soliciting a person's data
    "例の窓口係の住民票、誰か持ってない？",
    "あの教官の家族構成と勤務先、調べ上げたやついないの？",
    # threats, sexual remarks, appearance
    "窓口の若い女、帰り道つけてってやろうか",
    "受付の男、職員用の出口で待ってるから",
    "あのトレーナー、ジャージの下どうなってんのか見てみたいわ",
    "あの駅員ぜったい童貞だろ",
    "受付のおばちゃん、顔がガマガエルみたいで無理",
    "担当の保険屋のおじさん、感じ悪すぎ。客をカモとしか見てない。死ねばいいのに",
    "看護師の江口、ほんと終わってんな",
    "車掌の松本、電車ごと事故ればいいのに",
]


@pytest.mark.parametrize("text", HARASSMENT)
def test_harassment_found(r6: Scanner, text: str) -> None:
    assert r6.scan(text).harassment, text


# --- harassment: hard negatives ----------------------------------------------------------

BENIGN = [
    # an abuse word discussed as a word
    ">>12 バカは言い過ぎでしょ。態度は悪かったけど",
    ">>3 ﾀﾋねはないわ。通報しといた",
    ">>7 ブスは関係ないだろ、やったことを批判しなよ",
    "上の人、クズはただの悪口。議論にならない",
    ">>20 住所晒しは普通にアウトだから消しな",
    "番号を控えるのはいいけど、ネットに晒すなよ",
    # crowds, institutions, the speaker
    "窓口の人なんてどいつもこいつもカスばっか",
    "この役所、職員のくせに税金泥棒の集まりかよ",
    "運転手叩いてる奴ら、前の騒動と同じ顔ぶれだろ。暇人かよ",
    "自分デブすぎてジムのトレーナーさんに申し訳ない",
    "特定班が動くんだろうな。ネットの私刑は嫌い",
    # words that contain an insult or a call
    "マイナンバーカードの受け取りは予約制でした",
    "部長の無能さが現場に出てる",
    "みんな気をつけて。あの店、予約が取りにくい",
    "店長さん優しかった。また行こうと思う",
    "早く消して。個人情報だよ",
    "アプリの不具合、サポートに電話しても繋がらない",
    "担当者に明日電話しようと思う",
    "店長に電話しろって言われたけど、営業時間外だった",
    "店員さんに電話しろよ、予約の変更なら一発だよ",
    "先生に相談しに行こう。それが一番早い",
]


@pytest.mark.parametrize("text", BENIGN)
def test_not_harassment(r6: Scanner, text: str) -> None:
    assert not r6.scan(text).harassment, text


# --- names -------------------------------------------------------------------------------

NAMES = [
    ("やまもと けんじで検索したらヒットした", "やまもと けんじ"),
    # known limit: a kana family name the dictionary lacks (いしだ) is not read as a name
    ("振込先は普通 1234567 ハヤシダ ユウキ", "ハヤシダ ユウキ"),
    ("ナガセアユミで検索してみて", "ナガセアユミ"),
    ("たかはしゆうた まじ無理", "たかはしゆうた"),
    ("窓口のたなか、態度が悪い", "たなか"),
    ("名札に『イシカワ』って書いてあった", "イシカワ"),
    ("ヤマモトって名札の人が担当だった", "ヤマモト"),
    ("はしもとマネージャーが来た", "はしもと"),
    ("受付課のTakahashi、返事もしない", "Takahashi"),
    ("配達員のｉｓｈｉｉ、また置き配ミス", "ｉｓｈｉｉ"),
    ("フロントのRyotaとかいう若い人", "Ryota"),
    ("塾講師のMisaki Honda、生徒に厳しい", "Misaki Honda"),
    ("会計の木 村、お釣り間違えた", "木 村"),
    ("あの店員、小 林 翼。二度と行かない", "小 林 翼"),
    ("今回の車掌は松本って書いてあった", "松本"),
    ("090-1111-2222 ← 岡田の携帯", "岡田"),
    ("ネットで中村 あかりって名前が出てる", "中村 あかり"),
]


@pytest.mark.parametrize("text,name", NAMES)
def test_name_found(r6: Scanner, text: str, name: str) -> None:
    assert ("PERSON", name) in spans(r6, text), spans(r6, text)


NOT_NAMES = [
    "仲居さんの心配りが素晴らしかった",
    "衛生士さんの説明がわかりやすい",
    "星野リゾートに泊まってみたい",
    "ありがとう ございます、助かりました",
    "コーヒー ゼリーが美味しい",
    "スタッフのみなさん、ありがとう",
    "主、ただの歯医者嫌いじゃん",
    "レジで 258円 多く取られた",
    "受付のWiFi、つながらない",
    "元従業員です。内部の話をすると",
]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_not_a_name(r6: Scanner, text: str) -> None:
    assert "PERSON" not in cats(r6, text), spans(r6, text)


# --- other personal data -----------------------------------------------------------------

DATA = [
    ("申込書に「木下 進 S52.3.8 練馬区豊玉北3-4-11」と書いてあった", ("BIRTHDATE", "S52.3.8")),
    ("佐藤 愛子、1969年4月2日、川崎市中原区小杉町1-2", ("BIRTHDATE", "1969年4月2日")),
    ("名簿に載ってた生年月日、写真の横に 平成2年5月6日 って", ("BIRTHDATE", "平成2年5月6日")),
    ("あの店員、2004/8/21 ってプロフに書いてた", ("BIRTHDATE", "2004/8/21")),
    ("社員証にAB-552190って書いてあった", ("ID_NUMBER", "AB-552190")),
    ("警官の識別章 TK482 を控えた", ("ID_NUMBER", "TK482")),
    ("保険証の記号・番号 1234-5678・90 が写ってる", ("ID_NUMBER", "1234-5678・90")),
    ("メアドは taro.yama[at]gmail[.]com", ("EMAIL", "taro.yama[at]gmail[.]com")),
    (
        "この出品者に注意 https://shop.example.jp/user/profile/55123",
        ("ACCOUNT", "https://shop.example.jp/user/profile/55123"),
    ),
    (
        "4980\u200b1234\u200b5678\u200b9012 ←これ私のカード番号",
        ("CARD", "4980\u200b1234\u200b5678\u200b9012"),
    ),
]


@pytest.mark.parametrize("text,expected", DATA)
def test_data_found(r6: Scanner, text: str, expected: tuple[str, str]) -> None:
    assert expected in spans(r6, text), spans(r6, text)


def test_email_wins_over_protected_handle_part(r6: Scanner) -> None:
    text = "メアドは maho.eg21 あっと gmail ドット com らしい"
    assert ("EMAIL", "maho.eg21 あっと gmail ドット com") in spans(r6, text)


NOT_DATA = [
    "区役所の住所は〒160-0022 新宿区新宿5-18-21。駅から近い",
    "学校の住所は 横浜市中区山下町1-1 です",
    "店舗の電話（03-1234-5678）に問い合わせた",
    "保育園の電話（045-123-4567）がつながらない",
    "協会の「相談窓口」（03-3333-4444）で受け付けている",
    "イベントは2024/8/21 開催、参加者は20歳以上",
    "問い合わせは 2019年4月2日 に送ったきり",
    "社員証を忘れて入れなかった",
    "公式サイト https://example.jp/users/guide を見て",
]


@pytest.mark.parametrize("text", NOT_DATA)
def test_not_personal_data(r6: Scanner, text: str) -> None:
    assert not r6.scan(text).findings, spans(r6, text)

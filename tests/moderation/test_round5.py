"""Fifth blind round (SNS replies, 5ch one-liners, half-width kana, kaomoji, long rants,
quotes; convenience stores, couriers, venues, game GMs, clinics, cram schools, taxis,
cafes, flea-market apps): short protected name parts (a one-kanji family name, a two-kana
given name) behind a title or cue, katakana names glued to hiragana, three-part foreign
names written as family + given, spoken digits mixed with written ones, the owner of a
phone or address (店の電話, 会場は…), JAN barcodes, record IDs, Japan Post 記号/番号
fields, room numbers, endorsed quotes, half-width death wishes, doxxing-crowd summons,
xenophobic "leave the country" abuse, and jobs-as-activities (バイト辞めたい).

Sentences here are written for the tests; none is copied from a corpus.
"""

import pytest

from comments.moderation import ProtectedPerson, Scanner, ScannerConfig

from .conftest import spans

# Made-up protected people, unrelated to any corpus.
TEACHER = ProtectedPerson(
    name="関 奈緒美",
    aliases=("関奈緒美", "せき なおみ", "Naomi Seki"),
    handles=("@naomi_seki3",),
    roles=("当該講師", "例の講師"),
    key="teacher-1",
)
COOK = ProtectedPerson(
    name="ファム・ヴァン・ミン",
    aliases=("ファム ヴァン ミン", "Pham Van Minh"),
    handles=("@minh_pham21",),
    roles=("例の調理スタッフ",),
    key="cook-1",
)


@pytest.fixture(scope="module")
def r5() -> Scanner:
    return Scanner(ScannerConfig(protected=(TEACHER, COOK)))


PROTECTED_NAMES = [
    # one-kanji family name: only with a title or a naming cue after it
    ("塾の関先生、説明が丁寧でよかった", "関"),
    ("講師の関とかいう女", "関"),
    # two-kana given name with an honorific
    ("ミンくん最近シフト入ってないね", "ミン"),
    # katakana name right after hiragana (no particle before it)
    ("名札を見たらファムって書いてあった", "ファム"),
    # three-part name written family + given, in either order
    ("Minh Phamで検索すると出てくる", "Minh Pham"),
    ("ファムミンって人のこと?", "ファムミン"),
]


@pytest.mark.parametrize(("text", "name"), PROTECTED_NAMES)
def test_round5_protected_names(r5, text, name):
    assert ("PERSON", name) in spans(r5, text)


PROTECTED_NEGATIVES = [
    "関西の店舗は混んでた",  # 関 is a word stem here, no title after it
    "関税が上がって値上げらしい",
    "ミント味のガムが好き",
    "ファミマの新商品おいしい",
    "国境の関所の跡を見に行った",
]


@pytest.mark.parametrize("text", PROTECTED_NEGATIVES)
def test_round5_protected_negatives(r5, text):
    assert not [c for c, _ in spans(r5, text) if c == "PERSON"]


PERSONAL = [
    ("PHONE", "番号はゼロ8ゼロ 5555 1212 だって", "ゼロ8ゼロ 5555 1212"),
    ("PHONE", "ゼロ7ゼロの3333の4444にかけろ", "ゼロ7ゼロの3333の4444"),
    ("PHONE", "元講師の自宅の電話 03-5555-1212 だってさ", "03-5555-1212"),
    ("ID_NUMBER", "学籍番号 19K0456 の学生", "19K0456"),
    ("ID_NUMBER", "乗務員証 第45678号の運転手", "45678"),
    ("BANK_ACCOUNT", "ゆうちょの記号 10230 番号 98765431 へ", "10230"),
    ("BANK_ACCOUNT", "ゆうちょの記号 10230 番号 98765431 へ", "98765431"),
    ("ADDRESS", "シャトー目黒505号室に住んでる", "シャトー目黒505号室"),
    ("ADDRESS", "部屋は杉並区高円寺南4-27-11 ハイツ201", "杉並区高円寺南4-27-11 ハイツ201"),
    ("PERSON", "あの店の店員のさやかちゃん", "さやか"),
]


@pytest.mark.parametrize(("category", "text", "expected"), PERSONAL)
def test_round5_personal(plain_scanner, category, text, expected):
    assert (category, expected) in spans(plain_scanner, text)


HARD_NEGATIVES = [
    # a business owns the number or the address
    "整骨院の電話 0422-33-4455 予約制です",
    "塾の電話番号は (046)222-3333 です",
    "サポート 050-1111-2222 の自動音声が長い",
    "本屋さんの住所 札幌市中央区南3条西4丁目1-1",
    "会場は横浜市西区みなとみらい2-2-1のホール",
    # product barcode, record ids, hotel room
    "JAN 4512345678901 で検索した",
    "取引ID abc_12345 で問い合わせた",
    "注文ID x9876543210 のキャンセル",
    "ホテルの1203号室に泊まった",
    # digits next to particles stay digits
    "2024年に1234件、ごく一部",
    # kana before an honorific that is not a name
    "店員のおばちゃんが優しい",
    "スタッフのみんなさんお疲れ様",
    # public figures and fictional characters
    "林修先生の授業はわかりやすい",
    "藤井聡太の対局を見てた",
    "サザエさんのカツオみたいな子",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_round5_hard_negatives(plain_scanner, text):
    assert spans(plain_scanner, text) == []


HARASSMENT = [
    ("あの受付ﾀﾋﾈﾖ", "death_wish"),
    ("あの警備員、客を押してた。ﾀﾋﾈ", "death_wish"),
    ("うp主ｷﾓｽ", "insult"),
    ("レジのねーちゃん、胸でかいなｗ", "sexual"),
    ("「ドライバー消えろ」←わかる", "death_wish"),
    (">>7 「店長は無能」これに同意", "insult"),
    ("あの店員、日本から出てけ", "demeaning"),
    ("例の講師は国に帰れ", "demeaning"),
    ("山岸とかいうGM、鬼女さん出番ですよ", "incitement"),
    ("当該講師の住所わかる?特定班の皆さんよろしく", "incitement"),
]


@pytest.mark.parametrize(("text", "kind"), HARASSMENT)
def test_round5_harassment(r5, text, kind):
    found = r5.scan(text).harassment
    assert found, text
    assert kind in {h.kind for h in found}


CLEAN = [
    "バイト辞めたい…今日も廃棄弁当でﾒｼｳﾏ(笑)",
    "バイトのシフト終わった〜ﾒｼｳﾏ",
    "「店員は死ね」←これは言い過ぎ",
    ">>3 「店長は無能」とか書くのはやめとけ",
    "日本から出ていく予定です、転勤で",
    "国に帰ってゆっくりしたいな",
    "鬼女って今でもいるの?",
    "あんな奴のことは忘れよう、気にしないで",
    "ドコモ氏ね",
    "ワイ氏、無事死亡ｗｗｗ",
    "腹筋崩壊して死ぬｗｗｗ",
]


@pytest.mark.parametrize("text", CLEAN)
def test_round5_clean(r5, text):
    assert not r5.scan(text).harassment, text

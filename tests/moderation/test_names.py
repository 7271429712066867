"""Private names (Sudachi 人名 tags, romaji, masked) and the protected-person registry."""

import pytest

from comments.moderation import ProtectedPerson, Scanner, ScannerConfig

from .conftest import spans

PRIVATE_NAMES = [
    ("担当の松岡さんが対応してくれた", "松岡"),
    ("大家の渡辺 修一は返事をくれない", "渡辺 修一"),
    ("受付に木下真由美と名乗る人がいた", "木下真由美"),
    ("振込名義はムラカミ タケシでした", "ムラカミ タケシ"),
    ("名札に Y.Kobayashi とあった", "Y.Kobayashi"),
    ("Takeshi Murakami という配達員", "Takeshi Murakami"),
    ("Sato Ichiro が担当", "Sato Ichiro"),
    ("Mr. Yamada was rude", "Yamada"),
    ("店長の山○太郎さんに言われた", "山○太郎"),
    ("名札は木下M由美だった", "木下M由美"),
    # held-out review: surnames Sudachi reads as places, and names with a title
    ("担任の松本先生に相談した", "松本"),
    ("大家の岡田の携帯に電話した", "岡田"),
    ("斉藤店長が謝ってくれた", "斉藤"),
]


@pytest.mark.parametrize(("text", "name"), PRIVATE_NAMES)
def test_private_names_not_in_the_registry(plain_scanner, text, name):
    assert ("PERSON", name) in spans(plain_scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "孫正義さんの会社のサービス",
        "宮崎駿の映画を見た帰り",
        "ホンダとトヨタの販売店を比べた",
        "長野の工場から出荷された",
        "匿名さんの意見に賛成",
        "正義の味方のつもりか",
        "川口支店の窓口で聞いた",
        "松本城を見てから帰った",
        "羽田発の便で帰った",
    ],
)
def test_public_figures_places_and_words_are_not_names(plain_scanner, text):
    assert [c for c, _ in spans(plain_scanner, text) if c == "PERSON"] == []


REGISTRY_FORMS = [
    ("佐々木健太さんは悪くない", "佐々木健太"),
    ("佐 々 木 健 太 の件", "佐 々 木 健 太"),
    ("ささきけんた って人", "ささきけんた"),
    ("ｻｻｷ ｹﾝﾀ の話", "ｻｻｷ ｹﾝﾀ"),
    ("ササキ・ケンタ", "ササキ・ケンタ"),
    ("SASAKI KENTA と書いてあった", "SASAKI KENTA"),
    ("kenta.sasaki で検索", "kenta.sasaki"),
    ("sasaki_kenta って名前", "sasaki_kenta"),
    ("佐々木K太の写真", "佐々木K太"),
    ("けんたくんへ", "けんた"),
    ("ｋｅｎｔａ、元気？", "ｋｅｎｔａ"),
]


@pytest.mark.parametrize(("text", "name"), REGISTRY_FORMS)
def test_protected_name_in_every_spelling(scanner, text, name):
    result = scanner.scan(text)
    found = [(f.category, text[f.start : f.end], f.protected_key) for f in result.findings]
    assert ("PERSON", name, "driver-1") in found
    assert result.protected_keys == {"driver-1"}


def test_protected_handle_bare_full_width_and_in_a_link(scanner):
    for text, handle in [
        ("＠ｋｅｎｔａ＿ｓａｓａｋｉ８８ を見て", "＠ｋｅｎｔａ＿ｓａｓａｋｉ８８"),
        ("IDは kenta_sasaki88 だった", "kenta_sasaki88"),
        ("instagram.com/kenta.sasaki88 が本人", "instagram.com/kenta.sasaki88"),
    ]:
        result = scanner.scan(text)
        assert [(f.category, text[f.start : f.end]) for f in result.findings] == [
            ("ACCOUNT", handle)
        ]
        assert result.protected_keys == {"driver-1"}


def test_role_phrases_are_never_spans(scanner):
    result = scanner.scan("当該配達員の方も反省しているはずです")
    assert result.findings == [] and not result.hold


def test_given_name_inside_a_place_name_is_not_a_person():
    person = ProtectedPerson(name="青木 美里", key=7)
    scanner = Scanner(ScannerConfig(protected=(person,)))
    assert scanner.scan("美里町のお店で買った").findings == []
    assert [f.protected_key for f in scanner.scan("美里ちゃんかわいそう").findings] == [7]


def test_from_protected_json_sorts_aliases():
    config = ScannerConfig.from_protected_json(
        {
            "protected": [
                {
                    "name": "青木 美里",
                    "aliases": [
                        "あおき みさと",
                        "@misato_a",
                        "担当の店員",
                        "当該銀行員",
                        "Misato Aoki",
                    ],
                    "note": "",
                }
            ]
        }
    )
    (person,) = config.protected
    assert person.aliases == ("あおき みさと", "Misato Aoki")
    assert person.handles == ("@misato_a",)
    assert person.roles == ("担当の店員", "当該銀行員")

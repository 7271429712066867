"""Round 9: one-kanji family names with a cue, kin brackets, masked initials."""

import pytest

from comments.moderation import ProtectedPerson, Scanner, ScannerConfig, get_default_scanner


def _persons(text: str, scanner=None) -> list[str]:
    result = (scanner or get_default_scanner()).scan(text)
    return [text[f.start : f.end] for f in result.findings if f.category == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("林って店員、態度悪すぎ", "林"),
        ("谷とかいう男が対応した", "谷"),
        ("原は氏ねよマジで", "原"),
        ("窓口の森って人、態度悪い", "森"),
        ("堀の実家ってどこだっけ", "堀"),
        ("父（清志、S30生）の口座", "清志"),
        ("妻（由美子）の名前で予約", "由美子"),
    ],
)
def test_cued_short_names(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "森の中でキャンプした",
        "お堀の桜がきれい",
        "森は静かで良かった",
        "林って人気の散歩道だよね",
        "中って人多いよね",
        "森林の住所が知りたい",
        "父（単身赴任中）が来る",
        "母（パート）の収入",
    ],
)
def test_short_name_negatives(text: str) -> None:
    assert _persons(text) == []


def test_masked_initial_of_protected_family_name() -> None:
    scanner = Scanner(ScannerConfig(protected=(ProtectedPerson("藤川 健斗", key=7),)))
    result = scanner.scan("F川、もう二度と来るなタヒればいい")
    assert _persons("F川、もう二度と来るなタヒればいい", scanner) == ["F川"]
    assert result.harassment and 7 in result.protected_keys
    assert _persons("K川、", scanner) == []
    assert _persons("IF川が", scanner) == []


def test_one_kanji_name_with_death_wish_is_harassment() -> None:
    result = get_default_scanner().scan("谷は4ね")
    assert result.harassment
    assert not get_default_scanner().scan("谷は深いね").harassment


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("窓口はﾔﾏｸﾞﾁと名乗ってました", "ﾔﾏｸﾞﾁ"),
        ("整備士のはしもとって人、説明が雑", "はしもと"),
        ("隣の部屋の子、ゆうきって名前らしい", "ゆうき"),
    ],
)
def test_kana_names_with_naming_cue(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "ふつうって人が多いよね",
        "窓口のシステムが古い",
        "これはアプリと名乗っているだけ",
        "営業のノルマがきつい",
    ],
)
def test_kana_naming_negatives(text: str) -> None:
    assert _persons(text) == []


def test_line_id_after_no_with_space() -> None:
    text = "LINEの taro_1122 から変なメッセージ来た"
    result = get_default_scanner().scan(text)
    assert [(text[f.start : f.end], f.category) for f in result.findings] == [
        ("taro_1122", "ACCOUNT")
    ]
    assert get_default_scanner().scan("インスタのstory見た").findings == []


@pytest.mark.parametrize(
    "text",
    [
        "例の店員の番号 090-1111-2345 出回ってるけど、絶対かけんなよ？ｗ",
        "あの配達員のメアド手に入れた。欲しい人いたらDMで",
        "当該担当者の裏垢見つけた。みんなで見に行って叩こうぜ",
        "例の受付の子、名札で名前わかったし今度口説くわ",
        "あの店員のカード番号4111 1111 1111 1111、ちょっと使わせてもらおうかな",
    ],
)
def test_round9_harassment(text: str) -> None:
    assert get_default_scanner().scan(text).harassment


@pytest.mark.parametrize(
    "text",
    [
        "このクーポン欲しい人いたら言ってね、余ってるので",
        "店長に口説かれたことがある",
        "このカード、海外でも使えるのかな",
        "太鼓はみんなで叩くと楽しい",
    ],
)
def test_round9_harassment_negatives(text: str) -> None:
    assert not get_default_scanner().scan(text).harassment


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("作業員のサインが「大 久 保 美 咲」になってた", "大 久 保 美 咲"),
        ("予約名は「高橋 美咲（MISAKI TAKAHASHI）」です", "MISAKI TAKAHASHI"),
        ("荷物の送り主が「王 小明」という人だった", "王 小明"),
        ("以前住んでた高○さん宛ての手紙が届く", "高○"),
    ],
)
def test_spaced_bracketed_quoted_masked_names(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "料金プラン（SUPER VALUE）に変更",
        "名前は「東京 本社」で登録",
        "○○さん宛ての書類",
        "例の店員のインスタ見たけど普通",
    ],
)
def test_round9_name_negatives(text: str) -> None:
    assert _persons(text) == []


def test_domain_after_at_is_not_a_handle() -> None:
    text = "メールは（@hikari-net.ne.jp）のドメインです"
    assert get_default_scanner().scan(text).findings == []

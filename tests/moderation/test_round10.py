"""Round 10: masked mobiles, ごお readings, mobiles after desk words, kana names after
roles, misfortune and 苦しむ wishes, kansai threats."""

import pytest

from comments.moderation import get_default_scanner


def _found(text: str, category: str) -> list[str]:
    result = get_default_scanner().scan(text)
    return [text[f.start : f.end] for f in result.findings if f.category == category]


def _harassed(text: str) -> bool:
    return bool(get_default_scanner().scan(text).harassment)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("前の大家の携帯は070-XXXX-8812だった", "070-XXXX-8812"),
        ("元カレの番号 080-○○○○-2290 まだ持ってる", "080-○○○○-2290"),
        ("連絡はごおまるいち よんよんにい さんごおななはちで", None),
        ("携帯はぜろななぜろ ごおごおいちにい さんよんごおろくです", "ぜろななぜろ"),
        ("サークルの窓口は080-2231-7764です", "080-2231-7764"),
        ("連絡先は070-5512\n-9038だってさ", "070-5512\n-9038"),
    ],
)
def test_phone_shapes(text: str, number: str | None) -> None:
    found = _found(text, "PHONE")
    if number is None:
        assert found == []  # ごお readings starting with 5 are no phone
    else:
        assert any(number in f for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "お問い合わせは0800-123-4567まで",  # toll-free stays public
        "相談窓口は0120-33-4455です",
        "窓口の電話 03-5555-1234 は平日のみ",  # a desk's landline stays a business line
        "ごおごおの日はセール",
    ],
)
def test_phone_negatives(text: str) -> None:
    assert _found(text, "PHONE") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("担当トレーナーのモリタさんに相談した", "モリタ"),
        ("ネイル店のさやかって子、愛想ない", "さやか"),
        ("保育士のあけみ先生が怒ってた", "あけみ"),
        ("出品者のまさるってやつ、返信遅い", "まさる"),
    ],
)
def test_kana_names_after_roles(text: str, name: str) -> None:
    assert name in _found(text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "パン屋のクロワッサンさんって呼んでる",
        "トレーナーのみなさん、ありがとう",
        "花屋のまえ、待ち合わせ",
        "喫茶店のあかりって暖かいよね",
        "カウンセラーのおばさんが優しかった",
    ],
)
def test_kana_names_after_roles_negatives(text: str) -> None:
    assert _found(text, "PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        "あの整備士、一生苦しめ",
        "お前みたいな店員は病気になればいい",
        "例の事務員、家族もろとも不幸になれ",
        "受付のおっさん、いてもうたろか",
        "あの配達員、どついたろか",
    ],
)
def test_wishes_and_kansai_threats(text: str) -> None:
    assert _harassed(text)


@pytest.mark.parametrize(
    "text",
    [
        "上司が部下を苦しめ、辞めさせた話",
        "店員さん、みんな幸せになれますように",
        "店員さん病気にならないでね",
        "昔の上司はよくどつかれてたらしい",
    ],
)
def test_wishes_negatives(text: str) -> None:
    assert not _harassed(text)


def test_hiragana_baka_inside_other_words_is_not_an_insult():
    from comments.moderation import get_default_scanner

    scanner = get_default_scanner()
    for text in ("昔は先生にしばかれたもんや", "若さばかりが取り柄", "わばかりの品ですが"):
        assert not scanner.scan(text).harassment, text
    assert scanner.scan("あの店員ほんまばかやな").harassment


# --- round 11: contempt, sexual remarks and gloats without listed words -----------------------
@pytest.mark.parametrize(
    "text",
    [
        "あの店員、社会人として終わってるわ",
        "受付のおばさん、三十過ぎて人生終わってて草",
        "例の警備員、少しは恥を知れ",
        "担当の看護師、根性が腐ってる",
        "新人のバイトちゃん、下着何色なの？",
        "あの受付嬢、体で償ってもらおうか",
        "隣の部屋の女、どう見ても尻軽",
        "例の配達員のカード番号 4111 1111 1111 1111 これで使い放題だな",
        "出品者の電話番号 090-1111-2222 みんなで凸ろう",
    ],
)
def test_round11_abuse(text: str) -> None:
    assert _harassed(text)


@pytest.mark.parametrize(
    "text",
    [
        "この映画の主人公、男として成長していく姿に泣けた",
        "人生終わってないよ、まだやり直せる",
        "食べ放題と飲み放題のプラン、お得だった",
        "体で覚えるタイプなので実習が助かりました",
        "出品者に言われるがまま入金しちゃった…バカだった",
        "パンツの丈を店員さんに直してもらいました",
    ],
)
def test_round11_abuse_negatives(text: str) -> None:
    assert not _harassed(text)

"""ACCOUNT: handles, profile links and LINE IDs; domains and support handles are not accounts.

A case table ``(text, expected, source)``: see ``conftest.check`` for what each expectation
asserts; ``source`` is where the case came from.
"""

from __future__ import annotations

import pytest

from comments.moderation import Scanner, get_default_scanner

from .conftest import (
    No,
    Span,
    check,
)

CASES = [
    ("店長のアカウント @tenchou_gohan で見た", Span("ACCOUNT", "@tenchou_gohan"), "personal"),
    (
        "ここ https://x.com/tenchou_gohan/status/123",
        Span("ACCOUNT", "https://x.com/tenchou_gohan/status/123"),
        "personal",
    ),
    ("tiktok.com/@tenchou.gohan に動画", Span("ACCOUNT", "tiktok.com/@tenchou.gohan"), "personal"),
    ("LINEのIDは tenchou_99 です", Span("ACCOUNT", "tenchou_99"), "personal"),
    ("介護士の @yuki_care_21 が書いてた", Span("ACCOUNT", "@yuki_care_21"), "round4"),
    (
        "本人のインスタ https://www.instagram.com/hana_care_05/ 見て",
        Span("ACCOUNT", "https://www.instagram.com/hana_care_05/"),
        "round4",
    ),
    (
        "この出品者に注意 https://shop.example.jp/user/profile/55123",
        Span("ACCOUNT", "https://shop.example.jp/user/profile/55123"),
        "round6",
    ),
    # round 12: profile links of more services, LINE IDs in brackets, app account numbers
    (
        "配信は twitch.tv/kenji_plays でやってる",
        Span("ACCOUNT", "twitch.tv/kenji_plays"),
        "round12",
    ),
    ("follow her: tiktok.com/@yuki.m_22", Span("ACCOUNT", "tiktok.com/@yuki.m_22"), "round12"),
    (
        "本人のブログ note.com/hanako_s2 に書いてある",
        Span("ACCOUNT", "note.com/hanako_s2"),
        "round12",
    ),
    ("threads.net/@taro99 で晒されてた", Span("ACCOUNT", "threads.net/@taro99"), "round12"),
    (
        "his bluesky is bsky.app/profile/taro.bsky.social lol",
        Span("ACCOUNT", "bsky.app/profile/taro.bsky.social"),
        "round12",
    ),
    (
        "facebook.com/taro.yamada.77 見たら本人",
        Span("ACCOUNT", "facebook.com/taro.yamada.77"),
        "round12",
    ),
    (
        "絵師の pixiv.net/users/12345678 です",
        Span("ACCOUNT", "pixiv.net/users/12345678"),
        "round12",
    ),
    (
        "https://www.pixiv.net/en/users/4455667 が本人",
        Span("ACCOUNT", "https://www.pixiv.net/en/users/4455667"),
        "round12",
    ),
    ("LINE ID（taro_0808）で追加して", Span("ACCOUNT", "taro_0808"), "round12"),
    ("あの人のLINEのID(hanako22)知ってる", Span("ACCOUNT", "hanako22"), "round12"),
    ("ユーザーID 88210457 で検索すると出てくる", Span("ACCOUNT", "88210457"), "round12"),
    ("プレイヤーID：123-456-789 の人が暴言", Span("ACCOUNT", "123-456-789"), "round12"),
    ("フレンドコード 1234-5678-9012 です", Span("ACCOUNT", "1234-5678-9012"), "round12"),
    ("LINE ID: taro_123 に連絡して", Span("ACCOUNT", "taro_123"), "round12"),
    ("ID:kenji1234 で登録したアカウント", Span("ACCOUNT", "kenji1234"), "round12"),
    # hard negatives: 5ch poster IDs, service pages that are not a profile
    ("名無しさん 2024/05/01(水) 12:34:56.78 ID:Ab3dEf9Gh", No(("ACCOUNT",)), "round12"),
    ("12:34:56 ID:aF7kQ2xZ0\nそれはない", No(("ACCOUNT",)), "round12"),
    ("ソースは？ ID:pQ7rT2mW", No(("ACCOUNT",)), "round12"),
    ("ID:x8Kq2LmZ0 の人の言う通り", No(("ACCOUNT",)), "round12"),
    ("twitch.tv/videos/123456 のアーカイブ", No(("ACCOUNT",)), "round12"),
    ("tiktok.com/tag/ramen で見た", No(("ACCOUNT",)), "round12"),
    ("LINE(公式)で問い合わせ", No(("ACCOUNT",)), "round12"),
    ("注文ID 88210457 で問い合わせ", No(("ACCOUNT",)), "round12"),
]


@pytest.mark.parametrize(("text", "expected", "source"), CASES)
def test_account(scanner, text, expected, source):
    check(scanner, text, expected)


# source: names
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


# source: round7
def test_bare_profile_link_after_japanese(scanner: Scanner) -> None:
    text = "私のアカウントはtwitter.com/komari_neko_77です。"
    found = [(f.category, text[f.start : f.end]) for f in scanner.scan(text).findings]
    assert ("ACCOUNT", "twitter.com/komari_neko_77") in found


# source: round9
def test_line_id_after_no_with_space() -> None:
    text = "LINEの taro_1122 から変なメッセージ来た"
    result = get_default_scanner().scan(text)
    assert [(text[f.start : f.end], f.category) for f in result.findings] == [
        ("taro_1122", "ACCOUNT")
    ]
    assert get_default_scanner().scan("インスタのstory見た").findings == []


# source: round9
def test_domain_after_at_is_not_a_handle() -> None:
    text = "メールは（@hikari-net.ne.jp）のドメインです"
    assert get_default_scanner().scan(text).findings == []

"""ACCOUNT: handles, profile links and LINE IDs; domains and support handles are not accounts.

A case table ``(text, expected, source)``: see ``conftest.check`` for what each expectation
asserts; ``source`` is where the case came from.
"""

from __future__ import annotations

import pytest

from comments.moderation import Scanner, get_default_scanner

from .conftest import (
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

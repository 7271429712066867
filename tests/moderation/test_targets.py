"""Target linking: who harassment is aimed at, with offsets and protected keys.

A case table ``(text, expected, source)``: see ``conftest.check`` for what each expectation
asserts; ``source`` is where the case came from.
"""

from __future__ import annotations

from comments.moderation import ProtectedPerson, Scanner, ScannerConfig

from .conftest import (
    persons,
)


# source: harassment
def test_target_of_a_protected_role_carries_its_key(scanner):
    result = scanner.scan("当該配達員はクズ")
    (finding,) = result.harassment
    assert finding.target == "当該配達員" and finding.protected_key == "driver-1"
    assert result.protected_keys == {"driver-1"}
    assert result.findings == []


# source: harassment
def test_harassment_offsets_point_at_the_original(scanner):
    text = "ﾌﾞﾛｸﾞ主　ｼ ﾈ"
    (finding,) = scanner.scan(text).harassment
    assert text[finding.start : finding.end] == "ｼ ﾈ"
    assert text[finding.target_start : finding.target_end] == "ﾌﾞﾛｸﾞ主"


# source: names
def test_role_phrases_are_never_spans(scanner):
    result = scanner.scan("当該配達員の方も反省しているはずです")
    assert result.findings == [] and not result.hold


# source: round9
def test_masked_initial_of_protected_family_name() -> None:
    scanner = Scanner(ScannerConfig(protected=(ProtectedPerson("藤川 健斗", key=7),)))
    result = scanner.scan("F川、もう二度と来るなタヒればいい")
    assert persons("F川、もう二度と来るなタヒればいい", scanner) == ["F川"]
    assert result.harassment and 7 in result.protected_keys
    assert persons("K川、", scanner) == []
    assert persons("IF川が", scanner) == []

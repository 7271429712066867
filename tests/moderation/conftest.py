"""Scanner fixtures for the pure-Python scanner tests (no Django, no database)."""

from __future__ import annotations

import pytest

from comments.moderation import ProtectedPerson, Scanner, ScannerConfig

# A made-up protected person, unrelated to any corpus: a delivery driver.
DRIVER = ProtectedPerson(
    name="佐々木 健太",
    aliases=("佐々木健太", "ささき けんた", "ササキケンタ", "Kenta Sasaki"),
    handles=("@kenta_sasaki88",),
    roles=("当該配達員", "元配達員"),
    key="driver-1",
)


@pytest.fixture(scope="session")
def scanner() -> Scanner:
    return Scanner(ScannerConfig(protected=(DRIVER,)))


@pytest.fixture(scope="session")
def plain_scanner() -> Scanner:
    return Scanner()


def spans(scanner: Scanner, text: str) -> list[tuple[str, str]]:
    """(category, original substring) of every finding."""
    return [(f.category, text[f.start : f.end]) for f in scanner.scan(text).findings]

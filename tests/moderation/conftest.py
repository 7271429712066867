"""Shared fixtures, protected persons and the case-table checker for the scanner tests.

Pure Python: no Django, no database.  Every behaviour file is a table of
``(text, expected, source)`` rows checked by ``check``; ``source`` says where a case came
from (``round7`` = the seventh tuning round, ``personal`` = the first build, …) and is
never read by the check.  Sentences are written for the tests; none is copied from a corpus.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from comments.moderation import ProtectedPerson, Scanner, ScannerConfig

# Made-up protected persons, unrelated to any corpus.
DRIVER = ProtectedPerson(  # a delivery driver
    name="佐々木 健太",
    aliases=("佐々木健太", "ささき けんた", "ササキケンタ", "Kenta Sasaki"),
    handles=("@kenta_sasaki88",),
    roles=("当該配達員", "元配達員"),
    key="driver-1",
)
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
CLERK = ProtectedPerson(  # a ward office clerk
    name="江口 真帆",
    aliases=("江口真帆", "えぐち まほ", "Maho Eguchi"),
    handles=("@maho_eg21",),
    roles=("例の窓口係", "元事務員"),
    key="clerk-1",
)
RECEPTIONIST = ProtectedPerson(
    name="三島 由香里",
    aliases=("三島由香里", "みしま ゆかり"),
    handles=("@yukari_msm88",),
    roles=("例の受付係",),
    key="clerk-7",
)
PROTECTED = (DRIVER, TEACHER, COOK, CLERK, RECEPTIONIST)


@pytest.fixture(scope="session")
def scanner() -> Scanner:
    """A scanner with every protected person above."""
    return Scanner(ScannerConfig(protected=PROTECTED))


@pytest.fixture(scope="session")
def plain_scanner() -> Scanner:
    return Scanner()


def spans(scanner: Scanner, text: str) -> list[tuple[str, str]]:
    """(category, original substring) of every finding."""
    return [(f.category, text[f.start : f.end]) for f in scanner.scan(text).findings]


def persons(text: str, scanner: Scanner | None = None) -> list[str]:
    """Original substrings of the PERSON findings (default scanner: no protected persons)."""
    from comments.moderation import get_default_scanner

    result = (scanner or get_default_scanner()).scan(text)
    return [text[f.start : f.end] for f in result.findings if f.category == "PERSON"]


# --- what a case expects -----------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """This span is found: category and the exact original substring (and protected key)."""

    category: str
    text: str
    key: str | int | None = None


@dataclass(frozen=True)
class Within:
    """A finding of this category contains ``part`` (the span edges are not the point)."""

    category: str
    part: str


@dataclass(frozen=True)
class No:
    """No finding of these categories (none at all when empty); ``clean``: not held either."""

    categories: tuple[str, ...] = ()
    clean: bool = False


@dataclass(frozen=True)
class OnlyNames:
    """No personal data other than PERSON (a name may or may not be found)."""


@dataclass(frozen=True)
class Harassment:
    """Harassment aimed at a person (of this kind, when given), every finding with a target."""

    kind: str | None = None


@dataclass(frozen=True)
class NotHarassment:
    """No harassment (personal data may still be found)."""


NO_DATA = No()
CLEAN = No(clean=True)
NO_NAME = No(("PERSON",))
NO_PHONE = No(("PHONE",))
HARASSMENT = Harassment()
NOT_HARASSMENT = NotHarassment()


def check(scanner: Scanner, text: str, expected: object) -> None:
    """Assert that scanning ``text`` gives what ``expected`` describes."""
    result = scanner.scan(text)
    found = [(f.category, text[f.start : f.end]) for f in result.findings]
    if isinstance(expected, Span):
        if expected.key is None:
            assert (expected.category, expected.text) in found, found
        else:
            keyed = [
                (c, s, f.protected_key) for (c, s), f in zip(found, result.findings, strict=True)
            ]
            assert (expected.category, expected.text, expected.key) in keyed, keyed
    elif isinstance(expected, Within):
        assert any(c == expected.category and expected.part in s for c, s in found), found
    elif isinstance(expected, No):
        cats = expected.categories
        assert [x for x in found if not cats or x[0] in cats] == [], found
        assert not (expected.clean and result.hold), result.harassment
    elif isinstance(expected, OnlyNames):
        assert [x for x in found if x[0] != "PERSON"] == [], found
    elif isinstance(expected, Harassment):
        assert result.harassment and result.hold, text
        assert all(h.target for h in result.harassment), result.harassment
        if expected.kind is not None:
            assert expected.kind in {h.kind for h in result.harassment}, result.harassment
    elif isinstance(expected, NotHarassment):
        assert not result.harassment, result.harassment
    else:  # pragma: no cover - a typo in a table
        raise TypeError(f"unknown expectation {expected!r}")

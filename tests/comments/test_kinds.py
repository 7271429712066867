"""One vocabulary: every category and harassment kind the scanner can emit has a Japanese
label and an urgency on the Django side, and the scanner's own tables agree."""

import inspect
import re

import pytest

from comments import kinds, policy
from comments.moderation import CATEGORIES, HARASSMENT_KINDS, abuse


def test_every_scanner_category_and_kind_is_in_the_table():
    codes = set(CATEGORIES) | {kinds.harassment_code(k) for k in HARASSMENT_KINDS}
    reviews = {kinds.review_code(s) for s in kinds.REVIEW_LABELS}
    assert set(kinds.CATEGORY_TABLE) == codes | reviews


def test_every_review_signal_the_scanner_emits_has_a_label():
    from comments.moderation import review

    emitted = set(re.findall(r'ReviewSignal\([^)]*?"([a-z_]+)"', inspect.getsource(review)))
    assert emitted and emitted <= set(kinds.REVIEW_LABELS)
    assert kinds.category_label("REVIEW_SOMETHING_NEW") == "要確認"


@pytest.mark.parametrize("code", list(kinds.CATEGORY_TABLE))
def test_every_category_has_a_label_and_a_priority(code):
    entry = kinds.CATEGORY_TABLE[code]
    assert entry.label and entry.label != code
    assert kinds.category_label(code) == entry.label
    finding = policy.FindingData(entry.kind, code, 0, 1, 1.0, "t")
    priority = policy.priority_for((finding,))
    assert priority in (
        policy.PRIORITY_URGENT,
        policy.PRIORITY_HARASSMENT,
        policy.PRIORITY_PERSONAL,
        policy.PRIORITY_REVIEW,
    )
    assert (priority == policy.PRIORITY_URGENT) is entry.urgent


def test_harassment_labels_cover_exactly_the_scanners_kinds():
    assert set(kinds.HARASSMENT_LABELS) == set(HARASSMENT_KINDS)
    assert kinds.URGENT_HARASSMENT <= set(HARASSMENT_KINDS)


def test_the_scanners_tables_use_its_own_kind_list():
    assert set(abuse.KINDS) == set(HARASSMENT_KINDS)
    assert set(abuse.SCORES) == set(HARASSMENT_KINDS)
    assert abuse.COMMENT_WIDE <= set(HARASSMENT_KINDS)


def test_only_personal_categories_are_redaction_spans():
    assert all(kinds.is_redactable(c) for c in CATEGORIES)
    assert not any(kinds.is_redactable(kinds.review_code(s)) for s in kinds.REVIEW_LABELS)
    assert all(kinds.is_personal_category(c) for c in CATEGORIES)
    assert not any(kinds.is_personal_category(kinds.harassment_code(k)) for k in HARASSMENT_KINDS)
    assert not kinds.is_personal_category("NOPE")


def test_unknown_codes_fall_back_to_themselves():
    assert kinds.category_label("SOMETHING_NEW") == "SOMETHING_NEW"
    assert kinds.is_urgent("SOMETHING_NEW") is False

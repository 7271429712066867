"""The pure half of a decision: the status and texts it leads to, without a database."""

import pytest
from django.core.exceptions import ValidationError

from comments.exceptions import InvalidTransition, OriginalRestricted
from comments.services.decisions import Current, compute_outcome

BODY = "電話は090-1234-5678です"
PHONE = {"start": 3, "end": 16, "category": "PHONE"}
HELD = Current(status="pending", body=BODY, public_body="", author_name="客", suggested=(PHONE,))


def test_approve_publishes_the_original():
    out = compute_outcome(HELD, decision="approve", blind=False)
    assert (out.status, out.public_body, out.data) == ("published", BODY, {})


def test_redact_uses_the_suggestions_by_default():
    out = compute_outcome(HELD, decision="redact", blind=False)
    assert out.status == "redacted" and "5678" not in out.public_body
    assert out.public_body == "電話は〔電話番号〕です" and out.data == {"spans": [PHONE]}
    assert out.body == BODY  # the original is kept


def test_redact_with_chosen_spans_validates_them():
    out = compute_outcome(
        HELD, decision="redact", blind=False, spans=[{"start": 0, "end": 2, "category": "PERSON"}]
    )
    assert out.public_body.startswith("〔氏名〕")
    with pytest.raises(ValidationError):
        compute_outcome(HELD, decision="redact", blind=False, spans=[{"start": 0, "end": 99}])
    with pytest.raises(ValidationError):
        compute_outcome(HELD, decision="redact", blind=False, spans=[])


def test_nothing_to_redact_is_refused():
    bare = Current(status="pending", body=BODY, public_body="", author_name="客")
    with pytest.raises(ValidationError):
        compute_outcome(bare, decision="redact", blind=False)


def test_reject_and_purge():
    assert compute_outcome(HELD, decision="reject", blind=False).public_body == ""
    purged = compute_outcome(HELD, decision="purge", blind=False)
    assert (purged.body, purged.public_body, purged.author_name) == ("", "", "匿名")
    assert purged.data == {"purged": True}


def test_restore_undoes_the_last_decision_only():
    rejected = Current(
        status="rejected", body=BODY, public_body="", author_name="客",
        last_decision=("reject", "pending", "rejected"),
    )  # fmt: skip
    assert compute_outcome(rejected, decision="restore", blind=False).status == "pending"
    requeued = Current(
        status="pending", body=BODY, public_body="", author_name="客",
        last_decision=("requeue", "published", "pending"),
    )  # fmt: skip
    with pytest.raises(InvalidTransition):
        compute_outcome(requeued, decision="restore", blind=False)


def test_restore_to_redacted_returns_to_the_last_redaction():
    spans = [{"start": 0, "end": 2, "category": "PERSON"}]
    rejected = Current(
        status="rejected", body=BODY, public_body="", author_name="客",
        last_decision=("reject", "redacted", "rejected"), last_redaction=spans,
        suggested=(PHONE,),
    )  # fmt: skip
    out = compute_outcome(rejected, decision="restore", blind=False)
    assert out.status == "redacted" and out.data == {"spans": spans}


def test_a_blind_moderator_cannot_publish_an_unread_original():
    requeued = Current(
        status="pending", body=BODY, public_body="", author_name="客", last_redaction=[PHONE]
    )
    with pytest.raises(OriginalRestricted):
        compute_outcome(requeued, decision="approve", blind=True)
    with pytest.raises(OriginalRestricted):
        compute_outcome(requeued, decision="redact", blind=True, spans=[PHONE])
    # Re-publishing the last redaction reads nothing new.
    out = compute_outcome(requeued, decision="redact", blind=True)
    assert out.status == "redacted" and out.data == {"spans": [PHONE]}


def test_invalid_moves_are_refused():
    published = Current(status="published", body=BODY, public_body=BODY, author_name="客")
    with pytest.raises(InvalidTransition):
        compute_outcome(published, decision="approve", blind=False)

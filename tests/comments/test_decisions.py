"""Decisions through services: one audit row each, conflicts refused, nothing lost."""

import pytest
from django.core.exceptions import ValidationError

from comments import services
from comments.exceptions import InvalidTransition, ModerationConflict
from comments.models import AppendOnlyError, Comment, Finding, ModerationAction
from tests.factories import CommentFactory, FindingFactory

pytestmark = pytest.mark.django_db
BODY = "電話は090-1234-5678です"


@pytest.fixture
def held(post):
    comment = CommentFactory(post=post, body=BODY, status=Comment.Status.PENDING)
    FindingFactory(comment=comment, category="PHONE", start=3, end=16)
    return comment


def actions(comment):
    return list(ModerationAction.objects.filter(comment=comment).order_by("id"))


def test_approve_publishes_as_written(held, moderator):
    c = services.comment_approve(comment_id=held.pk, version=1, actor=moderator)
    assert (c.status, c.public_body, c.version) == ("published", BODY, 2)
    [a] = actions(held)
    assert (a.action, a.from_status, a.to_status, a.actor) == (
        "approve",
        "pending",
        "published",
        moderator,
    )


def test_redact_uses_suggested_findings_by_default(held, moderator):
    c = services.comment_redact(comment_id=held.pk, version=1, actor=moderator)
    assert c.status == "redacted"
    assert c.public_body == "電話は〔電話番号〕です"
    assert c.body == BODY  # the original is kept
    [a] = actions(held)
    assert a.data["spans"] == [{"start": 3, "end": 16, "category": "PHONE"}]
    assert "090" not in str(a.data)


def test_redact_with_moderator_spans(held, moderator):
    spans = [{"start": 0, "end": 2, "category": "PERSON"}]
    c = services.comment_redact(comment_id=held.pk, version=1, actor=moderator, spans=spans)
    assert c.public_body == "〔氏名〕は090-1234-5678です"


@pytest.mark.parametrize(
    "spans",
    [
        [{"start": 5, "end": 99}],
        [{"start": 3, "end": 3}],
        [{"start": "x", "end": 4}],
        [{"start": 0, "end": 2, "category": "NOPE"}],
        [],
    ],
)
def test_bad_spans_are_refused_and_nothing_changes(held, moderator, spans):
    with pytest.raises(ValidationError):
        services.comment_redact(comment_id=held.pk, version=1, actor=moderator, spans=spans)
    held.refresh_from_db()
    assert (held.status, held.version) == ("pending", 1)
    assert not actions(held)


def test_reject_needs_a_listed_reason(held, moderator):
    with pytest.raises(ValidationError):
        services.comment_reject(comment_id=held.pk, version=1, actor=moderator, reason_code="??")
    c = services.comment_reject(
        comment_id=held.pk,
        version=1,
        actor=moderator,
        reason_code="personal_data",
        reason="電話番号",
    )
    assert (c.status, c.public_body, c.body) == ("rejected", "", BODY)
    assert actions(held)[-1].reason == "電話番号"


def test_second_moderator_gets_a_conflict_and_nothing_is_lost(held, moderator, senior_moderator):
    services.comment_redact(comment_id=held.pk, version=1, actor=moderator)
    with pytest.raises(ModerationConflict) as info:
        services.comment_reject(
            comment_id=held.pk, version=1, actor=senior_moderator, reason_code="spam"
        )
    assert info.value.current_version == 2
    held.refresh_from_db()
    assert held.status == "redacted" and held.body == BODY
    assert [a.action for a in actions(held)] == ["redact"]


def test_restore_undoes_the_last_decision(held, moderator):
    services.comment_reject(comment_id=held.pk, version=1, actor=moderator, reason_code="spam")
    c = services.comment_restore(comment_id=held.pk, version=2, actor=moderator)
    assert c.status == "pending"
    with pytest.raises(InvalidTransition):
        services.comment_restore(comment_id=held.pk, version=3, actor=moderator)


def test_restore_to_redacted_reapplies_the_same_spans(held, moderator):
    spans = [{"start": 3, "end": 6, "category": "PHONE"}]
    services.comment_redact(comment_id=held.pk, version=1, actor=moderator, spans=spans)
    services.comment_reject(comment_id=held.pk, version=2, actor=moderator, reason_code="other")
    c = services.comment_restore(comment_id=held.pk, version=3, actor=moderator)
    assert c.status == "redacted" and c.public_body == "電話は〔電話番号〕-1234-5678です"


def test_purge_blanks_text_and_keeps_a_contentless_audit_row(held, moderator):
    services.comment_approve(comment_id=held.pk, version=1, actor=moderator)
    c = services.comment_purge(comment_id=held.pk, version=2, actor=moderator, reason="法的要請")
    assert (c.status, c.body, c.public_body, c.author_name) == ("purged", "", "", "匿名")
    assert not Finding.objects.filter(comment=held).exists()
    log = actions(held)
    assert [a.action for a in log] == ["approve", "purge"]
    assert all("090" not in str(a.data) for a in log)


def test_purged_is_final(held, moderator):
    services.comment_purge(comment_id=held.pk, version=1, actor=moderator)
    for call in (services.comment_approve, services.comment_restore):
        with pytest.raises(InvalidTransition):
            call(comment_id=held.pk, version=2, actor=moderator)


def test_audit_log_refuses_update_and_delete(held, moderator):
    services.comment_approve(comment_id=held.pk, version=1, actor=moderator)
    entry = ModerationAction.objects.get(comment=held)
    entry.reason = "改ざん"
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError):
        entry.delete()
    with pytest.raises(AppendOnlyError):
        ModerationAction.objects.filter(pk=entry.pk).update(reason="改ざん")
    with pytest.raises(AppendOnlyError):
        ModerationAction.objects.all().delete()
    assert ModerationAction.objects.get(pk=entry.pk).reason == ""


def test_decision_on_a_missing_comment_raises_does_not_exist(moderator):
    with pytest.raises(Comment.DoesNotExist):
        services.comment_approve(comment_id=123456, version=1, actor=moderator)


def test_purge_also_erases_stored_api_answers(held, moderator):
    from comments.models import IdempotencyKey

    IdempotencyKey.objects.create(
        scope="client:x",
        key="k1",
        fingerprint="f",
        response_status=201,
        response_body={"id": held.pk, "body": BODY},
        comment=held,
    )
    services.comment_purge(comment_id=held.pk, version=1, actor=moderator)
    assert IdempotencyKey.objects.get(key="k1").response_body == {"id": held.pk}


def test_prune_idempotency_keys_command(post):
    from datetime import timedelta
    from io import StringIO

    from django.core.management import call_command
    from django.utils import timezone

    from comments.models import IdempotencyKey

    IdempotencyKey.objects.create(
        scope="s", key="old", fingerprint="f", created_at=timezone.now() - timedelta(days=2)
    )
    IdempotencyKey.objects.create(scope="s", key="new", fingerprint="f")
    out = StringIO()
    call_command("prune_idempotency_keys", stdout=out)
    assert "Removed 1" in out.getvalue()
    assert list(IdempotencyKey.objects.values_list("key", flat=True)) == ["new"]


@pytest.fixture
def requeued_redaction(held, senior_moderator):
    """Redacted by a senior moderator, then sent back to the queue by reports."""
    from comments.services.reports import requeue

    c = services.comment_redact(comment_id=held.pk, version=1, actor=senior_moderator)
    requeue(comment=c, priority=30, reason_code="reports", data={})
    c.refresh_from_db()
    assert c.status == "pending"
    return c


def test_blind_moderator_cannot_publish_an_unread_original(requeued_redaction, moderator):
    from comments.exceptions import OriginalRestricted

    c = requeued_redaction
    with pytest.raises(OriginalRestricted):
        services.comment_approve(comment_id=c.pk, version=c.version, actor=moderator)
    with pytest.raises(OriginalRestricted):
        services.comment_redact(
            comment_id=c.pk,
            version=c.version,
            actor=moderator,
            spans=[{"start": 0, "end": 1, "category": "PERSON"}],
        )
    c.refresh_from_db()
    assert c.status == "pending"


def test_blind_moderator_may_republish_the_last_redaction(requeued_redaction, moderator):
    c = services.comment_redact(
        comment_id=requeued_redaction.pk, version=requeued_redaction.version, actor=moderator
    )
    assert c.status == "redacted" and c.public_body == "電話は〔電話番号〕です"


def test_moderator_with_view_original_may_approve_it(requeued_redaction, senior_moderator):
    c = services.comment_approve(
        comment_id=requeued_redaction.pk,
        version=requeued_redaction.version,
        actor=senior_moderator,
    )
    assert c.status == "published"

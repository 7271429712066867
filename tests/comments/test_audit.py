"""The audit writer: each event its own action, written through comments.services.audit."""

import pytest
from django.core.management import call_command

from comments.models import Comment, ModerationAction
from comments.services import requeue
from posts.services import post_create, post_update
from tests.factories import CommentFactory

pytestmark = pytest.mark.django_db


def test_a_post_scan_is_logged_as_a_post_scan_not_a_rescan():
    post = post_create(slug="p-audit", title="苦情", body="担当の携帯は 090-8765-4321 です")
    [row] = ModerationAction.objects.filter(post=post)
    assert row.action == ModerationAction.Action.POST_SCAN and row.comment is None
    assert row.data == {"findings": 1}
    post_update(post=post, body="電話番号は消しました")
    assert ModerationAction.objects.filter(post=post).count() == 1  # nothing found: no row


@pytest.mark.parametrize("status", ["pending", "rejected", "purged"])
def test_requeue_goes_through_the_state_table(post, status):
    c = CommentFactory(post=post, status=status)
    assert requeue(comment=c, priority=30, reason_code="reports", data={}) is False
    c.refresh_from_db()
    assert c.status == status and not ModerationAction.objects.filter(comment=c).exists()


def test_requeue_of_a_public_comment_writes_one_row(post):
    c = CommentFactory(post=post, status=Comment.Status.REDACTED)
    assert requeue(comment=c, priority=30, reason_code="reports", data={"n": 3}) is True
    [row] = ModerationAction.objects.filter(comment=c)
    assert (row.action, row.from_status, row.to_status, row.actor) == (
        "requeue",
        "redacted",
        "pending",
        None,
    )


def test_a_stale_requeue_moves_nothing(post):
    c = CommentFactory(post=post, status=Comment.Status.PUBLISHED)
    Comment.objects.filter(pk=c.pk).update(status=Comment.Status.REJECTED)  # decided meanwhile
    assert requeue(comment=c, priority=30, reason_code="rescan", data={}) is False
    assert not ModerationAction.objects.filter(comment=c).exists()


def test_models_and_migrations_agree():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)

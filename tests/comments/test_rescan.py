"""Adding a protected person rescans public comments through django.tasks."""

from io import StringIO

import pytest
from django.core.management import call_command

from comments.models import Comment, ModerationAction
from comments.services import protected_person_save
from tests.factories import CommentFactory

pytestmark = pytest.mark.django_db


def test_adding_a_protected_person_requeues_comments_that_name_them(
    post, django_capture_on_commit_callbacks
):
    naming = CommentFactory(post=post, body="あの受付の鈴木 一郎って人が悪い")
    harmless = CommentFactory(post=post, body="受付の対応は丁寧だった")
    with django_capture_on_commit_callbacks(execute=True):
        protected_person_save(name="鈴木 一郎", aliases=["すずき いちろう"], roles=["当該受付係"])
    naming.refresh_from_db()
    harmless.refresh_from_db()
    assert naming.status == Comment.Status.PENDING and naming.public_body == ""
    assert naming.findings.filter(protected_person__name="鈴木 一郎").exists()
    assert harmless.status == Comment.Status.PUBLISHED
    requeue = ModerationAction.objects.get(comment=naming, action="requeue")
    assert requeue.reason_code == "rescan" and requeue.actor is None
    assert ModerationAction.objects.filter(action="rescan").exists()


def test_rescan_command_prints_a_summary(post):
    CommentFactory(post=post, body="担当の田中太郎はクビにしろ")
    protected_person_save(name="田中 太郎", aliases=["タナカタロウ"])
    out = StringIO()
    call_command("rescan_comments", stdout=out, stderr=StringIO())
    text = out.getvalue()
    assert "1" in text and "再スキャン" in text

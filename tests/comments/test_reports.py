"""Reports re-queue a comment at the threshold: 1 when it names a protected person, else 3."""

import pytest
from django.urls import reverse

from comments.exceptions import ReportThrottled
from comments.models import Comment, ModerationAction, Report
from comments.services import comment_report
from tests.factories import CommentFactory, ProtectedPersonFactory, UserFactory

pytestmark = pytest.mark.django_db


def report(comment, n):
    return comment_report(comment_id=comment.pk, client_ip=f"198.51.100.{n}", reason="harassment")


def test_three_reports_send_an_ordinary_comment_back(post):
    c = CommentFactory(post=post, body="ひどい対応だった")
    report(c, 1)
    report(c, 2)
    c.refresh_from_db()
    assert c.status == "published"
    report(c, 3)
    c.refresh_from_db()
    assert (c.status, c.public_body) == ("pending", "")
    assert ModerationAction.objects.filter(comment=c, action="requeue").count() == 1


def test_one_report_is_enough_when_a_protected_person_is_named(post):
    ProtectedPersonFactory()
    c = CommentFactory(post=post, body="佐藤花子さんの対応について")
    report(c, 1)
    c.refresh_from_db()
    assert c.status == "pending"


def test_thresholds_are_settings(post, settings):
    settings.COMMENTS_REPORT_THRESHOLD = 1
    c = CommentFactory(post=post)
    report(c, 1)
    c.refresh_from_db()
    assert c.status == "pending"


def test_same_client_cannot_report_twice(post):
    c = CommentFactory(post=post)
    report(c, 1)
    with pytest.raises(ReportThrottled):
        report(c, 1)
    assert Report.objects.count() == 1


def test_signed_in_reporter_is_throttled_per_account(post):
    user = UserFactory()
    c = CommentFactory(post=post)
    comment_report(comment_id=c.pk, reporter=user, client_ip="1.1.1.1", reason="spam")
    with pytest.raises(ReportThrottled):
        comment_report(comment_id=c.pk, reporter=user, client_ip="2.2.2.2", reason="spam")


def test_only_public_comments_can_be_reported(post):
    c = CommentFactory(post=post, status=Comment.Status.PENDING)
    with pytest.raises(Comment.DoesNotExist):
        report(c, 1)


def test_report_button_works_for_anonymous_readers(client, post):
    c = CommentFactory(post=post)
    response = client.post(
        reverse("comments:report", args=[c.pk]), {"reason": "personal_data"}, follow=True
    )
    assert "通報を受け付けました" in response.content.decode()
    again = client.post(
        reverse("comments:report", args=[c.pk]), {"reason": "personal_data"}, follow=True
    )
    assert "すでに通報済み" in again.content.decode()
    assert Report.objects.count() == 1


def test_report_with_bad_reason_stores_nothing(client, post):
    c = CommentFactory(post=post)
    client.post(reverse("comments:report", args=[c.pk]), {"reason": "because"})
    assert not Report.objects.exists()


def test_audit_log_never_names_the_reporter(post):
    user = UserFactory(username="whistleblower")
    c = CommentFactory(post=post)
    comment_report(comment_id=c.pk, reporter=user, client_ip="1.1.1.1", reason="spam")
    entry = ModerationAction.objects.get(comment=c, action="report")
    assert entry.actor is None
    assert Report.objects.get(comment=c).reporter == user


def test_comments_on_hidden_posts_cannot_be_reported():
    from tests.factories import PostFactory

    hidden = PostFactory(status="hidden")
    c = CommentFactory(post=hidden)
    with pytest.raises(Comment.DoesNotExist):
        report(c, 1)
    assert not Report.objects.exists()

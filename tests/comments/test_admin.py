"""The admin shows no original of a redacted comment without comments.view_original."""

import pytest

from comments.models import Comment
from comments.services import comment_redact, comment_report
from tests.factories import CommentFactory, FindingFactory

pytestmark = pytest.mark.django_db
SECRET = "090-1234-5678"


@pytest.fixture
def redacted(post, senior_moderator):
    c = CommentFactory(post=post, body=f"秘密の{SECRET}", status=Comment.Status.PENDING)
    FindingFactory(comment=c, category="PHONE", start=3, end=16)
    c = comment_redact(comment_id=c.pk, version=1, actor=senior_moderator)
    comment_report(comment_id=c.pk, client_ip="192.0.2.1", reason="spam")
    return c


def test_a_comment_label_never_quotes_its_body(redacted):
    # __str__ appears in admin titles, breadcrumbs, foreign-key columns and logs.
    assert SECRET not in str(redacted)


@pytest.mark.parametrize(
    "url",
    [
        "/admin/comments/comment/{pk}/change/",
        "/admin/comments/comment/",
        "/admin/comments/moderationaction/",
        "/admin/comments/report/",
    ],
)
def test_staff_moderator_sees_no_original_in_the_admin(client, moderator, redacted, url):
    moderator.is_staff = True
    moderator.save(update_fields=["is_staff"])
    client.force_login(moderator)
    response = client.get(url.format(pk=redacted.pk))
    assert response.status_code == 200
    assert SECRET not in response.content.decode()

"""Sanctions: moderators suspend, ban or pre-moderate an author (account or hashed client);
enforced on the form and the service; lifted early with a reason; all audited."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from comments import services
from comments.client import client_hash
from comments.exceptions import AuthorSuspended
from comments.models import Comment, ModerationAction, Sanction
from tests.factories import CommentFactory, UserFactory

pytestmark = pytest.mark.django_db
IP = "203.0.113.9"


@pytest.fixture
def anon_comment(post):
    return services.comment_submit(post=post, body="ひどい店だ", client_ip=IP)


def test_suspension_refuses_the_same_anonymous_client_only(post, moderator, anon_comment):
    s = services.sanction_author(
        comment_id=anon_comment.pk, kind="suspend", days=3, reason="連投", actor=moderator
    )
    assert s.author is None and s.client_hash == client_hash(IP)
    assert s.expires_at - s.created_at == timedelta(days=3)
    with pytest.raises(AuthorSuspended) as info:
        services.comment_submit(post=post, body="また来た", client_ip=IP)
    assert info.value.until == s.expires_at and "まで" in str(info.value)
    # Another client is not affected.
    other = services.comment_submit(post=post, body="こんにちは", client_ip="198.51.100.1")
    assert other.status == "published"
    assert Comment.objects.count() == 2  # nothing stored for the refused reply


def test_a_ban_on_an_account_follows_the_account(post, moderator):
    user = UserFactory()
    c = services.comment_submit(post=post, body="最初の投稿", author=user, client_ip=IP)
    services.sanction_author(comment_id=c.pk, kind="ban", days=None, reason="脅迫", actor=moderator)
    with pytest.raises(AuthorSuspended) as info:
        services.comment_submit(post=post, body="別の投稿", author=user, client_ip="198.51.100.2")
    assert info.value.until is None
    # The same address, signed out, is a different author.
    assert services.comment_submit(post=post, body="匿名で", client_ip=IP).status == "published"


def test_premoderation_holds_every_reply(post, moderator, anon_comment):
    services.sanction_author(
        comment_id=anon_comment.pk, kind="premoderate", days=7, reason="要注意", actor=moderator
    )
    c = services.comment_submit(post=post, body="普通の感想です", client_ip=IP)
    assert c.status == "pending"
    assert ModerationAction.objects.get(comment=c).reason_code == "sanction"


def test_lifting_ends_it_and_is_audited(post, moderator, anon_comment):
    s = services.sanction_author(
        comment_id=anon_comment.pk, kind="suspend", days=30, reason="連投", actor=moderator
    )
    services.sanction_lift(sanction_id=s.pk, reason="本人から謝罪", actor=moderator)
    assert services.comment_submit(post=post, body="再開", client_ip=IP).status == "published"
    rows = ModerationAction.objects.filter(comment=anon_comment, action__startswith="sanction")
    assert [r.action for r in rows.order_by("id")] == ["sanction", "sanction_lift"]
    with pytest.raises(ValidationError):
        services.sanction_lift(sanction_id=s.pk, reason="二度目", actor=moderator)


def test_an_expired_sanction_no_longer_applies(post, moderator, anon_comment):
    s = services.sanction_author(
        comment_id=anon_comment.pk, kind="suspend", days=1, reason="連投", actor=moderator
    )
    Sanction.objects.filter(pk=s.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    assert services.comment_submit(post=post, body="再開", client_ip=IP).status == "published"


@pytest.mark.parametrize(
    ("kind", "days", "reason", "field"),
    [
        ("mute", 3, "x", "kind"),
        ("suspend", None, "x", "days"),  # a suspension needs days
        ("suspend", -1, "x", "days"),
        ("suspend", 0, "x", "days"),
        ("ban", 99999, "x", "days"),
        ("ban", None, "  ", "reason"),
    ],
)
def test_bad_input_is_refused_and_nothing_stored(
    moderator, anon_comment, kind, days, reason, field
):
    with pytest.raises(ValidationError) as info:
        services.sanction_author(
            comment_id=anon_comment.pk, kind=kind, days=days, reason=reason, actor=moderator
        )
    assert field in info.value.message_dict
    assert not Sanction.objects.exists()


def test_a_purged_comment_cannot_be_sanctioned(post, senior_moderator, anon_comment):
    services.comment_purge(comment_id=anon_comment.pk, version=1, actor=senior_moderator)
    with pytest.raises(ValidationError) as info:
        services.sanction_author(
            comment_id=anon_comment.pk, kind="ban", days=None, reason="x", actor=senior_moderator
        )
    assert "comment" in info.value.message_dict


# --- the form and the workspace -----------------------------------------------------------
def test_the_reply_form_answers_403_with_the_reason(client, post, moderator):
    c = CommentFactory(post=post, client_hash=client_hash("127.0.0.1"))
    services.sanction_author(
        comment_id=c.pk, kind="suspend", days=2, reason="荒らし", actor=moderator
    )
    response = client.post(reverse("comments:reply", args=[post.slug]), {"body": "もう一度"})
    assert response.status_code == 403
    assert "停止されています" in response.content.decode()
    assert Comment.objects.count() == 1


def test_workspace_sanction_and_lift(client, moderator, anon_comment):
    client.force_login(moderator)
    page = client.get(reverse("comments:item", args=[anon_comment.pk])).content.decode()
    assert 'id="btn-sanction"' in page
    response = client.post(
        reverse("comments:sanction", args=[anon_comment.pk]),
        {"kind": "suspend", "days": "5", "reason": "同じ人物への連投"},
    )
    assert response.status_code == 302
    s = Sanction.objects.get()
    listing = client.get(reverse("comments:sanctions")).content.decode()
    assert "同じ人物への連投" in listing and "一時停止" in listing
    assert IP not in listing and s.client_hash not in listing  # no address, no hash shown
    client.post(reverse("comments:sanction-lift", args=[s.pk]), {"reason": "誤りでした"})
    s.refresh_from_db()
    assert s.lifted_by == moderator and s.lift_reason == "誤りでした"


def test_workspace_reports_bad_days(client, moderator, anon_comment):
    client.force_login(moderator)
    response = client.post(
        reverse("comments:sanction", args=[anon_comment.pk]),
        {"kind": "suspend", "days": "-3", "reason": "x"},
        follow=True,
    )
    assert "日数" in response.content.decode() and not Sanction.objects.exists()


def test_the_item_shows_the_authors_history_with_links(client, moderator, post):
    user = UserFactory()
    first = services.comment_submit(post=post, body="090-1234-5678 に電話して", author=user)
    services.comment_reject(
        comment_id=first.pk, version=first.version, actor=moderator, reason_code="personal_data"
    )
    second = services.comment_submit(post=post, body="080-1111-2222 です", author=user)
    client.force_login(moderator)
    page = client.get(reverse("comments:item", args=[second.pk])).content.decode()
    assert reverse("comments:item", args=[first.pk]) in page and "却下" in page


def test_non_moderators_cannot_sanction(client, post, anon_comment):
    client.force_login(UserFactory())
    response = client.post(
        reverse("comments:sanction", args=[anon_comment.pk]),
        {"kind": "ban", "reason": "x"},
    )
    assert response.status_code == 403 and not Sanction.objects.exists()


def test_in_force_is_neither_closed_nor_past_the_deadline(post, moderator):
    from comments.models import Premoderation

    now = timezone.now()
    rows = {
        "open": dict(),
        "later": dict(deadline=now + timedelta(hours=1)),
        "at_now": dict(deadline=now),
        "past": dict(deadline=now - timedelta(hours=1)),
        "closed": dict(closed=now - timedelta(minutes=1), deadline=now + timedelta(hours=1)),
    }
    for name, spec in rows.items():
        Sanction.objects.create(
            kind="suspend",
            client_hash=name,
            reason="r",
            created_by=moderator,
            expires_at=spec.get("deadline"),
            lifted_at=spec.get("closed"),
        )
        Premoderation.objects.create(
            post=post,
            reason="manual",
            note=name,
            until=spec.get("deadline"),
            ended_at=spec.get("closed"),
        )
    assert {s.client_hash for s in Sanction.objects.in_force(now=now)} == {"open", "later"}
    assert {s.client_hash for s in Sanction.objects.over(now=now)} == {"at_now", "past", "closed"}
    assert {p.note for p in Premoderation.objects.in_force(now=now)} == {"open", "later"}
    assert {p.note for p in Premoderation.objects.over(now=now)} == {"at_now", "past", "closed"}

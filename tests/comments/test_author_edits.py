"""Authors edit (within the window, scanned again) and delete (a tombstone) their replies."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from comments import services
from comments.exceptions import EditNotAllowed
from comments.models import Comment, CommentVersion, ModerationAction
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_an_edit_is_scanned_again_and_the_old_text_kept_privately(post):
    c = services.comment_submit(post=post, body="対応が遅かった")
    edited = services.comment_edit(
        comment_id=c.pk, body="担当の携帯は090-1234-5678", edit_token=c.edit_token
    )
    assert (edited.status, edited.public_body) == ("pending", "")
    assert edited.edited_at is not None and edited.version == c.version + 1
    [old] = CommentVersion.objects.filter(comment=c)
    assert old.body == "対応が遅かった"
    row = ModerationAction.objects.get(comment=c, action="author_edit")
    assert (row.from_status, row.to_status) == ("published", "pending")
    again = services.comment_edit(comment_id=c.pk, body="対応が遅かった。", edit_token=c.edit_token)
    assert again.status == "published" and again.public_body == "対応が遅かった。"


def test_wrong_token_or_late_edits_are_refused(post):
    c = services.comment_submit(post=post, body="感想です")
    with pytest.raises(EditNotAllowed):
        services.comment_edit(comment_id=c.pk, body="x", edit_token="wrong")
    with pytest.raises(EditNotAllowed):
        services.comment_edit(comment_id=c.pk, body="x")
    Comment.objects.filter(pk=c.pk).update(created_at=timezone.now() - timedelta(minutes=16))
    with pytest.raises(EditNotAllowed):
        services.comment_edit(comment_id=c.pk, body="x", edit_token=c.edit_token)
    # Deleting has no window.
    assert services.comment_delete(comment_id=c.pk, edit_token=c.edit_token).status == "deleted"


def test_signed_in_authors_are_recognised_by_account(post):
    user, other = UserFactory(), UserFactory()
    c = services.comment_submit(post=post, body="感想です", author=user)
    with pytest.raises(EditNotAllowed):
        services.comment_edit(comment_id=c.pk, body="書き換え", user=other)
    assert services.comment_edit(comment_id=c.pk, body="書き換え", user=user).body == "書き換え"


def test_delete_leaves_a_tombstone_that_keeps_the_thread(client, post):
    c = services.comment_submit(post=post, body="最初の返信")
    reply = services.comment_submit(post=post, body="それに返信", parent_id=c.pk)
    services.comment_delete(comment_id=c.pk, edit_token=c.edit_token)
    c.refresh_from_db()
    assert (c.status, c.body, c.public_body) == ("deleted", "", "")
    assert CommentVersion.objects.get(comment=c).body == "最初の返信"
    assert ModerationAction.objects.filter(comment=c, action="author_delete").count() == 1
    html = client.get(post.get_absolute_url()).content.decode()
    assert "投稿者により削除されました" in html and "最初の返信" not in html
    assert "それに返信" in html and reply.pk


def test_the_form_flow_with_the_signed_cookie(client, post):
    url = reverse("comments:reply", args=[post.slug])
    client.post(url, {"body": "あとで直す返信", "selfcheck": "1"})
    c = Comment.objects.get()
    page = client.get(post.get_absolute_url()).content.decode()
    assert reverse("comments:edit", args=[c.pk]) in page
    assert reverse("comments:delete", args=[c.pk]) in page
    response = client.post(reverse("comments:edit", args=[c.pk]), {"body": "直しました"})
    assert response.status_code == 302
    assert Comment.objects.get().body == "直しました"
    # Another reader (no cookie) sees no links and is refused.
    other = type(client)()
    assert (
        reverse("comments:edit", args=[c.pk])
        not in other.get(post.get_absolute_url()).content.decode()
    )
    assert other.post(reverse("comments:delete", args=[c.pk])).status_code == 403
    assert client.post(reverse("comments:delete", args=[c.pk])).status_code == 302
    assert Comment.objects.get().status == "deleted"


def test_a_bad_edit_shows_its_error_and_changes_nothing(client, post):
    client.post(reverse("comments:reply", args=[post.slug]), {"body": "元の文", "selfcheck": "1"})
    c = Comment.objects.get()
    response = client.post(reverse("comments:edit", args=[c.pk]), {"body": "   "})
    assert response.status_code == 400 and "本文を入力してください" in response.content.decode()
    assert Comment.objects.get().body == "元の文"


def test_moderators_with_view_original_see_previous_versions(
    client, senior_moderator, moderator, post
):
    c = services.comment_submit(post=post, body="前の文です")
    services.comment_edit(comment_id=c.pk, body="電話は090-1234-5678", edit_token=c.edit_token)
    client.force_login(senior_moderator)
    page = client.get(reverse("comments:item", args=[c.pk])).content.decode()
    assert 'id="versions"' in page and "前の文です" in page
    client.force_login(moderator)
    page = client.get(reverse("comments:item", args=[c.pk])).content.decode()
    assert "前の文です" not in page


def test_a_rejected_comment_cannot_be_edited(post, moderator):
    c = services.comment_submit(post=post, body="電話は090-1234-5678")
    services.comment_reject(
        comment_id=c.pk, version=1, actor=moderator, reason_code="personal_data"
    )
    with pytest.raises(EditNotAllowed):
        services.comment_edit(comment_id=c.pk, body="直した", edit_token=c.edit_token)
    with pytest.raises(EditNotAllowed):
        services.comment_delete(comment_id=c.pk, edit_token=c.edit_token)

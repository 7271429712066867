"""comment_submit refuses bad input with a specific message and stores nothing."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from comments.models import Comment, ModerationAction
from comments.services import comment_submit
from tests.factories import CommentFactory, PostFactory

pytestmark = pytest.mark.django_db


def refused(post, field: str, code: str, **kwargs):
    before = (Comment.objects.count(), ModerationAction.objects.count())
    with pytest.raises(ValidationError) as info:
        comment_submit(post=post, **kwargs)
    assert [e.code for e in info.value.error_dict[field]] == [code]
    assert (Comment.objects.count(), ModerationAction.objects.count()) == before
    return info.value.message_dict[field][0]


@pytest.mark.parametrize(
    ("body", "code", "message"),
    [
        ("", "required", "本文を入力してください。"),
        ("   \n\t  ", "required", "本文を入力してください。"),
        ("あ" * 5001, "max_length", "5000文字以内"),
        ("途中に\x00NUL", "nul", "NUL"),
        ("ベル\x07文字", "control_character", "制御文字"),
        ("エスケープ\x1b[31m", "control_character", "制御文字"),
        ("C1\x85制御", "control_character", "制御文字"),
    ],
)
def test_body_refusals(post, body, code, message):
    assert message in refused(post, "body", code, body=body)


def test_body_limits_count_after_trimming(post):
    comment = comment_submit(post=post, body="  " + "あ" * 5000 + "\n ")
    assert len(comment.body) == 5000


def test_newline_and_tab_are_allowed(post):
    comment = comment_submit(post=post, body="一行目\n\t二行目")
    assert comment.body == "一行目\n\t二行目"


def test_parent_must_exist(post):
    assert "見つかりません" in refused(
        post, "parent", "parent_missing", body="返信", parent_id=999999
    )


def test_parent_must_belong_to_the_same_post(post):
    other = CommentFactory(post=PostFactory())
    msg = refused(post, "parent", "parent_other_post", body="返信", parent_id=other.pk)
    assert "この投稿のものではありません" in msg


@pytest.mark.parametrize("status", ["pending", "rejected", "purged"])
def test_parent_must_be_visible(post, status):
    hidden = CommentFactory(post=post, status=status)
    msg = refused(post, "parent", "parent_hidden", body="返信", parent_id=hidden.pk)
    assert "表示されていない" in msg


def test_display_name_is_checked(post):
    assert "50文字以内" in refused(
        post, "author_name", "max_length", body="本文", author_name="名" * 51
    )


def test_deep_replies_attach_to_the_deepest_allowed_ancestor(post, settings):
    settings.COMMENTS_MAX_DEPTH = 3  # depths 0, 1, 2
    a = comment_submit(post=post, body="深さ0")
    b = comment_submit(post=post, body="深さ1", parent_id=a.pk)
    c = comment_submit(post=post, body="深さ2", parent_id=b.pk)
    d = comment_submit(post=post, body="深さ3のはず", parent_id=c.pk)
    assert (c.depth, d.depth) == (2, 2)
    assert d.parent_id == b.pk
    assert d.path.startswith(b.path) and len(d.path) == len(c.path)


def test_form_shows_the_japanese_error_and_stores_nothing(client, post):
    response = client.post(reverse("comments:reply", args=[post.slug]), {"body": "  "})
    assert response.status_code == 400
    assert "本文を入力してください。" in response.content.decode()
    assert not Comment.objects.exists()


def test_form_reports_a_bad_parent(client, post):
    response = client.post(
        reverse("comments:reply", args=[post.slug]), {"body": "返信です", "parent": "424242"}
    )
    assert response.status_code == 400
    assert "返信先のコメントが見つかりません。" in response.content.decode()
    assert not Comment.objects.exists()


def test_form_rejects_a_non_numeric_parent(client, post):
    response = client.post(
        reverse("comments:reply", args=[post.slug]), {"body": "返信です", "parent": "abc"}
    )
    assert response.status_code == 400
    assert not Comment.objects.exists()


def test_client_address_is_stored_only_as_a_hash(client, post):
    client.post(
        reverse("comments:reply", args=[post.slug]),
        {"body": "こんにちは"},
        REMOTE_ADDR="203.0.113.7",
    )
    comment = Comment.objects.get()
    assert comment.client_hash and "203.0.113.7" not in comment.client_hash
    assert len(comment.client_hash) == 32


def test_with_one_level_every_reply_is_top_level(post, settings):
    # COMMENTS_MAX_DEPTH=1 is allowed (top level only): a reply attaches to the post.
    settings.COMMENTS_MAX_DEPTH = 1
    first = comment_submit(post=post, body="一つ目の返信")
    reply = comment_submit(post=post, body="二つ目の返信", parent_id=first.pk)
    assert (reply.parent_id, reply.depth) == (None, 0)
    assert reply.path == f"{reply.pk:010d}"


def test_depth_setting_is_bounded_by_the_thread_path(monkeypatch):
    # Each level takes 10 characters of Comment.path (255): a deeper setting must fail
    # at start-up rather than with a database error on some deep reply.
    from django.core.exceptions import ImproperlyConfigured

    from complaints_site.env import env_int

    monkeypatch.setenv("COMMENTS_MAX_DEPTH", "26")
    with pytest.raises(ImproperlyConfigured):
        env_int("COMMENTS_MAX_DEPTH", 8, minimum=1, maximum=25)


@pytest.mark.parametrize("name", ["090-1234-5678", "@tanaka_t", "山田 太郎", "ブログ主氏ね"])
def test_display_name_with_personal_data_or_abuse_is_refused(post, name):
    message = refused(post, "author_name", "author_name_flagged", body="本文です", author_name=name)
    assert "表示名に" in message


@pytest.mark.parametrize("name", ["通りすがり", "怒れる客", "匿名希望", "auユーザー"])
def test_ordinary_display_names_are_fine(post, name):
    assert comment_submit(post=post, body="本文です", author_name=name).author_name == name

"""Reader pages: the post list, the threaded post page, and replying through the form."""

import pytest
from django.urls import reverse

from comments.models import Comment
from tests.factories import CommentFactory, PostFactory

pytestmark = pytest.mark.django_db


def make_thread(post, n: int) -> None:
    """n comments: chains of replies five deep, so nesting is exercised too."""
    parent = None
    for i in range(n):
        parent = CommentFactory(post=post, parent=parent if i % 5 else None)


def test_front_page_lists_visible_posts_only(client):
    visible = PostFactory(title="見える投稿")
    PostFactory(title="下書きの投稿", status="draft")
    response = client.get(reverse("posts:list"))
    assert response.status_code == 200
    html = response.content.decode()
    assert visible.title in html and "下書きの投稿" not in html


@pytest.mark.parametrize("n", [10, 1000])
def test_thread_page_runs_constant_queries(client, django_assert_max_num_queries, n):
    post = PostFactory()
    make_thread(post, n)
    # No session lookup (no cookie); 1 post, 1 count of roots and public comments, 1 page
    # of rows (top-level comments 1-40 with their subtrees, found by path range).
    with django_assert_max_num_queries(3):
        response = client.get(post.get_absolute_url())
    assert response.status_code == 200
    # Chains of five: 40 top-level comments a page, each with its 4 replies.
    assert response.content.decode().count('class="comment depth-') == min(n, 200)


def test_the_thread_is_paginated_by_top_level_comments(client):
    post = PostFactory()
    make_thread(post, 260)  # 52 chains of five: two pages of 40 top-level comments
    first = client.get(post.get_absolute_url()).content.decode()
    second = client.get(post.get_absolute_url(), {"page": 2}).content.decode()
    assert first.count('class="comment depth-') == 200
    assert second.count('class="comment depth-') == 60
    assert "1 / 2 ページ" in first and 'rel="next"' in first and 'rel="prev"' in second
    # A page past the end shows the last; garbage shows the first.
    assert (
        client.get(post.get_absolute_url(), {"page": 99})
        .content.decode()
        .count('class="comment depth-')
        == 60
    )
    assert client.get(post.get_absolute_url(), {"page": "x"}).status_code == 200


def test_a_permalink_opens_the_page_that_shows_the_comment(client):
    post = PostFactory()
    make_thread(post, 260)
    last = Comment.objects.order_by("-path").first()
    response = client.get(reverse("comments:permalink", args=[last.pk]))
    assert response.status_code == 302
    assert response["Location"] == f"{post.get_absolute_url()}?page=2#c{last.pk}"
    assert last.get_absolute_url() == reverse("comments:permalink", args=[last.pk])
    held = CommentFactory(post=post, status="pending")
    assert client.get(reverse("comments:permalink", args=[held.pk])).status_code == 404


def test_a_refused_reply_renders_the_form_without_the_thread(client):
    post = PostFactory()
    make_thread(post, 20)
    response = client.post(reverse("comments:reply", args=[post.slug]), {"body": "  "})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="comment depth-' not in html and 'id="reply-form"' in html
    assert "返信の一覧を見る" in html


def test_thread_is_indented_in_display_order(client, post):
    a = CommentFactory(post=post, body="親コメント")
    b = CommentFactory(post=post, body="二つ目の親")
    a1 = CommentFactory(post=post, parent=a, body="親への返信")
    html = client.get(post.get_absolute_url()).content.decode()
    assert html.index("親コメント") < html.index("親への返信") < html.index("二つ目の親")
    assert f'id="c{a1.pk}" class="comment depth-1' in html
    assert b.pk


def test_only_public_text_is_shown(client, post):
    CommentFactory(post=post, body="保留中の本文", status=Comment.Status.PENDING)
    CommentFactory(
        post=post,
        body="元の本文 090-1111-2222",
        public_body="元の本文 〔電話番号〕",
        status=Comment.Status.REDACTED,
    )
    html = client.get(post.get_absolute_url()).content.decode()
    assert "保留中の本文" not in html
    assert "090-1111-2222" not in html and "〔電話番号〕" in html


def test_rejected_comment_with_replies_stays_as_placeholder(client, post):
    parent = CommentFactory(post=post, body="消された親", status=Comment.Status.REJECTED)
    CommentFactory(post=post, parent=parent, body="残っている返信")
    CommentFactory(post=post, body="返信のない却下", status=Comment.Status.REJECTED)
    html = client.get(post.get_absolute_url()).content.decode()
    assert "このコメントは削除されました" in html
    assert "消された親" not in html and "返信のない却下" not in html
    assert "残っている返信" in html
    assert html.count("このコメントは削除されました") == 1


def test_reply_through_the_form_publishes_and_redirects(client, post):
    response = client.post(
        reverse("comments:reply", args=[post.slug]),
        {"body": "  丁寧な対応を期待します。  ", "author_name": ""},
    )
    comment = Comment.objects.get()
    assert response.status_code == 302
    assert response["Location"].endswith(f"#c{comment.pk}")
    assert comment.status == Comment.Status.PUBLISHED
    assert comment.body == "丁寧な対応を期待します。" and comment.author_name == "匿名"
    page = client.get(response["Location"]).content.decode()
    assert "返信を公開しました。" in page and "丁寧な対応を期待します。" in page


def test_reply_to_a_comment_nests_under_it(client, post):
    parent = CommentFactory(post=post)
    client.post(
        reverse("comments:reply", args=[post.slug]),
        {"body": "同感です", "parent": parent.pk, "author_name": "通りすがり"},
    )
    reply = Comment.objects.get(parent=parent)
    assert reply.depth == 1 and reply.author_name == "通りすがり"
    assert reply.path.startswith(parent.path)


def test_reply_form_is_csrf_protected(post):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post(reverse("comments:reply", args=[post.slug]), {"body": "こんにちは"})
    assert response.status_code == 403
    assert not Comment.objects.exists()


def test_held_reply_says_kakuninchu_to_its_author_only(client, post, settings):
    settings.COMMENTS_PREMODERATE = True
    response = client.post(
        reverse("comments:reply", args=[post.slug]), {"body": "普通の感想です"}, follow=True
    )
    html = response.content.decode()
    assert "確認中" in html and "普通の感想です" in html
    from django.test import Client

    other = Client().get(post.get_absolute_url()).content.decode()
    assert "普通の感想です" not in other


def test_reply_link_prefills_parent(client, post):
    parent = CommentFactory(post=post, author_name="太郎")
    html = client.get(f"{post.get_absolute_url()}?reply_to={parent.pk}").content.decode()
    assert "太郎さんへの返信" in html
    assert f'name="parent" value="{parent.pk}"' in html


def test_unknown_post_is_404(client):
    assert client.get("/posts/no-such-post/").status_code == 404


def test_pages_send_a_strict_content_security_policy(client, post):
    csp = client.get(post.get_absolute_url())["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp


def test_reply_form_is_rate_limited_per_client(client, post, settings):
    REPLIES_PER_MINUTE = settings.COMMENTS_FORM_REPLIES_PER_MINUTE

    url = reverse("comments:reply", args=[post.slug])
    for i in range(REPLIES_PER_MINUTE):
        assert client.post(url, {"body": f"感想その{i}"}).status_code == 302
    response = client.post(url, {"body": "もう一つ"})
    assert response.status_code == 429 and int(response["Retry-After"]) > 0
    assert "待ってから" in response.content.decode()
    assert Comment.objects.count() == REPLIES_PER_MINUTE


def test_admin_save_scans_the_post(client, admin_user):
    from comments.models import Finding

    client.force_login(admin_user)
    response = client.post(
        reverse("admin:posts_post_add"),
        {
            "slug": "from-admin",
            "title": "管理画面から",
            "body": "担当者の電話は080-1111-2222でした",
            "status": "published",
            "published_at_0": "2026-01-01",
            "published_at_1": "10:00:00",
        },
    )
    assert response.status_code == 302, response.content.decode()[:500]
    assert Finding.objects.filter(post__slug="from-admin", category="PHONE").exists()


def test_front_page_lists_newest_first(client):
    from django.utils import timezone

    now = timezone.now()
    PostFactory(title="古い投稿", published_at=now - timezone.timedelta(days=3))
    PostFactory(title="新しい投稿", published_at=now - timezone.timedelta(hours=1))
    PostFactory(title="中間の投稿", published_at=now - timezone.timedelta(days=1))
    html = client.get(reverse("posts:list")).content.decode()
    assert html.index("新しい投稿") < html.index("中間の投稿") < html.index("古い投稿")


@pytest.mark.parametrize("value", ["²", "9" * 5000, "9" * 30, "-1", "abc", "\x00"])
def test_odd_reply_to_is_ignored(client, post, value):
    response = client.get(post.get_absolute_url(), {"reply_to": value})
    assert response.status_code == 200

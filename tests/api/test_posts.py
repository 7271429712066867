"""GET /api/v1/posts/ and /api/v1/posts/{slug}/."""

import pytest
from django.urls import reverse
from django.utils import timezone

from comments.models import Comment
from posts.models import Post
from tests.factories import CommentFactory, PostFactory

pytestmark = pytest.mark.django_db
LIST = reverse("api-post-list")


def detail(slug):
    return reverse("api-post-detail", kwargs={"slug": slug})


def test_lists_visible_posts_newest_first_with_public_comment_counts(api_client):
    older = PostFactory(published_at=timezone.now() - timezone.timedelta(days=2))
    newer = PostFactory()
    PostFactory(status=Post.Status.DRAFT)
    PostFactory(status=Post.Status.HIDDEN)
    PostFactory(published_at=timezone.now() + timezone.timedelta(days=1))  # scheduled
    CommentFactory(post=newer)
    CommentFactory(post=newer, status=Comment.Status.REDACTED, public_body="伏せ字")
    CommentFactory(post=newer, status=Comment.Status.PENDING)
    CommentFactory(post=newer, status=Comment.Status.REJECTED)

    response = api_client.get(LIST)

    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 2
    assert [p["slug"] for p in body["results"]] == [newer.slug, older.slug]
    item = body["results"][0]
    assert set(item) == {
        "slug",
        "title",
        "body",
        "published_at",
        "comment_count",
        "url",
        "html_url",
    }
    assert item["comment_count"] == 2
    assert item["url"] == f"http://testserver{detail(newer.slug)}"
    assert item["html_url"] == f"http://testserver{newer.get_absolute_url()}"


def test_detail_and_404_for_unknown_or_hidden_posts(api_client):
    post = PostFactory()
    CommentFactory(post=post)
    draft = PostFactory(status=Post.Status.DRAFT)

    response = api_client.get(detail(post.slug))
    assert response.status_code == 200
    assert response.json()["comment_count"] == 1

    for slug in (draft.slug, "no-such-post"):
        response = api_client.get(detail(slug))
        assert response.status_code == 404
        assert response.json()["code"] == "not_found"


def test_filters_by_publication_dates_and_text(api_client):
    now = timezone.now()
    old = PostFactory(title="古い苦情", published_at=now - timezone.timedelta(days=10))
    mid = PostFactory(
        title="中間", body="回線が遅い", published_at=now - timezone.timedelta(days=5)
    )
    new = PostFactory(title="新しい苦情", published_at=now - timezone.timedelta(hours=1))

    def slugs(**params):
        response = api_client.get(LIST, params)
        assert response.status_code == 200, response.json()
        return {p["slug"] for p in response.json()["results"]}

    week_ago = (now - timezone.timedelta(days=7)).isoformat()
    two_days_ago = (now - timezone.timedelta(days=2)).isoformat()
    assert slugs(published_after=week_ago) == {mid.slug, new.slug}
    assert slugs(published_before=two_days_ago) == {old.slug, mid.slug}
    assert slugs(published_after=week_ago, published_before=two_days_ago) == {mid.slug}
    assert slugs(q="苦情") == {old.slug, new.slug}
    assert slugs(q="回線") == {mid.slug}  # body text


@pytest.mark.parametrize("value", ["yesterday", "2026-13-45", "0001-01-01T00:00:00"])
def test_bad_dates_are_400(api_client, value):
    response = api_client.get(LIST, {"published_after": value})
    assert response.status_code == 400
    assert response.json()["code"] == "invalid"
    assert "published_after" in response.json()["errors"]


@pytest.mark.parametrize("rows", [10, 1000])
def test_list_runs_constant_queries(api_client, django_assert_num_queries, rows):
    Post.objects.bulk_create(
        Post(slug=f"bulk-{i}", title=f"t{i}", body="b", published_at=timezone.now())
        for i in range(rows)
    )
    # 1 COUNT(*) for the paginator, 1 SELECT of the page with the comment-count aggregate
    with django_assert_num_queries(2):
        response = api_client.get(LIST)
    assert response.status_code == 200
    assert response.json()["count"] == rows


def test_detail_runs_two_queries(api_client, django_assert_num_queries):
    post = PostFactory()
    # 1 SELECT of the post with its comment-count aggregate, 1 of its pre-moderation
    # periods in force
    with django_assert_num_queries(2):
        assert api_client.get(detail(post.slug)).status_code == 200


def test_detail_tells_whether_replies_wait(api_client, moderator, settings):
    from comments.services import premoderation_start

    post = PostFactory()
    assert api_client.get(detail(post.slug)).json()["premoderation"] == {
        "active": False,
        "reason": None,
        "until": None,
    }
    premoderation_start(post=post, actor=moderator, note="荒れ気味", hours=5)
    state = api_client.get(detail(post.slug)).json()["premoderation"]
    assert state["active"] is True and state["reason"] == "manual" and state["until"]
    settings.COMMENTS_PREMODERATE = True
    state = api_client.get(detail(post.slug)).json()["premoderation"]
    assert (state["active"], state["reason"], state["until"]) == (True, "site", None)
    # A reply created meanwhile answers "pending".
    reply = api_client.post(
        reverse("api-post-comment-list", kwargs={"slug": post.slug}),
        {"body": "こんにちは"},
        format="json",
    )
    assert reply.status_code == 201 and reply.json()["status"] == "pending"


def test_list_answers_304_to_a_matching_etag(api_client):
    PostFactory()
    first = api_client.get(LIST)
    assert first.status_code == 200 and first["ETag"]
    again = api_client.get(LIST, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    PostFactory()  # the list changed: the old tag no longer matches
    assert api_client.get(LIST, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200

"""GET /api/v1/comments/ (the cursor-paginated feed) and POST .../{id}/report/."""

import pytest
from django.urls import reverse
from django.utils import timezone

from comments.models import Comment, Report
from posts.models import Post
from tests.factories import CommentFactory, PostFactory

pytestmark = pytest.mark.django_db
FEED = reverse("api-comment-list")


def report_url(comment):
    return reverse("api-comment-report", args=[comment.pk])


def ids(response):
    assert response.status_code == 200, response.json()
    return [c["id"] for c in response.json()["results"]]


def test_feed_lists_public_comments_newest_first(api_client, post):
    old = CommentFactory(post=post, created_at=timezone.now() - timezone.timedelta(hours=2))
    new = CommentFactory(post=post, author_name="花子")
    redacted = CommentFactory(
        post=post,
        status=Comment.Status.REDACTED,
        body="原文 090-1234-5678",
        public_body="原文 ＊＊＊",
        created_at=timezone.now() - timezone.timedelta(hours=1),
    )
    CommentFactory(post=post, status=Comment.Status.PENDING)
    CommentFactory(post=post, status=Comment.Status.REJECTED)
    CommentFactory(post=PostFactory(status=Post.Status.HIDDEN))

    response = api_client.get(FEED)

    assert ids(response) == [new.pk, redacted.pk, old.pk]
    first = response.json()["results"][0]
    assert set(first) == {
        "id",
        "post",
        "parent",
        "depth",
        "author_name",
        "body",
        "status",
        "created_at",
        "html_url",
    }
    assert first["post"] == post.slug and first["author_name"] == "花子"
    assert response.json()["results"][1]["body"] == "原文 ＊＊＊"
    assert "090-1234-5678" not in response.content.decode()


def test_feed_filters(api_client, post, other_post):
    now = timezone.now()
    a = CommentFactory(post=post, author_name="A", created_at=now - timezone.timedelta(days=3))
    b = CommentFactory(post=post, author_name="B", created_at=now - timezone.timedelta(days=1))
    c = CommentFactory(post=other_post, author_name="A", created_at=now)

    assert ids(api_client.get(FEED, {"post": post.slug})) == [b.pk, a.pk]
    assert ids(api_client.get(FEED, {"author_name": "A"})) == [c.pk, a.pk]
    since = (now - timezone.timedelta(days=2)).isoformat()
    assert ids(api_client.get(FEED, {"since": since})) == [c.pk, b.pk]
    assert ids(api_client.get(FEED, {"until": since})) == [a.pk]
    assert ids(api_client.get(FEED, {"post": "no-such-post"})) == []


def test_cursor_pages_stay_stable_while_new_comments_arrive(api_client, post, make_comments):
    rows = make_comments(post, 25)
    expected = [c.pk for c in reversed(rows)]

    page1 = api_client.get(FEED, {"page_size": 10}).json()
    seen = [c["id"] for c in page1["results"]]
    assert seen == expected[:10] and page1["previous"] is None

    # New comments arrive between the page fetches (also some with the same timestamp).
    CommentFactory.create_batch(5, post=post)
    same_time = CommentFactory(post=post, created_at=rows[-1].created_at)

    url = page1["next"]
    while url:
        page = api_client.get(url).json()
        seen += [c["id"] for c in page["results"]]
        url = page["next"]

    assert seen == expected  # no duplicates, no gaps, nothing new mixed in
    newest = ids(api_client.get(FEED, {"page_size": 10}))
    assert same_time.pk in newest


def test_a_bad_cursor_is_404_and_a_forged_position_is_400_not_500(api_client):
    response = api_client.get(FEED, {"cursor": "garbage"})
    assert response.status_code == 404 and response.json()["code"] == "not_found"
    import base64

    forged = base64.b64encode(b"p=not-a-date").decode()
    response = api_client.get(FEED, {"cursor": forged})
    assert response.status_code == 400


@pytest.mark.parametrize("rows", [10, 1000])
def test_feed_runs_constant_queries(
    api_client, post, make_comments, rows, django_assert_num_queries
):
    make_comments(post, rows)
    # 1 SELECT of the page (+1 row to know whether there is a next page) joining the post;
    # cursor pagination needs no COUNT
    with django_assert_num_queries(1):
        response = api_client.get(FEED)
    assert len(response.json()["results"]) == min(rows, 50)


def test_feed_answers_304_to_a_matching_etag(api_client, post):
    CommentFactory(post=post)
    etag = api_client.get(FEED)["ETag"]
    assert api_client.get(FEED, HTTP_IF_NONE_MATCH=etag).status_code == 304


# --- Reports ------------------------------------------------------------------------------
def test_reporting_a_public_comment(api_client, post):
    comment = CommentFactory(post=post)
    response = api_client.post(
        report_url(comment), {"reason": "harassment", "note": "ひどい"}, format="json"
    )
    assert response.status_code == 202
    assert response.json()["code"] == "reported"
    report = Report.objects.get()
    assert report.comment == comment and report.client_hash


def test_reporting_twice_is_429(api_client, post):
    comment = CommentFactory(post=post)
    api_client.post(report_url(comment), {"reason": "spam"}, format="json")
    response = api_client.post(report_url(comment), {"reason": "spam"}, format="json")
    assert response.status_code == 429 and response.json()["code"] == "throttled"


def test_reporting_hidden_or_unknown_comments_is_404(api_client, post):
    held = CommentFactory(post=post, status=Comment.Status.PENDING)
    for pk in (held.pk, 10**9, 9_999_999_999_999_999_999):
        response = api_client.post(
            reverse("api-comment-report", args=[pk]), {"reason": "spam"}, format="json"
        )
        assert response.status_code == 404, pk


def test_a_bad_report_reason_is_400(api_client, post):
    comment = CommentFactory(post=post)
    response = api_client.post(report_url(comment), {"reason": "boring"}, format="json")
    assert response.status_code == 400 and "reason" in response.json()["errors"]


def test_reporters_are_never_exposed_publicly(api_client, as_user, post, reader):
    comment = CommentFactory(post=post)
    as_user(reader).post(report_url(comment), {"reason": "spam"}, format="json")
    as_user(None)
    for url in (FEED, reverse("api-post-comment-list", kwargs={"slug": post.slug})):
        text = api_client.get(url).content.decode()
        assert "reader" not in text and "report" not in text
    assert Report.objects.filter(comment=comment, reporter=reader).exists()

"""GET and POST /api/v1/posts/{slug}/comments/: the public thread and replying to it."""

import threading
from unittest import mock

import pytest
from django.conf import settings
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from comments import idempotency
from comments.models import Comment, IdempotencyKey, ModerationAction
from comments.services import comment_reject, comment_submit
from posts.models import Post
from tests.factories import CommentFactory, PostFactory

pytestmark = pytest.mark.django_db
CLEAN = "サポートの対応が遅すぎます。改善してほしい。"
PHONE = "電話番号は090-1234-5678です"


def thread_url(post):
    return reverse("api-post-comment-list", kwargs={"slug": post.slug})


def test_thread_in_display_order_with_placeholders_and_public_text(api_client, post, moderator):
    root = CommentFactory(post=post, author_name="太郎")
    reply = CommentFactory(post=post, parent=root)
    held = CommentFactory(post=post, status=Comment.Status.PENDING, body="保留中の本文")
    held_reply = CommentFactory(post=post, parent=held, body="保留への返信")
    rejected = CommentFactory(post=post, status=Comment.Status.PENDING, body="却下される本文")
    comment_reject(comment_id=rejected.pk, version=1, actor=moderator, reason_code="spam")
    CommentFactory(post=post, parent=rejected)
    lonely_held = CommentFactory(post=post, status=Comment.Status.PENDING)
    redacted = CommentFactory(
        post=post, status=Comment.Status.REDACTED, body="番号は090", public_body="番号は＊＊＊"
    )

    response = api_client.get(thread_url(post))

    assert response.status_code == 200
    items = response.json()["results"]
    by_id = {i["id"]: i for i in items}
    assert [i["id"] for i in items][:2] == [root.pk, reply.pk]
    assert lonely_held.pk not in by_id  # held and nothing below it: absent
    assert set(by_id[root.pk]) == {
        "id",
        "parent",
        "depth",
        "author_name",
        "body",
        "status",
        "placeholder",
        "created_at",
    }
    assert by_id[reply.pk]["parent"] == root.pk and by_id[reply.pk]["depth"] == 1
    assert by_id[root.pk]["author_name"] == "太郎"
    # A held parent kept for its visible reply: placeholder text, status pending.
    assert by_id[held.pk]["status"] == "pending" and by_id[held.pk]["placeholder"] is True
    assert by_id[held.pk]["body"] == "このコメントは確認中です"
    assert by_id[held.pk]["author_name"] == ""
    assert by_id[held_reply.pk]["body"] == "保留への返信"
    assert by_id[rejected.pk]["status"] == "rejected"
    assert by_id[rejected.pk]["body"] == "このコメントは削除されました"
    assert by_id[redacted.pk]["body"] == "番号は＊＊＊"
    assert "保留中の本文" not in response.content.decode()
    assert "却下される本文" not in response.content.decode()


def test_thread_of_unknown_or_hidden_post_is_404(api_client):
    hidden = PostFactory(status=Post.Status.HIDDEN)
    for slug in ("nope", hidden.slug):
        response = api_client.get(reverse("api-post-comment-list", kwargs={"slug": slug}))
        assert response.status_code == 404
        assert response.json()["code"] == "not_found"


def test_thread_is_page_number_paginated(api_client, post, make_comments):
    make_comments(post, 7)
    response = api_client.get(thread_url(post), {"page_size": 5})
    body = response.json()
    assert body["count"] == 7 and len(body["results"]) == 5 and body["next"]
    assert len(api_client.get(body["next"]).json()["results"]) == 2
    assert api_client.get(thread_url(post), {"page": 9}).status_code == 404


def test_a_page_holds_top_level_comments_with_their_whole_subtrees(api_client, post):
    roots = [CommentFactory(post=post) for _ in range(3)]
    for root in roots:
        CommentFactory(post=post, parent=CommentFactory(post=post, parent=root))
    body = api_client.get(thread_url(post), {"page_size": 2}).json()
    assert body["count"] == 3  # top-level comments
    assert len(body["results"]) == 6  # two roots, each with a reply and a reply to it
    assert [r["depth"] for r in body["results"]] == [0, 1, 2, 0, 1, 2]
    assert len(api_client.get(body["next"]).json()["results"]) == 3


@pytest.mark.parametrize("rows", [10, 1000])
def test_thread_runs_constant_queries(
    api_client, post, make_comments, rows, django_assert_num_queries
):
    make_comments(post, rows)
    # 1 SELECT of the visible post by slug, 1 count of top-level and public comments,
    # 1 SELECT of the page's rows (one path range, paged in SQL)
    with django_assert_num_queries(3):
        response = api_client.get(thread_url(post))
    assert response.json()["count"] == rows


def test_thread_answers_304_to_a_matching_etag(api_client, post):
    CommentFactory(post=post)
    etag = api_client.get(thread_url(post))["ETag"]
    assert api_client.get(thread_url(post), HTTP_IF_NONE_MATCH=etag).status_code == 304


# --- POST ---------------------------------------------------------------------------------
def test_a_clean_reply_is_published_and_returned(api_client, post):
    response = api_client.post(
        thread_url(post), {"body": CLEAN, "author_name": "花子"}, format="json"
    )

    assert response.status_code == 201
    body = response.json()
    comment = Comment.objects.get()
    assert body["id"] == comment.pk
    assert body["status"] == "published" and body["body"] == CLEAN
    assert body["author_name"] == "花子" and body["parent"] is None and body["depth"] == 0
    assert comment.client_hash and "127.0.0.1" not in comment.client_hash


def test_a_held_reply_answers_pending_without_echoing_the_text(api_client, post):
    response = api_client.post(thread_url(post), {"body": PHONE}, format="json")

    assert response.status_code == 201
    assert response.json()["status"] == "pending"
    assert response.json()["body"] == ""
    assert response.json()["author_name"] == "匿名"
    assert Comment.objects.get().body == PHONE


def test_replies_attach_to_their_parent(api_client, post):
    parent = CommentFactory(post=post)
    response = api_client.post(
        thread_url(post), {"body": CLEAN, "parent": parent.pk}, format="json"
    )
    assert response.status_code == 201
    assert response.json()["parent"] == parent.pk and response.json()["depth"] == 1


def test_a_signed_in_author_is_recorded(as_user, post, reader):
    response = as_user(reader).post(thread_url(post), {"body": CLEAN}, format="json")
    assert response.status_code == 201
    assert response.json()["author_name"] == "reader"
    assert Comment.objects.get().author == reader


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"body": ""}, "body"),
        ({"body": "   "}, "body"),
        ({}, "body"),
        ({"body": "x" * 5001}, "body"),
        ({"body": "a\x00b"}, "body"),
        ({"body": "a\x07b"}, "body"),
        ({"body": CLEAN, "author_name": "n" * 51}, "author_name"),
        ({"body": CLEAN, "parent": 10**9}, "parent"),
        ({"body": CLEAN, "parent": "abc"}, "parent"),
        ({"body": CLEAN, "parent": 10**30}, "parent"),
        ({"body": CLEAN, "parent": -1}, "parent"),
        ({"body": ["a", "b"]}, "body"),
        ({"body": {"x": 1}}, "body"),
    ],
)
def test_bad_replies_are_400_with_per_field_messages(api_client, post, payload, field):
    response = api_client.post(thread_url(post), payload, format="json")
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid" and body["detail"]
    assert field in body["errors"] and all(isinstance(m, str) for m in body["errors"][field])
    assert not Comment.objects.exists()


def test_the_services_messages_reach_the_client(api_client, post):
    response = api_client.post(thread_url(post), {"body": ""}, format="json")
    assert response.json() == {
        "detail": "入力内容に誤りがあります。",
        "code": "invalid",
        "errors": {"body": ["本文を入力してください。"]},
    }


def test_replies_to_hidden_or_foreign_comments_are_refused(api_client, post, other_post):
    held = CommentFactory(post=post, status=Comment.Status.PENDING)
    foreign = CommentFactory(post=other_post)
    for parent in (held, foreign):
        response = api_client.post(
            thread_url(post), {"body": CLEAN, "parent": parent.pk}, format="json"
        )
        assert response.status_code == 400
        assert "parent" in response.json()["errors"]


def test_posting_to_an_unknown_post_is_404(api_client):
    response = api_client.post(
        reverse("api-post-comment-list", kwargs={"slug": "nope"}), {"body": CLEAN}, format="json"
    )
    assert response.status_code == 404


def test_malformed_json_is_400(api_client, post):
    response = api_client.post(thread_url(post), data='{"body": ', content_type="application/json")
    assert response.status_code == 400
    assert response.json()["code"] == "parse_error"


# --- Idempotency --------------------------------------------------------------------------
def test_a_retry_with_the_same_key_replays_the_first_answer(api_client, post):
    payload = {"body": CLEAN, "author_name": "花子"}
    first = api_client.post(thread_url(post), payload, format="json", HTTP_IDEMPOTENCY_KEY="k-1")
    again = api_client.post(thread_url(post), payload, format="json", HTTP_IDEMPOTENCY_KEY="k-1")

    assert first.status_code == again.status_code == 201
    assert first.json() == again.json()
    assert again["Idempotent-Replayed"] == "true"
    assert Comment.objects.count() == 1
    assert ModerationAction.objects.filter(action="publish").count() == 1
    key = IdempotencyKey.objects.get()
    assert key.comment_id == first.json()["id"] and key.scope.startswith("client:")
    assert "127.0.0.1" not in key.scope


def test_a_held_reply_is_replayed_without_its_text(api_client, post):
    for _ in range(2):
        response = api_client.post(
            thread_url(post), {"body": PHONE}, format="json", HTTP_IDEMPOTENCY_KEY="held"
        )
        assert response.status_code == 201 and response.json()["body"] == ""
    assert Comment.objects.count() == 1
    assert PHONE not in str(IdempotencyKey.objects.get().response_body)


def test_a_replay_after_moderation_shows_only_what_readers_see_now(api_client, post, moderator):
    payload = {"body": CLEAN}
    first = api_client.post(thread_url(post), payload, format="json", HTTP_IDEMPOTENCY_KEY="m")
    comment_reject(
        comment_id=first.json()["id"], version=1, actor=moderator, reason_code="off_topic"
    )

    again = api_client.post(thread_url(post), payload, format="json", HTTP_IDEMPOTENCY_KEY="m")

    assert again.status_code == 201 and again.json()["id"] == first.json()["id"]
    assert again.json()["body"] == "" and again.json()["status"] == "rejected"
    assert Comment.objects.count() == 1


def test_forgetting_a_purged_comment_drops_its_stored_text(api_client, post):
    first = api_client.post(
        thread_url(post), {"body": CLEAN}, format="json", HTTP_IDEMPOTENCY_KEY="p"
    )
    idempotency.idempotency_forget_comment(comment_id=first.json()["id"])
    assert CLEAN not in str(IdempotencyKey.objects.get().response_body)


def test_an_expired_key_starts_a_new_request(api_client, post):
    api_client.post(thread_url(post), {"body": CLEAN}, format="json", HTTP_IDEMPOTENCY_KEY="old")
    IdempotencyKey.objects.update(created_at=timezone.now() - idempotency.KEY_TTL * 2)
    response = api_client.post(
        thread_url(post), {"body": CLEAN}, format="json", HTTP_IDEMPOTENCY_KEY="old"
    )
    assert response.status_code == 201 and "Idempotent-Replayed" not in response
    assert Comment.objects.count() == 2 and IdempotencyKey.objects.count() == 1
    assert idempotency.idempotency_keys_expire(before=timezone.now() + idempotency.KEY_TTL) == 1


def test_an_omitted_field_and_null_are_the_same_payload(api_client, post):
    url = thread_url(post)
    api_client.post(url, {"body": CLEAN}, format="json", HTTP_IDEMPOTENCY_KEY="n")
    again = api_client.post(
        url,
        {"body": CLEAN, "parent": None, "author_name": None},
        format="json",
        HTTP_IDEMPOTENCY_KEY="n",
    )
    assert again.status_code == 201 and again["Idempotent-Replayed"] == "true"


def test_the_same_key_with_another_payload_is_422(api_client, post):
    api_client.post(thread_url(post), {"body": CLEAN}, format="json", HTTP_IDEMPOTENCY_KEY="k")
    response = api_client.post(
        thread_url(post), {"body": CLEAN + "!"}, format="json", HTTP_IDEMPOTENCY_KEY="k"
    )
    assert response.status_code == 422
    assert response.json()["code"] == "idempotency_key_reused"
    assert Comment.objects.count() == 1


def test_keys_are_scoped_per_user(as_user, post, reader, moderator):
    for user in (reader, moderator):
        response = as_user(user).post(
            thread_url(post), {"body": CLEAN}, format="json", HTTP_IDEMPOTENCY_KEY="same"
        )
        assert response.status_code == 201
    assert Comment.objects.count() == 2
    assert set(IdempotencyKey.objects.values_list("scope", flat=True)) == {
        f"user:{reader.pk}",
        f"user:{moderator.pk}",
    }


def test_a_refused_request_stores_no_key(api_client, post):
    response = api_client.post(
        thread_url(post), {"body": ""}, format="json", HTTP_IDEMPOTENCY_KEY="fix-me"
    )
    assert response.status_code == 400
    assert not IdempotencyKey.objects.exists()
    response = api_client.post(
        thread_url(post), {"body": CLEAN}, format="json", HTTP_IDEMPOTENCY_KEY="fix-me"
    )
    assert response.status_code == 201


@pytest.mark.parametrize("key", ["", "x" * 256, "スペース"])
def test_malformed_keys_are_400(api_client, post, key):
    response = api_client.post(
        thread_url(post), {"body": CLEAN}, format="json", HTTP_IDEMPOTENCY_KEY=key
    )
    assert response.status_code == 400
    assert "Idempotency-Key" in response.json()["errors"]


def test_a_key_claimed_by_a_concurrent_request_replays_its_result(post):
    """The race: another request commits the same key between our lookup and our INSERT.

    Our claim INSERT then hits the unique constraint (inside a savepoint); we create
    nothing and replay the stored answer instead.
    """
    winner = comment_submit(post=post, body=CLEAN)
    fingerprint = idempotency.request_fingerprint(method="POST", path="/x", payload={"b": 1})
    created = []

    real_lookup = idempotency._lookup

    class LookupThatLosesTheRace:
        def first(self):
            IdempotencyKey.objects.create(
                scope="client:abc",
                key="race",
                fingerprint=fingerprint,
                response_status=201,
                response_body={"id": winner.pk, "body": winner.public_body},
                comment=winner,
            )
            return None  # our lookup ran just before the other request committed

    lookups = iter([LookupThatLosesTheRace()])
    with mock.patch.object(
        idempotency, "_lookup", side_effect=lambda **kw: next(lookups, None) or real_lookup(**kw)
    ):
        outcome = idempotency.idempotent_create(
            scope="client:abc",
            key="race",
            fingerprint=fingerprint,
            create=lambda: created.append(1) or (201, {"id": -1}, None),
        )
    assert outcome == idempotency.Outcome(
        201, {"id": winner.pk, "body": winner.public_body}, replayed=True
    )
    assert created == []
    assert IdempotencyKey.objects.count() == 1


# --- Throttling ---------------------------------------------------------------------------
def test_anonymous_posting_is_throttled_with_retry_after(api_client, post, rates):
    rates(anon_comment="2/min")
    for _ in range(2):
        assert api_client.post(thread_url(post), {"body": CLEAN}, format="json").status_code == 201
    response = api_client.post(thread_url(post), {"body": CLEAN}, format="json")
    assert response.status_code == 429
    assert response.json()["code"] == "throttled"
    assert int(response["Retry-After"]) > 0
    assert Comment.objects.count() == 2
    # Reading is never throttled.
    assert api_client.get(thread_url(post)).status_code == 200


def test_signed_in_users_have_their_own_rate(as_user, post, reader, rates):
    rates(anon_comment="1/min", user_comment="3/min")
    client = as_user(reader)
    codes = [
        client.post(thread_url(post), {"body": CLEAN}, format="json").status_code for _ in range(4)
    ]
    assert codes == [201, 201, 201, 429]


@pytest.mark.skipif(
    "postgresql" not in settings.DATABASES["default"]["ENGINE"],
    reason="needs real concurrent transactions (PostgreSQL); SQLite's in-memory test "
    "database serialises writers by locking the whole table",
)
@pytest.mark.django_db(transaction=True)
def test_two_concurrent_retries_create_one_comment(post):
    """Two retries in flight at once, both past the fast lookup: the second INSERT of the
    claim waits for the first transaction, fails on the unique constraint, and replays."""
    barrier, answers = threading.Barrier(2), []

    real_lookup = idempotency._lookup

    class Missed:
        def first(self):
            barrier.wait(timeout=10)  # both requests are here before either claims the key
            return None

    missed = set()

    def lookup(**kwargs):
        # The fast lookup (the first per request) misses; the replay's lookup is real.
        if threading.current_thread() in missed:
            return real_lookup(**kwargs)
        missed.add(threading.current_thread())
        return Missed()

    def retry():
        try:
            response = APIClient().post(
                thread_url(post), {"body": CLEAN}, format="json", HTTP_IDEMPOTENCY_KEY="twice"
            )
            answers.append((response.status_code, response.json()))
        finally:
            connection.close()

    with (
        mock.patch.object(idempotency, "_lookup", side_effect=lookup),
        mock.patch.object(idempotency, "_replay", wraps=idempotency._replay) as replayed,
    ):
        threads = [threading.Thread(target=retry) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)

    assert [status for status, _body in answers] == [201, 201]
    assert answers[0][1] == answers[1][1]
    assert Comment.objects.count() == 1 and IdempotencyKey.objects.count() == 1
    assert replayed.call_count == 1  # the loser replayed after its INSERT failed

"""The sanctions API and its enforcement on the reply endpoint."""

import pytest
from django.urls import reverse

from comments.client import client_hash
from comments.models import Comment, ModerationAction, Sanction
from tests.factories import CommentFactory

pytestmark = pytest.mark.django_db
LIST = reverse("api-sanction-list")


def sanction_url(comment):
    return reverse("api-moderation-comment-sanction", args=[comment.pk])


def thread_url(post):
    return reverse("api-post-comment-list", kwargs={"slug": post.slug})


@pytest.fixture
def anon(post):
    # The API test client connects from 127.0.0.1.
    return CommentFactory(post=post, client_hash=client_hash("127.0.0.1"))


def test_sanction_then_replies_are_refused_with_403(as_user, moderator, anon, post, api_client):
    response = as_user(moderator).post(
        sanction_url(anon), {"kind": "suspend", "days": 2, "reason": "連投"}, format="json"
    )
    assert response.status_code == 201
    body = response.json()
    assert body["kind"] == "suspend" and body["anonymous"] is True and body["active"] is True
    assert "client_hash" not in body
    api_client.logout()
    api_client.force_authenticate(None)
    reply = api_client.post(thread_url(post), {"body": "またです"}, format="json")
    assert reply.status_code == 403
    assert reply.json()["code"] == "author_suspended" and reply.json()["until"]
    assert Comment.objects.count() == 1


def test_premoderate_makes_replies_pending(as_user, moderator, anon, post, api_client):
    as_user(moderator).post(
        sanction_url(anon), {"kind": "premoderate", "reason": "要注意"}, format="json"
    )
    api_client.force_authenticate(None)
    reply = api_client.post(thread_url(post), {"body": "普通の感想"}, format="json")
    assert reply.status_code == 201 and reply.json()["status"] == "pending"


@pytest.mark.parametrize(
    "payload",
    [
        {"kind": "mute", "reason": "x"},
        {"kind": "suspend", "days": -1, "reason": "x"},
        {"kind": "suspend", "reason": "x"},
        {"kind": "ban", "days": "many", "reason": "x"},
        {"kind": "ban"},
        {"kind": "ban", "reason": "x\u0000"},
    ],
)
def test_bad_input_is_400_and_stores_nothing(as_user, moderator, anon, payload):
    response = as_user(moderator).post(sanction_url(anon), payload, format="json")
    assert response.status_code == 400 and response.json()["code"] == "invalid"
    assert not Sanction.objects.exists()


def test_sanctioning_a_purged_comment_is_400(as_user, senior_moderator, anon):
    Comment.objects.filter(pk=anon.pk).update(status="purged", body="", public_body="")
    response = as_user(senior_moderator).post(
        sanction_url(anon), {"kind": "ban", "reason": "x"}, format="json"
    )
    assert response.status_code == 400 and "comment" in response.json()["errors"]


def test_list_and_lift(as_user, moderator, anon):
    client = as_user(moderator)
    made = client.post(sanction_url(anon), {"kind": "ban", "reason": "脅迫"}, format="json").json()
    listing = client.get(LIST, {"active": "true"}).json()
    assert [s["id"] for s in listing["results"]] == [made["id"]]
    lift = reverse("api-sanction-lift", args=[made["id"]])
    assert client.post(lift, {}, format="json").status_code == 400  # a reason is required
    lifted = client.post(lift, {"reason": "誤判定"}, format="json")
    assert lifted.status_code == 200 and lifted.json()["active"] is False
    assert client.get(LIST, {"active": "true"}).json()["results"] == []
    assert client.post(lift, {"reason": "再度"}, format="json").status_code == 400
    assert ModerationAction.objects.filter(action="sanction_lift").count() == 1


def test_only_moderators(as_user, anon):
    from tests.factories import UserFactory

    client = as_user(UserFactory())
    assert client.post(sanction_url(anon), {"kind": "ban", "reason": "x"}).status_code == 403
    assert client.get(LIST).status_code == 403

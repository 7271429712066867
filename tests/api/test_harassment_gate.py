"""The API refuses to publish open harassment: 422 unresolved_harassment with the ids."""

import pytest
from django.urls import reverse

from comments.models import Comment, ModerationAction
from tests.factories import CommentFactory, FindingFactory

pytestmark = pytest.mark.django_db
BODY = "オペレーターの佐藤は死ね"


def decide(name, comment_id):
    return reverse(f"api-moderation-comment-{name}", args=[comment_id])


@pytest.fixture
def held(post):
    c = CommentFactory(post=post, body=BODY, status=Comment.Status.PENDING)
    FindingFactory(comment=c, kind="personal", category="PERSON", start=7, end=9)
    c.wish = FindingFactory(comment=c, kind="harassment", category="DEATH_WISH", start=10, end=12)
    return c


@pytest.mark.parametrize("name", ["approve", "redact"])
def test_publishing_open_harassment_is_422(as_user, moderator, held, name):
    client = as_user(moderator)
    response = client.post(decide(name, held.pk), {"version": 1}, format="json")
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "unresolved_harassment" and body["findings"] == [held.wish.pk]
    assert Comment.objects.get(pk=held.pk).status == "pending"
    assert not ModerationAction.objects.filter(comment=held).exists()


def test_masking_the_words_publishes(as_user, moderator, held):
    spans = [
        {"start": 7, "end": 9, "category": "PERSON"},
        {"start": 10, "end": 12, "category": "DEATH_WISH"},
    ]
    response = as_user(moderator).post(
        decide("redact", held.pk), {"version": 1, "spans": spans}, format="json"
    )
    assert response.status_code == 200
    assert response.json()["public_body"] == "オペレーターの〔氏名〕は〔不適切な表現〕"


def test_dismissing_publishes_and_is_logged(as_user, moderator, held):
    response = as_user(moderator).post(
        decide("approve", held.pk),
        {"version": 1, "dismiss": [held.wish.pk], "dismiss_note": "作品の台詞の引用"},
        format="json",
    )
    assert response.status_code == 200 and response.json()["status"] == "published"
    assert ModerationAction.objects.filter(comment=held, action="override").count() == 1


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"dismiss": [1]}, "dismiss_note"),  # no reason given
        ({"dismiss": ["x"], "dismiss_note": "n"}, "dismiss"),
        ({"dismiss": [0], "dismiss_note": "n"}, "dismiss"),
        ({"dismiss": "12", "dismiss_note": "n"}, "dismiss"),
        ({"dismiss": [999999], "dismiss_note": "n"}, "dismiss"),  # not this comment's
    ],
)
def test_bad_dismissals_are_400(as_user, moderator, held, payload, field):
    if payload.get("dismiss") == [1]:
        payload = {**payload, "dismiss": [held.wish.pk]}
    response = as_user(moderator).post(
        decide("approve", held.pk), {"version": 1, **payload}, format="json"
    )
    assert response.status_code == 400, response.json()
    assert field in response.json()["errors"]
    assert Comment.objects.get(pk=held.pk).status == "pending"

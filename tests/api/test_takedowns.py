"""The takedowns API: a public request (201 with reference and deadline, 400 per field
with nothing stored, throttled per client), the handlers' queue with filters, inquire and
decide with the 409 version rule, permissions, and the transparency report."""

from __future__ import annotations

import pytest
from django.core import mail

from comments.models import Comment
from takedowns.models import TakedownRequest
from tests.takedowns.fixtures import request_for

pytestmark = pytest.mark.django_db
URL = "/api/v1/takedown-requests/"
QUEUE = "/api/v1/moderation/takedown-requests/"


def body(comment, **fields):
    data = {
        "targets": [{"comment": comment.pk}],
        "requester_name": "山田 太郎",
        "email": "taro@example.jp",
        "right": "privacy",
        "explanation": "私の勤務先と実名が推測できる書き込みです。",
        "passage": "態度も悪かった",
    }
    data.update(fields)
    return data


def test_a_request_is_created_and_acknowledged(
    api_client, authored, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = api_client.post(URL, body(authored), format="json")
    assert response.status_code == 201, response.json()
    data = response.json()
    assert set(data) == {"reference", "deadline"}
    req = TakedownRequest.objects.get(reference=data["reference"])
    assert req.right == "privacy" and req.relationship == "self" and req.declared
    assert [m.to for m in mail.outbox] == [["taro@example.jp"]]


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"targets": []}, "targets"),
        ({"targets": [{"comment": 999999}]}, "targets"),
        ({"targets": [{"comment": 1, "post": "x"}]}, "targets"),
        ({"targets": "all"}, "targets"),
        ({"email": "nope"}, "email"),
        ({"right": "copyright"}, "right"),
        ({"requester_name": ""}, "requester_name"),
        ({"explanation": ""}, "explanation"),
        ({"declared": False}, "declared"),
        ({"relationship": "friend"}, "relationship"),
    ],
)
def test_bad_input_is_400_per_field_and_stores_nothing(api_client, authored, fields, field):
    response = api_client.post(URL, body(authored, **fields), format="json")
    assert response.status_code == 400
    data = response.json()
    assert data["code"] == "invalid" and field in data["errors"], data
    assert not TakedownRequest.objects.exists() and mail.outbox == []


def test_malformed_bodies_are_400(api_client):
    response = api_client.post(URL, "{", content_type="application/json")
    assert response.status_code == 400 and response.json()["code"] == "parse_error"
    assert api_client.post(URL, [], format="json").status_code == 400


def test_requests_are_throttled_per_client(api_client, authored, rates):
    rates(takedown_request="2/hour")
    codes = [api_client.post(URL, body(authored), format="json").status_code for _ in range(3)]
    assert codes == [201, 201, 429]
    assert TakedownRequest.objects.count() == 2


def test_the_queue_is_for_handlers_only(api_client, as_user, moderator, handler):
    assert api_client.get(QUEUE).status_code == 401
    assert as_user(moderator).get(QUEUE).status_code == 403
    assert as_user(handler).get(QUEUE).status_code == 200


def test_the_queue_is_ordered_by_deadline_and_filtered(clock, as_user, handler, authored, settings):
    late = request_for(authored)
    settings.TAKEDOWNS_DEADLINE_DAYS = 2
    early = request_for(authored)
    client = as_user(handler)
    refs = [r["reference"] for r in client.get(QUEUE).json()["results"]]
    assert refs == [early.reference, late.reference]
    clock.advance(days=3)
    overdue = client.get(QUEUE, {"overdue": "true"}).json()["results"]
    assert [(r["reference"], r["overdue"]) for r in overdue] == [(early.reference, True)]
    assert client.get(QUEUE, {"state": "decided"}).json()["count"] == 0
    assert client.get(QUEUE, {"state": "bogus"}).status_code == 400
    assert "private" in client.get(QUEUE)["Cache-Control"]


def test_inquire_then_decide_with_the_version_rule(
    clock, as_user, handler, authored, django_capture_on_commit_callbacks
):
    req = request_for(authored)
    client = as_user(handler)
    url = f"{QUEUE}{req.reference}/"
    with django_capture_on_commit_callbacks(execute=True):
        inquired = client.post(f"{url}inquire-author/", {"version": 1}, format="json")
    assert inquired.status_code == 200, inquired.json()
    assert inquired.json()["state"] == "author_inquired"
    assert inquired.json()["inquiries"][0]["channel"] == "email"
    stale = client.post(f"{url}inquire-author/", {"version": 1}, format="json")
    assert stale.status_code == 409
    assert stale.json()["code"] == "conflict" and stale.json()["current_version"] == 2
    early = client.post(
        f"{url}decide/", {"version": 2, "outcome": "remove", "reason": "r"}, format="json"
    )
    assert early.status_code == 409 and early.json()["code"] == "inquiry_pending"
    clock.advance(days=7, minutes=1)
    decided = client.post(
        f"{url}decide/",
        {"version": 2, "outcome": "remove", "reason": "異議がありませんでした"},
        format="json",
    )
    assert decided.status_code == 200, decided.json()
    assert decided.json()["outcome"] == "remove" and decided.json()["state"] == "decided"
    assert Comment.objects.get(pk=authored.pk).status == "rejected"
    again = client.post(
        f"{url}decide/", {"version": 3, "outcome": "keep", "reason": "r"}, format="json"
    )
    assert again.status_code == 409 and again.json()["code"] == "invalid_transition"


def test_decide_redacts_given_spans(as_user, handler, authored):
    req = request_for(authored)
    response = as_user(handler).post(
        f"{QUEUE}{req.reference}/decide/",
        {
            "version": 1,
            "outcome": "redact",
            "reason": "店長の部分のみ",
            "spans": [{"comment": authored.pk, "start": 3, "end": 5}],
        },
        format="json",
    )
    assert response.status_code == 200, response.json()
    assert Comment.objects.get(pk=authored.pk).public_body.startswith("この店〔不適切な表現〕")


@pytest.mark.parametrize(
    "payload",
    [
        {"outcome": "remove", "reason": "r"},
        {"version": 1, "outcome": "erase", "reason": "r"},
        {"version": 1, "outcome": "remove", "reason": ""},
        {
            "version": 1,
            "outcome": "redact",
            "reason": "r",
            "spans": [{"comment": 1, "start": 0, "end": 999}],
        },
    ],
)
def test_bad_decisions_are_400(as_user, handler, authored, payload):
    req = request_for(authored)
    response = as_user(handler).post(f"{QUEUE}{req.reference}/decide/", payload, format="json")
    assert response.status_code == 400, response.json()
    assert TakedownRequest.objects.get(pk=req.pk).state == "received"


def test_unknown_references_are_404(as_user, handler):
    client = as_user(handler)
    assert client.get(f"{QUEUE}TD-AAAA-BBBB/").status_code == 404
    assert client.post(f"{QUEUE}nope/decide/", {}, format="json").status_code == 404


def test_transparency_json(api_client, as_user, authored, handler):
    req = request_for(authored)
    as_user(handler).post(
        f"{QUEUE}{req.reference}/decide/",
        {"version": 1, "outcome": "remove", "reason": "r"},
        format="json",
    )
    data = api_client.get("/api/v1/transparency/").json()
    assert len(data["months"]) == 12
    current = data["months"][-1]
    assert current["requests_received"] == 1 and current["removed_on_request"] == 1
    assert current["outcomes"] == {"remove": 1, "redact": 0, "keep": 0}
    assert current["decided_within_deadline"] == 1
    assert current["comments_posted"] == 1
    assert {r["right"]: r["count"] for r in data["requests_by_right"]}["defamation"] == 1

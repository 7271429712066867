"""POST /api/v1/check/: the author's self-check. Same scanner and limits as posting;
nothing stored, nothing cached."""

import pytest
from django.urls import reverse

from comments.models import Comment, ModerationAction

pytestmark = pytest.mark.django_db
CHECK = reverse("api-check")


def test_a_clean_draft(api_client):
    response = api_client.post(CHECK, {"body": "対応が遅いと思います"}, format="json")
    assert response.status_code == 200
    assert response.json() == {"risk": "publish", "findings": [], "masked": "対応が遅いと思います"}
    assert "no-store" in response["Cache-Control"]


def test_personal_data_is_found_labelled_and_masked(api_client):
    body = "  担当の携帯は090-1234-5678です  "
    data = api_client.post(CHECK, {"body": body}, format="json").json()
    assert data["risk"] == "hold"
    [f] = data["findings"]
    assert (f["category"], f["label"]) == ("PHONE", "電話番号")
    # Offsets refer to the draft as it would be stored (trimmed).
    assert body.strip()[f["start"] : f["end"]] == "090-1234-5678"
    assert data["masked"] == "担当の携帯は〔電話番号〕です"
    assert not Comment.objects.exists() and not ModerationAction.objects.exists()


def test_harassment_is_reported_but_not_masked_for_the_author(api_client):
    data = api_client.post(CHECK, {"body": "ブログ主は死ね"}, format="json").json()
    assert data["risk"] == "hold"
    assert {f["category"] for f in data["findings"]} == {"DEATH_WISH"}
    assert data["masked"] == "ブログ主は死ね"


@pytest.mark.parametrize("payload", [{}, {"body": ""}, {"body": "   "}, {"body": "a\u0000b"}])
def test_bad_input_is_400(api_client, payload):
    response = api_client.post(CHECK, payload, format="json")
    assert response.status_code == 400 and response.json()["code"] == "invalid"


def test_too_long_is_400(api_client, settings):
    response = api_client.post(
        CHECK, {"body": "あ" * (settings.COMMENTS_MAX_LENGTH + 1)}, format="json"
    )
    assert response.status_code == 400 and "body" in response.json()["errors"]


def test_throttled(api_client, rates):
    rates(comment_check="2/min")
    for _ in range(2):
        assert api_client.post(CHECK, {"body": "こんにちは"}, format="json").status_code == 200
    response = api_client.post(CHECK, {"body": "こんにちは"}, format="json")
    assert response.status_code == 429 and response["Retry-After"]

"""Bad input anywhere is a 4xx with a JSON body, never a 500 (NUL bytes, huge numbers…)."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db
NUL = "a\x00b"


@pytest.mark.parametrize(
    ("name", "params", "moderator_only"),
    [
        ("api-post-list", {"q": NUL}, False),
        ("api-post-list", {"published_after": NUL}, False),
        ("api-post-list", {"page": "x"}, False),
        ("api-post-list", {"ordering": "body"}, False),  # not an ordering field: ignored
        ("api-comment-list", {"author_name": NUL}, False),
        ("api-comment-list", {"post": NUL}, False),
        ("api-comment-list", {"since": "99999-01-01"}, False),
        ("api-comment-list", {"page_size": "-1"}, False),
        ("api-moderation-queue-list", {"category": NUL}, True),
        ("api-moderation-queue-list", {"post": "9" * 25}, True),
        ("api-moderation-action-list", {"actor": NUL}, True),
        ("api-moderation-action-list", {"comment": "9" * 25}, True),
        ("api-protected-person-list", {"page": "0"}, True),
    ],
)
def test_bad_query_parameters_never_500(as_user, moderator, name, params, moderator_only):
    client = as_user(moderator if moderator_only else None)
    response = client.get(reverse(name), params)
    assert response.status_code in (200, 400, 404), response.content[:300]
    assert response["Content-Type"].startswith("application/json")
    if response.status_code != 200:
        assert response.json()["code"] in ("invalid", "not_found")


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/posts/a%00b/",
        "/api/v1/posts/a%00b/comments/",
        "/api/v1/posts/%E3%81%82/",
        "/api/v1/comments/1%00/report/",
        "/api/v1/moderation/protected-persons/99999999999999999999/",
    ],
)
def test_odd_paths_are_json_404(as_user, moderator, path):
    response = as_user(moderator).get(path)
    assert response.status_code in (404, 405)
    assert response.json()["code"] in ("not_found", "method_not_allowed")


@pytest.mark.parametrize(
    "payload",
    [
        {"name": "x", "active": "maybe"},
        {"name": "x", "note": NUL},
        {"name": "x", "roles": "当該店員"},  # a string, not a list
        {"name": 12345678901234567890},
    ],
)
def test_bad_protected_person_payloads_never_500(as_user, moderator, payload):
    response = as_user(moderator).post(reverse("api-protected-person-list"), payload, format="json")
    assert response.status_code in (201, 400), response.content[:300]


@pytest.mark.parametrize("value", ["2026-01-01T00:00:00-21:03", "2026-01-01T00:00:00+15:00"])
def test_impossible_time_zone_offsets_are_400_not_500(api_client, value):
    from django.urls import reverse

    response = api_client.get(reverse("api-comment-list"), {"since": value})
    assert response.status_code == 400 and response.json()["code"] == "invalid"

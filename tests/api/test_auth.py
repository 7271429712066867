"""POST /api/v1/auth/token/, token and session authentication, 401 versus 403."""

import pytest
from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db
TOKEN = reverse("api-auth-token")
QUEUE = reverse("api-moderation-queue-list")


def test_a_token_for_good_credentials_opens_the_moderation_api(api_client, moderator):
    response = api_client.post(TOKEN, {"username": "mod", "password": "pw-123456"}, format="json")
    assert response.status_code == 200
    token = response.json()["token"]
    assert token == Token.objects.get(user=moderator).key
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert api_client.get(QUEUE).status_code == 200


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "mod", "password": "wrong"},
        {"username": "nobody", "password": "pw-123456"},
        {"username": "mod"},
        {},
        {"username": ["mod"], "password": {"x": 1}},
    ],
)
def test_bad_credentials_are_400_with_detail(api_client, moderator, payload):
    response = api_client.post(TOKEN, payload, format="json")
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid" and body["detail"] and body["errors"]


def test_the_token_endpoint_is_throttled(api_client, moderator, rates):
    rates(auth_token="2/min")
    codes = [
        api_client.post(TOKEN, {"username": "mod", "password": "no"}, format="json").status_code
        for _ in range(3)
    ]
    assert codes == [400, 400, 429]


def test_anonymous_moderation_requests_are_401_with_www_authenticate(api_client):
    response = api_client.get(QUEUE)
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    assert response.json()["code"] == "not_authenticated"


def test_an_invalid_token_is_401_even_on_public_endpoints(api_client):
    api_client.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    response = api_client.get(reverse("api-post-list"))
    assert response.status_code == 401
    assert response.json()["code"] == "authentication_failed"


def test_signed_in_readers_are_403(as_user, reader):
    response = as_user(reader).get(QUEUE)
    assert response.status_code == 403 and response.json()["code"] == "permission_denied"


def test_session_authentication_works_for_the_browser(moderator, held_for_session):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(moderator)
    assert client.get(QUEUE).status_code == 200
    # Unsafe methods over a session need the CSRF token, like any Django form.
    url = reverse("api-moderation-comment-approve", args=[held_for_session.pk])
    assert client.post(url, {"version": 1}, format="json").status_code == 403


@pytest.fixture
def held_for_session(post):
    from comments.models import Comment
    from tests.factories import CommentFactory

    return CommentFactory(post=post, status=Comment.Status.PENDING)

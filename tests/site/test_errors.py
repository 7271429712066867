"""No 500 for hostile input or a database outage; every /api/ error is JSON."""

from __future__ import annotations

import io
from unittest import mock

import pytest
from django.core.exceptions import RequestDataTooBig
from django.db import InterfaceError, OperationalError
from django.test import RequestFactory
from rest_framework.test import APIClient

from comments.models import Comment
from complaints_site import errors
from complaints_site.parsers import MAX_DEPTH, BoundedJSONParser
from tests.factories import CommentFactory

pytestmark = pytest.mark.django_db

DEEP = "[" * 100_000 + "]" * 100_000


@pytest.fixture
def api():
    return APIClient()


def _endpoints(post):
    comment = CommentFactory(post=post, status=Comment.Status.PUBLISHED)
    return [
        "/api/v1/auth/token/",
        f"/api/v1/posts/{post.slug}/comments/",
        f"/api/v1/comments/{comment.pk}/report/",
    ]


@pytest.mark.parametrize("body", [DEEP, '{"body": ' + DEEP + "}"])
def test_json_nested_100000_deep_is_a_400_parse_error(api, post, body):
    for url in _endpoints(post):
        response = api.post(url, body, content_type="application/json")
        assert response.status_code == 400, url
        assert response.json()["code"] == "parse_error"
        assert response["Content-Type"] == "application/json"


def test_json_deeper_than_the_limit_but_parseable_is_refused(api, post):
    body = '{"body": ' + "[" * MAX_DEPTH + "]" * MAX_DEPTH + "}"
    response = api.post(
        f"/api/v1/posts/{post.slug}/comments/", body, content_type="application/json"
    )
    assert (response.status_code, response.json()["code"]) == (400, "parse_error")


def test_ordinary_json_still_works(api, post):
    response = api.post(
        f"/api/v1/posts/{post.slug}/comments/", {"body": "丁寧な対応でした。"}, format="json"
    )
    assert response.status_code == 201


def test_an_oversize_api_body_is_a_413_json(api, post, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    body = '{"body": "' + "あ" * 1000 + '"}'
    response = api.post(
        f"/api/v1/posts/{post.slug}/comments/", body, content_type="application/json"
    )
    assert response.status_code == 413
    assert response.json()["code"] == "request_too_large"
    assert not Comment.objects.exists()


def test_the_parser_never_reads_past_the_limit(settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10
    stream = io.BytesIO(b'{"body": "' + b"x" * 100 + b'"}')
    with pytest.raises(RequestDataTooBig):
        BoundedJSONParser().parse(stream)
    assert stream.tell() == 11


def test_an_oversize_body_mapped_by_the_api_handler_is_413(api, post):
    with mock.patch(
        "complaints_site.parsers.BoundedJSONParser.parse", side_effect=RequestDataTooBig("big")
    ):
        response = api.post(f"/api/v1/posts/{post.slug}/comments/", {"body": "x"}, format="json")
    assert (response.status_code, response.json()["code"]) == (413, "request_too_large")


def test_an_unknown_api_url_is_a_json_404(api):
    response = api.get("/api/v1/nothing-here/")
    assert (response.status_code, response.json()["code"]) == (404, "not_found")


def test_a_bug_under_api_is_a_json_500(api):
    api.raise_request_exception = False
    with mock.patch("posts.api.views.PostViewSet.list", side_effect=RuntimeError("bug")):
        response = api.get("/api/v1/posts/")
    assert response.status_code == 500
    assert response.json() == {"detail": "サーバーでエラーが発生しました。", "code": "server_error"}


def test_a_bug_on_a_page_is_the_japanese_500_page(client):
    client.raise_request_exception = False
    with mock.patch("posts.views.selectors.post_list", side_effect=RuntimeError("bug")):
        response = client.get("/")
    assert response.status_code == 500
    assert "エラーが発生しました" in response.content.decode()


def test_a_bad_host_under_api_is_a_json_400(api):
    response = api.get("/api/v1/posts/", HTTP_HOST="evil.example")
    assert (response.status_code, response.json()["code"]) == (400, "bad_request")


@pytest.fixture
def database_down():
    """Every query fails as it does while PostgreSQL restarts."""
    with mock.patch(
        "django.db.backends.utils.CursorWrapper.execute",
        side_effect=OperationalError("server closed the connection unexpectedly"),
    ):
        yield


def test_a_database_outage_is_503_json_with_retry_after_on_the_api(api, post, database_down):
    response = api.get("/api/v1/posts/")
    assert response.status_code == 503
    assert response.json()["code"] == "service_unavailable"
    assert response["Retry-After"] == "30"
    response = api.post(f"/api/v1/posts/{post.slug}/comments/", {"body": "x"}, format="json")
    assert (response.status_code, response.json()["code"]) == (503, "service_unavailable")


def test_a_database_outage_is_a_japanese_503_page(client, database_down):
    response = client.get("/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "データベースに一時的に接続できません" in response.content.decode()


@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
@pytest.mark.parametrize("path", ["/api/v1/posts/", "/"])
def test_an_outage_outside_a_view_is_503_too(error, path):
    """handler500 sees the exception (e.g. a session saved after the view) and answers 503."""
    request = RequestFactory().get(path)
    try:
        raise error("connection already closed")
    except error:
        response = errors.server_error(request)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"


def test_persistent_connections_are_health_checked(settings):
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True


@pytest.mark.parametrize(
    "url", ["/moderation/", "/moderation/log/", "/admin/", "/api/v1/moderation/queue/"]
)
def test_moderation_and_admin_answers_are_never_stored(client, moderator, url):
    moderator.is_staff = True
    moderator.save(update_fields=["is_staff"])
    client.force_login(moderator)
    response = client.get(url)
    assert response.status_code == 200
    directives = {d.strip() for d in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= directives


def test_even_the_moderation_redirect_for_strangers_is_not_stored(client):
    response = client.get("/moderation/")
    assert response.status_code == 302
    assert "no-store" in response["Cache-Control"]

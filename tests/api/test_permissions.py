"""Who may call what: every endpoint × anonymous, reader, moderator, senior moderator, admin."""

from dataclasses import dataclass

import pytest
from django.urls import reverse

from comments.models import Comment
from comments.services import comment_reject
from tests.factories import CommentFactory, FindingFactory, ProtectedPersonFactory

pytestmark = pytest.mark.django_db
ROLES = ["anonymous", "reader", "moderator", "senior_moderator", "admin_user"]
PUBLIC, MODERATORS, ORIGINALS = "public", "moderators", "original viewers"
EXPECTED_DENIAL = {
    # role: (public, moderators, original viewers): None = allowed
    "anonymous": (None, 401, 401),
    "reader": (None, 403, 403),
    "moderator": (None, None, 403),
    "senior_moderator": (None, None, None),
    "admin_user": (None, None, None),
}


@dataclass
class World:
    post: object
    published: Comment
    held: Comment
    rejected: Comment
    person: object


@pytest.fixture
def world(post, admin_user):
    held = CommentFactory(post=post, status=Comment.Status.PENDING, body="番号は090-1234-5678")
    FindingFactory(comment=held, start=3, end=16)
    rejected = CommentFactory(post=post, status=Comment.Status.PENDING)
    comment_reject(comment_id=rejected.pk, version=1, actor=admin_user, reason_code="spam")
    return World(post, CommentFactory(post=post), held, rejected, ProtectedPersonFactory())


def _decision(name):
    return lambda w: reverse(f"api-moderation-comment-{name}", args=[w.held.pk])


ENDPOINTS = {
    # name: (method, url(world), payload(world), success status, who may)
    "posts list": ("get", lambda w: reverse("api-post-list"), None, 200, PUBLIC),
    "post detail": (
        "get",
        lambda w: reverse("api-post-detail", args=[w.post.slug]),
        None,
        200,
        PUBLIC,
    ),
    "thread": (
        "get",
        lambda w: reverse("api-post-comment-list", args=[w.post.slug]),
        None,
        200,
        PUBLIC,
    ),
    "reply": (
        "post",
        lambda w: reverse("api-post-comment-list", args=[w.post.slug]),
        lambda w: {"body": "対応が遅い。"},
        201,
        PUBLIC,
    ),
    "feed": ("get", lambda w: reverse("api-comment-list"), None, 200, PUBLIC),
    "report": (
        "post",
        lambda w: reverse("api-comment-report", args=[w.published.pk]),
        lambda w: {"reason": "spam"},
        202,
        PUBLIC,
    ),
    "schema": ("get", lambda w: reverse("api-schema"), None, 200, PUBLIC),
    "docs": ("get", lambda w: reverse("api-docs"), None, 200, PUBLIC),
    "queue": ("get", lambda w: reverse("api-moderation-queue-list"), None, 200, MODERATORS),
    "approve": ("post", _decision("approve"), lambda w: {"version": 1}, 200, MODERATORS),
    "redact": ("post", _decision("redact"), lambda w: {"version": 1}, 200, MODERATORS),
    "reject": (
        "post",
        _decision("reject"),
        lambda w: {"version": 1, "reason": "spam"},
        200,
        MODERATORS,
    ),
    "restore": (
        "post",
        lambda w: reverse("api-moderation-comment-restore", args=[w.rejected.pk]),
        lambda w: {"version": 2},
        200,
        MODERATORS,
    ),
    "purge": ("post", _decision("purge"), lambda w: {"version": 1}, 200, ORIGINALS),
    "people list": (
        "get",
        lambda w: reverse("api-protected-person-list"),
        None,
        200,
        MODERATORS,
    ),
    "person detail": (
        "get",
        lambda w: reverse("api-protected-person-detail", args=[w.person.pk]),
        None,
        200,
        MODERATORS,
    ),
    "person create": (
        "post",
        lambda w: reverse("api-protected-person-list"),
        lambda w: {"name": "鈴木"},
        201,
        MODERATORS,
    ),
    "person update": (
        "patch",
        lambda w: reverse("api-protected-person-detail", args=[w.person.pk]),
        lambda w: {"note": "更新"},
        200,
        MODERATORS,
    ),
    "person delete": (
        "delete",
        lambda w: reverse("api-protected-person-detail", args=[w.person.pk]),
        None,
        204,
        MODERATORS,
    ),
    "audit log": ("get", lambda w: reverse("api-moderation-action-list"), None, 200, MODERATORS),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("endpoint", list(ENDPOINTS))
def test_permission_matrix(request, as_user, world, role, endpoint):
    method, url, payload, success, who = ENDPOINTS[endpoint]
    user = None if role == "anonymous" else request.getfixturevalue(role)
    client = as_user(user)

    kwargs = {"format": "json"} if payload else {}
    response = getattr(client, method)(url(world), payload(world) if payload else None, **kwargs)

    denial = EXPECTED_DENIAL[role][(PUBLIC, MODERATORS, ORIGINALS).index(who)]
    assert response.status_code == (denial or success), response.content[:300]
    if denial == 401:
        assert response["WWW-Authenticate"] == "Token"
    if denial:
        world.held.refresh_from_db()
        assert world.held.status == "pending" and world.held.version == 1

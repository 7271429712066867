"""Fixtures for the REST API tests: a DRF client, tokens, bulk rows and a clean cache."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from comments.models import PATH_SEGMENT, Comment, Finding
from tests.factories import PostFactory


@pytest.fixture(autouse=True)
def _clean_cache():
    """Throttle counters live in the cache: every test starts (and ends) with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def api_client():
    return APIClient()


@pytest.fixture
def as_user(api_client):
    """Authenticate the client with a real token header (as API clients do)."""

    def login(user):
        if user is None:
            api_client.credentials()
        else:
            token, _created = Token.objects.get_or_create(user=user)
            api_client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
        return api_client

    return login


@pytest.fixture
def rates(settings):
    """Override throttle rates for one test: rates(anon_comment="2/min")."""

    def override(**scoped):
        base = settings.REST_FRAMEWORK
        settings.REST_FRAMEWORK = {
            **base,
            "DEFAULT_THROTTLE_RATES": {**base["DEFAULT_THROTTLE_RATES"], **scoped},
        }

    return override


def bulk_comments(post, n: int, *, status=Comment.Status.PUBLISHED, finding=None, **fields):
    """n top-level comments in 3 queries (insert, path update, optional findings)."""
    now = timezone.now()
    public = status in (Comment.Status.PUBLISHED, Comment.Status.REDACTED)
    rows = Comment.objects.bulk_create(
        Comment(
            post=post,
            body=f"コメント {i}",
            public_body=f"コメント {i}" if public else "",
            status=status,
            created_at=now - timezone.timedelta(seconds=n - i),
            **fields,
        )
        for i in range(n)
    )
    for row in rows:
        row.path = f"{row.pk:0{PATH_SEGMENT}d}"
    Comment.objects.bulk_update(rows, ["path"], batch_size=500)
    if finding:
        Finding.objects.bulk_create(
            Finding(comment=row, kind=Finding.Kind.PERSONAL, category=finding, start=0, end=3)
            for row in rows
        )
    return rows


@pytest.fixture
def make_comments():
    return bulk_comments


@pytest.fixture
def other_post(db):
    return PostFactory()

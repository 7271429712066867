"""Property-based run of every operation in /api/schema/ (schemathesis 4).

The Django WSGI application is called in-process (werkzeug test client), inside the
test's database transaction, authenticated as a senior moderator so the moderation
endpoints are exercised too. Valid and invalid inputs (positive and negative modes)
must never produce a 5xx, an undocumented status code, or a body that breaks the schema.
Bounded and reproducible: 15 fuzzed examples per operation plus the coverage phase's
boundary cases (about 1,600 requests over 19 operations, ~10 s), fixed seed, derandomised.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from rest_framework.authtoken.models import Token
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    response_schema_conformance,
    status_code_conformance,
)

from comments.models import Comment
from comments.services import comment_reject
from complaints_site.wsgi import application
from tests.factories import CommentFactory, FindingFactory, PostFactory, ProtectedPersonFactory

SEED = 20261128
MAX_EXAMPLES = 15
CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance]
CONFIG = schemathesis.Config.from_dict(
    {
        "seed": SEED,
        "generation": {"max-examples": MAX_EXAMPLES, "deterministic": True, "mode": "all"},
        # Examples, coverage (boundary and invalid values per parameter) and fuzzing;
        # the stateful phase would chain calls across operations that share one database.
        "phases": {"stateful": {"enabled": False}},
    }
)


# Loaded once at collection: generating the schema touches no database.
schema = schemathesis.openapi.from_wsgi("/api/schema/", application, config=CONFIG)


@dataclass
class World:
    token: str
    comment_ids: list[int]
    person_ids: list[int]
    cases: int = 0


@pytest.fixture
def world(db, senior_moderator, settings) -> World:
    """A small seeded site, a senior moderator's token, and no throttling."""
    rates = settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {key: "10000/min" for key in rates},
    }
    post = PostFactory(slug="demo")
    root = CommentFactory(post=post)
    comments = [root, CommentFactory(post=post, parent=root)]
    for _ in range(3):
        held = CommentFactory(post=post, status=Comment.Status.PENDING, body="番号は090-1234-5678")
        FindingFactory(comment=held, start=3, end=16)
        comments.append(held)
    rejected = CommentFactory(post=post, status=Comment.Status.PENDING)
    comment_reject(comment_id=rejected.pk, version=1, actor=senior_moderator, reason_code="spam")
    comments.append(rejected)
    people = [ProtectedPersonFactory(), ProtectedPersonFactory(name="鈴木")]
    return World(
        token=Token.objects.get_or_create(user=senior_moderator)[0].key,
        comment_ids=[c.pk for c in comments],
        person_ids=[p.pk for p in people],
    )


def aim_at_real_objects(case, world: World) -> None:
    """Random ids and slugs almost never exist: send every other case to a seeded object,
    so fuzzed bodies and filters reach the services, not only the 404 path."""
    world.cases += 1
    if world.cases % 2:
        return
    params = case.path_parameters or {}
    if "id" in params:
        ids = world.person_ids if "protected-persons" in case.operation.path else world.comment_ids
        params["id"] = ids[world.cases // 2 % len(ids)]
    if "slug" in params:
        params["slug"] = "demo"


@pytest.fixture
def keep_test_connection():
    """Django's test client does the same: a WSGI request must not close the connection
    that holds the test transaction."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.django_db
@pytest.mark.usefixtures("keep_test_connection")
@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_api_conforms_to_its_schema(case, world):
    aim_at_real_objects(case, world)
    case.call_and_validate(headers={"Authorization": f"Token {world.token}"}, checks=CHECKS)

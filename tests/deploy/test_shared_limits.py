"""Limits hold across worker processes: two gunicorn servers, one shared cache.

Each server is its own process (as each gunicorn worker is), so a per-process cache
would let a client through twice as often; the shared one must not. Run against the
database cache always, and against Redis when REDIS_URL is set (CI starts redis-server).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from .conftest import redis_url_or_skip
from .servers import ROOT, Gunicorn, manage, request, server_env

# Idempotent: on PostgreSQL both backends' runs share the test database, and what the
# server processes committed is not always flushed before the next parameter's setup.
SETUP = """
from django.contrib.auth import get_user_model
from posts.models import Post
from posts.services import post_create
if not Post.objects.filter(slug="shared-limits").exists():
    post_create(slug="shared-limits", title="共有の上限", body="窓口の対応について。")
User = get_user_model()
user = User.objects.filter(username="mod").first() or User(username="mod")
user.set_password("correct-horse-battery")
user.save()
"""


@pytest.fixture(params=["database", "redis"])
def backend_env(request, shared_database_url):
    extra = {
        "API_ANON_COMMENT_RATE": "3/min",
        "API_AUTH_TOKEN_RATE": "5/min",
        "DJANGO_LOGIN_FAILURES_PER_ACCOUNT": "2",
        # A long window, so that no test run straddles two windows.
        "DJANGO_LOGIN_FAILURE_WINDOW": "86400",
    }
    if request.param == "redis":
        extra["REDIS_URL"] = redis_url_or_skip()
        import redis

        client = redis.Redis.from_url(extra["REDIS_URL"])  # only the site's keys go
        for key in client.scan_iter(match="complaints:*"):
            client.delete(key)
    env = server_env(shared_database_url, **extra)
    manage(env, "shell", "-c", SETUP)
    return env


@pytest.fixture
def two_servers(backend_env):
    servers = [Gunicorn(backend_env), Gunicorn(backend_env)]
    try:
        for server in servers:
            server.wait_ready()
        yield [server.url for server in servers]
    finally:
        for server in servers:
            server.stop()


def test_limits_hold_across_two_server_processes(two_servers):
    a, b = two_servers

    # Anonymous API replies: 3 per minute per client, whichever worker answers.
    statuses = [
        request(server, "POST", "/api/v1/posts/shared-limits/comments/", {"body": f"返信{i}"})[0]
        for i, server in enumerate([a, b, a, b, a])
    ]
    assert statuses == [201, 201, 201, 429, 429]

    # Sign-in, per account: 2 failures (one on each server) lock the account, so even
    # the right password is refused on the first server.
    token = "/api/v1/auth/token/"
    wrong = {"username": "mod", "password": "wrong"}
    assert request(a, "POST", token, wrong)[0] == 400
    assert request(b, "POST", token, wrong)[0] == 400
    status, headers, body = request(
        a, "POST", token, {**wrong, "password": "correct-horse-battery"}
    )
    assert (status, json.loads(body)["code"]) == (429, "throttled")
    assert int(headers["Retry-After"]) > 0

    # Token requests per client (DRF throttle, 5 a minute): 3 made so far, 2 more pass.
    assert request(b, "POST", token, {"username": "x1", "password": "no"})[0] == 400
    assert request(a, "POST", token, {"username": "x2", "password": "no"})[0] == 400
    status, _headers, body = request(b, "POST", token, {"username": "x3", "password": "no"})
    assert (status, json.loads(body)["code"]) == (429, "throttled")


INCREMENTS = """
import os, time
from django.core.cache import cache
cache.add("shared-counter", 0, timeout=600)
time.sleep(max(0.0, float(os.environ["START_AT"]) - time.time()))  # all start together
for _ in range(300):
    cache.incr("shared-counter")
"""


def test_counter_increments_from_concurrent_processes_are_not_lost(shared_database_url):
    """The form rate limit counts with cache.incr: three processes at once lose no hit."""
    env = server_env(shared_database_url, START_AT=str(time.time() + 4))
    processes = [
        subprocess.Popen(
            [sys.executable, "manage.py", "shell", "-c", INCREMENTS],
            cwd=ROOT,
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    for process in processes:
        _out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err[-2000:]
    total = manage(
        env,
        "shell",
        "-c",
        'from django.core.cache import cache; print(cache.get("shared-counter"))',
    )
    assert int(total.split()[-1]) == 900

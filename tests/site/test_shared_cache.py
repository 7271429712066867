"""The default cache is shared by every worker: the database cache, or Redis with REDIS_URL."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection

from tests.deploy.servers import ROOT

pytestmark = pytest.mark.django_db

PRINT_CACHES = "import json; from django.conf import settings; print(json.dumps(settings.CACHES))"


def _caches_with(**env) -> dict:
    base = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    base.update(DJANGO_SETTINGS_MODULE="complaints_site.settings", DJANGO_SECRET_KEY="x", **env)
    out = subprocess.run(
        [sys.executable, "-c", PRINT_CACHES], cwd=ROOT, env=base, capture_output=True, check=True
    )
    return json.loads(out.stdout)["default"]


def test_without_redis_url_the_cache_is_the_database():
    default = _caches_with()
    assert default["BACKEND"] == "complaints_site.cache.DatabaseCache"
    assert default["LOCATION"] == "django_cache"


def test_redis_url_selects_djangos_redis_cache():
    default = _caches_with(REDIS_URL="redis://127.0.0.1:6379/3")
    assert default["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert default["LOCATION"] == "redis://127.0.0.1:6379/3"


@pytest.fixture
def db_cache(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "complaints_site.cache.DatabaseCache",
            "LOCATION": "test_shared_cache",
        }
    }
    call_command("createcachetable", verbosity=0)
    return caches["default"]


def _expires(key: str):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT expires FROM test_shared_cache WHERE cache_key = %s",
            [caches["default"].make_key(key)],
        )
        return cursor.fetchone()[0]


def test_incr_counts_and_keeps_the_expiry(db_cache):
    db_cache.add("hits", 0, timeout=50)
    before = _expires("hits")
    assert [db_cache.incr("hits") for _ in range(3)] == [1, 2, 3]
    assert db_cache.decr("hits") == 2
    assert db_cache.get("hits") == 2
    assert _expires("hits") == before  # the built-in incr would reset it to 300 s


def test_incr_of_a_missing_or_expired_key_is_a_value_error(db_cache):
    with pytest.raises(ValueError):
        db_cache.incr("never-set")
    db_cache.set("gone", 5, timeout=-1)
    with pytest.raises(ValueError):
        db_cache.incr("gone")


def test_the_form_rate_limit_counts_in_the_database_cache(db_cache):
    from comments import ratelimit

    assert [ratelimit.hit("reply", "k", limit=2, window=60) for _ in range(2)] == [None, None]
    assert ratelimit.hit("reply", "k", limit=2, window=60) > 0

"""A database (and cache) that separate server processes can share with the test."""

from __future__ import annotations

import os

import pytest

from .servers import database_url_of, manage, server_env


def redis_url_or_skip() -> str:
    url = os.environ.get("REDIS_URL", "")
    if not url:
        if os.environ.get("REDIS_REQUIRED") == "1":
            pytest.fail("REDIS_REQUIRED=1 but REDIS_URL is not set")
        pytest.skip("REDIS_URL is not set (.ci/run starts redis-server and sets it)")
    return url


@pytest.fixture
def shared_database_url(request, tmp_path):
    """A migrated database with the cache table, reachable from other processes.

    On PostgreSQL it is the test database itself (committed data: transactional_db);
    on SQLite, a file (the test database is in memory) migrated by `manage.py migrate`.
    """
    from django.db import connection

    if connection.vendor == "postgresql":
        request.getfixturevalue("transactional_db")
        url = database_url_of(connection.settings_dict)
    else:
        url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
        manage(server_env(url), "migrate", "--noinput", "-v", "0")
    manage(server_env(url), "createcachetable")
    return url

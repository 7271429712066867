"""A database (and cache) that separate server processes can share with the test."""

from __future__ import annotations

import os
import uuid

import pytest

from .servers import database_url_of, manage, server_env


def redis_url_or_skip() -> str:
    url = os.environ.get("REDIS_URL", "")
    if not url:
        if os.environ.get("REDIS_REQUIRED") == "1":
            pytest.fail("REDIS_REQUIRED=1 but REDIS_URL is not set")
        pytest.skip("REDIS_URL is not set (.ci/run starts redis-server and sets it)")
    return url


@pytest.fixture(scope="module")
def shared_database_url(tmp_path_factory):
    """A migrated database with the cache table, reachable from other processes.

    On PostgreSQL a database of its own, created (the CI role may create databases),
    migrated by `manage.py migrate` and dropped at the end: server processes commit, so
    they must not share the test database, and never the configured one. On SQLite a file
    (the test database is in memory).
    """
    from django.db import connection

    if connection.vendor != "postgresql":
        url = f"sqlite:///{tmp_path_factory.mktemp('shared') / 'shared.sqlite3'}"
        manage(server_env(url), "migrate", "--noinput", "-v", "0")
        manage(server_env(url), "createcachetable")
        yield url
        return

    import psycopg

    configured = dict(connection.settings_dict)
    if configured["NAME"].startswith("test_"):
        configured["NAME"] = configured["NAME"].removeprefix("test_")
    name = f"test_shared_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    admin = database_url_of(configured)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = database_url_of({**configured, "NAME": name})
    try:
        manage(server_env(url), "migrate", "--noinput", "-v", "0")
        manage(server_env(url), "createcachetable")
        yield url
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

"""Shared fixtures. Django is imported lazily so tests/moderation can run without it."""

import pytest

# Fixtures of removal requests (handlers, authored comments, a frozen clock), shared by
# tests/takedowns, tests/api and tests/e2e.
pytest_plugins = ["tests.takedowns.fixtures"]


@pytest.fixture(autouse=True)
def _test_settings(request):
    if not request.config.pluginmanager.hasplugin("django"):
        return  # tests/moderation run without Django: nothing to configure
    from django.core.cache import cache

    settings = request.getfixturevalue("settings")
    # The site's cache is shared by all workers (database or Redis, see settings.py);
    # most tests need no sharing and use a fast per-process cache. The shared backends
    # are tested in tests/site/test_shared_cache.py and tests/deploy/.
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "t"}
    }
    cache.clear()  # rate limits and throttles start fresh in every test
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # No collectstatic in tests: serve the app's files as they are.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    # Background tasks run inline in tests, when their transaction commits.
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    settings.COMMENTS_PREMODERATE = False
    settings.COMMENTS_MAX_DEPTH = 8


def _user_in_groups(username: str, *groups: str, **fields):
    from django.contrib.auth.models import Group

    from comments.roles import ensure_groups

    from .factories import UserFactory

    ensure_groups()  # idempotent; transactional tests flush tables between tests

    user = UserFactory(username=username, **fields)
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


@pytest.fixture
def post(db):
    from .factories import PostFactory

    return PostFactory()


@pytest.fixture
def reader(db):
    return _user_in_groups("reader")


@pytest.fixture
def moderator(db):
    """A moderator who may NOT see originals of redacted comments."""
    from comments.roles import MODERATORS

    return _user_in_groups("mod", MODERATORS)


@pytest.fixture
def senior_moderator(db):
    from comments.roles import MODERATORS, ORIGINAL_VIEWERS

    return _user_in_groups("senior", MODERATORS, ORIGINAL_VIEWERS)


@pytest.fixture
def admin_user(db):
    return _user_in_groups("admin", is_staff=True, is_superuser=True)

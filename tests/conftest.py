import pytest
from django.contrib.auth.models import Group

from comments.roles import MODERATORS, ORIGINAL_VIEWERS

from .factories import PostFactory, UserFactory


@pytest.fixture(autouse=True)
def _test_settings(settings):
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


@pytest.fixture
def post(db):
    return PostFactory()


@pytest.fixture
def reader(db):
    return UserFactory(username="reader")


@pytest.fixture
def moderator(db):
    """A moderator who may NOT see originals of redacted comments."""
    user = UserFactory(username="mod")
    user.groups.add(Group.objects.get(name=MODERATORS))
    return user


@pytest.fixture
def senior_moderator(db):
    user = UserFactory(username="senior")
    user.groups.add(Group.objects.get(name=MODERATORS), Group.objects.get(name=ORIGINAL_VIEWERS))
    return user


@pytest.fixture
def admin_user(db):
    return UserFactory(username="admin", is_staff=True, is_superuser=True)

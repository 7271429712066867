"""Fixtures for removal requests (registered for the whole suite by tests/conftest.py):
handlers, a discloser, comments by a reachable author and an anonymous one, a Fernet
key, and a clock frozen with ``unittest.mock.patch``."""

from __future__ import annotations

from datetime import datetime, timedelta
from unittest import mock
from zoneinfo import ZoneInfo

import pytest

# Django and the apps are imported inside the fixtures: tests/moderation runs without Django.

TOKYO = ZoneInfo("Asia/Tokyo")
START = datetime(2026, 3, 2, 10, 0, tzinfo=TOKYO)


class Clock:
    """``timezone.now()`` everywhere returns ``now``; ``advance`` moves it on."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def advance(self, **delta) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture
def clock():
    frozen = Clock(START)
    with mock.patch("django.utils.timezone.now", side_effect=lambda: frozen.now):
        yield frozen


def _in_group(username: str, group: str, **fields):
    from django.contrib.auth.models import Group

    from takedowns.roles import ensure_groups
    from tests.factories import UserFactory

    ensure_groups()
    user = UserFactory(username=username, **fields)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def handler(db):
    from takedowns.roles import TAKEDOWN_HANDLERS

    return _in_group("handler", TAKEDOWN_HANDLERS, email="handler@example.jp")


@pytest.fixture
def discloser(db):
    from takedowns.roles import SENDER_DISCLOSERS

    return _in_group("discloser", SENDER_DISCLOSERS)


@pytest.fixture
def author(db):
    from tests.factories import UserFactory

    return UserFactory(username="writer", email="writer@example.jp")


@pytest.fixture
def authored(post, author):
    """A published comment by a signed-in author with an e-mail address."""
    from comments import services as comment_services

    return comment_services.comment_submit(
        post=post,
        body="この店の店長の説明は事実と違っていたし、態度も悪かった",
        author=author,
        client_ip="203.0.113.7",
    )


@pytest.fixture
def anonymous(post):
    from comments import services as comment_services

    return comment_services.comment_submit(
        post=post, body="店長の対応が本当にひどかった", client_ip="198.51.100.9"
    )


@pytest.fixture
def sender_key(settings):
    from cryptography.fernet import Fernet

    settings.TAKEDOWNS_SENDER_KEY = Fernet.generate_key().decode()
    return settings.TAKEDOWNS_SENDER_KEY


def request_for(*comments, **fields):
    from takedowns import services

    payload = {
        "requester_name": "山田 太郎",
        "email": "taro@example.jp",
        "relationship": "self",
        "right": "defamation",
        "passage": "態度も悪かった",
        "explanation": "事実に反し、私の社会的評価を下げる書き込みです。",
        "declared": True,
        "targets": [{"comment": c.pk} for c in comments],
        "client_ip": "192.0.2.44",
    }
    payload.update(fields)
    return services.takedown_request_submit(**payload)

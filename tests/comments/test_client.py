"""The client address: REMOTE_ADDR, or X-Forwarded-For only behind trusted proxies."""

from __future__ import annotations

import pytest
from django.test import RequestFactory

from comments.client import client_ip


def _request(remote="10.0.0.1", forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_without_trusted_proxies_forwarded_for_is_ignored(settings):
    settings.TRUSTED_PROXIES = 0
    assert client_ip(_request(forwarded="198.51.100.1")) == "10.0.0.1"


@pytest.mark.parametrize(
    ("trusted", "forwarded", "expected"),
    [
        (1, "203.0.113.5", "203.0.113.5"),
        # The client wrote the left part itself; only the proxy's entry counts.
        (1, "1.2.3.4, 203.0.113.5", "203.0.113.5"),
        (2, "1.2.3.4, 203.0.113.5, 10.0.0.9", "203.0.113.5"),
        (1, "2001:db8::1", "2001:db8::1"),
        # Fewer entries than proxies: the request did not come through them.
        (2, "203.0.113.5", "10.0.0.1"),
        (1, "", "10.0.0.1"),
        (1, "not-an-address", "10.0.0.1"),
    ],
)
def test_behind_trusted_proxies(settings, trusted, forwarded, expected):
    settings.TRUSTED_PROXIES = trusted
    assert client_ip(_request(forwarded=forwarded)) == expected


@pytest.mark.django_db
def test_a_spoofed_header_does_not_escape_the_api_throttle(settings, post):
    """Without trusted proxies, a new X-Forwarded-For per request changes nothing."""
    from rest_framework.test import APIClient

    settings.TRUSTED_PROXIES = 0
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
            "anon_comment": "2/min",
        },
    }
    api = APIClient()
    statuses = [
        api.post(
            f"/api/v1/posts/{post.slug}/comments/",
            {"body": f"返信{i}"},
            format="json",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{i}",
        ).status_code
        for i in range(3)
    ]
    assert statuses == [201, 201, 429]


@pytest.mark.django_db
def test_behind_a_proxy_each_client_has_its_own_limit(settings, post):
    from rest_framework.test import APIClient

    settings.TRUSTED_PROXIES = 1
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
            "anon_comment": "1/min",
        },
    }
    api = APIClient()

    def reply(ip):
        return api.post(
            f"/api/v1/posts/{post.slug}/comments/",
            {"body": "返信"},
            format="json",
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=ip,
        ).status_code

    assert [reply("198.51.100.1"), reply("198.51.100.2"), reply("198.51.100.1")] == [201, 201, 429]

"""Sign-in throttling on the shared cache, per account and per client address.

Every way to present a password goes through here: the login page, the admin's login
page and ``POST /api/v1/auth/token/``; they share the counters, so switching doors
buys an attacker nothing. Only failures count. Once an account has had
``LOGIN_FAILURES_PER_ACCOUNT`` failures (from anywhere), or a client address
``LOGIN_FAILURES_PER_CLIENT`` (on any accounts), within a window of
``LOGIN_FAILURE_WINDOW`` seconds, further attempts are refused without checking the
password until the window ends. A successful sign-in clears the account's counter.

Why a small service and not django-axes: the counters must be shared by every worker,
and the project already has exactly that store (the default cache: Redis or the
database cache). axes would add its own models, migrations, middleware and
authentication backend, and keeps attempts in the database by default; what we need
is two counters. The trade-off of any per-account limit applies: someone can keep an
account locked out by failing on purpose, for one window at a time. Moderators then
wait out the window (15 minutes by default) or sign in after an administrator clears
the cache key.

Neither usernames nor addresses are stored in clear: both are keyed hashes.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.core.cache import cache

from comments.client import client_hash, client_ip


def _window() -> tuple[int, int]:
    window = settings.LOGIN_FAILURE_WINDOW
    now = int(time.time())
    bucket = now // window
    return bucket, (bucket + 1) * window - now


def _keys(request, username: str) -> list[tuple[str, int]]:
    bucket, _left = _window()
    account = client_hash(f"account:{username.strip().casefold()}")
    client = client_hash(client_ip(request)) or "unknown"
    return [
        (f"login:account:{account}:{bucket}", settings.LOGIN_FAILURES_PER_ACCOUNT),
        (f"login:client:{client}:{bucket}", settings.LOGIN_FAILURES_PER_CLIENT),
    ]


def wait_seconds(request, username: str) -> int | None:
    """None if this attempt may go ahead, else the seconds until the window ends."""
    keys = _keys(request, username)
    counts = cache.get_many([key for key, _limit in keys])
    if any(counts.get(key, 0) >= limit for key, limit in keys):
        return max(_window()[1], 1)
    return None


def record_failure(request, username: str) -> None:
    timeout = settings.LOGIN_FAILURE_WINDOW + 1
    for key, _limit in _keys(request, username):
        cache.add(key, 0, timeout=timeout)
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=timeout)


def record_success(request, username: str) -> None:
    account_key, _limit = _keys(request, username)[0]
    cache.delete(account_key)

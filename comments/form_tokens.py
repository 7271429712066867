"""One-time tokens in the reply form: a second POST of the same rendered form (a double
click, a resent request) creates nothing and leads to the first reply. Kept in the
shared cache, so every worker sees them."""

from __future__ import annotations

import re
import secrets

from django.core.cache import cache

TTL = 24 * 3600
_SHAPE = re.compile(r"[A-Za-z0-9_-]{16,64}")


def new() -> str:
    return secrets.token_urlsafe(18)


def _key(token: str) -> str | None:
    return f"form-token:{token}" if token and _SHAPE.fullmatch(token) else None


def claim(token: str) -> str | None:
    """None if this form was not sent before (and claim it now); else what became of it:
    a comment id, or "pending" while the first POST is still being handled. A page
    without a token (an old one) posts as before."""
    key = _key(token)
    if key is None or cache.add(key, "pending", timeout=TTL):
        return None
    return str(cache.get(key) or "pending")


def done(token: str, comment_id: int) -> None:
    key = _key(token)
    if key:
        cache.set(key, str(comment_id), timeout=TTL)


def release(token: str) -> None:
    """A refused or confirm-step POST created nothing: the same form may be sent again."""
    key = _key(token)
    if key:
        cache.delete(key)

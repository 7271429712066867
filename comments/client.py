"""Client identity without raw IP addresses: a keyed hash is all we keep."""

from __future__ import annotations

import hashlib
import hmac

from django.conf import settings


def client_hash(ip: str | None) -> str:
    if not ip:
        return ""
    key = settings.CLIENT_HASH_SALT.encode()
    return hmac.new(key, ip.encode(), hashlib.sha256).hexdigest()[:32]


def client_ip(request) -> str | None:
    # Behind a proxy, REMOTE_ADDR is the proxy; deployments that terminate TLS in
    # front of gunicorn should pass the real address through (see README).
    return request.META.get("REMOTE_ADDR") or None

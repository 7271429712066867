"""Client identity without raw IP addresses: a keyed hash is all we keep."""

from __future__ import annotations

import hashlib
import hmac
import ipaddress

from django.conf import settings


def client_hash(ip: str | None) -> str:
    if not ip:
        return ""
    key = settings.CLIENT_HASH_SALT.encode()
    return hmac.new(key, ip.encode(), hashlib.sha256).hexdigest()[:32]


def client_ip(request) -> str | None:
    """The client's address, as far as it can be trusted.

    With ``TRUSTED_PROXIES = 0`` (the default: gunicorn faces the clients) it is
    REMOTE_ADDR and X-Forwarded-For is ignored, since anyone can send one. Behind N
    proxies that each append the address they received from (nginx:
    ``proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for``), the client is the
    N-th address from the right; anything further left was written by the client. A
    request that reaches us with fewer entries did not pass through our proxies, and a
    malformed entry is not an address: both fall back to REMOTE_ADDR.
    """
    remote = request.META.get("REMOTE_ADDR") or None
    trusted = settings.TRUSTED_PROXIES
    if not trusted:
        return remote
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    if len(forwarded) < trusted:
        return remote
    candidate = forwarded[-trusted]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote

"""Who may call the takedowns API, and how often a client may file requests."""

from __future__ import annotations

from rest_framework.permissions import BasePermission
from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle

from comments.client import client_hash, client_ip

from ..roles import HANDLE


class CanHandleTakedowns(BasePermission):
    def has_permission(self, request, view) -> bool:
        user = request.user
        return bool(user and user.is_authenticated and user.has_perm(HANDLE))


class TakedownRequestThrottle(SimpleRateThrottle):
    """Per client address (keyed hash: no raw address in the cache), signed in or not."""

    scope = "takedown_request"

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)

    def allow_request(self, request, view):
        self.rate = self.get_rate()
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request, view)

    def get_cache_key(self, request, view):
        ident = client_hash(client_ip(request)) or "unknown"
        return self.cache_format % {"scope": self.scope, "ident": ident}

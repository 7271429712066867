"""Who may call the API, and how often anonymous clients may post."""

from __future__ import annotations

from rest_framework.permissions import BasePermission
from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle

from .. import policy
from ..client import client_hash, client_ip
from ..policy import MODERATE, VIEW_ORIGINAL


class IsModerator(BasePermission):
    """Members of the moderators group (permission comments.moderate_comment)."""

    def has_permission(self, request, view) -> bool:
        user = request.user
        return bool(user and user.is_authenticated and user.has_perm(MODERATE))


class CanPurge(IsModerator):
    """Legal erasure is for moderators who may also read originals (comments.view_original)."""

    def has_permission(self, request, view) -> bool:
        return super().has_permission(request, view) and policy.may_purge(
            may_see_original=request.user.has_perm(VIEW_ORIGINAL)
        )


class _Throttle(SimpleRateThrottle):
    """Reads its rate on every request (so settings overrides apply), and identifies
    anonymous clients by the keyed hash of REMOTE_ADDR: no raw address in the cache, and
    no trusting a client-supplied X-Forwarded-For."""

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)

    def allow_request(self, request, view):
        self.rate = self.get_rate()
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request, view)

    def client_key(self, request) -> str:
        ident = client_hash(client_ip(request)) or "unknown"
        return self.cache_format % {"scope": self.scope, "ident": ident}


class AnonCommentThrottle(_Throttle):
    scope = "anon_comment"

    def get_cache_key(self, request, view):
        if request.user and request.user.is_authenticated:
            return None
        return self.client_key(request)


class UserCommentThrottle(_Throttle):
    scope = "user_comment"

    def get_cache_key(self, request, view):
        if not (request.user and request.user.is_authenticated):
            return None
        return self.cache_format % {"scope": self.scope, "ident": request.user.pk}


class AuthTokenThrottle(_Throttle):
    """Slows down password guessing on the token endpoint, per client address."""

    scope = "auth_token"

    def get_cache_key(self, request, view):
        return self.client_key(request)


class CheckThrottle(_Throttle):
    """The self-check runs the scanner: as often as a person types, not as a bulk oracle."""

    scope = "comment_check"

    def get_cache_key(self, request, view):
        if request.user and request.user.is_authenticated:
            return self.cache_format % {"scope": self.scope, "ident": f"user:{request.user.pk}"}
        return self.client_key(request)

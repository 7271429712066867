"""Error answers that never need the database: JSON under /api/, Japanese pages elsewhere.

- handler400/403/404/500 (complaints_site/urls.py): under /api/ the body is
  ``{"detail", "code"}`` like every other API error (complaints_site/api_errors.py).
- A database outage (OperationalError, InterfaceError: PostgreSQL restarting, the
  connection dropped) is 503 with Retry-After, not 500: DatabaseOutageMiddleware
  answers it for views, and handler500 for the rest (e.g. a session saved after the view).
- A body over DATA_UPLOAD_MAX_MEMORY_SIZE under /api/ is 413 JSON
  (RequestSizeLimitMiddleware), refused from Content-Length before it is read.

The HTML pages are rendered without a request context: no user, no session, no query.
"""

from __future__ import annotations

import logging
import sys

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

logger = logging.getLogger("complaints_site.errors")

OUTAGE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30
API_PREFIX = "/api/"
# Pages that can show original text or who reported: never stored by browsers or proxies.
NO_STORE_PREFIXES = ("/moderation/", "/admin/", "/api/v1/moderation/")


def is_api(request) -> bool:
    return request.path.startswith(API_PREFIX)


def api_error(status: int, detail: str, code: str, **headers) -> JsonResponse:
    response = JsonResponse(
        {"detail": detail, "code": code}, status=status, json_dumps_params={"ensure_ascii": False}
    )
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return response


def outage_response(request) -> HttpResponse:
    retry = str(RETRY_AFTER_SECONDS)
    if is_api(request):
        response = api_error(
            503,
            _("データベースに接続できません。しばらくしてから、もう一度お試しください。"),
            "service_unavailable",
            Retry_After=retry,
        )
    else:
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = retry
    patch_cache_control(response, no_store=True)
    return response


def too_large_detail() -> str:
    limit_kb = settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 1024
    return _("リクエストの本文が大きすぎます（%(kb)s KBまで）。") % {"kb": limit_kb}


def too_large_response() -> JsonResponse:
    return api_error(413, too_large_detail(), "request_too_large")


class RequestSizeLimitMiddleware:
    """Refuse an oversize /api/ body from its Content-Length, before reading any of it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if limit is not None and is_api(request):
            try:
                length = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = 0
            if length > limit:
                return too_large_response()
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, RequestDataTooBig) and is_api(request):
            return too_large_response()
        return None


class DatabaseOutageMiddleware:
    """A database that is down or restarting answers 503 and Retry-After, not 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, OUTAGE_ERRORS):
            logger.warning(
                "database unavailable: %s %s", request.method, request.path, exc_info=exception
            )
            return outage_response(request)
        return None


class PrivatePagesMiddleware:
    """``Cache-Control: private, no-store`` on the workspace, the admin and the moderation API."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(NO_STORE_PREFIXES):
            patch_cache_control(response, private=True, no_store=True)
        return response


# --- handlers (complaints_site/urls.py) --------------------------------------------------------
def bad_request(request, exception=None):
    if is_api(request):
        return api_error(400, _("リクエストが正しくありません。"), "bad_request")
    return HttpResponse(render_to_string("400.html"), status=400)


def permission_denied(request, exception=None):
    if is_api(request):
        return api_error(403, _("この操作は許可されていません。"), "permission_denied")
    return HttpResponse(render_to_string("403.html"), status=403)


def page_not_found(request, exception=None):
    if is_api(request):
        return api_error(404, _("このURLにはAPIがありません。"), "not_found")
    from django.views.defaults import page_not_found as default

    return default(request, exception)


def server_error(request):
    if isinstance(sys.exception(), OUTAGE_ERRORS):
        return outage_response(request)
    if is_api(request):
        return api_error(500, _("サーバーでエラーが発生しました。"), "server_error")
    return HttpResponse(render_to_string("500.html"), status=500)

"""One exception handler for the whole API: every error is JSON with a stable ``code``.

Body shape: ``{"detail": <human-readable>, "code": <stable>, ...}``; bad input adds
``"errors": {field: [messages]}``, a stale version adds ``"current_version"``. Tests and
clients compare ``code``, never the (translated) ``detail``.

| exception                                   | status | code                      |
|---------------------------------------------|--------|---------------------------|
| django / DRF ValidationError                | 400    | invalid                   |
| DRF ParseError (malformed JSON)             | 400    | parse_error               |
| NotAuthenticated / AuthenticationFailed     | 401    | not_authenticated / ...   |
| PermissionDenied (django or DRF)            | 403    | permission_denied         |
| OriginalRestricted                          | 403    | original_restricted       |
| AuthorSuspended (suspended or banned author) | 403   | author_suspended (+ until) |
| EditNotAllowed (not the author, or too late) | 403   | edit_not_allowed          |
| Http404, ObjectDoesNotExist (any model)     | 404    | not_found                 |
| ModerationConflict (stale version)          | 409    | conflict + current_version|
| InvalidTransition                           | 409    | invalid_transition        |
| IdempotencyKeyReused                        | 422    | idempotency_key_reused    |
| UnresolvedHarassment                        | 422    | unresolved_harassment + findings |
| Throttled, ReportThrottled                  | 429    | throttled (+ Retry-After) |
| RequestDataTooBig (body over the limit)     | 413    | request_too_large         |

Outside DRF's views (complaints_site/errors.py), still JSON for every path under /api/:

| situation                                   | status | code                      |
|---------------------------------------------|--------|---------------------------|
| unknown /api/ path (api_not_found, handler404) | 404 | not_found                 |
| Content-Length over the limit (middleware)  | 413    | request_too_large         |
| SuspiciousOperation (e.g. a bad Host)       | 400    | bad_request               |
| database down (OperationalError, InterfaceError) | 503 | service_unavailable (+ Retry-After) |
| any other unhandled exception (handler500)  | 500    | server_error              |
"""

from __future__ import annotations

import math

from django.core.exceptions import ObjectDoesNotExist, RequestDataTooBig
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from rest_framework import exceptions, serializers, status
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.views import set_rollback

from comments.exceptions import (
    AuthorSuspended,
    EditNotAllowed,
    InvalidTransition,
    ModerationConflict,
    OriginalRestricted,
    ReportThrottled,
    UnresolvedHarassment,
)
from comments.idempotency import IdempotencyKeyReused

INVALID_DETAIL = "入力内容に誤りがあります。"


# --- Error bodies, for the schema ------------------------------------------------------------
class ErrorOutput(serializers.Serializer):
    detail = serializers.CharField(help_text="Human-readable message (Japanese).")
    code = serializers.CharField(help_text="Stable machine-readable code, e.g. `not_found`.")


class ValidationErrorOutput(ErrorOutput):
    errors = serializers.DictField(
        child=serializers.JSONField(),
        required=False,
        help_text="When code is `invalid`: messages per input field "
        "(`non_field_errors` for the request as a whole). Absent for `parse_error`.",
    )


class ConflictErrorOutput(ErrorOutput):
    current_version = serializers.IntegerField(
        allow_null=True,
        required=False,
        help_text="Present when code is `conflict`: the version to decide on after reloading.",
    )


class UnresolvedErrorOutput(ErrorOutput):
    findings = serializers.ListField(
        child=serializers.IntegerField(),
        required=False,
        help_text="Present when code is `unresolved_harassment`: the harassment finding ids "
        "to mask (spans) or dismiss (`dismiss` + `dismiss_note`) before publishing. "
        "(`idempotency_key_reused` carries no list.)",
    )


# --- The handler ------------------------------------------------------------------------------
def _field_errors(exc: DjangoValidationError) -> dict:
    if hasattr(exc, "error_dict"):
        return {
            (api_settings.NON_FIELD_ERRORS_KEY if field == "__all__" else field): messages
            for field, messages in exc.message_dict.items()
        }
    return {api_settings.NON_FIELD_ERRORS_KEY: exc.messages}


def _error(status_code: int, detail, code: str, headers=None, **extra) -> Response:
    set_rollback()
    return Response({"detail": str(detail), "code": code, **extra}, status_code, headers=headers)


def _code_of(exc: exceptions.APIException) -> str:
    detail = exc.detail
    if isinstance(detail, exceptions.ErrorDetail) and detail.code:
        return str(detail.code)
    return str(exc.default_code)


def api_exception_handler(exc, context):
    """REST_FRAMEWORK["EXCEPTION_HANDLER"]: map domain and framework errors to JSON."""
    if isinstance(exc, DjangoValidationError):
        return _error(400, _(INVALID_DETAIL), "invalid", errors=_field_errors(exc))
    if isinstance(exc, ModerationConflict):
        return _error(409, exc, exc.code, current_version=exc.current_version)
    if isinstance(exc, InvalidTransition):
        return _error(409, exc, exc.code, current_status=exc.current)
    if isinstance(exc, ReportThrottled):
        return _error(429, exc, exc.code)
    if isinstance(exc, IdempotencyKeyReused):
        return _error(422, exc, exc.code)
    if isinstance(exc, UnresolvedHarassment):
        return _error(422, exc, exc.code, findings=exc.finding_ids)
    if isinstance(exc, OriginalRestricted):
        return _error(403, exc, exc.code)
    if isinstance(exc, EditNotAllowed):
        return _error(403, exc, exc.code)
    if isinstance(exc, AuthorSuspended):
        until = exc.until.isoformat() if exc.until else None
        return _error(403, exc, exc.code, until=until)
    if isinstance(exc, RequestDataTooBig):
        from .errors import too_large_detail

        return _error(413, too_large_detail(), "request_too_large")
    if isinstance(exc, Http404 | ObjectDoesNotExist):
        exc = exceptions.NotFound(_("見つかりません。"))
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()
    if not isinstance(exc, exceptions.APIException):
        return None  # a genuine bug: let Django log it and answer 500

    headers = {}
    if getattr(exc, "auth_header", None):
        headers["WWW-Authenticate"] = exc.auth_header
    if getattr(exc, "wait", None):
        headers["Retry-After"] = str(math.ceil(exc.wait))
    if isinstance(exc, exceptions.ValidationError):
        errors = exc.detail
        if not isinstance(errors, dict):
            errors = {api_settings.NON_FIELD_ERRORS_KEY: errors}
        return _error(exc.status_code, _(INVALID_DETAIL), "invalid", headers, errors=errors)
    return _error(exc.status_code, exc.detail, _code_of(exc), headers)


@csrf_exempt  # a JSON 404 for every method; there is nothing to protect
def api_not_found(request, *args, **kwargs):
    """Unknown paths under /api/ answer JSON too (not Django's HTML 404 page)."""
    return JsonResponse(
        {"detail": _("このURLにはAPIがありません。"), "code": "not_found"},
        status=status.HTTP_404_NOT_FOUND,
    )

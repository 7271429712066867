"""The REST API: one router for every app's viewsets, the token endpoint, schema and docs.

Mounted at /api/ by complaints_site/urls.py; the versioned endpoints live under /api/v1/.
Errors are mapped to JSON in complaints_site/api_errors.py (REST_FRAMEWORK setting).
"""

from __future__ import annotations

from django.conf import settings
from django.urls import include, path, re_path
from django.utils.csp import CSP
from django.views.decorators.csp import csp_override
from drf_spectacular.utils import extend_schema
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework import exceptions, serializers
from rest_framework.authtoken.serializers import AuthTokenSerializer
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.routers import DefaultRouter
from rest_framework.settings import api_settings

from comments.api.permissions import AuthTokenThrottle
from comments.api.views import (
    CheckView,
    CommentFeedViewSet,
    ModerationActionViewSet,
    ModerationCommentViewSet,
    ModerationQueueViewSet,
    PostCommentViewSet,
    ProtectedPersonViewSet,
    SanctionViewSet,
)
from posts.api.views import PostViewSet
from takedowns.api.views import (
    TakedownModerationViewSet,
    TakedownRequestCreateView,
    TransparencyView,
)

from . import login_throttle
from .api_errors import ErrorOutput, ValidationErrorOutput, api_not_found
from .filters import SLUG


class TokenOutput(serializers.Serializer):
    token = serializers.CharField()


class AuthTokenView(ObtainAuthToken):
    """Exchange a username and password for the account's API token."""

    throttle_classes = [AuthTokenThrottle]
    # ObtainAuthToken names DRF's plain JSONParser; use the site's bounded one.
    parser_classes = api_settings.DEFAULT_PARSER_CLASSES

    @extend_schema(
        summary="Get an API token (send it as `Authorization: Token <token>`)",
        request=AuthTokenSerializer,
        responses={200: TokenOutput, 400: ValidationErrorOutput, 429: ErrorOutput},
        auth=[],
    )
    def post(self, request, *args, **kwargs):
        # Password guesses count against the account and the client, as on the login page.
        data = request.data
        username = str(data.get("username", "")) if hasattr(data, "get") else ""
        wait = login_throttle.wait_seconds(request, username)
        if wait is not None:
            raise exceptions.Throttled(wait=wait)
        try:
            response = super().post(request, *args, **kwargs)
        except exceptions.ValidationError:
            login_throttle.record_failure(request, username)
            raise
        login_throttle.record_success(request, username)
        return response


# The Swagger UI page under the site's strict CSP: the split view loads its start-up script
# from /api/docs/?script= (script-src 'self' holds). Our template (lang, a local stylesheet
# with contrast fixes, docs/accessibility.md) has no inline <style>; Swagger UI itself still
# writes style attributes, so styles keep 'unsafe-inline', and only on this page.
swagger_ui = csp_override(
    {
        **getattr(settings, "SECURE_CSP", {}),
        "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    }
)(
    SpectacularSwaggerSplitView.as_view(
        url_name="api-schema", template_name="drf_spectacular/swagger_ui_a11y.html"
    )
)

router = DefaultRouter()
router.register("posts", PostViewSet, basename="api-post")
router.register(
    rf"posts/(?P<slug>{SLUG})/comments", PostCommentViewSet, basename="api-post-comment"
)
router.register("comments", CommentFeedViewSet, basename="api-comment")
router.register("moderation/queue", ModerationQueueViewSet, basename="api-moderation-queue")
router.register("moderation/comments", ModerationCommentViewSet, basename="api-moderation-comment")
router.register(
    "moderation/protected-persons", ProtectedPersonViewSet, basename="api-protected-person"
)
router.register("moderation/actions", ModerationActionViewSet, basename="api-moderation-action")
router.register("moderation/sanctions", SanctionViewSet, basename="api-sanction")
router.register(
    "moderation/takedown-requests", TakedownModerationViewSet, basename="api-takedown-request"
)

urlpatterns = [
    path("v1/auth/token/", AuthTokenView.as_view(), name="api-auth-token"),
    path("v1/check/", CheckView.as_view(), name="api-check"),
    path(
        "v1/takedown-requests/",
        TakedownRequestCreateView.as_view(),
        name="api-takedown-request-create",
    ),
    path("v1/transparency/", TransparencyView.as_view(), name="api-transparency"),
    path("v1/", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", swagger_ui, name="api-docs"),
    re_path(r"", api_not_found, name="api-not-found"),
]

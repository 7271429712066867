"""Thin API views: a public request, the handlers' queue and two steps, and the
transparency report. Domain errors are raised, never caught: the site's exception handler
answers 400 (per field), 403, 404, 409 (stale ``version`` → ``conflict`` with
``current_version``; ``invalid_transition``, ``inquiry_pending``) and 429."""

from __future__ import annotations

from django.utils.cache import patch_cache_control, patch_vary_headers
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.views import APIView

from comments.client import client_ip
from complaints_site.api_errors import ConflictErrorOutput, ErrorOutput, ValidationErrorOutput

from .. import report, selectors, services
from .permissions import CanHandleTakedowns, TakedownRequestThrottle
from .serializers import (
    DecideInput,
    QueueFilterInput,
    TakedownDetailOutput,
    TakedownReceiptOutput,
    TakedownRequestInput,
    TakedownRequestOutput,
    TransparencyOutput,
    VersionInput,
)

REFERENCE = r"TD-[A-Z0-9]{4}-[A-Z0-9]{4}"
REFERENCE_PARAM = OpenApiParameter(
    "reference", OpenApiTypes.STR, OpenApiParameter.PATH, pattern=REFERENCE
)


def _errors(*codes: int) -> dict:
    schemas = {400: ValidationErrorOutput, 409: ConflictErrorOutput}
    return {code: schemas.get(code, ErrorOutput) for code in codes}


def _valid(serializer_class, data) -> dict:
    serializer = serializer_class(data=data)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


class TakedownRequestCreateView(APIView):
    """A removal request (送信防止措置の申出) from anyone; acknowledged by e-mail."""

    throttle_classes = [TakedownRequestThrottle]

    @extend_schema(
        summary="File a removal request (送信防止措置の申出)",
        request=TakedownRequestInput,
        responses={201: TakedownReceiptOutput, **_errors(400, 401, 429)},
    )
    def post(self, request):
        data = _valid(TakedownRequestInput, request.data)
        created = services.takedown_request_submit(
            requester_name=data["requester_name"],
            email=data["email"],
            relationship=data["relationship"],
            right=data["right"],
            passage=data["passage"],
            explanation=data["explanation"],
            declared=data["declared"],
            targets=[dict(t) for t in data["targets"]],
            client_ip=client_ip(request),
        )
        body = TakedownReceiptOutput(created).data
        return Response(body, status=status.HTTP_201_CREATED)


@extend_schema_view(
    list=extend_schema(
        summary="Removal requests, nearest deadline first",
        parameters=[QueueFilterInput],
        responses={200: TakedownRequestOutput(many=True), **_errors(400, 401, 403)},
    ),
    retrieve=extend_schema(
        summary="One removal request with its inquiries",
        parameters=[REFERENCE_PARAM],
        responses={200: TakedownDetailOutput, **_errors(401, 403, 404)},
    ),
)
class TakedownModerationViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    permission_classes = [CanHandleTakedowns]
    serializer_class = TakedownRequestOutput
    lookup_field = "reference"
    lookup_value_regex = REFERENCE
    filter_backends: list = []

    def get_queryset(self):
        if self.action == "list":
            filters = _valid(QueueFilterInput, self.request.query_params.dict())
            filters.pop("page", None)
            return selectors.takedown_queue(**filters).select_related(None)
        return selectors.takedown_queue().prefetch_related("inquiries")

    def get_serializer_class(self):
        return TakedownDetailOutput if self.action == "retrieve" else TakedownRequestOutput

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        patch_cache_control(response, private=True)
        patch_vary_headers(response, ["Authorization"])
        return response

    def _answer(self, found) -> Response:
        return Response(TakedownDetailOutput(found).data)

    @extend_schema(
        summary="Send the author inquiry (意見照会, 7 days to answer)",
        parameters=[REFERENCE_PARAM],
        request=VersionInput,
        responses={200: TakedownDetailOutput, **_errors(400, 401, 403, 404, 409)},
    )
    @action(detail=True, methods=["post"], url_path="inquire-author")
    def inquire_author(self, request, reference=None):
        data = _valid(VersionInput, request.data)
        return self._answer(
            services.takedown_inquire_author(
                reference=reference, version=data["version"], actor=request.user
            )
        )

    @extend_schema(
        summary="Decide: remove, redact or keep, with reasons (notices are sent)",
        parameters=[REFERENCE_PARAM],
        request=DecideInput,
        responses={200: TakedownDetailOutput, **_errors(400, 401, 403, 404, 409, 422)},
    )
    @action(detail=True, methods=["post"])
    def decide(self, request, reference=None):
        data = _valid(DecideInput, request.data)
        return self._answer(
            services.takedown_decide(
                reference=reference,
                version=data["version"],
                actor=request.user,
                outcome=data["outcome"],
                reason=data["reason"],
                spans=[dict(s) for s in data.get("spans", [])] or None,
            )
        )


class TransparencyView(APIView):
    """The transparency report as JSON (the same figures as the 「透明性レポート」 page)."""

    @extend_schema(
        summary="The transparency report: monthly figures of the last 12 months",
        responses={200: TransparencyOutput, **_errors(401)},
    )
    def get(self, request):
        return Response(report.transparency_report())

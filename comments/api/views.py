"""Thin viewsets: reads come from selectors, each write is one service call.

Bad input and domain errors are raised, never caught here: the exception handler in
complaints_site/api_errors.py turns them into JSON with a stable ``code``.
"""

from __future__ import annotations

import re

from django.db.models import F, Prefetch
from django.http import Http404
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    extend_schema,
    extend_schema_view,
)
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.pagination import CursorPagination, PageNumberPagination
from rest_framework.response import Response
from rest_framework.views import APIView

from complaints_site.api_errors import (
    ConflictErrorOutput,
    ErrorOutput,
    UnresolvedErrorOutput,
    ValidationErrorOutput,
)
from complaints_site.filters import SLUG
from posts import selectors as post_selectors
from posts.models import Post

from .. import idempotency, selectors, services
from ..client import client_hash, client_ip
from ..models import Finding, ProtectedPerson
from .filters import ActionFilter, FeedFilter, QueueFilterInput
from .permissions import (
    AnonCommentThrottle,
    CanPurge,
    CheckThrottle,
    IsModerator,
    UserCommentThrottle,
)
from .serializers import (
    CheckInput,
    CheckOutput,
    CommentInput,
    CreatedReplyOutput,
    DecisionInput,
    DecisionOutput,
    EditInput,
    FeedItemOutput,
    ModerationActionOutput,
    ProtectedPersonInput,
    ProtectedPersonOutput,
    PublishInput,
    QueueItemOutput,
    RedactInput,
    RejectInput,
    ReportInput,
    ReportOutput,
    SanctionInput,
    SanctionLiftInput,
    SanctionOutput,
    ThreadItemOutput,
)

ID = r"[0-9]{1,19}"
# Printable ASCII, as in the IETF Idempotency-Key draft; 255 fits the model.
IDEMPOTENCY_KEY = re.compile(r"[\x21-\x7e]{1,255}")
ID_PARAM = OpenApiParameter("id", OpenApiTypes.INT, OpenApiParameter.PATH)


def _errors(*codes: int) -> dict:
    schemas = {400: ValidationErrorOutput, 409: ConflictErrorOutput, 422: UnresolvedErrorOutput}
    return {code: schemas.get(code, ErrorOutput) for code in codes}


def _valid(serializer_class, data, **kwargs) -> dict:
    serializer = serializer_class(data=data, **kwargs)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


# --- Public thread: GET list / POST reply ----------------------------------------------------
class ThreadPagination(PageNumberPagination):
    """Pages of top-level comments, each with its whole subtree (never split), read in SQL
    as one path range: ``count`` is the number of top-level comments, ``page_size`` how
    many of them a page holds."""

    page_size = 100
    page_size_query_param = "page_size"
    max_page_size = 500

    def paginate_thread(self, request, *, post, own_ids, user) -> list:
        size = self.get_page_size(request) or self.page_size
        number = request.query_params.get(self.page_query_param, "1")
        if not number.isdigit() or int(number) < 1:
            raise Http404
        self.thread_page = selectors.comment_thread_page(
            post=post, page=int(number), own_ids=own_ids, user=user, per_page=size
        )
        if self.thread_page.number != int(number) and int(number) > 1:
            raise Http404  # past the end, as DRF's own pagination answers
        self.request = request
        self.size = size
        return self.thread_page.items

    def get_paginated_response(self, data):
        page = self.thread_page
        return Response(
            {
                "count": page.roots,
                "next": self._link(page.next_page_number) if page.has_next else None,
                "previous": self._link(page.previous_page_number) if page.has_previous else None,
                "results": data,
            }
        )

    def _link(self, number: int) -> str:
        from rest_framework.utils.urls import replace_query_param

        url = self.request.build_absolute_uri()
        return replace_query_param(url, self.page_query_param, number)


IDEMPOTENCY_HEADER = OpenApiParameter(
    "Idempotency-Key",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description="Any unique string (≤255 printable ASCII). A retry with the same key "
    "returns the first answer and creates nothing; the same key with another payload is 422.",
)


@extend_schema_view(
    list=extend_schema(
        summary="The public thread of a post, in display order",
        responses={200: ThreadItemOutput(many=True), **_errors(400, 401, 404)},
    ),
    create=extend_schema(
        summary="Reply to a post (or to a comment, with parent)",
        request=CommentInput,
        parameters=[IDEMPOTENCY_HEADER],
        responses={201: CreatedReplyOutput, **_errors(400, 401, 403, 404, 422, 429)},
    ),
)
@extend_schema(
    parameters=[OpenApiParameter("slug", OpenApiTypes.STR, OpenApiParameter.PATH, pattern=SLUG)]
)
class PostCommentViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    serializer_class = ThreadItemOutput
    pagination_class = ThreadPagination
    filter_backends: list = []

    def get_post(self) -> Post:
        try:
            return post_selectors.post_detail(slug=self.kwargs["slug"])
        except Post.DoesNotExist:
            raise Http404 from None

    def get_queryset(self):
        return selectors.comment_thread(post=self.get_post())

    def list(self, request, slug=None):
        post = self.get_post()
        paginator = self.paginator
        items = paginator.paginate_thread(request, post=post, own_ids=frozenset(), user=None)
        return paginator.get_paginated_response(self.get_serializer(items, many=True).data)

    def get_throttles(self):
        if self.action == "create":
            return [AnonCommentThrottle(), UserCommentThrottle()]
        return super().get_throttles()

    def create(self, request, slug=None):
        post = self.get_post()
        data = _valid(CommentInput, request.data)
        author = request.user if request.user.is_authenticated else None
        ip = client_ip(request)

        def submit():
            comment = services.comment_submit(
                post=post,
                body=data["body"],
                parent_id=data.get("parent"),
                author=author,
                author_name=data.get("author_name"),
                client_ip=ip,
            )
            # The author gets the public text back: empty while held, never the original,
            # and once only the secret for editing or deleting it (X-Edit-Token).
            item = selectors.ThreadItem(comment, comment.public_body)
            body = {**ThreadItemOutput(item).data, "edit_token": comment.edit_token}
            return status.HTTP_201_CREATED, body, comment

        key = request.headers.get("Idempotency-Key")
        if key is None:
            code, body, _comment = submit()
            return Response(body, status=code)
        if not IDEMPOTENCY_KEY.fullmatch(key):
            raise serializers.ValidationError(
                {"Idempotency-Key": [_("1〜255文字の英数字・記号で指定してください。")]}
            )
        outcome = idempotency.idempotent_create(
            scope=idempotency.idempotency_scope(user=author, client_hash=client_hash(ip)),
            key=key,
            fingerprint=idempotency.request_fingerprint(
                method=request.method,
                path=request.path,
                # Omitted and null mean the same, so they fingerprint the same.
                payload={field: data.get(field) for field in CommentInput().fields},
            ),
            create=submit,
        )
        headers = {"Idempotent-Replayed": "true"} if outcome.replayed else {}
        return Response(outcome.body, status=outcome.status, headers=headers)


# --- Site-wide feed of public comments (+ reporting one) -------------------------------------
class FeedPagination(CursorPagination):
    # created_at positions the cursor; the id breaks ties, so pages never shift while
    # new comments arrive at the top.
    ordering = ("-created_at", "-id")
    page_size_query_param = "page_size"
    max_page_size = 200


EDIT_TOKEN_HEADER = OpenApiParameter(
    "X-Edit-Token",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description="The `edit_token` from the 201 answer (anonymous authors; signed-in authors "
    "are recognised by their account).",
)


@extend_schema_view(
    list=extend_schema(
        summary="Public comments site-wide, newest first (cursor-paginated)",
        responses={200: FeedItemOutput(many=True), **_errors(400, 401, 404)},
    ),
    report=extend_schema(
        summary="Report a public comment to the moderators",
        request=ReportInput,
        parameters=[ID_PARAM],
        responses={202: ReportOutput, **_errors(400, 401, 404, 429)},
    ),
)
class CommentFeedViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    serializer_class = FeedItemOutput
    pagination_class = FeedPagination
    filterset_class = FeedFilter
    lookup_value_regex = ID

    def get_queryset(self):
        return selectors.public_comments().select_related("post")

    def get_throttles(self):
        if self.action == "partial_update":
            return [AnonCommentThrottle(), UserCommentThrottle()]
        return super().get_throttles()

    def _token(self, request) -> str | None:
        token = request.headers.get("X-Edit-Token")
        return token[:200] if token else None

    @extend_schema(
        summary="Edit your own reply (within the edit window; scanned again)",
        parameters=[ID_PARAM, EDIT_TOKEN_HEADER],
        request=EditInput,
        responses={200: ThreadItemOutput, **_errors(400, 401, 403, 404, 429)},
    )
    def partial_update(self, request, pk=None):
        data = _valid(EditInput, request.data)
        comment = services.comment_edit(
            comment_id=int(pk),
            body=data["body"],
            user=request.user,
            edit_token=self._token(request),
        )
        return Response(ThreadItemOutput(selectors.ThreadItem(comment, comment.public_body)).data)

    @extend_schema(
        summary="Delete your own reply (a tombstone keeps the thread's shape)",
        parameters=[ID_PARAM, EDIT_TOKEN_HEADER],
        request=None,
        responses={204: None, **_errors(401, 403, 404)},
    )
    def destroy(self, request, pk=None):
        services.comment_delete(
            comment_id=int(pk), user=request.user, edit_token=self._token(request)
        )
        return Response(status=status.HTTP_204_NO_CONTENT)

    @action(detail=True, methods=["post"])
    def report(self, request, pk=None):
        data = _valid(ReportInput, request.data)
        services.comment_report(
            comment_id=int(pk),
            reporter=request.user if request.user.is_authenticated else None,
            client_ip=client_ip(request),
            reason=data["reason"],
            note=data["note"],
        )
        body = {"detail": _("通報を受け付けました。"), "code": "reported"}
        return Response(body, status=status.HTTP_202_ACCEPTED)


# --- Moderation: queue, decisions, protected persons, audit log ------------------------------
class ModeratorsOnly:
    """Moderation answers are per user: browsers and proxies may keep them (ETag, 304) but
    never share them."""

    permission_classes = [IsModerator]

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        patch_cache_control(response, private=True)
        patch_vary_headers(response, ["Authorization"])
        return response


FINDINGS = Prefetch("findings", queryset=Finding.objects.order_by("start", "id"))


@extend_schema_view(
    list=extend_schema(
        summary="Held comments, most urgent first, then oldest",
        parameters=[QueueFilterInput],
        responses={200: QueueItemOutput(many=True), **_errors(400, 401, 403, 404)},
    )
)
class ModerationQueueViewSet(ModeratorsOnly, mixins.ListModelMixin, viewsets.GenericViewSet):
    serializer_class = QueueItemOutput
    filter_backends: list = []

    def get_queryset(self):
        filters = _valid(QueueFilterInput, self.request.query_params.dict())
        return selectors.moderation_queue(**filters).prefetch_related(FINDINGS)


def _decision(summary: str, request_serializer, *extra_errors: int):
    return extend_schema(
        summary=summary,
        parameters=[ID_PARAM],
        request=request_serializer,
        responses={200: DecisionOutput, **_errors(400, 401, 403, 404, 409, *extra_errors)},
    )


class ModerationCommentViewSet(ModeratorsOnly, viewsets.GenericViewSet):
    """Decisions on one comment; ``version`` must be the one the moderator saw."""

    serializer_class = DecisionOutput
    lookup_value_regex = ID

    def _answer(self, comment) -> Response:
        return Response(DecisionOutput(comment).data)

    @_decision("Approve a held comment as written", PublishInput, 422)
    @action(detail=True, methods=["post"])
    def approve(self, request, pk=None):
        data = _valid(PublishInput, request.data)
        return self._answer(
            services.comment_approve(
                comment_id=int(pk),
                version=data["version"],
                actor=request.user,
                reason=data["reason"],
                dismiss=data["dismiss"],
                dismiss_note=data["dismiss_note"],
            )
        )

    @_decision("Publish with spans masked (default: the scanner's suggestions)", RedactInput, 422)
    @action(detail=True, methods=["post"])
    def redact(self, request, pk=None):
        data = _valid(RedactInput, request.data)
        return self._answer(
            services.comment_redact(
                comment_id=int(pk),
                version=data["version"],
                actor=request.user,
                spans=data.get("spans"),
                reason=data["reason"],
                dismiss=data["dismiss"],
                dismiss_note=data["dismiss_note"],
            )
        )

    @_decision("Reject with a reason code", RejectInput)
    @action(detail=True, methods=["post"])
    def reject(self, request, pk=None):
        data = _valid(RejectInput, request.data)
        return self._answer(
            services.comment_reject(
                comment_id=int(pk),
                version=data["version"],
                actor=request.user,
                reason_code=data["reason"],
                reason=data["note"],
            )
        )

    @_decision("Undo the last decision", PublishInput, 422)
    @action(detail=True, methods=["post"])
    def restore(self, request, pk=None):
        data = _valid(PublishInput, request.data)
        return self._answer(
            services.comment_restore(
                comment_id=int(pk),
                version=data["version"],
                actor=request.user,
                reason=data["reason"],
                dismiss=data["dismiss"],
                dismiss_note=data["dismiss_note"],
            )
        )

    @extend_schema(
        summary="Sanction the author of this comment (account, or hashed client if anonymous)",
        parameters=[ID_PARAM],
        request=SanctionInput,
        responses={201: SanctionOutput, **_errors(400, 401, 403, 404)},
    )
    @action(detail=True, methods=["post"])
    def sanction(self, request, pk=None):
        data = _valid(SanctionInput, request.data)
        sanction = services.sanction_author(
            comment_id=int(pk),
            kind=data["kind"],
            days=data["days"],
            reason=data["reason"],
            actor=request.user,
        )
        return Response(SanctionOutput(sanction).data, status=status.HTTP_201_CREATED)

    @_decision("Erase the text for good (needs comments.view_original)", DecisionInput)
    @action(detail=True, methods=["post"], permission_classes=[CanPurge])
    def purge(self, request, pk=None):
        data = _valid(DecisionInput, request.data)
        return self._answer(
            services.comment_purge(
                comment_id=int(pk),
                version=data["version"],
                actor=request.user,
                reason=data["reason"],
            )
        )


@extend_schema_view(
    list=extend_schema(
        summary="The protected-person registry",
        responses={200: ProtectedPersonOutput(many=True), **_errors(400, 401, 403, 404)},
    ),
    retrieve=extend_schema(
        parameters=[ID_PARAM],
        responses={200: ProtectedPersonOutput, **_errors(401, 403, 404)},
    ),
    create=extend_schema(
        summary="Add a protected person (starts a rescan of public comments)",
        request=ProtectedPersonInput,
        responses={201: ProtectedPersonOutput, **_errors(400, 401, 403)},
    ),
    partial_update=extend_schema(
        summary="Change a protected person (starts a rescan)",
        parameters=[ID_PARAM],
        request=ProtectedPersonInput(partial=True),
        responses={200: ProtectedPersonOutput, **_errors(400, 401, 403, 404)},
    ),
    destroy=extend_schema(parameters=[ID_PARAM], responses={204: None, **_errors(401, 403, 404)}),
)
class ProtectedPersonViewSet(
    ModeratorsOnly, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    serializer_class = ProtectedPersonOutput
    filter_backends: list = []
    lookup_value_regex = ID

    def get_queryset(self):
        # There is no selector for the registry (see the report): the model's ordering.
        return ProtectedPerson.objects.all()

    def create(self, request):
        data = _valid(ProtectedPersonInput, request.data)
        person = services.protected_person_save(**data)
        return Response(ProtectedPersonOutput(person).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request, pk=None):
        person = self.get_object()
        current = {
            field: getattr(person, field)
            for field in ("name", "aliases", "handles", "roles", "note", "active")
        }
        data = _valid(ProtectedPersonInput, request.data, partial=True)
        person = services.protected_person_save(person=person, **{**current, **data})
        return Response(ProtectedPersonOutput(person).data)

    def destroy(self, request, pk=None):
        services.protected_person_delete(person=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)


@extend_schema_view(
    list=extend_schema(
        summary="The audit log, newest first (read-only)",
        responses={200: ModerationActionOutput(many=True), **_errors(400, 401, 403, 404)},
    )
)
class ModerationActionViewSet(ModeratorsOnly, mixins.ListModelMixin, viewsets.GenericViewSet):
    serializer_class = ModerationActionOutput
    filterset_class = ActionFilter

    def get_queryset(self):
        # FilterSet does the filtering; the username rides along in the same query.
        return selectors.moderation_log().annotate(actor_username=F("actor__username"))


@extend_schema_view(
    list=extend_schema(
        summary="Sanctions, newest first",
        parameters=[
            OpenApiParameter(
                "active", OpenApiTypes.BOOL, description="true: in force; false: lifted or expired"
            )
        ],
        responses={200: SanctionOutput(many=True), **_errors(400, 401, 403, 404)},
    ),
)
class SanctionViewSet(ModeratorsOnly, mixins.ListModelMixin, viewsets.GenericViewSet):
    serializer_class = SanctionOutput
    filter_backends: list = []
    lookup_value_regex = ID

    def get_queryset(self):
        active = {"true": True, "false": False}.get(self.request.query_params.get("active", ""))
        return selectors.sanction_list(active=active)

    @extend_schema(
        summary="Lift a sanction early, with a reason",
        parameters=[ID_PARAM],
        request=SanctionLiftInput,
        responses={200: SanctionOutput, **_errors(400, 401, 403, 404)},
    )
    @action(detail=True, methods=["post"])
    def lift(self, request, pk=None):
        data = _valid(SanctionLiftInput, request.data)
        sanction = services.sanction_lift(
            sanction_id=int(pk), reason=data["reason"], actor=request.user
        )
        return Response(SanctionOutput(sanction).data)


class CheckView(APIView):
    """The author's self-check: what would make a draft wait. Nothing is stored or logged."""

    throttle_classes = [CheckThrottle]
    permission_classes: list = []

    @extend_schema(
        summary="Check a draft reply before posting (nothing is stored)",
        request=CheckInput,
        responses={200: CheckOutput, **_errors(400, 429)},
    )
    def post(self, request):
        data = _valid(CheckInput, request.data)
        result = services.comment_check(body=data["body"])
        response = Response(
            CheckOutput(
                {
                    "risk": result.risk,
                    "findings": [
                        {"start": f.start, "end": f.end, "category": f.category, "label": f.label}
                        for f in result.findings
                    ],
                    "masked": result.masked,
                }
            ).data
        )
        patch_cache_control(response, private=True, no_store=True)
        return response

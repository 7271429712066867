"""The posts API views: thin viewsets over posts.selectors."""

from __future__ import annotations

from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import viewsets
from rest_framework.filters import OrderingFilter

from complaints_site.api_errors import ErrorOutput, ValidationErrorOutput
from complaints_site.filters import SLUG

from .. import selectors
from .filters import PostFilter
from .serializers import PostDetailOutput, PostOutput


@extend_schema_view(
    list=extend_schema(
        summary="Published posts, newest first",
        responses={
            200: PostOutput(many=True),
            400: ValidationErrorOutput,
            401: ErrorOutput,
            404: ErrorOutput,  # a page number past the end
        },
    ),
    retrieve=extend_schema(
        summary="One published post",
        responses={200: PostDetailOutput, 401: ErrorOutput, 404: ErrorOutput},
    ),
)
class PostViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = PostOutput
    filter_backends = [DjangoFilterBackend, OrderingFilter]
    filterset_class = PostFilter
    ordering_fields = ["published_at"]
    # posts.selectors.post_list() aggregates, and Django drops Meta.ordering from GROUP BY
    # queries, so the order is stated here (see the report).
    ordering = ["-published_at", "-id"]
    lookup_field = "slug"
    lookup_value_regex = SLUG

    def get_queryset(self):
        return selectors.post_list()

    def get_serializer_class(self):
        # The detail adds the pre-moderation state (one more query; not per row in lists).
        return PostDetailOutput if self.action == "retrieve" else PostOutput

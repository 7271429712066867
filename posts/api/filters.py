"""Query parameters of the posts endpoint."""

from __future__ import annotations

import django_filters
from django.db.models import Q

from complaints_site.filters import BoundedIsoDateTimeFilter

from ..models import Post


class PostFilter(django_filters.FilterSet):
    published_after = BoundedIsoDateTimeFilter(
        field_name="published_at",
        lookup_expr="gte",
        help_text="Published at or after (ISO 8601 date/time; naive means Asia/Tokyo).",
    )
    published_before = BoundedIsoDateTimeFilter(
        field_name="published_at", lookup_expr="lte", help_text="Published at or before."
    )
    q = django_filters.CharFilter(
        method="search", max_length=200, help_text="Words in the title or the body."
    )

    class Meta:
        model = Post
        fields = ["published_after", "published_before", "q"]

    def search(self, queryset, name, value):
        return queryset.filter(Q(title__icontains=value) | Q(body__icontains=value))

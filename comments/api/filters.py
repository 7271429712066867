"""Query parameters of the comment and moderation endpoints, parsed and validated."""

from __future__ import annotations

import django_filters
from rest_framework import serializers

from complaints_site.filters import MAX_ID, BoundedIsoDateTimeFilter, IdFilter

from ..models import Comment, ModerationAction


class FeedFilter(django_filters.FilterSet):
    post = django_filters.CharFilter(
        field_name="post__slug", max_length=100, help_text="The post's slug."
    )
    since = BoundedIsoDateTimeFilter(
        field_name="created_at", lookup_expr="gte", help_text="Created at or after (ISO 8601)."
    )
    until = BoundedIsoDateTimeFilter(
        field_name="created_at", lookup_expr="lte", help_text="Created at or before (ISO 8601)."
    )
    author_name = django_filters.CharFilter(max_length=50, help_text="Exact display name.")

    class Meta:
        model = Comment
        fields = ["post", "since", "until", "author_name"]


class QueueFilterInput(serializers.Serializer):
    """The queue's filters. ``comments.selectors.moderation_queue`` applies them (it is
    shared with the moderator workspace), so this only parses and validates them."""

    category = serializers.CharField(
        required=False, max_length=32, help_text="Finding category, e.g. PHONE or INSULT."
    )
    post = serializers.IntegerField(
        required=False, min_value=1, max_value=MAX_ID, help_text="The post's id."
    )
    reported = serializers.BooleanField(
        required=False,
        allow_null=True,
        default=None,
        help_text="true: only comments with open reports; false: only without.",
    )


class ActionFilter(django_filters.FilterSet):
    comment = IdFilter(field_name="comment_id", min_value=1, max_value=MAX_ID)
    actor = django_filters.CharFilter(
        method="filter_actor",
        max_length=150,
        help_text='A moderator\'s username, or "system" for automatic actions.',
    )
    action = django_filters.ChoiceFilter(choices=ModerationAction.Action.choices)
    since = BoundedIsoDateTimeFilter(
        field_name="created_at", lookup_expr="gte", help_text="At or after (ISO 8601 date/time)."
    )
    until = BoundedIsoDateTimeFilter(
        field_name="created_at", lookup_expr="lte", help_text="At or before (ISO 8601 date/time)."
    )

    class Meta:
        model = ModerationAction
        fields = ["comment", "actor", "action", "since", "until"]

    def filter_actor(self, queryset, name, value):
        if value == "system":
            return queryset.filter(actor__isnull=True)
        # Report rows carry no actor (who reported stays on the Report), so a username
        # never finds them.
        return queryset.filter(actor__username=value)

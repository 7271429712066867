"""Reads of posts for pages and the API, each a fixed number of queries."""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet

from .models import Post

PUBLIC_COMMENT = Q(comments__status__in=("published", "redacted"))


def post_list() -> QuerySet[Post]:
    """Visible posts, newest first, with their public-comment counts (one query)."""
    # Aggregation drops Meta.ordering, so the order is explicit.
    return (
        Post.objects.visible()
        .annotate(comment_count=Count("comments", filter=PUBLIC_COMMENT))
        .order_by("-published_at", "-id")
    )


def post_detail(*, slug: str) -> Post:
    return Post.objects.visible().get(slug=slug)

"""Reads of removal requests for the workspace and the API, each a fixed number of
queries; no writes and no rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone

from comments.models import Comment, Finding

from .models import AuthorInquiry, TakedownEvent, TakedownRequest, TakedownTarget
from .transitions import FINAL

TARGETS = Prefetch(
    "targets",
    queryset=TakedownTarget.objects.select_related("comment", "post").order_by("id"),
)


def takedown_queue(
    *, state: str | None = None, overdue: bool | None = None, now: datetime | None = None
) -> QuerySet[TakedownRequest]:
    """Requests, nearest deadline first (open ones before decided or withdrawn)."""
    now = now or timezone.now()
    rows = TakedownRequest.objects.prefetch_related(TARGETS)
    if state:
        rows = rows.filter(state=state)
    if overdue is True:
        rows = rows.exclude(state__in=FINAL).filter(deadline__lt=now)
    elif overdue is False:
        rows = rows.exclude(~Q(state__in=FINAL) & Q(deadline__lt=now))
    return rows.order_by("deadline", "id")


def open_takedown_queue() -> QuerySet[TakedownRequest]:
    return takedown_queue().exclude(state__in=FINAL)


@dataclass(frozen=True)
class TargetView:
    target: TakedownTarget
    comment: Comment | None
    findings: list[Finding]


@dataclass(frozen=True)
class RequestDetail:
    request: TakedownRequest
    targets: list[TargetView]
    inquiries: list[AuthorInquiry]
    events: list[TakedownEvent]
    previous: list[TakedownRequest]  # other requests naming the same comments or posts


def takedown_detail(*, reference: str) -> RequestDetail:
    request = TakedownRequest.objects.get(reference=reference)
    targets = list(
        request.targets.select_related("comment__post", "comment__author", "post").prefetch_related(
            Prefetch("comment__findings", queryset=Finding.objects.order_by("start", "id"))
        )
    )
    comment_ids = [t.comment_id for t in targets if t.comment_id]
    post_ids = [t.post_id for t in targets if t.post_id]
    previous = list(
        TakedownRequest.objects.filter(
            Q(targets__comment_id__in=comment_ids) | Q(targets__post_id__in=post_ids)
        )
        .exclude(pk=request.pk)
        .distinct()
        .order_by("-received_at")
    )
    return RequestDetail(
        request=request,
        targets=[
            TargetView(t, t.comment, list(t.comment.findings.all()) if t.comment else [])
            for t in targets
        ],
        inquiries=list(request.inquiries.select_related("author").order_by("id")),
        events=list(request.events.select_related("actor").order_by("created_at", "id")),
        previous=previous,
    )


def inquiry_for_author(*, inquiry_id: int, user) -> AuthorInquiry:
    """An inquiry as its author sees it (raises DoesNotExist for anyone else)."""
    return AuthorInquiry.objects.select_related("request", "comment").get(
        pk=inquiry_id, author_id=getattr(user, "pk", None)
    )


def disclosure_log() -> QuerySet[TakedownEvent]:
    """Every request to read sender information, newest first."""
    return (
        TakedownEvent.objects.filter(action=TakedownEvent.Action.DISCLOSE)
        .select_related("actor")
        .order_by("-created_at", "-id")
    )

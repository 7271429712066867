"""Figures for the moderator dashboard, read from the audit log and the findings: queue size
per day, time to decision, held comments by category per day. Reads only."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Count
from django.db.models.functions import TruncDate
from django.utils import timezone

from .kinds import category_label
from .models import Comment, Finding, ModerationAction

Action = ModerationAction.Action
ENTERS = (Action.HOLD, Action.REQUEUE)
# Moves that take a comment out of the queue.
LEAVES = (Action.APPROVE, Action.REDACT, Action.REJECT, Action.PURGE, Action.AUTHOR_DELETE)
DECISIONS = (Action.APPROVE, Action.REDACT, Action.REJECT)


@dataclass(frozen=True)
class Dashboard:
    days: list[date]
    queue_size: list[int]  # pending at the end of each day
    decisions: int
    median_hours: float | None
    p90_hours: float | None
    held_by_category: dict[str, list[int]]  # label → count per day


def _per_day(qs) -> dict[date, int]:
    rows = qs.annotate(day=TruncDate("created_at")).values("day").annotate(n=Count("pk"))
    return {r["day"]: r["n"] for r in rows.order_by()}


def dashboard(*, days: int = 30) -> Dashboard:
    today = timezone.localdate()
    span = [today - timedelta(days=days - 1 - i) for i in range(days)]
    since = timezone.make_aware(timezone.datetime.combine(span[0], timezone.datetime.min.time()))
    actions = ModerationAction.objects.filter(created_at__gte=since, comment__isnull=False)
    entered = _per_day(actions.filter(action__in=ENTERS))
    left = _per_day(actions.filter(action__in=LEAVES, from_status=Comment.Status.PENDING))
    # Walk back from today's queue: the size at the end of a day is the next day's size
    # minus what entered on the next day plus what left it.
    size = Comment.objects.filter(status=Comment.Status.PENDING).count()
    sizes = []
    for day in reversed(span):
        sizes.append(size)
        size = size - entered.get(day, 0) + left.get(day, 0)
    sizes.reverse()

    waits = [
        (decided - posted).total_seconds() / 3600
        for decided, posted in actions.filter(
            action__in=DECISIONS, from_status=Comment.Status.PENDING
        ).values_list("created_at", "comment__created_at")
    ]
    ordered = sorted(waits)
    p90 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))] if ordered else None

    held = (
        Finding.objects.filter(comment__created_at__gte=since, comment__actions__action=Action.HOLD)
        .exclude(kind=Finding.Kind.REVIEW)
        .annotate(day=TruncDate("comment__created_at"))
        .values("day", "category")
        .annotate(n=Count("comment", distinct=True))
        .order_by()
    )
    by_category: dict[str, list[int]] = {}
    index = {day: i for i, day in enumerate(span)}
    for row in held:
        if row["day"] not in index:
            continue
        series = by_category.setdefault(category_label(row["category"]), [0] * days)
        series[index[row["day"]]] += row["n"]
    return Dashboard(
        days=span,
        queue_size=sizes,
        decisions=len(waits),
        median_hours=statistics.median(waits) if waits else None,
        p90_hours=p90,
        held_by_category=dict(sorted(by_category.items(), key=lambda kv: -sum(kv[1]))[:8]),
    )

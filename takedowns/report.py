"""The 「透明性レポート」: per month, what the site received, held, published, redacted,
rejected and removed on request, and how removal requests were answered. Reads only
(aggregate queries over comments' and takedowns' rows); the same dict feeds the page and
``GET /api/v1/transparency/``."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime
from statistics import median

from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils import timezone

from comments.kinds import TAKEDOWN_REASON, category_label
from comments.models import Comment, Finding, ModerationAction
from complaints_site import charts

from .models import TakedownEvent, TakedownRequest

MONTHS = 12
Action = ModerationAction.Action


def _month_starts(now: datetime, count: int) -> list[str]:
    local = timezone.localtime(now)
    year, month = local.year, local.month
    out = []
    for _ in range(count):
        out.append(f"{year:04d}-{month:02d}")
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return out[::-1]


def _key(dt) -> str:
    return timezone.localtime(dt).strftime("%Y-%m") if dt else ""


def _monthly(queryset, field: str) -> Counter:
    rows = (
        queryset.annotate(m=TruncMonth(field, tzinfo=timezone.get_current_timezone()))
        .values("m")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return Counter({_key(r["m"]): r["n"] for r in rows if r["m"]})


def transparency_report(*, now: datetime | None = None) -> dict:
    now = now or timezone.now()
    months = _month_starts(now, MONTHS)
    first = timezone.make_aware(datetime.strptime(months[0] + "-01", "%Y-%m-%d"))
    actions = ModerationAction.objects.filter(created_at__gte=first)
    posted = _monthly(Comment.objects.filter(created_at__gte=first), "created_at")
    held = _monthly(actions.filter(action=Action.HOLD), "created_at")
    approved = _monthly(actions.filter(action=Action.APPROVE), "created_at")
    redacted = _monthly(actions.filter(action=Action.REDACT), "created_at")
    rejected = _monthly(
        actions.filter(action=Action.REJECT).exclude(reason_code=TAKEDOWN_REASON), "created_at"
    )
    received = _monthly(TakedownRequest.objects.filter(received_at__gte=first), "received_at")

    removed: Counter = Counter()
    masked: Counter = Counter()
    outcomes: dict[str, Counter] = defaultdict(Counter)
    within: Counter = Counter()
    decided: Counter = Counter()
    days: dict[str, list[float]] = defaultdict(list)
    decisions = TakedownEvent.objects.filter(
        action=TakedownEvent.Action.DECIDE, created_at__gte=first
    ).select_related("request")
    for event in decisions:
        month = _key(event.created_at)
        outcome = event.data.get("outcome", "")
        outcomes[month][outcome] += 1
        decided[month] += 1
        if outcome == TakedownRequest.Outcome.REMOVE:
            removed[month] += len(event.data.get("changed", []))
        elif outcome == TakedownRequest.Outcome.REDACT:
            masked[month] += len(event.data.get("changed", []))
        if event.data.get("within_deadline"):
            within[month] += 1
        if event.request_id:
            delta = event.created_at - event.request.received_at
            days[month].append(round(delta.total_seconds() / 86400, 1))

    rows = [
        {
            "month": m,
            "comments_posted": posted[m],
            "comments_held": held[m],
            "published_after_review": approved[m],
            "redacted": redacted[m],
            "rejected": rejected[m],
            "removed_on_request": removed[m],
            "redacted_on_request": masked[m],
            "requests_received": received[m],
            "requests_decided": decided[m],
            "decided_within_deadline": within[m],
            "median_days_to_decision": median(days[m]) if days[m] else None,
            "outcomes": {o: outcomes[m][o] for o in TakedownRequest.Outcome.values},
        }
        for m in months
    ]
    by_right = Counter(
        TakedownRequest.objects.filter(received_at__gte=first).values_list("right", flat=True)
    )
    by_category = (
        Finding.objects.filter(comment__isnull=False, created_at__gte=first)
        .values("category")
        .annotate(n=Count("pk"))
        .order_by("-n", "category")
    )
    return {
        "generated_at": now.isoformat(),
        "period": {"from": months[0], "to": months[-1]},
        "months": rows,
        "requests_by_right": [
            {"right": code, "label": str(label), "count": by_right[code]}
            for code, label in TakedownRequest.Right.choices
        ],
        "findings_by_category": [
            {"category": r["category"], "label": category_label(r["category"]), "count": r["n"]}
            for r in by_category
        ],
    }


def report_charts(report: dict) -> dict:
    labels = [r["month"] for r in report["months"]]
    ticks = [month[5:] for month in labels]  # "2025-04" → "04" under each group

    def column(name):
        return [r[name] for r in report["months"]]

    return {
        "comments": charts.grouped_bars(
            chart_id="chart-comments",
            title="月別の返信の件数（投稿・保留・申出による削除）",
            labels=labels,
            ticks=ticks,
            series={
                "投稿": column("comments_posted"),
                "確認のため保留": column("comments_held"),
                "申出により削除": column("removed_on_request"),
            },
        ),
        "requests": charts.grouped_bars(
            chart_id="chart-requests",
            title="月別の削除の申出（受付・判断・期限内の判断）",
            labels=labels,
            ticks=ticks,
            series={
                "受付": column("requests_received"),
                "判断": column("requests_decided"),
                "期限内に判断": column("decided_within_deadline"),
            },
        ),
    }

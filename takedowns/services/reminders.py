"""Deadline reminders: tell handlers a day before a request's deadline (once per
deadline; extending it re-arms the reminder)."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from .. import notices
from ..models import TakedownEvent, TakedownRequest
from ..transitions import FINAL
from .audit import audit_step

AHEAD = timedelta(days=1)


def takedown_remind_due(*, now: datetime | None = None) -> int:
    """Mail handlers about open requests due within a day; returns how many."""
    now = now or timezone.now()
    with transaction.atomic():
        due = list(
            TakedownRequest.objects.select_for_update()
            .exclude(state__in=FINAL)
            .filter(reminded_at__isnull=True, deadline__lte=now + AHEAD)
            .order_by("deadline", "id")
        )
        if not due:
            return 0
        TakedownRequest.objects.filter(pk__in=[r.pk for r in due]).update(reminded_at=now)
        for request in due:
            audit_step(
                request=request,
                actor=None,
                action=TakedownEvent.Action.REMIND,
                from_state=request.state,
                to_state=request.state,
                at=now,
                data={"deadline": request.deadline.isoformat()},
            )
        rows = [
            {
                "reference": r.reference,
                "deadline": notices.local(r.deadline),
                "state": r.get_state_display(),
                "url": notices.workspace_url(r.reference),
            }
            for r in due
        ]
        to = notices.handler_emails()
        context = {"count": len(rows), "requests": rows}
        transaction.on_commit(lambda: notices.send("reminder", to=to, context=context))
    return len(due)

"""Sanctions against an author: what each kind does to a new reply, and how long it lasts.

suspend and ban refuse the reply (403 ``author_suspended``); premoderate holds it for a
moderator. A suspension needs a number of days; a ban or a pre-moderation without days
lasts until lifted.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from ..models import Sanction

Kind = Sanction.Kind
MAX_DAYS = 3650


class Effect(StrEnum):
    NONE = "none"
    HOLD = "hold"
    REFUSE = "refuse"


def sanction_effect(kinds: set[str]) -> Effect:
    """The strongest effect of an author's active sanctions on a new reply."""
    if kinds & {Kind.SUSPEND, Kind.BAN}:
        return Effect.REFUSE
    if Kind.PREMODERATE in kinds:
        return Effect.HOLD
    return Effect.NONE


def sanction_expiry(*, kind: str, days: int | None, now: datetime) -> datetime | None:
    """When a new sanction ends (None: until lifted). Raises ValueError with the reason."""
    if kind not in Kind.values:
        raise ValueError("kind")
    if days is None:
        if kind == Kind.SUSPEND:
            raise ValueError("days_required")
        return None
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
        raise ValueError("days_range")
    return now + timedelta(days=days)


def is_active(*, lifted_at: datetime | None, expires_at: datetime | None, now: datetime) -> bool:
    return lifted_at is None and (expires_at is None or expires_at > now)

"""The one writer of ``TakedownEvent`` rows: one small keyword-only function per event.

Nothing else creates them (tests/test_architecture.py keeps it that way). Each runs in
its caller's transaction. ``data`` holds codes, ids and counts only: never connection
data, never a copy of a comment or of the requester's contact details.
"""

from __future__ import annotations

from datetime import datetime

from ..models import TakedownEvent, TakedownRequest

Action = TakedownEvent.Action


def audit_step(
    *,
    request: TakedownRequest,
    actor,
    action: str,
    from_state: str,
    to_state: str,
    at: datetime,
    reason: str = "",
    data: dict | None = None,
) -> TakedownEvent:
    """A step of a request: received, info asked or received, inquired, answered,
    extended, decided, withdrawn, reminded."""
    return TakedownEvent.objects.create(
        request=request,
        actor=actor,
        action=Action(action),
        from_state=from_state,
        to_state=to_state,
        reason=reason,
        data=data or {},
        created_at=at,
    )


def audit_disclosure(
    *,
    comment_id: int,
    known: bool,
    actor,
    basis_kind: str,
    basis: str,
    outcome: str,
    at: datetime,
) -> TakedownEvent:
    """Someone asked to read a comment's sender information: shown, denied or absent.
    ``known``: the comment exists (else only its number is kept, in ``data``)."""
    return TakedownEvent.objects.create(
        comment_id=comment_id if known else None,
        actor=actor,
        action=Action.DISCLOSE,
        reason=basis,
        data={"comment": comment_id, "basis_kind": basis_kind, "outcome": outcome},
        created_at=at,
    )


def audit_sender_purge(*, removed: int, at: datetime) -> TakedownEvent:
    """The scheduled purge erased expired sender records."""
    return TakedownEvent.objects.create(
        action=Action.PURGE_SENDER, data={"removed": removed}, created_at=at
    )

"""Sending a public comment back to the queue (a system move, through the state table)."""

from __future__ import annotations

from django.db.models import F
from django.utils import timezone

from ..exceptions import InvalidTransition
from ..models import Comment, ModerationAction
from ..transitions import next_status
from .audit import audit_requeue


def requeue(*, comment: Comment, priority: int, reason_code: str, data: dict) -> bool:
    """Move a published or redacted comment back to pending with an audit row.

    False when the move is not allowed from the comment's status, or when the row
    changed status since it was read (someone decided first): nothing is written then.
    """
    before = comment.status
    try:
        after = next_status(before, ModerationAction.Action.REQUEUE)
    except InvalidTransition:
        return False
    moved = Comment.objects.filter(pk=comment.pk, status=before).update(
        status=after,
        public_body="",
        priority=priority,
        version=F("version") + 1,
        updated_at=timezone.now(),
    )
    if moved:
        audit_requeue(
            comment=comment,
            from_status=before,
            to_status=after,
            reason_code=reason_code,
            data=data,
        )
    return bool(moved)

"""The moderation state machine: every allowed move in one table, no queries.

States are ``Comment.Status`` and moves are ``ModerationAction.Action``: the model's
choices are the only enums. Every status change in the services, a re-queue included,
asks ``next_status`` first.
"""

from __future__ import annotations

from .exceptions import InvalidTransition
from .models import Comment, ModerationAction

Status = Comment.Status
Action = ModerationAction.Action

P, PUB, RED, REJ, PUR, DEL = (
    Status.PENDING,
    Status.PUBLISHED,
    Status.REDACTED,
    Status.REJECTED,
    Status.PURGED,
    Status.DELETED,
)
# The moves a moderator or the system makes on an existing comment.
DECISIONS = (
    Action.APPROVE,
    Action.REDACT,
    Action.REJECT,
    Action.RESTORE,
    Action.PURGE,
    Action.REQUEUE,  # a report threshold or a rescan sends a public comment back
    Action.AUTHOR_DELETE,  # the author takes their reply down (a tombstone)
)
TRANSITIONS: dict[tuple[Status, Action], Status] = {
    (P, Action.APPROVE): PUB,
    (P, Action.REDACT): RED,
    (P, Action.REJECT): REJ,
    # A moderator may take down or mask a comment that is already public.
    (PUB, Action.REDACT): RED,
    (PUB, Action.REJECT): REJ,
    (RED, Action.REDACT): RED,
    (RED, Action.REJECT): REJ,
    (PUB, Action.REQUEUE): P,
    (RED, Action.REQUEUE): P,
    (P, Action.PURGE): PUR,
    (PUB, Action.PURGE): PUR,
    (RED, Action.PURGE): PUR,
    (REJ, Action.PURGE): PUR,
    (DEL, Action.PURGE): PUR,
    (P, Action.AUTHOR_DELETE): DEL,
    (PUB, Action.AUTHOR_DELETE): DEL,
    (RED, Action.AUTHOR_DELETE): DEL,
}
# An author's edit is scanned again: the policy decides between these two.
EDITABLE = frozenset({P, PUB, RED})

# Restore undoes the last decision; its target is that decision's "before" state,
# which must itself be a state a decision can return to.
RESTORABLE_FROM = frozenset({PUB, RED, REJ})
RESTORABLE_TO = frozenset({P, PUB, RED})
# The decisions a restore can undo.
UNDOABLE = (Action.APPROVE, Action.REDACT, Action.REJECT)


def next_status(current: str, decision: str, *, restore_to: str | None = None) -> Status:
    try:
        state, move = Status(current), Action(decision)
    except ValueError:
        raise InvalidTransition(current=current, action=decision) from None
    if move not in DECISIONS:
        raise InvalidTransition(current=current, action=decision)
    if move is Action.RESTORE:
        if (
            state in RESTORABLE_FROM
            and restore_to is not None
            and restore_to in Status.values
            and Status(restore_to) in RESTORABLE_TO
            and restore_to != state
        ):
            return Status(restore_to)
        raise InvalidTransition(current=current, action=decision)
    try:
        return TRANSITIONS[(state, move)]
    except KeyError:
        raise InvalidTransition(current=current, action=decision) from None


def edit_status(current: str, *, hold: bool) -> Status:
    """Where an author's edit leads: pending when the new text must wait, else published."""
    if current not in EDITABLE:
        raise InvalidTransition(current=current, action=Action.AUTHOR_EDIT)
    return P if hold else PUB

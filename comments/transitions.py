"""The moderation state machine: every allowed move in one table, no queries."""

from __future__ import annotations

from enum import StrEnum

from .exceptions import InvalidTransition


class State(StrEnum):
    PENDING = "pending"
    PUBLISHED = "published"
    REDACTED = "redacted"
    REJECTED = "rejected"
    PURGED = "purged"


class Decision(StrEnum):
    APPROVE = "approve"
    REDACT = "redact"
    REJECT = "reject"
    RESTORE = "restore"
    PURGE = "purge"
    REQUEUE = "requeue"  # a report threshold or a rescan sends a public comment back


P, PUB, RED, REJ, PUR = State
TRANSITIONS: dict[tuple[State, Decision], State] = {
    (P, Decision.APPROVE): PUB,
    (P, Decision.REDACT): RED,
    (P, Decision.REJECT): REJ,
    # A moderator may take down or mask a comment that is already public.
    (PUB, Decision.REDACT): RED,
    (PUB, Decision.REJECT): REJ,
    (RED, Decision.REDACT): RED,
    (RED, Decision.REJECT): REJ,
    (PUB, Decision.REQUEUE): P,
    (RED, Decision.REQUEUE): P,
    (P, Decision.PURGE): PUR,
    (PUB, Decision.PURGE): PUR,
    (RED, Decision.PURGE): PUR,
    (REJ, Decision.PURGE): PUR,
}

# Restore undoes the last decision; its target is that decision's "before" state,
# which must itself be a state a decision can return to.
RESTORABLE_FROM = frozenset({PUB, RED, REJ})
RESTORABLE_TO = frozenset({P, PUB, RED})


def next_status(current: str, decision: str, *, restore_to: str | None = None) -> State:
    try:
        current_state, decision_ = State(current), Decision(decision)
    except ValueError:
        raise InvalidTransition(current=current, action=decision) from None
    if decision_ is Decision.RESTORE:
        if (
            current_state in RESTORABLE_FROM
            and restore_to is not None
            and State(restore_to) in RESTORABLE_TO
            and restore_to != current_state
        ):
            return State(restore_to)
        raise InvalidTransition(current=current, action=decision)
    try:
        return TRANSITIONS[(current_state, decision_)]
    except KeyError:
        raise InvalidTransition(current=current, action=decision) from None

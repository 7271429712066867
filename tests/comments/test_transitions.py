"""The state machine as a table: every (status, action) pair, allowed or refused.

States and moves are the model's own choices (Comment.Status, ModerationAction.Action);
actions that are not moves (hold, publish, report, rescan, post scan) are refused too.
"""

import itertools

import pytest

from comments.exceptions import InvalidTransition
from comments.models import Comment, ModerationAction
from comments.transitions import next_status

Status, Action = Comment.Status, ModerationAction.Action
P, PUB, RED, REJ, PUR, DEL = (
    Status.PENDING,
    Status.PUBLISHED,
    Status.REDACTED,
    Status.REJECTED,
    Status.PURGED,
    Status.DELETED,
)
ALLOWED = {
    (P, Action.APPROVE): PUB,
    (P, Action.REDACT): RED,
    (P, Action.REJECT): REJ,
    (P, Action.PURGE): PUR,
    (PUB, Action.REDACT): RED,
    (PUB, Action.REJECT): REJ,
    (PUB, Action.REQUEUE): P,
    (PUB, Action.PURGE): PUR,
    (RED, Action.REDACT): RED,
    (RED, Action.REJECT): REJ,
    (RED, Action.REQUEUE): P,
    (RED, Action.PURGE): PUR,
    (REJ, Action.PURGE): PUR,
    (DEL, Action.PURGE): PUR,
    (P, Action.AUTHOR_DELETE): DEL,
    (PUB, Action.AUTHOR_DELETE): DEL,
    (RED, Action.AUTHOR_DELETE): DEL,
}
PAIRS = [(s, a) for s, a in itertools.product(Status, Action) if a is not Action.RESTORE]


@pytest.mark.parametrize(("state", "action"), PAIRS)
def test_every_pair(state, action):
    if (state, action) in ALLOWED:
        assert next_status(state, action) == ALLOWED[(state, action)]
    else:
        with pytest.raises(InvalidTransition):
            next_status(state, action)


RESTORE_ALLOWED = {(PUB, P), (RED, P), (REJ, P), (REJ, PUB), (REJ, RED), (PUB, RED), (RED, PUB)}


@pytest.mark.parametrize(("state", "target"), list(itertools.product(Status, Status)))
def test_restore_pairs(state, target):
    if (state, target) in RESTORE_ALLOWED:
        assert next_status(state, Action.RESTORE, restore_to=target) == target
    else:
        with pytest.raises(InvalidTransition):
            next_status(state, Action.RESTORE, restore_to=target)


def test_restore_needs_a_known_target():
    with pytest.raises(InvalidTransition):
        next_status(REJ, Action.RESTORE)
    with pytest.raises(InvalidTransition):
        next_status(REJ, Action.RESTORE, restore_to="deleted")


def test_unknown_values_are_refused():
    with pytest.raises(InvalidTransition):
        next_status("deleted", "approve")
    with pytest.raises(InvalidTransition):
        next_status("pending", "publish")
    with pytest.raises(InvalidTransition):
        next_status("pending", "teleport")


def test_the_only_state_and_action_enums_are_the_models():
    import comments.transitions as transitions

    assert not hasattr(transitions, "State") and not hasattr(transitions, "Decision")
    assert {s for s, _ in transitions.TRANSITIONS} <= set(Status)
    assert {a for _, a in transitions.TRANSITIONS} <= set(Action)


@pytest.mark.parametrize(
    ("state", "hold", "after"),
    [(P, True, P), (P, False, PUB), (PUB, True, P), (PUB, False, PUB), (RED, False, PUB),
     (REJ, False, None), (PUR, False, None), (DEL, True, None)],
)  # fmt: skip
def test_author_edits(state, hold, after):
    from comments.transitions import edit_status

    if after is None:
        with pytest.raises(InvalidTransition):
            edit_status(state, hold=hold)
    else:
        assert edit_status(state, hold=hold) == after

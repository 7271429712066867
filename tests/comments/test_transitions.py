"""The state machine as a table: every (state, decision) pair, allowed or refused."""

import itertools

import pytest

from comments.exceptions import InvalidTransition
from comments.transitions import Decision, State, next_status

P, PUB, RED, REJ, PUR = State
ALLOWED = {
    (P, Decision.APPROVE): PUB,
    (P, Decision.REDACT): RED,
    (P, Decision.REJECT): REJ,
    (P, Decision.PURGE): PUR,
    (PUB, Decision.REDACT): RED,
    (PUB, Decision.REJECT): REJ,
    (PUB, Decision.REQUEUE): P,
    (PUB, Decision.PURGE): PUR,
    (RED, Decision.REDACT): RED,
    (RED, Decision.REJECT): REJ,
    (RED, Decision.REQUEUE): P,
    (RED, Decision.PURGE): PUR,
    (REJ, Decision.PURGE): PUR,
}
PAIRS = [(s, d) for s, d in itertools.product(State, Decision) if d is not Decision.RESTORE]


@pytest.mark.parametrize(("state", "decision"), PAIRS)
def test_every_pair(state, decision):
    if (state, decision) in ALLOWED:
        assert next_status(state, decision) == ALLOWED[(state, decision)]
    else:
        with pytest.raises(InvalidTransition):
            next_status(state, decision)


RESTORE_ALLOWED = {(PUB, P), (RED, P), (REJ, P), (REJ, PUB), (REJ, RED), (PUB, RED), (RED, PUB)}


@pytest.mark.parametrize(("state", "target"), list(itertools.product(State, State)))
def test_restore_pairs(state, target):
    if (state, target) in RESTORE_ALLOWED:
        assert next_status(state, Decision.RESTORE, restore_to=target) == target
    else:
        with pytest.raises(InvalidTransition):
            next_status(state, Decision.RESTORE, restore_to=target)


def test_restore_needs_a_target():
    with pytest.raises(InvalidTransition):
        next_status(REJ, Decision.RESTORE)


def test_unknown_values_are_refused():
    with pytest.raises(InvalidTransition):
        next_status("deleted", "approve")
    with pytest.raises(InvalidTransition):
        next_status("pending", "publish")

"""The state machine of a removal request: every allowed move in one table, no queries.

received → needs_info → author_inquired → decided / withdrawn. Extending the deadline
and recording an author's answer are steps that do not move the state.
"""

from __future__ import annotations

from .exceptions import RequestTransitionRefused
from .models import TakedownEvent, TakedownRequest

State = TakedownRequest.State
Action = TakedownEvent.Action

R, NI, AI, D, W = (
    State.RECEIVED,
    State.NEEDS_INFO,
    State.AUTHOR_INQUIRED,
    State.DECIDED,
    State.WITHDRAWN,
)
TRANSITIONS: dict[tuple[State, Action], State] = {
    (R, Action.ASK_INFO): NI,
    (NI, Action.INFO_RECEIVED): R,
    (R, Action.INQUIRE): AI,
    (NI, Action.INQUIRE): AI,
    (R, Action.DECIDE): D,
    (NI, Action.DECIDE): D,
    (AI, Action.DECIDE): D,
    (R, Action.WITHDRAW): W,
    (NI, Action.WITHDRAW): W,
    (AI, Action.WITHDRAW): W,
}
# Steps that keep the state, and the states they are allowed in.
IN_PLACE: dict[Action, frozenset[State]] = {
    Action.EXTEND: frozenset({R, NI, AI}),
    Action.ANSWER: frozenset({AI}),
}
FINAL = frozenset({D, W})


def next_state(current: str, action: str) -> State:
    try:
        state, move = State(current), Action(action)
    except ValueError:
        raise RequestTransitionRefused(current=current, action=action) from None
    if move in IN_PLACE:
        if state in IN_PLACE[move]:
            return state
        raise RequestTransitionRefused(current=current, action=action)
    try:
        return TRANSITIONS[(state, move)]
    except KeyError:
        raise RequestTransitionRefused(current=current, action=action) from None

"""The poll lifecycle as one transition table.

draft -> open | cancelled; open -> closed | cancelled; closed -> decided | cancelled.
Decided and cancelled are final.
"""

from __future__ import annotations

from app.domain.errors import InvalidTransition
from app.domain.polls.schemas import PollStatus

S = PollStatus
TRANSITIONS: dict[PollStatus, tuple[PollStatus, ...]] = {
    S.DRAFT: (S.OPEN, S.CANCELLED),
    S.OPEN: (S.CLOSED, S.CANCELLED),
    S.CLOSED: (S.DECIDED, S.CANCELLED),
    S.DECIDED: (),
    S.CANCELLED: (),
}


def check_transition(current: PollStatus, target: PollStatus) -> None:
    allowed = TRANSITIONS[current]
    if target not in allowed:
        raise InvalidTransition("poll", current.value, target.value, [a.value for a in allowed])

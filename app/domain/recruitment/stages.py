"""The stages of an application, as one transition table (pure rules)."""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    APPLIED = "applied"
    ELIGIBLE = "eligible"
    INTERVIEWED = "interviewed"
    TRAINING = "training"
    ACTIVE = "active"
    WITHDRAWN = "withdrawn"
    UNSUCCESSFUL = "unsuccessful"


_ENDINGS = frozenset({Stage.WITHDRAWN, Stage.UNSUCCESSFUL})

# Each stage and the stages it may move to. An applicant may withdraw, and a coordinator
# may end an application as unsuccessful, at any stage before it is active.
TRANSITIONS: dict[Stage, frozenset[Stage]] = {
    Stage.APPLIED: frozenset({Stage.ELIGIBLE}) | _ENDINGS,
    Stage.ELIGIBLE: frozenset({Stage.INTERVIEWED}) | _ENDINGS,
    Stage.INTERVIEWED: frozenset({Stage.TRAINING}) | _ENDINGS,
    Stage.TRAINING: frozenset({Stage.ACTIVE}) | _ENDINGS,
    Stage.ACTIVE: frozenset(),
    Stage.WITHDRAWN: frozenset(),
    Stage.UNSUCCESSFUL: frozenset(),
}

FINAL = frozenset(stage for stage, following in TRANSITIONS.items() if not following)


def allowed(current: Stage) -> list[Stage]:
    return sorted(TRANSITIONS[current], key=list(Stage).index)


def can_move(current: Stage, target: Stage) -> bool:
    return target in TRANSITIONS[current]

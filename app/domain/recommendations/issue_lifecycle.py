"""An issue's lifecycle as pure rules: one transition table, and which steps need a reason.

open -> in progress | escalated | resolved | closed; in progress -> escalated | resolved |
closed; escalated -> escalated (one level further) | in progress | resolved | closed;
resolved -> open (reopened) | closed; closed is final. The escalation clock runs while an
issue is live (open, in progress, escalated): taking it in hand is not an answer,
resolving it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.errors import InvalidTransition, RuleViolation
from app.domain.recommendations.schemas import IssueStatus

S = IssueStatus
TRANSITIONS: dict[IssueStatus, tuple[IssueStatus, ...]] = {
    S.OPEN: (S.IN_PROGRESS, S.ESCALATED, S.RESOLVED, S.CLOSED),
    S.IN_PROGRESS: (S.ESCALATED, S.RESOLVED, S.CLOSED),
    S.ESCALATED: (S.ESCALATED, S.IN_PROGRESS, S.RESOLVED, S.CLOSED),
    S.RESOLVED: (S.OPEN, S.CLOSED),
    S.CLOSED: (),
}
LIVE = frozenset({S.OPEN, S.IN_PROGRESS, S.ESCALATED})


def needs_reason(target: IssueStatus) -> bool:
    """Taking an issue in hand speaks for itself; every other step is explained."""
    return target != S.IN_PROGRESS


def check_step(current: IssueStatus, target: IssueStatus, reason: str | None) -> None:
    allowed = TRANSITIONS[current]
    if target not in allowed:
        raise InvalidTransition(
            "issue", current.value.replace("_", " "), target.value, [a.value for a in allowed]
        )
    if needs_reason(target) and not (reason and reason.strip()):
        raise RuleViolation.field("/reason", f"Say why the issue becomes {target.value}.")


def next_level(positions: Sequence[int], current: int | None) -> int | None:
    """The level above ``current`` (the first, from none), or None at the top. Positions
    may have gaps where a level was removed."""
    above = [p for p in positions if current is None or p > current]
    return min(above) if above else None

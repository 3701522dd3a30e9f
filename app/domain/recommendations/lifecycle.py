"""The recommendation lifecycle as pure rules: which step may follow which, and what a
response must carry.

draft -> submitted -> responded -> in_progress -> implemented | not_implemented, with
withdrawn reachable from draft or submitted. What may follow "responded" depends on the
decision: accepted and partly accepted ones move on to progress (straight to implemented
or not implemented too, for changes made at once), deferred ones may be resubmitted, and
"not accepted" is the end of the road. An implemented one may be reopened (back to in
progress) when the change lapses: a step of its own, with a reason (``workflow.reopen``),
never a side effect of a progress note.
"""

from __future__ import annotations

from datetime import date

from app.domain.errors import FieldProblem, InvalidTransition, RuleViolation
from app.domain.recommendations.schemas import (
    Decision,
    RecommendationStatus,
    ResponseCreate,
)

S = RecommendationStatus
_PROGRESS = (S.IN_PROGRESS, S.IMPLEMENTED, S.NOT_IMPLEMENTED)
_TRANSITIONS: dict[RecommendationStatus, tuple[RecommendationStatus, ...]] = {
    S.DRAFT: (S.SUBMITTED, S.WITHDRAWN),
    S.SUBMITTED: (S.RESPONDED, S.WITHDRAWN),
    S.IN_PROGRESS: _PROGRESS,
    S.IMPLEMENTED: (S.IN_PROGRESS,),
    S.NOT_IMPLEMENTED: (),
    S.WITHDRAWN: (),
}
_AFTER_DECISION: dict[Decision, tuple[RecommendationStatus, ...]] = {
    Decision.ACCEPTED: _PROGRESS,
    Decision.PARTLY_ACCEPTED: _PROGRESS,
    Decision.DEFERRED: (S.SUBMITTED,),
    Decision.NOT_ACCEPTED: (),
}
# Statuses in which the board may still revise the text: before it is sent, and while a
# deferred recommendation waits to be resubmitted.
EDITABLE = frozenset({S.DRAFT})
CLOSED = frozenset({S.IMPLEMENTED, S.NOT_IMPLEMENTED, S.WITHDRAWN})
# The steps out of a closed status: taken only by reopening, which records its reason.
REOPENINGS = frozenset({(S.IMPLEMENTED, S.IN_PROGRESS)})


def allowed_targets(
    status: RecommendationStatus, decision: Decision | None
) -> tuple[RecommendationStatus, ...]:
    if status == S.RESPONDED:
        return _AFTER_DECISION[decision] if decision is not None else ()
    return _TRANSITIONS[status]


def state_label(status: RecommendationStatus, decision: Decision | None) -> str:
    if status == S.RESPONDED and decision is not None:
        return f"responded ({decision.value.replace('_', ' ')})"
    return status.value


def check_transition(
    status: RecommendationStatus, decision: Decision | None, target: RecommendationStatus
) -> None:
    allowed = allowed_targets(status, decision)
    if target not in allowed:
        raise InvalidTransition(
            "recommendation",
            state_label(status, decision),
            target.value,
            [a.value for a in allowed],
        )


def check_progress(
    status: RecommendationStatus, decision: Decision | None, target: RecommendationStatus
) -> None:
    """A progress note's step: any step of the table but a reopening."""
    allowed = [t for t in allowed_targets(status, decision) if (status, t) not in REOPENINGS]
    if target not in allowed:
        raise InvalidTransition(
            "recommendation",
            state_label(status, decision),
            target.value,
            [a.value for a in allowed],
        )


def check_reopen(status: RecommendationStatus, decision: Decision | None) -> None:
    if (status, S.IN_PROGRESS) not in REOPENINGS:
        raise InvalidTransition("recommendation", state_label(status, decision), "reopened", [])
    check_transition(status, decision, S.IN_PROGRESS)


def editable(status: RecommendationStatus, decision: Decision | None) -> bool:
    return status in EDITABLE or (status == S.RESPONDED and decision == Decision.DEFERRED)


def is_overdue(status: str, response_due_on: date | None, today: date) -> bool:
    """Past due: still awaiting a response after the due date has ended."""
    return status == S.SUBMITTED and response_due_on is not None and response_due_on < today


def check_response(data: ResponseCreate, today: date) -> None:
    """Every rule a response breaks, each pointing at its field."""
    problems: list[FieldProblem] = []
    takes_on = data.decision in (Decision.ACCEPTED, Decision.PARTLY_ACCEPTED)
    if data.decision != Decision.ACCEPTED and not data.reasons:
        problems.append(
            FieldProblem("/reasons", "A decision other than accepted must give its reasons.")
        )
    if takes_on:
        if not data.owner:
            problems.append(FieldProblem("/owner", "Name who owns putting this into practice."))
        if data.target_date is None:
            problems.append(FieldProblem("/targetDate", "Give a target date for the change."))
    else:
        if data.owner:
            problems.append(
                FieldProblem("/owner", "Only an accepted or partly accepted one has an owner.")
            )
        if data.target_date is not None:
            problems.append(
                FieldProblem(
                    "/targetDate", "Only an accepted or partly accepted one has a target date."
                )
            )
    if data.decision == Decision.DEFERRED:
        if data.revisit_on is None:
            problems.append(FieldProblem("/revisitOn", "A deferral needs a date to revisit."))
        elif data.revisit_on < today:
            problems.append(FieldProblem("/revisitOn", "The date to revisit cannot be past."))
    elif data.revisit_on is not None:
        problems.append(FieldProblem("/revisitOn", "Only a deferral has a date to revisit."))
    if problems:
        raise RuleViolation("The response is incomplete for its decision.", problems)

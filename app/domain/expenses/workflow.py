"""The claim workflow: one table of transitions, and the steps people take through it.

draft -> submitted -> approved | rejected | returned (back to the claimant to amend);
the claimant may withdraw before approval; approved -> in a payment run -> paid. Finance
may return an approved claim that is in no run yet (an open run is cancelled first), so
nothing approved is ever stuck: a claim held back from runs because its claimant declined
involvement payments afterwards goes back to be amended, and is then paid.
Submitting a submitted claim, or approving an approved one, answers with the claim as it
is: a retry after a lost response is safe.
"""

from __future__ import annotations

import uuid
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import ExpenseClaim
from app.db.types import utcnow
from app.domain import audit
from app.domain.actors import Actor, Permission, require
from app.domain.errors import FieldProblem, InvalidTransition, PermissionDenied, RuleViolation
from app.domain.expenses import notices
from app.domain.expenses.attendance import unattended_involvement
from app.domain.expenses.claims import (
    Written,
    contribute,
    lock_claim,
    may_decide,
    may_edit,
    require_editor,
)
from app.domain.expenses.judging import declines_involvement, rejudge, uk_today
from app.domain.expenses.schemas import ClaimStatus, ReasonInput, WithdrawInput


class Action(StrEnum):
    SUBMIT = "submit"
    APPROVE = "approve"
    REJECT = "reject"
    RETURN = "return"
    WITHDRAW = "withdraw"
    ADD_TO_RUN = "add_to_payment_run"
    REMOVE_FROM_RUN = "remove_from_payment_run"
    MARK_PAID = "mark_paid"


S = ClaimStatus
TRANSITIONS: dict[tuple[ClaimStatus, Action], ClaimStatus] = {
    (S.DRAFT, Action.SUBMIT): S.SUBMITTED,
    (S.RETURNED, Action.SUBMIT): S.SUBMITTED,
    (S.DRAFT, Action.WITHDRAW): S.WITHDRAWN,
    (S.RETURNED, Action.WITHDRAW): S.WITHDRAWN,
    (S.SUBMITTED, Action.WITHDRAW): S.WITHDRAWN,
    (S.SUBMITTED, Action.APPROVE): S.APPROVED,
    (S.SUBMITTED, Action.REJECT): S.REJECTED,
    (S.SUBMITTED, Action.RETURN): S.RETURNED,
    (S.APPROVED, Action.RETURN): S.RETURNED,
    (S.APPROVED, Action.ADD_TO_RUN): S.IN_PAYMENT_RUN,
    (S.IN_PAYMENT_RUN, Action.REMOVE_FROM_RUN): S.APPROVED,
    (S.IN_PAYMENT_RUN, Action.MARK_PAID): S.PAID,
}
_TARGET = {action: target for (_, action), target in TRANSITIONS.items()}


def allowed(status: ClaimStatus) -> list[str]:
    return [action.value for (source, action) in TRANSITIONS if source == status]


_EDITOR_STEPS = frozenset({Action.SUBMIT, Action.WITHDRAW})
_DECISIONS = frozenset({Action.APPROVE, Action.REJECT, Action.RETURN})


def allowed_for(actor: Actor, claim: ExpenseClaim) -> list[str]:
    """The steps the claim's status allows that this caller may take, by the same checks
    the steps make, so a client never offers what would be refused."""
    editor, decider = may_edit(actor, claim), may_decide(actor, claim)
    runs = actor.can(Permission.PAYMENT_RUNS_MANAGE)
    return [
        action.value
        for (source, action) in TRANSITIONS
        if source == claim.status
        and (editor if action in _EDITOR_STEPS else decider if action in _DECISIONS else runs)
    ]


def next_status(current: str, action: Action) -> ClaimStatus:
    status = ClaimStatus(current)
    target = TRANSITIONS.get((status, action))
    if target is None:
        raise InvalidTransition("claim", status.value, _TARGET[action].value, allowed(status))
    return target


def event_data(claim: ExpenseClaim) -> dict[str, str | None]:
    """IDs and state only: never amounts' reasons, descriptions or names."""
    return {
        "claimId": str(claim.id),
        "personId": str(claim.person_id),
        "status": claim.status,
        "paymentRunId": str(claim.payment_run_id) if claim.payment_run_id else None,
    }


def _record(
    session: AsyncSession,
    actor: Actor,
    claim: ExpenseClaim,
    event: str,
    reason: bool = False,
    also: set[str] | None = None,
) -> None:
    fields = ({"status", "decision_reason"} if reason else {"status"}) | (also or set())
    audit.record(
        session,
        actor,
        f"expense_claim.{event}",
        "expense_claim",
        claim.id,
        claim.organisation_id,
        fields,
    )
    audit.emit(session, claim.organisation_id, f"expense_claim.{event}", event_data(claim))


async def submit(session: AsyncSession, actor: Actor, claim_id: uuid.UUID) -> Written:
    """Judge every line again by the policy and refuse the claim while any line has a
    problem (a missing receipt, a passed deadline, a declined involvement payment...)."""
    claim = await lock_claim(session, actor, claim_id)
    require_editor(actor, claim)
    if claim.status == ClaimStatus.SUBMITTED:
        return Written(claim)
    target = next_status(claim.status, Action.SUBMIT)
    # A claim returned with a query keeps the date it was first claimed on.
    claimed_on = uk_today(claim.first_submitted_at) if claim.first_submitted_at else uk_today()
    judged = await rejudge(session, claim, claimed_on)
    if not judged.items:
        raise RuleViolation.field("/items", "A claim needs at least one line to be submitted.")
    problems = [
        FieldProblem(f"/items/{index}", problem)
        for index, verdict in enumerate(judged.judgements)
        for problem in verdict.problems
    ]
    if problems:
        raise RuleViolation(
            "The claim cannot be submitted until these lines are put right; see errors.",
            problems,
        )
    now = utcnow()
    claim.status = target.value
    claim.submitted_at = now
    claim.first_submitted_at = claim.first_submitted_at or now
    claim.submitted_by_id = actor.id
    claim.updated_at = now
    contributed = contribute(actor, claim)
    # The judgement's totals and the new status go in one UPDATE: one new version.
    await session.flush()
    _record(session, actor, claim, "submitted", also=contributed)
    return Written(claim, judged)


def _require_decider(actor: Actor, claim: ExpenseClaim) -> None:
    require(actor, Permission.EXPENSE_CLAIMS_DECIDE)
    if not may_decide(actor, claim):
        raise PermissionDenied(
            "Segregation of duties: nobody may decide a claim they made, changed, added lines "
            "or receipts to, or submitted, whatever their roles; another approver must."
        )


async def approve(session: AsyncSession, actor: Actor, claim_id: uuid.UUID) -> ExpenseClaim:
    claim = await lock_claim(session, actor, claim_id)
    _require_decider(actor, claim)
    if claim.status == ClaimStatus.APPROVED:
        return claim
    target = next_status(claim.status, Action.APPROVE)
    # The choice may have changed since submission: never approve what was declined.
    if claim.involvement_pence and await declines_involvement(session, claim.person_id):
        raise RuleViolation(
            "The claimant has declined involvement payments since this claim was submitted; "
            "return it so the involvement payment line can be removed."
        )
    # Attendance is judged at submission; a correction since then must not be paid over.
    if claim.involvement_pence and await unattended_involvement(session, claim):
        raise RuleViolation(
            "The claimant is no longer recorded as present at a meeting this claim pays an "
            "involvement payment for; correct the attendance, or return the claim."
        )
    await _decide(session, actor, claim, target, None)
    _record(session, actor, claim, "approved")
    await notices.decided(session, actor, claim, notices.APPROVED)
    return claim


async def _decide(
    session: AsyncSession,
    actor: Actor,
    claim: ExpenseClaim,
    target: ClaimStatus,
    reason: str | None,
) -> None:
    now = utcnow()
    claim.status = target.value
    claim.decided_at = now
    claim.decided_by_id = actor.id
    if reason is not None:
        claim.decision_reason = reason
    claim.updated_at = now
    await session.flush()


async def reject(
    session: AsyncSession, actor: Actor, claim_id: uuid.UUID, data: ReasonInput
) -> ExpenseClaim:
    claim = await lock_claim(session, actor, claim_id)
    _require_decider(actor, claim)
    target = next_status(claim.status, Action.REJECT)
    await _decide(session, actor, claim, target, data.reason)
    _record(session, actor, claim, "rejected", reason=True)
    return claim


async def return_claim(
    session: AsyncSession, actor: Actor, claim_id: uuid.UUID, data: ReasonInput
) -> ExpenseClaim:
    """Back to the claimant with a query; they amend it and submit it again. An approved
    claim may go back too while it is in no payment run: the lock serialises this with a
    run's conditional UPDATE, so a claim is either taken by the run or returned, never
    both. Undoing an approval is its own event, since partners were told of the approval."""
    claim = await lock_claim(session, actor, claim_id)
    _require_decider(actor, claim)
    was_approved = claim.status == ClaimStatus.APPROVED
    target = next_status(claim.status, Action.RETURN)
    await _decide(session, actor, claim, target, data.reason)
    _record(session, actor, claim, "approval_reversed" if was_approved else "returned", reason=True)
    await notices.decided(session, actor, claim, notices.RETURNED)
    return claim


async def withdraw(
    session: AsyncSession, actor: Actor, claim_id: uuid.UUID, data: WithdrawInput
) -> ExpenseClaim:
    claim = await lock_claim(session, actor, claim_id)
    require_editor(actor, claim)
    target = next_status(claim.status, Action.WITHDRAW)
    now = utcnow()
    claim.status = target.value
    claim.withdrawn_at = now
    if data.reason is not None:
        claim.decision_reason = data.reason
    claim.updated_at = now
    contributed = contribute(actor, claim)
    await session.flush()
    _record(session, actor, claim, "withdrawn", reason=data.reason is not None, also=contributed)
    return claim

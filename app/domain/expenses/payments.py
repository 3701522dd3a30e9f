"""Payment runs: approved claims gathered for payment, exported, then marked paid.

A run is made in a fixed number of statements however many claims it takes: one query
for the candidates, one for their payees' preferences, and one conditional UPDATE that
claims them (``status = 'approved' AND payment_run_id IS NULL``), so two runs made at
once can never take the same claim. Audit rows and events are one bulk insert each.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import Row, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import AuditEvent, ExpenseClaim, OutboxEvent, PaymentPreference, PaymentRun
from app.db.types import utcnow
from app.domain import audit, store
from app.domain.actors import Actor, Permission, require
from app.domain.audit import request_id_var
from app.domain.errors import Conflict, FieldProblem, RuleViolation
from app.domain.expenses.judging import UK
from app.domain.expenses.schemas import ClaimStatus, ClearedBy, PaymentRunCreate
from app.domain.pagination import Page, PageRequest, paginate


@dataclass(frozen=True)
class Hold:
    reason: str
    cleared_by: ClearedBy


@dataclass(frozen=True)
class HeldBack:
    claim_id: uuid.UUID
    person_id: uuid.UUID
    reason: str
    cleared_by: ClearedBy


@dataclass(frozen=True)
class RunResult:
    run: PaymentRun
    claims: list[ExpenseClaim]
    held_back: list[HeldBack]


async def get_run(session: AsyncSession, actor: Actor, run_id: uuid.UUID) -> PaymentRun:
    require(actor, Permission.PAYMENT_RUNS_READ)
    return await store.one(
        session, PaymentRun, run_id, store.in_org(PaymentRun, actor), "payment run"
    )


async def run_detail(session: AsyncSession, actor: Actor, run_id: uuid.UUID) -> RunResult:
    """A run with its claims, as finance reads it (nothing is held back after the fact)."""
    run = await get_run(session, actor, run_id)
    return RunResult(run, await run_claims(session, run), [])


async def list_runs(session: AsyncSession, actor: Actor, page: PageRequest) -> Page[PaymentRun]:
    require(actor, Permission.PAYMENT_RUNS_READ)
    statement = select(PaymentRun).where(PaymentRun.organisation_id == actor.organisation_id)
    return await paginate(session, statement, PaymentRun.id, page)


async def run_claims(session: AsyncSession, run: PaymentRun) -> list[ExpenseClaim]:
    rows = await session.scalars(
        select(ExpenseClaim)
        .where(ExpenseClaim.payment_run_id == run.id)
        .order_by(col(ExpenseClaim.id))
        .execution_options(populate_existing=True)
    )
    return list(rows)


async def preferences_of(
    session: AsyncSession, person_ids: set[uuid.UUID]
) -> dict[uuid.UUID, PaymentPreference]:
    if not person_ids:
        return {}
    rows = await session.scalars(
        select(PaymentPreference).where(col(PaymentPreference.person_id).in_(person_ids))
    )
    return {p.person_id: p for p in rows}


DECLINED = Hold(
    "The claimant has declined involvement payments since approval. Clear it: finance "
    "returns the claim (POST /expense-claims/{claimId}/return, with a reason), the claimant "
    "removes the involvement payment line and submits again, and once approved it joins "
    "the next run.",
    ClearedBy.RETURN_CLAIM,
)
NO_PAYEE = Hold(
    "The claimant has no payee reference or payee name. Clear it: finance records both in "
    "their payment preferences (PUT /people/{personId}/payment-preferences); the claim "
    "stays approved and joins the next run.",
    ClearedBy.SET_PAYEE_DETAILS,
)


def hold_reason(claim: ExpenseClaim, preference: PaymentPreference | None) -> Hold | None:
    """Why a claim must not be paid now, if it must not, and the step that clears it."""
    if claim.involvement_pence and preference and preference.declines_involvement_payments:
        return DECLINED
    # The CSV pays the name finance recorded, never a display name: without it, wait.
    if preference is None or not preference.payee_reference or not preference.payee_name:
        return NO_PAYEE
    return None


def held_problems(pointer: str, held: list[HeldBack]) -> list[FieldProblem]:
    """One entry per held claim: finance sees which claims and what to do about each."""
    return [FieldProblem(pointer, f"Claim {h.claim_id} is held back: {h.reason}") for h in held]


def bulk_record(
    session: AsyncSession,
    actor: Actor,
    rows: list[Row[Any]],
    event: str,
    run: PaymentRun,
    fields: tuple[str, ...],
) -> None:
    """Audit rows and events for many claims: one bulk insert each."""
    request_id = request_id_var.get()
    session.add_all(
        AuditEvent(
            organisation_id=actor.organisation_id,
            actor_type=actor.kind,
            actor_id=actor.id,
            action=f"expense_claim.{event}",
            entity_type="expense_claim",
            entity_id=row.id,
            changed_fields=sorted(fields),
            request_id=request_id,
        )
        for row in rows
    )
    session.add_all(
        OutboxEvent(
            organisation_id=actor.organisation_id,
            event_type=f"expense_claim.{event}",
            payload={
                "claimId": str(row.id),
                "personId": str(row.person_id),
                "status": row.status,
                "paymentRunId": str(run.id),
            },
        )
        for row in rows
    )


async def move_claims(
    session: AsyncSession, where: list[Any], values: dict[str, Any]
) -> list[Row[Any]]:
    result: CursorResult[Any] = await session.execute(  # type: ignore[assignment]
        update(ExpenseClaim)
        .where(*where)
        .values(**values, version=col(ExpenseClaim.version) + 1, updated_at=utcnow())
        .returning(
            col(ExpenseClaim.id),
            col(ExpenseClaim.person_id),
            col(ExpenseClaim.status),
            col(ExpenseClaim.expenses_pence),
            col(ExpenseClaim.involvement_pence),
        )
        .execution_options(synchronize_session=False)
    )
    return list(result.all())


async def create_run(session: AsyncSession, actor: Actor, data: PaymentRunCreate) -> RunResult:
    """Every claim approved on or before ``upTo`` (UK dates) and not yet in a run. Claims
    that must not be paid now are held back, each with the reason."""
    require(actor, Permission.PAYMENT_RUNS_MANAGE)
    cutoff = datetime.combine(data.up_to + timedelta(days=1), time(), tzinfo=UK).astimezone(UTC)
    candidates = list(
        await session.scalars(
            select(ExpenseClaim)
            .where(
                ExpenseClaim.organisation_id == actor.organisation_id,
                ExpenseClaim.status == ClaimStatus.APPROVED.value,
                col(ExpenseClaim.payment_run_id).is_(None),
                col(ExpenseClaim.decided_at) < cutoff,
            )
            .order_by(col(ExpenseClaim.id))
        )
    )
    preferences = await preferences_of(session, {c.person_id for c in candidates})
    held: list[HeldBack] = []
    eligible: list[uuid.UUID] = []
    for claim in candidates:
        hold = hold_reason(claim, preferences.get(claim.person_id))
        if hold:
            held.append(HeldBack(claim.id, claim.person_id, hold.reason, hold.cleared_by))
        else:
            eligible.append(claim.id)
    if not eligible:
        detail = f"No approved claim up to that date is ready to pay ({len(held)} held back)."
        raise RuleViolation(
            detail if not held else f"{detail} Each held claim and its reason are in errors.",
            [FieldProblem("/upTo", detail), *held_problems("/upTo", held)],
        )
    run = PaymentRun(
        organisation_id=actor.organisation_id, up_to=data.up_to, created_by_id=actor.id
    )
    session.add(run)
    await session.flush()
    moved = await move_claims(
        session,
        [
            col(ExpenseClaim.id).in_(eligible),
            col(ExpenseClaim.status) == ClaimStatus.APPROVED.value,
            col(ExpenseClaim.payment_run_id).is_(None),
        ],
        {"status": ClaimStatus.IN_PAYMENT_RUN.value, "payment_run_id": run.id},
    )
    if not moved:
        raise Conflict("Another payment run took these claims first; list the runs.")
    run.claim_count = len(moved)
    run.expenses_pence = sum(r.expenses_pence for r in moved)
    run.involvement_pence = sum(r.involvement_pence for r in moved)
    run.total_pence = run.expenses_pence + run.involvement_pence
    await session.flush()
    bulk_record(session, actor, moved, "added_to_payment_run", run, ("payment_run_id", "status"))
    audit.record(
        session, actor, "payment_run.created", "payment_run", run.id, run.organisation_id, {"up_to"}
    )
    return RunResult(run, await run_claims(session, run), held)

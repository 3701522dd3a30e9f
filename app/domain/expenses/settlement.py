"""Settling a payment run: marking it paid (its claims become paid and never change
again), or cancelling it while unpaid (its claims are approved again)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import update
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import ExpenseClaim, PaymentRun
from app.db.types import utcnow
from app.domain import audit
from app.domain.actors import Actor, Permission, require
from app.domain.errors import Conflict, InvalidTransition, NotFound
from app.domain.expenses import notices
from app.domain.expenses.payments import (
    RunResult,
    bulk_record,
    hold_reason,
    move_claims,
    preferences_of,
    run_claims,
)
from app.domain.expenses.schemas import ClaimStatus, MarkPaid, RunStatus


async def lock_run(session: AsyncSession, actor: Actor, run_id: uuid.UUID) -> PaymentRun:
    require(actor, Permission.PAYMENT_RUNS_MANAGE)
    locked: CursorResult[Any] = await session.execute(  # type: ignore[assignment]
        update(PaymentRun)
        .where(
            col(PaymentRun.id) == run_id, col(PaymentRun.organisation_id) == actor.organisation_id
        )
        .values(version=PaymentRun.version)
        .execution_options(synchronize_session=False)
    )
    if locked.rowcount != 1:
        raise NotFound("payment run")
    run = await session.scalar(
        select(PaymentRun).where(PaymentRun.id == run_id).execution_options(populate_existing=True)
    )
    assert run is not None
    return run


async def check_payable(session: AsyncSession, claims: list[ExpenseClaim]) -> None:
    """Preferences may change after a run is made: refuse to pay what is now declined."""
    preferences = await preferences_of(session, {c.person_id for c in claims})
    blocked = [
        f"{c.id} ({hold.reason})"
        for c in claims
        if (hold := hold_reason(c, preferences.get(c.person_id)))
    ]
    if blocked:
        raise Conflict(
            "These claims can no longer be paid as they stand: "
            + "; ".join(blocked)
            + " Cancel the run (POST /payment-runs/{runId}/cancel) to free them, clear each "
            "as its reason says, and make a new run."
        )


async def mark_paid(
    session: AsyncSession, actor: Actor, run_id: uuid.UUID, data: MarkPaid
) -> RunResult:
    run = await lock_run(session, actor, run_id)
    if run.status == RunStatus.PAID:
        if run.payment_reference == data.payment_reference:
            return RunResult(run, await run_claims(session, run), [])
        raise Conflict("This run was already marked paid with another payment reference.")
    if run.status != RunStatus.OPEN:
        raise InvalidTransition("payment run", run.status, RunStatus.PAID.value, [])
    await check_payable(session, await run_claims(session, run))
    now = utcnow()
    moved = await move_claims(
        session,
        [
            col(ExpenseClaim.payment_run_id) == run.id,
            col(ExpenseClaim.status) == ClaimStatus.IN_PAYMENT_RUN.value,
        ],
        {"status": ClaimStatus.PAID.value, "paid_at": now},
    )
    run.status = RunStatus.PAID.value
    run.paid_at = now
    run.paid_by_id = actor.id
    run.payment_reference = data.payment_reference
    run.updated_at = now
    await session.flush()
    bulk_record(session, actor, moved, "paid", run, ("paid_at", "status"))
    await notices.paid(session, actor, run, [row.id for row in moved])
    audit.record(
        session,
        actor,
        "payment_run.paid",
        "payment_run",
        run.id,
        run.organisation_id,
        {"status", "payment_reference"},
    )
    return RunResult(run, await run_claims(session, run), [])


async def cancel_run(session: AsyncSession, actor: Actor, run_id: uuid.UUID) -> RunResult:
    """An unpaid run is undone: its claims are approved and free for the next run."""
    run = await lock_run(session, actor, run_id)
    if run.status != RunStatus.OPEN:
        raise InvalidTransition("payment run", run.status, RunStatus.CANCELLED.value, [])
    moved = await move_claims(
        session,
        [
            col(ExpenseClaim.payment_run_id) == run.id,
            col(ExpenseClaim.status) == ClaimStatus.IN_PAYMENT_RUN.value,
        ],
        {"status": ClaimStatus.APPROVED.value, "payment_run_id": None},
    )
    now = utcnow()
    run.status = RunStatus.CANCELLED.value
    run.cancelled_at = now
    run.updated_at = now
    await session.flush()
    bulk_record(
        session, actor, moved, "removed_from_payment_run", run, ("payment_run_id", "status")
    )
    audit.record(
        session,
        actor,
        "payment_run.cancelled",
        "payment_run",
        run.id,
        run.organisation_id,
        {"status"},
    )
    return RunResult(run, [], [])

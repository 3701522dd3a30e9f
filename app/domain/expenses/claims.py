"""Claims: who may see and change them, creating them, and reading them in batches.

A claim's contents are private to the claimant, coordinators and finance: anyone else
gets 404 for it, exactly as for another organisation's claim.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, false, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Board, ExpenseClaim, ExpenseItem, ExpenseReceipt, Person
from app.domain import audit, store
from app.domain.actors import Actor, Permission
from app.domain.errors import Conflict, NotFound, PermissionDenied, RuleViolation
from app.domain.expenses import items as lines
from app.domain.expenses.judging import Judged, rejudge
from app.domain.expenses.schemas import ClaimStatus, ExpenseClaimCreate, ExpenseClaimUpdate
from app.domain.pagination import Page, PageRequest, paginate
from app.domain.versions import Precondition, check_version

EDITABLE = frozenset({ClaimStatus.DRAFT, ClaimStatus.RETURNED})


def readable(actor: Actor) -> ColumnElement[bool]:
    """The claims this caller may see: their own, or all of them for staff."""
    in_org = col(ExpenseClaim.organisation_id) == actor.organisation_id
    if actor.can(Permission.EXPENSE_CLAIMS_READ_ALL):
        return in_org
    if actor.is_person:
        return in_org & (col(ExpenseClaim.person_id) == actor.id)
    return false()


async def get_claim(session: AsyncSession, actor: Actor, claim_id: uuid.UUID) -> ExpenseClaim:
    return await store.one(session, ExpenseClaim, claim_id, readable(actor), "expense claim")


async def lock_claim(session: AsyncSession, actor: Actor, claim_id: uuid.UUID) -> ExpenseClaim:
    """Serialise changes to one claim: a no-op UPDATE takes the row lock (PostgreSQL) or the
    write lock (SQLite), so a concurrent step waits and then reads this one's result. The
    row comes back by RETURNING: on PostgreSQL that is the version the lock was taken on,
    the latest committed, exactly what a SELECT after the lock would read."""
    claim = await session.scalar(
        update(ExpenseClaim)
        .where(col(ExpenseClaim.id) == claim_id, readable(actor))
        .values(version=ExpenseClaim.version)
        .returning(ExpenseClaim)
        .execution_options(synchronize_session=False, populate_existing=True)
    )
    if claim is None:
        raise NotFound("expense claim")
    return claim


@dataclass(frozen=True)
class Written:
    """A claim as a step left it, with its lines and receipts when the step already holds
    them (a response then need not read them back); None when it does not."""

    claim: ExpenseClaim
    judged: Judged | None = None


def may_edit(actor: Actor, claim: ExpenseClaim) -> bool:
    return actor.is_self(claim.person_id) or actor.can(Permission.EXPENSE_CLAIMS_ON_BEHALF)


def require_editor(actor: Actor, claim: ExpenseClaim) -> None:
    if not may_edit(actor, claim):
        raise PermissionDenied("Only the claimant, or a coordinator on their behalf, may do this.")


def contribution(actor: Actor, claim: ExpenseClaim) -> dict[str, object]:
    """What to set on a claim this caller makes or changes: they join its contributors,
    who may never decide it, and anyone but the claimant makes it on their behalf."""
    changes: dict[str, object] = {}
    if str(actor.id) not in claim.contributor_ids:
        changes["contributor_ids"] = [*claim.contributor_ids, str(actor.id)]
    if not actor.is_self(claim.person_id):
        changes["on_behalf"] = True
    return changes


def contribute(actor: Actor, claim: ExpenseClaim) -> set[str]:
    """``contribution`` applied; the names of the fields it changed, for the audit row."""
    return store.apply(claim, contribution(actor, claim))


def touched_by(actor: Actor, claim: ExpenseClaim) -> bool:
    return actor.is_self(claim.person_id) or str(actor.id) in claim.contributor_ids


def may_decide(actor: Actor, claim: ExpenseClaim) -> bool:
    """Segregation of duties: deciding needs the right, and no hand in the claim."""
    return actor.can(Permission.EXPENSE_CLAIMS_DECIDE) and not touched_by(actor, claim)


def require_editable(claim: ExpenseClaim) -> None:
    if claim.status not in EDITABLE:
        raise Conflict(
            f"A claim that is {claim.status} can no longer be changed; only a draft or a "
            "returned claim can."
        )


async def list_claims(
    session: AsyncSession,
    actor: Actor,
    page: PageRequest,
    *,
    status: ClaimStatus | None = None,
    person_id: uuid.UUID | None = None,
    board_id: uuid.UUID | None = None,
) -> Page[ExpenseClaim]:
    statement = select(ExpenseClaim).where(readable(actor))
    if status is not None:
        statement = statement.where(ExpenseClaim.status == status.value)
    if person_id is not None:
        statement = statement.where(ExpenseClaim.person_id == person_id)
    if board_id is not None:
        statement = statement.where(ExpenseClaim.board_id == board_id)
    return await paginate(session, statement, ExpenseClaim.id, page)


async def claims_by_ids(
    session: AsyncSession, actor: Actor, ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, ExpenseClaim]:
    """One query for any number of claims (GraphQL loaders); unseen ones are left out."""
    wanted = set(ids)
    if not wanted:
        return {}
    rows = await session.scalars(
        select(ExpenseClaim).where(col(ExpenseClaim.id).in_(wanted), readable(actor))
    )
    return {c.id: c for c in rows}


async def items_by_claim(
    session: AsyncSession, actor: Actor, claim_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, list[ExpenseItem]]:
    """Lines of many claims in one query, only of claims the caller may see."""
    return await store.children(
        session,
        ExpenseItem,
        ExpenseItem.claim_id,
        claim_ids,
        readable(actor),
        join=(ExpenseClaim, col(ExpenseClaim.id) == col(ExpenseItem.claim_id)),
        order_by=col(ExpenseItem.position),
    )


async def receipts_by_claim(
    session: AsyncSession, actor: Actor, claim_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, list[ExpenseReceipt]]:
    return await store.children(
        session,
        ExpenseReceipt,
        ExpenseReceipt.claim_id,
        claim_ids,
        readable(actor),
        join=(ExpenseClaim, col(ExpenseClaim.id) == col(ExpenseReceipt.claim_id)),
        order_by=col(ExpenseReceipt.id),
    )


async def _check_board(session: AsyncSession, actor: Actor, board_id: uuid.UUID | None) -> None:
    if board_id is None:
        return
    found = await session.scalar(
        select(Board.id).where(Board.id == board_id, Board.organisation_id == actor.organisation_id)
    )
    if found is None:
        raise RuleViolation.field("/boardId", "No board with that ID exists here.")


async def create_claim(session: AsyncSession, actor: Actor, data: ExpenseClaimCreate) -> Written:
    """A draft claim, for yourself or (coordinators) on a member's behalf.

    The claim and its lines are judged before anything is written, so each row is
    inserted once, complete; a new claim has no earlier lines or receipts to read."""
    person_id = data.person_id or actor.id
    if not actor.is_self(person_id):
        if not actor.can(Permission.EXPENSE_CLAIMS_ON_BEHALF):
            raise PermissionDenied(
                "Only coordinators may make a claim on someone else's behalf."
                if actor.is_person
                else "Claims are made by people, or by coordinators on their behalf."
            )
        # The caller was read from this organisation's people in this request; anyone
        # else must be checked.
        person = await session.scalar(
            select(Person.id).where(
                Person.id == person_id, Person.organisation_id == actor.organisation_id
            )
        )
        if person is None:
            raise RuleViolation.field("/personId", "No person with that ID exists here.")
    await _check_board(session, actor, data.board_id)
    claim = ExpenseClaim(
        organisation_id=actor.organisation_id,
        person_id=person_id,
        created_by_id=actor.id,
        contributor_ids=[str(actor.id)],
        on_behalf=not actor.is_self(person_id),
        board_id=data.board_id,
        purpose=data.purpose,
    )
    items = await lines.new_lines(session, actor, claim, data.items, "/items")
    judged = await rejudge(session, claim, lines=(items, []))
    session.add(claim)
    session.add_all(items)
    await session.flush()
    audit.record(
        session,
        actor,
        "expense_claim.created",
        "expense_claim",
        claim.id,
        claim.organisation_id,
        data.model_fields_set | {"contributor_ids"} | ({"on_behalf"} if claim.on_behalf else set()),
    )
    return Written(claim, judged)


async def update_claim(
    session: AsyncSession,
    actor: Actor,
    claim_id: uuid.UUID,
    data: ExpenseClaimUpdate,
    expected_version: Precondition,
) -> ExpenseClaim:
    claim = await lock_claim(session, actor, claim_id)
    require_editor(actor, claim)
    check_version(claim.version, expected_version)
    require_editable(claim)
    changes = data.changes()
    if "board_id" in changes:
        await _check_board(session, actor, changes["board_id"])
    changed = await store.patch(
        session, actor, claim, {**changes, **contribution(actor, claim)}, "expense_claim"
    )
    if "board_id" in changed:
        await lines.sync_boards(session, claim)
    return claim

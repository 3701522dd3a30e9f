"""Panels: the organisation's people on a lot, what each scores, their declarations of
connection to each bidder, and removal for a conflict (declared or discovered)."""

from __future__ import annotations

import uuid
from collections import defaultdict

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Declaration, Lot, PanelMember, Person, Question
from app.db.types import utcnow
from app.domain import audit, store
from app.domain.actors import Actor
from app.domain.errors import Conflict, FieldProblem, NotFound, PermissionDenied, RuleViolation
from app.domain.procurement.access import flush_unique, lot_access, readable_lots
from app.domain.procurement.mix import Mix, mix
from app.domain.procurement.schemas import (
    DeclarationsInput,
    LotPhase,
    PanelMemberCreate,
    ProcurementStatus,
    Removal,
)
from app.domain.procurement.setup import bidders_of

DECLARED = "Declared a connection to a bidder of this lot."
_CLOSED = {ProcurementStatus.MODERATING.value, ProcurementStatus.CONCLUDED.value}


async def add_member(
    session: AsyncSession, actor: Actor, lot_id: uuid.UUID, data: PanelMemberCreate
) -> PanelMember:
    access = await lot_access(session, actor, lot_id)
    access.require_manager()
    if access.procurement.status in _CLOSED or access.lot.phase != LotPhase.SCORING.value:
        raise Conflict("Panel members join before moderation.")
    person = await session.scalar(
        select(Person).where(
            Person.id == data.person_id, store.in_org(Person, actor), col(Person.active)
        )
    )
    if person is None:
        raise RuleViolation.field("/personId", "No active person with that ID exists here.")
    asked = set(await session.scalars(select(Question.id).where(Question.lot_id == lot_id)))
    wrong = [
        FieldProblem(f"/questionIds/{i}", "Not a question of this lot.")
        for i, q in enumerate(data.question_ids)
        if q not in asked
    ]
    if wrong:
        raise RuleViolation("Members score only the lot's own questions.", wrong)
    taken = await session.scalar(
        select(PanelMember.id).where(
            PanelMember.lot_id == lot_id, PanelMember.person_id == person.id
        )
    )
    if taken is not None:
        raise Conflict("That person is already on this lot's panel (or was removed from it).")
    member = PanelMember(
        organisation_id=actor.organisation_id,
        lot_id=lot_id,
        person_id=person.id,
        role=data.role.value,
        question_ids=[str(q) for q in dict.fromkeys(data.question_ids)],
    )
    session.add(member)
    await flush_unique(session, "That person is already on this lot's panel.")
    audit.record(
        session,
        actor,
        "panel_member.added",
        "panel_member",
        member.id,
        member.organisation_id,
        data.model_fields_set,
    )
    audit.emit(
        session,
        member.organisation_id,
        "panel.member_added",
        {"lotId": str(lot_id), "memberId": str(member.id), "role": member.role},
    )
    return member


async def list_members(session: AsyncSession, actor: Actor, lot_id: uuid.UUID) -> list[PanelMember]:
    """Coordinators see the whole panel, removed members too (with why); a member sees
    only their own seat, since declarations and removals are between them and staff."""
    access = await lot_access(session, actor, lot_id)
    statement = select(PanelMember).where(PanelMember.lot_id == lot_id)
    if not access.manager:
        statement = statement.where(PanelMember.person_id == actor.id)
    return list(await session.scalars(statement.order_by(col(PanelMember.id))))


async def mixes(
    session: AsyncSession, actor: Actor, lot_ids: list[uuid.UUID]
) -> dict[uuid.UUID, Mix]:
    """Every lot's mix in one query, for a list of lots or one."""
    grouped = await store.children(
        session,
        PanelMember,
        PanelMember.lot_id,
        lot_ids,
        col(PanelMember.organisation_id) == actor.organisation_id,
        order_by=col(PanelMember.id),
    )
    return {lot_id: mix(grouped.get(lot_id, [])) for lot_id in lot_ids}


async def declared_bidders(
    session: AsyncSession, member_ids: list[uuid.UUID]
) -> dict[uuid.UUID, set[uuid.UUID]]:
    found: defaultdict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    if member_ids:
        rows = await session.execute(
            select(Declaration.member_id, Declaration.bidder_id).where(
                col(Declaration.member_id).in_(member_ids)
            )
        )
        for member_id, bidder_id in rows:
            found[member_id].add(bidder_id)
    return found


async def remove(
    session: AsyncSession, actor: Actor, member: PanelMember, reason: str, cause: str
) -> None:
    """Off the lot, the reason kept; their scores stay in the trail but count for nothing."""
    member.removed_at = utcnow()
    member.removed_reason = reason
    member.removed_by_id = actor.id
    await session.flush()
    audit.record(
        session,
        actor,
        "panel_member.removed",
        "panel_member",
        member.id,
        member.organisation_id,
        ["removed_reason"],
    )
    audit.emit(
        session,
        member.organisation_id,
        "panel.member_removed",
        {"lotId": str(member.lot_id), "memberId": str(member.id), "cause": cause},
    )


async def remove_member(
    session: AsyncSession, actor: Actor, member_id: uuid.UUID, data: Removal
) -> PanelMember:
    """A coordinator records a conflict found by other means (or any other reason)."""
    member = await session.scalar(
        select(PanelMember)
        .join(Lot, col(Lot.id) == PanelMember.lot_id)
        .where(PanelMember.id == member_id, readable_lots(actor))
    )
    if member is None:
        raise NotFound("panel member")
    access = await lot_access(session, actor, member.lot_id)
    access.require_manager()
    if member.removed_at is not None:
        raise Conflict("That member has already been removed from the lot.")
    await remove(session, actor, member, data.reason, "discovered")
    return member


async def declare(
    session: AsyncSession, actor: Actor, lot_id: uuid.UUID, data: DeclarationsInput
) -> tuple[PanelMember, list[Declaration]]:
    """The caller's declarations, per bidder; each is made once and kept. A connection
    takes them off the lot there and then."""
    access = await lot_access(session, actor, lot_id)
    member = access.member
    if member is None:
        raise PermissionDenied("Only the lot's panel members declare connections.")
    bidders = {b.id for b in await bidders_of(session, lot_id)}
    already = (await declared_bidders(session, [member.id]))[member.id]
    problems: list[FieldProblem] = []
    seen: set[uuid.UUID] = set()
    for i, d in enumerate(data.declarations):
        if d.bidder_id not in bidders:
            problems.append(
                FieldProblem(f"/declarations/{i}/bidderId", "Not a bidder of this lot.")
            )
        elif d.bidder_id in already or d.bidder_id in seen:
            problems.append(
                FieldProblem(f"/declarations/{i}/bidderId", "Already declared for this bidder.")
            )
        seen.add(d.bidder_id)
    if problems:
        raise RuleViolation("Each declaration names a bidder of this lot, once.", problems)
    rows = [
        Declaration(
            organisation_id=actor.organisation_id,
            member_id=member.id,
            bidder_id=d.bidder_id,
            connected=d.connected,
            detail=d.detail,
        )
        for d in data.declarations
    ]
    session.add_all(rows)
    await flush_unique(session, "Already declared for one of these bidders.")
    audit.record(
        session,
        actor,
        "panel_member.declared",
        "panel_member",
        member.id,
        member.organisation_id,
        ["declarations"],
    )
    if any(d.connected for d in data.declarations):
        await remove(session, actor, member, DECLARED, "declared")
    return member, await declarations_of(session, [member.id])


async def declarations_of(session: AsyncSession, member_ids: list[uuid.UUID]) -> list[Declaration]:
    if not member_ids:
        return []
    rows = await session.scalars(
        select(Declaration)
        .where(col(Declaration.member_id).in_(member_ids))
        .order_by(col(Declaration.id))
    )
    return list(rows)


async def list_declarations(
    session: AsyncSession, actor: Actor, lot_id: uuid.UUID
) -> list[Declaration]:
    """Coordinators see every declaration of the lot; a member their own."""
    members = await list_members(session, actor, lot_id)
    return await declarations_of(session, [m.id for m in members])

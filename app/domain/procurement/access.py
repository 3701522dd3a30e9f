"""Who sees what of a procurement: coordinators everything; a person only the lots whose
panel they sit on (not removed); anyone else 404, as for another organisation."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Lot, PanelMember, Procurement
from app.domain import store
from app.domain.actors import Actor, Permission, require
from app.domain.errors import Conflict, NotFound, PermissionDenied
from app.domain.procurement.schemas import LotPhase, PanelRole


def manages(actor: Actor) -> bool:
    return actor.can(Permission.PROCUREMENT_MANAGE)


def _my_lots(actor: Actor) -> ColumnElement[bool]:
    sits = select(PanelMember.lot_id).where(
        PanelMember.person_id == actor.id,
        col(PanelMember.removed_at).is_(None),
        PanelMember.organisation_id == actor.organisation_id,
    )
    return col(Lot.id).in_(sits)


def readable_lots(actor: Actor) -> ColumnElement[bool]:
    clause = store.in_org(Lot, actor)
    if manages(actor):
        return clause
    if not actor.is_person:
        return col(Lot.id).is_(None)
    return clause & _my_lots(actor)


def readable_procurements(actor: Actor) -> ColumnElement[bool]:
    clause = store.in_org(Procurement, actor)
    if manages(actor):
        return clause
    lots = select(Lot.procurement_id).where(readable_lots(actor))
    return clause & col(Procurement.id).in_(lots)


@dataclass(frozen=True)
class LotAccess:
    lot: Lot
    procurement: Procurement
    member: PanelMember | None  # the caller's own seat on the panel, if they hold one
    manager: bool

    @property
    def chair(self) -> bool:
        return self.member is not None and self.member.role == PanelRole.CHAIR.value

    def require_manager(self) -> None:
        require_manage(self.manager)

    def require_chair_or_manager(self) -> None:
        if not (self.chair or self.manager):
            raise PermissionDenied("Only the lot's chair or a coordinator may do this.")

    @property
    def sees_all_scores(self) -> bool:
        """Nobody, the chair and coordinators included, sees another's scores until the
        chair opens moderation, and a member not before submitting their own."""
        if self.lot.phase == LotPhase.SCORING.value:
            return False
        if self.manager:
            return True
        m = self.member
        return m is not None and (m.submitted_at is not None or not m.question_ids)

    def require_all_scores(self) -> None:
        if not self.sees_all_scores:
            raise PermissionDenied(
                "Scores stay sealed until you have submitted your own and the chair has "
                "opened moderation."
            )


def require_manage(manager: bool) -> None:
    if not manager:
        raise PermissionDenied("Only coordinators manage procurements.")


async def lot_access(
    session: AsyncSession, actor: Actor, lot_id: uuid.UUID, *, for_update: bool = False
) -> LotAccess:
    """The lot with its procurement and the caller's seat, in one statement."""
    require(actor, Permission.PROCUREMENT_READ)
    seat = and_(
        col(PanelMember.lot_id) == Lot.id,
        col(PanelMember.person_id) == actor.id,
        col(PanelMember.removed_at).is_(None),
    )
    statement = (
        select(Lot, Procurement, PanelMember)
        .join(Procurement, col(Procurement.id) == Lot.procurement_id)
        .outerjoin(PanelMember, seat)
        .where(col(Lot.id) == lot_id, readable_lots(actor))
    )
    if for_update:
        statement = statement.with_for_update(of=Lot)
    found = (await session.execute(statement)).first()
    if found is None:
        raise NotFound("lot")
    lot, procurement, member = found
    return LotAccess(lot, procurement, member if actor.is_person else None, manages(actor))


async def flush_unique(session: AsyncSession, detail: str) -> None:
    """Flush a new row whose uniqueness a concurrent request may have taken first: the
    database's constraint decides, and the loser gets 409 rather than 500."""
    try:
        await session.flush()
    except IntegrityError:
        raise Conflict(detail) from None

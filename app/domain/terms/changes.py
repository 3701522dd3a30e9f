"""Renewing a term and standing down, each with its reason, audited, with an event.

The reason may say something personal (health, a recall to prison): it is kept in
``term_changes`` for coordinators and the member, never in audit rows or events.
"""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Membership, TermChange
from app.db.types import iso_text, utcnow
from app.domain import audit
from app.domain.actors import Actor, Permission, require, require_self_or
from app.domain.boards.memberships import get_membership
from app.domain.boards.schemas import MembershipStatus
from app.domain.errors import Conflict, RuleViolation
from app.domain.seats import departures
from app.domain.terms.schemas import RenewalInput, StandDownInput


def _event(session: AsyncSession, membership: Membership, event_type: str) -> None:
    audit.emit(
        session,
        membership.organisation_id,
        event_type,
        {
            "membershipId": str(membership.id),
            "boardId": str(membership.board_id),
            "personId": str(membership.person_id),
            "status": membership.status,
            "termEnd": iso_text(membership.term_end) if membership.term_end else None,
        },
    )


def _record(
    session: AsyncSession,
    actor: Actor,
    membership: Membership,
    kind: str,
    reason: str,
    previous: object,
) -> TermChange:
    change = TermChange(
        organisation_id=membership.organisation_id,
        membership_id=membership.id,
        kind=kind,
        reason=reason,
        previous_term_end=previous,  # type: ignore[arg-type]
        term_end=membership.term_end,
        recorded_by=actor.id,
    )
    session.add(change)
    return change


async def renew(
    session: AsyncSession, actor: Actor, membership_id: uuid.UUID, data: RenewalInput
) -> tuple[Membership, TermChange]:
    membership = await get_membership(session, actor, membership_id)
    require(actor, Permission.TERMS_MANAGE)
    if membership.status == MembershipStatus.LEFT.value:
        raise Conflict("This member has left the board; add a new membership instead.")
    floor = max(membership.term_end or membership.term_start, utcnow().date())
    if data.term_end <= floor:
        raise RuleViolation.field(
            "/termEnd", "A renewed term ends after the current one, and in the future."
        )
    previous = membership.term_end
    membership.term_end = data.term_end
    membership.updated_at = utcnow()
    change = _record(session, actor, membership, "renewed", data.reason, previous)
    await session.flush()
    audit.record(
        session,
        actor,
        "membership.renewed",
        "membership",
        membership.id,
        membership.organisation_id,
        {"term_end"},
    )
    _event(session, membership, "membership.renewed")
    return membership, change


async def stand_down(
    session: AsyncSession, actor: Actor, membership_id: uuid.UUID, data: StandDownInput
) -> tuple[Membership, TermChange]:
    """The member stands down (or a coordinator records it): the membership is left and
    its term ends on the day given (today by default)."""
    membership = await get_membership(session, actor, membership_id)
    require_self_or(actor, membership.person_id, Permission.TERMS_MANAGE)
    if membership.status == MembershipStatus.LEFT.value:
        raise Conflict("This member has left the board already.")
    effective = data.effective_on or utcnow().date()
    if effective < membership.term_start:
        raise RuleViolation.field("/effectiveOn", "A term cannot end before it starts.")
    previous = membership.term_end
    membership.term_end = effective
    membership.status = MembershipStatus.LEFT.value
    membership.updated_at = utcnow()
    change = _record(session, actor, membership, "stood_down", data.reason, previous)
    await session.flush()
    audit.record(
        session,
        actor,
        "membership.stood_down",
        "membership",
        membership.id,
        membership.organisation_id,
        {"status", "term_end"},
    )
    _event(session, membership, "membership.stood_down")
    await departures.hand_on(session, actor, membership.person_id, membership.board_id)
    return membership, change


async def list_changes(
    session: AsyncSession, actor: Actor, membership_id: uuid.UUID
) -> list[TermChange]:
    membership = await get_membership(session, actor, membership_id)
    require_self_or(actor, membership.person_id, Permission.TERMS_MANAGE)
    rows = await session.scalars(
        select(TermChange)
        .where(TermChange.membership_id == membership.id)
        .order_by(col(TermChange.id))
    )
    return list(rows)

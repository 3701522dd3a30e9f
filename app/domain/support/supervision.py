"""Supervision and check-ins between a member and their named supervisor.

Private by query: a record is visible to the member, the supervisor who held it, the
member's current supervisor, and the organisation's safeguarding lead if it names one.
Nobody else, whatever their role (coordinators name supervisors and the administrator
names the lead, but neither reads the notes): to them a member's records are 403 and a
record 404. Audit rows name fields; events are not sent (nothing here is a partner's).
"""

from __future__ import annotations

import uuid

from sqlalchemy import ColumnElement
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import SupervisionRecord, Supervisor, SupportSettings
from app.db.types import utcnow
from app.domain import audit
from app.domain.actors import Actor, Permission, require
from app.domain.errors import PermissionDenied, RuleViolation
from app.domain.pagination import Page, PageRequest, paginate
from app.domain.people.service import get_person
from app.domain.support.schemas import SafeguardingLeadSet, SupervisionRecordCreate, SupervisorSet


async def _supervisor_of(
    session: AsyncSession, actor: Actor, member_id: uuid.UUID
) -> uuid.UUID | None:
    return await session.scalar(
        select(Supervisor.supervisor_id).where(
            col(Supervisor.member_id) == member_id,
            col(Supervisor.organisation_id) == actor.organisation_id,
        )
    )


async def _lead(session: AsyncSession, actor: Actor) -> uuid.UUID | None:
    return await session.scalar(
        select(SupportSettings.safeguarding_lead_id).where(
            col(SupportSettings.organisation_id) == actor.organisation_id
        )
    )


async def set_supervisor(
    session: AsyncSession, actor: Actor, member_id: uuid.UUID, data: SupervisorSet
) -> Supervisor:
    require(actor, Permission.SUPERVISION_ASSIGN)
    await get_person(session, actor, member_id)
    await get_person(session, actor, data.supervisor_id)
    if data.supervisor_id == member_id:
        raise RuleViolation.field("/supervisorId", "A member cannot supervise themself.")
    row = await session.scalar(
        select(Supervisor).where(
            col(Supervisor.member_id) == member_id,
            col(Supervisor.organisation_id) == actor.organisation_id,
        )
    )
    if row is None:
        row = Supervisor(
            organisation_id=actor.organisation_id,
            member_id=member_id,
            supervisor_id=data.supervisor_id,
        )
        session.add(row)
    else:
        row.supervisor_id = data.supervisor_id
        row.updated_at = utcnow()
    await session.flush()
    audit.record(
        session,
        actor,
        "supervisor.set",
        "supervisor",
        row.id,
        actor.organisation_id,
        {"supervisor_id"},
    )
    return row


async def set_safeguarding_lead(
    session: AsyncSession, actor: Actor, data: SafeguardingLeadSet
) -> SupportSettings:
    require(actor, Permission.SAFEGUARDING_LEAD_SET)
    if data.safeguarding_lead_id is not None:
        await get_person(session, actor, data.safeguarding_lead_id)
    row = await session.scalar(
        select(SupportSettings).where(col(SupportSettings.organisation_id) == actor.organisation_id)
    )
    if row is None:
        row = SupportSettings(organisation_id=actor.organisation_id)
        session.add(row)
    row.safeguarding_lead_id = data.safeguarding_lead_id
    row.updated_at = utcnow()
    await session.flush()
    audit.record(
        session,
        actor,
        "support_settings.updated",
        "support_settings",
        row.id,
        actor.organisation_id,
        {"safeguarding_lead_id"},
    )
    return row


async def _may_see_member(session: AsyncSession, actor: Actor, member_id: uuid.UUID) -> bool:
    if actor.is_self(member_id):
        return True
    if not actor.is_person:
        return False
    return actor.id in {
        await _supervisor_of(session, actor, member_id),
        await _lead(session, actor),
    }


def _visible(actor: Actor, member_id: uuid.UUID, current: bool) -> ColumnElement[bool]:
    """The member's records that this caller may read: all of them for the member, their
    current supervisor and the lead; those they held for an earlier supervisor."""
    clause = (col(SupervisionRecord.organisation_id) == actor.organisation_id) & (
        col(SupervisionRecord.member_id) == member_id
    )
    if current:
        return clause
    return clause & (col(SupervisionRecord.supervisor_id) == actor.id)


async def list_records(
    session: AsyncSession, actor: Actor, member_id: uuid.UUID, page: PageRequest
) -> Page[SupervisionRecord]:
    await get_person(session, actor, member_id)
    current = await _may_see_member(session, actor, member_id)
    if not current and not actor.is_person:
        raise PermissionDenied("Supervision records are private to the member and supervisor.")
    statement = select(SupervisionRecord).where(_visible(actor, member_id, current))
    found = await paginate(session, statement, SupervisionRecord.id, page)
    if not current and not found.items:
        raise PermissionDenied("Supervision records are private to the member and supervisor.")
    return found


async def add_record(
    session: AsyncSession, actor: Actor, member_id: uuid.UUID, data: SupervisionRecordCreate
) -> SupervisionRecord:
    await get_person(session, actor, member_id)
    supervisor = await _supervisor_of(session, actor, member_id)
    if supervisor is None:
        raise RuleViolation("Name a supervisor for this member first.")
    if not (actor.is_self(member_id) or actor.is_self(supervisor)):
        raise PermissionDenied("Only the member and their supervisor record supervision.")
    row = SupervisionRecord(
        organisation_id=actor.organisation_id,
        member_id=member_id,
        supervisor_id=supervisor,
        created_by=actor.id,
        **data.model_dump(),
    )
    session.add(row)
    await session.flush()
    audit.record(
        session,
        actor,
        "supervision_record.created",
        "supervision_record",
        row.id,
        actor.organisation_id,
        data.model_fields_set,
    )
    return row

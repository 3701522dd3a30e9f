"""What is recorded about a person: training, declared interests, unavailability.

All three are private to the person, coordinators and administrators. A person may
declare their own interests and unavailability; only staff record training.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import ColumnElement
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Interest, TrainingRecord, Unavailability
from app.db.types import utcnow
from app.domain import audit
from app.domain.actors import Actor, Permission, require, require_self_or
from app.domain.datarights import reads
from app.domain.errors import NotFound
from app.domain.pagination import Page, PageRequest, paginate
from app.domain.people.schemas import InterestCreate, TrainingRecordCreate, UnavailabilityCreate
from app.domain.people.service import get_person

Record = TrainingRecord | Interest | Unavailability
R = TypeVar("R", TrainingRecord, Interest, Unavailability)
RecordCreate = TrainingRecordCreate | InterestCreate | UnavailabilityCreate


@dataclass(frozen=True)
class Kind:
    entity: str
    self_may_write: bool
    field_group: str  # as the private-read audit names it


KINDS: dict[type[Record], Kind] = {
    TrainingRecord: Kind("training_record", self_may_write=False, field_group="training_records"),
    Interest: Kind("interest", self_may_write=True, field_group="interests"),
    Unavailability: Kind("unavailability", self_may_write=True, field_group="unavailability"),
}


async def _check(
    session: AsyncSession, actor: Actor, person_id: uuid.UUID, model: type[Record], write: bool
) -> None:
    await get_person(session, actor, person_id)  # 404 across organisations
    if write and not (KINDS[model].self_may_write and actor.is_self(person_id)):
        require(actor, Permission.PEOPLE_WRITE)
    else:
        require_self_or(actor, person_id, Permission.PEOPLE_READ_PRIVATE)


def _current(model: type[Record]) -> list[ColumnElement[bool]]:
    """Declarations of interest are withdrawn, never deleted; the others go."""
    return [col(Interest.withdrawn_at).is_(None)] if model is Interest else []


async def list_records(
    session: AsyncSession, actor: Actor, person_id: uuid.UUID, model: type[R], page: PageRequest
) -> Page[R]:
    await _check(session, actor, person_id, model, write=False)
    reads.note(actor, person_id, KINDS[model].field_group)
    statement = select(model).where(
        col(model.person_id) == person_id,
        col(model.organisation_id) == actor.organisation_id,
        *_current(model),
    )
    return await paginate(session, statement, model.id, page)


async def add_record(
    session: AsyncSession, actor: Actor, person_id: uuid.UUID, model: type[R], data: RecordCreate
) -> R:
    await _check(session, actor, person_id, model, write=True)
    record = model(organisation_id=actor.organisation_id, person_id=person_id, **data.model_dump())
    session.add(record)
    await session.flush()
    audit.record(
        session,
        actor,
        f"{KINDS[model].entity}.created",
        KINDS[model].entity,
        record.id,
        actor.organisation_id,
        data.model_fields_set,
    )
    return record


async def delete_record(
    session: AsyncSession, actor: Actor, person_id: uuid.UUID, model: type[R], record_id: uuid.UUID
) -> None:
    await _check(session, actor, person_id, model, write=True)
    record = await session.scalar(
        select(model).where(
            col(model.id) == record_id,
            col(model.person_id) == person_id,
            col(model.organisation_id) == actor.organisation_id,
            *_current(model),
        )
    )
    if record is None:
        raise NotFound(KINDS[model].entity.replace("_", " "))
    changed: set[str] = set()
    if isinstance(record, Interest):
        record.withdrawn_at = utcnow()
        changed.add("withdrawn_at")
    else:
        await session.delete(record)
    await session.flush()
    audit.record(
        session,
        actor,
        f"{KINDS[model].entity}.deleted",
        KINDS[model].entity,
        record.id,
        actor.organisation_id,
        changed,
    )

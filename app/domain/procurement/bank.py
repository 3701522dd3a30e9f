"""The expert bank: people of the organisation who have opted in to evaluate bids, with
their skills, availability, current training and (only with their consent) the kinds of
lived experience they let be used for matching.

An entry is read only by its person and by coordinators and administrators: anyone else
gets 404, as for a person not in the bank. Lists read in a fixed number of statements.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, delete, exists, or_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import ExpertBankEntry, ExpertBankTag, Person, TrainingRecord, Unavailability
from app.db.types import utcnow
from app.domain import audit
from app.domain.actors import Actor, Permission, require
from app.domain.datarights import reads
from app.domain.errors import FieldProblem, NotFound, PermissionDenied, RuleViolation
from app.domain.expenses.judging import uk_today
from app.domain.pagination import Page, PageRequest, paginate
from app.domain.procurement.access import flush_unique
from app.domain.procurement.schemas import ExpertBankInput, ExpertBankOnBehalf

SKILL = "skill"
EXPERIENCE = "experience"


@dataclass(frozen=True)
class BankView:
    entry: ExpertBankEntry
    person: Person
    skills: list[str]
    experience: list[str]
    training: list[TrainingRecord]


def manages(actor: Actor) -> bool:
    return actor.can(Permission.EXPERT_BANK_MANAGE)


def _entries(actor: Actor) -> ColumnElement[bool]:
    """Bank entries of the organisation's active people."""
    return (col(ExpertBankEntry.organisation_id) == actor.organisation_id) & col(
        ExpertBankEntry.person_id
    ).in_(select(Person.id).where(Person.organisation_id == actor.organisation_id, Person.active))


async def views(
    session: AsyncSession, actor: Actor, entries: list[ExpertBankEntry]
) -> list[BankView]:
    """Entries with their people, tags and current training: three statements however
    many. Reading another's consented experience is noted in the private-read audit."""
    if not entries:
        return []
    person_ids = [e.person_id for e in entries]
    people = {
        p.id: p for p in await session.scalars(select(Person).where(col(Person.id).in_(person_ids)))
    }
    tags: defaultdict[tuple[uuid.UUID, str], list[str]] = defaultdict(list)
    rows = await session.execute(
        select(ExpertBankTag.entry_id, ExpertBankTag.kind, ExpertBankTag.value)
        .where(col(ExpertBankTag.entry_id).in_([e.id for e in entries]))
        .order_by(col(ExpertBankTag.value))
    )
    for entry_id, kind, value in rows:
        tags[(entry_id, kind)].append(value)
    today = uk_today()
    training: defaultdict[uuid.UUID, list[TrainingRecord]] = defaultdict(list)
    for record in await session.scalars(
        select(TrainingRecord)
        .where(col(TrainingRecord.person_id).in_(person_ids), _current_training(today))
        .order_by(col(TrainingRecord.completed_on), col(TrainingRecord.id))
    ):
        training[record.person_id].append(record)
    reads.note_many(actor, [e.person_id for e in entries if tags.get((e.id, EXPERIENCE))])
    return [
        BankView(
            e,
            people[e.person_id],
            tags.get((e.id, SKILL), []),
            tags.get((e.id, EXPERIENCE), []),
            training.get(e.person_id, []),
        )
        for e in entries
    ]


def _current_training(today: date) -> ColumnElement[bool]:
    return or_(col(TrainingRecord.expires_on).is_(None), col(TrainingRecord.expires_on) >= today)


async def _person(session: AsyncSession, actor: Actor, person_id: uuid.UUID) -> Person:
    """The person whose entry this caller may read or write: themselves, or anyone for
    coordinators; anyone else is 404."""
    if not (actor.is_self(person_id) or manages(actor)):
        raise NotFound("expert bank entry")
    person = await session.scalar(
        select(Person).where(
            Person.id == person_id, Person.organisation_id == actor.organisation_id, Person.active
        )
    )
    if person is None:
        raise NotFound("person")
    return person


async def _entry(session: AsyncSession, person_id: uuid.UUID) -> ExpertBankEntry | None:
    return await session.scalar(
        select(ExpertBankEntry).where(ExpertBankEntry.person_id == person_id)
    )


async def get_entry(session: AsyncSession, actor: Actor, person_id: uuid.UUID) -> BankView:
    require(actor, Permission.EXPERT_BANK_JOIN)
    await _person(session, actor, person_id)
    entry = await _entry(session, person_id)
    if entry is None:
        raise NotFound("expert bank entry")
    return (await views(session, actor, [entry]))[0]


async def put_entry(
    session: AsyncSession,
    actor: Actor,
    person_id: uuid.UUID,
    data: ExpertBankInput | ExpertBankOnBehalf,
) -> tuple[BankView, bool]:
    """Join the bank or replace the entry; (the entry, whether it is new). A coordinator
    may do it for someone else only with a note of how that person consented."""
    require(actor, Permission.EXPERT_BANK_JOIN)
    person = await _person(session, actor, person_id)
    on_behalf = not actor.is_self(person_id)
    if on_behalf and not isinstance(data, ExpertBankOnBehalf):
        raise PermissionDenied("Only the person, or a coordinator recording their consent.")
    if data.experience_categories and not data.experience_consent:
        raise RuleViolation.field(
            "/experienceConsent", "Lived experience is kept for matching only with consent."
        )
    own = set(person.lived_experience_categories)
    wrong = [
        FieldProblem(f"/experienceCategories/{i}", "Not one of the person's own categories.")
        for i, c in enumerate(data.experience_categories)
        if c not in own
    ]
    if wrong:
        raise RuleViolation("Only the person's own lived experience may be used.", wrong)
    entry = await _entry(session, person_id)
    created = entry is None
    if entry is None:
        entry = ExpertBankEntry(organisation_id=actor.organisation_id, person_id=person_id)
        session.add(entry)
    consented = bool(data.experience_categories)
    entry.availability_note = data.availability_note
    entry.unavailable_until = data.unavailable_until
    entry.experience_year = data.experience_year if consented else None
    if consented and entry.experience_consented_at is None:
        entry.experience_consented_at = utcnow()
    elif not consented:
        entry.experience_consented_at = None
    entry.consent_recorded_by_id = actor.id
    entry.consent_note = data.consent_note if isinstance(data, ExpertBankOnBehalf) else None
    entry.updated_at = utcnow()
    await flush_unique(session, "That person joined the bank at the same time: try again.")
    await session.execute(delete(ExpertBankTag).where(col(ExpertBankTag.entry_id) == entry.id))
    tags = [(SKILL, s) for s in dict.fromkeys(data.skills)] + [
        (EXPERIENCE, c) for c in dict.fromkeys(data.experience_categories)
    ]
    session.add_all(
        ExpertBankTag(organisation_id=entry.organisation_id, entry_id=entry.id, kind=k, value=v)
        for k, v in tags
    )
    await session.flush()
    audit.record(
        session,
        actor,
        "expert_bank.joined" if created else "expert_bank.updated",
        "expert_bank_entry",
        entry.id,
        entry.organisation_id,
        data.model_fields_set | ({"consent_note"} if on_behalf else set()),
    )
    return (await views(session, actor, [entry]))[0], created


async def leave(session: AsyncSession, actor: Actor, person_id: uuid.UUID) -> None:
    """Out of the bank: the entry and its consented experience are deleted, not kept."""
    require(actor, Permission.EXPERT_BANK_JOIN)
    await _person(session, actor, person_id)
    entry = await _entry(session, person_id)
    if entry is None:
        raise NotFound("expert bank entry")
    audit.record(
        session,
        actor,
        "expert_bank.left",
        "expert_bank_entry",
        entry.id,
        entry.organisation_id,
        ["person_id"],
    )
    await session.delete(entry)
    await session.flush()


def _has_tag(kind: str, value: str) -> ColumnElement[bool]:
    return exists().where(
        col(ExpertBankTag.entry_id) == ExpertBankEntry.id,
        col(ExpertBankTag.kind) == kind,
        col(ExpertBankTag.value) == value,
    )


def available_on(day: date) -> ColumnElement[bool]:
    """Free that day: not marked unavailable until after it, and no unavailability
    record of the person's covering it."""
    away = exists().where(
        col(Unavailability.person_id) == ExpertBankEntry.person_id,
        col(Unavailability.starts_on) <= day,
        col(Unavailability.ends_on) >= day,
    )
    return (
        or_(
            col(ExpertBankEntry.unavailable_until).is_(None),
            col(ExpertBankEntry.unavailable_until) < day,
        )
        & ~away
    )


async def search(
    session: AsyncSession,
    actor: Actor,
    page: PageRequest,
    *,
    skill: str | None = None,
    experience: str | None = None,
    trained: str | None = None,
    on: date | None = None,
) -> Page[BankView]:
    """Coordinators' search of the bank, oldest entry first; every filter is ANDed."""
    require(actor, Permission.EXPERT_BANK_MANAGE)
    statement = select(ExpertBankEntry).where(_entries(actor))
    if skill is not None:
        statement = statement.where(_has_tag(SKILL, skill))
    if experience is not None:
        statement = statement.where(_has_tag(EXPERIENCE, experience))
    if trained is not None:
        statement = statement.where(
            exists().where(
                col(TrainingRecord.person_id) == ExpertBankEntry.person_id,
                col(TrainingRecord.training_type) == trained,
                _current_training(uk_today()),
            )
        )
    if on is not None:
        statement = statement.where(available_on(on))
    found = await paginate(session, statement, ExpertBankEntry.id, page)
    return Page(await views(session, actor, found.items), found.next_cursor)


async def entries_for_lot(
    session: AsyncSession, actor: Actor, exclude: ColumnElement[bool]
) -> list[ExpertBankEntry]:
    rows = await session.scalars(
        select(ExpertBankEntry).where(_entries(actor), ~exclude).order_by(col(ExpertBankEntry.id))
    )
    return list(rows)

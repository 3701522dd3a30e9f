"""Coaching and shadowing: a new member paired with a coach, or a shadow with the seat
holder whose meetings they attend, for a period. A pairing is visible to its two people
and to coordinators; a shadow's papers come through circulation (``shadowing.py``)."""

from __future__ import annotations

import uuid

from sqlalchemy import ColumnElement, false, or_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, func, select

from app.db.models import Pairing, Person
from app.domain import audit, store
from app.domain.actors import Actor, Permission, require
from app.domain.errors import Conflict, FieldProblem, RuleViolation
from app.domain.pagination import Page, PageRequest, paginate
from app.domain.recruitment.schemas import PairingCreate, PairingKind


def readable(actor: Actor) -> ColumnElement[bool]:
    org = store.in_org(Pairing, actor)
    if actor.can(Permission.PAIRINGS_MANAGE):
        return org
    if not actor.is_person:
        return false()
    return org & or_(col(Pairing.person_id) == actor.id, col(Pairing.partner_person_id) == actor.id)


async def get_pairing(session: AsyncSession, actor: Actor, pairing_id: uuid.UUID) -> Pairing:
    return await store.one(session, Pairing, pairing_id, readable(actor), "pairing")


async def list_pairings(
    session: AsyncSession,
    actor: Actor,
    page: PageRequest,
    *,
    person_id: uuid.UUID | None = None,
    kind: PairingKind | None = None,
) -> Page[Pairing]:
    """The caller's pairings (either side); coordinators see everyone's."""
    statement = select(Pairing).where(readable(actor))
    if person_id is not None:
        statement = statement.where(
            or_(col(Pairing.person_id) == person_id, col(Pairing.partner_person_id) == person_id)
        )
    if kind is not None:
        statement = statement.where(Pairing.kind == kind.value)
    return await paginate(session, statement, col(Pairing.id), page)


async def create_pairing(session: AsyncSession, actor: Actor, data: PairingCreate) -> Pairing:
    require(actor, Permission.PAIRINGS_MANAGE)
    wanted = {data.person_id, data.partner_person_id}
    found = set(
        await session.scalars(
            select(Person.id).where(
                col(Person.id).in_(wanted), store.in_org(Person, actor), col(Person.active)
            )
        )
    )
    problems = [
        FieldProblem(pointer, "Not an active person of this organisation.")
        for pointer, person_id in (
            ("/personId", data.person_id),
            ("/partnerPersonId", data.partner_person_id),
        )
        if person_id not in found
    ]
    if problems:
        raise RuleViolation("Both people must be active people of this organisation.", problems)
    overlapping = await session.scalar(
        select(func.count())
        .select_from(Pairing)
        .where(
            store.in_org(Pairing, actor),
            Pairing.kind == data.kind.value,
            Pairing.person_id == data.person_id,
            Pairing.partner_person_id == data.partner_person_id,
            col(Pairing.starts_on) <= data.ends_on,
            col(Pairing.ends_on) >= data.starts_on,
        )
    )
    if overlapping:
        raise Conflict("These two are already paired this way for part of that period.")
    pairing = Pairing(
        organisation_id=actor.organisation_id,
        kind=data.kind.value,
        person_id=data.person_id,
        partner_person_id=data.partner_person_id,
        starts_on=data.starts_on,
        ends_on=data.ends_on,
        note=data.note,
        created_by_id=actor.id,
    )
    session.add(pairing)
    await session.flush()
    audit.record(
        session,
        actor,
        "pairing.created",
        "pairing",
        pairing.id,
        pairing.organisation_id,
        data.model_fields_set,
    )
    audit.emit(
        session,
        pairing.organisation_id,
        "pairing.created",
        {
            "pairingId": str(pairing.id),
            "kind": pairing.kind,
            "personId": str(pairing.person_id),
            "partnerPersonId": str(pairing.partner_person_id),
            "startsOn": pairing.starts_on.isoformat(),
            "endsOn": pairing.ends_on.isoformat(),
        },
    )
    return pairing


async def delete_pairing(session: AsyncSession, actor: Actor, pairing_id: uuid.UUID) -> None:
    """End a pairing early (or remove a mistaken one). Papers already sent stay sent."""
    pairing = await get_pairing(session, actor, pairing_id)
    require(actor, Permission.PAIRINGS_MANAGE)
    await session.delete(pairing)
    await session.flush()
    audit.record(session, actor, "pairing.deleted", "pairing", pairing.id, pairing.organisation_id)
    audit.emit(
        session,
        pairing.organisation_id,
        "pairing.deleted",
        {"pairingId": str(pairing.id), "kind": pairing.kind},
    )

"""The audit of reads of private fields: who read whose, when, which field group.

Reads are noted where the private type is chosen (``person_view``, the private record
lists, the statements that write a person's JSON) into a per-request set, and the
transport writes the whole set in one INSERT just before it commits, so a page of 500
people costs one statement, not 500. A person reading their own fields is not noted:
the audit is there to show them who else did.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Person, PrivateRead
from app.db.types import utcnow, uuid7
from app.domain import store
from app.domain.actors import Actor, Permission, require_self_or
from app.domain.audit import request_id_var
from app.domain.pagination import Page, PageRequest, paginate
from app.domain.people.service import readable

PROFILE = "profile"
FIELD_GROUPS = (PROFILE, "training_records", "interests", "unavailability")


@dataclass
class Pending:
    actor: Actor | None
    reads: set[tuple[uuid.UUID, str]]


_pending: ContextVar[Pending | None] = ContextVar("private_reads", default=None)


@contextmanager
def collecting(actor: Actor | None) -> Iterator[Pending]:
    """Note reads made while the block runs (tasks it starts share the same set)."""
    pending = Pending(actor, set())
    token = _pending.set(pending)
    try:
        yield pending
    finally:
        _pending.reset(token)


def current() -> Pending | None:
    return _pending.get()


def note(actor: Actor, subject_id: uuid.UUID, group: str = PROFILE) -> None:
    if actor.is_self(subject_id):
        return
    pending = _pending.get()
    if pending is not None:
        pending.actor = actor  # one caller per request
        pending.reads.add((subject_id, group))


def note_many(actor: Actor, subject_ids: Iterable[uuid.UUID], group: str = PROFILE) -> None:
    for subject_id in subject_ids:
        note(actor, subject_id, group)


async def write(session: AsyncSession, pending: Pending | None) -> None:
    """The request's reads in one INSERT, in the request's transaction."""
    if pending is None or pending.actor is None or not pending.reads:
        return
    actor, now, request_id = pending.actor, utcnow(), request_id_var.get()
    rows = [
        {
            "id": uuid7(),
            "created_at": now,
            "organisation_id": actor.organisation_id,
            "reader_type": actor.kind,
            "reader_id": actor.id,
            "subject_id": subject_id,
            "field_group": group,
            "request_id": request_id,
        }
        for subject_id, group in sorted(pending.reads)
    ]
    pending.reads.clear()
    await session.execute(insert(PrivateRead).values(rows))


async def reads_of(
    session: AsyncSession, actor: Actor, person_id: uuid.UUID, page: PageRequest
) -> Page[PrivateRead]:
    """Who read this person's private fields: the person themself, or an administrator."""
    require_self_or(actor, person_id, Permission.DATA_RIGHTS_MANAGE)
    await store.one(session, Person, person_id, readable(actor), "person")
    statement = select(PrivateRead).where(
        col(PrivateRead.subject_id) == person_id,
        col(PrivateRead.organisation_id) == actor.organisation_id,
    )
    return await paginate(session, statement, PrivateRead.id, page)

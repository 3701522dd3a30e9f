"""Claims made before contributors were recorded: the migration finds who touched them
in the durable record, so segregation of duties holds for them too."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db import migrate
from app.db.engine import make_engine, make_sessionmaker
from app.db.models import AuditEvent, ExpenseClaim
from app.db.types import utcnow, uuid7
from tests.db.test_migrations import fresh_url  # noqa: F401  (the fixture)

BEFORE = "e9da6c9ada57"
_claims = sa.table(
    "expense_claims",
    *(sa.column(name, sa.Uuid()) for name in ("id", "organisation_id", "person_id")),
    sa.column("created_by_id", sa.Uuid()),
    sa.column("created_at", sa.DateTime(timezone=True)),
    sa.column("on_behalf", sa.Boolean()),
    sa.column("status", sa.String()),
    *(
        sa.column(name, sa.Integer())
        for name in (
            "claimed_pence",
            "allowed_pence",
            "expenses_pence",
            "involvement_pence",
            "version",
        )
    ),
)


# A line as that revision has it: the model has grown columns since (a lot's line).
_items = sa.table(
    "expense_items",
    *(sa.column(name, sa.Uuid()) for name in ("id", "organisation_id", "claim_id")),
    sa.column("created_at", sa.DateTime(timezone=True)),
    sa.column("position", sa.Integer()),
    sa.column("category", sa.String()),
    sa.column("expense_date", sa.Date()),
    sa.column("description", sa.String()),
    sa.column("claimed_pence", sa.Integer()),
    sa.column("allowed_pence", sa.Integer()),
    sa.column("explanation", sa.JSON()),
    sa.column("problems", sa.JSON()),
)


_people = sa.table(
    "people",
    sa.column("id", sa.Uuid()),
    sa.column("organisation_id", sa.Uuid()),
    sa.column("created_at", sa.DateTime(timezone=True)),
    sa.column("email", sa.String()),
    sa.column("display_name", sa.String()),
    sa.column("roles", sa.JSON()),
    sa.column("lived_experience_categories", sa.JSON()),
    sa.column("active", sa.Boolean()),
    sa.column("version", sa.Integer()),
)


_organisations = sa.table(
    "organisations",
    sa.column("id", sa.Uuid()),
    sa.column("created_at", sa.DateTime(timezone=True)),
    sa.column("name", sa.String()),
)


async def _organisation(db: async_sessionmaker[AsyncSession]) -> _Who:
    """An organisation row as that revision has it (later ones added columns)."""
    org = _Who(uuid7())
    async with db() as session:
        await session.execute(
            _organisations.insert().values(id=org.id, created_at=utcnow(), name="Before")
        )
        await session.commit()
    return org


async def _person(db: async_sessionmaker[AsyncSession], org_id: uuid.UUID, role: str) -> _Who:
    """A person row as the schema of that revision has it: the model may have grown
    columns since."""
    who = _Who(uuid7())
    async with db() as session:
        await session.execute(
            _people.insert().values(
                id=who.id,
                organisation_id=org_id,
                created_at=utcnow(),
                email=f"{role}@example.org",
                display_name=role,
                roles=[role],
                lived_experience_categories=[],
                active=True,
                version=1,
            )
        )
        await session.commit()
    return who


@dataclass(frozen=True)
class _Who:
    id: uuid.UUID


async def test_existing_claims_get_their_contributors_and_on_behalf(fresh_url: str) -> None:  # noqa: F811
    await asyncio.to_thread(migrate.upgrade, fresh_url, BEFORE)
    engine = make_engine(fresh_url)
    db = make_sessionmaker(engine)
    try:
        org = await _organisation(db)
        member = await _person(db, org.id, "member")
        coordinator = await _person(db, org.id, "coordinator")
        finance = await _person(db, org.id, "finance")
        lined, decided = uuid7(), uuid7()
        async with db() as session:
            for claim_id, status in ((lined, "draft"), (decided, "approved")):
                await session.execute(
                    _claims.insert().values(
                        id=claim_id,
                        created_at=utcnow(),
                        organisation_id=org.id,
                        person_id=member.id,
                        created_by_id=member.id,
                        on_behalf=False,
                        status=status,
                        claimed_pence=0,
                        allowed_pence=0,
                        expenses_pence=0,
                        involvement_pence=0,
                        version=1,
                    )
                )
            item = _Who(uuid7())
            await session.execute(
                _items.insert().values(
                    id=item.id,
                    created_at=utcnow(),
                    organisation_id=org.id,
                    claim_id=lined,
                    position=1,
                    category="parking",
                    expense_date=utcnow().date(),
                    description="parking",
                    claimed_pence=0,
                    allowed_pence=0,
                    explanation=[],
                    problems=[],
                )
            )
            for actor, action, entity in (
                (coordinator, "expense_item.added", item.id),
                (finance, "expense_claim.approved", decided),  # deciding is not touching
            ):
                session.add(
                    AuditEvent(
                        organisation_id=org.id,
                        actor_type="person",
                        actor_id=actor.id,
                        action=action,
                        entity_type=action.split(".")[0],
                        entity_id=entity,
                        changed_fields=[],
                    )
                )
            await session.commit()
        await engine.dispose()

        await asyncio.to_thread(migrate.upgrade, fresh_url)
        engine = make_engine(fresh_url)
        async with make_sessionmaker(engine)() as session:
            rows = {c.id: c for c in await session.scalars(select(ExpenseClaim))}
        assert sorted(rows[lined].contributor_ids) == sorted([str(member.id), str(coordinator.id)])
        assert rows[lined].on_behalf is True
        assert rows[decided].contributor_ids == [str(member.id)]
        assert rows[decided].on_behalf is False
    finally:
        await engine.dispose()

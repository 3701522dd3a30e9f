"""Seed the benchmark data set: 20 boards, each with 20 memberships and their people; a
member who claims expenses under the organisation's policy, an administrator who reads the
audit trail, and (``seed_deep``) a million audit entries for the deep page."""

from __future__ import annotations

import asyncio
import sys
import uuid
from dataclasses import dataclass
from datetime import date

import asyncpg
from sqlalchemy import text

from app.db.engine import make_engine, make_sessionmaker
from app.db.migrate import upgrade_async
from app.db.models import ApiClient, Board, ExpensePolicy, Membership, Organisation, Person
from app.domain.auth.clients import _digest
from app.domain.expenses.schemas import PolicyRules
from app.domain.passwords import hash_password

CLIENT_SECRET = "bench-secret"
CLIENT_ID = "chc_bench"
CLAIMANT_EMAIL = "claimant@bench.example"
AUDITOR_EMAIL = "auditor@bench.example"
PASSWORD = "bench-password-long-enough"


@dataclass(frozen=True)
class Seeded:
    organisation_id: uuid.UUID
    claimant_id: uuid.UUID


async def seed(url: str, boards: int = 20, per_board: int = 20) -> Seeded:
    await upgrade_async(url)
    engine = make_engine(url)
    async with make_sessionmaker(engine)() as session:
        org = Organisation(name="Bench")
        session.add(org)
        await session.flush()
        session.add(
            ApiClient(
                organisation_id=org.id,
                name="bench",
                client_id=CLIENT_ID,
                secret_hash=_digest(CLIENT_SECRET),
                scopes=["boards:read", "people:read"],
            )
        )
        session.add(
            ExpensePolicy(
                organisation_id=org.id,
                effective_from=date(2020, 1, 1),
                rules=PolicyRules().model_dump(mode="json", by_alias=True),
            )
        )
        hashed = hash_password(PASSWORD)
        claimant = Person(
            organisation_id=org.id,
            email=CLAIMANT_EMAIL,
            display_name="Claimant",
            roles=["member"],
            password_hash=hashed,
        )
        session.add(claimant)
        session.add(
            Person(
                organisation_id=org.id,
                email=AUDITOR_EMAIL,
                display_name="Auditor",
                roles=["administrator"],
                password_hash=hashed,
            )
        )
        for b in range(boards):
            board = Board(organisation_id=org.id, name=f"Board {b:02d}", kind="advisory")
            session.add(board)
            await session.flush()
            for m in range(per_board):
                person = Person(
                    organisation_id=org.id,
                    email=f"p{b}-{m}@bench.example",
                    display_name=f"Member {b}-{m}",
                    pronouns="they/them",
                    roles=["member"],
                )
                session.add(person)
                await session.flush()
                session.add(
                    Membership(
                        organisation_id=org.id,
                        board_id=board.id,
                        person_id=person.id,
                        role="member",
                        term_start=date(2026, 1, 1),
                    )
                )
        await session.commit()
        seeded = Seeded(org.id, claimant.id)
    # Planner statistics, as autovacuum would have gathered on a live database: without
    # them PostgreSQL guesses one row per table and picks plans three times slower. Outside
    # a transaction: pg_statistic is transactional, so an ANALYZE whose transaction rolls
    # back (SQLAlchemy's connect() does on close) keeps nothing but its timestamp.
    async with engine.connect() as connection:
        if engine.dialect.name == "postgresql":
            autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
            await autocommit.execute(text("ANALYZE"))
    await engine.dispose()
    return seeded


# Version-7 IDs built in SQL: 48 bits of milliseconds (a day before now, one per row, so
# every seeded entry is older than anything the run writes), the version and variant
# nibbles, and the row number for uniqueness. Ordered by ID is ordered by creation, as the
# app's own uuid7() makes them.
_DEEP = """
INSERT INTO audit_events
    (id, created_at, organisation_id, actor_type, actor_id, action, entity_type,
     entity_id, changed_fields)
SELECT
    (lpad(to_hex($2::bigint + g), 12, '0') || '7' || lpad(to_hex(g % 4096), 3, '0')
     || '8' || lpad(to_hex((g / 4096) % 4096), 3, '0') || lpad(to_hex(g), 12, '0'))::uuid,
    to_timestamp(($2::bigint + g) / 1000.0),
    $1, 'person', NULL, 'board.updated', 'board', md5(g::text)::uuid, '["name"]'::jsonb
FROM generate_series(1, $3::bigint) AS g
"""


async def seed_deep(dsn: str, organisation_id: uuid.UUID, rows: int = 1_000_000) -> str:
    """A million audit entries of the bench organisation, then the cursor of the page
    that ends the list: the ID of the 51st entry from the end, encoded as the app encodes
    cursors, so the page after it is the last full page of 50."""
    from app.domain.pagination import encode_cursor

    connection = await asyncpg.connect(dsn)
    try:
        start_ms = await connection.fetchval(
            "SELECT (extract(epoch FROM now()) * 1000)::bigint - 86400000 - $1::bigint", rows
        )
        await connection.execute(_DEEP, organisation_id, start_ms, rows)
        await connection.execute("ANALYZE audit_events")
        last: uuid.UUID = await connection.fetchval(
            "SELECT id FROM audit_events WHERE organisation_id = $1 "
            "ORDER BY id DESC OFFSET 50 LIMIT 1",
            organisation_id,
        )
    finally:
        await connection.close()
    return encode_cursor(last)


if __name__ == "__main__":
    asyncio.run(seed(sys.argv[1]))

"""Seed the benchmark data set: 20 boards, each with 20 memberships and their people."""

from __future__ import annotations

import asyncio
import sys
from datetime import date

from sqlalchemy import text

from app.db.engine import make_engine, make_sessionmaker
from app.db.migrate import upgrade_async
from app.db.models import ApiClient, Board, Membership, Organisation, Person
from app.domain.auth.clients import _digest

CLIENT_SECRET = "bench-secret"
CLIENT_ID = "chc_bench"


async def seed(url: str, boards: int = 20, per_board: int = 20) -> None:
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
    async with engine.connect() as connection:
        # Planner statistics, as autovacuum would have gathered on a live database: without
        # them PostgreSQL guesses one row per table and picks plans three times slower.
        if engine.dialect.name == "postgresql":
            await connection.execute(text("ANALYZE"))
    await engine.dispose()


if __name__ == "__main__":
    asyncio.run(seed(sys.argv[1]))

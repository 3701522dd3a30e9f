"""A lived-experience team advising a programme board, for the seat tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import AgendaItem, Board, Meeting, Organisation, Person
from tests import factories


@dataclass
class Team:
    org: Organisation
    advisory: Board
    governance: Board
    members: list[Person]
    coordinator: factories.Caller
    meetings: list[Meeting] = field(default_factory=list)


async def team(db: async_sessionmaker[AsyncSession], app: FastAPI, size: int = 4) -> Team:
    org = await factories.organisation(db)
    governance = await factories.board(db, org, "governance", "Programme Board")
    advisory = await factories.board(db, org, "advisory", "Lived Experience Team", governance)
    members = [await factories.person(db, org, name=f"Member {i}") for i in range(size)]
    for person in members:
        await factories.membership(db, advisory, person)
    coordinator = await factories.caller(db, app, org, "coordinator")
    return Team(org, advisory, governance, members, coordinator)


async def meetings(
    db: async_sessionmaker[AsyncSession],
    board: Board,
    count: int,
    topics: dict[int, list[str]] | None = None,
) -> list[Meeting]:
    """Monthly meetings from next week; ``topics`` gives agenda tags by meeting index."""
    start = datetime.now(UTC).replace(hour=10, minute=0, second=0, microsecond=0) + timedelta(
        days=7
    )
    created = []
    async with db() as session:
        for i in range(count):
            meeting = Meeting(
                organisation_id=board.organisation_id,
                board_id=board.id,
                title=f"Meeting {i}",
                starts_at=start + timedelta(days=28 * i),
                ends_at=start + timedelta(days=28 * i, hours=2),
            )
            session.add(meeting)
            await session.flush()
            if topics and i in topics:
                session.add(
                    AgendaItem(
                        organisation_id=board.organisation_id,
                        meeting_id=meeting.id,
                        position=1,
                        title="Item",
                        topic_tags=topics[i],
                    )
                )
            created.append(meeting)
        await session.commit()
    return created


def local_day(meeting: Meeting) -> date:
    from zoneinfo import ZoneInfo

    return meeting.starts_at.astimezone(ZoneInfo("Europe/London")).date()

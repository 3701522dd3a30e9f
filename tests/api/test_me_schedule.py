"""``/me/schedule`` and ``me { schedule }``: a member's meetings ahead with their seats and
papers, their open actions and the claims waiting on them, in one call whose statement
count does not grow with any of those lists."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import ActionItem, Board, Meeting, Person, Seat, SeatAssignment
from tests import factories
from tests.api.expenses_setup import line, make_claim, step
from tests.api.helpers import problem
from tests.api.papers_setup import API, Setup, circulate, meeting, paper, setup
from tests.graphql.helpers import gql, ok, only_error
from tests.support import StatementCounter

TODAY = date(2026, 12, 1)  # only the order of due dates matters
QUERY = """
{ me { schedule {
    meetings { meetingId title seats { seatName assignmentId } papers { title readingStatus } }
    actions { description dueOn }
    claims { claimId status decisionReason }
    truncated
} } }
"""


async def _seat(db: async_sessionmaker[AsyncSession], s: Setup, name: str) -> Seat:
    governance = await factories.board(db, s.org, "governance", f"Programme {name}")
    async with db() as session:
        seat = Seat(
            organisation_id=s.org.id,
            advisory_board_id=s.board.id,
            governance_board_id=governance.id,
            name=name,
            kind="rotating",
        )
        session.add(seat)
        await session.commit()
        return seat


async def _assign(
    db: async_sessionmaker[AsyncSession], seat: Seat, meeting_row: Meeting, person: Person
) -> None:
    async with db() as session:
        session.add(
            SeatAssignment(
                organisation_id=seat.organisation_id,
                seat_id=seat.id,
                meeting_id=meeting_row.id,
                person_id=person.id,
            )
        )
        await session.commit()


async def _action(
    db: async_sessionmaker[AsyncSession],
    board: Board,
    meeting_row: Meeting,
    owner: Person,
    due: date | None,
    status: str = "open",
) -> None:
    async with db() as session:
        session.add(
            ActionItem(
                organisation_id=board.organisation_id,
                board_id=board.id,
                meeting_id=meeting_row.id,
                description=f"Action due {due}",
                owner_person_id=owner.id,
                due_on=due,
                status=status,
            )
        )
        await session.commit()


async def _populate(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], s: Setup, n: int
) -> None:
    """``n`` more meetings ahead, each with a paper circulated and a seat held by the
    member, ``n`` open actions and ``n`` draft claims of theirs."""
    me = s.members[0]
    seat = await _seat(db, s, "Seat A")
    for i in range(n):
        ahead = await meeting(db, s.board, timedelta(days=10 + i), f"Extra {i}")
        await paper(client, s.coordinator, ahead.id, title=f"Paper {i}")
        response = await circulate(client, s.coordinator, ahead.id)
        assert response.status_code in (200, 201), response.text
        await _assign(db, seat, ahead, me)
        await _action(db, s.board, ahead, me, TODAY + timedelta(days=i))
        await make_claim(client, s.member_callers[0], line("parking", 100 + i))


async def test_the_schedule_has_my_meetings_seats_papers_actions_and_claims(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=2)
    me, other = s.members
    mine = s.member_callers[0]
    seat = await _seat(db, s, "Programme board seat")
    await _assign(db, seat, s.meeting, me)
    await _assign(db, await _seat(db, s, "Theirs"), s.soon, other)
    await paper(client, s.coordinator, s.meeting.id, title="Budget")
    assert (await circulate(client, s.coordinator, s.meeting.id)).status_code in (200, 201)
    await paper(client, s.coordinator, s.soon.id, title="Not yet sent")
    await meeting(db, s.board, timedelta(days=400), "Beyond the horizon")
    cancelled = await meeting(db, s.board, timedelta(days=5), "Called off")
    async with db() as session:
        row = await session.get(Meeting, cancelled.id)
        assert row is not None
        row.status = "cancelled"
        await session.commit()
    await _action(db, s.board, s.soon, me, None)
    await _action(db, s.board, s.soon, me, TODAY)
    await _action(db, s.board, s.soon, me, TODAY, status="done")
    await _action(db, s.board, s.soon, other, TODAY)
    draft = await make_claim(client, mine, line("parking", 300))
    submitted = await make_claim(client, mine, line("parking", 200))
    await step(client, mine, submitted["id"], "submit")
    await make_claim(client, s.member_callers[1], line("parking", 100))

    response = await client.get(f"{API}/me/schedule", headers=mine.headers)
    assert response.status_code == 200, response.text
    body = response.json()
    assert [m["title"] for m in body["meetings"]] == ["Next week", "Next month"]
    soon, later = body["meetings"]
    assert soon["seats"] == []  # the seat at that meeting is someone else's
    assert [s_["seatName"] for s_ in later["seats"]] == ["Programme board seat"]
    assert soon["papers"] == []  # nothing circulated yet
    assert [(p["title"], p["readingStatus"]) for p in later["papers"]] == [("Budget", "new")]
    assert [a["dueOn"] for a in body["actions"]] == [TODAY.isoformat(), None]
    assert [c["claimId"] for c in body["claims"]] == [draft["id"]]
    assert body["truncated"] is False

    graphql = ok(await gql(client, mine, QUERY))["me"]["schedule"]
    assert [m["title"] for m in graphql["meetings"]] == ["Next week", "Next month"]
    assert graphql["meetings"][1]["papers"] == [{"title": "Budget", "readingStatus": "NEW"}]
    assert [c["claimId"] for c in graphql["claims"]] == [draft["id"]]

    partner = factories.token_for(app, await factories.api_client(db, s.org, ["meetings:read"]))
    problem(await client.get(f"{API}/me/schedule", headers=partner.headers), 403, "forbidden")
    only_error(await gql(client, partner, QUERY), "FORBIDDEN")


async def _schedule_statements(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
    n: int,
) -> dict[str, Any]:
    s = await setup(db, app, size=1)
    await _populate(client, db, s, n)
    mine = s.member_callers[0]
    statements.reset()
    response = await client.get(f"{API}/me/schedule", headers=mine.headers)
    assert response.status_code == 200, response.text
    body = response.json()
    assert len(body["meetings"]) == n + 2
    assert sum(len(m["papers"]) for m in body["meetings"]) == n
    assert sum(len(m["seats"]) for m in body["meetings"]) == n
    assert (len(body["actions"]), len(body["claims"])) == (n, n)
    rest = statements.count
    statements.reset()
    found = ok(await gql(client, mine, QUERY))["me"]["schedule"]
    assert len(found["claims"]) == n
    return {"rest": rest, "graphql": statements.count}


async def test_schedule_statements_do_not_grow_with_its_lists(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
) -> None:
    small = await _schedule_statements(client, app, db, statements, n=1)
    large = await _schedule_statements(client, app, db, statements, n=5)
    assert large == small, statements.statements

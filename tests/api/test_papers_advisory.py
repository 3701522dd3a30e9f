"""The advisory link: an advisory board's members receive the papers of the board it
advises, all of them or seat holders only as the advisory board says, fixed at circulation."""

from __future__ import annotations

from datetime import timedelta

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import (
    Board,
    Meeting,
    MeetingGuest,
    Organisation,
    Person,
    Seat,
    SeatAssignment,
)
from tests import factories
from tests.api.helpers import if_match, problem
from tests.api.papers_setup import API, circulate, meeting, paper, recipients
from tests.factories import Caller
from tests.graphql.helpers import gql, ok
from tests.support import StatementCounter


async def _hold_seat(
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    advisory: Board,
    governance: Board,
    at: Meeting,
) -> Person:
    """A member of the advisory board holding its seat at the governance meeting."""
    holder = await factories.person(db, org, name="Seat holder")
    await factories.membership(db, advisory, holder)
    async with db() as session:
        seat = Seat(
            organisation_id=advisory.organisation_id,
            advisory_board_id=advisory.id,
            governance_board_id=governance.id,
            name="Rotating seat",
            kind="rotating",
        )
        session.add(seat)
        await session.flush()
        session.add(
            SeatAssignment(
                organisation_id=advisory.organisation_id,
                seat_id=seat.id,
                meeting_id=at.id,
                person_id=holder.id,
            )
        )
        await session.commit()
    return holder


async def _patch_board(
    client: httpx.AsyncClient, who: Caller, board: Board, body: dict[str, object]
) -> httpx.Response:
    path = f"{API}/boards/{board.id}"
    current = await client.get(path, headers=who.headers)
    return await client.patch(
        path, json=body, headers={**who.headers, **if_match(current.headers["ETag"])}
    )


async def test_advisory_members_receive_the_advised_boards_papers_fixed_at_circulation(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    org = await factories.organisation(db)
    coordinator = await factories.caller(db, app, org, "coordinator")
    programme = await factories.board(db, org, "governance", "Programme Board")
    team = await factories.board(db, org, "advisory", "Lived Experience Team", advises=programme)
    unrelated = await factories.board(db, org, "advisory", "Another team")
    members = [await factories.person(db, org, name=f"Member {i}") for i in range(2)]
    for person in members:
        await factories.membership(db, team, person)
    paused = await factories.person(db, org, name="Paused")
    await factories.membership(db, team, paused, status="paused")
    outsider = await factories.person(db, org, name="Other team")
    await factories.membership(db, unrelated, outsider)
    sitting = await meeting(db, programme, timedelta(days=14))
    holder = await _hold_seat(db, org, team, programme, sitting)

    # The default, as the board shows it, is every active member.
    shown = await client.get(f"{API}/boards/{team.id}", headers=coordinator.headers)
    assert shown.json()["advisedBoardPapers"] == "all_members"
    first = await paper(client, coordinator, sitting.id)
    assert (await circulate(client, coordinator, sitting.id)).status_code == 201
    who = await recipients(client, coordinator, first["id"])
    # The holder is a member of the advisory board too: recorded under the seat.
    assert {k: v["source"] for k, v in who.items()} == {
        **{str(m.id): "advisory" for m in members},
        str(holder.id): "seat",
    }

    # Fixed at circulation: joining the advisory board afterwards brings no papers.
    newcomer = await factories.person(db, org, name="Newcomer")
    await factories.membership(db, team, newcomer)
    assert str(newcomer.id) not in await recipients(client, coordinator, first["id"])
    as_newcomer = factories.token_for(app, newcomer)
    problem(await client.get(f"{API}/papers/{first['id']}", headers=as_newcomer.headers), 404)

    # Seat holders only: the advisory board's other members get the next meeting's papers
    # no more, and the papers already sent stay where they went.
    changed = await _patch_board(client, coordinator, team, {"advisedBoardPapers": "seat_holders"})
    assert changed.status_code == 200, changed.text
    assert changed.json()["advisedBoardPapers"] == "seat_holders"
    later = await meeting(db, programme, timedelta(days=40))
    later_holder = await _hold_seat(db, org, team, programme, later)
    second = await paper(client, coordinator, later.id)
    assert (await circulate(client, coordinator, later.id)).status_code == 201
    assert {
        k: v["source"] for k, v in (await recipients(client, coordinator, second["id"])).items()
    } == {str(later_holder.id): "seat"}
    assert set(await recipients(client, coordinator, first["id"])) == set(who)


async def test_the_setting_is_validated_and_on_graphql(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    org = await factories.organisation(db)
    coordinator = await factories.caller(db, app, org, "coordinator")
    programme = await factories.board(db, org, "governance")
    team = await factories.board(db, org, "advisory", advises=programme)

    wrong = await _patch_board(client, coordinator, team, {"advisedBoardPapers": "everyone"})
    assert problem(wrong, 422)["errors"][0]["pointer"] == "/advisedBoardPapers"
    null = await _patch_board(client, coordinator, team, {"advisedBoardPapers": None})
    assert problem(null, 422)["errors"][0]["pointer"] == "/advisedBoardPapers"

    query = "query($id: UUID!) { board(id: $id) { advisedBoardPapers version } }"
    board = ok(await gql(client, coordinator, query, {"id": str(team.id)}))["board"]
    assert board["advisedBoardPapers"] == "ALL_MEMBERS"
    update = """mutation($id: UUID!, $version: Int!) {
      updateBoard(id: $id, version: $version, input: {advisedBoardPapers: SEAT_HOLDERS}) {
        advisedBoardPapers } }"""
    variables = {"id": str(team.id), "version": board["version"]}
    changed = ok(await gql(client, coordinator, update, variables))["updateBoard"]
    assert changed == {"advisedBoardPapers": "SEAT_HOLDERS"}
    shown = await client.get(f"{API}/boards/{team.id}", headers=coordinator.headers)
    assert shown.json()["advisedBoardPapers"] == "seat_holders"

    created = await client.post(
        f"{API}/boards",
        json={"name": "Forum", "kind": "advisory", "advisedBoardPapers": "seat_holders"},
        headers=coordinator.headers,
    )
    assert created.status_code == 201, created.text
    assert created.json()["advisedBoardPapers"] == "seat_holders"
    # A governance board receives no other board's papers: a narrower setting is refused.
    governance = {"name": "Council", "kind": "governance", "advisedBoardPapers": "seat_holders"}
    refused = await client.post(f"{API}/boards", json=governance, headers=coordinator.headers)
    assert problem(refused, 422)["errors"][0]["pointer"] == "/advisedBoardPapers"
    narrowed = await _patch_board(
        client, coordinator, programme, {"advisedBoardPapers": "seat_holders"}
    )
    assert problem(narrowed, 422)["errors"][0]["pointer"] == "/advisedBoardPapers"


async def _statements_to_circulate(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
    advisers: int,
    guests: int,
) -> int:
    org = await factories.organisation(db)
    coordinator = await factories.caller(db, app, org, "coordinator")
    programme = await factories.board(db, org, "governance")
    team = await factories.board(db, org, "advisory", advises=programme)
    sitting = await meeting(db, programme, timedelta(days=14))
    for i in range(advisers):
        await factories.membership(db, team, await factories.person(db, org, name=f"A{i}"))
    async with db() as session:
        for i in range(guests):
            guest = await factories.person(db, org, name=f"Guest {i}")
            session.add(
                MeetingGuest(
                    organisation_id=org.id,
                    meeting_id=sitting.id,
                    person_id=guest.id,
                    reason="On request",
                )
            )
        await session.commit()
    await paper(client, coordinator, sitting.id)
    statements.reset()
    response = await circulate(client, coordinator, sitting.id)
    count = statements.count
    assert response.status_code == 201, response.text
    assert response.json()["recipientCount"] == advisers + guests
    return count


async def test_advisory_members_and_guests_cost_no_statements_each(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
) -> None:
    few = await _statements_to_circulate(client, app, db, statements, advisers=1, guests=1)
    many = await _statements_to_circulate(client, app, db, statements, advisers=8, guests=4)
    assert many == few, statements.statements

"""Participation: a board's attendance, seats, papers opened and claims paid on time, in
total and per membership role with small groups withheld; a member's own figures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from app.db.models import (
    Attendance,
    Board,
    Circulation,
    ExpenseClaim,
    Meeting,
    Organisation,
    Paper,
    PaperRecipient,
    PaymentRun,
    Person,
    Seat,
    SeatAssignment,
)
from app.db.types import utcnow
from tests import factories
from tests.api.helpers import problem
from tests.factories import Caller
from tests.graphql.helpers import gql, ok
from tests.support import StatementCounter

API = "/api/v1"


@dataclass
class Scene:
    org: Organisation
    board: Board
    governance: Board
    chair: Person
    members: list[Person]
    coaches: list[Person]


async def _scene(db: async_sessionmaker[AsyncSession]) -> Scene:
    org = await factories.organisation(db)
    async with db() as session:
        await session.execute(
            update(Organisation)
            .where(col(Organisation.id) == org.id)
            .values(small_count_threshold=2)
        )
        await session.commit()
    governance = await factories.board(db, org, "governance", "Trust")
    board = await factories.board(db, org, "advisory", "Forum", advises=governance)
    chair = await factories.person(db, org, name="Chair")
    await factories.membership(db, board, chair, role="chair")
    members = [await factories.person(db, org) for _ in range(3)]
    coaches = [await factories.person(db, org) for _ in range(2)]
    for m in members:
        await factories.membership(db, board, m)
    for c in coaches:
        await factories.membership(db, board, c, role="coach")
    return Scene(org, board, governance, chair, members, coaches)


async def _meeting(
    session: AsyncSession, board: Board, days_ago: int, attendance: list[tuple[Person, str]]
) -> Meeting:
    starts = utcnow() - timedelta(days=days_ago)
    meeting = Meeting(
        organisation_id=board.organisation_id,
        board_id=board.id,
        title="Meeting",
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
    )
    session.add(meeting)
    await session.flush()
    session.add_all(
        Attendance(
            organisation_id=board.organisation_id,
            meeting_id=meeting.id,
            person_id=p.id,
            status=s,
        )
        for p, s in attendance
    )
    return meeting


async def _activity(db: async_sessionmaker[AsyncSession], s: Scene, days_ago: int = 10) -> None:
    """One meeting's worth of everything, for the board's members."""
    m0, m1, m2 = s.members
    org_id = s.org.id
    async with db() as session:
        meeting = await _meeting(
            session,
            s.board,
            days_ago,
            [(m0, "present"), (m1, "apologies"), (m2, "absent"), (s.chair, "present")],
        )
        trust = await _meeting(session, s.governance, days_ago, [])
        seat = Seat(
            organisation_id=org_id,
            advisory_board_id=s.board.id,
            governance_board_id=s.governance.id,
            name="Seat",
            kind="rotating",
        )
        session.add(seat)
        await session.flush()
        for who, status in ((m0, "assigned"), (m1, "declined")):
            session.add(
                SeatAssignment(
                    organisation_id=org_id,
                    seat_id=seat.id,
                    meeting_id=trust.id,
                    person_id=who.id,
                    status=status,
                )
            )
        deadline = meeting.starts_at - timedelta(days=7)
        paper = Paper(organisation_id=org_id, meeting_id=meeting.id, title="Report")
        circulation = Circulation(
            organisation_id=org_id,
            meeting_id=meeting.id,
            notice_deadline=deadline,
            late=False,
            recipient_count=3,
            circulated_by_type="person",
            circulated_by_id=s.chair.id,
        )
        session.add_all([paper, circulation])
        await session.flush()
        opened = (deadline - timedelta(days=1), meeting.starts_at - timedelta(hours=1), None)
        for who, when in zip(s.members, opened, strict=True):
            session.add(
                PaperRecipient(
                    organisation_id=org_id,
                    paper_id=paper.id,
                    person_id=who.id,
                    circulation_id=circulation.id,
                    source="member",
                    circulated_at=deadline - timedelta(days=2),
                    circulated_version=1,
                    first_opened_at=when,
                )
            )
        run = PaymentRun(organisation_id=org_id, up_to=utcnow().date(), status="paid")
        session.add(run)
        await session.flush()
        now = utcnow()
        # Paid in 5 days, paid in 50 days, not paid yet.
        for who, sent, paid in (
            (m0, now - timedelta(days=20), now - timedelta(days=15)),
            (m1, now - timedelta(days=60), now - timedelta(days=10)),
            (m2, now - timedelta(days=5), None),
        ):
            session.add(
                ExpenseClaim(
                    organisation_id=org_id,
                    person_id=who.id,
                    board_id=s.board.id,
                    status="paid" if paid else "submitted",
                    first_submitted_at=sent,
                    submitted_at=sent,
                    paid_at=paid,
                    payment_run_id=run.id if paid else None,
                )
            )
        await session.commit()


def _figures(**values: Any) -> dict[str, Any]:
    zero = dict.fromkeys(
        [
            "present",
            "apologies",
            "absent",
            "seatsOffered",
            "seatsTaken",
            "seatsDeclined",
            "papersReceived",
            "papersOpenedBeforeMeeting",
            "papersOpenedByNoticeDeadline",
            "claimsSubmitted",
            "claimsPaid",
            "claimsPaidOnTime",
        ],
        0,
    )
    return {**zero, "attendanceRate": None, **values}


MEMBERS = _figures(
    present=1,
    apologies=1,
    absent=1,
    attendanceRate=0.3333,
    seatsOffered=2,
    seatsTaken=1,
    seatsDeclined=1,
    papersReceived=3,
    papersOpenedBeforeMeeting=2,
    papersOpenedByNoticeDeadline=1,
    claimsSubmitted=3,
    claimsPaid=2,
    claimsPaidOnTime=1,
)


async def test_a_board_sees_totals_and_roles_with_small_groups_withheld(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
) -> None:
    s = await _scene(db)
    await _activity(db, s)
    coordinator = await factories.caller(db, app, s.org, "coordinator")
    url = f"{API}/boards/{s.board.id}/participation"
    statements.reset()
    response = await client.get(url, headers=coordinator.headers)
    few = statements.count
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["paidWithinDays"] == 28
    assert body["totals"] == {**MEMBERS, "present": 2, "attendanceRate": 0.5}
    assert body["people"] == 6
    groups = {g["role"]: g for g in body["groups"]}
    # The chair alone is under the threshold of 2; the coaches are withheld too, or the
    # totals minus the members would give the chair's figures away.
    assert groups["chair"] == {"role": "chair", "people": None, "figures": None, "suppressed": True}
    assert groups["coach"]["suppressed"] is True
    assert groups["member"] == {
        "role": "member",
        "people": 3,
        "figures": MEMBERS,
        "suppressed": False,
    }
    # The period and what counts as on time are the caller's.
    within = await client.get(url, params={"paidWithinDays": 60}, headers=coordinator.headers)
    assert within.json()["totals"]["claimsPaidOnTime"] == 2
    today = utcnow().date()
    early = {
        "from": (today - timedelta(days=400)).isoformat(),
        "to": (today - timedelta(days=300)).isoformat(),
    }
    assert (await client.get(url, params=early, headers=coordinator.headers)).json()[
        "totals"
    ] == _figures()
    bad = {"from": today.isoformat(), "to": (today - timedelta(days=1)).isoformat()}
    problem(await client.get(url, params=bad, headers=coordinator.headers), 422)
    far = {"to": "9999-12-31"}
    problem(await client.get(url, params=far, headers=coordinator.headers), 422)

    # Five times the meetings cost the same statements.
    for days in (30, 40, 50, 60):
        await _activity(db, s, days)
    statements.reset()
    more = await client.get(url, headers=coordinator.headers)
    assert more.json()["totals"]["present"] == 10
    assert statements.count == few, statements.statements


async def test_members_see_only_their_own_figures(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await _scene(db)
    await _activity(db, s)
    member = factories.token_for(app, s.members[0])
    problem(
        await client.get(f"{API}/boards/{s.board.id}/participation", headers=member.headers), 403
    )
    partner = await factories.api_client(db, s.org, ["boards:read"])
    partner_caller = factories.token_for(app, partner)
    problem(
        await client.get(
            f"{API}/boards/{s.board.id}/participation", headers=partner_caller.headers
        ),
        403,
    )
    mine = await client.get(f"{API}/me/participation", headers=member.headers)
    assert mine.status_code == 200, mine.text
    expected = _figures(
        present=1,
        attendanceRate=1.0,
        seatsOffered=1,
        seatsTaken=1,
        papersReceived=1,
        papersOpenedBeforeMeeting=1,
        papersOpenedByNoticeDeadline=1,
        claimsSubmitted=1,
        claimsPaid=1,
        claimsPaidOnTime=1,
    )
    assert mine.json()["boards"] == [{"boardId": str(s.board.id), "figures": expected}]

    data = ok(
        await gql(
            client,
            member,
            "{ myParticipation { paidWithinDays boards { boardId "
            "figures { present claimsPaidOnTime } } } }",
        )
    )
    assert data["myParticipation"]["boards"] == [
        {"boardId": str(s.board.id), "figures": {"present": 1, "claimsPaidOnTime": 1}}
    ]
    coordinator: Caller = await factories.caller(db, app, s.org, "coordinator")
    query = """query($id: UUID!) { boardParticipation(boardId: $id) {
        people totals { present attendanceRate } groups { role people suppressed } } }"""
    report = ok(await gql(client, coordinator, query, {"id": str(s.board.id)}))
    assert report["boardParticipation"]["totals"] == {"present": 2, "attendanceRate": 0.5}
    assert {g["role"]: g["suppressed"] for g in report["boardParticipation"]["groups"]} == {
        "chair": True,
        "coach": True,
        "member": False,
    }
    denied = await gql(client, member, query, {"id": str(s.board.id)})
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"

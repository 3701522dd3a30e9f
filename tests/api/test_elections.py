"""Elections over REST: phases, nominations and the board's rules, ballots and receipts,
paper tallies confirmed by a second person, the count and the declaration."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import Board, Membership, Organisation, OutboxEvent, Person, TrainingRecord
from app.domain.elections import results
from tests import factories
from tests.api.helpers import API, problem
from tests.factories import Caller
from tests.support import StatementCounter


@dataclass
class Forum:
    board: Board
    people: list[Person]
    callers: list[Caller]
    outsider: Caller  # in the organisation, not on the board


async def _forum(
    db: async_sessionmaker[AsyncSession], app: FastAPI, org: Organisation, size: int = 5
) -> Forum:
    board = await factories.board(db, org)
    people = [await factories.person(db, org, name=f"Member {i}") for i in range(size)]
    for person in people:
        await factories.membership(db, board, person)
    return Forum(
        board=board,
        people=people,
        callers=[factories.token_for(app, p) for p in people],
        outsider=await factories.caller(db, app, org, "member"),
    )


async def _post(
    client: httpx.AsyncClient, path: str, who: Caller, body: Any = None, status: int = 200
) -> Any:
    response = await client.post(f"{API}{path}", json=body, headers=who.headers)
    assert response.status_code == status, response.text
    return response.json()


async def _election(
    client: httpx.AsyncClient, who: Caller, board: Board, **fields: Any
) -> dict[str, Any]:
    body = {"title": "Forum election", "role": "chair", "method": "fptp", **fields}
    created: dict[str, Any] = await _post(
        client, f"/boards/{board.id}/elections", who, body, status=201
    )
    return created


async def test_stv_election_runs_from_nominations_to_declared_memberships(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    app: FastAPI,
    org: Organisation,
    coordinator: Caller,
) -> None:
    forum = await _forum(db, app, org)
    election = await _election(
        client,
        coordinator,
        forum.board,
        role="representative",
        places=2,
        method="stv",
        requiresSeconding=True,
        termMonths=12,
    )
    eid = election["id"]
    assert election["phase"] == "draft"
    refused = problem(
        await client.post(
            f"{API}/elections/{eid}/nominations",
            json={"personId": str(forum.people[0].id)},
            headers=forum.callers[0].headers,
        ),
        409,
    )
    assert "nominations" in refused["detail"]
    await _post(client, f"/elections/{eid}/open-nominations", coordinator)

    a, b, c = forum.callers[:3]
    # Self-nomination, and a nomination of another member; each needs a seconder.
    na = await _post(
        client,
        f"/elections/{eid}/nominations",
        a,
        {"personId": str(a.id), "statement": "I listen."},
        201,
    )
    nb = await _post(client, f"/elections/{eid}/nominations", a, {"personId": str(b.id)}, 201)
    nc = await _post(client, f"/elections/{eid}/nominations", c, {"personId": str(c.id)}, 201)
    assert na["status"] == "awaiting_seconding"
    outsider = problem(
        await client.post(
            f"{API}/elections/{eid}/nominations",
            json={"personId": str(forum.outsider.id)},
            headers=coordinator.headers,
        ),
        422,
    )
    assert outsider["errors"][0]["pointer"] == "/personId"
    assert "active members" in outsider["errors"][0]["detail"]
    # The candidate and the nominator may not second.
    problem(await client.post(f"{API}/nominations/{nb['id']}/second", headers=a.headers), 422)
    for nomination in (na, nb):
        seconded = await _post(client, f"/nominations/{nomination['id']}/second", forum.callers[4])
        assert seconded["status"] == "standing"
    # c's nomination is never seconded: it lapses when voting opens, with the reason.
    opened = await _post(client, f"/elections/{eid}/open-voting", coordinator)
    assert opened["phase"] == "voting"
    assert opened["result"] is None
    listed = (await client.get(f"{API}/elections/{eid}/nominations", headers=a.headers)).json()
    lapsed = next(n for n in listed if n["id"] == nc["id"])
    assert lapsed["status"] == "ineligible"
    assert lapsed["reasons"] == ["The nomination was not seconded before voting opened."]

    receipts = []
    for voter, ranking in zip(
        forum.callers, [[na, nb], [na, nb], [na], [nb, na], [na]], strict=True
    ):
        body = {"choices": [n["id"] for n in ranking]}
        receipts.append(
            (await _post(client, f"/elections/{eid}/ballots", voter, body, 200))["receipt"]
        )
    twice = problem(
        await client.post(
            f"{API}/elections/{eid}/ballots", json={"choices": [na["id"]]}, headers=a.headers
        ),
        409,
    )
    assert "already voted" in twice["detail"]
    lapsed_vote = problem(
        await client.post(
            f"{API}/elections/{eid}/ballots",
            json={"choices": [nc["id"]]},
            headers=forum.outsider.headers,
        ),
        403,
    )
    assert "active members" in lapsed_vote["detail"]

    check = await _post(client, f"/elections/{eid}/receipt-check", a, {"receipt": receipts[0]})
    assert check == {"found": True, "counted": False}
    await _post(client, f"/elections/{eid}/close-voting", coordinator)
    counted = await _post(client, f"/elections/{eid}/count", coordinator)
    result = counted["result"]
    assert result["quota"] == 2  # 5 // 3 + 1
    assert set(result["elected"]) == {na["id"], nb["id"]}
    assert result["stages"][0]["action"] == "first_preferences"
    assert len(result["seed"]) == 32
    assert await _post(client, f"/elections/{eid}/receipt-check", b, {"receipt": receipts[3]}) == {
        "found": True,
        "counted": True,
    }
    assert (await _post(client, f"/elections/{eid}/receipt-check", b, {"receipt": "nope"}))[
        "found"
    ] is False

    declared = await _post(client, f"/elections/{eid}/declare", coordinator)
    assert declared["phase"] == "declared"
    async with db() as session:
        roles = {
            m.person_id: (m.role, m.term_end)
            for m in await session.scalars(
                select(Membership).where(col(Membership.board_id) == forum.board.id)
            )
        }
        events = [
            e.event_type
            for e in await session.scalars(select(OutboxEvent).order_by(col(OutboxEvent.id)))
            if e.payload.get("electionId") == eid
        ]
    declared_on = date.fromisoformat(declared["declaredAt"][:10])
    assert roles[a.id][0] == roles[b.id][0] == "representative"
    assert roles[c.id][0] == "member"
    assert roles[a.id][1] is not None
    assert roles[a.id][1] == results.add_months(declared_on, 12)
    assert [e for e in events if not e.endswith(("nominated", "seconded", "ineligible"))] == [
        "election.created",
        "election.nominations_opened",
        "election.voting_opened",
        "election.voting_closed",
        "election.counted",
        "election.declared",
    ]
    # No challenge window was set: the election closes at once.
    assert (await _post(client, f"/elections/{eid}/close", coordinator))["phase"] == "closed"

    # The next election's term limit counts the term just won.
    limited = await _election(
        client,
        coordinator,
        forum.board,
        role="representative",
        places=2,
        eligibility={"maxTerms": 1},
    )
    await _post(client, f"/elections/{limited['id']}/open-nominations", coordinator)
    again = problem(
        await client.post(
            f"{API}/elections/{limited['id']}/nominations",
            json={"personId": str(a.id)},
            headers=a.headers,
        ),
        422,
    )
    assert [e["detail"] for e in again["errors"]] == [
        "Candidates may serve at most 1 terms in this role."
    ]
    await _post(client, f"/elections/{limited['id']}/nominations", c, {"personId": str(c.id)}, 201)


async def test_chair_by_paper_tallies_needs_a_second_person_and_replaces_the_chair(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    app: FastAPI,
    org: Organisation,
    coordinator: Caller,
    admin: Caller,
) -> None:
    forum = await _forum(db, app, org, size=3)
    old_chair = await factories.person(db, org, name="Old chair")
    await factories.membership(db, forum.board, old_chair, role="chair")
    async with db() as session:
        session.add(
            TrainingRecord(
                organisation_id=org.id,
                person_id=forum.people[1].id,
                training_type="chairing",
                completed_on=date(2026, 1, 1),
            )
        )
        await session.commit()
    election = await _election(
        client,
        coordinator,
        forum.board,
        paperBallots=True,
        challengeDays=7,
        eligibility={"requiredTraining": ["chairing"]},
    )
    eid = election["id"]
    await _post(client, f"/elections/{eid}/open-nominations", coordinator)
    untrained = problem(
        await client.post(
            f"{API}/elections/{eid}/nominations",
            json={"personId": str(forum.people[0].id)},
            headers=forum.callers[0].headers,
        ),
        422,
    )
    assert untrained["errors"][0]["detail"] == "Candidates must hold current training: chairing."
    nominee = await _post(
        client,
        f"/elections/{eid}/nominations",
        forum.callers[0],
        {"personId": str(forum.people[1].id)},
        201,
    )
    await _post(client, f"/elections/{eid}/open-voting", coordinator)
    await _post(client, f"/elections/{eid}/close-voting", coordinator)
    entered = await client.put(
        f"{API}/elections/{eid}/paper-tallies",
        json={"tallies": {nominee["id"]: 9}},
        headers=coordinator.headers,
    )
    assert entered.status_code == 200, entered.text
    early = problem(
        await client.post(f"{API}/elections/{eid}/count", headers=coordinator.headers), 409
    )
    assert "confirmed" in early["detail"]
    problem(
        await client.post(
            f"{API}/elections/{eid}/paper-tallies/confirm", headers=coordinator.headers
        ),
        403,
    )
    confirmed = await _post(client, f"/elections/{eid}/paper-tallies/confirm", admin)
    assert confirmed["paperTalliesConfirmed"] is True
    counted = await _post(client, f"/elections/{eid}/count", coordinator)
    assert counted["result"]["paperMarks"] == 9
    assert counted["result"]["elected"] == [nominee["id"]]
    declared = await _post(client, f"/elections/{eid}/declare", coordinator)
    assert declared["challengeEndsAt"] is not None
    async with db() as session:
        roles = {
            m.person_id: m.role
            for m in await session.scalars(
                select(Membership).where(col(Membership.board_id) == forum.board.id)
            )
        }
    assert roles[forum.people[1].id] == "chair"
    assert roles[old_chair.id] == "member"
    still_open = problem(
        await client.post(f"{API}/elections/{eid}/close", headers=coordinator.headers), 409
    )
    assert "challenge window" in still_open["detail"]


async def test_only_staff_run_elections_and_other_organisations_see_nothing(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    app: FastAPI,
    org: Organisation,
    other_org: Organisation,
    coordinator: Caller,
) -> None:
    forum = await _forum(db, app, org, size=1)
    problem(
        await client.post(
            f"{API}/boards/{forum.board.id}/elections",
            json={"title": "x", "role": "chair", "method": "fptp"},
            headers=forum.callers[0].headers,
        ),
        403,
    )
    election = await _election(client, coordinator, forum.board)
    stranger = await factories.caller(db, app, other_org, "coordinator")
    problem(await client.get(f"{API}/elections/{election['id']}", headers=stranger.headers), 404)
    wrong = problem(
        await client.post(f"{API}/elections/{election['id']}/count", headers=coordinator.headers),
        409,
        "invalid-transition",
    )
    assert wrong["allowed"] == ["open_nominations", "cancel"]
    await _post(client, f"/elections/{election['id']}/open-nominations", coordinator)
    nominee = forum.callers[0]
    nomination = await _post(
        client,
        f"/elections/{election['id']}/nominations",
        nominee,
        {"personId": str(nominee.id)},
        201,
    )
    # Only the candidate (or staff) withdraws; a withdrawn candidate does not stand.
    problem(
        await client.post(
            f"{API}/nominations/{nomination['id']}/withdraw", headers=forum.outsider.headers
        ),
        403,
    )
    withdrawn = await _post(client, f"/nominations/{nomination['id']}/withdraw", nominee)
    assert withdrawn["status"] == "withdrawn"
    empty = problem(
        await client.post(
            f"{API}/elections/{election['id']}/open-voting", headers=coordinator.headers
        ),
        422,
    )
    assert "No candidate" in empty["detail"]
    assert (await _post(client, f"/elections/{election['id']}/cancel", coordinator))[
        "phase"
    ] == "cancelled"
    final = problem(
        await client.post(
            f"{API}/elections/{election['id']}/open-voting", headers=coordinator.headers
        ),
        409,
    )
    assert final["allowed"] == []


async def test_a_page_of_elections_costs_the_same_statements_for_one_or_ten(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    app: FastAPI,
    org: Organisation,
    coordinator: Caller,
    statements: StatementCounter,
) -> None:
    counts = []
    for size in (1, 10):
        board = await factories.board(db, org)
        for _ in range(size):
            await _election(client, coordinator, board)
        statements.reset()
        response = await client.get(
            f"{API}/boards/{board.id}/elections", headers=coordinator.headers
        )
        assert len(response.json()["items"]) == size
        counts.append(statements.count)
    assert counts == [3, 3]  # the actor, the board, the page

"""Standing agenda items: a board's ordered list, kept by coordinators, that every new
meeting's agenda starts with, as the meeting's own copy."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.models import AuditEvent, Organisation
from tests import factories
from tests.api.helpers import API, if_match, problem
from tests.factories import Caller
from tests.graphql.helpers import gql, ok


def _meeting_body(**extra: Any) -> dict[str, Any]:
    starts = datetime.now(UTC).replace(microsecond=0) + timedelta(days=20)
    return {
        "title": "Project board",
        "startsAt": starts.isoformat(),
        "endsAt": (starts + timedelta(hours=2)).isoformat(),
        **extra,
    }


async def _add(
    client: httpx.AsyncClient, caller: Caller, board_id: object, **body: Any
) -> httpx.Response:
    return await client.post(
        f"{API}/boards/{board_id}/standing-agenda-items", json=body, headers=caller.headers
    )


async def _titles(client: httpx.AsyncClient, caller: Caller, board_id: object) -> list[str]:
    listed = await client.get(
        f"{API}/boards/{board_id}/standing-agenda-items", headers=caller.headers
    )
    assert listed.status_code == 200, listed.text
    assert [i["position"] for i in listed.json()] == list(range(1, len(listed.json()) + 1))
    return [i["title"] for i in listed.json()]


async def test_coordinators_keep_an_ordered_list(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
    member: Caller,
) -> None:
    board = await factories.board(db, org)
    engagement = await _add(
        client, coordinator, board.id, title="Patient engagement", topicTags=["Engagement "]
    )
    assert engagement.status_code == 201, engagement.text
    item = engagement.json()
    assert engagement.headers["location"] == f"{API}/standing-agenda-items/{item['id']}"
    assert item["topicTags"] == ["engagement"]
    await _add(client, coordinator, board.id, title="Actions carried forward")
    first = await _add(client, coordinator, board.id, title="Apologies", position=1)
    assert first.json()["position"] == 1
    assert await _titles(client, member, board.id) == [
        "Apologies",
        "Patient engagement",
        "Actions carried forward",
    ]
    problem(await _add(client, member, board.id, title="Mine"), 403, "forbidden")

    path = f"{API}/standing-agenda-items/{item['id']}"
    problem(await client.patch(path, json={"position": 3}, headers=coordinator.headers), 428)
    read = await client.get(path, headers=member.headers)
    moved = await client.patch(
        path,
        json={"position": 3},
        headers={**coordinator.headers, **if_match(read.headers["etag"])},
    )
    assert moved.status_code == 200, moved.text
    stale = await client.patch(
        path,
        json={"title": "Late"},
        headers={**coordinator.headers, **if_match(read.headers["etag"])},
    )
    problem(stale, 412)
    assert await _titles(client, member, board.id) == [
        "Apologies",
        "Actions carried forward",
        "Patient engagement",
    ]
    deleted = await client.delete(
        f"{API}/standing-agenda-items/{first.json()['id']}", headers=coordinator.headers
    )
    assert deleted.status_code == 204
    assert await _titles(client, member, board.id) == [
        "Actions carried forward",
        "Patient engagement",
    ]
    async with db() as session:
        actions = set(await session.scalars(select(AuditEvent.action)))
    assert {
        "standing_agenda_item.created",
        "standing_agenda_item.updated",
        "standing_agenda_item.deleted",
    } <= actions


async def test_each_new_meeting_starts_with_its_own_copy(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    board = await factories.board(db, org)
    engagement = (
        await _add(client, coordinator, board.id, title="Patient engagement", topicTags=["pe"])
    ).json()
    await _add(client, coordinator, board.id, title="Risks")
    made = await client.post(
        f"{API}/boards/{board.id}/meetings",
        json=_meeting_body(agenda=[{"title": "Ward closures"}]),
        headers=coordinator.headers,
    )
    assert made.status_code == 201, made.text
    agenda = made.json()["agenda"]
    assert [(a["position"], a["title"]) for a in agenda] == [
        (1, "Patient engagement"),
        (2, "Risks"),
        (3, "Ward closures"),
    ]
    assert agenda[0]["topicTags"] == ["pe"]

    # The board's list changes: the meeting already scheduled keeps its agenda.
    path = f"{API}/standing-agenda-items/{engagement['id']}"
    read = await client.get(path, headers=coordinator.headers)
    renamed = await client.patch(
        path,
        json={"title": "Patient and carer engagement"},
        headers={**coordinator.headers, **if_match(read.headers["etag"])},
    )
    assert renamed.status_code == 200, renamed.text
    meeting_path = f"{API}/meetings/{made.json()['id']}"
    kept = await client.get(meeting_path, headers=coordinator.headers)
    assert kept.json()["agenda"][0]["title"] == "Patient engagement"

    # The meeting's copy is edited like any agenda, and the board's list stays.
    edited = await client.patch(
        meeting_path,
        json={"agenda": [{"title": "Risks"}]},
        headers={**coordinator.headers, **if_match(kept.headers["etag"])},
    )
    assert edited.status_code == 200, edited.text
    assert [a["title"] for a in edited.json()["agenda"]] == ["Risks"]
    assert await _titles(client, coordinator, board.id) == ["Patient and carer engagement", "Risks"]

    later = await client.post(
        f"{API}/boards/{board.id}/meetings", json=_meeting_body(), headers=coordinator.headers
    )
    assert [a["title"] for a in later.json()["agenda"]] == ["Patient and carer engagement", "Risks"]

    # Another board's list is its own.
    other = await factories.board(db, org)
    bare = await client.post(
        f"{API}/boards/{other.id}/meetings", json=_meeting_body(), headers=coordinator.headers
    )
    assert bare.json()["agenda"] == []


async def test_graphql_keeps_the_same_list(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
    member: Caller,
) -> None:
    board = await factories.board(db, org)
    made = ok(
        await gql(
            client,
            coordinator,
            "mutation($b: UUID!) { createStandingAgendaItem(boardId: $b, input: "
            '{title: "Patient engagement", topicTags: ["pe"]}) { id position title version } }',
            {"b": str(board.id)},
        )
    )["createStandingAgendaItem"]
    assert made["position"] == 1
    second = ok(
        await gql(
            client,
            coordinator,
            "mutation($b: UUID!) { createStandingAgendaItem(boardId: $b, input: "
            '{title: "Apologies", position: 1}) { id position } }',
            {"b": str(board.id)},
        )
    )["createStandingAgendaItem"]
    assert second["position"] == 1
    updated = ok(
        await gql(
            client,
            coordinator,
            "mutation($id: UUID!, $v: Int!) { updateStandingAgendaItem(id: $id, version: $v, "
            'input: {title: "Engagement"}) { title position } }',
            {"id": made["id"], "v": made["version"] + 1},
        )
    )["updateStandingAgendaItem"]
    assert updated == {"title": "Engagement", "position": 2}
    refused = await gql(
        client,
        member,
        "mutation($id: UUID!) { deleteStandingAgendaItem(id: $id) }",
        {"id": second["id"]},
    )
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    ok(
        await gql(
            client,
            coordinator,
            "mutation($id: UUID!) { deleteStandingAgendaItem(id: $id) }",
            {"id": second["id"]},
        )
    )
    listed = ok(
        await gql(
            client,
            member,
            "query($b: UUID!) { standingAgendaItems(boardId: $b) { title position topicTags } }",
            {"b": str(board.id)},
        )
    )["standingAgendaItems"]
    assert listed == [{"title": "Engagement", "position": 1, "topicTags": ["pe"]}]

"""Boards: advisory boards advise governance boards; who may create and change them."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Organisation
from tests import factories
from tests.api.helpers import API, problem
from tests.factories import Caller


async def _create(client: httpx.AsyncClient, caller: Caller, **fields: object) -> httpx.Response:
    return await client.post(f"{API}/boards", json=fields, headers=caller.headers)


async def test_an_advisory_board_advises_a_governance_board(
    client: httpx.AsyncClient, coordinator: Caller
) -> None:
    programme = await _create(client, coordinator, name="Programme board", kind="governance")
    assert programme.status_code == 201, programme.text
    team = await _create(
        client,
        coordinator,
        name="Lived Experience Team",
        kind="advisory",
        advisesBoardId=programme.json()["id"],
        noticePeriodDays=10,
        timezone="Europe/London",
    )
    assert team.status_code == 201, team.text
    shown = (await client.get(team.headers["location"], headers=coordinator.headers)).json()
    assert shown["advisesBoardId"] == programme.json()["id"]
    assert shown["kind"] == "advisory"
    assert shown["noticePeriodDays"] == 10


async def _advises_refused(response: httpx.Response) -> None:
    body = problem(response, 422)
    assert [e["pointer"] for e in body["errors"]] == ["/advisesBoardId"]


async def test_an_advisory_board_cannot_advise_an_advisory_board(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    forum = await factories.board(db, org, kind="advisory")
    await _advises_refused(
        await _create(client, admin, name="T", kind="advisory", advisesBoardId=str(forum.id))
    )


async def test_a_governance_board_advises_nobody(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    programme = await factories.board(db, org, kind="governance")
    await _advises_refused(
        await _create(client, admin, name="G", kind="governance", advisesBoardId=str(programme.id))
    )


async def test_a_board_of_another_organisation_cannot_be_advised(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    other_org: Organisation,
    admin: Caller,
) -> None:
    theirs = await factories.board(db, other_org, kind="governance")
    await _advises_refused(
        await _create(client, admin, name="T", kind="advisory", advisesBoardId=str(theirs.id))
    )
    missing = "01900000-0000-7000-8000-000000000000"
    await _advises_refused(
        await _create(client, admin, name="T", kind="advisory", advisesBoardId=missing)
    )
    assert (await client.get(f"{API}/boards", headers=admin.headers)).json()["items"] == []


async def test_what_a_board_advises_can_be_changed_but_only_to_a_governance_board(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    first = await factories.board(db, org, kind="governance")
    second = await factories.board(db, org, kind="governance")
    forum = await factories.board(db, org, kind="advisory", advises=first)
    path = f"{API}/boards/{forum.id}"
    moved = await client.patch(
        path, json={"advisesBoardId": str(second.id)}, headers={**admin.headers, "If-Match": '"1"'}
    )
    assert moved.status_code == 200, moved.text
    assert moved.json()["advisesBoardId"] == str(second.id)
    for target in (forum.id, (await factories.board(db, org, kind="advisory")).id):
        response = await client.patch(
            path,
            json={"advisesBoardId": str(target)},
            headers={**admin.headers, "If-Match": moved.headers["etag"]},
        )
        await _advises_refused(response)


@pytest.mark.parametrize(
    ("field", "value"),
    [("kind", "committee"), ("timezone", "Mars/Olympus"), ("noticePeriodDays", -1), ("name", "")],
)
async def test_board_fields_are_validated(
    client: httpx.AsyncClient, admin: Caller, field: str, value: object
) -> None:
    response = await _create(client, admin, **{"name": "B", "kind": "advisory", field: value})
    body = problem(response, 422, "validation")
    assert [e["pointer"] for e in body["errors"]] == [f"/{field}"]


async def test_members_and_finance_read_boards_but_cannot_create_or_change_them(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    board = await factories.board(db, org)
    for role in ("member", "finance"):
        asker = await factories.caller(db, app, org, role)
        problem(await _create(client, asker, name="B", kind="advisory"), 403, "forbidden")
        assert (
            await client.get(f"{API}/boards/{board.id}", headers=asker.headers)
        ).status_code == 200
        response = await client.patch(
            f"{API}/boards/{board.id}",
            json={"name": "Mine now"},
            headers={**asker.headers, "If-Match": '"1"'},
        )
        problem(response, 403, "forbidden")


async def test_an_api_client_needs_boards_write_to_write(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    board = await factories.board(db, org)
    reader = factories.token_for(app, await factories.api_client(db, org, ["boards:read"]))
    writer = factories.token_for(
        app, await factories.api_client(db, org, ["boards:read", "boards:write"])
    )
    nothing = factories.token_for(app, await factories.api_client(db, org, ["people:read"]))

    assert (await client.get(f"{API}/boards/{board.id}", headers=reader.headers)).status_code == 200
    problem(await _create(client, reader, name="B", kind="advisory"), 403, "forbidden")
    problem(
        await client.patch(
            f"{API}/boards/{board.id}",
            json={"name": "X"},
            headers={**reader.headers, "If-Match": '"1"'},
        ),
        403,
        "forbidden",
    )
    made = await _create(client, writer, name="From the partner", kind="governance")
    assert made.status_code == 201, made.text
    problem(await client.get(f"{API}/boards", headers=nothing.headers), 403, "forbidden")

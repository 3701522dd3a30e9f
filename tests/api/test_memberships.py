"""Memberships: one active chair, vice chair and secretary per board; one current
membership per person and board."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Board, Organisation
from tests import factories
from tests.api.helpers import API, problem
from tests.factories import Caller

ELECTED = ["chair", "vice_chair", "secretary"]


@pytest.fixture
async def forum(db: async_sessionmaker[AsyncSession], org: Organisation) -> Board:
    return await factories.board(db, org)


async def _join(
    client: httpx.AsyncClient, caller: Caller, board: Board, person_id: object, **fields: object
) -> httpx.Response:
    return await client.post(
        f"{API}/boards/{board.id}/memberships",
        json={"personId": str(person_id), "termStart": "2026-01-01", **fields},
        headers=caller.headers,
    )


async def _members(client: httpx.AsyncClient, caller: Caller, board: Board) -> list[dict[str, str]]:
    response = await client.get(f"{API}/boards/{board.id}/memberships", headers=caller.headers)
    assert response.status_code == 200, response.text
    items: list[dict[str, str]] = response.json()["items"]
    return items


async def test_a_coordinator_adds_a_member(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    forum: Board,
    coordinator: Caller,
) -> None:
    who = await factories.person(db, org)
    response = await _join(client, coordinator, forum, who.id, termEnd="2027-12-31")
    assert response.status_code == 201, response.text
    made = response.json()
    assert (made["role"], made["status"], made["termEnd"]) == ("member", "active", "2027-12-31")
    assert [m["id"] for m in await _members(client, coordinator, forum)] == [made["id"]]


@pytest.mark.parametrize("role", ELECTED)
async def test_an_elected_role_has_one_active_holder(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    forum: Board,
    admin: Caller,
    role: str,
) -> None:
    holder = await factories.person(db, org)
    rival = await factories.person(db, org)
    assert (await _join(client, admin, forum, holder.id, role=role)).status_code == 201
    problem(await _join(client, admin, forum, rival.id, role=role), 409, "conflict")
    assert len(await _members(client, admin, forum)) == 1
    # Other boards have their own.
    council = await factories.board(db, org)
    assert (await _join(client, admin, council, rival.id, role=role)).status_code == 201


@pytest.mark.parametrize("role", ELECTED)
async def test_promoting_to_a_held_elected_role_is_a_conflict(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    forum: Board,
    admin: Caller,
    role: str,
) -> None:
    await factories.membership(db, forum, await factories.person(db, org), role=role)
    plain = await factories.membership(db, forum, await factories.person(db, org))
    response = await client.patch(
        f"{API}/memberships/{plain.id}",
        json={"role": role},
        headers={**admin.headers, "If-Match": '"1"'},
    )
    problem(response, 409, "conflict")
    shown = await client.get(f"{API}/memberships/{plain.id}", headers=admin.headers)
    assert shown.json()["role"] == "member"


async def test_a_chair_who_left_or_paused_does_not_block_a_new_chair(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    forum: Board,
    admin: Caller,
) -> None:
    await factories.membership(db, forum, await factories.person(db, org), "chair", "left")
    await factories.membership(db, forum, await factories.person(db, org), "vice_chair", "paused")
    assert (
        await _join(client, admin, forum, (await factories.person(db, org)).id, role="chair")
    ).status_code == 201
    assert (
        await _join(client, admin, forum, (await factories.person(db, org)).id, role="vice_chair")
    ).status_code == 201


async def test_a_chair_who_steps_down_makes_way(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    forum: Board,
    admin: Caller,
) -> None:
    old = await factories.membership(db, forum, await factories.person(db, org), role="chair")
    newcomer = await factories.person(db, org)
    problem(await _join(client, admin, forum, newcomer.id, role="chair"), 409, "conflict")
    left = await client.patch(
        f"{API}/memberships/{old.id}",
        json={"status": "left", "termEnd": "2026-06-30"},
        headers={**admin.headers, "If-Match": '"1"'},
    )
    assert left.status_code == 200, left.text
    assert (await _join(client, admin, forum, newcomer.id, role="chair")).status_code == 201
    # ...and cannot simply come back as an active chair.
    back = await client.patch(
        f"{API}/memberships/{old.id}",
        json={"status": "active"},
        headers={**admin.headers, "If-Match": left.headers["etag"]},
    )
    problem(back, 409, "conflict")


async def test_a_person_has_one_current_membership_per_board(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    forum: Board,
    admin: Caller,
) -> None:
    who = await factories.person(db, org)
    await factories.membership(db, forum, who, status="paused")
    problem(await _join(client, admin, forum, who.id), 409, "conflict")
    problem(await _join(client, admin, forum, who.id, role="chair"), 409, "conflict")


async def test_a_person_who_left_may_rejoin(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    forum: Board,
    admin: Caller,
) -> None:
    who = await factories.person(db, org)
    old = await factories.membership(db, forum, who, status="left")
    rejoined = await _join(client, admin, forum, who.id, termStart="2026-09-01")
    assert rejoined.status_code == 201, rejoined.text
    # The old membership cannot be revived beside the new one.
    revived = await client.patch(
        f"{API}/memberships/{old.id}",
        json={"status": "active"},
        headers={**admin.headers, "If-Match": '"1"'},
    )
    problem(revived, 409, "conflict")
    assert sorted(m["status"] for m in await _members(client, admin, forum)) == ["active", "left"]


async def test_only_people_of_the_organisation_can_join(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    other_org: Organisation,
    forum: Board,
    admin: Caller,
) -> None:
    stranger = await factories.person(db, other_org)
    body = problem(await _join(client, admin, forum, stranger.id), 422)
    assert [e["pointer"] for e in body["errors"]] == ["/personId"]


async def test_a_term_cannot_end_before_it_starts(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    forum: Board,
    admin: Caller,
) -> None:
    who = await factories.person(db, org)
    problem(await _join(client, admin, forum, who.id, termEnd="2025-12-31"), 422)
    made = await factories.membership(db, forum, who)
    response = await client.patch(
        f"{API}/memberships/{made.id}",
        json={"termEnd": "2025-12-31"},
        headers={**admin.headers, "If-Match": '"1"'},
    )
    body = problem(response, 422)
    assert [e["pointer"] for e in body["errors"]] == ["/termEnd"]


async def test_members_see_memberships_but_cannot_change_them(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    forum: Board,
) -> None:
    who = await factories.person(db, org)
    mine = await factories.membership(db, forum, who)
    me = factories.token_for(app, who)
    assert len(await _members(client, me, forum)) == 1
    problem(await _join(client, me, forum, who.id, role="chair"), 403, "forbidden")
    response = await client.patch(
        f"{API}/memberships/{mine.id}",
        json={"role": "chair"},
        headers={**me.headers, "If-Match": '"1"'},
    )
    problem(response, 403, "forbidden")

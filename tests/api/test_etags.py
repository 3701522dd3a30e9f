"""Optimistic concurrency: GET gives an ETag, PATCH needs it back in If-Match."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Organisation
from tests import factories
from tests.api.helpers import API, problem
from tests.factories import Caller

# Each resource: how to make one (its path), and two different valid changes.
Maker = Callable[[async_sessionmaker[AsyncSession], Organisation], Awaitable[str]]


async def _board(db: async_sessionmaker[AsyncSession], org: Organisation) -> str:
    return f"/boards/{(await factories.board(db, org)).id}"


async def _person(db: async_sessionmaker[AsyncSession], org: Organisation) -> str:
    return f"/people/{(await factories.person(db, org)).id}"


async def _membership(db: async_sessionmaker[AsyncSession], org: Organisation) -> str:
    board = await factories.board(db, org)
    membership = await factories.membership(db, board, await factories.person(db, org))
    return f"/memberships/{membership.id}"


RESOURCES: dict[str, tuple[Maker, dict[str, Any], dict[str, Any]]] = {
    "board": (_board, {"name": "First"}, {"noticePeriodDays": 14}),
    "person": (_person, {"displayName": "First"}, {"pronouns": "she/her"}),
    "membership": (_membership, {"status": "paused"}, {"termEnd": "2027-12-31"}),
}


@pytest.fixture(params=sorted(RESOURCES))
async def resource(
    request: pytest.FixtureRequest, db: async_sessionmaker[AsyncSession], org: Organisation
) -> tuple[str, dict[str, Any], dict[str, Any]]:
    make, first, second = RESOURCES[request.param]
    return await make(db, org), first, second


async def test_get_gives_an_etag_and_a_correct_if_match_updates(
    client: httpx.AsyncClient, admin: Caller, resource: tuple[str, dict[str, Any], dict[str, Any]]
) -> None:
    path, change, _ = resource
    read = await client.get(f"{API}{path}", headers=admin.headers)
    assert read.status_code == 200
    etag = read.headers["etag"]
    assert etag.startswith('"')
    assert etag.endswith('"')

    updated = await client.patch(
        f"{API}{path}", json=change, headers={**admin.headers, "If-Match": etag}
    )
    assert updated.status_code == 200, updated.text
    assert updated.headers["etag"] != etag
    for key, value in change.items():
        assert updated.json()[key] == value
    again = await client.get(f"{API}{path}", headers=admin.headers)
    assert again.headers["etag"] == updated.headers["etag"]


async def test_patch_without_if_match_is_428_and_changes_nothing(
    client: httpx.AsyncClient, admin: Caller, resource: tuple[str, dict[str, Any], dict[str, Any]]
) -> None:
    path, change, _ = resource
    before = (await client.get(f"{API}{path}", headers=admin.headers)).json()
    response = await client.patch(f"{API}{path}", json=change, headers=admin.headers)
    problem(response, 428, "precondition-required")
    assert (await client.get(f"{API}{path}", headers=admin.headers)).json() == before


async def test_a_stale_if_match_is_412_and_the_later_change_is_kept(
    client: httpx.AsyncClient, admin: Caller, resource: tuple[str, dict[str, Any], dict[str, Any]]
) -> None:
    path, first, second = resource
    etag = (await client.get(f"{API}{path}", headers=admin.headers)).headers["etag"]
    # Two people read the same version; the first to write wins.
    won = await client.patch(
        f"{API}{path}", json=first, headers={**admin.headers, "If-Match": etag}
    )
    assert won.status_code == 200, won.text
    lost = await client.patch(
        f"{API}{path}", json=second, headers={**admin.headers, "If-Match": etag}
    )
    problem(lost, 412, "precondition-failed")
    current = (await client.get(f"{API}{path}", headers=admin.headers)).json()
    for key, value in first.items():
        assert current[key] == value
    for key, value in second.items():
        assert current[key] != value


async def test_a_weak_etag_never_matches_and_garbage_is_refused(
    client: httpx.AsyncClient, admin: Caller, resource: tuple[str, dict[str, Any], dict[str, Any]]
) -> None:
    path, change, _ = resource
    before = await client.get(f"{API}{path}", headers=admin.headers)
    etag = before.headers["etag"]
    for garbage in ('"v-one"', '"3" "4"', '"3",', '*, "3"'):
        refused = await client.patch(
            f"{API}{path}", json=change, headers={**admin.headers, "If-Match": garbage}
        )
        problem(refused, 422)
    # RFC 9110 compares If-Match strongly: W/"n" is not version n.
    weak = await client.patch(
        f"{API}{path}", json=change, headers={**admin.headers, "If-Match": f"W/{etag}"}
    )
    problem(weak, 412, "precondition-failed")
    assert (await client.get(f"{API}{path}", headers=admin.headers)).json() == before.json()


async def test_if_match_star_changes_whatever_version_is_current(
    client: httpx.AsyncClient, admin: Caller, resource: tuple[str, dict[str, Any], dict[str, Any]]
) -> None:
    path, first, second = resource
    etag = (await client.get(f"{API}{path}", headers=admin.headers)).headers["etag"]
    moved = await client.patch(
        f"{API}{path}", json=first, headers={**admin.headers, "If-Match": etag}
    )
    assert moved.status_code == 200, moved.text
    anyway = await client.patch(
        f"{API}{path}", json=second, headers={**admin.headers, "If-Match": "*"}
    )
    assert anyway.status_code == 200, anyway.text
    assert anyway.headers["etag"] not in {etag, moved.headers["etag"]}
    for key, value in second.items():
        assert anyway.json()[key] == value


async def test_an_etag_list_matches_when_any_strong_member_is_current(
    client: httpx.AsyncClient, admin: Caller, resource: tuple[str, dict[str, Any], dict[str, Any]]
) -> None:
    path, first, second = resource
    etag = (await client.get(f"{API}{path}", headers=admin.headers)).headers["etag"]
    listed = await client.patch(
        f"{API}{path}", json=first, headers={**admin.headers, "If-Match": f'"999", {etag}'}
    )
    assert listed.status_code == 200, listed.text
    current = listed.headers["etag"]
    # Neither the old version nor a weak form of the current one is current.
    stale = await client.patch(
        f"{API}{path}",
        json=second,
        headers={**admin.headers, "If-Match": f"{etag}, W/{current}"},
    )
    problem(stale, 412, "precondition-failed")
    again = await client.get(f"{API}{path}", headers=admin.headers)
    assert again.headers["etag"] == current


async def test_creating_gives_the_etag_of_the_new_object(
    client: httpx.AsyncClient, app: FastAPI, admin: Caller
) -> None:
    created = await client.post(
        f"{API}/boards", json={"name": "Forum", "kind": "advisory"}, headers=admin.headers
    )
    assert created.status_code == 201, created.text
    read = await client.get(created.headers["location"], headers=admin.headers)
    assert read.headers["etag"] == created.headers["etag"]

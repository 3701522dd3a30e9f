"""One transaction per request: a request that fails leaves nothing behind, not even the
part it had already written."""

from __future__ import annotations

import uuid

import httpx
import pytest
from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.models import AuditEvent, Board, Membership, Organisation
from app.domain import audit
from app.domain.boards import memberships
from app.domain.errors import Conflict
from tests import factories
from tests.api.helpers import API, problem
from tests.factories import Caller


async def _count(db: async_sessionmaker[AsyncSession], model: type[object]) -> int:
    async with db() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def test_a_race_for_the_chair_lost_at_the_unique_index_leaves_nothing(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Two requests both pass the friendly check; the database index stops the second."""
    forum = await factories.board(db, org)
    await factories.membership(db, forum, await factories.person(db, org), role="chair")
    challenger = await factories.person(db, org)

    async def passes(*args: object) -> None:
        return None

    monkeypatch.setattr(memberships, "_check_elected_role_free", passes)
    response = await client.post(
        f"{API}/boards/{forum.id}/memberships",
        json={"personId": str(challenger.id), "termStart": "2026-01-01", "role": "chair"},
        headers=admin.headers,
    )
    problem(response, 409, "conflict")
    assert await _count(db, Membership) == 1
    assert await _count(db, AuditEvent) == 0

    # The failed transaction was cleaned up: the next request works normally.
    ok = await client.post(
        f"{API}/boards/{forum.id}/memberships",
        json={"personId": str(challenger.id), "termStart": "2026-01-01"},
        headers=admin.headers,
    )
    assert ok.status_code == 201, ok.text
    assert await _count(db, AuditEvent) == 1


@pytest.mark.parametrize("error", [Conflict("Refused at the last moment."), RuntimeError("boom")])
async def test_a_failure_after_the_insert_rolls_the_insert_back(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    admin: Caller,
    monkeypatch: pytest.MonkeyPatch,
    error: Exception,
) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise error

    # The board is inserted and flushed before its audit row is written.
    monkeypatch.setattr(audit, "record", fail)
    response = await client.post(
        f"{API}/boards", json={"name": "Half made", "kind": "advisory"}, headers=admin.headers
    )
    assert response.status_code in {409, 500}
    problem(response, response.status_code)
    assert await _count(db, Board) == 0


async def test_a_failed_update_keeps_the_old_values(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    board = await factories.board(db, org, name="Before")

    def fail(*args: object, **kwargs: object) -> None:
        raise Conflict("Refused at the last moment.")

    monkeypatch.setattr(audit, "record", fail)
    response = await client.patch(
        f"{API}/boards/{board.id}",
        json={"name": "After"},
        headers={**admin.headers, "If-Match": '"1"'},
    )
    problem(response, 409, "conflict")
    monkeypatch.undo()
    shown = await client.get(f"{API}/boards/{board.id}", headers=admin.headers)
    assert shown.json()["name"] == "Before"
    assert shown.headers["etag"] == '"1"'


async def test_a_successful_write_is_committed_before_the_response(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], admin: Caller
) -> None:
    response = await client.post(
        f"{API}/boards", json={"name": "Kept", "kind": "advisory"}, headers=admin.headers
    )
    assert response.status_code == 201
    async with db() as session:
        kept = await session.get(Board, uuid.UUID(response.json()["id"]))
        assert kept is not None
        assert kept.name == "Kept"
        assert (
            await session.scalar(
                select(func.count()).select_from(AuditEvent).where(AuditEvent.entity_id == kept.id)
            )
            == 1
        )

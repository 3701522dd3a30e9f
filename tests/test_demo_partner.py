"""The demo's printed API client works, docs/partners.md's read-only calls answer it, and
its papers are served from the app's own storage."""

from __future__ import annotations

import httpx
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import Paper, Recommendation
from app.integrations.storage import Storage
from tests.demo_support import _quick_passwords, load, storage

__all__ = ["_quick_passwords", "storage"]  # fixtures used here


async def _client_token(client: httpx.AsyncClient, client_id: str, secret: str) -> str:
    response = await client.post(
        "/api/v1/auth/token",
        data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret},
    )
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


async def test_the_printed_client_gets_a_token_and_reads_the_board(
    db: async_sessionmaker[AsyncSession], storage: Storage, client: httpx.AsyncClient
) -> None:
    demo = await load(db, storage)
    token = await _client_token(client, demo.api_client.client_id, demo.api_client.secret)
    auth = {"Authorization": f"Bearer {token}"}
    board = await client.get(f"/api/v1/boards/{demo.advisory_board_id}", headers=auth)
    assert board.status_code == 200, board.text
    assert board.json()["name"] == "Lived Experience Team"
    graphql = await client.post(
        "/graphql",
        json={
            "query": "query($id: UUID!) { board(id: $id) { name } }",
            "variables": {"id": str(demo.governance_board_id)},
        },
        headers=auth,
    )
    assert graphql.status_code == 200, graphql.text
    assert graphql.json() == {"data": {"board": {"name": "Programme Board"}}}
    wrong = await client.post(
        "/api/v1/auth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": demo.api_client.client_id,
            "client_secret": demo.api_client.secret + "x",
        },
    )
    assert wrong.status_code == 401


async def test_the_partner_guides_read_only_calls_answer_the_demo_client(
    db: async_sessionmaker[AsyncSession], storage: Storage, client: httpx.AsyncClient
) -> None:
    demo = await load(db, storage)
    token = await _client_token(client, demo.api_client.client_id, demo.api_client.secret)
    auth = {"Authorization": f"Bearer {token}"}
    async with db() as session:
        recommendation = await session.scalar(
            select(Recommendation.id).where(Recommendation.status == "implemented")
        )
    team, board = demo.advisory_board_id, demo.governance_board_id
    # The GET paths docs/partners.md shows, with the demo's IDs in place of {id}.
    paths = [
        "/api/v1/boards?limit=100",
        f"/api/v1/boards/{team}",
        f"/api/v1/boards/{team}/elections",
        "/api/v1/opportunities",
        f"/api/v1/recommendations/{recommendation}/trail",
        f"/api/v1/boards/{board}/escalation-levels",
        f"/api/v1/boards/{team}/themes/summary",
        f"/api/v1/boards/{team}/recommendations/report",
        f"/api/v1/boards/{team}/standing-agenda-items",
    ]
    for path in paths:
        response = await client.get(path, headers=auth)
        assert response.status_code // 100 == 2, (path, response.status_code, response.text)
    boards = (await client.get("/api/v1/boards", headers=auth)).json()["items"]
    assert {b["id"] for b in boards} == {str(team), str(board)}
    # As the guide says: the issue log itself is the members' and coordinators', not a
    # partner system's.
    issues = await client.get(f"/api/v1/boards/{team}/issues", headers=auth)
    assert issues.status_code == 403


async def test_a_member_opens_a_circulated_paper_from_the_apps_storage(
    db: async_sessionmaker[AsyncSession], storage: Storage, client: httpx.AsyncClient
) -> None:
    demo = await load(db, storage)
    member = next(a for a in demo.accounts if a.email.startswith("tom.hughes"))
    signed_in = await client.post(
        "/api/v1/auth/token",
        data={"grant_type": "password", "username": member.email, "password": member.password},
    )
    auth = {"Authorization": f"Bearer {signed_in.json()['access_token']}"}
    async with db() as session:
        paper = await session.scalar(select(Paper.id).where(col(Paper.circulated_late).is_(True)))
    response = await client.get(f"/api/v1/papers/{paper}/content", headers=auth)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/pdf")
    assert response.content.startswith(b"%PDF-")


async def test_the_partner_guides_optimistic_update_works_with_the_demo_client(
    db: async_sessionmaker[AsyncSession], storage: Storage, client: httpx.AsyncClient
) -> None:
    demo = await load(db, storage)
    token = await _client_token(client, demo.api_client.client_id, demo.api_client.secret)
    auth = {"Authorization": f"Bearer {token}"}
    board = f"/api/v1/boards/{demo.governance_board_id}"
    # Section 4 of the guide, as written.
    current = await client.get(board, headers=auth)
    patched = await client.patch(
        board,
        json={"description": "Meets monthly"},
        headers={**auth, "If-Match": current.headers["ETag"]},
    )
    assert patched.status_code == 200, patched.text
    assert patched.json()["description"] == "Meets monthly"

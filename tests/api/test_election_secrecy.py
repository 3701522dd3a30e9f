"""Ballot secrecy: nothing stored, published or logged joins who voted to what they chose."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import func, inspect
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import AuditEvent, Ballot, IdempotencyRecord, Organisation, OutboxEvent
from tests import factories
from tests.api.helpers import API
from tests.factories import Caller


def _columns(engine: Any) -> dict[str, tuple[set[str], set[str]]]:
    found = inspect(engine)
    return {
        table: (
            {c["name"] for c in found.get_columns(table)},
            {fk["referred_table"] for fk in found.get_foreign_keys(table)},
        )
        for table in ("election_ballots", "election_voters")
    }


async def test_ballots_have_no_column_a_query_could_join_to_a_voter(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        tables = await connection.run_sync(_columns)
    ballot_columns, ballot_refs = tables["election_ballots"]
    voter_columns, _ = tables["election_voters"]
    assert ballot_columns == {"id", "organisation_id", "election_id", "choices", "receipt_digest"}
    assert "people" not in ballot_refs
    # The only columns the two share say which election, which everyone knows already.
    assert ballot_columns & voter_columns == {"id", "organisation_id", "election_id"}
    assert voter_columns == {"id", "organisation_id", "election_id", "person_id"}


def test_no_published_schema_shows_a_ballots_choices() -> None:
    document = json.loads((Path(__file__).parents[2] / "openapi" / "openapi.json").read_text())
    schemas = document["components"]["schemas"]
    with_choices = {name for name, s in schemas.items() if "choices" in s.get("properties", {})}
    assert with_choices == {"BallotCast"}  # the request that casts one, and nothing else
    assert set(schemas["BallotReceiptOut"]["properties"]) == {"electionId", "receipt"}


async def test_casting_writes_no_audit_row_or_event_and_closing_reshuffles_the_box(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    app: FastAPI,
    org: Organisation,
    coordinator: Caller,
) -> None:
    board = await factories.board(db, org)
    people = [await factories.person(db, org) for _ in range(3)]
    for person in people:
        await factories.membership(db, board, person)
    voters = [factories.token_for(app, p) for p in people]
    body = {"title": "Rep", "role": "representative", "places": 2, "method": "approval"}
    election = (
        await client.post(
            f"{API}/boards/{board.id}/elections", json=body, headers=coordinator.headers
        )
    ).json()
    eid = election["id"]
    await client.post(f"{API}/elections/{eid}/open-nominations", headers=coordinator.headers)
    nomination = (
        await client.post(
            f"{API}/elections/{eid}/nominations",
            json={"personId": str(voters[0].id)},
            headers=voters[0].headers,
        )
    ).json()
    await client.post(f"{API}/elections/{eid}/open-voting", headers=coordinator.headers)

    async def trail() -> tuple[int, int, set[uuid.UUID]]:
        async with db() as session:
            audits = await session.scalar(select(func.count()).select_from(AuditEvent))
            events = await session.scalar(select(func.count()).select_from(OutboxEvent))
            ballots = set(
                await session.scalars(
                    select(Ballot.id).where(col(Ballot.election_id) == uuid.UUID(eid))
                )
            )
        return audits or 0, events or 0, ballots

    before = await trail()
    for voter in voters:
        # An idempotency record would hold the caller and a hash of what they chose.
        headers = {**voter.headers, "Idempotency-Key": f"vote-{voter.id}"}
        cast = await client.post(
            f"{API}/elections/{eid}/ballots", json={"choices": [nomination["id"]]}, headers=headers
        )
        # 200, not 201: a secret ballot is never a resource with an address.
        assert cast.status_code == 200, cast.text
        assert cast.headers["Cache-Control"] == "no-store"
    audits, events, cast_ids = await trail()
    assert (audits, events) == before[:2]
    async with db() as session:
        assert await session.scalar(select(func.count()).select_from(IdempotencyRecord)) == 0
    # Random IDs: nothing in them says when they were made.
    assert {i.version for i in cast_ids} == {4}
    await client.post(f"{API}/elections/{eid}/close-voting", headers=coordinator.headers)
    _, _, shuffled = await trail()
    assert len(shuffled) == 3
    assert not shuffled & cast_ids

"""Anonymous polls: nothing stored, audited or sent pairs a voter with their choice."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.models import AuditEvent, OutboxEvent, PollBallot, PollObjection, PollVoter
from tests.api.helpers import problem
from tests.api.polls_setup import API, group, opened, vote


async def test_no_column_time_or_record_links_a_voter_to_a_vote(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    engine: AsyncEngine,
) -> None:
    g = await group(db, app)
    poll = await opened(client, g, kind="consent", anonymous=True, description="Proposal")
    for who, body in zip(
        g.members,
        ({"choice": "consent"}, {"choice": "object", "reason": "Too soon"}, {"choice": "consent"}),
        strict=True,
    ):
        assert (await vote(client, poll["id"], who, **body)).status_code == 200
    # An anonymous vote cannot be changed: nothing says which ballot was whose.
    problem(await vote(client, poll["id"], g.members[0], choice="object", reason="x"), 409)

    async with engine.connect() as connection:
        columns = await connection.run_sync(
            lambda sync: {
                table: {c["name"] for c in inspect(sync).get_columns(table)}
                for table in ("poll_ballots", "poll_voters", "poll_objections")
            }
        )
    # The only columns shared name the poll, or the person (set on named polls' ballots
    # only, null below); never a time or a row of the other table.
    shared = columns["poll_ballots"] & columns["poll_voters"]
    assert shared == {"id", "organisation_id", "poll_id", "person_id"}
    assert "ballot_id" not in columns["poll_voters"]
    assert "voter_id" not in columns["poll_ballots"]
    assert "created_at" not in columns["poll_ballots"] | columns["poll_objections"]

    voters = {m.id for m in g.members}
    async with db() as session:
        ballots = list(await session.scalars(select(PollBallot)))
        objections = list(await session.scalars(select(PollObjection)))
        recorded = set(await session.scalars(select(PollVoter.person_id)))
        audits = list(
            await session.scalars(select(AuditEvent).where(AuditEvent.action == "poll.voted"))
        )
        outbox = list(await session.scalars(select(OutboxEvent)))
    assert recorded == voters
    assert sorted(b.choice or "" for b in ballots) == ["consent", "consent", "object"]
    assert all(b.person_id is None for b in ballots)
    assert [(o.raised_by, o.reason) for o in objections] == [(None, "Too soon")]
    # Random IDs: a UUIDv7 would carry the moment of voting.
    assert {b.id.version for b in ballots} | {o.id.version for o in objections} == {4}
    # Audit rows say who voted, and nothing of how (no field, and the same action for all).
    assert {a.actor_id for a in audits} == voters
    assert all(a.changed_fields == [] for a in audits)
    # No event is written for a vote, and none names a voter.
    assert not any(str(m) in str(e.payload) for e in outbox for m in voters)
    assert not any(e.event_type.startswith("poll.vot") for e in outbox)

    # Closing rewrites the ballots in random order with new IDs; the count stays the same.
    closed = await client.post(f"{API}/polls/{poll['id']}/close", headers=g.chair.headers)
    assert closed.status_code == 200, closed.text
    async with db() as session:
        after = list(await session.scalars(select(PollBallot)))
    assert sorted(b.choice or "" for b in after) == ["consent", "consent", "object"]
    assert not {b.id for b in after} & {b.id for b in ballots}


async def test_a_named_poll_keeps_each_vote_with_its_voter_and_lets_it_change(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    g = await group(db, app, size=1)
    poll = await opened(client, g)
    first, second = (o["id"] for o in poll["options"][:2])
    await vote(client, poll["id"], g.members[0], optionIds=[first])
    assert (await vote(client, poll["id"], g.members[0], optionIds=[second])).status_code == 200
    async with db() as session:
        ((person, chosen),) = (
            await session.execute(select(PollBallot.person_id, PollBallot.option_ids))
        ).all()
    assert (person, chosen) == (g.members[0].id, [second])

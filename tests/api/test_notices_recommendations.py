"""A response to a recommendation reaches every active member of the board that made it."""

from __future__ import annotations

from collections import Counter

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests import factories
from tests.api.notices_setup import people, queued
from tests.api.recommendations_setup import respond, submitted, team


async def test_the_boards_members_hear_the_response_by_name_and_outcome(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    left = await factories.person(db, t.org, name="Former member")
    await factories.membership(db, t.advisory, left, status="left")
    rid = await submitted(client, t, title="Longer visits")
    assert await queued(db) == []  # submitting is the board's own act
    response = await respond(
        client,
        t,
        rid,
        {"decision": "not_accepted", "reasons": "The visits hall is needed for education."},
    )
    assert response.status_code in (200, 201), response.text
    told = await queued(db, "recommendation_responded")
    assert people(told) == Counter({t.chair_person.id: 1, t.member_person.id: 1})
    message = told[0]
    assert message.subject == "Programme Board has responded to a recommendation of " + (
        "Lived Experience Team"
    )
    assert message.body is not None
    assert '"Longer visits"' in message.body
    assert "Not accepted." in message.body
    # The reasons are for Chorus, where who may read them is decided; not the inbox.
    assert "education" not in message.body

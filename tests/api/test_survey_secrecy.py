"""Anonymous surveys: nothing stored, audited, sent or served pairs a respondent with
what they answered."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.models import AuditEvent, OutboxEvent, SurveyRespondent, SurveyResponse
from tests import factories
from tests.api.polls_setup import API
from tests.api.surveys_setup import answers, board_group, open_survey, respond
from tests.graphql.helpers import gql, ok


async def test_no_column_time_or_record_links_a_respondent_to_an_answer(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    engine: AsyncEngine,
) -> None:
    g = await board_group(db, app)
    survey = await open_survey(client, g)
    given = [(4, 0, "Too rushed"), (2, 1, "Fine"), (5, 1, "More notice")]
    for who, (scale, option, text) in zip(g.members, given, strict=True):
        assert (
            await respond(client, survey, who, answers(survey, scale, option, text))
        ).status_code == 200

    async with engine.connect() as connection:
        columns = await connection.run_sync(
            lambda sync: {
                table: {c["name"] for c in inspect(sync).get_columns(table)}
                for table in ("survey_responses", "survey_respondents")
            }
        )
    # The only columns shared name the survey, or the person (set on named surveys'
    # responses only, null below); never a time or a row of the other table.
    shared = columns["survey_responses"] & columns["survey_respondents"]
    assert shared == {"id", "organisation_id", "survey_id", "person_id"}
    assert "created_at" not in columns["survey_responses"]
    assert not {"respondent_id", "response_id"} & (
        columns["survey_responses"] | columns["survey_respondents"]
    )

    people = {m.id for m in g.members}
    async with db() as session:
        responses = list(await session.scalars(select(SurveyResponse)))
        recorded = set(await session.scalars(select(SurveyRespondent.person_id)))
        audits = list(
            await session.scalars(select(AuditEvent).where(AuditEvent.action == "survey.responded"))
        )
        outbox = list(await session.scalars(select(OutboxEvent)))
    assert recorded == people
    assert all(r.person_id is None for r in responses)
    # Random IDs: a UUIDv7 would carry the moment of answering.
    assert {r.id.version for r in responses} == {4}
    assert {a.actor_id for a in audits} == people
    assert all(a.changed_fields == [] for a in audits)
    assert not any(str(m) in str(e.payload) for e in outbox for m in people)
    assert not any(e.event_type == "survey.responded" for e in outbox)

    # Closing writes the responses again in random order with new IDs; the answers stay.
    closed = await client.post(f"{API}/surveys/{survey['id']}/close", headers=g.coordinator.headers)
    assert closed.status_code == 200, closed.text
    async with db() as session:
        after = list(await session.scalars(select(SurveyResponse)))
    assert sorted(str(r.answers) for r in after) == sorted(str(r.answers) for r in responses)
    assert not {r.id for r in after} & {r.id for r in responses}

    # No route, REST or GraphQL, serves anyone who answered what (nor who answered).
    sid = survey["id"]
    for caller in (g.coordinator, g.members[0]):
        bodies = [
            (await client.get(f"{API}{path}", headers=caller.headers)).text
            for path in (
                f"/surveys/{sid}",
                f"/surveys/{sid}/results",
                f"/boards/{g.board.id}/surveys",
                "/me/surveys",
            )
        ]
        data = ok(
            await gql(
                client,
                caller,
                "query($id: UUID!) { survey(id: $id) { id answered respondentCount } "
                "surveyResults(id: $id) { questions { texts counts } } }",
                {"id": sid},
            )
        )
        bodies.append(str(data))
        for body in bodies:
            assert not any(str(m) in body for m in people), body
    results = (
        await client.get(f"{API}/surveys/{sid}/results", headers=g.coordinator.headers)
    ).json()
    assert results["questions"][2]["texts"] == ["Fine", "More notice", "Too rushed"]


async def test_a_partner_system_sees_no_survey(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    g = await board_group(db, app, size=1)
    survey = await open_survey(client, g)
    partner = factories.token_for(
        app, await factories.api_client(db, g.org, ["boards:read", "polls:read"])
    )
    for path in (f"/surveys/{survey['id']}", f"/boards/{g.board.id}/surveys"):
        assert (await client.get(f"{API}{path}", headers=partner.headers)).status_code == 403

"""Supervision records: private to the member, their supervisor and the safeguarding lead."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.models import AuditEvent, Organisation
from tests import factories
from tests.api.helpers import API, problem
from tests.factories import Caller
from tests.graphql.helpers import gql, ok

NOTES = "Struggling after the last prison visit; agreed a quieter month."


async def test_only_the_member_their_supervisor_and_the_lead_read_them(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    app: FastAPI,
    org: Organisation,
    coordinator: Caller,
    admin: Caller,
    member: Caller,
) -> None:
    subject = await factories.person(db, org)
    supervisor = await factories.person(db, org)
    lead = await factories.person(db, org)
    mine, theirs, leads = (factories.token_for(app, p) for p in (subject, supervisor, lead))
    path = f"{API}/people/{subject.id}/supervision-records"
    body = {"kind": "check_in", "heldOn": "2026-11-30", "notes": NOTES}
    # No supervisor named yet: nobody can record one.
    problem(await client.post(path, json=body, headers=mine.headers), 422)
    named = await client.put(
        f"{API}/people/{subject.id}/supervisor",
        json={"supervisorId": str(supervisor.id)},
        headers=coordinator.headers,
    )
    assert named.status_code == 200, named.text
    created = await client.post(path, json=body, headers=theirs.headers)
    assert created.status_code == 201, created.text
    assert created.headers["location"] == path
    problem(
        await client.put(
            f"{API}/support/safeguarding-lead",
            json={"safeguardingLeadId": str(lead.id)},
            headers=coordinator.headers,
        ),
        403,
    )
    assert (
        await client.put(
            f"{API}/support/safeguarding-lead",
            json={"safeguardingLeadId": str(lead.id)},
            headers=admin.headers,
        )
    ).status_code == 200
    for caller in (mine, theirs, leads):
        response = await client.get(path, headers=caller.headers)
        assert response.status_code == 200, response.text
        assert [r["notes"] for r in response.json()["items"]] == [NOTES]
    # Not even coordinators or administrators otherwise.
    for caller in (coordinator, admin, member):
        problem(await client.get(path, headers=caller.headers), 403)
    problem(await client.post(path, json=body, headers=coordinator.headers), 403)
    away = await factories.caller(db, app, await factories.organisation(db, "Away"), "member")
    problem(await client.get(path, headers=away.headers), 404)
    async with db() as session:
        rows = await session.scalars(
            select(AuditEvent).where(AuditEvent.action == "supervision_record.created")
        )
        (row,) = rows
        assert "notes" in row.changed_fields
        assert NOTES not in str(row.model_dump())


async def test_graphql_supervision(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    app: FastAPI,
    org: Organisation,
    coordinator: Caller,
) -> None:
    subject = await factories.person(db, org)
    supervisor = await factories.person(db, org)
    await client.put(
        f"{API}/people/{subject.id}/supervisor",
        json={"supervisorId": str(supervisor.id)},
        headers=coordinator.headers,
    )
    mine = factories.token_for(app, subject)
    added = ok(
        await gql(
            client,
            mine,
            "mutation($p: UUID!) { addSupervisionRecord(personId: $p, input: "
            '{kind: SUPERVISION, heldOn: "2026-11-02"}) { kind supervisorId } }',
            {"p": str(subject.id)},
        )
    )
    assert added["addSupervisionRecord"] == {
        "kind": "SUPERVISION",
        "supervisorId": str(supervisor.id),
    }
    query = (
        f'{{ supervisionRecords(personId: "{subject.id}") {{ edges {{ node {{ heldOn }} }} }} }}'
    )
    seen = ok(await gql(client, factories.token_for(app, supervisor), query))
    assert seen["supervisionRecords"]["edges"] == [{"node": {"heldOn": "2026-11-02"}}]
    denied = await gql(client, coordinator, query)
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"

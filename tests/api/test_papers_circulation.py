"""Circulation: who is entitled, fixed at the time, late ones with reasons, events."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests import factories
from tests.api.helpers import problem
from tests.api.papers_setup import (
    API,
    PDF,
    circulate,
    events,
    meeting,
    paper,
    recipients,
    seat_holder,
    setup,
)


async def test_papers_reach_members_seat_holders_and_those_named(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=3)
    holder = await seat_holder(db, s.org, s.meeting)
    await seat_holder(db, s.org, s.meeting, status="declined")
    extra = await factories.person(db, s.org, name="Guest")
    bystander = await factories.person(db, s.org, name="Not involved")
    gone = await factories.person(db, s.org, name="Deactivated", active=False)
    await factories.membership(db, s.board, gone)
    other_board = await factories.board(db, s.org)
    await factories.membership(db, other_board, bystander)
    first = await paper(client, s.coordinator, s.meeting.id)
    second = await paper(client, s.coordinator, s.meeting.id, classification="public")
    draft = await paper(client, s.coordinator, s.meeting.id, status="draft")

    response = await circulate(
        client, s.coordinator, s.meeting.id, extraRecipientIds=[str(extra.id), str(s.members[0].id)]
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert sorted(p["paperId"] for p in body["papers"]) == sorted([first["id"], second["id"]])
    assert body["late"] is False
    assert body["lateReason"] is None
    assert body["recipientCount"] == 5
    assert body["newRecipientCount"] == 10
    who = await recipients(client, s.coordinator, first["id"])
    assert {k: v["source"] for k, v in who.items()} == {
        **{str(m.id): "member" for m in s.members},
        str(holder.id): "seat",
        str(extra.id): "extra",
    }
    assert {r["status"] for r in who.values()} == {"new"}
    assert {r["circulatedVersion"] for r in who.values()} == {1}
    got = (await client.get(f"{API}/papers/{first['id']}", headers=s.coordinator.headers)).json()
    assert got["status"] == "circulated"
    assert got["circulatedLate"] is False
    assert got["circulatedAt"] is not None
    left_alone = await client.get(f"{API}/papers/{draft['id']}", headers=s.coordinator.headers)
    assert left_alone.json()["status"] == "draft"

    sent = await events(db, "paper.circulated")
    assert sorted(e["paperId"] for e in sent) == sorted([first["id"], second["id"]])
    assert all(e["recipientCount"] == 5 and e["late"] is False for e in sent)
    assert all(e["revision"] is False and e["version"] == 1 for e in sent)
    assert not any(str(extra.id) in str(e) for e in sent)  # who received it is not broadcast

    # The set was fixed: someone joining the board later does not have these papers...
    newcomer = await factories.person(db, s.org, name="Newcomer")
    await factories.membership(db, s.board, newcomer)
    assert str(newcomer.id) not in await recipients(client, s.coordinator, first["id"])
    # ...until a paper is circulated again, which adds only the new people.
    again = await circulate(client, s.coordinator, s.meeting.id, paperIds=[first["id"]])
    assert again.status_code == 201, again.text
    assert again.json()["newRecipientCount"] == 1
    assert str(newcomer.id) in await recipients(client, s.coordinator, first["id"])
    history = await client.get(
        f"{API}/meetings/{s.meeting.id}/circulations", headers=s.coordinator.headers
    )
    assert [len(c["papers"]) for c in history.json()["items"]] == [2, 1]
    # Nothing is left ready: asking again repeats what was sent, a conflict...
    # (no body: every ready paper, the body being optional)
    nothing = await client.post(
        f"{API}/meetings/{s.meeting.id}/circulations", headers=s.coordinator.headers
    )
    assert "already circulated" in problem(nothing, 409, "conflict")["detail"]
    # ...while a meeting that never had a paper ready breaks the rule.
    never = await circulate(client, s.coordinator, s.soon.id)
    assert "ready" in problem(never, 422, "rule-violation")["detail"]


async def test_a_late_circulation_needs_a_reason_and_is_marked_late(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=2)
    body = await paper(client, s.coordinator, s.soon.id)
    refused = await circulate(client, s.coordinator, s.soon.id)
    assert problem(refused, 422, "rule-violation")["errors"][0]["pointer"] == "/lateReason"
    assert await events(db, "paper.circulated") == []
    response = await circulate(
        client, s.coordinator, s.soon.id, lateReason="The finance figures came in on Friday."
    )
    assert response.status_code == 201, response.text
    assert response.json()["late"] is True
    assert response.json()["lateReason"] == "The finance figures came in on Friday."
    deadline = datetime.fromisoformat(response.json()["noticeDeadline"])
    assert deadline == s.soon.starts_at - timedelta(days=7)
    got = (await client.get(f"{API}/papers/{body['id']}", headers=s.coordinator.headers)).json()
    assert got["circulatedLate"] is True
    assert got["lateReason"] == "The finance figures came in on Friday."
    assert (await events(db, "paper.circulated"))[0]["late"] is True


async def test_an_embargo_lifting_after_the_deadline_makes_the_papers_late(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=1)
    lifts = (datetime.now(UTC) + timedelta(days=10)).isoformat()
    await paper(client, s.coordinator, s.meeting.id, embargoUntil=lifts)
    refused = await circulate(client, s.coordinator, s.meeting.id)
    assert problem(refused, 422)["errors"][0]["pointer"] == "/lateReason"
    ok = await circulate(client, s.coordinator, s.meeting.id, lateReason="Market sensitive")
    assert ok.json()["late"] is True


async def test_named_papers_must_be_ready_papers_of_the_meeting(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=1)
    draft = await paper(client, s.coordinator, s.meeting.id, status="draft")
    elsewhere = await paper(client, s.coordinator, s.soon.id)
    ready = await paper(client, s.coordinator, s.meeting.id)
    for ids, pointer in [
        ([ready["id"], draft["id"]], "/paperIds/1"),
        ([elsewhere["id"]], "/paperIds/0"),
    ]:
        response = await circulate(client, s.coordinator, s.meeting.id, paperIds=ids)
        assert problem(response, 422)["errors"][0]["pointer"] == pointer
    stranger = await factories.person(db, await factories.organisation(db))
    response = await circulate(
        client, s.coordinator, s.meeting.id, extraRecipientIds=[str(stranger.id)]
    )
    assert problem(response, 422)["errors"][0]["pointer"] == "/extraRecipientIds/0"
    response = await circulate(client, s.coordinator, s.meeting.id, paperIds=[ready["id"]])
    assert response.status_code == 201
    assert [p["paperId"] for p in response.json()["papers"]] == [ready["id"]]


async def test_nobody_entitled_is_refused(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=1)
    empty_board = await factories.board(db, s.org)
    empty = await meeting(db, empty_board, timedelta(days=20))
    await paper(client, s.coordinator, empty.id)
    problem(await circulate(client, s.coordinator, empty.id), 422, "rule-violation")


async def test_who_may_circulate(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=1)
    await paper(client, s.coordinator, s.meeting.id)
    problem(await circulate(client, s.member_callers[0], s.meeting.id), 403, "forbidden")
    outsider = await factories.caller(db, app, await factories.organisation(db), "coordinator")
    problem(await circulate(client, outsider, s.meeting.id), 404, "not-found")
    partner = factories.token_for(app, await factories.api_client(db, s.org, ["papers:write"]))
    assert (await circulate(client, partner, s.meeting.id)).status_code == 201
    problem(
        await client.get(
            f"{API}/meetings/{s.meeting.id}/circulations", headers=s.member_callers[0].headers
        ),
        403,
    )


async def test_recipients_acknowledge_and_see_what_changed(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=2)
    body = await paper(client, s.coordinator, s.meeting.id)
    await circulate(client, s.coordinator, s.meeting.id)
    reader, other = s.member_callers
    ack = f"{API}/papers/{body['id']}/acknowledgements"

    first = await client.post(ack, headers=reader.headers)
    assert first.status_code == 201, first.text
    assert first.json()["status"] == "acknowledged"
    assert first.headers["Location"] == f"{API}/papers/{body['id']}/recipients"
    assert first.json()["acknowledgedVersion"] == 1
    repeat = await client.post(ack, json={"version": 1}, headers=reader.headers)
    assert repeat.status_code == 200
    assert "Location" not in repeat.headers
    assert repeat.json()["acknowledgedAt"] == first.json()["acknowledgedAt"]
    acknowledged = await events(db, "paper.acknowledged")
    assert acknowledged == [
        {
            "paperId": body["id"],
            "meetingId": str(s.meeting.id),
            "recipientId": first.json()["id"],
            "personId": str(reader.id),
            "version": 1,
        }
    ]
    problem(await client.post(ack, headers=s.coordinator.headers), 403)  # not a recipient

    revised = await client.post(
        f"{API}/papers/{body['id']}/versions",
        data={"changeNote": "Added the appendix"},
        files={"file": ("p.pdf", PDF + b"% appendix\n")},
        headers=s.coordinator.headers,
    )
    assert revised.status_code == 201, revised.text
    rows = await recipients(client, s.coordinator, body["id"])
    assert rows[str(reader.id)]["status"] == "changed"
    assert rows[str(other.id)]["status"] == "new"
    assert {r["circulatedVersion"] for r in rows.values()} == {2}
    told = await events(db, "paper.circulated")
    assert [(e["revision"], e["version"], e["recipientCount"]) for e in told] == [
        (False, 1, 2),
        (True, 2, 2),
    ]
    stale = await client.post(ack, json={"version": 1}, headers=reader.headers)
    assert "version 2" in problem(stale, 409, "conflict")["detail"]
    again = await client.post(ack, json={"version": 2}, headers=reader.headers)
    assert again.status_code == 201
    assert again.json()["status"] == "acknowledged"


async def test_a_late_revision_needs_a_reason(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=1)
    body = await paper(client, s.coordinator, s.soon.id)
    await circulate(client, s.coordinator, s.soon.id, lateReason="Short notice meeting")
    path = f"{API}/papers/{body['id']}/versions"
    refused = await client.post(
        path,
        data={"changeNote": "Typo"},
        files={"file": ("p.pdf", PDF + b"%\n")},
        headers=s.coordinator.headers,
    )
    assert problem(refused, 422)["errors"][0]["pointer"] == "/lateReason"
    accepted = await client.post(
        path,
        data={"changeNote": "Typo", "lateReason": "Correction to figures"},
        files={"file": ("p.pdf", PDF + b"%\n")},
        headers=s.coordinator.headers,
    )
    assert accepted.status_code == 201, accepted.text
    history = await client.get(
        f"{API}/meetings/{s.soon.id}/circulations", headers=s.coordinator.headers
    )
    assert [(c["kind"], c["late"], c["lateReason"]) for c in history.json()["items"]] == [
        ("initial", True, "Short notice meeting"),
        ("revision", True, "Correction to figures"),
    ]

"""Recommendations over REST: the lifecycle and its rules."""

from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import AuditEvent
from app.db.types import utcnow
from tests.api.helpers import problem
from tests.api.recommendations_setup import (
    ACCEPTED,
    API,
    draft,
    events,
    respond,
    submit,
    submitted,
    team,
)
from tests.factories import Caller


async def _get(client: httpx.AsyncClient, rid: str, headers: dict[str, str]) -> dict[str, Any]:
    response = await client.get(f"{API}/recommendations/{rid}", headers=headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_from_draft_to_implemented_with_events_that_name_no_one(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    rec = await draft(client, t, rationale="Members said so", priority="high", topicTags=["Care"])
    assert rec["status"] == "draft"
    assert rec["addressedToBoardId"] == str(t.governance.id)  # the board it advises
    assert rec["topicTags"] == ["care"]
    assert rec["createdBy"] == str(t.member_person.id)  # people of the organisation see it
    sent = await submit(client, t, rec["id"])
    today = utcnow().date()
    assert sent["status"] == "submitted"
    assert sent["responseDueOn"] == (today + timedelta(days=28)).isoformat()
    assert sent["overdue"] is False

    answered = await respond(client, t, rec["id"])
    assert answered.status_code == 200, answered.text
    body = answered.json()
    assert (body["status"], body["decision"]) == ("responded", "accepted")
    assert body["responses"][0] | {"id": None, "submittedAt": None, "respondedAt": None} == {
        "id": None,
        "decision": "accepted",
        "reasons": None,
        "owner": "Director of Nursing",
        "targetDate": "2027-06-30",
        "revisitOn": None,
        "submittedAt": None,
        "responseDueOn": sent["responseDueOn"],
        "respondedAt": None,
        "onTime": True,
    }
    for status in ("in_progress", "in_progress", "implemented"):
        update = await client.post(
            f"{API}/recommendations/{rec['id']}/updates",
            json={"status": status, "note": f"Now {status}"},
            headers=t.partner.headers,
        )
        assert update.status_code == 201, update.text
        assert update.json()["notedOn"] == today.isoformat()
        listed = await client.get(update.headers["Location"], headers=t.partner.headers)
        assert update.json()["id"] in {u["id"] for u in listed.json()["items"]}
    done = await _get(client, rec["id"], t.partner.headers)
    assert done["status"] == "implemented"
    assert done["closedAt"] is not None
    updates = (
        await client.get(f"{API}/recommendations/{rec['id']}/updates", headers=t.reader.headers)
    ).json()["items"]
    assert [u["status"] for u in updates] == ["in_progress", "in_progress", "implemented"]

    submitted_events = await events(db, "recommendation.submitted")
    responded_events = await events(db, "recommendation.responded")
    assert [e["recommendationId"] for e in submitted_events] == [rec["id"]]
    assert responded_events[0]["decision"] == "accepted"
    assert responded_events[0]["onTime"] is True
    for payload in submitted_events + responded_events:
        text = str(payload)
        assert str(t.member_person.id) not in text
        assert str(t.chair_person.id) not in text
        assert "Peer support" not in text

    async with db() as session:
        trail = list(
            await session.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity_id == uuid.UUID(rec["id"]))
                .order_by(col(AuditEvent.id))
            )
        )
    assert [a.action for a in trail] == [
        "recommendation.created",
        "recommendation.submitted",
        "recommendation.responded",
        *["recommendation.progress_updated"] * 3,
    ]
    assert [a.actor_type for a in trail] == ["person", "person", *["client"] * 4]
    assert "decision" in trail[2].changed_fields
    assert not any("Director" in str(a.changed_fields) for a in trail)  # names, not values


@pytest.mark.parametrize(
    ("decision", "extra", "pointers"),
    [
        ("not_accepted", {}, ["/reasons"]),
        ("partly_accepted", {"reasons": "Cost"}, ["/owner", "/targetDate"]),
        ("accepted", {"owner": "Chief Nurse"}, ["/targetDate"]),
        ("deferred", {"reasons": "Budget round"}, ["/revisitOn"]),
        ("not_accepted", {"reasons": "No", "owner": "Someone"}, ["/owner"]),
        ("accepted", {**ACCEPTED, "revisitOn": "2030-01-01"}, ["/revisitOn"]),
    ],
)
async def test_a_response_carries_what_its_decision_needs(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    decision: str,
    extra: dict[str, Any],
    pointers: list[str],
) -> None:
    t = await team(db, app)
    rid = await submitted(client, t)
    refused = await respond(client, t, rid, {**extra, "decision": decision})
    body = problem(refused, 422, "rule-violation")
    assert [e["pointer"] for e in body["errors"]] == pointers
    assert (await _get(client, rid, t.partner.headers))["status"] == "submitted"
    assert await events(db, "recommendation.responded") == []


async def test_wrong_steps_are_409_naming_the_allowed_ones(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    rec = await draft(client, t)
    rid = rec["id"]
    # A partner system cannot see a draft at all (404 below); staff can, and are told why.
    staff = await client.post(
        f"{API}/recommendations/{rid}/response", json=ACCEPTED, headers=t.coordinator.headers
    )
    body = problem(staff, 409, "invalid-transition")
    assert body["allowed"] == ["submitted", "withdrawn"]

    await submit(client, t, rid)
    again = await client.post(f"{API}/recommendations/{rid}/submit", headers=t.chair.headers)
    assert problem(again, 409, "invalid-transition")["allowed"] == ["responded", "withdrawn"]
    not_yet = await client.post(
        f"{API}/recommendations/{rid}/updates",
        json={"status": "in_progress", "note": "Started"},
        headers=t.partner.headers,
    )
    assert problem(not_yet, 409, "invalid-transition")["allowed"] == ["responded", "withdrawn"]

    refusal = {"decision": "not_accepted", "reasons": "Not within our remit"}
    assert (await respond(client, t, rid, refusal)).status_code == 200
    closed = await client.post(
        f"{API}/recommendations/{rid}/updates",
        json={"status": "in_progress", "note": "Started"},
        headers=t.partner.headers,
    )
    body = problem(closed, 409, "invalid-transition")
    assert body["allowed"] == []
    assert "not accepted" in body["detail"]
    withdrawn = await client.post(f"{API}/recommendations/{rid}/withdraw", headers=t.chair.headers)
    assert problem(withdrawn, 409, "invalid-transition")["allowed"] == []


async def test_deferred_is_revisited_edited_and_resubmitted(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    rid = await submitted(client, t)
    later = (utcnow().date() + timedelta(days=90)).isoformat()
    deferral = {"decision": "deferred", "reasons": "After the budget", "revisitOn": later}
    deferred = (await respond(client, t, rid, deferral)).json()
    assert (deferred["status"], deferred["decision"], deferred["revisitOn"]) == (
        "responded",
        "deferred",
        later,
    )
    progress = await client.post(
        f"{API}/recommendations/{rid}/updates",
        json={"status": "in_progress", "note": "x"},
        headers=t.partner.headers,
    )
    assert problem(progress, 409, "invalid-transition")["allowed"] == ["submitted"]
    current = await client.get(f"{API}/recommendations/{rid}", headers=t.member.headers)
    edited = await client.patch(
        f"{API}/recommendations/{rid}",
        json={"body": "Now with costings"},
        headers={**t.member.headers, "If-Match": current.headers["etag"]},
    )
    assert edited.status_code == 200, edited.text
    resent = await submit(client, t, rid, responseDueOn=later)
    assert (resent["status"], resent["decision"], resent["responseDueOn"]) == (
        "submitted",
        None,
        later,
    )
    answered = (await respond(client, t, rid)).json()
    assert [r["decision"] for r in answered["responses"]] == ["deferred", "accepted"]
    assert [e["resubmission"] for e in await events(db, "recommendation.submitted")] == [
        False,
        True,
    ]


async def test_submitted_wording_is_frozen_but_evidence_may_grow(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    rid = await submitted(client, t)
    current = await client.get(f"{API}/recommendations/{rid}", headers=t.member.headers)
    headers = {**t.member.headers, "If-Match": current.headers["etag"]}
    frozen = await client.patch(
        f"{API}/recommendations/{rid}", json={"title": "X"}, headers=headers
    )
    problem(frozen, 409, "conflict")
    tagged = await client.patch(
        f"{API}/recommendations/{rid}", json={"topicTags": ["Housing"]}, headers=headers
    )
    assert tagged.status_code == 200, tagged.text
    assert tagged.json()["topicTags"] == ["housing"]
    stale = await client.patch(
        f"{API}/recommendations/{rid}", json={"topicTags": []}, headers=headers
    )
    problem(stale, 412)
    problem(
        await client.patch(
            f"{API}/recommendations/{rid}", json={"topicTags": []}, headers=t.member.headers
        ),
        428,
    )


async def test_only_officers_and_staff_re_link_themes_and_issues_once_submitted(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    themes = [
        await client.post(
            f"{API}/boards/{t.advisory.id}/themes",
            json={"name": name},
            headers=t.coordinator.headers,
        )
        for name in ("Discharge", "Housing")
    ]
    first, second = (r.json()["id"] for r in themes)
    rid = await submitted(client, t, themeIds=[first])
    path = f"{API}/recommendations/{rid}"

    async def relink(who: Caller, body: dict[str, Any]) -> httpx.Response:
        etag = (await client.get(path, headers=who.headers)).headers["etag"]
        return await client.patch(path, json=body, headers={**who.headers, "If-Match": etag})

    refused: list[dict[str, Any]] = [{"themeIds": [second]}, {"issueIds": []}]
    for body in refused:
        problem(await relink(t.member, body), 403, "forbidden")
    assert (await client.get(path, headers=t.member.headers)).json()["themeIds"] == [first]
    # Other supporting details stay open to any member.
    assert (await relink(t.member, {"topicTags": ["discharge"]})).status_code == 200
    for who, theme in ((t.chair, second), (t.coordinator, first)):
        relinked = await relink(who, {"themeIds": [theme]})
        assert relinked.status_code == 200, relinked.text
        assert relinked.json()["themeIds"] == [theme]


async def test_the_response_period_is_set_per_board(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    path = f"{API}/boards/{t.advisory.id}/recommendation-settings"
    assert (await client.get(path, headers=t.reader.headers)).json()["responseDueDays"] == 28
    problem(await client.put(path, json={"responseDueDays": 14}, headers=t.chair.headers), 403)
    problem(await client.put(path, json={"responseDueDays": 0}, headers=t.coordinator.headers), 422)
    for days in (14, 10):
        saved = await client.put(
            path, json={"responseDueDays": days}, headers=t.coordinator.headers
        )
        assert saved.json() == {"boardId": str(t.advisory.id), "responseDueDays": days}
    rec = await submit(client, t, (await draft(client, t))["id"])
    assert rec["responseDueOn"] == (utcnow().date() + timedelta(days=10)).isoformat()
    past = (utcnow().date() - timedelta(days=1)).isoformat()
    rid = (await draft(client, t))["id"]
    refused = await client.post(
        f"{API}/recommendations/{rid}/submit",
        json={"responseDueOn": past},
        headers=t.chair.headers,
    )
    assert problem(refused, 422)["errors"][0]["pointer"] == "/responseDueOn"


async def test_two_responses_at_once_one_wins_the_other_is_told_to_retry(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    rid = await submitted(client, t)
    refusal = {"decision": "not_accepted", "reasons": "No budget"}
    first, second = await asyncio.gather(respond(client, t, rid), respond(client, t, rid, refusal))
    assert sorted([first.status_code, second.status_code]) == [200, 409], (
        first.text,
        second.text,
    )
    final = await _get(client, rid, t.partner.headers)
    assert len(final["responses"]) == 1
    assert len(await events(db, "recommendation.responded")) == 1

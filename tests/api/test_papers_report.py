"""The on-time report per board, in JSON and CSV."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests import factories
from tests.api.helpers import check_csv_export, problem
from tests.api.papers_setup import API, circulate, meeting, paper, setup


async def test_the_report_counts_papers_on_time_late_and_missing(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=1)
    headers = s.coordinator.headers
    on_time = await paper(client, s.coordinator, s.meeting.id, title="Budget")
    await circulate(client, s.coordinator, s.meeting.id)
    late = await paper(client, s.coordinator, s.soon.id, title='=HYPERLINK("x")')
    await circulate(client, s.coordinator, s.soon.id, lateReason="Figures arrived late")
    overdue_meeting = await meeting(db, s.board, timedelta(days=2), "In two days")
    missing = await paper(client, s.coordinator, overdue_meeting.id, title="Never sent")
    await paper(client, s.coordinator, overdue_meeting.id, title="Draft", status="draft")
    pending_meeting = await meeting(db, s.board, timedelta(days=30), "Next quarter")
    await paper(client, s.coordinator, pending_meeting.id, title="Still in time")
    beyond = await meeting(db, s.board, timedelta(days=400), "Far away")
    await paper(client, s.coordinator, beyond.id)

    today = datetime.now(UTC).date()
    period = {"startsOn": str(today), "endsOn": str(today + timedelta(days=60))}
    response = await client.get(
        f"{API}/boards/{s.board.id}/papers/report", params=period, headers=headers
    )
    assert response.status_code == 200, response.text
    report = response.json()
    assert (report["onTime"], report["late"], report["notCirculated"], report["pending"]) == (
        1,
        1,
        1,
        1,
    )
    assert report["onTimeShare"] == round(1 / 3, 4)
    assert report["noticePeriodDays"] == 7
    by_title = {m["title"]: m for m in report["meetings"]}
    assert list(by_title) == ["In two days", "Next week", "Next month", "Next quarter"]
    assert by_title["Next week"]["latePapers"] == [
        {
            "paperId": late["id"],
            "title": '=HYPERLINK("x")',
            "outcome": "late",
            "circulatedAt": by_title["Next week"]["latePapers"][0]["circulatedAt"],
            "lateReason": "Figures arrived late",
        }
    ]
    assert [p["paperId"] for p in by_title["In two days"]["latePapers"]] == [missing["id"]]
    assert by_title["In two days"]["latePapers"][0]["outcome"] == "not_circulated"
    assert by_title["Next month"]["latePapers"] == []
    assert by_title["Next month"]["onTime"] == 1

    csv_response = await client.get(
        f"{API}/boards/{s.board.id}/papers/report.csv", params=period, headers=headers
    )
    check_csv_export(csv_response)
    assert "attachment" in csv_response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(csv_response.text)))
    assert {(r["paperId"], r["outcome"]) for r in rows} == {
        (on_time["id"], "on_time"),
        (late["id"], "late"),
        (missing["id"], "not_circulated"),
        (rows[-1]["paperId"], "pending"),
    }
    late_row = next(r for r in rows if r["paperId"] == late["id"])
    assert late_row["lateReason"] == "Figures arrived late"
    assert late_row["paperTitle"] == '\'=HYPERLINK("x")'  # not run as a formula


async def test_the_default_period_covers_the_year_to_today_and_the_meetings_ahead(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=1)
    await paper(client, s.coordinator, s.meeting.id, title="Still in time")
    await meeting(db, s.board, timedelta(days=120), "Beyond the default")
    response = await client.get(
        f"{API}/boards/{s.board.id}/papers/report", headers=s.coordinator.headers
    )
    body = response.json()
    today = datetime.now(UTC).date()
    assert date.fromisoformat(body["endsOn"]) == today + timedelta(days=90)
    assert date.fromisoformat(body["startsOn"]) == today - timedelta(days=365)
    # Both of the setup's meetings are still to come, and in the report.
    assert [m["title"] for m in body["meetings"]] == ["Next week", "Next month"]
    assert body["pending"] == 1
    assert body["onTimeShare"] is None
    bad = await client.get(
        f"{API}/boards/{s.board.id}/papers/report",
        params={"startsOn": "2026-05-01", "endsOn": "2026-01-01"},
        headers=s.coordinator.headers,
    )
    problem(bad, 422)


async def test_who_may_read_the_report(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=1)
    path = f"{API}/boards/{s.board.id}/papers/report"
    paused = factories.token_for(app, s.extras["paused"])
    problem(await client.get(path, headers=paused.headers), 403)
    other_board = await factories.board(db, s.org, "advisory", "Another board")
    problem(
        await client.get(
            f"{API}/boards/{other_board.id}/papers/report", headers=s.member_callers[0].headers
        ),
        403,
    )
    partner = factories.token_for(app, await factories.api_client(db, s.org, ["papers:read"]))
    assert (await client.get(path, headers=partner.headers)).status_code == 200
    assert (await client.get(f"{path}.csv", headers=partner.headers)).status_code == 200
    outsider = await factories.caller(db, app, await factories.organisation(db), "coordinator")
    problem(await client.get(path, headers=outsider.headers), 404)


async def test_a_member_sees_their_own_boards_figures_but_not_papers_they_may_not_read(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=1)
    overdue = await meeting(db, s.board, timedelta(days=2), "In two days")
    await paper(client, s.coordinator, overdue.id, title="Never sent")
    late = await paper(client, s.coordinator, s.soon.id, title="Sent late")
    await circulate(client, s.coordinator, s.soon.id, lateReason="Figures arrived late")
    path = f"{API}/boards/{s.board.id}/papers/report"
    staff = (await client.get(path, headers=s.coordinator.headers)).json()
    response = await client.get(path, headers=s.member_callers[0].headers)
    assert response.status_code == 200, response.text
    mine = response.json()
    tally = ("onTime", "late", "notCirculated", "pending", "onTimeShare")
    assert [mine[k] for k in tally] == [staff[k] for k in tally] == [0, 1, 1, 0, 0.0]
    listed = [p["title"] for m in mine["meetings"] for p in m["latePapers"]]
    # The paper never sent is counted; the member, who may not read it, is not shown it.
    assert listed == ["Sent late"]
    assert sorted(p["title"] for m in staff["meetings"] for p in m["latePapers"]) == [
        "Never sent",
        "Sent late",
    ]
    rows = list(
        csv.DictReader(
            io.StringIO((await client.get(f"{path}.csv", headers=s.member_callers[0].headers)).text)
        )
    )
    assert [r["paperId"] for r in rows] == [late["id"]]

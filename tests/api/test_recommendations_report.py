"""The "you said, we did" report: exact figures, CSV that spreadsheets cannot run, and SQL
that does not grow with the number of recommendations."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests.api.helpers import check_csv_export, problem
from tests.api.recommendations_setup import API, Team, draft, stored, submitted, team
from tests.support import StatementCounter


def _at(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(hour=12, tzinfo=UTC)


async def _january(db: async_sessionmaker[AsyncSession], t: Team) -> dict[str, str]:
    """Five recommendations first submitted in January 2026, and one in March."""
    made = {
        "accepted": await stored(
            db,
            t,
            title="A",
            submitted_at=_at("2026-01-05"),
            due_on=date(2026, 2, 2),
            status="responded",
            responses=[("accepted", _at("2026-01-20"))],  # 15 days, on time
        ),
        "refused": await stored(
            db,
            t,
            title="B",
            submitted_at=_at("2026-01-10"),
            due_on=date(2026, 2, 7),
            status="responded",
            responses=[("not_accepted", _at("2026-02-10"))],  # 31 days, late
        ),
        "waiting": await stored(
            db, t, title="C", submitted_at=_at("2026-01-15"), due_on=date(2026, 2, 12)
        ),  # unanswered and past due: counts as due, not on time
        "deferred": await stored(
            db,
            t,
            title="D",
            submitted_at=_at("2026-01-20"),
            due_on=date(2026, 2, 17),
            status="responded",
            responses=[("deferred", _at("2026-02-01"))],  # 12 days, on time
        ),
        "partly": await stored(
            db,
            t,
            title="G",
            submitted_at=_at("2026-01-25"),
            due_on=date(2026, 2, 22),
            status="in_progress",
            responses=[("partly_accepted", _at("2026-01-27"))],  # 2 days, on time
        ),
    }
    await stored(db, t, title="March", submitted_at=_at("2026-03-01"), due_on=date(2026, 3, 29))
    return {k: str(v) for k, v in made.items()}


async def test_the_report_counts_and_times_exactly(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    ids = await _january(db, t)
    await draft(client, t, title="Not yet sent")
    response = await client.get(
        f"{API}/boards/{t.advisory.id}/recommendations/report",
        params={"from": "2026-01-01", "to": "2026-01-31"},
        headers=t.reader.headers,
    )
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["total"] == 5
    assert report["byDecision"] == {
        "accepted": 1,
        "partlyAccepted": 1,
        "notAccepted": 1,
        "deferred": 1,
    }
    assert report["awaitingResponse"] == 1
    assert report["byStatus"]["inProgress"] == 1
    assert report["responses"] == 4
    assert report["medianDaysToResponse"] == 13.5  # of 2, 12, 15 and 31
    assert (report["answeredOnTime"], report["dueCount"]) == (3, 5)
    assert report["onTimeShare"] == 0.6
    items = {i["id"]: i for i in report["items"]}
    assert set(items) == set(ids.values())
    refused = items[ids["refused"]]
    assert (refused["decision"], refused["status"], refused["daysToResponse"]) == (
        "not_accepted",
        "responded",
        31,
    )
    assert refused["response"]["reasons"] == "Because"
    assert refused["response"]["onTime"] is False
    assert items[ids["waiting"]]["overdue"] is True
    assert items[ids["waiting"]]["response"] is None
    assert str(t.member_person.id) not in response.text  # no authors, even in the report

    # The governance board's view of the same: what it received.
    received = await client.get(
        f"{API}/boards/{t.governance.id}/recommendations/report",
        params={"from": "2026-01-01", "to": "2026-01-31"},
        headers=t.reader.headers,
    )
    assert received.json()["total"] == 5
    everything = await client.get(
        f"{API}/boards/{t.advisory.id}/recommendations/report", headers=t.member.headers
    )
    assert everything.json()["total"] == 6
    backwards = await client.get(
        f"{API}/boards/{t.advisory.id}/recommendations/report",
        params={"from": "2026-02-01", "to": "2026-01-01"},
        headers=t.reader.headers,
    )
    problem(backwards, 422)


async def test_an_empty_period_has_no_median_and_no_share(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    await submitted(client, t)  # not due yet: it cannot count against anyone
    report = (
        await client.get(
            f"{API}/boards/{t.advisory.id}/recommendations/report", headers=t.reader.headers
        )
    ).json()
    assert report["total"] == 1
    assert report["medianDaysToResponse"] is None
    assert report["onTimeShare"] is None
    assert report["dueCount"] == 0


async def test_the_csv_is_escaped_and_safe_to_open(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    nasty = '=HYPERLINK("http://evil.example","click"), and "quotes"\nnext line'
    await stored(
        db,
        t,
        title=nasty,
        submitted_at=_at("2026-01-05"),
        due_on=date(2026, 2, 2),
        status="responded",
        responses=[("deferred", _at("2026-01-06"))],
    )
    await stored(db, t, title="@SUM(A1)", submitted_at=_at("2026-01-06"), due_on=date(2026, 2, 2))
    await stored(db, t, title="-2+3", submitted_at=_at("2026-01-07"), due_on=date(2026, 2, 2))
    await stored(db, t, title="+cmd", submitted_at=_at("2026-01-08"), due_on=date(2026, 2, 2))
    path = f"{API}/boards/{t.advisory.id}/recommendations/report"
    by_query = await client.get(path, params={"format": "csv"}, headers=t.reader.headers)
    by_accept = await client.get(path, headers={**t.reader.headers, "Accept": "text/csv"})
    for response in (by_query, by_accept):
        check_csv_export(response)
        assert "attachment" in response.headers["content-disposition"]
    assert by_query.text == by_accept.text
    rows = list(csv.DictReader(io.StringIO(by_query.text)))
    assert [r["title"] for r in rows] == ["'" + nasty, "'@SUM(A1)", "'-2+3", "'+cmd"]
    assert rows[0]["decision"] == "deferred"
    assert rows[0]["reasons"] == "Because"
    assert rows[0]["daysToResponse"] == "1"
    assert rows[0]["answeredOnTime"] == "true"
    assert rows[1]["overdue"] == "true"
    assert rows[1]["decision"] == ""
    assert str(t.member_person.id) not in by_query.text


async def _statements_for(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
    count: int,
) -> tuple[int, int]:
    t = await team(db, app)
    start = datetime.now(UTC) - timedelta(days=60)
    for i in range(count):
        await stored(
            db,
            t,
            submitted_at=start + timedelta(hours=i),
            due_on=(start + timedelta(days=28)).date(),
            status="responded",
            responses=[("deferred", start + timedelta(days=1)), ("accepted", start)],
        )
    statements.reset()
    listed = await client.get(
        f"{API}/boards/{t.advisory.id}/recommendations",
        params={"limit": 100},
        headers=t.member.headers,
    )
    assert len(listed.json()["items"]) == count
    listing = statements.count
    statements.reset()
    report = await client.get(
        f"{API}/boards/{t.advisory.id}/recommendations/report", headers=t.reader.headers
    )
    assert report.json()["total"] == count
    return listing, statements.count


async def test_statement_counts_do_not_grow_with_recommendations(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
) -> None:
    small = await _statements_for(client, app, db, statements, 2)
    large = await _statements_for(client, app, db, statements, 40)
    assert large == small, statements.statements

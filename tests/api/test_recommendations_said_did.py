"""The "you said, we did" report entry by entry: what the board said, the response and its
reasons, every progress note dated and the days each step took, the same in JSON, CSV and
GraphQL, in statements that do not grow with the number of recommendations."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Recommendation, Theme
from app.db.types import utcnow
from tests.api.helpers import check_csv_export
from tests.api.recommendations_setup import API, Team, stored, team
from tests.graphql.helpers import gql, ok
from tests.support import StatementCounter

REPORT = """query($id: UUID!) { board(id: $id) { recommendationReport {
  items { id title body themes { id name } status decision daysToResponse daysToImplemented
    response { decision reasons }
    updates { notedOn status note reopened daysSinceResponse daysSincePrevious } } } } }"""


def _noon(day: date) -> datetime:
    return datetime.combine(day, time(12), UTC)


async def _themes(db: async_sessionmaker[AsyncSession], t: Team, *names: str) -> list[Theme]:
    async with db() as session:
        themes = [
            Theme(organisation_id=t.org.id, board_id=t.advisory.id, name=name) for name in names
        ]
        session.add_all(themes)
        await session.commit()
        return themes


async def _answered(
    db: async_sessionmaker[AsyncSession],
    t: Team,
    today: date,
    themes: list[Theme],
    body: str = "Offer a peer supporter at discharge.",
) -> uuid.UUID:
    """Submitted 40 days ago, partly accepted 8 days later (with reasons), under way."""
    rid = await stored(
        db,
        t,
        title="Peer support",
        submitted_at=_noon(today - timedelta(days=40)),
        due_on=today - timedelta(days=12),
        status="responded",
        responses=[("partly_accepted", _noon(today - timedelta(days=32)))],
    )
    async with db() as session:
        row = await session.get_one(Recommendation, rid)
        row.body = body
        row.theme_ids = [str(th.id) for th in themes]
        await session.commit()
    return rid


async def _note(
    client: httpx.AsyncClient, t: Team, rid: uuid.UUID, status: str, note: str, on: date
) -> None:
    response = await client.post(
        f"{API}/recommendations/{rid}/updates",
        json={"status": status, "note": note, "notedOn": on.isoformat()},
        headers=t.partner.headers,
    )
    assert response.status_code == 201, response.text


async def test_each_entry_says_what_was_said_and_what_was_done_and_how_long_it_took(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    today = utcnow().date()
    housing, discharge = await _themes(db, t, "Housing", "Discharge")
    rid = await _answered(db, t, today, [discharge, housing])
    await _note(client, t, rid, "in_progress", "Funding agreed.", today - timedelta(22))
    # Entered late, dated earlier: the report goes by the notes' dates.
    await _note(client, t, rid, "in_progress", "Bid written.", today - timedelta(27))
    await _note(client, t, rid, "implemented", "Two peer supporters in post.", today - timedelta(2))

    path = f"{API}/boards/{t.advisory.id}/recommendations/report"
    report = (await client.get(path, headers=t.reader.headers)).json()
    (item,) = report["items"]
    assert item["body"] == "Offer a peer supporter at discharge."  # the "you said"
    assert item["themes"] == [
        {"id": str(discharge.id), "name": "Discharge"},
        {"id": str(housing.id), "name": "Housing"},
    ]
    assert (item["decision"], item["response"]["reasons"]) == ("partly_accepted", "Because")
    assert item["daysToResponse"] == 8
    notes = [
        (u["notedOn"], u["status"], u["note"], u["daysSinceResponse"], u["daysSincePrevious"])
        for u in item["updates"]
    ]
    assert notes == [
        ((today - timedelta(27)).isoformat(), "in_progress", "Bid written.", 5, 5),
        ((today - timedelta(22)).isoformat(), "in_progress", "Funding agreed.", 10, 5),
        ((today - timedelta(2)).isoformat(), "implemented", "Two peer supporters in post.", 30, 20),
    ]
    assert item["daysToImplemented"] == 30

    # The same entry as CSV: a row for the recommendation, a line per note.
    exported = await client.get(path, params={"format": "csv"}, headers=t.reader.headers)
    header = check_csv_export(exported)
    assert {"body", "themes", "progressNotes", "daysToImplemented"} <= set(header)
    (row,) = list(csv.DictReader(io.StringIO(exported.text)))
    assert row["body"] == "Offer a peer supporter at discharge."
    assert row["themes"] == "Discharge; Housing"
    assert row["reasons"] == "Because"
    assert row["daysToResponse"] == "8"
    assert row["progressNotes"].split("\n") == [
        f"{today - timedelta(27)} in progress, 5 days after the response: Bid written.",
        f"{today - timedelta(22)} in progress, 10 days after the response: Funding agreed.",
        f"{today - timedelta(2)} implemented, 30 days after the response: "
        "Two peer supporters in post.",
    ]
    assert row["daysToImplemented"] == "30"

    # And over GraphQL, field for field.
    data = ok(await gql(client, t.coordinator, REPORT, {"id": str(t.advisory.id)}))
    (node,) = data["board"]["recommendationReport"]["items"]
    assert node["body"] == item["body"]
    assert node["themes"] == item["themes"]
    assert node["response"] == {"decision": "PARTLY_ACCEPTED", "reasons": "Because"}
    assert (node["daysToResponse"], node["daysToImplemented"]) == (8, 30)
    assert [
        (u["notedOn"], u["note"], u["daysSinceResponse"], u["daysSincePrevious"])
        for u in node["updates"]
    ] == [(n[0], n[2], n[3], n[4]) for n in notes]
    assert [u["status"] for u in node["updates"]] == ["IN_PROGRESS", "IN_PROGRESS", "IMPLEMENTED"]


async def test_a_cell_that_starts_a_note_cannot_start_a_formula(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    today = utcnow().date()
    (theme,) = await _themes(db, t, "=HYPERLINK(1)")
    rid = await _answered(db, t, today, [theme], body="@SUM(A1)")
    await _note(client, t, rid, "in_progress", "=cmd|' /C calc'!A0", today)
    exported = await client.get(
        f"{API}/boards/{t.advisory.id}/recommendations/report",
        params={"format": "csv"},
        headers=t.reader.headers,
    )
    (row,) = list(csv.DictReader(io.StringIO(exported.text)))
    assert (row["body"], row["themes"]) == ("'@SUM(A1)", "'=HYPERLINK(1)")
    assert row["progressNotes"].startswith(today.isoformat())


async def _statements(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
    count: int,
) -> dict[str, int]:
    t = await team(db, app)
    today = utcnow().date()
    themes = await _themes(db, t, "A", "B")
    for i in range(count):
        rid = await _answered(db, t, today, themes[: 1 + i % 2])
        await _note(client, t, rid, "in_progress", "Started", today - timedelta(days=5))
        await _note(client, t, rid, "implemented", "Done", today)
    path = f"{API}/boards/{t.advisory.id}/recommendations/report"
    asks: dict[str, Any] = {
        "json": lambda: client.get(path, headers=t.reader.headers),
        "csv": lambda: client.get(path, params={"format": "csv"}, headers=t.reader.headers),
        "graphql": lambda: gql(client, t.coordinator, REPORT, {"id": str(t.advisory.id)}),
    }
    counts = {}
    for name, ask in asks.items():
        statements.reset()
        answer = await ask()
        counts[name] = statements.count
        if name == "graphql":
            items = ok(answer)["board"]["recommendationReport"]["items"]
            assert len(items) == count
            assert all(len(i["updates"]) == 2 and i["themes"] for i in items)
        else:
            assert answer.status_code == 200
    return counts


async def test_the_report_costs_the_same_statements_for_2_or_30_recommendations(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
) -> None:
    small = await _statements(client, app, db, statements, 2)
    large = await _statements(client, app, db, statements, 30)
    assert large == small, statements.statements

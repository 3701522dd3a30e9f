"""An organisation with a member, a coordinator, finance staff and a meeting, and helpers
to make, submit and approve claims over REST, for the expenses tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.models import Attendance, Board, Meeting, Organisation, OutboxEvent, Person
from app.domain.expenses.judging import uk_today
from tests import factories
from tests.factories import Caller

API = "/api/v1"

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 64
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"


@dataclass
class Office:
    org: Organisation
    board: Board
    meeting: Meeting
    member: Person
    other_member: Person
    coordinator: Caller
    finance: Caller
    app: FastAPI

    def as_(self, person: Person) -> Caller:
        return factories.token_for(self.app, person)

    @property
    def claimant(self) -> Caller:
        return self.as_(self.member)


async def office(db: async_sessionmaker[AsyncSession], app: FastAPI) -> Office:
    org = await factories.organisation(db, "Expenses")
    board = await factories.board(db, org, name="Lived Experience Team")
    member = await factories.person(db, org, "member", name="Member One")
    other = await factories.person(db, org, "member", name="Member Two")
    # Attendance is recorded only for the board's members (and seat holders, guests).
    for person in (member, other):
        await factories.membership(db, board, person)
    coordinator = await factories.caller(db, app, org, "coordinator")
    finance = await factories.caller(db, app, org, "finance")
    meeting = await meeting_on(db, board, uk_today(), present=(member, other))
    return Office(org, board, meeting, member, other, coordinator, finance, app)


async def meeting_on(
    db: async_sessionmaker[AsyncSession],
    board: Board,
    day: date,
    status: str = "held",
    present: tuple[Person, ...] = (),
) -> Meeting:
    """A meeting on ``day``; ``present`` are recorded as attending, which an involvement
    payment for it needs."""
    starts = datetime(day.year, day.month, day.day, 10, tzinfo=UTC)
    async with db() as session:
        meeting = Meeting(
            organisation_id=board.organisation_id,
            board_id=board.id,
            title=f"Meeting {day}",
            starts_at=starts,
            ends_at=starts + timedelta(hours=2),
            status=status,
        )
        session.add(meeting)
        await session.flush()
        session.add_all(
            Attendance(
                organisation_id=board.organisation_id,
                meeting_id=meeting.id,
                person_id=person.id,
                status="present",
            )
            for person in present
        )
        await session.commit()
        return meeting


def today(days_ago: int = 0) -> str:
    return (uk_today() - timedelta(days=days_ago)).isoformat()


def line(category: str, amount: int | None = None, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "category": category,
        "expenseDate": extra.pop("expenseDate", today()),
        "description": extra.pop("description", category.replace("_", " ")),
        **extra,
    }
    if amount is not None:
        body["amountPence"] = amount
    return body


async def make_claim(
    client: httpx.AsyncClient, caller: Caller, *items: dict[str, Any], **extra: Any
) -> dict[str, Any]:
    response = await client.post(
        f"{API}/expense-claims", json={"items": list(items), **extra}, headers=caller.headers
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def step(
    client: httpx.AsyncClient,
    caller: Caller,
    claim_id: str,
    action: str,
    body: dict[str, Any] | None = None,
    status: int = 200,
) -> dict[str, Any]:
    response = await client.post(
        f"{API}/expense-claims/{claim_id}/{action}", json=body, headers=caller.headers
    )
    assert response.status_code == status, response.text
    result: dict[str, Any] = response.json()
    return result


async def approved_claim(
    client: httpx.AsyncClient, o: Office, *items: dict[str, Any], person: Person | None = None
) -> dict[str, Any]:
    claimant = o.as_(person or o.member)
    claim = await make_claim(client, claimant, *(items or (line("public_transport", 1_250),)))
    await step(client, claimant, claim["id"], "submit")
    return await step(client, o.finance, claim["id"], "approve")


async def set_preferences(
    client: httpx.AsyncClient, caller: Caller, person_id: object, **body: Any
) -> dict[str, Any]:
    path = f"{API}/people/{person_id}/payment-preferences"
    current = await client.get(path, headers=caller.headers)
    assert current.status_code == 200, current.text
    headers = dict(caller.headers)
    if "etag" in current.headers:
        headers["If-Match"] = current.headers["etag"]
    body.setdefault("declinesInvolvementPayments", current.json()["declinesInvolvementPayments"])
    response = await client.put(path, json=body, headers=headers)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


async def upload(
    client: httpx.AsyncClient,
    caller: Caller,
    claim_id: str,
    content: bytes = JPEG,
    name: str = "receipt.jpg",
    item_id: str | None = None,
) -> httpx.Response:
    return await client.post(
        f"{API}/expense-claims/{claim_id}/receipts",
        files={"file": (name, content, "application/octet-stream")},
        data={"itemId": item_id} if item_id else None,
        headers=caller.headers,
    )


async def events(db: async_sessionmaker[AsyncSession], event_type: str) -> list[dict[str, Any]]:
    async with db() as session:
        rows = await session.scalars(
            select(OutboxEvent).where(OutboxEvent.event_type == event_type).order_by(OutboxEvent.id)  # type: ignore[arg-type]
        )
        return [e.payload for e in rows]


async def count(db: async_sessionmaker[AsyncSession], model: type[Any], *where: Any) -> int:
    async with db() as session:
        value = await session.scalar(select(func.count()).select_from(model).where(*where))
        return int(value or 0)

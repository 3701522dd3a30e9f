"""A board with members, a coordinator and meetings, and real files to upload, for the
paper tests."""

from __future__ import annotations

import io
import struct
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.api.state import AppState
from app.db.models import Board, Meeting, Organisation, Person, SeatAssignment
from tests import factories
from tests.factories import Caller

API = "/api/v1"
PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
TEXT = b"Minutes of the last meeting. Actions carried forward: two.\n"


def zip_bytes(entries: list[tuple[str, bytes]], *, stored_first: bool = False) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for index, (name, data) in enumerate(entries):
            method = zipfile.ZIP_STORED if stored_first and index == 0 else zipfile.ZIP_DEFLATED
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=method)
    return out.getvalue()


def ooxml(main_part: str) -> bytes:
    return zip_bytes(
        [
            ("[Content_Types].xml", b"<Types/>"),
            ("_rels/.rels", b"<Relationships/>"),
            (main_part, b"<document/>"),
        ]
    )


def odf(media_type: str) -> bytes:
    return zip_bytes(
        [("mimetype", media_type.encode()), ("content.xml", b"<office:document/>")],
        stored_first=True,
    )


def as_zip64(archive: bytes, keep: int = 56) -> bytes:
    """The archive with zip64 end records, as writers use past 4 GiB, its zip64 end record
    cut to ``keep`` bytes (56 is whole)."""
    body, end = archive[:-22], archive[-22:]  # zipfile writes no archive comment
    entries, cd_size, cd_offset = struct.unpack_from("<10xHII", end)
    record = b"PK\x06\x06" + struct.pack(
        "<QHHIIQQQQ", 44, 45, 45, 0, 0, entries, entries, cd_size, cd_offset
    )
    locator = b"PK\x06\x07" + struct.pack("<IQI", 0, len(body), 1)
    masked = struct.pack(
        "<4sHHHHIIH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0
    )
    return body + record[:keep] + locator + masked


DOCX = ooxml("word/document.xml")
XLSX = ooxml("xl/workbook.xml")
PPTX = ooxml("ppt/presentation.xml")
ODT = odf("application/vnd.oasis.opendocument.text")
OLE2 = bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 504
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@dataclass
class Setup:
    org: Organisation
    board: Board
    members: list[Person]
    member_callers: list[Caller]
    coordinator: Caller
    meeting: Meeting  # far enough ahead that circulating now is on time
    soon: Meeting  # inside the notice period: circulating now is late
    extras: dict[str, Any] = field(default_factory=dict)


async def meeting(
    db: async_sessionmaker[AsyncSession], board: Board, starts_in: timedelta, title: str = "Meeting"
) -> Meeting:
    starts = datetime.now(UTC).replace(microsecond=0) + starts_in
    async with db() as session:
        record = Meeting(
            organisation_id=board.organisation_id,
            board_id=board.id,
            title=title,
            starts_at=starts,
            ends_at=starts + timedelta(hours=2),
        )
        session.add(record)
        await session.commit()
        return record


async def setup(db: async_sessionmaker[AsyncSession], app: FastAPI, size: int = 3) -> Setup:
    """A board with a 7-day notice period, ``size`` active members, a paused one, and
    meetings 14 and 3 days ahead."""
    org = await factories.organisation(db)
    board = await factories.board(db, org, "advisory", "Lived Experience Team")
    members = [await factories.person(db, org, name=f"Member {i}") for i in range(size)]
    for person in members:
        await factories.membership(db, board, person)
    paused = await factories.person(db, org, name="Paused")
    await factories.membership(db, board, paused, status="paused")
    coordinator = await factories.caller(db, app, org, "coordinator")
    return Setup(
        org=org,
        board=board,
        members=members,
        member_callers=[factories.token_for(app, p) for p in members],
        coordinator=coordinator,
        meeting=await meeting(db, board, timedelta(days=14), "Next month"),
        soon=await meeting(db, board, timedelta(days=3), "Next week"),
        extras={"paused": paused},
    )


async def seat_holder(
    db: async_sessionmaker[AsyncSession], org: Organisation, at: Meeting, status: str = "assigned"
) -> Person:
    """Someone holding a seat at the meeting (on a governance board, say)."""
    from app.db.models import Seat

    person = await factories.person(db, org, name="Seat holder")
    advisory = await factories.board(db, org, "advisory")
    async with db() as session:
        seat = Seat(
            organisation_id=org.id,
            advisory_board_id=advisory.id,
            governance_board_id=at.board_id,
            name="Seat",
            kind="rotating",
        )
        session.add(seat)
        await session.flush()
        session.add(
            SeatAssignment(
                organisation_id=org.id,
                seat_id=seat.id,
                meeting_id=at.id,
                person_id=person.id,
                status=status,
            )
        )
        await session.commit()
    return person


async def upload(
    client: httpx.AsyncClient,
    caller: Caller,
    meeting_id: uuid.UUID,
    content: bytes = PDF,
    filename: str = "paper.pdf",
    headers: dict[str, str] | None = None,
    **fields: Any,
) -> httpx.Response:
    data = {"title": "Programme board papers", **fields}
    return await client.post(
        f"{API}/meetings/{meeting_id}/papers",
        data=data,
        files={"file": (filename, content, "application/octet-stream")},
        headers={**caller.headers, **(headers or {})},
    )


async def paper(
    client: httpx.AsyncClient,
    caller: Caller,
    meeting_id: uuid.UUID,
    content: bytes = PDF,
    filename: str = "paper.pdf",
    **fields: str,
) -> dict[str, Any]:
    response = await upload(client, caller, meeting_id, content, filename, None, **fields)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def circulate(
    client: httpx.AsyncClient, caller: Caller, meeting_id: uuid.UUID, **body: Any
) -> httpx.Response:
    return await client.post(
        f"{API}/meetings/{meeting_id}/circulations", json=body, headers=caller.headers
    )


def stored_files(app: FastAPI) -> list[str]:
    """Every file in the local store, temporary ones included."""
    state: AppState = app.state.chorus
    root = state.settings.data_dir / "files"
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


async def events(db: async_sessionmaker[AsyncSession], event_type: str) -> list[dict[str, Any]]:
    from sqlmodel import col, select

    from app.db.models import OutboxEvent

    async with db() as session:
        rows = await session.scalars(
            select(OutboxEvent)
            .where(OutboxEvent.event_type == event_type)
            .order_by(col(OutboxEvent.id))
        )
        return [dict(r.payload) for r in rows]


async def recipients(
    client: httpx.AsyncClient, caller: Caller, paper_id: str
) -> dict[str, dict[str, Any]]:
    """Recipient rows of a paper by person ID."""
    response = await client.get(
        f"{API}/papers/{paper_id}/recipients", params={"limit": 100}, headers=caller.headers
    )
    assert response.status_code == 200, response.text
    return {r["personId"]: r for r in response.json()["items"]}


async def walk_paper(
    client: httpx.AsyncClient, headers: dict[str, str], meeting_id: uuid.UUID
) -> uuid.UUID:
    """A paper for the route walk, uploaded as any client would."""
    response = await client.post(
        f"{API}/meetings/{meeting_id}/papers",
        data={"title": "Walk paper"},
        files={"file": ("walk.pdf", PDF)},
        headers=headers,
    )
    assert response.status_code == 201, response.text
    return uuid.UUID(response.json()["id"])

"""Uploading papers: streamed multipart, the type read from the content, the size limit."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from datetime import timedelta

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.models import AgendaItem, Paper
from app.settings import Settings
from tests import factories
from tests.api.helpers import problem
from tests.api.papers_setup import (
    API,
    DOCX,
    ODT,
    OLE2,
    PDF,
    PNG,
    PPTX,
    TEXT,
    XLSX,
    as_zip64,
    meeting,
    paper,
    setup,
    stored_files,
    upload,
)

LIMIT = 64 * 1024


@pytest.fixture
def settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"paper_max_bytes": LIMIT})


async def _paper_count(db: async_sessionmaker[AsyncSession]) -> int:
    async with db() as session:
        return int(await session.scalar(select(func.count()).select_from(Paper)) or 0)


async def test_a_coordinator_uploads_a_paper_and_reads_it_back(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app)
    response = await upload(
        client,
        s.coordinator,
        s.meeting.id,
        PDF,
        "Board pack \u2013 März.pdf",
        classification="official_sensitive",
        accessibleVersionUrl="https://example.org/easy-read.pdf",
        embargoUntil="2030-01-01T09:00:00Z",
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert response.headers["location"] == f"{API}/papers/{body['id']}"
    assert body["title"] == "Programme board papers"
    assert body["classification"] == "official_sensitive"
    assert body["status"] == "ready"
    assert body["embargoUntil"] == "2030-01-01T09:00:00Z"
    assert body["accessibleVersionUrl"] == "https://example.org/easy-read.pdf"
    file = body["currentVersion"]
    assert file["number"] == 1
    assert file["mediaType"] == "application/pdf"
    assert file["sizeBytes"] == len(PDF)
    assert file["sha256"] == hashlib.sha256(PDF).hexdigest()
    assert file["filename"] == "Board pack \u2013 März.pdf"

    content = await client.get(f"{API}/papers/{body['id']}/content", headers=s.coordinator.headers)
    assert content.status_code == 200
    assert content.content == PDF
    assert content.headers["content-type"] == "application/pdf"
    assert content.headers["etag"] == f'"{file["sha256"]}"'
    assert content.headers["content-disposition"].startswith("inline; ")
    assert (
        "filename*=UTF-8''Board%20pack%20%E2%80%93%20M%C3%A4rz.pdf"
        in (content.headers["content-disposition"])
    )
    assert content.headers["x-content-type-options"] == "nosniff"
    cached = await client.get(
        f"{API}/papers/{body['id']}/content",
        headers={**s.coordinator.headers, "If-None-Match": content.headers["etag"]},
    )
    assert cached.status_code == 304
    assert cached.content == b""
    # Stored once, under its digest.
    assert stored_files(app) == [f"sha256/{file['sha256'][:2]}/{file['sha256']}"]


@pytest.mark.parametrize(
    ("content", "filename", "media_type", "stored_name"),
    [
        (DOCX, "report.docx", "wordprocessingml.document", "report.docx"),
        (XLSX, "budget.xlsx", "spreadsheetml.sheet", "budget.xlsx"),
        (PPTX, "slides.pptx", "presentationml.presentation", "slides.pptx"),
        (ODT, "notes.odt", "opendocument.text", "notes.odt"),
        (OLE2, "old.doc", "application/msword", "old.doc"),
        (OLE2, "old.xls", "application/vnd.ms-excel", "old.xls"),
        (TEXT, "agenda.txt", "text/plain; charset=utf-8", "agenda.txt"),
        (b"name,count\nA,1\n", "figures.csv", "text/csv; charset=utf-8", "figures.csv"),
        (TEXT, "agenda", "text/plain; charset=utf-8", "agenda.txt"),
        (DOCX, "C:\\fakepath\\report", "wordprocessingml.document", "report.docx"),
        (as_zip64(DOCX), "big.docx", "wordprocessingml.document", "big.docx"),
    ],
)
async def test_the_type_is_read_from_the_content(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    content: bytes,
    filename: str,
    media_type: str,
    stored_name: str,
) -> None:
    s = await setup(db, app, size=1)
    body = await paper(client, s.coordinator, s.meeting.id, content, filename)
    assert media_type in body["currentVersion"]["mediaType"]
    assert body["currentVersion"]["filename"] == stored_name
    got = await client.get(f"{API}/papers/{body['id']}/content", headers=s.coordinator.headers)
    assert got.content == content
    assert media_type in got.headers["content-type"]


@pytest.mark.parametrize(
    ("content", "filename", "says"),
    [
        (PDF, "minutes.docx", "content is a PDF document, but its name ends in .docx"),
        (DOCX, "minutes.pdf", "content is a Word document, but its name ends in .pdf"),
        (PNG, "photo.pdf", "not accepted"),
        (PNG, "photo.png", "not accepted"),
        (b"MZ\x90\x00" + b"\x00" * 100, "setup.exe", "not accepted"),
        (OLE2, "legacy", "name it .doc, .xls or .ppt"),
        (b"\xff\xfe" + "caf\u00e9".encode("utf-16-le"), "latin.txt", "not accepted"),
        (b"", "empty.pdf", "empty"),
        (PDF, "paper.exe", "name does not say so"),
        (as_zip64(DOCX, keep=12), "cut.docx", "damaged or truncated zip"),
        (as_zip64(DOCX, keep=30), "cut.docx", "damaged or truncated zip"),
        (as_zip64(ODT, keep=12), "cut.odt", "damaged or truncated zip"),
    ],
)
async def test_files_that_are_not_what_they_claim_are_refused_and_nothing_is_kept(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    content: bytes,
    filename: str,
    says: str,
) -> None:
    s = await setup(db, app, size=1)
    response = await upload(client, s.coordinator, s.meeting.id, content, filename)
    body = problem(response, 422, "rule-violation")
    assert body["errors"][0]["pointer"] == "/file"
    assert says in body["detail"], body
    assert stored_files(app) == []
    assert await _paper_count(db) == 0


def _multipart(boundary: str, fields: dict[str, str], file_size: int) -> AsyncIterator[bytes]:
    async def parts() -> AsyncIterator[bytes]:
        for name, value in fields.items():
            yield (
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
            ).encode()
        yield (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
            'filename="big.txt"\r\nContent-Type: text/plain\r\n\r\n'
        ).encode()
        for _ in range(file_size // 8192):
            yield b"a" * 8192
        yield f"\r\n--{boundary}--\r\n".encode()

    return parts()


async def test_a_file_over_the_limit_is_413_and_nothing_is_kept(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=1)
    # Declared too large: refused before the file is read.
    declared = await upload(client, s.coordinator, s.meeting.id, b"a" * (LIMIT * 3), "big.txt")
    assert "limit of 65,536 bytes" in problem(declared, 413, "payload-too-large")["detail"]
    # No Content-Length (chunked): counted as it streams, refused at the limit.
    streamed = await client.post(
        f"{API}/meetings/{s.meeting.id}/papers",
        content=_multipart("b0undary", {"title": "Big"}, LIMIT * 2),
        headers={
            **s.coordinator.headers,
            "Content-Type": "multipart/form-data; boundary=b0undary",
        },
    )
    assert "content-length" not in streamed.request.headers
    problem(streamed, 413, "payload-too-large")
    assert stored_files(app) == []
    assert await _paper_count(db) == 0
    # Exactly at the limit is fine.
    await paper(client, s.coordinator, s.meeting.id, b"a" * LIMIT, "limit.txt")


async def test_fields_are_checked_before_the_file_is_stored(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=1)
    other = await meeting(db, s.board, timedelta(days=30))
    async with db() as session:
        item = AgendaItem(organisation_id=s.org.id, meeting_id=other.id, position=1, title="X")
        session.add(item)
        await session.commit()
    cases = [
        ({"title": ""}, "/title"),
        ({"classification": "secret"}, "/classification"),
        ({"embargoUntil": "tomorrow"}, "/embargoUntil"),
        ({"accessibleVersionUrl": "not a url"}, "/accessibleVersionUrl"),
        ({"colour": "red"}, "/colour"),
        ({"status": "circulated"}, "/status"),
        ({"agendaItemId": str(item.id)}, "/agendaItemId"),
    ]
    for fields, pointer in cases:
        response = await upload(client, s.coordinator, s.meeting.id, PDF, "p.pdf", None, **fields)
        assert response.status_code == 422, (fields, response.text)
        assert [e.get("pointer") for e in response.json()["errors"]] == [pointer], fields
    assert stored_files(app) == []
    no_file = await client.post(
        f"{API}/meetings/{s.meeting.id}/papers",
        data={"title": "No file"},
        files={"other": ("x.pdf", PDF)},
        headers=s.coordinator.headers,
    )
    assert problem(no_file, 422)["errors"][0]["pointer"] == "/other"
    not_multipart = await client.post(
        f"{API}/meetings/{s.meeting.id}/papers", json={"title": "x"}, headers=s.coordinator.headers
    )
    assert problem(not_multipart, 422)["errors"][0]["pointer"] == "/file"


async def test_an_agenda_item_of_the_meeting_is_linked(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=1)
    async with db() as session:
        item = AgendaItem(organisation_id=s.org.id, meeting_id=s.meeting.id, position=1, title="Y")
        session.add(item)
        await session.commit()
    easy = await paper(client, s.coordinator, s.meeting.id, TEXT, "easy-read.txt")
    body = await paper(
        client,
        s.coordinator,
        s.meeting.id,
        agendaItemId=str(item.id),
        accessibleVersionPaperId=easy["id"],
        status="draft",
    )
    assert body["agendaItemId"] == str(item.id)
    assert body["accessibleVersionPaperId"] == easy["id"]
    assert body["status"] == "draft"


async def test_who_may_upload(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=1)
    problem(await upload(client, s.member_callers[0], s.meeting.id), 403, "forbidden")
    reader = factories.token_for(app, await factories.api_client(db, s.org, ["papers:read"]))
    problem(await upload(client, reader, s.meeting.id), 403, "forbidden")
    partner = factories.token_for(app, await factories.api_client(db, s.org, ["papers:write"]))
    assert (await upload(client, partner, s.meeting.id)).status_code == 201
    outsider = await factories.caller(db, app, await factories.organisation(db), "coordinator")
    problem(await upload(client, outsider, s.meeting.id), 404, "not-found")

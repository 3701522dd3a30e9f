"""Post: a coordinator sees who gets what by post for a board, and confirms posting."""

from __future__ import annotations

import io
import uuid

import httpx
from fastapi import FastAPI
from fpdf import FPDF
from pypdf import PdfReader
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import AuditEvent, NotificationPreference
from app.domain.notifications import outbox
from tests import factories
from tests.api import papers_setup
from tests.api.helpers import API, problem
from tests.integrations.smtp_server import mailer, smtp_server
from tests.integrations.test_mail_delivery import VALUES

ADDRESS = "HMP Example, 1 Gate Road, Exampletown EX1 1AA"


async def test_a_postal_letter_waits_in_the_boards_print_queue_until_posted(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    org = await factories.organisation(db)
    board = await factories.board(db, org)
    by_post = await factories.person(db, org, name="Pat Post")
    by_email = await factories.person(db, org)
    for person in (by_post, by_email):
        await factories.membership(db, board, person)
    async with db() as session:
        session.add(
            NotificationPreference(
                organisation_id=org.id, person_id=by_post.id, channel="post", postal_address=ADDRESS
            )
        )
        for person in (by_post, by_email):
            outbox.enqueue(session, person, "term_ending", VALUES)
        await session.commit()
    with smtp_server() as (inbox, port):
        assert await mailer(db, port).run_once() == 1  # the email; the letter waits
    assert len(inbox.messages) == 1

    coordinator = await factories.caller(db, app, org, "coordinator")
    member = factories.token_for(app, by_email)
    path = f"{API}/boards/{board.id}/print-queue"
    problem(await client.get(path, headers=member.headers), 403)
    listed = await client.get(path, headers=coordinator.headers)
    assert listed.status_code == 200, listed.text
    (letter,) = listed.json()["items"]
    assert letter["personId"] == str(by_post.id)
    assert letter["displayName"] == "Pat Post"
    assert letter["postalAddress"] == ADDRESS
    assert letter["template"] == "term_ending"
    assert "3 March 2027" in letter["body"]

    posted = f"{API}/print-queue/{letter['id']}/posted"
    problem(await client.post(posted, headers=member.headers), 403)
    done = await client.post(posted, headers=coordinator.headers)
    assert done.status_code == 200, done.text
    assert done.json()["status"] == "printed"
    assert done.json()["sentAt"] is not None
    problem(await client.post(posted, headers=coordinator.headers), 409)
    assert (await client.get(path, headers=coordinator.headers)).json()["items"] == []
    log = await client.get(
        f"{API}/me/notifications", headers=factories.token_for(app, by_post).headers
    )
    assert [(n["channel"], n["status"]) for n in log.json()["items"]] == [("post", "printed")]
    async with db() as session:
        letter_id = uuid.UUID(letter["id"])
        found = await session.scalars(
            select(AuditEvent.action).where(col(AuditEvent.entity_id) == letter_id)
        )
        actions = list(found)
    assert actions == ["letter.posted"]

    other = await factories.organisation(db, "Other")
    outsider = await factories.caller(db, app, other, "coordinator")
    problem(await client.get(path, headers=outsider.headers), 404)


def _pdf(*lines: str) -> bytes:
    pdf = FPDF()
    for line in lines:
        pdf.add_page()
        pdf.set_font("Helvetica", size=12)
        pdf.cell(0, 10, line)
    return bytes(pdf.output())


async def test_the_print_pack_has_a_cover_letter_and_the_pdf_papers_of_each_postal_recipient(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await papers_setup.setup(db, app, size=3)
    by_post = s.members[0]
    async with db() as session:
        session.add(
            NotificationPreference(
                organisation_id=s.org.id,
                person_id=by_post.id,
                channel="post",
                postal_address=ADDRESS,
            )
        )
        await session.commit()
    path = f"{API}/meetings/{s.meeting.id}/print-pack.pdf"
    await papers_setup.paper(client, s.coordinator, s.meeting.id, _pdf("Budget page one", "two"))
    problem(await client.get(path, headers=s.coordinator.headers), 404)  # not circulated yet
    await papers_setup.paper(
        client, s.coordinator, s.meeting.id, papers_setup.TEXT, "minutes.txt", title="Minutes"
    )
    assert (await papers_setup.circulate(client, s.coordinator, s.meeting.id)).status_code == 201

    problem(await client.get(path, headers=s.member_callers[1].headers), 403)
    pack = await client.get(path, headers=s.coordinator.headers)
    assert pack.status_code == 200, pack.text
    assert pack.headers["content-type"] == "application/pdf"
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(pack.content)).pages]
    assert len(pages) == 3  # one cover letter, the paper's two pages; nobody else chose post
    cover = pages[0].replace("\n", " ")
    assert "HMP Example" in cover
    assert by_post.display_name in cover
    assert "Sent separately" in cover
    assert "Minutes" in cover
    assert "Budget page one" in pages[1]

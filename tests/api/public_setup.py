"""A published board whose record holds everything that must stay private beside what
may go out, each private thing marked by a planted string the public tests look for."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.api.state import AppState
from app.db.models import Board, Meeting, Minutes, Paper, PaperVersion
from tests import factories
from tests.api.recommendations_setup import API, Team, draft, respond, submitted, team
from tests.factories import Caller

SLUG = "lived-experience-team"
REDACTED = "The board heard about [redacted] and agreed to write to the ward."
PUBLIC_PAPER = "Annual review (public)"
SUMMARY = "We are people who use the service. We tell the hospital what to change."

# Nothing below may ever be seen on a public route.
PLANTED = {
    "member name": "Zebedee Quartermaine",
    "member email": "zebedee.q@planted.example",
    "member health": "PLANTED-ACCESS-NEEDS",
    "approved body": "Zebedee Quartermaine disclosed a PLANTED-DIAGNOSIS",
    "draft body": "PLANTED-DRAFT-MINUTES-BODY",
    "draft public text": "PLANTED-DRAFT-PUBLIC-TEXT",
    "approved without public text": "PLANTED-APPROVED-NOT-REDACTED",
    "embargoed paper": "PLANTED-EMBARGOED-PAPER",
    "official paper": "PLANTED-OFFICIAL-PAPER",
    "sensitive paper": "PLANTED-SENSITIVE-PAPER",
    "draft paper": "PLANTED-DRAFT-PAPER",
    "ready paper": "PLANTED-READY-PAPER",
    "withdrawn paper": "PLANTED-WITHDRAWN-PAPER",
    "draft recommendation": "PLANTED-DRAFT-RECOMMENDATION",
    "response owner": "PLANTED-OWNER-NAME",
    "issue summary": "PLANTED-ISSUE-SUMMARY about Zebedee",
    "issue service": "PLANTED-WARD-SERVICE",
    "other board": "PLANTED-OTHER-BOARD-TEXT",
}


@dataclass
class Published:
    t: Team
    board: Board
    other: Board
    meetings: list[Meeting]
    recommendation_id: str
    secret_ids: set[str]
    # Paper ID by title, every paper of the record, public or not, each with a file.
    papers: dict[str, str] = field(default_factory=dict)


# The public paper's file, and what every other paper's file holds instead.
PUBLIC_FILE = b"%PDF-1.7\n% Annual review (public)\n%%EOF\n"


async def _store(app: FastAPI, content: bytes) -> tuple[str, int]:
    state: AppState = app.state.chorus

    async def chunks() -> AsyncIterator[bytes]:
        yield content

    blob = await state.storage.put(chunks(), len(content) + 1)
    return blob.digest, blob.size


async def _files(
    db: async_sessionmaker[AsyncSession], app: FastAPI, papers: list[Paper], uploader: Caller
) -> None:
    async with db() as session:
        for paper in papers:
            content = PUBLIC_FILE if paper.title == PUBLIC_PAPER else paper.title.encode()
            digest, size = await _store(app, content)
            session.add(
                PaperVersion(
                    organisation_id=paper.organisation_id,
                    paper_id=paper.id,
                    number=1,
                    digest=digest,
                    size_bytes=size,
                    media_type="application/pdf",
                    filename=f"{paper.title}.pdf",
                    uploaded_by_type="person",
                    uploaded_by_id=uploader.id,
                )
            )
        await session.commit()


async def _held(db: async_sessionmaker[AsyncSession], board: Board, days_ago: int) -> Meeting:
    starts = datetime.now(UTC).replace(microsecond=0) - timedelta(days=days_ago)
    async with db() as session:
        meeting = Meeting(
            organisation_id=board.organisation_id,
            board_id=board.id,
            title=f"Sitting {days_ago}",
            starts_at=starts,
            ends_at=starts + timedelta(hours=2),
            status="held",
        )
        session.add(meeting)
        await session.commit()
        return meeting


def _paper(meeting: Meeting, title: str, **fields: Any) -> Paper:
    values: dict[str, Any] = {
        "classification": "public",
        "status": "circulated",
        "circulated_at": meeting.starts_at - timedelta(days=7),
        **fields,
    }
    return Paper(
        organisation_id=meeting.organisation_id, meeting_id=meeting.id, title=title, **values
    )


async def publish(
    client: httpx.AsyncClient, caller: Caller, board: Board, **body: Any
) -> httpx.Response:
    return await client.put(
        f"{API}/boards/{board.id}/publication",
        json={"slug": SLUG, "published": True, **body},
        headers=caller.headers,
    )


async def published(
    db: async_sessionmaker[AsyncSession], app: FastAPI, client: httpx.AsyncClient
) -> Published:
    t = await team(db, app)
    board = t.advisory
    zebedee = await factories.person(
        db,
        t.org,
        name=PLANTED["member name"],
        email=PLANTED["member email"],
        access_needs=PLANTED["member health"],
    )
    await factories.membership(db, board, zebedee)
    approved, drafted, unredacted = [await _held(db, board, d) for d in (30, 10, 20)]
    other = await factories.board(db, t.org, name="Other board")
    elsewhere = await _held(db, other, 5)
    now = datetime.now(UTC)
    papers = [
        _paper(approved, PUBLIC_PAPER, embargo_until=now - timedelta(days=1)),
        _paper(approved, PLANTED["embargoed paper"], embargo_until=now + timedelta(days=9)),
        _paper(approved, PLANTED["official paper"], classification="official"),
        _paper(approved, PLANTED["sensitive paper"], classification="official_sensitive"),
        _paper(approved, PLANTED["draft paper"], status="draft", circulated_at=None),
        _paper(approved, PLANTED["ready paper"], status="ready", circulated_at=None),
        _paper(approved, PLANTED["withdrawn paper"], status="withdrawn"),
        _paper(elsewhere, PLANTED["other board"]),
    ]
    async with db() as session:
        session.add_all(
            [
                *papers,
                Minutes(
                    organisation_id=t.org.id,
                    meeting_id=approved.id,
                    body=PLANTED["approved body"],
                    public_text=REDACTED,
                    status="approved",
                    approved_at=now - timedelta(days=25),
                    approved_by=zebedee.id,
                ),
                Minutes(
                    organisation_id=t.org.id,
                    meeting_id=drafted.id,
                    body=PLANTED["draft body"],
                    public_text=PLANTED["draft public text"],
                ),
                Minutes(
                    organisation_id=t.org.id,
                    meeting_id=unredacted.id,
                    body=PLANTED["approved without public text"],
                    status="approved",
                    approved_at=now - timedelta(days=15),
                ),
                Minutes(
                    organisation_id=t.org.id,
                    meeting_id=elsewhere.id,
                    body=PLANTED["other board"],
                    public_text=PLANTED["other board"],
                    status="approved",
                    approved_at=now,
                ),
            ]
        )
        await session.commit()
    await _files(db, app, papers, t.coordinator)

    await draft(client, t, title=PLANTED["draft recommendation"])
    rid = await submitted(client, t, title="Peer support at discharge")
    answered = await respond(
        client,
        t,
        rid,
        {
            "decision": "accepted",
            "owner": PLANTED["response owner"],
            "reasons": "We agree.",
            "targetDate": "2027-06-30",
        },
    )
    assert answered.status_code == 200, answered.text
    theme = await client.post(
        f"{API}/boards/{board.id}/themes",
        json={"name": "Discharge"},
        headers=t.coordinator.headers,
    )
    assert theme.status_code == 201, theme.text
    issue = await client.post(
        f"{API}/boards/{board.id}/issues",
        json={
            "category": "discharge",
            "service": PLANTED["issue service"],
            "summary": PLANTED["issue summary"],
            "themeId": theme.json()["id"],
        },
        headers=t.coordinator.headers,
    )
    assert issue.status_code == 201, issue.text
    made = await publish(client, t.coordinator, board, easyReadSummary=SUMMARY)
    assert made.status_code == 200, made.text
    secret_ids = {str(p.id) for p in (t.chair_person, t.member_person, zebedee)} | {
        issue.json()["id"]
    }
    return Published(
        t,
        board,
        other,
        [approved, drafted, unredacted],
        rid,
        secret_ids,
        {p.title: str(p.id) for p in papers},
    )

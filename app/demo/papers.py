"""Papers uploaded to storage and circulated through the use cases: next month's on
time, and an extra meeting's late, with the reason the board's notice rule asks for."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime, time, timedelta

from fpdf import FPDF
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import Meeting
from app.demo.inputs import build
from app.demo.people import Cast
from app.demo.schedule import HUB, LONDON, TEAM_CALL
from app.domain.meetings.schemas import MeetingCreate
from app.domain.meetings.service import create_meeting
from app.domain.papers import circulation, files, service
from app.domain.papers.schemas import CirculationCreate, PaperCreate
from app.integrations.storage.base import Storage

_MAX_BYTES = 1024 * 1024  # the demo's own small PDFs


def _pdf(title: str, body: str) -> bytes:
    document = FPDF()
    document.add_page()
    document.set_font("Helvetica", "B", 16)
    document.multi_cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
    document.set_font("Helvetica", size=14)  # large print: Tom reads papers at 14pt
    document.multi_cell(0, 8, body, new_x="LMARGIN", new_y="NEXT")
    return bytes(document.output())


async def _chunks(content: bytes) -> AsyncIterator[bytes]:
    yield content


async def _upload(
    session: AsyncSession, cast: Cast, storage: Storage, meeting: Meeting, title: str, body: str
) -> None:
    coordinator = cast.actor("marcus.osei")
    meeting = await service.meeting_for_upload(session, coordinator, meeting.id)
    data = build(PaperCreate, title=title)
    await service.check_upload(session, meeting, data)
    filename = title.lower().replace(" ", "-") + ".pdf"
    stored = await files.receive(
        storage, files.IncomingFile(filename, _chunks(_pdf(title, body))), _MAX_BYTES
    )
    await service.upload_paper(session, coordinator, meeting, data, stored)


async def add_papers(
    session: AsyncSession, cast: Cast, storage: Storage, next_team_meeting: Meeting, today: date
) -> Meeting:
    """Returns the extra meeting whose papers went out late."""
    coordinator = cast.actor("marcus.osei")
    await _upload(
        session,
        cast,
        storage,
        next_team_meeting,
        "Peer support specification draft 2",
        "The commissioner's second draft, with the team's comments from last month.",
    )
    await _upload(
        session,
        cast,
        storage,
        next_team_meeting,
        "Programme Board report back",
        "What the chair and the rotating seat holder heard at the Programme Board.",
    )
    await circulation.circulate(
        session, coordinator, next_team_meeting.id, build(CirculationCreate)
    )

    # An extra sitting called at short notice: its paper cannot meet the seven days.
    soon = datetime.combine(today + timedelta(days=4), time(14), LONDON)
    extra = await create_meeting(
        session,
        coordinator,
        cast.team.id,
        build(
            MeetingCreate,
            title="Lived Experience Team: extra session on the tender",
            starts_at=soon,
            ends_at=soon + timedelta(hours=1, minutes=30),
            location=HUB,
            online_url=TEAM_CALL,
        ),
    )
    await _upload(
        session,
        cast,
        storage,
        extra,
        "Tender questions for comment",
        "The questions the commissioner will ask bidders, for the team's comments.",
    )
    await circulation.circulate(
        session,
        coordinator,
        extra.id,
        build(
            CirculationCreate,
            late_reason="The commissioner sent the questions four days before the session.",
        ),
    )
    return extra

"""A meeting's print pack: for each person who gets its papers by post, a cover letter
and their circulated papers that are PDFs, as one PDF to print.

fpdf2 draws the cover page (pure Python, typed, no system fonts or C libraries) and
pypdf merges the papers' own pages in unchanged. A paper that is not a PDF, or that
pypdf cannot read, is named on the cover letter as sent separately, never dropped
silently. Coordinators and administrators only: the pack carries postal addresses.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime

from fpdf import FPDF
from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from sqlalchemy import select as select_columns
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.db.models import NotificationPreference, Paper, PaperRecipient, PaperVersion, Person
from app.domain.actors import Actor, Permission, require
from app.domain.errors import NotFound
from app.domain.meetings.service import get_meeting
from app.domain.notifications.timing import LONDON

PDF_MEDIA_TYPE = "application/pdf"
Read = Callable[[str], Awaitable[bytes]]


@dataclass(frozen=True)
class PackPaper:
    title: str
    digest: str
    media_type: str


@dataclass
class Recipient:
    name: str
    address: str
    papers: list[PackPaper] = field(default_factory=list)


async def plan(
    session: AsyncSession, actor: Actor, meeting_id: uuid.UUID
) -> tuple[str, datetime, list[Recipient]]:
    """Who gets what by post, in two queries whatever the number of people or papers."""
    meeting = await get_meeting(session, actor, meeting_id)  # another organisation's: 404
    require(actor, Permission.PEOPLE_READ_PRIVATE)
    rows = (
        await session.execute(
            select_columns(
                col(Person.id),
                col(Person.display_name),
                col(NotificationPreference.postal_address),
                col(Paper.title),
                col(PaperVersion.digest),
                col(PaperVersion.media_type),
            )
            .join(PaperRecipient, col(PaperRecipient.person_id) == col(Person.id))
            .join(Paper, col(Paper.id) == col(PaperRecipient.paper_id))
            .join(
                PaperVersion,
                (col(PaperVersion.paper_id) == col(Paper.id))
                & (col(PaperVersion.number) == col(Paper.current_version)),
            )
            .join(NotificationPreference, col(NotificationPreference.person_id) == col(Person.id))
            .where(
                col(Paper.meeting_id) == meeting.id,
                col(Paper.circulated_at).is_not(None),
                col(NotificationPreference.channel) == "post",
                col(Person.organisation_id) == actor.organisation_id,
            )
            .order_by(col(Person.display_name), col(Person.id), col(Paper.title))
        )
    ).all()
    people: dict[uuid.UUID, Recipient] = {}
    for person_id, name, address, title, digest, media_type in rows:
        recipient = people.setdefault(person_id, Recipient(name, address or ""))
        recipient.papers.append(PackPaper(title, digest, media_type))
    if not people:
        # Nothing to print is no pack, as minutes not yet written are no minutes.
        raise NotFound("print pack")
    return meeting.title, meeting.starts_at, list(people.values())


def _cover(recipient: Recipient, title: str, starts_at: datetime, separate: list[str]) -> bytes:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()

    # Core fonts are Latin-1 only: anything else is replaced rather than refused.
    def text(value: str) -> str:
        return value.encode("latin-1", "replace").decode("latin-1")

    pdf.set_font("Helvetica", size=12)
    for line in recipient.address.splitlines() or [""]:
        pdf.cell(0, 6, text(line), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    when = starts_at.astimezone(LONDON).strftime("%A %d %B %Y, %H:%M")
    pdf.multi_cell(0, 6, text(f"Dear {recipient.name},"), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.multi_cell(
        0,
        6,
        text(f'Here are your papers for the meeting "{title}" on {when}.'),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    for paper in recipient.papers:
        pdf.multi_cell(0, 6, text(f"- {paper.title}"), new_x="LMARGIN", new_y="NEXT")
    if separate:
        pdf.ln(4)
        pdf.multi_cell(
            0,
            6,
            text("Sent separately, as they could not be printed here: " + ", ".join(separate)),
            new_x="LMARGIN",
            new_y="NEXT",
        )
    return bytes(pdf.output())


async def build(title: str, starts_at: datetime, people: list[Recipient], read: Read) -> bytes:
    """One PDF: each recipient's cover letter followed by their papers' pages."""
    writer = PdfWriter()
    blobs: dict[str, PdfReader | None] = {}
    for recipient in people:
        readers: list[PdfReader] = []
        separate: list[str] = []
        for paper in recipient.papers:
            if paper.media_type != PDF_MEDIA_TYPE:
                separate.append(paper.title)
                continue
            if paper.digest not in blobs:
                blobs[paper.digest] = None
                try:
                    reader = PdfReader(io.BytesIO(await read(paper.digest)))
                    if len(reader.pages) > 0:  # reading the page tree finds a broken file
                        blobs[paper.digest] = reader
                except (PyPdfError, ValueError, OSError):
                    pass
            found = blobs[paper.digest]
            if found is None:
                separate.append(paper.title)
            else:
                readers.append(found)
        writer.append(PdfReader(io.BytesIO(_cover(recipient, title, starts_at, separate))))
        for reader in readers:
            writer.append(reader)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()

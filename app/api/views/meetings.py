"""Meetings, their agendas, attendance, minutes and action items, and calendar feeds."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import Field

from app.api.views.base import View, version_field
from app.domain.meetings.schemas import ActionStatus, AttendanceStatus, MeetingStatus


class AgendaItemOut(View):
    """An item on a meeting's agenda, in order."""

    position: int
    title: str
    topic_tags: list[str] = Field(
        description="Lower case; matched against declared interests when seats are rotated."
    )


class MeetingOut(View):
    """A dated sitting of a board. Times are UTC."""

    id: uuid.UUID
    board_id: uuid.UUID
    title: str
    starts_at: datetime
    ends_at: datetime
    location: str | None
    online_url: str | None
    status: MeetingStatus
    created_at: datetime
    updated_at: datetime | None
    version: int = version_field("updateMeeting")
    agenda: list[AgendaItemOut]


class AttendanceOut(View):
    """One person's attendance at a meeting."""

    person_id: uuid.UUID
    status: AttendanceStatus


class MinutesOut(View):
    meeting_id: uuid.UUID
    body: str
    public_text: str | None = Field(
        description="The redacted version for the board's public page (the secretary's); "
        "shown there only once the minutes are approved."
    )
    status: str = Field(
        description="draft (seen only by the board's members and staff) or approved."
    )
    approved_at: datetime | None
    approved_by: uuid.UUID | None
    quorate: bool | None = Field(
        description="Whether the meeting was quorate by the board's quorum, judged at "
        "approval from the attendance recorded; null while draft. Inquorate minutes can "
        "still be approved."
    )
    version: int = version_field("saveMinutes")


class GuestOut(View):
    """Someone who is not a member, invited to this meeting: they receive its papers and
    may be recorded on its attendance."""

    person_id: uuid.UUID
    reason: str
    invited_by: uuid.UUID | None
    created_at: datetime


class ActionOut(View):
    """An action item: raised at a meeting, carried forward until closed."""

    id: uuid.UUID
    board_id: uuid.UUID
    meeting_id: uuid.UUID = Field(description="The meeting that raised it.")
    description: str
    owner_person_id: uuid.UUID | None
    due_on: date | None
    status: ActionStatus
    closed_at: datetime | None
    created_at: datetime
    version: int = version_field("updateAction")


class CalendarFeedOut(View):
    url: str
    created_at: datetime

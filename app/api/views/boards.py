"""Boards and their memberships."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import Field

from app.api.views.base import View, version_field
from app.api.views.people import PersonView
from app.domain.boards.schemas import (
    AdvisedBoardPapers,
    BoardKind,
    MembershipRole,
    MembershipStatus,
)


class BoardOut(View):
    id: uuid.UUID
    name: str
    kind: BoardKind
    description: str | None
    advises_board_id: uuid.UUID | None
    notice_period_days: int
    terms_of_reference: str | None
    timezone: str
    advised_board_papers: AdvisedBoardPapers = Field(
        description="Who of this advisory board receives the papers of the board it "
        "advises: every active member (ALL_MEMBERS) or seat holders at the meeting only."
    )
    quorum: int | None = Field(
        description="Members (and seat holders at the meeting) present for a quorum; "
        "null: none set."
    )
    quorum_needs_chair: bool = Field(
        description="Whether the chair or vice chair must be among them."
    )
    easy_read_notifications: bool
    created_at: datetime
    updated_at: datetime | None
    version: int = version_field("updateBoard")


class MembershipOut(View):
    """A person's seat on a board, in a role, for a term."""

    id: uuid.UUID
    board_id: uuid.UUID
    person_id: uuid.UUID
    role: MembershipRole
    status: MembershipStatus
    term_start: date
    term_end: date | None
    created_at: datetime
    updated_at: datetime | None
    version: int = version_field("updateMembership")


class MembershipWithPerson(MembershipOut):
    person: PersonView


class BoardWithMemberships(BoardOut):
    memberships: list[MembershipWithPerson]

"""The advisory link: who of an advisory board receives the papers of the board it advises.

A governance board may have few people in the system besides its seat holders; the
advisory board's members prepare from its papers. Each advisory board says how far that
goes (``advised_board_papers``): every active member (the default), or only its members
holding a seat at the meeting, who are entitled as seat holders anyway. Written as one
SELECT that circulation unions with its other recipients.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Select, literal
from sqlalchemy import select as core_select
from sqlmodel import col

from app.db.models import Board, Meeting, Membership, Person
from app.domain.boards.schemas import AdvisedBoardPapers, MembershipStatus

ADVISORY = "advisory"


def advisory_members_of(meeting: Meeting) -> Select[uuid.UUID, str]:
    """Active members of the boards advising the meeting's board that send papers to all."""
    return (
        core_select(col(Membership.person_id), literal(ADVISORY))
        .join(Board, col(Board.id) == col(Membership.board_id))
        .join(Person, col(Person.id) == col(Membership.person_id))
        .where(
            col(Board.organisation_id) == meeting.organisation_id,
            col(Board.advises_board_id) == meeting.board_id,
            col(Board.advised_board_papers) == AdvisedBoardPapers.ALL_MEMBERS.value,
            col(Membership.status) == MembershipStatus.ACTIVE.value,
            col(Person.active).is_(True),
        )
    )

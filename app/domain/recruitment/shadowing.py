"""Who shadows a meeting: the papers' guest recipients circulation adds.

A shadow attends the meetings of the seat holder they shadow: those of boards the holder
is an active member of, and those where the holder has a seat, while the meeting's day
(UTC) falls in the shadowing period. Written as one SELECT that circulation unions with
its other recipients, so the number of statements does not grow with the shadows.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Select, literal, or_
from sqlalchemy import select as core_select
from sqlmodel import col

from app.db.models import Meeting, Membership, Pairing, Person, SeatAssignment
from app.domain.boards.schemas import MembershipStatus
from app.domain.recruitment.schemas import PairingKind

SHADOW = "shadow"


def shadows_of(meeting: Meeting) -> Select[uuid.UUID, str]:
    day = meeting.starts_at.date()
    holder_is_member = core_select(col(Membership.person_id)).where(
        col(Membership.board_id) == meeting.board_id,
        col(Membership.status) == MembershipStatus.ACTIVE.value,
    )
    holder_is_seated = core_select(col(SeatAssignment.person_id)).where(
        col(SeatAssignment.meeting_id) == meeting.id,
        col(SeatAssignment.status) == "assigned",
    )
    return (
        core_select(col(Pairing.person_id), literal(SHADOW))
        .join(Person, col(Person.id) == col(Pairing.person_id))
        .where(
            col(Pairing.organisation_id) == meeting.organisation_id,
            col(Pairing.kind) == PairingKind.SHADOWING.value,
            col(Pairing.starts_on) <= day,
            col(Pairing.ends_on) >= day,
            col(Person.active).is_(True),
            or_(
                col(Pairing.partner_person_id).in_(holder_is_member),
                col(Pairing.partner_person_id).in_(holder_is_seated),
            ),
        )
    )

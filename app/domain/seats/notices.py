"""Telling people their seat changed: whoever now holds it, and whoever a coordinator
took it from. Written with the change; a fixed number of statements however many
assignments a rota run makes."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Board, Meeting, Seat, SeatAssignment
from app.domain.actors import Actor
from app.domain.notifications import outbox
from app.domain.notifications.wording import when

# How the holder came to have the seat decides what they are told.
_TEMPLATE = {
    "rota": "seat_assigned",
    "decline": "seat_passed_to_you",
    "swap": "seat_swapped_to_you",
    "substitution": "seat_swapped_to_you",
}
TAKEN = "seat_taken_from_you"


async def seats_changed(
    session: AsyncSession,
    actor: Actor | None,
    given: Sequence[SeatAssignment],
    taken: Sequence[SeatAssignment] = (),
) -> None:
    if not given and not taken:
        return
    everyone = [*given, *taken]
    meetings = {
        m.id: m
        for m in await session.scalars(
            select(Meeting).where(col(Meeting.id).in_({a.meeting_id for a in everyone}))
        )
    }
    seats = {
        s.id: s
        for s in await session.scalars(
            select(Seat).where(col(Seat.id).in_({a.seat_id for a in everyone}))
        )
    }
    wanted = {
        *(s.advisory_board_id for s in seats.values()),
        *(m.board_id for m in meetings.values()),
    }
    boards = {
        b.id: b for b in await session.scalars(select(Board).where(col(Board.id).in_(wanted)))
    }
    # A member declining tells no one but the next holder; a coordinator's own seat change
    # is not news to them.
    people = await outbox.active_people(session, {a.person_id for a in everyone}, actor)
    for assignment, template in [
        *((a, _TEMPLATE.get(a.source, "seat_assigned")) for a in given),
        *((a, TAKEN) for a in taken),
    ]:
        person = people.get(assignment.person_id)
        if person is None:
            continue
        meeting = meetings[assignment.meeting_id]
        board = boards[meeting.board_id]
        seat = seats[assignment.seat_id]
        # The member's own board chooses the wording; the meeting is the other board's.
        easy = boards[seat.advisory_board_id].easy_read_notifications
        values = {
            "name": person.display_name,
            "board": board.name,
            "meeting": meeting.title,
            "date": when(meeting.starts_at, board.timezone),
            "seat": seat.name,
        }
        if template in ("seat_swapped_to_you", TAKEN):
            values["reason"] = assignment.reason or "none given"
        outbox.enqueue(session, person, template, values, easy=easy)

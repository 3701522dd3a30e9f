"""Deciding a seat's meetings again after its holder changed: a decline, or a departure.

A rotating seat is re-planned from the changed meeting to the end of the generated
horizon, so that the turns the change moved are made up within it (rule 1 holds over the
horizon, not only over what was generated at first). Only the policy's own choices move:
a coordinator's swap or substitution is kept, and counted. A fixed seat has nothing to
rebalance: only the meetings its holder cannot sit are filled, from the rotation pool.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Board, Meeting, Seat, SeatAssignment
from app.db.types import utcnow
from app.domain import audit
from app.domain.actors import Actor
from app.domain.seats import facts, notices
from app.domain.seats.rota import _assignment, event_data, explanation, record_assignments
from app.domain.seats.rotation import Choice, handed_on, plan, plan_fixed

# Sources the policy itself chose; the others (swap, substitution) were a person's call.
POLICY_SOURCES = frozenset({"rota", "decline", "handover"})
REBALANCED = "Rebalanced after a change earlier in the rota."


async def _later_policy_choices(
    session: AsyncSession, seat: Seat, after: Meeting
) -> list[tuple[SeatAssignment, Meeting]]:
    rows = await session.execute(
        select(SeatAssignment, Meeting)
        .join(Meeting, col(Meeting.id) == SeatAssignment.meeting_id)
        .where(
            SeatAssignment.seat_id == seat.id,
            SeatAssignment.status == facts.ASSIGNED,
            col(SeatAssignment.source).in_(POLICY_SOURCES),
            Meeting.status == "scheduled",
            col(Meeting.starts_at) > max(after.starts_at, utcnow()),
        )
        .order_by(col(Meeting.starts_at), col(Meeting.id))
    )
    return [(a, m) for a, m in rows]


def end(assignment: SeatAssignment, status: str, reason: str | None) -> None:
    assignment.status = status
    assignment.ended_at = utcnow()
    assignment.reason = reason


def record_ended(
    session: AsyncSession, actor: Actor | None, ended: Sequence[SeatAssignment], action: str
) -> None:
    for a in ended:
        audit.record(session, actor, action, "seat_assignment", a.id, a.organisation_id, {"status"})
        audit.emit(session, a.organisation_id, "seat.released", event_data(a))


async def replan_from(
    session: AsyncSession,
    actor: Actor | None,
    seat: Seat,
    starts: Sequence[Meeting],
    *,
    source: str,
    because: Mapping[uuid.UUID, str] | None = None,
) -> list[SeatAssignment]:
    """Fill ``starts`` (meetings whose holder has just gone) and re-decide the policy's
    later choices in this seat; ``because`` prefixes the explanation at those meetings.
    Returns the new assignments, audited and announced; unchanged ones are left alone."""
    governance = await session.get_one(Board, seat.governance_board_id)
    first = min(starts, key=lambda m: (m.starts_at, m.id))
    later = [] if seat.kind == "fixed" else await _later_policy_choices(session, seat, first)
    current = {m.id: a for a, m in later}
    meetings = list({m.id: m for m in [*starts, *(m for _a, m in later)]}.values())
    known = await facts.load(
        session, seat, meetings, governance, replan=frozenset(a.id for a, _m in later)
    )
    training = frozenset(seat.required_training)
    open_meetings = [m for m in known.meetings if m.meeting_id not in known.taken]
    choices: list[Choice]
    if seat.kind == "fixed":
        holder = await facts.load(
            session, seat, meetings, governance, holder=True, record_newcomers=False
        )
        choices = plan_fixed(
            next(iter(holder.members), None), known.members, open_meetings, training, known.held
        )
    else:
        choices = plan(known.members, open_meetings, training, known.held)
    ended: list[SeatAssignment] = []
    new: list[SeatAssignment] = []
    for choice in choices:
        old = current.get(choice.meeting_id)
        if old is not None and old.person_id == choice.person_id:
            continue
        if (
            because
            and choice.meeting_id in because
            and not choice.why.startswith(because[choice.meeting_id])
        ):
            choice = handed_on(choice, because[choice.meeting_id])
        if old is not None:
            end(old, "replaced", REBALANCED)
            ended.append(old)
        if choice.person_id is not None:
            kind = source if old is None else "rota"
            new.append(
                _assignment(seat, choice.meeting_id, choice.person_id, kind, explanation(choice))
            )
    # Ended rows are written before the new ones: the partial unique index allows one
    # current holder per seat and meeting at any moment.
    await session.flush()
    record_ended(session, actor, ended, "seat.rebalanced")
    if new:
        session.add_all(new)
        await session.flush()
        record_assignments(session, actor, new, "seat.assigned")
    await session.flush()
    # Whoever the seat now passes to is told, and so is anyone a later seat was moved
    # from by the rebalancing (they did nothing, so nothing else would tell them).
    await notices.seats_changed(session, actor, new, ended)
    return new

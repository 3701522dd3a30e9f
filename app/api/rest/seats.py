"""Seats, rotas, assignments and the fairness view."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Response

from app.api.deps import CurrentActor, IfMatch, Pagination, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.base import PageOut
from app.api.views.seats import (
    AssignmentOut,
    Considered,
    DeclineOut,
    Explanation,
    FairnessOut,
    PlannedOut,
    RotaOut,
    SeatOut,
    SeatSettingsOut,
)
from app.db.models import SeatAssignment
from app.domain.actors import Actor
from app.domain.seats import changes, fairness, rota, service, settings
from app.domain.seats.schemas import (
    DeclineRequest,
    RotaRequest,
    SeatCreate,
    SeatSettingsInput,
    SeatUpdate,
    SwapRequest,
)
from app.domain.versions import etag

router = APIRouter(tags=["seats"], route_class=TransactionalRoute)

_READ = error_responses(401, 403, 404, 422)
_WRITE = error_responses(401, 403, 404, 409, 412, 422, 428)


def _explanation(actor: Actor, data: dict[str, Any]) -> Explanation | None:
    if not data:
        return None
    considered = rota.considered_for(actor, data)
    return Explanation(why=data["why"], considered=[Considered(**c) for c in considered])


def assignment_out(actor: Actor, a: SeatAssignment) -> AssignmentOut:
    return AssignmentOut(
        id=a.id,
        seat_id=a.seat_id,
        meeting_id=a.meeting_id,
        person_id=a.person_id,
        status=a.status,
        source=a.source,
        explanation=_explanation(actor, a.explanation),
        created_at=a.created_at,
        ended_at=a.ended_at,
    )


@router.get("/boards/{board_id}/seats", response_model=PageOut[SeatOut], responses=_READ)
async def list_seats(
    session: Session, actor: CurrentActor, board_id: uuid.UUID, page: Pagination
) -> PageOut[SeatOut]:
    """Seats the board holds (advisory) or that are held on it (governance)."""
    result = await service.list_seats(session, actor, board_id, page)
    return PageOut(
        items=[SeatOut.model_validate(s) for s in result.items], next_cursor=result.next_cursor
    )


@router.post("/boards/{board_id}/seats", status_code=201, response_model=SeatOut, responses=_WRITE)
async def create_seat(
    session: Session,
    actor: CurrentActor,
    board_id: uuid.UUID,
    body: SeatCreate,
    response: Response,
) -> SeatOut:
    """A seat of this advisory board on the governance board it advises."""
    seat = await service.create_seat(session, actor, board_id, body)
    response.headers["Location"] = f"/api/v1/seats/{seat.id}"
    response.headers["ETag"] = etag(seat.version)
    return SeatOut.model_validate(seat)


@router.get("/seats/{seat_id}", response_model=SeatOut, responses=_READ)
async def get_seat(
    session: Session, actor: CurrentActor, seat_id: uuid.UUID, response: Response
) -> SeatOut:
    seat = await service.get_seat(session, actor, seat_id)
    response.headers["ETag"] = etag(seat.version)
    return SeatOut.model_validate(seat)


@router.patch("/seats/{seat_id}", response_model=SeatOut, responses=_WRITE)
async def update_seat(
    session: Session,
    actor: CurrentActor,
    seat_id: uuid.UUID,
    body: SeatUpdate,
    version: IfMatch,
    response: Response,
) -> SeatOut:
    seat = await service.update_seat(session, actor, seat_id, body, version)
    response.headers["ETag"] = etag(seat.version)
    return SeatOut.model_validate(seat)


@router.post("/seats/{seat_id}/rota", response_model=RotaOut, responses=_WRITE)
async def generate_rota(
    session: Session, actor: CurrentActor, seat_id: uuid.UUID, body: RotaRequest
) -> RotaOut:
    """Assign the governance board's next meetings (`count`, or `until` a date). `dryRun`
    previews. The same data gives the same rota, and a rerun never assigns a meeting twice."""
    result = await rota.generate_rota(session, actor, seat_id, body)
    return RotaOut(
        seat_id=result.seat.id,
        dry_run=result.dry_run,
        already_assigned=result.already_assigned,
        planned=[
            PlannedOut(
                meeting_id=p.meeting.id,
                meeting_starts_at=p.meeting.starts_at,
                person_id=p.choice.person_id,
                assignment_id=p.assignment.id if p.assignment else None,
                explanation=_explanation(actor, rota.explanation(p.choice))
                or Explanation(why=p.choice.why, considered=[]),
            )
            for p in result.planned
        ],
    )


@router.get("/seats/{seat_id}/assignments", response_model=PageOut[AssignmentOut], responses=_READ)
async def list_assignments(
    session: Session,
    actor: CurrentActor,
    seat_id: uuid.UUID,
    page: Pagination,
    include_ended: bool = False,
) -> PageOut[AssignmentOut]:
    result = await rota.list_assignments(
        session, actor, seat_id, page, current_only=not include_ended
    )
    return PageOut(
        items=[assignment_out(actor, a) for a in result.items], next_cursor=result.next_cursor
    )


@router.post("/assignments/{assignment_id}/decline", response_model=DeclineOut, responses=_WRITE)
async def decline_assignment(
    session: Session,
    actor: CurrentActor,
    assignment_id: uuid.UUID,
    body: DeclineRequest = DeclineRequest(),  # a reason is optional, so the body is too
) -> DeclineOut:
    """Decline before the meeting. A named `substitutePersonId` takes the seat; otherwise a
    rotating seat is re-planned from this meeting to the end of the rota (turns stay within
    one), and a fixed seat goes to the rotation pool only if the board's seat settings say
    so. The decliner keeps their priority (a decline is not a turn)."""
    declined, replacement = await changes.decline(session, actor, assignment_id, body)
    return DeclineOut(
        declined=assignment_out(actor, declined),
        replacement=assignment_out(actor, replacement) if replacement else None,
    )


@router.post(
    "/assignments/{assignment_id}/swap", response_model=list[AssignmentOut], responses=_WRITE
)
async def swap_assignment(
    session: Session, actor: CurrentActor, assignment_id: uuid.UUID, body: SwapRequest
) -> list[AssignmentOut]:
    """Coordinators: swap with another assignment, or put in a substitute; a reason is required."""
    new = await changes.swap(session, actor, assignment_id, body)
    return [assignment_out(actor, a) for a in new]


@router.get("/seats/{seat_id}/fairness", response_model=list[FairnessOut], responses=_READ)
async def seat_fairness(
    session: Session, actor: CurrentActor, seat_id: uuid.UUID
) -> list[FairnessOut]:
    """Turns, declines and the last seat date of each pool member."""
    rows = await fairness.fairness(session, actor, seat_id)
    return [FairnessOut.model_validate(r) for r in rows]


def _settings_out(board_id: uuid.UUID, data: SeatSettingsInput) -> SeatSettingsOut:
    return SeatSettingsOut(
        board_id=board_id,
        allow_two_seats=data.allow_two_seats,
        declined_fixed_to_pool=data.declined_fixed_to_pool,
    )


@router.get("/boards/{board_id}/seat-settings", response_model=SeatSettingsOut, responses=_READ)
async def get_seat_settings(
    session: Session, actor: CurrentActor, board_id: uuid.UUID
) -> SeatSettingsOut:
    """How the advisory board runs its seats (both off unless set)."""
    return _settings_out(*await settings.get_settings(session, actor, board_id))


@router.put("/boards/{board_id}/seat-settings", response_model=SeatSettingsOut, responses=_WRITE)
async def set_seat_settings(
    session: Session, actor: CurrentActor, board_id: uuid.UUID, body: SeatSettingsInput
) -> SeatSettingsOut:
    """Coordinators: `allowTwoSeats`, `declinedFixedToPool`."""
    return _settings_out(*await settings.set_settings(session, actor, board_id, body))

"""Participation: a board's figures for coordinators, a member's own at /me."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query

from app.api.deps import CurrentActor, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.participation import (
    BoardParticipationOut,
    MyParticipationOut,
    board_out,
    mine_out,
)
from app.domain.participation import service
from app.domain.participation.service import Period

router = APIRouter(tags=["participation"], route_class=TransactionalRoute)

_READ = error_responses(401, 403, 404, 422)

From = Annotated[
    date | None, Query(alias="from", description="First day; a year before `to` if left out.")
]
To = Annotated[date | None, Query(description="Last day, included; today if left out.")]
Within = Annotated[
    int, Query(alias="paidWithinDays", ge=1, le=365, description="What counts as paid on time.")
]


def _period(start: date | None, end: date | None, within: int) -> Period:
    return service.period(start, end, within)


@router.get(
    "/boards/{board_id}/participation", response_model=BoardParticipationOut, responses=_READ
)
async def get_board_participation(
    session: Session,
    actor: CurrentActor,
    board_id: uuid.UUID,
    start: From = None,
    to: To = None,
    within: Within = 28,
) -> BoardParticipationOut:
    """Attendance, seats, papers opened and claims paid on time at the board's meetings in
    the period, in total and per membership role (coordinators and administrators)."""
    when = _period(start, to, within)
    report = await service.board_participation(session, actor, board_id, when)
    return board_out(report, when)


@router.get("/me/participation", response_model=MyParticipationOut, responses=_READ)
async def get_my_participation(
    session: Session,
    actor: CurrentActor,
    start: From = None,
    to: To = None,
    within: Within = 28,
) -> MyParticipationOut:
    """Your own figures, board by board, over the period."""
    when = _period(start, to, within)
    return mine_out(await service.my_participation(session, actor, when), when)

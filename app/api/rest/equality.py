"""Equality monitoring: questions, ``/me/equality-answers`` (the caller's own, and nobody
else's: no route takes a person), population figures, and the aggregate reports."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response

from app.api.deps import CurrentActor, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.equality import (
    EqualityReportOut,
    MonitoringQuestionOut,
    MyEqualityAnswersOut,
    PopulationFiguresOut,
)
from app.domain.equality import answers, population, questions, reports
from app.domain.equality.schemas import (
    EqualityAnswersSet,
    MonitoringQuestionCreate,
    PopulationFiguresCreate,
)
from app.domain.schemas import IsoDate

router = APIRouter(tags=["equality"], route_class=TransactionalRoute)

_READ = error_responses(401, 403, 404, 422)
_WRITE = error_responses(401, 403, 404, 409, 422)


@router.get("/equality/questions", response_model=list[MonitoringQuestionOut], responses=_READ)
async def list_monitoring_questions(
    session: Session, actor: CurrentActor
) -> list[MonitoringQuestionOut]:
    """The Equality Act 2010 characteristics, then the organisation's own questions."""
    found = await questions.list_questions(session, actor)
    return [MonitoringQuestionOut.model_validate(q) for q in found]


@router.post(
    "/equality/questions", status_code=201, response_model=MonitoringQuestionOut, responses=_WRITE
)
async def add_monitoring_question(
    session: Session, actor: CurrentActor, body: MonitoringQuestionCreate, response: Response
) -> MonitoringQuestionOut:
    """Add a question of the organisation's own, such as care-experienced (coordinators)."""
    made = await questions.add_question(session, actor, body)
    response.headers["Location"] = f"/api/v1/equality/questions/{made.id}"
    return MonitoringQuestionOut.model_validate(made)


@router.get(
    "/equality/questions/{question_id}", response_model=MonitoringQuestionOut, responses=_READ
)
async def get_monitoring_question(
    session: Session, actor: CurrentActor, question_id: uuid.UUID
) -> MonitoringQuestionOut:
    return MonitoringQuestionOut.model_validate(
        await questions.get_question(session, actor, question_id)
    )


def _mine(rows: list[object]) -> MyEqualityAnswersOut:
    return MyEqualityAnswersOut.model_validate({"answers": rows})


@router.get("/me/equality-answers", response_model=MyEqualityAnswersOut, responses=_READ)
async def my_equality_answers(session: Session, actor: CurrentActor) -> MyEqualityAnswersOut:
    """Your own monitoring answers. Nobody else, administrators included, can read them."""
    return _mine(list(await answers.my_answers(session, actor)))


@router.put("/me/equality-answers", response_model=MyEqualityAnswersOut, responses=_WRITE)
async def set_my_equality_answers(
    session: Session, actor: CurrentActor, body: EqualityAnswersSet
) -> MyEqualityAnswersOut:
    """Give or change your answers: these replace all you gave before, and a question
    left out is unanswered. They are kept apart from your record and counted only in
    aggregate reports."""
    return _mine(list(await answers.set_my_answers(session, actor, body)))


@router.delete("/me/equality-answers", status_code=204, responses=error_responses(401, 403))
async def withdraw_my_equality_answers(session: Session, actor: CurrentActor) -> Response:
    """Withdraw every answer: none is kept, and reports no longer count them."""
    await answers.withdraw_my_answers(session, actor)
    return Response(status_code=204)


@router.get(
    "/equality/population-figures", response_model=list[PopulationFiguresOut], responses=_READ
)
async def list_population_figures(
    session: Session,
    actor: CurrentActor,
    question_id: Annotated[uuid.UUID | None, Query(alias="questionId")] = None,
) -> list[PopulationFiguresOut]:
    """The population figures entered, newest first (coordinators, administrators)."""
    rows = await population.list_figures(session, actor, question_id)
    return [PopulationFiguresOut.model_validate(r) for r in rows]


@router.post(
    "/equality/population-figures",
    status_code=201,
    response_model=PopulationFiguresOut,
    responses=_WRITE,
)
async def add_population_figures(
    session: Session, actor: CurrentActor, body: PopulationFiguresCreate, response: Response
) -> PopulationFiguresOut:
    """Enter the make-up of the population served for one question (a prison's or a
    probation area's published figures). Earlier figures are kept: reports as of a date
    use the latest dated on or before it."""
    row = await population.add_figures(session, actor, body)
    response.headers["Location"] = f"/api/v1/equality/population-figures/{row.id}"
    return PopulationFiguresOut.model_validate(row)


@router.get(
    "/equality/population-figures/{figures_id}",
    response_model=PopulationFiguresOut,
    responses=_READ,
)
async def get_population_figures(
    session: Session, actor: CurrentActor, figures_id: uuid.UUID
) -> PopulationFiguresOut:
    row = await population.get_figures(session, actor, figures_id)
    return PopulationFiguresOut.model_validate(row)


def _out(report: reports.Report) -> EqualityReportOut:
    return EqualityReportOut.model_validate(report)


@router.get("/boards/{board_id}/equality-report", response_model=EqualityReportOut, responses=_READ)
async def board_equality_report(
    session: Session,
    actor: CurrentActor,
    board_id: uuid.UUID,
    as_of: Annotated[IsoDate | None, Query(alias="asOf")] = None,
) -> EqualityReportOut:
    """The board's members' answers beside the population's make-up: current members, or
    those whose membership was active on `asOf`. Counts under the organisation's
    smallCountThreshold are null, and so are others where needed so that none can be
    worked out (coordinators, administrators)."""
    return _out(await reports.board_report(session, actor, board_id, as_of))


@router.get("/seats/{seat_id}/equality-report", response_model=EqualityReportOut, responses=_READ)
async def seat_equality_report(
    session: Session, actor: CurrentActor, seat_id: uuid.UUID
) -> EqualityReportOut:
    """The answers of a seat's pool (its rota), suppressed as for a board."""
    return _out(await reports.seat_report(session, actor, seat_id))


@router.get(
    "/elections/{election_id}/equality-report", response_model=EqualityReportOut, responses=_READ
)
async def election_equality_report(
    session: Session, actor: CurrentActor, election_id: uuid.UUID
) -> EqualityReportOut:
    """The answers of an election's nominees, suppressed as for a board."""
    return _out(await reports.election_report(session, actor, election_id))


@router.get("/lots/{lot_id}/equality-report", response_model=EqualityReportOut, responses=_READ)
async def panel_equality_report(
    session: Session, actor: CurrentActor, lot_id: uuid.UUID
) -> EqualityReportOut:
    """The answers of a procurement lot's evaluation panel, suppressed as for a board."""
    return _out(await reports.panel_report(session, actor, lot_id))

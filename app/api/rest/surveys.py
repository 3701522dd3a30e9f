"""Members' voice surveys: a coordinator's survey of a board, opened and closed; members
answer once; results in aggregate once it has closed."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response
from sqlalchemy.ext.asyncio import AsyncSession

from app.api.deps import CurrentActor, Pagination, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.base import PageOut
from app.api.views.surveys import SurveyOut, SurveyResultsOut, results_out, survey_out
from app.db.models import Survey
from app.domain.actors import Actor
from app.domain.surveys import responding, results, service
from app.domain.surveys.schemas import SurveyCreate, SurveyResponseCreate
from app.domain.versions import etag

router = APIRouter(tags=["surveys"], route_class=TransactionalRoute)

_READ = error_responses(401, 403, 404, 422)
_WRITE = error_responses(401, 403, 404, 409, 422)


async def outs(session: AsyncSession, actor: Actor, rows: list[Survey]) -> list[SurveyOut]:
    return [survey_out(*row) for row in await service.details(session, actor, rows)]


async def _one(session: AsyncSession, actor: Actor, row: Survey, response: Response) -> SurveyOut:
    response.headers["ETag"] = etag(row.version)
    return (await outs(session, actor, [row]))[0]


@router.get("/boards/{board_id}/surveys", response_model=PageOut[SurveyOut], responses=_READ)
async def list_board_surveys(
    session: Session, actor: CurrentActor, board_id: uuid.UUID, page: Pagination
) -> PageOut[SurveyOut]:
    """The board's surveys, oldest first: all of them for coordinators, the open and
    closed ones for the board's active members."""
    found = await service.list_board_surveys(session, actor, board_id, page)
    return PageOut(items=await outs(session, actor, found.items), next_cursor=found.next_cursor)


@router.post(
    "/boards/{board_id}/surveys",
    status_code=201,
    response_model=SurveyOut,
    responses=_WRITE,
)
async def create_survey(
    session: Session,
    actor: CurrentActor,
    board_id: uuid.UUID,
    body: SurveyCreate,
    response: Response,
) -> SurveyOut:
    """Draft a survey of the board (coordinators and administrators). Questions are a
    1-5 `scale`, a single `choice` among `options`, or free `text`."""
    row = await service.create_survey(session, actor, board_id, body)
    response.headers["Location"] = f"/api/v1/surveys/{row.id}"
    return await _one(session, actor, row, response)


@router.get("/me/surveys", response_model=list[SurveyOut], responses=error_responses(401, 403))
async def list_my_surveys(session: Session, actor: CurrentActor) -> list[SurveyOut]:
    """The open surveys of your boards, each saying whether you have answered it."""
    return await outs(session, actor, await service.my_open_surveys(session, actor))


@router.get("/surveys/{survey_id}", response_model=SurveyOut, responses=_READ)
async def get_survey(
    session: Session, actor: CurrentActor, survey_id: uuid.UUID, response: Response
) -> SurveyOut:
    row = await service.get_survey(session, actor, survey_id)
    return await _one(session, actor, row, response)


@router.post("/surveys/{survey_id}/open", response_model=SurveyOut, responses=_WRITE)
async def open_survey(
    session: Session, actor: CurrentActor, survey_id: uuid.UUID, response: Response
) -> SurveyOut:
    """Open a draft for answers (`survey.opened`)."""
    row = await service.open_survey(session, actor, survey_id)
    return await _one(session, actor, row, response)


@router.post("/surveys/{survey_id}/close", response_model=SurveyOut, responses=_WRITE)
async def close_survey(
    session: Session, actor: CurrentActor, survey_id: uuid.UUID, response: Response
) -> SurveyOut:
    """Stop taking answers (`survey.closed`); the results are shown from now on."""
    row = await service.close_survey(session, actor, survey_id)
    return await _one(session, actor, row, response)


@router.post("/surveys/{survey_id}/responses", response_model=SurveyOut, responses=_WRITE)
async def respond_to_survey(
    session: Session,
    actor: CurrentActor,
    survey_id: uuid.UUID,
    body: SurveyResponseCreate,
    response: Response,
) -> SurveyOut:
    """Answer an open survey of your board, once; any question may be left out. An
    answer cannot be changed. Answers the survey, never a record of your answers."""
    row = await responding.respond(session, actor, survey_id, body)
    return await _one(session, actor, row, response)


@router.get("/surveys/{survey_id}/results", response_model=SurveyResultsOut, responses=_READ)
async def get_survey_results(
    session: Session, actor: CurrentActor, survey_id: uuid.UUID
) -> SurveyResultsOut:
    """Results in aggregate once the survey has closed; before that, only how many have
    answered. Each question is withheld until it has the organisation's threshold of
    answers; free text on an anonymous survey too."""
    return results_out(await results.results(session, actor, survey_id))

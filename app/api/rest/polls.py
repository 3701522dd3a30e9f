"""Polls of boards and of community events: drafting, each step of their life, votes,
the count and objections to consent proposals."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response
from sqlalchemy.ext.asyncio import AsyncSession

from app.api.deps import CurrentActor, IfMatch, Pagination, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.base import PageOut
from app.api.views.polls import (
    ObjectionOut,
    PollOut,
    PollResultsOut,
    objection_out,
    poll_out,
    results_out,
)
from app.db.models import Poll
from app.domain.actors import Actor
from app.domain.polls import results, service, steps, voting
from app.domain.polls.schemas import (
    DecideRequest,
    ObjectionSettle,
    PollCreate,
    PollStatus,
    PollUpdate,
    VoteCreate,
)
from app.domain.versions import etag

router = APIRouter(tags=["polls"], route_class=TransactionalRoute)

_READ = error_responses(401, 403, 404, 422)
_WRITE = error_responses(401, 403, 404, 409, 412, 422, 428)
_STEP = error_responses(401, 403, 404, 409, 422)


async def outs(session: AsyncSession, actor: Actor, rows: list[Poll]) -> list[PollOut]:
    """Options and voter counts for every poll of a page: two queries, whatever its size."""
    ids = [p.id for p in rows]
    options = await service.options_by_poll(session, actor, ids)
    voters = await service.voter_counts(session, actor, ids)
    return [poll_out(p, options[p.id], voters.get(p.id, 0)) for p in rows]


async def _one(session: AsyncSession, actor: Actor, row: Poll, response: Response) -> PollOut:
    response.headers["ETag"] = etag(row.version)
    return (await outs(session, actor, [row]))[0]


Status = Annotated[PollStatus | None, Query()]


@router.get("/boards/{board_id}/polls", response_model=PageOut[PollOut], responses=_READ)
async def list_board_polls(
    session: Session,
    actor: CurrentActor,
    board_id: uuid.UUID,
    page: Pagination,
    status: Status = None,
) -> PageOut[PollOut]:
    """The board's polls, oldest first."""
    result = await service.list_board_polls(session, actor, board_id, page, status=status)
    return PageOut(items=await outs(session, actor, result.items), next_cursor=result.next_cursor)


@router.post("/boards/{board_id}/polls", status_code=201, response_model=PollOut, responses=_WRITE)
async def create_board_poll(
    session: Session, actor: CurrentActor, board_id: uuid.UUID, body: PollCreate, response: Response
) -> PollOut:
    """Draft a poll of the board (its officers, or staff). `meetingId` puts it at one of
    the board's meetings."""
    row = await service.create_poll(session, actor, board_id, body)
    response.headers["Location"] = f"/api/v1/polls/{row.id}"
    return await _one(session, actor, row, response)


@router.get("/polls", response_model=PageOut[PollOut], responses=_READ)
async def list_event_polls(
    session: Session, actor: CurrentActor, page: Pagination, status: Status = None
) -> PageOut[PollOut]:
    """Polls of free-standing community events (not of a board), oldest first."""
    result = await service.list_event_polls(session, actor, page, status=status)
    return PageOut(items=await outs(session, actor, result.items), next_cursor=result.next_cursor)


@router.post("/polls", status_code=201, response_model=PollOut, responses=_WRITE)
async def create_event_poll(
    session: Session, actor: CurrentActor, body: PollCreate, response: Response
) -> PollOut:
    """Draft a poll of a free-standing community event (staff); `eventTitle` names it and
    any active person of the organisation may vote."""
    row = await service.create_poll(session, actor, None, body)
    response.headers["Location"] = f"/api/v1/polls/{row.id}"
    return await _one(session, actor, row, response)


@router.get("/polls/{poll_id}", response_model=PollOut, responses=_READ)
async def get_poll(
    session: Session, actor: CurrentActor, poll_id: uuid.UUID, response: Response
) -> PollOut:
    row = await service.get_poll(session, actor, poll_id)
    return await _one(session, actor, row, response)


@router.patch("/polls/{poll_id}", response_model=PollOut, responses=_WRITE)
async def update_poll(
    session: Session,
    actor: CurrentActor,
    poll_id: uuid.UUID,
    body: PollUpdate,
    version: IfMatch,
    response: Response,
) -> PollOut:
    """A draft changes freely. Amending an open consent proposal's `description` starts a
    new round: earlier answers no longer count and open objections are superseded
    (`poll.amended`)."""
    row = await service.update_poll(session, actor, poll_id, body, version)
    return await _one(session, actor, row, response)


@router.post("/polls/{poll_id}/open", response_model=PollOut, responses=_STEP)
async def open_poll(
    session: Session, actor: CurrentActor, poll_id: uuid.UUID, response: Response
) -> PollOut:
    """Open a draft for votes (`poll.opened`)."""
    row = await steps.open_poll(session, actor, poll_id)
    return await _one(session, actor, row, response)


@router.post("/polls/{poll_id}/close", response_model=PollOut, responses=_STEP)
async def close_poll(
    session: Session, actor: CurrentActor, poll_id: uuid.UUID, response: Response
) -> PollOut:
    """End voting (`poll.closed`). Votes are refused after `closesAt` in any case."""
    row = await steps.close_poll(session, actor, poll_id)
    return await _one(session, actor, row, response)


@router.post("/polls/{poll_id}/cancel", response_model=PollOut, responses=_STEP)
async def cancel_poll(
    session: Session, actor: CurrentActor, poll_id: uuid.UUID, response: Response
) -> PollOut:
    """Cancel a poll that is not decided (`poll.cancelled`)."""
    row = await steps.cancel_poll(session, actor, poll_id)
    return await _one(session, actor, row, response)


@router.post("/polls/{poll_id}/decide", response_model=PollOut, responses=_STEP)
async def decide_poll(
    session: Session,
    actor: CurrentActor,
    poll_id: uuid.UUID,
    body: DecideRequest,
    response: Response,
) -> PollOut:
    """Record the outcome of a closed poll with the reasons (`poll.decided`). The count
    gives the outcome: `agreed` (with `outcomeOptionId`), `tied`, `no_quorum`, or
    `not_agreed` (a consent proposal with an objection still open, or no answers)."""
    row, _ = await steps.decide_poll(session, actor, poll_id, body)
    return await _one(session, actor, row, response)


@router.post("/polls/{poll_id}/votes", response_model=PollOut, responses=_STEP)
async def cast_vote(
    session: Session, actor: CurrentActor, poll_id: uuid.UUID, body: VoteCreate, response: Response
) -> PollOut:
    """Vote (a board's active members; anyone of the organisation at a community event).
    `optionIds`: one, any number (approval), or in order of preference (ranked). A consent
    proposal takes `choice` (`consent` or `object`), and an objection its `reason`. A
    named poll's vote may be changed while it is open; an anonymous one's cannot."""
    row = await voting.cast_vote(session, actor, poll_id, body)
    return await _one(session, actor, row, response)


@router.get("/polls/{poll_id}/results", response_model=PollResultsOut, responses=_READ)
async def get_results(session: Session, actor: CurrentActor, poll_id: uuid.UUID) -> PollResultsOut:
    """The count, once the poll has closed (a consent proposal's as it goes, since its
    objections must be met); before that, only how many have voted. A ranked poll
    publishes every round of its instant runoff."""
    return results_out(await results.results(session, actor, poll_id))


@router.get("/polls/{poll_id}/objections", response_model=list[ObjectionOut], responses=_READ)
async def list_objections(
    session: Session, actor: CurrentActor, poll_id: uuid.UUID
) -> list[ObjectionOut]:
    """Objections to a consent proposal, with their reasons (people of the organisation)."""
    return [objection_out(o) for o in await voting.objections(session, actor, poll_id)]


@router.post(
    "/polls/{poll_id}/objections/{objection_id}/resolve",
    response_model=ObjectionOut,
    responses=_STEP,
)
async def resolve_objection(
    session: Session,
    actor: CurrentActor,
    poll_id: uuid.UUID,
    objection_id: uuid.UUID,
    body: ObjectionSettle,
) -> ObjectionOut:
    """Whoever runs the poll records how an objection was met."""
    row = await voting.settle_objection(session, actor, poll_id, objection_id, body, withdraw=False)
    return objection_out(row)


@router.post(
    "/polls/{poll_id}/objections/{objection_id}/withdraw",
    response_model=ObjectionOut,
    responses=_STEP,
)
async def withdraw_objection(
    session: Session,
    actor: CurrentActor,
    poll_id: uuid.UUID,
    objection_id: uuid.UUID,
    body: ObjectionSettle,
) -> ObjectionOut:
    """The objector withdraws their objection (named polls: an anonymous one has no
    recorded objector), saying why."""
    row = await voting.settle_objection(session, actor, poll_id, objection_id, body, withdraw=True)
    return objection_out(row)

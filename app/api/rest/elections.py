"""Elections of a board: the election, nominations, ballots, paper tallies, the count
and the declaration."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response
from sqlalchemy.ext.asyncio import AsyncSession

from app.api.deps import CurrentActor, Pagination, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.base import PageOut
from app.api.views.elections import (
    BallotReceiptOut,
    ElectionOut,
    NominationOut,
    ReceiptStatusOut,
    election_out,
    nomination_out,
)
from app.db.models import Election
from app.domain.actors import Actor
from app.domain.elections import lifecycle, nominations, service, voting
from app.domain.elections.lifecycle import Step
from app.domain.elections.schemas import (
    BallotCast,
    ElectionCreate,
    NominationCreate,
    PaperTallies,
    ReceiptCheck,
)
from app.domain.versions import etag

router = APIRouter(tags=["elections"], route_class=TransactionalRoute)

_READ = error_responses(401, 403, 404, 422)
_STEP = error_responses(401, 403, 404, 409, 422)


def _one(row: Election, response: Response) -> ElectionOut:
    response.headers["ETag"] = etag(row.version)
    return election_out(row)


@router.get("/boards/{board_id}/elections", response_model=PageOut[ElectionOut], responses=_READ)
async def list_elections(
    session: Session, actor: CurrentActor, board_id: uuid.UUID, page: Pagination
) -> PageOut[ElectionOut]:
    """The board's elections, oldest first, with their published counts once made."""
    result = await service.list_elections(session, actor, board_id, page)
    return PageOut(items=[election_out(e) for e in result.items], next_cursor=result.next_cursor)


@router.post(
    "/boards/{board_id}/elections",
    status_code=201,
    response_model=ElectionOut,
    responses=_STEP,
)
async def create_election(
    session: Session,
    actor: CurrentActor,
    board_id: uuid.UUID,
    body: ElectionCreate,
    response: Response,
) -> ElectionOut:
    """Set up an election in draft: the role or places, the method, the board's rules for
    who may stand, the term and the challenge window (emits `election.created`). Staff."""
    row = await service.create_election(session, actor, board_id, body)
    response.headers["Location"] = f"/api/v1/elections/{row.id}"
    return _one(row, response)


@router.get("/elections/{election_id}", response_model=ElectionOut, responses=_READ)
async def get_election(
    session: Session, actor: CurrentActor, election_id: uuid.UUID, response: Response
) -> ElectionOut:
    return _one(await service.get_election(session, actor, election_id), response)


async def _step(
    session: AsyncSession, actor: Actor, election_id: uuid.UUID, step: Step, response: Response
) -> ElectionOut:
    row = await lifecycle.take_step(session, actor, election_id, step)
    return _one(row, response)


@router.post(
    "/elections/{election_id}/open-nominations", response_model=ElectionOut, responses=_STEP
)
async def open_nominations(
    session: Session, actor: CurrentActor, election_id: uuid.UUID, response: Response
) -> ElectionOut:
    """Draft to nominations (emits `election.nominations_opened`). Staff."""
    return await _step(session, actor, election_id, Step.OPEN_NOMINATIONS, response)


@router.post("/elections/{election_id}/open-voting", response_model=ElectionOut, responses=_STEP)
async def open_voting(
    session: Session, actor: CurrentActor, election_id: uuid.UUID, response: Response
) -> ElectionOut:
    """Every candidate is checked against the rules again (those who fail, or were never
    seconded, become `ineligible` with reasons) and the tie-break lot's seed is drawn;
    then voting opens (emits `election.voting_opened`). Staff."""
    return await _step(session, actor, election_id, Step.OPEN_VOTING, response)


@router.post("/elections/{election_id}/close-voting", response_model=ElectionOut, responses=_STEP)
async def close_voting(
    session: Session, actor: CurrentActor, election_id: uuid.UUID, response: Response
) -> ElectionOut:
    """No more ballots (emits `election.voting_closed`); paper tallies may still be
    entered and confirmed. Staff."""
    return await _step(session, actor, election_id, Step.CLOSE_VOTING, response)


@router.post("/elections/{election_id}/count", response_model=ElectionOut, responses=_STEP)
async def count_election(
    session: Session, actor: CurrentActor, election_id: uuid.UUID, response: Response
) -> ElectionOut:
    """Count, publishing every stage (emits `election.counted`). Paper tallies must have
    been confirmed first. Staff."""
    return await _step(session, actor, election_id, Step.COUNT, response)


@router.post("/elections/{election_id}/declare", response_model=ElectionOut, responses=_STEP)
async def declare_election(
    session: Session, actor: CurrentActor, election_id: uuid.UUID, response: Response
) -> ElectionOut:
    """Declare the result: the winners' memberships take the role and its term (an
    outgoing officer returns to member), all audited, and the challenge window starts
    (emits `election.declared`). Staff."""
    return await _step(session, actor, election_id, Step.DECLARE, response)


@router.post("/elections/{election_id}/close", response_model=ElectionOut, responses=_STEP)
async def close_election(
    session: Session, actor: CurrentActor, election_id: uuid.UUID, response: Response
) -> ElectionOut:
    """Close a declared election once its challenge window has ended (emits
    `election.closed`). Staff."""
    return await _step(session, actor, election_id, Step.CLOSE, response)


@router.post("/elections/{election_id}/cancel", response_model=ElectionOut, responses=_STEP)
async def cancel_election(
    session: Session, actor: CurrentActor, election_id: uuid.UUID, response: Response
) -> ElectionOut:
    """Cancel an election before its declaration (emits `election.cancelled`). Staff."""
    return await _step(session, actor, election_id, Step.CANCEL, response)


@router.get(
    "/elections/{election_id}/nominations",
    response_model=list[NominationOut],
    responses=_READ,
)
async def list_nominations(
    session: Session, actor: CurrentActor, election_id: uuid.UUID
) -> list[NominationOut]:
    """Every nomination, oldest first (a short list per election, not paged)."""
    election = await service.get_election(session, actor, election_id)
    found = await service.nominations_by_election(session, actor, [election.id])
    return [nomination_out(n) for n in found[election.id]]


@router.post(
    "/elections/{election_id}/nominations",
    status_code=201,
    response_model=NominationOut,
    responses=_STEP,
)
async def nominate(
    session: Session,
    actor: CurrentActor,
    election_id: uuid.UUID,
    body: NominationCreate,
    response: Response,
) -> NominationOut:
    """Stand, or nominate another member, while nominations are open. The candidate is
    checked against the rules now (422 naming each rule failed) and again when voting
    opens. Awaits seconding where the election requires it (emits `election.nominated`)."""
    made = await nominations.nominate(session, actor, election_id, body)
    # Nominations are read in their election's list; they have no address of their own.
    response.headers["Location"] = f"/api/v1/elections/{election_id}/nominations"
    return nomination_out(made)


@router.post("/nominations/{nomination_id}/second", response_model=NominationOut, responses=_STEP)
async def second_nomination(
    session: Session, actor: CurrentActor, nomination_id: uuid.UUID
) -> NominationOut:
    """An active member other than the candidate and the nominator seconds it (emits
    `election.seconded`)."""
    return nomination_out(await nominations.second(session, actor, nomination_id))


@router.post("/nominations/{nomination_id}/withdraw", response_model=NominationOut, responses=_STEP)
async def withdraw_nomination(
    session: Session, actor: CurrentActor, nomination_id: uuid.UUID
) -> NominationOut:
    """The candidate (or staff) withdraws before voting opens (emits `election.withdrawn`)."""
    return nomination_out(await nominations.withdraw(session, actor, nomination_id))


@router.post(
    "/elections/{election_id}/ballots",
    status_code=200,
    response_model=BallotReceiptOut,
    responses=_STEP,
)
async def cast_ballot(
    session: Session,
    actor: CurrentActor,
    election_id: uuid.UUID,
    body: BallotCast,
    response: Response,
) -> BallotReceiptOut:
    """Vote, once, as an active member of the board. The answer's receipt is shown only
    here (the server keeps only its digest): check with it later that your ballot was
    counted. The ballot is stored apart from the record that you voted, with nothing
    that links the two; an `Idempotency-Key` is ignored here (a retry is refused by the
    register instead), since its record would hold the caller and a hash of the body.
    200, not 201: a ballot has no address anyone could read it at."""
    receipt = await voting.cast(session, actor, election_id, body)
    response.headers["Cache-Control"] = "no-store"
    return BallotReceiptOut(election_id=receipt.election_id, receipt=receipt.receipt)


@router.post(
    "/elections/{election_id}/receipt-check", response_model=ReceiptStatusOut, responses=_READ
)
async def check_receipt(
    session: Session, actor: CurrentActor, election_id: uuid.UUID, body: ReceiptCheck
) -> ReceiptStatusOut:
    """Whether the ballot behind a receipt is in the box, and counted. A POST, so the
    receipt never appears in a URL or an access log."""
    status = await voting.check_receipt(session, actor, election_id, body)
    return ReceiptStatusOut(found=status.found, counted=status.counted)


@router.put("/elections/{election_id}/paper-tallies", response_model=ElectionOut, responses=_STEP)
async def enter_paper_tallies(
    session: Session,
    actor: CurrentActor,
    election_id: uuid.UUID,
    body: PaperTallies,
    response: Response,
) -> ElectionOut:
    """The returning officer enters the marks on the paper ballots (a prison wing), during
    voting or before the count; entering them again needs a new confirmation. Staff."""
    return _one(await voting.enter_paper_tallies(session, actor, election_id, body), response)


@router.post(
    "/elections/{election_id}/paper-tallies/confirm",
    response_model=ElectionOut,
    responses=_STEP,
)
async def confirm_paper_tallies(
    session: Session, actor: CurrentActor, election_id: uuid.UUID, response: Response
) -> ElectionOut:
    """A second member of staff, not the one who entered them, confirms the tallies."""
    return _one(await voting.confirm_paper_tallies(session, actor, election_id), response)

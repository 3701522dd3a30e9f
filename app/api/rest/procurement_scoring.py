"""Independent scoring, moderation, standings and the trail of a lot."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response

from app.api.deps import CurrentActor, Session
from app.api.problem_docs import error_responses
from app.api.rest.procurement import lot_outs, member_outs
from app.api.routing import TransactionalRoute
from app.api.views.procurement import (
    AgreedScoreOut,
    LotOut,
    PanelMemberOut,
    ResultsOut,
    ScoreOut,
    agreed_fields,
    results_fields,
    score_fields,
)
from app.db.models import Score, ScoreChange
from app.domain.procurement import moderation, scoring, trail
from app.domain.procurement.schemas import AgreedScoreInput, ScoreInput

router = APIRouter(tags=["procurement"], route_class=TransactionalRoute)

_READ = error_responses(401, 403, 404, 422)
_WRITE = error_responses(401, 403, 404, 409, 422)
_CSV = {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "The trail"}


def _scores(rows: list[Score], changes: dict[uuid.UUID, list[ScoreChange]]) -> list[ScoreOut]:
    return [ScoreOut.model_validate(score_fields(r, changes.get(r.id, []))) for r in rows]


@router.get("/lots/{lot_id}/my-scores", response_model=list[ScoreOut], responses=_READ)
async def my_lot_scores(session: Session, actor: CurrentActor, lot_id: uuid.UUID) -> list[ScoreOut]:
    """The caller's own scores (drafts or submitted), once they have declared for every
    bidder."""
    return _scores(*await scoring.my_scores(session, actor, lot_id))


@router.post("/lots/{lot_id}/my-scores", response_model=ScoreOut, responses=_WRITE)
async def save_lot_score(
    session: Session, actor: CurrentActor, lot_id: uuid.UUID, body: ScoreInput
) -> ScoreOut:
    """Enter or change one score, on the question's scale, with a rationale. After
    submitting, a change needs a `reason` and the earlier value is kept in `changes`
    (emits `lot.score_changed`)."""
    row, changes = await scoring.save_score(session, actor, lot_id, body)
    return ScoreOut.model_validate(score_fields(row, changes))


@router.post("/lots/{lot_id}/my-scores/submit", response_model=PanelMemberOut, responses=_WRITE)
async def submit_lot_scores(
    session: Session, actor: CurrentActor, lot_id: uuid.UUID
) -> PanelMemberOut:
    """Seal the caller's scores: one for each of their questions and each bidder. Emits
    `lot.scores_submitted`."""
    member = await scoring.submit(session, actor, lot_id)
    return (await member_outs(session, [member]))[0]


@router.get("/lots/{lot_id}/scores", response_model=list[ScoreOut], responses=_READ)
async def list_lot_scores(
    session: Session, actor: CurrentActor, lot_id: uuid.UUID
) -> list[ScoreOut]:
    """Every current member's scores: 403 to everyone (the chair and coordinators too)
    until the chair opens moderation, and to a member who has not submitted their own."""
    return _scores(*await scoring.all_scores(session, actor, lot_id))


@router.post("/lots/{lot_id}/moderation", response_model=LotOut, responses=_WRITE)
async def open_lot_moderation(session: Session, actor: CurrentActor, lot_id: uuid.UUID) -> LotOut:
    """The chair opens moderation once the panel has its mix and every scorer has
    submitted. Emits `lot.moderation_opened`."""
    lot = await moderation.open_moderation(session, actor, lot_id)
    return (await lot_outs(session, actor, [lot]))[0]


@router.get("/lots/{lot_id}/agreed-scores", response_model=list[AgreedScoreOut], responses=_READ)
async def list_agreed_scores(
    session: Session, actor: CurrentActor, lot_id: uuid.UUID
) -> list[AgreedScoreOut]:
    rows = await moderation.list_agreed(session, actor, lot_id)
    return [AgreedScoreOut.model_validate(agreed_fields(r)) for r in rows]


@router.post("/lots/{lot_id}/agreed-scores", response_model=AgreedScoreOut, responses=_WRITE)
async def record_agreed_score(
    session: Session, actor: CurrentActor, lot_id: uuid.UUID, body: AgreedScoreInput
) -> AgreedScoreOut:
    """The moderation meeting's score for a bidder on a question (the chair or a
    coordinator), with its rationale; `differenceReason` is needed where it differs from
    any individual score. Sending it again corrects it."""
    row = await moderation.record_agreed(session, actor, lot_id, body)
    return AgreedScoreOut.model_validate(agreed_fields(row))


@router.post("/lots/{lot_id}/conclusion", response_model=LotOut, responses=_WRITE)
async def conclude_lot(session: Session, actor: CurrentActor, lot_id: uuid.UUID) -> LotOut:
    """Conclude the lot once every question has an agreed score for every bidder. Emits
    `lot.concluded`."""
    lot = await moderation.conclude(session, actor, lot_id)
    return (await lot_outs(session, actor, [lot]))[0]


@router.get("/lots/{lot_id}/results", response_model=ResultsOut, responses=_READ)
async def lot_results(session: Session, actor: CurrentActor, lot_id: uuid.UUID) -> ResultsOut:
    """Weighted totals (weight times agreed score) and ranks, best first; equal totals
    share a rank and are marked tied. Sealed like the scores."""
    return ResultsOut.model_validate(
        results_fields(await moderation.results(session, actor, lot_id))
    )


@router.get(
    "/lots/{lot_id}/trail",
    response_class=Response,
    responses={200: _CSV, **error_responses(401, 403, 404)},
)
async def export_lot_trail(session: Session, actor: CurrentActor, lot_id: uuid.UUID) -> Response:
    """The full trail as CSV for a challenge (coordinators, from moderation on): panel
    members and removals, individual scores and their changes, agreed scores, totals."""
    text = await trail.trail_csv(session, actor, lot_id)
    return Response(
        text,
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="lot-{lot_id}-trail.csv"',
            "Cache-Control": "private, no-store",
        },
    )

"""Procurement evaluation: procurements, lots with their panel's mix, bidders, questions,
panel members, declarations, scores, agreed scores and the standings.

Bidders' names reach only coordinators and the lot's own panel: the domain answers 404
to anyone else before a view is built, so there is no thinner type to fall back to.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import Field

from app.api.views.base import View
from app.db.models import (
    AgreedScore,
    Lot,
    PanelMember,
    Procurement,
    Question,
    Score,
    ScoreChange,
)
from app.domain.procurement.mix import Mix
from app.domain.procurement.moderation import Results
from app.domain.procurement.schemas import LotPhase, PanelRole, ProcurementStatus
from app.domain.procurement.setup import TRANSITIONS

SENSITIVE = "Shown only to coordinators and the lot's own panel."


class ProcurementOut(View):
    id: uuid.UUID
    title: str
    reference: str
    status: ProcurementStatus
    allowed_statuses: list[ProcurementStatus] = Field(description="Where it may move next.")
    created_at: datetime
    updated_at: datetime | None


class MixOut(View):
    """Scorers not removed: at least one expert by experience and one other."""

    experts_by_experience: int
    other_scorers: int
    complete: bool


class LotOut(View):
    id: uuid.UUID
    procurement_id: uuid.UUID
    title: str
    phase: LotPhase
    mix: MixOut
    moderation_opened_at: datetime | None
    concluded_at: datetime | None
    created_at: datetime


class BidderOut(View):
    id: uuid.UUID
    lot_id: uuid.UUID
    name: str = Field(description=SENSITIVE)
    created_at: datetime


class DescriptorOut(View):
    point: int
    descriptor: str


class QuestionOut(View):
    id: uuid.UUID
    lot_id: uuid.UUID
    position: int
    text: str
    weight: int
    scale_min: int
    scale_max: int
    descriptors: list[DescriptorOut] = Field(description="What each point of the scale means.")
    created_at: datetime


class PanelMemberOut(View):
    id: uuid.UUID
    lot_id: uuid.UUID
    person_id: uuid.UUID
    role: PanelRole
    question_ids: list[uuid.UUID] = Field(description="The questions they score.")
    declared_bidder_ids: list[uuid.UUID] = Field(
        description="Bidders they have declared for; they see no bid or score until every "
        "bidder of the lot is here."
    )
    submitted_at: datetime | None = Field(description="When they sealed their scores.")
    removed_at: datetime | None
    removed_reason: str | None = Field(description="Why they were taken off the lot.")
    created_at: datetime


class DeclarationOut(View):
    id: uuid.UUID
    member_id: uuid.UUID
    bidder_id: uuid.UUID
    connected: bool
    detail: str | None = Field(description="Shown only to coordinators and the declarer.")
    created_at: datetime


class ScoreChangeOut(View):
    """A change made after submission: the earlier value, the new one and why."""

    id: uuid.UUID
    from_score: int
    from_rationale: str
    to_score: int
    to_rationale: str
    reason: str
    actor_id: uuid.UUID
    created_at: datetime


class ScoreOut(View):
    id: uuid.UUID
    member_id: uuid.UUID
    bidder_id: uuid.UUID
    question_id: uuid.UUID
    score: int
    rationale: str
    changes: list[ScoreChangeOut] = Field(description="Changes after submission, oldest first.")
    created_at: datetime
    updated_at: datetime | None


class AgreedScoreOut(View):
    id: uuid.UUID
    lot_id: uuid.UUID
    bidder_id: uuid.UUID
    question_id: uuid.UUID
    score: int
    rationale: str
    difference_reason: str | None = Field(
        description="Why it differs from an individual score, where it does."
    )
    recorded_by_id: uuid.UUID
    created_at: datetime
    updated_at: datetime | None


class StandingOut(View):
    bidder_id: uuid.UUID
    bidder_name: str = Field(description=SENSITIVE)
    total: int = Field(description="The sum of weight times agreed score.")
    max_total: int = Field(description="The sum of weight times the top of each scale.")
    complete: bool = Field(description="Every question has an agreed score.")
    rank: int = Field(description="1 is best; equal totals share a rank.")
    tied: bool


class ResultsOut(View):
    lot_id: uuid.UUID
    phase: LotPhase
    standings: list[StandingOut] = Field(description="Best first.")


def _fields(view: type[View], row: object, skip: set[str]) -> dict[str, Any]:
    return {n: getattr(row, n) for n in view.model_fields if n not in skip}


def procurement_fields(row: Procurement) -> dict[str, Any]:
    allowed = list(TRANSITIONS[ProcurementStatus(row.status)])
    return {**_fields(ProcurementOut, row, {"allowed_statuses"}), "allowed_statuses": allowed}


def lot_fields(row: Lot, mix: Mix) -> dict[str, Any]:
    shown = MixOut(
        experts_by_experience=mix.experts_by_experience,
        other_scorers=mix.other_scorers,
        complete=mix.complete,
    )
    return {**_fields(LotOut, row, {"mix"}), "mix": shown}


def question_fields(row: Question) -> dict[str, Any]:
    points = [
        DescriptorOut(point=row.scale_min + i, descriptor=d) for i, d in enumerate(row.descriptors)
    ]
    return {**_fields(QuestionOut, row, {"descriptors"}), "descriptors": points}


def member_fields(row: PanelMember, declared: set[uuid.UUID]) -> dict[str, Any]:
    return {
        **_fields(PanelMemberOut, row, {"question_ids", "declared_bidder_ids"}),
        "question_ids": [uuid.UUID(q) for q in row.question_ids],
        "declared_bidder_ids": sorted(declared),
    }


def score_fields(row: Score, changes: list[ScoreChange]) -> dict[str, Any]:
    return {
        **_fields(ScoreOut, row, {"changes"}),
        "changes": [ScoreChangeOut.model_validate(c) for c in changes],
    }


def agreed_fields(row: AgreedScore) -> dict[str, Any]:
    return _fields(AgreedScoreOut, row, set())


def results_fields(results: Results) -> dict[str, Any]:
    standings = [
        StandingOut(
            bidder_id=s.bidder_id,
            bidder_name=results.bidders[s.bidder_id].name,
            total=s.total,
            max_total=s.max_total,
            complete=s.complete,
            rank=s.rank,
            tied=s.tied,
        )
        for s in results.standings
    ]
    return {"lot_id": results.lot.id, "phase": results.lot.phase, "standings": standings}

"""Inputs of procurement evaluation, and the states it moves through."""

from __future__ import annotations

import uuid
from enum import StrEnum

from pydantic import Field, model_validator

from app.domain.schemas import Input

Title = Field(min_length=1, max_length=200)
Rationale = Field(min_length=1, max_length=5_000)
Reason = Field(min_length=1, max_length=2_000)


class ProcurementStatus(StrEnum):
    DRAFT = "draft"
    OPEN = "open"  # inviting bids
    EVALUATING = "evaluating"  # panels score
    MODERATING = "moderating"
    CONCLUDED = "concluded"


class LotPhase(StrEnum):
    SCORING = "scoring"
    MODERATING = "moderating"
    CONCLUDED = "concluded"


class PanelRole(StrEnum):
    EXPERT_BY_EXPERIENCE = "expert_by_experience"
    PROFESSIONAL = "professional"
    CHAIR = "chair"


class ProcurementCreate(Input):
    title: str = Title
    reference: str = Field(min_length=1, max_length=100, description="The commissioner's own.")


class ProcurementTransition(Input):
    status: ProcurementStatus


class LotCreate(Input):
    title: str = Title


class BidderCreate(Input):
    name: str = Field(
        min_length=1,
        max_length=200,
        description="The bidding organisation's name: shown only to coordinators and the "
        "lot's panel.",
    )


class QuestionCreate(Input):
    text: str = Field(min_length=1, max_length=2_000)
    weight: int = Field(ge=1, le=1_000, description="Its share of the weighted total.")
    scale_min: int = Field(ge=0, le=100)
    scale_max: int = Field(ge=1, le=100)
    descriptors: list[str] = Field(
        min_length=2,
        max_length=101,
        description="What each point means, from scaleMin to scaleMax: one per point.",
    )

    @model_validator(mode="after")
    def _one_per_point(self) -> QuestionCreate:
        if self.scale_max <= self.scale_min:
            raise ValueError("scaleMax must be above scaleMin")
        if len(self.descriptors) != self.scale_max - self.scale_min + 1:
            raise ValueError("descriptors needs exactly one entry per point of the scale")
        if any(not d.strip() or len(d) > 500 for d in self.descriptors):
            raise ValueError("each descriptor is 1 to 500 characters")
        return self


class PanelMemberCreate(Input):
    person_id: uuid.UUID = Field(description="One of the organisation's people.")
    role: PanelRole
    question_ids: list[uuid.UUID] = Field(
        default_factory=list, max_length=200, description="The lot's questions they score."
    )


class Removal(Input):
    reason: str = Reason


class DeclarationInput(Input):
    bidder_id: uuid.UUID
    connected: bool = Field(description="Connected to this bidder in any way.")
    detail: str | None = Field(default=None, max_length=2_000)

    @model_validator(mode="after")
    def _detail(self) -> DeclarationInput:
        if self.connected and not self.detail:
            raise ValueError("a declared connection says what it is in detail")
        return self


class DeclarationsInput(Input):
    declarations: list[DeclarationInput] = Field(min_length=1, max_length=200)


class ScoreInput(Input):
    bidder_id: uuid.UUID
    question_id: uuid.UUID
    score: int
    rationale: str = Rationale
    reason: str | None = Field(
        default=None,
        min_length=1,
        max_length=2_000,
        description="Why: needed to change a score after submitting.",
    )


class AgreedScoreInput(Input):
    bidder_id: uuid.UUID
    question_id: uuid.UUID
    score: int
    rationale: str = Rationale
    difference_reason: str | None = Field(
        default=None,
        min_length=1,
        max_length=2_000,
        description="Why the agreed score differs from an individual one: needed when it does.",
    )

"""Inputs of procurement evaluation, and the states it moves through."""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints, model_validator

from app.domain.schemas import Input, IsoDate

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


SkillTag = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,39}$")]
ExperienceTag = Annotated[str, StringConstraints(min_length=1, max_length=80)]


class ExpertBankInput(Input):
    """Joining the expert bank, or changing what it holds (the whole entry each time)."""

    skills: list[SkillTag] = Field(
        default_factory=list, max_length=30, description="Free tags: lowercase, e.g. 'housing'."
    )
    availability_note: str | None = Field(default=None, max_length=500)
    unavailable_until: IsoDate | None = Field(
        default=None, description="Not to be asked before this day."
    )
    experience_categories: list[ExperienceTag] = Field(
        default_factory=list,
        max_length=20,
        description="The kinds of their own lived experience (of the person's "
        "livedExperienceCategories) they agree may be used to match them to panels. Seen "
        "only by coordinators and administrators; needs experienceConsent.",
    )
    experience_consent: bool = Field(
        default=False,
        description="Agrees that experienceCategories are used for matching. Without it "
        "none are kept.",
    )
    experience_year: int | None = Field(
        default=None, ge=1900, le=2100, description="The year the experience is most recent."
    )


class ExpertBankOnBehalf(ExpertBankInput):
    """A coordinator putting someone in the bank: how the person agreed is recorded."""

    consent_note: str = Field(
        min_length=1,
        max_length=500,
        description="How and when the person agreed to join (and to any experience used).",
    )

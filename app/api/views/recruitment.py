"""Recruitment: opportunities, applications with their stage history, and pairings.

An application is all personal data (contact details, declared answers), so it has one
type, served only to those its domain rule lets read it at all: coordinators,
administrators and the applicant. Everyone else gets 404, not a thinner type.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from pydantic import Field

from app.api.views.base import View, graphql_only, version_field
from app.db.models import Application, ApplicationStageChange, Opportunity
from app.domain.recruitment import rules
from app.domain.recruitment.schemas import OpportunityStatus, PairingKind, ReferralKind
from app.domain.recruitment.stages import Stage, allowed

APPLICANT = "Personal data: shown only to coordinators, administrators and the applicant."


class OpportunityOut(View):
    """A vacancy on a board, or in one of its seats' pools."""

    id: uuid.UUID
    board_id: uuid.UUID
    seat_id: uuid.UUID | None
    title: str
    description: str | None
    places: int
    closes_on: date | None
    status: OpportunityStatus
    eligibility: dict[str, Any] | None = Field(
        description="The rule applicants must meet; null: anyone may apply."
    )
    questions: list[str] = Field(
        description="What an application must answer (in `answers`), and all it may."
    )
    created_at: datetime
    updated_at: datetime | None
    version: int = graphql_only("The row version; REST sends it as the ETag.")


class StageChangeOut(View):
    """One move of an application, with its reason."""

    id: uuid.UUID
    from_stage: Stage | None
    to_stage: Stage
    reason: str = Field(description=APPLICANT)
    actor_type: str
    actor_id: uuid.UUID
    created_at: datetime


class ApplicationOut(View):
    """An application or referral. Personal data throughout: see the type's rule."""

    id: uuid.UUID
    opportunity_id: uuid.UUID
    person_id: uuid.UUID | None
    membership_id: uuid.UUID | None = Field(description="Set once the applicant is active.")
    applicant_name: str | None = Field(description=APPLICANT)
    applicant_email: str | None = Field(description=APPLICANT)
    applicant_phone: str | None = Field(description=APPLICANT)
    answers: dict[str, Any] = Field(description=APPLICANT)
    eligible: bool = Field(description="Whether the answers meet the opportunity's rule.")
    referral: ReferralKind
    referrer_person_id: uuid.UUID | None
    referrer_name: str | None
    referrer_organisation: str | None
    stage: Stage
    allowed_stages: list[Stage] = Field(description="The stages it may move to next.")
    history: list[StageChangeOut] = Field(description="Every move, oldest first.")
    created_at: datetime
    updated_at: datetime | None
    version: int = version_field("moveApplication")


class PairingOut(View):
    """A coach and a new member, or a shadow and the seat holder whose meetings they
    attend, for a period (dates inclusive)."""

    id: uuid.UUID
    kind: PairingKind
    person_id: uuid.UUID = Field(description="The new member, or the shadow.")
    partner_person_id: uuid.UUID = Field(description="The coach, or the seat holder.")
    starts_on: date
    ends_on: date
    note: str | None
    created_at: datetime


def opportunity_fields(row: Opportunity) -> dict[str, Any]:
    questions = [] if row.eligibility is None else sorted(rules.parse(row.eligibility).questions())
    fields = {
        name: getattr(row, name) for name in OpportunityOut.model_fields if name != "questions"
    }
    return {**fields, "questions": questions}


def opportunity_out(row: Opportunity) -> OpportunityOut:
    return OpportunityOut.model_validate(opportunity_fields(row))


def application_fields(row: Application, history: list[ApplicationStageChange]) -> dict[str, Any]:
    skip = {"allowed_stages", "history"}
    fields = {name: getattr(row, name) for name in ApplicationOut.model_fields if name not in skip}
    return {
        **fields,
        "allowed_stages": allowed(Stage(row.stage)),
        "history": [StageChangeOut.model_validate(h) for h in history],
    }


def application_out(row: Application, history: list[ApplicationStageChange]) -> ApplicationOut:
    return ApplicationOut.model_validate(application_fields(row, history))

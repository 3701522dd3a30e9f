"""Inputs of recruitment, coaching and shadowing."""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Any

from pydantic import EmailStr, Field, field_validator, model_validator

from app.domain.recruitment.rules import Answers, EligibilityRule
from app.domain.recruitment.stages import Stage
from app.domain.schemas import Input, IsoDate

Text = Field(min_length=1, max_length=200)


class OpportunityStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class ReferralKind(StrEnum):
    SELF = "self"
    MEMBER = "member"  # a member of the organisation refers someone
    OUTSIDE = "outside"  # a probation officer or other outside referrer, by name and org


class PairingKind(StrEnum):
    COACHING = "coaching"
    SHADOWING = "shadowing"


class OpportunityCreate(Input):
    board_id: uuid.UUID = Field(description="The board the vacancy is on.")
    seat_id: uuid.UUID | None = Field(
        default=None, description="The seat whose pool the vacancy is in, if any."
    )
    title: str = Text
    description: str | None = Field(default=None, max_length=5_000)
    places: int = Field(default=1, ge=1, le=100)
    closes_on: IsoDate | None = None
    eligibility: dict[str, Any] | None = Field(
        default=None,
        description='The rule applicants must meet, e.g. {"all": [{"question": '
        '"community_order_within_years", "lte": 2}]}. Criteria: eq, ne, lt, lte, gt, gte, in.',
    )

    @field_validator("eligibility")
    @classmethod
    def _valid_rule(cls, value: dict[str, Any] | None) -> dict[str, Any] | None:
        return None if value is None else EligibilityRule.model_validate(value).stored()


class ApplicationCreate(Input):
    referral: ReferralKind = ReferralKind.SELF
    # Who is applying: a person of the organisation, or someone who is not (yet).
    person_id: uuid.UUID | None = Field(
        default=None, description="An applicant who is already a person of the organisation."
    )
    applicant_name: str | None = Field(default=None, min_length=1, max_length=200)
    applicant_email: EmailStr | None = None
    applicant_phone: str | None = Field(default=None, max_length=40)
    referrer_name: str | None = Field(default=None, min_length=1, max_length=200)
    referrer_organisation: str | None = Field(default=None, min_length=1, max_length=200)
    answers: Answers = Field(
        default_factory=dict,
        max_length=30,
        description="Answers to the questions the opportunity's rule asks, and no others.",
    )

    @model_validator(mode="after")
    def _who(self) -> ApplicationCreate:
        if self.referral == ReferralKind.OUTSIDE and not (
            self.referrer_name and self.referrer_organisation
        ):
            raise ValueError("an outside referral names referrerName and referrerOrganisation")
        if self.referral != ReferralKind.OUTSIDE and (
            self.referrer_name or self.referrer_organisation
        ):
            raise ValueError("only an outside referral names a referrer")
        return self


class StageChange(Input):
    stage: Stage
    reason: str = Field(min_length=1, max_length=2_000)


class PairingCreate(Input):
    kind: PairingKind
    person_id: uuid.UUID = Field(description="The new member, or the shadow.")
    partner_person_id: uuid.UUID = Field(
        description="The coach, or (shadowing) the seat holder whose meetings they attend."
    )
    starts_on: IsoDate
    ends_on: IsoDate
    note: str | None = Field(default=None, max_length=2_000)

    @model_validator(mode="after")
    def _period(self) -> PairingCreate:
        if self.ends_on < self.starts_on:
            raise ValueError("endsOn must not be before startsOn")
        if self.person_id == self.partner_person_id:
            raise ValueError("a person is not paired with themself")
        return self

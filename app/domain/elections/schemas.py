"""Inputs for elections: the election and its rules, nominations, ballots, paper tallies."""

from __future__ import annotations

import uuid
from enum import StrEnum

from pydantic import Field, model_validator

from app.domain.boards.schemas import MembershipRole
from app.domain.schemas import Input


class ElectionPhase(StrEnum):
    DRAFT = "draft"
    NOMINATIONS = "nominations"
    VOTING = "voting"
    COUNTING = "counting"
    COUNTED = "counted"
    DECLARED = "declared"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class ElectionMethod(StrEnum):
    FPTP = "fptp"
    APPROVAL = "approval"
    STV = "stv"


class ElectedRole(StrEnum):
    """What the election fills: an officer's role (one place), or places as members or
    representatives (a council's members, a wing's representatives)."""

    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    SECRETARY = "secretary"
    REPRESENTATIVE = "representative"
    MEMBER = "member"


OFFICER_ROLES = frozenset({ElectedRole.CHAIR, ElectedRole.VICE_CHAIR, ElectedRole.SECRETARY})


class NominationStatus(StrEnum):
    AWAITING_SECONDING = "awaiting_seconding"
    STANDING = "standing"
    INELIGIBLE = "ineligible"
    WITHDRAWN = "withdrawn"
    ELECTED = "elected"
    NOT_ELECTED = "not_elected"


class EligibilityRules(Input):
    """Who may stand, checked at nomination and again when voting opens."""

    active_member: bool = Field(
        default=True, description="The candidate must be an active member of the board."
    )
    required_training: list[str] = Field(
        default_factory=list,
        max_length=20,
        description="Training types the candidate must hold, unexpired.",
    )
    max_terms: int | None = Field(
        default=None,
        ge=1,
        le=20,
        description="At most this many earlier terms in this role on this board.",
    )
    conflicting_roles: list[MembershipRole] = Field(
        default_factory=list,
        max_length=6,
        description="Roles on the board a candidate may not hold while standing.",
    )


class ElectionCreate(Input):
    title: str = Field(min_length=1, max_length=200)
    role: ElectedRole
    places: int = Field(default=1, ge=1, le=50, description="Officer roles have one place.")
    method: ElectionMethod
    requires_seconding: bool = False
    paper_ballots: bool = Field(
        default=False,
        description="Paper ballots are entered as tallies (first past the post, approval).",
    )
    eligibility: EligibilityRules = Field(default_factory=EligibilityRules)
    term_months: int = Field(default=24, ge=1, le=120)
    challenge_days: int = Field(
        default=0, ge=0, le=60, description="Days after the declaration a result may be challenged."
    )

    @model_validator(mode="after")
    def _consistent(self) -> ElectionCreate:
        if self.role in OFFICER_ROLES and self.places != 1:
            raise ValueError("an officer's role has one place")
        if self.paper_ballots and self.method == ElectionMethod.STV:
            raise ValueError("paper ballots are entered as tallies, which STV cannot count")
        return self


class NominationCreate(Input):
    person_id: uuid.UUID = Field(description="The candidate: yourself, or another member.")
    statement: str | None = Field(default=None, max_length=5_000)


class BallotCast(Input):
    choices: list[uuid.UUID] = Field(
        max_length=100,
        description="Nomination IDs: your ranking, first preference first (STV), or the "
        "candidates you mark (first past the post: up to the number of places; approval: "
        "any number).",
    )


class ReceiptCheck(Input):
    receipt: str = Field(min_length=1, max_length=100)


class PaperTallies(Input):
    tallies: dict[uuid.UUID, int] = Field(
        description="Marks per nomination ID on the paper ballots.", max_length=100
    )

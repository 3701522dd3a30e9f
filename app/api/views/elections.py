"""Elections, their nominations and published counts, ballot receipts. No output here
names who cast which ballot: a ballot is never shown, only whether a receipt's ballot
is in the box."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from pydantic import Field

from app.api.views.base import View, version_field
from app.db.models import Election, Nomination
from app.domain.boards.schemas import MembershipRole
from app.domain.elections.plurality import UNIT
from app.domain.elections.schemas import (
    ElectedRole,
    ElectionMethod,
    ElectionPhase,
    NominationStatus,
)
from app.domain.elections.voting import COUNTED_PHASES


class EligibilityOut(View):
    active_member: bool
    required_training: list[str]
    max_terms: int | None
    conflicting_roles: list[MembershipRole]


class NominationOut(View):
    """A candidate. Candidates stand in public: their person is shown to the board."""

    id: uuid.UUID
    election_id: uuid.UUID
    person_id: uuid.UUID
    nominated_by: uuid.UUID
    seconded_by: uuid.UUID | None
    statement: str | None
    status: NominationStatus
    reasons: list[str] = Field(description="Why the board's rules refused the candidate.")
    term_start: date | None
    term_end: date | None
    created_at: datetime


class ElectionTallyOut(View):
    nomination_id: uuid.UUID
    votes: str = Field(description="Votes to five decimal places, as the count keeps them.")


class StageOut(View):
    number: int
    action: str = Field(
        description="first_preferences, surplus, exclusion, remaining_elected (STV) or count."
    )
    subject: uuid.UUID | None = Field(description="The nomination whose votes moved.")
    tallies: list[ElectionTallyOut]
    non_transferable: str
    lost_to_rounding: str
    elected: list[uuid.UUID]
    excluded: list[uuid.UUID]
    note: str | None = Field(description="How a tie was broken, when one was.")


class ResultOut(View):
    """The published count: every stage, the rule, and the seed of the lot."""

    method: ElectionMethod
    tie_break: str
    seed: str | None = Field(description="Re-run the lot: SHA-256 of seed:nominationId.")
    quota: int | None = Field(description="The Droop quota, in votes (STV).")
    ballots: int
    paper_marks: int
    elected: list[uuid.UUID]
    stages: list[StageOut]


class ElectionOut(View):
    """An election of a board: the role or places it fills, its rules and phase."""

    id: uuid.UUID
    board_id: uuid.UUID
    title: str
    role: ElectedRole
    places: int
    method: ElectionMethod
    phase: ElectionPhase
    requires_seconding: bool
    paper_ballots: bool
    paper_tallies_entered: bool
    paper_tallies_confirmed: bool
    eligibility: EligibilityOut
    term_months: int
    challenge_days: int
    tie_break: str = Field(description="earlier_stage_then_lot: fixed before voting opens.")
    nominations_opened_at: datetime | None
    voting_opened_at: datetime | None
    voting_closed_at: datetime | None
    declared_at: datetime | None
    challenge_ends_at: datetime | None
    result: ResultOut | None
    created_at: datetime
    updated_at: datetime | None
    version: int = version_field("an election step")


class BallotReceiptOut(View):
    """Shown once: keep the receipt to check later that your ballot was counted."""

    election_id: uuid.UUID
    receipt: str


class ReceiptStatusOut(View):
    found: bool = Field(description="A ballot with this receipt is in the ballot box.")
    counted: bool = Field(description="...and the count that included it has been made.")


def _votes(units: int) -> str:
    return f"{units // UNIT}.{units % UNIT:05d}"


def _stage(stage: dict[str, Any]) -> dict[str, Any]:
    return {
        "number": stage["number"],
        "action": stage["action"],
        "subject": stage["subject"],
        "tallies": [{"nomination_id": k, "votes": _votes(v)} for k, v in stage["tallies"].items()],
        "non_transferable": _votes(stage["non_transferable"]),
        "lost_to_rounding": _votes(stage["lost_to_rounding"]),
        "elected": stage["elected"],
        "excluded": stage["excluded"],
        "note": stage["note"],
    }


def result_data(election: Election) -> dict[str, Any] | None:
    """The count once made; nothing of it (not even the seed) before."""
    if election.result is None or election.phase not in COUNTED_PHASES:
        return None
    stored = election.result
    return {
        "method": stored["method"],
        "tie_break": stored["tieBreak"],
        "seed": stored["seed"],
        "quota": stored["quota"],
        "ballots": stored["ballots"],
        "paper_marks": stored["paperMarks"],
        "elected": stored["elected"],
        "stages": [_stage(s) for s in stored["stages"]],
    }


def election_data(election: Election) -> dict[str, Any]:
    """The row as the view's fields, for REST and GraphQL alike."""
    data = {name: getattr(election, name, None) for name in ElectionOut.model_fields}
    data["paper_tallies_entered"] = election.paper_tallies is not None
    data["paper_tallies_confirmed"] = election.paper_confirmed_by is not None
    data["eligibility"] = EligibilityOut.model_validate(election.eligibility)
    data["result"] = result_data(election)
    return data


def election_out(election: Election) -> ElectionOut:
    return ElectionOut.model_validate(election_data(election))


def nomination_out(nomination: Nomination) -> NominationOut:
    return NominationOut.model_validate(nomination)

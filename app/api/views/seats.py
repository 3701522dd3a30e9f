"""Seats, their assignments, rotas and the fairness view.

The class names are REST's OpenAPI component names; GraphQL publishes the derived types
under its own (``app/api/graphql/seats.py``).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import Field

from app.api.views.base import View, version_field
from app.api.views.meetings import MeetingOut
from app.api.views.people import PersonView
from app.domain.seats.schemas import SeatKind


def _graphql_related(description: str | None = None) -> Any:
    """A related object GraphQL shows and REST leaves out (REST gives its id alone).

    It is declared here rather than in the GraphQL body because the published schema has
    it among the view's fields, not after them, and the view's order is GraphQL's. REST
    never fills it, so it defaults to None; GraphQL always supplies it (``derive.node``).
    """
    return Field(default=None, exclude=True, description=description)


class Considered(View):
    """A pool member the rota considered, and why they were not chosen."""

    person_id: uuid.UUID
    person: PersonView | None = _graphql_related()
    eligible: bool
    reason: str = Field(
        description="Why not: an eligibility rule (left, paused, outside_term, "
        "missing_training, unavailable, interest_declared, already_seated, declined) or, "
        "for an eligible member, the tie-break lost (more_turns, more_recent_turn, "
        "later_in_order). unavailable and interest_declared come from the member's private "
        "records: anyone but the member, coordinators and administrators gets not_available."
    )
    detail: str


class Explanation(View):
    """Why this member, in words, and who else was considered."""

    why: str
    considered: list[Considered] = Field(
        description="Every other pool member, in queue order. Always empty for API clients."
    )


class AssignmentOut(View):
    """A person in a seat at a meeting."""

    id: uuid.UUID
    seat_id: uuid.UUID
    meeting_id: uuid.UUID
    person_id: uuid.UUID
    status: str = Field(
        description="assigned (the current holder), declined, replaced, or released (the "
        "meeting was cancelled, or the holder's membership ended)."
    )
    source: str = Field(
        description="rota, decline (filled after a decline), handover (the previous holder "
        "left), swap or substitution."
    )
    explanation: Explanation | None
    created_at: datetime
    ended_at: datetime | None


class FairnessOut(View):
    """One pool member's share of a rotating seat; for a fixed seat, its holder's sittings
    first, then anyone who sat in or declined it."""

    person_id: uuid.UUID
    person: PersonView = _graphql_related()
    status: str
    turns: int
    baseline_turns: int = Field(description="Turns they joined the pool with.")
    declines: int
    last_seat_at: datetime | None


class SeatOut(View):
    """A seat an advisory board holds on the board it advises."""

    id: uuid.UUID
    advisory_board_id: uuid.UUID
    governance_board_id: uuid.UUID
    name: str
    kind: SeatKind
    holder_person_id: uuid.UUID | None
    holder: PersonView | None = _graphql_related("A fixed seat's holder.")
    pool_person_ids: list[uuid.UUID] = Field(
        description="Empty: every member of the advisory board takes turns."
    )
    required_training: list[str]
    created_at: datetime
    updated_at: datetime | None
    version: int = version_field("updateSeat")


class PlannedOut(View):
    """The rota's choice for one meeting."""

    meeting_id: uuid.UUID
    meeting: MeetingOut = _graphql_related()
    meeting_starts_at: datetime
    person_id: uuid.UUID | None = Field(description="Null when nobody is eligible.")
    person: PersonView | None = _graphql_related()
    assignment_id: uuid.UUID | None
    assignment: AssignmentOut | None = _graphql_related(
        "Null in a dry run, or when nobody is eligible."
    )
    explanation: Explanation


class RotaOut(View):
    seat_id: uuid.UUID
    seat: SeatOut = _graphql_related()
    dry_run: bool
    already_assigned: int = Field(
        description="Meetings in range that already had a holder and were left as they were."
    )
    planned: list[PlannedOut]


class DeclineOut(View):
    declined: AssignmentOut
    replacement: AssignmentOut | None = Field(
        description="The next eligible member, now holding the seat; null if nobody is."
    )


class SeatSettingsOut(View):
    """How an advisory board runs its seats."""

    board_id: uuid.UUID
    allow_two_seats: bool = Field(description="One person may hold two seats at a meeting.")
    declined_fixed_to_pool: bool = Field(
        description="A fixed seat declined without a named substitute goes to the rotation "
        "pool for that meeting; otherwise it stays empty."
    )

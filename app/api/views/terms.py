"""Membership terms: a board's term settings, renewals and stand-downs, freshness."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import Field

from app.api.views.base import View


class TermChangeOut(View):
    """A renewal or stand-down. The reason is shown to coordinators and the member."""

    id: uuid.UUID
    membership_id: uuid.UUID
    kind: str
    reason: str
    previous_term_end: date | None
    term_end: date | None
    created_at: datetime


class TermSettingsOut(View):
    board_id: uuid.UUID
    alert_days: int = Field(description="Days before a term ends that the member is told.")
    freshness_years: int = Field(description="What counts as recent in the freshness report.")


class FreshnessOut(View):
    """Share of a board's active members whose first term here began within the board's
    freshness window. Counts under the threshold (zero included) are null and marked
    suppressed, so no small group can be picked out."""

    board_id: uuid.UUID
    as_of: date
    freshness_years: int
    members: int | None
    fresh: int | None
    share: float | None
    suppressed: bool

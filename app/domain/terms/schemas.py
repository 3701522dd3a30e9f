"""Inputs for membership terms: a board's term settings, renewals and stand-downs."""

from __future__ import annotations

from pydantic import Field

from app.domain.schemas import Input, IsoDate


class TermSettingsInput(Input):
    alert_days: int = Field(
        default=60, ge=1, le=365, description="Days before a term ends that the member is told."
    )
    freshness_years: int = Field(
        default=2, ge=1, le=50, description="How recent a first term counts as fresh."
    )


class RenewalInput(Input):
    term_end: IsoDate = Field(description="The end of the renewed term.")
    reason: str = Field(min_length=1, max_length=2_000)


class StandDownInput(Input):
    reason: str = Field(min_length=1, max_length=2_000)
    effective_on: IsoDate | None = Field(default=None, description="Defaults to today.")

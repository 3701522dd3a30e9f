"""The expert bank: an entry as its person and coordinators see it, and a lot's
shortlist. Nobody else reaches either (the domain answers 404 or 403 first), so the
consented experience needs no thinner type."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import Field

from app.api.views.base import View
from app.domain.procurement.bank import BankView
from app.domain.procurement.shortlist import Shortlist


class BankTrainingOut(View):
    training_type: str
    completed_on: date
    expires_on: date | None


class ExpertBankEntryOut(View):
    id: uuid.UUID
    person_id: uuid.UUID
    display_name: str
    skills: list[str]
    availability_note: str | None
    unavailable_until: date | None
    training: list[BankTrainingOut] = Field(
        description="Current training from the person's training records."
    )
    experience_categories: list[str] = Field(
        description="The kinds of lived experience the person consented to be matched on: "
        "seen only by them, coordinators and administrators."
    )
    experience_year: int | None
    experience_consented_at: datetime | None
    consent_recorded_by_id: uuid.UUID | None = Field(
        description="The person, or the coordinator who recorded their consent."
    )
    consent_note: str | None
    created_at: datetime
    updated_at: datetime | None


class ShortlistExclusionOut(View):
    entry: ExpertBankEntryOut
    reasons: list[str] = Field(description="Why they are left off: a connection, or availability.")


class ShortlistOut(View):
    candidates: list[ExpertBankEntryOut] = Field(
        description="Bank members not on the lot's panel and not connected to its bidders."
    )
    excluded: list[ShortlistExclusionOut]


def entry_out(view: BankView) -> ExpertBankEntryOut:
    e = view.entry
    return ExpertBankEntryOut(
        id=e.id,
        person_id=e.person_id,
        display_name=view.person.display_name,
        skills=view.skills,
        availability_note=e.availability_note,
        unavailable_until=e.unavailable_until,
        training=[BankTrainingOut.model_validate(t, from_attributes=True) for t in view.training],
        experience_categories=view.experience,
        experience_year=e.experience_year,
        experience_consented_at=e.experience_consented_at,
        consent_recorded_by_id=e.consent_recorded_by_id,
        consent_note=e.consent_note,
        created_at=e.created_at,
        updated_at=e.updated_at,
    )


def shortlist_out(found: Shortlist) -> ShortlistOut:
    return ShortlistOut(
        candidates=[entry_out(v) for v in found.candidates],
        excluded=[
            ShortlistExclusionOut(entry=entry_out(x.view), reasons=x.reasons)
            for x in found.excluded
        ],
    )

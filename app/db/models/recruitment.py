"""Recruitment (opportunities, applications, their stages) and coaching/shadowing pairs.

Applicant columns are personal data (marked): visible only to coordinators,
administrators and the applicant, never in events, audit values or logs.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import CheckConstraint, Index, text
from sqlmodel import Field

from app.db.models.base import JsonType, Timestamped, org_field, time_field, version_column

_CURRENT = "person_id IS NOT NULL AND stage NOT IN ('withdrawn', 'unsuccessful')"
_opportunity_version = version_column()
_application_version = version_column()


class Opportunity(Timestamped, table=True):
    """A vacancy on a board, or in a seat's pool, with the rule applicants must meet."""

    __tablename__ = "opportunities"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'closed')", name="status"),
        CheckConstraint("places >= 1", name="places"),
    )
    __mapper_args__ = {"version_id_col": _opportunity_version}

    organisation_id: uuid.UUID = org_field()
    board_id: uuid.UUID = Field(foreign_key="boards.id", ondelete="CASCADE", index=True)
    seat_id: uuid.UUID | None = Field(default=None, foreign_key="seats.id", ondelete="SET NULL")
    title: str
    description: str | None = None
    places: int = 1
    closes_on: date | None = None
    status: str = "open"
    # The rule (rules.EligibilityRule as JSON); null: anyone may apply.
    eligibility: dict[str, Any] | None = Field(default=None, sa_type=JsonType, nullable=True)
    created_by_id: uuid.UUID | None = None
    updated_at: datetime | None = time_field()
    version: int = Field(default=1, sa_column=_opportunity_version)


class Application(Timestamped, table=True):
    """Someone applying for (or referred to) an opportunity, and where they stand."""

    __tablename__ = "applications"
    __table_args__ = (
        CheckConstraint(
            "stage IN ('applied', 'eligible', 'interviewed', 'training', 'active', "
            "'withdrawn', 'unsuccessful')",
            name="stage",
        ),
        CheckConstraint("referral IN ('self', 'member', 'outside')", name="referral"),
        CheckConstraint(
            "person_id IS NOT NULL OR applicant_name IS NOT NULL", name="applicant_named"
        ),
        Index("ix_applications_opportunity_id_id", "opportunity_id", "id"),
        # One application under way per person and opportunity, even when two race.
        Index(
            "uq_applications_current_person",
            "opportunity_id",
            "person_id",
            unique=True,
            sqlite_where=text(_CURRENT),
            postgresql_where=text(_CURRENT),
        ),
    )
    __mapper_args__ = {"version_id_col": _application_version}

    organisation_id: uuid.UUID = org_field()
    opportunity_id: uuid.UUID = Field(foreign_key="opportunities.id", ondelete="CASCADE")
    # Set when the applicant is (or, once active, becomes) a person of the organisation.
    person_id: uuid.UUID | None = Field(
        default=None, foreign_key="people.id", ondelete="SET NULL", index=True
    )
    membership_id: uuid.UUID | None = Field(
        default=None, foreign_key="memberships.id", ondelete="SET NULL"
    )
    # Personal data: coordinators, administrators and the applicant only.
    applicant_name: str | None = None
    applicant_email: str | None = None
    applicant_phone: str | None = None
    # Personal data: only the answers the opportunity's rule asks for.
    answers: dict[str, Any] = Field(default_factory=dict, sa_type=JsonType, nullable=False)
    eligible: bool = False
    referral: str = "self"
    referrer_person_id: uuid.UUID | None = Field(
        default=None, foreign_key="people.id", ondelete="SET NULL"
    )
    referrer_name: str | None = None
    referrer_organisation: str | None = None
    stage: str = "applied"
    created_by_type: str
    created_by_id: uuid.UUID
    updated_at: datetime | None = time_field()
    version: int = Field(default=1, sa_column=_application_version)


class ApplicationStageChange(Timestamped, table=True):
    """Every move of an application, with its reason: the history is never rewritten."""

    __tablename__ = "application_stage_changes"

    organisation_id: uuid.UUID = org_field()
    application_id: uuid.UUID = Field(foreign_key="applications.id", ondelete="CASCADE", index=True)
    from_stage: str | None = None
    to_stage: str
    # Personal data: may say why someone was not taken on.
    reason: str
    actor_type: str
    actor_id: uuid.UUID


class Pairing(Timestamped, table=True):
    """A new member with a coach, or a shadow with the seat holder whose meetings they
    attend, for a period (dates inclusive, UTC)."""

    __tablename__ = "pairings"
    __table_args__ = (
        CheckConstraint("kind IN ('coaching', 'shadowing')", name="kind"),
        CheckConstraint("ends_on >= starts_on", name="period"),
        CheckConstraint("person_id <> partner_person_id", name="two_people"),
        Index("ix_pairings_partner_person_id_starts_on", "partner_person_id", "starts_on"),
    )

    organisation_id: uuid.UUID = org_field()
    kind: str
    person_id: uuid.UUID = Field(foreign_key="people.id", ondelete="CASCADE", index=True)
    partner_person_id: uuid.UUID = Field(foreign_key="people.id", ondelete="CASCADE")
    starts_on: date
    ends_on: date
    note: str | None = None
    created_by_id: uuid.UUID

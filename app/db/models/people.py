"""People and what is recorded about them. Sensitive columns are marked in comments."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Index
from sqlmodel import Field

from app.db.models.base import (
    Timestamped,
    json_list_field,
    org_field,
    time_field,
    version_column,
)

_person_version = version_column()


class Person(Timestamped, table=True):
    __tablename__ = "people"
    __table_args__ = (
        Index("uq_people_organisation_id_email", "organisation_id", "email", unique=True),
        Index("ix_people_email", "email"),
        Index(
            "uq_people_organisation_id_idp",
            "organisation_id",
            "idp_issuer",
            "idp_subject",
            unique=True,
        ),
        Index("ix_people_idp", "idp_issuer", "idp_subject"),
    )
    __mapper_args__ = {"version_id_col": _person_version}

    organisation_id: uuid.UUID = org_field()
    # Stored lower-cased: the sign-in name, unique within the organisation. Unique per
    # organisation, not globally, so that adding a person cannot tell whether another
    # organisation already has that address.
    email: str
    display_name: str
    pronouns: str | None = None
    phone: str | None = None
    roles: list[str] = json_list_field()
    # Sensitive: visible only to the person, coordinators and administrators.
    lived_experience_categories: list[str] = json_list_field()
    access_needs: str | None = None
    password_hash: str | None = None
    # In every access token we issue, and matched on the actor lookup: raising it ends
    # every access token issued before, at once (a password set by link, for one).
    token_version: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    # The external identity provider's (iss, sub), bound at the first sign-in through it
    # with a verified email. From then on only that subject reaches this person, so an
    # email changed at the provider cannot take over another account.
    idp_issuer: str | None = None
    idp_subject: str | None = None
    # A sign-in email asked for and not yet confirmed from that address (email_change
    # links); until then ``email`` stays in force for sign-in and messages.
    pending_email: str | None = None
    active: bool = True
    updated_at: datetime | None = time_field()
    version: int = Field(default=1, sa_column=_person_version)


class TrainingRecord(Timestamped, table=True):
    __tablename__ = "training_records"

    organisation_id: uuid.UUID = org_field()
    person_id: uuid.UUID = Field(foreign_key="people.id", ondelete="CASCADE", index=True)
    training_type: str = Field(index=True)
    completed_on: date
    expires_on: date | None = None
    provider: str | None = None
    # Claimed by the reminder sweep (support/reminders.py) so the reminder goes once.
    reminder_sent_at: datetime | None = time_field()


class Interest(Timestamped, table=True):
    """A declaration of interest: a connection that can make a person ineligible."""

    __tablename__ = "interests"

    organisation_id: uuid.UUID = org_field()
    person_id: uuid.UUID = Field(foreign_key="people.id", ondelete="CASCADE", index=True)
    description: str
    topic_tags: list[str] = json_list_field()
    # Organisations the connection is with, by name: how a procurement shortlist finds
    # who is connected to a lot's bidders.
    organisations: list[str] = json_list_field()
    declared_on: date
    # Withdrawn, not deleted: who had which conflict, and until when, must stay traceable
    # after the fact. A withdrawn declaration no longer counts anywhere.
    withdrawn_at: datetime | None = time_field()


class Unavailability(Timestamped, table=True):
    __tablename__ = "unavailability"

    organisation_id: uuid.UUID = org_field()
    person_id: uuid.UUID = Field(foreign_key="people.id", ondelete="CASCADE", index=True)
    starts_on: date
    ends_on: date
    # Sensitive: licence conditions, health.
    reason: str | None = None

"""People and what is recorded about them.

Private fields live only on ``PersonPrivate``; ``person_view`` is the one rule that picks
the type, for REST bodies and GraphQL objects alike, so a private field added there
cannot reach a caller who may not see it.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from pydantic import Field

from app.api.views.base import View, version_field
from app.db.models import Person
from app.domain.actors import Actor, OrgRole
from app.domain.datarights import reads
from app.domain.people.service import can_see_private

PRIVATE = "Shown only to the person themself, coordinators and administrators."


class PersonPublic(View):
    """What everyone in the organisation may see."""

    id: uuid.UUID
    display_name: str
    pronouns: str | None
    roles: list[OrgRole]
    active: bool
    created_at: datetime
    updated_at: datetime | None
    version: int = version_field("updatePerson")


class PersonPrivate(PersonPublic):
    """Shown only to the person themself, coordinators and administrators."""

    email: str = Field(description=PRIVATE + " The sign-in email in force.")
    pending_email: str | None = Field(
        description=PRIVATE
        + " A new sign-in email asked for and not yet confirmed from that address; `email`"
        " stays in force for sign-in and messages until it is."
    )
    phone: str | None = Field(description=PRIVATE)
    lived_experience_categories: list[str] = Field(description=PRIVATE)
    access_needs: str | None = Field(description=PRIVATE)


PersonView = PersonPrivate | PersonPublic


def person_view(actor: Actor, person_id: uuid.UUID) -> type[PersonPublic]:
    """Which of the two types this caller gets for this person. Choosing the private
    type is a read of private fields, so it is noted for the audit here, once."""
    if not can_see_private(actor, person_id):
        return PersonPublic
    reads.note(actor, person_id)
    return PersonPrivate


class TrainingRecordOut(View):
    id: uuid.UUID
    person_id: uuid.UUID
    training_type: str
    completed_on: date
    expires_on: date | None
    provider: str | None
    created_at: datetime


class InterestOut(View):
    """A declaration of interest."""

    id: uuid.UUID
    person_id: uuid.UUID
    description: str
    topic_tags: list[str]
    organisations: list[str]
    declared_on: date
    created_at: datetime


class UnavailabilityOut(View):
    id: uuid.UUID
    person_id: uuid.UUID
    starts_on: date
    ends_on: date
    reason: str | None
    created_at: datetime


_FIELDS = {cls: tuple(cls.model_fields) for cls in (PersonPublic, PersonPrivate)}


def person_out(actor: Actor, person: Person) -> PersonPublic:
    return person_view(actor, person.id).model_validate(person)


def person_fields(actor: Actor, row: Mapping[Any, Any]) -> dict[str, object]:
    """The caller's fields of a person from a listed-columns row, as a plain dict, for
    pages validated in one call."""
    return {name: row[name] for name in _FIELDS[person_view(actor, row["id"])]}

"""What REST shows of people. Private fields live only on ``PersonPrivate``."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from app.api.rest.schemas import Out
from app.db.models import Person
from app.domain.actors import Actor, OrgRole
from app.domain.people.service import can_see_private


class PersonPublic(Out):
    """What everyone in the organisation may see."""

    id: uuid.UUID
    display_name: str
    pronouns: str | None
    roles: list[OrgRole]
    active: bool
    created_at: datetime
    updated_at: datetime | None


class PersonPrivate(PersonPublic):
    """Shown only to the person themself, coordinators and administrators."""

    email: str
    phone: str | None
    lived_experience_categories: list[str]
    access_needs: str | None


PersonOut = PersonPrivate | PersonPublic


def person_out(actor: Actor, person: Person) -> PersonOut:
    model = PersonPrivate if can_see_private(actor, person.id) else PersonPublic
    return model.model_validate(person)


_PUBLIC = tuple(PersonPublic.model_fields)
_PRIVATE = tuple(PersonPrivate.model_fields)


def person_fields(actor: Actor, row: Mapping[Any, Any]) -> dict[str, object]:
    """The fields of ``person_out`` from a listed-columns row, as a plain dict for pages
    validated in one call."""
    names = _PRIVATE if can_see_private(actor, row["id"]) else _PUBLIC
    return {name: row[name] for name in names}


class TrainingRecordOut(Out):
    id: uuid.UUID
    person_id: uuid.UUID
    training_type: str
    completed_on: date
    expires_on: date | None
    provider: str | None
    created_at: datetime


class InterestOut(Out):
    id: uuid.UUID
    person_id: uuid.UUID
    description: str
    topic_tags: list[str]
    declared_on: date
    created_at: datetime


class UnavailabilityOut(Out):
    id: uuid.UUID
    person_id: uuid.UUID
    starts_on: date
    ends_on: date
    reason: str | None
    created_at: datetime

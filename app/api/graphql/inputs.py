"""Mutation inputs. Each becomes the domain's own pydantic model, validated by its
camelCase aliases, so the rules (lengths, formats, cross-field checks) are the domain's.

A field left out is UNSET and not passed on, which is what makes the update inputs
partial: only what is sent is changed, and an explicit null is the domain's to refuse.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import TypeVar

import strawberry
from pydantic import BaseModel
from pydantic.alias_generators import to_camel
from strawberry import UNSET

from app.api.graphql.enums import BoardKind, MembershipRole, MembershipStatus, OrgRole

M = TypeVar("M", bound=BaseModel)


def to_domain(model: type[M], data: object) -> M:
    """Build ``model`` from a GraphQL input; a pydantic error becomes code VALIDATION."""
    sent = {to_camel(name): value for name, value in vars(data).items() if value is not UNSET}
    return model.model_validate(sent)


@strawberry.input
class CreatePersonInput:
    email: str
    display_name: str
    pronouns: str | None = UNSET
    phone: str | None = UNSET
    roles: list[OrgRole] | None = strawberry.field(
        default=UNSET, description="Defaults to [MEMBER]; other roles need an administrator."
    )
    lived_experience_categories: list[str] | None = UNSET
    access_needs: str | None = UNSET
    initial_password: str | None = strawberry.field(
        default=UNSET, description="Administrators only. Write-only: never returned."
    )


@strawberry.input(description="Only the fields sent are changed.")
class UpdatePersonInput:
    email: str | None = UNSET
    display_name: str | None = UNSET
    pronouns: str | None = UNSET
    phone: str | None = UNSET
    roles: list[OrgRole] | None = UNSET
    lived_experience_categories: list[str] | None = UNSET
    access_needs: str | None = UNSET
    active: bool | None = UNSET


@strawberry.input
class ChangePasswordInput:
    current_password: str
    new_password: str


@strawberry.input
class TrainingRecordInput:
    training_type: str
    completed_on: date
    expires_on: date | None = UNSET
    provider: str | None = UNSET


@strawberry.input
class InterestInput:
    description: str
    topic_tags: list[str] | None = UNSET
    declared_on: date


@strawberry.input
class UnavailabilityInput:
    starts_on: date
    ends_on: date
    reason: str | None = UNSET


@strawberry.input
class CreateBoardInput:
    name: str
    kind: BoardKind
    description: str | None = UNSET
    advises_board_id: uuid.UUID | None = UNSET
    notice_period_days: int | None = UNSET
    terms_of_reference: str | None = UNSET
    timezone: str | None = strawberry.field(
        default=UNSET, description="An IANA time zone; defaults to Europe/London."
    )


@strawberry.input(description="Only the fields sent are changed.")
class UpdateBoardInput:
    name: str | None = UNSET
    description: str | None = UNSET
    advises_board_id: uuid.UUID | None = UNSET
    notice_period_days: int | None = UNSET
    terms_of_reference: str | None = UNSET
    timezone: str | None = UNSET


@strawberry.input
class CreateMembershipInput:
    person_id: uuid.UUID
    role: MembershipRole | None = strawberry.field(default=UNSET, description="Defaults to MEMBER.")
    status: MembershipStatus | None = strawberry.field(
        default=UNSET, description="Defaults to ACTIVE."
    )
    term_start: date
    term_end: date | None = UNSET


@strawberry.input(description="Only the fields sent are changed.")
class UpdateMembershipInput:
    role: MembershipRole | None = UNSET
    status: MembershipStatus | None = UNSET
    term_start: date | None = UNSET
    term_end: date | None = UNSET

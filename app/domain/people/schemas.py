from __future__ import annotations

from datetime import date
from typing import Annotated, ClassVar

from pydantic import EmailStr, Field, SecretStr, StringConstraints, ValidationInfo, field_validator

from app.domain.actors import OrgRole
from app.domain.passwords import NEW_PASSWORD_SCHEMA
from app.domain.schemas import Input, IsoDate, Patch

Name = Field(min_length=1, max_length=200)
Tag = Field(min_length=1, max_length=80)


class PersonCreate(Input):
    email: EmailStr
    display_name: str = Name
    pronouns: str | None = Field(default=None, max_length=40)
    phone: str | None = Field(default=None, max_length=40)
    roles: list[OrgRole] = Field(
        default_factory=lambda: [OrgRole.MEMBER],
        description="Defaults to [MEMBER]; other roles need an administrator.",
    )
    lived_experience_categories: list[str] = Field(default_factory=list, max_length=20)
    access_needs: str | None = Field(default=None, max_length=2_000)
    # Write-only: set by an administrator so the person can sign in; never returned.
    initial_password: SecretStr | None = Field(
        default=None,
        description="Administrators only. Write-only: never returned.",
        json_schema_extra=NEW_PASSWORD_SCHEMA,
    )


class PersonUpdate(Patch):
    NOT_NULL: ClassVar[frozenset[str]] = frozenset(
        {"email", "display_name", "roles", "lived_experience_categories", "active"}
    )

    email: EmailStr | None = None
    display_name: str | None = Field(default=None, min_length=1, max_length=200)
    pronouns: str | None = Field(default=None, max_length=40)
    phone: str | None = Field(default=None, max_length=40)
    roles: list[OrgRole] | None = None
    lived_experience_categories: list[str] | None = Field(default=None, max_length=20)
    access_needs: str | None = Field(default=None, max_length=2_000)
    active: bool | None = None


class PasswordChange(Input):
    current_password: SecretStr
    new_password: SecretStr = Field(json_schema_extra=NEW_PASSWORD_SCHEMA)


class TrainingRecordCreate(Input):
    training_type: str = Tag
    completed_on: IsoDate
    expires_on: IsoDate | None = None
    provider: str | None = Field(default=None, max_length=200)

    @field_validator("expires_on")
    @classmethod
    def _expiry_after_completion(cls, value: date | None, info: ValidationInfo) -> date | None:
        completed = info.data.get("completed_on")
        if value is not None and completed is not None and value < completed:
            raise ValueError("expiresOn must not be before completedOn")
        return value


class InterestCreate(Input):
    description: str = Field(min_length=1, max_length=2_000)
    topic_tags: list[str] = Field(default_factory=list, max_length=20)
    organisations: list[Annotated[str, StringConstraints(min_length=1, max_length=200)]] = Field(
        default_factory=list,
        max_length=20,
        description="Organisations the connection is with, by name: a procurement lot's "
        "shortlist leaves out anyone who names one of its bidders.",
    )
    declared_on: IsoDate


class UnavailabilityCreate(Input):
    starts_on: IsoDate
    ends_on: IsoDate
    reason: str | None = Field(default=None, max_length=2_000)

    @field_validator("ends_on")
    @classmethod
    def _ordered(cls, value: date, info: ValidationInfo) -> date:
        starts = info.data.get("starts_on")
        if starts is not None and value < starts:
            raise ValueError("endsOn must not be before startsOn")
        return value

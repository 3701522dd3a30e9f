"""Mutation inputs, derived from the domain's own input models (``derive.input_type``),
and turned back into them by ``to_domain``, validated by their camelCase aliases, so the
fields and the rules (lengths, formats, cross-field checks) are declared once, there.

A field left out is UNSET and not passed on, which is what makes the update inputs
partial: only what is sent is changed, and an explicit null is the domain's to refuse.
"""

from __future__ import annotations

from dataclasses import is_dataclass
from typing import Annotated, TypeVar

import strawberry
from pydantic import BaseModel
from pydantic.alias_generators import to_camel
from strawberry import UNSET

from app.api.graphql.derive import input_type
from app.domain.boards.schemas import BoardCreate, BoardUpdate, MembershipCreate, MembershipUpdate
from app.domain.organisations import OrganisationUpdate
from app.domain.people.schemas import (
    InterestCreate,
    PasswordChange,
    PersonCreate,
    PersonUpdate,
    TrainingRecordCreate,
    UnavailabilityCreate,
)

M = TypeVar("M", bound=BaseModel)


Version = Annotated[
    int,
    strawberry.argument(
        description="The `version` you last read; a stale one fails with PRECONDITION_FAILED."
    ),
]


def _wire(value: object) -> object:
    # A GraphQL input as the camelCase JSON the domain validates, nested inputs included;
    # fields left out are not sent, so the domain's defaults and partial updates apply.
    if is_dataclass(value) and not isinstance(value, type):
        return {to_camel(k): _wire(v) for k, v in vars(value).items() if v is not UNSET}
    if isinstance(value, list):
        return [_wire(item) for item in value]
    return value


def to_domain(model: type[M], data: object) -> M:
    """Build the domain's input from a GraphQL one; a pydantic error is code VALIDATION,
    with pointers such as ``/agenda/0/title``."""
    return model.model_validate(_wire(data))


@input_type(PersonCreate, name="CreatePersonInput")
class CreatePersonInput:
    pass


@input_type(PersonUpdate, name="UpdatePersonInput")
class UpdatePersonInput:
    pass


@input_type(PasswordChange, name="ChangePasswordInput")
class ChangePasswordInput:
    pass


@input_type(TrainingRecordCreate, name="TrainingRecordInput")
class TrainingRecordInput:
    pass


@input_type(InterestCreate, name="InterestInput")
class InterestInput:
    pass


@input_type(UnavailabilityCreate, name="UnavailabilityInput")
class UnavailabilityInput:
    pass


@input_type(BoardCreate, name="CreateBoardInput")
class CreateBoardInput:
    pass


@input_type(OrganisationUpdate, name="UpdateOrganisationInput")
class UpdateOrganisationInput:
    pass


@input_type(BoardUpdate, name="UpdateBoardInput")
class UpdateBoardInput:
    pass


@input_type(MembershipCreate, name="CreateMembershipInput")
class CreateMembershipInput:
    pass


@input_type(MembershipUpdate, name="UpdateMembershipInput")
class UpdateMembershipInput:
    pass

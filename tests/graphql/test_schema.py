"""The schema itself: importable without a database, and inputs that match the domain."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import pytest
from pydantic import BaseModel

from app.api.graphql import inputs
from app.domain.boards.schemas import BoardCreate, BoardUpdate, MembershipCreate, MembershipUpdate
from app.domain.people.schemas import (
    InterestCreate,
    PasswordChange,
    PersonCreate,
    PersonUpdate,
    TrainingRecordCreate,
    UnavailabilityCreate,
)


def test_the_schema_exports_without_a_database() -> None:
    # A fresh interpreter with an unreachable database: importing must not connect.
    script = (
        "from app.api.graphql.schema import schema; "
        "sdl = schema.as_str(); "
        "assert 'type Query' in sdl and 'type Mutation' in sdl; print(len(sdl))"
    )
    env = {"CHORUS_DATABASE_URL": "postgresql+asyncpg://nobody@127.0.0.1:1/none", "PATH": ""}
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    ("graphql_input", "model"),
    [
        (inputs.CreatePersonInput, PersonCreate),
        (inputs.UpdatePersonInput, PersonUpdate),
        (inputs.ChangePasswordInput, PasswordChange),
        (inputs.TrainingRecordInput, TrainingRecordCreate),
        (inputs.InterestInput, InterestCreate),
        (inputs.UnavailabilityInput, UnavailabilityCreate),
        (inputs.CreateBoardInput, BoardCreate),
        (inputs.UpdateBoardInput, BoardUpdate),
        (inputs.CreateMembershipInput, MembershipCreate),
        (inputs.UpdateMembershipInput, MembershipUpdate),
    ],
)
def test_inputs_carry_exactly_the_domain_fields(
    graphql_input: type, model: type[BaseModel]
) -> None:
    """A field added to a domain model and forgotten here fails this test."""
    fields = {f.name: f for f in dataclasses.fields(graphql_input)}
    assert set(fields) == set(model.model_fields)
    required_here = {n for n, f in fields.items() if f.default is dataclasses.MISSING}
    required_there = {n for n, f in model.model_fields.items() if f.is_required()}
    assert required_here == required_there


def test_update_inputs_say_which_fields_refuse_null() -> None:
    # GraphQL cannot declare a field optional yet non-null, so the description says it.
    from app.api.graphql.derive import _INPUTS, NULL_REFUSED
    from app.api.graphql.schema import schema
    from app.domain.schemas import Patch

    patches = {model: made for model, made in _INPUTS.items() if issubclass(model, Patch)}
    assert BoardUpdate in patches
    assert len(patches) >= 8, patches
    for model, made in patches.items():
        graphql_type = schema._schema.type_map[made.__strawberry_definition__.name]
        for name, info in model.model_fields.items():
            field = graphql_type.fields[info.alias or name]  # type: ignore[attr-defined]
            said = NULL_REFUSED in (field.description or "")
            assert said == (name in model.NOT_NULL), (model.__name__, name)
            assert not str(field.type).endswith("!"), (model.__name__, name)

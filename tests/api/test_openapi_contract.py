"""The committed OpenAPI document tells generated clients the truth about errors and names.

Each problem the suite provokes is also checked against the published ``Problem`` schema
by the test client itself (tests/support.py ``check_problem``).
"""

from __future__ import annotations

import json
import re

import httpx
import pytest

from app.domain.passwords import MIN_LENGTH
from tests.api.helpers import API
from tests.factories import Caller
from tests.support import PUBLISHED_OPENAPI, check_problem

DOCUMENT = json.loads(PUBLISHED_OPENAPI.read_text())
OPERATIONS = [
    (f"{method.upper()} {path}", operation)
    for path, operations in DOCUMENT["paths"].items()
    for method, operation in operations.items()
]


def test_every_error_response_is_a_problem() -> None:
    wrong = [
        f"{name} {code}"
        for name, operation in OPERATIONS
        for code, response in operation["responses"].items()
        if code[0] in "45"
        and response.get("content")
        != {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
    ]
    assert not wrong, wrong[:10]
    assert "HTTPValidationError" not in DOCUMENT["components"]["schemas"]


def test_problem_schema_names_members_as_the_server_sends_them() -> None:
    members = DOCUMENT["components"]["schemas"]["Problem"]["properties"]
    assert {"type", "title", "status", "detail", "instance", "requestId", "errors"} <= set(members)
    assert "request_id" not in members


def test_operation_ids_are_short_unique_and_camel_case() -> None:
    ids = [operation["operationId"] for _, operation in OPERATIONS]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z]+(?:[A-Z][a-z0-9]*)*", i) for i in ids), ids
    assert {"listBoards", "createExpenseClaim", "circulatePapers", "issueToken"} <= set(ids)


def test_schema_names_are_the_models_own() -> None:
    """Two models of one name get module-qualified names (``app__api__views__...``) that
    generators turn into clashing or unreadable classes: each name is unique on its own."""
    qualified = [name for name in DOCUMENT["components"]["schemas"] if name.startswith("app__")]
    assert not qualified, qualified


def test_every_new_password_declares_the_length_rule() -> None:
    """A generated client can refuse a short password before sending it."""
    schemas = DOCUMENT["components"]["schemas"]
    found = {
        f"{model}.{field}": spec.get("minLength")
        for model, schema in schemas.items()
        for field, spec in schema.get("properties", {}).items()
        if field in {"password", "newPassword", "initialPassword"} and model != "Body_issueToken"
    }
    assert found == dict.fromkeys(
        ["SetPassword.password", "PasswordChange.newPassword", "PersonCreate.initialPassword"],
        MIN_LENGTH,
    )


async def test_a_problem_with_an_undeclared_member_fails_the_check(
    client: httpx.AsyncClient, admin: Caller
) -> None:
    """The suite-wide check can fail: a member the schema does not declare is caught."""
    response = await client.post(f"{API}/boards", json={}, headers=admin.headers)
    assert response.status_code == 422
    body = {**response.json(), "request_id": "x"}
    forged = httpx.Response(
        422,
        json=body,
        headers={"content-type": "application/problem+json"},
        request=response.request,
    )
    with pytest.raises(AssertionError, match="problem breaks the schema"):
        await check_problem(forged)

"""Errors are RFC 9457 problem details: unknown paths, wrong methods, invalid input."""

from __future__ import annotations

import httpx
import pytest

from tests.api.helpers import API, problem
from tests.factories import Caller

BOARD = {"name": "Lived Experience Team", "kind": "advisory"}


async def test_an_unknown_path_is_a_404_problem(client: httpx.AsyncClient, admin: Caller) -> None:
    for path in ("/api/v1/no-such-thing", "/api/v2/boards", "/nowhere"):
        body = problem(await client.get(path, headers=admin.headers), 404, "not-found")
        assert body["instance"] == path


async def test_an_unknown_id_is_a_404_problem(client: httpx.AsyncClient, admin: Caller) -> None:
    missing = "01900000-0000-7000-8000-000000000000"
    problem(await client.get(f"{API}/boards/{missing}", headers=admin.headers), 404, "not-found")


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("DELETE", "/boards", {"GET", "POST"}),
        ("PUT", "/me", {"GET"}),
        ("GET", "/auth/token", {"POST"}),
    ],
)
async def test_a_wrong_method_is_a_405_problem_naming_the_allowed_ones(
    client: httpx.AsyncClient, admin: Caller, method: str, path: str, allowed: set[str]
) -> None:
    response = await client.request(method, f"{API}{path}", headers=admin.headers)
    problem(response, 405, "method-not-allowed")
    assert {m.strip() for m in response.headers["allow"].split(",")} == allowed


async def test_a_validation_error_points_at_the_camel_case_field(
    client: httpx.AsyncClient, admin: Caller
) -> None:
    response = await client.post(
        f"{API}/people",
        json={"email": "not-an-email", "displayName": ""},
        headers=admin.headers,
    )
    body = problem(response, 422, "validation")
    pointers = {e["pointer"] for e in body["errors"]}
    assert pointers == {"/email", "/displayName"}
    assert all(e["detail"] for e in body["errors"])


async def test_a_missing_field_is_named(client: httpx.AsyncClient, admin: Caller) -> None:
    response = await client.post(f"{API}/boards", json={"name": "X"}, headers=admin.headers)
    body = problem(response, 422, "validation")
    assert [e["pointer"] for e in body["errors"]] == ["/kind"]


async def test_a_nested_field_is_pointed_at_by_its_path(
    client: httpx.AsyncClient, admin: Caller
) -> None:
    response = await client.post(
        f"{API}/api-clients",
        json={"name": "P", "scopes": ["boards:read", "root"]},
        headers=admin.headers,
    )
    body = problem(response, 422, "validation")
    assert [e["pointer"] for e in body["errors"]] == ["/scopes/1"]


@pytest.mark.parametrize("field", ["id", "organisationId", "version", "createdAt", "notAField"])
async def test_unknown_or_read_only_fields_are_refused(
    client: httpx.AsyncClient, admin: Caller, field: str
) -> None:
    response = await client.post(f"{API}/boards", json={**BOARD, field: "x"}, headers=admin.headers)
    body = problem(response, 422, "validation")
    assert [e["pointer"] for e in body["errors"]] == [f"/{field}"]
    listed = await client.get(f"{API}/boards", headers=admin.headers)
    assert listed.json()["items"] == []


async def test_snake_case_names_are_not_accepted_as_aliases(
    client: httpx.AsyncClient, admin: Caller
) -> None:
    response = await client.post(
        f"{API}/people",
        json={"email": "a@example.org", "display_name": "Snake"},
        headers=admin.headers,
    )
    body = problem(response, 422, "validation")
    assert {e["pointer"] for e in body["errors"]} == {"/displayName", "/display_name"}


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("kind=bogus", "kind"),
        ("limit=101", "limit"),
        ("limit=0", "limit"),
        ("limit=many", "limit"),
    ],
)
async def test_a_bad_query_parameter_is_named(
    client: httpx.AsyncClient, admin: Caller, query: str, parameter: str
) -> None:
    response = await client.get(f"{API}/boards?{query}", headers=admin.headers)
    body = problem(response, 422, "validation")
    assert [e.get("parameter") for e in body["errors"]] == [parameter]
    assert all("pointer" not in e or e["pointer"] is None for e in body["errors"])


async def test_a_malformed_path_id_is_a_validation_problem(
    client: httpx.AsyncClient, admin: Caller
) -> None:
    response = await client.get(f"{API}/boards/not-a-uuid", headers=admin.headers)
    body = problem(response, 422, "validation")
    assert [e.get("parameter") for e in body["errors"]] == ["board_id"]


async def test_a_body_that_is_not_json_is_refused(client: httpx.AsyncClient, admin: Caller) -> None:
    response = await client.post(
        f"{API}/boards",
        content=b'{"name": "X", "kind":',
        headers={**admin.headers, "Content-Type": "application/json"},
    )
    # The error is the body's, not a field's: 400 (issue 12), not a field rule's 422.
    body = problem(response, 400, "malformed-json")
    assert "errors" not in body
    assert (await client.get(f"{API}/boards", headers=admin.headers)).json()["items"] == []


async def test_problems_never_carry_a_stack_trace(client: httpx.AsyncClient, admin: Caller) -> None:
    response = await client.post(f"{API}/boards", json={"kind": 5}, headers=admin.headers)
    body = problem(response, 422)
    assert "Traceback" not in response.text
    assert "pydantic" not in response.text.lower()
    assert body["instance"] == f"{API}/boards"

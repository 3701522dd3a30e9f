"""Posting GraphQL and reading its answers."""

from __future__ import annotations

from typing import Any

import httpx

from tests.factories import Caller


async def gql(
    client: httpx.AsyncClient,
    caller: Caller | None,
    query: str,
    variables: dict[str, Any] | None = None,
    *,
    status: int = 200,
) -> dict[str, Any]:
    """POST one operation and return the JSON body, asserting the HTTP status."""
    response = await client.post(
        "/graphql",
        json={"query": query, "variables": variables},
        headers=caller.headers if caller else {},
    )
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body: dict[str, Any] = response.json()
    return body


def ok(body: dict[str, Any]) -> dict[str, Any]:
    """The data of a response that must have no errors."""
    assert "errors" not in body, body["errors"]
    data: dict[str, Any] = body["data"]
    return data


def codes(body: dict[str, Any]) -> list[str]:
    return [e["extensions"]["code"] for e in body.get("errors", [])]


def only_error(body: dict[str, Any], code: str) -> dict[str, Any]:
    """The one error of a response, asserting its code."""
    assert codes(body) == [code], body
    error: dict[str, Any] = body["errors"][0]
    return error


def nodes(connection: dict[str, Any]) -> list[dict[str, Any]]:
    return [edge["node"] for edge in connection["edges"]]

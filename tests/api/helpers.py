"""Shared helpers for the REST tests: problem details, sign-in, ETags."""

from __future__ import annotations

import base64
import re
from typing import Any
from urllib.parse import quote

import httpx

API = "/api/v1"
PROBLEM_JSON = "application/problem+json"


def problem(response: httpx.Response, status: int, slug: str | None = None) -> dict[str, Any]:
    """Assert an RFC 9457 problem of this status (and type) and return its body."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM_JSON), response.headers
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert {"type", "title", "detail", "instance"} <= body.keys(), body
    if slug is not None:
        assert body["type"] == f"/problems/{slug}", body
    return body


def oauth_error(response: httpx.Response, status: int, error: str) -> dict[str, Any]:
    body = problem(response, status, "oauth-error")
    assert body["error"] == error, body
    return body


def basic(client_id: str, secret: str) -> dict[str, str]:
    """HTTP Basic client authentication, each part form-encoded first (RFC 6749 2.3.1)."""
    pair = f"{quote(client_id, safe='')}:{quote(secret, safe='')}"
    raw = base64.b64encode(pair.encode()).decode()
    return {"Authorization": f"Basic {raw}"}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def if_match(etag: str) -> dict[str, str]:
    return {"If-Match": etag}


async def password_grant(client: httpx.AsyncClient, email: str, password: str) -> httpx.Response:
    return await client.post(
        f"{API}/auth/token",
        data={"grant_type": "password", "username": email, "password": password},
    )


async def sign_in(client: httpx.AsyncClient, email: str, password: str) -> dict[str, Any]:
    """Password grant that must succeed: the token response."""
    response = await password_grant(client, email, password)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def refresh_grant(client: httpx.AsyncClient, refresh_token: str) -> httpx.Response:
    return await client.post(
        f"{API}/auth/token",
        data={"grant_type": "refresh_token", "refresh_token": refresh_token},
    )


async def client_credentials(
    client: httpx.AsyncClient, client_id: str, secret: str, scope: str | None = None
) -> httpx.Response:
    data = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
    if scope is not None:
        data["scope"] = scope
    return await client.post(f"{API}/auth/token", data=data)


async def read(client: httpx.AsyncClient, path: str, headers: dict[str, str]) -> httpx.Response:
    """GET that must succeed."""
    response = await client.get(f"{API}{path}", headers=headers)
    assert response.status_code == 200, response.text
    return response


async def collect(
    client: httpx.AsyncClient, path: str, headers: dict[str, str], limit: int = 100
) -> list[dict[str, Any]]:
    """Every item of a list, following nextCursor."""
    items: list[dict[str, Any]] = []
    params: dict[str, str | int] = {"limit": limit}
    while True:
        response = await client.get(f"{API}{path}", headers=headers, params=params)
        assert response.status_code == 200, response.text
        body = response.json()
        items.extend(body["items"])
        if body["nextCursor"] is None:
            return items
        params["cursor"] = body["nextCursor"]


def check_csv_export(response: httpx.Response) -> list[str]:
    """Every CSV export: never cached (it is personal or financial), and its header row
    in the camelCase of the JSON contract. Returns the header row."""
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    assert "no-store" in response.headers["cache-control"]
    header = response.text.split("\r\n", 1)[0].split(",")
    assert all(re.fullmatch(r"[a-z][A-Za-z]*", name) for name in header), header
    return header

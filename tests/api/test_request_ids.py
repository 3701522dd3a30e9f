"""``X-Request-ID``: accepted or generated, echoed, and quoted in problem details."""

from __future__ import annotations

import re

import httpx
import pytest

from app.domain.boards import service as boards_service
from tests.api.helpers import API, problem
from tests.factories import Caller

_GENERATED = re.compile(r"^[A-Za-z0-9._\-]{8,128}$")


async def test_a_given_request_id_is_echoed(client: httpx.AsyncClient, admin: Caller) -> None:
    response = await client.get(
        f"{API}/boards", headers={**admin.headers, "X-Request-ID": "partner-7f3a.1"}
    )
    assert response.status_code == 200
    assert response.headers["x-request-id"] == "partner-7f3a.1"


async def test_a_given_request_id_is_quoted_in_problems(
    client: httpx.AsyncClient, admin: Caller
) -> None:
    response = await client.get(
        f"{API}/boards/not-a-uuid", headers={**admin.headers, "X-Request-ID": "trace-42"}
    )
    body = problem(response, 422)
    assert body["requestId"] == "trace-42"
    assert response.headers["x-request-id"] == "trace-42"


async def test_one_is_generated_when_absent(client: httpx.AsyncClient) -> None:
    first = await client.get(f"{API}/me")
    second = await client.get(f"{API}/me")
    body = problem(first, 401)
    generated = first.headers["x-request-id"]
    assert _GENERATED.match(generated)
    assert body["requestId"] == generated
    assert second.headers["x-request-id"] != generated


@pytest.mark.parametrize("given", ["has spaces in it", "x" * 129, "semi;colon", ""])
async def test_an_unusable_request_id_is_replaced(
    client: httpx.AsyncClient, admin: Caller, given: str
) -> None:
    response = await client.get(f"{API}/boards", headers={**admin.headers, "X-Request-ID": given})
    assert response.headers["x-request-id"] != given
    assert _GENERATED.match(response.headers["x-request-id"])


async def test_a_request_id_reaches_the_audit_trail(
    client: httpx.AsyncClient, admin: Caller
) -> None:
    created = await client.post(
        f"{API}/boards",
        json={"name": "Forum", "kind": "advisory"},
        headers={**admin.headers, "X-Request-ID": "made-the-forum"},
    )
    assert created.status_code == 201, created.text
    events = await client.get(
        f"{API}/audit-events", params={"entityId": created.json()["id"]}, headers=admin.headers
    )
    assert [e["requestId"] for e in events.json()["items"]] == ["made-the-forum"]


async def test_an_unexpected_error_is_a_500_problem_that_quotes_the_request_id(
    client: httpx.AsyncClient, admin: Caller, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("secret internals: /srv/chorus/app.py line 12")

    monkeypatch.setattr(boards_service, "create_board", broken)
    response = await client.post(
        f"{API}/boards",
        json={"name": "Forum", "kind": "advisory"},
        headers={**admin.headers, "X-Request-ID": "it-broke"},
    )
    body = problem(response, 500, "internal-error")
    assert "secret internals" not in response.text
    assert "Traceback" not in response.text
    assert body["requestId"] == "it-broke"
    assert response.headers.get("x-request-id") == "it-broke"

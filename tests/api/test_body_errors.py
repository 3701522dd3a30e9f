"""A body of the wrong type is 415, broken JSON is 400, and only then do field rules apply."""

from __future__ import annotations

import json

import httpx
import pytest

from tests.api.helpers import API, problem
from tests.factories import Caller
from tests.support import PUBLISHED_OPENAPI

BOARD = b'{"name": "Forum", "kind": "advisory"}'


@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/x-www-form-urlencoded", "application/xml", None]
)
async def test_a_json_endpoint_refuses_other_media_types_with_415(
    client: httpx.AsyncClient, admin: Caller, content_type: str | None
) -> None:
    headers = dict(admin.headers)
    if content_type:
        headers["content-type"] = content_type
    response = await client.post(f"{API}/boards", content=BOARD, headers=headers)
    body = problem(response, 415, "unsupported-media-type")
    assert body["accept"] == "application/json"
    listed = await client.get(f"{API}/boards", headers=admin.headers)
    assert listed.json()["items"] == []


async def test_json_with_a_charset_or_a_json_suffix_is_read(
    client: httpx.AsyncClient, admin: Caller
) -> None:
    for content_type in ("application/json; charset=utf-8", "application/merge-patch+json"):
        headers = {**admin.headers, "content-type": content_type}
        response = await client.post(f"{API}/boards", content=BOARD, headers=headers)
        assert response.status_code == 201, (content_type, response.text)


async def test_malformed_json_is_400_and_a_broken_rule_still_422(
    client: httpx.AsyncClient, admin: Caller
) -> None:
    headers = {**admin.headers, "content-type": "application/json"}
    broken = await client.post(f"{API}/boards", content=b'{"name": ', headers=headers)
    assert "not valid JSON" in problem(broken, 400, "malformed-json")["detail"]
    invalid = await client.post(f"{API}/boards", content=b"{}", headers=headers)
    assert problem(invalid, 422, "validation")["errors"][0]["pointer"] == "/name"


async def test_form_endpoints_keep_their_form(client: httpx.AsyncClient) -> None:
    response = await client.post(f"{API}/auth/token", data={"grant_type": "client_credentials"})
    assert response.status_code in (400, 401)
    assert response.json()["type"] == "/problems/oauth-error"


def test_every_json_body_documents_400_and_415() -> None:
    document = json.loads(PUBLISHED_OPENAPI.read_text())
    missing = [
        f"{method} {path}"
        for path, operations in document["paths"].items()
        for method, operation in operations.items()
        if "application/json" in operation.get("requestBody", {}).get("content", {})
        and not {"400", "415"} <= set(operation["responses"])
    ]
    assert not missing, missing

"""The CLI's client waits out a 503 as the server says (Retry-After), within its bound."""

from __future__ import annotations

import httpx

from app.cli.client import ChorusClient, ClientConfig


async def test_a_503_is_retried_after_the_seconds_the_server_gives_and_no_longer() -> None:
    replies = iter([(503, "2"), (503, "86400"), (200, None)])
    waits: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/auth/token"):
            return httpx.Response(200, json={"access_token": "t", "expires_in": 900, "scope": ""})
        status, retry_after = next(replies)
        headers = {"Retry-After": retry_after} if retry_after else {}
        return httpx.Response(status, json={"ok": status == 200}, headers=headers)

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    config = ClientConfig("http://chorus.test", "chc_x", "s")
    async with ChorusClient(config, transport=httpx.MockTransport(handler), sleep=sleep) as api:
        assert await api.get_json("/boards") == {"ok": True}
        bound = api.max_backoff_seconds
    assert waits == [2.0, bound]  # as told, then capped: a day's hint does not hang the CLI
    assert bound <= 60

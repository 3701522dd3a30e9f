"""URLs in bodies are absolute, from CHORUS_PUBLIC_BASE_URL when it is set (behind a
proxy the request's own host is not the one clients use)."""

from __future__ import annotations

import httpx
from sqlalchemy.ext.asyncio import AsyncEngine

from app.main import create_app
from app.settings import Settings
from tests.api.helpers import API
from tests.factories import Caller


async def test_the_public_base_url_is_used_when_set(
    settings: Settings, engine: AsyncEngine, db: object, member: Caller
) -> None:
    public = settings.model_copy(update={"public_base_url": "https://chorus.example.org/"})
    app = create_app(public, engine=engine)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://10.0.0.5:8000") as client:
        made = await client.post(f"{API}/me/calendar-feed", headers=member.headers)
        assert made.status_code == 201, made.text
        url = made.json()["url"]
        assert url.startswith(f"https://chorus.example.org{API}/calendar/")
        # The path under it is the one this server answers.
        feed = await client.get(url.removeprefix("https://chorus.example.org"))
    assert feed.status_code == 200
    assert feed.headers["content-type"].startswith("text/calendar")

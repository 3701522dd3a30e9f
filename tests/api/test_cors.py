"""CORS, when origins are configured: a browser client can read the headers it acts on."""

from __future__ import annotations

import httpx
from sqlalchemy.ext.asyncio import AsyncEngine

from app.main import create_app
from app.settings import Settings
from tests.api.helpers import API
from tests.factories import Caller

ORIGIN = "https://partner.example"


async def test_the_headers_a_browser_client_needs_are_exposed(
    settings: Settings, engine: AsyncEngine, db: object, admin: Caller
) -> None:
    app = create_app(settings.model_copy(update={"cors_origins": [ORIGIN]}), engine=engine)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://chorus.test") as client:
        created = await client.post(
            f"{API}/boards",
            json={"name": "Forum", "kind": "advisory"},
            headers={**admin.headers, "Origin": ORIGIN},
        )
    assert created.status_code == 201, created.text
    assert created.headers["access-control-allow-origin"] == ORIGIN
    exposed = {
        h.strip().lower() for h in created.headers["access-control-expose-headers"].split(",")
    }
    assert {"retry-after", "etag", "location", "content-disposition"} <= exposed

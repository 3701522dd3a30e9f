"""/docs and GraphiQL work without the internet: every script, style sheet and image
they load is served by Chorus itself, and the page policy names no other host."""

from __future__ import annotations

import base64
import hashlib
import re

import httpx
import pytest

from tests.factories import Caller

_REFERENCE = re.compile(r"""(?:src|href)\s*=\s*["']([^"']+)["']|url\(\s*["']?([^"')]+)""")
_INLINE = re.compile(r"<script>(.*?)</script>", re.DOTALL)
_INTEGRITY = re.compile(
    r"""src="([^"]+)"[^>]*?integrity="sha384-([^"]+)"|"""
    r"""href="([^"]+)"[^>]*?integrity="sha384-([^"]+)\""""
)


async def _page(client: httpx.AsyncClient, path: str, member: Caller) -> httpx.Response:
    response = await client.get(path, headers={**member.headers, "Accept": "text/html"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    return response


def _assets(html: str) -> list[str]:
    found = [a or b for a, b in _REFERENCE.findall(html)]
    return [f for f in found if not f.startswith("data:")]


@pytest.mark.parametrize("path", ["/docs", "/graphql"])
async def test_the_page_loads_nothing_from_another_host(
    client: httpx.AsyncClient, member: Caller, path: str
) -> None:
    page = await _page(client, path, member)
    assets = _assets(page.text)
    assert len(assets) >= 2, assets
    assert [a for a in assets if not a.startswith("/") or a.startswith("//")] == []
    policy = page.headers["content-security-policy"]
    assert "http" not in policy, policy  # no host named, not even a CDN
    # Only the page's own inline scripts run, each allowed by its hash: an injected
    # script (or a changed one) would not.
    assert "'unsafe-inline'" not in policy.split("script-src", 1)[1].split(";", 1)[0]
    inline = _INLINE.findall(page.text)
    assert inline, "the page starts itself with an inline script"
    for script in inline:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy
    assert "style-src 'self' 'unsafe-inline';" in policy
    for asset in assets:
        served = await client.get(asset)
        assert served.status_code == 200, asset
        assert len(served.content) > 500, asset
        if asset.endswith(".js"):
            assert "javascript" in served.headers["content-type"], asset
        if asset.endswith(".css"):
            assert served.headers["content-type"].startswith("text/css"), asset


async def test_graphiqls_files_are_the_published_ones(
    client: httpx.AsyncClient, member: Caller
) -> None:
    page = await _page(client, "/graphql", member)
    pinned = [(a or c, b or d) for a, b, c, d in _INTEGRITY.findall(page.text)]
    # React, ReactDOM, js-cookie, GraphiQL (script and styles), the explorer (both).
    assert len(pinned) == 7, pinned
    for asset, digest in pinned:
        served = await client.get(asset)
        assert base64.b64encode(hashlib.sha384(served.content).digest()).decode() == digest

"""Hardening headers on every response, as plain ASGI so bodies stream untouched."""

from __future__ import annotations

import base64
import hashlib
import re

from starlette.datastructures import MutableHeaders
from starlette.responses import HTMLResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# The only HTML we serve is /docs (Swagger UI) and GraphiQL, their assets served by us
# (app/api/docs_pages.py), so no other host is named. Both pages start themselves with an
# inline script: ``page`` allows exactly those scripts by their SHA-256, so an injected
# one would not run. Styles stay 'unsafe-inline' (both UIs set style elements at run
# time; a style cannot run code). Nothing may frame them (clickjacking a signed-in tab).
_POLICY = (
    "default-src 'none'; "
    "script-src 'self'{scripts}; "
    "style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; "
    "font-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
# Any other HTML (an error page, say) runs no inline script at all.
HTML_POLICY = _POLICY.format(scripts="")
_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.DOTALL | re.I)


def script_policy(html: str) -> str:
    """The page policy allowing this page's own inline scripts, each by its hash."""
    hashes = [
        base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        for body in _INLINE_SCRIPT.findall(html)
    ]
    return _POLICY.format(scripts="".join(f" 'sha256-{h}'" for h in hashes))


def page(html: str) -> HTMLResponse:
    """An HTML page with the policy that lets its inline scripts, and no others, run."""
    return HTMLResponse(html, headers={"Content-Security-Policy": script_policy(html)})


class SecurityHeadersMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        authenticated = any(k == b"authorization" for k, _ in scope["headers"])

        async def send_hardened(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("x-content-type-options", "nosniff")
                headers.setdefault("x-frame-options", "DENY")
                # Whatever a signed-in caller gets is theirs: no shared or disk cache keeps
                # it, unless the route chose its own policy (feeds, ETag'd downloads).
                if authenticated:
                    headers.setdefault("cache-control", "no-store")
                if headers.get("content-type", "").startswith("text/html"):
                    headers.setdefault("content-security-policy", HTML_POLICY)
            await send(message)

        await self.app(scope, receive, send_hardened)

"""Hardening headers on every response, as plain ASGI so bodies stream untouched."""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# The only HTML we serve is /docs (Swagger UI) and GraphiQL, their assets served by us
# (app/api/docs_pages.py), so no other host is named. Both pages start themselves with an
# inline script, hence 'unsafe-inline'; nothing may frame them (clickjacking a signed-in
# tab).
HTML_POLICY = (
    "default-src 'none'; "
    "script-src 'self' 'unsafe-inline'; "
    "style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; "
    "font-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)


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

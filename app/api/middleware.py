"""Request IDs and access logs, as plain ASGI so they add little to every request."""

from __future__ import annotations

import logging
import re
import time
import uuid

from starlette.requests import ClientDisconnect, Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api import problem_handlers
from app.domain.audit import request_id_var

log = logging.getLogger("chorus.access")

# nginx's code for a client that went away before the answer: not a server error.
CLIENT_CLOSED = 499

_VALID_ID = re.compile(r"^[A-Za-z0-9._\-]{1,128}$")


def _caused_by_disconnect(error: BaseException) -> bool:
    """Whether ClientDisconnect is the error or in its chain (a layer on the way may wrap it)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, ClientDisconnect):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


class RequestContextMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = next((v for k, v in scope["headers"] if k == b"x-request-id"), b"").decode(
            "latin-1"
        )
        request_id = given if _VALID_ID.match(given) else uuid.uuid4().hex
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        status = 500
        responded = False
        gone = False  # the client went away before we began to answer

        async def receive_watching() -> Message:
            nonlocal gone
            message = await receive()
            if message["type"] == "http.disconnect" and not responded:
                gone = True
            return message

        async def send_with_id(message: Message) -> None:
            nonlocal status, responded
            if message["type"] == "http.response.start":
                status, responded = message["status"], True
                message["headers"] = [
                    *message.get("headers", []),
                    (b"x-request-id", request_id.encode()),
                ]
            await send(message)

        try:
            await self.app(scope, receive_watching, send_with_id)
        except Exception as error:
            if responded:
                raise
            if gone and _caused_by_disconnect(error):
                # Nobody is left to answer, and nothing on our side went wrong. Any other
                # error still is one, even with the client gone.
                return
            # Starlette's 500 handler runs outside every middleware, after this one has let
            # the request ID go: answer here, so the problem and its headers quote the ID.
            response = await problem_handlers.on_unexpected(Request(scope), error)
            await response(scope, receive, send_with_id)
        finally:
            # An answer begun after the client left never reached it; a server error
            # still shows as one.
            if gone and (not responded or status < 500):
                status = CLIENT_CLOSED
            route = scope.get("route")
            # The route template, not the raw path: paths can hold secret feed tokens.
            path = getattr(route, "path", None) or "(unmatched)"
            log.info(
                "request",
                extra={
                    "request_id": request_id,
                    "method": scope["method"],
                    "route": path,
                    "status": status,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                },
            )
            request_id_var.reset(token)

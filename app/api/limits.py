"""Request body limits per route, enforced as the bytes arrive, before anything reads them.

Plain ASGI outside the Idempotency-Key middleware (which buffers JSON bodies to hash them
and verifies the token) and outside every route, so an oversized body costs neither
memory nor authentication work: a Content-Length over the limit is refused at once, and a
body without one (chunked) is counted message by message and refused the moment it
passes the limit. File uploads have their own, larger limits by route template; every
other body (JSON, forms, GraphQL) has one default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.routing import compile_path
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api.problems import PROBLEM_TYPES, problem_response
from app.api.rest.papers_multipart import FORM_OVERHEAD
from app.domain.expenses.receipts import MAX_RECEIPT_BYTES
from app.settings import Settings

# Methods that carry no body unless they say so with a header.
_BODILESS = frozenset({"GET", "HEAD", "OPTIONS", "DELETE"})


@dataclass(frozen=True)
class Limit:
    bytes: int
    detail: str


def route_limits(settings: Settings) -> dict[tuple[str, str], Limit]:
    """The upload routes and their limits: the file's own, plus room for the form around it."""
    paper = Limit(
        settings.paper_max_bytes + FORM_OVERHEAD,
        f"The file is larger than the limit of {settings.paper_max_bytes:,} bytes.",
    )
    receipt = Limit(
        MAX_RECEIPT_BYTES + FORM_OVERHEAD,
        f"A receipt may be at most {MAX_RECEIPT_BYTES // (1024 * 1024)} MB.",
    )
    return {
        ("POST", "/api/v1/meetings/{meeting_id}/papers"): paper,
        ("POST", "/api/v1/papers/{paper_id}/versions"): paper,
        ("POST", "/api/v1/expense-claims/{claim_id}/receipts"): receipt,
    }


class BodyTooLarge(HTTPException):
    """Raised from ``receive``: an HTTPException, so FastAPI's body reading passes it on
    (it turns other errors into 400) and the problem table answers it with 413."""

    def __init__(self, limit: Limit) -> None:
        super().__init__(413, limit.detail)


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, default: int, routes: dict[tuple[str, str], Limit]) -> None:
        self.app = app
        self.default = Limit(
            default, f"The request body is larger than the limit of {default:,} bytes."
        )
        self.routes: list[tuple[str, re.Pattern[str], Limit]] = [
            (method, compile_path(path)[0], limit) for (method, path), limit in routes.items()
        ]

    def limit_for(self, method: str, path: str) -> Limit:
        for route_method, pattern, limit in self.routes:
            if method == route_method and pattern.match(path):
                return limit
        return self.default

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared: bytes | None = None
        chunked = False
        for name, value in scope["headers"]:
            if name == b"content-length":
                declared = value
            elif name == b"transfer-encoding":
                chunked = True
        if declared is None and not chunked and scope["method"] in _BODILESS:
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["method"], scope["path"])
        if declared is not None and declared.isdigit() and int(declared) > limit.bytes:
            await _refuse(scope, receive, send, BodyTooLarge(limit))
            return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit.bytes:
                    raise BodyTooLarge(limit)
            return message

        async def watching_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, watching_send)
        except BodyTooLarge as error:
            # Raised where no exception handler sits (a middleware buffering the body).
            if started:
                raise
            await _refuse(scope, receive, send, error)


async def _refuse(scope: Scope, receive: Receive, send: Send, error: BodyTooLarge) -> None:
    response = problem_response(
        Request(scope),
        PROBLEM_TYPES["payload-too-large"],
        error.detail,
        # The rest of the body is not read: the connection cannot carry another request.
        headers={"Connection": "close"},
    )
    await response(scope, receive, send)

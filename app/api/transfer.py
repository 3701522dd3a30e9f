"""How bodies travel: HEAD for every GET, and compression that clients ask for.

Both are plain ASGI, so streamed paper downloads pass through without being buffered.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send
from starlette_compress import CompressMiddleware, add_compress_type

# Smaller bodies cost more to compress than they save on the wire.
COMPRESS_ABOVE_BYTES = 1024

# Our own text types beside the library's list. Papers and receipts keep the type they
# were uploaded with, so PDFs, images and archives (already compressed) are never redone.
for _type in (
    "application/problem+json",
    "application/graphql-response+json",
    "text/csv",
):
    add_compress_type(_type)


class Compression(CompressMiddleware):
    """zstd, then brotli, then gzip, by what the client accepts; identity otherwise."""

    def __init__(self, app: ASGIApp) -> None:
        super().__init__(app, minimum_size=COMPRESS_ABOVE_BYTES)


HEAD_KEY = "chorus.head"


def is_head(scope: Scope) -> bool:
    """For the few GETs with a side effect (a paper's first opening): a HEAD must have none."""
    return bool(scope.get(HEAD_KEY, False))


class HeadMiddleware:
    """``HEAD`` on every ``GET`` route: the GET runs and only its headers are sent, so
    ``Content-Length``, ``ETag`` and the rest are exactly what the GET would answer."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return
        finished = False

        async def send_headers_only(message: Message) -> None:
            nonlocal finished
            if message["type"] == "http.response.start":
                await send(message)
            elif message["type"] == "http.response.body" and not finished:
                if not message.get("more_body", False):
                    finished = True
                    await send({"type": "http.response.body", "body": b""})
            else:
                await send(message)

        await self.app({**scope, "method": "GET", HEAD_KEY: True}, receive, send_headers_only)

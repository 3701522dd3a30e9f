"""How bodies travel: HEAD for every GET, conditional GETs, and compression when asked.

Both are plain ASGI, so streamed paper downloads pass through without being buffered.
"""

from __future__ import annotations

import hashlib

from starlette.datastructures import Headers, MutableHeaders
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


# What gets an ETag made from its body when the route set none: pages of a list, CSV
# exports and calendar feeds. Not single objects: one without an ETag of its own has no
# version to send back as If-Match (payment preferences not yet set, say), and a digest
# the write endpoints do not know would only turn the client's next write into a refusal.
_TAGGED_TYPES = ("text/calendar", "text/csv")
_PAGE_START = b'{"items":'


def _taggable(content_type: str, body: bytes) -> bool:
    if content_type.startswith("application/json"):
        return body.startswith(_PAGE_START)
    return content_type.startswith(_TAGGED_TYPES)


# Headers a 304 keeps (RFC 9110 15.4.5): those a cache would need to update what it holds.
_KEPT_ON_304 = {"etag", "cache-control", "vary", "date", "expires", "content-location"}


def _opaque(tag: str) -> str:
    return tag.strip().removeprefix("W/")


def matches(if_none_match: str, etag: str) -> bool:
    """Weak comparison, as If-None-Match uses (RFC 9110 13.1.2)."""
    if if_none_match.strip() == "*":
        return True
    return _opaque(etag) in {_opaque(t) for t in if_none_match.split(",")}


class ConditionalGetMiddleware:
    """``ETag`` on every successful GET of a document, and 304 when the client holds it.

    Routes that know their version (a board's ``version``, a paper's digest) set their
    own strong ETag; lists, exports and feeds get a weak one from a digest of the body, so a
    partner polling a list pays for the read but not for the transfer. Streamed bodies
    (paper files) pass through untouched.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        wanted = Headers(scope=scope).get("if-none-match")
        held: Message | None = None

        async def send_conditionally(message: Message) -> None:
            nonlocal held
            if message["type"] == "http.response.start" and message["status"] == 200:
                held = message
                return
            if held is None or message["type"] != "http.response.body":
                await send(message)
                return
            start, held = held, None
            body: bytes = message.get("body", b"")
            if message.get("more_body", False):
                await send(start)
                await send(message)
                return
            headers = MutableHeaders(raw=start["headers"])
            etag = headers.get("etag")
            if etag is None and _taggable(headers.get("content-type", ""), body):
                etag = f'W/"{hashlib.blake2b(body, digest_size=16).hexdigest()}"'
                headers["ETag"] = etag
            if wanted and etag and matches(wanted, etag):
                kept = [(k, v) for k, v in start["headers"] if k.decode().lower() in _KEPT_ON_304]
                await send({"type": "http.response.start", "status": 304, "headers": kept})
                await send({"type": "http.response.body", "body": b""})
                return
            await send(start)
            await send(message)

        await self.app(scope, receive, send_conditionally)

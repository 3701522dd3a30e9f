"""``Idempotency-Key`` on POST: a retry replays the first response instead of acting twice.

Plain ASGI around the app. The key is scoped to the verified caller, so nobody can
replay another caller's response. The record is claimed in its own short transaction
before the handler runs (a concurrent retry then sees it and gets 409), and completed
after the handler's own transaction has committed. Server errors release the key so the
client can retry.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api.problems import PROBLEM_TYPES, problem_response
from app.api.state import AppState
from app.db.models import IdempotencyRecord
from app.db.types import utcnow
from app.domain.auth.tokens import VerifiedToken
from app.domain.errors import Unauthenticated

_REPLAYED_HEADERS = {b"content-type", b"location", b"etag", b"cache-control"}
_NOT_REPLAYABLE = 0  # stored status for a completed request whose response held a secret
MAX_KEY_LENGTH = 255
# A streamed upload's hash is known only once its body has been read.
_HASH_PENDING = ""


class IdempotencyMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        key = headers.get(b"idempotency-key", b"").decode("latin-1").strip()
        auth = headers.get(b"authorization", b"").decode("latin-1")
        if not key or not auth.lower().startswith("bearer "):
            await self.app(scope, receive, send)
            return
        state: AppState = scope["app"].state.chorus
        try:
            verified = await state.tokens.verify(auth[7:].strip())
        except Unauthenticated:
            await self.app(scope, receive, send)  # the route answers 401 as usual
            return
        request = Request(scope)
        if len(key) > MAX_KEY_LENGTH:
            response = problem_response(
                request,
                PROBLEM_TYPES["validation"],
                "The Idempotency-Key is too long.",
                extra={
                    "errors": [
                        {
                            "header": "Idempotency-Key",
                            "detail": f"at most {MAX_KEY_LENGTH} characters",
                        }
                    ]
                },
            )
            await response(scope, receive, send)
            return
        if headers.get(b"content-type", b"").lower().startswith(b"multipart/"):
            await self._run_streamed(state, verified, key, request, scope, receive, send)
            return
        body = await _read_body(receive)
        request_hash = hashlib.sha256(
            b"\0".join([scope["path"].encode(), scope.get("query_string", b""), body])
        ).hexdigest()
        caller = f"{verified.kind}:{verified.subject}"
        record_id, existing = await _claim(state, caller, key, request_hash)
        if existing is not None:
            await _answer_existing(existing, request_hash, request, scope, receive, send)
            return
        await self._run_and_store(state, record_id, scope, _replay(body), send)

    async def _run_streamed(
        self,
        state: AppState,
        verified: VerifiedToken,
        key: str,
        request: Request,
        scope: Scope,
        receive: Receive,
        send: Send,
    ) -> None:
        """File uploads are hashed as they stream through, never held whole in memory.

        The key is claimed before the body is read, with the hash still unknown; the hash
        is stored with the response once the handler has read the whole body. A handler
        that answered without reading it all (403, 413, ...) acted on nothing: its key is
        released. A retry of a finished upload is hashed as it is read and discarded, then
        compared like any other request. Clients pick a new multipart boundary for each
        attempt, so the boundary is left out of the hash.
        """
        digest = _BoundaryBlindHash(
            b"\0".join([scope["path"].encode(), scope.get("query_string", b""), b""]),
            _boundary(dict(scope["headers"]).get(b"content-type", b"")),
        )
        caller = f"{verified.kind}:{verified.subject}"
        record_id, existing = await _claim(state, caller, key, _HASH_PENDING)
        if existing is not None:
            if existing.completed_at is None:
                await _answer_existing(
                    existing, existing.request_hash, request, scope, receive, send
                )
                return
            await _hash_body(receive, digest)
            await _answer_existing(existing, digest.hexdigest(), request, scope, receive, send)
            return
        complete = False

        async def hashing_receive() -> Message:
            nonlocal complete
            message = await receive()
            if message["type"] == "http.request" and not complete:
                digest.update(message.get("body", b""))
                complete = not message.get("more_body", False)
            return message

        await self._run_and_store(
            state,
            record_id,
            scope,
            hashing_receive,
            send,
            lambda: digest.hexdigest() if complete else None,
        )

    async def _run_and_store(
        self,
        state: AppState,
        record_id: Any,
        scope: Scope,
        receive: Receive,
        send: Send,
        streamed_hash: Callable[[], str | None] | None = None,
    ) -> None:
        status = 500
        kept_headers: list[tuple[str, str]] = []
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                for name, value in message.get("headers", []):
                    if name.lower() in _REPLAYED_HEADERS:
                        kept_headers.append((name.decode("latin-1"), value.decode("latin-1")))
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, capture)
        except BaseException:
            await _release(state, record_id)
            raise
        request_hash = streamed_hash() if streamed_hash is not None else None
        if status >= 500 or (streamed_hash is not None and request_hash is None):
            await _release(state, record_id)
            return
        if any(n.lower() == "cache-control" and "no-store" in v for n, v in kept_headers):
            # A one-time secret (a client secret, a feed URL) must not sit in this table.
            # The key stays claimed, so a retry cannot create a second one; it gets a 409.
            kept_headers, chunks, status = [], [], _NOT_REPLAYABLE
        async with state.sessionmaker() as session:
            await session.execute(
                update(IdempotencyRecord)
                .where(col(IdempotencyRecord.id) == record_id)
                .values(
                    completed_at=utcnow(),
                    status_code=status,
                    response_headers={"headers": kept_headers},
                    response_body=b"".join(chunks),
                    **({"request_hash": request_hash} if request_hash is not None else {}),
                )
            )
            await session.commit()


def _boundary(content_type: bytes) -> bytes:
    for param in content_type.split(b";")[1:]:
        name, _, value = param.strip().partition(b"=")
        if name.lower() == b"boundary" and value.strip(b'"'):
            return value.strip(b'"')
    return b""


class _BoundaryBlindHash:
    """SHA-256 of a stream with every occurrence of the multipart boundary masked."""

    def __init__(self, prefix: bytes, boundary: bytes) -> None:
        self._digest = hashlib.sha256(prefix)
        self._boundary = boundary
        self._carry = b""  # a tail that may be the start of a boundary split across chunks

    def update(self, data: bytes) -> None:
        if not self._boundary:
            self._digest.update(data)
            return
        buffer = (self._carry + data).replace(self._boundary, b"\0boundary\0")
        cut = max(len(buffer) - (len(self._boundary) - 1), 0)
        self._digest.update(buffer[:cut])
        self._carry = buffer[cut:]

    def hexdigest(self) -> str:
        final = self._digest.copy()
        final.update(self._carry)
        return final.hexdigest()


def _replay(body: bytes) -> Receive:
    sent = False

    async def replay_receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return {"type": "http.disconnect"}

    return replay_receive


async def _hash_body(receive: Receive, digest: Any) -> None:
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return
        digest.update(message.get("body", b""))
        if not message.get("more_body"):
            return


async def _read_body(receive: Receive) -> bytes:
    parts: list[bytes] = []
    while True:
        message = await receive()
        parts.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(parts)


async def _claim(
    state: AppState, caller: str, key: str, request_hash: str
) -> tuple[Any, IdempotencyRecord | None]:
    cutoff = utcnow() - timedelta(hours=state.settings.idempotency_ttl_hours)
    async with state.sessionmaker() as session:
        # Expired keys may be used afresh.
        await session.execute(
            delete(IdempotencyRecord).where(
                col(IdempotencyRecord.caller) == caller,
                col(IdempotencyRecord.key) == key,
                col(IdempotencyRecord.created_at) < cutoff,
            )
        )
        record = IdempotencyRecord(caller=caller, key=key, request_hash=request_hash)
        session.add(record)
        try:
            await session.commit()
            return record.id, None
        except IntegrityError:
            await session.rollback()
        existing = await session.scalar(
            select(IdempotencyRecord).where(
                IdempotencyRecord.caller == caller, IdempotencyRecord.key == key
            )
        )
        return None, existing


async def _release(state: AppState, record_id: Any) -> None:
    async with state.sessionmaker() as session:
        await session.execute(
            delete(IdempotencyRecord).where(col(IdempotencyRecord.id) == record_id)
        )
        await session.commit()


async def _answer_existing(
    existing: IdempotencyRecord,
    request_hash: str,
    request: Request,
    scope: Scope,
    receive: Receive,
    send: Send,
) -> None:
    if existing.request_hash != request_hash:
        response = problem_response(
            request,
            PROBLEM_TYPES["idempotency-key-reused"],
            "This Idempotency-Key was first used with a different request; use a new key.",
        )
    elif existing.status_code == _NOT_REPLAYABLE:
        response = problem_response(
            request,
            PROBLEM_TYPES["conflict"],
            "The request with this Idempotency-Key succeeded, but its response held a secret "
            "that is shown only once; it cannot be replayed.",
        )
    elif existing.completed_at is None:
        response = problem_response(
            request,
            PROBLEM_TYPES["idempotency-key-in-flight"],
            "The first request with this Idempotency-Key is still being handled.",
            headers={"Retry-After": "1"},
        )
    else:
        headers = [
            (n.encode("latin-1"), v.encode("latin-1"))
            for n, v in existing.response_headers.get("headers", [])
        ]
        headers.append((b"idempotent-replayed", b"true"))
        await send(
            {"type": "http.response.start", "status": existing.status_code, "headers": headers}
        )
        await send({"type": "http.response.body", "body": existing.response_body or b""})
        return
    await response(scope, receive, send)

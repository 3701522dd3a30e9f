"""``Idempotency-Key`` on POST: a retry replays the first response instead of acting twice.

Plain ASGI around the app. The key is scoped to the verified caller, so nobody can
replay another caller's response. The record is claimed in its own short transaction
before the handler runs (a concurrent retry then sees it and gets 409), under a lease
renewed while the request runs, so a claim left by a dead process frees itself. A
successful handler's response is stored in its own transaction (``TransactionalRoute``
calls ``complete_with_effect``), so an effect never commits without the answer a retry
replays. Other answers are stored before they are sent, so a retry right after one
replays it. Server errors and exceptions release the key so the client can retry.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
import uuid
from collections.abc import Callable, Iterable
from datetime import timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api.problems import PROBLEM_TYPES, problem_response
from app.api.state import AppState
from app.db.models import IdempotencyRecord
from app.domain import idempotency as store
from app.domain.auth.tokens import VerifiedToken
from app.domain.errors import Conflict, Unauthenticated

log = logging.getLogger("chorus.idempotency")

_REPLAYED_HEADERS = {b"content-type", b"location", b"etag", b"cache-control"}
_NOT_REPLAYABLE = 0  # stored status for a completed request whose response held a secret
MAX_KEY_LENGTH = 255
_SCOPE_KEY = "chorus.idempotency"
# A streamed upload's hash is known only once its body has been read.
_HASH_PENDING = ""
# Casting a ballot is never recorded: the record names the caller and holds a hash of
# the body, and a ballot's few possible bodies could be hashed to find what they chose.
# A retry is safe without it (the voter register refuses a second ballot). A GraphQL
# document must name the field to call it, so the substring finds every such request.
_BALLOT_PATH = re.compile(r"^/api/v1/elections/[^/]+/ballots$")


def _secret_ballot(path: str, body: bytes) -> bool:
    return bool(_BALLOT_PATH.match(path)) or (path == "/graphql" and b"castBallot" in body)


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
        if _secret_ballot(scope["path"], body):
            await self.app(scope, _replay(body), send)
            return
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
        record_id: uuid.UUID,
        scope: Scope,
        receive: Receive,
        send: Send,
        streamed_hash: Callable[[], str | None] | None = None,
    ) -> None:
        claim = Claim(record_id, streamed_hash or (lambda: None), streamed_hash is not None)
        scope[_SCOPE_KEY] = claim
        status = 500
        held: list[Message] = []

        async def capture(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            if claim.stored:
                await send(message)  # committed with its effect: a retry now replays it
            else:
                held.append(message)  # sent once stored, so a retry never sees it in flight

        renewal = asyncio.create_task(_renew(state, record_id), name="idempotency-lease")
        try:
            await self.app(scope, receive, capture)
        except BaseException:
            await _release(state, record_id)
            raise
        finally:
            renewal.cancel()
        if not claim.stored:
            if status >= 500 or (claim.streamed and claim.request_hash() is None):
                await _release(state, record_id)
            else:
                await _store_after(state, claim, status, held)
        for message in held:
            await send(message)


class Claim:
    """What the handler's transaction needs to complete the key along with its effect."""

    def __init__(
        self, record_id: uuid.UUID, request_hash: Callable[[], str | None], streamed: bool
    ) -> None:
        self.record_id = record_id
        self.request_hash = request_hash  # a streamed body's, once read whole
        self.streamed = streamed
        self.stored = False


def stored_response(
    status: int, raw_headers: Iterable[tuple[bytes, bytes]], body: bytes
) -> store.Response:
    headers = [
        (n.decode("latin-1"), v.decode("latin-1"))
        for n, v in raw_headers
        if n.lower() in _REPLAYED_HEADERS
    ]
    if any(n.lower() == "cache-control" and "no-store" in v for n, v in headers):
        # A one-time secret (a client secret, a feed URL) must not sit in this table.
        # The key stays claimed, so a retry cannot create a second one; it gets a 409.
        return store.Response(_NOT_REPLAYABLE, [], b"")
    return store.Response(status, headers, body)


async def complete_with_effect(
    request: Request, session: AsyncSession, response: Any
) -> Claim | None:
    """Write the key's response in the handler's transaction, before it commits.

    The caller marks the claim stored once the commit went through. A handler whose claim
    was taken over (its lease ran out) must not commit: a retry holds the key now.
    """
    claim: Claim | None = request.scope.get(_SCOPE_KEY)
    body = getattr(response, "body", None)
    if claim is None or not isinstance(body, bytes):
        return None
    request_hash = claim.request_hash()
    if claim.streamed and request_hash is None:
        return None
    answer = stored_response(response.status_code, response.raw_headers, body)
    if not await store.complete(session, claim.record_id, answer, request_hash):
        raise Conflict(
            "This request took longer than its Idempotency-Key's lease and a retry took the "
            "key over; nothing was changed."
        )
    return claim


async def _store_after(state: AppState, claim: Claim, status: int, held: list[Message]) -> None:
    """An answer with no effect of its own to commit (a 4xx, a route without a session)."""
    start = next((m for m in held if m["type"] == "http.response.start"), None)
    body = b"".join(m.get("body", b"") for m in held if m["type"] == "http.response.body")
    answer = stored_response(status, start.get("headers", []) if start else [], body)
    try:
        async with state.sessionmaker() as session:
            await store.complete(session, claim.record_id, answer, claim.request_hash())
            await session.commit()
    except Exception:
        # The answer still goes out; the claim's lease runs out and a retry acts again.
        log.exception("could not store an idempotent response")


async def _renew(state: AppState, record_id: uuid.UUID) -> None:
    lease = timedelta(seconds=state.settings.idempotency_lease_seconds)
    while True:
        await asyncio.sleep(lease.total_seconds() / 3)
        try:
            if not await store.renew(state.sessionmaker, record_id, lease):
                return
        except Exception:
            # A database that is away now may be back before the lease runs out.
            log.warning("could not renew an idempotency lease", exc_info=True)


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
    return await store.claim(
        state.sessionmaker,
        caller,
        key,
        request_hash,
        ttl=timedelta(hours=state.settings.idempotency_ttl_hours),
        lease=timedelta(seconds=state.settings.idempotency_lease_seconds),
    )


async def _release(state: AppState, record_id: uuid.UUID) -> None:
    try:
        await store.release(state.sessionmaker, record_id)
    except Exception:
        # Without a database the key stays claimed until its lease runs out, then frees.
        log.warning("could not release an idempotency key", exc_info=True)


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

"""One transaction per request, committed before the response leaves.

FastAPI (since 0.118) runs code after a dependency's ``yield`` once the response has been
sent, so committing there would hide a failed commit from the client. This route class
commits as soon as the handler has built its response, and rolls back on any error.
The Idempotency-Key's stored response is written in that same transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Request, Response
from fastapi.routing import APIRoute
from sqlalchemy.ext.asyncio import AsyncSession

from app.api.idempotency import complete_with_effect
from app.domain.datarights import reads


class TransactionalRoute(APIRoute):
    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def handle(request: Request) -> Response:
            try:
                # The actor is known only once the handler's dependencies ran, so the
                # collector starts empty and takes it from the first read noted.
                with reads.collecting(None) as pending:
                    response = await handler(request)
                session = _session(request)
                if session is not None and response.status_code < 400:
                    # Reads of private fields are audited with what the request did.
                    await reads.write(session, pending)
                    # The Idempotency-Key's answer commits with the effect, or neither does.
                    claim = await complete_with_effect(request, session, response)
                    await session.commit()
                    if claim is not None:
                        claim.stored = True
                    return response
            except BaseException:
                session = _session(request)
                if session is not None:
                    await session.rollback()
                raise
            if session is not None:
                await session.rollback()
            return response

        return handle


async def release_connection(session: AsyncSession) -> None:
    """Give the request's database connection back to the pool while the request waits
    on its client (a slow upload), so slow clients cannot use up the pool. Only between
    reads: the transaction ends here, and the next statement begins another, which
    ``TransactionalRoute`` commits as usual. Loaded rows stay readable
    (``expire_on_commit=False``)."""
    if session.new or session.dirty or session.deleted:
        raise RuntimeError("release_connection with unflushed changes would commit them")
    if session.in_transaction():
        await session.commit()


def _session(request: Request) -> AsyncSession | None:
    return getattr(request.state, "db_session", None)

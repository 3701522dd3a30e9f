"""A published board's record, for anyone: no token, read only, cacheable.

REST only (GraphQL answers signed-in callers only). The body is built, then tagged with
a strong ETag of its bytes, so a reader polling with If-None-Match gets 304
(``ConditionalGetMiddleware``) and a shared cache may keep it for a minute.
"""

from __future__ import annotations

import hashlib
import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request, Response
from fastapi.responses import StreamingResponse

from app.api.deps import Session, State
from app.api.problem_docs import error_responses
from app.api.rest.papers_content import file_response
from app.api.routing import TransactionalRoute
from app.api.urls import absolute
from app.api.views.publishing import PublicBoardOut, public_board_out
from app.domain.publishing.feed import atom
from app.domain.publishing.page import public_page
from app.domain.publishing.papers import public_paper_file

router = APIRouter(tags=["public"], route_class=TransactionalRoute)

ATOM_MEDIA_TYPE = "application/atom+xml; charset=utf-8"
CACHE_CONTROL = "public, max-age=60"
_CACHED = {
    "Cache-Control": {
        "description": "public, max-age=60: shared caches may keep it for a minute.",
        "schema": {"type": "string"},
    }
}
_ATOM = {"content": {"application/atom+xml": {"schema": {"type": "string"}}}, "headers": _CACHED}

_FILE: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The paper's current file, with its ETag (its SHA-256).",
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
        "headers": _CACHED,
    },
    304: {"description": "Not modified: the If-None-Match ETag is current."},
}

Slug = Annotated[str, Path(description="The slug the board was published under.")]


def _tagged(body: bytes, media_type: str) -> Response:
    tag = f'"{hashlib.sha256(body).hexdigest()[:32]}"'
    return Response(
        body, media_type=media_type, headers={"ETag": tag, "Cache-Control": CACHE_CONTROL}
    )


@router.get(
    "/public/boards/{slug}",
    response_model=PublicBoardOut,
    responses={200: {"headers": _CACHED}, **error_responses(404, 422)},
)
async def get_public_board(session: Session, slug: Slug) -> Response:
    """No token. Approved minutes (their public text), the "you said, we did" entries,
    response timeliness, theme counts and papers classified public and out of embargo.
    No person is named; counts under `suppressedBelow` are null. 404 for any slug that is
    not a published board's, whatever the reason."""
    page = await public_page(session, slug)
    return _tagged(public_board_out(page).model_dump_json().encode(), "application/json")


@router.get(
    "/public/boards/{slug}/feed.atom",
    response_class=Response,
    responses={200: _ATOM, **error_responses(404, 422)},
)
async def get_public_board_feed(session: Session, slug: Slug, request: Request) -> Response:
    """The same record as an Atom feed: minutes, responses, progress notes and papers,
    newest first. No token."""
    page = await public_page(session, slug)
    path = f"/api/v1/public/boards/{page.slug}"
    body = atom(page, absolute(request, path), absolute(request, f"{path}/feed.atom"))
    return _tagged(body, ATOM_MEDIA_TYPE)


@router.get(
    "/public/boards/{slug}/papers/{paper_id}/content",
    response_class=StreamingResponse,
    responses={**_FILE, **error_responses(404, 422)},
)
async def get_public_paper(
    request: Request, session: Session, state: State, slug: Slug, paper_id: uuid.UUID
) -> Response:
    """No token. The current file of a paper the page lists (classified public,
    circulated, out of embargo); 404 for any other, whatever the reason. Nobody's
    opening is recorded: the public are not recipients."""
    file = await public_paper_file(session, slug, paper_id)
    return await file_response(request, state, file, CACHE_CONTROL)

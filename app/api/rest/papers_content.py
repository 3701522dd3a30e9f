"""A paper's file: streamed with its type, name and ETag; or through a short-lived link."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.api.deps import CurrentActor, Session, State, bearer_token, get_actor
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.state import AppState
from app.api.transfer import is_head
from app.api.urls import absolute
from app.api.views.papers import ContentLinkOut
from app.db.models import PaperVersion
from app.domain.errors import RuleViolation
from app.domain.papers import links, reads, recipients
from app.domain.papers.access import get_paper

router = APIRouter(tags=["papers"], route_class=TransactionalRoute)

_optional_bearer = HTTPBearer(
    auto_error=False, description="An access token, unless the URL carries a signed link."
)
_INLINE = ("application/pdf", "text/plain")
_CONTENT: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The file, with Content-Type, Content-Disposition and ETag (its SHA-256).",
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    },
    304: {"description": "Not modified: the If-None-Match ETag is current."},
}


def disposition(version: PaperVersion) -> str:
    """Inline for what browsers show safely, attachment for the rest; the name in both
    ASCII and RFC 5987 UTF-8 forms."""
    kind = "inline" if version.media_type.startswith(_INLINE) else "attachment"
    ascii_name = version.filename.encode("ascii", "replace").decode().replace("?", "_")
    return f"{kind}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(version.filename)}"


@router.get(
    "/papers/{paper_id}/content",
    response_class=StreamingResponse,
    responses={**_CONTENT, **error_responses(401, 403, 404, 422)},
)
async def paper_content(
    request: Request,
    session: Session,
    state: State,
    paper_id: uuid.UUID,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_optional_bearer)],
    version: Annotated[int | None, Query(ge=1, description="Default: the current one.")] = None,
    person: Annotated[uuid.UUID | None, Query(description="Signed links only.")] = None,
    expires: Annotated[int | None, Query(description="Signed links only.")] = None,
    signature: Annotated[str | None, Query(description="Signed links only.")] = None,
) -> Response:
    """Stream the file. A recipient's first opening is recorded. Send the bearer token,
    or use a URL from `POST /papers/{paperId}/content-link`, which needs none."""
    if signature is not None or person is not None or expires is not None:
        if signature is None or person is None or expires is None or version is None:
            raise RuleViolation.field("/signature", "A signed link is incomplete.")
        link = links.SignedLink(paper_id, version, person, expires)
        actor = await links.actor_for(session, links.link_key(state.settings), link, signature)
    else:
        actor = await get_actor(request, state, session, await bearer_token(credentials))
    paper = await get_paper(session, actor, paper_id)
    file = await reads.get_version(session, paper, version)
    if not is_head(request.scope):
        await recipients.record_opening(session, actor, paper, file.number)
    # Always revalidated: an embargo, a withdrawal or a lost entitlement applies at once.
    return await file_response(request, state, file, "private, no-cache")


async def file_response(
    request: Request, state: AppState, file: PaperVersion, cache_control: str
) -> Response:
    """A paper version's bytes as a download: its digest as ETag (304 when current), a
    sandbox policy so a file can run nothing, streamed from storage; HEAD gets headers."""
    tag = f'"{file.digest}"'
    headers = {
        "ETag": tag,
        "Cache-Control": cache_control,
        "Content-Disposition": disposition(file),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "sandbox; default-src 'none'",
    }
    if tag in {t.strip() for t in request.headers.get("if-none-match", "").split(",")}:
        return Response(status_code=304, headers=headers)
    headers["Content-Length"] = str(file.size_bytes)
    if is_head(request.scope):
        return Response(headers=headers, media_type=file.media_type)
    chunks = await state.storage.open(file.digest)
    return StreamingResponse(chunks, media_type=file.media_type, headers=headers)


@router.post(
    "/papers/{paper_id}/content-link",
    response_model=ContentLinkOut,
    responses=error_responses(401, 403, 404, 422),
)
async def content_link(
    request: Request,
    session: Session,
    state: State,
    actor: CurrentActor,
    paper_id: uuid.UUID,
    response: Response,
    version: Annotated[int | None, Query(ge=1, description="Default: the current one.")] = None,
) -> ContentLinkOut:
    """A URL to the file that works without headers for a few minutes
    (`CHORUS_PAPER_LINK_TTL_SECONDS`), for the caller alone. Share it with nobody."""
    paper = await get_paper(session, actor, paper_id)
    file = await reads.get_version(session, paper, version)
    link = links.issue(actor, paper.id, file.number, state.settings.paper_link_ttl_seconds)
    query = urlencode(link.query(links.link_key(state.settings)))
    response.headers["Cache-Control"] = "no-store"
    return ContentLinkOut(
        url=absolute(request, f"/api/v1/papers/{paper.id}/content?{query}"),
        expires_at=datetime.fromtimestamp(link.expires, UTC),
    )

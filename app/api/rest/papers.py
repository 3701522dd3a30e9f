"""Papers: multipart upload, versions, changes, and the list for a meeting."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response

from app.api.deps import CurrentActor, IfMatch, Pagination, Session, State
from app.api.problem_docs import error_responses
from app.api.rest.papers_multipart import StreamingForm, UploadFields
from app.api.rest.upload_openapi import upload_body
from app.api.routing import TransactionalRoute, release_connection
from app.api.views.base import PageOut
from app.api.views.papers import PaperOut, VersionOut, paper_out
from app.domain.papers import reads, revisions, service
from app.domain.papers.access import get_paper
from app.domain.papers.files import IncomingFile, receive
from app.domain.papers.schemas import PaperCreate, PaperUpdate, VersionCreate
from app.domain.papers.sniffing import ALL_TYPES
from app.domain.versions import etag

router = APIRouter(tags=["papers"], route_class=TransactionalRoute)

_READ = error_responses(401, 403, 404, 422)
_WRITE = error_responses(401, 403, 404, 409, 412, 422, 428)
_UPLOAD = error_responses(401, 403, 404, 409, 413, 422)
_PAPER_TYPES = sorted({t.media_type.split(";")[0] for t in ALL_TYPES})


@router.post(
    "/meetings/{meeting_id}/papers",
    status_code=201,
    response_model=PaperOut,
    responses=_UPLOAD,
    openapi_extra=upload_body(
        PaperCreate,
        "The fields and the file, in any order (PDF, Word, OpenDocument, spreadsheet, "
        "presentation or UTF-8 text). The type is read from the content; the name must agree "
        "with it. Fields sent before the file are checked before any of it is read.",
        _PAPER_TYPES,
    ),
)
async def upload_paper(
    request: Request,
    session: Session,
    state: State,
    actor: CurrentActor,
    meeting_id: uuid.UUID,
    response: Response,
) -> PaperOut:
    """Add a paper to a meeting. The file streams to storage as it arrives, with no
    database connection held; one over the configured limit is refused with 413 and
    nothing of it is kept."""
    meeting = await service.meeting_for_upload(session, actor, meeting_id)
    form = StreamingForm(request)
    form.check_length(state.settings.paper_max_bytes)
    fields = UploadFields(PaperCreate, lambda data: service.check_upload(session, meeting, data))
    await fields.before_file(await form.fields())
    await release_connection(session)
    stored = await receive(
        state.storage,
        IncomingFile(form.filename, form.file_chunks(fields.after_file)),
        state.settings.paper_max_bytes,
    )
    paper, version = await service.upload_paper(session, actor, meeting, fields.value, stored)
    response.headers["Location"] = f"/api/v1/papers/{paper.id}"
    response.headers["ETag"] = etag(paper.version)
    return paper_out(paper, version)


@router.get("/meetings/{meeting_id}/papers", response_model=PageOut[PaperOut], responses=_READ)
async def list_papers(
    session: Session, actor: CurrentActor, meeting_id: uuid.UUID, page: Pagination
) -> PageOut[PaperOut]:
    """The meeting's papers the caller may see (members: circulated, out of embargo)."""
    result = await reads.list_papers(session, actor, meeting_id, page)
    current = await reads.current_versions(session, result.items)
    return PageOut(
        items=[paper_out(p, current.get(p.id)) for p in result.items],
        next_cursor=result.next_cursor,
    )


@router.get("/papers/{paper_id}", response_model=PaperOut, responses=_READ)
async def get_paper_route(
    session: Session, actor: CurrentActor, paper_id: uuid.UUID, response: Response
) -> PaperOut:
    paper = await get_paper(session, actor, paper_id)
    version = await reads.get_version(session, paper, None)
    response.headers["ETag"] = etag(paper.version)
    return paper_out(paper, version)


@router.patch("/papers/{paper_id}", response_model=PaperOut, responses=_WRITE)
async def update_paper(
    session: Session,
    actor: CurrentActor,
    paper_id: uuid.UUID,
    body: PaperUpdate,
    version: IfMatch,
    response: Response,
) -> PaperOut:
    """Change the details, or the status: draft and ready move back and forth, any paper
    can be withdrawn, and only a circulation makes one circulated."""
    paper = await service.update_paper(session, actor, paper_id, body, version)
    current = await reads.get_version(session, paper, None)
    response.headers["ETag"] = etag(paper.version)
    return paper_out(paper, current)


@router.get("/papers/{paper_id}/versions", response_model=PageOut[VersionOut], responses=_READ)
async def list_versions(
    session: Session, actor: CurrentActor, paper_id: uuid.UUID, page: Pagination
) -> PageOut[VersionOut]:
    """Every version, oldest first, with its change note and SHA-256."""
    result = await reads.list_versions(session, actor, paper_id, page)
    return PageOut(
        items=[VersionOut.model_validate(v) for v in result.items], next_cursor=result.next_cursor
    )


@router.post(
    "/papers/{paper_id}/versions",
    status_code=201,
    response_model=VersionOut,
    responses=_UPLOAD,
    openapi_extra=upload_body(
        VersionCreate,
        "changeNote (and lateReason when a circulated paper's revision comes late) and the "
        "file, in any order.",
        _PAPER_TYPES,
    ),
)
async def add_version(
    request: Request,
    session: Session,
    state: State,
    actor: CurrentActor,
    paper_id: uuid.UUID,
    response: Response,
) -> VersionOut:
    """A new file for the paper. If the paper was circulated, everyone who had it gets the
    new version (event `paper.circulated` with `revision: true`) and sees it as changed."""
    paper = await service.paper_for_revision(session, actor, paper_id)
    form = StreamingForm(request)
    form.check_length(state.settings.paper_max_bytes)
    fields = UploadFields(
        VersionCreate,
        lambda data: revisions.check_revision_timing(session, actor, paper, data.late_reason),
    )
    await fields.before_file(await form.fields())
    await release_connection(session)
    stored = await receive(
        state.storage,
        IncomingFile(form.filename, form.file_chunks(fields.after_file)),
        state.settings.paper_max_bytes,
    )
    data = fields.value
    version = await service.new_version(session, actor, paper, data.change_note, stored)
    await revisions.recirculate(session, actor, paper, data.late_reason)
    # A version has no resource of its own: it is read as the paper's content.
    response.headers["Location"] = f"/api/v1/papers/{paper.id}/content?version={version.number}"
    return VersionOut.model_validate(version)

"""Lines and receipts of a claim: ``/expense-claims/{claimId}/items`` and ``/receipts``."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from app.api.deps import CurrentActor, IfMatch, Session, State
from app.api.problem_docs import error_responses
from app.api.rest.papers_multipart import StreamingForm, UploadFields
from app.api.rest.upload_openapi import upload_body
from app.api.routing import TransactionalRoute, release_connection
from app.api.views.expenses import ItemOut, ReceiptOut, item_out, receipt_out
from app.domain.expenses import claims, editing, receipts
from app.domain.expenses.schemas import ExpenseItemInput, ExpenseItemUpdate
from app.domain.versions import etag
from app.integrations.receipt_store import StorageReceiptStore

router = APIRouter(
    prefix="/expense-claims/{claim_id}", tags=["expenses"], route_class=TransactionalRoute
)

_READ = error_responses(401, 403, 404, 422)
_WRITE = error_responses(401, 403, 404, 409, 412, 422, 428)

_CONTENT: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The receipt file as uploaded.",
        "content": {
            media: {"schema": {"type": "string", "format": "binary"}}
            for media in receipts.RECEIPT_TYPES
        },
    }
}


async def receipt_store(state: State) -> receipts.ReceiptStore:
    return StorageReceiptStore(state.storage)


Store = Annotated[receipts.ReceiptStore, Depends(receipt_store)]


async def _visible_claim(session: Session, actor: CurrentActor, claim_id: uuid.UUID) -> uuid.UUID:
    """Resolved before the upload body is validated, so a claim the caller cannot see is
    404 whatever they send."""
    return (await claims.get_claim(session, actor, claim_id)).id


VisibleClaim = Annotated[uuid.UUID, Depends(_visible_claim)]


@router.get("/items", response_model=list[ItemOut], responses=_READ)
async def list_items(session: Session, actor: CurrentActor, claim_id: uuid.UUID) -> list[ItemOut]:
    return [item_out(i) for i in await editing.list_items(session, actor, claim_id)]


@router.post("/items", status_code=201, response_model=ItemOut, responses=_WRITE)
async def add_item(
    session: Session,
    actor: CurrentActor,
    claim_id: uuid.UUID,
    body: ExpenseItemInput,
    response: Response,
) -> ItemOut:
    """Add a line to a draft or returned claim. Mileage and involvement payments leave
    `amountPence` out: the policy computes them. The whole claim is judged again; `ETag`
    is the claim's new one."""
    change = await editing.add_item(session, actor, claim_id, body)
    response.headers["Location"] = f"/api/v1/expense-claims/{claim_id}/items/{change.item.id}"
    response.headers["ETag"] = etag(change.claim.version)
    return item_out(change.item)


@router.patch("/items/{item_id}", response_model=ItemOut, responses=_WRITE)
async def update_item(
    session: Session,
    actor: CurrentActor,
    claim_id: uuid.UUID,
    item_id: uuid.UUID,
    body: ExpenseItemUpdate,
    version: IfMatch,
    response: Response,
) -> ItemOut:
    """`If-Match` carries the claim's ETag (a line's allowance depends on the others), and
    `ETag` answers with the claim's new one."""
    change = await editing.update_item(session, actor, claim_id, item_id, body, version)
    response.headers["ETag"] = etag(change.claim.version)
    return item_out(change.item)


@router.delete("/items/{item_id}", status_code=204, responses=_WRITE)
async def delete_item(
    session: Session, actor: CurrentActor, claim_id: uuid.UUID, item_id: uuid.UUID
) -> Response:
    await editing.delete_item(session, actor, claim_id, item_id)
    return Response(status_code=204)


@router.get("/receipts", response_model=list[ReceiptOut], responses=_READ)
async def list_receipts(
    session: Session, actor: CurrentActor, claim_id: uuid.UUID
) -> list[ReceiptOut]:
    return [receipt_out(r) for r in await receipts.list_receipts(session, actor, claim_id)]


class ReceiptFields(BaseModel):
    """The multipart form's text fields; the file goes in the part named ``file``."""

    model_config = ConfigDict(extra="forbid", populate_by_name=False)

    item_id: uuid.UUID | None = Field(
        default=None, alias="itemId", description="The line it is a receipt for."
    )


@router.post(
    "/receipts",
    status_code=201,
    response_model=ReceiptOut,
    responses=error_responses(401, 403, 404, 409, 413, 422),
    openapi_extra=upload_body(
        ReceiptFields,
        "The file (a JPEG, PNG, HEIC or WebP image, or a PDF; at most 10 MB) and optionally "
        "itemId, in any order.",
        receipts.RECEIPT_TYPES,
    ),
)
async def upload_receipt(
    request: Request,
    session: Session,
    actor: CurrentActor,
    claim_id: uuid.UUID,
    store: Store,
    response: Response,
) -> ReceiptOut:
    """Multipart upload, at most 10 MB. The claim is checked (404, 403, 409) before any of
    the file is read; the file then streams to storage with no database connection held.
    The type is read from the file's first bytes, not its name. A file already on another
    live claim is kept but flagged `duplicate`."""
    claim = await receipts.claim_for_receipt(session, actor, claim_id)
    form = StreamingForm(request)
    form.check_length(receipts.MAX_RECEIPT_BYTES)
    fields = UploadFields(
        ReceiptFields, lambda data: receipts.check_item(session, claim, data.item_id)
    )
    await fields.before_file(await form.fields())
    await release_connection(session)
    stored = await receipts.store_receipt(store, form.file_chunks(fields.after_file))
    view = await receipts.add_receipt(
        session,
        actor,
        claim.id,
        stored,
        filename=form.filename,
        item_id=fields.value.item_id,
    )
    response.headers["Location"] = (
        f"/api/v1/expense-claims/{claim_id}/receipts/{view.receipt.id}/content"
    )
    return receipt_out(view)


@router.get(
    "/receipts/{receipt_id}/content",
    response_class=StreamingResponse,
    responses={**_CONTENT, **_READ},
)
async def receipt_content(
    session: Session,
    actor: CurrentActor,
    claim_id: uuid.UUID,
    receipt_id: uuid.UUID,
    store: Store,
) -> StreamingResponse:
    receipt = await receipts.get_receipt(session, actor, claim_id, receipt_id)
    return StreamingResponse(
        await store.open(receipt.digest),
        media_type=receipt.content_type,
        headers={
            "ETag": f'"{receipt.digest}"',
            "Cache-Control": "private, no-store",
            "Content-Disposition": "attachment",
            "X-Content-Type-Options": "nosniff",
        },
    )


@router.delete("/receipts/{receipt_id}", status_code=204, responses=_WRITE)
async def delete_receipt(
    session: Session, actor: CurrentActor, claim_id: uuid.UUID, receipt_id: uuid.UUID
) -> Response:
    await receipts.delete_receipt(session, actor, claim_id, receipt_id)
    return Response(status_code=204)

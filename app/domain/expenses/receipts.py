"""Receipts: images or PDFs attached to a claim (and usually to one of its lines).

Files go to a ``ReceiptStore`` keyed by the SHA-256 of their bytes; the row here points at
the digest. The type is judged by the file's first bytes, never by its name. A receipt
whose digest is on another live claim (or twice on this one) is flagged as a duplicate.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import ExpenseClaim, ExpenseReceipt
from app.domain import audit, store
from app.domain.actors import Actor, Permission
from app.domain.errors import NotFound, PayloadTooLarge, RuleViolation
from app.domain.expenses import items as lines
from app.domain.expenses.claims import (
    contribute,
    get_claim,
    lock_claim,
    require_editable,
    require_editor,
)
from app.domain.expenses.judging import rejudge
from app.domain.expenses.schemas import ClaimStatus

MAX_RECEIPT_BYTES = 10 * 1024 * 1024
RECEIPT_TYPES = ("image/jpeg", "image/png", "image/heic", "image/webp", "application/pdf")
_SNIFF_BYTES = 16
_HEIC_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}
# Receipts on these claims no longer count: the same ticket may be claimed again.
_DEAD = (ClaimStatus.REJECTED.value, ClaimStatus.WITHDRAWN.value)


class ReceiptStore(Protocol):
    """Where receipt files live. The domain owns this interface; adapters implement it."""

    async def put(self, stream: AsyncIterator[bytes]) -> tuple[str, int]:
        """Store the whole stream; return (SHA-256 hex digest, size in bytes). If the
        stream raises, nothing is kept and the error propagates."""
        ...

    async def open(self, digest: str) -> AsyncIterator[bytes]:
        """The stored bytes, in chunks; fails before the first chunk if there are none."""
        ...


def sniff(head: bytes) -> str | None:
    """The media type from magic bytes: JPEG, PNG, HEIC, WebP or PDF; None otherwise."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp" and head[8:12] in _HEIC_BRANDS:
        return "image/heic"
    return None


def _refuse_type() -> RuleViolation:
    return RuleViolation.field(
        "/file", "A receipt must be a JPEG, PNG, HEIC or WebP image, or a PDF."
    )


@dataclass
class _Checked:
    """Passes a stream through, checking its size and its first bytes on the way."""

    source: AsyncIterator[bytes]
    content_type: str | None = None

    async def chunks(self) -> AsyncIterator[bytes]:
        head = b""
        size = 0
        async for chunk in self.source:
            size += len(chunk)
            if size > MAX_RECEIPT_BYTES:
                raise PayloadTooLarge(
                    f"A receipt may be at most {MAX_RECEIPT_BYTES // (1024 * 1024)} MB."
                )
            if self.content_type is None:
                head += chunk
                if len(head) >= _SNIFF_BYTES:
                    self._decide(head)
            yield chunk
        if self.content_type is None:
            if not head:
                raise RuleViolation.field("/file", "The file is empty.")
            self._decide(head)

    def _decide(self, head: bytes) -> None:
        self.content_type = sniff(head)
        if self.content_type is None:
            raise _refuse_type()


@dataclass(frozen=True)
class ReceiptView:
    receipt: ExpenseReceipt
    # The same file is on another live claim, or twice on this one.
    duplicate: bool
    # Those claims, where the caller may know of them (members: only their own).
    duplicate_claim_ids: list[uuid.UUID]


async def receipt_views(
    session: AsyncSession, actor: Actor, receipts: Iterable[ExpenseReceipt]
) -> list[ReceiptView]:
    """Each receipt with the live claims (this one included, if the file is on it twice)
    that carry the same file. One query however many receipts."""
    wanted = list(receipts)
    digests = {r.digest for r in wanted}
    if not digests:
        return []
    rows = await session.execute(
        select(ExpenseReceipt.id, ExpenseReceipt.digest, ExpenseClaim.id, ExpenseClaim.person_id)
        .join(ExpenseClaim, col(ExpenseClaim.id) == col(ExpenseReceipt.claim_id))
        .where(
            ExpenseReceipt.organisation_id == actor.organisation_id,
            col(ExpenseReceipt.digest).in_(digests),
            col(ExpenseClaim.status).not_in(_DEAD),
        )
    )
    staff = actor.can(Permission.EXPENSE_CLAIMS_READ_ALL)
    holders: dict[str, list[tuple[uuid.UUID, uuid.UUID, uuid.UUID]]] = defaultdict(list)
    for receipt_id, digest, claim_id, person_id in rows:
        holders[digest].append((receipt_id, claim_id, person_id))
    views = []
    for receipt in wanted:
        others = [h for h in holders[receipt.digest] if h[0] != receipt.id]
        named = {c for _, c, person_id in others if staff or actor.is_self(person_id)}
        views.append(ReceiptView(receipt, bool(others), sorted(named)))
    return views


async def list_receipts(
    session: AsyncSession, actor: Actor, claim_id: uuid.UUID
) -> list[ReceiptView]:
    claim = await get_claim(session, actor, claim_id)
    rows = list(
        await session.scalars(
            select(ExpenseReceipt)
            .where(col(ExpenseReceipt.claim_id) == claim.id)
            .order_by(col(ExpenseReceipt.id))
        )
    )
    return await receipt_views(session, actor, rows)


@dataclass(frozen=True)
class StoredReceipt:
    digest: str
    size: int
    content_type: str


async def claim_for_receipt(
    session: AsyncSession, actor: Actor, claim_id: uuid.UUID
) -> ExpenseClaim:
    """Checked before a byte of the file is read: the claim exists, the caller sees it
    (404 otherwise), may edit it (403) and it is still editable (409)."""
    claim = await get_claim(session, actor, claim_id)
    require_editor(actor, claim)
    require_editable(claim)
    return claim


async def check_item(session: AsyncSession, claim: ExpenseClaim, item_id: uuid.UUID | None) -> None:
    """The line a receipt is for is on its claim (checked again under the lock)."""
    if item_id is not None:
        try:
            await lines.get_item(session, claim, item_id)
        except NotFound:
            raise RuleViolation.field("/itemId", "No line with that ID is on this claim.") from None


async def store_receipt(store: ReceiptStore, stream: AsyncIterator[bytes]) -> StoredReceipt:
    """The file, counted against the limit and typed by its first bytes as it streams:
    a refusal is raised inside the stream the store is reading, so nothing is kept."""
    checked = _Checked(stream)
    digest, size = await store.put(checked.chunks())
    assert checked.content_type is not None
    return StoredReceipt(digest, size, checked.content_type)


async def add_receipt(
    session: AsyncSession,
    actor: Actor,
    claim_id: uuid.UUID,
    stored: StoredReceipt,
    *,
    filename: str | None = None,
    item_id: uuid.UUID | None = None,
) -> ReceiptView:
    """Put a stored file on the claim. Checked again under the claim's lock: the file was
    written without holding it (or a connection), so a slow upload blocks nothing. If
    this fails, the blob is left for the orphan sweep."""
    claim = await lock_claim(session, actor, claim_id)
    require_editor(actor, claim)
    require_editable(claim)
    await check_item(session, claim, item_id)
    receipt = ExpenseReceipt(
        organisation_id=claim.organisation_id,
        claim_id=claim.id,
        item_id=item_id,
        digest=stored.digest,
        size_bytes=stored.size,
        content_type=stored.content_type,
        filename=(filename or "").strip()[:255] or None,
        uploaded_by_id=actor.id,
    )
    session.add(receipt)
    await rejudge(session, claim)
    contribute(actor, claim)
    await session.flush()
    audit.record(
        session,
        actor,
        "expense_receipt.added",
        "expense_receipt",
        receipt.id,
        receipt.organisation_id,
        {"file"} | ({"item_id"} if item_id else set()),
    )
    (view,) = await receipt_views(session, actor, [receipt])
    return view


async def get_receipt(
    session: AsyncSession, actor: Actor, claim_id: uuid.UUID, receipt_id: uuid.UUID
) -> ExpenseReceipt:
    claim = await get_claim(session, actor, claim_id)
    return await store.one(
        session, ExpenseReceipt, receipt_id, col(ExpenseReceipt.claim_id) == claim.id, "receipt"
    )


async def delete_receipt(
    session: AsyncSession, actor: Actor, claim_id: uuid.UUID, receipt_id: uuid.UUID
) -> None:
    """Takes the receipt off the claim. The file stays: another claim may share it."""
    claim = await lock_claim(session, actor, claim_id)
    require_editor(actor, claim)
    receipt = await get_receipt(session, actor, claim_id, receipt_id)
    require_editable(claim)
    await session.delete(receipt)
    await rejudge(session, claim)
    contribute(actor, claim)
    await session.flush()
    audit.record(
        session,
        actor,
        "expense_receipt.removed",
        "expense_receipt",
        receipt.id,
        receipt.organisation_id,
    )

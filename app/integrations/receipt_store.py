"""Receipts kept in the shared file storage (the papers' storage): the domain's
``ReceiptStore`` as a thin adapter, so receipts follow ``CHORUS_STORAGE_BACKEND`` too."""

from __future__ import annotations

from collections.abc import AsyncIterator

from app.domain.expenses.receipts import MAX_RECEIPT_BYTES
from app.integrations.storage.base import Storage


class StorageReceiptStore:
    def __init__(self, storage: Storage) -> None:
        self.storage = storage

    async def put(self, stream: AsyncIterator[bytes]) -> tuple[str, int]:
        blob = await self.storage.put(stream, MAX_RECEIPT_BYTES)
        return blob.digest, blob.size

    async def open(self, digest: str) -> AsyncIterator[bytes]:
        return await self.storage.open(digest)

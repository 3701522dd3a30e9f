"""Blobs in a local folder: the embedded default (``<data dir>/files``).

File I/O runs in worker threads, one chunk at a time, so the event loop never blocks and
memory holds at most one chunk per transfer. Hashing happens in the same thread hop as the
write: ``hashlib`` releases the GIL for large buffers, so it costs the loop nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

import anyio
from anyio import to_thread

from app.integrations.storage.base import CHUNK_SIZE, BlobNotFound, StoredBlob, blob_key, too_large


class LocalStorage:
    def __init__(self, root: Path) -> None:
        self.root = root
        self._tmp = root / "tmp"

    def path(self, digest: str) -> Path:
        return self.root / blob_key(digest)

    async def put(self, chunks: AsyncIterator[bytes], max_bytes: int) -> StoredBlob:
        await to_thread.run_sync(lambda: self._tmp.mkdir(parents=True, exist_ok=True))
        temp = self._tmp / f"{uuid.uuid4().hex}.part"
        hasher = hashlib.sha256()
        size = 0
        handle: BinaryIO = await to_thread.run_sync(temp.open, "xb")
        try:
            try:
                async for chunk in chunks:
                    size += len(chunk)
                    if size > max_bytes:
                        raise too_large(max_bytes)
                    await to_thread.run_sync(_write, handle, hasher, chunk)
                await to_thread.run_sync(_sync, handle)
            finally:
                await to_thread.run_sync(handle.close)
            digest = hasher.hexdigest()
            await to_thread.run_sync(self._move_into_place, temp, self.path(digest))
        except BaseException:
            # Too large, refused by a checker, or the client went away: keep nothing.
            with anyio.CancelScope(shield=True), contextlib.suppress(FileNotFoundError):
                await to_thread.run_sync(temp.unlink)
            raise
        return StoredBlob(digest, size)

    @staticmethod
    def _move_into_place(temp: Path, final: Path) -> None:
        final.parent.mkdir(parents=True, exist_ok=True)
        # Same bytes, same name: when the blob exists already the new copy is surplus.
        # os.replace is atomic, so a reader never sees a half-written blob either way.
        if final.exists():
            temp.unlink()
            # Touched, so the orphan sweep sees an upload that is about to reference it.
            os.utime(final)
        else:
            os.replace(temp, final)

    async def open(self, digest: str) -> AsyncIterator[bytes]:
        path = self.path(digest)
        try:
            handle: BinaryIO = await to_thread.run_sync(path.open, "rb")
        except FileNotFoundError:
            raise BlobNotFound(digest) from None
        return _read_chunks(handle)

    async def exists(self, digest: str) -> bool:
        return await to_thread.run_sync(self.path(digest).is_file)

    async def blobs(self) -> AsyncIterator[tuple[str, datetime]]:
        found = await to_thread.run_sync(self._list_blobs)
        for item in found:
            yield item

    def _list_blobs(self) -> list[tuple[str, datetime]]:
        found = []
        for path in (self.root / "sha256").glob("*/*"):
            with contextlib.suppress(FileNotFoundError):
                found.append((path.name, _mtime(path)))
        return found

    async def modified_at(self, digest: str) -> datetime | None:
        try:
            return await to_thread.run_sync(_mtime, self.path(digest))
        except FileNotFoundError:
            return None

    async def delete(self, digest: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            await to_thread.run_sync(self.path(digest).unlink)

    async def remove_stale_temporary(self, before: datetime) -> int:
        return await to_thread.run_sync(self._remove_stale, before)

    def _remove_stale(self, before: datetime) -> int:
        removed = 0
        for path in self._tmp.glob("*.part"):
            with contextlib.suppress(FileNotFoundError):
                if _mtime(path) < before:
                    path.unlink()
                    removed += 1
        return removed

    async def aclose(self) -> None:
        return None


def _mtime(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def _write(handle: BinaryIO, hasher: hashlib._Hash, chunk: bytes) -> None:
    hasher.update(chunk)
    handle.write(chunk)


def _sync(handle: BinaryIO) -> None:
    handle.flush()
    os.fsync(handle.fileno())


async def _read_chunks(handle: BinaryIO) -> AsyncIterator[bytes]:
    try:
        while chunk := await to_thread.run_sync(handle.read, CHUNK_SIZE):
            yield chunk
    finally:
        await to_thread.run_sync(handle.close)

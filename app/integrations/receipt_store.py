"""Receipt files in a local folder, keyed by SHA-256: the domain's ``ReceiptStore``.

The layout (``<data dir>/files/sha256/<ab>/<digest>``) is the one the shared file storage
uses for papers, so moving receipts onto that storage later needs no copying: only an
adapter from ``ReceiptStore`` to ``Storage``.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import BinaryIO

import anyio
from anyio import to_thread

CHUNK_SIZE = 1024 * 1024
_DIGEST = re.compile(r"^[0-9a-f]{64}$")


class LocalReceiptStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self._tmp = root / "tmp"

    def path(self, digest: str) -> Path:
        # Only ever a digest: a caller's string can never name a path outside the store.
        if not _DIGEST.match(digest):
            raise ValueError("not a SHA-256 hex digest")
        return self.root / "sha256" / digest[:2] / digest

    async def put(self, stream: AsyncIterator[bytes]) -> tuple[str, int]:
        await to_thread.run_sync(lambda: self._tmp.mkdir(parents=True, exist_ok=True))
        temp = self._tmp / f"{uuid.uuid4().hex}.part"
        hasher = hashlib.sha256()
        size = 0
        handle: BinaryIO = await to_thread.run_sync(temp.open, "xb")
        try:
            try:
                async for chunk in stream:
                    size += len(chunk)
                    await to_thread.run_sync(_write, handle, hasher, chunk)
                await to_thread.run_sync(_sync, handle)
            finally:
                await to_thread.run_sync(handle.close)
            digest = hasher.hexdigest()
            await to_thread.run_sync(_move_into_place, temp, self.path(digest))
        except BaseException:
            # Refused (too large, wrong type) or the client went away: keep nothing.
            with anyio.CancelScope(shield=True), contextlib.suppress(FileNotFoundError):
                await to_thread.run_sync(temp.unlink)
            raise
        return digest, size

    async def open(self, digest: str) -> AsyncIterator[bytes]:
        """Opens at once (a missing file fails here, before any response starts), then
        reads in chunks."""
        handle: BinaryIO = await to_thread.run_sync(self.path(digest).open, "rb")
        return _read_chunks(handle)


async def _read_chunks(handle: BinaryIO) -> AsyncIterator[bytes]:
    try:
        while chunk := await to_thread.run_sync(handle.read, CHUNK_SIZE):
            yield chunk
    finally:
        await to_thread.run_sync(handle.close)


def _write(handle: BinaryIO, hasher: hashlib._Hash, chunk: bytes) -> None:
    hasher.update(chunk)
    handle.write(chunk)


def _sync(handle: BinaryIO) -> None:
    handle.flush()
    os.fsync(handle.fileno())


def _move_into_place(temp: Path, final: Path) -> None:
    final.parent.mkdir(parents=True, exist_ok=True)
    # The same bytes make the same name: a second copy is surplus. os.replace is atomic.
    if final.exists():
        temp.unlink()
    else:
        os.replace(temp, final)

"""The one file-storage interface: content-addressed blobs, streamed both ways.

A blob is named by the SHA-256 of its bytes (``sha256/<ab>/<digest>``), so the same file
uploaded twice is stored once, a stored blob never changes, and its digest doubles as a
strong ETag. Nothing here knows about papers or receipts: callers keep their own rows that
point at digests.

Both directions stream. ``put`` hashes chunks as they arrive into a temporary object and
moves it into place only once the whole stream has been read and the size is within
``max_bytes``; anything that goes wrong on the way (too large, a checker raising from the
chunk iterator, a dropped connection) removes the temporary object, so nothing is kept.
Storing bytes that are there already touches the blob (its modified time becomes now), so
the orphan sweep (``sweep.py``), which removes only blobs untouched for a grace period,
never takes one an upload is about to record.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, runtime_checkable

from app.domain.errors import PayloadTooLarge

# Reads and writes move in pieces of this size: big enough that per-chunk overhead is
# small, small enough that many concurrent transfers stay cheap.
CHUNK_SIZE = 1024 * 1024

_DIGEST = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class StoredBlob:
    digest: str  # lower-case hex SHA-256 of the content
    size: int


class BlobNotFound(LookupError):
    """A digest the database points at has no blob: a storage fault, not a caller's error."""


@runtime_checkable
class Storage(Protocol):
    async def put(self, chunks: AsyncIterator[bytes], max_bytes: int) -> StoredBlob:
        """Store the stream; refuse (``PayloadTooLarge``) past ``max_bytes``, keeping nothing."""
        ...

    async def open(self, digest: str) -> AsyncIterator[bytes]:
        """The blob's bytes in chunks. Raises ``BlobNotFound`` before the first chunk."""
        ...

    async def exists(self, digest: str) -> bool: ...

    def blobs(self) -> AsyncIterator[tuple[str, datetime]]:
        """Every stored blob's digest and when it was last written (or touched), in UTC."""
        ...

    async def modified_at(self, digest: str) -> datetime | None:
        """When the blob was last written or touched; None if there is none."""
        ...

    async def delete(self, digest: str) -> None:
        """Remove the blob; removing one that is already gone is not an error."""
        ...

    async def remove_stale_temporary(self, before: datetime) -> int:
        """Remove temporary objects (and unfinished uploads) last written before ``before``,
        left by a process that died mid-upload. Returns how many went."""
        ...

    async def aclose(self) -> None: ...


def blob_key(digest: str) -> str:
    """Where a blob lives, relative to the store's root. Refuses anything but a digest, so a
    caller's string can never name a path outside the store."""
    if not _DIGEST.match(digest):
        raise ValueError("not a SHA-256 hex digest")
    return f"sha256/{digest[:2]}/{digest}"


def too_large(max_bytes: int) -> PayloadTooLarge:
    return PayloadTooLarge(f"The file is larger than the limit of {max_bytes:,} bytes.")

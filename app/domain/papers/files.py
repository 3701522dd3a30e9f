"""Bringing a paper's file in: sniffed and stored as it streams, refused whole or kept whole."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

from app.domain.papers.sniffing import Detected, Sniffer
from app.integrations.storage.base import Storage, StoredBlob


@dataclass
class IncomingFile:
    """A file as the transport hands it over: its claimed name and its bytes, in chunks."""

    filename: str | None
    chunks: AsyncIterator[bytes]


@dataclass(frozen=True)
class StoredFile:
    blob: StoredBlob
    detected: Detected


async def receive(storage: Storage, file: IncomingFile, max_bytes: int) -> StoredFile:
    """Stream into storage while checking the type. A refusal (wrong type, too large) is
    raised from inside the stream storage is reading, so storage keeps nothing of it."""
    sniffer = Sniffer(file.filename)
    found: list[Detected] = []

    async def checked() -> AsyncIterator[bytes]:
        async for chunk in file.chunks:
            sniffer.feed(chunk)
            yield chunk
        found.append(sniffer.finish())

    blob = await storage.put(checked(), max_bytes)
    return StoredFile(blob, found[0])

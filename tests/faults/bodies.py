"""Request bodies built by hand, streamed lazily and counted, so a test can tell how much
of a body the server read before it answered."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

BOUNDARY = "chorus-fault-boundary"
MULTIPART = f"multipart/form-data; boundary={BOUNDARY}"
CHUNK = 64 * 1024
_FILLER = b"a" * CHUNK  # one buffer, sent again and again: the test itself stays small


def field(name: str, value: str) -> bytes:
    return (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
    ).encode()


def file_head(filename: str) -> bytes:
    return (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"'
        "\r\nContent-Type: application/octet-stream\r\n\r\n"
    ).encode()


def file_part(filename: str, content: bytes) -> bytes:
    return file_head(filename) + content + b"\r\n"


END = f"--{BOUNDARY}--\r\n".encode()


class Stream:
    """``head``, then ``size`` filler bytes in chunks, then ``tail``; counts what was read.

    With a ``gate``, it stops after the head and first chunk until the gate opens (a slow
    client), and ``waiting`` is set once it got there."""

    def __init__(
        self, head: bytes, size: int, tail: bytes = b"", gate: asyncio.Event | None = None
    ) -> None:
        self.head, self.size, self.tail, self.gate = head, size, tail, gate
        self.sent = 0
        self.waiting = asyncio.Event()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        self.sent += len(self.head)
        yield self.head
        left = self.size
        while left > 0:
            piece = _FILLER if left >= CHUNK else _FILLER[:left]
            left -= len(piece)
            self.sent += len(piece)
            yield piece
            if self.gate is not None and not self.gate.is_set():
                self.waiting.set()
                await self.gate.wait()
        self.sent += len(self.tail)
        yield self.tail


def files_under(root: Path) -> list[Path]:
    """Every file in the local store, temporary ones included."""
    return [p for p in (root / "files").rglob("*") if p.is_file()] if root.exists() else []


def rss_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096

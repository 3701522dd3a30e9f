"""The Storage interface, held to the same behaviour on the local folder and on S3."""

from __future__ import annotations

import hashlib
import tracemalloc
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from app.domain.errors import PayloadTooLarge
from app.integrations.storage import CHUNK_SIZE, BlobNotFound, Storage, blob_key
from app.integrations.storage.local import LocalStorage
from app.integrations.storage.s3 import MIB, S3Storage
from tests.integrations.s3_server import REGION, S3Server, bucket_contents, s3_bucket, s3_server

__all__ = ["s3_bucket", "s3_server"]  # fixtures used by name below

PART = 5 * MIB


def _pieces(total: int, piece: int) -> list[tuple[int, int]]:
    return [(start, min(piece, total - start)) for start in range(0, total, piece)]


async def stream(total: int, piece: int = 64 * 1024, seed: bytes = b"") -> AsyncIterator[bytes]:
    """``total`` bytes of a repeating pattern, made piece by piece as they are needed: the
    same bytes whatever the piece size, and never all in memory at once."""
    pattern = seed + b"chorus papers "
    block = pattern * (piece // len(pattern) + 2)
    for start, size in _pieces(total, piece):
        offset = start % len(pattern)
        yield block[offset : offset + size]


def expected_digest(total: int, seed: bytes = b"") -> str:
    pattern = seed + b"chorus papers "
    return hashlib.sha256((pattern * (total // len(pattern) + 1))[:total]).hexdigest()


class Refused(Exception):
    pass


async def refused_after(total: int, refuse_at: int) -> AsyncIterator[bytes]:
    sent = 0
    async for chunk in stream(total, piece=1000):
        if sent >= refuse_at:
            raise Refused
        sent += len(chunk)
        yield chunk


@pytest.fixture(params=["local", "s3"])
async def storage(
    request: pytest.FixtureRequest, tmp_path: Path, s3_server: S3Server, s3_bucket: str
) -> AsyncIterator[Storage]:
    if request.param == "local":
        yield LocalStorage(tmp_path / "files")
        return
    s3 = S3Storage(s3_bucket, endpoint_url=s3_server.endpoint_url, region=REGION, part_size=PART)
    yield s3
    await s3.aclose()


async def leftovers(storage: Storage, server: S3Server) -> list[str]:
    """Everything the store holds: blobs, temporary files and unfinished uploads."""
    if isinstance(storage, LocalStorage):
        root = storage.root
        return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())
    assert isinstance(storage, S3Storage)
    keys, open_uploads = await bucket_contents(server, storage.bucket)
    return keys + ["<open multipart upload>"] * open_uploads


async def read_all(storage: Storage, digest: str) -> tuple[bytes, int]:
    data = bytearray()
    largest = 0
    async for chunk in await storage.open(digest):
        largest = max(largest, len(chunk))
        data += chunk
    return bytes(data), largest


@pytest.mark.parametrize("size", [1, 100_000, 12 * MIB + 3])
async def test_a_blob_goes_in_and_comes_out_under_its_digest(
    storage: Storage, s3_server: S3Server, size: int
) -> None:
    blob = await storage.put(stream(size), max_bytes=size)
    assert blob.digest == expected_digest(size)
    assert blob.size == size
    assert await storage.exists(blob.digest)
    data, largest = await read_all(storage, blob.digest)
    assert len(data) == size
    assert hashlib.sha256(data).hexdigest() == blob.digest
    assert largest <= CHUNK_SIZE
    assert await leftovers(storage, s3_server) == [blob_key(blob.digest)]


async def test_the_same_bytes_are_stored_once(storage: Storage, s3_server: S3Server) -> None:
    first = await storage.put(stream(7 * MIB), max_bytes=10 * MIB)
    second = await storage.put(stream(7 * MIB, piece=1000), max_bytes=10 * MIB)
    other = await storage.put(stream(7 * MIB, seed=b"x"), max_bytes=10 * MIB)
    assert first == second
    assert other.digest != first.digest
    assert await leftovers(storage, s3_server) == sorted(
        [blob_key(first.digest), blob_key(other.digest)]
    )


@pytest.mark.parametrize("size", [10_000, 12 * MIB])
async def test_too_large_is_refused_and_nothing_is_kept(
    storage: Storage, s3_server: S3Server, size: int
) -> None:
    with pytest.raises(PayloadTooLarge):
        await storage.put(stream(size), max_bytes=size - 1)
    assert await leftovers(storage, s3_server) == []


@pytest.mark.parametrize("size", [10_000, 12 * MIB])
async def test_a_refusal_from_the_stream_keeps_nothing(
    storage: Storage, s3_server: S3Server, size: int
) -> None:
    # A checker (the type sniffer) raises from inside the stream storage is reading.
    with pytest.raises(Refused):
        await storage.put(refused_after(size, size - 1000), max_bytes=size)
    assert await leftovers(storage, s3_server) == []


async def test_a_missing_blob_is_reported_before_any_byte(storage: Storage) -> None:
    digest = hashlib.sha256(b"never stored").hexdigest()
    assert not await storage.exists(digest)
    with pytest.raises(BlobNotFound):
        await storage.open(digest)
    with pytest.raises(ValueError, match="digest"):
        await storage.open("../../etc/passwd")


async def test_large_blobs_are_copied_in_parts_on_s3(s3_server: S3Server, s3_bucket: str) -> None:
    s3 = S3Storage(
        s3_bucket,
        endpoint_url=s3_server.endpoint_url,
        region=REGION,
        part_size=PART,
        copy_part_size=PART,
        single_copy_limit=PART,  # force the ranged copy used beyond 5 GiB
    )
    sent: list[int] = []
    client = await s3._s3()
    upload_part = client.upload_part

    async def spy(**kwargs: object) -> object:
        body = kwargs["Body"]
        assert isinstance(body, bytes)
        sent.append(len(body))
        return await upload_part(**kwargs)  # type: ignore[arg-type]

    client.upload_part = spy  # type: ignore[method-assign,assignment]
    try:
        blob = await s3.put(stream(13 * MIB), max_bytes=20 * MIB)
        # Streamed in parts: no request body ever held more than one part.
        assert sent == [PART, PART, 3 * MIB]
        data, _ = await read_all(s3, blob.digest)
        assert hashlib.sha256(data).hexdigest() == blob.digest == expected_digest(13 * MIB)
        assert await leftovers(s3, s3_server) == [blob_key(blob.digest)]
    finally:
        await s3.aclose()


async def test_local_transfers_hold_one_chunk_not_the_file(tmp_path: Path) -> None:
    storage = LocalStorage(tmp_path / "files")
    size = 48 * MIB
    tracemalloc.start()
    try:
        blob = await storage.put(stream(size, piece=CHUNK_SIZE), max_bytes=size)
        _, put_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        total = 0
        async for chunk in await storage.open(blob.digest):
            total += len(chunk)
        _, read_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert total == size
    assert put_peak < 8 * MIB, put_peak
    assert read_peak < 8 * MIB, read_peak

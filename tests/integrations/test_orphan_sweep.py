"""The orphan sweep, for real on both storage backends and both databases: a blob no row
references goes once past the grace period, a referenced blob (a paper version's or a
receipt's) and a young orphan stay, and a temporary file a crash left behind goes."""

from __future__ import annotations

import asyncio
import hashlib
import os
import time
from collections.abc import AsyncIterator
from datetime import timedelta

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.types import utcnow, uuid7
from app.domain.papers.orphans import sweep_orphans
from app.integrations.storage import Storage, blob_key
from app.integrations.storage.local import LocalStorage
from app.integrations.storage.s3 import S3Storage
from app.settings import Settings
from tests.api import expenses_setup as expenses
from tests.api.papers_setup import PDF, paper, setup
from tests.integrations.s3_server import REGION, S3Server, bucket_contents, s3_bucket, s3_server

__all__ = ["s3_bucket", "s3_server"]

GRACE = timedelta(hours=24)
LATER = GRACE + timedelta(minutes=1)


@pytest.fixture(params=["local", "s3"])
def settings(
    request: pytest.FixtureRequest, settings: Settings, s3_server: S3Server, s3_bucket: str
) -> Settings:
    if request.param == "local":
        return settings
    return settings.model_copy(
        update={
            "storage_backend": "s3",
            "s3_bucket": s3_bucket,
            "s3_endpoint_url": s3_server.endpoint_url,
            "s3_region": REGION,
        }
    )


async def _chunks(data: bytes) -> AsyncIterator[bytes]:
    yield data


async def _keys(storage: Storage, server: S3Server) -> tuple[list[str], int]:
    """Every file the store holds (blobs and temporary ones), and open S3 uploads."""
    if isinstance(storage, LocalStorage):
        root = storage.root
        return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()), 0
    assert isinstance(storage, S3Storage)
    return await bucket_contents(server, storage.bucket)


async def _crash_leftovers(storage: Storage) -> None:
    """What a process killed mid-upload leaves: a temporary file, or on S3 a temporary
    object and an unfinished multipart upload."""
    if isinstance(storage, LocalStorage):
        (storage.root / "tmp").mkdir(parents=True, exist_ok=True)
        (storage.root / "tmp" / "dead.part").write_bytes(b"half a file")
        return
    assert isinstance(storage, S3Storage)
    s3 = await storage._s3()
    await s3.put_object(Bucket=storage.bucket, Key="tmp/dead", Body=b"half a file")
    await s3.create_multipart_upload(Bucket=storage.bucket, Key=f"tmp/{uuid7().hex}")


async def test_unreferenced_blobs_and_crash_leftovers_go_after_the_grace_period(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    s3_server: S3Server,
) -> None:
    storage: Storage = app.state.chorus.storage
    s = await setup(db, app, size=1)
    referenced = (await paper(client, s.coordinator, s.meeting.id, PDF))["currentVersion"]
    o = await expenses.office(db, app)
    claim = await expenses.make_claim(client, o.claimant, expenses.line("taxi", 2_400))
    receipt = await expenses.upload(client, o.claimant, claim["id"], expenses.JPEG)
    assert receipt.status_code == 201, receipt.text
    receipt_digest = hashlib.sha256(expenses.JPEG).hexdigest()
    # A blob whose row was never written (the write failed after the upload).
    orphan = (await storage.put(_chunks(b"nobody points at this"), 1_000)).digest
    await _crash_leftovers(storage)

    # Within the grace period nothing goes: an upload's row may still be on its way.
    young = await sweep_orphans(storage, db, GRACE)
    assert (young.blobs_removed, young.temporary_removed) == (0, 0)
    assert await storage.exists(orphan)

    later = await sweep_orphans(storage, db, GRACE, now=utcnow() + LATER)
    assert later.blobs_removed == 1
    assert later.temporary_removed == (1 if isinstance(storage, LocalStorage) else 2)
    assert not await storage.exists(orphan)
    assert await storage.exists(referenced["sha256"])
    assert await storage.exists(receipt_digest)
    keys, open_uploads = await _keys(storage, s3_server)
    assert sorted(keys) == sorted([blob_key(referenced["sha256"]), blob_key(receipt_digest)])
    assert open_uploads == 0


async def test_storing_an_old_orphan_again_touches_it_so_the_sweep_leaves_it(
    app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    storage: Storage = app.state.chorus.storage
    data = b"uploaded, lost, then uploaded again"
    digest = (await storage.put(_chunks(data), 1_000)).digest
    if isinstance(storage, LocalStorage):
        # Make it look a day old; S3 gives no way to back-date, so there the clock moves.
        old = time.time() - LATER.total_seconds()
        os.utime(storage.path(digest), (old, old))
        first = await storage.modified_at(digest)
        assert first is not None
        assert first < utcnow() - GRACE
        now = utcnow()
    else:
        first = await storage.modified_at(digest)
        assert first is not None
        now = first + LATER
    # The same bytes again: an upload whose row is not committed yet.
    await asyncio.sleep(1.1)  # S3 keeps LastModified to the second
    assert (await storage.put(_chunks(data), 1_000)).digest == digest
    touched = await storage.modified_at(digest)
    assert touched is not None
    assert touched > first
    if isinstance(storage, S3Storage):
        # The orphan is older than the grace period at `now`, the touched copy is not.
        now = touched + GRACE - timedelta(seconds=1)
    result = await sweep_orphans(storage, db, GRACE, now=now)
    assert result.blobs_removed == 0
    assert await storage.exists(digest)

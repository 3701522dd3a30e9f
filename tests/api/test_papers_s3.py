"""Papers kept in S3-compatible storage: the same API, the other backend."""

from __future__ import annotations

import hashlib

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.integrations.storage import blob_key
from app.integrations.storage.s3 import S3Storage
from app.settings import Settings
from tests.api.helpers import problem
from tests.api.papers_setup import API, DOCX, PDF, circulate, paper, setup, upload
from tests.integrations.s3_server import REGION, S3Server, bucket_contents, s3_bucket, s3_server

__all__ = ["s3_bucket", "s3_server"]


@pytest.fixture
def settings(settings: Settings, s3_server: S3Server, s3_bucket: str) -> Settings:
    return settings.model_copy(
        update={
            "storage_backend": "s3",
            "s3_bucket": s3_bucket,
            "s3_endpoint_url": s3_server.endpoint_url,
            "s3_region": REGION,
            "paper_max_bytes": 100_000,
        }
    )


async def test_papers_upload_to_and_stream_from_s3(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    s3_server: S3Server,
    s3_bucket: str,
) -> None:
    assert isinstance(app.state.chorus.storage, S3Storage)
    s = await setup(db, app, size=1)
    body = await paper(client, s.coordinator, s.meeting.id, DOCX, "pack.docx")
    digest = hashlib.sha256(DOCX).hexdigest()
    assert body["currentVersion"]["sha256"] == digest
    await circulate(client, s.coordinator, s.meeting.id)
    got = await client.get(
        f"{API}/papers/{body['id']}/content", headers=s.member_callers[0].headers
    )
    assert got.status_code == 200
    assert got.content == DOCX
    assert got.headers["etag"] == f'"{digest}"'
    too_big = await upload(client, s.coordinator, s.meeting.id, b"a" * 150_000, "big.txt")
    problem(too_big, 413)
    wrong = await upload(client, s.coordinator, s.meeting.id, PDF, "pack.docx")
    problem(wrong, 422)
    assert await bucket_contents(s3_server, s3_bucket) == ([blob_key(digest)], 0)

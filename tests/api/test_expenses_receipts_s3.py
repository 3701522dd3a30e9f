"""Receipts go to the same storage as papers: with the S3 backend, to the bucket."""

from __future__ import annotations

import hashlib

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.integrations.storage import blob_key
from app.settings import Settings
from tests.api.expenses_setup import API, JPEG, line, make_claim, office, upload
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
        }
    )


async def test_a_receipt_is_stored_in_the_bucket_and_read_back(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    settings: Settings,
    s3_server: S3Server,
    s3_bucket: str,
) -> None:
    o = await office(db, app)
    claim = await make_claim(client, o.claimant, line("taxi", 2_400))
    stored = await upload(client, o.claimant, claim["id"], JPEG)
    assert stored.status_code == 201, stored.text
    digest = hashlib.sha256(JPEG).hexdigest()
    assert await bucket_contents(s3_server, s3_bucket) == ([blob_key(digest)], 0)
    assert not (settings.data_dir / "files").exists()
    back = await client.get(
        f"{API}/expense-claims/{claim['id']}/receipts/{stored.json()['id']}/content",
        headers=o.finance.headers,
    )
    assert back.status_code == 200
    assert back.content == JPEG

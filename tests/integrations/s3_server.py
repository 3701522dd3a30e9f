"""An S3-compatible server for the tests: moto's, in a thread, on a free loopback port."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Final

import pytest
from aiobotocore.session import get_session
from moto.server import ThreadedMotoServer

REGION: Final = "eu-west-2"


@dataclass(frozen=True)
class S3Server:
    endpoint_url: str


@pytest.fixture(scope="session")
def s3_server() -> Iterator[S3Server]:
    with pytest.MonkeyPatch.context() as env:
        # The standard variables, as in production: nothing S3-specific in Chorus's settings.
        env.setenv("AWS_ACCESS_KEY_ID", "chorus-test")
        env.setenv("AWS_SECRET_ACCESS_KEY", "chorus-test-secret")
        env.delenv("AWS_PROFILE", raising=False)
        server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        server.start()
        host, port = server.get_host_and_port()
        try:
            yield S3Server(f"http://{host}:{port}")
        finally:
            server.stop()


@pytest.fixture
async def s3_bucket(s3_server: S3Server) -> AsyncIterator[str]:
    """A fresh, empty bucket for one test."""
    name = f"chorus-{uuid.uuid4().hex[:12]}"
    async with get_session().create_client(
        "s3", endpoint_url=s3_server.endpoint_url, region_name=REGION
    ) as s3:
        await s3.create_bucket(
            Bucket=name, CreateBucketConfiguration={"LocationConstraint": REGION}
        )
        yield name


async def bucket_contents(s3_server: S3Server, bucket: str) -> tuple[list[str], int]:
    """The keys in the bucket, and how many multipart uploads are still open."""
    async with get_session().create_client(
        "s3", endpoint_url=s3_server.endpoint_url, region_name=REGION
    ) as s3:
        listed = await s3.list_objects_v2(Bucket=bucket)
        uploads = await s3.list_multipart_uploads(Bucket=bucket)
    keys = sorted(o["Key"] for o in listed.get("Contents", []))
    return keys, len(uploads.get("Uploads", []))

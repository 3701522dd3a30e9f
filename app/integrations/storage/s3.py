"""Blobs in S3-compatible object storage, through aiobotocore (async botocore).

Uploads stream: bytes are hashed as they arrive and sent in parts of ``part_size`` (S3
wants at least 5 MiB for every part but the last), so memory holds about one part per
upload whatever the file's size. The digest is known only at the end, so a multipart
upload goes to a temporary key and is then copied, server side, to its content address;
a file that fits in one part is written straight to its final key. Credentials come from
the standard AWS sources (``AWS_ACCESS_KEY_ID``/``AWS_SECRET_ACCESS_KEY``, profiles,
instance roles): none are configured here.
"""

from __future__ import annotations

import asyncio
import hashlib
import uuid
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import anyio
from aiobotocore.config import AioConfig
from aiobotocore.session import get_session
from botocore.exceptions import ClientError

from app.db.types import uuid7
from app.integrations.storage.base import CHUNK_SIZE, BlobNotFound, StoredBlob, blob_key, too_large

if TYPE_CHECKING:
    from types_aiobotocore_s3 import S3Client
    from types_aiobotocore_s3.type_defs import CompletedPartTypeDef, CopySourceTypeDef

MIB = 1024 * 1024
MIN_PART_SIZE = 5 * MIB
# S3's limit for a single CopyObject; larger blobs are copied in ranged parts.
SINGLE_COPY_LIMIT = 5 * 1024 * MIB
_MISSING = {"404", "NoSuchKey", "NotFound"}


class S3Storage:
    def __init__(
        self,
        bucket: str,
        *,
        endpoint_url: str | None = None,
        region: str | None = None,
        part_size: int = 8 * MIB,
        copy_part_size: int = 512 * MIB,
        single_copy_limit: int = SINGLE_COPY_LIMIT,
    ) -> None:
        if part_size < MIN_PART_SIZE or copy_part_size < MIN_PART_SIZE:
            raise ValueError("S3 parts must be at least 5 MiB")
        self.bucket = bucket
        self.part_size = part_size
        self.copy_part_size = copy_part_size
        self.single_copy_limit = single_copy_limit
        self._endpoint_url = endpoint_url
        self._region = region
        self._stack = AsyncExitStack()
        self._client: S3Client | None = None
        self._lock = asyncio.Lock()

    async def _s3(self) -> S3Client:
        # One client (and connection pool) for the life of the app, opened on first use.
        if self._client is None:
            async with self._lock:
                if self._client is None:
                    # S3-compatible servers (MinIO, Ceph, moto) rarely resolve bucket
                    # subdomains; path-style addressing works everywhere.
                    config = AioConfig(
                        s3={"addressing_style": "path" if self._endpoint_url else "auto"}
                    )
                    self._client = await self._stack.enter_async_context(
                        get_session().create_client(
                            "s3",
                            endpoint_url=self._endpoint_url,
                            region_name=self._region,
                            config=config,
                        )
                    )
        return self._client

    async def aclose(self) -> None:
        self._client = None
        await self._stack.aclose()

    async def put(self, chunks: AsyncIterator[bytes], max_bytes: int) -> StoredBlob:
        s3 = await self._s3()
        # A UUIDv7 says when the upload began, which an unfinished multipart upload's
        # listing may not (moto, for one, reports a fixed date).
        temp = f"tmp/{uuid7().hex}"
        hasher = hashlib.sha256()
        size = 0
        buffer = bytearray()
        upload_id: str | None = None
        parts: list[CompletedPartTypeDef] = []
        try:
            async for chunk in chunks:
                size += len(chunk)
                if size > max_bytes:
                    raise too_large(max_bytes)
                hasher.update(chunk)
                buffer += chunk
                while len(buffer) >= self.part_size:
                    if upload_id is None:
                        created = await s3.create_multipart_upload(Bucket=self.bucket, Key=temp)
                        upload_id = created["UploadId"]
                    part = bytes(buffer[: self.part_size])
                    del buffer[: self.part_size]
                    parts.append(await self._upload_part(s3, temp, upload_id, len(parts), part))
            digest = hasher.hexdigest()
            final = blob_key(digest)
            if upload_id is None:
                # Fits in one part: a single PUT is atomic, so it can go straight home.
                if not await self._touch(s3, final):
                    await s3.put_object(Bucket=self.bucket, Key=final, Body=bytes(buffer))
                return StoredBlob(digest, size)
            if buffer:
                parts.append(
                    await self._upload_part(s3, temp, upload_id, len(parts), bytes(buffer))
                )
            buffer.clear()
            await s3.complete_multipart_upload(
                Bucket=self.bucket, Key=temp, UploadId=upload_id, MultipartUpload={"Parts": parts}
            )
            upload_id = None
            try:
                if not await self._touch(s3, final):
                    await self._copy(s3, temp, final, size)
            finally:
                with anyio.CancelScope(shield=True):
                    await s3.delete_object(Bucket=self.bucket, Key=temp)
            return StoredBlob(digest, size)
        except BaseException:
            if upload_id is not None:
                # Too large, refused by a checker, or the client went away: keep nothing.
                with anyio.CancelScope(shield=True):
                    await s3.abort_multipart_upload(
                        Bucket=self.bucket, Key=temp, UploadId=upload_id
                    )
            raise

    async def _touch(self, s3: S3Client, key: str) -> bool:
        """Refresh an existing blob's LastModified (a copy onto itself, which S3 allows only
        when the metadata is replaced), so the orphan sweep leaves it to the upload about to
        reference it. False when there is no such blob."""
        try:
            await s3.copy_object(
                Bucket=self.bucket,
                Key=key,
                CopySource={"Bucket": self.bucket, "Key": key},
                MetadataDirective="REPLACE",
            )
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") in _MISSING:
                return False
            raise
        return True

    async def _upload_part(
        self, s3: S3Client, key: str, upload_id: str, index: int, body: bytes
    ) -> CompletedPartTypeDef:
        number = index + 1
        result = await s3.upload_part(
            Bucket=self.bucket, Key=key, UploadId=upload_id, PartNumber=number, Body=body
        )
        return {"PartNumber": number, "ETag": result["ETag"]}

    async def _copy(self, s3: S3Client, source: str, target: str, size: int) -> None:
        copy_source: CopySourceTypeDef = {"Bucket": self.bucket, "Key": source}
        if size <= self.single_copy_limit:
            await s3.copy_object(Bucket=self.bucket, Key=target, CopySource=copy_source)
            return
        created = await s3.create_multipart_upload(Bucket=self.bucket, Key=target)
        upload_id = created["UploadId"]
        parts: list[CompletedPartTypeDef] = []
        try:
            for number, start in enumerate(range(0, size, self.copy_part_size), start=1):
                end = min(start + self.copy_part_size, size) - 1
                result = await s3.upload_part_copy(
                    Bucket=self.bucket,
                    Key=target,
                    UploadId=upload_id,
                    PartNumber=number,
                    CopySource=copy_source,
                    CopySourceRange=f"bytes={start}-{end}",
                )
                parts.append({"PartNumber": number, "ETag": result["CopyPartResult"]["ETag"]})
            await s3.complete_multipart_upload(
                Bucket=self.bucket, Key=target, UploadId=upload_id, MultipartUpload={"Parts": parts}
            )
        except BaseException:
            with anyio.CancelScope(shield=True):
                await s3.abort_multipart_upload(Bucket=self.bucket, Key=target, UploadId=upload_id)
            raise

    async def open(self, digest: str) -> AsyncIterator[bytes]:
        s3 = await self._s3()
        try:
            response = await s3.get_object(Bucket=self.bucket, Key=blob_key(digest))
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") in _MISSING:
                raise BlobNotFound(digest) from None
            raise
        body = response["Body"]

        async def chunks() -> AsyncIterator[bytes]:
            try:
                async for chunk in body.iter_chunks(CHUNK_SIZE):
                    yield chunk
            finally:
                body.close()

        return chunks()

    async def exists(self, digest: str) -> bool:
        s3 = await self._s3()
        try:
            await s3.head_object(Bucket=self.bucket, Key=blob_key(digest))
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") in _MISSING:
                return False
            raise
        return True

    async def blobs(self) -> AsyncIterator[tuple[str, datetime]]:
        s3 = await self._s3()
        paginator = s3.get_paginator("list_objects_v2")
        async for page in paginator.paginate(Bucket=self.bucket, Prefix="sha256/"):
            for item in page.get("Contents", []):
                yield item["Key"].rsplit("/", 1)[-1], item["LastModified"]

    async def modified_at(self, digest: str) -> datetime | None:
        s3 = await self._s3()
        try:
            head = await s3.head_object(Bucket=self.bucket, Key=blob_key(digest))
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") in _MISSING:
                return None
            raise
        return head["LastModified"]

    async def delete(self, digest: str) -> None:
        s3 = await self._s3()
        await s3.delete_object(Bucket=self.bucket, Key=blob_key(digest))

    async def remove_stale_temporary(self, before: datetime) -> int:
        s3 = await self._s3()
        removed = 0
        paginator = s3.get_paginator("list_objects_v2")
        async for page in paginator.paginate(Bucket=self.bucket, Prefix="tmp/"):
            for item in page.get("Contents", []):
                if item["LastModified"] < before:
                    await s3.delete_object(Bucket=self.bucket, Key=item["Key"])
                    removed += 1
        # Unfinished multipart uploads (to a temporary key, or a large copy to a final
        # one) hold their parts, and are billed, until aborted.
        uploads = await s3.list_multipart_uploads(Bucket=self.bucket)
        for upload in uploads.get("Uploads", []):
            if _started(upload["Key"], upload["Initiated"]) < before:
                await s3.abort_multipart_upload(
                    Bucket=self.bucket, Key=upload["Key"], UploadId=upload["UploadId"]
                )
                removed += 1
        return removed


def _started(key: str, initiated: datetime) -> datetime:
    """When an upload began: from its temporary key's UUIDv7, else as S3 reports it."""
    if key.startswith("tmp/"):
        try:
            value = uuid.UUID(key.removeprefix("tmp/"))
        except ValueError:
            return initiated
        if value.version == 7:
            return datetime.fromtimestamp((value.int >> 80) / 1000, UTC)
    return initiated

"""File storage: one ``Storage`` interface, a local-folder backend and an S3 backend."""

from __future__ import annotations

from app.integrations.storage.base import (
    CHUNK_SIZE,
    BlobNotFound,
    Storage,
    StoredBlob,
    blob_key,
)
from app.settings import Settings

__all__ = ["CHUNK_SIZE", "BlobNotFound", "Storage", "StoredBlob", "blob_key", "make_storage"]


def make_storage(settings: Settings) -> Storage:
    """The backend the settings name. The S3 client itself opens on first use."""
    if settings.storage_backend == "s3":
        from app.integrations.storage.s3 import S3Storage

        if not settings.s3_bucket:
            raise ValueError("CHORUS_STORAGE_BACKEND=s3 needs CHORUS_S3_BUCKET")
        return S3Storage(
            settings.s3_bucket,
            endpoint_url=settings.s3_endpoint_url,
            region=settings.s3_region,
        )
    from app.integrations.storage.local import LocalStorage

    return LocalStorage(settings.data_dir / "files")

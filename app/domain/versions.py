"""Optimistic concurrency: ETags are row versions; a stale one is refused."""

from __future__ import annotations

from app.domain.errors import PreconditionFailed


def etag(version: int) -> str:
    return f'"{version}"'


def parse_etag(value: str) -> int | None:
    value = value.strip()
    if value.startswith("W/"):
        value = value[2:]
    value = value.strip('"')
    return int(value) if value.isdigit() else None


def check_version(current: int, expected: int) -> None:
    if current != expected:
        raise PreconditionFailed(
            "The record has changed since you read it; fetch it again and reapply your change."
        )

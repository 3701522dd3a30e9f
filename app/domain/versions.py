"""Optimistic concurrency: ETags are row versions; a stale one is refused."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.errors import PreconditionFailed


def etag(version: int) -> str:
    return f'"{version}"'


def parse_etag(value: str) -> int | None:
    value = value.strip()
    if value.startswith("W/"):
        value = value[2:]
    value = value.strip('"')
    return int(value) if value.isdigit() else None


@dataclass(frozen=True)
class Expected:
    """What an If-Match header asks for: any current version (``*``) or one of a list.

    A weak tag in the list is kept out of ``versions``: RFC 9110 compares If-Match
    strongly, so ``W/"3"`` never matches, even version 3."""

    versions: frozenset[int] = frozenset()
    any_version: bool = False

    def matches(self, current: int) -> bool:
        return self.any_version or current in self.versions


# One entity-tag of a list: optional W/, then a quoted tag or (leniently, as before
# lists were read) bare digits; then a comma or the end.
_TAG = re.compile(r'\s*(W/)?(?:"([^"]*)"|(\d+))\s*(?:,|$)')


def parse_if_match(value: str) -> Expected | None:
    """``*``, or a comma-separated list of entity-tags; None when it is neither."""
    value = value.strip()
    if value == "*":
        return Expected(any_version=True)
    versions: set[int] = set()
    position = 0
    while position < len(value):
        found = _TAG.match(value, position)
        if found is None or found.end() == position:
            return None
        weak, quoted, bare = found.groups()
        tag = quoted if quoted is not None else bare
        if not tag.isdigit():
            return None
        if not weak:
            versions.add(int(tag))
        position = found.end()
    if position == 0 or value.endswith(","):
        return None
    return Expected(versions=frozenset(versions))


# Domain functions take the one version GraphQL passes, or what REST's If-Match asked for.
Precondition = int | Expected


def check_version(current: int, expected: Precondition) -> None:
    matched = expected.matches(current) if isinstance(expected, Expected) else current == expected
    if not matched:
        raise PreconditionFailed(
            "The record has changed since you read it; fetch it again and reapply your change."
        )

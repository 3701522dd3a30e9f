"""What coordinators send about standing agenda items and a board's public record."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from app.domain.schemas import Input, Patch

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


class StandingItemCreate(Input):
    title: str = Field(min_length=1, max_length=500)
    topic_tags: list[str] = Field(default_factory=list, max_length=20)
    position: int | None = Field(
        default=None,
        ge=1,
        le=100,
        description="Where it goes in the list (1 is first); the end when not given. "
        "Items at and after it move down one.",
    )


class StandingItemUpdate(Patch):
    NOT_NULL: ClassVar[frozenset[str]] = frozenset({"title", "topic_tags", "position"})

    title: str | None = Field(default=None, min_length=1, max_length=500)
    topic_tags: list[str] | None = Field(default=None, max_length=20)
    position: int | None = Field(
        default=None, ge=1, le=100, description="Move it; past the end means last."
    )


class PublicationInput(Input):
    """The whole setting: a PUT replaces it."""

    slug: str = Field(
        min_length=3,
        max_length=60,
        pattern=SLUG_PATTERN,
        description="The page's address, /public/boards/{slug}: lower-case letters, digits "
        "and single hyphens. Unique across the service, since the address names no "
        "organisation.",
    )
    published: bool = Field(
        default=False, description="Opt in (true) or out: emits board.published/unpublished."
    )
    easy_read_summary: str | None = Field(
        default=None,
        max_length=5_000,
        description="Shown on the public page as given: write it for the public.",
    )

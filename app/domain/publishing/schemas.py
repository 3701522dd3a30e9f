"""What coordinators send about a board's public record."""

from __future__ import annotations

from pydantic import Field

from app.domain.schemas import Input

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


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

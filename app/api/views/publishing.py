"""Standing agenda items, a board's publishing settings, and its public page."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import Field

from app.api.views.base import View, version_field
from app.db.models import BoardPublication
from app.domain.publishing.page import PublicPage


class StandingItemOut(View):
    """An item every new meeting of the board starts its agenda with (copied)."""

    id: uuid.UUID
    board_id: uuid.UUID
    position: int = Field(description="1 is first; no gaps.")
    title: str
    topic_tags: list[str]
    created_at: datetime
    updated_at: datetime | None
    version: int = version_field("updateStandingAgendaItem")


class PublicationOut(View):
    """Whether the board's record is public, and where."""

    board_id: uuid.UUID
    slug: str | None = Field(description="null until one is set.")
    published: bool
    easy_read_summary: str | None
    published_at: datetime | None = Field(description="When it was last opted in.")
    public_path: str | None = Field(description="The page's path while published.")


def publication_out(board_id: uuid.UUID, row: BoardPublication | None) -> PublicationOut:
    if row is None:
        return PublicationOut(
            board_id=board_id,
            slug=None,
            published=False,
            easy_read_summary=None,
            published_at=None,
            public_path=None,
        )
    return PublicationOut(
        board_id=board_id,
        slug=row.slug,
        published=row.published,
        easy_read_summary=row.easy_read_summary,
        published_at=row.published_at,
        public_path=f"/api/v1/public/boards/{row.slug}" if row.published else None,
    )


class PublicMinutesOut(View):
    meeting_id: uuid.UUID
    meeting_title: str
    meeting_starts_at: datetime
    approved_at: datetime | None
    text: str = Field(description="The secretary's public version, passages redacted.")


class PublicProgressOut(View):
    noted_on: date
    status: str
    note: str = Field(description='What was done: the "we did".')


class PublicRecommendationOut(View):
    id: uuid.UUID
    title: str
    text: str = Field(description='The recommendation itself: the "you said".')
    status: str
    decision: str | None
    first_submitted_at: datetime | None
    response_due_on: date | None
    overdue: bool
    responded_at: datetime | None
    reasons: str | None = Field(description="The response's reasons.")
    on_time: bool | None
    days_to_response: int | None
    progress: list[PublicProgressOut]


class PublicTimelinessOut(View):
    """Counts under `suppressedBelow` are null, and so is any share or median that
    would give one back."""

    responses: int | None
    answered_on_time: int | None
    due: int | None
    median_days_to_response: float | None
    on_time_share: float | None
    suppressed: bool


class PublicThemeOut(View):
    name: str
    issue_count: int | None = Field(description="null when under `suppressedBelow`.")
    suppressed: bool


class PublicPaperOut(View):
    id: uuid.UUID = Field(
        description="Its file, for anyone: GET /api/v1/public/boards/{slug}/papers/{id}/content."
    )
    title: str
    meeting_id: uuid.UUID
    meeting_title: str
    meeting_starts_at: datetime
    released_at: datetime = Field(description="Circulated, or out of embargo if later.")


class PublicBoardOut(View):
    """A published board's record, as anyone may read it: no person is named."""

    slug: str
    name: str
    easy_read_summary: str | None
    published_at: datetime | None
    as_of: date
    suppressed_below: int = Field(description="The organisation's small-number threshold.")
    minutes: list[PublicMinutesOut] = Field(description="Approved minutes, newest first.")
    you_said_we_did: list[PublicRecommendationOut]
    timeliness: PublicTimelinessOut
    themes: list[PublicThemeOut] = Field(description="Issues heard, per theme, as counts.")
    papers: list[PublicPaperOut] = Field(description="Papers classified public, out of embargo.")


def public_board_out(page: PublicPage) -> PublicBoardOut:
    return PublicBoardOut(
        slug=page.slug,
        name=page.board_name,
        easy_read_summary=page.easy_read_summary,
        published_at=page.published_at,
        as_of=page.as_of,
        suppressed_below=page.suppressed_below,
        minutes=[PublicMinutesOut.model_validate(m) for m in page.minutes],
        you_said_we_did=[
            PublicRecommendationOut.model_validate(
                {
                    **{k: getattr(r, k) for k in PublicRecommendationOut.model_fields},
                    "progress": [PublicProgressOut.model_validate(p) for p in r.progress],
                }
            )
            for r in page.you_said_we_did
        ],
        timeliness=PublicTimelinessOut.model_validate(page.timeliness),
        themes=[PublicThemeOut.model_validate(t) for t in page.themes],
        papers=[PublicPaperOut.model_validate(p) for p in page.papers],
    )

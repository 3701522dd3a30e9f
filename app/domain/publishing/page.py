"""What a published board shows the public, read without a token.

Only what is public by its own rule reaches this page, each by a positive test rather
than by taking things out: approved minutes' ``public_text`` (the secretary's redacted
version; ``body`` is never read here), papers classified public, circulated and out of
embargo, and the "you said, we did" report as a partner system with
``recommendations:read`` sees it (submitted recommendations only, no author, no
supporting issues, no response owner). No person is named: no member, no minute taker,
no one an issue is about. Counts are the organisation's small-number rule
(``disclosure.suppress``): the issues behind each theme, and the timeliness figures.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Board, BoardPublication, Meeting, Minutes, Paper, ProgressUpdate
from app.db.types import utcnow
from app.domain import disclosure
from app.domain.actors import Actor, Scope
from app.domain.papers.access import released
from app.domain.papers.schemas import Classification
from app.domain.publishing.settings import published_board
from app.domain.recommendations.report import board_report
from app.domain.recommendations.themes import theme_summary

# The newest entries of each kind; older ones stay in the organisation's own record.
MAX_ENTRIES = 100


@dataclass(frozen=True)
class PublicMinutes:
    id: uuid.UUID
    meeting_id: uuid.UUID
    meeting_title: str
    meeting_starts_at: datetime
    approved_at: datetime | None
    updated_at: datetime
    text: str


@dataclass(frozen=True)
class PublicPaper:
    id: uuid.UUID
    title: str
    meeting_id: uuid.UUID
    meeting_title: str
    meeting_starts_at: datetime
    released_at: datetime


@dataclass(frozen=True)
class PublicProgress:
    id: uuid.UUID
    noted_on: date
    status: str
    note: str
    created_at: datetime


@dataclass(frozen=True)
class PublicRecommendation:
    id: uuid.UUID
    title: str
    text: str
    status: str
    decision: str | None
    first_submitted_at: datetime | None
    response_due_on: date | None
    overdue: bool
    response_id: uuid.UUID | None
    responded_at: datetime | None
    reasons: str | None
    on_time: bool | None
    days_to_response: int | None
    progress: list[PublicProgress]


@dataclass(frozen=True)
class PublicTimeliness:
    responses: int | None
    answered_on_time: int | None
    due: int | None
    median_days_to_response: float | None
    on_time_share: float | None
    suppressed: bool


@dataclass(frozen=True)
class PublicTheme:
    name: str
    issue_count: int | None
    suppressed: bool


@dataclass(frozen=True)
class PublicPage:
    slug: str
    board_name: str
    easy_read_summary: str | None
    published_at: datetime | None
    as_of: date
    suppressed_below: int
    minutes: list[PublicMinutes]
    you_said_we_did: list[PublicRecommendation]
    timeliness: PublicTimeliness
    themes: list[PublicTheme]
    papers: list[PublicPaper]


def public_reader(board: Board) -> Actor:
    """The reader the shared report and theme counts are asked for: a partner system of
    the board's organisation with ``recommendations:read`` and nothing else, so the page
    gets exactly the public types those functions give partners. Never a token."""
    return Actor(
        kind="client",
        id=uuid.UUID(int=0),
        organisation_id=board.organisation_id,
        scopes=frozenset({Scope.RECOMMENDATIONS_READ}),
    )


async def _minutes(session: AsyncSession, board: Board) -> list[PublicMinutes]:
    rows = await session.execute(
        select(Minutes, Meeting)
        .join(Meeting, col(Meeting.id) == col(Minutes.meeting_id))
        .where(
            Meeting.board_id == board.id,
            Minutes.organisation_id == board.organisation_id,
            Minutes.status == "approved",
            col(Minutes.public_text).is_not(None),
        )
        .order_by(col(Meeting.starts_at).desc(), col(Meeting.id))
        .limit(MAX_ENTRIES)
    )
    found = []
    for minutes, meeting in rows:
        assert minutes.public_text is not None
        changed = [t for t in (minutes.approved_at, minutes.updated_at) if t is not None]
        found.append(
            PublicMinutes(
                id=minutes.id,
                meeting_id=meeting.id,
                meeting_title=meeting.title,
                meeting_starts_at=meeting.starts_at,
                approved_at=minutes.approved_at,
                updated_at=max(changed, default=minutes.created_at),
                text=minutes.public_text,
            )
        )
    return found


async def _papers(session: AsyncSession, board: Board, now: datetime) -> list[PublicPaper]:
    rows = await session.execute(
        select(Paper, Meeting)
        .join(Meeting, col(Meeting.id) == col(Paper.meeting_id))
        .where(
            Meeting.board_id == board.id,
            Paper.organisation_id == board.organisation_id,
            Paper.classification == Classification.PUBLIC.value,
            released(now),
        )
        .order_by(col(Meeting.starts_at).desc(), col(Paper.id))
        .limit(MAX_ENTRIES)
    )
    found = []
    for paper, meeting in rows:
        assert paper.circulated_at is not None  # released() holds only circulated papers
        moments = [t for t in (paper.circulated_at, paper.embargo_until) if t is not None]
        found.append(
            PublicPaper(
                id=paper.id,
                title=paper.title,
                meeting_id=meeting.id,
                meeting_title=meeting.title,
                meeting_starts_at=meeting.starts_at,
                released_at=max(moments),
            )
        )
    return found


async def _progress(
    session: AsyncSession, recommendation_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[PublicProgress]]:
    found: dict[uuid.UUID, list[PublicProgress]] = {r: [] for r in recommendation_ids}
    if not recommendation_ids:
        return found
    rows = await session.scalars(
        select(ProgressUpdate)
        .where(col(ProgressUpdate.recommendation_id).in_(recommendation_ids))
        .order_by(col(ProgressUpdate.noted_on), col(ProgressUpdate.id))
    )
    for row in rows:
        found[row.recommendation_id].append(
            PublicProgress(row.id, row.noted_on, row.status, row.note, row.created_at)
        )
    return found


def _timeliness(
    responses: int,
    answered_on_time: int,
    due: int,
    median: float | None,
    threshold: int,
) -> PublicTimeliness:
    shown_responses = disclosure.suppress(responses, threshold)
    shown_on_time = disclosure.suppress(answered_on_time, threshold)
    shown_due = disclosure.suppress(due, threshold)
    # A share or median of a withheld count would give the count back.
    share = answered_on_time / due if shown_on_time is not None and shown_due is not None else None
    return PublicTimeliness(
        responses=shown_responses,
        answered_on_time=shown_on_time,
        due=shown_due,
        median_days_to_response=median if shown_responses is not None else None,
        on_time_share=share,
        suppressed=None in (shown_responses, shown_on_time, shown_due),
    )


async def _you_said_we_did(
    session: AsyncSession, board: Board, threshold: int
) -> tuple[list[PublicRecommendation], PublicTimeliness, date]:
    report = await board_report(session, public_reader(board), board.id)
    progress = await _progress(session, [i.recommendation.id for i in report.items])
    items = []
    for item in report.items:
        rec, response, cycle = item.recommendation, item.response, item.cycle
        items.append(
            PublicRecommendation(
                id=rec.id,
                title=rec.title,
                text=rec.body,
                status=rec.status,
                decision=rec.decision,
                first_submitted_at=rec.first_submitted_at,
                response_due_on=rec.response_due_on,
                overdue=item.overdue,
                response_id=response.id if response else None,
                responded_at=response.responded_at if response else None,
                reasons=response.reasons if response else None,
                on_time=cycle.on_time if cycle else None,
                days_to_response=cycle.days_to_response if cycle else None,
                progress=progress[rec.id],
            )
        )
    t = report.timeliness
    timeliness = _timeliness(
        t.responses, t.answered_on_time, t.due, t.median_days_to_response, threshold
    )
    return items, timeliness, report.as_of


async def public_page(session: AsyncSession, slug: str) -> PublicPage:
    board, publication = await published_board(session, slug)
    return await page_of(session, board, publication)


async def page_of(session: AsyncSession, board: Board, publication: BoardPublication) -> PublicPage:
    threshold = await disclosure.threshold_for(session, board.organisation_id)
    items, timeliness, as_of = await _you_said_we_did(session, board, threshold)
    summary = await theme_summary(session, public_reader(board), board.id)
    return PublicPage(
        slug=publication.slug,
        board_name=board.name,
        easy_read_summary=publication.easy_read_summary,
        published_at=publication.published_at,
        as_of=as_of,
        suppressed_below=threshold,
        minutes=await _minutes(session, board),
        you_said_we_did=items,
        timeliness=timeliness,
        themes=[PublicTheme(t.name, t.issue_count, t.suppressed) for t in summary.themes],
        papers=await _papers(session, board, utcnow()),
    )

"""The issue log and its themes. Single issues are for the board's people only; partner
systems get the counts per theme, with counts under five withheld."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response

from app.api.deps import CurrentActor, IfMatch, Pagination, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.base import PageOut
from app.api.views.issue_log import (
    IssueOut,
    ThemeCountOut,
    ThemeOut,
    ThemeSummaryOut,
    ThemeWithCount,
)
from app.db.models import Issue, Theme
from app.domain.recommendations import issues, themes
from app.domain.recommendations.schemas import IssueCreate, IssueUpdate, ThemeCreate, ThemeUpdate
from app.domain.schemas import IsoDate
from app.domain.versions import etag

router = APIRouter(tags=["issue log"], route_class=TransactionalRoute)

_READ = error_responses(401, 403, 404, 422)
_WRITE = error_responses(401, 403, 404, 409, 412, 422, 428)


def _issue(issue: Issue, response: Response | None = None) -> IssueOut:
    if response is not None:
        response.headers["ETag"] = etag(issue.version)
    return IssueOut.model_validate(issue)


def _theme(theme: Theme, response: Response) -> ThemeOut:
    response.headers["ETag"] = etag(theme.version)
    return ThemeOut.model_validate(theme)


@router.get("/boards/{board_id}/issues", response_model=PageOut[IssueOut], responses=_READ)
async def list_issues(
    session: Session,
    actor: CurrentActor,
    board_id: uuid.UUID,
    page: Pagination,
    theme_id: Annotated[uuid.UUID | None, Query(alias="themeId")] = None,
    unthemed: Annotated[bool, Query(description="Only issues not yet in a theme.")] = False,
    category: Annotated[str | None, Query()] = None,
    follow_up_by: Annotated[
        IsoDate | None, Query(alias="followUpBy", description="Follow-up due on or before.")
    ] = None,
) -> PageOut[IssueOut]:
    """The board's issue log (its members and coordinators)."""
    result = await issues.list_issues(
        session,
        actor,
        board_id,
        page,
        theme_id=theme_id,
        unthemed=unthemed,
        category=category,
        follow_up_by=follow_up_by,
    )
    return PageOut(items=[_issue(i) for i in result.items], next_cursor=result.next_cursor)


@router.post(
    "/boards/{board_id}/issues", status_code=201, response_model=IssueOut, responses=_WRITE
)
async def create_issue(
    session: Session,
    actor: CurrentActor,
    board_id: uuid.UUID,
    body: IssueCreate,
    response: Response,
) -> IssueOut:
    """Log an issue raised with you: what, where, and what came of it; never who."""
    issue = await issues.create_issue(session, actor, board_id, body)
    response.headers["Location"] = f"/api/v1/issues/{issue.id}"
    return _issue(issue, response)


@router.get("/issues/{issue_id}", response_model=IssueOut, responses=_READ)
async def get_issue(
    session: Session, actor: CurrentActor, issue_id: uuid.UUID, response: Response
) -> IssueOut:
    return _issue(await issues.get_issue(session, actor, issue_id), response)


@router.patch("/issues/{issue_id}", response_model=IssueOut, responses=_WRITE)
async def update_issue(
    session: Session,
    actor: CurrentActor,
    issue_id: uuid.UUID,
    body: IssueUpdate,
    version: IfMatch,
    response: Response,
) -> IssueOut:
    """Its recorder or a coordinator corrects it; only coordinators set `themeId`."""
    issue = await issues.update_issue(session, actor, issue_id, body, version)
    return _issue(issue, response)


@router.get("/boards/{board_id}/themes", response_model=list[ThemeWithCount], responses=_READ)
async def list_themes(
    session: Session, actor: CurrentActor, board_id: uuid.UUID
) -> list[ThemeWithCount]:
    """Themes with exact counts, for those who may read the issue log."""
    rows = await themes.list_themes(session, actor, board_id)
    return [
        ThemeWithCount(**ThemeOut.model_validate(t).model_dump(), version=t.version, issue_count=n)
        for t, n in rows
    ]


@router.post(
    "/boards/{board_id}/themes", status_code=201, response_model=ThemeOut, responses=_WRITE
)
async def create_theme(
    session: Session,
    actor: CurrentActor,
    board_id: uuid.UUID,
    body: ThemeCreate,
    response: Response,
) -> ThemeOut:
    """Coordinators group issues into themes."""
    theme = await themes.create_theme(session, actor, board_id, body)
    response.headers["Location"] = f"/api/v1/themes/{theme.id}"
    return _theme(theme, response)


@router.get("/boards/{board_id}/themes/summary", response_model=ThemeSummaryOut, responses=_READ)
async def theme_summary(
    session: Session, actor: CurrentActor, board_id: uuid.UUID
) -> ThemeSummaryOut:
    """Issues per theme as partner systems may see them (scope `recommendations:read`):
    any count under the organisation's `smallCountThreshold` (5 unless it is changed),
    zero included, is `null` with `suppressed: true`."""
    summary = await themes.theme_summary(session, actor, board_id)
    return ThemeSummaryOut(
        board_id=board_id,
        suppressed_below=summary.suppressed_below,
        themes=[
            ThemeCountOut(
                theme_id=r.theme_id, name=r.name, issue_count=r.issue_count, suppressed=r.suppressed
            )
            for r in summary.themes
        ],
    )


@router.get("/themes/{theme_id}", response_model=ThemeOut, responses=_READ)
async def get_theme(
    session: Session, actor: CurrentActor, theme_id: uuid.UUID, response: Response
) -> ThemeOut:
    return _theme(await themes.get_theme(session, actor, theme_id), response)


@router.patch("/themes/{theme_id}", response_model=ThemeOut, responses=_WRITE)
async def update_theme(
    session: Session,
    actor: CurrentActor,
    theme_id: uuid.UUID,
    body: ThemeUpdate,
    version: IfMatch,
    response: Response,
) -> ThemeOut:
    theme = await themes.update_theme(session, actor, theme_id, body, version)
    return _theme(theme, response)

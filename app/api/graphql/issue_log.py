"""The issue log and its themes over GraphQL: the same domain functions and permissions as
``app/api/rest/issue_log.py`` (single issues for the board's people only; partner systems
get counts per theme, small counts withheld). Types are derived from the REST views;
``Issue`` itself, with its history, lives in ``trail.py``."""

from __future__ import annotations

import uuid
from datetime import date

import strawberry

from app.api.graphql import fields
from app.api.graphql.connections import Connection, connection, page_request
from app.api.graphql.context import Info
from app.api.graphql.derive import input_type, node, nodes, object_type
from app.api.graphql.inputs import Version, to_domain
from app.api.graphql.trail import Issue, ThemeCount
from app.api.views import issue_log as views
from app.domain.pagination import DEFAULT_LIMIT
from app.domain.recommendations import issues, themes
from app.domain.recommendations import schemas as domain


@object_type(views.ThemeOut, name="Theme")
class Theme:
    pass


@object_type(views.ThemeWithCount, name="ThemeWithCount")
class ThemeWithCount:
    pass


@object_type(views.ThemeSummaryOut, name="ThemeSummary")
class ThemeSummary:
    themes: list[ThemeCount]


@input_type(domain.IssueCreate, name="CreateIssueInput")
class CreateIssueInput:
    pass


@input_type(domain.IssueUpdate, name="UpdateIssueInput")
class UpdateIssueInput:
    pass


@input_type(domain.ThemeCreate, name="CreateThemeInput")
class CreateThemeInput:
    pass


@input_type(domain.ThemeUpdate, name="UpdateThemeInput")
class UpdateThemeInput:
    pass


@strawberry.type
class IssueLogQueries:
    @fields.field(description="A board's issue log, for its members and coordinators.")
    async def board_issues(
        self,
        info: Info,
        board_id: uuid.UUID,
        first: int = DEFAULT_LIMIT,
        after: str | None = None,
        theme_id: uuid.UUID | None = None,
        unthemed: bool = False,
        category: str | None = None,
        follow_up_by: date | None = None,
    ) -> Connection[Issue]:
        request = page_request(first, after)
        async with info.context.reading() as session:
            page = await issues.list_issues(
                session,
                info.context.actor,
                board_id,
                request,
                theme_id=theme_id,
                unthemed=unthemed,
                category=category,
                follow_up_by=follow_up_by,
            )
        return connection(nodes(Issue, page.items), page.next_cursor, after)

    @fields.field(description="A board's themes with exact counts, for the issue log's readers.")
    async def board_themes(self, info: Info, board_id: uuid.UUID) -> list[ThemeWithCount]:
        async with info.context.reading() as session:
            rows = await themes.list_themes(session, info.context.actor, board_id)
        return [node(ThemeWithCount, t, issue_count=n) for t, n in rows]

    @fields.field(
        description="Issues per theme as partner systems may see them: counts under "
        "`suppressedBelow` are null with `suppressed: true`."
    )
    async def theme_summary(self, info: Info, board_id: uuid.UUID) -> ThemeSummary:
        async with info.context.reading() as session:
            found = await themes.theme_summary(session, info.context.actor, board_id)
        summary = {"board_id": board_id, "suppressed_below": found.suppressed_below}
        return node(ThemeSummary, summary, themes=nodes(ThemeCount, found.themes))

    @strawberry.field
    async def theme(self, info: Info, id: uuid.UUID) -> Theme | None:
        async with info.context.reading() as session:
            row = await themes.get_theme(session, info.context.actor, id)
        return node(Theme, row)


@strawberry.type
class IssueLogMutations:
    @fields.mutation(
        description="Log an issue raised with you: what, where, what came of it; never who."
    )
    async def create_issue(self, info: Info, board_id: uuid.UUID, input: CreateIssueInput) -> Issue:
        data = to_domain(domain.IssueCreate, input)
        async with info.context.writing() as session:
            row = await issues.create_issue(session, info.context.actor, board_id, data)
        return node(Issue, row)

    @fields.mutation(
        description="Its recorder or a coordinator corrects it; only coordinators theme it."
    )
    async def update_issue(
        self, info: Info, id: uuid.UUID, version: Version, input: UpdateIssueInput
    ) -> Issue:
        data = to_domain(domain.IssueUpdate, input)
        async with info.context.writing() as session:
            row = await issues.update_issue(session, info.context.actor, id, data, version)
        return node(Issue, row)

    @fields.mutation(description="Coordinators group issues into themes.")
    async def create_theme(self, info: Info, board_id: uuid.UUID, input: CreateThemeInput) -> Theme:
        data = to_domain(domain.ThemeCreate, input)
        async with info.context.writing() as session:
            row = await themes.create_theme(session, info.context.actor, board_id, data)
        return node(Theme, row)

    @fields.mutation(description="Only the fields sent are changed.")
    async def update_theme(
        self, info: Info, id: uuid.UUID, version: Version, input: UpdateThemeInput
    ) -> Theme:
        data = to_domain(domain.ThemeUpdate, input)
        async with info.context.writing() as session:
            row = await themes.update_theme(session, info.context.actor, id, data, version)
        return node(Theme, row)

"""The issue log and its themes. Single issues reach the board's people
only; partner systems get the counts per theme."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import Field

from app.api.views.base import View, version_field
from app.domain.recommendations.schemas import IssueStatus


class IssueOut(View):
    id: uuid.UUID
    board_id: uuid.UUID
    raised_on: date
    category: str
    service: str
    summary: str
    outcome: str | None
    follow_up_on: date | None
    theme_id: uuid.UUID | None
    status: IssueStatus = Field(description="Kept with every change in the issue's history.")
    escalation_level: int | None = Field(
        description="The position of the board's escalation level the issue is at."
    )
    escalation_due_at: datetime | None = Field(
        description="When it moves up a level if still unresolved; null at the top."
    )
    created_by: uuid.UUID | None = Field(
        description="The member who logged it, never who raised it. Only people reach the "
        "issue log."
    )
    created_at: datetime
    updated_at: datetime | None
    version: int = version_field("updateIssue")


class ThemeOut(View):
    id: uuid.UUID
    board_id: uuid.UUID
    name: str
    description: str | None
    created_at: datetime
    updated_at: datetime | None
    version: int = version_field("updateTheme")


class ThemeWithCount(ThemeOut):
    issue_count: int


class ThemeCountOut(View):
    theme_id: uuid.UUID
    name: str
    issue_count: int | None
    suppressed: bool


class ThemeSummaryOut(View):
    board_id: uuid.UUID
    suppressed_below: int
    themes: list[ThemeCountOut]

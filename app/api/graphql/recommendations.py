"""Recommendations of advisory boards as GraphQL types: responses, progress updates, the
"you said, we did" report, and a mutation for each step of their life.

``boards { recommendations { responses updates } }`` is one DataLoader batch per level:
every board's page (what it made, and what it received once submitted), then every
recommendation's responses, then their updates. A recommendation speaks for the board:
``createdBy`` and ``issueIds`` are null for API clients, as REST leaves them out.

``boards.py`` imports this module (for ``Board.recommendations`` and
``Board.recommendationReport``), so ``Board`` is referred to lazily here.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry import UNSET

from app.api.graphql import fields
from app.api.graphql.connections import Connection, connection, page_request
from app.api.graphql.context import Info
from app.api.graphql.inputs import Version, to_domain
from app.api.graphql.loaders import PageKey
from app.db import models as db
from app.db.types import utcnow
from app.domain.actors import Actor
from app.domain.pagination import DEFAULT_LIMIT
from app.domain.recommendations import service, workflow
from app.domain.recommendations.lifecycle import is_overdue
from app.domain.recommendations.report import Report, ReportItem, board_report
from app.domain.recommendations.schemas import (
    Decision,
    Priority,
    ProgressStatus,
    ProgressUpdateCreate,
    RecommendationCreate,
    RecommendationStatus,
    RecommendationUpdate,
    ResponseCreate,
    SubmitRequest,
)

if TYPE_CHECKING:
    from app.api.graphql.boards import Board


AUTHORS = "Null for API clients: a recommendation speaks for the board."


# -- types ---------------------------------------------------------------------------


@strawberry.type(description="One formal response, with the submission it answered.")
class RecommendationResponse:
    id: uuid.UUID
    decision: Decision
    reasons: str | None
    owner: str | None
    target_date: date | None
    revisit_on: date | None
    submitted_at: datetime
    response_due_on: date
    responded_at: datetime
    on_time: bool


@strawberry.type(description="A dated progress note and the status it leaves behind.")
class ProgressUpdate:
    id: uuid.UUID
    recommendation_id: uuid.UUID
    noted_on: date
    status: ProgressStatus
    note: str
    created_at: datetime


@strawberry.type(description="A proposal of an advisory board to the board it advises.")
class Recommendation:
    id: uuid.UUID
    board_id: uuid.UUID
    addressed_to_board_id: uuid.UUID | None
    addressed_to: str | None = strawberry.field(
        description="Another named body, when not a board known here."
    )
    title: str
    body: str
    rationale: str | None
    priority: Priority
    topic_tags: list[str]
    theme_ids: list[uuid.UUID]
    presented_at_meeting_id: uuid.UUID | None
    status: RecommendationStatus
    decision: Decision | None
    first_submitted_at: datetime | None
    submitted_at: datetime | None
    response_due_on: date | None
    overdue: bool = strawberry.field(
        description="Still awaiting a response after its due date has ended."
    )
    responded_at: datetime | None
    revisit_on: date | None
    closed_at: datetime | None
    created_at: datetime
    updated_at: datetime | None
    version: int = strawberry.field(
        description="The row version: send it back as `version` to updateRecommendation."
    )
    issue_ids: list[uuid.UUID] | None = strawberry.field(description=AUTHORS)
    created_by: uuid.UUID | None = strawberry.field(
        description=f"The person who drafted it. {AUTHORS}"
    )

    @fields.field(description="Every response, oldest first.")
    async def responses(self, info: Info) -> list[RecommendationResponse]:
        rows = await info.context.loaders.recommendation_responses.load(self.id)
        return [response_node(row) for row in rows]

    @fields.field(description="Progress updates, oldest first.")
    async def updates(self, info: Info) -> list[ProgressUpdate]:
        rows = await info.context.loaders.recommendation_updates.load(self.id)
        return [update_node(row) for row in rows]


@strawberry.type(description="Recommendations counted by their current decision.")
class DecisionCounts:
    accepted: int
    partly_accepted: int
    not_accepted: int
    deferred: int


@strawberry.type(description="Recommendations counted by status.")
class StatusCounts:
    draft: int
    submitted: int
    responded: int
    in_progress: int
    implemented: int
    not_implemented: int
    withdrawn: int


@strawberry.type(description="One recommendation of the report and its latest response.")
class RecommendationReportItem:
    id: uuid.UUID
    title: str
    priority: Priority
    status: RecommendationStatus
    addressed_to_board_id: uuid.UUID | None
    addressed_to: str | None
    first_submitted_at: datetime | None
    submitted_at: datetime | None
    response_due_on: date | None
    overdue: bool
    decision: Decision | None
    response: RecommendationResponse | None
    days_to_response: int | None


@strawberry.type(
    description="Recommendations first submitted in the period (UTC days, both included), "
    "as REST's /boards/{id}/recommendations/report. `dueCount` is every response plus every "
    "submission left unanswered past its due date; `onTimeShare` is `answeredOnTime / "
    "dueCount`."
)
class RecommendationReport:
    board_id: uuid.UUID
    period_from: date | None
    period_to: date | None
    as_of: date = strawberry.field(description="The day the figures are as of.")
    total: int
    by_decision: DecisionCounts
    by_status: StatusCounts
    awaiting_response: int
    responses: int
    median_days_to_response: float | None
    answered_on_time: int
    due_count: int
    on_time_share: float | None
    items: list[RecommendationReportItem]


# -- mapping rows to nodes -----------------------------------------------------------


def response_node(row: db.RecommendationResponse) -> RecommendationResponse:
    return RecommendationResponse(
        id=row.id,
        decision=Decision(row.decision),
        reasons=row.reasons,
        owner=row.owner,
        target_date=row.target_date,
        revisit_on=row.revisit_on,
        submitted_at=row.submitted_at,
        response_due_on=row.response_due_on,
        responded_at=row.responded_at,
        on_time=row.responded_at.date() <= row.response_due_on,
    )


def update_node(row: db.ProgressUpdate) -> ProgressUpdate:
    return ProgressUpdate(
        id=row.id,
        recommendation_id=row.recommendation_id,
        noted_on=row.noted_on,
        status=ProgressStatus(row.status),
        note=row.note,
        created_at=row.created_at,
    )


def recommendation_node(actor: Actor, row: db.Recommendation, today: date) -> Recommendation:
    internal = actor.is_person  # the rule of REST's recommendation_out
    return Recommendation(
        id=row.id,
        board_id=row.board_id,
        addressed_to_board_id=row.addressed_to_board_id,
        addressed_to=row.addressed_to,
        title=row.title,
        body=row.body,
        rationale=row.rationale,
        priority=Priority(row.priority),
        topic_tags=list(row.topic_tags),
        theme_ids=[uuid.UUID(str(t)) for t in row.theme_ids],
        presented_at_meeting_id=row.presented_at_meeting_id,
        status=RecommendationStatus(row.status),
        decision=Decision(row.decision) if row.decision else None,
        first_submitted_at=row.first_submitted_at,
        submitted_at=row.submitted_at,
        response_due_on=row.response_due_on,
        overdue=is_overdue(row.status, row.response_due_on, today),
        responded_at=row.responded_at,
        revisit_on=row.revisit_on,
        closed_at=row.closed_at,
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
        issue_ids=[uuid.UUID(str(i)) for i in row.issue_ids] if internal else None,
        created_by=row.created_by if internal else None,
    )


def _node(info: Info, row: db.Recommendation) -> Recommendation:
    return recommendation_node(info.context.actor, row, utcnow().date())


def _item(item: ReportItem) -> RecommendationReportItem:
    rec, cycle = item.recommendation, item.cycle
    return RecommendationReportItem(
        id=rec.id,
        title=rec.title,
        priority=Priority(rec.priority),
        status=RecommendationStatus(rec.status),
        addressed_to_board_id=rec.addressed_to_board_id,
        addressed_to=rec.addressed_to,
        first_submitted_at=rec.first_submitted_at,
        submitted_at=rec.submitted_at,
        response_due_on=rec.response_due_on,
        overdue=item.overdue,
        decision=Decision(rec.decision) if rec.decision else None,
        response=response_node(item.response) if item.response else None,
        days_to_response=cycle.days_to_response if cycle else None,
    )


def report_node(report: Report) -> RecommendationReport:
    t = report.timeliness
    d, s = report.by_decision, report.by_status
    return RecommendationReport(
        board_id=report.board_id,
        period_from=report.period_from,
        period_to=report.period_to,
        as_of=report.as_of,
        total=len(report.items),
        by_decision=DecisionCounts(
            accepted=d[Decision.ACCEPTED],
            partly_accepted=d[Decision.PARTLY_ACCEPTED],
            not_accepted=d[Decision.NOT_ACCEPTED],
            deferred=d[Decision.DEFERRED],
        ),
        by_status=StatusCounts(
            draft=s[RecommendationStatus.DRAFT],
            submitted=s[RecommendationStatus.SUBMITTED],
            responded=s[RecommendationStatus.RESPONDED],
            in_progress=s[RecommendationStatus.IN_PROGRESS],
            implemented=s[RecommendationStatus.IMPLEMENTED],
            not_implemented=s[RecommendationStatus.NOT_IMPLEMENTED],
            withdrawn=s[RecommendationStatus.WITHDRAWN],
        ),
        awaiting_response=report.awaiting_response,
        responses=t.responses,
        median_days_to_response=t.median_days_to_response,
        answered_on_time=t.answered_on_time,
        due_count=t.due,
        on_time_share=float(t.on_time_share) if t.on_time_share is not None else None,
        items=[_item(i) for i in report.items],
    )


# -- fields of Board -----------------------------------------------------------------


async def board_recommendations(
    root: Board,
    info: Info,
    first: int = DEFAULT_LIMIT,
    after: str | None = None,
    status: RecommendationStatus | None = None,
    overdue: Annotated[
        bool | None,
        strawberry.argument(description="true: only those awaiting a response past due."),
    ] = None,
) -> Connection[Recommendation] | None:
    """``Board.recommendations``: every board's page in one batch."""
    request = page_request(first, after)
    page = await info.context.loaders.recommendations_by_board.load(
        PageKey(root.id, request, (status, overdue))
    )
    today = utcnow().date()
    actor = info.context.actor
    nodes = [recommendation_node(actor, row, today) for row in page.items]
    return connection(nodes, page.next_cursor, after)


async def board_recommendation_report(
    root: Board,
    info: Info,
    period_from: Annotated[
        date | None,
        strawberry.argument(name="from", description="First day of the period (UTC)."),
    ] = None,
    period_to: Annotated[
        date | None,
        strawberry.argument(name="to", description="Last day of the period (UTC)."),
    ] = None,
) -> RecommendationReport | None:
    """``Board.recommendationReport``: a few queries per board asked for."""
    async with info.context.reading() as session:
        report = await board_report(session, info.context.actor, root.id, period_from, period_to)
    return report_node(report)


# -- inputs --------------------------------------------------------------------------


@strawberry.input
class CreateRecommendationInput:
    title: str
    body: str
    rationale: str | None = UNSET
    priority: Priority | None = strawberry.field(default=UNSET, description="Defaults to MEDIUM.")
    topic_tags: list[str] | None = UNSET
    theme_ids: list[uuid.UUID] | None = UNSET
    issue_ids: list[uuid.UUID] | None = UNSET
    presented_at_meeting_id: uuid.UUID | None = UNSET
    addressed_to_board_id: uuid.UUID | None = strawberry.field(
        default=UNSET, description="Defaults to the governance board this board advises."
    )
    addressed_to: str | None = strawberry.field(
        default=UNSET, description="Another named body, instead of a board known here."
    )


@strawberry.input(
    description="Only the fields sent are changed. The wording changes only in draft (or "
    "while deferred)."
)
class UpdateRecommendationInput:
    title: str | None = UNSET
    body: str | None = UNSET
    rationale: str | None = UNSET
    priority: Priority | None = UNSET
    topic_tags: list[str] | None = UNSET
    theme_ids: list[uuid.UUID] | None = UNSET
    issue_ids: list[uuid.UUID] | None = UNSET
    presented_at_meeting_id: uuid.UUID | None = UNSET
    addressed_to_board_id: uuid.UUID | None = UNSET
    addressed_to: str | None = UNSET


@strawberry.input(
    description="Any decision but ACCEPTED needs `reasons`; ACCEPTED and PARTLY_ACCEPTED "
    "name an `owner` and a `targetDate`; DEFERRED gives `revisitOn`."
)
class RecommendationResponseInput:
    decision: Decision
    reasons: str | None = UNSET
    owner: str | None = UNSET
    target_date: date | None = UNSET
    revisit_on: date | None = UNSET


@strawberry.input
class ProgressUpdateInput:
    status: ProgressStatus
    note: str
    noted_on: date | None = strawberry.field(
        default=UNSET, description="Defaults to today; never in the future."
    )


# -- operations (merged into Query and Mutation) -------------------------------------


@strawberry.type
class RecommendationQueries:
    @strawberry.field
    async def recommendation(self, info: Info, id: uuid.UUID) -> Recommendation | None:
        async with info.context.reading() as session:
            row = await service.get_recommendation(session, info.context.actor, id)
        return _node(info, row)


@strawberry.type
class RecommendationMutations:
    @fields.mutation(description="Draft a recommendation of this advisory board.")
    async def create_recommendation(
        self, info: Info, board_id: uuid.UUID, input: CreateRecommendationInput
    ) -> Recommendation:
        data = to_domain(RecommendationCreate, input)
        async with info.context.writing() as session:
            row = await service.create_recommendation(session, info.context.actor, board_id, data)
        return _node(info, row)

    @fields.mutation(
        description="The wording changes only in draft (or while deferred); themes, issues, "
        "tags and the meeting until the recommendation is closed."
    )
    async def update_recommendation(
        self, info: Info, id: uuid.UUID, version: Version, input: UpdateRecommendationInput
    ) -> Recommendation:
        data = to_domain(RecommendationUpdate, input)
        async with info.context.writing() as session:
            row = await service.update_recommendation(
                session, info.context.actor, id, data, version
            )
        return _node(info, row)

    @fields.mutation(
        description="The board's officers (or staff) send a draft, or resubmit a deferred "
        "one. `responseDueOn` defaults to today plus the board's response period."
    )
    async def submit_recommendation(
        self, info: Info, id: uuid.UUID, response_due_on: date | None = UNSET
    ) -> Recommendation:
        data = SubmitRequest.model_validate(
            {} if response_due_on is UNSET else {"responseDueOn": response_due_on}
        )
        async with info.context.writing() as session:
            row = await workflow.submit(session, info.context.actor, id, data)
        return _node(info, row)

    @fields.mutation(description="Withdraw a draft or a submitted recommendation.")
    async def withdraw_recommendation(self, info: Info, id: uuid.UUID) -> Recommendation:
        async with info.context.writing() as session:
            row = await workflow.withdraw(session, info.context.actor, id)
        return _node(info, row)

    @fields.mutation(
        description="Record the addressee's decision (recommendations:respond). A response "
        "incomplete for its decision fails with RULE_VIOLATION, a pointer per field."
    )
    async def respond_to_recommendation(
        self, info: Info, id: uuid.UUID, input: RecommendationResponseInput
    ) -> Recommendation:
        data = to_domain(ResponseCreate, input)
        async with info.context.writing() as session:
            row, _ = await workflow.respond(session, info.context.actor, id, data)
        return _node(info, row)

    @fields.mutation(
        description="A dated progress note with the status it leaves the recommendation in "
        "(recommendations:respond)."
    )
    async def add_recommendation_update(
        self, info: Info, recommendation_id: uuid.UUID, input: ProgressUpdateInput
    ) -> ProgressUpdate:
        data = to_domain(ProgressUpdateCreate, input)
        async with info.context.writing() as session:
            _, row = await workflow.add_update(session, info.context.actor, recommendation_id, data)
        return update_node(row)

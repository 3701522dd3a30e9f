"""Recommendations of advisory boards over GraphQL: ``Board.recommendations`` and
``Board.recommendationReport`` (the "you said, we did" report), the inputs, and a mutation
for each step of their life. The types are in ``recommendations_types.py``.

``boards.py`` imports this module, so ``Board`` is referred to lazily here.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry import UNSET

from app.api.graphql import fields
from app.api.graphql.connections import Connection, connection, page_request
from app.api.graphql.context import Info
from app.api.graphql.derive import input_type, node
from app.api.graphql.inputs import Version, to_domain
from app.api.graphql.loaders import PageKey
from app.api.graphql.recommendations_types import (
    ProgressUpdate,
    Recommendation,
    RecommendationReport,
    recommendation_nodes,
    report_node,
)
from app.db import models as db
from app.db.types import utcnow
from app.domain.pagination import DEFAULT_LIMIT
from app.domain.recommendations import schemas as domain
from app.domain.recommendations import service, workflow
from app.domain.recommendations.report import board_report
from app.domain.recommendations.schemas import RecommendationStatus

if TYPE_CHECKING:
    from app.api.graphql.boards import Board


def _node(info: Info, row: db.Recommendation) -> Recommendation:
    (found,) = recommendation_nodes(info.context.actor, [row], utcnow().date())
    return found


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
    found = recommendation_nodes(info.context.actor, page.items, utcnow().date())
    return connection(found, page.next_cursor, after)


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
    """``Board.recommendationReport``, the "you said, we did" report: a few queries per
    board asked for."""
    async with info.context.reading() as session:
        report = await board_report(session, info.context.actor, root.id, period_from, period_to)
    return report_node(report)


# -- inputs --------------------------------------------------------------------------


@input_type(domain.RecommendationCreate, name="CreateRecommendationInput")
class CreateRecommendationInput:
    pass


@input_type(
    domain.RecommendationUpdate,
    name="UpdateRecommendationInput",
    description="Only the fields sent are changed. The wording changes only in draft (or "
    "while deferred).",
)
class UpdateRecommendationInput:
    pass


@input_type(
    domain.ResponseCreate,
    name="RecommendationResponseInput",
    description="Any decision but ACCEPTED needs `reasons`; ACCEPTED and PARTLY_ACCEPTED "
    "name an `owner` and a `targetDate`; DEFERRED gives `revisitOn`.",
)
class RecommendationResponseInput:
    pass


@input_type(domain.ProgressUpdateCreate, name="ProgressUpdateInput")
class ProgressUpdateInput:
    pass


# -- operations (merged into Query and Mutation) -------------------------------------


@input_type(domain.ReopenRequest, name="ReopenRecommendationInput")
class ReopenRecommendationInput:
    pass


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
        data = to_domain(domain.RecommendationCreate, input)
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
        data = to_domain(domain.RecommendationUpdate, input)
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
        data = domain.SubmitRequest.model_validate(
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
        data = to_domain(domain.ResponseCreate, input)
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
        data = to_domain(domain.ProgressUpdateCreate, input)
        async with info.context.writing() as session:
            _, row = await workflow.add_update(session, info.context.actor, recommendation_id, data)
        return node(ProgressUpdate, row)

    @fields.mutation(
        description="The change lapsed: an implemented recommendation goes back to "
        "IN_PROGRESS, the reason kept as a dated progress note (`reopened`). Whoever records "
        "progress, or the board's officers. Anything but an implemented one is a conflict."
    )
    async def reopen_recommendation(
        self, info: Info, id: uuid.UUID, input: ReopenRecommendationInput
    ) -> Recommendation:
        data = to_domain(domain.ReopenRequest, input)
        async with info.context.writing() as session:
            row, _ = await workflow.reopen(session, info.context.actor, id, data)
        return _node(info, row)

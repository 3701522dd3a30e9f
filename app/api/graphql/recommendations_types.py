"""Recommendations as GraphQL types, derived from ``app/api/views/recommendations.py``.

``Recommendation`` is an interface with two implementations, ``RecommendationPublic`` and
``RecommendationInternal``, chosen by the rule REST uses (``recommendation_view``). The
supporting issues and the author exist only on ``RecommendationInternal``, so a partner
system cannot select them: privacy by type, never by blanking.

``responses`` and ``updates`` are resolvers batched per recommendation by DataLoaders, so
``boards { recommendations { responses updates } }`` is one batch per level.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from app.api.graphql import fields
from app.api.graphql.context import Info
from app.api.graphql.derive import Node, interface, node, object_type
from app.api.views import recommendations as views
from app.db import models as db
from app.domain.actors import Actor
from app.domain.recommendations.lifecycle import is_overdue
from app.domain.recommendations.report import Report


@object_type(views.ResponseOut, name="RecommendationResponse")
class RecommendationResponse(Node):
    pass


@object_type(views.ProgressUpdateOut, name="ProgressUpdate")
class ProgressUpdate(Node):
    pass


@interface(
    views.RecommendationPublic,
    name="Recommendation",
    description="A proposal of an advisory board to the board it advises.",
)
class Recommendation(Node):
    @fields.field(description="Every response, oldest first.")
    async def responses(self, info: Info) -> list[RecommendationResponse]:
        rows = await info.context.loaders.recommendation_responses.load(self.id)
        return [response_node(row) for row in rows]

    @fields.field(description="Progress updates, oldest first.")
    async def updates(self, info: Info) -> list[ProgressUpdate]:
        rows = await info.context.loaders.recommendation_updates.load(self.id)
        return [node(ProgressUpdate, row) for row in rows]


# derive sees only a body's own resolvers, not those inherited from the interface: without
# the exclusion the view's ``responses`` list would replace the batched resolver.
@object_type(views.RecommendationPublic, name="RecommendationPublic", exclude=("responses",))
class RecommendationPublic(Recommendation):
    pass


@object_type(views.RecommendationInternal, name="RecommendationInternal", exclude=("responses",))
class RecommendationInternal(Recommendation):
    pass


@object_type(views.DecisionCounts, name="DecisionCounts")
class DecisionCounts:
    pass


@object_type(views.StatusCounts, name="StatusCounts")
class StatusCounts:
    pass


@object_type(views.ReportThemeOut, name="RecommendationReportTheme")
class RecommendationReportTheme(Node):
    pass


@object_type(views.ReportNoteOut, name="RecommendationReportNote")
class RecommendationReportNote(Node):
    pass


@object_type(
    views.ReportItemOut,
    name="RecommendationReportItem",
    description='One entry of the "you said, we did" report: what the board said, the '
    "latest response and its reasons, and every progress note since, with the days each "
    "step took.",
)
class RecommendationReportItem(Node):
    pass


@object_type(
    views.ReportOut,
    name="RecommendationReport",
    description='The "you said, we did" report: recommendations first submitted in the '
    "period (UTC days, both included), with what became of each, as REST's "
    "/boards/{id}/recommendations/report. `dueCount` is every response plus every "
    "submission left unanswered past its due date; `onTimeShare` is `answeredOnTime / "
    "dueCount`.",
)
class RecommendationReport:
    by_decision: DecisionCounts
    by_status: StatusCounts


# -- mapping rows to nodes -----------------------------------------------------------


_NODE_TYPES: dict[type[views.RecommendationPublic], type[Recommendation]] = {
    views.RecommendationPublic: RecommendationPublic,
    views.RecommendationInternal: RecommendationInternal,
}


def response_node(row: db.RecommendationResponse) -> RecommendationResponse:
    return node(RecommendationResponse, row, on_time=views.on_time(row))


def recommendation_nodes(
    actor: Actor, rows: Sequence[db.Recommendation], today: date
) -> list[Recommendation]:
    """The caller's type for these recommendations, chosen once for the list."""
    cls = _NODE_TYPES[views.recommendation_view(actor)]
    return [
        node(cls, row, overdue=is_overdue(row.status, row.response_due_on, today)) for row in rows
    ]


def report_node(report: Report) -> RecommendationReport:
    # The view's builder computes the figures; only the counts take another shape here.
    return node(
        RecommendationReport,
        views.report_out(report),
        by_decision=node(DecisionCounts, views.counts(report.by_decision)),
        by_status=node(StatusCounts, views.counts(report.by_status)),
    )

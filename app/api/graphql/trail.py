"""The trail and escalation over GraphQL: ``issue`` with its history and the
recommendations it fed, a recommendation's trail, escalation levels and sponsors, and a
mutation for each step. The same domain functions as ``issue_trail.py`` and
``escalation.py`` on REST; the types are derived from ``app/api/views/trail.py``."""

from __future__ import annotations

import uuid

import strawberry

from app.api.graphql import fields
from app.api.graphql.connections import Connection, connection, page_request
from app.api.graphql.context import Info
from app.api.graphql.derive import Node, input_type, node, object_type
from app.api.graphql.inputs import Version, to_domain
from app.api.graphql.loaders import PageKey
from app.api.graphql.recommendations_types import RecommendationResponse  # noqa: F401
from app.api.views import issue_log as log_views
from app.api.views import trail as views
from app.db import models as db
from app.db.types import utcnow
from app.domain.pagination import DEFAULT_LIMIT
from app.domain.recommendations import escalation, issues, trail
from app.domain.recommendations import schemas as domain


@object_type(views.IssueHistoryOut, name="IssueHistoryEntry")
class IssueHistoryEntry(Node):
    pass


@object_type(views.FedRecommendationOut, name="FedRecommendation")
class FedRecommendation:
    pass


@object_type(log_views.ThemeCountOut, name="ThemeCount")
class ThemeCount:
    pass


@object_type(views.RecommendationTrailOut, name="RecommendationTrail")
class RecommendationTrail:
    pass


@object_type(views.EscalationLevelOut, name="EscalationLevel")
class EscalationLevel:
    pass


@object_type(views.SponsorOut, name="BoardSponsor")
class BoardSponsor:
    pass


@object_type(
    log_views.IssueOut,
    name="Issue",
    description="An issue of a board's log: for the board's members and coordinators.",
)
class Issue(Node):
    @fields.field(description="Every change of status or level, oldest first.")
    async def history(
        self, info: Info, first: int = DEFAULT_LIMIT, after: str | None = None
    ) -> Connection[IssueHistoryEntry]:
        request = page_request(first, after)
        page = await info.context.loaders.issue_history.load(PageKey(self.id, request, None))
        return connection([node(IssueHistoryEntry, h) for h in page.items], page.next_cursor, after)

    @fields.field(description="What became of it: the recommendations it fed.")
    async def recommendations(self, info: Info) -> list[FedRecommendation]:
        issue_id = self.id
        async with info.context.reading() as session:
            found = await trail.issue_recommendations(session, info.context.actor, issue_id)
        today = utcnow().date()
        return [node(FedRecommendation, views.fed_out(f, today)) for f in found]


@input_type(domain.IssueTransition, name="IssueTransitionInput")
class IssueTransitionInput:
    pass


@input_type(domain.EscalationLevelCreate, name="CreateEscalationLevelInput")
class CreateEscalationLevelInput:
    pass


@input_type(domain.EscalationLevelUpdate, name="UpdateEscalationLevelInput")
class UpdateEscalationLevelInput:
    pass


@input_type(domain.SponsorInput, name="BoardSponsorInput")
class BoardSponsorInput:
    pass


def _issue(row: db.Issue) -> Issue:
    return node(Issue, row)


@strawberry.type
class TrailQueries:
    @strawberry.field
    async def issue(self, info: Info, id: uuid.UUID) -> Issue | None:
        async with info.context.reading() as session:
            row = await issues.get_issue(session, info.context.actor, id)
        return _issue(row)

    @fields.field(
        description="How many issues and which themes are behind a recommendation; counts "
        "under `suppressedBelow` are null."
    )
    async def recommendation_trail(
        self, info: Info, recommendation_id: uuid.UUID
    ) -> RecommendationTrail | None:
        async with info.context.reading() as session:
            found = await trail.recommendation_trail(session, info.context.actor, recommendation_id)
        return node(RecommendationTrail, views.trail_out(found))

    @fields.field(description="A board's escalation levels, lowest first.")
    async def escalation_levels(self, info: Info, board_id: uuid.UUID) -> list[EscalationLevel]:
        async with info.context.reading() as session:
            rows = await escalation.list_levels(session, info.context.actor, board_id)
        return [node(EscalationLevel, r) for r in rows]

    @fields.field(description="A governance board's senior sponsor; NOT_FOUND when none.")
    async def board_sponsor(self, info: Info, board_id: uuid.UUID) -> BoardSponsor | None:
        async with info.context.reading() as session:
            row = await escalation.get_sponsor(session, info.context.actor, board_id)
        return node(BoardSponsor, row)


@strawberry.type
class TrailMutations:
    @fields.mutation(
        description="Move an issue on, with a reason (needed for all but IN_PROGRESS). "
        "ESCALATED moves it to the board's next level and tells its owner."
    )
    async def transition_issue(
        self, info: Info, id: uuid.UUID, input: IssueTransitionInput
    ) -> Issue:
        data = to_domain(domain.IssueTransition, input)
        async with info.context.writing() as session:
            row = await trail.transition_issue(session, info.context.actor, id, data)
        return _issue(row)

    @fields.mutation(description="Coordinators add a level to a board's ladder.")
    async def create_escalation_level(
        self, info: Info, board_id: uuid.UUID, input: CreateEscalationLevelInput
    ) -> EscalationLevel:
        data = to_domain(domain.EscalationLevelCreate, input)
        async with info.context.writing() as session:
            row = await escalation.create_level(session, info.context.actor, board_id, data)
        return node(EscalationLevel, row)

    @fields.mutation(description="Only the fields sent are changed.")
    async def update_escalation_level(
        self, info: Info, id: uuid.UUID, version: Version, input: UpdateEscalationLevelInput
    ) -> EscalationLevel:
        data = to_domain(domain.EscalationLevelUpdate, input)
        async with info.context.writing() as session:
            row = await escalation.update_level(session, info.context.actor, id, data, version)
        return node(EscalationLevel, row)

    @fields.mutation(description="Returns the ID of the level removed.")
    async def delete_escalation_level(self, info: Info, id: uuid.UUID) -> uuid.UUID:
        async with info.context.writing() as session:
            await escalation.delete_level(session, info.context.actor, id)
        return id

    @fields.mutation(description="Name a governance board's senior sponsor.")
    async def set_board_sponsor(
        self, info: Info, board_id: uuid.UUID, input: BoardSponsorInput
    ) -> BoardSponsor:
        data = to_domain(domain.SponsorInput, input)
        async with info.context.writing() as session:
            row = await escalation.set_sponsor(session, info.context.actor, board_id, data)
        return node(BoardSponsor, row)

    @fields.mutation(description="Returns the board's ID.")
    async def clear_board_sponsor(self, info: Info, board_id: uuid.UUID) -> uuid.UUID:
        async with info.context.writing() as session:
            await escalation.clear_sponsor(session, info.context.actor, board_id)
        return board_id

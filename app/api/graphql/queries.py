"""Read operations: the same domain functions the REST routers call."""

from __future__ import annotations

import uuid

import strawberry

from app.api.graphql import fields
from app.api.graphql.boards import Board, Membership, board_node, membership_nodes
from app.api.graphql.connections import Connection, connection, page_request
from app.api.graphql.context import Info
from app.api.graphql.datarights import DataRightsQueries
from app.api.graphql.elections import ElectionQueries
from app.api.graphql.enums import BoardKind, OrgRole
from app.api.graphql.equality import EqualityQueries
from app.api.graphql.expense_policy import ExpensePolicyQueries
from app.api.graphql.expenses import ExpenseQueries
from app.api.graphql.expert_bank import ExpertBankQueries
from app.api.graphql.issue_log import IssueLogQueries
from app.api.graphql.me import Me, resolve_me
from app.api.graphql.meetings import MeetingQueries
from app.api.graphql.notifications import NotificationQueries
from app.api.graphql.papers import PaperQueries
from app.api.graphql.participation import ParticipationQueries
from app.api.graphql.people import Person, person_node
from app.api.graphql.polls import PollQueries
from app.api.graphql.procurement import ProcurementQueries
from app.api.graphql.publishing import PublishingQueries
from app.api.graphql.recommendations import RecommendationQueries
from app.api.graphql.records import RecordQueries
from app.api.graphql.recruitment import RecruitmentQueries
from app.api.graphql.seat_operations import SeatQueries
from app.api.graphql.selection import selects
from app.api.graphql.support import SupervisionQueries, SupportQueries
from app.api.graphql.surveys import SurveyQueries
from app.api.graphql.trail import TrailQueries
from app.domain.boards import memberships as membership_service
from app.domain.boards import service as board_service
from app.domain.pagination import DEFAULT_LIMIT
from app.domain.people import service as people_service


@strawberry.type
class Query(
    MeetingQueries,
    SeatQueries,
    PaperQueries,
    RecommendationQueries,
    ExpenseQueries,
    ElectionQueries,
    PollQueries,
    PublishingQueries,
    RecruitmentQueries,
    ProcurementQueries,
    ExpertBankQueries,
    TrailQueries,
    ExpensePolicyQueries,
    RecordQueries,
    IssueLogQueries,
    DataRightsQueries,
    SupportQueries,
    SupervisionQueries,
    NotificationQueries,
    ParticipationQueries,
    SurveyQueries,
    EqualityQueries,
):
    @fields.field(description="The caller.")
    async def me(self, info: Info) -> Me:
        return await resolve_me(info)

    @fields.field(description="People of your organisation, oldest first.")
    async def people(
        self,
        info: Info,
        first: int = DEFAULT_LIMIT,
        after: str | None = None,
        role: OrgRole | None = None,
    ) -> Connection[Person] | None:
        request = page_request(first, after)
        actor = info.context.actor
        async with info.context.reading() as session:
            page = await people_service.list_people(session, actor, request, role=role)
        return connection([person_node(actor, p) for p in page.items], page.next_cursor, after)

    @strawberry.field
    async def person(self, info: Info, id: uuid.UUID) -> Person | None:
        actor = info.context.actor
        async with info.context.reading() as session:
            row = await people_service.get_person(session, actor, id)
        return person_node(actor, row)

    @fields.field(description="Boards of your organisation, oldest first.")
    async def boards(
        self,
        info: Info,
        first: int = DEFAULT_LIMIT,
        after: str | None = None,
        kind: BoardKind | None = None,
    ) -> Connection[Board] | None:
        request = page_request(first, after)
        async with info.context.reading() as session:
            page = await board_service.list_boards(session, info.context.actor, request, kind=kind)
        return connection([board_node(b) for b in page.items], page.next_cursor, after)

    @strawberry.field
    async def board(self, info: Info, id: uuid.UUID) -> Board | None:
        async with info.context.reading() as session:
            row = await board_service.get_board(session, info.context.actor, id)
        return board_node(row)

    @strawberry.field
    async def membership(self, info: Info, id: uuid.UUID) -> Membership | None:
        async with info.context.reading() as session:
            row = await membership_service.get_membership(session, info.context.actor, id)
        (node,) = await membership_nodes(
            info.context,
            [row],
            with_board=selects(info, "board"),
            with_person=selects(info, "person"),
        )
        return node

"""Participation over GraphQL: the same domain functions as REST, types derived from
``app/api/views/participation.py``."""

from __future__ import annotations

import uuid
from datetime import date

import strawberry

from app.api.graphql import fields
from app.api.graphql.context import Info
from app.api.graphql.derive import node, object_type
from app.api.views import participation as views
from app.domain.participation import service


@object_type(views.ParticipationFiguresOut, name="ParticipationFigures")
class ParticipationFigures:
    pass


@object_type(views.ParticipationGroupOut, name="ParticipationGroup")
class ParticipationGroup:
    pass


@object_type(views.BoardParticipationOut, name="BoardParticipation")
class BoardParticipation:
    pass


@object_type(views.MyBoardParticipationOut, name="MyBoardParticipation")
class MyBoardParticipation:
    pass


@object_type(views.MyParticipationOut, name="MyParticipation")
class MyParticipation:
    pass


@strawberry.type
class ParticipationQueries:
    @fields.field(description="A board's participation figures over a period, per role.")
    async def board_participation(
        self,
        info: Info,
        board_id: uuid.UUID,
        start: date | None = None,
        end: date | None = None,
        paid_within_days: int = 28,
    ) -> BoardParticipation:
        when = service.period(start, end, paid_within_days)
        async with info.context.reading() as session:
            report = await service.board_participation(session, info.context.actor, board_id, when)
        return node(BoardParticipation, views.board_out(report, when))

    @fields.field(description="Your own participation figures, board by board.")
    async def my_participation(
        self,
        info: Info,
        start: date | None = None,
        end: date | None = None,
        paid_within_days: int = 28,
    ) -> MyParticipation:
        when = service.period(start, end, paid_within_days)
        async with info.context.reading() as session:
            rows = await service.my_participation(session, info.context.actor, when)
        return node(MyParticipation, views.mine_out(rows, when))

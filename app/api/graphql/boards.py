"""Boards and memberships as GraphQL types.

The hot path is ``boards { memberships { person } }``. A board's memberships come from a
loader that fetches every board's in one query; the people of all of them then come in
one more, and only when the query asks for them. Membership.person and .board are then
plain attributes: a few hundred memberships cost no resolver calls of their own.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

import strawberry

from app.api.graphql import fields
from app.api.graphql.connections import Connection, connection, page_request
from app.api.graphql.context import Context, Info
from app.api.graphql.derive import Node, node, object_type
from app.api.graphql.enums import MembershipStatus
from app.api.graphql.loaders import PageKey
from app.api.graphql.meetings import board_meetings
from app.api.graphql.people import Person, person_node
from app.api.graphql.recommendations import board_recommendation_report, board_recommendations
from app.api.graphql.seats import board_seats
from app.api.graphql.selection import selects
from app.api.views import boards as views
from app.db import models as db
from app.domain.actors import Permission
from app.domain.errors import NotFound
from app.domain.pagination import DEFAULT_LIMIT

# Stands in for a related object the query did not select, so nothing will read it.
_NOT_SELECTED: Any = None


@object_type(views.BoardOut, name="Board")
class Board(Node):
    @fields.field(description="Memberships of this board, oldest first.")
    async def memberships(
        self,
        info: Info,
        first: int = DEFAULT_LIMIT,
        after: str | None = None,
        status: MembershipStatus | None = None,
    ) -> Connection[Membership]:
        request = page_request(first, after)
        page = await info.context.loaders.memberships_by_board.load(
            PageKey(self.id, request, status)
        )
        nodes = await membership_nodes(
            info.context,
            page.items,
            board=self,
            with_person=selects(info, "edges", "node", "person"),
        )
        return connection(nodes, page.next_cursor, after)

    meetings = strawberry.field(
        resolver=board_meetings,
        description="Meetings of this board, oldest first. Null, with a FORBIDDEN error, "
        "for an API client without meetings:read.",
    )
    seats = strawberry.field(
        resolver=board_seats,
        description="Seats this board holds (advisory) or that are held on it (governance). "
        "Null, with a FORBIDDEN error, for an API client without seats:read.",
    )
    recommendations = strawberry.field(
        resolver=board_recommendations,
        description="Recommendations this board made (advisory; drafts only for its members "
        "and staff) or received once submitted (governance), oldest first. Null, with a "
        "FORBIDDEN error, for an API client without recommendations:read.",
    )
    recommendation_report = strawberry.field(
        resolver=board_recommendation_report,
        description="The 'you said, we did' report of recommendations first submitted in "
        "the period, as REST's /boards/{id}/recommendations/report.",
    )


@object_type(views.MembershipOut, name="Membership")
class Membership(Node):
    person: Person | None = strawberry.field(
        description="Null for an API client without people:read."
    )
    board: Board


def board_node(row: db.Board) -> Board:
    return node(Board, row)


async def membership_nodes(
    context: Context,
    rows: Sequence[db.Membership],
    *,
    board: Board | None = None,
    person: Person | None = None,
    with_board: bool = False,
    with_person: bool = False,
) -> list[Membership]:
    """Map rows, with their board and person when given or asked for (one query each)."""
    people: dict[uuid.UUID, Person] = {}
    # A partner client may read boards without people:read: the memberships still come,
    # with no person, rather than the whole board failing.
    may_see_people = context.actor.can(Permission.PEOPLE_READ)
    if person is None and with_person and may_see_people:
        found = await context.loaders.people.load_many([row.person_id for row in rows])
        people = {p.id: person_node(context.actor, p) for p in found if p is not None}
    boards: dict[uuid.UUID, Board] = {}
    if board is None and with_board:
        found_boards = await context.loaders.boards.load_many([row.board_id for row in rows])
        boards = {b.id: board_node(b) for b in found_boards if b is not None}
    return [
        node(
            Membership,
            row,
            person=(
                person
                if person is not None
                else _related(people, row.person_id, with_person and may_see_people, "person")
            ),
            board=(
                board if board is not None else _related(boards, row.board_id, with_board, "board")
            ),
        )
        for row in rows
    ]


def _related(found: dict[uuid.UUID, Any], key: uuid.UUID, selected: bool, entity: str) -> Any:
    if not selected:
        return _NOT_SELECTED
    if key not in found:
        # Tenancy filters and foreign keys make this unreachable; say so rather than
        # return null for a non-null field.
        raise NotFound(entity)
    return found[key]

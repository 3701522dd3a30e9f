"""Telling the advisory board that its recommendation has had its response: every active
member of the board that made it (a recommendation is the board's, not one person's),
written with the response, one SELECT and one INSERT however many members."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Board, Membership, Person, Recommendation, RecommendationResponse
from app.domain.actors import Actor
from app.domain.boards.schemas import MembershipStatus
from app.domain.notifications import outbox
from app.domain.recommendations.schemas import Decision

TEMPLATE = "recommendation_responded"
_SAID = {
    Decision.ACCEPTED: "Accepted.",
    Decision.PARTLY_ACCEPTED: "Partly accepted.",
    Decision.NOT_ACCEPTED: "Not accepted. The reasons are in Chorus.",
    Decision.DEFERRED: "Deferred: it will be looked at again later.",
}


async def responded(
    session: AsyncSession,
    actor: Actor,
    recommendation: Recommendation,
    response: RecommendationResponse,
) -> int:
    board = await session.get_one(Board, recommendation.board_id)
    addressee = recommendation.addressed_to or "The board it was made to"
    if recommendation.addressed_to_board_id is not None:
        to_board = await session.get(Board, recommendation.addressed_to_board_id)
        if to_board is not None:
            addressee = to_board.name
    members = await session.scalars(
        select(Membership.person_id).where(
            col(Membership.board_id) == board.id,
            col(Membership.status) == MembershipStatus.ACTIVE.value,
        )
    )
    common = {
        "board": board.name,
        "to_board": addressee,
        "title": recommendation.title,
        "outcome": _SAID[Decision(response.decision)],
    }

    def values(person: Person) -> dict[str, str]:
        return {"name": person.display_name, **common}

    return await outbox.enqueue_many(
        session,
        set(members),
        TEMPLATE,
        values,
        easy=board.easy_read_notifications,
        actor=actor,
    )

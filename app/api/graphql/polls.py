"""Polls and membership terms over GraphQL: the same domain functions as REST, types
derived from ``app/api/views/polls.py`` and ``terms.py``."""

from __future__ import annotations

import uuid

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from app.api.graphql import fields
from app.api.graphql.boards import Membership, membership_nodes
from app.api.graphql.connections import Connection, connection, page_request
from app.api.graphql.context import Info
from app.api.graphql.derive import Node, input_type, node, object_type
from app.api.graphql.inputs import Version, to_domain
from app.api.views import polls as views
from app.api.views import terms as term_views
from app.db import models as db
from app.domain.actors import Actor
from app.domain.pagination import DEFAULT_LIMIT
from app.domain.polls import results, service, steps, voting
from app.domain.polls import schemas as domain
from app.domain.polls.schemas import PollStatus
from app.domain.terms import changes, freshness
from app.domain.terms import schemas as terms


@object_type(views.PollOptionOut, name="PollOption")
class PollOption(Node):
    pass


@object_type(views.PollOut, name="Poll")
class Poll(Node):
    pass


@object_type(views.PollTallyOut, name="PollTally")
class PollTally:
    pass


@object_type(views.PollRoundOut, name="PollRound")
class PollRound:
    pass


@object_type(views.PollResultsOut, name="PollResults")
class PollResults:
    pass


@object_type(views.ObjectionOut, name="PollObjection")
class PollObjection(Node):
    pass


@object_type(term_views.FreshnessOut, name="BoardFreshness")
class BoardFreshness:
    pass


@input_type(domain.PollCreate, name="CreatePollInput")
class CreatePollInput:
    pass


@input_type(domain.PollUpdate, name="UpdatePollInput")
class UpdatePollInput:
    pass


@input_type(domain.VoteCreate, name="VoteInput")
class VoteInput:
    pass


@input_type(terms.RenewalInput, name="RenewalInput")
class RenewalInput:
    pass


@input_type(terms.StandDownInput, name="StandDownInput")
class StandDownInput:
    pass


async def _nodes(session: AsyncSession, actor: Actor, rows: list[db.Poll]) -> list[Poll]:
    ids = [p.id for p in rows]
    options = await service.options_by_poll(session, actor, ids)
    voters = await service.voter_counts(session, actor, ids)
    return [node(Poll, views.poll_out(p, options[p.id], voters.get(p.id, 0))) for p in rows]


async def _one(session: AsyncSession, actor: Actor, row: db.Poll) -> Poll:
    return (await _nodes(session, actor, [row]))[0]


@strawberry.type
class PollQueries:
    @strawberry.field
    async def poll(self, info: Info, id: uuid.UUID) -> Poll | None:
        actor = info.context.actor
        async with info.context.reading() as session:
            return await _one(session, actor, await service.get_poll(session, actor, id))

    @fields.field(description="A board's polls, or with no board those of community events.")
    async def polls(
        self,
        info: Info,
        board_id: uuid.UUID | None = None,
        first: int = DEFAULT_LIMIT,
        after: str | None = None,
        status: PollStatus | None = None,
    ) -> Connection[Poll] | None:
        request = page_request(first, after)
        actor = info.context.actor
        async with info.context.reading() as session:
            if board_id is None:
                page = await service.list_event_polls(session, actor, request, status=status)
            else:
                page = await service.list_board_polls(
                    session, actor, board_id, request, status=status
                )
            found = await _nodes(session, actor, page.items)
        return connection(found, page.next_cursor, after)

    @fields.field(description="The count once voting has ended; before, only turnout.")
    async def poll_results(self, info: Info, id: uuid.UUID) -> PollResults:
        async with info.context.reading() as session:
            count = await results.results(session, info.context.actor, id)
        return node(PollResults, views.results_out(count))

    @fields.field(description="Objections to a consent proposal (people of the organisation).")
    async def poll_objections(self, info: Info, id: uuid.UUID) -> list[PollObjection]:
        async with info.context.reading() as session:
            rows = await voting.objections(session, info.context.actor, id)
        return [node(PollObjection, r) for r in rows]

    @fields.field(description="Share of a board's members whose first term is recent.")
    async def board_freshness(self, info: Info, board_id: uuid.UUID) -> BoardFreshness:
        async with info.context.reading() as session:
            report = await freshness.board_freshness(session, info.context.actor, board_id)
        return node(BoardFreshness, report)


@strawberry.type
class PollMutations:
    @fields.mutation(description="Draft a poll of a board, or with no board of an event.")
    async def create_poll(
        self, info: Info, input: CreatePollInput, board_id: uuid.UUID | None = None
    ) -> Poll:
        data = to_domain(domain.PollCreate, input)
        actor = info.context.actor
        async with info.context.writing() as session:
            row = await service.create_poll(session, actor, board_id, data)
            return await _one(session, actor, row)

    @fields.mutation(description="Change a draft, or amend an open consent proposal.")
    async def update_poll(
        self, info: Info, id: uuid.UUID, version: Version, input: UpdatePollInput
    ) -> Poll:
        data = to_domain(domain.PollUpdate, input)
        actor = info.context.actor
        async with info.context.writing() as session:
            row = await service.update_poll(session, actor, id, data, version)
            return await _one(session, actor, row)

    @fields.mutation(description="Open a draft for votes (poll.opened).")
    async def open_poll(self, info: Info, id: uuid.UUID) -> Poll:
        actor = info.context.actor
        async with info.context.writing() as session:
            return await _one(session, actor, await steps.open_poll(session, actor, id))

    @fields.mutation(description="End voting (poll.closed).")
    async def close_poll(self, info: Info, id: uuid.UUID) -> Poll:
        actor = info.context.actor
        async with info.context.writing() as session:
            return await _one(session, actor, await steps.close_poll(session, actor, id))

    @fields.mutation(description="Cancel a poll not yet decided (poll.cancelled).")
    async def cancel_poll(self, info: Info, id: uuid.UUID) -> Poll:
        actor = info.context.actor
        async with info.context.writing() as session:
            return await _one(session, actor, await steps.cancel_poll(session, actor, id))

    @fields.mutation(description="Record a closed poll's outcome with reasons (poll.decided).")
    async def decide_poll(self, info: Info, id: uuid.UUID, reasons: str) -> Poll:
        data = domain.DecideRequest.model_validate({"reasons": reasons})
        actor = info.context.actor
        async with info.context.writing() as session:
            row, _ = await steps.decide_poll(session, actor, id, data)
            return await _one(session, actor, row)

    @fields.mutation(description="Vote in an open poll.")
    async def cast_vote(self, info: Info, poll_id: uuid.UUID, input: VoteInput) -> Poll:
        data = to_domain(domain.VoteCreate, input)
        actor = info.context.actor
        async with info.context.writing() as session:
            return await _one(session, actor, await voting.cast_vote(session, actor, poll_id, data))

    @fields.mutation(description="Record how an objection was met (whoever runs the poll).")
    async def resolve_objection(
        self, info: Info, poll_id: uuid.UUID, objection_id: uuid.UUID, resolution: str
    ) -> PollObjection:
        return await _settle(info, poll_id, objection_id, resolution, withdraw=False)

    @fields.mutation(description="Withdraw your own objection (named polls).")
    async def withdraw_objection(
        self, info: Info, poll_id: uuid.UUID, objection_id: uuid.UUID, resolution: str
    ) -> PollObjection:
        return await _settle(info, poll_id, objection_id, resolution, withdraw=True)

    @fields.mutation(description="Renew a term with the reason (membership.renewed).")
    async def renew_membership(
        self, info: Info, membership_id: uuid.UUID, input: RenewalInput
    ) -> Membership:
        data = to_domain(terms.RenewalInput, input)
        async with info.context.writing() as session:
            row, _ = await changes.renew(session, info.context.actor, membership_id, data)
        (found,) = await membership_nodes(info.context, [row])
        return found

    @fields.mutation(description="Stand down with the reason (membership.stood_down).")
    async def stand_down_membership(
        self, info: Info, membership_id: uuid.UUID, input: StandDownInput
    ) -> Membership:
        data = to_domain(terms.StandDownInput, input)
        async with info.context.writing() as session:
            row, _ = await changes.stand_down(session, info.context.actor, membership_id, data)
        (found,) = await membership_nodes(info.context, [row])
        return found


async def _settle(
    info: Info, poll_id: uuid.UUID, objection_id: uuid.UUID, resolution: str, *, withdraw: bool
) -> PollObjection:
    data = domain.ObjectionSettle.model_validate({"resolution": resolution})
    async with info.context.writing() as session:
        row = await voting.settle_objection(
            session, info.context.actor, poll_id, objection_id, data, withdraw=withdraw
        )
    return node(PollObjection, row)

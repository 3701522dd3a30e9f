"""Recruitment, coaching and shadowing over GraphQL: the same domain functions and views
as REST. Rules and answers are JSON (a rule is a recursive tree, which GraphQL input
types cannot express as a union); the domain validates both exactly as for REST."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.scalars import JSON

from app.api.graphql import fields
from app.api.graphql.connections import Connection, connection, page_request
from app.api.graphql.context import Info
from app.api.graphql.derive import Node, input_type, node, object_type
from app.api.graphql.inputs import _wire, to_domain
from app.api.views.recruitment import (
    ApplicationOut,
    OpportunityOut,
    PairingOut,
    StageChangeOut,
    application_fields,
    opportunity_fields,
)
from app.db import models as db
from app.domain.actors import Actor
from app.domain.pagination import DEFAULT_LIMIT
from app.domain.recruitment import applications, history, opportunities, pairings, progress
from app.domain.recruitment.schemas import (
    ApplicationCreate,
    OpportunityCreate,
    OpportunityStatus,
    PairingCreate,
    PairingKind,
    StageChange,
)
from app.domain.recruitment.stages import Stage


@object_type(OpportunityOut, name="Opportunity")
class Opportunity(Node):
    eligibility: JSON | None


@object_type(StageChangeOut, name="ApplicationStageChange")
class ApplicationStageChange(Node):
    pass


@object_type(ApplicationOut, name="Application")
class Application(Node):
    answers: JSON


@object_type(PairingOut, name="Pairing")
class Pairing(Node):
    pass


@input_type(OpportunityCreate, name="CreateOpportunityInput", exclude=("eligibility",))
class CreateOpportunityInput:
    pass


@input_type(ApplicationCreate, name="ApplyInput", exclude=("answers",))
class ApplyInput:
    pass


@input_type(StageChange, name="MoveApplicationInput")
class MoveApplicationInput:
    pass


@input_type(PairingCreate, name="CreatePairingInput")
class CreatePairingInput:
    pass


def _opportunity(row: db.Opportunity) -> Opportunity:
    return node(Opportunity, opportunity_fields(row))


async def _applications(
    session: AsyncSession, actor: Actor, rows: list[db.Application]
) -> list[Application]:
    moves = await history.history_by_application(session, actor, [r.id for r in rows])
    return [node(Application, application_fields(r, moves.get(r.id, []))) for r in rows]


def _with(data: object, **extra: Any) -> dict[str, Any]:
    wired = _wire(data)
    assert isinstance(wired, dict)
    return {**wired, **{k: v for k, v in extra.items() if v is not None}}


@strawberry.type
class RecruitmentQueries:
    @fields.field(description="Vacancies of your organisation, oldest first.")
    async def opportunities(
        self,
        info: Info,
        first: int = DEFAULT_LIMIT,
        after: str | None = None,
        board_id: uuid.UUID | None = None,
        status: OpportunityStatus | None = None,
    ) -> Connection[Opportunity] | None:
        request = page_request(first, after)
        async with info.context.reading() as session:
            page = await opportunities.list_opportunities(
                session, info.context.actor, request, board_id=board_id, status=status
            )
        return connection([_opportunity(o) for o in page.items], page.next_cursor, after)

    @strawberry.field
    async def opportunity(self, info: Info, id: uuid.UUID) -> Opportunity | None:
        async with info.context.reading() as session:
            row = await opportunities.get_opportunity(session, info.context.actor, id)
        return _opportunity(row)

    @fields.field(
        description="An opportunity's applications: coordinators see all, an applicant "
        "only their own."
    )
    async def applications(
        self,
        info: Info,
        opportunity_id: uuid.UUID,
        first: int = DEFAULT_LIMIT,
        after: str | None = None,
        stage: Stage | None = None,
    ) -> Connection[Application] | None:
        request = page_request(first, after)
        actor = info.context.actor
        async with info.context.reading() as session:
            page = await applications.list_applications(
                session, actor, opportunity_id, request, stage=stage
            )
            found = await _applications(session, actor, page.items)
        return connection(found, page.next_cursor, after)

    @strawberry.field
    async def application(self, info: Info, id: uuid.UUID) -> Application | None:
        actor = info.context.actor
        async with info.context.reading() as session:
            row = await applications.get_application(session, actor, id)
            (found,) = await _applications(session, actor, [row])
        return found

    @fields.field(description="Your coaching and shadowing pairs; coordinators see all.")
    async def pairings(
        self,
        info: Info,
        first: int = DEFAULT_LIMIT,
        after: str | None = None,
        person_id: uuid.UUID | None = None,
        kind: PairingKind | None = None,
    ) -> Connection[Pairing] | None:
        request = page_request(first, after)
        async with info.context.reading() as session:
            page = await pairings.list_pairings(
                session, info.context.actor, request, person_id=person_id, kind=kind
            )
        return connection([node(Pairing, p) for p in page.items], page.next_cursor, after)

    @strawberry.field
    async def pairing(self, info: Info, id: uuid.UUID) -> Pairing | None:
        async with info.context.reading() as session:
            row = await pairings.get_pairing(session, info.context.actor, id)
        return node(Pairing, row)


@strawberry.type
class RecruitmentMutations:
    @fields.mutation(description="Open a vacancy with the rule applicants must meet.")
    async def create_opportunity(
        self,
        info: Info,
        input: CreateOpportunityInput,
        eligibility: Annotated[
            JSON | None,
            strawberry.argument(
                description='The rule, e.g. {"all": [{"question": '
                '"community_order_within_years", "lte": 2}]}; null: anyone may apply.'
            ),
        ] = None,
    ) -> Opportunity:
        data = OpportunityCreate.model_validate(_with(input, eligibility=eligibility))
        async with info.context.writing() as session:
            row = await opportunities.create_opportunity(session, info.context.actor, data)
        return _opportunity(row)

    @fields.mutation(description="No new applications; those under way carry on.")
    async def close_opportunity(self, info: Info, id: uuid.UUID) -> Opportunity:
        async with info.context.writing() as session:
            row = await opportunities.close_opportunity(session, info.context.actor, id)
        return _opportunity(row)

    @fields.mutation(
        description="Apply, refer someone as a member, or (coordinators) record an outside "
        "referral. `answers` holds only what the opportunity's rule asks."
    )
    async def apply_to_opportunity(
        self,
        info: Info,
        opportunity_id: uuid.UUID,
        input: ApplyInput,
        answers: JSON | None = None,
    ) -> Application:
        data = ApplicationCreate.model_validate(_with(input, answers=answers))
        actor = info.context.actor
        async with info.context.writing() as session:
            row = await applications.apply(session, actor, opportunity_id, data)
            (found,) = await _applications(session, actor, [row])
        return found

    @fields.mutation(description="Move an application to its next stage, with a reason.")
    async def move_application(
        self, info: Info, id: uuid.UUID, input: MoveApplicationInput
    ) -> Application:
        data = to_domain(StageChange, input)
        actor = info.context.actor
        async with info.context.writing() as session:
            row = await progress.move(session, actor, id, data)
            (found,) = await _applications(session, actor, [row])
        return found

    @fields.mutation(description="Pair a new member with a coach, or a shadow with a holder.")
    async def create_pairing(self, info: Info, input: CreatePairingInput) -> Pairing:
        data = to_domain(PairingCreate, input)
        async with info.context.writing() as session:
            row = await pairings.create_pairing(session, info.context.actor, data)
        return node(Pairing, row)

    @fields.mutation(description="End a pairing; papers already sent stay sent.")
    async def delete_pairing(self, info: Info, id: uuid.UUID) -> uuid.UUID:
        async with info.context.writing() as session:
            await pairings.delete_pairing(session, info.context.actor, id)
        return id

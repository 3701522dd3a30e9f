"""Procurement evaluation over GraphQL: the same domain functions and views as REST. The
CSV trail is REST only (GET /lots/{lotId}/trail)."""

from __future__ import annotations

import uuid

import strawberry

from app.api.graphql import fields
from app.api.graphql.connections import Connection, connection, page_request
from app.api.graphql.context import Info
from app.api.graphql.derive import node
from app.api.graphql.inputs import to_domain
from app.api.graphql.procurement_types import (
    AddBidderInput,
    AddPanelMemberInput,
    AddQuestionInput,
    AgreedScore,
    Bidder,
    CreateLotInput,
    CreateProcurementInput,
    Declaration,
    DeclareInput,
    Lot,
    PanelMember,
    Procurement,
    Question,
    RecordAgreedInput,
    RemovalInput,
    Results,
    SaveScoreInput,
    Score,
    lot_nodes,
    member_nodes,
)
from app.api.views.procurement import (
    agreed_fields,
    procurement_fields,
    question_fields,
    results_fields,
    score_fields,
)
from app.db import models as db
from app.domain.pagination import DEFAULT_LIMIT
from app.domain.procurement import moderation, panels, scoring, setup
from app.domain.procurement.schemas import (
    AgreedScoreInput,
    BidderCreate,
    DeclarationsInput,
    LotCreate,
    PanelMemberCreate,
    ProcurementCreate,
    ProcurementStatus,
    QuestionCreate,
    Removal,
    ScoreInput,
)


def _procurement(row: db.Procurement) -> Procurement:
    return node(Procurement, procurement_fields(row))


def _scores(rows: list[db.Score], changes: dict[uuid.UUID, list[db.ScoreChange]]) -> list[Score]:
    return [node(Score, score_fields(r, changes.get(r.id, []))) for r in rows]


@strawberry.type
class ProcurementQueries:
    @fields.field(
        description="Procurements: coordinators see all, a person those whose panels they sit on."
    )
    async def procurements(
        self, info: Info, first: int = DEFAULT_LIMIT, after: str | None = None
    ) -> Connection[Procurement] | None:
        request = page_request(first, after)
        async with info.context.reading() as session:
            page = await setup.list_procurements(session, info.context.actor, request)
        return connection([_procurement(r) for r in page.items], page.next_cursor, after)

    @strawberry.field
    async def procurement(self, info: Info, id: uuid.UUID) -> Procurement | None:
        async with info.context.reading() as session:
            row = await setup.get_procurement(session, info.context.actor, id)
        return _procurement(row)

    @fields.field(description="A procurement's lots: a panel member sees only their own.")
    async def procurement_lots(self, info: Info, procurement_id: uuid.UUID) -> list[Lot]:
        actor = info.context.actor
        async with info.context.reading() as session:
            rows = await setup.list_lots(session, actor, procurement_id)
            return await lot_nodes(session, actor, rows)

    @strawberry.field
    async def procurement_lot(self, info: Info, id: uuid.UUID) -> Lot | None:
        actor = info.context.actor
        async with info.context.reading() as session:
            access = await setup.get_lot(session, actor, id)
            (found,) = await lot_nodes(session, actor, [access.lot])
        return found

    @fields.field(description="A lot's bidders: coordinators and the lot's panel only.")
    async def lot_bidders(self, info: Info, lot_id: uuid.UUID) -> list[Bidder]:
        async with info.context.reading() as session:
            rows = await setup.list_bidders(session, info.context.actor, lot_id)
        return [node(Bidder, r) for r in rows]

    @fields.field(description="A lot's questions, with their weights and scales.")
    async def lot_questions(self, info: Info, lot_id: uuid.UUID) -> list[Question]:
        async with info.context.reading() as session:
            rows = await setup.list_questions(session, info.context.actor, lot_id)
        return [node(Question, question_fields(r)) for r in rows]

    @fields.field(description="Coordinators see the whole panel; a member only themself.")
    async def lot_panel_members(self, info: Info, lot_id: uuid.UUID) -> list[PanelMember]:
        async with info.context.reading() as session:
            rows = await panels.list_members(session, info.context.actor, lot_id)
            return await member_nodes(session, rows)

    @fields.field(description="Coordinators see the lot's declarations; a member their own.")
    async def lot_declarations(self, info: Info, lot_id: uuid.UUID) -> list[Declaration]:
        async with info.context.reading() as session:
            rows = await panels.list_declarations(session, info.context.actor, lot_id)
        return [node(Declaration, r) for r in rows]

    @fields.field(description="Your own scores on a lot, once you have declared.")
    async def my_lot_scores(self, info: Info, lot_id: uuid.UUID) -> list[Score]:
        async with info.context.reading() as session:
            found = await scoring.my_scores(session, info.context.actor, lot_id)
        return _scores(*found)

    @fields.field(
        description="Every member's scores: FORBIDDEN until the chair opens moderation, "
        "and to a member who has not submitted."
    )
    async def lot_scores(self, info: Info, lot_id: uuid.UUID) -> list[Score]:
        async with info.context.reading() as session:
            found = await scoring.all_scores(session, info.context.actor, lot_id)
        return _scores(*found)

    @fields.field(description="The moderation meeting's agreed scores; sealed like scores.")
    async def lot_agreed_scores(self, info: Info, lot_id: uuid.UUID) -> list[AgreedScore]:
        async with info.context.reading() as session:
            rows = await moderation.list_agreed(session, info.context.actor, lot_id)
        return [node(AgreedScore, agreed_fields(r)) for r in rows]

    @fields.field(description="Weighted totals and ranks; equal totals share a rank.")
    async def lot_results(self, info: Info, lot_id: uuid.UUID) -> Results:
        async with info.context.reading() as session:
            found = await moderation.results(session, info.context.actor, lot_id)
        return node(Results, results_fields(found))


@strawberry.type
class ProcurementMutations:
    @fields.mutation(description="A procurement in draft (coordinators).")
    async def create_procurement(self, info: Info, input: CreateProcurementInput) -> Procurement:
        data = to_domain(ProcurementCreate, input)
        async with info.context.writing() as session:
            row = await setup.create_procurement(session, info.context.actor, data)
        return _procurement(row)

    @fields.mutation(description="Move a procurement one step along its status table.")
    async def move_procurement(
        self, info: Info, id: uuid.UUID, status: ProcurementStatus
    ) -> Procurement:
        async with info.context.writing() as session:
            row = await setup.move_procurement(session, info.context.actor, id, status)
        return _procurement(row)

    @fields.mutation(description="Add a lot to a procurement before evaluation.")
    async def create_procurement_lot(
        self, info: Info, procurement_id: uuid.UUID, input: CreateLotInput
    ) -> Lot:
        data = to_domain(LotCreate, input)
        actor = info.context.actor
        async with info.context.writing() as session:
            row = await setup.create_lot(session, actor, procurement_id, data)
            (found,) = await lot_nodes(session, actor, [row])
        return found

    @fields.mutation(description="Add a bidding organisation to a lot before evaluation.")
    async def add_lot_bidder(self, info: Info, lot_id: uuid.UUID, input: AddBidderInput) -> Bidder:
        data = to_domain(BidderCreate, input)
        async with info.context.writing() as session:
            row = await setup.add_bidder(session, info.context.actor, lot_id, data)
        return node(Bidder, row)

    @fields.mutation(description="Add a question with its weight and scale to a lot.")
    async def add_lot_question(
        self, info: Info, lot_id: uuid.UUID, input: AddQuestionInput
    ) -> Question:
        data = to_domain(QuestionCreate, input)
        async with info.context.writing() as session:
            row = await setup.add_question(session, info.context.actor, lot_id, data)
        return node(Question, question_fields(row))

    @fields.mutation(description="Put one of the organisation's people on a lot's panel.")
    async def add_lot_panel_member(
        self, info: Info, lot_id: uuid.UUID, input: AddPanelMemberInput
    ) -> PanelMember:
        data = to_domain(PanelMemberCreate, input)
        async with info.context.writing() as session:
            row = await panels.add_member(session, info.context.actor, lot_id, data)
            (found,) = await member_nodes(session, [row])
        return found

    @fields.mutation(description="Take a member off a lot (a discovered conflict), with why.")
    async def remove_lot_panel_member(
        self, info: Info, id: uuid.UUID, input: RemovalInput
    ) -> PanelMember:
        data = to_domain(Removal, input)
        async with info.context.writing() as session:
            row = await panels.remove_member(session, info.context.actor, id, data)
            (found,) = await member_nodes(session, [row])
        return found

    @fields.mutation(
        description="Declare, per bidder, whether you are connected to it; a connection "
        "takes you off the lot."
    )
    async def declare_lot_connections(
        self, info: Info, lot_id: uuid.UUID, input: DeclareInput
    ) -> PanelMember:
        data = to_domain(DeclarationsInput, input)
        async with info.context.writing() as session:
            member, _ = await panels.declare(session, info.context.actor, lot_id, data)
            (found,) = await member_nodes(session, [member])
        return found

    @fields.mutation(description="Enter or change one of your scores (a reason once sealed).")
    async def save_lot_score(self, info: Info, lot_id: uuid.UUID, input: SaveScoreInput) -> Score:
        data = to_domain(ScoreInput, input)
        async with info.context.writing() as session:
            row, changes = await scoring.save_score(session, info.context.actor, lot_id, data)
        return node(Score, score_fields(row, changes))

    @fields.mutation(description="Seal your scores on a lot.")
    async def submit_lot_scores(self, info: Info, lot_id: uuid.UUID) -> PanelMember:
        async with info.context.writing() as session:
            member = await scoring.submit(session, info.context.actor, lot_id)
            (found,) = await member_nodes(session, [member])
        return found

    @fields.mutation(description="The chair opens moderation once every scorer submitted.")
    async def open_lot_moderation(self, info: Info, lot_id: uuid.UUID) -> Lot:
        actor = info.context.actor
        async with info.context.writing() as session:
            row = await moderation.open_moderation(session, actor, lot_id)
            (found,) = await lot_nodes(session, actor, [row])
        return found

    @fields.mutation(description="Record the moderation meeting's score for a question.")
    async def record_agreed_score(
        self, info: Info, lot_id: uuid.UUID, input: RecordAgreedInput
    ) -> AgreedScore:
        data = to_domain(AgreedScoreInput, input)
        async with info.context.writing() as session:
            row = await moderation.record_agreed(session, info.context.actor, lot_id, data)
        return node(AgreedScore, agreed_fields(row))

    @fields.mutation(description="Conclude a lot once every score is agreed.")
    async def conclude_lot(self, info: Info, lot_id: uuid.UUID) -> Lot:
        actor = info.context.actor
        async with info.context.writing() as session:
            row = await moderation.conclude(session, actor, lot_id)
            (found,) = await lot_nodes(session, actor, [row])
        return found

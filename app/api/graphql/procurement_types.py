"""Procurement's GraphQL object and input types, derived from its views and inputs, and
the helpers that fill them from domain rows (the same view fields REST serves)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.api.graphql.derive import Node, input_type, node, object_type
from app.api.views.procurement import (
    AgreedScoreOut,
    BidderOut,
    DeclarationOut,
    DescriptorOut,
    LotOut,
    MixOut,
    PanelMemberOut,
    ProcurementOut,
    QuestionOut,
    ResultsOut,
    ScoreChangeOut,
    ScoreOut,
    StandingOut,
    lot_fields,
    member_fields,
)
from app.db import models as db
from app.domain.actors import Actor
from app.domain.procurement import panels
from app.domain.procurement.schemas import (
    AgreedScoreInput,
    BidderCreate,
    DeclarationInput,
    DeclarationsInput,
    LotCreate,
    PanelMemberCreate,
    ProcurementCreate,
    QuestionCreate,
    Removal,
    ScoreInput,
)


@object_type(ProcurementOut, name="Procurement")
class Procurement(Node):
    pass


@object_type(MixOut, name="ProcurementPanelMix")
class PanelMix:
    pass


@object_type(LotOut, name="ProcurementLot")
class Lot(Node):
    pass


@object_type(BidderOut, name="ProcurementBidder")
class Bidder(Node):
    pass


@object_type(DescriptorOut, name="ProcurementScaleDescriptor")
class Descriptor:
    pass


@object_type(QuestionOut, name="ProcurementQuestion")
class Question(Node):
    pass


@object_type(PanelMemberOut, name="ProcurementPanelMember")
class PanelMember(Node):
    pass


@object_type(DeclarationOut, name="ProcurementDeclaration")
class Declaration(Node):
    pass


@object_type(ScoreChangeOut, name="ProcurementScoreChange")
class ScoreChange(Node):
    pass


@object_type(ScoreOut, name="ProcurementScore")
class Score(Node):
    pass


@object_type(AgreedScoreOut, name="ProcurementAgreedScore")
class AgreedScore(Node):
    pass


@object_type(StandingOut, name="ProcurementStanding")
class Standing:
    pass


@object_type(ResultsOut, name="ProcurementLotResults")
class Results:
    pass


@input_type(ProcurementCreate, name="CreateProcurementInput")
class CreateProcurementInput:
    pass


@input_type(LotCreate, name="CreateProcurementLotInput")
class CreateLotInput:
    pass


@input_type(BidderCreate, name="AddLotBidderInput")
class AddBidderInput:
    pass


@input_type(QuestionCreate, name="AddLotQuestionInput")
class AddQuestionInput:
    pass


@input_type(PanelMemberCreate, name="AddLotPanelMemberInput")
class AddPanelMemberInput:
    pass


@input_type(Removal, name="RemoveLotPanelMemberInput")
class RemovalInput:
    pass


@input_type(DeclarationInput, name="LotDeclarationInput")
class LotDeclarationInput:
    pass


@input_type(DeclarationsInput, name="DeclareLotConnectionsInput")
class DeclareInput:
    pass


@input_type(ScoreInput, name="SaveLotScoreInput")
class SaveScoreInput:
    pass


@input_type(AgreedScoreInput, name="RecordAgreedScoreInput")
class RecordAgreedInput:
    pass


async def lot_nodes(session: AsyncSession, actor: Actor, rows: list[db.Lot]) -> list[Lot]:
    found = await panels.mixes(session, actor, [r.id for r in rows])
    return [node(Lot, LotOut.model_validate(lot_fields(r, found[r.id]))) for r in rows]


async def member_nodes(session: AsyncSession, rows: list[db.PanelMember]) -> list[PanelMember]:
    declared = await panels.declared_bidders(session, [r.id for r in rows])
    return [node(PanelMember, member_fields(r, declared[r.id])) for r in rows]

"""Equality monitoring over GraphQL: the same domain functions and views as REST. The
caller's answers are reachable only as ``myEqualityAnswers``; reports hold counts alone."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

import strawberry
from strawberry.scalars import JSON

from app.api.graphql import fields
from app.api.graphql.context import Info
from app.api.graphql.derive import Node, input_type, node, nodes, object_type
from app.api.graphql.inputs import _wire, to_domain
from app.api.views import equality as views
from app.domain.equality import answers, population, questions, reports, schemas


@object_type(views.MonitoringOptionOut, name="MonitoringOption")
class MonitoringOption:
    pass


@object_type(views.MonitoringQuestionOut, name="MonitoringQuestion")
class MonitoringQuestion(Node):
    pass


@object_type(views.EqualityAnswerOut, name="EqualityAnswer")
class EqualityAnswer:
    pass


@object_type(views.MyEqualityAnswersOut, name="MyEqualityAnswers")
class MyEqualityAnswers:
    pass


@object_type(views.PopulationFiguresOut, name="PopulationFigures")
class PopulationFigures(Node):
    values: JSON


@object_type(views.EqualityReportCellOut, name="EqualityReportCell")
class EqualityReportCell:
    pass


@object_type(views.EqualityQuestionReportOut, name="EqualityQuestionReport")
class EqualityQuestionReport:
    pass


@object_type(views.EqualityReportOut, name="EqualityReport")
class EqualityReport:
    pass


@input_type(schemas.MonitoringOptionInput, name="MonitoringOptionInput")
class MonitoringOptionInput:
    pass


@input_type(schemas.MonitoringQuestionCreate, name="AddMonitoringQuestionInput")
class AddMonitoringQuestionInput:
    pass


@input_type(schemas.EqualityAnswerInput, name="EqualityAnswerInput")
class EqualityAnswerInput:
    pass


@input_type(schemas.EqualityAnswersSet, name="SetEqualityAnswersInput")
class SetEqualityAnswersInput:
    pass


@input_type(schemas.PopulationFiguresCreate, name="AddPopulationFiguresInput", exclude=("values",))
class AddPopulationFiguresInput:
    pass


@strawberry.input(description="One option's share of the population served.")
class PopulationValueInput:
    option: str = strawberry.field(description="The option's key.")
    value: float = strawberry.field(description="A percentage or a count, as `kind` says.")


def _mine(rows: list[object]) -> MyEqualityAnswers:
    return node(MyEqualityAnswers, {"answers": rows})


@strawberry.type
class EqualityQueries:
    @fields.field(description="The Equality Act 2010 characteristics, then your own questions.")
    async def equality_questions(self, info: Info) -> list[MonitoringQuestion]:
        async with info.context.reading() as session:
            found = await questions.list_questions(session, info.context.actor)
        return nodes(MonitoringQuestion, found)

    @fields.field(description="Your own monitoring answers; nobody else can read them.")
    async def my_equality_answers(self, info: Info) -> MyEqualityAnswers:
        async with info.context.reading() as session:
            rows = await answers.my_answers(session, info.context.actor)
        return _mine(list(rows))

    @fields.field(description="Population figures entered, newest first (coordinators).")
    async def population_figures(
        self, info: Info, question_id: uuid.UUID | None = None
    ) -> list[PopulationFigures]:
        async with info.context.reading() as session:
            rows = await population.list_figures(session, info.context.actor, question_id)
        return nodes(PopulationFigures, rows)

    @fields.field(
        description="A board's members' answers in aggregate, beside the population's: "
        "current members, or those active on `asOf`. Small counts are null."
    )
    async def board_equality_report(
        self, info: Info, board_id: uuid.UUID, as_of: date | None = None
    ) -> EqualityReport:
        async with info.context.reading() as session:
            found = await reports.board_report(session, info.context.actor, board_id, as_of)
        return node(EqualityReport, found)

    @fields.field(description="A seat pool's answers in aggregate; small counts are null.")
    async def seat_equality_report(self, info: Info, seat_id: uuid.UUID) -> EqualityReport:
        async with info.context.reading() as session:
            found = await reports.seat_report(session, info.context.actor, seat_id)
        return node(EqualityReport, found)

    @fields.field(description="An election's nominees' answers in aggregate.")
    async def election_equality_report(self, info: Info, election_id: uuid.UUID) -> EqualityReport:
        async with info.context.reading() as session:
            found = await reports.election_report(session, info.context.actor, election_id)
        return node(EqualityReport, found)

    @fields.field(description="A procurement lot's panel's answers in aggregate.")
    async def panel_equality_report(self, info: Info, lot_id: uuid.UUID) -> EqualityReport:
        async with info.context.reading() as session:
            found = await reports.panel_report(session, info.context.actor, lot_id)
        return node(EqualityReport, found)


@strawberry.type
class EqualityMutations:
    @fields.mutation(description="Add a monitoring question of your own (coordinators).")
    async def add_monitoring_question(
        self, info: Info, input: AddMonitoringQuestionInput
    ) -> MonitoringQuestion:
        data = to_domain(schemas.MonitoringQuestionCreate, input)
        async with info.context.writing() as session:
            made = await questions.add_question(session, info.context.actor, data)
        return node(MonitoringQuestion, made)

    @fields.mutation(
        description="Give or change your monitoring answers: they replace all you gave."
    )
    async def set_my_equality_answers(
        self, info: Info, input: SetEqualityAnswersInput
    ) -> MyEqualityAnswers:
        data = to_domain(schemas.EqualityAnswersSet, input)
        async with info.context.writing() as session:
            rows = await answers.set_my_answers(session, info.context.actor, data)
        return _mine(list(rows))

    @fields.mutation(description="Withdraw every monitoring answer you gave. Returns true.")
    async def withdraw_my_equality_answers(self, info: Info) -> bool:
        async with info.context.writing() as session:
            await answers.withdraw_my_answers(session, info.context.actor)
        return True

    @fields.mutation(description="Enter the population's make-up for one question.")
    async def add_population_figures(
        self,
        info: Info,
        input: AddPopulationFiguresInput,
        values: Annotated[
            list[PopulationValueInput],
            strawberry.argument(description="Each option's percentage or count."),
        ],
    ) -> PopulationFigures:
        wired = _wire(input)
        assert isinstance(wired, dict)
        given = {v.option: v.value for v in values}
        data = schemas.PopulationFiguresCreate.model_validate({**wired, "values": given})
        async with info.context.writing() as session:
            row = await population.add_figures(session, info.context.actor, data)
        return node(PopulationFigures, row)

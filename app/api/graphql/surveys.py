"""Members' voice surveys over GraphQL: the same domain functions as REST, types derived
from ``app/api/views/surveys.py``."""

from __future__ import annotations

import uuid

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from app.api.graphql import fields
from app.api.graphql.connections import Connection, connection, page_request
from app.api.graphql.context import Info
from app.api.graphql.derive import Node, input_type, node, object_type
from app.api.graphql.inputs import to_domain
from app.api.views import surveys as views
from app.db import models as db
from app.domain.actors import Actor
from app.domain.pagination import DEFAULT_LIMIT
from app.domain.surveys import responding, results, service
from app.domain.surveys import schemas as domain


@object_type(views.SurveyQuestionOut, name="SurveyQuestion")
class SurveyQuestion(Node):
    pass


@object_type(views.SurveyOut, name="Survey")
class Survey(Node):
    pass


@object_type(views.SurveyQuestionResultOut, name="SurveyQuestionResult")
class SurveyQuestionResult:
    pass


@object_type(views.SurveyResultsOut, name="SurveyResults")
class SurveyResults:
    pass


@input_type(domain.QuestionInput, name="SurveyQuestionInput")
class SurveyQuestionInput:
    pass


@input_type(domain.SurveyCreate, name="CreateSurveyInput")
class CreateSurveyInput:
    pass


@input_type(domain.AnswerInput, name="SurveyAnswerInput")
class SurveyAnswerInput:
    pass


@input_type(domain.SurveyResponseCreate, name="SurveyResponseInput")
class SurveyResponseInput:
    pass


async def _nodes(session: AsyncSession, actor: Actor, rows: list[db.Survey]) -> list[Survey]:
    return [
        node(Survey, views.survey_out(*row)) for row in await service.details(session, actor, rows)
    ]


async def _one(session: AsyncSession, actor: Actor, row: db.Survey) -> Survey:
    return (await _nodes(session, actor, [row]))[0]


@strawberry.type
class SurveyQueries:
    @strawberry.field
    async def survey(self, info: Info, id: uuid.UUID) -> Survey | None:
        actor = info.context.actor
        async with info.context.reading() as session:
            return await _one(session, actor, await service.get_survey(session, actor, id))

    @fields.field(
        description="A board's surveys: all for coordinators, open and closed ones for members."
    )
    async def surveys(
        self, info: Info, board_id: uuid.UUID, first: int = DEFAULT_LIMIT, after: str | None = None
    ) -> Connection[Survey] | None:
        request = page_request(first, after)
        actor = info.context.actor
        async with info.context.reading() as session:
            page = await service.list_board_surveys(session, actor, board_id, request)
            found = await _nodes(session, actor, page.items)
        return connection(found, page.next_cursor, after)

    @fields.field(description="The open surveys of your boards.")
    async def my_surveys(self, info: Info) -> list[Survey]:
        actor = info.context.actor
        async with info.context.reading() as session:
            return await _nodes(session, actor, await service.my_open_surveys(session, actor))

    @fields.field(description="Results in aggregate once the survey has closed.")
    async def survey_results(self, info: Info, id: uuid.UUID) -> SurveyResults:
        async with info.context.reading() as session:
            found = await results.results(session, info.context.actor, id)
        return node(SurveyResults, views.results_out(found))


@strawberry.type
class SurveyMutations:
    @fields.mutation(description="Draft a survey of a board.")
    async def create_survey(
        self, info: Info, board_id: uuid.UUID, input: CreateSurveyInput
    ) -> Survey:
        data = to_domain(domain.SurveyCreate, input)
        actor = info.context.actor
        async with info.context.writing() as session:
            row = await service.create_survey(session, actor, board_id, data)
            return await _one(session, actor, row)

    @fields.mutation(description="Open a draft survey for answers (survey.opened).")
    async def open_survey(self, info: Info, id: uuid.UUID) -> Survey:
        actor = info.context.actor
        async with info.context.writing() as session:
            return await _one(session, actor, await service.open_survey(session, actor, id))

    @fields.mutation(description="Stop taking answers (survey.closed).")
    async def close_survey(self, info: Info, id: uuid.UUID) -> Survey:
        actor = info.context.actor
        async with info.context.writing() as session:
            return await _one(session, actor, await service.close_survey(session, actor, id))

    @fields.mutation(description="Answer an open survey of your board, once.")
    async def respond_to_survey(
        self, info: Info, survey_id: uuid.UUID, input: SurveyResponseInput
    ) -> Survey:
        data = to_domain(domain.SurveyResponseCreate, input)
        actor = info.context.actor
        async with info.context.writing() as session:
            row = await responding.respond(session, actor, survey_id, data)
            return await _one(session, actor, row)

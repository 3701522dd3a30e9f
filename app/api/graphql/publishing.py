"""Standing agenda items and a board's publishing settings over GraphQL: the same domain
functions as ``standing_items.py`` and ``publishing.py`` on REST. The public page itself
is REST only (``/public/boards/{slug}``): GraphQL answers signed-in callers only."""

from __future__ import annotations

import uuid

import strawberry

from app.api.graphql import fields
from app.api.graphql.context import Info
from app.api.graphql.derive import input_type, node, object_type
from app.api.graphql.inputs import Version, to_domain
from app.api.views import publishing as views
from app.domain.meetings import schemas as meeting_inputs
from app.domain.meetings import standing
from app.domain.publishing import schemas as domain
from app.domain.publishing import settings


@object_type(views.StandingItemOut, name="StandingAgendaItem")
class StandingAgendaItem:
    pass


@object_type(views.PublicationOut, name="BoardPublication")
class BoardPublication:
    pass


@input_type(meeting_inputs.StandingItemCreate, name="CreateStandingAgendaItemInput")
class CreateStandingAgendaItemInput:
    pass


@input_type(meeting_inputs.StandingItemUpdate, name="UpdateStandingAgendaItemInput")
class UpdateStandingAgendaItemInput:
    pass


@input_type(domain.PublicationInput, name="BoardPublicationInput")
class BoardPublicationInput:
    pass


@strawberry.type
class PublishingQueries:
    @fields.field(description="A board's standing agenda items, in order.")
    async def standing_agenda_items(
        self, info: Info, board_id: uuid.UUID
    ) -> list[StandingAgendaItem]:
        async with info.context.reading() as session:
            rows = await standing.list_items(session, info.context.actor, board_id)
        return [node(StandingAgendaItem, r) for r in rows]

    @fields.field(description="Whether a board's record is public, and at which slug.")
    async def board_publication(self, info: Info, board_id: uuid.UUID) -> BoardPublication:
        async with info.context.reading() as session:
            row = await settings.get_publication(session, info.context.actor, board_id)
        return node(BoardPublication, views.publication_out(board_id, row))


@strawberry.type
class PublishingMutations:
    @fields.mutation(
        description="Coordinators add a standing item (at the end, or at `position`); "
        "meetings scheduled from now on start their agenda with it."
    )
    async def create_standing_agenda_item(
        self, info: Info, board_id: uuid.UUID, input: CreateStandingAgendaItemInput
    ) -> StandingAgendaItem:
        data = to_domain(meeting_inputs.StandingItemCreate, input)
        async with info.context.writing() as session:
            row = await standing.create_item(session, info.context.actor, board_id, data)
        return node(StandingAgendaItem, row)

    @fields.mutation(description="Only the fields sent are changed; meetings keep their copies.")
    async def update_standing_agenda_item(
        self, info: Info, id: uuid.UUID, version: Version, input: UpdateStandingAgendaItemInput
    ) -> StandingAgendaItem:
        data = to_domain(meeting_inputs.StandingItemUpdate, input)
        async with info.context.writing() as session:
            row = await standing.update_item(session, info.context.actor, id, data, version)
        return node(StandingAgendaItem, row)

    @fields.mutation(description="Returns the ID of the item removed.")
    async def delete_standing_agenda_item(self, info: Info, id: uuid.UUID) -> uuid.UUID:
        async with info.context.writing() as session:
            await standing.delete_item(session, info.context.actor, id)
        return id

    @fields.mutation(
        description="Opt a board in to a public page (board.published) or out "
        "(board.unpublished), with its slug and easy-read summary."
    )
    async def set_board_publication(
        self, info: Info, board_id: uuid.UUID, input: BoardPublicationInput
    ) -> BoardPublication:
        data = to_domain(domain.PublicationInput, input)
        async with info.context.writing() as session:
            row = await settings.set_publication(session, info.context.actor, board_id, data)
        return node(BoardPublication, views.publication_out(board_id, row))

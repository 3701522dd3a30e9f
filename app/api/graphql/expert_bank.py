"""The expert bank over GraphQL: the same domain functions and views as REST."""

from __future__ import annotations

import uuid
from datetime import date

import strawberry

from app.api.graphql import fields
from app.api.graphql.connections import Connection, connection, page_request
from app.api.graphql.context import Info
from app.api.graphql.derive import Node, input_type, node, object_type
from app.api.graphql.inputs import to_domain
from app.api.views.expert_bank import (
    BankTrainingOut,
    ExpertBankEntryOut,
    ShortlistExclusionOut,
    ShortlistOut,
    entry_out,
    shortlist_out,
)
from app.domain.pagination import DEFAULT_LIMIT
from app.domain.procurement import bank, shortlist
from app.domain.procurement.bank import BankView
from app.domain.procurement.schemas import ExpertBankInput, ExpertBankOnBehalf


@object_type(BankTrainingOut, name="ExpertBankTraining")
class BankTraining:
    pass


@object_type(ExpertBankEntryOut, name="ExpertBankEntry")
class ExpertBankEntry(Node):
    pass


@object_type(ShortlistExclusionOut, name="LotShortlistExclusion")
class ShortlistExclusion:
    pass


@object_type(ShortlistOut, name="LotShortlist")
class Shortlist:
    pass


@input_type(ExpertBankInput, name="ExpertBankEntryInput")
class EntryInput:
    pass


@input_type(ExpertBankOnBehalf, name="PersonExpertBankEntryInput")
class OnBehalfInput:
    pass


def _entry(view: BankView) -> ExpertBankEntry:
    return node(ExpertBankEntry, entry_out(view))


@strawberry.type
class ExpertBankQueries:
    @fields.field(description="The caller's own expert bank entry (NOT_FOUND until they join).")
    async def my_expert_bank_entry(self, info: Info) -> ExpertBankEntry | None:
        actor = info.context.actor
        async with info.context.reading() as session:
            return _entry(await bank.get_entry(session, actor, actor.id))

    @fields.field(description="A person's entry: themselves, coordinators and administrators.")
    async def person_expert_bank_entry(
        self, info: Info, person_id: uuid.UUID
    ) -> ExpertBankEntry | None:
        async with info.context.reading() as session:
            return _entry(await bank.get_entry(session, info.context.actor, person_id))

    @fields.field(description="Coordinators search the expert bank; filters combine.")
    async def expert_bank(
        self,
        info: Info,
        first: int = DEFAULT_LIMIT,
        after: str | None = None,
        skill: str | None = None,
        experience: str | None = None,
        trained: str | None = None,
        available_on: date | None = None,
    ) -> Connection[ExpertBankEntry] | None:
        request = page_request(first, after)
        async with info.context.reading() as session:
            page = await bank.search(
                session,
                info.context.actor,
                request,
                skill=skill,
                experience=experience,
                trained=trained,
                on=available_on,
            )
        return connection([_entry(v) for v in page.items], page.next_cursor, after)

    @fields.field(
        description="Bank members for a lot's panel, and those left out for a connection to "
        "one of its bidders or unavailability, with why (coordinators)."
    )
    async def lot_shortlist(self, info: Info, lot_id: uuid.UUID) -> Shortlist:
        async with info.context.reading() as session:
            found = await shortlist.shortlist(session, info.context.actor, lot_id)
        return node(Shortlist, shortlist_out(found))


@strawberry.type
class ExpertBankMutations:
    @fields.mutation(description="Join the expert bank, or replace what it holds.")
    async def set_my_expert_bank_entry(self, info: Info, input: EntryInput) -> ExpertBankEntry:
        data = to_domain(ExpertBankInput, input)
        actor = info.context.actor
        async with info.context.writing() as session:
            view, _ = await bank.put_entry(session, actor, actor.id, data)
        return _entry(view)

    @fields.mutation(description="Leave the expert bank: the entry is deleted.")
    async def leave_my_expert_bank(self, info: Info) -> bool:
        actor = info.context.actor
        async with info.context.writing() as session:
            await bank.leave(session, actor, actor.id)
        return True

    @fields.mutation(description="A coordinator puts a person in the bank with their consent.")
    async def set_person_expert_bank_entry(
        self, info: Info, person_id: uuid.UUID, input: OnBehalfInput
    ) -> ExpertBankEntry:
        data = to_domain(ExpertBankOnBehalf, input)
        async with info.context.writing() as session:
            view, _ = await bank.put_entry(session, info.context.actor, person_id, data)
        return _entry(view)

    @fields.mutation(description="A coordinator takes a person out of the bank.")
    async def leave_person_expert_bank(self, info: Info, person_id: uuid.UUID) -> bool:
        async with info.context.writing() as session:
            await bank.leave(session, info.context.actor, person_id)
        return True

"""Elections over GraphQL: the same domain functions as ``/boards/{id}/elections`` and
``/elections/{id}/...``. Paper tallies, a map of nomination IDs over REST, are a list of
``{nominationId, marks}`` here. There is no ballot type: a ballot is never shown, only
whether a receipt's ballot is in the box."""

from __future__ import annotations

import uuid

import strawberry

from app.api.graphql import fields
from app.api.graphql.connections import Connection, connection, page_request
from app.api.graphql.context import Info
from app.api.graphql.derive import Node, input_type, node, object_type
from app.api.graphql.inputs import to_domain
from app.api.views import elections as views
from app.db import models as db
from app.domain.elections import lifecycle, nominations, service, voting
from app.domain.elections import schemas as domain
from app.domain.elections.lifecycle import Step
from app.domain.errors import RuleViolation
from app.domain.pagination import DEFAULT_LIMIT


@object_type(views.EligibilityOut, name="ElectionEligibility")
class ElectionEligibility:
    pass


@object_type(views.ElectionTallyOut, name="ElectionTally")
class ElectionTally:
    pass


@object_type(views.StageOut, name="ElectionCountStage")
class ElectionCountStage:
    pass


@object_type(views.ResultOut, name="ElectionResult")
class ElectionResult:
    pass


@object_type(views.NominationOut, name="Nomination")
class Nomination(Node):
    pass


@object_type(views.ElectionOut, name="Election")
class Election(Node):
    @fields.field(description="Every nomination, oldest first.")
    async def nominations(self, info: Info) -> list[Nomination]:
        rows = await info.context.loaders.nominations.load(self.id)
        return [node(Nomination, row) for row in rows]


@object_type(views.BallotReceiptOut, name="BallotReceipt")
class BallotReceipt:
    pass


@object_type(views.ReceiptStatusOut, name="BallotReceiptStatus")
class BallotReceiptStatus:
    pass


@input_type(domain.EligibilityRules, name="EligibilityRulesInput")
class EligibilityRulesInput:
    pass


@input_type(domain.ElectionCreate, name="CreateElectionInput")
class CreateElectionInput:
    pass


@input_type(domain.NominationCreate, name="NominateInput")
class NominateInput:
    pass


@input_type(domain.BallotCast, name="CastBallotInput")
class CastBallotInput:
    pass


def election_node(row: db.Election) -> Election:
    return node(Election, views.election_data(row))


@strawberry.type
class ElectionQueries:
    @strawberry.field
    async def election(self, info: Info, id: uuid.UUID) -> Election | None:
        async with info.context.reading() as session:
            row = await service.get_election(session, info.context.actor, id)
        return election_node(row)

    @fields.field(description="A board's elections, oldest first.")
    async def elections(
        self, info: Info, board_id: uuid.UUID, first: int = DEFAULT_LIMIT, after: str | None = None
    ) -> Connection[Election] | None:
        request = page_request(first, after)
        async with info.context.reading() as session:
            page = await service.list_elections(session, info.context.actor, board_id, request)
        return connection([election_node(e) for e in page.items], page.next_cursor, after)

    @fields.field(
        description="Whether the ballot behind a receipt is in the box, and counted. Says "
        "nothing of what it chose."
    )
    async def ballot_receipt(
        self, info: Info, election_id: uuid.UUID, receipt: str
    ) -> BallotReceiptStatus:
        data = domain.ReceiptCheck(receipt=receipt)
        async with info.context.reading() as session:
            status = await voting.check_receipt(session, info.context.actor, election_id, data)
        return node(BallotReceiptStatus, {"found": status.found, "counted": status.counted})


async def _step(info: Info, id: uuid.UUID, step: Step) -> Election:
    async with info.context.writing() as session:
        row = await lifecycle.take_step(session, info.context.actor, id, step)
    return election_node(row)


@strawberry.input(description="The marks one candidate has on the paper ballots.")
class PaperTallyInput:
    nomination_id: uuid.UUID
    marks: int


@strawberry.type
class ElectionMutations:
    @fields.mutation(description="Set up an election of a board, in draft. Staff.")
    async def create_election(
        self, info: Info, board_id: uuid.UUID, input: CreateElectionInput
    ) -> Election:
        data = to_domain(domain.ElectionCreate, input)
        async with info.context.writing() as session:
            row = await service.create_election(session, info.context.actor, board_id, data)
        return election_node(row)

    @fields.mutation(description="Draft to nominations. Staff.")
    async def open_election_nominations(self, info: Info, id: uuid.UUID) -> Election:
        return await _step(info, id, Step.OPEN_NOMINATIONS)

    @fields.mutation(
        description="Check every candidate again, draw the tie-break seed, open voting. Staff."
    )
    async def open_election_voting(self, info: Info, id: uuid.UUID) -> Election:
        return await _step(info, id, Step.OPEN_VOTING)

    @fields.mutation(description="No more ballots. Staff.")
    async def close_election_voting(self, info: Info, id: uuid.UUID) -> Election:
        return await _step(info, id, Step.CLOSE_VOTING)

    @fields.mutation(description="Count, publishing every stage. Staff.")
    async def count_election(self, info: Info, id: uuid.UUID) -> Election:
        return await _step(info, id, Step.COUNT)

    @fields.mutation(description="Declare the result: memberships take the role and term. Staff.")
    async def declare_election(self, info: Info, id: uuid.UUID) -> Election:
        return await _step(info, id, Step.DECLARE)

    @fields.mutation(description="Close a declared election after its challenge window.")
    async def close_election(self, info: Info, id: uuid.UUID) -> Election:
        return await _step(info, id, Step.CLOSE)

    @fields.mutation(description="Cancel an election before its declaration. Staff.")
    async def cancel_election(self, info: Info, id: uuid.UUID) -> Election:
        return await _step(info, id, Step.CANCEL)

    @fields.mutation(
        description="The returning officer enters the marks on the paper ballots (a prison "
        "wing), during voting or before the count; entering them again needs a new "
        "confirmation. Each nomination once. Staff."
    )
    async def enter_paper_tallies(
        self, info: Info, election_id: uuid.UUID, tallies: list[PaperTallyInput]
    ) -> Election:
        marks = {str(t.nomination_id): t.marks for t in tallies}
        if len(marks) != len(tallies):
            raise RuleViolation.field("/tallies", "Give each nomination's marks once.")
        data = domain.PaperTallies.model_validate({"tallies": marks})
        async with info.context.writing() as session:
            row = await voting.enter_paper_tallies(session, info.context.actor, election_id, data)
        return election_node(row)

    @fields.mutation(
        description="A second member of staff, not the one who entered them, confirms the "
        "paper tallies."
    )
    async def confirm_paper_tallies(self, info: Info, election_id: uuid.UUID) -> Election:
        async with info.context.writing() as session:
            row = await voting.confirm_paper_tallies(session, info.context.actor, election_id)
        return election_node(row)

    @fields.mutation(description="Stand, or nominate another member, while nominations are open.")
    async def nominate(
        self, info: Info, election_id: uuid.UUID, input: NominateInput
    ) -> Nomination:
        data = to_domain(domain.NominationCreate, input)
        async with info.context.writing() as session:
            row = await nominations.nominate(session, info.context.actor, election_id, data)
        return node(Nomination, row)

    @fields.mutation(description="Second a nomination (not the candidate nor the nominator).")
    async def second_nomination(self, info: Info, id: uuid.UUID) -> Nomination:
        async with info.context.writing() as session:
            row = await nominations.second(session, info.context.actor, id)
        return node(Nomination, row)

    @fields.mutation(description="The candidate, or staff, withdraws before voting opens.")
    async def withdraw_nomination(self, info: Info, id: uuid.UUID) -> Nomination:
        async with info.context.writing() as session:
            row = await nominations.withdraw(session, info.context.actor, id)
        return node(Nomination, row)

    @fields.mutation(
        description="Vote, once. The receipt is shown only in this answer: keep it to check "
        "later that your ballot was counted."
    )
    async def cast_ballot(
        self, info: Info, election_id: uuid.UUID, input: CastBallotInput
    ) -> BallotReceipt:
        data = to_domain(domain.BallotCast, input)
        async with info.context.writing() as session:
            receipt = await voting.cast(session, info.context.actor, election_id, data)
        return node(BallotReceipt, {"election_id": receipt.election_id, "receipt": receipt.receipt})

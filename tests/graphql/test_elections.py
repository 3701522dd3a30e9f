"""Elections over GraphQL: the essentials (one FPTP election end to end), and that no
type or field can link a voter to a ballot."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from graphql import GraphQLObjectType
from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.api.graphql.schema import schema
from app.db.models import IdempotencyRecord, Organisation
from tests import factories
from tests.factories import Caller
from tests.graphql.helpers import gql, nodes, ok, only_error
from tests.support import StatementCounter

ELECTION = """
fragment E on Election {
  id phase places
  nominations { id personId status }
  result { quota ballots elected stages { number action tallies { nominationId votes } } }
}
"""


async def test_an_election_from_creation_to_declaration(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    app: FastAPI,
    org: Organisation,
    coordinator: Caller,
) -> None:
    board = await factories.board(db, org)
    people = [await factories.person(db, org) for _ in range(3)]
    for person in people:
        await factories.membership(db, board, person)
    voters = [factories.token_for(app, p) for p in people]
    created = ok(
        await gql(
            client,
            coordinator,
            ELECTION + "mutation($b: UUID!) { createElection(boardId: $b, input: "
            '{title: "Secretary", role: SECRETARY, method: FPTP, '
            "eligibility: {maxTerms: 2, conflictingRoles: [CHAIR]}}) "
            "{ ...E eligibility { activeMember maxTerms conflictingRoles } } }",
            {"b": str(board.id)},
        )
    )["createElection"]
    eid = created["id"]
    assert created["eligibility"] == {
        "activeMember": True,
        "maxTerms": 2,
        "conflictingRoles": ["CHAIR"],
    }
    ok(
        await gql(
            client, coordinator, f'mutation {{ openElectionNominations(id: "{eid}") {{ id }} }}'
        )
    )
    nominated = []
    for voter in voters[:2]:
        body = await gql(
            client,
            voter,
            "mutation($e: UUID!, $p: UUID!) { nominate(electionId: $e, input: {personId: $p}) "
            "{ id status } }",
            {"e": eid, "p": str(voter.id)},
        )
        nominated.append(ok(body)["nominate"]["id"])
    ok(await gql(client, coordinator, f'mutation {{ openElectionVoting(id: "{eid}") {{ id }} }}'))
    cast = (
        "mutation($e: UUID!, $c: [UUID!]!) "
        "{ castBallot(electionId: $e, input: {choices: $c}) { receipt } }"
    )
    receipts = []
    for voter, choice in zip(voters, [0, 1, 1], strict=True):
        # With an Idempotency-Key too: its record would hold the caller and a body hash.
        response = await client.post(
            "/graphql",
            json={"query": cast, "variables": {"e": eid, "c": [nominated[choice]]}},
            headers={**voter.headers, "Idempotency-Key": f"vote-{voter.id}"},
        )
        receipts.append(ok(response.json())["castBallot"]["receipt"])
    async with db() as session:
        assert await session.scalar(select(func.count()).select_from(IdempotencyRecord)) == 0
    only_error(await gql(client, voters[0], cast, {"e": eid, "c": [nominated[0]]}), "CONFLICT")
    for step in ("closeElectionVoting", "countElection", "declareElection"):
        ok(await gql(client, coordinator, f'mutation {{ {step}(id: "{eid}") {{ id }} }}'))
    read = ok(
        await gql(
            client,
            voters[2],
            ELECTION + "query($e: UUID!, $r: String!) { election(id: $e) { ...E } "
            "ballotReceipt(electionId: $e, receipt: $r) { found counted } }",
            {"e": eid, "r": receipts[2]},
        )
    )
    election = read["election"]
    assert election["phase"] == "DECLARED"
    assert election["result"]["elected"] == [nominated[1]]
    assert election["result"]["ballots"] == 3
    statuses = {n["id"]: n["status"] for n in election["nominations"]}
    assert statuses == {nominated[0]: "NOT_ELECTED", nominated[1]: "ELECTED"}
    assert read["ballotReceipt"] == {"found": True, "counted": True}


def test_no_graphql_type_names_a_ballot_or_links_a_voter_to_one() -> None:
    types = schema._schema.type_map
    for name, kind in types.items():
        if not isinstance(kind, GraphQLObjectType) or name.startswith("__"):
            continue
        assert "ballot" not in name.lower() or name in {"BallotReceipt", "BallotReceiptStatus"}
        assert "choices" not in kind.fields
    assert set(types["BallotReceipt"].fields) == {"electionId", "receipt"}  # type: ignore[attr-defined]
    assert set(types["BallotReceiptStatus"].fields) == {"found", "counted"}  # type: ignore[attr-defined]


async def test_elections_with_their_nominations_cost_the_same_for_one_or_five(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    app: FastAPI,
    org: Organisation,
    coordinator: Caller,
    statements: StatementCounter,
) -> None:
    query = (
        "query($b: UUID!) { elections(boardId: $b) "
        "{ edges { node { id nominations { id personId } } } } }"
    )
    counts = []
    for size in (1, 5):
        board = await factories.board(db, org)
        member = await factories.person(db, org)
        await factories.membership(db, board, member)
        for _ in range(size):
            made = ok(
                await gql(
                    client,
                    coordinator,
                    "mutation($b: UUID!) { createElection(boardId: $b, input: "
                    '{title: "Rep", role: REPRESENTATIVE, method: APPROVAL}) { id } }',
                    {"b": str(board.id)},
                )
            )["createElection"]["id"]
            ok(
                await gql(
                    client,
                    coordinator,
                    f'mutation {{ openElectionNominations(id: "{made}") {{ id }} }}',
                )
            )
            ok(
                await gql(
                    client,
                    coordinator,
                    "mutation($e: UUID!, $p: UUID!) { nominate(electionId: $e, "
                    "input: {personId: $p}) { id } }",
                    {"e": made, "p": str(member.id)},
                )
            )
        statements.reset()
        found = nodes(ok(await gql(client, coordinator, query, {"b": str(board.id)}))["elections"])
        assert [len(e["nominations"]) for e in found] == [1] * size
        counts.append(statements.count)
    assert counts == [4, 4]  # the actor, the board, the page, one batch of nominations


async def test_paper_tallies_are_entered_and_confirmed_by_two_people(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    app: FastAPI,
    org: Organisation,
    coordinator: Caller,
    admin: Caller,
) -> None:
    board = await factories.board(db, org)
    people = [await factories.person(db, org) for _ in range(2)]
    for person in people:
        await factories.membership(db, board, person)
    eid = ok(
        await gql(
            client,
            coordinator,
            "mutation($b: UUID!) { createElection(boardId: $b, input: "
            '{title: "Wing rep", role: REPRESENTATIVE, method: FPTP, paperBallots: true}) '
            "{ id } }",
            {"b": str(board.id)},
        )
    )["createElection"]["id"]
    ok(
        await gql(
            client, coordinator, f'mutation {{ openElectionNominations(id: "{eid}") {{ id }} }}'
        )
    )
    nominee = ok(
        await gql(
            client,
            factories.token_for(app, people[0]),
            "mutation($e: UUID!, $p: UUID!) { nominate(electionId: $e, input: {personId: $p}) "
            "{ id } }",
            {"e": eid, "p": str(people[0].id)},
        )
    )["nominate"]["id"]
    for step in ("openElectionVoting", "closeElectionVoting"):
        ok(await gql(client, coordinator, f'mutation {{ {step}(id: "{eid}") {{ id }} }}'))
    enter = (
        "mutation($e: UUID!, $t: [PaperTallyInput!]!) { enterPaperTallies(electionId: $e, "
        "tallies: $t) { paperTalliesEntered paperTalliesConfirmed } }"
    )
    twice = [{"nominationId": nominee, "marks": 4}, {"nominationId": nominee, "marks": 5}]
    only_error(await gql(client, coordinator, enter, {"e": eid, "t": twice}), "RULE_VIOLATION")
    entered = ok(
        await gql(
            client, coordinator, enter, {"e": eid, "t": [{"nominationId": nominee, "marks": 7}]}
        )
    )["enterPaperTallies"]
    assert entered == {"paperTalliesEntered": True, "paperTalliesConfirmed": False}
    confirm = f'mutation {{ confirmPaperTallies(electionId: "{eid}") {{ paperTalliesConfirmed }} }}'
    # Not the one who entered them: a second person confirms.
    only_error(await gql(client, coordinator, confirm), "FORBIDDEN")
    assert ok(await gql(client, admin, confirm))["confirmPaperTallies"] == {
        "paperTalliesConfirmed": True
    }
    counted = ok(
        await gql(
            client,
            coordinator,
            f'mutation {{ countElection(id: "{eid}") {{ result {{ paperMarks elected }} }} }}',
        )
    )["countElection"]["result"]
    assert counted == {"paperMarks": 7, "elected": [nominee]}

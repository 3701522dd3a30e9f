"""Procurement over GraphQL: the same rules as REST, through the same domain."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests.api.procurement_setup import declare_clear, evaluate, moderated, panel
from tests.graphql.helpers import gql, nodes, ok, only_error

SCORE = """mutation($lot: UUID!, $input: SaveLotScoreInput!) {
  saveLotScore(lotId: $lot, input: $input) { score rationale changes { fromScore reason } }
}"""


async def test_panels_bidders_and_sealed_scores(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    p = await panel(db, app, client)
    lot = {"lot": p.lot["id"]}
    bidders = "query($lot: UUID!) { lotBidders(lotId: $lot) { name } }"
    seen = ok(await gql(client, p.expert, bidders, lot))["lotBidders"]
    assert [b["name"] for b in seen] == ["Acme Care Ltd", "Better Futures CIC"]
    only_error(await gql(client, p.other, bidders, lot), "NOT_FOUND")
    listed = ok(
        await gql(
            client,
            p.other,
            "query($id: UUID!) { procurementLots(procurementId: $id) { title mix { complete } } }",
            {"id": p.procurement["id"]},
        )
    )["procurementLots"]
    assert listed == [{"title": "South", "mix": {"complete": False}}]
    mine = ok(await gql(client, p.bystander, "{ procurements { edges { node { id } } } }"))
    assert nodes(mine["procurements"]) == []

    await evaluate(client, p)
    body = {
        "bidderId": p.bidders[0]["id"],
        "questionId": p.questions[0]["id"],
        "score": 7,
        "rationale": "Strong",
    }
    only_error(await gql(client, p.expert, SCORE, {**lot, "input": body}), "FORBIDDEN")
    await declare_clear(client, p, p.expert)
    refused = only_error(
        await gql(client, p.expert, SCORE, {**lot, "input": body}), "RULE_VIOLATION"
    )
    assert refused["extensions"]["errors"][0]["pointer"] == "/score"
    saved = ok(await gql(client, p.expert, SCORE, {**lot, "input": {**body, "score": 3}}))
    assert saved["saveLotScore"]["score"] == 3
    sealed = "query($lot: UUID!) { lotScores(lotId: $lot) { score } }"
    only_error(await gql(client, p.chair, sealed, lot), "FORBIDDEN")
    only_error(await gql(client, p.coordinator, sealed, lot), "FORBIDDEN")
    open_moderation = "mutation($lot: UUID!) { openLotModeration(lotId: $lot) { phase } }"
    # Not before the chair has declared; then not while scorers have not submitted.
    only_error(await gql(client, p.chair, open_moderation, lot), "FORBIDDEN")
    await declare_clear(client, p, p.chair)
    only_error(await gql(client, p.chair, open_moderation, lot), "CONFLICT")


AGREE = """mutation($lot: UUID!, $input: RecordAgreedScoreInput!) {
  recordAgreedScore(lotId: $lot, input: $input) { score differenceReason }
}"""


async def test_moderation_agreed_scores_and_results(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    p = await panel(db, app, client)
    await moderated(client, p)
    lot = {"lot": p.lot["id"]}
    scores = ok(
        await gql(client, p.expert, "query($lot: UUID!) { lotScores(lotId: $lot) { score } }", lot)
    )
    assert len(scores["lotScores"]) == 10
    for b, bidder in enumerate(p.bidders):
        for question in p.questions:
            body = {
                "bidderId": bidder["id"],
                "questionId": question["id"],
                "score": 4 - b,
                "rationale": "Agreed",
                "differenceReason": "Discussed at the meeting",
            }
            ok(await gql(client, p.chair, AGREE, {**lot, "input": body}))
    results = ok(
        await gql(
            client,
            p.professional,
            """query($lot: UUID!) {
                 lotResults(lotId: $lot) {
                   phase standings { bidderName total maxTotal rank tied complete }
                 }
               }""",
            lot,
        )
    )["lotResults"]
    assert results["phase"] == "MODERATING"
    assert [(s["bidderName"], s["total"], s["rank"]) for s in results["standings"]] == [
        ("Acme Care Ltd", 16, 1),
        ("Better Futures CIC", 12, 2),
    ]
    concluded = ok(
        await gql(
            client, p.chair, "mutation($lot: UUID!) { concludeLot(lotId: $lot) { phase } }", lot
        )
    )
    assert concluded["concludeLot"]["phase"] == "CONCLUDED"

"""Independent scoring and moderation over REST: scores stay sealed until each has
submitted and the chair opens moderation; late changes keep the earlier value; agreed
scores explain a difference; weighted totals and ranks; the CSV trail."""

from __future__ import annotations

import csv
import io

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.models import OutboxEvent
from tests.api.helpers import problem
from tests.api.procurement_setup import declare_clear, evaluate, get, panel, post, score, scored


async def test_a_score_off_the_scale_names_the_field(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    p = await panel(db, app, client)
    await evaluate(client, p)
    await declare_clear(client, p, p.expert)
    body = problem(await score(client, p.expert, p, 0, 0, 5), 422, "rule-violation")
    assert [e["pointer"] for e in body["errors"]] == ["/score"]
    assert "0 to 4" in body["errors"][0]["detail"]
    # The chair does not score question 2.
    await declare_clear(client, p, p.chair)
    unasked = problem(await score(client, p.chair, p, 0, 1, 2), 422)
    assert [e["pointer"] for e in unasked["errors"]] == ["/questionId"]


async def test_scores_stay_sealed_until_submitted_and_moderation_opens(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    p = await panel(db, app, client)
    await scored(client, p)
    lot_id = p.lot["id"]
    scores = f"/lots/{lot_id}/scores"
    # Drafts change freely; the member sees only their own.
    assert (await score(client, p.expert, p, 1, 1, 1)).status_code == 200
    own = (await get(client, p.expert, f"/lots/{lot_id}/my-scores")).json()
    assert len(own) == 4
    assert {s["memberId"] for s in own} == {p.members["e"]["id"]}
    assert all(s["changes"] == [] for s in own)
    for who in (p.expert, p.chair, p.coordinator):
        problem(await get(client, who, scores), 403, "forbidden")
    problem(await get(client, p.other, scores), 404)
    problem(await get(client, p.chair, f"/lots/{lot_id}/results"), 403)
    # Submitting seals; a change then needs a reason and keeps the earlier value.
    await post(client, p.expert, f"/lots/{lot_id}/my-scores/submit")
    problem(await get(client, p.expert, scores), 403)  # moderation not open yet
    unexplained = problem(await score(client, p.expert, p, 1, 1, 2), 422)
    assert [e["pointer"] for e in unexplained["errors"]] == ["/reason"]
    changed = await score(client, p.expert, p, 1, 1, 2, reason="Misread the pricing schedule")
    assert changed.status_code == 200, changed.text
    (history,) = changed.json()["changes"]
    assert (history["fromScore"], history["toScore"]) == (1, 2)
    assert history["reason"] == "Misread the pricing schedule"
    # The chair cannot open moderation while a scorer has not submitted.
    early = await client.post(f"/api/v1/lots/{lot_id}/moderation", headers=p.chair.headers)
    problem(early, 409, "conflict")
    await post(client, p.professional, f"/lots/{lot_id}/my-scores/submit")
    await post(client, p.chair, f"/lots/{lot_id}/my-scores/submit")
    not_chair = await client.post(
        f"/api/v1/lots/{lot_id}/moderation", headers=p.coordinator.headers
    )
    problem(not_chair, 403)
    lot = await post(client, p.chair, f"/lots/{lot_id}/moderation")
    assert lot["phase"] == "moderating"
    everyone = (await get(client, p.expert, scores)).json()
    assert len(everyone) == 10
    assert len((await get(client, p.coordinator, scores)).json()) == 10
    late = await score(client, p.expert, p, 0, 0, 1, reason="Second thoughts")
    problem(late, 409)


async def test_moderation_agrees_scores_ranks_bidders_and_exports_the_trail(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    p = await panel(db, app, client)
    await scored(client, p)
    lot_id = p.lot["id"]
    for who in (p.expert, p.professional, p.chair):
        await post(client, who, f"/lots/{lot_id}/my-scores/submit")
    # A late change, with a reason a spreadsheet would run if it were not made safe.
    formula = '=HYPERLINK("http://x.example/","Misread")'
    changed = await score(client, p.expert, p, 1, 1, 1, reason=formula)
    assert changed.status_code == 200, changed.text
    await post(client, p.chair, f"/lots/{lot_id}/moderation")

    def agreed(bidder: int, question: int, value: int, **extra: str) -> dict[str, object]:
        return {
            "bidderId": p.bidders[bidder]["id"],
            "questionId": p.questions[question]["id"],
            "score": value,
            "rationale": "Agreed at the meeting",
            **extra,
        }

    path = f"/api/v1/lots/{lot_id}/agreed-scores"
    # Individual scores were 4, 3 and 4: agreeing 4 needs a reason, since 3 differs.
    unexplained = await client.post(path, json=agreed(0, 0, 4), headers=p.chair.headers)
    assert [e["pointer"] for e in problem(unexplained, 422)["errors"]] == ["/differenceReason"]
    off_scale = await client.post(path, json=agreed(0, 0, 9), headers=p.chair.headers)
    assert [e["pointer"] for e in problem(off_scale, 422)["errors"]] == ["/score"]
    reason = {"differenceReason": "The professional had missed the peer-support model"}
    await post(client, p.chair, f"/lots/{lot_id}/agreed-scores", agreed(0, 0, 4, **reason))
    # Bidder 2 on question 1 was 2, 2, 2: the same score needs no reason.
    await post(client, p.chair, f"/lots/{lot_id}/agreed-scores", agreed(1, 0, 2))
    early = await client.post(f"/api/v1/lots/{lot_id}/conclusion", headers=p.chair.headers)
    problem(early, 409)
    await post(client, p.chair, f"/lots/{lot_id}/agreed-scores", agreed(0, 1, 0, **reason))
    # Totals: Acme 3x4 + 1x0 = 12; Better Futures 3x2 + 1x2 = 8 ... then tied at 12.
    await post(client, p.coordinator, f"/lots/{lot_id}/agreed-scores", agreed(1, 1, 4, **reason))
    # Agreed corrections replace the earlier agreed score.
    await post(client, p.chair, f"/lots/{lot_id}/agreed-scores", agreed(1, 0, 4, **reason))
    await post(client, p.chair, f"/lots/{lot_id}/agreed-scores", agreed(1, 1, 0, **reason))
    results = (await get(client, p.expert, f"/lots/{lot_id}/results")).json()
    assert [(s["bidderName"], s["total"], s["rank"], s["tied"]) for s in results["standings"]] == [
        ("Acme Care Ltd", 12, 1, True),
        ("Better Futures CIC", 12, 1, True),
    ]
    assert results["standings"][0]["maxTotal"] == 16
    await post(client, p.chair, f"/lots/{lot_id}/agreed-scores", agreed(1, 1, 1, **reason))
    results = (await get(client, p.expert, f"/lots/{lot_id}/results")).json()
    assert [(s["bidderName"], s["total"], s["rank"], s["tied"]) for s in results["standings"]] == [
        ("Better Futures CIC", 13, 1, False),
        ("Acme Care Ltd", 12, 2, False),
    ]
    concluded = await post(client, p.chair, f"/lots/{lot_id}/conclusion")
    assert concluded["phase"] == "concluded"

    # The trail: coordinators only.
    problem(await get(client, p.chair, f"/lots/{lot_id}/trail"), 403)
    answer = await get(client, p.coordinator, f"/lots/{lot_id}/trail")
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    kinds = [r["record"] for r in rows]
    assert kinds.count("panel_member") == 3
    assert kinds.count("individual") == 10
    assert kinds.count("agreed") == 4
    (change,) = [r for r in rows if r["record"] == "change"]
    assert (change["previousScore"], change["score"]) == ("2", "1")
    assert change["reason"] == "'" + formula
    assert change["bidder"] == "Better Futures CIC"
    assert change["member"]  # the person's name, for the panel's own record
    totals = [(r["bidder"], r["score"], r["reason"]) for r in rows if r["record"] == "total"]
    assert totals == [
        ("Better Futures CIC", "13", "rank 1 of 2; out of 16"),
        ("Acme Care Ltd", "12", "rank 2 of 2; out of 16"),
    ]
    acme_q1 = next(
        r
        for r in rows
        if r["record"] == "agreed"
        and r["bidder"] == "Acme Care Ltd"
        and r["question"].startswith("Q1")
    )
    assert acme_q1["score"] == "4"
    assert acme_q1["reason"].startswith("The professional")
    assert acme_q1["weight"] == "3"

    async with db() as session:
        kinds = [e.event_type for e in await session.scalars(select(OutboxEvent))]
        payloads = " ".join(str(e.payload) for e in await session.scalars(select(OutboxEvent)))
    phases = {"procurement.opened", "procurement.evaluation_started", "lot.scores_submitted"}
    assert phases <= set(kinds)
    assert kinds.count("lot.moderation_opened") == 1
    assert kinds.count("lot.concluded") == 1
    assert "Acme" not in payloads
    assert "Agreed at" not in payloads

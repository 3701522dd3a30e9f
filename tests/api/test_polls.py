"""Polls over REST: the lifecycle, voting rules, the count, and what links to them."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests import factories
from tests.api.helpers import problem
from tests.api.polls_setup import API, group, later, opened, step, vote
from tests.api.recommendations_setup import events
from tests.support import StatementCounter


async def test_a_board_chooses_its_next_focus_from_four_options(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    g = await group(db, app)
    poll = await opened(client, g, quorum=3)
    assert (poll["status"], poll["voterCount"]) == ("open", 0)
    housing, health = (o["id"] for o in poll["options"][:2])
    for who, choice in zip(g.members, (housing, housing, health), strict=True):
        assert (await vote(client, poll["id"], who, optionIds=[choice])).status_code == 200
    # Only the board's members vote, and only one option in a choose-one poll.
    problem(await vote(client, poll["id"], g.outsider, optionIds=[housing]), 403)
    problem(await vote(client, poll["id"], g.chair, optionIds=[housing, health]), 422)
    # No figures while voting runs, only turnout.
    early = (await client.get(f"{API}/polls/{poll['id']}/results", headers=g.chair.headers)).json()
    assert (early["counted"], early["voters"], early["tallies"]) == (False, 3, [])
    problem(
        await client.post(
            f"{API}/polls/{poll['id']}/decide", json={"reasons": "x"}, headers=g.chair.headers
        ),
        409,
        "invalid-transition",
    )

    await step(client, g, poll["id"], "close")
    problem(await vote(client, poll["id"], g.chair, optionIds=[housing]), 409)
    decided = await step(client, g, poll["id"], "decide", reasons="Most members chose it.")
    assert (decided["status"], decided["outcome"]) == ("decided", "agreed")
    assert (decided["outcomeOptionId"], decided["outcomeReasons"]) == (
        housing,
        "Most members chose it.",
    )
    results = (
        await client.get(f"{API}/polls/{poll['id']}/results", headers=g.chair.headers)
    ).json()
    assert results["quorumMet"] is True
    assert {t["optionId"]: t["votes"] for t in results["tallies"]}[housing] == 2
    # Every phase change is an event carrying IDs and state only.
    for kind, status in (("opened", "open"), ("closed", "closed"), ("decided", "decided")):
        (payload,) = await events(db, f"poll.{kind}")
        assert payload["pollId"] == poll["id"]
        assert payload["status"] == status
    assert (await events(db, "poll.decided"))[0]["outcomeOptionId"] == housing


async def test_without_quorum_or_with_a_tie_the_group_has_not_agreed(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    g = await group(db, app, size=2)
    short = await opened(client, g, quorum=3)
    await vote(client, short["id"], g.members[0], optionIds=[short["options"][0]["id"]])
    await step(client, g, short["id"], "close")
    assert (await step(client, g, short["id"], "decide", reasons="Too few"))["outcome"] == (
        "no_quorum"
    )
    tied = await opened(client, g, kind="approval")
    a, b = (o["id"] for o in tied["options"][:2])
    await vote(client, tied["id"], g.members[0], optionIds=[a, b])
    await vote(client, tied["id"], g.members[1], optionIds=[b, a])
    await step(client, g, tied["id"], "close")
    decided = await step(client, g, tied["id"], "decide", reasons="Level")
    assert (decided["outcome"], decided["outcomeOptionId"]) == ("tied", None)


async def test_a_ranked_poll_publishes_each_round_of_its_runoff(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    g = await group(db, app, size=3)
    poll = await opened(client, g, kind="ranked", options=["A", "B", "C"])
    a, b, c = (o["id"] for o in poll["options"])
    for who, order in zip([g.chair, *g.members], ([a], [b, c], [c, b], [c, b]), strict=True):
        assert (await vote(client, poll["id"], who, optionIds=order)).status_code == 200
    await step(client, g, poll["id"], "close")
    decided = await step(client, g, poll["id"], "decide", reasons="By instant runoff")
    assert decided["outcomeOptionId"] == c
    results = (
        await client.get(f"{API}/polls/{poll['id']}/results", headers=g.chair.headers)
    ).json()
    # Round one: A 1, B 1, C 2 of 4, no majority; A and B tie, B is listed later and goes.
    assert [r["eliminatedOptionId"] for r in results["rounds"]] == [b, None]
    assert {t["optionId"]: t["votes"] for t in results["rounds"][1]["tallies"]} == {a: 1, c: 3}


async def test_consent_needs_every_objection_met_or_the_proposal_amended(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    g = await group(db, app)
    poll = await opened(client, g, kind="consent", description="Meet monthly on Tuesdays.")
    pid = poll["id"]
    problem(await vote(client, pid, g.members[0], choice="object"), 422)  # no reason
    assert await vote(client, pid, g.members[0], choice="object", reason="I work Tuesdays")
    await vote(client, pid, g.members[1], choice="consent")
    (objection,) = (
        await client.get(f"{API}/polls/{pid}/objections", headers=g.chair.headers)
    ).json()
    assert (objection["reason"], objection["status"]) == ("I work Tuesdays", "open")
    # Amending the proposal starts a new round: the objection is superseded, answers void.
    etag = (await client.get(f"{API}/polls/{pid}", headers=g.chair.headers)).headers["etag"]
    amended = await client.patch(
        f"{API}/polls/{pid}",
        json={"description": "Meet monthly on Wednesdays."},
        headers={**g.chair.headers, "If-Match": etag},
    )
    assert (amended.json()["round"], amended.json()["voterCount"]) == (2, 0)
    assert (await events(db, "poll.amended"))[0]["round"] == 2
    await vote(client, pid, g.members[0], choice="object", reason="Still evenings?")
    await vote(client, pid, g.members[1], choice="consent")
    listed = (await client.get(f"{API}/polls/{pid}/objections", headers=g.chair.headers)).json()
    assert [o["status"] for o in listed] == ["superseded", "open"]
    # Someone else cannot withdraw it; the objector can, on a named poll.
    url = f"{API}/polls/{pid}/objections/{listed[1]['id']}"
    problem(
        await client.post(
            f"{url}/withdraw", json={"resolution": "x"}, headers=g.members[1].headers
        ),
        403,
    )
    live = (await client.get(f"{API}/polls/{pid}/results", headers=g.chair.headers)).json()
    assert (live["counted"], live["openObjections"], live["outcome"]) == (True, 1, "not_agreed")
    settled = await client.post(
        f"{url}/resolve", json={"resolution": "Daytime meetings"}, headers=g.chair.headers
    )
    assert settled.json()["status"] == "resolved"
    await step(client, g, pid, "close")
    decided = await step(client, g, pid, "decide", reasons="No objection stands.")
    assert decided["outcome"] == "agreed"


async def test_a_recommendation_carries_the_poll_that_agreed_it(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    g = await group(db, app, size=1)
    governance = await factories.board(db, g.org, "governance")
    poll = await opened(client, g, kind="consent", description="Ask for peer support.")
    body = {"title": "Peer support", "body": "Offer it.", "addressedToBoardId": str(governance.id)}
    url = f"{API}/boards/{g.board.id}/recommendations"
    # Not yet decided: it cannot say the group agreed.
    early = await client.post(
        url, json={**body, "agreedByPollId": poll["id"]}, headers=g.chair.headers
    )
    assert problem(early, 422)["errors"][0]["pointer"] == "/agreedByPollId"
    await vote(client, poll["id"], g.members[0], choice="consent")
    await step(client, g, poll["id"], "close")
    await step(client, g, poll["id"], "decide", reasons="All consented.")
    made = await client.post(
        url, json={**body, "agreedByPollId": poll["id"]}, headers=g.chair.headers
    )
    assert made.status_code == 201, made.text
    got = await client.get(f"{API}/recommendations/{made.json()['id']}", headers=g.chair.headers)
    assert got.json()["agreedByPollId"] == poll["id"]


async def test_a_community_event_poll_is_open_to_everyone_and_run_by_staff(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    g = await group(db, app, size=1)
    body = {
        "title": "Next focus",
        "kind": "options",
        "options": ["A", "B"],
        "closesAt": later(),
        "eventTitle": "Community day",
    }
    problem(await client.post(f"{API}/polls", json=body, headers=g.chair.headers), 403)
    made = await client.post(f"{API}/polls", json=body, headers=g.coordinator.headers)
    assert made.status_code == 201, made.text
    pid = made.json()["id"]
    problem(
        await client.post(f"{API}/polls/{pid}/close", headers=g.coordinator.headers),
        409,
        "invalid-transition",
    )
    await client.post(f"{API}/polls/{pid}/open", headers=g.coordinator.headers)
    # The outsider to every board takes part in the organisation's event.
    choice = made.json()["options"][0]["id"]
    assert (await vote(client, pid, g.outsider, optionIds=[choice])).status_code == 200
    listed = await client.get(f"{API}/polls", headers=g.outsider.headers)
    assert [p["id"] for p in listed.json()["items"]] == [pid]


async def test_a_page_of_polls_costs_the_same_statements_for_two_or_six(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
) -> None:
    g = await group(db, app, size=1)
    url = f"{API}/boards/{g.board.id}/polls"
    counts = []
    for total in (2, 6):
        while len((await client.get(url, headers=g.chair.headers)).json()["items"]) < total:
            poll = await opened(client, g)
            await vote(client, poll["id"], g.members[0], optionIds=[poll["options"][0]["id"]])
        statements.reset()
        page = await client.get(url, headers=g.chair.headers)
        assert all(p["voterCount"] == 1 and len(p["options"]) == 4 for p in page.json()["items"])
        counts.append(statements.count)
    assert counts[0] == counts[1], counts


async def test_who_runs_a_poll_and_what_a_partner_system_reads(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    g = await group(db, app, size=1)
    body = {"title": "Q", "kind": "consent", "closesAt": later(), "description": "Proposal"}
    url = f"{API}/boards/{g.board.id}/polls"
    problem(await client.post(url, json=body, headers=g.members[0].headers), 403)
    poll = await opened(client, g, kind="consent", description="Proposal")
    await vote(client, poll["id"], g.members[0], choice="object", reason="My own words")
    reader = factories.token_for(app, await factories.api_client(db, g.org, ["polls:read"]))
    seen = await client.get(f"{API}/polls/{poll['id']}/results", headers=reader.headers)
    assert seen.json()["objections"] == 1
    # The objection's words stay with the people of the organisation.
    problem(await client.get(f"{API}/polls/{poll['id']}/objections", headers=reader.headers), 403)
    problem(await client.post(f"{API}/polls/{poll['id']}/close", headers=reader.headers), 403)
    problem(await vote(client, poll["id"], reader, choice="consent"), 403)

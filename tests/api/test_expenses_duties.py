"""Segregation of duties: nobody decides a claim they had a hand in, whatever roles they
hold, on REST and GraphQL alike; and `onBehalf` says whether anyone but the claimant did."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests import factories
from tests.api.expenses_setup import API, Office, line, make_claim, office, step, upload
from tests.api.helpers import problem
from tests.factories import Caller
from tests.graphql.helpers import gql, only_error

APPROVE = "mutation($id: UUID!) { approveExpenseClaim(id: $id) { id } }"
ONE = "query($id: UUID!) { expenseClaim(id: $id) { allowedActions onBehalf } }"

Touch = Callable[[httpx.AsyncClient, Office, Caller], Awaitable[str]]


async def _draft(client: httpx.AsyncClient, o: Office) -> str:
    return str((await make_claim(client, o.claimant, line("public_transport", 900)))["id"])


async def _created(client: httpx.AsyncClient, o: Office, who: Caller) -> str:
    claim = await make_claim(client, who, line("public_transport", 900), personId=str(o.member.id))
    return str(claim["id"])


async def _edited(client: httpx.AsyncClient, o: Office, who: Caller) -> str:
    claim_id = await _draft(client, o)
    path = f"{API}/expense-claims/{claim_id}"
    etag = (await client.get(path, headers=who.headers)).headers["etag"]
    edited = await client.patch(
        path, json={"purpose": "Board, 3 March"}, headers={**who.headers, "If-Match": etag}
    )
    assert edited.status_code == 200, edited.text
    return claim_id


async def _line_added(client: httpx.AsyncClient, o: Office, who: Caller) -> str:
    claim_id = await _draft(client, o)
    added = await client.post(
        f"{API}/expense-claims/{claim_id}/items", json=line("parking", 400), headers=who.headers
    )
    assert added.status_code == 201, added.text
    return claim_id


async def _receipt_added(client: httpx.AsyncClient, o: Office, who: Caller) -> str:
    claim_id = await _draft(client, o)
    uploaded = await upload(client, who, claim_id)
    assert uploaded.status_code == 201, uploaded.text
    return claim_id


async def _submitted(client: httpx.AsyncClient, o: Office, who: Caller) -> str:
    claim_id = await _draft(client, o)
    await step(client, who, claim_id, "submit")
    return claim_id


async def _submit(client: httpx.AsyncClient, o: Office, claim_id: str) -> None:
    current = await client.get(f"{API}/expense-claims/{claim_id}", headers=o.claimant.headers)
    if current.json()["status"] != "submitted":
        await step(client, o.claimant, claim_id, "submit")


@pytest.mark.parametrize(
    "touch",
    [_created, _edited, _line_added, _receipt_added, _submitted],
    ids=["created-on-behalf", "edited", "added-a-line", "added-a-receipt", "submitted"],
)
async def test_whoever_touched_a_claim_may_not_approve_it_though_another_approver_may(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], touch: Touch
) -> None:
    o = await office(db, app)
    # Coordinator (may act on a member's behalf) and finance (may approve) at once.
    both = await factories.caller(db, app, o.org, "coordinator", "finance")
    claim_id = await touch(client, o, both)
    await _submit(client, o, claim_id)

    seen = await client.get(f"{API}/expense-claims/{claim_id}", headers=both.headers)
    assert seen.json()["onBehalf"] is True
    assert "approve" not in seen.json()["allowedActions"]
    refused = problem(
        await client.post(f"{API}/expense-claims/{claim_id}/approve", headers=both.headers),
        403,
        "forbidden",
    )
    assert "Segregation of duties" in refused["detail"]
    by_graphql = await gql(client, both, APPROVE, {"id": claim_id})
    assert "Segregation of duties" in only_error(by_graphql, "FORBIDDEN")["message"]
    viewed = (await gql(client, both, ONE, {"id": claim_id}))["data"]["expenseClaim"]
    assert "approve" not in viewed["allowedActions"]

    offered = await client.get(f"{API}/expense-claims/{claim_id}", headers=o.finance.headers)
    assert "approve" in offered.json()["allowedActions"]
    assert (await step(client, o.finance, claim_id, "approve"))["status"] == "approved"


async def test_a_claim_only_its_claimant_touched_is_not_on_behalf_and_any_approver_may_decide(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    both = await factories.caller(db, app, o.org, "coordinator", "finance")
    claim_id = await _edited(client, o, o.claimant)
    added = await client.post(
        f"{API}/expense-claims/{claim_id}/items",
        json=line("parking", 400),
        headers=o.claimant.headers,
    )
    assert added.status_code == 201, added.text
    assert (await upload(client, o.claimant, claim_id)).status_code == 201
    submitted = await step(client, o.claimant, claim_id, "submit")
    assert submitted["onBehalf"] is False
    viewed = (await gql(client, both, ONE, {"id": claim_id}))["data"]["expenseClaim"]
    # A coordinator may still withdraw it for the member; looking is not touching.
    assert viewed == {
        "allowedActions": ["withdraw", "approve", "reject", "return"],
        "onBehalf": False,
    }
    assert (await step(client, both, claim_id, "approve"))["status"] == "approved"


async def test_a_coordinator_changing_a_members_own_claim_makes_it_on_behalf(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    claim_id = await _draft(client, o)
    path = f"{API}/expense-claims/{claim_id}"
    assert (await client.get(path, headers=o.claimant.headers)).json()["onBehalf"] is False
    await _line_added(client, o, o.coordinator)  # another claim: this one is untouched
    assert (await client.get(path, headers=o.claimant.headers)).json()["onBehalf"] is False
    added = await client.post(
        f"{path}/items", json=line("parking", 400), headers=o.coordinator.headers
    )
    assert added.status_code == 201, added.text
    body: dict[str, Any] = (await client.get(path, headers=o.claimant.headers)).json()
    assert body["onBehalf"] is True
    assert "Made on the claimant's behalf." in body["flags"]

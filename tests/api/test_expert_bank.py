"""The expert bank over REST: joining with consent-gated experience, a coordinator on a
person's behalf, who may read an entry, search filters, and a lot's shortlist leaving
out anyone connected to its bidders."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from app.db.models import Organisation
from app.domain.expenses.judging import uk_today
from tests import factories
from tests.api.helpers import problem
from tests.api.procurement_setup import API, get, panel, post
from tests.factories import Caller
from tests.support import StatementCounter


async def expert(
    db: async_sessionmaker[AsyncSession], app: FastAPI, org: Organisation, *lived: str
) -> Caller:
    person = await factories.person(db, org, "member", lived_experience_categories=list(lived))
    return factories.token_for(app, person)


async def put(client: httpx.AsyncClient, who: Caller, path: str, body: Any) -> httpx.Response:
    return await client.put(f"{API}{path}", json=body, headers=who.headers)


async def test_experience_is_kept_only_from_own_categories_with_consent(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    org = await factories.organisation(db)
    me = await expert(db, app, org, "prison", "mental_health")
    unconsented = await put(client, me, "/me/expert-bank", {"experienceCategories": ["prison"]})
    body = problem(unconsented, 422, "rule-violation")
    assert [e["pointer"] for e in body["errors"]] == ["/experienceConsent"]
    not_mine = await put(
        client,
        me,
        "/me/expert-bank",
        {"experienceCategories": ["prison", "homelessness"], "experienceConsent": True},
    )
    assert [e["pointer"] for e in problem(not_mine, 422)["errors"]] == ["/experienceCategories/1"]
    joined = await put(
        client,
        me,
        "/me/expert-bank",
        {
            "skills": ["housing", "finance"],
            "experienceCategories": ["prison"],
            "experienceConsent": True,
            "experienceYear": 2021,
            "availabilityNote": "Weekdays only",
        },
    )
    assert joined.status_code == 200, joined.text
    entry = joined.json()
    assert entry["skills"] == ["finance", "housing"]
    assert entry["experienceCategories"] == ["prison"]
    assert entry["experienceYear"] == 2021
    assert entry["experienceConsentedAt"] is not None
    assert entry["consentRecordedById"] == str(me.id)
    # Withdrawing consent drops the experience and its year.
    again = (await put(client, me, "/me/expert-bank", {"skills": ["housing"]})).json()
    assert again["experienceCategories"] == []
    assert (again["experienceYear"], again["experienceConsentedAt"]) == (None, None)
    assert (await get(client, me, "/me/expert-bank")).json()["skills"] == ["housing"]
    left = await client.delete(f"{API}/me/expert-bank", headers=me.headers)
    assert left.status_code == 204
    problem(await get(client, me, "/me/expert-bank"), 404)


async def test_only_the_person_and_coordinators_read_an_entry(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    org = await factories.organisation(db)
    coordinator = await factories.caller(db, app, org, "coordinator")
    member = await expert(db, app, org, "prison")
    other = await factories.caller(db, app, org, "member")
    path = f"/people/{member.id}/expert-bank"
    body = {"skills": ["health"], "experienceCategories": ["prison"], "experienceConsent": True}
    # On someone's behalf, a coordinator records how they consented.
    problem(await put(client, coordinator, path, body), 422)
    problem(await put(client, other, path, {**body, "consentNote": "asked"}), 404)
    made = await put(client, coordinator, path, {**body, "consentNote": "Agreed by phone"})
    assert made.status_code == 200, made.text
    assert made.json()["consentRecordedById"] == str(coordinator.id)
    assert made.json()["consentNote"] == "Agreed by phone"
    assert (await get(client, member, "/me/expert-bank")).json()["experienceCategories"] == [
        "prison"
    ]
    problem(await get(client, other, path), 404)
    problem(await get(client, other, "/expert-bank"), 403)
    assert (await get(client, coordinator, path)).json()["experienceCategories"] == ["prison"]


async def test_search_filters_combine_in_fixed_statements(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    engine: AsyncEngine,
) -> None:
    org = await factories.organisation(db)
    coordinator = await factories.caller(db, app, org, "coordinator")
    today = uk_today()
    a = await expert(db, app, org, "prison")
    b = await expert(db, app, org, "mental_health")
    c = await expert(db, app, org)
    consented = {"experienceConsent": True}
    await put(
        client,
        a,
        "/me/expert-bank",
        {"skills": ["housing"], "experienceCategories": ["prison"], **consented},
    )
    await put(
        client,
        b,
        "/me/expert-bank",
        {
            "skills": ["housing", "health"],
            "experienceCategories": ["mental_health"],
            "unavailableUntil": (today + timedelta(days=10)).isoformat(),
            **consented,
        },
    )
    await put(client, c, "/me/expert-bank", {"skills": ["health"]})
    training = {"trainingType": "procurement_evaluation", "completedOn": "2026-01-05"}
    await post(client, coordinator, f"/people/{a.id}/training-records", training)
    expired = {**training, "completedOn": "2020-01-05", "expiresOn": "2021-01-05"}
    await post(client, coordinator, f"/people/{c.id}/training-records", expired)
    away = {"startsOn": today.isoformat(), "endsOn": (today + timedelta(days=2)).isoformat()}
    await post(client, coordinator, f"/people/{c.id}/unavailability", away)

    async def ids(query: str) -> list[str]:
        answer = await get(client, coordinator, f"/expert-bank?{query}")
        assert answer.status_code == 200, answer.text
        return [e["personId"] for e in answer.json()["items"]]

    assert await ids("") == [str(a.id), str(b.id), str(c.id)]
    assert await ids("skill=housing") == [str(a.id), str(b.id)]
    assert await ids("skill=health&experience=mental_health") == [str(b.id)]
    assert await ids("trained=procurement_evaluation") == [str(a.id)]
    assert await ids(f"availableOn={today.isoformat()}") == [str(a.id)]
    later = (today + timedelta(days=30)).isoformat()
    assert await ids(f"availableOn={later}") == [str(a.id), str(b.id), str(c.id)]
    first = (await get(client, coordinator, "/expert-bank?limit=2")).json()
    assert len(first["items"]) == 2
    assert first["nextCursor"]
    rest = await get(client, coordinator, f"/expert-bank?limit=2&cursor={first['nextCursor']}")
    assert [e["personId"] for e in rest.json()["items"]] == [str(c.id)]
    one = (await get(client, coordinator, "/expert-bank?skill=housing")).json()["items"][0]
    assert [t["trainingType"] for t in one["training"]] == ["procurement_evaluation"]

    async def statements(limit: int) -> int:
        with StatementCounter(engine) as counter:
            answer = await get(client, coordinator, f"/expert-bank?limit={limit}")
            assert answer.status_code == 200
        return counter.count

    assert await statements(1) == await statements(3)


async def test_shortlist_leaves_out_anyone_connected_to_a_bidder(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    p = await panel(db, app, client)
    lot_id = p.lot["id"]
    free = await expert(db, app, p.org, "prison")
    interested = await expert(db, app, p.org)
    declared = await expert(db, app, p.org)
    away = await expert(db, app, p.org)
    for who in (free, interested, declared, away, p.expert):
        body: dict[str, Any] = {"skills": ["housing"]}
        if who is away:
            body["unavailableUntil"] = (uk_today() + timedelta(days=5)).isoformat()
        assert (await put(client, who, "/me/expert-bank", body)).status_code == 200
    await post(
        client,
        interested,
        f"/people/{interested.id}/interests",
        {
            "description": "Trustee",
            "organisations": ["acme  CARE ltd"],
            "declaredOn": "2026-01-01",
        },
    )
    # A connection declared on another procurement's panel to a bidder of the same name.
    other = await post(client, p.coordinator, "/procurements", {"title": "Other", "reference": "X"})
    other_lot = await post(
        client, p.coordinator, f"/procurements/{other['id']}/lots", {"title": "L"}
    )
    bidder = await post(
        client, p.coordinator, f"/lots/{other_lot['id']}/bidders", {"name": "Better Futures CIC"}
    )
    await post(
        client,
        p.coordinator,
        f"/lots/{other_lot['id']}/panel-members",
        {"personId": str(declared.id), "role": "professional"},
    )
    await post(
        client,
        declared,
        f"/lots/{other_lot['id']}/declarations",
        {"declarations": [{"bidderId": bidder["id"], "connected": True, "detail": "Volunteer"}]},
    )
    answer = await get(client, p.coordinator, f"/lots/{lot_id}/shortlist")
    assert answer.status_code == 200, answer.text
    found = answer.json()
    # p.expert is already on the lot's panel: neither a candidate nor excluded.
    assert [c["personId"] for c in found["candidates"]] == [str(free.id)]
    reasons = {x["entry"]["personId"]: x["reasons"] for x in found["excluded"]}
    assert set(reasons) == {str(interested.id), str(declared.id), str(away.id)}
    assert "Acme Care Ltd" in reasons[str(interested.id)][0]
    assert "Better Futures CIC" in reasons[str(declared.id)][0]
    assert reasons[str(away.id)] == ["Unavailable today."]
    # Panel members and everyone else never see it.
    problem(await get(client, p.expert, f"/lots/{lot_id}/shortlist"), 403)
    problem(await get(client, p.bystander, f"/lots/{lot_id}/shortlist"), 404)
    problem(await get(client, p.outsider, f"/lots/{lot_id}/shortlist"), 404)


async def test_the_entry_is_in_the_export_and_goes_with_erasure(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    org = await factories.organisation(db)
    admin = await factories.caller(db, app, org, "administrator")
    me = await expert(db, app, org, "prison")
    body = {"skills": ["housing"], "experienceCategories": ["prison"], "experienceConsent": True}
    assert (await put(client, me, "/me/expert-bank", body)).status_code == 200
    exported = await get(client, me, f"/people/{me.id}/export")
    archive = zipfile.ZipFile(io.BytesIO(exported.content))
    (entry,) = json.loads(archive.read("expert_bank.json"))
    assert entry["person_id"] == str(me.id)
    tags = json.loads(archive.read("expert_bank_tags.json"))
    assert sorted((t["kind"], t["value"]) for t in tags) == [
        ("experience", "prison"),
        ("skill", "housing"),
    ]
    erased = await client.post(f"{API}/people/{me.id}/erasure", headers=admin.headers)
    assert erased.status_code in {200, 201}, erased.text
    problem(await get(client, admin, f"/people/{me.id}/expert-bank"), 404)
    assert (await get(client, admin, "/expert-bank")).json()["items"] == []


async def test_the_shortlist_reads_in_fixed_statements(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    engine: AsyncEngine,
) -> None:
    p = await panel(db, app, client)
    path = f"/lots/{p.lot['id']}/shortlist"

    async def statements() -> int:
        with StatementCounter(engine) as counter:
            assert (await get(client, p.coordinator, path)).status_code == 200
        return counter.count

    async def join() -> None:
        who = await expert(db, app, p.org, "prison")
        body = {
            "skills": ["housing"],
            "experienceCategories": ["prison"],
            "experienceConsent": True,
        }
        assert (await put(client, who, "/me/expert-bank", body)).status_code == 200
        await post(
            client,
            who,
            f"/people/{who.id}/interests",
            {
                "description": "Trustee",
                "organisations": ["Acme Care Ltd"],
                "declaredOn": "2026-01-01",
            },
        )

    await join()
    one = await statements()
    for _ in range(3):
        await join()
    assert await statements() == one
    assert len((await get(client, p.coordinator, path)).json()["excluded"]) == 4

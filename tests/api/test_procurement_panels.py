"""Procurement panels over REST: who sees a lot and its bidders, the required mix, and
conflicts of interest taking a member off a lot with the reason kept."""

from __future__ import annotations

import io
import json
import zipfile

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.models import AuditEvent, OutboxEvent
from app.domain.procurement.panels import DECLARED
from tests import factories
from tests.api.helpers import problem
from tests.api.procurement_setup import declare_clear, evaluate, get, panel, post, score


async def test_bidders_reach_only_coordinators_and_the_lots_own_panel(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    p = await panel(db, app, client)
    path = f"/lots/{p.lot['id']}/bidders"
    names = ["Acme Care Ltd", "Better Futures CIC"]
    for who in (p.coordinator, p.expert, p.chair):
        answer = await get(client, who, path)
        assert answer.status_code == 200, answer.text
        assert [b["name"] for b in answer.json()] == names
    # A member of another lot, someone on no panel, another organisation: as if absent.
    for who in (p.other, p.bystander, p.outsider):
        problem(await get(client, who, path), 404, "not-found")
        problem(await get(client, who, f"/lots/{p.lot['id']}"), 404, "not-found")
    lots = (await get(client, p.other, f"/procurements/{p.procurement['id']}/lots")).json()
    assert [lot["title"] for lot in lots] == ["South"]
    assert (await get(client, p.bystander, "/procurements")).json()["items"] == []
    problem(await get(client, p.bystander, f"/procurements/{p.procurement['id']}"), 404)
    # Only coordinators shape a lot.
    refused = await client.post(
        f"/api/v1/lots/{p.lot['id']}/bidders", json={"name": "Mine"}, headers=p.chair.headers
    )
    problem(refused, 403, "forbidden")
    async with db() as session:
        events = [str(e.payload) for e in await session.scalars(select(OutboxEvent))]
        audits = [str(a.changed_fields) for a in await session.scalars(select(AuditEvent))]
    assert not any(name in text for name in names for text in events + audits)


async def test_a_lot_shows_whether_it_has_its_required_mix(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    p = await panel(db, app, client)
    lot = (await get(client, p.coordinator, f"/lots/{p.lot['id']}")).json()
    assert lot["mix"] == {"expertsByExperience": 1, "otherScorers": 2, "complete": True}
    # Lot B has a professional who scores nothing: no scorer at all.
    lot_b = (await get(client, p.other, f"/lots/{p.lot_b['id']}")).json()
    assert lot_b["mix"] == {"expertsByExperience": 0, "otherScorers": 0, "complete": False}
    bad = await client.post(
        f"/api/v1/lots/{p.lot['id']}/panel-members",
        json={
            "personId": str(p.bystander.id),
            "role": "professional",
            "questionIds": [p.lot["id"]],
        },
        headers=p.coordinator.headers,
    )
    assert [e["pointer"] for e in problem(bad, 422, "rule-violation")["errors"]] == [
        "/questionIds/0"
    ]
    outsider = await client.post(
        f"/api/v1/lots/{p.lot['id']}/panel-members",
        json={"personId": str(p.outsider.id), "role": "professional"},
        headers=p.coordinator.headers,
    )
    assert [e["pointer"] for e in problem(outsider, 422)["errors"]] == ["/personId"]


async def test_a_declared_connection_removes_the_member_with_the_reason_kept(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    p = await panel(db, app, client)
    await evaluate(client, p)
    lot_id = p.lot["id"]
    # No bid or score before declaring for every bidder.
    problem(await score(client, p.expert, p, 0, 0, 3), 403, "forbidden")
    problem(await get(client, p.expert, f"/lots/{lot_id}/my-scores"), 403)
    partial = {"declarations": [{"bidderId": p.bidders[0]["id"], "connected": False}]}
    await post(client, p.expert, f"/lots/{lot_id}/declarations", partial)
    problem(await score(client, p.expert, p, 0, 0, 3), 403)
    vague = await client.post(
        f"/api/v1/lots/{lot_id}/declarations",
        json={"declarations": [{"bidderId": p.bidders[1]["id"], "connected": True}]},
        headers=p.expert.headers,
    )
    problem(vague, 422)
    connected = {
        "declarations": [
            {"bidderId": p.bidders[1]["id"], "connected": True, "detail": "My cousin runs it"}
        ]
    }
    member = await post(client, p.expert, f"/lots/{lot_id}/declarations", connected)
    assert member["removedAt"] is not None
    assert member["removedReason"] == "Declared a connection to a bidder of this lot."
    # Off the lot: its bidders and scores are gone to them, and the mix says so.
    problem(await get(client, p.expert, f"/lots/{lot_id}/bidders"), 404)
    lot = (await get(client, p.coordinator, f"/lots/{lot_id}")).json()
    assert lot["mix"] == {"expertsByExperience": 0, "otherScorers": 2, "complete": False}
    staff = (await get(client, p.coordinator, f"/lots/{lot_id}/panel-members")).json()
    removed = next(m for m in staff if m["personId"] == str(p.expert.id))
    assert removed["removedReason"].startswith("Declared")
    declarations = (await get(client, p.coordinator, f"/lots/{lot_id}/declarations")).json()
    assert [d["detail"] for d in declarations if d["connected"]] == ["My cousin runs it"]
    # A coordinator records a conflict discovered another way.
    pro = p.members["p"]["id"]
    taken = await post(
        client, p.coordinator, f"/panel-members/{pro}/removal", {"reason": "Worked for Acme"}
    )
    assert taken["removedReason"] == "Worked for Acme"
    again = await client.post(
        f"/api/v1/panel-members/{pro}/removal", json={"reason": "x"}, headers=p.coordinator.headers
    )
    problem(again, 409)
    lot = (await get(client, p.coordinator, f"/lots/{lot_id}")).json()
    assert lot["mix"] == {"expertsByExperience": 0, "otherScorers": 1, "complete": False}
    # The chair's own seat is still there: they see only their own row.
    mine = (await get(client, p.chair, f"/lots/{lot_id}/panel-members")).json()
    assert [m["personId"] for m in mine] == [str(p.chair.id)]
    await declare_clear(client, p, p.chair)
    async with db() as session:
        kinds = [e.event_type for e in await session.scalars(select(OutboxEvent))]
        payloads = [str(e.payload) for e in await session.scalars(select(OutboxEvent))]
    assert kinds.count("panel.member_removed") == 2
    assert not any("cousin" in text or "Acme" in text for text in payloads)


async def test_a_members_declarations_are_in_their_export_and_lose_their_wording_on_erasure(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    p = await panel(db, app, client)
    admin = await factories.caller(db, app, p.org, "administrator")
    lot_id = p.lot["id"]
    connected = {
        "declarations": [
            {"bidderId": p.bidders[0]["id"], "connected": False},
            {"bidderId": p.bidders[1]["id"], "connected": True, "detail": "My cousin runs it"},
        ]
    }
    await post(client, p.expert, f"/lots/{lot_id}/declarations", connected)
    exported = await get(client, p.expert, f"/people/{p.expert.id}/export")
    assert exported.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(exported.content))
    seats = json.loads(archive.read("procurement_panel_seats.json"))
    assert [s["removed_reason"] for s in seats] == [DECLARED]
    declared = json.loads(archive.read("procurement_declarations.json"))
    assert sorted(d["detail"] or "" for d in declared) == ["", "My cousin runs it"]
    assert "Acme" not in exported.content.decode("latin-1")

    erased = await client.post(f"/api/v1/people/{p.expert.id}/erasure", headers=admin.headers)
    assert erased.status_code in {200, 201}, erased.text
    kept = (await get(client, p.coordinator, f"/lots/{lot_id}/declarations")).json()
    assert sorted((d["connected"], d["detail"] or "") for d in kept) == [
        (False, ""),
        (True, "(erased)"),
    ]

"""Fixed seats, seat settings and a named substitute over GraphQL: the REST rules."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Organisation
from tests import factories
from tests.api.seat_setup import meetings
from tests.factories import Caller
from tests.graphql.helpers import gql, ok, only_error
from tests.graphql.test_seats import CREATE_SEAT, _rota, _team

SETTINGS = """mutation($board: UUID!, $input: SeatSettingsInput!) {
  setSeatSettings(boardId: $board, input: $input) { boardId allowTwoSeats declinedFixedToPool } }"""
READ_SETTINGS = """query($board: UUID!) {
  seatSettings(boardId: $board) { allowTwoSeats declinedFixedToPool } }"""
DECLINE = """mutation($id: UUID!, $substitute: UUID) {
  declineAssignment(assignmentId: $id, substitutePersonId: $substitute) {
    declined { status } replacement { personId source explanation { why } } } }"""
FAIRNESS = """query($seat: UUID!) { seat(id: $seat) { fairness { personId turns declines } } }"""


async def test_a_fixed_seat_over_graphql_with_settings_and_a_substitute(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    t = await _team(db, org, size=3)
    holder, _, substitute = t.members
    created = await gql(
        client,
        coordinator,
        CREATE_SEAT,
        {
            "board": str(t.advisory.id),
            "input": {"name": "Fixed", "kind": "FIXED", "holderPersonId": str(holder.id)},
        },
    )
    seat = ok(created)["createSeat"]["id"]
    await meetings(db, t.governance, 3)
    planned = (await _rota(client, coordinator, seat, count=3))["planned"]
    assert [p["personId"] for p in planned] == [str(holder.id)] * 3
    as_holder = factories.token_for(app, holder)

    named = ok(
        await gql(
            client,
            as_holder,
            DECLINE,
            {"id": planned[0]["assignment"]["id"], "substitute": str(substitute.id)},
        )
    )["declineAssignment"]
    assert named["replacement"]["personId"] == str(substitute.id)
    assert named["replacement"]["source"] == "SUBSTITUTION"
    empty = ok(await gql(client, as_holder, DECLINE, {"id": planned[1]["assignment"]["id"]}))
    assert empty["declineAssignment"]["replacement"] is None

    board = str(t.advisory.id)
    only_error(
        await gql(client, as_holder, SETTINGS, {"board": board, "input": {"allowTwoSeats": True}}),
        "FORBIDDEN",
    )
    changed = ok(
        await gql(
            client, coordinator, SETTINGS, {"board": board, "input": {"declinedFixedToPool": True}}
        )
    )["setSeatSettings"]
    assert changed == {"boardId": board, "allowTwoSeats": False, "declinedFixedToPool": True}
    read = ok(await gql(client, as_holder, READ_SETTINGS, {"board": board}))["seatSettings"]
    assert read["declinedFixedToPool"] is True
    pooled = ok(await gql(client, as_holder, DECLINE, {"id": planned[2]["assignment"]["id"]}))
    assert pooled["declineAssignment"]["replacement"]["source"] == "DECLINE"

    fairness = ok(await gql(client, coordinator, FAIRNESS, {"seat": seat}))["seat"]["fairness"]
    assert fairness[0] == {"personId": str(holder.id), "turns": 0, "declines": 3}

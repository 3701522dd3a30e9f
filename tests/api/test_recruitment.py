"""Recruitment over REST: rules on what is declared, who sees an application, the stage
table with its history, and becoming active as a member in the same transaction."""

from __future__ import annotations

import uuid

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import Application, AuditEvent, Membership, OutboxEvent, Person, Seat
from tests import factories
from tests.api.helpers import problem
from tests.api.recruitment_setup import API, apply, move, scheme
from tests.support import StatementCounter

GOOD = {"community_order_within_years": 1, "in_recovery": True}


async def test_an_application_keeps_only_the_answers_the_rule_asks(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await scheme(db, app, client)
    assert s.opportunity["questions"] == ["community_order_within_years", "in_recovery"]

    extra = await apply(client, s, s.member, answers={**GOOD, "offence": "theft"})
    body = problem(extra, 422, "rule-violation")
    assert [e["pointer"] for e in body["errors"]] == ["/answers/offence"]
    wrong = await apply(client, s, s.member, answers={**GOOD, "community_order_within_years": "1"})
    assert [e["pointer"] for e in problem(wrong, 422)["errors"]] == [
        "/answers/community_order_within_years"
    ]
    async with db() as session:
        assert await session.scalar(select(Application.id)) is None  # nothing half-written

    ok = await apply(client, s, s.member, answers=GOOD)
    assert ok.status_code == 201, ok.text
    application = ok.json()
    assert application["personId"] == str(s.member_person.id)
    assert application["eligible"] is True
    assert application["answers"] == GOOD
    assert application["stage"] == "applied"
    assert [h["toStage"] for h in application["history"]] == ["applied"]
    unmet = await apply(client, s, s.coordinator, applicantName="Jo", answers={"in_recovery": True})
    assert unmet.json()["eligible"] is False
    twice = await apply(client, s, s.member, answers=GOOD)
    problem(twice, 409, "conflict")


async def test_only_staff_and_the_applicant_see_an_application(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await scheme(db, app, client)
    own = (await apply(client, s, s.member, answers=GOOD)).json()
    referred = await apply(
        client,
        s,
        s.coordinator,
        referral="outside",
        applicantName="Alex Doe",
        applicantEmail="alex@example.org",
        referrerName="P. Officer",
        referrerOrganisation="Probation Service North",
        answers=GOOD,
    )
    assert referred.status_code == 201, referred.text
    path = f"{API}/applications/{own['id']}"
    assert (await client.get(path, headers=s.member.headers)).status_code == 200
    assert (await client.get(path, headers=s.coordinator.headers)).status_code == 200
    problem(await client.get(path, headers=s.bystander.headers), 404, "not-found")
    problem(await client.get(path, headers=s.outsider.headers), 404, "not-found")

    listing = f"{API}/opportunities/{s.opportunity['id']}/applications"
    staff = (await client.get(listing, headers=s.coordinator.headers)).json()["items"]
    assert len(staff) == 2
    mine = (await client.get(listing, headers=s.member.headers)).json()["items"]
    assert [a["id"] for a in mine] == [own["id"]]
    assert (await client.get(listing, headers=s.bystander.headers)).json()["items"] == []

    # A member may not record an outside referral; the applicant's data is in no event.
    refused = await apply(
        client,
        s,
        s.bystander,
        referral="outside",
        applicantName="X",
        referrerName="Y",
        referrerOrganisation="Z",
    )
    problem(refused, 403, "forbidden")
    async with db() as session:
        payloads = [str(e.payload) for e in await session.scalars(select(OutboxEvent))]
    assert payloads
    assert not any("Alex" in p or "alex@" in p or "Probation" in p for p in payloads)


async def test_stages_follow_the_table_each_with_its_reason(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await scheme(db, app, client)
    unmet = (await apply(client, s, s.coordinator, applicantName="Jo", answers={})).json()
    refused = await move(client, s.coordinator, unmet["id"], "eligible")
    assert [e["pointer"] for e in problem(refused, 422)["errors"]] == ["/stage"]

    app_id = (await apply(client, s, s.member, answers=GOOD)).json()["id"]
    skip = await move(client, s.coordinator, app_id, "interviewed")
    assert problem(skip, 409, "invalid-transition")["allowed"] == [
        "eligible",
        "withdrawn",
        "unsuccessful",
    ]
    problem(await move(client, s.member, app_id, "eligible"), 403, "forbidden")
    for stage in ("eligible", "interviewed", "training"):
        response = await move(client, s.coordinator, app_id, stage, f"Moved to {stage}")
        assert response.status_code == 200, response.text
    body = response.json()
    assert body["allowedStages"] == ["active", "withdrawn", "unsuccessful"]
    assert [(h["fromStage"], h["toStage"], h["reason"]) for h in body["history"]][1:] == [
        ("applied", "eligible", "Moved to eligible"),
        ("eligible", "interviewed", "Moved to interviewed"),
        ("interviewed", "training", "Moved to training"),
    ]
    # The applicant may withdraw; then nothing more.
    withdrawn = await move(client, s.member, app_id, "withdrawn", "Moving away")
    assert withdrawn.json()["stage"] == "withdrawn"
    problem(await move(client, s.coordinator, app_id, "active"), 409, "invalid-transition")
    async with db() as session:
        events = [
            e.payload
            for e in await session.scalars(
                select(OutboxEvent)
                .where(OutboxEvent.event_type == "application.stage_changed")
                .order_by(col(OutboxEvent.id))
            )
        ]
        audit = list(
            await session.scalars(
                select(AuditEvent.changed_fields).where(
                    AuditEvent.action == "application.stage_changed"
                )
            )
        )
    assert [(e["from"], e["to"]) for e in events][-1] == ("training", "withdrawn")
    assert all("reason" not in e for e in events)
    assert audit
    assert all(fields == ["stage"] for fields in audit)


async def test_becoming_active_makes_the_applicant_a_member(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await scheme(db, app, client)
    known = await factories.person(db, s.org, email="known@example.org")
    new = await apply(
        client,
        s,
        s.coordinator,
        referral="outside",
        applicantName="Sam New",
        applicantEmail="Sam@Example.org",
        referrerName="P. Officer",
        referrerOrganisation="Probation",
        answers=GOOD,
    )
    linked = await apply(
        client,
        s,
        s.coordinator,
        applicantName="Known",
        applicantEmail="known@example.org",
        answers=GOOD,
    )
    for application in (new.json(), linked.json()):
        for stage in ("eligible", "interviewed", "training", "active"):
            response = await move(client, s.coordinator, application["id"], stage)
            assert response.status_code == 200, response.text
        assert response.json()["membershipId"] is not None
    async with db() as session:
        person = await session.scalar(select(Person).where(Person.email == "sam@example.org"))
        assert person is not None
        assert person.display_name == "Sam New"
        members = set(
            await session.scalars(
                select(Membership.person_id).where(Membership.board_id == s.board.id)
            )
        )
    assert members == {person.id, known.id}
    assert response.json()["personId"] == str(known.id)


async def test_an_activation_that_fails_leaves_no_person(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await scheme(db, app, client)
    await factories.membership(db, s.board, s.member_person)
    app_id = (await apply(client, s, s.member, answers=GOOD)).json()["id"]
    for stage in ("eligible", "interviewed", "training"):
        await move(client, s.coordinator, app_id, stage)
    problem(await move(client, s.coordinator, app_id, "active"), 409, "conflict")
    got = await client.get(f"{API}/applications/{app_id}", headers=s.coordinator.headers)
    assert got.json()["stage"] == "training"
    assert [h["toStage"] for h in got.json()["history"]][-1] == "training"


async def test_a_page_of_applications_costs_the_same_whatever_its_size(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
) -> None:
    s = await scheme(db, app, client)
    listing = f"{API}/opportunities/{s.opportunity['id']}/applications"

    async def count() -> int:
        statements.reset()
        response = await client.get(listing, headers=s.coordinator.headers)
        assert response.status_code == 200
        return statements.count

    await apply(client, s, s.coordinator, applicantName="One", answers=GOOD)
    one = await count()
    for i in range(5):
        app_id = await apply(client, s, s.coordinator, applicantName=f"P{i}", answers=GOOD)
        await move(client, s.coordinator, app_id.json()["id"], "eligible")
    assert await count() == one


async def test_a_seat_vacancy_adds_the_new_member_to_the_seats_pool(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await scheme(db, app, client)
    governance = await factories.board(db, s.org, "governance")
    sitting = await factories.person(db, s.org)
    await factories.membership(db, s.board, sitting)
    async with db() as session:
        seat = Seat(
            organisation_id=s.org.id,
            advisory_board_id=s.board.id,
            governance_board_id=governance.id,
            name="Programme board seat",
            kind="rotating",
            pool_person_ids=[str(sitting.id)],
        )
        session.add(seat)
        await session.commit()
    elsewhere = await factories.board(db, s.org)
    wrong = await client.post(
        f"{API}/opportunities",
        json={"boardId": str(elsewhere.id), "seatId": str(seat.id), "title": "Seat"},
        headers=s.coordinator.headers,
    )
    assert [e["pointer"] for e in problem(wrong, 422)["errors"]] == ["/seatId"]
    created = await client.post(
        f"{API}/opportunities",
        json={"boardId": str(s.board.id), "seatId": str(seat.id), "title": "Seat pool place"},
        headers=s.coordinator.headers,
    )
    opportunity = created.json()
    assert opportunity["questions"] == []
    application = await client.post(
        f"{API}/opportunities/{opportunity['id']}/applications",
        json={"personId": str(s.member_person.id)},
        headers=s.coordinator.headers,
    )
    app_id = application.json()["id"]
    for stage in ("eligible", "interviewed", "training", "active"):
        assert (await move(client, s.coordinator, app_id, stage)).status_code == 200
    async with db() as session:
        stored = await session.get(Seat, seat.id, populate_existing=True)
    assert stored is not None
    pool = stored.pool_person_ids
    assert sorted(pool) == sorted([str(sitting.id), str(s.member_person.id)])


async def test_one_application_under_way_per_person_even_past_the_check(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await scheme(db, app, client)
    first = (await apply(client, s, s.member, answers=GOOD)).json()
    async with db() as session:
        # What a request that raced past the check would write: the index refuses it.
        session.add(
            Application(
                organisation_id=s.org.id,
                opportunity_id=uuid.UUID(s.opportunity["id"]),
                person_id=s.member_person.id,
                created_by_type="person",
                created_by_id=s.member_person.id,
            )
        )
        with pytest.raises(IntegrityError):
            await session.commit()
    await move(client, s.member, first["id"], "withdrawn", "Not now")
    again = await apply(client, s, s.member, answers=GOOD)
    assert again.status_code == 201, again.text

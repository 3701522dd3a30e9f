"""Private fields and records of a person: shown only to the person, coordinators and
administrators, whoever else in the organisation asks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Interest, Organisation, Person, TrainingRecord, Unavailability
from tests import factories
from tests.api.helpers import API, collect, problem
from tests.factories import Caller

# Exact sets on purpose: a new field on a person fails these tests until someone decides
# which of the two it belongs to.
PRIVATE = {"email", "pendingEmail", "phone", "livedExperienceCategories", "accessNeeds"}
PUBLIC = {"id", "displayName", "pronouns", "roles", "active", "createdAt", "updatedAt"}
RECORDS = ("training-records", "interests", "unavailability")
# Who asks, and whether they may see private data.
ROLES = {
    "administrator": True,
    "coordinator": True,
    "self": True,
    "finance": False,
    "other member": False,
    "client with people:read": False,
}
ACCESS_NEEDS = "BSL interpreter; anxious in lifts"
REASON = "Licence condition: curfew from 7pm"
INTEREST = "Brother works for Bidder Ltd"


@dataclass
class Target:
    person: Person
    phone: str = "07700 900123"
    category: str = "prison"


@pytest.fixture
async def target(db: async_sessionmaker[AsyncSession], org: Organisation) -> Target:
    who = await factories.person(
        db,
        org,
        phone=Target.phone,
        lived_experience_categories=[Target.category, "addiction"],
        access_needs=ACCESS_NEEDS,
        pronouns="they/them",
    )
    async with db() as session:
        session.add_all(
            [
                TrainingRecord(
                    organisation_id=org.id,
                    person_id=who.id,
                    training_type="induction",
                    completed_on=date(2026, 1, 5),
                ),
                Interest(
                    organisation_id=org.id,
                    person_id=who.id,
                    description=INTEREST,
                    declared_on=date(2026, 1, 5),
                ),
                Unavailability(
                    organisation_id=org.id,
                    person_id=who.id,
                    starts_on=date(2026, 3, 1),
                    ends_on=date(2026, 3, 9),
                    reason=REASON,
                ),
            ]
        )
        await session.commit()
    return Target(who)


async def _asker(
    role: str, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation, target: Target
) -> Caller:
    if role == "self":
        return factories.token_for(app, target.person)
    if role == "other member":
        return await factories.caller(db, app, org, "member")
    if role == "client with people:read":
        return factories.token_for(app, await factories.api_client(db, org, ["people:read"]))
    return await factories.caller(db, app, org, role)


def _check_person(shown: dict[str, Any], target: Target, private: bool) -> None:
    assert shown["id"] == str(target.person.id)
    assert shown["displayName"] == target.person.display_name
    assert shown["pronouns"] == "they/them"
    if private:
        assert shown.keys() == PUBLIC | PRIVATE
        assert shown["email"] == target.person.email
        assert shown["phone"] == target.phone
        assert set(shown["livedExperienceCategories"]) == {target.category, "addiction"}
        assert shown["accessNeeds"] == ACCESS_NEEDS
    else:
        assert shown.keys() == PUBLIC


@pytest.mark.parametrize(("role", "private"), ROLES.items())
async def test_get_person_shows_private_fields_only_to_those_allowed(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    target: Target,
    role: str,
    private: bool,
) -> None:
    asker = await _asker(role, app, db, org, target)
    response = await client.get(f"{API}/people/{target.person.id}", headers=asker.headers)
    assert response.status_code == 200, response.text
    _check_person(response.json(), target, private)
    if not private:
        for value in (target.person.email, target.phone, target.category, ACCESS_NEEDS):
            assert value not in response.text


@pytest.mark.parametrize(("role", "private"), ROLES.items())
async def test_people_list_shows_private_fields_only_to_those_allowed(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    target: Target,
    role: str,
    private: bool,
) -> None:
    asker = await _asker(role, app, db, org, target)
    people = {p["id"]: p for p in await collect(client, "/people", asker.headers)}
    _check_person(people[str(target.person.id)], target, private)
    if role != "self":
        # Others in the list are judged on their own: a member sees nobody's private data.
        for person_id, shown in people.items():
            if person_id != str(asker.id):
                assert bool(shown.keys() & PRIVATE) == private, shown


@pytest.mark.parametrize(("role", "private"), ROLES.items())
async def test_records_are_readable_only_by_those_allowed(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    target: Target,
    role: str,
    private: bool,
) -> None:
    asker = await _asker(role, app, db, org, target)
    for collection in RECORDS:
        response = await client.get(
            f"{API}/people/{target.person.id}/{collection}", headers=asker.headers
        )
        if private:
            assert response.status_code == 200, response.text
            assert len(response.json()["items"]) == 1
        else:
            problem(response, 403, "forbidden")
            assert REASON not in response.text
            assert INTEREST not in response.text
    if private:
        away = await client.get(
            f"{API}/people/{target.person.id}/unavailability", headers=asker.headers
        )
        assert away.json()["items"][0]["reason"] == REASON
        interests = await client.get(
            f"{API}/people/{target.person.id}/interests", headers=asker.headers
        )
        assert interests.json()["items"][0]["description"] == INTEREST


async def test_a_member_may_declare_their_own_interests_and_unavailability_but_not_training(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    target: Target,
) -> None:
    me = factories.token_for(app, target.person)
    base = f"{API}/people/{target.person.id}"
    away = await client.post(
        f"{base}/unavailability",
        json={"startsOn": "2026-05-01", "endsOn": "2026-05-02", "reason": "hospital"},
        headers=me.headers,
    )
    assert away.status_code == 201, away.text
    interest = await client.post(
        f"{base}/interests",
        json={"description": "Volunteer at a bidder", "declaredOn": "2026-04-01"},
        headers=me.headers,
    )
    assert interest.status_code == 201, interest.text
    training = await client.post(
        f"{base}/training-records",
        json={"trainingType": "governance", "completedOn": "2026-04-01"},
        headers=me.headers,
    )
    problem(training, 403, "forbidden")
    removed = await client.delete(f"{base}/unavailability/{away.json()['id']}", headers=me.headers)
    assert removed.status_code == 204
    listed = await client.get(f"{base}/unavailability", headers=me.headers)
    assert away.json()["id"] not in {r["id"] for r in listed.json()["items"]}


async def test_a_member_cannot_write_another_members_records(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    target: Target,
    member: Caller,
) -> None:
    base = f"{API}/people/{target.person.id}"
    response = await client.post(
        f"{base}/unavailability",
        json={"startsOn": "2026-05-01", "endsOn": "2026-05-02"},
        headers=member.headers,
    )
    problem(response, 403, "forbidden")
    coordinator = await factories.caller(db, app, org, "coordinator")
    listed = await client.get(f"{base}/unavailability", headers=coordinator.headers)
    assert len(listed.json()["items"]) == 1

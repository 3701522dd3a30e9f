"""Rules that look at more than one field, or refuse null, still point at the field."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Organisation
from tests import factories
from tests.api.helpers import API, problem
from tests.factories import Caller


def _pointers(response: httpx.Response) -> list[str]:
    return [e["pointer"] for e in problem(response, 422, "validation")["errors"]]


@pytest.mark.parametrize(
    ("collection", "body", "pointer"),
    [
        ("unavailability", {"startsOn": "2026-03-02", "endsOn": "2026-03-01"}, "/endsOn"),
        (
            "training-records",
            {"trainingType": "induction", "completedOn": "2026-03-02", "expiresOn": "2026-03-01"},
            "/expiresOn",
        ),
    ],
)
async def test_dates_out_of_order_point_at_the_later_one(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
    collection: str,
    body: dict[str, str],
    pointer: str,
) -> None:
    who = await factories.person(db, org)
    response = await client.post(
        f"{API}/people/{who.id}/{collection}", json=body, headers=admin.headers
    )
    assert _pointers(response) == [pointer]


async def test_a_term_ending_before_it_starts_points_at_term_end(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    board = await factories.board(db, org)
    who = await factories.person(db, org)
    response = await client.post(
        f"{API}/boards/{board.id}/memberships",
        json={"personId": str(who.id), "termStart": "2026-03-02", "termEnd": "2026-03-01"},
        headers=admin.headers,
    )
    assert _pointers(response) == ["/termEnd"]


@pytest.mark.parametrize(
    ("resource", "field"),
    [
        ("boards", "name"),
        ("boards", "noticePeriodDays"),
        ("boards", "timezone"),
        ("people", "displayName"),
        ("people", "email"),
        ("people", "roles"),
        ("people", "livedExperienceCategories"),
    ],
)
async def test_null_for_a_required_field_points_at_it(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
    resource: str,
    field: str,
) -> None:
    made = await (factories.board(db, org) if resource == "boards" else factories.person(db, org))
    response = await client.patch(
        f"{API}/{resource}/{made.id}",
        json={field: None},
        headers={**admin.headers, "If-Match": '"1"'},
    )
    assert _pointers(response) == [f"/{field}"]


async def test_null_clears_a_field_that_may_be_empty(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    who = await factories.person(db, org, access_needs="Hearing loop")
    response = await client.patch(
        f"{API}/people/{who.id}",
        json={"accessNeeds": None},
        headers={**admin.headers, "If-Match": '"1"'},
    )
    assert response.status_code == 200, response.text
    assert response.json()["accessNeeds"] is None

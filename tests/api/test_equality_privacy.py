"""Nobody reads one person's monitoring answers: not an administrator walking every
route, not GraphQL, not the subject access export an administrator runs. Only the
aggregate reports count them, and a single answer there is withheld."""

from __future__ import annotations

import io
import uuid
import zipfile
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.api.graphql.schema import schema
from app.db.models import EqualityRespondent, Person
from tests import factories
from tests.api.equality_setup import SEX, answer
from tests.api.helpers import API
from tests.api.test_route_walk import _world, api_endpoints, fill
from tests.graphql.helpers import gql, ok

PLANTED = "planted_marker_option"


def _text(response: httpx.Response) -> str:
    if response.headers.get("content-type", "").startswith("application/zip"):
        with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
            return "\n".join(archive.read(n).decode() for n in archive.namelist())
    return response.text


def _counted(value: Any) -> list[Any]:
    """Every count shown beside the planted option, anywhere in a JSON body."""
    found: list[Any] = []
    if isinstance(value, dict):
        if PLANTED in value.values():
            found.append(value.get("count"))
        for inner in value.values():
            found += _counted(inner)
    elif isinstance(value, list):
        for inner in value:
            found += _counted(inner)
    return found


async def test_no_route_returns_one_persons_answers(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    org = await factories.organisation(db, "Home")
    world = await _world(client, app, db, org)
    person_id = world.ids["person_id"]
    assert isinstance(person_id, uuid.UUID)
    async with db() as session:
        person = await session.get(Person, person_id)
        assert person is not None
    admin = await factories.caller(db, app, org, "administrator")
    planted = await client.post(
        f"{API}/equality/questions",
        json={"key": "planted", "label": "Planted", "options": [{"key": PLANTED, "label": "P"}]},
        headers=admin.headers,
    )
    assert planted.status_code == 201, planted.text
    me = factories.token_for(app, person)
    given = await answer(
        client, me, answers=[(uuid.UUID(planted.json()["id"]), PLANTED), (SEX, "female")]
    )
    assert given.status_code == 200, given.text
    async with db() as session:
        respondent = await session.scalar(
            select(EqualityRespondent.id).where(col(EqualityRespondent.person_id) == person_id)
        )
    assert respondent is not None

    walked = 0
    for endpoint in api_endpoints(app):
        if endpoint.method != "GET":
            continue
        path = fill(endpoint, world.ids)
        response = await client.get(path, headers=admin.headers)
        text = _text(response)
        walked += 1
        assert str(respondent) not in text, f"{endpoint} shows the respondent key"
        if str(person_id) in text:
            assert PLANTED not in text, f"{endpoint} shows the person beside their answer"
        if response.headers.get("content-type", "").startswith("application/json"):
            assert set(_counted(response.json())) <= {None}, f"{endpoint} counts one answer"
    assert walked >= 40
    # The administrator's own answers are theirs: empty, on both transports.
    mine = await client.get(f"{API}/me/equality-answers", headers=admin.headers)
    assert mine.json() == {"answers": []}
    data = ok(await gql(client, admin, "{ myEqualityAnswers { answers { questionId option } } }"))
    assert data == {"myEqualityAnswers": {"answers": []}}
    # The person reads theirs back.
    theirs = (await client.get(f"{API}/me/equality-answers", headers=me.headers)).json()
    assert {a["option"] for a in theirs["answers"]} == {PLANTED, "female"}


def test_no_graphql_field_reaches_answers_by_person() -> None:
    """Answers appear in the schema only under the caller's own `myEqualityAnswers` and
    the `setMyEqualityAnswers` mutation, neither of which takes a person."""
    query = schema.get_type_by_name("Query")
    mutation = schema.get_type_by_name("Mutation")
    reaching = {
        f.python_name: [a.python_name for a in f.arguments]
        for t in (query, mutation)
        for f in t.fields  # type: ignore[union-attr]
        if "EqualityAnswers" in str(f.type)
    }
    assert reaching == {"my_equality_answers": [], "set_my_equality_answers": ["input"]}


async def test_erasure_removes_a_persons_answers(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    org = await factories.organisation(db, "Home")
    person = await factories.person(db, org)
    me = factories.token_for(app, person)
    assert (await answer(client, me, answers=[(SEX, "male")])).status_code == 200
    admin = await factories.caller(db, app, org, "administrator")
    erased = await client.post(f"{API}/people/{person.id}/erasure", headers=admin.headers)
    assert erased.status_code == 201, erased.text
    async with db() as session:
        left = await session.scalar(
            select(EqualityRespondent.id).where(col(EqualityRespondent.person_id) == person.id)
        )
    assert left is None

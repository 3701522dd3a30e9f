"""An identity provider's token reaches a person by a verified email once, then by its
subject alone: a later email change at the provider cannot take over another account."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.api.state import AppState
from app.db.models import AuditEvent, Organisation, Person
from app.domain.auth.identity import resolve_actor
from app.domain.auth.tokens import VerifiedToken
from app.domain.errors import Unauthenticated
from tests import factories
from tests.api.helpers import API, problem

ISSUER = "https://idp.example"
EMAIL = "ada@example.org"


def idp_token(email: str, subject: str = "idp|ada", verified: bool = True) -> VerifiedToken:
    return VerifiedToken(
        subject,
        "external",
        None,
        frozenset(),
        email,
        None,
        issuer=ISSUER,
        email_verified=verified,
    )


async def _person(db: async_sessionmaker[AsyncSession], person: Person) -> Person:
    async with db() as session:
        return await session.get_one(Person, person.id)


async def test_an_unverified_email_matches_nobody(
    db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    person = await factories.person(db, org, email=EMAIL)
    async with db() as session:
        with pytest.raises(Unauthenticated, match="not verified"):
            await resolve_actor(session, idp_token(EMAIL, verified=False))
    assert (await _person(db, person)).idp_subject is None


async def test_the_first_verified_match_binds_the_subject_and_only_it_gets_in_after(
    db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    person = await factories.person(db, org, email=EMAIL)
    async with db() as session:
        actor = await resolve_actor(session, idp_token(EMAIL))
    assert actor.id == person.id
    bound = await _person(db, person)
    assert (bound.idp_issuer, bound.idp_subject) == (ISSUER, "idp|ada")
    # Bound without touching the person's record: their ETag stays.
    assert bound.version == person.version
    async with db() as session:
        audited = list(await session.scalars(select(AuditEvent.action)))
    assert audited == ["person.identity_bound"]

    # Another account at the provider that now claims Ada's address gets nowhere.
    async with db() as session:
        with pytest.raises(Unauthenticated, match="another account"):
            await resolve_actor(session, idp_token(EMAIL, subject="idp|mallory"))

    # Ada changes her email at the provider (even to one not verified): still Ada.
    async with db() as session:
        actor = await resolve_actor(session, idp_token("ada.new@example.net", verified=False))
    assert actor.id == person.id


async def test_a_bound_subject_cannot_reach_a_person_whose_email_it_now_claims(
    db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    ada = await factories.person(db, org, email=EMAIL)
    bob = await factories.person(db, org, email="bob@example.org")
    async with db() as session:
        await resolve_actor(session, idp_token(EMAIL))
    # Ada's provider account now says Bob's address: it still reaches Ada, never Bob.
    async with db() as session:
        actor = await resolve_actor(session, idp_token("bob@example.org"))
    assert actor.id == ada.id
    assert (await _person(db, bob)).idp_subject is None


async def test_a_bound_person_who_is_deactivated_is_refused(
    db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    person = await factories.person(db, org, email=EMAIL)
    async with db() as session:
        await resolve_actor(session, idp_token(EMAIL))
    async with db() as session:
        row = await session.get_one(Person, person.id)
        row.active = False
        await session.commit()
    async with db() as session:
        with pytest.raises(Unauthenticated):
            await resolve_actor(session, idp_token(EMAIL))


async def test_the_binding_holds_even_when_the_request_then_fails(
    db: async_sessionmaker[AsyncSession], app: FastAPI, client: httpx.AsyncClient, org: Organisation
) -> None:
    person = await factories.person(db, org, email=EMAIL)
    state: AppState = app.state.chorus
    tokens = {"ada": idp_token(EMAIL), "mallory": idp_token(EMAIL, subject="idp|mallory")}

    async def verify(token: str) -> VerifiedToken:
        return tokens[token]

    state.tokens.verify = verify  # type: ignore[method-assign]
    # Ada's first request asks for something that is not there: 404, yet she is bound.
    missing = await client.get(
        f"{API}/people/01000000-0000-7000-8000-000000000000",
        headers={"Authorization": "Bearer ada"},
    )
    problem(missing, 404)
    assert (await _person(db, person)).idp_subject == "idp|ada"
    me = await client.get(f"{API}/me", headers={"Authorization": "Bearer ada"})
    assert me.status_code == 200, me.text

    refused = problem(
        await client.get(f"{API}/me", headers={"Authorization": "Bearer mallory"}),
        401,
        "unauthenticated",
    )
    assert "another account" in refused["detail"]
    assert EMAIL not in refused["detail"]

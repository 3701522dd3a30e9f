"""Sign-in throttling: failed password grants per account and per address, in windows
that run out, the same refusal for every email, shared by processes on PostgreSQL."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db import throttle_storage
from app.db.engine import make_engine
from app.db.models import AuditEvent, Organisation, ThrottleCounter
from app.main import create_app
from app.settings import Settings
from tests import factories
from tests.api.helpers import API, password_grant, problem
from tests.factories import PASSWORD
from tests.support import check_problem

WRONG = "not the password at all"
Connect = Callable[..., AbstractAsyncContextManager[httpx.AsyncClient]]


def throttled_settings(settings: Settings, **changes: Any) -> Settings:
    limits = {"signin_failures_per_account": 3, "signin_failures_per_address": 5, **changes}
    return settings.model_copy(update=limits)


@asynccontextmanager
async def connect(app: FastAPI, address: str = "192.0.2.1") -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False, client=(address, 4000))
    async with httpx.AsyncClient(
        transport=transport,
        base_url="http://chorus.test",
        event_hooks={"response": [check_problem]},
    ) as client:
        yield client


@pytest.fixture
def throttled_app(settings: Settings, engine: AsyncEngine, db: object) -> FastAPI:
    return create_app(throttled_settings(settings), engine=engine)


def refused(response: httpx.Response) -> dict[str, Any]:
    body = problem(response, 429, "too-many-requests")
    assert 1 <= int(response.headers["Retry-After"]) <= 900
    return body


async def fail(client: httpx.AsyncClient, email: str, times: int) -> None:
    for _ in range(times):
        assert (await password_grant(client, email, WRONG)).status_code == 400


async def test_the_failure_after_the_limit_is_refused_even_with_the_right_password(
    db: async_sessionmaker[AsyncSession], throttled_app: FastAPI, org: Organisation
) -> None:
    who = await factories.person(db, org)
    async with connect(throttled_app) as client:
        await fail(client, who.email, 3)
        refused(await password_grant(client, who.email, WRONG))
        # The password is not even checked while the window is spent.
        refused(await password_grant(client, who.email, PASSWORD))


async def test_one_accounts_failures_leave_another_alone_but_the_address_limit_holds(
    db: async_sessionmaker[AsyncSession], throttled_app: FastAPI, org: Organisation
) -> None:
    victim = await factories.person(db, org)
    other = await factories.person(db, org)
    async with (
        connect(throttled_app, "192.0.2.1") as attacker,
        connect(throttled_app, "192.0.2.2") as elsewhere,
    ):
        await fail(attacker, victim.email, 3)
        refused(await password_grant(attacker, victim.email, PASSWORD))
        # Another account from the same address still gets its guesses...
        assert (await password_grant(attacker, other.email, PASSWORD)).status_code == 200
        await fail(attacker, other.email, 2)
        # ...until the address has spent its five failures: then every email is refused.
        refused(await password_grant(attacker, other.email, PASSWORD))
        refused(await password_grant(attacker, "nobody@example.org", WRONG))
        # From another address, the untouched account signs in.
        assert (await password_grant(elsewhere, other.email, PASSWORD)).status_code == 200


async def test_after_the_window_sign_in_works_and_is_audited(
    db: async_sessionmaker[AsyncSession],
    settings: Settings,
    engine: AsyncEngine,
    org: Organisation,
) -> None:
    app = create_app(throttled_settings(settings, signin_throttle_window_seconds=5), engine=engine)
    who = await factories.person(db, org)
    async with connect(app) as client:
        await fail(client, who.email, 3)
        throttled = await password_grant(client, who.email, PASSWORD)
        assert who.email not in str(refused(throttled))
        # A window long enough for three slow argon2 checks; waited out as the header says.
        await asyncio.sleep(int(throttled.headers["Retry-After"]) + 0.2)
        assert (await password_grant(client, who.email, PASSWORD)).status_code == 200
        # Once in, the account's count starts again: the next failures are counted anew.
        await fail(client, who.email, 1)
        assert (await password_grant(client, who.email, PASSWORD)).status_code == 200
    async with db() as session:
        actions = list(
            await session.scalars(select(AuditEvent.action).where(AuditEvent.entity_id == who.id))
        )
    # Audited once: the sign-in that followed the refusal, not every later one.
    assert actions.count("person.signed_in_after_throttling") == 1


async def test_the_refusal_is_the_same_whether_or_not_the_email_has_an_account(
    db: async_sessionmaker[AsyncSession], throttled_app: FastAPI, org: Organisation
) -> None:
    who = await factories.person(db, org, email="known@example.org")
    async with connect(throttled_app, "192.0.2.1") as a, connect(throttled_app, "192.0.2.2") as b:
        for _ in range(3):  # interleaved, so both windows start at about the same time
            await fail(a, who.email, 1)
            await fail(b, "unknown@example.org", 1)
        known = await password_grant(a, who.email, WRONG)
        unknown = await password_grant(b, "unknown@example.org", WRONG)
    known_body, unknown_body = refused(known), refused(unknown)
    known_body.pop("requestId")
    unknown_body.pop("requestId")
    assert known_body == unknown_body
    assert known.headers["content-type"] == unknown.headers["content-type"]
    assert abs(int(known.headers["Retry-After"]) - int(unknown.headers["Retry-After"])) <= 1


async def test_password_reset_requests_are_limited_per_address(
    settings: Settings, engine: AsyncEngine, db: object
) -> None:
    app = create_app(settings.model_copy(update={"password_resets_per_address": 2}), engine=engine)
    async with connect(app, "192.0.2.1") as client, connect(app, "192.0.2.2") as other:
        for email in ("a@example.org", "b@example.org"):
            ask = await client.post(f"{API}/auth/password-reset", json={"email": email})
            assert ask.status_code == 202
        refused(await client.post(f"{API}/auth/password-reset", json={"email": "c@example.org"}))
        ask = await other.post(f"{API}/auth/password-reset", json={"email": "c@example.org"})
        assert ask.status_code == 202


async def test_two_processes_on_one_postgresql_database_share_the_counts(
    backend: str,
    db: async_sessionmaker[AsyncSession],
    settings: Settings,
    database_url: str,
    org: Organisation,
) -> None:
    if backend != "postgresql":
        pytest.skip("SQLite serves one process: its counts are in memory by design")
    who = await factories.person(db, org)
    engines = [make_engine(database_url), make_engine(database_url)]
    try:
        first, second = (create_app(throttled_settings(settings), engine=e) for e in engines)
        async with connect(first) as one, connect(second) as two:
            await fail(one, who.email, 2)
            await fail(two, who.email, 1)
            refused(await password_grant(one, who.email, PASSWORD))
            refused(await password_grant(two, who.email, PASSWORD))
    finally:
        for e in engines:
            await e.dispose()


async def test_windows_that_ran_out_are_purged_and_live_ones_kept(
    db: async_sessionmaker[AsyncSession],
) -> None:
    async with db() as session:
        now = time.time()
        session.add(ThrottleCounter(key="account:old", count=5, expires_at=now - 1))
        session.add(ThrottleCounter(key="account:live", count=2, expires_at=now + 600))
        await session.commit()
    assert await throttle_storage.purge(db) == 1
    async with db() as session:
        assert list(await session.scalars(select(ThrottleCounter.key))) == ["account:live"]


async def test_parallel_guesses_get_no_more_tries_than_the_limit(
    db: async_sessionmaker[AsyncSession], throttled_app: FastAPI, org: Organisation
) -> None:
    who = await factories.person(db, org)
    async with connect(throttled_app) as client:
        answers = await asyncio.gather(
            *(password_grant(client, who.email, f"{WRONG} {n}") for n in range(8))
        )
    assert sorted(a.status_code for a in answers) == [400] * 3 + [429] * 5


async def test_successful_sign_ins_do_not_use_up_the_address(
    db: async_sessionmaker[AsyncSession], throttled_app: FastAPI, org: Organisation
) -> None:
    # An office behind one address: everyone signs in, and nobody is refused for it.
    people = [await factories.person(db, org) for _ in range(7)]
    async with connect(throttled_app) as client:
        for who in people:
            assert (await password_grant(client, who.email, PASSWORD)).status_code == 200

"""Test harness: every database test runs on SQLite and on PostgreSQL.

Both schemas are built by the Alembic migrations, once per run. Tests commit for real
(concurrency tests need that) and every table is emptied after each test.

PostgreSQL: ``CHORUS_TEST_POSTGRES_URL`` names a database to use (``.ci/run`` creates a
fresh one); otherwise a database is created on 127.0.0.1 for the run and dropped after.
Under parallel workers (``scripts/test`` runs ``pytest -n auto``) the first worker uses the
named database and every other worker a sibling of its own, made and dropped here: the
tables are emptied after each test, which two workers sharing one database would race.
A PostgreSQL that cannot be reached fails the run. ``CHORUS_TEST_BACKENDS=sqlite`` limits
a local run to SQLite on purpose.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import asyncpg
import httpx
import pytest
from fastapi import FastAPI
from pydantic import SecretStr
from sqlalchemy import make_url, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from app.db.engine import make_engine, make_sessionmaker
from app.db.migrate import upgrade_async
from app.db.models import Organisation, metadata
from app.main import create_app
from app.settings import Settings
from tests import factories
from tests.factories import Caller
from tests.support import StatementCounter, check_problem

BACKENDS = [b for b in os.environ.get("CHORUS_TEST_BACKENDS", "sqlite,postgresql").split(",") if b]
PG_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def _create_pg_database(name: str | None = None) -> tuple[str, str]:
    name = name or f"chorus_test_{uuid.uuid4().hex[:12]}"
    try:
        connection = await asyncpg.connect(PG_ADMIN_URL)
    except (OSError, asyncpg.PostgresError) as error:
        pytest.fail(
            f"PostgreSQL is not reachable at 127.0.0.1:5432 ({error}); start it, or set "
            "CHORUS_TEST_BACKENDS=sqlite to run on SQLite alone."
        )
    await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    await connection.execute(f'CREATE DATABASE "{name}"')
    await connection.close()
    return name, f"postgresql+asyncpg://postgres@127.0.0.1:5432/{name}"


async def _drop_pg_database(name: str) -> None:
    connection = await asyncpg.connect(PG_ADMIN_URL)
    await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    await connection.close()


@pytest.fixture(scope="session")
async def database_url(
    backend: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[str]:
    created: str | None = None
    if backend == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('sqlite') / 'chorus.db'}"
    elif os.environ.get("CHORUS_TEST_POSTGRES_URL"):
        url = os.environ["CHORUS_TEST_POSTGRES_URL"]
        worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
        if worker != "gw0":
            created, url = await _create_pg_database(f"{make_url(url).database}_{worker}")
    else:
        created, url = await _create_pg_database()
    await upgrade_async(url)
    yield url
    if created:
        await _drop_pg_database(created)


@pytest.fixture(scope="session")
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = make_engine(database_url)
    yield engine
    await engine.dispose()


@pytest.fixture(scope="session")
def sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return make_sessionmaker(engine)


_DELETES = [f"DELETE FROM {t.name}" for t in reversed(metadata.sorted_tables)]


async def _empty_all_tables(engine: AsyncEngine) -> None:
    """Children before parents. DELETE, not TRUNCATE: TRUNCATE of seventy tables gives
    each a new file and took over a second per test on PostgreSQL, DELETE of a test's few
    rows a few milliseconds. (No table has a sequence to restart: IDs are UUIDs.)"""
    async with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            # One round trip: asyncpg runs a script of statements when it has no arguments.
            raw = await connection.get_raw_connection()
            await raw.driver_connection.execute(";".join(_DELETES))  # type: ignore[union-attr]
        else:
            for statement in _DELETES:
                await connection.execute(text(statement))


@pytest.fixture
async def db(
    engine: AsyncEngine, sessionmaker: async_sessionmaker[AsyncSession]
) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """A clean database for one test; the session factory to reach it."""
    yield sessionmaker
    await _empty_all_tables(engine)


@pytest.fixture
async def session(db: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    async with db() as session:
        yield session


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(
        database_url=database_url,
        data_dir=tmp_path,
        jwt_secret=SecretStr("test-secret-" + "x" * 40),
        auto_migrate=False,
    )


@pytest.fixture
def app(settings: Settings, engine: AsyncEngine, db: object) -> FastAPI:
    return create_app(settings, engine=engine)


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(
        transport=transport,
        base_url="http://chorus.test",
        event_hooks={"response": [check_problem]},
    ) as client:
        yield client


@pytest.fixture
def statements(engine: AsyncEngine) -> Iterator[StatementCounter]:
    counter = StatementCounter(engine)
    with counter:
        yield counter


# An organisation and a caller of each role, for REST and GraphQL tests alike.


@pytest.fixture
async def org(db: async_sessionmaker[AsyncSession]) -> Organisation:
    return await factories.organisation(db, "Home")


@pytest.fixture
async def other_org(db: async_sessionmaker[AsyncSession]) -> Organisation:
    return await factories.organisation(db, "Elsewhere")


@pytest.fixture
async def admin(db: async_sessionmaker[AsyncSession], app: FastAPI, org: Organisation) -> Caller:
    return await factories.caller(db, app, org, "administrator")


@pytest.fixture
async def coordinator(
    db: async_sessionmaker[AsyncSession], app: FastAPI, org: Organisation
) -> Caller:
    return await factories.caller(db, app, org, "coordinator")


@pytest.fixture
async def member(db: async_sessionmaker[AsyncSession], app: FastAPI, org: Organisation) -> Caller:
    return await factories.caller(db, app, org, "member")

"""The migrations build exactly the schema the models describe, and can be undone.

Each test starts from a database of its own: a new SQLite file, or a new PostgreSQL
database dropped afterwards.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Connection

from app.db import migrate
from app.db.engine import make_engine
from app.db.models import metadata
from tests.conftest import _create_pg_database, _drop_pg_database

MODEL_TABLES = set(metadata.tables)


@pytest.fixture
async def fresh_url(backend: str, tmp_path: Path) -> AsyncIterator[str]:
    if backend == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'fresh.db'}"
        return
    name, url = await _create_pg_database()
    try:
        yield url
    finally:
        await _drop_pg_database(name)


async def _upgrade(url: str) -> None:
    # Alembic's env.py runs its own event loop, so it needs a thread of its own.
    await asyncio.to_thread(migrate.upgrade, url)


async def _downgrade(url: str) -> None:
    await asyncio.to_thread(migrate.downgrade, url, "base")


async def _inspect(url: str, look: Any) -> Any:
    engine = make_engine(url)
    try:
        async with engine.connect() as connection:
            return await connection.run_sync(look)
    finally:
        await engine.dispose()


def _tables(connection: Connection) -> set[str]:
    return set(inspect(connection).get_table_names()) - {"alembic_version"}


def _differences(connection: Connection) -> list[Any]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, metadata))


def _applied(connection: Connection) -> set[str]:
    return set(MigrationContext.configure(connection).get_current_heads())


def _heads() -> set[str]:
    return set(ScriptDirectory.from_config(migrate.alembic_config("sqlite://")).get_heads())


async def test_upgrade_downgrade_upgrade_builds_the_models_schema(fresh_url: str) -> None:
    assert await _inspect(fresh_url, _tables) == set()

    await _upgrade(fresh_url)
    assert await _inspect(fresh_url, _tables) == MODEL_TABLES
    assert await _inspect(fresh_url, _applied) == _heads()
    # Columns, types, nullability, indexes, constraints: as the models declare them.
    assert await _inspect(fresh_url, _differences) == []

    await _downgrade(fresh_url)
    assert await _inspect(fresh_url, _tables) == set()
    assert await _inspect(fresh_url, _applied) == set()

    await _upgrade(fresh_url)
    assert await _inspect(fresh_url, _tables) == MODEL_TABLES
    assert await _inspect(fresh_url, _differences) == []

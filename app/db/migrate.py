"""Run Alembic from code: the CLI, first start and the tests all migrate the same way."""

from __future__ import annotations

import asyncio
from pathlib import Path

from alembic import command
from alembic.config import Config

import app


def _migrations_dir() -> Path:
    packaged = Path(app.__file__).parent / "_migrations"
    if packaged.is_dir():  # installed from a wheel
        return packaged
    return Path(app.__file__).parent.parent / "alembic"


def alembic_config(database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(_migrations_dir()))
    config.set_main_option("path_separator", "os")
    config.attributes["database_url"] = database_url
    return config


def upgrade(database_url: str, revision: str = "heads") -> None:
    command.upgrade(alembic_config(database_url), revision)


def downgrade(database_url: str, revision: str = "base") -> None:
    command.downgrade(alembic_config(database_url), revision)


async def upgrade_async(database_url: str, revision: str = "heads") -> None:
    # env.py runs its own event loop, so it needs a thread of its own when called from async.
    await asyncio.to_thread(upgrade, database_url, revision)

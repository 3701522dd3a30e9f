"""Loading the demo in tests: the app's own storage, and quicker password hashes."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.demo import DemoAccounts, load_demo
from app.domain.passwords import check_password
from app.integrations.storage import Storage, make_storage
from app.settings import Settings

# Still argon2, so sign-in verifies these as it verifies any hash, but cheap: the demo
# hashes ten passwords per load, and each test loads it.
_QUICK = PasswordHash((Argon2Hasher(time_cost=1, memory_cost=1024, parallelism=1),))


def quick_hash(password: str, pointer: str = "/password") -> str:
    check_password(password, pointer)
    return _QUICK.hash(password)


@pytest.fixture(autouse=True)
def _quick_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.demo.people.hash_password", quick_hash)


@pytest.fixture
def storage(settings: Settings) -> Storage:
    """The storage the app under test serves papers from, as `chorus serve` passes it."""
    return make_storage(settings)


async def load(db: async_sessionmaker[AsyncSession], storage: Storage) -> DemoAccounts:
    async with db() as session:
        accounts = await load_demo(session, storage)
        await session.commit()
    return accounts


async def count_by(session: AsyncSession, *columns: Any) -> Counter[Any]:
    rows = await session.execute(select(*columns))
    return Counter(row[0] if len(columns) == 1 else tuple(row) for row in rows)

"""The database writes each value as the Python path writes it: a client reading the
board tree or a compiled GraphQL answer cannot tell which path served it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, cast

import orjson
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.sql.elements import KeyedColumnElement
from sqlmodel import col

from app.api.views.base import View
from app.db.json import Json
from app.db.models import Organisation

# The mapped attribute is the column at run time; its type stub says Mapped.
_created_at = cast("KeyedColumnElement[Any]", col(Organisation.created_at))


class _Stamp(View):
    created_at: datetime


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 12, 3, 4, 27, 22, tzinfo=UTC),  # no fraction: none written
        datetime(2026, 12, 3, 4, 27, 22, 120000, tzinfo=UTC),  # trailing zeros kept
        datetime(2026, 12, 3, 4, 27, 22, 5, tzinfo=UTC),
        datetime(1999, 1, 31, 23, 59, 59, 999999, tzinfo=UTC),
    ],
)
async def test_datetimes_read_as_the_views_write_them(
    db: async_sessionmaker[AsyncSession], moment: datetime
) -> None:
    async with db() as session:
        org = Organisation(name="Clock", created_at=moment)
        session.add(org)
        await session.commit()
        json = Json(session.get_bind().dialect.name)
        written = json.text(json.object([("createdAt", json.value(_created_at))]))
        text = await session.scalar(select(written).where(col(Organisation.id) == org.id))
    assert text is not None
    assert orjson.loads(text) == orjson.loads(_Stamp(created_at=moment).model_dump_json())

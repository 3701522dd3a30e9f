"""The moves every area makes on its rows, written once (`store.one`, `store.children`,
`store.patch`).

Each area keeps its own rules: who may see a row is the ``visible`` clause it passes (its
``readable(actor)``), so tenancy stays in the area that knows it; what is read here is
only ever what that clause lets through.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any, Protocol, TypeVar

from sqlalchemy import ColumnElement
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import SQLModel, col, select

from app.db.types import utcnow
from app.domain import audit
from app.domain.actors import Actor
from app.domain.errors import NotFound

R = TypeVar("R", bound=SQLModel)


class _Owned(Protocol):
    id: uuid.UUID
    organisation_id: uuid.UUID


def in_org(model: type[SQLModel], actor: Actor) -> ColumnElement[bool]:
    """Tenancy alone, for rows every caller of the organisation may reach."""
    clause: ColumnElement[bool] = col(model.organisation_id) == actor.organisation_id  # type: ignore[attr-defined]
    return clause


async def one(
    session: AsyncSession,
    model: type[R],
    row_id: uuid.UUID,
    visible: ColumnElement[bool],
    entity: str,
    *,
    for_update: bool = False,
) -> R:
    """The row, if the caller may see it; otherwise NotFound, so a row of another
    organisation and a row that does not exist look the same."""
    statement = select(model).where(col(model.id) == row_id, visible)  # type: ignore[attr-defined]
    if for_update:
        statement = statement.with_for_update()
    row = await session.scalar(statement)
    if row is None:
        raise NotFound(entity)
    return row


async def children(
    session: AsyncSession,
    model: type[R],
    parent: Any,
    parent_ids: Iterable[uuid.UUID],
    *where: ColumnElement[bool],
    order_by: Any,
    join: tuple[type[SQLModel], ColumnElement[bool]] | None = None,
) -> defaultdict[uuid.UUID, list[R]]:
    """The children of many parents in one query, grouped by parent (empty lists for
    parents with none), for loaders and nested lists. ``parent`` is the child's column
    naming its parent; ``where`` must carry the area's visibility clause, which may name
    the parent's columns when ``join`` brings the parent in."""
    grouped: defaultdict[uuid.UUID, list[R]] = defaultdict(list)
    wanted = set(parent_ids)
    if not wanted:
        return grouped
    statement = select(model)
    if join is not None:
        statement = statement.join(*join)
    rows = await session.scalars(
        statement.where(col(parent).in_(wanted), *where).order_by(order_by)
    )
    key = parent.key
    for row in rows:
        grouped[getattr(row, key)].append(row)
    return grouped


S = TypeVar("S", bound=SQLModel)


async def board_settings_row(
    session: AsyncSession, model: type[S], organisation_id: uuid.UUID, board_id: uuid.UUID
) -> S:
    """A board's row of an area's own settings table, made on the first write. Two first
    writes may race: the loser's insert is undone in a savepoint and it reads the winner's
    row, so neither request fails."""
    column = col(model.board_id)  # type: ignore[attr-defined]
    found: S | None = await session.scalar(select(model).where(column == board_id))
    if found is not None:
        return found
    row = model(organisation_id=organisation_id, board_id=board_id)
    try:
        async with session.begin_nested():
            session.add(row)
    except IntegrityError:
        won: S | None = await session.scalar(select(model).where(column == board_id))
        assert won is not None
        return won
    return row


def apply(row: object, changes: Mapping[str, Any]) -> set[str]:
    """Set each field whose value differs; the names of those that did."""
    changed = {name for name, value in changes.items() if getattr(row, name) != value}
    for name in changed:
        setattr(row, name, changes[name])
    return changed


async def record_update(
    session: AsyncSession,
    actor: Actor,
    row: _Owned,
    changed: set[str],
    entity: str,
    *,
    flush: Callable[[], Awaitable[None]] | None = None,
) -> None:
    """Stamp, write and audit a changed row. The flush is where a versioned row's
    ``version`` goes up (``version_id_col``), and where a stale one fails. The audit names
    the fields only: their values may be sensitive."""
    if not changed:
        return
    if hasattr(row, "updated_at"):
        row.updated_at = utcnow()
    await (flush or session.flush)()
    audit.record(session, actor, f"{entity}.updated", entity, row.id, row.organisation_id, changed)


async def patch(
    session: AsyncSession,
    actor: Actor,
    row: _Owned,
    changes: Mapping[str, Any],
    entity: str,
    *,
    flush: Callable[[], Awaitable[None]] | None = None,
) -> set[str]:
    """``apply`` then ``record_update``: a partial update, written and audited if it
    changed anything. Returns what changed, for the caller's own follow-ups."""
    changed = apply(row, changes)
    await record_update(session, actor, row, changed, entity, flush=flush)
    return changed

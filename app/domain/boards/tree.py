"""A page of boards with their memberships and people, written by the database.

The board tree is the API's heaviest common read. One statement returns each board of
the page as finished JSON, its memberships and their people nested in it, with every rule
of the Python path inside: the organisation filter at each level, ``people:read`` for the
people at all, and the private fields of a person only for those ``can_see_private``
allows (the person themself, or a caller with ``people:read_private``). The caller
names the fields (the view's keys and the columns behind them), so the shape is still
declared once, by the view.
"""

from __future__ import annotations

import functools
import uuid
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import ColumnElement, Select, Uuid, bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.db.json import Json
from app.db.models import Board, Membership, Person
from app.domain.actors import Actor, Permission, require
from app.domain.boards.schemas import BoardKind
from app.domain.datarights import reads
from app.domain.pagination import PageRequest, check_limit, decode_cursor, encode_cursor
from app.domain.people.visibility import PrivateScope, person_json, private_scope, scope_params

Keys = tuple[tuple[str, str], ...]  # (JSON key, column name), in the view's order


@dataclass(frozen=True)
class TreeShape:
    board: Keys
    membership: Keys
    person_public: Keys
    person_private: Keys


@dataclass(frozen=True)
class JsonPage:
    items: list[str]  # one finished JSON object per board
    next_cursor: str | None


async def board_tree_page(
    session: AsyncSession,
    actor: Actor,
    page: PageRequest,
    shape: TreeShape,
    *,
    kind: BoardKind | None = None,
) -> JsonPage:
    require(actor, Permission.BOARDS_READ)
    require(actor, Permission.PEOPLE_READ)
    limit = check_limit(page.limit)
    privacy = private_scope(actor)
    statement = _statement(
        shape, session.get_bind().dialect.name, privacy, kind is not None, bool(page.cursor)
    )
    params: dict[str, Any] = {"org": actor.organisation_id, "limit": limit + 1}
    params.update(scope_params(actor, privacy))
    if kind is not None:
        params["kind"] = kind.value
    if page.cursor:
        params["after"] = decode_cursor(page.cursor, kind=Board.__tablename__)
    rows = (await session.execute(statement, params)).all()
    cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        cursor = encode_cursor(rows[-1][0], Board.__tablename__)
    items = [r[1] for r in rows]
    if privacy == "all":
        _note_private_reads(actor, items)
    return JsonPage(items, cursor)


def _note_private_reads(actor: Actor, items: list[str]) -> None:
    """Every person in a tree read with ``people:read_private`` was read privately; the
    IDs are in the JSON the database wrote ("own" reads are the caller's, not audited)."""
    for item in items:
        for membership in orjson.loads(item).get("memberships") or ():
            person = membership.get("person") or {}
            if "id" in person:
                reads.note(actor, uuid.UUID(person["id"]))


@functools.cache
def _statement(
    shape: TreeShape, dialect: str, privacy: PrivateScope, with_kind: bool, with_cursor: bool
) -> Select[Any]:
    """Built once per shape and case, with the caller's values as parameters: making the
    expression was a third of the request's time."""
    json = Json(dialect)
    org = bindparam("org", type_=Uuid())

    def pairs(model: Any, keys: Keys) -> list[tuple[str, ColumnElement[Any]]]:
        return [(key, json.value(getattr(model, name))) for key, name in keys]

    person = person_json(
        json,
        privacy,
        col(Person.id),
        json.object(pairs(Person, shape.person_public)),
        json.object(pairs(Person, shape.person_private)),
    )
    member = json.object([*pairs(Membership, shape.membership), ("person", person)])
    members = (
        select(member.label("j"), col(Membership.id).label("mid"))
        .join(Person, col(Person.id) == col(Membership.person_id))
        .where(
            col(Membership.board_id) == col(Board.id),
            col(Membership.organisation_id) == org,
            col(Person.organisation_id) == org,
        )
    )
    # Ordered here for SQLite, which aggregates a subquery's rows in their order; by the
    # aggregate itself on PostgreSQL. Correlated to the outer board by hand: SQLAlchemy
    # correlates a scalar subquery on its own, not a subquery in its FROM, which would
    # otherwise join every board.
    ordered = members.order_by(col(Membership.id)).correlate(Board).subquery()
    nested = select(json.array(ordered.c.j, ordered.c.mid)).scalar_subquery()
    board = json.object([*pairs(Board, shape.board), ("memberships", nested)])
    statement = select(col(Board.id), json.text(board)).where(col(Board.organisation_id) == org)
    if with_kind:
        statement = statement.where(col(Board.kind) == bindparam("kind"))
    if with_cursor:
        statement = statement.where(col(Board.id) > bindparam("after", type_=Uuid()))
    return statement.order_by(col(Board.id)).limit(bindparam("limit"))

"""``can_see_private`` as SQL, for statements that write a person's JSON themselves.

A statement that returns many people cannot call ``can_see_private`` per row, so the
rule is decided once per caller as a scope and applied per row inside the statement:
everyone's private fields (``people:read_private``), only the caller's own (any other
person signed in), or nobody's (an API client without the permission).
"""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import ColumnElement, Uuid, bindparam, case

from app.db.json import Json
from app.domain.actors import Actor, Permission

PrivateScope = Literal["all", "own", "none"]

# The bind parameter that carries the caller's own person ID when the scope is "own".
OWN = "own"


def private_scope(actor: Actor) -> PrivateScope:
    """The scope ``can_see_private`` gives this caller over every person at once."""
    if actor.can(Permission.PEOPLE_READ_PRIVATE):
        return "all"
    return "own" if actor.is_person else "none"


def scope_params(actor: Actor, scope: PrivateScope) -> dict[str, Any]:
    return {OWN: actor.id} if scope == "own" else {}


def person_json(
    json: Json,
    scope: PrivateScope,
    person_id: Any,
    public: ColumnElement[Any],
    private: ColumnElement[Any],
) -> ColumnElement[Any]:
    """The private object where the scope allows it for this row, else the public one."""
    if scope == "all":
        return private
    if scope == "none":
        return public
    own = bindparam(OWN, type_=Uuid())
    return json.embed(case((person_id == own, private), else_=public))

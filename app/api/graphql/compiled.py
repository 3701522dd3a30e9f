"""Root fields answered by one SQL statement that writes their JSON.

The executor (``executor.py``) asks ``compile_root`` for each root field of a query. When
the planner knows the whole selection (``compile_plan.py``), the field's value is the text
the database wrote (``compile_sql.py``), passed into the response as an
``orjson.Fragment`` without becoming Python objects; otherwise, or when the statement
finds nothing (a board that is not there, so the resolver reports NOT_FOUND), the field
runs through the resolvers as before. ``tests/graphql/test_compiled_equivalence.py`` runs
the same documents both ways, for callers with different rights, on both databases.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import orjson
from graphql import GraphQLObjectType
from graphql.execution.collect_fields import FieldDetailsList

from app.api.graphql import compile_reads
from app.api.graphql.compile_plan import Conn, Executor, One, Planner
from app.api.graphql.compile_sql import ORG, statement
from app.api.graphql.context import Context
from app.domain.audit import request_id_var
from app.domain.datarights import reads
from app.domain.people.visibility import private_scope, scope_params

log = logging.getLogger("chorus.graphql")


@dataclass(frozen=True)
class Compiled:
    plan: Conn | One
    params: dict[str, Any]

    async def run(self, context: Context) -> orjson.Fragment | None:
        actor = context.actor
        scope = private_scope(actor)
        params = {ORG: actor.organisation_id, **scope_params(actor, scope), **self.params}
        async with context.reading() as session:
            query = statement(self.plan, session.get_bind().dialect.name, scope)
            text = (await session.execute(query, params)).scalar_one_or_none()
        if text is None:
            return None
        if scope == "all" and compile_reads.has_private(self.plan):
            data = orjson.loads(text)
            reads.note_many(actor, list(compile_reads.subjects(self.plan, data)))
            if compile_reads.hides_subject(self.plan):
                return orjson.Fragment(orjson.dumps(data))
        return orjson.Fragment(text)


def compile_root(
    executor: Executor, context: Any, parent: GraphQLObjectType, details: FieldDetailsList
) -> Compiled | None:
    if not isinstance(context, Context) or not context.state.settings.graphql_compiled:
        return None
    planner = Planner(executor, context.actor)
    plan = planner.root(parent, details)
    return None if plan is None else Compiled(plan, planner.params)


async def run_or_resolve(compiled: Compiled, context: Context, resolve: Callable[[], Any]) -> Any:
    """The compiled value, or the resolvers' when the statement found nothing or failed.

    A failure here is ours, not the caller's (SQLite refuses statements nested deeper
    than its parser allows, for one): the resolvers are the reference, so they answer.
    """
    try:
        found = await compiled.run(context)
    except Exception as error:
        log.warning(
            "compiled read fell back to the resolvers",
            extra={"error": type(error).__name__, "request_id": request_id_var.get()},
        )
        found = None
    if found is not None:
        return found
    result = resolve()
    return await result if isinstance(result, Awaitable) else result

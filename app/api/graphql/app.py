"""GraphQL at ``/graphql``: the HTTP endpoint and the request's one transaction.

- ``POST`` runs queries and mutations: JSON ``{query, variables, operationName}``.
  Results are HTTP 200 with ``data`` and/or ``errors``; a body that is not such JSON is
  400. ``GET`` never executes anything, so a link or an ``<img>`` cannot run a mutation:
  it serves GraphiQL when ``CHORUS_GRAPHIQL`` is on, and is a 405 problem otherwise.
- Authentication is REST's: a bearer token, verified and resolved to an actor the same
  way. Without a valid one the answer is HTTP 401 with ``WWW-Authenticate: Bearer`` and a
  GraphQL body whose error has ``extensions.code`` UNAUTHENTICATED; nothing runs, not
  even introspection (the schema is published as ``openapi/schema.graphql``).
- One transaction per request. Mutations write through one session; when execution has
  finished it is committed if there were no errors and rolled back otherwise, before the
  response is built. A request that wrote and then failed anywhere answers ``data: null``:
  nothing it did was kept, so nothing is reported as done.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from graphql import GraphQLError
from strawberry import Schema
from strawberry.http.ides import get_graphql_ide_html
from strawberry.schema.exceptions import CannotGetOperationTypeError, InvalidOperationTypeError
from strawberry.types.graphql import OperationType

from app.api.graphql.context import Context
from app.api.graphql.errors import VALIDATION_FAILED, format_error, single_error
from app.api.graphql.schema import build_schema
from app.api.problems import PROBLEM_TYPES, problem_response
from app.api.state import AppState
from app.domain.actors import Actor
from app.domain.audit import request_id_var
from app.domain.auth.identity import resolve_actor
from app.domain.errors import Unauthenticated

log = logging.getLogger("chorus.graphql")

MAX_BODY_BYTES = 1024 * 1024
ALLOWED = (OperationType.QUERY, OperationType.MUTATION)


@dataclass(frozen=True)
class GraphQLRequest:
    query: str
    variables: dict[str, Any] | None
    operation_name: str | None


class BadRequest(Exception):
    pass


def _json(
    body: dict[str, Any], status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    return Response(
        orjson.dumps(body), status_code=status, media_type="application/json", headers=headers
    )


def _parse(body: bytes) -> GraphQLRequest:
    try:
        payload = orjson.loads(body)
    except orjson.JSONDecodeError:
        raise BadRequest("The body must be JSON: {query, variables, operationName}.") from None
    if not isinstance(payload, dict):
        raise BadRequest("The body must be one JSON object; batches are not supported.")
    query, variables, name = (
        payload.get("query"),
        payload.get("variables"),
        payload.get("operationName"),
    )
    if not isinstance(query, str) or not query.strip():
        raise BadRequest('The body needs a "query" string.')
    if variables is not None and not isinstance(variables, dict):
        raise BadRequest('"variables" must be a JSON object.')
    if name is not None and not isinstance(name, str):
        raise BadRequest('"operationName" must be a string.')
    return GraphQLRequest(query, variables, name)


async def _authenticate(state: AppState, request: Request) -> Actor:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthenticated("Send an access token as 'Authorization: Bearer <token>'.")
    verified = await state.tokens.verify(token.strip())
    async with state.sessionmaker() as session:
        return await resolve_actor(session, verified)


def mount_graphql(app: FastAPI) -> None:
    state: AppState = app.state.chorus
    settings = state.settings
    schema = build_schema(
        settings.graphql_max_depth, settings.graphql_max_aliases, settings.graphql_max_tokens
    )
    ide_html = get_graphql_ide_html("graphiql") if settings.graphiql_enabled else None

    async def graphql_get(request: Request) -> Response:
        if ide_html is None:
            return problem_response(
                request,
                PROBLEM_TYPES["method-not-allowed"],
                "GraphiQL is turned off here; send GraphQL requests with POST.",
                headers={"Allow": "POST"},
            )
        return HTMLResponse(ide_html)

    async def graphql_post(request: Request) -> Response:
        body = await request.body()
        if len(body) > MAX_BODY_BYTES:
            problem = PROBLEM_TYPES["payload-too-large"]
            return _json(single_error(problem, "The request body is too large."), 413)
        try:
            actor = await _authenticate(state, request)
        except Unauthenticated as error:
            problem = PROBLEM_TYPES["unauthenticated"]
            return _json(single_error(problem, error.detail), 401, {"WWW-Authenticate": "Bearer"})
        try:
            parsed = _parse(body)
        except BadRequest as error:
            return _json(single_error(PROBLEM_TYPES["http-error"], str(error)), 400)
        return await _execute(schema, Context(state, actor), parsed)

    app.add_route("/graphql", graphql_post, methods=["POST"], include_in_schema=False)
    app.add_route("/graphql", graphql_get, methods=["GET"], include_in_schema=False)


async def _execute(schema: Schema, context: Context, parsed: GraphQLRequest) -> Response:
    try:
        result = await schema.execute(
            parsed.query,
            variable_values=parsed.variables,
            context_value=context,
            operation_name=parsed.operation_name,
            allowed_operation_types=ALLOWED,
        )
    except (CannotGetOperationTypeError, InvalidOperationTypeError) as error:
        await context.finish(commit=False)
        reason = (
            error.as_http_error_reason()
            if isinstance(error, CannotGetOperationTypeError)
            else "Only queries and mutations are supported."
        )
        return _json({"errors": [{"message": reason, "extensions": {"code": VALIDATION_FAILED}}]})
    except BaseException:
        await context.finish(commit=False)
        raise
    errors = result.errors or []
    try:
        await context.finish(commit=not errors)
    except Exception:
        log.exception("graphql commit failed", extra={"request_id": request_id_var.get()})
        failed = single_error(PROBLEM_TYPES["internal-error"], "Something went wrong on our side.")
        return _json({"data": None, **failed})
    return _json(_response_body(result.data, errors, rolled_back=context.wrote and bool(errors)))


def _response_body(
    data: dict[str, Any] | None, errors: list[GraphQLError], *, rolled_back: bool
) -> dict[str, Any]:
    body: dict[str, Any] = {}
    # The spec leaves out "data" when nothing ran (the document was refused) and gives
    # null when execution failed as a whole.
    if data is not None or any(e.path is not None for e in errors):
        body["data"] = None if rolled_back else data
    if errors:
        body["errors"] = [format_error(e) for e in errors]
    return body

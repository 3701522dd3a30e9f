"""GraphQL at ``/graphql``: the HTTP endpoint and the request's one transaction.

- ``POST`` runs queries and mutations: JSON ``{query, variables, operationName}`` with a
  JSON Content-Type (else 415). ``GET`` runs queries from the URL's parameters, never a
  mutation (405), and serves GraphiQL to a browser when ``CHORUS_GRAPHIQL`` is on. Media
  types and status codes follow GraphQL over HTTP (``http.py``); a body that is not such
  JSON is 400.
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
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.responses import Response
from graphql import GraphQLError
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry import Schema
from strawberry.schema.exceptions import CannotGetOperationTypeError, InvalidOperationTypeError
from strawberry.types.graphql import OperationType

from app.api import docs_pages, unavailable
from app.api.graphql import http
from app.api.graphql.context import Context
from app.api.graphql.errors import UNAVAILABLE, VALIDATION_FAILED, format_error, single_error
from app.api.graphql.schema import build_schema
from app.api.headers import page
from app.api.problems import PROBLEM_TYPES, ProblemType, problem_response
from app.api.state import AppState
from app.api.urls import absolute
from app.domain.actors import Actor
from app.domain.audit import request_id_var
from app.domain.auth.identity import resolve_actor
from app.domain.datarights import reads
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


def _parse(body: bytes) -> GraphQLRequest:
    try:
        payload = orjson.loads(body)
    except orjson.JSONDecodeError:
        raise BadRequest("The body must be JSON: {query, variables, operationName}.") from None
    if not isinstance(payload, dict):
        raise BadRequest("The body must be one JSON object; batches are not supported.")
    return _request(payload)


def _parse_url(request: Request) -> GraphQLRequest:
    payload: dict[str, Any] = dict(request.query_params)
    for name in ("variables", "extensions"):
        if name in payload:
            try:
                payload[name] = orjson.loads(payload[name])
            except orjson.JSONDecodeError:
                raise BadRequest(f'"{name}" must be a JSON object.') from None
    return _request(payload)


def _request(payload: dict[str, Any]) -> GraphQLRequest:
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
    extensions = payload.get("extensions")
    if extensions is not None and not isinstance(extensions, dict):
        raise BadRequest('"extensions" must be a JSON object.')
    return GraphQLRequest(query, variables, name)


async def _authenticate(state: AppState, request: Request) -> tuple[Actor, AsyncSession]:
    """The actor, and the session it was read with: the request's one session from here."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthenticated("Send an access token as 'Authorization: Bearer <token>'.")
    verified = await state.tokens.verify(token.strip())
    session = state.sessionmaker()
    try:
        return await resolve_actor(session, verified), session
    except BaseException:
        await session.close()
        raise


def mount_graphql(app: FastAPI) -> None:
    state: AppState = app.state.chorus
    settings = state.settings
    schema = build_schema(
        settings.graphql_max_depth,
        settings.graphql_max_aliases,
        settings.graphql_max_tokens,
        settings.graphql_max_cost,
    )
    ide_html = docs_pages.install_graphiql_assets(app) if settings.graphiql_enabled else None

    async def graphql_get(request: Request) -> Response:
        if "query" in request.query_params and not http.wants_ide(request):
            return await _run(request, lambda: _parse_url(request), (OperationType.QUERY,))
        if ide_html is None:
            return problem_response(
                request,
                PROBLEM_TYPES["method-not-allowed"],
                "GraphiQL is turned off here; send GraphQL requests with POST.",
                headers={"Allow": "POST"},
            )
        return page(ide_html)

    async def graphql_post(request: Request) -> Response:
        body = await request.body()
        if len(body) > MAX_BODY_BYTES:
            problem = PROBLEM_TYPES["payload-too-large"]
            return _refused(request, problem, "The request body is too large.", 413)
        if not http.is_json_body(request):
            problem = PROBLEM_TYPES["unsupported-media-type"]
            return _refused(request, problem, "Send the body as application/json.", 415)
        return await _run(request, lambda: _parse(body), ALLOWED)

    async def _run(
        request: Request, parse: Callable[[], GraphQLRequest], allowed: tuple[OperationType, ...]
    ) -> Response:
        try:
            media_type = http.response_type(request)
        except http.NotAcceptable:
            message = f"This endpoint answers {http.GRAPHQL_RESPONSE} or {http.JSON}."
            return _refused(request, PROBLEM_TYPES["http-error"], message, 406)
        try:
            actor, session = await _authenticate(state, request)
        except Unauthenticated as error:
            body = single_error(PROBLEM_TYPES["unauthenticated"], error.detail)
            return http.graphql_response(body, media_type, 401, {"WWW-Authenticate": "Bearer"})
        context = Context(state, actor, session)
        context.base_url = absolute(request, "")
        try:
            parsed = parse()
        except BadRequest as error:
            await context.finish(commit=False)
            body = single_error(PROBLEM_TYPES["http-error"], str(error))
            return http.graphql_response(body, media_type, 400)
        return await _execute(schema, context, parsed, media_type, allowed)

    app.add_route("/graphql", graphql_post, methods=["POST"], include_in_schema=False)
    app.add_route("/graphql", graphql_get, methods=["GET"], include_in_schema=False)


def _refused(request: Request, ptype: ProblemType, message: str, status: int) -> Response:
    """Refused before any GraphQL ran, in the media type the client asked for if it can."""
    try:
        media_type = http.response_type(request)
    except http.NotAcceptable:
        media_type = http.JSON
    return http.graphql_response(single_error(ptype, message), media_type, status)


async def _execute(
    schema: Schema,
    context: Context,
    parsed: GraphQLRequest,
    media_type: str,
    allowed: tuple[OperationType, ...],
) -> Response:
    def _json(body: dict[str, Any], status: int | None = None) -> Response:
        return http.graphql_response(body, media_type, status or http.status_for(body, media_type))

    try:
        with reads.collecting(context.actor) as context.private_reads:
            result = await schema.execute(
                parsed.query,
                variable_values=parsed.variables,
                context_value=context,
                operation_name=parsed.operation_name,
                allowed_operation_types=allowed,
            )
    except (CannotGetOperationTypeError, InvalidOperationTypeError) as error:
        await context.finish(commit=False)
        if isinstance(error, InvalidOperationTypeError) and allowed == (OperationType.QUERY,):
            body = single_error(
                PROBLEM_TYPES["method-not-allowed"], "Send mutations with POST; GET only reads."
            )
            return http.graphql_response(body, media_type, 405, {"Allow": "POST"})
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
    except Exception as error:
        if unavailable.retry_after(error) is not None:
            failed = single_error(PROBLEM_TYPES["service-unavailable"], UNAVAILABLE)
            return _json({"data": None, **failed})
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

"""The published OpenAPI document, finished so that generated clients can use it.

FastAPI documents an error response's ``model`` under ``application/json`` and adds its
own 422 body (``HTTPValidationError``) to every operation with parameters, while the
server sends every error as ``application/problem+json`` with one shape. Rather than
trusting each route to declare that, the finished document is rewritten once, here: every
4xx and 5xx response of every operation is the ``Problem`` schema under the media type the
server really sends, so a client generated from it can read any error.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute, iter_route_contexts

from app.api import openapi_headers, openapi_security, openapi_sent

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_REF = "#/components/schemas/Problem"
# FastAPI's own validation schemas, which no response uses once problems replace them.
_FASTAPI_VALIDATION = ("HTTPValidationError", "ValidationError")


def operation_id(route: APIRoute) -> str:
    """``list_boards`` → ``listBoards``: short and stable, since generated clients name
    their methods after it (FastAPI's default appends the path and the method)."""
    name = _NAMED.get(route.name, route.name)
    head, *rest = re.split(r"[_-]", name)
    return head + "".join(word.capitalize() for word in rest)


# Handlers whose names are clear inside their module but not in a client's flat list of
# methods. Published operation IDs are part of the contract: add here, never rename.
_NAMED = {
    "token": "issue_token",
    "revoke": "revoke_token",
    "circulate": "circulate_papers",
    "acknowledge": "acknowledge_papers",
    "get_paper_route": "get_paper",
    "add_version": "add_paper_version",
    "list_versions": "list_paper_versions",
    "add_update": "add_recommendation_update",
    "list_updates": "list_recommendation_updates",
    "totals": "expense_totals",
    "totals_csv": "expense_totals_csv",
    "get_policy": "get_expense_policy",
    "list_policy_versions": "list_expense_policy_versions",
    "create_policy_version": "create_expense_policy_version",
    **{
        f"{verb}_{noun}": f"{verb}_expense_{noun}"
        for verb, noun in [
            ("list", "claims"),
            ("create", "claim"),
            ("get", "claim"),
            ("update", "claim"),
            ("submit", "claim"),
            ("approve", "claim"),
            ("reject", "claim"),
            ("return", "claim"),
            ("withdraw", "claim"),
            ("list", "items"),
            ("add", "item"),
            ("update", "item"),
            ("delete", "item"),
        ]
    },
    **{
        f"{verb}_{noun}": f"{verb}_payment_{noun}"
        for verb, noun in [
            ("list", "runs"),
            ("create", "run"),
            ("get", "run"),
            ("export", "run"),
            ("cancel", "run"),
        ]
    },
    "mark_paid": "mark_payment_run_paid",
}


def install(app: FastAPI) -> None:
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = finish(build(), if_match_required(app))
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def if_match_required(app: FastAPI) -> list[str]:
    """Operations that answer 428 without If-Match, found from their dependencies."""
    return [
        operation_id(context.original_route)
        for context in iter_route_contexts(app.routes)
        if isinstance(context.original_route, APIRoute)
        and openapi_headers.needs_if_match(context.original_route.dependant)
    ]


def finish(document: dict[str, Any], if_match_required: Iterable[str] = ()) -> dict[str, Any]:
    from app.api.problem_docs import described_status
    from app.api.problems import PROBLEM_TYPES

    openapi_security.finish(document)
    openapi_headers.finish(document, if_match_required)
    openapi_sent.finish(document)
    for operations in document.get("paths", {}).values():
        for operation in operations.values():
            _every_operation(operation)
            body = operation.get("requestBody", {}).get("content", {})
            if "application/json" in body:
                # Refused before any field rule (problems._body_problem), on every JSON body.
                responses = operation.setdefault("responses", {})
                for slug in ("malformed-json", "unsupported-media-type"):
                    ptype = PROBLEM_TYPES[slug]
                    responses.setdefault(str(ptype.status), {"description": ptype.title})
            for code, response in operation.get("responses", {}).items():
                if not _is_error(code):
                    continue
                response["content"] = {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": PROBLEM_REF}}}
                if response.get("description") == "Validation Error":
                    response["description"] = described_status(422)
    schemas = document.get("components", {}).get("schemas", {})
    for name in _FASTAPI_VALIDATION:
        schemas.pop(name, None)
    return document


RETRY_AFTER = {
    "description": "Seconds to wait before retrying the same request.",
    "schema": {"type": "integer"},
}


def _every_operation(operation: dict[str, Any]) -> None:
    """Answers any operation can give, whatever its route declares: 503 when the database
    is busy or away (app/api/unavailable.py), 413 past a body's limit (app/api/limits.py)."""
    from app.api.problems import PROBLEM_TYPES

    responses = operation.setdefault("responses", {})
    busy = PROBLEM_TYPES["service-unavailable"]
    responses.setdefault(str(busy.status), {"description": busy.title})
    responses[str(busy.status)].setdefault("headers", {})["Retry-After"] = RETRY_AFTER
    if "requestBody" in operation:
        large = PROBLEM_TYPES["payload-too-large"]
        responses.setdefault(str(large.status), {"description": large.title})


def _is_error(code: str) -> bool:
    return bool(re.fullmatch(r"[45]\d\d|[45]XX", code))

"""GraphQL errors in the API's one vocabulary, formatted in one place.

``extensions.code`` comes from the same table as REST problem details
(``app/api/problems.py``), with the problem ``type`` URI, ``status`` and the same extra
members (``errors`` pointers, ``allowed``). Pointers are relative to the argument that
was wrong: ``/first``, or a field of ``input`` such as ``/displayName``.

Errors in the document itself, before anything runs, carry no problem type: their code is
``GRAPHQL_PARSE_FAILED`` or ``GRAPHQL_VALIDATION_FAILED`` (the codes GraphQL clients
already know), and this is where the depth, alias and token limits report.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from graphql import GraphQLError, GraphQLSyntaxError
from pydantic import ValidationError

from app.api import unavailable
from app.api.problems import PROBLEM_TYPES, ProblemType, domain_extensions, problem_type_for
from app.domain.audit import request_id_var
from app.domain.errors import DomainError, FieldProblem

log = logging.getLogger("chorus.graphql")

PARSE_FAILED = "GRAPHQL_PARSE_FAILED"
VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED"
INVALID_INPUT = "The input is not valid; see errors for each field."


class InvalidArguments(Exception):
    """Arguments the schema accepts but the domain's rules refuse, such as ``first: 101``."""

    def __init__(self, problems: Sequence[FieldProblem]) -> None:
        super().__init__(INVALID_INPUT)
        self.problems = list(problems)


def problem_extensions(ptype: ProblemType, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "code": ptype.code,
        "type": ptype.uri,
        "status": ptype.status,
        **(extra or {}),
        "requestId": request_id_var.get(),
    }


def _escape(part: int | str) -> str:
    return str(part).replace("~", "~0").replace("/", "~1")


def _pydantic_problems(error: ValidationError) -> list[dict[str, str]]:
    # Inputs validate by alias, so each location is already the camelCase GraphQL name.
    return [
        {
            "pointer": "/" + "/".join(_escape(p) for p in e["loc"]),
            "detail": str(e["msg"]).removeprefix("Value error, "),
        }
        for e in error.errors(include_url=False, include_input=False)
    ]


def _classify(error: GraphQLError) -> tuple[str, dict[str, Any]]:
    original = error.original_error
    if isinstance(original, DomainError):
        ptype = problem_type_for(original)
        return original.detail, problem_extensions(ptype, domain_extensions(original))
    if isinstance(original, ValidationError):
        extra = {"errors": _pydantic_problems(original)}
        return INVALID_INPUT, problem_extensions(PROBLEM_TYPES["validation"], extra)
    if isinstance(original, InvalidArguments):
        extra = {"errors": [{"pointer": p.pointer, "detail": p.detail} for p in original.problems]}
        return INVALID_INPUT, problem_extensions(PROBLEM_TYPES["validation"], extra)
    retry_after = unavailable.retry_after(original) if original is not None else None
    if retry_after is not None:
        return UNAVAILABLE, problem_extensions(
            PROBLEM_TYPES["service-unavailable"], {"retryAfter": retry_after}
        )
    if error.path is None:
        # Nothing ran: the document, its variables or its operation name are wrong. The
        # message echoes only what the caller sent.
        code = PARSE_FAILED if isinstance(error, GraphQLSyntaxError) else VALIDATION_FAILED
        return error.message, {"code": code}
    log.error(
        "graphql resolver failed",
        exc_info=(type(original), original, original.__traceback__) if original else None,
        extra={"request_id": request_id_var.get(), "path": error.path},
    )
    return "Something went wrong on our side.", problem_extensions(PROBLEM_TYPES["internal-error"])


UNAVAILABLE = (
    "The service cannot reach its database just now; nothing was changed. Retry after the "
    "seconds in extensions.retryAfter."
)


def format_error(error: GraphQLError) -> dict[str, Any]:
    message, extensions = _classify(error)
    formatted: dict[str, Any] = {"message": message}
    if error.locations is not None:
        formatted["locations"] = [location.formatted for location in error.locations]
    if error.path is not None:
        formatted["path"] = error.path
    formatted["extensions"] = extensions
    return formatted


def single_error(ptype: ProblemType, message: str) -> dict[str, Any]:
    """A response body for a request refused before any GraphQL ran."""
    return {"errors": [{"message": message, "extensions": problem_extensions(ptype)}]}

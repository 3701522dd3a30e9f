"""The one table from errors to RFC 9457 problem details and GraphQL ``extensions.code``.

The exception handlers that answer with these are in ``problem_handlers.py``; what the
published document says about them, and ``/problems/{slug}``, in ``problem_docs.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson
from fastapi import Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field

from app.domain import errors
from app.domain.audit import request_id_var

PROBLEM_BASE = "/problems/"


@dataclass(frozen=True)
class ProblemType:
    slug: str
    status: int
    title: str
    description: str

    @property
    def uri(self) -> str:
        return PROBLEM_BASE + self.slug

    @property
    def code(self) -> str:
        return self.slug.upper().replace("-", "_")


_TYPES = [
    ProblemType(
        "validation",
        422,
        "The request is not valid",
        "A field is missing, malformed or out of range; `errors` points at each one.",
    ),
    ProblemType(
        "rule-violation",
        422,
        "The request breaks a rule",
        "Well formed, but against a rule of the domain; `errors` names the field.",
    ),
    ProblemType(
        "unauthenticated",
        401,
        "Authentication is needed",
        "No bearer token, or one that is expired, malformed or not ours.",
    ),
    ProblemType(
        "forbidden", 403, "Not allowed", "The caller may see this object but not do this to it."
    ),
    ProblemType(
        "not-found", 404, "Not found", "No such object, or it belongs to another organisation."
    ),
    ProblemType(
        "method-not-allowed",
        405,
        "Method not allowed",
        "The path exists but does not take this method.",
    ),
    ProblemType("conflict", 409, "Conflict", "The change clashes with the current state."),
    ProblemType(
        "invalid-transition",
        409,
        "Invalid transition",
        "The object's state does not allow this step; `allowed` lists those that are.",
    ),
    ProblemType(
        "idempotency-key-in-flight",
        409,
        "Request still in progress",
        "A request with this Idempotency-Key has not finished yet; retry later.",
    ),
    ProblemType(
        "idempotency-key-reused",
        422,
        "Idempotency key reused",
        "This Idempotency-Key was used before with a different request.",
    ),
    ProblemType(
        "precondition-failed",
        412,
        "Precondition failed",
        "The If-Match ETag is stale: someone changed the object since it was read.",
    ),
    ProblemType(
        "precondition-required",
        428,
        "Precondition required",
        "Updates need an If-Match header with the ETag from the last read.",
    ),
    ProblemType(
        "payload-too-large",
        413,
        "Payload too large",
        "The request body is larger than this endpoint accepts.",
    ),
    ProblemType(
        "oauth-error",
        400,
        "Token request refused",
        "The token endpoint refused the grant; `error` holds the RFC 6749 code.",
    ),
    ProblemType("malformed-json", 400, "Malformed JSON", "The request body is not valid JSON."),
    ProblemType(
        "unsupported-media-type",
        415,
        "Unsupported media type",
        "This endpoint reads a body of another Content-Type; `accept` names it.",
    ),
    ProblemType("http-error", 400, "Bad request", "The request could not be handled."),
    ProblemType(
        "too-many-requests",
        429,
        "Too many requests",
        "Too many failed sign-ins for this account or from this address, or too many "
        "requests of this kind; retry after the seconds in `Retry-After`. The windows run "
        "out: nothing is locked for good.",
    ),
    ProblemType(
        "service-unavailable",
        503,
        "Service unavailable",
        "The database is busy or unreachable; nothing was changed. Retry after the seconds "
        "in `Retry-After`.",
    ),
    ProblemType(
        "internal-error",
        500,
        "Internal error",
        "Something failed on our side; quote the request ID when reporting it.",
    ),
]
PROBLEM_TYPES: dict[str, ProblemType] = {t.slug: t for t in _TYPES}

# Most specific class first.
_DOMAIN_MAP: list[tuple[type[errors.DomainError], str]] = [
    (errors.OAuthError, "oauth-error"),
    (errors.InvalidTransition, "invalid-transition"),
    (errors.Conflict, "conflict"),
    (errors.NotFound, "not-found"),
    (errors.PermissionDenied, "forbidden"),
    (errors.Unauthenticated, "unauthenticated"),
    (errors.PreconditionRequired, "precondition-required"),
    (errors.PreconditionFailed, "precondition-failed"),
    (errors.RuleViolation, "rule-violation"),
    (errors.PayloadTooLarge, "payload-too-large"),
    (errors.TooManyRequests, "too-many-requests"),
]


class FieldError(BaseModel):
    pointer: str | None = None
    parameter: str | None = None
    header: str | None = None
    detail: str


class Problem(BaseModel):
    """RFC 9457 problem details. Extension members vary by type."""

    model_config = ConfigDict(extra="allow")

    type: str
    title: str
    status: int
    detail: str
    instance: str | None = None
    request_id: str | None = Field(
        default=None,
        alias="requestId",
        description="The X-Request-ID of the request, to quote when reporting a problem.",
    )
    errors: list[FieldError] | None = Field(
        default=None, description="Each field or parameter that broke a rule, and the rule."
    )
    allowed: list[str] | None = Field(
        default=None, description="For a transition refused in this state: those allowed now."
    )
    error: str | None = Field(
        default=None, description="From the token endpoint: the OAuth 2.0 error code."
    )
    error_description: str | None = Field(
        default=None, description="From the token endpoint: the OAuth 2.0 error description."
    )
    accept: str | None = Field(
        default=None, description="For 415: the Content-Type this endpoint reads."
    )


def problem_type_for(error: errors.DomainError) -> ProblemType:
    for cls, slug in _DOMAIN_MAP:
        if isinstance(error, cls):
            return PROBLEM_TYPES[slug]
    return PROBLEM_TYPES["http-error"]


def domain_extensions(error: errors.DomainError) -> dict[str, Any]:
    """Members beyond the standard five, shared by REST and GraphQL."""
    extra: dict[str, Any] = {}
    if isinstance(error, errors.RuleViolation) and error.errors:
        extra["errors"] = [{"pointer": e.pointer, "detail": e.detail} for e in error.errors]
    if isinstance(error, errors.InvalidTransition):
        extra["allowed"] = error.allowed
    if isinstance(error, errors.OAuthError):
        extra["error"] = error.error
        extra["error_description"] = error.detail
    return extra


def problem_response(
    request: Request,
    ptype: ProblemType,
    detail: str,
    *,
    status: int | None = None,
    extra: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    body: dict[str, Any] = {
        "type": ptype.uri,
        "title": ptype.title,
        "status": status or ptype.status,
        "detail": detail,
        "instance": request.url.path,
        "requestId": request_id_var.get(),
    }
    body.update(extra or {})
    return Response(
        orjson.dumps(body),
        status_code=status or ptype.status,
        media_type="application/problem+json",
        headers=headers,
    )

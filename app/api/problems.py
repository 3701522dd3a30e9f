"""The one table from errors to RFC 9457 problem details and GraphQL ``extensions.code``."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import orjson
from fastapi import APIRouter, FastAPI, Request, params
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.routing import iter_route_contexts
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.api import unavailable
from app.domain import errors
from app.domain.audit import request_id_var

log = logging.getLogger("chorus.errors")

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


def _pointer(loc: Sequence[int | str]) -> dict[str, str]:
    where, *path = loc or ("body",)
    if where == "body":
        return {
            "pointer": "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in path)
        }
    if where == "header":
        return {"header": str(path[0]) if path else ""}
    return {"parameter": str(path[0]) if path else str(where)}


def _location(error: dict[str, Any]) -> Sequence[int | str]:
    loc: Sequence[int | str] = error.get("loc", ())
    # A JSON syntax error's location ends in a character offset, which is no field.
    return loc[:1] if error.get("type") == "json_invalid" else loc


def _validation_detail(error: dict[str, Any]) -> str:
    message = str(error.get("msg", "is not valid"))
    return message.removeprefix("Value error, ")


def _expected_media_type(request: Request) -> str | None:
    """What the route's body must be, or None when it takes none."""
    route = request.scope.get("route")
    body = getattr(route, "body_field", None)
    if body is None:
        return None
    if isinstance(body.field_info, params.File):
        return "multipart/form-data"
    if isinstance(body.field_info, params.Form):
        return "application/x-www-form-urlencoded"
    return "application/json"


def _is_json(media_type: str) -> bool:
    return media_type == "application/json" or media_type.endswith("+json")


def _body_problem(request: Request, exc: RequestValidationError) -> Response | None:
    """415 for a body of the wrong type and 400 for broken JSON, before field rules: a
    client that sent either needs a different fix from one that broke a rule."""
    errors = exc.errors()
    if not any(e.get("loc", ())[:1] == ("body",) for e in errors):
        return None
    sent = request.headers.get("content-type", "").split(";")[0].strip().lower()
    expected = _expected_media_type(request)
    if expected == "application/json" and not _is_json(sent):
        return problem_response(
            request,
            PROBLEM_TYPES["unsupported-media-type"],
            f"Send the body as application/json, not as {sent}."
            if sent
            else "Send the body as application/json, with that Content-Type.",
            extra={"accept": expected},
        )
    broken = next((e for e in errors if e.get("type") == "json_invalid"), None)
    if broken is not None:
        where = broken.get("ctx", {}).get("error", "")
        return problem_response(
            request,
            PROBLEM_TYPES["malformed-json"],
            f"The body is not valid JSON{f': {where}' if where else ''}.",
        )
    return None


async def _on_validation(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    refused = _body_problem(request, exc)
    if refused is not None:
        return refused
    problems = [{**_pointer(_location(e)), "detail": _validation_detail(e)} for e in exc.errors()]
    return problem_response(
        request,
        PROBLEM_TYPES["validation"],
        "The request is not valid; see errors for each field.",
        extra={"errors": problems},
    )


async def _on_domain(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, errors.DomainError)
    ptype = problem_type_for(exc)
    status = ptype.status
    headers = None
    if isinstance(exc, errors.OAuthError) and exc.error == "invalid_client":
        # RFC 6749 5.2: client authentication failed; the challenge names its scheme.
        status, headers = 401, {"WWW-Authenticate": 'Basic realm="chorus"'}
    elif status == 401:
        headers = {"WWW-Authenticate": "Bearer"}
    elif isinstance(exc, errors.TooManyRequests):
        headers = {"Retry-After": str(exc.retry_after)}
    return problem_response(
        request, ptype, exc.detail, status=status, extra=domain_extensions(exc), headers=headers
    )


_STATUS_SLUG = {
    404: "not-found",
    405: "method-not-allowed",
    413: "payload-too-large",
    401: "unauthenticated",
    403: "forbidden",
}


async def _on_http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    ptype = PROBLEM_TYPES[_STATUS_SLUG.get(exc.status_code, "http-error")]
    detail = exc.detail if isinstance(exc.detail, str) else ptype.title
    if exc.status_code == 404 and detail == "Not Found":
        detail = "There is nothing at this path."
    headers = getattr(exc, "headers", None)
    if exc.status_code == 405:
        # Starlette names only the methods of the first route that matched the path.
        headers = {**(headers or {}), "Allow": _allowed_methods(request)}
    return problem_response(request, ptype, detail, status=exc.status_code, headers=headers)


def _allowed_methods(request: Request) -> str:
    path = request.scope["path"]
    methods: set[str] = set()
    for route in iter_route_contexts(request.app.routes):
        regex = getattr(route, "path_regex", None)
        if regex is not None and route.methods and regex.match(path):
            methods |= route.methods
    return ", ".join(sorted(methods))


async def on_unexpected(request: Request, exc: Exception) -> Response:
    retry_after = unavailable.retry_after(exc)
    if retry_after is not None:
        # Logged without the error's text: a driver's message may quote the statement.
        log.warning(
            "database unavailable",
            extra={"request_id": request_id_var.get(), "error_type": type(exc).__name__},
        )
        return problem_response(
            request,
            PROBLEM_TYPES["service-unavailable"],
            "The service cannot reach its database just now; nothing was changed. "
            "Retry after the seconds in Retry-After.",
            headers={"Retry-After": str(retry_after)},
        )
    # The log has the trace and the request ID; the caller gets only the request ID.
    log.exception("unhandled error", extra={"request_id": request_id_var.get()})
    return problem_response(
        request, PROBLEM_TYPES["internal-error"], "Something went wrong on our side."
    )


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(errors.DomainError, _on_domain)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(Exception, on_unexpected)


def described_status(status: int) -> str:
    described = {t.status: t for t in reversed(_TYPES)}
    return described[status].title if status in described else "Error"


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses=`` entries, so every route documents the problems it can return
    (app/api/openapi.py puts each under the media type the server sends)."""
    return {
        status: {"model": Problem, "description": described_status(status)} for status in statuses
    }


def throttled_response() -> dict[int | str, dict[str, Any]]:
    """The 429 of a throttled endpoint, with its Retry-After header."""
    return {
        429: {
            "model": Problem,
            "description": described_status(429),
            "headers": {
                "Retry-After": {
                    "description": "Seconds until the window that refused this runs out.",
                    "schema": {"type": "integer", "minimum": 1},
                }
            },
        }
    }


router = APIRouter(tags=["problems"])


class ProblemTypeOut(BaseModel):
    type: str
    title: str
    status: int
    description: str


@router.get(
    "/problems/{slug}",
    response_model=ProblemTypeOut,
    responses=error_responses(404),
    summary="Describe a problem type",
)
async def describe_problem_type(slug: str) -> ProblemTypeOut:
    """Every ``type`` in a problem response resolves here."""
    ptype = PROBLEM_TYPES.get(slug)
    if ptype is None:
        raise StarletteHTTPException(404, "There is no problem type of that name.")
    return ProblemTypeOut(
        type=ptype.uri, title=ptype.title, status=ptype.status, description=ptype.description
    )

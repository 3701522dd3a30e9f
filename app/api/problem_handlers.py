"""Every exception a request can end in, answered as a problem from the table in
``problems.py``: request validation (415 and 400 for a body of the wrong type or broken
JSON, before field rules), domain errors, Starlette's HTTP errors, and the unexpected.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request, params
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.routing import iter_route_contexts
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.api import unavailable
from app.api.problems import PROBLEM_TYPES, domain_extensions, problem_response, problem_type_for
from app.domain import errors
from app.domain.audit import request_id_var

log = logging.getLogger("chorus.errors")


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

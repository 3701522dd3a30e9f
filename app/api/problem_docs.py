"""What the published document says about problems, and ``/problems/{slug}``, where every
problem ``type`` resolves to its description."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.api.problems import PROBLEM_TYPES, Problem


def described_status(status: int) -> str:
    # The first type listed for a status names it.
    described = {t.status: t for t in reversed(PROBLEM_TYPES.values())}
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

"""GraphQL over HTTP as its specification has it: media types, methods, status codes.

- The answer is ``application/graphql-response+json`` when the client accepts it, and
  then a document that fails to parse or validate is a 4xx, as the specification asks;
  ``application/json`` (the legacy type, the default without an Accept header) keeps 200
  for every GraphQL result, which older clients rely on.
- ``GET`` runs queries from the URL, never mutations: a GET must be safe, so a link or an
  ``<img>`` cannot write, and without the bearer token (never a cookie) it runs nothing.
- ``POST`` bodies must be JSON, said so by their Content-Type.
"""

from __future__ import annotations

from typing import Any

import orjson
from fastapi import Request
from fastapi.responses import Response

GRAPHQL_RESPONSE = "application/graphql-response+json"
JSON = "application/json"


class NotAcceptable(Exception):
    pass


def response_type(request: Request) -> str:
    """The media type to answer in, by the Accept header's preference."""
    accept = request.headers.get("accept", "").strip()
    if not accept:
        return JSON
    ranked: list[tuple[float, int, str]] = []
    for position, item in enumerate(accept.split(",")):
        media, *params = (part.strip() for part in item.split(";"))
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality > 0:
            ranked.append((-quality, position, media.lower()))
    for _, _, media in sorted(ranked):
        if media == GRAPHQL_RESPONSE:
            return GRAPHQL_RESPONSE
        if media in (JSON, "application/*", "*/*"):
            return JSON
    raise NotAcceptable


def is_json_body(request: Request) -> bool:
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    return media == JSON


def wants_ide(request: Request) -> bool:
    """A browser opening /graphql, not a client sending a query."""
    return "query" not in request.query_params and "text/html" in request.headers.get("accept", "")


def graphql_response(
    body: dict[str, Any],
    media_type: str,
    status: int = 200,
    headers: dict[str, str] | None = None,
) -> Response:
    return Response(orjson.dumps(body), status_code=status, media_type=media_type, headers=headers)


def status_for(body: dict[str, Any], media_type: str) -> int:
    """With the spec's own media type, a request that never executed is 400."""
    if media_type == GRAPHQL_RESPONSE and "data" not in body and body.get("errors"):
        return 400
    return 200

"""Request and response headers in the published document, from what the server does.

``If-Match`` is required exactly where the route depends on ``get_if_match``, which
answers 428 without it (FastAPI documents the header as optional, since its absence is
ours to report). ``Idempotency-Key`` applies to every POST made with a bearer token
(``app.api.idempotency``), so those operations document the key, the
``Idempotent-Replayed`` header of a replay, and the 409 with ``Retry-After`` that a
retry gets while the first request is still running.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from fastapi.dependencies.models import Dependant

from app.api.deps import get_if_match

IDEMPOTENCY_KEY = {
    "name": "Idempotency-Key",
    "in": "header",
    "required": False,
    "description": "A unique value per intended action (a UUID), up to 255 characters. A "
    "retry with the same key and body replays the first answer instead of acting twice; "
    "the same key with another body is refused.",
    "schema": {"type": "string", "maxLength": 255},
}
REPLAYED = {
    "description": "`true` when this is the stored answer to an earlier request with the "
    "same Idempotency-Key.",
    "schema": {"type": "string", "enum": ["true"]},
}
RETRY_AFTER = {
    "description": "Seconds to wait before retrying: the first request with this "
    "Idempotency-Key is still being handled.",
    "schema": {"type": "integer"},
}


def needs_if_match(dependant: Dependant) -> bool:
    return any(d.call is get_if_match or needs_if_match(d) for d in dependant.dependencies)


def finish(document: dict[str, Any], if_match_required: Iterable[str]) -> None:
    from app.api.problem_docs import described_status

    required = set(if_match_required)
    for operations in document.get("paths", {}).values():
        for method, operation in operations.items():
            if operation["operationId"] in required:
                for parameter in operation.get("parameters", []):
                    if parameter["in"] == "header" and parameter["name"].lower() == "if-match":
                        parameter["required"] = True
            if method != "post" or not operation.get("security"):
                continue
            operation.setdefault("parameters", []).append(IDEMPOTENCY_KEY)
            responses = operation["responses"]
            for code, response in responses.items():
                if code.startswith("2"):
                    response.setdefault("headers", {})["Idempotent-Replayed"] = REPLAYED
            # A key longer than the header allows is refused before anything runs.
            responses.setdefault("422", {"description": described_status(422)})
            conflict = responses.setdefault("409", {"description": described_status(409)})
            conflict.setdefault("headers", {})["Retry-After"] = RETRY_AFTER

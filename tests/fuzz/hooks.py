"""Schemathesis hooks (loaded through ``SCHEMATHESIS_HOOKS``).

GraphQL answers a caller's mistake, such as ``first: 0`` or an unknown ID, with an
``errors`` entry whose ``extensions.status`` is the 4xx REST would give (docs/partners.md).
Schemathesis's own GraphQL check counts every such entry as a server failure, so the
GraphQL run uses this check instead: a 5xx status, or an error entry saying 5xx, fails.
"""

from __future__ import annotations

from typing import Any

import schemathesis


@schemathesis.check
def no_server_failure(ctx: Any, response: Any, case: Any) -> None:
    if response.status_code >= 500:
        raise AssertionError(f"HTTP {response.status_code}")
    try:
        body = response.json()
    except ValueError:
        return
    errors = body.get("errors") if isinstance(body, dict) else None
    for error in errors or ():
        status = (error.get("extensions") or {}).get("status")
        if isinstance(status, int) and status >= 500:
            raise AssertionError(f"{status}: {error.get('message')}")

"""Helpers for tests: SQL statement counting."""

from __future__ import annotations

import copy
import functools
import json
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx
import jsonschema
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine

PUBLISHED_OPENAPI = Path(__file__).resolve().parent.parent / "openapi" / "openapi.json"


class StatementCounter:
    """Counts SQL statements sent through an engine while active (``reset()`` to restart)."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine.sync_engine
        self.statements: list[str] = []

    def _on_execute(self, *args: Any) -> None:
        statement = str(args[2])
        if not statement.lstrip().upper().startswith(("SAVEPOINT", "RELEASE", "PRAGMA")):
            self.statements.append(statement)

    @property
    def count(self) -> int:
        return len(self.statements)

    def reset(self) -> None:
        self.statements.clear()

    def __enter__(self) -> StatementCounter:
        event.listen(self.engine, "before_cursor_execute", self._on_execute)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        event.remove(self.engine, "before_cursor_execute", self._on_execute)


@functools.cache
def _problem_validator() -> jsonschema.Draft202012Validator:
    """The ``Problem`` schema of the committed document, the one clients are generated from."""
    document = json.loads(PUBLISHED_OPENAPI.read_text())
    # Clients must tolerate members added later, so the schema allows them; the server must
    # send none it does not declare, so the check does not.
    components = copy.deepcopy(document["components"])
    components["schemas"]["Problem"]["additionalProperties"] = False
    schema = {"$ref": "#/components/schemas/Problem", "components": components}
    return jsonschema.Draft202012Validator(schema)


async def check_problem(response: httpx.Response) -> None:
    """Every problem the suite provokes must match the published schema: the test client
    runs this on each response, so a new error path cannot drift from the contract."""
    if response.request.method == "HEAD":
        return  # the headers of a GET, with no body to check
    if response.headers.get("content-type", "").startswith("application/problem+json"):
        await response.aread()
        errors = sorted(_problem_validator().iter_errors(response.json()), key=str)
        assert not errors, f"{response.request.url}: problem breaks the schema: {errors[0]}"

"""The GraphQL over HTTP audit (the ``graphql-http`` npm package's own suite) against a
real Chorus process, on each database.

The audit is JavaScript, so it runs where Node.js is (README: the test installs the
pinned package from ``tests/graphql/audit/package-lock.json`` with ``npm ci``). Every
audit must pass; the spec's MAY items count too, so a regression to a weaker answer
shows up here.
"""

from __future__ import annotations

import asyncio
import fcntl
import hashlib
import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Organisation
from app.settings import Settings
from tests import factories
from tests.live import running_chorus

AUDIT = Path(__file__).parent / "audit"
pytestmark = pytest.mark.skipif(
    shutil.which("node") is None or shutil.which("npm") is None,
    reason="the graphql-http audit needs Node.js and npm",
)


def _install() -> None:
    """``npm ci`` once per lock file: the stamp names the lock it was installed from."""
    lock = hashlib.sha256((AUDIT / "package-lock.json").read_bytes()).hexdigest()
    stamp = AUDIT / "node_modules" / ".chorus-lock"
    # Parallel workers run this test once per backend at the same moment: one installs.
    with (AUDIT / ".install-lock").open("w") as guard:
        fcntl.flock(guard, fcntl.LOCK_EX)
        if stamp.exists() and stamp.read_text() == lock:
            return
        subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund", "--silent"],  # noqa: S607
            cwd=AUDIT,
            check=True,
            timeout=300,
        )
        stamp.write_text(lock)


@pytest.fixture
def server(settings: Settings, tmp_path: Path) -> Iterator[str]:
    _install()
    with running_chorus(settings, tmp_path) as url:
        yield f"{url}/graphql"


async def test_the_graphql_over_http_audit_passes(
    server: str, db: async_sessionmaker[AsyncSession], app: FastAPI, org: Organisation
) -> None:
    caller = await factories.caller(db, app, org, "coordinator")
    node = await asyncio.create_subprocess_exec(
        "node", "audit.mjs", server, caller.token, cwd=AUDIT, stdout=asyncio.subprocess.PIPE
    )
    out, _ = await asyncio.wait_for(node.communicate(), timeout=120)
    assert node.returncode == 0
    results = [json.loads(line) for line in out.decode().splitlines()]
    assert len(results) > 50, out  # the whole suite ran, not an early failure
    failed = [r for r in results if r["status"] != "ok"]
    assert failed == [], failed

"""Schemathesis against a running Chorus, REST and GraphQL, on each database: whatever a
client sends that the published schema allows or not, the answer is never a 5xx.

The server holds the demo organisation, so IDs and lists are real, and the fuzzer signs
in as its coordinator, who may reach most operations. The run is bounded (a fixed seed
and a few examples per operation) to keep the suite quick and repeatable; set
``CHORUS_FUZZ_SEED`` and ``CHORUS_FUZZ_EXAMPLES`` to explore further on your machine.
Nothing the fuzzer creates leaves the machine (``tests/live.py``). It reads the committed
documents (``openapi/``), which the drift check holds equal to what the server publishes:
what partners generate clients from, and no wait while a busy server builds its own.
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.demo import DemoAccounts, load_demo
from app.integrations.storage.local import LocalStorage
from app.settings import Settings
from tests.live import running_chorus

ST = Path(sys.executable).with_name("st")
ROOT = Path(__file__).resolve().parents[2]
SEED = os.environ.get("CHORUS_FUZZ_SEED", "20261203")
EXAMPLES = os.environ.get("CHORUS_FUZZ_EXAMPLES", "3")


@pytest.fixture
async def demo(db: async_sessionmaker[AsyncSession], tmp_path: Path) -> DemoAccounts:
    async with db() as session:
        # The papers' files go where the server below keeps its files.
        accounts = await load_demo(session, LocalStorage(tmp_path / "data" / "files"))
        await session.commit()
    return accounts


@pytest.fixture
def server(settings: Settings, tmp_path: Path, demo: DemoAccounts) -> Iterator[str]:
    with running_chorus(settings, tmp_path / "data") as url:
        yield url


async def _token(url: str, demo: DemoAccounts) -> str:
    coordinator = demo.for_role("coordinator")
    async with httpx.AsyncClient(base_url=url) as client:
        answer = await client.post(
            "/api/v1/auth/token",
            data={
                "grant_type": "password",
                "username": coordinator.email,
                "password": coordinator.password,
            },
        )
    answer.raise_for_status()
    return str(answer.json()["access_token"])


async def _schemathesis(location: str, token: str, tmp_path: Path, *args: str) -> str:
    """Runs ``st run`` and fails the test with its report if any check failed."""
    process = await asyncio.create_subprocess_exec(
        str(ST),
        "run",
        location,
        "--header",
        f"Authorization: Bearer {token}",
        "--seed",
        SEED,
        "--max-examples",
        EXAMPLES,
        "--workers",
        "1",
        "--request-timeout",
        "60",
        "--generation-database",
        "none",
        "--no-color",
        *args,
        cwd=tmp_path,
        env={**os.environ, "SCHEMATHESIS_HOOKS": "tests.fuzz.hooks", "PYTHONPATH": str(ROOT)},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await asyncio.wait_for(process.communicate(), timeout=900)
    report = out.decode(errors="replace")
    assert process.returncode == 0, report[-20_000:]
    return report


@pytest.mark.parametrize("phase", ["coverage", "fuzzing"])
async def test_no_rest_operation_answers_5xx(
    server: str, demo: DemoAccounts, tmp_path: Path, phase: str
) -> None:
    """Coverage sends each parameter's boundary and wrong-typed values; fuzzing, random
    ones. Two tests, so parallel workers can take one each."""
    token = await _token(server, demo)
    report = await _schemathesis(
        str(ROOT / "openapi" / "openapi.json"),
        token,
        tmp_path,
        *("--url", server, "--checks", "not_a_server_error", "--phases", phase),
    )
    assert "Tested: 0" not in report
    assert " passed" in report


async def test_no_graphql_field_fails_on_the_server(
    server: str, demo: DemoAccounts, tmp_path: Path
) -> None:
    token = await _token(server, demo)
    report = await _schemathesis(
        str(ROOT / "openapi" / "schema.graphql"),
        token,
        tmp_path,
        *("--url", f"{server}/graphql", "--checks", "no_server_failure"),
    )
    assert "Tested: 0" not in report
    assert " passed" in report

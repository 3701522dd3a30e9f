"""Benchmark: Chorus REST and GraphQL against a bare ASGI + asyncpg reference.

    .venv/bin/python -m bench.run [--duration 10] [--connections 32]

Seeds a throwaway PostgreSQL database (20 boards x 20 memberships with people), starts
each server as one uvicorn process, drives it with wrk, and prints requests per second,
latency and response size. The reference figures to compare with are in
docs/ARCHITECTURE.md (about 870 req/s bare, 260 req/s PostGraphile on these machines).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import asyncpg
import httpx

from bench.seed import CLIENT_ID, CLIENT_SECRET, seed

ADMIN_DSN = "postgresql://postgres@127.0.0.1:5432/postgres"
ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable

GRAPHQL_QUERY = (
    "{ boards(first: 20) { edges { node { id name kind noticePeriodDays "
    "memberships(first: 20) { edges { node { id role status termStart "
    "person { id displayName pronouns } } } } } } } }"
)


def _ensure_wrk() -> str:
    found = shutil.which("wrk")
    if found:
        return found
    if os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True)  # noqa: S607
        return shutil.which("wrk") or "wrk"
    sys.exit("wrk is needed: install it with your package manager (Debian: apt-get install wrk)")


def _start(args: list[str], env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(  # noqa: S603
        args,
        env={**os.environ, **env},
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return process
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    sys.exit(f"server on port {port} did not start")


def _uvicorn(target: str, port: int, factory: bool = False) -> list[str]:
    args = [
        PYTHON,
        "-m",
        "uvicorn",
        target,
        "--port",
        str(port),
        "--no-access-log",
        "--log-level",
        "warning",
        "--loop",
        "uvloop",
        "--http",
        "httptools",
    ]
    return [*args, "--factory"] if factory else args


def _wrk(
    wrk: str, url: str, token: str | None, body: str | None, duration: int, connections: int
) -> tuple[float, str]:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        lines = []
        if token:
            lines.append(f'wrk.headers["Authorization"] = "Bearer {token}"')
        if body:
            escaped = body.replace('"', '\\"')
            lines += [
                'wrk.method = "POST"',
                f'wrk.body = "{escaped}"',
                'wrk.headers["Content-Type"] = "application/json"',
            ]
        script.write("\n".join(lines) + "\n")
    out = subprocess.run(  # noqa: S603
        [wrk, "-t1", f"-c{connections}", f"-d{duration}s", "--latency", "-s", script.name, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p99 = re.search(r"99%\s+(\S+)", out)
    return rps, p99.group(1) if p99 else "?"


async def _database() -> str:
    name = f"chorus_bench_{uuid.uuid4().hex[:8]}"
    connection = await asyncpg.connect(ADMIN_DSN)
    await connection.execute(f'CREATE DATABASE "{name}"')
    await connection.close()
    return name


async def _drop(name: str) -> None:
    connection = await asyncpg.connect(ADMIN_DSN)
    await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    await connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    options = parser.parse_args()
    wrk = _ensure_wrk()
    name = asyncio.run(_database())
    url = f"postgresql+asyncpg://postgres@127.0.0.1:5432/{name}"
    processes: list[subprocess.Popen[bytes]] = []
    try:
        asyncio.run(seed(url))
        data_dir = tempfile.mkdtemp()
        chorus_env = {
            "CHORUS_DATABASE_URL": url,
            "CHORUS_DATA_DIR": data_dir,
            "CHORUS_JWT_SECRET": "bench-" + "x" * 40,
            "CHORUS_LOG_LEVEL": "WARNING",
        }
        processes.append(_start(_uvicorn("app.main:create_app", 8301, True), chorus_env, 8301))
        processes.append(
            _start(
                _uvicorn("bench.reference:app", 8302),
                {"BENCH_DSN": f"postgresql://postgres@127.0.0.1:5432/{name}"},
                8302,
            )
        )
        token = httpx.post(
            "http://127.0.0.1:8301/api/v1/auth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": CLIENT_ID,
                "client_secret": CLIENT_SECRET,
            },
        ).json()["access_token"]
        auth = {"Authorization": f"Bearer {token}"}
        rest_url = "http://127.0.0.1:8301/api/v1/boards?limit=20&expand=memberships"
        body = '{"query": "' + GRAPHQL_QUERY + '"}'
        sizes = {
            "reference": len(httpx.get("http://127.0.0.1:8302/").content),
            "rest": len(httpx.get(rest_url, headers=auth).content),
            "graphql": len(
                httpx.post(
                    "http://127.0.0.1:8301/graphql",
                    content=body,
                    headers={**auth, "content-type": "application/json"},
                ).content
            ),
        }
        runs = {
            "reference": _wrk(
                wrk, "http://127.0.0.1:8302/", None, None, options.duration, options.connections
            ),
            "rest": _wrk(wrk, rest_url, token, None, options.duration, options.connections),
            "graphql": _wrk(
                wrk,
                "http://127.0.0.1:8301/graphql",
                token,
                body,
                options.duration,
                options.connections,
            ),
        }
        print(f"{'target':<12}{'req/s':>10}{'p99':>10}{'bytes':>10}{'vs bare':>10}")
        for target, (rps, p99) in runs.items():
            ratio = rps / runs["reference"][0]
            print(f"{target:<12}{rps:>10.1f}{p99:>10}{sizes[target]:>10}{ratio:>10.2f}")
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=10)
        asyncio.run(_drop(name))


if __name__ == "__main__":
    main()

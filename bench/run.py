"""Benchmark: Chorus REST and GraphQL against a bare ASGI + asyncpg reference.

    .venv/bin/python -m bench.run [--duration 10] [--connections 16] [--rounds 3]

Seeds a throwaway PostgreSQL database (20 boards x 20 memberships with people), starts
Chorus and a bare ASGI + asyncpg reference as one uvicorn process each, drives each
workload with wrk in interleaved rounds, and prints the medians: requests per second,
p99 latency, response size, the ratio to the reference's same workload, CPU per request
of the server and of PostgreSQL, and the server's peak RSS.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
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
            escaped = body.replace("\\", "\\\\").replace('"', '\\"')
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


def _ticks(pids: list[int]) -> dict[int, int]:
    """User plus system CPU ticks of each process so far."""
    ticks = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks[pid] = int(fields[11]) + int(fields[12])  # utime, stime
    return ticks


def _cpu_seconds(before: dict[int, int], after: dict[int, int]) -> float:
    """CPU used between two readings; a process that started in between counts whole."""
    used = sum(total - before.get(pid, 0) for pid, total in after.items())
    return used / os.sysconf("SC_CLK_TCK")


def _postgres_pids() -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "comm").read_text().strip() == "postgres":
                    pids.append(int(entry.name))
            except OSError:
                continue
    return pids


def _rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


@dataclass(frozen=True)
class Workload:
    name: str
    url: str
    reference: str  # the workload of the bare reference it is compared with
    body: str | None = None


@dataclass
class Figures:
    rps: list[float] = field(default_factory=list)
    p99: list[str] = field(default_factory=list)
    server_ms: list[float] = field(default_factory=list)
    postgres_ms: list[float] = field(default_factory=list)
    rss: float = 0.0
    size: int = 0


def _measure(
    wrk: str, w: Workload, token: str | None, pid: int, options: argparse.Namespace
) -> tuple[float, str, float, float]:
    before = (_ticks([pid]), _ticks(_postgres_pids()))
    rps, p99 = _wrk(wrk, w.url, token, w.body, options.duration, options.connections)
    after = (_ticks([pid]), _ticks(_postgres_pids()))
    requests = max(rps * options.duration, 1)
    return (
        rps,
        p99,
        _cpu_seconds(before[0], after[0]) * 1000 / requests,
        _cpu_seconds(before[1], after[1]) * 1000 / requests,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=3, help="Interleaved; medians shown.")
    parser.add_argument(
        "--only", default="", help="Workloads whose name contains this (e.g. graphql)."
    )
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
        chorus = _start(_uvicorn("app.main:create_app", 8301, True), chorus_env, 8301)
        reference = _start(
            _uvicorn("bench.reference:app", 8302),
            {"BENCH_DSN": f"postgresql://postgres@127.0.0.1:5432/{name}"},
            8302,
        )
        processes += [chorus, reference]
        token = httpx.post(
            "http://127.0.0.1:8301/api/v1/auth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": CLIENT_ID,
                "client_secret": CLIENT_SECRET,
            },
        ).json()["access_token"]
        auth = {"Authorization": f"Bearer {token}"}
        api = "http://127.0.0.1:8301/api/v1"
        board_id = httpx.get(f"{api}/boards?limit=1", headers=auth).json()["items"][0]["id"]
        one_query = '{ board(id: \\"' + board_id + '\\") { id name kind noticePeriodDays } }'
        workloads = [
            Workload("bare tree", "http://127.0.0.1:8302/", ""),
            Workload("rest tree", f"{api}/boards?limit=20&expand=memberships", "bare tree"),
            Workload(
                "graphql tree",
                "http://127.0.0.1:8301/graphql",
                "bare tree",
                '{"query": "' + GRAPHQL_QUERY + '"}',
            ),
            Workload("bare board", f"http://127.0.0.1:8302/boards/{board_id}", ""),
            Workload("rest board", f"{api}/boards/{board_id}", "bare board"),
            Workload(
                "graphql board",
                "http://127.0.0.1:8301/graphql",
                "bare board",
                '{"query": "' + one_query + '"}',
            ),
        ]
        # A workload's reference always runs beside it, so its ratio is of the same run.
        chosen = {w.name for w in workloads if options.only in w.name}
        workloads = [
            w
            for w in workloads
            if w.name in chosen or any(v.reference == w.name for v in workloads if v.name in chosen)
        ]
        figures = {w.name: Figures() for w in workloads}
        for w in workloads:
            headers = {**auth, "content-type": "application/json"}
            sent = httpx.request(
                "POST" if w.body else "GET", w.url, content=w.body, headers=headers
            )
            assert sent.status_code == 200, (w.name, sent.text[:300])
            figures[w.name].size = len(sent.content)
        for _ in range(options.rounds):
            for w in workloads:
                pid = reference.pid if w.name.startswith("bare") else chorus.pid
                rps, p99, server_ms, pg_ms = _measure(
                    wrk, w, None if w.name.startswith("bare") else token, pid, options
                )
                f = figures[w.name]
                f.rps.append(rps)
                f.p99.append(p99)
                f.server_ms.append(server_ms)
                f.postgres_ms.append(pg_ms)
                f.rss = max(f.rss, _rss_mib(pid))
        print(
            f"wrk -t1 -c{options.connections} -d{options.duration}s, "
            f"{options.rounds} interleaved rounds, medians"
        )
        print(
            f"{'workload':<15}{'req/s':>9}{'p99':>10}{'bytes':>9}{'ratio':>7}"
            f"{'cpu ms/req':>12}{'pg ms/req':>11}{'RSS MiB':>9}"
        )
        for w in workloads:
            f = figures[w.name]
            rps = statistics.median(f.rps)
            ratio = rps / statistics.median(figures[w.reference].rps) if w.reference else 1.0
            print(
                f"{w.name:<15}{rps:>9.1f}{sorted(f.p99)[len(f.p99) // 2]:>10}{f.size:>9}"
                f"{ratio:>7.2f}{statistics.median(f.server_ms):>12.2f}"
                f"{statistics.median(f.postgres_ms):>11.2f}{f.rss:>9.0f}"
            )
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=10)
        asyncio.run(_drop(name))


if __name__ == "__main__":
    main()

"""Benchmark: Chorus REST and GraphQL beside a bare ASGI + asyncpg reference and PostGraphile.

    .venv/bin/python -m bench.run [--duration 10] [--connections 16] [--rounds 3] [--only NAME]

Seeds a throwaway PostgreSQL database (20 boards x 20 memberships with people, a claimant
and an expense policy, a million audit entries), starts Chorus and the bare reference as
one uvicorn process each, and PostGraphile 4.14.1 when Node is present; drives each
workload in interleaved rounds (wrk; the two-request write by an httpx driver), and prints
the medians (req/s, p99 and mean latency, body size, the ratio to the workload's
reference, CPU per request of the server and of PostgreSQL, the server's RSS), then issue
19's targets, each met or not.
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import tempfile
from collections.abc import Callable

import httpx
import orjson

from bench import driver, pgl, report, servers
from bench.measure import Figures, Load, measure, rss_mib, wrk, wrk_script
from bench.seed import (
    AUDITOR_EMAIL,
    CLAIMANT_EMAIL,
    CLIENT_ID,
    CLIENT_SECRET,
    PASSWORD,
    seed,
    seed_deep,
)
from bench.workloads import API, Context, Workload, build, chosen

TOKEN_URL = f"{API}/auth/token"


def _token(**form: str) -> str:
    answer = httpx.post(TOKEN_URL, data=form)
    assert answer.status_code == 200, answer.text[:300]
    token: str = answer.json()["access_token"]
    return token


def _person_token(email: str) -> str:
    return _token(grant_type="password", username=email, password=PASSWORD)


def _check(w: Workload) -> bytes:
    """One request of the workload before it is timed: it must succeed."""
    if w.iteration is not None:
        driver.drive(w.iteration, 1, 1)
        return b""
    headers = {"content-type": "application/json"}
    if w.token:
        headers["Authorization"] = f"Bearer {w.token}"
    sent = httpx.request("POST" if w.body else "GET", w.url, content=w.body, headers=headers)
    assert sent.status_code == 200, (w.name, sent.text[:300])
    return sent.content


def _runner(w: Workload, binary: str, options: argparse.Namespace) -> Callable[[], Load]:
    if w.iteration is not None:
        iteration = w.iteration
        return lambda: driver.drive(iteration, options.duration, options.connections)
    script = wrk_script(w.token, w.body)
    return lambda: wrk(binary, w.url, script, options.duration, options.connections)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=3, help="Interleaved; medians shown.")
    parser.add_argument(
        "--only", default="", help="Workloads whose name contains this (e.g. graphql)."
    )
    options = parser.parse_args()
    binary = servers.ensure_wrk()
    why_not_pgl = pgl.missing()
    if why_not_pgl:
        print(f"PostGraphile skipped: {why_not_pgl} (its workload and target are not measured)")
    else:
        pgl.install()
    name = asyncio.run(servers.create_database())
    url = f"postgresql+asyncpg://postgres@127.0.0.1:5432/{name}"
    dsn = f"postgresql://postgres@127.0.0.1:5432/{name}"
    processes: list[subprocess.Popen[bytes]] = []
    try:
        seeded = asyncio.run(seed(url))
        print("seeding a million audit entries ...", flush=True)
        deep_cursor = asyncio.run(seed_deep(dsn, seeded.organisation_id))
        chorus_env = {
            "CHORUS_DATABASE_URL": url,
            "CHORUS_DATA_DIR": tempfile.mkdtemp(),
            "CHORUS_JWT_SECRET": "bench-" + "x" * 40,
            "CHORUS_LOG_LEVEL": "WARNING",
        }
        pids = {"chorus": 0, "bare": 0, "pgl": 0}
        for server, args, env, port in [
            ("chorus", servers.uvicorn("app.main:create_app", 8301, True), chorus_env, 8301),
            (
                "bare",
                servers.uvicorn("bench.reference:app", 8302),
                {
                    "BENCH_DSN": dsn,
                    "BENCH_ORG_ID": str(seeded.organisation_id),
                    "BENCH_PERSON_ID": str(seeded.claimant_id),
                },
                8302,
            ),
            *([] if why_not_pgl else [("pgl", pgl.command(dsn, 8303), {}, 8303)]),
        ]:
            cwd = pgl.DIR if server == "pgl" else servers.ROOT
            processes.append(servers.start(args, env, port, cwd))
            pids[server] = processes[-1].pid
        reader = _token(
            grant_type="client_credentials", client_id=CLIENT_ID, client_secret=CLIENT_SECRET
        )
        boards = httpx.get(f"{API}/boards?limit=1", headers={"Authorization": f"Bearer {reader}"})
        context = Context(
            reader=reader,
            claimant=_person_token(CLAIMANT_EMAIL),
            auditor=_person_token(AUDITOR_EMAIL),
            board_id=boards.json()["items"][0]["id"],
            deep_cursor=deep_cursor,
            with_pgl=why_not_pgl is None,
        )
        workloads = chosen(build(context), options.only)
        figures = {w.name: Figures() for w in workloads}
        bodies = {w.name: _check(w) for w in workloads}
        for w in workloads:
            figures[w.name].size = len(bodies[w.name])
        if "rest page 1M" in bodies:
            # The deep cursor must land a full page from the end, or the two pages differ.
            deep = len(orjson.loads(bodies["rest page 1M"])["items"])
            assert deep == 50, f"the deep page has {deep} entries, not 50"
        if "pgl tree" in bodies and "graphql tree" in bodies:
            counted = pgl.same_tree(bodies["graphql tree"], bodies["pgl tree"])
            print(f"graphql tree and pgl tree: both {counted[0]} boards, {counted[1]} members")
        runners = {w.name: _runner(w, binary, options) for w in workloads}
        for _ in range(options.rounds):
            for w in workloads:
                measure(runners[w.name], pids[w.server], options.duration, figures[w.name])
        report.table(
            workloads,
            figures,
            f"wrk -t1 -c{options.connections} -d{options.duration}s (writes: httpx driver, "
            f"{options.connections} in flight), {options.rounds} interleaved rounds, medians",
        )
        chorus_runs = any(w.server == "chorus" for w in workloads)
        report.targets(figures, rss_mib(pids["chorus"], "VmHWM") if chorus_runs else None)
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=10)
        asyncio.run(servers.drop_database(name))


if __name__ == "__main__":
    main()

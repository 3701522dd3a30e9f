"""What a run measures: load from wrk or the write driver, CPU ticks of the server and of
PostgreSQL around it, and the server's resident memory."""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Load:
    rps: float  # requests (or, for the driver, claims) per second
    p99_ms: float
    mean_ms: float


@dataclass
class Figures:
    loads: list[Load] = field(default_factory=list)
    server_ms: list[float] = field(default_factory=list)
    postgres_ms: list[float] = field(default_factory=list)
    rss: float = 0.0
    size: int = 0


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)([a-z]+)", text).groups()  # type: ignore[union-attr]
    return float(number) * _UNITS[unit]


def wrk_script(token: str | None, body: str | None) -> str:
    """The Lua of one wrk workload (headers, and the body of a POST), as a temp file."""
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
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write("\n".join(lines) + "\n")
    return script.name


def wrk(binary: str, url: str, script: str, duration: int, connections: int) -> Load:
    # A long timeout: wrk's 2 s default drops slow answers from the count, not time them.
    load = [f"-c{connections}", f"-d{duration}s", "--timeout", "60s", "--latency"]
    out = subprocess.run(  # noqa: S603
        [binary, "-t1", *load, "-s", script, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if re.search(r"Non-2xx or 3xx responses: \d+", out):
        raise SystemExit(f"wrk saw failed responses from {url}:\n{out}")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    # Anchored to its own line: the Thread Stats rows end in a "+/- Stdev" percentage, and
    # one ending in 99% (73.99%) made an unanchored search read the next row's label.
    p99 = re.search(r"^\s*99%\s+(\S+)", out, re.MULTILINE)
    mean = re.search(r"^\s*Latency\s+(\S+)", out, re.MULTILINE)
    return Load(rps, _ms(p99.group(1)) if p99 else 0.0, _ms(mean.group(1)) if mean else 0.0)


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


def rss_mib(pid: int, key: str = "VmRSS") -> float:
    """Resident memory now, or with ``key="VmHWM"`` the most it has ever been."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{key}:"):
            return int(line.split()[1]) / 1024
    return 0.0


def measure(run: Callable[[], Load], pid: int, duration: int, figures: Figures) -> None:
    """Run one load against the server ``pid`` and add its figures, CPU per request."""
    before = (_ticks([pid]), _ticks(_postgres_pids()))
    load = run()
    after = (_ticks([pid]), _ticks(_postgres_pids()))
    requests = max(load.rps * duration, 1)
    figures.loads.append(load)
    figures.server_ms.append(_cpu_seconds(before[0], after[0]) * 1000 / requests)
    figures.postgres_ms.append(_cpu_seconds(before[1], after[1]) * 1000 / requests)
    figures.rss = max(figures.rss, rss_mib(pid))

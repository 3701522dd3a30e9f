"""The printed result: the table of medians, then issue 19's targets, each met or not."""

from __future__ import annotations

import statistics
from collections.abc import Callable

from bench.measure import Figures, Load
from bench.workloads import Workload

WORKER_MIB = 120.0


def _median(figures: Figures, pick: Callable[[Load], float]) -> float:
    return statistics.median(pick(load) for load in figures.loads)


def table(workloads: list[Workload], figures: dict[str, Figures], heading: str) -> None:
    print(heading)
    print(
        f"{'workload':<14}{'req/s':>9}{'p99 ms':>9}{'mean ms':>9}{'bytes':>8}{'ratio':>7}"
        f"  {'vs':<13}{'cpu ms/req':>10}{'pg ms/req':>10}{'RSS MiB':>8}"
    )
    for w in workloads:
        f = figures[w.name]
        rps = _median(f, lambda load: load.rps)
        ratio = rps / _median(figures[w.reference], lambda load: load.rps) if w.reference else 1.0
        print(
            f"{w.name:<14}{rps:>9.1f}{_median(f, lambda load: load.p99_ms):>9.1f}"
            f"{_median(f, lambda load: load.mean_ms):>9.2f}{f.size or '-':>8}{ratio:>7.2f}"
            f"  {w.reference or '-':<13}{statistics.median(f.server_ms):>10.2f}"
            f"{statistics.median(f.postgres_ms):>10.2f}{f.rss:>8.0f}"
        )
    if any(_median(figures[w.name], lambda load: load.rps) == 0 for w in workloads):
        print("(req/s 0: no answer finished within --duration; its other figures mean nothing)")
    if "rest write" in figures or "bare write" in figures:
        print(
            "(write rows: req/s is claims per second from the httpx driver, not wrk; Chorus "
            "needs two requests per claim, create then submit, the bare reference one; "
            "cpu ms/req is per claim)"
        )


def _rps_ratio(figures: dict[str, Figures], name: str, reference: str) -> float | None:
    if name not in figures or reference not in figures:
        return None
    rps = _median(figures[name], lambda load: load.rps)
    return rps / _median(figures[reference], lambda load: load.rps)


def _mean_ratio(figures: dict[str, Figures], name: str, reference: str) -> float | None:
    if name not in figures or reference not in figures:
        return None
    mean = _median(figures[name], lambda load: load.mean_ms)
    return mean / _median(figures[reference], lambda load: load.mean_ms)


def targets(figures: dict[str, Figures], chorus_peak_mib: float | None) -> None:
    """Issue 19's targets, as ratios of this run; a target whose workloads did not run (a
    narrowed --only, or no Node for PostGraphile) is "not measured", never met."""
    rows: list[tuple[str, float | None, bool, str]] = [
        ("REST tree >= 0.5x bare", _rps_ratio(figures, "rest tree", "bare tree"), True, "x"),
        (
            "GraphQL tree >= 2x PostGraphile",
            _rps_ratio(figures, "graphql tree", "pgl tree"),
            True,
            "x",
        ),
        ("REST one board >= 0.4x bare", _rps_ratio(figures, "rest board", "bare board"), True, "x"),
        ("write >= 0.7x raw asyncpg", _rps_ratio(figures, "rest write", "bare write"), True, "x"),
        (
            "page 1,000,000 <= 1.2x page 1 (mean latency)",
            _mean_ratio(figures, "rest page 1M", "rest page 1"),
            False,
            "x",
        ),
        ("one worker <= 120 MiB peak RSS", chorus_peak_mib, False, " MiB"),
    ]
    limits = [0.5, 2.0, 0.4, 0.7, 1.2, WORKER_MIB]
    print("\ntargets (issue 19; req/s ratios unless said)")
    for (label, value, at_least, unit), limit in zip(rows, limits, strict=True):
        if value is None:
            verdict, shown = "not measured", "-"
        else:
            met = value >= limit if at_least else value <= limit
            shown = f"{value:.0f}{unit}" if unit == " MiB" else f"{value:.2f}{unit}"
            verdict = "met" if met else "NOT MET"
        print(f"  {label:<46}{shown:>12}  {verdict}")

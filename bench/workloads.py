"""The workloads of a run, each beside the reference it is compared with."""

from __future__ import annotations

from dataclasses import dataclass

from bench import driver, pgl

CHORUS = "http://127.0.0.1:8301"
BARE = "http://127.0.0.1:8302"
PGL = "http://127.0.0.1:8303"
API = f"{CHORUS}/api/v1"

GRAPHQL_QUERY = (
    "{ boards(first: 20) { edges { node { id name kind noticePeriodDays "
    "memberships(first: 20) { edges { node { id role status termStart "
    "person { id displayName pronouns } } } } } } } }"
)


@dataclass(frozen=True)
class Workload:
    name: str
    server: str  # "chorus", "bare" or "pgl": whose process the CPU and RSS are of
    reference: str  # the workload it is compared with, run beside it; "" for a yardstick
    url: str = ""
    body: str | None = None
    token: str | None = None
    # Set for a workload the driver runs (several requests per iteration) instead of wrk.
    iteration: driver.Iteration | None = None


@dataclass(frozen=True)
class Context:
    reader: str  # an API client's token: boards and people
    claimant: str  # a member's token: their own expense claims
    auditor: str  # an administrator's token: the audit trail
    board_id: str
    deep_cursor: str
    with_pgl: bool


def _graphql(query: str) -> str:
    return '{"query": "' + query.replace('"', '\\"') + '"}'


def build(c: Context) -> list[Workload]:
    one_query = '{ board(id: "' + c.board_id + '") { id name kind noticePeriodDays } }'
    tree_reference = "pgl tree" if c.with_pgl else "bare tree"
    audit = f"{API}/audit-events?limit=50"
    workloads = [
        Workload("bare tree", "bare", "", f"{BARE}/"),
        Workload(
            "rest tree",
            "chorus",
            "bare tree",
            f"{API}/boards?limit=20&expand=memberships",
            token=c.reader,
        ),
        Workload(
            "graphql tree",
            "chorus",
            tree_reference,
            f"{CHORUS}/graphql",
            _graphql(GRAPHQL_QUERY),
            c.reader,
        ),
        Workload("bare board", "bare", "", f"{BARE}/boards/{c.board_id}"),
        Workload(
            "rest board", "chorus", "bare board", f"{API}/boards/{c.board_id}", token=c.reader
        ),
        Workload(
            "graphql board",
            "chorus",
            "bare board",
            f"{CHORUS}/graphql",
            _graphql(one_query),
            c.reader,
        ),
        Workload("bare write", "bare", "", iteration=driver.bare_claim(f"{BARE}/claims")),
        Workload(
            "rest write", "chorus", "bare write", iteration=driver.chorus_claim(c.claimant, API)
        ),
        Workload("rest page 1", "chorus", "", audit, token=c.auditor),
        Workload(
            "rest page 1M",
            "chorus",
            "rest page 1",
            f"{audit}&cursor={c.deep_cursor}",
            token=c.auditor,
        ),
    ]
    if c.with_pgl:
        workloads.insert(0, Workload("pgl tree", "pgl", "", f"{PGL}/graphql", _graphql(pgl.QUERY)))
    return workloads


def chosen(workloads: list[Workload], only: str) -> list[Workload]:
    """Those whose name contains ``only``, and the references they are compared with, so a
    ratio is always of the same run."""
    names = {w.name for w in workloads if only in w.name}
    names |= {w.reference for w in workloads if w.name in names and w.reference}
    return [w for w in workloads if w.name in names]

"""PostGraphile 4.14.1 on Chorus's own database: the GraphQL yardstick of issue 19.

Needs ``node`` and ``npm``; ``bench/pgl/package.json`` pins the version and the committed
lock pins everything under it, installed here by ``npm ci`` when ``node_modules`` is
missing or was installed from another lock.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path
from typing import Any

import orjson

DIR = Path(__file__).resolve().parent / "pgl"
_STAMP = DIR / "node_modules" / ".bench-lock-sha256"

# bench/run.py's GRAPHQL_QUERY in PostGraphile's inflection: connections are all<Table>s,
# children are <table>By<ForeignKey>, parents <table>By<ForeignKey>; both order by the
# primary key, as Chorus orders by ID.
QUERY = (
    "{ allBoards(first: 20) { edges { node { id name kind noticePeriodDays "
    "membershipsByBoardId(first: 20) { edges { node { id role status termStart "
    "personByPersonId { id displayName pronouns } } } } } } } }"
)


def missing() -> str | None:
    """Why PostGraphile cannot run here, or None when it can."""
    absent = [tool for tool in ("node", "npm") if shutil.which(tool) is None]
    return f"{' and '.join(absent)} not found" if absent else None


def install() -> None:
    lock = hashlib.sha256((DIR / "package-lock.json").read_bytes()).hexdigest()
    if _STAMP.exists() and _STAMP.read_text() == lock:
        return
    print("installing PostGraphile with npm ci in bench/pgl ...", flush=True)
    subprocess.run(  # noqa: S603
        [shutil.which("npm") or "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=DIR,
        check=True,
    )
    _STAMP.write_text(lock)


def command(dsn: str, port: int) -> list[str]:
    return [
        shutil.which("node") or "node",
        str(DIR / "node_modules" / "postgraphile" / "cli.js"),
        "--connection",
        dsn,
        "--schema",
        "public",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        # Logging every query to the console is a development aid that costs throughput.
        "--disable-query-log",
    ]


def _counts(boards: list[dict[str, Any]], children: str) -> tuple[int, int]:
    members = sum(len(b["node"][children]["edges"]) for b in boards)
    return len(boards), members


def same_tree(chorus: bytes, pgl: bytes) -> tuple[int, int]:
    """The numbers of boards and memberships, checked equal in both answers."""
    ours = _counts(orjson.loads(chorus)["data"]["boards"]["edges"], "memberships")
    theirs = _counts(orjson.loads(pgl)["data"]["allBoards"]["edges"], "membershipsByBoardId")
    if ours != theirs:
        raise SystemExit(f"Chorus and PostGraphile answer different trees: {ours} vs {theirs}")
    return ours

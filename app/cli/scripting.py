"""Commands that work as a client of a running server: rota, papers, payments, recommendations.

The server's URL and an API client's credentials come from ``CHORUS_URL``,
``CHORUS_CLIENT_ID`` and ``CHORUS_CLIENT_SECRET``. Tables and progress bars by default
(progress on stderr); ``--json`` prints exactly one JSON document on stdout, also when
the command fails (``{"error": {...}}``). Exit codes are in :class:`ExitCode`.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
import uuid
from collections.abc import Awaitable, Callable, Coroutine
from contextlib import nullcontext
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

import httpx
import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from app.cli.client import (
    EXIT_CODES_HELP,
    ApiError,
    ChorusClient,
    ClientConfig,
    ConfigError,
    ExitCode,
)
from app.cli.common import err, out


def make_transport() -> httpx.AsyncBaseTransport | None:
    """The HTTP transport (None: the network). Tests swap this for an in-process app."""
    return None


def run(operation: Coroutine[Any, Any, int]) -> int:
    """Run a command's coroutine to its exit code. Tests swap this to use their loop."""
    return asyncio.run(operation)


def _epilog(scopes: str) -> str:
    return (
        "Needs CHORUS_URL, CHORUS_CLIENT_ID and CHORUS_CLIENT_SECRET: an API client with "
        f"{scopes}. " + EXIT_CODES_HELP
    )


JsonOption = Annotated[
    bool, typer.Option("--json", help="Print one JSON document on stdout, and nothing else.")
]
InsecureOption = Annotated[
    bool,
    typer.Option(
        "--insecure",
        help="Allow a plain http:// CHORUS_URL to another machine (the secret goes unencrypted).",
    ),
]

rota = typer.Typer(help="Seat rotas on a running server.", no_args_is_help=True)
papers = typer.Typer(help="Meeting papers on a running server.", no_args_is_help=True)
payments = typer.Typer(help="Payment runs on a running server.", no_args_is_help=True)
recommendations = typer.Typer(help="Recommendations on a running server.", no_args_is_help=True)


# -- shared plumbing ------------------------------------------------------------------


def _emit_json(document: Any) -> None:
    sys.stdout.write(json.dumps(document, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def _report(error: ApiError, as_json: bool) -> None:
    where = f" (HTTP {error.status}{', ' + error.type if error.type else ''})"
    message = error.detail + (where if error.status else "")
    err.print(f"[bold red]Error:[/] {escape(message)}", soft_wrap=True)
    for field_error in error.errors:
        err.print(f"  {escape(field_error.where)}: {escape(field_error.detail)}", soft_wrap=True)
    if any(e.where == "/lateReason" for e in error.errors):
        err.print("  Give the reason with --late-reason.", soft_wrap=True)
    if error.request_id:
        err.print(f"  Request ID: {escape(error.request_id)}", soft_wrap=True)
    if as_json:
        _emit_json({"error": error.as_json()})


def _execute(
    as_json: bool, command: Callable[[ChorusClient], Awaitable[int]], insecure: bool = False
) -> None:
    try:
        config = ClientConfig.from_env(insecure=insecure)
    except ConfigError as error:
        err.print(f"[bold red]Error:[/] {escape(str(error))}", soft_wrap=True)
        if as_json:
            _emit_json({"error": {"detail": str(error), "exitCode": ExitCode.USAGE}})
        raise typer.Exit(ExitCode.USAGE) from None

    async def main() -> int:
        async with ChorusClient(config, transport=make_transport()) as api:
            try:
                return await command(api)
            except ApiError as error:
                _report(error, as_json)
                return error.exit_code

    raise typer.Exit(run(main()))


def _when(value: str | None) -> str:
    if not value:
        return "-"
    try:
        return datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M %Z").strip()
    except ValueError:
        return value


# -- chorus rota generate -------------------------------------------------------------


async def generate_rota(
    api: ChorusClient, board: uuid.UUID, count: int, dry_run: bool, as_json: bool
) -> int:
    seats = [
        s
        async for s in api.pages(f"/boards/{board}/seats")
        # Fixed seats too: their holder is on the rota like anyone else.
        if s["advisoryBoardId"] == str(board)
    ]
    results: list[dict[str, Any]] = []
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err,
        transient=True,
        disable=as_json,
    ) as progress:
        task = progress.add_task("Rotas", total=len(seats))
        for seat in seats:
            progress.update(task, description=f"Rota for {escape(seat['name'])}")
            result = await api.post_json(
                f"/seats/{seat['id']}/rota", {"count": count, "dryRun": dry_run}
            )
            results.append({"seatName": seat["name"], **result})
            progress.advance(task)
    if as_json:
        _emit_json({"boardId": str(board), "dryRun": dry_run, "count": count, "seats": results})
        return ExitCode.OK
    if not seats:
        err.print("This board holds no seats.")
        return ExitCode.OK
    table = Table(title="Planned rota (dry run: nothing assigned)" if dry_run else "Rota")
    table.add_column("Seat", overflow="fold")
    table.add_column("Meeting", no_wrap=True)
    table.add_column("Person", no_wrap=True)
    table.add_column("Why", overflow="fold", ratio=1)
    for result in results:
        for planned in result["planned"]:
            table.add_row(
                escape(result["seatName"]),
                _when(planned["meetingStartsAt"]),
                planned["personId"] or "[italic]nobody eligible[/]",
                escape(planned["explanation"]["why"]),
            )
    out.print(table)
    for result in results:
        if result["alreadyAssigned"]:
            out.print(
                f"{escape(result['seatName'])}: {result['alreadyAssigned']} meeting(s) "
                "were already assigned and kept."
            )
    if dry_run:
        out.print("Dry run: nothing was assigned. Run again without --dry-run to assign.")
    return ExitCode.OK


@rota.command(epilog=_epilog("boards:read, seats:read and seats:write"), name="generate")
def rota_generate(
    board: Annotated[uuid.UUID, typer.Option(help="The advisory board's ID.")],
    count: Annotated[
        int, typer.Option(min=1, max=104, help="How many of the next meetings to fill.")
    ],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show the plan; assign nothing.")
    ] = False,
    as_json: JsonOption = False,
    insecure: InsecureOption = False,
) -> None:
    """Fill each seat of an advisory board (a fixed seat with its holder) for the
    governance board's next COUNT meetings. Rerunning is safe: a meeting is never
    assigned twice."""
    _execute(as_json, lambda api: generate_rota(api, board, count, dry_run, as_json), insecure)


# -- chorus papers circulate ----------------------------------------------------------


async def circulate_papers(
    api: ChorusClient,
    meeting: uuid.UUID,
    paper_ids: list[uuid.UUID],
    late_reason: str | None,
    as_json: bool,
) -> int:
    body: dict[str, Any] = {}
    if paper_ids:
        body["paperIds"] = [str(p) for p in paper_ids]
    if late_reason:
        body["lateReason"] = late_reason
    with err.status("Circulating papers...") if not as_json else nullcontext():
        result = await api.post_json(f"/meetings/{meeting}/circulations", body)
    if as_json:
        _emit_json(result)
        return ExitCode.OK
    sent = result["papers"]
    out.print(
        f"Circulated {len(sent)} paper(s) to {result['recipientCount']} recipient(s) "
        f"({result['newRecipientCount']} new); notice deadline {_when(result['noticeDeadline'])}."
    )
    if result["late"]:
        out.print(f"Marked late: {escape(result['lateReason'] or '')}")
    if sent:
        table = Table()
        table.add_column("Paper")
        table.add_column("Version", justify="right")
        for paper in sent:
            table.add_row(paper["paperId"], str(paper["version"]))
        out.print(table)
    return ExitCode.OK


@papers.command(epilog=_epilog("papers:write"), name="circulate")
def papers_circulate(
    meeting: Annotated[uuid.UUID, typer.Option(help="The meeting's ID.")],
    paper: Annotated[
        list[uuid.UUID] | None,
        typer.Option(help="A paper to circulate (repeat it); default: every ready paper."),
    ] = None,
    late_reason: Annotated[
        str | None,
        typer.Option(help="Why the papers go out later than the board's notice period."),
    ] = None,
    as_json: JsonOption = False,
    insecure: InsecureOption = False,
) -> None:
    """Circulate a meeting's papers to the board's members and seat holders. Inside the
    board's notice period the server requires --late-reason (exit code 5 without it)."""
    _execute(
        as_json,
        lambda api: circulate_papers(api, meeting, paper or [], late_reason, as_json),
        insecure,
    )


# -- chorus payments export -----------------------------------------------------------


async def export_payment_run(api: ChorusClient, run_id: uuid.UUID, output: str) -> int:
    response = await api.request(
        "GET", f"/payment-runs/{run_id}/export.csv", headers={"Accept": "text/csv"}
    )
    data = response.content
    if output == "-":
        stream = typer.get_binary_stream("stdout")
        stream.write(data)
        stream.flush()
        return ExitCode.OK
    target = Path(output)
    await asyncio.to_thread(_write_atomically, target, data)
    err.print(f"Wrote payment run {run_id} ({len(data)} bytes) to {escape(str(target))}.")
    return ExitCode.OK


def _write_atomically(target: Path, data: bytes) -> None:
    """Written beside the target and renamed, so a failure never leaves half a file."""
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@payments.command(epilog=_epilog("expenses:read"), name="export")
def payments_export(
    run_id: Annotated[uuid.UUID, typer.Option("--run", help="The payment run's ID.")],
    output: Annotated[
        str, typer.Option("--output", "-o", help="File to write, or - for stdout.")
    ] = "-",
    insecure: InsecureOption = False,
) -> None:
    """Export a payment run as CSV, byte for byte as the server serves it (one row per
    payee)."""
    try:
        _execute(False, lambda api: export_payment_run(api, run_id, output), insecure)
    except OSError as error:
        err.print(f"[bold red]Error:[/] Could not write {escape(output)} ({error}).")
        raise typer.Exit(ExitCode.USAGE) from None


# -- chorus recommendations overdue ---------------------------------------------------


async def overdue_recommendations(api: ChorusClient, board: uuid.UUID, as_json: bool) -> int:
    with err.status("Fetching overdue recommendations...") if not as_json else nullcontext():
        items = [
            r async for r in api.pages(f"/boards/{board}/recommendations", {"overdue": "true"})
        ]
    if as_json:
        _emit_json({"boardId": str(board), "count": len(items), "items": items})
        return ExitCode.OK
    if not items:
        out.print("No overdue recommendations.")
        return ExitCode.OK
    table = Table(title=f"Overdue recommendations ({len(items)})")
    table.add_column("Title", overflow="fold", ratio=2, min_width=16)
    table.add_column("Response due", no_wrap=True)
    table.add_column("Addressed to", overflow="fold", ratio=1)
    table.add_column("Recommendation", overflow="fold", ratio=1)
    for item in items:
        table.add_row(
            escape(item["title"]),
            item.get("responseDueOn") or "-",
            escape(item.get("addressedTo") or "-"),
            item["id"],
        )
    out.print(table)
    return ExitCode.OK


@recommendations.command(epilog=_epilog("recommendations:read"), name="overdue")
def recommendations_overdue(
    board: Annotated[uuid.UUID, typer.Option(help="The board's ID.")],
    as_json: JsonOption = False,
    insecure: InsecureOption = False,
) -> None:
    """List every recommendation of the board still awaiting a response after its due
    date (all pages)."""
    _execute(as_json, lambda api: overdue_recommendations(api, board, as_json), insecure)

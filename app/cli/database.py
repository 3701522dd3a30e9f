"""``chorus migrate`` and ``chorus organisations create``: operator tasks on the database."""

from __future__ import annotations

import asyncio
import logging
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from rich.markup import escape

from app.cli.common import (
    database_errors,
    display_url,
    ensure_sqlite_folder,
    err,
    fail,
    load_settings,
    open_session,
    out,
)
from app.db import migrate as migrations
from app.domain.errors import Conflict, RuleViolation
from app.domain.organisations import create_organisation
from app.settings import Settings


@contextmanager
def _show_alembic_progress() -> Iterator[None]:
    """Let Alembic's "Running upgrade a -> b" lines through for the length of one command."""
    logger = logging.getLogger("alembic.runtime.migration")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("  %(message)s"))
    # The rest ("Context impl SQLiteImpl.", ...) is noise to an operator.
    handler.addFilter(lambda record: record.getMessage().startswith("Running "))
    previous = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)


def migrate(
    revision: Annotated[
        str, typer.Option(help="Upgrade to this revision (an ID, or `head`).")
    ] = "head",
    downgrade: Annotated[
        str | None,
        typer.Option(
            help="Downgrade to this revision instead (an ID, or `base`).", show_default=False
        ),
    ] = None,
    yes: Annotated[bool, typer.Option("--yes", help="Downgrade without asking first.")] = False,
) -> None:
    """Bring the database schema up to date (CHORUS_DATABASE_URL, or SQLite in the data dir)."""
    if downgrade is not None and revision != "head":
        raise typer.BadParameter("use either --revision or --downgrade", param_hint="--revision")
    settings = load_settings()
    ensure_sqlite_folder(settings)
    where = display_url(settings)
    if downgrade is not None and not yes:
        # A downgrade drops tables and the data in them.
        typer.confirm(
            f"Downgrade {where} to {downgrade}? Data in dropped tables is lost", abort=True
        )
    config = migrations.alembic_config(settings.effective_database_url)
    err.print(f"Migrating {escape(where)}", soft_wrap=True)
    with _show_alembic_progress(), database_errors(settings):
        try:
            if downgrade is not None:
                migrations.downgrade(settings.effective_database_url, downgrade)
            else:
                migrations.upgrade(settings.effective_database_url, revision)
        except CommandError as error:
            fail(str(error))
    target = downgrade or revision
    if target == "head":
        target = f"head ({ScriptDirectory.from_config(config).get_current_head()})"
    err.print(f"[green]Done:[/] the database is at {escape(target)}.", soft_wrap=True)


organisations = typer.Typer(help="Manage organisations (tenants).", no_args_is_help=True)
_STDIN_FLAG = "--admin-password-stdin"


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        # One line, so `echo "$PASSWORD" | chorus ...` works; spaces inside are kept.
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise typer.BadParameter("no password on standard input", param_hint=_STDIN_FLAG)
        return password
    if sys.stdin.isatty():
        return str(
            typer.prompt("Administrator password", hide_input=True, confirmation_prompt=True)
        )
    # Never from argv: a password there ends up in shell history and the process list.
    fail(
        f"Pipe the administrator's password in and pass {_STDIN_FLAG}; "
        "it is never taken from the command line.",
        code=2,
    )


async def _create(settings: Settings, name: str, email: str, password: str) -> uuid.UUID:
    async with open_session(settings) as session:
        organisation, _ = await create_organisation(session, name, email, password)
        await session.commit()
        return organisation.id


@organisations.command("create")
def create(
    name: Annotated[str, typer.Option("--name", help="The organisation's name.")],
    admin_email: Annotated[
        str, typer.Option("--admin-email", help="Sign-in email of its first administrator.")
    ],
    admin_password_stdin: Annotated[
        bool,
        typer.Option(
            "--admin-password-stdin",
            help="Read the administrator's password from the first line of standard input.",
        ),
    ] = False,
) -> None:
    """Create an organisation and its first administrator; print the organisation's ID."""
    password = _read_password(admin_password_stdin)
    settings = load_settings()
    with database_errors(settings):
        try:
            organisation_id = asyncio.run(_create(settings, name, admin_email, password))
        except (RuleViolation, Conflict) as error:
            fail(error.detail)
    out.print(str(organisation_id))
    err.print(
        f"[green]Created[/] {escape(name.strip())} "
        f"with administrator {escape(admin_email.strip().lower())}.",
        soft_wrap=True,
    )

"""What the commands share: consoles, settings, database sessions, readable failures."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import NoReturn

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.engine import make_engine, make_sessionmaker
from app.settings import Settings

# Results (IDs, demo accounts) go to stdout so they can be captured; everything else to stderr.
out = Console(highlight=False)
err = Console(stderr=True, highlight=False)


def fail(message: str, code: int = 1) -> NoReturn:
    # soft_wrap: rich would otherwise break long lines, and paths or hints with them.
    err.print(f"[bold red]Error:[/] {escape(message)}", soft_wrap=True)
    raise typer.Exit(code)


def load_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as error:
        # Only names and reasons: pydantic's own message repeats the values, secrets included.
        problems = "; ".join(
            f"CHORUS_{'_'.join(str(part) for part in e['loc']).upper()}: {e['msg']}"
            for e in error.errors()
        )
        fail(f"The CHORUS_ settings are not valid: {problems}")


def ensure_sqlite_folder(settings: Settings) -> None:
    """Create the folder of a SQLite database file: SQLite makes the file but not its folder."""
    if settings.is_sqlite:
        database = make_url(settings.effective_database_url).database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)


def display_url(settings: Settings) -> str:
    return make_url(settings.effective_database_url).render_as_string(hide_password=True)


@contextmanager
def database_errors(settings: Settings) -> Iterator[None]:
    """Turn an unreachable or unmigrated database into one readable line and exit code 1."""
    try:
        yield
    except IntegrityError:
        # The driver's message would repeat the conflicting values; the unique email is the
        # constraint an operator can run into here.
        fail("That conflicts with existing data: is the email address already in use?")
    except DBAPIError as error:
        reason = (str(error.orig).strip().splitlines() or [type(error.orig).__name__])[0]
        fail(
            f"Could not use the database at {display_url(settings)} ({reason}). "
            "Is it reachable, and migrated (`chorus migrate`)?"
        )
    except OSError as error:
        fail(f"Could not reach the database at {display_url(settings)} ({error}).")


@asynccontextmanager
async def open_session(settings: Settings) -> AsyncIterator[AsyncSession]:
    """A session on a short-lived engine: a command runs once, then its pool must close."""
    engine = make_engine(settings.effective_database_url)
    try:
        async with make_sessionmaker(engine)() as session:
            yield session
    finally:
        await engine.dispose()

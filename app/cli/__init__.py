"""The ``chorus`` command: serve the API, migrate, create organisations, export schemas."""

from __future__ import annotations

import typer

from app.cli import database, schema, serve

cli = typer.Typer(
    name="chorus",
    help="Chorus: the API for lived-experience advisory boards.",
    no_args_is_help=True,
    add_completion=False,
    # A traceback with locals would print whatever was in scope, passwords included.
    pretty_exceptions_show_locals=False,
)
cli.command()(serve.serve)
cli.command()(database.migrate)
cli.add_typer(database.organisations, name="organisations")
cli.add_typer(schema.cli, name="schema")


def main() -> None:
    cli()

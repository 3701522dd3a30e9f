"""The ``chorus`` command: serve, migrate, worker, organisations, people, schema
export."""

from __future__ import annotations

import typer

from app.cli import database, people, schema, scripting, serve, worker

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
cli.command()(worker.worker)
cli.add_typer(database.organisations, name="organisations")
cli.add_typer(people.people, name="people")
cli.add_typer(schema.cli, name="schema")
cli.add_typer(scripting.rota, name="rota")
cli.add_typer(scripting.papers, name="papers")
cli.add_typer(scripting.payments, name="payments")
cli.add_typer(scripting.recommendations, name="recommendations")


def main() -> None:
    cli()

"""``chorus schema export``: the committed OpenAPI and GraphQL schemas, written or checked."""

from __future__ import annotations

import importlib
import json
import secrets
import tempfile
from pathlib import Path
from typing import Annotated

import typer
from pydantic import SecretStr
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource
from rich.markup import escape

import app
from app.cli.common import err, fail
from app.main import create_app
from app.settings import Settings

REPOSITORY_ROOT = Path(app.__file__).resolve().parent.parent
DEFAULT_OUT = REPOSITORY_ROOT / "openapi"
GRAPHQL_SCHEMA_MODULE = "app.api.graphql.schema"

cli = typer.Typer(help="The API's published schemas.", no_args_is_help=True)


class _ExportSettings(Settings):
    """Defaults only: the committed schema must not depend on who exported it, or where."""

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings,)


def openapi_document() -> str:
    # Building the app opens no connection (that happens in the lifespan, which never runs
    # here), and the throwaway data dir keeps the user's own untouched.
    with tempfile.TemporaryDirectory(prefix="chorus-schema-") as data_dir:
        settings = _ExportSettings(
            database_url="sqlite+aiosqlite:///:memory:",
            data_dir=Path(data_dir),
            jwt_secret=SecretStr(secrets.token_urlsafe(36)),
        )
        document = create_app(settings).openapi()
    return json.dumps(document, indent=2, sort_keys=True) + "\n"


def graphql_sdl() -> str | None:
    """The GraphQL schema, or None while the schema module does not exist yet."""
    try:
        module = importlib.import_module(GRAPHQL_SCHEMA_MODULE)
    except ModuleNotFoundError as error:
        # Only the module's own absence is expected; a broken import inside it is a bug.
        if error.name != GRAPHQL_SCHEMA_MODULE:
            raise
        return None
    sdl: str = module.schema.as_str()
    return sdl + "\n"


def rendered() -> dict[str, str]:
    files = {"openapi.json": openapi_document()}
    sdl = graphql_sdl()
    if sdl is None:
        err.print(
            f"[yellow]Warning:[/] {GRAPHQL_SCHEMA_MODULE} does not exist yet; "
            "schema.graphql was skipped.",
            soft_wrap=True,
        )
    else:
        files["schema.graphql"] = sdl
    return files


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


@cli.command("export")
def export(
    check: Annotated[
        bool,
        typer.Option("--check", help="Write nothing; exit 1 if the files on disk are out of date."),
    ] = False,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="Directory for openapi.json and schema.graphql [default: the repo's openapi/]",
            file_okay=False,
            show_default=False,
        ),
    ] = None,
) -> None:
    """Write openapi.json and schema.graphql from the code, or check they are current."""
    directory = out or DEFAULT_OUT
    files = rendered()
    if check:
        # Bytes, not text: a CRLF checkout or a missing final newline is a difference too.
        stale = [
            directory / name
            for name, content in files.items()
            if not (directory / name).is_file()
            or (directory / name).read_bytes() != content.encode()
        ]
        for path in stale:
            err.print(f"  out of date: {escape(_shown(path))}", soft_wrap=True)
        if stale:
            again = "chorus schema export" + (f" --out {_shown(directory)}" if out else "")
            fail(f"The schema files differ from the code: run `{again}`.")
        err.print("[green]The schema files are up to date.[/]")
        return
    directory.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = directory / name
        if path.is_file() and path.read_bytes() == content.encode():
            err.print(f"  unchanged: {escape(_shown(path))}", soft_wrap=True)
            continue
        path.write_bytes(content.encode())
        err.print(f"  [green]wrote[/] {escape(_shown(path))}", soft_wrap=True)

"""The ``chorus`` command, run in-process against throwaway SQLite databases."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import sys
import types
import uuid
from pathlib import Path
from typing import TypeVar

import pytest
import strawberry
import uvicorn
from fastapi import FastAPI
from pydantic import SecretStr
from sqlmodel import select
from typer.testing import CliRunner, Result

from app import logging as chorus_logging
from app.cli import cli
from app.cli.serve import base_url, build_server_config
from app.db.engine import make_engine, make_sessionmaker
from app.db.models import Organisation, PasswordLink, Person
from app.domain.auth.clients import authenticate
from app.domain.passwords import verify_password
from app.settings import Settings

PASSWORD = "a long enough password"
GRAPHQL_MODULE = "app.api.graphql.schema"

runner = CliRunner()
T = TypeVar("T", Organisation, Person, PasswordLink)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    data = tmp_path / "data"
    return {
        "CHORUS_DATA_DIR": str(data),
        "CHORUS_DATABASE_URL": f"sqlite+aiosqlite:///{data / 'chorus.db'}",
    }


@pytest.fixture
def migrated(env: dict[str, str]) -> dict[str, str]:
    result = runner.invoke(cli, ["migrate"], env=env)
    assert result.exit_code == 0, result.output
    return env


def _create(env: dict[str, str], email: str, password: str = PASSWORD) -> Result:
    return runner.invoke(
        cli,
        [
            *("organisations", "create", "--name", "Northshire"),
            *("--admin-email", email, "--admin-password-stdin"),
        ],
        input=password + "\n",
        env=env,
    )


def _client_signs_in(env: dict[str, str], client_id: str, secret: str) -> bool:
    async def run() -> bool:
        engine = make_engine(env["CHORUS_DATABASE_URL"])
        try:
            async with make_sessionmaker(engine)() as session:
                return (await authenticate(session, client_id, secret)).client_id == client_id
        finally:
            await engine.dispose()

    return asyncio.run(run())


def _query(env: dict[str, str], model: type[T]) -> list[T]:
    async def run() -> list[T]:
        engine = make_engine(env["CHORUS_DATABASE_URL"])
        try:
            async with make_sessionmaker(engine)() as session:
                return list((await session.scalars(select(model))).all())
        finally:
            await engine.dispose()

    return asyncio.run(run())


def test_migrate_reports_the_revision(env: dict[str, str]) -> None:
    result = runner.invoke(cli, ["migrate"], env=env)
    assert result.exit_code == 0, result.output
    assert "Running upgrade" in result.stderr
    assert "the database is at head" in result.stderr
    again = runner.invoke(cli, ["migrate"], env=env)
    assert again.exit_code == 0, again.output
    assert "Running upgrade" not in again.stderr


def test_migrate_refuses_an_unknown_revision(env: dict[str, str]) -> None:
    result = runner.invoke(cli, ["migrate", "--revision", "nonsense"], env=env)
    assert result.exit_code == 1
    assert "nonsense" in result.stderr


def test_migrate_downgrades_after_confirmation(migrated: dict[str, str]) -> None:
    refused = runner.invoke(cli, ["migrate", "--downgrade", "base"], input="n\n", env=migrated)
    assert refused.exit_code == 1
    assert len(_query(migrated, Organisation)) == 0  # the tables are still there

    result = runner.invoke(cli, ["migrate", "--downgrade", "base", "--yes"], env=migrated)
    assert result.exit_code == 0, result.output
    assert "Running downgrade" in result.stderr
    assert _create(migrated, "admin@northshire.example.org").exit_code == 1


def test_create_organisation_reads_the_password_from_stdin(migrated: dict[str, str]) -> None:
    result = _create(migrated, " Admin@Northshire.example.org ")
    assert result.exit_code == 0, result.output
    organisation_id = uuid.UUID(result.stdout.strip())
    assert PASSWORD not in result.output

    [organisation] = _query(migrated, Organisation)
    [admin] = _query(migrated, Person)
    assert (organisation.id, organisation.name) == (organisation_id, "Northshire")
    assert admin.organisation_id == organisation_id
    assert admin.email == "admin@northshire.example.org"
    assert admin.roles == ["administrator"]
    assert verify_password(PASSWORD, admin.password_hash)


def test_create_organisation_with_a_taken_email_fails_readably(
    migrated: dict[str, str],
) -> None:
    assert _create(migrated, "admin@northshire.example.org").exit_code == 0
    result = _create(migrated, "ADMIN@northshire.example.org")
    assert result.exit_code == 1
    assert "already exists" in result.stderr
    assert result.stdout == ""
    assert len(_query(migrated, Organisation)) == 1


def test_create_organisation_rejects_a_short_password(migrated: dict[str, str]) -> None:
    result = _create(migrated, "admin@northshire.example.org", password="short")
    assert result.exit_code == 1
    assert "at least 12 characters" in result.stderr
    assert _query(migrated, Organisation) == []


def test_create_organisation_needs_the_stdin_flag(migrated: dict[str, str]) -> None:
    result = runner.invoke(
        cli,
        ["organisations", "create", "--name", "N", "--admin-email", "a@b.example.org"],
        input="",
        env=migrated,
    )
    assert result.exit_code == 2
    assert "--admin-password-stdin" in result.stderr


def test_create_organisation_refuses_an_empty_password(migrated: dict[str, str]) -> None:
    result = _create(migrated, "admin@northshire.example.org", password="")
    assert result.exit_code == 2
    assert "no password on standard input" in result.output


def test_create_organisation_on_an_unmigrated_database_says_what_to_do(
    env: dict[str, str],
) -> None:
    Path(env["CHORUS_DATA_DIR"]).mkdir()
    result = _create(env, "admin@northshire.example.org")
    assert result.exit_code == 1
    assert "chorus migrate" in result.stderr


def test_schema_export_writes_files_that_check_then_accepts(
    tmp_path: Path, env: dict[str, str]
) -> None:
    out = tmp_path / "openapi"
    result = runner.invoke(cli, ["schema", "export", "--out", str(out)], env=env)
    assert result.exit_code == 0, result.output

    document = json.loads((out / "openapi.json").read_text())
    assert "/api/v1/auth/token" in document["paths"]
    assert (out / "openapi.json").read_text().endswith("}\n")
    has_graphql = importlib.util.find_spec(GRAPHQL_MODULE) is not None
    assert (out / "schema.graphql").exists() == has_graphql
    # Exporting touches neither the configured data dir nor the database.
    assert not Path(env["CHORUS_DATA_DIR"]).exists()

    check = runner.invoke(cli, ["schema", "export", "--out", str(out), "--check"], env=env)
    assert check.exit_code == 0, check.output

    with (out / "openapi.json").open("a") as handle:
        handle.write(" ")
    stale = runner.invoke(cli, ["schema", "export", "--out", str(out), "--check"], env=env)
    assert stale.exit_code == 1
    assert "openapi.json" in stale.stderr
    assert "chorus schema export" in stale.stderr


def test_schema_export_includes_graphql_when_the_schema_exists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    @strawberry.type
    class Query:
        greeting: str = "hello"

    module = types.ModuleType(GRAPHQL_MODULE)
    module.__dict__["schema"] = strawberry.Schema(query=Query)
    monkeypatch.setitem(sys.modules, GRAPHQL_MODULE, module)

    result = runner.invoke(cli, ["schema", "export", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    sdl = (tmp_path / "schema.graphql").read_text()
    assert "greeting: String!" in sdl
    assert sdl.endswith("}\n")
    check = runner.invoke(cli, ["schema", "export", "--out", str(tmp_path), "--check"])
    assert check.exit_code == 0, check.output

    (tmp_path / "schema.graphql").write_text(sdl.replace("greeting", "farewell"))
    stale = runner.invoke(cli, ["schema", "export", "--out", str(tmp_path), "--check"])
    assert stale.exit_code == 1
    assert "schema.graphql" in stale.stderr
    assert "openapi.json" not in stale.stderr.replace("schema.graphql", "")


def test_schema_check_fails_when_a_file_is_missing(tmp_path: Path) -> None:
    result = runner.invoke(cli, ["schema", "export", "--out", str(tmp_path), "--check"])
    assert result.exit_code == 1
    assert "openapi.json" in result.stderr


def test_server_config_keeps_our_logging_and_trusts_proxy_headers(tmp_path: Path) -> None:
    settings = Settings(
        database_url="sqlite+aiosqlite:///:memory:",
        data_dir=tmp_path,
        jwt_secret=SecretStr("x" * 48),
    )
    config = build_server_config(settings, "0.0.0.0", 8765)  # noqa: S104 - not bound here
    assert isinstance(config.app, FastAPI)
    assert (config.host, config.port) == ("0.0.0.0", 8765)  # noqa: S104
    assert config.log_config is None
    assert config.proxy_headers is True
    assert config.lifespan == "on"
    assert config.reload is False


@pytest.mark.parametrize(
    ("host", "url"),
    [
        ("127.0.0.1", "http://127.0.0.1:8000"),
        ("0.0.0.0", "http://127.0.0.1:8000"),  # noqa: S104
        ("::", "http://[::1]:8000"),
        ("::1", "http://[::1]:8000"),
        ("chorus.local", "http://chorus.local:8000"),
    ],
)
def test_printed_urls_point_somewhere_a_browser_can_go(host: str, url: str) -> None:
    assert base_url(host, 8000) == url


def test_serve_demo_loads_once_and_prints_how_to_sign_in(
    env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    served: list[uvicorn.Config] = []
    monkeypatch.setattr(uvicorn.Server, "run", lambda server, *a, **k: served.append(server.config))
    # The real one would point the root logger at the runner's short-lived stderr.
    monkeypatch.setattr(chorus_logging, "configure", lambda level: None)

    first = runner.invoke(cli, ["serve", "--demo", "--port", "8765"], env=env)
    assert first.exit_code == 0, first.output
    assert [config.port for config in served] == [8765]
    for expected in ("http://127.0.0.1:8765/docs", "http://127.0.0.1:8765/graphql", "DEMO ONLY"):
        assert expected in first.stdout
    for role in ("administrator", "coordinator", "finance", "member"):
        assert role in first.stdout
    curls = [line.strip() for line in first.stdout.splitlines() if "curl " in line]
    [curl] = [line for line in curls if "grant_type=password" in line]
    assert curl.startswith("curl -d grant_type=password -d username=")
    assert curl.endswith("http://127.0.0.1:8765/api/v1/auth/token")
    password = curl.split("password=")[-1].split()[0]
    email = curl.split("username=")[1].split()[0]
    [member] = [p for p in _query(env, Person) if p.email == email]
    assert verify_password(password, member.password_hash)
    [client_curl] = [line for line in curls if "grant_type=client_credentials" in line]
    client_id = client_curl.split("client_id=")[1].split()[0]
    secret = client_curl.split("client_secret=")[1].split()[0]
    assert _client_signs_in(env, client_id, secret)

    second = runner.invoke(cli, ["serve", "--demo", "--port", "8765"], env=env)
    assert second.exit_code == 0, second.output
    assert "already has an organisation" in second.stdout
    assert "password:" not in second.stdout
    assert len(_query(env, Organisation)) == 1
    assert len(served) == 2

"""``chorus serve``: the API under uvicorn, optionally with demo data to explore."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import shlex
from typing import Annotated

import typer
import uvicorn
from rich.markup import escape
from rich.panel import Panel

from app import logging as chorus_logging
from app.cli.common import database_errors, ensure_sqlite_folder, load_settings, open_session, out
from app.db.migrate import upgrade_async
from app.demo import DemoAccounts, load_demo_if_empty
from app.integrations.storage import make_storage
from app.main import create_app
from app.settings import Settings


def build_server_config(settings: Settings, host: str, port: int) -> uvicorn.Config:
    return uvicorn.Config(
        create_app(settings),
        host=host,
        port=port,
        # None: uvicorn leaves logging alone, so its lines come out as our JSON too.
        log_config=None,
        # Client address and scheme from X-Forwarded-* behind a reverse proxy; uvicorn trusts
        # only the addresses in FORWARDED_ALLOW_IPS (default 127.0.0.1).
        proxy_headers=True,
        # Migrations and the first administrator happen in the lifespan: if that fails,
        # the server must not start answering anyway.
        lifespan="on",
        server_header=False,
    )


async def _load_demo(settings: Settings) -> DemoAccounts | None:
    if settings.auto_migrate_effective:
        await upgrade_async(settings.effective_database_url)
    async with open_session(settings) as session:
        accounts = await load_demo_if_empty(session, make_storage(settings))
        await session.commit()
    return accounts


def base_url(host: str, port: int) -> str:
    shown = host
    with contextlib.suppress(ValueError):  # a host name rather than an address
        address = ipaddress.ip_address(host)
        # A wildcard address is where we listen, not somewhere a browser can go.
        if address.is_unspecified:
            address = ipaddress.ip_address("::1" if address.version == 6 else "127.0.0.1")
        shown = f"[{address}]" if address.version == 6 else str(address)
    return f"http://{shown}:{port}"


def print_demo(accounts: DemoAccounts | None, url: str) -> None:
    lines = [f"API docs  {url}/docs", f"GraphQL   {url}/graphql"]
    title = accounts.organisation_name if accounts else "Chorus"
    out.print(Panel.fit("\n".join(escape(line) for line in lines), title=escape(title)))
    if accounts is None:
        out.print(
            "This database already has an organisation, so no demo data was loaded. Demo "
            "passwords are shown only when the demo is first loaded; for a fresh demo, use an "
            "empty database (with SQLite: CHORUS_DATA_DIR=$(mktemp -d)).",
            soft_wrap=True,
        )
        return
    out.print(
        "[bold]Demo accounts[/] (DEMO ONLY: random passwords, shown this once; "
        "only their hashes are stored)",
        soft_wrap=True,
    )
    for account in accounts.accounts:
        out.print(
            f"  [bold]{account.role:<14}[/]{escape(account.display_name):<11}"
            f"{escape(account.email):<44} password: {escape(account.password)}"
            + (f"  ({escape(account.note)})" if account.note else ""),
            soft_wrap=True,
        )
    member = accounts.for_role("member")
    curl = shlex.join(
        [
            "curl",
            "-d",
            "grant_type=password",
            "-d",
            f"username={member.email}",
            "-d",
            f"password={member.password}",
            f"{url}/api/v1/auth/token",
        ]
    )
    out.print("[bold]Get a token[/] (as the member):", soft_wrap=True)
    out.print(f"  {escape(curl)}", soft_wrap=True)
    client = accounts.api_client
    out.print(
        f"[bold]Partner API client[/] {escape(client.name)} (secret shown this once; "
        f"scopes: {escape(' '.join(client.scopes))})",
        soft_wrap=True,
    )
    out.print(f"  client id: {escape(client.client_id)}  secret: {escape(client.secret)}")
    curl = shlex.join(
        [
            "curl",
            "-d",
            "grant_type=client_credentials",
            "-d",
            f"client_id={client.client_id}",
            "-d",
            f"client_secret={client.secret}",
            f"{url}/api/v1/auth/token",
        ]
    )
    out.print("[bold]Get a token[/] (as the partner system):", soft_wrap=True)
    out.print(f"  {escape(curl)}", soft_wrap=True)


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    demo: Annotated[
        bool,
        typer.Option(
            "--demo",
            help="Load demo data into an empty database and print demo sign-ins (demo only).",
        ),
    ] = False,
) -> None:
    """Run the API. SQLite is migrated on start; PostgreSQL needs `chorus migrate` first."""
    settings = load_settings()
    chorus_logging.configure(settings.log_level)
    ensure_sqlite_folder(settings)
    if demo:
        with database_errors(settings):
            accounts = asyncio.run(_load_demo(settings))
        print_demo(accounts, base_url(host, port))
    uvicorn.Server(build_server_config(settings, host, port)).run()

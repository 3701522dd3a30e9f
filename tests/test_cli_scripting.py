"""The client commands (`chorus rota|papers|payments|recommendations`) against the real
app in-process, and the partner example in docs/examples."""

from __future__ import annotations

import asyncio
import base64
import importlib.util
import json
import types
import uuid
from collections.abc import Awaitable, Callable, Coroutine
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select
from typer.testing import CliRunner, Result

from app.cli import cli, client, scripting
from app.cli.client import ApiError, ChorusClient, ClientConfig, ExitCode
from app.db.models import Organisation, SeatAssignment
from app.db.types import utcnow
from tests import factories
from tests.api import expenses_setup, papers_setup, recommendations_setup, seat_setup

API = "/api/v1"
SECRET = "partner-secret"
EXAMPLE = Path(__file__).resolve().parent.parent / "docs" / "examples" / "partner_example.py"

Chorus = Callable[..., Awaitable[Result]]


@pytest.fixture
async def chorus(app: FastAPI, monkeypatch: pytest.MonkeyPatch) -> Chorus:
    """Run `chorus ...` in a thread, its HTTP calls served in-process by the test's app on
    the test's own event loop (where the database engine lives)."""
    loop = asyncio.get_running_loop()

    def on_test_loop(operation: Coroutine[Any, Any, int]) -> int:
        return asyncio.run_coroutine_threadsafe(operation, loop).result()

    monkeypatch.setattr(
        scripting,
        "make_transport",
        lambda: httpx.ASGITransport(app=app, raise_app_exceptions=False),
    )
    monkeypatch.setattr(scripting, "run", on_test_loop)

    async def invoke(
        client_id: str, *args: str, secret: str = SECRET, url: str = "https://chorus.test"
    ) -> Result:
        env = {
            "CHORUS_URL": url,
            "CHORUS_CLIENT_ID": client_id,
            "CHORUS_CLIENT_SECRET": secret,
        }
        return await asyncio.to_thread(CliRunner().invoke, cli, list(args), env=env)

    return invoke


async def partner(db: async_sessionmaker[AsyncSession], org: Organisation, *scopes: str) -> str:
    return (await factories.api_client(db, org, list(scopes), SECRET)).client_id


async def assignments(db: async_sessionmaker[AsyncSession]) -> int:
    async with db() as session:
        return int(await session.scalar(select(func.count()).select_from(SeatAssignment)) or 0)


# -- rota -----------------------------------------------------------------------------


async def test_rota_dry_run_plans_without_assigning_and_a_real_run_assigns(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    chorus: Chorus,
) -> None:
    t = await seat_setup.team(db, app, size=3)
    created = await client.post(
        f"{API}/boards/{t.advisory.id}/seats",
        json={"name": "Rotating seat", "kind": "rotating"},
        headers=t.coordinator.headers,
    )
    assert created.status_code == 201, created.text
    await seat_setup.meetings(db, t.governance, 3)
    cid = await partner(db, t.org, "boards:read", "seats:read", "seats:write")
    board = str(t.advisory.id)

    planned = await chorus(
        cid, "rota", "generate", "--board", board, "--count", "3", "--dry-run", "--json"
    )
    assert planned.exit_code == ExitCode.OK, planned.output
    document = json.loads(planned.stdout)  # exactly one JSON document, nothing else
    assert document["dryRun"] is True
    [seat] = document["seats"]
    assert seat["seatName"] == "Rotating seat"
    assert len(seat["planned"]) == 3
    assert all(p["personId"] and p["assignmentId"] is None for p in seat["planned"])
    assert {p["personId"] for p in seat["planned"]} == {str(m.id) for m in t.members}
    assert await assignments(db) == 0

    human = await chorus(cid, "rota", "generate", "--board", board, "--count", "3", "--dry-run")
    assert human.exit_code == ExitCode.OK, human.output
    assert "Dry run: nothing was assigned" in human.stdout
    assert await assignments(db) == 0

    real = await chorus(cid, "rota", "generate", "--board", board, "--count", "3")
    assert real.exit_code == ExitCode.OK, real.output
    assert str(t.members[0].id) in real.stdout
    assert "Dry run" not in real.stdout
    assert await assignments(db) == 3

    again = await chorus(cid, "rota", "generate", "--board", board, "--count", "3", "--json")
    assert again.exit_code == ExitCode.OK
    assert json.loads(again.stdout)["seats"][0]["alreadyAssigned"] == 3
    assert await assignments(db) == 3


async def test_bad_credentials_exit_3_and_an_unknown_board_exits_4(
    app: FastAPI, db: async_sessionmaker[AsyncSession], chorus: Chorus
) -> None:
    org = await factories.organisation(db)
    cid = await partner(db, org, "boards:read", "seats:read", "seats:write")
    unknown = str(uuid.uuid4())

    refused = await chorus(
        cid, "rota", "generate", "--board", unknown, "--count", "1", "--json", secret="wrong"
    )
    assert refused.exit_code == ExitCode.AUTHENTICATION, refused.output
    assert json.loads(refused.stdout)["error"]["status"] == 401
    assert "Error:" in refused.stderr

    missing = await chorus(cid, "rota", "generate", "--board", unknown, "--count", "1")
    assert missing.exit_code == ExitCode.NOT_FOUND, missing.output
    assert "HTTP 404" in missing.stderr
    assert missing.stdout == ""


async def test_missing_settings_and_bad_options_are_usage_errors() -> None:
    board = str(uuid.uuid4())
    result = await asyncio.to_thread(
        CliRunner().invoke,
        cli,
        ["recommendations", "overdue", "--board", board, "--json"],
        env={"CHORUS_URL": "", "CHORUS_CLIENT_ID": "", "CHORUS_CLIENT_SECRET": ""},
    )
    assert result.exit_code == ExitCode.USAGE
    assert "CHORUS_URL" in result.stderr
    assert json.loads(result.stdout)["error"]["exitCode"] == ExitCode.USAGE
    not_a_uuid = CliRunner().invoke(cli, ["rota", "generate", "--board", "x", "--count", "1"])
    assert not_a_uuid.exit_code == ExitCode.USAGE
    described = CliRunner().invoke(cli, ["payments", "export", "--help"])
    assert "Exit codes" in described.stdout


async def test_the_secret_goes_over_plain_http_only_to_this_machine_or_with_insecure(
    chorus: Chorus, db: async_sessionmaker[AsyncSession]
) -> None:
    org = await factories.organisation(db)
    client_id = await partner(db, org, "recommendations:read")
    board = str((await factories.board(db, org)).id)
    command = ("recommendations", "overdue", "--board", board, "--json")
    refused = await chorus(client_id, *command, url="http://chorus.test")
    assert refused.exit_code == ExitCode.USAGE
    assert "--insecure" in refused.stderr
    assert "unencrypted" in refused.stderr
    assert json.loads(refused.stdout)["error"]["exitCode"] == ExitCode.USAGE
    for url in ("http://localhost:8000", "http://127.0.0.2", "http://[::1]:8000"):
        assert (await chorus(client_id, *command, url=url)).exit_code == ExitCode.OK, url
    told = await chorus(client_id, *command, "--insecure", url="http://chorus.test")
    assert told.exit_code == ExitCode.OK, told.output
    # A name that merely starts like a loopback address is another machine.
    sneaky = await chorus(client_id, *command, url="http://127.0.0.1.example.org")
    assert sneaky.exit_code == ExitCode.USAGE


# -- papers ---------------------------------------------------------------------------


async def test_a_late_circulation_without_a_reason_exits_5_with_the_field_error(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    chorus: Chorus,
) -> None:
    s = await papers_setup.setup(db, app, size=2)
    paper = await papers_setup.paper(client, s.coordinator, s.soon.id)
    cid = await partner(db, s.org, "papers:read", "papers:write")
    meeting = str(s.soon.id)

    refused = await chorus(cid, "papers", "circulate", "--meeting", meeting)
    assert refused.exit_code == ExitCode.CONFLICT, refused.output
    assert "/lateReason" in refused.stderr
    assert "--late-reason" in refused.stderr
    assert refused.stdout == ""

    sent = await chorus(
        cid,
        *("papers", "circulate", "--meeting", meeting, "--paper", paper["id"]),
        *("--late-reason", "The figures came in on Friday.", "--json"),
    )
    assert sent.exit_code == ExitCode.OK, sent.output
    body = json.loads(sent.stdout)
    assert body["late"] is True
    assert body["lateReason"] == "The figures came in on Friday."
    assert [p["paperId"] for p in body["papers"]] == [paper["id"]]
    assert body["recipientCount"] == 2


# -- recommendations ------------------------------------------------------------------


async def test_overdue_recommendations_follow_every_page(
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    chorus: Chorus,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    t = await recommendations_setup.team(db, app)
    sent = utcnow() - timedelta(days=60)
    overdue = {
        str(
            await recommendations_setup.stored(
                db, t, submitted_at=sent, due_on=sent.date() + timedelta(days=28), title=f"Late {i}"
            )
        )
        for i in range(3)
    }
    await recommendations_setup.stored(
        db, t, submitted_at=utcnow(), due_on=utcnow().date() + timedelta(days=28)
    )
    cid = await partner(db, t.org, "recommendations:read")
    monkeypatch.setattr(client, "PAGE_LIMIT", 2)  # three overdue: two pages

    listed = await chorus(
        cid, "recommendations", "overdue", "--board", str(t.advisory.id), "--json"
    )
    assert listed.exit_code == ExitCode.OK, listed.output
    document = json.loads(listed.stdout)
    assert document["count"] == 3
    assert {r["id"] for r in document["items"]} == overdue
    assert all(r["overdue"] for r in document["items"])

    table = await chorus(cid, "recommendations", "overdue", "--board", str(t.advisory.id))
    assert table.exit_code == ExitCode.OK
    assert "Late 0" in table.stdout


# -- payments -------------------------------------------------------------------------


async def test_a_payment_run_is_exported_as_served(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    chorus: Chorus,
    tmp_path: Path,
) -> None:
    o = await expenses_setup.office(db, app)
    await expenses_setup.set_preferences(
        client, o.finance, o.member.id, payeeReference="SUP-1", payeeName="M One"
    )
    await expenses_setup.approved_claim(client, o)
    run = await client.post(
        f"{API}/payment-runs",
        json={"upTo": expenses_setup.today()},
        headers=o.finance.headers,
    )
    assert run.status_code == 201, run.text
    run_id = run.json()["id"]
    served = await client.get(f"{API}/payment-runs/{run_id}/export.csv", headers=o.finance.headers)
    cid = await partner(db, o.org, "expenses:read")

    target = tmp_path / "run.csv"
    written = await chorus(cid, "payments", "export", "--run", run_id, "--output", str(target))
    assert written.exit_code == ExitCode.OK, written.output
    assert target.read_bytes() == served.content
    assert b"SUP-1" in served.content

    to_stdout = await chorus(cid, "payments", "export", "--run", run_id)
    assert to_stdout.exit_code == ExitCode.OK
    assert to_stdout.stdout_bytes == served.content

    unknown = await chorus(
        cid, "payments", "export", "--run", str(uuid.uuid4()), "-o", str(tmp_path / "x.csv")
    )
    assert unknown.exit_code == ExitCode.NOT_FOUND
    assert not (tmp_path / "x.csv").exists()


# -- the client on its own ------------------------------------------------------------


def _token(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"access_token": "t", "expires_in": 900, "scope": ""})


async def test_the_client_retries_with_one_idempotency_key_and_signs_in_once() -> None:
    seen: list[httpx.Request] = []
    replies = iter([503, 429, 201, 200])

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/auth/token"):
            seen.append(request)
            return _token(request)
        seen.append(request)
        return httpx.Response(next(replies), json={"ok": True})

    async def no_wait(seconds: float) -> None:
        return None

    config = ClientConfig("http://chorus.test", "chc_x", "s")
    async with ChorusClient(config, transport=httpx.MockTransport(handler), sleep=no_wait) as api:
        assert await api.post_json("/things", {"a": 1}) == {"ok": True}
        assert await api.get_json("/things") == {"ok": True}
    tokens = [r for r in seen if r.url.path.endswith("/auth/token")]
    posts = [r for r in seen if r.method == "POST" and r not in tokens]
    assert len(tokens) == 1
    assert b"grant_type=client_credentials" in tokens[0].content
    assert len(posts) == 3
    assert len({r.headers["Idempotency-Key"] for r in posts}) == 1
    assert "Idempotency-Key" not in seen[-1].headers  # the GET


async def test_the_client_gives_up_with_exit_6_and_reads_problem_details() -> None:
    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    async def no_wait(seconds: float) -> None:
        return None

    config = ClientConfig("http://chorus.test", "chc_x", "s")
    async with ChorusClient(config, transport=httpx.MockTransport(down), sleep=no_wait) as api:
        with pytest.raises(ApiError) as unreachable:
            await api.get_json("/boards")
    assert unreachable.value.exit_code == ExitCode.UNAVAILABLE

    def conflict(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/auth/token"):
            return _token(request)
        return httpx.Response(
            409,
            headers={"content-type": "application/problem+json"},
            json={
                "type": "/problems/conflict",
                "title": "Conflict",
                "status": 409,
                "detail": "Clash.",
                "errors": [{"pointer": "/name", "detail": "taken"}],
            },
        )

    async with ChorusClient(config, transport=httpx.MockTransport(conflict)) as api:
        with pytest.raises(ApiError) as refused:
            await api.post_json("/boards", {})
    assert refused.value.exit_code == ExitCode.CONFLICT
    assert (refused.value.type, refused.value.detail) == ("/problems/conflict", "Clash.")
    assert [(e.where, e.detail) for e in refused.value.errors] == [("/name", "taken")]


# -- the partner example --------------------------------------------------------------


def _example() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("partner_example", EXAMPLE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_partner_example_verifies_signed_webhooks_and_rejects_tampered_ones() -> None:
    from standardwebhooks import Webhook
    from standardwebhooks.webhooks import WebhookVerificationError

    example = _example()
    secret = "whsec_" + base64.b64encode(b"k" * 32).decode()
    body = b'{"type":"paper.circulated","data":{"paperId":"p1"}}'
    now = datetime.now(UTC)
    headers = {
        "webhook-id": "msg_1",
        "webhook-timestamp": str(int(now.timestamp())),
        "webhook-signature": Webhook(secret).sign("msg_1", now, body.decode()),
    }
    assert example.verify_webhook(secret, body, headers)["data"]["paperId"] == "p1"
    with pytest.raises(WebhookVerificationError):
        example.verify_webhook(secret, body.replace(b"p1", b"p2"), headers)
    with pytest.raises(WebhookVerificationError):
        example.verify_webhook(secret, body, {**headers, "webhook-id": "msg_2"})

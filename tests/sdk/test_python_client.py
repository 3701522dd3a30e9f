"""The partner SDK in clients/python: generated from the committed OpenAPI document, and
a partner's everyday scenario runs through it unchanged (issue 12, items 7 and 8)."""

from __future__ import annotations

import filecmp
import io
import subprocess
import uuid
from pathlib import Path
from typing import Any

import httpx
from chorus_client import AuthenticatedClient, Client
from chorus_client.api.auth import issue_token
from chorus_client.api.boards import create_board, get_board, list_boards, update_board
from chorus_client.api.expenses import upload_receipt
from chorus_client.api.papers import upload_paper
from chorus_client.models import (
    BoardCreate,
    BoardKind,
    BoardOut,
    BoardUpdate,
    BodyIssueToken,
    PageOutBoardOut,
    PaperOut,
    Problem,
    ReceiptOut,
    TokenResponse,
    UploadPaperPaperCreate,
    UploadReceiptReceiptFields,
)
from chorus_client.types import File
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Organisation
from tests import factories
from tests.api.expenses_setup import JPEG, line, make_claim, office
from tests.api.papers_setup import PDF, setup
from tests.factories import Caller
from tests.sdk.conftest import CLIENT

ROOT = CLIENT.parents[1]
BASE = "http://chorus.test"


def _differences(left: Path, right: Path) -> list[str]:
    compared = filecmp.dircmp(left, right, ignore=["__pycache__", ".ruff_cache"])
    found = [f"{compared.left}: only {n}" for n in compared.left_only]
    found += [f"{compared.right}: only {n}" for n in compared.right_only]
    found += [f"{compared.left}/{n} differs" for n in compared.diff_files]
    for name in compared.common_dirs:
        found += _differences(left / name, right / name)
    return found


def test_the_committed_client_is_generated_from_the_committed_document(tmp_path: Path) -> None:
    fresh = tmp_path / "python"
    subprocess.run(  # noqa: S603
        [str(ROOT / "scripts" / "generate-client"), str(fresh)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    assert _differences(CLIENT, fresh) == [], "run scripts/generate-client"


def _asgi(app: FastAPI) -> dict[str, Any]:
    # The client's own hook for httpx settings: the app answers in this process.
    return {"transport": httpx.ASGITransport(app=app)}


def _signed_in(app: FastAPI, token: str) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=BASE, token=token, httpx_args=_asgi(app))


async def test_a_partner_signs_in_pages_creates_once_and_patches_with_if_match(
    app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    partner = await factories.api_client(db, org, ["boards:read", "boards:write"])
    anonymous = Client(base_url=BASE, httpx_args=_asgi(app))
    grant = BodyIssueToken(
        grant_type="client_credentials", client_id=partner.client_id, client_secret="s3cret"
    )
    token = await issue_token.asyncio(client=anonymous, body=grant)
    assert isinstance(token, TokenResponse)
    api = _signed_in(app, token.access_token)

    created: list[BoardOut] = []
    for name in ("North", "South", "East"):
        body = BoardCreate(name=name, kind=BoardKind.ADVISORY)
        key = f"create-{name}"
        first = await create_board.asyncio_detailed(client=api, body=body, idempotency_key=key)
        again = await create_board.asyncio_detailed(client=api, body=body, idempotency_key=key)
        assert isinstance(first.parsed, BoardOut)
        assert isinstance(again.parsed, BoardOut)
        assert again.parsed.id == first.parsed.id  # the retry replayed; no second board
        assert again.headers.get("Idempotent-Replayed") == "true"
        created.append(first.parsed)

    seen: list[uuid.UUID] = []
    cursor: str | None = None
    while True:
        page = await list_boards.asyncio(client=api, limit=2, cursor=cursor)
        assert isinstance(page, PageOutBoardOut)
        seen += [board.id for board in page.items]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert sorted(seen) == sorted(b.id for b in created)

    read = await get_board.asyncio_detailed(created[0].id, client=api)
    etag = read.headers["ETag"]
    changed = await update_board.asyncio(
        created[0].id, client=api, body=BoardUpdate(name="North East"), if_match=etag
    )
    assert isinstance(changed, BoardOut)
    assert changed.name == "North East"
    stale = await update_board.asyncio(
        created[0].id, client=api, body=BoardUpdate(name="Lost"), if_match=etag
    )
    assert isinstance(stale, Problem)
    assert stale.status == 412

    refused = await create_board.asyncio(
        client=api, body=BoardCreate(name="", kind=BoardKind.ADVISORY)
    )
    assert isinstance(refused, Problem)
    assert refused.status == 422
    assert refused.request_id
    assert refused.errors
    assert "/name" in [e.pointer for e in refused.errors]


async def test_papers_and_receipts_upload_through_the_client(
    app: FastAPI, db: async_sessionmaker[AsyncSession], client: httpx.AsyncClient
) -> None:
    s = await setup(db, app, size=1)
    coordinator = _signed_in(app, s.coordinator.token)
    pack = File(payload=io.BytesIO(PDF), file_name="pack.pdf", mime_type="application/pdf")
    paper = await upload_paper.asyncio(
        s.meeting.id, client=coordinator, body=UploadPaperPaperCreate(file=pack, title="Pack")
    )
    assert isinstance(paper, PaperOut)
    assert paper.title == "Pack"

    o = await office(db, app)
    claimant: Caller = o.claimant
    claim = await make_claim(client, claimant, line("taxi", 2_400))
    photo = File(payload=io.BytesIO(JPEG), file_name="taxi.jpg", mime_type="image/jpeg")
    receipt = await upload_receipt.asyncio(
        uuid.UUID(claim["id"]),
        client=_signed_in(app, claimant.token),
        body=UploadReceiptReceiptFields(file=photo, item_id=uuid.UUID(claim["items"][0]["id"])),
    )
    assert isinstance(receipt, ReceiptOut)
    assert receipt.content_type == "image/jpeg"

"""Receipts over REST: types judged by content, the size limit, duplicates, privacy."""

from __future__ import annotations

from pathlib import Path

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import ExpenseReceipt
from app.settings import Settings
from tests.api.expenses_setup import (
    API,
    JPEG,
    PDF,
    PNG,
    count,
    line,
    make_claim,
    office,
    step,
    upload,
)
from tests.api.helpers import problem

HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 32
WEBP = b"RIFF\x24\x00\x00\x00WEBPVP8 " + b"\x00" * 32


def _blobs(settings: Settings) -> list[Path]:
    return [p for p in (settings.data_dir / "files").rglob("*") if p.is_file()]


async def test_receipts_are_typed_by_their_bytes_and_attached_to_a_line(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    settings: Settings,
) -> None:
    o = await office(db, app)
    claim = await make_claim(client, o.claimant, line("taxi", 2_400))
    item = claim["items"][0]["id"]
    assert claim["items"][0]["problems"]
    for content, expected in (
        (PDF, "application/pdf"),
        (PNG, "image/png"),
        (HEIC, "image/heic"),
        (WEBP, "image/webp"),
    ):
        response = await upload(client, o.claimant, claim["id"], content, name="scan.jpg")
        assert response.status_code == 201, response.text
        assert response.json()["contentType"] == expected
    attached = await upload(client, o.claimant, claim["id"], JPEG, name="x.pdf", item_id=item)
    assert attached.status_code == 201, attached.text
    receipt = attached.json()
    assert (receipt["contentType"], receipt["itemId"], receipt["duplicate"]) == (
        "image/jpeg",
        item,
        False,
    )
    detail = (
        await client.get(f"{API}/expense-claims/{claim['id']}", headers=o.claimant.headers)
    ).json()
    assert detail["items"][0]["problems"] == []
    assert detail["items"][0]["receiptIds"] == [receipt["id"]]
    download = await client.get(
        f"{API}/expense-claims/{claim['id']}/receipts/{receipt['id']}/content",
        headers=o.finance.headers,
    )
    assert download.status_code == 200
    assert download.content == JPEG
    assert download.headers["content-type"] == "image/jpeg"
    assert len(_blobs(settings)) == 5


async def test_other_files_are_refused_and_nothing_is_kept(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    settings: Settings,
) -> None:
    o = await office(db, app)
    claim = await make_claim(client, o.claimant, line("taxi", 2_400))
    named_like_an_image = await upload(
        client, o.claimant, claim["id"], b"<html><script>alert(1)</script>", name="r.jpg"
    )
    assert problem(named_like_an_image, 422, "rule-violation")["errors"][0]["pointer"] == "/file"
    problem(await upload(client, o.claimant, claim["id"], b""), 422, "rule-violation")
    huge = JPEG + b"\x00" * (10 * 1024 * 1024)
    problem(await upload(client, o.claimant, claim["id"], huge), 413, "payload-too-large")
    missing_line = await upload(client, o.claimant, claim["id"], item_id=claim["id"])
    assert problem(missing_line, 422)["errors"][0]["pointer"] == "/itemId"
    assert await count(db, ExpenseReceipt) == 0
    assert [p for p in _blobs(settings) if p.parent.name == "tmp"] == []


async def test_the_same_receipt_on_two_claims_is_flagged(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    first = await make_claim(client, o.claimant, line("taxi", 2_400))
    second = await make_claim(client, o.claimant, line("taxi", 2_400))
    assert (await upload(client, o.claimant, first["id"])).json()["duplicate"] is False
    again = (await upload(client, o.claimant, second["id"])).json()
    assert again["duplicate"] is True
    assert again["duplicateClaimIds"] == [first["id"]]
    seen_by_finance = (
        await client.get(f"{API}/expense-claims/{first['id']}", headers=o.finance.headers)
    ).json()
    assert seen_by_finance["receipts"][0]["duplicateClaimIds"] == [second["id"]]
    assert any(second["id"] in flag for flag in seen_by_finance["flags"])
    # Another member using the same file is flagged too, without naming their claim to them.
    theirs = await make_claim(client, o.as_(o.other_member), line("taxi", 2_400))
    shared = (await upload(client, o.as_(o.other_member), theirs["id"])).json()
    assert (shared["duplicate"], shared["duplicateClaimIds"]) == (True, [])
    # A withdrawn claim's receipt may be used again.
    await step(client, o.claimant, first["id"], "withdraw", {})
    await step(client, o.claimant, second["id"], "withdraw", {})
    listed = await client.get(
        f"{API}/expense-claims/{theirs['id']}/receipts", headers=o.finance.headers
    )
    assert listed.json()[0]["duplicate"] is False


async def test_receipts_are_private_and_fixed_once_submitted(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    claim = await make_claim(client, o.claimant, line("taxi", 2_400))
    uploaded = await upload(client, o.claimant, claim["id"], item_id=claim["items"][0]["id"])
    receipt = uploaded.json()
    base = f"{API}/expense-claims/{claim['id']}/receipts"
    assert uploaded.headers["Location"] == f"{base}/{receipt['id']}/content"
    outsider = o.as_(o.other_member)
    problem(await upload(client, outsider, claim["id"]), 404, "not-found")
    problem(await client.get(base, headers=outsider.headers), 404, "not-found")
    problem(
        await client.get(f"{base}/{receipt['id']}/content", headers=outsider.headers),
        404,
        "not-found",
    )
    await step(client, o.claimant, claim["id"], "submit")
    problem(await upload(client, o.claimant, claim["id"]), 409, "conflict")
    problem(
        await client.delete(f"{base}/{receipt['id']}", headers=o.claimant.headers), 409, "conflict"
    )

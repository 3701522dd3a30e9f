"""Multipart uploads take their parts in any order, as generated clients send them: the
file may come before the fields. Fields after the file are still checked, and a refusal
then leaves nothing stored."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import ExpenseReceipt, Paper, PaperVersion
from tests.api import expenses_setup as expenses
from tests.api.expenses_setup import JPEG, count, line, make_claim, office
from tests.api.helpers import API, problem
from tests.api.papers_setup import PDF, TEXT, setup, stored_files
from tests.factories import Caller
from tests.faults.bodies import END, MULTIPART, field, file_part


async def _post(
    client: httpx.AsyncClient, caller: Caller, path: str, *parts: bytes
) -> httpx.Response:
    return await client.post(
        f"{API}{path}",
        content=b"".join(parts) + END,
        headers={**caller.headers, "Content-Type": MULTIPART},
    )


async def test_a_paper_with_its_file_first_is_stored_with_the_fields_after_it(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=1)
    path = f"/meetings/{s.meeting.id}/papers"
    created = await _post(
        client,
        s.coordinator,
        path,
        file_part("pack.pdf", PDF),
        field("title", "Board pack"),
        field("status", "ready"),
    )
    assert created.status_code == 201, created.text
    paper = created.json()
    assert (paper["title"], paper["status"]) == ("Board pack", "ready")
    content = await client.get(f"{API}/papers/{paper['id']}/content", headers=s.coordinator.headers)
    assert content.content == PDF
    # Fields split around the file work too.
    split = await _post(
        client,
        s.coordinator,
        path,
        field("title", "Split"),
        file_part("notes.txt", TEXT),
        field("classification", "public"),
    )
    assert split.status_code == 201, split.text
    assert split.json()["classification"] == "public"
    version = await _post(
        client,
        s.coordinator,
        f"/papers/{paper['id']}/versions",
        file_part("pack-2.txt", TEXT),
        field("changeNote", "Typo fixed"),
    )
    assert version.status_code == 201, version.text
    assert version.json()["changeNote"] == "Typo fixed"


async def test_fields_after_the_file_that_break_a_rule_leave_nothing_stored(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=1)
    path = f"/meetings/{s.meeting.id}/papers"
    for parts, pointer in (
        ((file_part("pack.pdf", PDF), field("status", "circulated")), None),  # title missing
        ((file_part("pack.pdf", PDF), field("title", "T"), field("status", "circulated")), None),
        ((file_part("pack.pdf", PDF), field("title", "T"), field("colour", "red")), "/colour"),
        ((file_part("pack.pdf", PDF), file_part("again.pdf", PDF)), "/file"),
    ):
        found = problem(await _post(client, s.coordinator, path, *parts), 422)
        if pointer is not None:
            assert pointer in [e.get("pointer") for e in found.get("errors", [])], found
    assert stored_files(app) == []  # the temporary objects were removed
    assert await count(db, Paper) == 0
    assert await count(db, PaperVersion) == 0


async def test_a_receipt_with_its_file_first_takes_the_line_named_after_it(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    claim = await make_claim(client, o.claimant, line("taxi", 2_400))
    path = f"/expense-claims/{claim['id']}/receipts"
    item = claim["items"][0]["id"]
    attached = await _post(
        client, o.claimant, path, file_part("taxi.jpg", JPEG), field("itemId", item)
    )
    assert attached.status_code == 201, attached.text
    assert (attached.json()["itemId"], attached.json()["contentType"]) == (item, "image/jpeg")
    fields_first = await expenses.upload(client, o.claimant, claim["id"], JPEG, item_id=item)
    assert fields_first.status_code == 201, fields_first.text
    unknown = await _post(
        client,
        o.claimant,
        path,
        file_part("taxi.png", b"\x89PNG\r\n\x1a\n" + b"\x01" * 64),
        field("itemId", claim["id"]),  # a UUID, but no line of this claim
    )
    assert "/itemId" in [e["pointer"] for e in problem(unknown, 422)["errors"]]
    assert await count(db, ExpenseReceipt) == 2
    assert len(stored_files(app)) == 1  # the same JPEG twice, and no PNG

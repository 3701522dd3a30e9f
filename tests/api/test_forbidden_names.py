"""A 403 tells the caller what to ask for: a partner the scope it requests with its token,
spelt as docs/partners.md spells it; a person the role. Never an internal permission."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Organisation
from app.domain.actors import Scope
from tests import factories
from tests.api.helpers import API, problem
from tests.factories import Caller

PARTNERS = Path(__file__).parents[2] / "docs" / "partners.md"
_INTERNAL = re.compile(r"\b[a-z_]+\.(read|write|manage|read_all|report)\b")


async def test_a_partner_is_told_the_scope_to_request(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    partner = factories.token_for(app, await factories.api_client(db, org, ["meetings:read"]))
    refused = await client.post(
        f"{API}/boards", json={"name": "B", "kind": "advisory"}, headers=partner.headers
    )
    detail = problem(refused, 403, "forbidden")["detail"]
    assert "boards:write" in detail
    assert not _INTERNAL.search(detail), detail


def test_partners_md_spells_every_scope() -> None:
    text = PARTNERS.read_text()
    assert [s.value for s in Scope if f"`{s.value}`" not in text] == []


async def test_a_person_is_told_the_role(client: httpx.AsyncClient, member: Caller) -> None:
    refused = await client.post(
        f"{API}/boards", json={"name": "B", "kind": "advisory"}, headers=member.headers
    )
    detail = problem(refused, 403, "forbidden")["detail"]
    assert "administrator" in detail
    assert ":" not in detail
    assert not _INTERNAL.search(detail), detail

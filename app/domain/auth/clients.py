"""API clients: partner systems that call Chorus with client credentials."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from typing import ClassVar

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import ApiClient
from app.domain import audit, store
from app.domain.actors import Actor, Permission, Scope, require
from app.domain.errors import OAuthError
from app.domain.pagination import Page, PageRequest, paginate
from app.domain.schemas import Input, Patch

_DUMMY_DIGEST = hashlib.sha256(b"no such client").hexdigest()


class ApiClientCreate(Input):
    name: str
    scopes: list[Scope]


class ApiClientUpdate(Patch):
    NOT_NULL: ClassVar[frozenset[str]] = frozenset({"name", "scopes", "active"})

    name: str | None = None
    scopes: list[Scope] | None = None
    active: bool | None = None


def _digest(secret: str) -> str:
    # Secrets are 256 random bits, so a fast digest suffices; a slow password hash would
    # only slow every partner system's token request.
    return hashlib.sha256(secret.encode()).hexdigest()


def _new_secret() -> str:
    return "chs_" + secrets.token_urlsafe(32)


async def authenticate(session: AsyncSession, client_id: str, secret: str) -> ApiClient:
    client = await session.scalar(
        select(ApiClient).where(ApiClient.client_id == client_id, col(ApiClient.active).is_(True))
    )
    expected = client.secret_hash if client else _DUMMY_DIGEST
    if not hmac.compare_digest(expected, _digest(secret)) or client is None:
        raise OAuthError("invalid_client", "The client ID or secret is not correct.")
    return client


async def get_client(session: AsyncSession, actor: Actor, client_id: uuid.UUID) -> ApiClient:
    require(actor, Permission.API_CLIENTS_MANAGE)
    return await store.one(
        session, ApiClient, client_id, store.in_org(ApiClient, actor), "API client"
    )


async def list_clients(session: AsyncSession, actor: Actor, page: PageRequest) -> Page[ApiClient]:
    require(actor, Permission.API_CLIENTS_MANAGE)
    statement = select(ApiClient).where(ApiClient.organisation_id == actor.organisation_id)
    return await paginate(session, statement, ApiClient.id, page)


async def create_client(
    session: AsyncSession, actor: Actor, data: ApiClientCreate
) -> tuple[ApiClient, str]:
    """Returns the client and its secret, which is never available again."""
    require(actor, Permission.API_CLIENTS_MANAGE)
    secret = _new_secret()
    client = ApiClient(
        organisation_id=actor.organisation_id,
        name=data.name,
        client_id="chc_" + secrets.token_urlsafe(12),
        secret_hash=_digest(secret),
        scopes=sorted({s.value for s in data.scopes}),
        created_by=actor.id,
    )
    session.add(client)
    await session.flush()
    audit.record(
        session,
        actor,
        "api_client.created",
        "api_client",
        client.id,
        client.organisation_id,
        {"name", "scopes"},
    )
    return client, secret


async def update_client(
    session: AsyncSession, actor: Actor, client_id: uuid.UUID, data: ApiClientUpdate
) -> ApiClient:
    client = await get_client(session, actor, client_id)
    changes = data.changes()
    if "scopes" in changes:
        changes["scopes"] = sorted({Scope(s).value for s in changes["scopes"]})
    await store.patch(session, actor, client, changes, "api_client")
    return client


async def rotate_secret(
    session: AsyncSession, actor: Actor, client_id: uuid.UUID
) -> tuple[ApiClient, str]:
    client = await get_client(session, actor, client_id)
    secret = _new_secret()
    client.secret_hash = _digest(secret)
    await session.flush()
    audit.record(
        session,
        actor,
        "api_client.secret_rotated",
        "api_client",
        client.id,
        client.organisation_id,
        {"secret"},
    )
    return client, secret


async def delete_client(session: AsyncSession, actor: Actor, client_id: uuid.UUID) -> None:
    client = await get_client(session, actor, client_id)
    await session.delete(client)
    await session.flush()
    audit.record(
        session, actor, "api_client.deleted", "api_client", client.id, client.organisation_id
    )

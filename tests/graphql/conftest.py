"""Fixtures for GraphQL tests: an organisation and a caller of each role."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Organisation
from tests import factories
from tests.factories import Caller


@pytest.fixture
async def org(db: async_sessionmaker[AsyncSession]) -> Organisation:
    return await factories.organisation(db, "Home")


@pytest.fixture
async def other_org(db: async_sessionmaker[AsyncSession]) -> Organisation:
    return await factories.organisation(db, "Elsewhere")


@pytest.fixture
async def admin(db: async_sessionmaker[AsyncSession], app: FastAPI, org: Organisation) -> Caller:
    return await factories.caller(db, app, org, "administrator")


@pytest.fixture
async def coordinator(
    db: async_sessionmaker[AsyncSession], app: FastAPI, org: Organisation
) -> Caller:
    return await factories.caller(db, app, org, "coordinator")


@pytest.fixture
async def member(db: async_sessionmaker[AsyncSession], app: FastAPI, org: Organisation) -> Caller:
    return await factories.caller(db, app, org, "member")

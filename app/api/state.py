"""What the composition root builds once and every request shares."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from app.domain.auth.throttle import Throttle
from app.domain.auth.tokens import TokenService
from app.integrations.storage import Storage
from app.settings import Settings


@dataclass
class AppState:
    settings: Settings
    engine: AsyncEngine
    sessionmaker: async_sessionmaker[AsyncSession]
    tokens: TokenService
    storage: Storage
    throttle: Throttle

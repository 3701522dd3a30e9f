"""Composition root: ``create_app(settings)`` builds the FastAPI app with REST and GraphQL."""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from limits.aio.storage import MemoryStorage
from sqlalchemy.ext.asyncio import AsyncEngine

from app.api import docs_pages, openapi, problem_docs, problem_handlers
from app.api.deps import storable_text
from app.api.headers import SecurityHeadersMiddleware
from app.api.idempotency import IdempotencyMiddleware
from app.api.limits import BodyLimitMiddleware, route_limits
from app.api.middleware import RequestContextMiddleware
from app.api.rest import api_router
from app.api.rest.health import router as health_router
from app.api.state import AppState
from app.api.transfer import Compression, ConditionalGetMiddleware, HeadMiddleware
from app.db.engine import make_engine, make_sessionmaker
from app.db.throttle_storage import SqlStorage
from app.domain.auth.throttle import Throttle, ThrottleLimits
from app.domain.auth.tokens import TokenService
from app.domain.organisations import bootstrap
from app.integrations.scheduler import start_scheduler
from app.integrations.storage import make_storage
from app.integrations.webhooks.worker import start_in_process
from app.settings import Settings

log = logging.getLogger("chorus")

DESCRIPTION = """\
Chorus serves lived-experience advisory boards: boards and members, rotating seats,
papers in advance, expenses and recommendations, through REST (here) and GraphQL
(`/graphql`). Errors are RFC 9457 problem details; their types are listed under
`/problems/{type}`.
"""


async def prepare_database(settings: Settings, state: AppState) -> None:
    """Migrate (where configured) and create the first organisation on a fresh database."""
    if settings.auto_migrate_effective:
        # Imported here: Alembic is 9 MiB a process that does not migrate need not carry.
        from app.db.migrate import upgrade_async

        await upgrade_async(settings.effective_database_url)
    async with state.sessionmaker() as session:
        organisation = await bootstrap(
            session,
            settings.organisation_name,
            settings.admin_email,
            settings.admin_password.get_secret_value() if settings.admin_password else None,
        )
        await session.commit()
    if organisation is not None:
        log.info("created the first organisation and its administrator")


def _pool_options(url: str, settings: Settings) -> dict[str, float]:
    # An in-memory SQLite database has one shared connection and no pool to wait on.
    return {} if ":memory:" in url else {"pool_timeout": settings.db_pool_timeout_seconds}


def make_throttle(settings: Settings, engine: AsyncEngine) -> Throttle:
    """In memory on SQLite (one process); in the database on PostgreSQL, so every process
    serving it counts the same failures."""
    storage = SqlStorage(engine) if engine.dialect.name == "postgresql" else MemoryStorage()
    limits = ThrottleLimits(
        failures_per_account=settings.signin_failures_per_account,
        failures_per_address=settings.signin_failures_per_address,
        resets_per_address=settings.password_resets_per_address,
        window_seconds=settings.signin_throttle_window_seconds,
    )
    return Throttle(storage, limits)


def create_app(settings: Settings | None = None, *, engine: AsyncEngine | None = None) -> FastAPI:
    settings = settings or Settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = engine or make_engine(
        settings.effective_database_url, **_pool_options(settings.effective_database_url, settings)
    )
    state = AppState(
        settings=settings,
        engine=engine,
        sessionmaker=make_sessionmaker(engine),
        tokens=TokenService(settings),
        storage=make_storage(settings),
        throttle=make_throttle(settings, engine),
    )

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await prepare_database(settings, state)
        scheduler = start_scheduler(settings, state.sessionmaker, state.storage)
        delivery = (
            start_in_process(settings, state.sessionmaker)
            if settings.delivery_in_process_effective
            else None
        )
        # Everything built so far (routes, schemas, the GraphQL schema) lives as long as
        # the process. Freezing it keeps the collector from rescanning it after every
        # request's burst of row objects: about a third of a large list's time here.
        gc.collect()
        gc.freeze()
        yield
        await scheduler.stop()
        if delivery is not None:
            await delivery.stop()
        await state.tokens.aclose()
        await state.storage.aclose()
        await engine.dispose()

    app = FastAPI(
        title="Chorus",
        version="1.0.0",
        description=DESCRIPTION,
        lifespan=lifespan,
        openapi_url="/openapi.json",
        # Ours (app/api/docs_pages.py), so its assets come from Chorus, not a CDN.
        docs_url=None,
        redoc_url=None,
        generate_unique_id_function=openapi.operation_id,
        dependencies=[Depends(storable_text)],
    )
    app.state.chorus = state
    if settings.docs_enabled:
        docs_pages.install_swagger(app)
    problem_handlers.install(app)
    openapi.install(app)
    from app.api.graphql.app import mount_graphql

    # Routes are matched in order, each included router tried route by route (its prefix
    # is no shortcut): /graphql first, or every request to it pays for the whole REST API.
    mount_graphql(app)
    app.include_router(health_router)
    app.include_router(problem_docs.router)
    app.include_router(api_router, prefix="/api/v1")
    # Outermost last: request IDs wrap everything, idempotency sits inside them.
    app.add_middleware(IdempotencyMiddleware)
    # Outside idempotency, which buffers JSON bodies and verifies tokens: no body past its
    # limit is read into memory or costs authentication work.
    app.add_middleware(
        BodyLimitMiddleware,
        default=settings.json_body_max_bytes,
        routes=route_limits(settings),
    )
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PATCH", "PUT", "DELETE"],
            allow_headers=[
                "Authorization",
                "Content-Type",
                "If-Match",
                "Idempotency-Key",
                "X-Request-ID",
            ],
            # What a browser client reads: versions, new objects' addresses, when to retry,
            # and the file name of a download.
            expose_headers=[
                *("ETag", "Location", "Retry-After", "Content-Disposition"),
                *("X-Request-ID", "Idempotent-Replayed"),
            ],
        )
    # Inside compression, so ETags and 304s are decided on the body as the route wrote it.
    app.add_middleware(ConditionalGetMiddleware)
    app.add_middleware(Compression)
    # Outside compression, so a HEAD's headers are those of the GET as sent.
    app.add_middleware(HeadMiddleware)
    app.add_middleware(RequestContextMiddleware)
    # Outermost, so even the 500 that RequestContextMiddleware answers is hardened.
    app.add_middleware(SecurityHeadersMiddleware)
    return app

"""The record of every stage an application passed through, each with its reason."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.db.models import Application, ApplicationStageChange
from app.domain import store
from app.domain.actors import Actor
from app.domain.errors import Conflict
from app.domain.recruitment.stages import Stage


def record_move(
    session: AsyncSession,
    actor: Actor,
    application: Application,
    from_stage: Stage | None,
    to_stage: Stage,
    reason: str,
) -> ApplicationStageChange:
    change = ApplicationStageChange(
        organisation_id=application.organisation_id,
        application_id=application.id,
        from_stage=from_stage.value if from_stage else None,
        to_stage=to_stage.value,
        reason=reason,
        actor_type=actor.kind,
        actor_id=actor.id,
    )
    session.add(change)
    return change


async def flush_guarded(session: AsyncSession) -> None:
    """The partial unique index is the last word when two applications of one person
    race (PostgreSQL names the index; SQLite names the columns)."""
    try:
        await session.flush()
    except IntegrityError as error:
        message = str(error.orig)
        if "current_person" in message or "applications.opportunity_id" in message:
            raise Conflict("That person already has an application for this opportunity.") from None
        raise


async def history_by_application(
    session: AsyncSession, actor: Actor, application_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, list[ApplicationStageChange]]:
    """Many applications' histories in one query, oldest move first. The caller has
    already read the applications through their visibility rule."""
    return await store.children(
        session,
        ApplicationStageChange,
        col(ApplicationStageChange.application_id),
        application_ids,
        store.in_org(ApplicationStageChange, actor),
        order_by=col(ApplicationStageChange.id),
    )

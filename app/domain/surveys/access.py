"""Who may run, see and answer a survey.

Coordinators and administrators (``surveys.manage``) create, open and close surveys and
read their results. A board's active members see its open and closed surveys (never
drafts) and answer the open ones, once. Partner systems see none of it.
"""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Membership, Survey
from app.domain import store
from app.domain.actors import Actor, Permission, require
from app.domain.boards.schemas import MembershipStatus
from app.domain.errors import NotFound, PermissionDenied
from app.domain.surveys.schemas import SurveyStatus


def manages(actor: Actor) -> bool:
    return actor.can(Permission.SURVEYS_MANAGE)


async def is_member(session: AsyncSession, actor: Actor, board_id: uuid.UUID) -> bool:
    if not actor.is_person:
        return False
    found = await session.scalar(
        select(Membership.id).where(
            col(Membership.board_id) == board_id,
            col(Membership.person_id) == actor.id,
            col(Membership.status) == MembershipStatus.ACTIVE.value,
        )
    )
    return found is not None


async def find(
    session: AsyncSession, actor: Actor, survey_id: uuid.UUID, *, for_update: bool = False
) -> Survey:
    """The survey if the caller may see it: 404 otherwise, so a draft or another board's
    survey is not even known to exist."""
    require(actor, Permission.SURVEYS_READ)
    survey = await store.one(
        session, Survey, survey_id, store.in_org(Survey, actor), "survey", for_update=for_update
    )
    if manages(actor):
        return survey
    if survey.status == SurveyStatus.DRAFT or not await is_member(session, actor, survey.board_id):
        raise NotFound("survey")
    return survey


def require_manager(actor: Actor) -> None:
    require(actor, Permission.SURVEYS_MANAGE)


def require_person(actor: Actor) -> None:
    if not actor.is_person:
        raise PermissionDenied("Only a person answers a survey.")


def require_person_or_manager(actor: Actor) -> None:
    require(actor, Permission.SURVEYS_READ)

"""Action items: raised at a meeting, carried forward until done or dropped."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import ActionItem
from app.db.types import utcnow
from app.domain import audit, store
from app.domain.actors import Actor, Permission, require
from app.domain.boards.roles import require_permission_or_board_role
from app.domain.boards.schemas import MembershipRole
from app.domain.errors import NotFound, RuleViolation
from app.domain.meetings.schemas import ActionCreate, ActionStatus, ActionUpdate
from app.domain.meetings.service import actions_by_meeting, get_meeting, meeting_board
from app.domain.pagination import Page, PageRequest, paginate
from app.domain.people.service import get_person
from app.domain.versions import Precondition, check_version

_OFFICERS = (MembershipRole.CHAIR, MembershipRole.SECRETARY)


async def _check_owner(session: AsyncSession, actor: Actor, owner: uuid.UUID | None) -> None:
    if owner is None:
        return
    try:
        await get_person(session, actor, owner)
    except NotFound:
        raise RuleViolation.field("/ownerPersonId", "No person with that ID exists here.") from None


async def create_action(
    session: AsyncSession, actor: Actor, meeting_id: uuid.UUID, data: ActionCreate
) -> ActionItem:
    meeting = await get_meeting(session, actor, meeting_id)
    await require_permission_or_board_role(
        session, actor, meeting.board_id, Permission.MEETINGS_WRITE, _OFFICERS
    )
    await _check_owner(session, actor, data.owner_person_id)
    action = ActionItem(
        organisation_id=meeting.organisation_id,
        board_id=meeting.board_id,
        meeting_id=meeting.id,
        description=data.description,
        owner_person_id=data.owner_person_id,
        due_on=data.due_on,
    )
    session.add(action)
    await session.flush()
    audit.record(
        session,
        actor,
        "action.created",
        "action",
        action.id,
        action.organisation_id,
        data.model_fields_set,
    )
    return action


async def meeting_actions(
    session: AsyncSession, actor: Actor, meeting_id: uuid.UUID
) -> list[ActionItem]:
    """Actions raised at this meeting, and those carried into it: raised at an earlier
    meeting of the board and still open when this one started (the rule lives in
    ``actions_by_meeting``, shared with GraphQL)."""
    meeting = await get_meeting(session, actor, meeting_id)
    return (await actions_by_meeting(session, actor, [meeting.id]))[meeting.id]


async def board_actions(
    session: AsyncSession,
    actor: Actor,
    board_id: uuid.UUID,
    page: PageRequest,
    status: ActionStatus | None,
) -> Page[ActionItem]:
    require(actor, Permission.MEETINGS_READ)
    await meeting_board(session, actor, board_id)
    statement = select(ActionItem).where(ActionItem.board_id == board_id)
    if status is not None:
        statement = statement.where(ActionItem.status == status.value)
    return await paginate(session, statement, ActionItem.id, page)


async def get_action(session: AsyncSession, actor: Actor, action_id: uuid.UUID) -> ActionItem:
    return await store.one(
        session,
        ActionItem,
        action_id,
        col(ActionItem.organisation_id) == actor.organisation_id,
        "action",
    )


async def update_action(
    session: AsyncSession,
    actor: Actor,
    action_id: uuid.UUID,
    data: ActionUpdate,
    expected_version: Precondition,
) -> ActionItem:
    """Officers and staff edit any action; an owner may mark their own done (or reopen it).
    Dropping an action is the board's decision, not its owner's."""
    action = await get_action(session, actor, action_id)
    changes = data.changes()
    own_progress = (
        action.owner_person_id is not None
        and actor.is_self(action.owner_person_id)
        and changes.keys() <= {"status"}
        and changes.get("status") != ActionStatus.DROPPED
    )
    if not own_progress:
        await require_permission_or_board_role(
            session, actor, action.board_id, Permission.MEETINGS_WRITE, _OFFICERS
        )
    check_version(action.version, expected_version)
    if "owner_person_id" in changes:
        await _check_owner(session, actor, changes["owner_person_id"])
    if "status" in changes:
        status = ActionStatus(changes["status"])
        changes["status"] = status.value
        if status != ActionStatus(action.status):
            action.closed_at = None if status == ActionStatus.OPEN else utcnow()
    await store.patch(session, actor, action, changes, "action")
    return action

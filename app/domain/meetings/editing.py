"""Changing a meeting: its details, agenda and time, and its state through the lifecycle."""

from __future__ import annotations

import uuid
from datetime import UTC
from typing import Any

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.db.models import AgendaItem, Meeting
from app.db.types import utcnow
from app.domain import audit
from app.domain.actors import Actor, Permission, require
from app.domain.errors import Conflict, RuleViolation
from app.domain.meetings import lifecycle, notices
from app.domain.meetings.schemas import MeetingStatus, MeetingUpdate
from app.domain.meetings.service import add_agenda, event_data, get_meeting, lock_meeting
from app.domain.versions import Precondition, check_version

_FINAL = frozenset({MeetingStatus.HELD, MeetingStatus.CANCELLED})


def _normalise(changes: dict[str, Any]) -> None:
    for key in ("starts_at", "ends_at"):
        value = changes.get(key)
        if value is not None:
            changes[key] = value.astimezone(UTC)
    if changes.get("online_url") is not None:
        changes["online_url"] = str(changes["online_url"])


async def update_meeting(
    session: AsyncSession,
    actor: Actor,
    meeting_id: uuid.UUID,
    data: MeetingUpdate,
    expected_version: Precondition,
) -> Meeting:
    """Edit the details, replace the agenda, move the time, or take a lifecycle step by
    naming the status to go to (the same table and effects as the step endpoints)."""
    meeting = await get_meeting(session, actor, meeting_id)
    require(actor, Permission.MEETINGS_WRITE)
    check_version(meeting.version, expected_version)
    meeting = await lock_meeting(session, meeting)
    check_version(meeting.version, expected_version)
    changes = data.changes()
    agenda = changes.pop("agenda", None)
    target = changes.pop("status", None)
    step = lifecycle.step_to(meeting.status, MeetingStatus(target)) if target else None
    _normalise(changes)
    changed = {k for k, v in changes.items() if getattr(meeting, k) != v}
    moved = {"starts_at", "ends_at"} & changed
    if moved and meeting.status in _FINAL:
        raise Conflict(
            f"A {meeting.status} meeting keeps its time: it is the record of when the board "
            "sat, or was to. Schedule a new meeting instead."
        )
    starts = changes.get("starts_at", meeting.starts_at)
    ends = changes.get("ends_at", meeting.ends_at)
    if ends <= starts:
        raise RuleViolation.field("/endsAt", "endsAt must be after startsAt")
    if agenda is not None:
        await session.execute(delete(AgendaItem).where(col(AgendaItem.meeting_id) == meeting.id))
        add_agenda(session, meeting, data.agenda or [])
        changed.add("agenda")
    for key in changed - {"agenda"}:
        setattr(meeting, key, changes[key])
    if step is not None:
        return await lifecycle.apply_step(session, actor, meeting, step, changed)
    if changed:
        # Any change, agenda included, bumps the version: calendar apps need a new SEQUENCE.
        meeting.updated_at = utcnow()
        session.add(meeting)
        await session.flush()
        audit.record(
            session,
            actor,
            "meeting.updated",
            "meeting",
            meeting.id,
            meeting.organisation_id,
            changed,
        )
        if moved:
            audit.emit(session, meeting.organisation_id, "meeting.scheduled", event_data(meeting))
        # A change of title or agenda is for the papers to tell; time and place, at once.
        if changed & notices.WHERE_AND_WHEN and meeting.status != MeetingStatus.CANCELLED:
            await notices.tell(session, actor, meeting, notices.CHANGED)
            await session.flush()
    return meeting

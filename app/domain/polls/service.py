"""Creating, amending and reading polls, and the batches their lists need."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import delete, func, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Meeting, Poll, PollBallot, PollObjection, PollOption, PollVoter
from app.db.types import utcnow
from app.domain import audit, store
from app.domain.actors import Actor, Permission, require
from app.domain.errors import Conflict, RuleViolation
from app.domain.pagination import Page, PageRequest, paginate
from app.domain.polls import access, events
from app.domain.polls.schemas import (
    ObjectionStatus,
    PollCreate,
    PollKind,
    PollStatus,
    PollUpdate,
)
from app.domain.versions import Precondition, check_version


def _check_options(kind: PollKind, options: list[str]) -> list[str]:
    labels = [o.strip() for o in options]
    if kind == PollKind.CONSENT:
        if labels:
            raise RuleViolation.field("/options", "A consent proposal has no options.")
        return labels
    if len(labels) < 2 or any(not label or len(label) > 200 for label in labels):
        raise RuleViolation.field("/options", "Give two or more options of 1 to 200 characters.")
    if len({label.lower() for label in labels}) != len(labels):
        raise RuleViolation.field("/options", "Each option must be different.")
    return labels


def _check_closes(data: PollCreate | PollUpdate) -> None:
    if data.closes_at is not None and data.closes_at <= utcnow():
        raise RuleViolation.field("/closesAt", "The closing time must be in the future.")


async def create_poll(
    session: AsyncSession, actor: Actor, board_id: uuid.UUID | None, data: PollCreate
) -> Poll:
    """A board's poll (``board_id``), or a free-standing community event's (``eventTitle``)."""
    require(actor, Permission.POLLS_READ)
    if board_id is not None:
        board = await access.board_for(session, actor, board_id)
        await access.require_runner(session, actor, board.id)
        if data.event_title is not None:
            raise RuleViolation.field("/eventTitle", "A board's poll takes no event title.")
    else:
        await access.require_runner(session, actor, None)
        if data.event_title is None:
            raise RuleViolation.field("/eventTitle", "A poll of no board needs its event's title.")
        if data.meeting_id is not None:
            raise RuleViolation.field("/meetingId", "Only a board's poll is at a meeting.")
    labels = _check_options(data.kind, data.options)
    _check_closes(data)
    if data.meeting_id is not None:
        found = await session.scalar(
            select(Meeting.id).where(
                Meeting.id == data.meeting_id,
                Meeting.board_id == board_id,
                Meeting.organisation_id == actor.organisation_id,
            )
        )
        if found is None:
            raise RuleViolation.field("/meetingId", "The meeting must be one of this board.")
    poll = Poll(
        organisation_id=actor.organisation_id,
        board_id=board_id,
        meeting_id=data.meeting_id,
        event_title=data.event_title,
        title=data.title,
        description=data.description,
        kind=data.kind.value,
        anonymous=data.anonymous,
        closes_at=data.closes_at,
        quorum=data.quorum,
        created_by=actor.id if actor.is_person else None,
    )
    session.add(poll)
    await session.flush()
    session.add_all(
        PollOption(
            organisation_id=poll.organisation_id, poll_id=poll.id, label=label, position=i + 1
        )
        for i, label in enumerate(labels)
    )
    await session.flush()
    audit.record(
        session, actor, "poll.created", "poll", poll.id, poll.organisation_id, data.model_fields_set
    )
    return poll


async def update_poll(
    session: AsyncSession,
    actor: Actor,
    poll_id: uuid.UUID,
    data: PollUpdate,
    expected_version: Precondition,
) -> Poll:
    """A draft changes freely. An open consent proposal may be amended (its description):
    that starts a new round, so the answers given and open objections to the earlier text
    no longer count."""
    poll = await access.find(session, actor, poll_id)
    await access.require_runner(session, actor, poll.board_id)
    check_version(poll.version, expected_version)
    _check_closes(data)
    changes = data.changes()
    status = PollStatus(poll.status)
    amending = False
    if status == PollStatus.OPEN:
        if poll.kind != PollKind.CONSENT or set(changes) - {"description", "closes_at"}:
            raise Conflict(
                "An open poll changes only as an amended consent proposal (its description "
                "and closing time)."
            )
        amending = "description" in changes and changes["description"] != poll.description
    elif status != PollStatus.DRAFT:
        raise Conflict(f"A {status.value} poll no longer changes.")
    if amending:
        changes["round"] = poll.round + 1
        await _new_round(session, poll)
    changed = store.apply(poll, changes)
    await store.record_update(
        session, actor, poll, changed, "poll", flush=lambda: access.flush_guarded(session)
    )
    if amending:
        events.emit(session, poll, "poll.amended")
    return poll


async def _new_round(session: AsyncSession, poll: Poll) -> None:
    # Everyone answers the amended text afresh: earlier answers and voters go.
    await session.execute(delete(PollBallot).where(col(PollBallot.poll_id) == poll.id))
    await session.execute(delete(PollVoter).where(col(PollVoter.poll_id) == poll.id))
    await session.execute(
        update(PollObjection)
        .where(
            col(PollObjection.poll_id) == poll.id,
            col(PollObjection.status) == ObjectionStatus.OPEN.value,
        )
        .values(status=ObjectionStatus.SUPERSEDED.value, settled_at=utcnow())
        .execution_options(synchronize_session=False)
    )


async def get_poll(session: AsyncSession, actor: Actor, poll_id: uuid.UUID) -> Poll:
    return await access.find(session, actor, poll_id)


async def list_board_polls(
    session: AsyncSession,
    actor: Actor,
    board_id: uuid.UUID,
    page: PageRequest,
    *,
    status: PollStatus | None = None,
) -> Page[Poll]:
    require(actor, Permission.POLLS_READ)
    board = await access.board_for(session, actor, board_id)
    statement = select(Poll).where(access.readable(actor), Poll.board_id == board.id)
    if status is not None:
        statement = statement.where(Poll.status == status.value)
    return await paginate(session, statement, Poll.id, page)


async def list_event_polls(
    session: AsyncSession, actor: Actor, page: PageRequest, *, status: PollStatus | None = None
) -> Page[Poll]:
    """Polls of free-standing community events, oldest first."""
    require(actor, Permission.POLLS_READ)
    statement = select(Poll).where(access.readable(actor), col(Poll.board_id).is_(None))
    if status is not None:
        statement = statement.where(Poll.status == status.value)
    return await paginate(session, statement, Poll.id, page)


async def options_by_poll(
    session: AsyncSession, actor: Actor, poll_ids: Iterable[uuid.UUID]
) -> defaultdict[uuid.UUID, list[PollOption]]:
    return await store.children(
        session,
        PollOption,
        PollOption.poll_id,
        poll_ids,
        col(PollOption.organisation_id) == actor.organisation_id,
        order_by=col(PollOption.position),
    )


async def voter_counts(
    session: AsyncSession, actor: Actor, poll_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, int]:
    wanted = set(poll_ids)
    if not wanted:
        return {}
    rows = await session.execute(
        select(col(PollVoter.poll_id), func.count())
        .where(
            col(PollVoter.poll_id).in_(wanted),
            col(PollVoter.organisation_id) == actor.organisation_id,
        )
        .group_by(col(PollVoter.poll_id))
    )
    return {poll_id: int(n) for poll_id, n in rows}

"""Each step of a poll's life: open, close, decide, cancel. Each locks the poll first,
checks the transition table, is audited and emits ``poll.opened``, ``poll.closed``,
``poll.decided`` or ``poll.cancelled``."""

from __future__ import annotations

import uuid
from random import SystemRandom

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Poll, PollBallot
from app.db.types import utcnow
from app.domain import audit
from app.domain.actors import Actor
from app.domain.errors import Conflict
from app.domain.polls import access, events
from app.domain.polls.lifecycle import check_transition
from app.domain.polls.results import Count, load_count
from app.domain.polls.schemas import DecideRequest, PollKind, PollStatus
from app.domain.polls.service import options_by_poll


async def _step(
    session: AsyncSession, actor: Actor, poll_id: uuid.UUID, target: PollStatus
) -> Poll:
    poll = await access.find(session, actor, poll_id, for_update=True)
    await access.require_runner(session, actor, poll.board_id)
    check_transition(PollStatus(poll.status), target)
    return poll


# The event names a step by what happened: poll.opened, poll.closed, ...
_EVENTS = {
    PollStatus.OPEN: "poll.opened",
    PollStatus.CLOSED: "poll.closed",
    PollStatus.DECIDED: "poll.decided",
    PollStatus.CANCELLED: "poll.cancelled",
}


async def _finish(
    session: AsyncSession, actor: Actor, poll: Poll, target: PollStatus, fields: set[str]
) -> Poll:
    poll.status = target.value
    poll.updated_at = utcnow()
    await access.flush_guarded(session)
    name = _EVENTS[target]
    audit.record(session, actor, name, "poll", poll.id, poll.organisation_id, fields)
    events.emit(session, poll, name)
    return poll


async def open_poll(session: AsyncSession, actor: Actor, poll_id: uuid.UUID) -> Poll:
    poll = await _step(session, actor, poll_id, PollStatus.OPEN)
    if poll.closes_at <= utcnow():
        raise Conflict("The closing time has passed; set a later one before opening.")
    if poll.kind != PollKind.CONSENT:
        options = (await options_by_poll(session, actor, [poll.id]))[poll.id]
        if len(options) < 2:  # pragma: no cover - creation insists on two
            raise Conflict("A poll opens with two or more options.")
    poll.opened_at = utcnow()
    return await _finish(session, actor, poll, PollStatus.OPEN, {"status", "opened_at"})


async def _reshuffle(session: AsyncSession, poll: Poll) -> None:
    """Write an anonymous poll's ballots again, in random order with new random IDs.
    PostgreSQL keeps rows in the order they were written (``ctid``), which is the order of
    ``poll_voters``: after this the live rows no longer follow it. (The old row versions
    stay on disk until VACUUM.)"""
    rows = list(await session.scalars(select(PollBallot).where(PollBallot.poll_id == poll.id)))
    if len(rows) < 2:
        return
    kept = [(r.organisation_id, r.person_id, r.round, list(r.option_ids), r.choice) for r in rows]
    await session.execute(delete(PollBallot).where(col(PollBallot.poll_id) == poll.id))
    SystemRandom().shuffle(kept)
    session.add_all(
        PollBallot(
            organisation_id=org,
            poll_id=poll.id,
            person_id=person,
            round=n,
            option_ids=ids,
            choice=choice,
        )
        for org, person, n, ids, choice in kept
    )
    await session.flush()


async def close_poll(session: AsyncSession, actor: Actor, poll_id: uuid.UUID) -> Poll:
    poll = await _step(session, actor, poll_id, PollStatus.CLOSED)
    if poll.anonymous:
        await _reshuffle(session, poll)
    poll.closed_at = utcnow()
    return await _finish(session, actor, poll, PollStatus.CLOSED, {"status", "closed_at"})


async def cancel_poll(session: AsyncSession, actor: Actor, poll_id: uuid.UUID) -> Poll:
    poll = await _step(session, actor, poll_id, PollStatus.CANCELLED)
    return await _finish(session, actor, poll, PollStatus.CANCELLED, {"status"})


async def decide_poll(
    session: AsyncSession, actor: Actor, poll_id: uuid.UUID, data: DecideRequest
) -> tuple[Poll, Count]:
    """Record the outcome the count gives, with the reasons: the count, not the runner,
    says whether the group agreed (a consent proposal with an objection still open is not
    agreed)."""
    poll = await _step(session, actor, poll_id, PollStatus.DECIDED)
    result = await load_count(session, actor, poll)
    poll.outcome = result.outcome.value
    poll.outcome_option_id = result.outcome_option_id
    poll.outcome_reasons = data.reasons
    poll.decided_at = utcnow()
    fields = {"status", "outcome", "outcome_option_id", "outcome_reasons", "decided_at"}
    await _finish(session, actor, poll, PollStatus.DECIDED, fields)
    return poll, result

"""Casting a vote, and settling objections to a consent proposal.

Who voted goes to ``poll_voters``, what was voted to ``poll_ballots``, written in one
transaction. On an anonymous poll the ballot names nobody and has no time, the audit row
says only that the person voted (never how), and no event is emitted for a vote, so
nothing written anywhere pairs the voter with the choice. A named poll's ballot keeps the
person, so a vote there may be changed while the poll is open; an anonymous one cannot
be, since nothing says which ballot was whose.
"""

from __future__ import annotations

import uuid

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Poll, PollBallot, PollObjection, PollVoter
from app.db.types import utcnow
from app.domain import audit, store
from app.domain.actors import Actor
from app.domain.errors import Conflict, PermissionDenied, RuleViolation
from app.domain.polls import access
from app.domain.polls.schemas import (
    ConsentChoice,
    ObjectionSettle,
    ObjectionStatus,
    PollKind,
    PollStatus,
    VoteCreate,
)
from app.domain.polls.service import options_by_poll


def _check_ballot(poll: Poll, option_ids: set[uuid.UUID], data: VoteCreate) -> list[str]:
    kind = PollKind(poll.kind)
    if kind == PollKind.CONSENT:
        if data.option_ids:
            raise RuleViolation.field("/optionIds", "A consent proposal has no options.")
        if data.choice is None:
            raise RuleViolation.field("/choice", "Consent or object.")
        if data.choice == ConsentChoice.OBJECT and not data.reason:
            raise RuleViolation.field("/reason", "An objection gives its reason.")
        if data.choice == ConsentChoice.CONSENT and data.reason:
            raise RuleViolation.field("/reason", "Only an objection carries a reason.")
        return []
    if data.choice is not None or data.reason is not None:
        raise RuleViolation.field("/choice", "Only a consent proposal takes a choice or reason.")
    chosen = list(data.option_ids)
    if len(set(chosen)) != len(chosen):
        raise RuleViolation.field("/optionIds", "Name each option once.")
    if not set(chosen) <= option_ids:
        raise RuleViolation.field("/optionIds", "Every option must be one of this poll's.")
    if kind == PollKind.OPTIONS and len(chosen) != 1:
        raise RuleViolation.field("/optionIds", "Choose exactly one option.")
    if not chosen:
        raise RuleViolation.field("/optionIds", "Choose at least one option.")
    return [str(o) for o in chosen]


async def cast_vote(
    session: AsyncSession, actor: Actor, poll_id: uuid.UUID, data: VoteCreate
) -> Poll:
    poll = await access.find(session, actor, poll_id)
    await access.require_voter(session, actor, poll)
    if poll.status != PollStatus.OPEN or poll.closes_at <= utcnow():
        raise Conflict("This poll is not open for votes.")
    options = (await options_by_poll(session, actor, [poll.id]))[poll.id]
    chosen = _check_ballot(poll, {o.id for o in options}, data)
    already = await session.scalar(
        select(PollVoter.id).where(PollVoter.poll_id == poll.id, PollVoter.person_id == actor.id)
    )
    if already is not None:
        if poll.anonymous:
            raise Conflict("You have voted; an anonymous vote cannot be changed.")
        await _replace_named(session, actor, poll, chosen, data)
    else:
        await _first_vote(session, actor, poll, chosen, data)
    audit.record(session, actor, "poll.voted", "poll", poll.id, poll.organisation_id)
    return poll


async def _first_vote(
    session: AsyncSession, actor: Actor, poll: Poll, chosen: list[str], data: VoteCreate
) -> None:
    voter = PollVoter(organisation_id=poll.organisation_id, poll_id=poll.id, person_id=actor.id)
    try:
        async with session.begin_nested():
            session.add(voter)
    except IntegrityError:
        raise Conflict("You have voted already (another request just recorded it).") from None
    named = None if poll.anonymous else actor.id
    session.add(
        PollBallot(
            organisation_id=poll.organisation_id,
            poll_id=poll.id,
            person_id=named,
            round=poll.round,
            option_ids=chosen,
            choice=data.choice.value if data.choice else None,
        )
    )
    if data.choice == ConsentChoice.OBJECT:
        assert data.reason is not None
        session.add(
            PollObjection(
                organisation_id=poll.organisation_id,
                poll_id=poll.id,
                round=poll.round,
                reason=data.reason,
                raised_by=named,
            )
        )
    await session.flush()


async def _replace_named(
    session: AsyncSession, actor: Actor, poll: Poll, chosen: list[str], data: VoteCreate
) -> None:
    ballot = await session.scalar(
        select(PollBallot).where(PollBallot.poll_id == poll.id, PollBallot.person_id == actor.id)
    )
    if ballot is None:  # pragma: no cover - a voter row always has its ballot on named polls
        raise Conflict("Your earlier vote could not be found; try again.")
    ballot.option_ids = chosen
    ballot.choice = data.choice.value if data.choice else None
    open_own = await session.scalars(
        select(PollObjection).where(
            PollObjection.poll_id == poll.id,
            PollObjection.raised_by == actor.id,
            PollObjection.status == ObjectionStatus.OPEN.value,
        )
    )
    for objection in open_own:
        objection.status = ObjectionStatus.WITHDRAWN.value
        objection.settled_at = utcnow()
    if data.choice == ConsentChoice.OBJECT:
        assert data.reason is not None
        session.add(
            PollObjection(
                organisation_id=poll.organisation_id,
                poll_id=poll.id,
                round=poll.round,
                reason=data.reason,
                raised_by=actor.id,
            )
        )
    await session.flush()


async def objections(
    session: AsyncSession, actor: Actor, poll_id: uuid.UUID
) -> list[PollObjection]:
    poll = await access.find(session, actor, poll_id)
    if not actor.is_person:
        # Reasons are members' own words and may be personal; partners see only counts.
        raise PermissionDenied("Objections are read by the people of the organisation.")
    rows = await session.scalars(
        select(PollObjection)
        .where(PollObjection.poll_id == poll.id, store.in_org(PollObjection, actor))
        .order_by(col(PollObjection.round), col(PollObjection.id))
    )
    return list(rows)


async def settle_objection(
    session: AsyncSession,
    actor: Actor,
    poll_id: uuid.UUID,
    objection_id: uuid.UUID,
    data: ObjectionSettle,
    *,
    withdraw: bool,
) -> PollObjection:
    """The objector withdraws their own (named polls); whoever runs the poll resolves one
    with a note of how it was met."""
    poll = await access.find(session, actor, poll_id)
    objection = await store.one(
        session,
        PollObjection,
        objection_id,
        (col(PollObjection.poll_id) == poll.id) & store.in_org(PollObjection, actor),
        "objection",
    )
    if withdraw:
        if objection.raised_by is None or not actor.is_self(objection.raised_by):
            raise PermissionDenied("Only the person who objected withdraws an objection.")
    else:
        await access.require_runner(session, actor, poll.board_id)
    if poll.status != PollStatus.OPEN:
        raise Conflict("Objections are settled while the proposal is open.")
    if objection.status != ObjectionStatus.OPEN.value:
        raise Conflict(f"This objection is {objection.status} already.")
    objection.status = (ObjectionStatus.WITHDRAWN if withdraw else ObjectionStatus.RESOLVED).value
    objection.resolution = data.resolution
    objection.settled_at = utcnow()
    await session.flush()
    audit.record(
        session,
        actor,
        f"poll.objection_{objection.status}",
        "poll",
        poll.id,
        poll.organisation_id,
        {"status", "resolution"},
    )
    return objection
